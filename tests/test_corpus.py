import io

import pytest

from factcli.corpus import CorpusError, parse_article, read_corpus
from tests.conftest import SEEDS


def test_front_matter_overrides_inference():
    data = (
        "---\noutlet: Der Spiegel\ndate: 3.4.2023\nauthor: Anna Muster\ntitle: Ein Titel\n---\n"
        "Ein anderer erster Satz mit Wörtern.\nVon Max Mustermann\nText."
    ).encode()
    article = parse_article(data, path="a.md", suffix=".md")
    assert (article.outlet, article.outlet_source, article.date, article.author, article.title) == (
        "Der Spiegel",
        "given",
        "2023-04-03",
        "Anna Muster",
        "Ein Titel",
    )
    assert article.given == ("author", "date", "outlet", "title")
    assert article.text.startswith("Ein anderer erster Satz")


def test_metadata_is_inferred_from_the_page():
    data = (
        "-- Anzeige --\n\nBerichte: Minister tritt nach Streit zurück\n\n12.03.2023 14:05 Uhr | Lesezeit: 2 min\n"
        "Von\nErika Beispiel\n\nDer Text beginnt hier.\n\nQuelle: https://www.example-news.de/politik/123.html\n"
    ).encode()
    article = parse_article(data, path="b.txt")
    assert article.title == "Berichte: Minister tritt nach Streit zurück"
    assert article.date == "2023-03-12"
    assert article.author == "Erika Beispiel"
    assert (article.outlet, article.outlet_source) == ("example-news.de", "inferred")


def test_outlet_from_a_sites_self_description():
    data = "Titel des Beitrags hier\n\nText.\n\nKURIERPOST ist eine unabhängige Tageszeitung aus Kiel.".encode()
    assert parse_article(data, path="c.txt").outlet == "KURIERPOST"


def test_known_domain_maps_to_outlet_name():
    data = "Ein Titel mit Wörtern\n\nText.\nQuelle: https://www.zeit.de/politik/2024/x".encode()
    assert parse_article(data, path="d.txt").outlet == "Die Zeit"


def test_html_keeps_visible_text_only():
    html = (
        b"<html><head><title>Kanzler reist ab</title><meta property='og:site_name' content='Beispielblatt'>"
        b"<style>p{color:red}</style><script>alert('x')</script></head>"
        b"<body><h1>Kanzler reist ab</h1><p>Der Kanzler sagte &bdquo;Nein&ldquo;.</p></body></html>"
    )
    article = parse_article(html, path="e.html", suffix=".html")
    assert "alert" not in article.text and "color" not in article.text
    assert "Der Kanzler sagte „Nein“." in article.text
    assert (article.title, article.outlet) == ("Kanzler reist ab", "Beispielblatt")


@pytest.mark.parametrize(
    ("page_title", "title", "outlet"),
    [
        ("Streit um die Brücke am Hafen | Beispielblatt", "Streit um die Brücke am Hafen", "Beispielblatt"),
        ("Ministerin bestreitet den Bericht – DER SPIEGEL", "Ministerin bestreitet den Bericht", "Der Spiegel"),
        ("Merkel - Die Bilanz einer langen Ära", "Merkel - Die Bilanz einer langen Ära", None),
    ],
)
def test_html_title_loses_the_site_name(page_title: str, title: str, outlet: str | None) -> None:
    html = f"<html><head><title>{page_title}</title></head><body><p>Der Text beginnt hier.</p></body></html>"
    article = parse_article(html.encode(), path="t.html", suffix=".html")
    assert (article.title, article.outlet) == (title, outlet)


def test_latin1_file_is_decoded():
    data = "Die Bürger in Köln äußerten Ärger über die Straße.".encode("latin-1")
    assert "Bürger in Köln äußerten" in parse_article(data, path="f.txt").text


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        ("Ein Satz über die Lage. ".encode() * 45_000, "more than one article may have"),
    ],
)
def test_unreadable_input_is_skipped_with_a_reason(tmp_path, data, message):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    corpus = read_corpus([str(path)])
    assert corpus.articles == ()
    assert message in corpus.skipped[0].reason


def test_ansi_escapes_are_removed_and_markup_kept():
    article = parse_article(b"Titel mit drei Worten\n\x1b[31mrot\x1b[0m und [bold]fett[/bold]", path="g.txt")
    assert "\x1b" not in article.text
    assert "rot und [bold]fett[/bold]" in article.text


