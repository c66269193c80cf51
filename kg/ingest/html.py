"""HTML pages: the main text and the metadata (title, date, url, site name) with trafilatura.

Works offline: trafilatura gets the page's bytes and never a URL, so nothing is fetched. When
trafilatura finds no main text (very short pages), the page's visible text is used instead.
"""
from __future__ import annotations

import html as htmllib
import logging
import os
import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser

from kg.ingest.base import make_article
from kg.ingest.text import BinaryInput, decode, normalise_text
from kg.types import Article, Skipped

MAX_MARKUP_BYTES = 50 * 1024 * 1024  # HTML and XML are parsed whole; larger files are skipped

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header footer pre "
    "dd dt figcaption hr".split()
)
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    """Whether a string holds HTML markup (tags such as ``<p>``, ``<br>``, ``<a href>``)."""
    return bool(re.search(r"<\s*/?\s*(?:p|br|div|span|a|b|i|em|strong|li|ul|img|h\d|figure|blockquote)\b[^>]*>",
                          text, re.I))


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, block elements as paragraph breaks, entities decoded."""
    parser = _TextParser()
    try:
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # noqa: BLE001 - html.parser is lenient; this is a last resort
        text = htmllib.unescape(_TAG.sub(" ", fragment))
    lines = [" ".join(line.split()) for line in normalise_text(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _trafilatura(data: bytes):
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def read_html(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The article of an HTML page."""
    size = os.path.getsize(path)
    if size == 0:
        yield Skipped(path, "empty file")
        return
    if size > MAX_MARKUP_BYTES:
        yield Skipped(path, f"too large: HTML over {MAX_MARKUP_BYTES} bytes")
        return
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        markup, note = decode(data)
    except BinaryInput as error:
        yield Skipped(path, str(error))
        return
    yield page_article(path, markup, notes=(note,) if note else ())


def page_article(path: str, markup: str, *, notes: tuple[str, ...] = ()) -> Article | Skipped:
    """An article from a whole HTML page given as text."""
    meta = _trafilatura(markup.encode("utf-8", "surrogatepass")) if markup.strip() else {}
    text = meta.get("text") or ""
    title = meta.get("title")
    if not text.strip():
        text = html_to_text(markup)
        notes = notes + ("no main text found: used all visible text",) if text else notes
    lines = [line.strip() for line in normalise_text(text).split("\n")]
    if title and lines and lines[0] == " ".join(str(title).split()):
        lines = lines[1:]  # trafilatura repeats the title as the first line of the text
    body = "\n\n".join(line for line in lines if line)
    return make_article(path, body, title=title, date=meta.get("date"),
                        source=meta.get("sitename") or meta.get("hostname"), url=meta.get("url"),
                        notes=notes, empty_reason="no article text found in HTML")
