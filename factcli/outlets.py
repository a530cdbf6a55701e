"""A curated list of news outlets and agencies, their aliases and domains.

German and international media that German articles commonly cite. Aliases that are also plain
German words ("Zeit", "Welt", "Bild", "Standard") are marked ambiguous: they count as an outlet
only next to a reporting cue ("zitiert die Zeit", "laut der Welt", "die Zeit berichtet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # aliases that need a reporting cue beside them


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Wall Street Journal", ("WSJ", "The Wall Street Journal"), ("wsj.com",)),
    Outlet("New York Times", ("NYT", "The New York Times"), ("nytimes.com",)),
    Outlet("Washington Post", ("The Washington Post",), ("washingtonpost.com",)),
    Outlet("Financial Times", ("FT",), ("ft.com",)),
    Outlet("The Guardian", ("Guardian",), ("theguardian.com",)),
    Outlet("The Economist", ("Economist",), ("economist.com",)),
    Outlet("Bloomberg", ("Bloomberg News",), ("bloomberg.com",)),
    Outlet("Politico", (), ("politico.com", "politico.eu")),
    Outlet("Axios", (), ("axios.com",)),
    Outlet("CNN", (), ("cnn.com",)),
    Outlet("BBC", ("BBC News",), ("bbc.com", "bbc.co.uk")),
    Outlet("Fox News", (), ("foxnews.com",)),
    Outlet("NBC News", ("NBC",), ("nbcnews.com",)),
    Outlet("CBS News", ("CBS",), ("cbsnews.com",)),
    Outlet("ABC News", (), ("abcnews.go.com",)),
    Outlet("Reuters", ("Thomson Reuters",), ("reuters.com",)),
    Outlet("Associated Press", ("AP",), ("apnews.com",)),
    Outlet("AFP", ("Agence France-Presse", "Agence France Presse"), ("afp.com",)),
    Outlet("dpa", ("Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "DPA"), ("dpa.com",)),
    Outlet("epd", ("Evangelischer Pressedienst",), ()),
    Outlet("KNA", ("Katholische Nachrichten-Agentur",), ()),
    Outlet("APA", ("Austria Presse Agentur",), ("apa.at",)),
    Outlet("Keystone-SDA", ("SDA",), ()),
    Outlet("Interfax", (), ("interfax.ru",)),
    Outlet("TASS", ("Tass",), ("tass.ru", "tass.com")),
    Outlet("RIA Nowosti", ("RIA Novosti", "RIA"), ("ria.ru",)),
    Outlet("Kommersant", ("Kommersant",), ("kommersant.ru",)),
    Outlet("Xinhua", (), ("xinhuanet.com",)),
    Outlet("Al Jazeera", (), ("aljazeera.com",)),
    Outlet("Le Monde", (), ("lemonde.fr",)),
    Outlet("El País", ("El Pais",), ("elpais.com",)),
    Outlet("Kyiv Independent", ("The Kyiv Independent",), ("kyivindependent.com",)),
    Outlet("Die Zeit", ("Zeit Online", "ZEIT ONLINE", "DIE ZEIT", "ZEIT"), ("zeit.de",), ("Zeit",)),
    Outlet(
        "Der Spiegel",
        ("Spiegel", "SPIEGEL", "Spiegel Online", "Spiegel online", "DER SPIEGEL"),
        ("spiegel.de",),
        ("Spiegel",),
    ),
    # with the inflected forms after an article ("sagte er der Süddeutschen Zeitung")
    Outlet("Süddeutsche Zeitung", ("SZ", "Süddeutsche", "Süddeutschen Zeitung", "Süddeutschen"), ("sueddeutsche.de",)),
    Outlet(
        "Frankfurter Allgemeine Zeitung",
        ("FAZ", "F.A.Z.", "Frankfurter Allgemeine", "Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeinen"),
        ("faz.net",),
    ),
    Outlet("Die Welt", ("WELT", "Welt am Sonntag", "DIE WELT"), ("welt.de",), ("Welt",)),
    Outlet("Bild", ("BILD", "Bild-Zeitung", "Bild am Sonntag"), ("bild.de",), ("Bild",)),
    Outlet("Sport Bild", ("SPORT BILD",), ()),
    Outlet("Handelsblatt", (), ("handelsblatt.com",)),
    Outlet("taz", ("die tageszeitung",), ("taz.de",)),
    Outlet("Der Tagesspiegel", ("Tagesspiegel",), ("tagesspiegel.de",)),
    Outlet("Stern", ("STERN",), ("stern.de",), ("Stern",)),
    Outlet("Focus", ("FOCUS", "Focus Online"), ("focus.de",), ("Focus",)),
    Outlet("Tagesschau", ("tagesschau.de",), ("tagesschau.de",)),
    Outlet("ARD", (), ("ard.de",)),
    Outlet("ZDF", (), ("zdf.de",)),
    Outlet("Deutschlandfunk", ("DLF",), ("deutschlandfunk.de",)),
    Outlet("MDR", ("Mitteldeutscher Rundfunk", "Mitteldeutsche Rundfunk"), ("mdr.de",)),
    Outlet("NDR", ("Norddeutscher Rundfunk", "Norddeutsche Rundfunk"), ("ndr.de",)),
    Outlet("WDR", ("Westdeutscher Rundfunk", "Westdeutsche Rundfunk"), ("wdr.de",)),
    Outlet("SWR", ("Südwestrundfunk",), ("swr.de",)),
    Outlet("BR", ("Bayerischer Rundfunk", "Bayerische Rundfunk"), ("br.de",)),
    Outlet("HR", ("Hessischer Rundfunk", "Hessische Rundfunk"), ("hr.de",)),
    Outlet("RBB", ("rbb", "Rundfunk Berlin-Brandenburg"), ("rbb24.de",)),
    Outlet("Deutsche Welle", ("DW",), ("dw.com",)),
    Outlet("n-tv", ("ntv",), ("n-tv.de",)),
    Outlet("RTL", (), ("rtl.de",)),
    Outlet("Redaktionsnetzwerk Deutschland", ("RND",), ("rnd.de",)),
    Outlet("t-online", (), ("t-online.de",)),
    Outlet("Hamburger Abendblatt", ("Abendblatt",), ("abendblatt.de",)),
    Outlet("Der Standard", ("STANDARD", "derStandard"), ("derstandard.at",), ("Standard",)),
    Outlet("Die Presse", ("Presse",), ("diepresse.com",), ("Presse",)),
    Outlet("Kurier", (), ("kurier.at",), ("Kurier",)),
    Outlet("ORF", (), ("orf.at",)),
    Outlet("Neue Zürcher Zeitung", ("NZZ",), ("nzz.ch",)),
    Outlet("SRF", (), ("srf.ch",)),
    Outlet("Tages-Anzeiger", (), ("tagesanzeiger.ch",)),
    Outlet("Blick", (), ("blick.ch",), ("Blick",)),
    Outlet("congthuong.vn", ("Công Thương", "Báo Công Thương"), ("congthuong.vn",)),
    Outlet("VnExpress", (), ("vnexpress.net",)),
)

# Words around an ambiguous alias that make it a publication rather than a common noun.
CUES_BEFORE = ("zitiert", "zitierte", "berichtet", "berichtete", "schreibt", "schrieb", "laut",
               "sagte", "sagt", "erklärte", "gegenüber", "meldet", "meldete", "Quelle:", "in",
               "Informationen", "Angaben", "Bericht", "Berichten", "Recherchen")  # fmt: skip
# Nouns that introduce a publication's name: "das Nachrichtenmagazin Der Spiegel".
MEDIA_NOUNS = ("Nachrichtenmagazin", "Nachrichtenmagazins", "Magazin", "Magazins", "Wochenmagazin", "Wochenzeitung",
               "Tageszeitung", "Zeitung", "Boulevardzeitung", "Boulevardblatt", "Blatt")  # fmt: skip
CUES_AFTER = ("berichtet", "berichtete", "schreibt", "schrieb", "zufolge", "meldet", "meldete",
              "zitiert", "zitierte", "unter Berufung", "vorliegen")  # fmt: skip


@cache
def _by_alias() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for alias in (outlet.name, *outlet.aliases):
            table[alias.lower()] = outlet
    return table


@cache
def _by_domain() -> dict[str, Outlet]:
    return {domain: outlet for outlet in OUTLETS for domain in outlet.domains}


def canonical_outlet(text: str) -> str | None:
    """The outlet's canonical name for an alias or domain ("WSJ" -> "Wall Street Journal")."""
    cleaned = text.strip().strip("\"'„“”»«").strip()
    cleaned = re.sub(r"^(?:dem|der|die|das|des|den|The)\s+", "", cleaned, flags=re.IGNORECASE)
    outlet = _by_alias().get(cleaned.lower()) or _by_domain().get(_registered_domain(cleaned))
    return outlet.name if outlet else None


