"""Issue 6 item 6: the dossier ZIP check over generated input — never a crash, never a
write, every refusal with a message."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings, strategies as st

from ocop_desktop.exports.dossier_zip import check_zip

names = st.text(alphabet=st.sampled_from(list("abcđưếÁ./\\:*?<>|.. CONPRN0123")), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes(tmp_path, data):
    path = tmp_path / "x.zip"
    path.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = check_zip(path)
    assert not result.ok and result.problems and all(isinstance(p, str) and p for p in result.problems)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(names, st.binary(max_size=200)), min_size=0, max_size=6),
       st.one_of(st.none(), st.text(max_size=200)))
def test_random_zip_entries(tmp_path, entries, manifest):
    import warnings
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as zf:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are part of the test
        if manifest is not None:
            zf.writestr("manifest.json", manifest)
        for name, data in entries:
            zf.writestr(name, data)
    path = tmp_path / "y.zip"
    path.write_bytes(buffer.getvalue())
    before = sorted(p.name for p in tmp_path.iterdir())
    result = check_zip(path)
    assert not result.ok and result.problems
    assert sorted(p.name for p in tmp_path.iterdir()) == before
