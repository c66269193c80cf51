"""What every reader shares: building an ``Article`` (or a ``Skipped`` when there is no text)."""
from __future__ import annotations

from kg.ingest.dates import parse_date
from kg.types import Article, Skipped, content_id


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def make_article(path: str, text: str, *, title: object = None, date: object = None,
                 source: object = None, url: object = None, notes: tuple[str, ...] = (),
                 empty_reason: str = "no text") -> Article | Skipped:
    """An ``Article`` whose id is the content id of ``text``; ``Skipped(path, empty_reason)`` when
    ``text`` is blank. ``date`` is normalised to ``YYYY-MM-DD`` (or ``None``)."""
    text = (text or "").strip()
    if not text:
        return Skipped(path, empty_reason)
    return Article(id=content_id(text), path=path, text=text, title=_clean_field(title),
                   date=parse_date(date), source=_clean_field(source), url=_clean_field(url),
                   notes=tuple(notes))
