"""What every reader shares: building an ``Article`` (or a ``Skipped`` when there is no text), and
making what a file gave safe to write out as UTF-8.

An article's id is derived from its text and where it comes from (``article_id``): the same wire
story printed by two outlets, or saved in two folders, gives two articles (of one story, see
``kg.stories``), each with its own path, source, URL, title and date, while the same file read
again from another working directory or machine keeps its id.
"""
from __future__ import annotations

import os
import re

from kg.ingest.dates import parse_date
from kg.types import Article, Skipped, content_id

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_str(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (``"\\udcff"``: JSON escapes and undecodable bytes give
    them; UTF-8 cannot hold them) replaced by U+FFFD, and how many there were."""
    if text.isascii():
        return text, 0
    try:
        text.encode("utf-8")
        return text, 0
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)


def display_path(path: str) -> str:
    """A path as it can be written into UTF-8 files: bytes of the file name that are not UTF-8
    (which Python carries as surrogates) shown as ``\\xNN``."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return clean_str(path)[0]


def clean_skipped(item: Skipped) -> Skipped:
    """A ``Skipped`` whose path and reason can be written out as UTF-8."""
    path, reason = display_path(item.path), clean_str(item.reason)[0]
    return item if (path, reason) == (item.path, item.reason) else Skipped(path, reason)


def article_id(text: str, path: str, source: str | None = None, url: str | None = None) -> str:
    """The id of an article: the content id of its text and its origin, which is its URL when it
    has one, else its source and the last two parts of its path (``afp/wire.txt``, with the
    ``#part``, ``#INDEX`` or ``:LINE`` of a file holding several articles). Where the folder sits
    is not part of it: the id is the same from every working directory and on every machine."""
    if url:
        origin = url
    else:
        parent, name = os.path.split(os.path.abspath(path))
        origin = f"{source or ''}|{os.path.basename(parent)}/{name}"
    return content_id(f"{text}\0{origin}")


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(clean_str(str(value))[0].split())
    return text or None


def make_article(path: str, text: str, *, title: object = None, date: object = None,
                 source: object = None, url: object = None, notes: tuple[str, ...] = (),
                 empty_reason: str = "no text") -> Article | Skipped:
    """An ``Article`` (id: ``article_id``); ``Skipped(path, empty_reason)`` when ``text`` is
    blank. ``date`` is normalised to ``YYYY-MM-DD`` (or ``None``); lone surrogates in the text
    are replaced (and noted), and a file name that is not UTF-8 is shown with ``\\xNN`` escapes."""
    text, bad = clean_str((text or "").strip())
    shown = display_path(path)
    if not text:
        return Skipped(shown, empty_reason)
    notes = tuple(notes)
    if bad:
        notes += (f"{bad} invalid character{'s' if bad > 1 else ''} (lone surrogates) replaced",)
    if shown != path:
        notes += ("file name is not valid UTF-8: shown with \\x escapes",)
    source, url = _clean_field(source), _clean_field(url)
    return Article(id=article_id(text, shown, source, url), path=shown, text=text, title=_clean_field(title),
                   date=parse_date(date), source=source, url=url, notes=notes)
