"""Ingestion of plain text and Markdown, input expansion, and bad inputs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import check_inputs, expand_inputs, iter_articles
from kg.ingest import plain
from kg.ingest.base import article_id
from kg.types import Article, Skipped

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

BODY = ("Foreign ministers of three countries met in Doha on Saturday.\n\n"
        "They agreed on the need for a political dialogue.\n")


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def only(items):
    assert len(items) == 1, items
    return items[0]


def test_txt_with_date_line_and_title(tmp_path):
    path = write(tmp_path / "a.txt", " date 2024-12-07 \n\n\nMinisters Meet in Doha\n\n" + BODY)
    article = only(list(iter_articles([path])))
    assert isinstance(article, Article)
    assert article.date == "2024-12-07"
    assert article.title == "Ministers Meet in Doha"
    assert article.text.startswith("Ministers Meet in Doha\n\nForeign ministers")  # the headline is read too
    assert "date" not in article.text
    assert article.id == article_id(article.text, article.path, article.source, article.url)
    assert article.path == path and article.source is None and article.notes == ()


@pytest.mark.parametrize("line", ["Date: 7 December 2024", "December 7, 2024", "Dec. 7th, 2024",
                                  "Published: Sat, 07 Dec 2024 10:00:00 GMT", "7 December 2024"])
def test_txt_date_line_variants(tmp_path, line):
    article = only(list(iter_articles([write(tmp_path / "a.txt", f"{line}\n\nA short headline\n\n{BODY}")])))
    assert article.date == "2024-12-07"
    assert article.title == "A short headline"
    assert "2024" not in article.text


def test_date_line_under_title(tmp_path):
    article = only(list(iter_articles([write(tmp_path / "a.txt", f"A short headline\nDecember 7, 2024\n\n{BODY}")])))
    assert (article.title, article.date) == ("A short headline", "2024-12-07")
    assert article.text.startswith("A short headline\n\nForeign ministers")


def test_no_title_when_first_line_is_a_sentence(tmp_path):
    article = only(list(iter_articles([write(tmp_path / "a.txt", BODY)])))
    assert article.title is None and article.date is None
    assert article.text == BODY.strip()


def test_single_line_file_is_text_not_title(tmp_path):
    article = only(list(iter_articles([write(tmp_path / "a.txt", "Russia backs Syria")])))
    assert article.title is None and article.text == "Russia backs Syria"


def test_txt_rejoins_wrapped_lines_and_drops_link_lines(tmp_path):
    text = ("Headline Of The Story\n\nLavrov said the rebels advance on President Bashar al-\n"
            "Assad's seat of power.\n\nhttps://example.com/author/someone\n\n"
            "Related article: Something Else Entirely\n\nThe talks ended.\n")
    article = only(list(iter_articles([write(tmp_path / "a.txt", text)])))
    assert "President Bashar al-Assad's seat of power." in article.text
    assert "https://" not in article.text and "Related article" not in article.text
    assert article.text.endswith("The talks ended.")


def test_markdown(tmp_path):
    text = ("---\ntitle: Talks in Doha\ndate: 2024-12-07\nurl: https://example.org/doha\n---\n"
            "Ministers **met** in [Doha](https://example.org) on `Saturday`.\n\n"
            "## Reactions\n\n![photo](x.png)\n> They agreed on *dialogue*.\n")
    article = only(list(iter_articles([write(tmp_path / "a.md", text)])))
    assert article.title == "Talks in Doha" and article.date == "2024-12-07"
    assert article.url == "https://example.org/doha"
    assert "Ministers met in Doha on Saturday." in article.text
    assert "They agreed on dialogue." in article.text
    assert not any(mark in article.text for mark in ("**", "](", "##", "`", "> ", "!["))


def test_markdown_heading_is_title(tmp_path):
    article = only(list(iter_articles([write(tmp_path / "a.md", "# Talks in Doha\n\n" + BODY)])))
    assert article.title == "Talks in Doha" and article.text.startswith("Talks in Doha\n\nForeign ministers")


def test_directory_recursive_sorted_paths_as_given(tmp_path, monkeypatch):
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", "README.md"]:
        write(tmp_path / "in" / name, f"{name}\n\n{BODY}")
    monkeypatch.chdir(tmp_path)
    items = list(iter_articles(["in"]))
    paths = [item.path for item in items]
    assert paths == [os.path.join("in", "README.md"), os.path.join("in", "a.txt"), os.path.join("in", "b.txt"),
                     os.path.join("in", "sub", "c.txt"), os.path.join("in", "sub", "deeper", "d.txt")]
    assert isinstance(items[0], Skipped) and "documentation" in items[0].reason
    assert all(isinstance(item, Article) for item in items[1:])
    # Deterministic: the same order again.
    assert [item.path for item in iter_articles(["in/"])] == [p.replace("in", "in/", 1).replace("//", "/")
                                                              for p in paths]


def test_glob_and_duplicates_given_once(tmp_path):
    for name in ["x1.txt", "x2.txt", "y.txt"]:
        write(tmp_path / name, BODY + name)
    pattern = str(tmp_path / "x*.txt")
    paths = [a.path for a in iter_articles([pattern, str(tmp_path / "x1.txt")])]
    assert paths == [str(tmp_path / "x1.txt"), str(tmp_path / "x2.txt")]
    recursive = [a.path for a in iter_articles([str(tmp_path / "**" / "*.txt")])]
    assert len(recursive) == 3


def test_check_inputs(tmp_path):
    write(tmp_path / "a.txt", BODY)
    check_inputs([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "*.txt")])
    with pytest.raises(InputError, match=r"^no such file or directory: .*missing\.txt$"):
        check_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")])
    with pytest.raises(InputError, match="no such file or directory: .*nothing-\\*.txt"):
        check_inputs([str(tmp_path / "nothing-*.txt")])


def test_missing_path_in_iter_is_skipped_not_raised(tmp_path):
    item = only(list(iter_articles([str(tmp_path / "missing.txt")])))
    assert isinstance(item, Skipped) and item.reason == "no such file or directory"


def test_empty_and_blank_files(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.txt", "  \n\n \t\n")
    items = list(iter_articles([empty, blank]))
    assert [type(i) for i in items] == [Skipped, Skipped]
    assert items[0].reason == "empty file" and items[1].reason.startswith("empty file")


def test_binary_files(tmp_path):
    nul = write(tmp_path / "nul.txt", b"text\x00\x01\x02 more")
    png = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    items = list(iter_articles([nul, png]))
    assert all(isinstance(i, Skipped) and i.reason.startswith("binary file") for i in items)


def test_cp1252_fallback_is_noted(tmp_path):
    path = write(tmp_path / "a.txt", "The minister\u2019s visit to Doha \u2013 a caf\u00e9 meeting.".encode("cp1252"))
    article = only(list(iter_articles([path])))
    assert article.text == "The minister\u2019s visit to Doha \u2013 a caf\u00e9 meeting."
    assert article.notes == ("decoded as cp1252",)


def test_latin1_fallback(tmp_path):
    # 0x81 is undefined in cp1252.
    article = only(list(iter_articles([write(tmp_path / "a.txt", b"Caf\xe9 \x81 talks in Doha.")])))
    assert article.notes == ("decoded as latin-1",) and article.text.startswith("Café")


def test_mostly_utf8_with_a_bad_byte(tmp_path):
    data = "Ministers in Doha met the “rebels” — café talks. ".encode() * 3 + b"\xff end."
    article = only(list(iter_articles([write(tmp_path / "a.txt", data)])))
    assert article.notes == ("invalid UTF-8 bytes replaced",) and "“rebels”" in article.text


def test_utf8_bom_and_utf16(tmp_path):
    bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY.encode())
    utf16 = write(tmp_path / "u16.txt", BODY.encode("utf-16"))
    first, second = iter_articles([bom, utf16])
    assert first.text == BODY.strip() and first.notes == ()
    assert second.text == BODY.strip() and second.notes == ("decoded as utf-16",)


def test_unsupported_extension(tmp_path):
    item = only(list(iter_articles([write(tmp_path / "a.docx", b"PK\x03\x04 stuff")])))
    assert item == Skipped(str(tmp_path / "a.docx"), "unsupported file type: .docx")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", BODY)
    os.chmod(path, 0)
    try:
        item = only(list(iter_articles([path])))
    finally:
        os.chmod(path, 0o644)
    assert item == Skipped(path, "unreadable: permission denied")


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", BODY)
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    ok = write(tmp_path / "ok.txt", BODY)
    items = list(iter_articles([path, ok]))
    assert items[0] == Skipped(path, "unreadable: permission denied")
    assert isinstance(items[1], Article)


def test_large_txt_is_split_at_paragraphs_and_read_incrementally(tmp_path, monkeypatch):
    paragraph = "Ministers met in Doha and agreed on a political dialogue. " * 5 + "\n\n"
    path = write(tmp_path / "big.txt", "Big Story Headline\n\n" + paragraph * 100)
    limit = 4000
    monkeypatch.setattr(plain, "MAX_TEXT_BYTES", limit)
    reads = []
    real = plain.iter_text_parts

    def spy(handle, part_limit, *args, **kwargs):
        for part in real(handle, part_limit, *args, **kwargs):
            reads.append(len(part))
            yield part

    monkeypatch.setattr(plain, "iter_text_parts", spy)
    parts = list(iter_articles([path]))
    assert len(parts) > 5
    assert [p.path for p in parts] == [f"{path}#part{n}" for n in range(1, len(parts) + 1)]
    assert parts[0].title == "Big Story Headline" and all(p.title is None for p in parts[1:])
    assert all(isinstance(p, Article) and len(p.text.encode()) <= limit for p in parts)
    assert parts[0].text.startswith("Big Story Headline\n\nMinisters")
    assert all(p.text.endswith("dialogue.") and p.text.startswith("Ministers") for p in parts[1:])
    total = sum(p.text.count("Ministers met") for p in parts)
    assert total == 500
    assert max(reads) <= limit + len(paragraph)


def test_large_cp1252_txt_is_noted(tmp_path, monkeypatch):
    monkeypatch.setattr(plain, "MAX_TEXT_BYTES", 1000)
    path = write(tmp_path / "big.txt", ("Caf\u00e9 talks \u2013 in Doha.\n\n" * 200).encode("cp1252"))
    parts = list(iter_articles([path]))
    assert len(parts) > 1 and all("decoded as cp1252" in p.notes for p in parts)
    assert "Café talks – in Doha." in parts[0].text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")
def test_seed_articles():
    items = list(iter_articles([str(SEEDS)]))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 2
    first, second = articles
    assert first.date == "2024-12-07" and first.title is None
    assert first.text.startswith("Russian Foreign Minister Sergei Lavrov said Saturday")
    assert second.title == "Assad Ally Russia Says \u2018Terrorist Group\u2019 Cannot Be Allowed To Run Syria"
    assert "President Bashar al-Assad's seat of power." in second.text
    assert "themoscowtimes.com" not in second.text and "Related article" not in second.text
    assert [i.path for i in items if isinstance(i, Skipped)] == [str(SEEDS / "README.md")]


def test_expand_inputs_reports_docs_and_missing(tmp_path):
    write(tmp_path / "d" / "README.txt", "readme")
    write(tmp_path / "d" / "a.txt", BODY)
    items = list(expand_inputs([str(tmp_path / "d"), str(tmp_path / "nope")]))
    assert isinstance(items[0], Skipped) and items[1] == str(tmp_path / "d" / "a.txt")
    assert items[2] == Skipped(str(tmp_path / "nope"), "no such file or directory")


@pytest.mark.parametrize("headline", ["Could Yukos be a blessing in disguise?", "'My memories of Marley...'"])
def test_question_and_ellipsis_headlines(tmp_path, headline):
    article = only(list(iter_articles([write(tmp_path / "a.txt", f"{headline}\n\n{BODY}")])))
    assert article.title == headline and article.text == f"{headline}\n\n{BODY.strip()}"
