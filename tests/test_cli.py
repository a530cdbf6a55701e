"""The command line through Typer's CliRunner, in every format, with good and bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcli.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()
FORMATS = ("table", "json", "jsonl", "csv")


def run(*args: str, input: str | None = None):
    # a wide virtual terminal, so table cells are not folded mid-word
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "250"})


def parse(output: str, fmt: str) -> list[dict]:
    if fmt == "json":
        return json.loads(output)
    if fmt == "jsonl":
        return [json.loads(line) for line in output.splitlines() if line.strip()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(output)))
    raise ValueError(fmt)


@pytest.fixture(scope="module")
def entities_json() -> list[dict]:
    result = run("entities", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_help_lists_every_command_with_an_example():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("articles", "entities", "claims", "sources", "trace", "compare"):
        assert command in result.stdout
        sub = run(command, "--help")
        assert sub.exit_code == 0 and "Example" in sub.stdout, command


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("factcli ")


def test_help_does_not_import_spacy():
    code = (
        "import sys; from factcli.cli import app; sys.argv=['factcli','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\nprint('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().endswith("False")


@pytest.mark.parametrize("fmt", FORMATS)
def test_articles_in_every_format(fmt):
    result = run("articles", str(SEEDS), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "004_76550508f9514cba" in result.stdout and "AUTOHAUS" in result.stdout
        return
    rows = {row["id"]: row for row in parse(result.stdout, fmt)}
    assert set(rows) == {p.stem for p in SEEDS.glob("*.txt")}
    autohaus = rows["004_76550508f9514cba"]
    assert autohaus["outlet"] == "AUTOHAUS" and autohaus["outlet_source"] == "inferred"
    assert autohaus["date"] == "2024-10-25"
    assert int(autohaus["words"]) > 500
    relays = autohaus["relays"] if fmt != "csv" else autohaus["relays"].split("; ")
    assert "Wall Street Journal" in relays
    zeit = rows["003_72b0981b84a38f0a"]
    zeit_relays = zeit["relays"] if fmt != "csv" else zeit["relays"].split("; ")
    assert {"Wall Street Journal", "Die Zeit"} <= set(zeit_relays)
    assert "CNN" not in (rows["001_ecf8a1360776e99d"]["relays"])  # "Foto: CNN" is a credit, not a relay


def test_front_matter_fields_are_marked_as_given(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Der Spiegel\ndate: 2024-03-01\n---\nKanzler reist nach Paris und Rom.\n", encoding="utf-8"
    )
    (row,) = json.loads(run("articles", str(tmp_path), "--format", "json").stdout)
    assert (row["outlet"], row["outlet_source"], row["date"], row["given"]) == (
        "Der Spiegel",
        "given",
        "2024-03-01",
        ["date", "outlet"],
    )


def test_entities_json_contract(entities_json):
    fields = {"name", "label", "mentions", "count", "articles"}
    for row in entities_json:
        assert fields <= set(row)
        assert row["label"] in {"PER", "ORG", "LOC", "MISC", "DATE"}
        assert row["count"] == len(row["mentions"])
        for mention in row["mentions"]:
            text = (SEEDS / f"{mention['article']}.txt").read_text(encoding="utf-8")
            assert text.strip("\n")[mention["start"] : mention["end"]] == mention["text"]


def test_entities_acceptance_on_seeds(entities_json):
    names = {(row["name"], row["label"]) for row in entities_json}
    for person in ("Wladimir Putin", "Elon Musk", "Dmitri Peskow", "Dmitri Zauers", "Donald Trump", "Xi Jinping"):
        assert (person, "PER") in names, person
    for org in ("Gazprombank", "Wall Street Journal", "SpaceX"):
        assert (org, "ORG") in names, org
    dates = [row for row in entities_json if row["label"] == "DATE"]
    assert any(row.get("value") == "2024-10-25" for row in dates)
    # a genitive name before a common noun is the name alone ("Musks Gespräche mit Putin")
    assert not any(row["name"].startswith("Musks ") for row in entities_json)


def test_one_person_under_several_names(entities_json):
    putin = [row for row in entities_json if row["name"] == "Wladimir Putin"]
    assert len(putin) == 1
    forms = {m["text"] for m in putin[0]["mentions"]}
    assert {"Putin", "Wladimir Putin"} <= forms
    assert len(putin[0]["articles"]) == 5


@pytest.mark.parametrize("fmt", ("jsonl", "csv", "table"))
def test_entities_label_filter(fmt):
    result = run("entities", str(SEEDS), "--label", "per", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "table":
        assert "Peskow" in result.stdout
        return
    assert {row["label"] for row in parse(result.stdout, fmt)} == {"PER"}


def test_unknown_label_is_a_one_line_error():
    result = run("entities", str(SEEDS), "--label", "FOO")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "unknown label" in result.stderr


def test_missing_path_is_a_one_line_error():
    result = run("articles", "/no/such/folder")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr and "Traceback" not in result.output


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\xff\x00binary")
    result = run("articles", str(tmp_path))
    assert result.exit_code == 2
    assert "no readable articles" in result.stderr and "empty" in result.stderr and "binary" in result.stderr


def test_skipped_file_is_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x00")
    (tmp_path / "ok.txt").write_text("Ein Artikel über die Bahn in Berlin.\n\nDie Bahn fährt.", encoding="utf-8")
    result = run("articles", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    assert [row["id"] for row in parse(result.stdout, "jsonl")] == ["ok"]
    assert "skipped" in result.stderr and "blob.txt" in result.stderr


def test_latin1_and_markup_are_data_not_instructions(tmp_path):
    text = "Bürgermeister Hans Müller sagte [bold]nichts[/bold] \x1b[31mzur\x1b[0m Lage in Köln."
    (tmp_path / "a.txt").write_bytes(("Titel über Köln heute\n\n" + text).encode("latin-1"))
    result = run("entities", str(tmp_path), "--format", "table")
    assert result.exit_code == 0
    table = run("claims", str(tmp_path), "--format", "table")
    assert table.exit_code == 0
    articles = run("articles", str(tmp_path), "--format", "json")
    assert json.loads(articles.stdout)[0]["title"] == "Titel über Köln heute"
    raw = run("entities", str(tmp_path), "--format", "json")
    assert "\\u00fc" not in raw.stdout  # umlauts unescaped
    assert "\x1b" not in raw.stdout


def test_stdin_article():
    text = "Kanzler sagt Reise ab\n\nBundeskanzler Olaf Scholz sagte seine Reise nach Paris ab."
    result = run("entities", "-", "--format", "jsonl", input=text)
    assert result.exit_code == 0, result.output
    names = {row["name"] for row in parse(result.stdout, "jsonl")}
    assert "Olaf Scholz" in names


def test_long_errors_stay_on_one_line_on_a_narrow_terminal(tmp_path):
    (tmp_path / "a-rather-long-file-name-for-an-empty-article.txt").write_text("")
    result = runner.invoke(app, ["articles", str(tmp_path)], env={"COLUMNS": "30"})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("factcli: error: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims", "seeds", "--stance", "maybe"], "Invalid value for '--stance'"),
        (["claims", "seeds", "--bogus"], "No such option: --bogus"),
        (["compare", "seeds", "--min-outlets", "0"], "Invalid value for '--min-outlets'"),
    ],
)
def test_bad_options_are_one_line_errors_from_the_entry_point(args, message):
    # the console script, not CliRunner: click's usage block must not reach the user
    proc = subprocess.run([sys.executable, "-m", "factcli", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stderr.startswith("factcli: error: ") and message in proc.stderr


def test_choices_ignore_case():
    result = run("claims", str(SEEDS), "--stance", "DENY", "--format", "JSON")
    assert result.exit_code == 0, result.output
    assert {row["stance"] for row in json.loads(result.stdout)} == {"deny"}
