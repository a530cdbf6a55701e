"""On-disk cache of per-article results (SQLite), keyed by content hash and pipeline fingerprint.

A second run over unchanged articles skips spaCy entirely. The cache is an optimisation only:
if it cannot be opened or written (read-only disk, a corrupt file), the tool goes on without
it; writes happen in one transaction, so an interrupted run never leaves half a record.
Set FACTCLI_CACHE=0 to disable it, FACTCLI_CACHE_DIR to move it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS results "
    "(key TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, kind))"
)
# Modules whose behaviour is baked into cached results; editing one invalidates the cache.
FINGERPRINT_MODULES = (
    "analysis.py", "nlp.py", "names.py", "dates.py", "outlets.py", "entities.py", "quotes.py", "clauses.py",
)  # fmt: skip
# Model metadata (name, version, scores) that changes whenever a bundled model is rebuilt; the
# quote models' weights too, since models trained with other seeds can share their metadata.
FINGERPRINT_MODELS = ("models/de_factcli/meta.json", "models/de_factcli_quotes/*/meta.json")
FINGERPRINT_WEIGHTS = ("models/de_factcli_quotes/*/ner/model",)


def cache_path() -> Path | None:
    if os.environ.get("FACTCLI_CACHE", "1") in ("0", "false", "no", "off"):
        return None
    base = os.environ.get("FACTCLI_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "factcli"
    )
    return Path(base) / "cache.sqlite"


@cache
def fingerprint() -> str:
    """Code and model identity: results from another version are never reused."""
    from factcli import __version__

    digest = hashlib.sha1(__version__.encode())
    package = Path(__file__).parent
    for name in FINGERPRINT_MODULES:
        path = package / name
        if path.exists():
            digest.update(path.read_bytes())
    digest.update(os.environ.get("FACTCLI_MODEL", "auto").encode())
    for pattern in (*FINGERPRINT_MODELS, *FINGERPRINT_WEIGHTS):
        for path in sorted(package.glob(pattern)):
            digest.update(path.read_bytes())
    try:
        from importlib.metadata import version

        digest.update(version("de_core_news_sm").encode())
    except Exception:  # not installed: the bundled pipeline is used, already fingerprinted
        pass
    return digest.hexdigest()[:16]


def content_key(text: str) -> str:
    return hashlib.sha1(f"{fingerprint()}\0{text}".encode()).hexdigest()


class Store:
    """get/put JSON values by (content key, kind); silently inert when unavailable."""

    def __init__(self, path: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        self.warning: str | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=5)
            self._db.execute(SCHEMA)
            self._db.commit()
        except (OSError, sqlite3.Error) as error:
            self._db = None
            self.warning = f"cache disabled ({path}: {error})"

    def get_many(self, keys: list[str], kind: str) -> dict[str, Any]:
        if self._db is None or not keys:
            return {}
        found: dict[str, Any] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM results WHERE kind = ? AND key IN ({marks})", (kind, *chunk)
                )
                for key, value in rows:
                    found[key] = json.loads(value)
        except (sqlite3.Error, json.JSONDecodeError) as error:
            self.warning = f"cache unreadable, ignored ({error})"
            return {}
        return found

    def put_many(self, values: dict[str, Any], kind: str) -> None:
        if self._db is None or not values:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, kind, value) VALUES (?, ?, ?)",
                    [(key, kind, json.dumps(value, ensure_ascii=False)) for key, value in values.items()],
                )
        except sqlite3.Error as error:
            self.warning = f"cache not written ({error})"
