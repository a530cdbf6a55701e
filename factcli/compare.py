"""Agreements and contradictions across outlets.

1. Every claim becomes a bag of features: word stems, canonical entities, numbers, frequency
   words ("einmal" vs "regelmäßig"), dates, negation and stance.
2. Blocking: claims are only compared when they share a rare key (a stem or entity that few
   claims have); keys shared by too many claims say nothing and are skipped. The cost therefore
   grows with the number of claims times a bounded block size, not with its square.
3. Pairs above a similarity threshold are joined into clusters (union-find); within a cluster,
   claims from different articles are related: `contradict` (denial, quantity, date, polarity,
   attribute) or `agree`. A denial aimed at an outlet's report ("dementierte den Bericht" of the
   WSJ) is also linked to the largest cluster of claims relayed through that outlet.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from factcli.entities import name_key
from factcli.model import Claim, Relation, Side

STOPWORDS = frozenset(
    [
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "ander",
        "andere",
        "anderen",
        "auch",
        "auf",
        "aus",
        "bei",
        "beim",
        "bin",
        "bis",
        "bisher",
        "bist",
        "da",
        "dabei",
        "dadurch",
        "daher",
        "damit",
        "dann",
        "darauf",
        "darin",
        "darum",
        "das",
        "dass",
        "dem",
        "den",
        "denen",
        "der",
        "des",
        "dessen",
        "deshalb",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwa",
        "euch",
        "für",
        "gegen",
        "gewesen",
        "hab",
        "habe",
        "haben",
        "hat",
        "hatte",
        "hätte",
        "hatten",
        "hätten",
        "hier",
        "hin",
        "hinein",
        "ich",
        "ihm",
        "ihn",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "im",
        "in",
        "ins",
        "ist",
        "ja",
        "jedoch",
        "jetzt",
        "kann",
        "können",
        "könnte",
        "man",
        "mehr",
        "mit",
        "muss",
        "nach",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sei",
        "seien",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "seit",
        "sich",
        "sie",
        "sind",
        "so",
        "soll",
        "sollen",
        "sollte",
        "sondern",
        "sowie",
        "über",
        "um",
        "und",
        "uns",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "wäre",
        "waren",
        "was",
        "weil",
        "weiter",
        "welche",
        "wenn",
        "wer",
        "werde",
        "werden",
        "wie",
        "wieder",
        "wir",
        "wird",
        "wo",
        "wurde",
        "wurden",
        "zu",
        "zum",
        "zur",
        "zwar",
        "zwischen",
        "laut",
        "zufolge",
        "sagte",
        "sagt",
        "erklärte",
        "berichtete",
        "bericht",
        "berichten",
        "angaben",
        "demnach",
        "angeblich",
        "bereits",
        "schon",
        "noch",
        "immer",
    ]
)
NEGATION = re.compile(r"(?<!\w)(?:nicht|kein\w*|nie|niemals|weder|nichts|niemand)(?!\w)", re.IGNORECASE)
# Frequency words: a single event against a recurring one is a quantity conflict.
ONCE = re.compile(r"(?<!\w)(?:einmal|ein\s+einziges\s+mal|einziges?\s+(?:telefonat|gespräch|mal)|lediglich\s+einmal)"
                  r"(?!\w)", re.IGNORECASE)  # fmt: skip
OFTEN = re.compile(r"(?<!\w)(?:regelmäßig\w*|mehrfach|häufig|wiederholt|ständig|oft|mehrere|zahlreiche)(?!\w)",
                   re.IGNORECASE)  # fmt: skip
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|(?<![\w.,])\d+(?:,\d+)?(?![\d.,]\d)")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
MAX_BLOCK = 40  # a key shared by more claims than this is too common to suggest a match
KEYS_PER_CLAIM = 6  # the rarest stems and entities of a claim used for blocking
SAME_PROPOSITION = 0.3  # similarity above which two claims say the same thing
POLARITY_SIMILARITY = 0.5  # a negation flips the meaning only of nearly the same words


@dataclass(frozen=True, slots=True)
class Features:
    stems: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[str]
    once: bool
    often: bool
    negated: bool
    dates: frozenset[str]


def stem(word: str) -> str:
    """A light German stemmer: enough to match 'Gespräche'/'Gesprächen', 'russische'/'russischen'."""
    word = word.lower()
    for suffix in ("ungen", "innen", "ern", "en", "er", "es", "em", "e", "n", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def features(claim: Claim) -> Features:
    text = claim.text
    stems = frozenset(stem(w) for w in WORD.findall(text) if w.lower() not in STOPWORDS)
    numbers = frozenset(_number(n) for n in NUMBER.findall(text) if not _is_year(n))
    return Features(
        stems=stems,
        entities=frozenset(name_key(e) for e in claim.entities),
        numbers=numbers,
        once=bool(ONCE.search(text)),
        often=bool(OFTEN.search(text)),
        negated=bool(NEGATION.search(text)),
        dates=frozenset(claim.dates),
    )


def _number(text: str) -> str:
    return text.replace(".", "").replace(",", ".")


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def similarity(a: Features, b: Features) -> float:
    """Weighted overlap: shared stems count most, shared entities add, disjoint ones don't hurt."""
    if not a.stems or not b.stems:
        return 0.0
    shared = len(a.stems & b.stems)
    stem_score = shared / min(len(a.stems), len(b.stems)) ** 0.5 / max(len(a.stems), len(b.stems)) ** 0.5
    entity_score = len(a.entities & b.entities) / max(1, min(len(a.entities), len(b.entities)))
    return round(0.75 * stem_score + 0.25 * entity_score, 3)