def outlet_for_domain(host: str) -> str:
    """A known outlet for a web host, else the host itself without `www.` (e.g. congthuong.vn)."""
    domain = _registered_domain(host)
    outlet = _by_domain().get(domain)
    return outlet.name if outlet else domain


MIN_DOMAIN_PREFIX = 8  # "schwaebische" begins "Schwäbische Zeitung"; "welt" does not begin "Weltwoche"


def same_outlet_by_domain(domain: str, name: str) -> bool:
    """Whether a web domain is the name's own ("stuttgarter-zeitung.de" and "Stuttgarter Zeitung",
    "schwaebische.de" and "Schwäbische Zeitung"): the letters and digits agree, or the domain's
    long ones begin the name's, once "www.", the top-level part and umlauts are left aside."""
    host = domain.lower().removeprefix("www.")
    if "." not in host or " " in host:
        return False
    site, full = _letters(host.rsplit(".", 1)[0]), _letters(name)
    return site == full or (len(site) >= MIN_DOMAIN_PREFIX and full.startswith(site))


def _letters(text: str) -> str:
    folded = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"\W|_", "", folded)


def _registered_domain(host: str) -> str:
    host = host.lower().removeprefix("www.")
    for domain in _by_domain():
        if host == domain or host.endswith("." + domain):
            return domain
    return host


