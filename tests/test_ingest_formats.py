"""Ingestion of HTML, PDF, JSON, JSONL and feeds, and the page-furniture cleaner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import clean_furniture, iter_articles
from kg.ingest.furniture import dehyphenate, reflow, strip_running_lines
from kg.ingest.base import article_id
from kg.types import Article, Skipped

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PDF_SEED = next(iter(sorted(SEEDS.glob("001_*.txt"))), None) if SEEDS.is_dir() else None


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A minimal PDF whose pages show the given lines of text (Helvetica, one line per 14 pt)."""
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        ops = ["BT /F1 10 Tf 14 TL 50 760 Td"] + [f"({escape(line)}) Tj T*" for line in lines] + ["ET"]
        stream = "\n".join(ops).encode("cp1252")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                       f"<< /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    if info:
        objects.append(("<< " + " ".join(f"/{k} ({escape(v)})" for k, v in info.items()) + " >>").encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {len(objects)} 0 R" if info else "")
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --- furniture --------------------------------------------------------------------------------

@pytest.mark.skipif(PDF_SEED is None, reason="../shared/seeds is not here")
def test_clean_furniture_on_the_pdf_seed():
    raw = PDF_SEED.read_text(encoding="utf-8")
    cleaned = clean_furniture(raw)
    # The photo caption and its credit, the author link, the related-article line are gone.
    assert "HANDOUT" not in cleaned and "Press Office" not in cleaned and "(C)" not in cleaned
    assert "meeting during the Doha Forum in the Qatari capital" not in cleaned
    assert "themoscowtimes.com" not in cleaned and "http" not in cleaned
    assert "Related article" not in cleaned and "Urged to Leave" not in cleaned
    # Sentences are whole again: lines broken by the layout re-joined, the name hyphen kept.
    assert "President Bashar al-Assad's seat of power." in cleaned
    assert "Syria must not be allowed to fall into the hands of" in cleaned
    assert "the Islamist group which has headed the assault and is rooted in the Syrian branch of Al-Qaeda." in cleaned
    for paragraph in cleaned.split("\n\n")[1:]:
        assert "\n" not in paragraph
    # Nothing of the article lost: every sentence-final line of the input is still there.
    for line in raw.split("\n"):
        if line.rstrip().endswith(("said.", "Damascus.", "so far.")):
            assert line.strip() in " ".join(cleaned.split())
    assert cleaned.count("Lavrov") == raw.count("Lavrov") - 1  # one was in the caption


def test_clean_furniture_light_keeps_layout():
    text = "Line one\nhttps://example.org/x\nRelated article: Other news\nRead more\nLine two ends.\nPhoto: Somebody"
    assert clean_furniture(text, light=True) == "Line one\nLine two ends.\nPhoto: Somebody"


def test_caption_with_credit_is_removed_but_prose_mentioning_an_agency_is_kept():
    text = ("Rebels entered the city on Sunday, a spokesman told AFP\non the phone.\n\n"
            " Fighters on a tank in the city centre (L) on Sunday. Omar Haj Kadour / AFP\n\n"
            "The army withdrew.\nPhoto: Jane Doe\n12\nPage 3 of 4\n")
    cleaned = clean_furniture(text)
    assert cleaned == ("Rebels entered the city on Sunday, a spokesman told AFP on the phone.\n\n"
                       "The army withdrew.")


def test_dehyphenate():
    assert dehyphenate("Bashar al-", "Assad's seat") == "Bashar al-Assad's seat"
    assert dehyphenate("the Islamist-", "led rebels") == "the Islamist-led rebels"
    assert dehyphenate("the govern-", "ment said") == "the government said"
    assert dehyphenate("the pro-", "Kremlin media") == "the pro-Kremlin media"
    assert dehyphenate("a UN-", "backed plan") == "a UN-backed plan"


def test_reflow_keeps_headings_and_lists():
    text = "A Heading For The Piece\nThe body starts\nhere and ends.\n- one item\n- another item"
    assert reflow(text) == ("A Heading For The Piece\nThe body starts here and ends.\n- one item\n"
                            "- another item")


def test_strip_running_lines():
    pages = ["The Daily Example 1\nStory text on page one.\nwww.example.org", "The Daily Example 2\n"
             "More text on page two.\nwww.example.org", "The Daily Example 3\nLast words.\nwww.example.org"]
    assert strip_running_lines(pages) == ["Story text on page one.", "More text on page two.", "Last words."]
    assert strip_running_lines(["Only page\nwith text"]) == ["Only page\nwith text"]


# --- PDF --------------------------------------------------------------------------------------

def test_pdf_with_furniture(tmp_path):
    header = "THE DAILY EXAMPLE | World news"
    pages = [
        [header, "Ministers Meet In Doha", "Ministers met in Doha on Saturday to discuss the war in Syria as",
         "rebels advance on President Bashar al-", "Assad's seat of power.",
         " Ministers at the forum (C) on Saturday. HANDOUT / AFP", "https://example.org/author/someone",
         "Related article: Something else", "They said the talks were", "1"],
        [header, "frank and that the govern-", "ment would be told.", "Read more", "2"],
    ]
    path = write(tmp_path / "story.pdf", make_pdf(pages, {"Title": "Microsoft Word - x.docx",
                                                          "CreationDate": "D:20241207103000Z"}))
    article = next(iter(iter_articles([path])))
    assert isinstance(article, Article), article
    assert article.title == "Ministers Meet In Doha"
    assert article.date == "2024-12-07"
    assert article.text == ("Ministers met in Doha on Saturday to discuss the war in Syria as rebels advance on "
                            "President Bashar al-Assad's seat of power.\nThey said the talks were frank and "
                            "that the government would be told.")
    assert article.id == article_id(article.text, article.path, article.source, article.url)


def test_pdf_metadata_title_when_text_has_none(tmp_path):
    path = write(tmp_path / "a.pdf", make_pdf([["It rained in Doha on Saturday.", "Then it stopped."]],
                                              {"Title": "Weather in Doha"}))
    article = next(iter(iter_articles([path])))
    assert article.title == "Weather in Doha" and article.text == "It rained in Doha on Saturday.\nThen it stopped."


def test_bad_pdfs(tmp_path):
    fake = write(tmp_path / "fake.pdf", b"this is not a pdf at all")
    broken = write(tmp_path / "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    empty_text = write(tmp_path / "blank.pdf", make_pdf([[]]))
    items = list(iter_articles([fake, broken, empty_text]))
    assert [type(i) for i in items] == [Skipped, Skipped, Skipped]
    assert items[0].reason == "not a PDF file"
    assert items[2].reason.startswith("no text in PDF")


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Talks in Doha | Example News</title>
<meta property="og:title" content="Talks in Doha"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-12-07T10:00:00Z">
<link rel="canonical" href="https://example.org/world/doha-talks"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Doha</h1>
<p>Foreign ministers of Russia, Iran and Turkey met in Doha on Saturday to discuss the war in Syria.</p>
<p>They agreed on the need for a political dialogue between the government and the opposition, the ministers said after the meeting.</p>
</article><aside>Most read: something else entirely</aside><footer>Copyright Example News</footer>
<script>var tracking = "https://tracker.example/x.js";</script></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    article = next(iter(iter_articles([write(tmp_path / "page.html", PAGE)])))
    assert isinstance(article, Article)
    assert article.title == "Talks in Doha"
    assert article.date == "2024-12-07"
    assert article.url == "https://example.org/world/doha-talks"
    assert article.source == "Example News"
    assert article.text.startswith("Foreign ministers of Russia, Iran and Turkey met in Doha")
    assert "political dialogue" in article.text
    for junk in ("Home", "Copyright", "tracking", "Most read", "<p>"):
        assert junk not in article.text


def test_html_is_read_offline(tmp_path, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("ingestion tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    article = next(iter(iter_articles([write(tmp_path / "page.htm", PAGE)])))
    assert isinstance(article, Article)


def test_html_without_text(tmp_path):
    item = next(iter(iter_articles([write(tmp_path / "e.html", "<html><body><script>x()</script></body></html>")])))
    assert item == Skipped(str(tmp_path / "e.html"), "no article text found in HTML")


# --- JSON Lines and JSON ------------------------------------------------------------------------

def test_jsonl_fields_variants_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "Russia backs Syria.", "title": "One", "date": "2024-12-07", "url": "https://a",
                    "source": "AFP"}),
        "",
        json.dumps({"content": "Iran backs Syria.", "headline": "Two", "published_at": "Sat, 07 Dec 2024 10:00:00 GMT",
                    "link": "https://b", "source": {"id": "x", "name": "Example"}}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": ["First paragraph.", "Second paragraph."], "pubDate": "December 7, 2024"}),
        json.dumps({"text": "<p>Turkey <b>backs</b> the rebels.</p>"}),
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    items = list(iter_articles([path]))
    assert [i.path for i in items] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    one, two, bad, notext, alist, paragraphs, html = items
    assert (one.text, one.title, one.date, one.url, one.source) == ("Russia backs Syria.", "One", "2024-12-07",
                                                                    "https://a", "AFP")
    assert (two.text, two.title, two.date, two.url, two.source) == ("Iran backs Syria.", "Two", "2024-12-07",
                                                                    "https://b", "Example")
    assert isinstance(bad, Skipped) and bad.reason.startswith("malformed JSON: ")
    assert isinstance(notext, Skipped) and notext.reason.startswith("no text")
    assert isinstance(alist, Skipped) and alist.reason == "not a JSON object: list"
    assert paragraphs.text == "First paragraph.\n\nSecond paragraph." and paragraphs.date == "2024-12-07"
    assert html.text == "Turkey backs the rebels."


def test_field_map(tmp_path):
    record = {"story_body": "Qatar backs the rebels.", "hed": "Qatar", "meta": {"when": "2024-12-07"},
              "text": "not this one"}
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    article = next(iter(iter_articles([path], field_map={"text": "story_body", "title": "hed",
                                                         "date": "meta.when"})))
    assert (article.text, article.title, article.date) == ("Qatar backs the rebels.", "Qatar", "2024-12-07")
    missing = next(iter(iter_articles([path], field_map={"text": "nope"})))
    assert missing == Skipped(f"{path}:1", "no text (field nope)")
    with pytest.raises(InputError, match="unknown field 'body'"):
        list(iter_articles([path], field_map={"body": "story_body"}))


def test_jsonl_line_encoding_fallback(tmp_path):
    good = json.dumps({"text": "Plain line."}).encode()
    latin = '{"text": "Caf\u00e9 talks \u2013 Doha."}'.encode("cp1252")
    path = write(tmp_path / "a.jsonl", good + b"\n" + latin + b"\n")
    first, second = iter_articles([path])
    assert first.notes == () and second.text == "Caf\u00e9 talks \u2013 Doha."
    assert second.notes == ("decoded as cp1252",)


def test_jsonl_is_read_line_by_line(tmp_path, monkeypatch):
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps({"text": f"Article {n}."}) for n in range(1000)))
    items = iter_articles([path])
    assert next(items).text == "Article 0."  # a generator: nothing beyond the first line needed yet
    assert sum(1 for _ in items) == 999


def test_json_list_object_and_single(tmp_path):
    records = [{"text": "First."}, {"nothing": True}, {"body": "Third.", "title": "T"}]
    as_list = write(tmp_path / "list.json", json.dumps(records))
    wrapped = write(tmp_path / "wrapped.json", json.dumps({"status": "ok", "articles": records}))
    single = write(tmp_path / "single.json", json.dumps({"text": "Alone.", "date": "2024-12-07"}))
    items = list(iter_articles([as_list]))
    assert [i.path for i in items] == [f"{as_list}#0", f"{as_list}#1", f"{as_list}#2"]
    assert isinstance(items[1], Skipped) and items[2].title == "T"
    assert [i.path for i in iter_articles([wrapped])] == [f"{wrapped}#0", f"{wrapped}#1", f"{wrapped}#2"]
    article = next(iter(iter_articles([single])))
    assert (article.path, article.text, article.date) == (single, "Alone.", "2024-12-07")


def test_bad_json_files(tmp_path):
    broken = write(tmp_path / "broken.json", '{"articles": [')
    scalar = write(tmp_path / "scalar.json", "42")
    empty_list = write(tmp_path / "empty.json", "[]")
    jsonl_named_json = write(tmp_path / "lines.json", '{"text": "A."}\n{"text": "B."}\n')
    items = list(iter_articles([broken, scalar, empty_list, jsonl_named_json]))
    assert items[0].reason.startswith("malformed JSON") and items[1].reason.startswith("no articles")
    assert items[2].reason == "no articles: empty list"
    assert [i.text for i in items[3:]] == ["A.", "B."]


# --- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News</title><link>https://example.org</link><description>News</description>
<item><title>Talks in Doha</title><link>https://example.org/doha</link>
<pubDate>Sat, 07 Dec 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Ministers &lt;b&gt;met&lt;/b&gt; in Doha.&lt;/p&gt;</description></item>
<item><title>Rebels advance</title><link>https://example.org/rebels</link>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Rebels advanced on Damascus.</p><p>The army withdrew.</p>]]></content:encoded></item>
<item><title>Empty item</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-12-08T00:00:00Z</updated>
<entry><title>Atom entry</title><link href="https://example.org/atom1"/><id>urn:1</id>
<updated>2024-12-08T09:00:00Z</updated><summary type="html">&lt;p&gt;Turkey backs rebels.&lt;/p&gt;</summary></entry>
</feed>"""


def test_rss(tmp_path):
    path = write(tmp_path / "feed.rss", RSS)
    first, second, empty = iter_articles([path])
    assert (first.path, first.title, first.text, first.date, first.url, first.source) == (
        f"{path}#0", "Talks in Doha", "Ministers met in Doha.", "2024-12-07", "https://example.org/doha",
        "Example News")
    assert second.text == "Rebels advanced on Damascus.\n\nThe army withdrew." and second.date is None
    assert empty == Skipped(f"{path}#2", "no text in feed item")


def test_atom_and_xml(tmp_path):
    atom = write(tmp_path / "feed.atom", ATOM)
    xml_feed = write(tmp_path / "feed.xml", ATOM)
    not_feed = write(tmp_path / "data.xml", "<?xml version='1.0'?><config><a>1</a></config>")
    items = list(iter_articles([atom, xml_feed, not_feed]))
    assert items[0].text == "Turkey backs rebels." and items[0].date == "2024-12-08"
    assert items[0].url == "https://example.org/atom1" and items[0].source == "Atom News"
    assert items[1].text == items[0].text
    assert items[2] == Skipped(not_feed, "XML file is not an RSS or Atom feed")