def conflict(a: Claim, b: Claim, fa: Features, fb: Features) -> tuple[str, str] | None:
    """The kind of contradiction between two similar claims and a reason, or None."""
    if a.stance != b.stance:
        denier = a if a.stance == "deny" else b
        return "denial", f"{_who(denier)} denies what the other side asserts"
    if (fa.once and fb.often) or (fb.once and fa.often):
        return "quantity", "a single event on one side, a recurring one on the other"
    if fa.numbers and fb.numbers and not fa.numbers & fb.numbers:
        return "quantity", f"numbers differ: {', '.join(sorted(fa.numbers))} vs {', '.join(sorted(fb.numbers))}"
    if fa.dates and fb.dates and not _dates_overlap(fa.dates, fb.dates):
        return "date", f"dates differ: {', '.join(sorted(fa.dates))} vs {', '.join(sorted(fb.dates))}"
    # paraphrases often swap a negation for an antonym, so only near-identical wording counts
    if fa.negated != fb.negated and similarity(fa, fb) >= POLARITY_SIMILARITY:
        return "polarity", "one side negates what the other states"
    return None


def relate(a: Claim, b: Claim) -> tuple[str, str, float] | None:
    """Pairwise decision (relation, kind, score) for two claims, or None when they are unrelated."""
    fa, fb = features(a), features(b)
    score = similarity(fa, fb)
    if score < SAME_PROPOSITION:
        return None
    found = conflict(a, b, fa, fb)
    return ("contradict", found[0], score) if found else ("agree", "same", score)


def _who(claim: Claim) -> str:
    return claim.speaker.name if claim.speaker else claim.relays[-1]


def _dates_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    def bounds(value: str) -> tuple[str, str]:
        start, _, end = value.partition("/")
        return start, end or start

    for x in a:
        for y in b:
            (xs, xe), (ys, ye) = bounds(x), bounds(y)
            if (xs == ".." or ye == ".." or xs <= ye) and (ys == ".." or xe == ".." or ys <= xe):
                return True
    return False


def candidate_pairs(claims: Sequence[Claim], feats: Sequence[Features]) -> set[tuple[int, int]]:
    """Pairs of claims from different articles that share at least one rare key."""
    frequency: Counter[str] = Counter()
    claim_keys: list[list[str]] = []
    for f in feats:
        keys = [f"s:{s}" for s in f.stems] + [f"e:{e}" for e in f.entities]
        claim_keys.append(keys)
        frequency.update(keys)
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, keys in enumerate(claim_keys):
        usable = [k for k in keys if 1 < frequency[k] <= MAX_BLOCK]
        for key in sorted(usable, key=lambda k: (frequency[k], k))[:KEYS_PER_CLAIM]:
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        for i, j in combinations(members, 2):
            if claims[i].article != claims[j].article:
                pairs.add((i, j))
    return pairs