@dataclass(frozen=True, slots=True)
class OutletMatch:
    start: int
    end: int
    text: str
    name: str


def _alias_pattern() -> re.Pattern[str]:
    plain = sorted(
        {
            alias
            for outlet in OUTLETS
            for alias in (outlet.name, *outlet.aliases)
            if alias not in outlet.ambiguous and not _is_article_plus_ambiguous(alias, outlet)
        },
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in plain) + r")(?![\w-])")


def _is_article_plus_ambiguous(alias: str, outlet: Outlet) -> bool:
    """ "Die Zeit", "Der Spiegel": a sentence may start with these words and mean no outlet."""
    words = alias.split()
    return len(words) == 2 and words[0] in ("Die", "Der", "Das") and words[1] in outlet.ambiguous


def _ambiguous_pattern() -> re.Pattern[str]:
    words = sorted({a for outlet in OUTLETS for a in outlet.ambiguous}, key=len, reverse=True)
    before = "|".join(re.escape(c) for c in CUES_BEFORE)
    after = "|".join(re.escape(c) for c in CUES_AFTER)
    alias = "(?P<alias>" + "|".join(words) + ")"
    quoted = r"[\"„“»](?P<qalias>" + "|".join(words) + r")[\"“”«]"
    media_noun = "|".join(MEDIA_NOUNS)
    return re.compile(
        quoted
        + r"|(?:(?<!\w)(?i:"
        + before
        + r")\s+(?:der|die|dem|des)\s+"
        + alias
        + r"(?![\w-]))"
        # "laut Bild", "zitiert Bild": these cues need no article
        + r"|(?:(?<!\w)(?i:laut|zitiert|zitierte)\s+(?P<alias3>"
        + "|".join(words)
        + r")(?![\w-]))"
        # "Der Spiegel hatte am Mittwoch berichtet": up to three words before the cue
        + r"|(?:(?<!\w)(?:der|die|dem|des|Der|Die)\s+(?P<alias2>"
        + "|".join(words)
        + r")(?:\s+[\w]+){0,3}?\s+(?:"
        + after
        + r")(?![\w-]))"
        # "das Nachrichtenmagazin Der Spiegel", "die Wochenzeitung „Die Zeit“"
        + r"|(?:(?<!\w)(?:"
        + media_noun
        + r")\s+[„\"»]?(?:(?:der|die|Der|Die|DER|DIE)\s+)?(?P<alias4>"
        + "|".join(words)
        + r")(?![\w-]))"
    )


