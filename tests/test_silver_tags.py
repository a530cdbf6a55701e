"""The silver-tag recipe of the bundled tagger maps HanTa's tags onto the UD GSD tag names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "training" / "ner" / "silver_tags.py"


@pytest.fixture(scope="module")
def silver():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("silver_tags", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["silver_tags"] = module
    spec.loader.exec_module(module)
    return module


def test_hanta_tag_names_become_gsd_names(silver) -> None:  # type: ignore[no-untyped-def]
    words = ["Dafür", "teilte", "er", "mit", ",", "es", "sei", "gut"]
    tags = ["PROAV", "VV(FIN)", "PPER", "PTKVZ", "$,", "PPER", "VA(FIN)", "ADJ(D)"]
    assert silver.gsd_tags(words, tags) == ["PAV", "VVFIN", "PPER", "PTKVZ", "$,", "PPER", "VAFIN", "ADJD"]


def test_punctuation_is_tagged_by_rule(silver) -> None:  # type: ignore[no-untyped-def]
    # HanTa does not know typographic quotation marks and dashes and tags them FM or XY
    words = ["„", "Ja", "“", "–", "sagte", "er", ":"]
    tags = ["FM", "ITJ", "XY", "XY", "VV(FIN)", "PPER", "$."]
    assert silver.gsd_tags(words, tags) == ["$(", "ITJ", "$(", "$(", "VVFIN", "PPER", "$."]


def test_attributive_dessen_is_a_determiner_as_in_gsd(silver) -> None:  # type: ignore[no-untyped-def]
    words = ["teilte", "dessen", "Stellvertreter", "mit", ",", "wegen", "dessen"]
    tags = ["VV(FIN)", "PDS", "NN", "PTKVZ", "$,", "APPR", "PDS"]
    assert silver.gsd_tags(words, tags)[1] == "PDAT"
    assert silver.gsd_tags(words, tags)[6] == "PDS"  # no noun follows: it stands alone
