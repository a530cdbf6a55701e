"""Typed, frozen records that flow from the core to the renderers.

Every record is immutable and built from plain values, so it can be cached, compared and turned
into JSON without surprises. Character offsets always index into `Article.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OutletSource = Literal["given", "inferred", "unknown"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC", "DATE"]
ClaimType = Literal["direct", "indirect", "reported"]
Stance = Literal["assert", "deny"]
RelationKind = Literal["agree", "contradict"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, with its metadata and where each value came from."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    outlet_source: OutletSource = "unknown"
    url: str | None = None
    date: str | None = None
    author: str | None = None
    given: tuple[str, ...] = ()  # metadata fields taken from front matter rather than inferred

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalised date: a single ISO day (`start == end`) or an interval (ISO dates or months)."""

    start: str
    end: str

    def as_json(self) -> str | dict[str, str]:
        return self.start if self.start == self.end else {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in an article."""

    article: str
    text: str
    start: int
    end: int
    label: EntityLabel
    key: str  # canonical key inside the article, e.g. "PER:putin"
    value: DateValue | None = None
    is_media: bool = False

    @property
    def key_name(self) -> str:
        """The key without its label; for a news outlet, its canonical name ("Wall Street Journal")."""
        return self.key.split(":", 1)[1]


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity across the corpus: one canonical name with all of its mentions."""

    name: str
    label: EntityLabel
    mentions: tuple[Mention, ...]
    value: DateValue | None = None
    is_media: bool = False

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # canonical name where resolved, else the words as written
    label: str  # PER, ORG, MEDIA, ANON, or "" when unknown
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement attributed to a speaker, with its relay chain from the article outward."""

    id: str
    article: str
    outlet: str | None
    text: str
    quote_start: int
    quote_end: int
    sentence: str
    speaker: Speaker | None
    cue: str | None
    type: ClaimType
    stance: Stance
    relays: tuple[str, ...]
    entities: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    denies: str | None = None  # what a denial targets, e.g. "Bericht" of the Wall Street Journal
    # the dates within the claim's own words, without its frame's ("sagte am Donnerstag", when it
    # was said); None when unknown, then `dates` stands in
    stated_dates: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Side:
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    origins: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """Agreement or contradiction between claims of one cluster, with a reason to show users."""

    id: str
    relation: RelationKind
    kind: str
    score: float
    proposition: str
    claims: tuple[str, ...]
    sides: tuple[Side, ...]
    reason: str
