import pytest

from factcli.outlets import canonical_outlet, find_outlets, outlet_for_domain


@pytest.mark.parametrize(
    "alias,name",
    [
        ("WSJ", "Wall Street Journal"),
        ("das Wall Street Journal", "Wall Street Journal"),
        ("Zeit Online", "Die Zeit"),
        ("dpa", "dpa"),
        ("NYT", "New York Times"),
        ("spiegel.de", "Der Spiegel"),
        ("Unbekanntes Blatt", None),
    ],
)
def test_canonical_outlet(alias, name):
    assert canonical_outlet(alias) == name


@pytest.mark.parametrize(
    "text,found",
    [
        ("Laut dem WSJ stimmt das.", ["Wall Street Journal"]),
        ("Das berichtete die Nachrichtenagentur Reuters am Abend.", ["Reuters"]),
        ("zitiert die Zeit den Sprecher", ["Die Zeit"]),
        ("Die Zeit drängt, sagte sie.", []),
        ("Der Spiegel hing an der Wand.", []),
        ("Die Welt ist groß.", []),
        ("wie der Spiegel berichtet", ["Der Spiegel"]),
        ("Mehr auf www.tagesschau.de lesen", ["Tagesschau"]),
    ],
)
def test_find_outlets_needs_a_reporting_cue_for_ambiguous_names(text, found):
    assert [m.name for m in find_outlets(text)] == found


def test_unknown_domain_is_kept_as_written():
    assert outlet_for_domain("www.beispiel-nachrichten.at") == "beispiel-nachrichten.at"
    assert outlet_for_domain("edition.cnn.com") == "CNN"


def test_spiegel_online_in_lower_case_and_inflected_paper_names():
    from factcli.outlets import find_outlets

    names = [m.name for m in find_outlets("sagte er dazu Spiegel online und später der Süddeutschen Zeitung.")]
    assert names == ["Der Spiegel", "Süddeutsche Zeitung"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regional papers by the shape of their names
        ("sagte die Anwohnerin der Sächsischen Zeitung.", ["Sächsische Zeitung"]),
        ("Das berichtet die Rheinische Post.", ["Rheinische Post"]),
        ("Laut Rheinischer Post ist das falsch.", ["Rheinische Post"]),
        ("wie die Stuttgarter Nachrichten berichten", ["Stuttgarter Nachrichten"]),
        ("Die Berliner Morgenpost schreibt", ["Berliner Morgenpost"]),
        ("Gute Nachrichten für Pendler", []),
        ("Die Deutsche Post erhöht das Porto.", []),
        ("Große Zeitung, kleine Redaktion", []),
        ("Wie die „Rhein-Zeitung“ berichtete, steigen die Kosten.", ["Rhein-Zeitung"]),
        ("Die Online-Zeitung des Vereins erscheint monatlich.", []),
        ("Wie der Südkurier berichtet, wird gebaut.", ["Südkurier"]),
        ("Das meldet der Tagesanzeiger.", ["Tagesanzeiger"]),
        ("Ein Fahrradkurier brachte die Post.", []),
        # ambiguous names with a cue nearby
        ("Das Nachrichtenmagazin Der Spiegel hatte am Mittwoch berichtet, dass …", ["Der Spiegel"]),
        ("Der Spiegel hatte am Mittwoch berichtet, dass …", ["Der Spiegel"]),
        ("Laut Bild ging es um Geld.", ["Bild"]),
        ("Nach Informationen des Spiegel soll ein Angebot kommen.", ["Der Spiegel"]),
        ("Die Wochenzeitung Die Zeit schreibt", ["Die Zeit"]),
        ("Die Zeit drängt, sagte er.", []),
        ("Die Sendung lief in Bild und Ton.", []),
        ("Das berichtete der MDR am Abend.", ["MDR"]),
        # an acronym spelling the name before it is that name's, a dateline's is the agency
        ("Ein Sprecher der Slowenischen Staatsbahnen (SZ) widersprach.", []),
        ("Berlin (AP) – Der Präsident reiste ab.", ["Associated Press"]),
    ],
)
def test_outlets_named_in_running_text(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_outlets(text)] == expected


@pytest.mark.parametrize(
    ("domain", "name", "same"),
    [
        ("stuttgarter-zeitung.de", "Stuttgarter Zeitung", True),
        ("www.schwaebische.de", "Schwäbische Zeitung", True),
        ("welt.de", "Weltwoche", False),
        ("Stuttgarter Zeitung", "Stuttgarter Zeitung", False),  # a name, not a domain
        ("taz.de", "Stuttgarter Zeitung", False),
    ],
)
def test_a_domain_is_the_outlet_whose_name_it_spells(domain, name, same):
    from factcli.outlets import same_outlet_by_domain

    assert same_outlet_by_domain(domain, name) is same


def test_an_ambiguous_alias_inside_a_hyphenated_name_is_no_outlet() -> None:
    assert find_outlets("Laut einem Bericht der Welt-Gesundheitsorganisation steigen die Fälle.") == []
