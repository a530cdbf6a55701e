"""The SQLite cache: reuse, invalidation by content, and never a failure because of it."""

from __future__ import annotations

from pathlib import Path

from factcli.analysis import Analysis
from factcli.corpus import read_corpus
from factcli.store import Store, content_key
from tests.conftest import SEEDS


def test_round_trip_and_missing_keys(tmp_path):
    store = Store(tmp_path / "c.sqlite")
    store.put_many({"k1": {"a": [1, "ä"]}}, "parsed")
    assert store.get_many(["k1", "k2"], "parsed") == {"k1": {"a": [1, "ä"]}}
    assert store.get_many(["k1"], "quotes") == {}


def test_key_depends_on_content():
    assert content_key("Text A") != content_key("Text B")
    assert content_key("Text A") == content_key("Text A")


def test_corrupt_file_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    store = Store(path)
    assert store.get_many(["k"], "parsed") == {}
    store.put_many({"k": 1}, "parsed")
    assert store.warning is not None
    assert path.read_bytes().startswith(b"this is not a database")  # nothing overwritten


def test_unwritable_location_is_ignored(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = Store(blocker / "sub" / "c.sqlite")
    assert store.warning and store.get_many(["k"], "parsed") == {}


def test_cached_analysis_equals_fresh_analysis(tmp_path: Path):
    corpus = read_corpus([str(SEEDS / "004_76550508f9514cba.txt")])
    fresh = Analysis(corpus, store=Store(tmp_path / "c.sqlite"))
    first = (fresh.parsed, fresh.claims)
    cached = Analysis(corpus, store=Store(tmp_path / "c.sqlite"))
    assert cached.store.get_many(cached._keys, "parsed")  # the second run reads the cache
    assert (cached.parsed, cached.claims) == first


def test_fingerprint_covers_every_module_and_bundled_model() -> None:
    from factcli import store

    package = Path(store.__file__).parent
    for relative in store.FINGERPRINT_MODULES:
        assert (package / relative).is_file(), relative
    for pattern in (*store.FINGERPRINT_MODELS, *store.FINGERPRINT_WEIGHTS):
        assert any(path.is_file() for path in package.glob(pattern)), pattern
    # every quote model of the ensemble and the speaker model are covered
    assert len(list(package.glob(store.FINGERPRINT_MODELS[1]))) == len(list(package.glob("models/de_factcli_quotes/*")))
    # every module that shapes cached parse or quotation results is listed
    assert {"clauses.py", "quotes.py", "nlp.py", "names.py"} <= set(store.FINGERPRINT_MODULES)
