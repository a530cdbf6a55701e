"""Assemble the trained components into the shipped de_factcli pipeline.

Usage: python training/ner/assemble.py NER_MODEL OUT_DIR [--ud UD_MODEL]

Components are sourced (weights copied) from separately trained pipelines; each has
its own inline tok2vec, so sourcing needs no listener rewiring. The lookup lemmatizer
tables (spacy-lookups-data) are copied into the pipeline at build time, so loading
the result needs spaCy only. Without a UD model a rule-based sentencizer is added so
``doc.sents`` still works.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import spacy

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
            "name": "spacy-lookups-data German lemma lookup table",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT (package); table derived from lemmatization-lists, ODbL",
            "author": "Explosion / Michal Boleslav Mechura",
        },
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ner_model", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--ud", type=Path, help="trained tagger/morphologizer/parser")
    args = parser.parse_args()

    ner_nlp = spacy.load(args.ner_model)
    nlp = spacy.blank("de")
    if args.ud:
        ud_nlp = spacy.load(args.ud)
        for name in ("tagger", "morphologizer", "parser"):
            nlp.add_pipe(name, source=ud_nlp)
    else:
        nlp.add_pipe("sentencizer")
    # Lookup mode needs no POS; tables are loaded now and serialised with the model.
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize()
    nlp.add_pipe("ner", source=ner_nlp)

    nlp.meta.update(META)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out_dir)
    print("saved", args.out_dir, nlp.pipe_names)


if __name__ == "__main__":
    main()
