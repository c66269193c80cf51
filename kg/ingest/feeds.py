"""RSS and Atom feeds (``.rss``, ``.atom``, and ``.xml`` files that parse as feeds) with feedparser:
one article per item, ``FILE#INDEX`` (0-based). feedparser gets the file's bytes, never a URL, so
nothing is fetched."""
from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

from kg.ingest.base import make_article
from kg.ingest.dates import parse_date
from kg.ingest.html import MAX_MARKUP_BYTES, html_to_text, looks_like_html
from kg.ingest.text import binary_reason, normalise_text
from kg.types import Article, Skipped


def _text(detail: object) -> str:
    value = detail.get("value", "") if isinstance(detail, Mapping) else str(detail or "")
    kind = detail.get("type", "") if isinstance(detail, Mapping) else ""
    if "html" in kind or looks_like_html(value):
        return html_to_text(value)
    return normalise_text(value).strip()


def entry_text(entry: Mapping) -> str:
    """The fullest text of a feed item: its longest ``content``, else its summary, without HTML."""
    candidates = [_text(content) for content in entry.get("content") or []]
    candidates.append(_text(entry.get("summary_detail") or entry.get("summary") or ""))
    return max(candidates, key=len, default="")


def read_feed(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The items of an RSS or Atom feed as articles."""
    import feedparser

    size = os.path.getsize(path)
    if size == 0:
        yield Skipped(path, "empty file")
        return
    if size > MAX_MARKUP_BYTES:
        yield Skipped(path, f"too large: feed over {MAX_MARKUP_BYTES} bytes")
        return
    with open(path, "rb") as handle:
        data = handle.read()
    reason = binary_reason(data[:8192])
    if reason and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Skipped(path, reason)
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        if path.lower().endswith(".xml"):
            yield Skipped(path, "XML file is not an RSS or Atom feed")
        else:
            problem = parsed.get("bozo_exception")
            yield Skipped(path, f"malformed feed: {problem}"[:300] if problem else "not an RSS or Atom feed")
        return
    if not parsed.entries:
        yield Skipped(path, "feed has no items")
        return
    source = parsed.feed.get("title") or None
    note = _entities_note(parsed.get("bozo_exception"))
    for index, entry in enumerate(parsed.entries):
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = parse_date(when) if when else parse_date(entry.get("published") or entry.get("updated"))
        yield make_article(f"{path}#{index}", entry_text(entry), title=entry.get("title"), date=date,
                           source=source, url=entry.get("link"), notes=(note,) if note else (),
                           empty_reason="no text in feed item")


def _entities_note(problem: object) -> str | None:
    """The note for a feed whose DTD declares entities that expand without bound (an "entity
    bomb"): expat stops expanding them, and feedparser's lenient parser reads the items with the
    entity references left as written."""
    if problem is not None and "amplification" in str(problem):
        return "XML entities not expanded: they expand too far (an entity bomb); references kept as written"
    return None
