"""JSON Lines (one article per line) and JSON (a list of articles, ``{"articles": [...]}`` or one
article object).

Each record's fields are found under their usual names (``text``/``content``/``body``...,
``title``/``headline``, ``date``/``published``/``published_at``/``pubDate``..., ``url``/``link``,
``source``/``publisher``...) or under the names ``field_map`` gives (``{"text": "story_body"}``; a
dotted name such as ``source.name`` reaches into a nested object). Paths are ``FILE:LINE`` (1-based)
for JSONL and ``FILE#INDEX`` (0-based) for records of a JSON list. JSONL is read line by line.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping

from kg.ingest.base import make_article
from kg.ingest.html import html_to_text, looks_like_html
from kg.ingest.text import BinaryInput, binary_reason, decode, normalise_text, read_decoded
from kg.types import Article, Skipped

MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json file is parsed whole; larger ones should be JSONL
MAX_LINE_BYTES = 64 * 1024 * 1024

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext", "full_text", "fulltext", "article_text",
             "story", "body_text", "articleBody", "text_content"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "pub_date", "publish_date",
             "date_publish", "datePublished", "published_date", "publication_date", "created_at",
             "timestamp", "time", "datetime", "updated", "date_modify"),
    "url": ("url", "link", "href", "source_url", "uri", "permalink", "canonical_url"),
    "source": ("source", "publisher", "site_name", "sitename", "source_name", "source_domain", "outlet",
               "domain", "site", "feed"),
}
LIST_KEYS = ("articles", "items", "data", "results", "entries", "documents", "records", "posts")


def _lookup(record: Mapping, name: str) -> object:
    if name in record:
        return record[name]
    value: object = record
    for part in name.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _field(record: Mapping, field: str, field_map: Mapping[str, str]) -> object:
    if field in field_map:
        return _lookup(record, field_map[field])
    lowered = {str(key).lower(): key for key in record}
    for name in FIELD_NAMES[field]:
        key = name if name in record else lowered.get(name.lower())
        if key is not None and record[key] not in (None, "", []):
            return record[key]
    return None


def _as_text(value: object) -> str:
    """Text from a field value: a string, a list of paragraphs, or an object with a text inside."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        text = html_to_text(value) if looks_like_html(value) else value
        return normalise_text(text).strip()
    if isinstance(value, (int, float)):
        return ""
    if isinstance(value, list):
        return "\n\n".join(part for part in (_as_text(item) for item in value) if part)
    if isinstance(value, Mapping):
        for key in ("text", "value", "content", "body", "#text"):
            if key in value:
                return _as_text(value[key])
    return ""


def _as_name(value: object) -> object:
    """A source may be an object (``{"id": ..., "name": "Reuters"}``) or a list: take its name."""
    if isinstance(value, Mapping):
        for key in ("name", "title", "domain", "id", "href", "url"):
            if value.get(key):
                return value[key]
        return None
    if isinstance(value, list):
        return _as_name(value[0]) if value else None
    return value


def record_article(path: str, record: object, field_map: Mapping[str, str],
                   notes: tuple[str, ...] = ()) -> Article | Skipped:
    """An article from one JSON record."""
    if not isinstance(record, Mapping):
        return Skipped(path, f"not a JSON object: {type(record).__name__}")
    text = _as_text(_field(record, "text", field_map))
    if not text:
        wanted = field_map.get("text") or "/".join(FIELD_NAMES["text"][:3])
        return Skipped(path, f"no text (field {wanted})")
    title = _field(record, "title", field_map)
    title = _as_text(title) if not isinstance(title, str) else title
    url = _as_name(_field(record, "url", field_map))
    return make_article(path, text, title=title or None, date=_field(record, "date", field_map),
                        source=_as_name(_field(record, "source", field_map)),
                        url=url if isinstance(url, str) else None, notes=notes)


def safe_record_article(path: str, record: object, field_map: Mapping[str, str],
                        notes: tuple[str, ...] = ()) -> Article | Skipped:
    """``record_article``, with a record too deeply nested to read skipped on its own (the other
    records of the file are still read)."""
    try:
        return record_article(path, record, field_map, notes)
    except RecursionError:
        return Skipped(path, "unreadable record: too deeply nested")


def read_jsonl(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """One article per line; blank lines are ignored, a malformed line is skipped on its own."""
    field_map = field_map or {}
    if os.path.getsize(path) == 0:
        yield Skipped(path, "empty file")
        return
    with open(path, "rb") as handle:
        reason = binary_reason(handle.read(8192))
        if reason:
            yield Skipped(path, reason)
            return
        handle.seek(0)
        found = False
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if len(raw) > MAX_LINE_BYTES:
                yield Skipped(where, f"line too long ({len(raw)} bytes)")
                continue
            if not raw.strip():
                continue
            found = True
            try:
                line, note = decode(raw)
            except BinaryInput as error:
                yield Skipped(where, str(error))
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(where, f"malformed JSON: {error.msg}")
                continue
            except RecursionError:
                yield Skipped(where, "malformed JSON: too deeply nested")
                continue
            yield safe_record_article(where, record, field_map, (note,) if note else ())
        if not found:
            yield Skipped(path, "empty file")


def read_json(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The articles of a JSON file: a list of objects, an object holding such a list under
    ``articles`` (or ``items``, ``data``, ``results``...), or a single article object. A file that
    turns out to be JSON Lines is read as such."""
    field_map = field_map or {}
    size = os.path.getsize(path)
    if size == 0:
        yield Skipped(path, "empty file")
        return
    if size > MAX_JSON_BYTES:
        yield Skipped(path, f"too large: JSON over {MAX_JSON_BYTES} bytes (use JSON Lines)")
        return
    try:
        text, note = read_decoded(path)
    except BinaryInput as error:
        yield Skipped(path, str(error))
        return
    notes = (note,) if note else ()
    if not text.strip():
        yield Skipped(path, "empty file")
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":  # several objects, one per line: JSON Lines named .json
            yield from read_jsonl(path, field_map)
            return
        yield Skipped(path, f"malformed JSON: {error.msg} (line {error.lineno})")
        return
    except RecursionError:
        yield Skipped(path, "malformed JSON: too deeply nested")
        return
    records = None
    if isinstance(document, list):
        records = document
    elif isinstance(document, Mapping):
        for key in LIST_KEYS:
            if isinstance(document.get(key), list):
                records = document[key]
                break
        if records is None:
            yield safe_record_article(path, document, field_map, notes)
            return
    if records is None:
        yield Skipped(path, "no articles: JSON is neither a list nor an object")
        return
    if not records:
        yield Skipped(path, "no articles: empty list")
        return
    for index, record in enumerate(records):
        yield safe_record_article(f"{path}#{index}", record, field_map, notes)
