"""Read files, folders and stdin into `Article` records, with metadata given or inferred.

Reading never fails on one odd file: unreadable, empty or binary files are returned as
`Skipped` with a reason, so the caller decides whether that is fatal.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

import yaml

from factcli.model import Article, OutletSource
from factcli.outlets import canonical_outlet, outlet_for_domain

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FRONT_MATTER_FIELDS = ("title", "outlet", "url", "date", "author")
MAX_BYTES = 20_000_000  # a news article is far smaller; refuse to slurp a disk image by mistake

# Terminal control sequences are never article content; left in, they would repaint a terminal.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Header lines that are page furniture rather than a title.
BOILERPLATE_LINE = re.compile(
    r"^(?:-+\s*Anzeige\s*-+|Anzeige|Werbung|Veröffentlicht\s*in.*|Lesezeit.*|Teilen|Drucken|"
    r"\d+\s+Minuten?\s+Lesezeit|Foto:.*|©.*|Bild:.*)$",
    re.IGNORECASE,
)
HEADER_DATE = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?:,?\s+(?P<time>[0-2]?\d[:.][0-5]\d)(?:\s*Uhr)?)?"
    r"|(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"
)
AUTHOR_LINE = re.compile(
    # "Von Petra Schäfer", or after the date on a meta line: "14.01.2027 07:05 Uhr · Von Petra Schäfer"
    r"^(?:[^\n]{0,40}?\s[·|•]\s+)?(?:Von|Autor(?:in)?:|Text:)\s*\n?\s*"
    r"(?P<name>[A-ZÄÖÜ][\w.'-]*(?:[ \t]+(?:von[ \t]+|de[ \t]+)?[A-ZÄÖÜ][\w.'-]*){0,3})\s*$",
    re.MULTILINE,
)
# "Streit um die Brücke | Kieler Nachrichten": a page title that ends with the site's name.
SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?P<sep>[|–—-]|::)\s+(?P<site>[^|–—:]{2,40})$")
SOURCE_LINE = re.compile(r"^\s*Quellen?\s*:\s*(?P<value>.+?)\s*$", re.MULTILINE)
URL = re.compile(r"https?://(?:www\.)?(?P<host>[\w.-]+\.[a-z]{2,})(?:/[^\s)\]>\"]*)?", re.IGNORECASE)
# A site describing itself in its own boilerplate: "AUTOHAUS ist eine unabhängige Fachzeitschrift".
SELF_DESCRIPTION = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?P<brand>[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,2}) (?:ist|sind) "
    r"(?:ein|eine|das|die|der)\b[^.\n]{0,60}?"
    r"(?:Zeitung|Zeitschrift|Magazin|Nachrichtenportal|Portal|Nachrichtenseite|Nachrichtenagentur|"
    r"Onlinemagazin|Newsletter|Tageszeitung|Wochenzeitung|Fachzeitschrift)"
)
PUBLISHED_IN = re.compile(r"^Veröffentlicht\s*in\s*(?P<brand>\S.{1,40}?)\s*$", re.MULTILINE)


class CorpusError(Exception):
    """A path the user named cannot be read at all."""


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


# The German pipelines refuse longer texts (spaCy's max_length), and one article this long already
# takes minutes and gigabytes; nothing shorter is refused.
MAX_ARTICLE_CHARS = 1_000_000


def read_corpus(paths: Iterable[str], *, stdin: IO[bytes] | None = None) -> Corpus:
    """Read every article under `paths` ("-" is one article from stdin), in a stable order."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen_ids: set[str] = set()
    seen_files: set[Path] = set()
    seen_texts: dict[tuple[str, str | None], str] = {}
    for raw in paths:
        for path, source in _expand(raw, stdin=stdin):
            if path != "-":
                resolved = Path(path).resolve()
                if resolved in seen_files:
                    continue  # the same file named twice ("seeds seeds") is one article
                seen_files.add(resolved)
            try:
                data = source()
                article = parse_article(data, path=path, suffix=Path(path).suffix.lower())
            except ValueError as error:
                skipped.append(Skipped(path, str(error)))
                continue
            # The same text twice would agree with itself in `compare` and share its claim ids; the
            # same agency copy printed by two outlets is two articles (their ids include the outlet)
            if (first := seen_texts.setdefault((article.text, article.outlet), path)) != path:
                skipped.append(Skipped(path, f"same text as {first}"))
                continue
            if article.id in seen_ids:
                article = replace(article, id=f"{article.id}-{_short_hash(path)}")
            seen_ids.add(article.id)
            articles.append(article)
    return Corpus(tuple(articles), tuple(skipped))


