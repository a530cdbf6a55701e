"""Photo credits on long lines: found at a line's end, searched only near it."""

from __future__ import annotations

import pytest

from factcli.provenance import CREDIT, CREDIT_MAX_VISIBLE, _credit_start, is_credit

# German running text without a line break, as pasted articles often are (~200 KB).
LONG_LINE = "Die Regierung hat am Montag neue Pläne vorgestellt, sagte ein Sprecher. " * 2800


def whole_line_credit(text: str, start: int) -> bool:
    """The definition: the credit pattern searched over the mention's whole line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return bool(CREDIT.search(line[: start - line_start] + line[start - line_start :].split("|")[0]))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Absprachen\nFoto: Tagesblatt\nDie Firma schweigt.", 17),
        ("Foto:   Tagesblatt | Tagesblatt berichtet", 8),
        ("Foto: dpa | Tagesblatt berichtet", 12),
        ("Bilder :\t\t  " + " " * 300 + "Tagesblatt", 312),
        ("© IMAGO/Tagesblatt", 8),
        (LONG_LINE + "Foto: Tagesblatt", len(LONG_LINE) + 6),
        ("Foto: Tagesblatt " + LONG_LINE, 6),
        (LONG_LINE + "Tagesblatt berichtete das.", len(LONG_LINE)),
    ],
)
def test_credit_agrees_with_searching_the_whole_line(text, start):
    assert is_credit(text, start) == whole_line_credit(text, start)


def test_a_credit_on_a_long_line_is_searched_only_near_the_line_end():
    text = LONG_LINE + "Foto: Tagesblatt"
    begin = _credit_start(text, 0, len(text))
    assert len(text) - begin < CREDIT_MAX_VISIBLE + 20  # a few spaces between the visible characters
    assert is_credit(text, len(LONG_LINE) + 6)
    assert not is_credit(LONG_LINE, 1000)


def test_an_outlet_a_person_spoke_to_is_an_article_relay_but_no_source_of_others() -> None:
    from factcli.analysis import ParsedArticle
    from factcli.model import Article, Mention
    from factcli.provenance import article_relays, outlets_spoken_to

    text = "Die Lage sei ernst, sagte sie dem Tagesblatt. Ministerin Eva Lang sagte der Abendpost, sie bleibe."
    mentions = []
    for name, label, media in (("Tagesblatt", "ORG", True), ("Eva Lang", "PER", False), ("Abendpost", "ORG", True)):
        start = text.index(name)
        key = f"ORG:{name}" if media else f"PER:{name.lower()}"
        mentions.append(Mention("a", name, start, start + len(name), label, key, is_media=media))  # type: ignore[arg-type]
    parsed = ParsedArticle(Article(id="a", path="a.txt", text=text, outlet="Beispielblatt"), tuple(mentions), ((0, len(text)),))
    spoken_to, named = outlets_spoken_to(parsed)
    assert spoken_to == {"Tagesblatt", "Abendpost"} and not named
    assert set(article_relays(parsed)) == {"Tagesblatt", "Abendpost"}


@pytest.mark.parametrize(
    ("text", "interviewed"),
    [
        ("Söder sagte im Interview mit der ARD, der Freistaat helfe.", True),
        ("In einem Gespräch mit dem Tagesblatt sagte sie, sie bleibe.", True),
        ("Wie die ARD berichtete, brannte es.", False),
    ],
)
def test_the_outlet_holding_an_interview_is_spoken_to(text: str, interviewed: bool) -> None:
    from factcli.provenance import interviewed_by

    outlet = "ARD" if "ARD" in text else "Tagesblatt"
    assert interviewed_by(text, text.index(outlet)) is interviewed
