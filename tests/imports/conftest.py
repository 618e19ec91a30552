"""Fixtures for the member import tests: the sample files written by ``member_samples``."""

from __future__ import annotations

import pytest

import member_samples


@pytest.fixture(scope="session")
def member_sample_files(tmp_path_factory):
    """``{file name: path}`` of the four sample member lists, written once per session
    (read-only use)."""
    return member_samples.write_all(tmp_path_factory.mktemp("member-samples"))
