"""claims / sources / trace / compare through the CLI, on the seed articles, in every format."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS
from tests.test_cli import FORMATS, parse, run

CLAIM_FIELDS = {
    "id", "article", "outlet", "text", "quote_start", "quote_end", "sentence", "speaker", "cue", "type", "stance",
    "relays", "entities", "dates",
}  # fmt: skip


@pytest.fixture(scope="module")
def claims() -> list[dict]:
    result = run("claims", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_claim_json_contract(claims):
    assert len(claims) > 20
    for claim in claims:
        assert set(claim) >= CLAIM_FIELDS
        assert claim["type"] in {"direct", "indirect", "reported"}
        assert claim["stance"] in {"assert", "deny"}
        text = (SEEDS / f"{claim['article']}.txt").read_text(encoding="utf-8").strip("\n")
        assert text[claim["quote_start"] : claim["quote_end"]] == claim["text"]
        assert claim["relays"][0] in (claim["outlet"], claim["article"])
        if claim["speaker"]:
            speaker = claim["speaker"]
            assert {"name", "label", "start", "end", "text"} <= set(speaker)
            # the offsets locate exactly the words the speaker field says were written
            assert text[speaker["start"] : speaker["end"]] == speaker["text"]
        assert claim["cue"] is None or claim["cue"] == claim["cue"].strip(" ,:")


def test_claim_ids_are_stable_across_runs(claims):
    again = json.loads(run("claims", str(SEEDS), "--format", "json").stdout)
    assert [c["id"] for c in again] == [c["id"] for c in claims]


@pytest.mark.parametrize("fmt", FORMATS)
def test_claims_in_every_format(fmt):
    result = run("claims", str(SEEDS), "--outlet", "WSJ", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "table":
        assert "Wall Street Journal" in result.stdout
        return
    rows = parse(result.stdout, fmt)
    relays = [row["relays"] if fmt != "csv" else row["relays"].split("; ") for row in rows]
    assert rows and all("Wall Street Journal" in chain for chain in relays)


def test_wsj_relayed_claims_reach_four_articles_including_taiwan(claims):
    wsj = [c for c in claims if "Wall Street Journal" in c["relays"][1:]]
    assert {c["article"][:3] for c in wsj} >= {"001", "002", "003", "004"}
    assert any("Taiwan" in c["text"] and "Starlink" in c["text"] for c in wsj)


def test_chain_through_anonymous_sources(claims):
    chains = [c["relays"] for c in claims if c["article"].startswith("004")]
    assert ["AUTOHAUS", "Wall Street Journal", "zwei darüber unterrichteten Personen"] in chains


def test_photo_credit_is_not_a_relay(claims):
    assert not any("CNN" in c["relays"] for c in claims)


def test_sources_peskow_denies_in_three_articles():
    result = run("sources", str(SEEDS), "--entity", "Peskov", "--format", "json")
    assert result.exit_code == 0
    said = [row for row in json.loads(result.stdout) if row["role"] == "said"]
    assert {row["article"][:3] for row in said} == {"001", "003", "004"}
    # Every article carries his denial; 001 also reports, in Konjunktiv, what he says the call was
    # about ("Dabei hätten die beiden über Weltraumthemen … gesprochen"), which he asserts.
    assert {row["article"][:3] for row in said if row["stance"] == "deny"} == {"001", "003", "004"}
    asserted = [row["text"] for row in said if row["stance"] == "assert"]
    assert all("Weltraum" in text for text in asserted)
    zeit = [row for row in said if row["article"].startswith("003")]
    assert zeit and all(row["relays"] == ["Digital Life", "Die Zeit", "Dmitri Peskow"] for row in zeit)


@pytest.mark.parametrize("fmt", ("jsonl", "csv", "table"))
def test_sources_formats(fmt):
    result = run("sources", str(SEEDS), "--entity", "Dmitri Peskow", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "table":
        assert "said" in result.stdout
    else:
        assert {row["role"] for row in parse(result.stdout, fmt)} <= {"said", "relayed", "about"}


def test_sources_lists_the_claims_an_outlet_relayed():
    result = run("sources", str(SEEDS), "--entity", "Wall Street Journal", "--format", "json")
    relayed = [row for row in json.loads(result.stdout) if row["role"] == "relayed"]
    assert {row["article"][:3] for row in relayed} >= {"001", "002", "004"}
    assert all("Wall Street Journal" in row["relays"][1:-1] for row in relayed)


def test_sources_finds_a_name_the_model_missed_in_the_claim_text(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Werk in Ohio\n\nDer Konzern sagte, Quarzwerk habe das Werk in Ohio endgültig aufgegeben.\n", encoding="utf-8"
    )
    result = run("sources", str(tmp_path), "--entity", "Quarzwerk", "--format", "json")
    rows = json.loads(result.stdout)
    assert rows and all("Quarzwerk" in row["text"] for row in rows)


def test_sources_with_no_match_says_so_on_stderr_and_keeps_stdout_clean():
    result = run("sources", str(SEEDS), "--entity", "Xyzzy Quux", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no claim by or about 'Xyzzy Quux'" in result.stderr


def test_sources_needs_an_entity():
    result = run("sources", str(SEEDS))
    assert result.exit_code == 2 and "--entity" in result.stderr


def test_claims_filters(claims):
    result = run("claims", str(SEEDS), "--speaker", "Peskow", "--stance", "deny", "--format", "jsonl")
    rows = parse(result.stdout, "jsonl")
    assert rows and all(row["stance"] == "deny" and "Peskow" in row["speaker"]["name"] for row in rows)
    bad = run("claims", str(SEEDS), "--stance", "maybe")
    assert bad.exit_code == 2


def test_trace_follows_a_claim_id(claims):
    peskow = next(c for c in claims if c["article"].startswith("003") and c["stance"] == "deny")
    tree = run("trace", peskow["id"], str(SEEDS), "--format", "table")
    assert tree.exit_code == 0
    for hop in ("Digital Life", "Die Zeit", "Dmitri Peskow"):
        assert hop in tree.stdout
    as_json = json.loads(run("trace", peskow["id"], str(SEEDS), "--format", "json").stdout)
    assert as_json[0]["id"] == peskow["id"]


def test_trace_unknown_id_is_a_one_line_error():
    result = run("trace", "cdeadbeef00", str(SEEDS))
    assert result.exit_code == 3 and "no claim" in result.stderr


@pytest.fixture(scope="module")
def relations() -> list[dict]:
    result = run("compare", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_compare_json_contract(relations):
    for relation in relations:
        assert {"id", "relation", "kind", "score", "proposition", "claims", "sides", "reason"} <= set(relation)
        assert relation["relation"] in {"agree", "contradict"}
        assert 0.0 <= relation["score"] <= 1.0
        for side in relation["sides"]:
            assert {"claims", "articles", "outlets", "origins", "text"} <= set(side)


def test_compare_finds_the_denial_of_regular_contact(relations):
    denials = [r for r in relations if r["relation"] == "contradict" and r["kind"] == "denial"]
    assert any("denies the Wall Street Journal report" in r["reason"] for r in denials)
    assert any(
        any("Peskow" in o for s in r["sides"] for o in s["origins"])
        and any("regelmäßig" in s["text"] for s in r["sides"])
        for r in denials
    )


def test_compare_agreements_on_taiwan_and_on_silence(relations):
    agreements = [r for r in relations if r["relation"] == "agree"]
    taiwan = [r for r in agreements if any("Taiwan" in s["text"] for s in r["sides"])]
    assert any({"002", "003", "004"} <= {a[:3] for s in r["sides"] for a in s["articles"]} for r in taiwan)
    silence = [r for r in agreements if any("reagierte" in s["text"] for s in r["sides"])]
    assert any({"003", "004"} <= {a[:3] for s in r["sides"] for a in s["articles"]} for r in silence)
    # five relays of one WSJ report are one origin
    assert all(len({o for s in r["sides"] for o in s["origins"]}) == 1 for r in taiwan)


@pytest.mark.parametrize("fmt", ("jsonl", "csv", "table"))
def test_compare_formats_and_filters(fmt):
    result = run("compare", str(SEEDS), "--only", "contradict", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "table":
        assert "contradict" in result.stdout and "claims:" in result.stdout
        return
    assert {row["relation"] for row in parse(result.stdout, fmt)} == {"contradict"}


def test_compare_min_outlets_and_entity():
    wide = run("compare", str(SEEDS), "--min-outlets", "3", "--format", "json")
    assert all(len({o for s in r["sides"] for o in s["outlets"]}) >= 3 for r in json.loads(wide.stdout))
    none = run("compare", str(SEEDS), "--entity", "Niemand Unbekannt", "--format", "json")
    assert json.loads(none.stdout) == []
    bad = run("compare", str(SEEDS), "--min-outlets", "0")
    assert bad.exit_code == 2


def test_sources_accepts_an_outlet_alias():
    by_alias = run("sources", str(SEEDS), "--entity", "WSJ", "--format", "json")
    by_name = run("sources", str(SEEDS), "--entity", "Wall Street Journal", "--format", "json")
    assert by_alias.exit_code == 0 and by_name.exit_code == 0
    rows = json.loads(by_alias.stdout)
    assert rows and rows == json.loads(by_name.stdout)


def test_outlet_filter_finds_claims_whose_source_is_the_outlet(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\noutlet: Testblatt\n---\nKranich prüft Verkauf\n\n"
        "Reuters berichtete am Montag, der Konzern prüfe den Verkauf seiner Batteriesparte.\n",
        encoding="utf-8",
    )
    result = run("claims", str(tmp_path), "--outlet", "Reuters", "--format", "json")
    assert result.exit_code == 0
    (claim,) = json.loads(result.stdout)
    assert claim["speaker"]["name"] == "Reuters" and claim["relays"] == ["Testblatt", "Reuters"]


def test_a_role_that_spoke_the_claim_before_speaks_the_free_indirect_one(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Kabinett beschließt Förderprogramm\n\nDas Kabinett hat am Freitag ein Förderprogramm beschlossen. "
        "Die Opposition habe die Zahlen falsch gelesen, sagte der Regierungssprecher weiter. "
        "Es gebe keine Lücke, die Mittel seien im Haushalt fest eingeplant.\n",
        encoding="utf-8",
    )
    result = run("claims", str(tmp_path), "--format", "json")
    speakers = {row["text"][:20]: (row["speaker"] or {}).get("name") for row in json.loads(result.stdout)}
    assert speakers["Es gebe keine Lücke,"] == "Regierungssprecher"
