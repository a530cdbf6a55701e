"""Silver STTS corpus for the bundled tagger: unannotated German text tagged by HanTa.

Usage: python training/ner/silver_tags.py DATA_DIR OUT_DIR

The UD German GSD sentences here (about 24k training tokens) are too few for a good tagger
(90.8 % on the held-out UD sentences), and every clause rule in `factcli.clauses` reads its
tags. HanTa (Wartena 2019, LGPL; trained on TIGER, `pip install '.[build]'`) tags better but
runs in pure Python at about 3,000 tokens/s, too slow to run per article, so its tags on about
a million words of news and Wikipedia text train the bundled spaCy tagger instead (distillation).

Text: the quotes-de training articles (their text only, no annotation), the 10kGNAD articles and
the WikiNEuRal sentences. Never quotes-de `dev.jsonl` (the quote figures are reported on it) and
never GermEval (the NER figures are). HanTa's tags are mapped onto the tag names the UD GSD
training data uses, and punctuation is tagged by rule, since HanTa does not know typographic
quotation marks. Writes OUT_DIR/tagger-train/silver.spacy (the UD training sentences are added
next to it by build.sh).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))
from factcli.nlp import _split_full_stop_after_capital  # noqa: E402

# HanTa (TIGER) tag names -> the UD GSD names the bundled tagger and factcli.clauses use
TAG_NAMES = {"PROAV": "PAV", "$": "$(", "NNA": "NN", "NNI": "NN", "VMPP": "VVPP", "VAIMP": "VVIMP", "PPOSS": "PPOSAT"}
# HanTa reads only straight quotes and hyphens; what it is shown, not what is stored
HANTA_VIEW = {c: '"' for c in "„“”»«‚‘’"} | {"–": "-", "—": "-", "…": "..."}
OTHER_PUNCTUATION = re.compile(r"^[„“”\"»«‚‘’'()\[\]{}–—\-…/*•·]+$")
SENTENCE_PUNCTUATION = re.compile(r"^[.!?:;]+$")
NOUN_STARTS = (["NN"], ["ADJA"], ["NE"])  # the next tag, as a one-item slice
SENTENCES_PER_DOC = 3
PARAGRAPH_BREAK_SHARE = 0.3  # the tagger must also see the line breaks articles have


def gsd_tags(words: list[str], tags: list[str]) -> list[str]:
    """HanTa's tags under the UD GSD names; punctuation by rule."""
    bare = [t.replace("(", "").replace(")", "") for t in tags]  # "VV(FIN)" -> "VVFIN"
    names = [TAG_NAMES.get(t, t) for t in bare]
    out = []
    for i, (word, tag) in enumerate(zip(words, names, strict=True)):
        if word == ",":
            tag = "$,"
        elif SENTENCE_PUNCTUATION.match(word):
            tag = "$."
        elif OTHER_PUNCTUATION.match(word):
            tag = "$("
        elif word.lower() in ("dessen", "deren") and tag == "PDS" and names[i + 1 : i + 2] in NOUN_STARTS:
            tag = "PDAT"  # GSD tags the attributive "dessen Stellvertreter" as a determiner
        out.append(tag)
    return out


def texts(data_dir: Path) -> Iterator[str]:
    with (data_dir / "quotes-de" / "train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
    with (data_dir / "news-de" / "10kgnad-test.csv").open(encoding="utf-8") as fh:
        for row in fh:
            yield row.partition(";")[2].strip().strip("'").replace("\\'", "'")
    for name in ("val", "test"):
        words: list[str] = []
        with (data_dir / "ner-de" / f"wikineural-de-{name}.conllu").open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 1 and cols[0].isdigit():
                    words.append(cols[1])
                elif not line.strip() and words:
                    yield " ".join(words)
                    words = []


def sentences(nlp: spacy.Language, text: str) -> Iterator[list[tuple[str, bool]]]:
    """(word, followed by a space) per sentence, paragraph by paragraph."""
    for paragraph in re.split(r"\n+", text):
        doc = nlp.make_doc(paragraph)
        sent: list[tuple[str, bool]] = []
        for i, token in enumerate(doc):
            if token.is_space:
                continue
            sent.append((token.text, bool(token.whitespace_)))
            following = doc[i + 1].text if i + 1 < len(doc) else ""
            if token.text in {".", "!", "?"} and (not following or following[:1].isupper() or following[:1] in "„\"»"):
                yield sent
                sent = []
        if sent:
            yield sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    try:
        from HanTa import HanoverTagger
    except ImportError:
        sys.exit("silver_tags.py: HanTa is not installed (pip install -e '.[build]')")
    hanta = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    nlp = spacy.blank("de")
    _split_full_stop_after_capital(nlp)  # the tokenizer factcli runs
    rng = random.Random(0)
    db = DocBin(store_user_data=False)
    n_tokens = 0
    for text in texts(args.data_dir):
        sents = list(sentences(nlp, text))
        for first in range(0, len(sents), SENTENCES_PER_DOC):
            words: list[str] = []
            spaces: list[bool] = []
            tags: list[str] = []
            for k, sent in enumerate(sents[first : first + SENTENCES_PER_DOC]):
                if k and rng.random() < PARAGRAPH_BREAK_SHARE:
                    spaces[-1] = False
                    words.append("\n\n" if rng.random() < 0.5 else "\n")
                    spaces.append(False)
                    tags.append("$.")
                sent_words = [w for w, _ in sent]
                words += sent_words
                spaces += [s for _, s in sent]
                tags += gsd_tags(sent_words, hanta.tag_sent([HANTA_VIEW.get(w, w) for w in sent_words], taglevel=0))
            db.add(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags))
            n_tokens += len(words)
    out = args.out_dir / "tagger-train"
    out.mkdir(parents=True, exist_ok=True)
    db.to_disk(out / "silver.spacy")
    print(f"silver tags: {n_tokens} tokens in {len(db)} docs -> {out / 'silver.spacy'}")


if __name__ == "__main__":
    main()
