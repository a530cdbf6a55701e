"""Assemble the trained components into the shipped de_factcli pipeline.

Usage: python training/ner/assemble.py NER_MODEL OUT_DIR [--ud UD_MODEL] [--tagger TAGGER_MODEL]
       python training/ner/assemble.py BUILT_PIPELINE OUT_DIR --swap-tagger --tagger TAGGER_MODEL

Components are sourced (weights copied) from separately trained pipelines; each has
its own inline tok2vec, so sourcing needs no listener rewiring. The lookup lemmatizer
tables (spacy-lookups-data) are copied into the pipeline at build time, so loading
the result needs spaCy only. Without a UD model a rule-based sentencizer is added so
``doc.sents`` still works. `--tagger` takes the tagger from its own (distilled) run instead of
the UD one; `--swap-tagger` puts a new tagger into an already built pipeline and keeps the rest.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer

META: dict[str, Any] = {
    # factcli shows models as f"{lang}_{name}" (spaCy convention), so this reads "de_factcli".
    "name": "factcli",
    "version": "0.1.0",
    "description": (
        "Small German pipeline bundled with factcli as a fallback when de_core_news_sm "
        "is not installed: German tokenizer rules, STTS tagger, UPOS/morphology, "
        "dependency parser (sentence boundaries), lookup lemmatizer and NER "
        "(PER/ORG/LOC/MISC), CNN tok2vec per component, no word vectors."
    ),
    "author": "factcli",
    "license": "CC BY-NC-SA 4.0",
    "sources": [
        {
            "name": "GermEval 2014 NER (official test set, re-split; see MODEL_CARD.md)",
            "url": "https://sites.google.com/site/germeval2014ner/",
            "license": "CC BY 4.0",
            "author": "Benikova, Biemann, Reznicek (LREC 2014)",
        },
        {
            "name": "WikiNEuRal German (val + test, silver)",
            "url": "https://github.com/Babelscape/wikineural",
            "license": "CC BY-NC-SA 4.0",
            "author": "Tedeschi et al. (Findings of EMNLP 2021)",
        },
        {
            "name": "Universal Dependencies German GSD (dev + 3/4 of test)",
            "url": "https://github.com/UniversalDependencies/UD_German-GSD",
            "license": "CC BY-SA 4.0",
            "author": "UD contributors",
        },
        {
            "name": "Silver STTS tags by HanTa 1.2.1 on quotes-de train, 10kGNAD and WikiNEuRal text (tagger)",
            "url": "https://github.com/wartaal/HanTa",
            "license": "HanTa: LGPL-3.0 (build-time only); texts: CC BY-NC-SA 4.0",
            "author": "Wartena (2019); Petersen-Frey & Biemann (2024); Block (2019); Tedeschi et al. (2021)",
        },
        {
            "name": "spacy-lookups-data German lemma lookup table",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT (package licence; no separate file for the German table)",
            "author": "Explosion",
        },
    ],
}


# Fixed smoke-test sentences: pruning the string store must not change any output.
CHECK_TEXTS = (
    "Bundeskanzlerin Angela Merkel traf am Montag in Berlin Vertreter der Europäischen Union.",
    "Der FC Bayern München gewann laut Spiegel Online gegen Borussia Dortmund. Das war knapp.",
    "„Wir werden das prüfen“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.",
)


def _outputs(nlp: Language) -> list[list[tuple[str, ...]]]:
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_iob_, t.ent_type_) for t in doc]
        for doc in nlp.pipe(CHECK_TEXTS)
    ]


def prune_strings(nlp: Language) -> None:
    """Keep only label strings: training left ~125k corpus words in the string store
    (2 MB on disk) that inference never needs; token texts are re-added on the fly.
    Only valid for saving: the in-memory vocab still caches lexemes of dropped strings,
    so main() checks the *reloaded* pipeline against the unpruned one."""
    keep: set[str] = set()
    for _, pipe in nlp.pipeline:
        keep.update(getattr(pipe, "labels", ()))
        cfg = getattr(pipe, "cfg", {})
        keep.update(cfg.get("labels_morph", {}))
        keep.update(cfg.get("labels_morph", {}).values())
        keep.update(cfg.get("labels_pos", {}))
    nlp.vocab.strings._reset_and_load(sorted(keep))  # no public API for shrinking


def _assembled(args: argparse.Namespace) -> Language:
    ner_nlp = spacy.load(args.ner_model)
    nlp = spacy.blank("de")
    if args.ud:
        ud_nlp = spacy.load(args.ud)
        tagger_nlp = spacy.load(args.tagger) if args.tagger else ud_nlp
        nlp.add_pipe("tagger", source=tagger_nlp)
        for name in ("morphologizer", "parser"):
            nlp.add_pipe(name, source=ud_nlp)
    else:
        nlp.add_pipe("sentencizer")
    # Lookup mode needs no POS; tables are loaded now and serialised with the model.
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert isinstance(lemmatizer, Lemmatizer)
    lemmatizer.initialize()
    nlp.add_pipe("ner", source=ner_nlp)
    return nlp


def _swapped_tagger(base: Path, tagger: Path | None) -> Language:
    if tagger is None:
        raise SystemExit("assemble.py: --swap-tagger needs --tagger")
    nlp = spacy.load(base)
    nlp.remove_pipe("tagger")
    nlp.add_pipe("tagger", source=spacy.load(tagger), first=True)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ner_model", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--ud", type=Path, help="trained tagger/morphologizer/parser")
    parser.add_argument("--tagger", type=Path, help="trained tagger-only pipeline (tagger.cfg)")
    parser.add_argument(
        "--swap-tagger", action="store_true", help="NER_MODEL is a built de_factcli: replace its tagger"
    )
    args = parser.parse_args()

    nlp = _swapped_tagger(args.ner_model, args.tagger) if args.swap_tagger else _assembled(args)
    nlp.meta.update(META)
    # Reference outputs come from a saved+reloaded unpruned copy: in memory, sourced
    # components miss some strings (e.g. morph features) until a save/load round trip.
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        before = _outputs(spacy.load(tmp))
    prune_strings(nlp)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out_dir)
    if _outputs(spacy.load(args.out_dir)) != before:
        raise RuntimeError("string-store pruning changed the pipeline's output")
    print("saved", args.out_dir, nlp.pipe_names)


if __name__ == "__main__":
    main()
