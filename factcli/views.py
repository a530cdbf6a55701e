"""Rows and table columns for each command: the JSON contract lives here, in one place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from factcli.analysis import Analysis
from factcli.entities import name_matches
from factcli.model import Claim, Entity, Relation
from factcli.render import Column, Row


def article_rows(analysis: Analysis) -> list[Row]:
    return [
        {
            "id": a.id,
            "path": a.path,
            "title": a.title,
            "outlet": a.outlet,
            "outlet_source": a.outlet_source,
            "url": a.url,
            "date": a.date,
            "author": a.author,
            "words": a.words,
            "relays": list(analysis.relays[a.id]),
            "given": list(a.given),  # metadata fields taken from front matter; the rest is inferred
        }
        for a in analysis.articles
    ]


def article_columns() -> list[Column]:
    return [
        # long file names fold rather than squeeze the title on a narrow terminal
        Column("id", lambda r: r["id"], max_width=22),
        Column("title", lambda r: r["title"], max_width=40),
        Column("outlet", lambda r: f"{r['outlet']} ({r['outlet_source']})" if r["outlet"] else None),
        Column("date", lambda r: r["date"], no_wrap=True),
        Column("author", lambda r: r["author"]),
        Column("words", lambda r: r["words"], justify="right"),
        Column("relays", lambda r: r["relays"], max_width=30),
    ]


def entity_row(entity: Entity) -> Row:
    row: Row = {
        "name": entity.name,
        "label": entity.label,
        "mentions": [{"article": m.article, "text": m.text, "start": m.start, "end": m.end} for m in entity.mentions],
        "count": entity.count,
        "articles": list(entity.articles),
    }
    if entity.label == "DATE":
        row["value"] = entity.value.as_json() if entity.value else None
    if entity.is_media:
        row["media"] = True
    return row


def entity_rows(analysis: Analysis) -> list[Row]:
    return [entity_row(e) for e in analysis.entities]


def entity_columns() -> list[Column]:
    return [
        Column("name", lambda r: r["name"], max_width=40),
        Column("label", lambda r: r["label"] + (" (media)" if r.get("media") else "")),
        Column("count", lambda r: r["count"], justify="right"),
        Column("forms", lambda r: sorted({m["text"] for m in r["mentions"]}), max_width=40),
        Column("articles", lambda r: r["articles"], max_width=30),
    ]


def claim_row(claim: Claim) -> Row:
    return {
        "id": claim.id,
        "article": claim.article,
        "outlet": claim.outlet,
        "text": claim.text,
        "quote_start": claim.quote_start,
        "quote_end": claim.quote_end,
        "sentence": claim.sentence,
        "speaker": (
            {
                "name": claim.speaker.name,
                "label": claim.speaker.label,
                "start": claim.speaker.start,
                "end": claim.speaker.end,
                "text": claim.speaker.text,
            }
            if claim.speaker
            else None
        ),
        "cue": claim.cue,
        "type": claim.type,
        "stance": claim.stance,
        "denies": claim.denies,
        "relays": list(claim.relays),
        "entities": list(claim.entities),
        "dates": list(claim.dates),
    }


def claim_columns() -> list[Column]:
    return [
        Column("id", lambda r: r["id"], no_wrap=True),
        Column("speaker", lambda r: r["speaker"]["name"] if r["speaker"] else None, max_width=24),
        Column("stance", lambda r: r["stance"]),
        Column("claim", lambda r: r["text"], max_width=60),
        Column("chain", lambda r: " → ".join(r["relays"]), max_width=40),
    ]


def claim_rows(claims: Iterable[Claim]) -> list[Row]:
    return [claim_row(c) for c in claims]


def _outlets_of(claim: Claim) -> tuple[str, ...]:
    """The outlets in a claim's chain: all but its source, unless the source is an outlet itself
    ("Reuters berichtete, …")."""
    if claim.speaker is not None and claim.speaker.label == "MEDIA":
        return claim.relays
    return claim.relays[:-1] or claim.relays


def filter_claims(
    claims: Sequence[Claim], *, speaker: str | None, outlet: str | None, stance: str | None
) -> list[Claim]:
    selected = []
    for claim in claims:
        if speaker and not (claim.speaker and name_matches(speaker, claim.speaker.name)):
            continue
        if outlet and not any(name_matches(outlet, relay) for relay in _outlets_of(claim)):
            continue
        if stance and claim.stance != stance:
            continue
        selected.append(claim)
    return selected


def source_rows(claims: Sequence[Claim], entity: str) -> list[Row]:
    """Claims by the entity ("said"), claims it passed on ("relayed": an outlet between the article
    and the source), then claims that name it ("about")."""
    said = [c for c in claims if c.speaker and name_matches(entity, c.speaker.name)]
    seen = {c.id for c in said}
    relayed = [c for c in claims if c.id not in seen and any(name_matches(entity, r) for r in c.relays[1:-1])]
    seen |= {c.id for c in relayed}
    # the name in the claim's words counts too: a small model misses names ("Nordwerk")
    named = re.compile(rf"(?<!\w){re.escape(entity.strip())}(?!\w)", re.IGNORECASE)
    about = [
        c
        for c in claims
        if c.id not in seen and (any(name_matches(entity, name) for name in c.entities) or named.search(c.text))
    ]
    return (
        [{"role": "said", **claim_row(c)} for c in said]
        + [{"role": "relayed", **claim_row(c)} for c in relayed]
        + [{"role": "about", **claim_row(c)} for c in about]
    )


def source_columns() -> list[Column]:
    return [
        Column("role", lambda r: r["role"]),
        Column("article", lambda r: r["article"], max_width=22),
        *claim_columns()[1:],
    ]


def trace_tree(claim: Claim) -> Tree:
    """Article → relaying outlets → source, as nested tree nodes, with the sentence at the leaf."""
    tree = Tree(Text(f"{claim.id}  {claim.article}", style="bold"))
    node = tree
    for hop in claim.relays:
        node = node.add(Text(hop))
    label = f"{claim.stance}: {claim.text}"
    node.add(Text(label, style="red" if claim.stance == "deny" else "green"))
    tree.add(Text(f"sentence: {claim.sentence}", style="dim"))
    return tree


def relation_row(relation: Relation) -> Row:
    return {
        "id": relation.id,
        "relation": relation.relation,
        "kind": relation.kind,
        "score": relation.score,
        "proposition": relation.proposition,
        "claims": list(relation.claims),
        "sides": [
            {
                "claims": list(side.claims),
                "articles": list(side.articles),
                "outlets": list(side.outlets),
                "origins": list(side.origins),
                "text": side.text,
            }
            for side in relation.sides
        ],
        "reason": relation.reason,
    }


def relation_rows(relations: Iterable[Relation]) -> list[Row]:
    return [relation_row(r) for r in relations]


def filter_relations(
    relations: Sequence[Relation], claims: Sequence[Claim], *, entity: str | None, only: str | None, min_outlets: int
) -> list[Relation]:
    by_id = {c.id: c for c in claims}
    selected = []
    for relation in relations:
        if only and relation.relation != only:
            continue
        if len({o for side in relation.sides for o in side.outlets}) < min_outlets:
            continue
        if entity and not any(_claim_names(by_id[cid], entity) for cid in relation.claims if cid in by_id):
            continue
        selected.append(relation)
    return selected


def _claim_names(claim: Claim, entity: str) -> bool:
    names = [*claim.entities, *(claim.speaker.name for _ in [0] if claim.speaker)]
    return any(name_matches(entity, name) for name in names)


def render_comparison(console: Console, relations: Sequence[Relation], claims: Sequence[Claim]) -> None:
    """One table per relation kind, each side's text, outlets and chain; then a summary."""
    by_id = {c.id: c for c in claims}
    groups: dict[tuple[str, str], list[Relation]] = {}
    for relation in relations:
        groups.setdefault((relation.relation, relation.kind), []).append(relation)
    for (relation_name, kind), members in groups.items():
        table = Table(title=Text(f"{relation_name}: {kind}"), show_lines=True, header_style="bold")
        for header, width in (("proposition", 36), ("side", 50), ("outlets / chain", 34), ("score", 6)):
            table.add_column(header, max_width=width, overflow="fold")
        for relation in members:
            for index, side in enumerate(relation.sides):
                chains = {" → ".join(by_id[c].relays) for c in side.claims if c in by_id}
                table.add_row(
                    Text(relation.proposition if index == 0 else ""),
                    Text(side.text),
                    Text(f"{', '.join(side.articles)}\n" + "\n".join(sorted(chains))),
                    Text(f"{relation.score:.2f}" if index == 0 else ""),
                )
            table.add_row(Text(""), Text(relation.reason, style="italic"), Text(""), Text(""))
        console.print(table)
    summary = comparison_summary(relations, claims)
    console.print(Text(" · ".join(f"{key}: {value}" for key, value in summary.items())))


def comparison_summary(relations: Sequence[Relation], claims: Sequence[Claim]) -> dict[str, int]:
    return {
        "claims": len(claims),
        "clusters": len({frozenset(r.claims) for r in relations if r.relation == "agree"}),
        "agreements": sum(r.relation == "agree" for r in relations),
        "contradictions": sum(r.relation == "contradict" for r in relations),
        "independent origins": len({o for r in relations for side in r.sides for o in side.origins}),
    }
