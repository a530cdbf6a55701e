"""The `factcli` command line: thin wrappers that parse options, call the core, render.

Nothing heavy is imported at module level, so `factcli --help` starts without spaCy.
"""

from __future__ import annotations

import os
import sys
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from factcli import __version__
from factcli.render import Column, Format, Row, default_format, write_rows

if TYPE_CHECKING:
    from factcli.analysis import Analysis


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    BAD_INPUT = 2
    NOT_FOUND = 3


app = typer.Typer(
    name="factcli",
    help="Fact provenance for German news: who is named, who claims what, through which outlets, "
    "and where outlets agree or contradict each other. PATHS are files or folders "
    "(.txt, .md, .html; '-' reads stdin); with none, ./seeds is read.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

PathsArg = Annotated[
    list[str] | None, typer.Argument(help="Files or folders of articles; '-' reads stdin. Default: ./seeds")
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", case_sensitive=False, help="Output format. Default: table on a terminal, jsonl when piped."
    ),
]


def say(message: str) -> None:
    """One plain line on stderr: no wrapping, no markup, whatever the terminal width."""
    sys.stderr.write(message.replace("\n", " ") + "\n")


def fail(message: str, status: ExitStatus = ExitStatus.BAD_INPUT) -> NoReturn:
    say(f"factcli: error: {message}")
    raise typer.Exit(code=int(status))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcli {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Fact provenance for German news."""


def _analysis(paths: list[str] | None) -> Analysis:
    from factcli.analysis import analyse_paths
    from factcli.corpus import CorpusError
    from factcli.nlp import PipelineError

    targets = paths or ["seeds"]
    try:
        analysis = analyse_paths(targets)
        _ = analysis.parsed
    except CorpusError as error:
        fail(str(error))
    except PipelineError as error:
        fail(str(error), ExitStatus.ERROR)
    for skipped in analysis.corpus.skipped:
        say(f"factcli: skipped {skipped.path}: {skipped.reason}")
    if analysis.store.warning:
        say(f"factcli: warning: {analysis.store.warning}")
    return analysis


def _emit(rows: list[Row], fmt: Format | None, columns: list[Column], title: str) -> None:
    chosen = fmt or default_format(sys.stdout.isatty())
    console = Console(highlight=False, emoji=False) if chosen is Format.table else None
    write_rows(rows, chosen, out=sys.stdout, columns=columns, title=title, console=console)


@app.command()
def articles(paths: PathsArg = None, fmt: FormatOpt = None) -> None:
    """List articles: id, title, outlet, date, author, words, and the outlets each relays.

    Example: factcli articles seeds --format json
    """
    from factcli.views import article_columns, article_rows

    analysis = _analysis(paths)
    _emit(article_rows(analysis), fmt, article_columns(), "Articles")


@app.command()
def entities(
    paths: PathsArg = None,
    label: Annotated[
        str | None, typer.Option("--label", "-l", help="Only this label: PER, ORG, LOC, MISC or DATE.")
    ] = None,
    fmt: FormatOpt = None,
) -> None:
    """List people, organisations, places and dates with canonical names, mentions and articles.

    Example: factcli entities seeds --label PER --format json
    """
    from factcli.views import entity_columns, entity_rows

    wanted = label.upper() if label else None
    if wanted and wanted not in ("PER", "ORG", "LOC", "MISC", "DATE"):
        fail(f"unknown label {label!r}; use PER, ORG, LOC, MISC or DATE")
    analysis = _analysis(paths)
    rows = [row for row in entity_rows(analysis) if wanted is None or row["label"] == wanted]
    _emit(rows, fmt, entity_columns(), "Entities")


class StanceChoice(str, Enum):
    assert_ = "assert"
    deny = "deny"


@app.command()
def claims(
    paths: PathsArg = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Only claims by this speaker (fuzzy).")] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", "-o", help="Only claims relayed through this outlet (WSJ, Die Zeit…).")
    ] = None,
    stance: Annotated[
        StanceChoice | None, typer.Option("--stance", case_sensitive=False, help="Only asserting or denying claims.")
    ] = None,
    fmt: FormatOpt = None,
) -> None:
    """List claims: who says what, with cue, stance and the relay chain from article to source.

    Examples: factcli claims --speaker Peskow;
    factcli claims --outlet "Wall Street Journal" --format jsonl | jq .text
    """
    from factcli.views import claim_columns, claim_rows, filter_claims

    analysis = _analysis(paths)
    selected = filter_claims(analysis.claims, speaker=speaker, outlet=outlet, stance=stance.value if stance else None)
    _emit(claim_rows(selected), fmt, claim_columns(), "Claims")


@app.command()
def sources(
    paths: PathsArg = None,
    entity: Annotated[
        str, typer.Option("--entity", "-e", help="Person or organisation (fuzzy: Peskow = Peskov).")
    ] = "",
    fmt: FormatOpt = None,
) -> None:
    """What ENTITY said (and who relayed it), what it relayed, and what others said about ENTITY.

    Example: factcli sources --entity Peskow
    Example: factcli sources --entity "Wall Street Journal" --format jsonl | jq 'select(.role == "relayed")'
    """
    from factcli.views import source_columns, source_rows

    if not entity.strip():
        fail("--entity NAME is required, e.g. factcli sources --entity Peskow")
    analysis = _analysis(paths)
    rows = source_rows(analysis.claims, entity)
    if not rows:
        say(f"note: no claim by or about {entity!r} in {len(analysis.articles)} article(s)")
    _emit(rows, fmt, source_columns(), f"Sources: {entity}")


@app.command()
def trace(
    claim_id: Annotated[str, typer.Argument(help="A claim id as printed by `factcli claims`.")],
    paths: PathsArg = None,
    fmt: FormatOpt = None,
) -> None:
    """Show the provenance chain of one claim as a tree, with its sentence.

    Example: factcli trace c1a2b3c4d5 seeds
    """
    from factcli.views import claim_row, trace_tree

    analysis = _analysis(paths)
    found = next((c for c in analysis.claims if c.id == claim_id.strip()), None)
    if found is None:
        fail(
            f"no claim {claim_id!r} in {', '.join(paths or ['seeds'])}; list ids with `factcli claims`",
            ExitStatus.NOT_FOUND,
        )
    chosen = fmt or default_format(sys.stdout.isatty())
    if chosen is Format.table:
        Console(highlight=False, emoji=False).print(trace_tree(found))
    else:
        _emit([claim_row(found)], chosen, [], "Trace")


class RelationChoice(str, Enum):
    agree = "agree"
    contradict = "contradict"


@app.command()
def compare(
    paths: PathsArg = None,
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Only relations involving this name.")] = None,
    only: Annotated[
        RelationChoice | None, typer.Option("--only", case_sensitive=False, help="Only agreements or contradictions.")
    ] = None,
    min_outlets: Annotated[
        int, typer.Option("--min-outlets", min=1, help="Only relations spanning at least N distinct outlets.")
    ] = 1,
    fmt: FormatOpt = None,
) -> None:
    """Where outlets agree and where they contradict each other, with the evidence side by side.

    Examples: factcli compare; factcli compare --only contradict --format json
    """
    from factcli.views import filter_relations, relation_rows, render_comparison

    analysis = _analysis(paths)
    relations = filter_relations(
        analysis.relations, analysis.claims, entity=entity, only=only.value if only else None, min_outlets=min_outlets
    )
    chosen = fmt or default_format(sys.stdout.isatty())
    if chosen is Format.table:
        render_comparison(Console(highlight=False, emoji=False), relations, analysis.claims)
    else:
        _emit(relation_rows(relations), chosen, [], "Compare")


def main() -> None:
    """Console entry point: a clear one-line error instead of a traceback, whatever happens."""
    try:
        status = app(args=sys.argv[1:] or ["--help"], prog_name="factcli", standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):
        say("factcli: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # `factcli claims | head` closes the pipe early; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as error:
        if os.environ.get("FACTCLI_DEBUG"):
            raise
        if (message := _option_error(error)) is not None:
            say(f"factcli: error: {message}")
            sys.exit(int(getattr(error, "exit_code", ExitStatus.BAD_INPUT)))
        say(f"factcli: internal error: {type(error).__name__}: {error} (FACTCLI_DEBUG=1 shows more)")
        sys.exit(int(ExitStatus.ERROR))
    sys.exit(status if isinstance(status, int) else int(ExitStatus.OK))


def _option_error(error: Exception) -> str | None:
    """The one-line message of a command-line error (unknown option, bad value), else None.

    Typer raises click's exceptions, from click itself or from the copy newer Typers ship, so
    they are recognised by their interface rather than their class."""
    format_message = getattr(error, "format_message", None)
    if format_message is None or not hasattr(error, "exit_code"):
        return None
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{format_message()}{hint}"
