"""PDF files: the text of every page with pypdf, then the page furniture removed.

Encrypted PDFs that open without a password (RC4 or AES, the latter with the ``cryptography``
package) are read like any other; those that need a password are skipped with that reason.

Running headers and footers (lines at the top or bottom of a page that recur on at least half the
pages) go first, then ``clean_furniture`` removes captions, credits, link lines and page numbers and
re-joins the lines the layout broke; the title and date are then found as for plain text, with the
PDF's metadata as a fallback.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Mapping

from kg.ingest.base import make_article
from kg.ingest.furniture import clean_furniture, strip_running_lines
from kg.ingest.text import parse_plain
from kg.types import Article, Skipped

_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})")
_JUNK_TITLE = re.compile(r"(?i)^(?:untitled|microsoft word|document\d*|\S+\.(?:docx?|pdf|indd|qxd))")


def pdf_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a PDF date string (``D:20241207103000+00'00'``)."""
    match = _PDF_DATE.match(str(value or ""))
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def read_pdf(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The article of a PDF file (one article per file)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if os.path.getsize(path) == 0:
        yield Skipped(path, "empty file")
        return
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            yield Skipped(path, "not a PDF file")
            return
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            yield Skipped(path, "encrypted PDF: a password is needed to open it")
            return
        pages_obj = reader.pages
        count = len(pages_obj)
    except DependencyError as error:  # AES without the cryptography package
        yield Skipped(path, f"encrypted PDF: cannot decrypt it here ({error})"[:300])
        return
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, NotImplementedError) as error:
        yield Skipped(path, f"malformed PDF: {error}"[:300])
        return
    notes: list[str] = []
    pages: list[str] = []
    for number in range(count):
        try:
            pages.append(pages_obj[number].extract_text() or "")
        except Exception:  # noqa: BLE001 - one broken page should not lose the others
            pages.append("")
            notes.append(f"page {number + 1} unreadable")
    if not any(page.strip() for page in pages):
        yield Skipped(path, "no text in PDF (scanned images?)")
        return
    text = clean_furniture("\n".join(page.strip("\n") for page in strip_running_lines(pages)))
    parsed = parse_plain(text)
    try:
        info = reader.metadata or {}
    except Exception:  # noqa: BLE001
        info = {}
    meta_title = str(info.get("/Title") or "").strip()
    title = parsed.title or (meta_title if meta_title and not _JUNK_TITLE.match(meta_title) else None)
    date = parsed.date or pdf_date(info.get("/CreationDate"))
    yield make_article(path, parsed.text, title=title, date=date, notes=tuple(notes),
                       empty_reason="no text in PDF")
