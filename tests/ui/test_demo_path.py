"""The demo in the user data folder is rebuilt when an older version made it (review finding:
a new user was shown a months-old demo without products, dossiers or vouchers)."""

import shutil
import sqlite3

from ocop_desktop.app import demo_path
from ocop_desktop.demo import demo_contents


def test_old_demo_is_rebuilt_and_current_demo_kept(demo_template, tmp_path):
    from ocop_desktop.store.db import default_data_dir
    target = default_data_dir() / "demo-hoptacxa-lien-gia-trang.ocop"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE settings SET value = 'add_profile,add_members' WHERE key = 'demo.contents'")
        conn.execute("DELETE FROM dossier_files")
        conn.execute("DELETE FROM dossiers")
    conn.close()
    assert demo_path() == target
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT value FROM settings WHERE key = 'demo.contents'").fetchone()[0] == demo_contents()
    assert conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 1  # the demo's dossier is back
    conn.close()
    stamp = target.stat().st_mtime_ns
    assert demo_path() == target and target.stat().st_mtime_ns == stamp  # current: not rebuilt