def _expand(raw: str, *, stdin: IO[bytes] | None) -> Iterator[tuple[str, Callable[[], bytes]]]:
    if raw == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield "-", lambda: stream.read(MAX_BYTES + 1)
        return
    if not raw.strip():
        raise CorpusError("empty path; name a file or folder, or '-' for stdin")
    path = Path(raw)
    if not path.exists():
        raise CorpusError(f"no such file or folder: {raw}")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        for file in files:
            yield str(file), _file_reader(file)
        return
    yield str(path), _file_reader(path)


def _file_reader(path: Path) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            with path.open("rb") as handle:
                return handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise ValueError(f"cannot read: {error.strerror or error}") from error

    return read


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252/Latin-1; refuse binaries."""
    if len(data) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB; not a news article")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes); expected text, Markdown or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    sample = ANSI_ESCAPE.sub("", text[:4096])  # escapes are stripped later; they do not make a binary
    if (
        sample
        and sum(ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\x1b") for ch in sample) > len(sample) * 0.05
    ):
        raise ValueError("binary file (mostly control characters); expected text, Markdown or HTML")
    return text


def _decode_legacy(data: bytes) -> str:
    """Text that is not valid UTF-8: mostly UTF-8 with a few broken bytes keeps its umlauts (the
    broken bytes become U+FFFD); anything else is read as Windows-1252, the usual legacy encoding."""
    text = data.decode("utf-8-sig", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(ord(ch) > 127 for ch in text) - broken
    if multibyte > broken:
        return text
    return data.decode("cp1252", errors="replace")


def clean_text(text: str) -> str:
    text = ANSI_ESCAPE.sub("", text)
    text = CONTROL_CHARS.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article(data: bytes, *, path: str, suffix: str = ".txt") -> Article:
    """One article from raw bytes: decode, split front matter, strip HTML, infer metadata."""
    text = clean_text(decode(data))
    given, text = split_front_matter(text)
    meta: dict[str, str] = {}
    if suffix in (".html", ".htm") or (suffix not in (".txt", ".md") and _looks_like_html(text)):
        meta, text = html_to_text(text)
    text = text.strip("\n")
    if not text.strip():
        raise ValueError("empty article (no text)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ValueError(
            f"{len(text):,} characters is more than one article may have ({MAX_ARTICLE_CHARS:,}); "
            "split it into articles"
        )
    article_id = _article_id(path, text)
    inferred = infer_metadata(text, html_meta=meta)
    fields = {**inferred, **{k: v for k, v in given.items() if v}}
    outlet_source: OutletSource = (
        "given" if given.get("outlet") else ("inferred" if fields.get("outlet") else "unknown")
    )
    return Article(
        id=article_id,
        path=path,
        text=text,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        outlet_source=outlet_source,
        url=fields.get("url"),
        date=fields.get("date"),
        author=fields.get("author"),
        given=tuple(sorted(k for k, v in given.items() if v)),
    )


def _article_id(path: str, text: str) -> str:
    if path == "-":
        return f"stdin-{_short_hash(text)}"
    return Path(path).stem


def _short_hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:8]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter between leading `---` lines; only the known fields are kept."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end == -1:
        raise ValueError("front matter opened with '---' is never closed by a '---' line")
    try:
        loaded = yaml.safe_load(text[4:end])
    except yaml.YAMLError as error:
        raise ValueError(f"front matter is not valid YAML: {str(error).splitlines()[0]}") from error
    rest = text[end + 4 :].lstrip("-").lstrip("\n")
    if loaded is None:
        return {}, rest
    if not isinstance(loaded, dict):
        raise ValueError("front matter must be 'field: value' lines (title, outlet, url, date, author)")
    given: dict[str, str] = {}
    for key in FRONT_MATTER_FIELDS:
        value = loaded.get(key)
        if isinstance(value, dict | list):
            raise ValueError(f"front matter field '{key}' must be text, not a {type(value).__name__}")
        if value is not None:
            given[key] = str(value).strip()
    if given.get("date"):
        iso = _iso_date(given["date"])
        if iso is None:  # an error, not a silent string that later date arithmetic would misread
            raise ValueError(f"front matter date '{given['date']}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
        given["date"] = iso
    return given, rest


def _iso_date(value: str) -> str | None:
    """The first valid calendar date in `value`, as ISO."""
    match = _valid_date(HEADER_DATE.finditer(value))
    return _iso_from_match(match) if match else None


def _iso_from_match(match: re.Match[str]) -> str:
    if match.group("iy"):
        return f"{match.group('iy')}-{match.group('im')}-{match.group('id')}"
    return f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def infer_metadata(text: str, *, html_meta: dict[str, str] | None = None) -> dict[str, str]:
    meta = dict(html_meta or {})
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = "\n".join(lines[:15])
    if "title" not in meta and (title := _infer_title(lines)):
        meta["title"] = title
    if "date" not in meta and (match := _valid_date(HEADER_DATE.finditer(header))):
        meta["date"] = _iso_from_match(match)
    if "author" not in meta and (author := AUTHOR_LINE.search(header)):
        meta["author"] = author.group("name").strip()
    url = meta.get("url") or _source_url(text)
    if url:
        meta["url"] = url
    if "outlet" not in meta and (outlet := _infer_outlet(text, url)):
        meta["outlet"] = outlet
    return meta


def _valid_date(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    for match in matches:
        iso = _iso_from_match(match)
        month, day = int(iso[5:7]), int(iso[8:10])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return match
    return None


def _infer_title(lines: list[str]) -> str | None:
    for line in lines[:10]:
        candidate = line.lstrip("•*#-–| ").strip()
        if BOILERPLATE_LINE.match(candidate) or len(candidate.split()) < 3:
            continue
        return _title_of(candidate)
    return None


MAX_TITLE_CHARS = 200


def _title_of(line: str) -> str:
    """A long first line is a body that lost its line breaks: its first sentence is the title."""
    if len(line) <= MAX_TITLE_CHARS:
        return line
    sentence = re.match(r".{20,}?[.!?](?=\s+[A-ZÄÖÜ„\"])", line[: MAX_TITLE_CHARS * 2])
    title = sentence.group(0) if sentence and len(sentence.group(0)) <= MAX_TITLE_CHARS else line[:MAX_TITLE_CHARS]
    return title.rsplit(" ", 1)[0] + " …" if len(title) == MAX_TITLE_CHARS and " " in title else title


def _source_url(text: str) -> str | None:
    for match in SOURCE_LINE.finditer(text):
        if url := URL.search(match.group("value")):
            return url.group(0)
    return None


def _infer_outlet(text: str, url: str | None) -> str | None:
    if url and (host := URL.match(url)):
        return outlet_for_domain(host.group("host"))
    if match := PUBLISHED_IN.search(text[:2000]):
        return match.group("brand")
    if match := SELF_DESCRIPTION.search(text):
        return match.group("brand")
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page; block elements become line breaks."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "figcaption",
            "title",
            "ul",
            "ol",
            "table",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(dict(attrs))
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and data.strip():
            self.meta.setdefault("title", data.strip())
        if not self._skip_depth:
            self.parts.append(data)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        content = (attrs.get("content") or "").strip()
        wanted = {
            "og:site_name": "outlet",
            "og:title": "title",
            "og:url": "url",
            "author": "author",
            "article:published_time": "date",
            "date": "date",
        }
        if content and key in wanted:
            self.meta.setdefault(wanted[key], content)


def _split_site_suffix(meta: dict[str, str]) -> None:
    """Cut the site's name off a page title; it also tells the outlet when the page does not.

    Only a pipe, a known outlet or the page's own site name marks a suffix: "Merkel - Die
    Bilanz" may be the headline itself."""
    match = SITE_SUFFIX.match(meta["title"])
    if not match:
        return
    site = match.group("site").strip()
    known = canonical_outlet(site)
    if match.group("sep") == "|" or known or site == meta.get("outlet"):
        meta["title"] = match.group("title").strip()
        meta.setdefault("outlet", known or site)


def html_to_text(html: str) -> tuple[dict[str, str], str]:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    meta = parser.meta
    if "title" in meta:
        _split_site_suffix(meta)
    if "date" in meta:
        iso = _iso_date(meta["date"])
        if iso:
            meta["date"] = iso
        else:
            del meta["date"]  # page metadata is a hint; an unreadable one is dropped
    return meta, text
