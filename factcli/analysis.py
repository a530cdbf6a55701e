"""The one pass over a corpus: read, parse once with the shared pipeline, extract.

Commands ask for what they need (`entities`, `claims`) and everything else stays lazy, so
`factcli articles` does not pay for the quotation model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from factcli.corpus import Corpus, CorpusError, read_corpus
from factcli.dates import parse_iso_day
from factcli.entities import group_entities, mentions_from_doc
from factcli.model import Article, Claim, Entity, Mention, Relation


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with what the pipeline found in it; no spaCy objects, so it can be cached."""

    article: Article
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]


class Analysis:
    """Results for one corpus, computed on first use and kept for the process."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.corpus.articles

    @cached_property
    def parsed(self) -> tuple[ParsedArticle, ...]:
        from factcli.nlp import parse  # spaCy loads only when a command needs it

        inputs = [(a.text, parse_iso_day(a.date)) for a in self.articles]
        parsed = []
        for article, doc in zip(self.articles, parse(inputs), strict=True):
            sentences = tuple((sent.start_char, sent.end_char) for sent in doc.sents)
            parsed.append(ParsedArticle(article, tuple(mentions_from_doc(doc, article=article.id)), sentences))
        return tuple(parsed)

    @cached_property
    def entities(self) -> list[Entity]:
        return group_entities(m for p in self.parsed for m in p.mentions)

    @cached_property
    def claims(self) -> list[Claim]:
        from factcli.attribution import extract_claims

        return [claim for p in self.parsed for claim in extract_claims(p, entities=self.entities)]

    @cached_property
    def relations(self) -> list[Relation]:
        from factcli.compare import compare

        return compare(self.claims)

    @cached_property
    def relays(self) -> dict[str, tuple[str, ...]]:
        from factcli.provenance import cited_outlets

        return {p.article.id: cited_outlets(p) for p in self.parsed}


def analyse_paths(paths: Sequence[str]) -> Analysis:
    corpus = read_corpus(paths)
    if not corpus.articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in corpus.skipped) or "no .txt, .md or .html files"
        raise CorpusError(f"no readable articles in {', '.join(paths)} ({reasons})")
    return Analysis(corpus)