def test_missing_path_is_an_error():
    with pytest.raises(CorpusError, match="no such file"):
        read_corpus(["/nonexistent/article.txt"])


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Zweiter Artikel mit Text", encoding="utf-8")
    (tmp_path / "a.md").write_text("Erster Artikel mit Text", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    corpus = read_corpus([str(tmp_path)])
    assert [a.id for a in corpus.articles] == ["a", "b"]


def test_stdin_is_one_article():
    corpus = read_corpus(["-"], stdin=io.BytesIO(b"Ein Artikel aus der Pipe"))
    (article,) = corpus.articles
    assert article.id.startswith("stdin-") and article.path == "-"


def test_seeds_metadata():
    corpus = read_corpus([str(SEEDS)])
    by_id = {a.id: a for a in corpus.articles}
    assert len(by_id) == 5
    assert by_id["004_76550508f9514cba"].date == "2024-10-25"
    assert by_id["004_76550508f9514cba"].outlet == "AUTOHAUS"
    assert by_id["001_ecf8a1360776e99d"].outlet == "congthuong.vn"


def test_mostly_utf8_file_with_a_broken_byte_keeps_its_umlauts():
    data = "Der Bürgermeister Jürgen Müller sagte, die Straße sei gesperrt ".encode() + b"\xff."
    text = parse_article(data, path="h.txt").text
    assert "Bürgermeister Jürgen Müller" in text and "\ufffd" in text


def test_escape_codes_do_not_make_a_short_article_binary():
    data = b"Kurzer Titel hier\n" + b"\x1b[1mFett\x1b[0m und \x1b[31mrot\x1b[0m, dazu ein Satz." * 2
    assert "Fett und rot" in parse_article(data, path="i.txt").text


def test_empty_path_is_an_error():
    with pytest.raises(CorpusError, match="empty path"):
        read_corpus([""])


def test_the_same_file_twice_is_one_article_and_a_copy_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Ein Artikel mit etwas Text", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ein Artikel mit etwas Text", encoding="utf-8")
    corpus = read_corpus([str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), str(tmp_path)])
    assert [a.id for a in corpus.articles] == ["a"]
    assert [s.reason for s in corpus.skipped] == [f"same text as {tmp_path / 'a.txt'}"]


@pytest.mark.parametrize(
    "front,message",
    [
        ("---\noutlet: Die Welt\nText ohne Ende der Kopfzeilen.\n", "never closed"),
        ("---\n- eins\n- zwei\n---\nText.\n", "field: value"),
        ("---\noutlet: {a: 1}\n---\nText.\n", "'outlet' must be text"),
        ("---\nauthor: [A, B]\n---\nText.\n", "'author' must be text"),
        ("---\ndate: gestern\n---\nText.\n", "is not a date"),
    ],
)
def test_bad_front_matter_is_a_clear_error(front, message):
    with pytest.raises(ValueError, match=message):
        parse_article(front.encode(), path="j.md", suffix=".md")


def test_one_agency_copy_printed_by_two_outlets_is_two_articles(tmp_path):
    body = "Berlin (dpa) – Der Minister sagte, die Lage sei ernst."
    (tmp_path / "a.txt").write_text(f"---\noutlet: Erstes Blatt\n---\n{body}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"---\noutlet: Zweites Blatt\n---\n{body}", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)])
    assert [a.outlet for a in corpus.articles] == ["Erstes Blatt", "Zweites Blatt"]
    assert not corpus.skipped


def test_a_text_without_line_breaks_takes_its_first_sentence_as_title(tmp_path):
    body = "Der Stadtrat hat den Haushalt beschlossen. " + "Die Opposition kritisierte das lange Verfahren. " * 10
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (article,) = read_corpus([str(tmp_path / "a.txt")]).articles
    assert article.title == "Der Stadtrat hat den Haushalt beschlossen."


def test_author_after_the_date_on_a_meta_line():
    data = "Moselbrücke bleibt länger gesperrt als geplant\n\n14.01.2027 07:05 Uhr · Von Petra Schäfer\n\nDie Brücke bleibt zu.\n"
    article = parse_article(data.encode(), path="m.txt")
    assert (article.author, article.date) == ("Petra Schäfer", "2027-01-14")
