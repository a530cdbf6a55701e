"""Writers for every listing command: Rich table, JSON, JSON Lines, CSV. One place decides.

Rows are plain JSON-ready dicts. Article text is data: tables are built from `rich.text.Text`
objects, never from markup strings, so `[bold]` in an article prints as `[bold]`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

Row = dict[str, Any]


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: header, how to show a row's value, and layout hints."""

    header: str
    value: Callable[[Row], object]
    max_width: int | None = None
    justify: str = "left"
    no_wrap: bool = False


def default_format(is_terminal: bool) -> Format:
    """Tables for people at a terminal, JSON Lines for pipes."""
    return Format.table if is_terminal else Format.jsonl


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_rows(
    rows: Sequence[Row],
    fmt: Format,
    *,
    out: TextIO,
    columns: Sequence[Column],
    title: str | None = None,
    console: Console | None = None,
) -> None:
    if fmt is Format.json:
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            out.write(to_json(row) + "\n")
    elif fmt is Format.csv:
        write_csv(rows, out)
    else:
        console = console or Console(file=out)
        console.print(build_table(rows, columns, title=title))


def write_csv(rows: Sequence[Row], out: TextIO) -> None:
    """Flat CSV: lists of plain values joined with '; ', nested objects as JSON text."""
    fields: list[str] = []
    for row in rows:
        fields.extend(key for key in row if key not in fields)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: flat_value(row.get(key)) for key in fields})


def flat_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if all(isinstance(item, str | int | float) for item in value):
            return "; ".join(str(item) for item in value)
        return to_json(value)
    if isinstance(value, dict):
        return to_json(value)
    return str(value)


def build_table(rows: Iterable[Row], columns: Sequence[Column], *, title: str | None = None) -> Table:
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(
            column.header,
            max_width=column.max_width,
            justify=column.justify,  # type: ignore[arg-type]
            overflow="fold",
            no_wrap=column.no_wrap,
        )
    for row in rows:
        table.add_row(*(cell(column.value(row)) for column in columns))
    return table


def cell(value: object) -> Text:
    """Any value as plain Rich text (no markup, no emoji codes)."""
    if value is None:
        return Text("—", style="dim")
    if isinstance(value, list | tuple):
        return Text(", ".join(str(item) for item in value))
    return Text(str(value))
