"""The one pass over a corpus: read, parse once with the shared pipeline, extract.

Commands ask for what they need (`entities`, `claims`) and everything else stays lazy, so
`factcli articles` does not pay for the quotation model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factcli.corpus import Corpus, CorpusError, read_corpus
from factcli.dates import parse_iso_day
from factcli.model import Article, Claim, DateValue, Entity, Mention, Relation
from factcli.outlets import same_outlet_by_domain
from factcli.store import Store, cache_path, content_key

if TYPE_CHECKING:
    from factcli.quotes import QuoteMention


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with what the pipeline found in it; no spaCy objects, so it can be cached."""

    article: Article
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]


class Analysis:
    """Results for one corpus, computed on first use and kept for the process."""

    def __init__(self, corpus: Corpus, *, store: Store | None = None) -> None:
        self.corpus = corpus
        self.store = store if store is not None else Store(cache_path())

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.corpus.articles

    @cached_property
    def _keys(self) -> list[str]:
        # the article date is part of the key: relative dates are resolved against it
        return [content_key(f"{a.date}\0{a.text}") for a in self.articles]

    @cached_property
    def parsed(self) -> tuple[ParsedArticle, ...]:
        cached = self.store.get_many(self._keys, "parsed")
        missing = [i for i, key in enumerate(self._keys) if key not in cached]
        if missing:
            parsed = self._parse([self.articles[i] for i in missing])
            fresh = {self._keys[i]: value for i, value in zip(missing, parsed, strict=True)}
            self.store.put_many(fresh, "parsed")
            cached.update(fresh)
        return tuple(
            _parsed_from_json(article, cached[key]) for article, key in zip(self.articles, self._keys, strict=True)
        )

    @staticmethod
    def _parse(articles: list[Article]) -> list[dict[str, Any]]:
        from factcli.entities import mentions_from_doc
        from factcli.nlp import parse, sentence_spans  # spaCy loads only when a command needs it

        inputs = [(a.text, parse_iso_day(a.date)) for a in articles]
        return [
            {
                "mentions": [_mention_to_json(m) for m in mentions_from_doc(doc, article=article.id)],
                "sentences": [list(span) for span in sentence_spans(doc)],
            }
            for article, doc in zip(articles, parse(inputs), strict=True)
        ]

    @cached_property
    def quotes(self) -> dict[str, tuple[QuoteMention, ...]]:
        from factcli.quotes import QuoteMention, find_quotes

        cached = self.store.get_many(self._keys, "quotes")
        fresh = {
            key: [[q.kind, list(q.quote), q.speaker and list(q.speaker), q.cue and list(q.cue)]
                  for q in find_quotes(article.text)]
            for article, key in zip(self.articles, self._keys, strict=True)
            if key not in cached
        }  # fmt: skip
        self.store.put_many(fresh, "quotes")
        cached.update(fresh)
        return {
            article.id: tuple(
                QuoteMention(kind, tuple(quote), speaker and tuple(speaker), cue and tuple(cue))
                for kind, quote, speaker, cue in cached[key]
            )
            for article, key in zip(self.articles, self._keys, strict=True)
        }

    @cached_property
    def entities(self) -> list[Entity]:
        from factcli.entities import group_entities

        return group_entities(m for p in self.parsed for m in p.mentions)

    @cached_property
    def claims(self) -> list[Claim]:
        from factcli.attribution import extract_claims

        return [
            claim
            for p in self.parsed
            for claim in extract_claims(p, quotes=self.quotes[p.article.id], entities=self.entities)
        ]

    @cached_property
    def relations(self) -> list[Relation]:
        from factcli.compare import compare

        return compare(self.claims)

    @cached_property
    def relays(self) -> dict[str, tuple[str, ...]]:
        from factcli.provenance import article_relays

        return {p.article.id: article_relays(p) for p in self.parsed}


def analyse_paths(paths: Sequence[str]) -> Analysis:
    corpus = read_corpus(paths)
    if not corpus.articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in corpus.skipped) or "no .txt, .md or .html files"
        raise CorpusError(f"no readable articles in {', '.join(paths)} ({reasons})")
    return Analysis(corpus)


def _mention_to_json(mention: Mention) -> dict[str, Any]:
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "label": mention.label,
        "key": mention.key,
        "value": [mention.value.start, mention.value.end] if mention.value else None,
        "media": mention.is_media,
    }


def _parsed_from_json(article: Article, value: dict[str, Any]) -> ParsedArticle:
    mentions = tuple(
        Mention(
            article.id,
            m["text"],
            m["start"],
            m["end"],
            m["label"],
            m["key"],
            value=DateValue(*m["value"]) if m["value"] else None,
            is_media=m["media"],
        )
        for m in value["mentions"]
    )
    return ParsedArticle(_named_outlet(article, mentions), mentions, tuple((s, e) for s, e in value["sentences"]))


def _named_outlet(article: Article, mentions: Sequence[Mention]) -> Article:
    """An outlet known only by its web domain takes the name the text gives it ("stuttgarter-zeitung.de"
    is "Stuttgarter Zeitung"), so that the paper is not a relay of its own article."""
    if article.outlet is None or article.outlet_source == "given":
        return article
    for mention in mentions:
        if mention.is_media and same_outlet_by_domain(article.outlet, mention.key_name):
            return replace(article, outlet=mention.key_name)
    return article
