"""Shared fixtures: the bundled pipeline (so results do not depend on what a user installed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT.parent / "shared" / "data"

os.environ.setdefault("FACTCLI_MODEL", "bundled")
os.environ.setdefault("FACTCLI_CACHE", "0")  # tests measure the pipeline, not a cache from an earlier run


@pytest.fixture(scope="session")
def nlp():
    from factcli.nlp import load

    return load()


def needs_data(*parts: str) -> pytest.MarkDecorator:
    path = DATA.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (../shared/data is not beside the repo)")
