"""Rows and table columns for each command: the JSON contract lives here, in one place."""

from __future__ import annotations

from factcli.analysis import Analysis
from factcli.model import Claim, Entity
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
        }
        for a in analysis.articles
    ]


def article_columns() -> list[Column]:
    return [
        Column("id", lambda r: r["id"], no_wrap=True),
        Column("title", lambda r: r["title"], max_width=40),
        Column("outlet", lambda r: f"{r['outlet']} ({r['outlet_source']})" if r["outlet"] else None),
        Column("date", lambda r: r["date"]),
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
