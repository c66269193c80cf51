"""Readers for plain text (``.txt``, no extension) and Markdown (``.md``)."""
from __future__ import annotations

import codecs
import os
from collections.abc import Iterator, Mapping

from kg.ingest.base import make_article
from kg.ingest.text import (MAX_TEXT_BYTES, SNIFF_BYTES, BinaryInput, binary_reason, read_decoded,
                            guess_legacy_encoding, iter_text_parts, parse_plain, strip_nuls, too_many_nuls)
from kg.types import Article, Skipped

_BLOCK = 1 << 20


def with_headline(title: str | None, body: str) -> str:
    """The article's text as read and as offsets count it: the headline of a text file is part
    of what the article says ("Maduro ally Cuba says..."), so it stays at the top."""
    return f"{title}\n\n{body}" if title and body.strip() else body


def read_txt(path: str, field_map: Mapping[str, str] | None = None, *, markdown: bool = False,
             limit: int | None = None) -> Iterator[Article | Skipped]:
    """The article of a text file; a file over ``limit`` (default ``MAX_TEXT_BYTES``) bytes is read
    incrementally and split at paragraph boundaries into articles ``FILE#part1``, ``FILE#part2``..."""
    limit = MAX_TEXT_BYTES if limit is None else limit
    size = os.path.getsize(path)
    if size == 0:
        yield Skipped(path, "empty file")
        return
    if size > limit:
        yield from _read_large(path, limit, markdown=markdown)
        return
    try:
        text, note = read_decoded(path)
    except BinaryInput as error:
        yield Skipped(path, str(error))
        return
    text, nuls = strip_nuls(text)  # UTF-16 text can hold NUL characters too
    notes = tuple(n for n in (note, nuls) if n)
    parsed = parse_plain(text, markdown=markdown)
    yield make_article(path, with_headline(parsed.title, parsed.text), title=parsed.title, date=parsed.date,
                       url=dict(parsed.meta).get("url"), source=dict(parsed.meta).get("source"),
                       notes=notes, empty_reason="empty file (no text)")


def read_markdown(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The article of a Markdown file: like text, with the Markdown syntax stripped lightly and the
    title and date taken from a front matter block or a first ``# heading``."""
    return read_txt(path, field_map, markdown=True)


def _scan_encoding(path: str) -> tuple[str | None, str | None]:
    """Read a large file block by block: ``(encoding, None)`` or ``(None, reason)`` if binary."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", None
        reason = binary_reason(head)
        if reason:
            return None, reason
        handle.seek(0)
        while True:
            block = handle.read(_BLOCK)
            if not block:
                return "utf-8-sig", None
            if too_many_nuls(block):
                return None, "binary file (NUL bytes)"
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                return guess_legacy_encoding(block), None


def _read_large(path: str, limit: int, *, markdown: bool) -> Iterator[Article | Skipped]:
    encoding, reason = _scan_encoding(path)
    if encoding is None:
        yield Skipped(path, reason or "binary file")
        return
    notes: tuple[str, ...] = (f"split into parts of at most about {limit} bytes",)
    if encoding not in ("utf-8", "utf-8-sig"):
        notes = (f"decoded as {encoding}",) + notes
    elif encoding == "utf-8":
        notes = ("invalid UTF-8 bytes replaced",) + notes
    date = title = None
    with open(path, encoding=encoding, errors="replace", newline=None) as handle:
        for number, part in enumerate(iter_text_parts(handle, limit), start=1):
            part, nuls = strip_nuls(part)
            parsed = parse_plain(part, markdown=markdown, find_title=number == 1)
            if number == 1:
                date, title = parsed.date, parsed.title
            body = with_headline(title, parsed.text) if number == 1 else parsed.text
            yield make_article(f"{path}#part{number}", body, title=title if number == 1 else None,
                               date=date, notes=notes + ((nuls,) if nuls else ()),
                               empty_reason="empty part (no text)")
