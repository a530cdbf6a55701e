"""`make eval`: accuracy figures on data never used for training or tuning, into docs/results.md.

- NER: exact-span P/R/F1 (PER/ORG/LOC) on the held-out GermEval news split (split rule in
  benchmarks/ner_data.py), for the statistical model alone and with each rule lever added.
- Quotations: quote-span and joint (quote + speaker) P/R/F1 on quotes-de dev.
- Compare: precision/recall per relation on hand-written claim pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from results import replace_section  # noqa: E402

RULE_COMPONENTS = ("factcli_cleanup", "factcli_outlets", "factcli_orgs", "factcli_titles", "factcli_consistency")
# Each step adds one of the project's rule components on top of the statistical model.
LEVERS = (
    ("statistical model only", ()),
    ("+ span clean-up", ("factcli_cleanup",)),
    ("+ outlet list", ("factcli_cleanup", "factcli_outlets")),
    ("+ organisation knowledge", ("factcli_cleanup", "factcli_outlets", "factcli_orgs")),
    ("+ names after titles/roles", ("factcli_cleanup", "factcli_outlets", "factcli_orgs", "factcli_titles")),
    ("+ consistency within a text", RULE_COMPONENTS),
)


def evaluate_ner(data: Path, split: str) -> list[tuple[str, dict[str, dict[str, float]]]]:
    from ner_data import heldout_news, score

    from factcli.nlp import load, pipeline_name

    nlp = load()
    sentences = heldout_news(data, split=split)
    texts = [text for text, _ in sentences]
    gold = [spans for _, spans in sentences]
    rows = []
    for name, enabled in LEVERS:
        disabled = [c for c in RULE_COMPONENTS if c not in enabled]
        with nlp.select_pipes(disable=disabled):
            pred = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]
        rows.append((name, score(gold, pred)))
    print(f"NER ({pipeline_name(nlp)}) on {len(texts)} held-out GermEval news sentences, split={split}")
    for name, result in rows:
        print(f"  {name:<32} micro F1 {result['micro']['f1']:.3f}")
    return rows


def ner_markdown(rows: list[tuple[str, dict[str, dict[str, float]]]], split: str, count: int) -> str:
    from factcli.nlp import load, pipeline_name

    lines = [
        f"Pipeline `{pipeline_name(load())}`; {count} GermEval 2014 news sentences of the held-out `{split}` split "
        "(never trained or tuned on); exact spans, PER/ORG/LOC.",
        "",
        "| configuration | PER F1 | ORG F1 | LOC F1 | micro P | micro R | micro F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, result in rows:
        micro = result["micro"]
        lines.append(
            f"| {name} | {result['PER']['f1']:.3f} | {result['ORG']['f1']:.3f} | {result['LOC']['f1']:.3f} "
            f"| {micro['p']:.3f} | {micro['r']:.3f} | **{micro['f1']:.3f}** |"
        )
    final = rows[-1][1]
    lines += ["", "Per label, full pipeline:", "", "| label | P | R | F1 | support |", "|---|---|---|---|---|"]
    for label in ("PER", "ORG", "LOC", "micro"):
        r = final[label]
        lines.append(f"| {label} | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | {int(r['support'])} |")
    return "\n".join(lines)


def evaluate_quotes(data: Path) -> tuple[dict[str, object], str]:
    from eval_quotes import evaluate, load_split

    result = evaluate(load_split(data, "dev"))
    q, j = result["quote"], result["joint"]
    print(f"Quotes on quotes-de dev: quote F1 {q['f1']:.4f}, joint F1 {j['f1']:.4f}")
    lines = [
        "quotes-de `dev.jsonl` (150 WikiNews articles; never trained or tuned on). A predicted quote counts when "
        "it overlaps a gold quote by at least half of the longer span; joint also needs the speaker.",
        "",
        "| measure | P | R | F1 |",
        "|---|---|---|---|",
        f"| quote span | {q['p']:.3f} | {q['r']:.3f} | **{q['f1']:.4f}** |",
        f"| joint (quote + speaker) | {j['p']:.3f} | {j['r']:.3f} | **{j['f1']:.4f}** |",
        "",
        "Recall by gold type: "
        + ", ".join(f"{t} {r:.3f}" for t, r in result["recall_by_type"].items())  # type: ignore[attr-defined]
        + f". Gold {result['n_gold']}, predicted {result['n_pred']}.",
    ]
    return result, "\n".join(lines)


def evaluate_compare() -> tuple[dict[str, object], str]:
    from eval_compare import evaluate

    result = evaluate()
    print(f"Compare pairs: {json.dumps(result, ensure_ascii=False)}")
    lines = [
        f"{result['pairs']} hand-written German claim pairs (`benchmarks/data/compare_pairs.jsonl`; written for "
        "this project, not from the seeds): 20 agree, 20 contradict, 20 unrelated.",
        "",
        "| relation | P | R | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for label in ("agree", "contradict"):
        r = result[label]
        lines.append(f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['support']} |")  # type: ignore[index]
    lines.append("")
    lines.append(f"Kind of contradiction right (of those found): {result['contradiction_kind_accuracy']:.3f}.")
    return result, "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--split", default="test", choices=["dev", "test"], help="NER split (dev is for tuning)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/results.md alone")
    args = parser.parse_args()
    started = time.perf_counter()
    sections: dict[str, str] = {}
    if (args.data / "ner-de").exists():
        from ner_data import heldout_news

        rows = evaluate_ner(args.data, args.split)
        sections["ner"] = ner_markdown(rows, args.split, len(heldout_news(args.data, split=args.split)))
    else:
        print(f"skipping NER and quotes: {args.data} not found")
    if (args.data / "quotes-de").exists():
        sections["quotes"] = evaluate_quotes(args.data)[1]
    sections["compare"] = evaluate_compare()[1]
    print(f"eval took {time.perf_counter() - started:.0f} s")
    if not args.no_write and args.split == "test":
        for name, body in sections.items():
            replace_section(name, body)
        print("wrote docs/results.md")


if __name__ == "__main__":
    main()