def cluster(claims: Sequence[Claim], feats: Sequence[Features]) -> list[list[int]]:
    """Groups of claim indices saying the same thing, via union-find over similar pairs."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(claims, feats):
        if similarity(feats[i], feats[j]) >= SAME_PROPOSITION:
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(claims)):
        groups[find(index)].append(index)
    return [members for members in groups.values() if len({claims[m].article for m in members}) > 1]


def compare(claims: Sequence[Claim]) -> list[Relation]:
    """All agreements and contradictions across the articles of `claims`."""
    feats = [features(c) for c in claims]
    clusters = cluster(claims, feats)
    relations: list[Relation] = []
    for members in clusters:
        relations.extend(_relate_cluster(claims, feats, members))
    relations.extend(_report_denials(claims, clusters))
    return _dedupe(relations)


def _relate_cluster(claims: Sequence[Claim], feats: Sequence[Features], members: list[int]) -> list[Relation]:
    relations = []
    for i, j in combinations(members, 2):
        if claims[i].article == claims[j].article:
            continue
        found = conflict(claims[i], claims[j], feats[i], feats[j])
        if found:
            kind, reason = found
            score = similarity(feats[i], feats[j])
            relations.append(_relation("contradict", kind, score, [claims[i]], [claims[j]], reason=reason))
    conflicted = {c for r in relations for c in r.claims}
    agreeing = [m for m in members if claims[m].id not in conflicted and claims[m].stance == "assert"]
    if len({claims[m].article for m in agreeing}) > 1:
        group = [claims[m] for m in agreeing]
        score = min(similarity(feats[i], feats[j]) for i, j in combinations(agreeing, 2)
                    if claims[i].article != claims[j].article)  # fmt: skip
        per_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in group:
            per_article[claim.article].append(claim)
        origins = {_origin(c) for c in group}
        reason = f"{len(per_article)} articles state it; {len(origins)} independent origin(s)"
        relations.append(_relation("agree", "same", score, *per_article.values(), reason=reason))
    return relations


def _report_denials(claims: Sequence[Claim], clusters: list[list[int]]) -> list[Relation]:
    """A denial of an outlet's report contradicts the main claim that outlet is relayed for."""
    relations = []
    for denial in (c for c in claims if c.stance == "deny" and c.denies and "(" in c.denies):
        outlet = denial.denies.split("(", 1)[1].rstrip(")") if denial.denies else ""
        relayed = [
            members
            for members in clusters
            if sum(outlet in claims[m].relays[:-1] and claims[m].stance == "assert" for m in members) >= 2
        ]
        if not relayed:
            continue
        main = max(relayed, key=len)
        target = [claims[m] for m in main if outlet in claims[m].relays[:-1] and claims[m].stance == "assert"]
        reason = f"{_who(denial)} denies the {denial.denies} report that the other side relays"
        relations.append(_relation("contradict", "denial", 0.6, [denial], target, reason=reason))
    return relations


def _origin(claim: Claim) -> str:
    """The first outlet beyond the article's own, else the source: five relays of one WSJ report are one origin."""
    return claim.relays[1] if len(claim.relays) > 1 else claim.relays[0]


def _relation(relation: str, kind: str, score: float, *groups: Iterable[Claim], reason: str) -> Relation:
    sides = [list(group) for group in groups]
    built = [_side(side) for side in sides]
    claim_ids = tuple(cid for side in built for cid in side.claims)
    asserted = [c for side in sides for c in side if c.stance == "assert"] or [c for side in sides for c in side]
    proposition = min(asserted, key=lambda c: len(c.text)).text
    digest = hashlib.sha1(f"{relation}:{kind}:{'|'.join(sorted(claim_ids))}".encode()).hexdigest()[:10]
    return Relation(
        id=f"r{digest}",
        relation=relation,  # type: ignore[arg-type]
        kind=kind,
        score=round(score, 3),
        proposition=proposition,
        claims=claim_ids,
        sides=tuple(built),
        reason=reason,
    )


def _side(claims: list[Claim]) -> Side:
    return Side(
        claims=tuple(c.id for c in claims),
        articles=tuple(dict.fromkeys(c.article for c in claims)),
        outlets=tuple(dict.fromkeys(c.outlet or c.article for c in claims)),
        origins=tuple(dict.fromkeys(_origin(c) for c in claims)),
        text=min(claims, key=lambda c: len(c.text)).text,
    )


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen: set[str] = set()
    unique = []
    for relation in relations:
        if relation.id not in seen:
            seen.add(relation.id)
            unique.append(relation)
    return sorted(unique, key=lambda r: (r.relation != "contradict", -r.score, r.id))
