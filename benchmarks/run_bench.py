"""`make bench`: speed figures into docs/results.md.

- start-up of `factcli --help` (must not load spaCy);
- `factcli claims seeds` end to end, cold (a fresh process, model load included);
- pipeline throughput (words/second, one process) on 10kGNAD news articles;
- the cost of clustering claims: all 1,028 10kGNAD articles against a half-size sample; with
  blocking the time ratio should be near 2 (linear), not 4 (quadratic).
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from results import replace_section  # noqa: E402


def read_gnad(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) >= 2]


def timed_command(args: list[str], repeat: int = 3, env: dict[str, str] | None = None) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True, env={**os.environ, **(env or {})})
        best = min(best, time.perf_counter() - started)
    return best


def best_of(function, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    factcli = [sys.executable, "-m", "factcli"]
    lines = ["| measure | value |", "|---|---|"]

    help_seconds = timed_command([*factcli, "--help"])
    lines.append(f"| `factcli --help` start-up | {help_seconds:.2f} s |")
    cold = {"FACTCLI_CACHE": "0"}
    with tempfile.TemporaryDirectory() as cache_dir:
        warm = {"FACTCLI_CACHE_DIR": cache_dir}
        for command in ("claims", "compare"):
            command_line = [*factcli, command, "seeds", "--format", "json"]
            cold_seconds = timed_command(command_line, repeat=2, env=cold)
            timed_command(command_line, repeat=1, env=warm)  # fills the cache
            warm_seconds = timed_command(command_line, repeat=2, env=warm)
            lines.append(
                f"| `factcli {command} seeds` (5 articles, new process) | {cold_seconds:.2f} s without cache, "
                f"{warm_seconds:.2f} s with the cache filled |"
            )

    gnad = args.data / "news-de" / "10kgnad-test.csv"
    if gnad.exists():
        from factcli.analysis import Analysis
        from factcli.corpus import Corpus
        from factcli.model import Article
        from factcli.nlp import load
        from factcli.store import Store

        texts = read_gnad(gnad)
        nlp = load()
        sample = texts[:200]
        words = sum(len(t.split()) for t in sample)
        seconds = best_of(lambda: list(nlp.pipe(sample, batch_size=16)), repeat=1)
        lines.append(f"| pipeline throughput (200 10kGNAD articles, 1 process) | {words / seconds:,.0f} words/s |")

        articles = tuple(
            Article(id=f"gnad-{i:04d}", path="-", text=t, outlet=f"outlet-{i % 7}") for i, t in enumerate(texts)
        )
        started = time.perf_counter()
        analysis = Analysis(Corpus(articles, ()), store=Store(None))  # measure the work, not the cache
        claims = analysis.claims
        extract_seconds = time.perf_counter() - started
        lines.append(
            f"| claim extraction, {len(articles)} articles ({sum(a.words for a in articles):,} words) "
            f"| {extract_seconds:.1f} s, {len(claims):,} claims |"
        )
        from factcli.compare import candidate_pairs, compare, features

        half_ids = {a.id for a in articles[: len(articles) // 2]}
        half = [c for c in claims if c.article in half_ids]
        full_seconds = best_of(lambda: compare(claims), repeat=5)
        half_seconds = best_of(lambda: compare(half), repeat=5)
        ratio = full_seconds / half_seconds if half_seconds else float("nan")
        full_pairs = len(candidate_pairs(claims, [features(c) for c in claims]))
        half_pairs = len(candidate_pairs(half, [features(c) for c in half]))
        for label, seconds, count, pairs in (
            ("all", full_seconds, len(claims), full_pairs),
            ("half sample,", half_seconds, len(half), half_pairs),
        ):
            lines.append(f"| compare, {label} {count:,} claims | {seconds:.3f} s, {pairs:,} pairs scored |")
        lines.append(f"| time ratio full / half (2 = linear, 4 = quadratic) | **{ratio:.2f}** |")
        pair_ratio = full_pairs / half_pairs if half_pairs else float("nan")
        lines.append(f"| pairs ratio full / half (the work, free of timing noise) | **{pair_ratio:.2f}** |")
    else:
        lines.append(f"| 10kGNAD figures | skipped: {gnad} not found |")
    body = "\n".join(lines) + "\n\nMachine: 2 cores; best of repeated runs; `make bench` re-runs it."
    print(body)
    if not args.no_write:
        replace_section("bench", body)
        print("wrote docs/results.md")


if __name__ == "__main__":
    main()