ALIAS_PATTERN = _alias_pattern()
AMBIGUOUS_PATTERN = _ambiguous_pattern()
DOMAIN_PATTERN = re.compile(
    r"(?<![\w@/.-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|com|vn|at|ch|net|org|ru|fr|uk|eu)(?![\w-])"
)


# Regional papers outside the list, by the shape of their names: a regional adjective and a
# newspaper noun ("der Sächsischen Zeitung", "die Rheinische Post", "den Stuttgarter Nachrichten").
# "Nachrichten" and "Presse" only after a place adjective in -er: "Gute Nachrichten" is no paper.
REGIONAL_PAPER = re.compile(
    r"(?<![\w-])(?P<adjectives>(?:(?!(?:Der|Die|Das|Den|Dem|Des|Eine|Einer|Keine|Diese|Jede)\s)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er)\s+){1,2})"
    r"(?P<noun>Zeitung|Allgemeine|Allgemeinen|Post|Rundschau|Volksstimme|Morgenpost|Abendblatt|Tagblatt|Anzeiger|"
    r"Kurier)(?![\w-])"
    r"|(?<![\w-])(?P<place>[A-ZÄÖÜ][a-zäöüß]+er\s+)(?P<noun2>Nachrichten|Presse|Neueste\s+Nachrichten)(?![\w-])"
    # a region joined to the noun: "Rhein-Zeitung", "Ostsee-Zeitung", "Main-Post"
    r"|(?<![\w-])(?P<compound>(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?P<region>[A-ZÄÖÜ][a-zäöüß]+)-"
    r"(?:Zeitung|Post|Kurier|Anzeiger|Rundschau|Echo|Bote))(?![\w-])"
    # closed compounds: "Südkurier", "Nordkurier", "Tagesanzeiger", "Generalanzeiger" ("Fahrradkurier" is a job)
    r"|(?<![\w-])(?P<closed>(?:Süd|Nord|Ost|West|Weser|Donau|Rhein|Main)kurier|[A-ZÄÖÜ][a-zäöüß]{3,}anzeiger)(?![\w-])"
)
# First parts of hyphenated names that make a kind of paper, not a paper's name ("Online-Zeitung").
NOT_PAPER_REGIONS = frozenset(
    "Online Internet Lokal Regional Gratis Boulevard Wochen Tages Sonntags Schüler Studenten Partei Mitarbeiter "
    "Kunden Mitglieder Bürger Stadtteil Kirchen Firmen Werks Haus".split()
)
NOT_PAPERS = frozenset({"Deutsche Post", "Neue Zeitung", "Erste Allgemeine"})
# First adjectives that describe a paper rather than name one ("Große Zeitungen", "Lokale Zeitung").
NOT_PAPER_ADJECTIVES = frozenset(
    "Große Kleine Gute Alte Erste Letzte Lokale Regionale Überregionale Ganze Andere Beide Eigene Einzige "
    "Nächste Heutige Ausländische Internationale Nationale Seriöse Kostenlose Gedruckte Digitale".split()
)


def _regional_paper_name(match: re.Match[str]) -> str | None:
    """The paper's name in the nominative ("Sächsischen Zeitung" -> "Sächsische Zeitung")."""
    if match.group("closed"):
        return match.group("closed")
    if match.group("compound"):
        return None if match.group("region") in NOT_PAPER_REGIONS else match.group("compound")
    words = (match.group("adjectives") or match.group("place")).split()
    if nominative(words[0]) in NOT_PAPER_ADJECTIVES:
        return None
    noun = match.group("noun") or match.group("noun2")
    adjectives = [nominative(word) for word in words]
    name = " ".join([*adjectives, "Allgemeine" if noun == "Allgemeinen" else " ".join(noun.split())])
    return None if name in NOT_PAPERS else name


def nominative(adjective: str) -> str:
    """ "Sächsischen", "Deutschem", "Rheinischer", "Neuen" -> "Sächsische", "Deutsche", "Rheinische",
    "Neue"; place names in -er ("Frankfurter", "Zürcher") and -ien ("Italien") do not decline."""
    if len(adjective) > 3 and adjective.endswith(("en", "em")) and not adjective.endswith("ien"):
        return adjective[:-1]
    if adjective.endswith("scher") or adjective == "Neuer":
        return adjective[:-1]
    return adjective


def find_outlets(text: str) -> list[OutletMatch]:
    """Known outlets named in text, by alias, cue-confirmed ambiguous alias, or domain; regional
    papers by the shape of their names."""
    found: list[OutletMatch] = []
    for match in REGIONAL_PAPER.finditer(text):
        if name := _regional_paper_name(match):
            found.append(OutletMatch(match.start(), match.end(), match.group(0), canonical_outlet(name) or name))
    for match in ALIAS_PATTERN.finditer(text):
        name = canonical_outlet(match.group(0))
        if name and not _abbreviation_of_name_before(text, match.start(), match.end()):
            found.append(OutletMatch(match.start(), match.end(), match.group(0), name))
    for match in AMBIGUOUS_PATTERN.finditer(text):
        group = next(g for g in ("qalias", "alias", "alias2", "alias3", "alias4") if match.group(g))
        name = canonical_outlet(match.group(group))
        if name:
            found.append(OutletMatch(match.start(group), match.end(group), match.group(group), name))
    for match in DOMAIN_PATTERN.finditer(text):
        if domain_name := _by_domain().get(_registered_domain(match.group(0))):
            found.append(OutletMatch(match.start(), match.end(), match.group(0), domain_name.name))
    return _drop_overlaps(found)


# "der Slowenischen Staatsbahnen (SZ)": a short acronym in parentheses right after a name spells
# that name; "Berlin (dpa) – " is a dateline's agency, and "(AP)" after a dash-less sentence a credit.
ABBREVIATION_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]+\s+\($")
MAX_ABBREVIATION = 4


def _abbreviation_of_name_before(text: str, start: int, end: int) -> bool:
    alias = text[start:end]
    if not (alias.isupper() and len(alias) <= MAX_ABBREVIATION and text.startswith(")", end)):
        return False
    if re.match(r"\)\s*[–—-]\s", text[end : end + 4]):
        return False  # "Berlin (dpa) – ", "Kiel (SZ) - ": a dateline
    before = text[max(0, start - 40) : start]
    if not ABBREVIATION_BEFORE.search(before):
        return False
    initials = {word[0] for word in re.findall(r"[A-ZÄÖÜ][\w-]*", before[: before.rfind("(")])}
    return alias[0] in initials  # "Staatsbahnen (SZ)"; "Die Zeitung (SZ)" may be the paper


def _drop_overlaps(found: list[OutletMatch]) -> list[OutletMatch]:
    kept: list[OutletMatch] = []
    for match in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept
