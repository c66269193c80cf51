"""Plain text and Markdown: decoding, the date line, the title, the body.

Bytes are decoded as UTF-8; text that is not UTF-8 falls back to cp1252, then latin-1, and the
article's notes say so. Binary data (NUL bytes, control bytes, known binary signatures) is refused.
A text file larger than ``MAX_TEXT_BYTES`` is read incrementally and split at paragraph boundaries
into parts of at most about that size.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.ingest.dates import date_line, parse_date
from kg.ingest.furniture import SENTENCE_END, _is_headline, clean_furniture, reflow

MAX_TEXT_BYTES = 2 * 1024 * 1024  # a text file larger than this is split into parts
MAX_TITLE_CHARS = 150
SNIFF_BYTES = 8192
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                      b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class BinaryInput(ValueError):
    """The bytes are not text (caught by the readers, which skip the input with the reason)."""


def too_many_nuls(data: bytes) -> bool:
    """Whether ``data`` holds more NUL bytes than a text with a few stray ones (one in a hundred
    bytes, and at least a handful): binary data, or UTF-16 without a byte order mark."""
    nuls = data.count(0)
    return nuls > 8 and nuls > len(data) // 100


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a file) is not text, or ``None`` if it may be text. A text
    with a few stray NUL bytes is text (``decode`` removes them)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if head.startswith(_BINARY_SIGNATURES):
        return "binary file (not text)"
    if too_many_nuls(head):
        return "binary file (NUL bytes)"
    controls = sum(1 for byte in head if byte < 32 and byte not in (0, 9, 10, 12, 13, 27) or byte == 127)
    if head and controls > 0.05 * len(head):
        return "binary file (control bytes)"
    return None


def nul_note(count: int) -> str:
    return f"{count} NUL byte{'s' if count > 1 else ''} removed"


def strip_nuls(text: str) -> tuple[str, str | None]:
    """``text`` without NUL characters, and a note saying how many went (``None`` when none)."""
    count = text.count("\x00")
    return (text.replace("\x00", ""), nul_note(count)) if count else (text, None)


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode text bytes; return the text and a note when it was not plain UTF-8.

    Raises ``BinaryInput`` for data that is not text.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "decoded as utf-16"
        except UnicodeDecodeError:
            raise BinaryInput("undecodable UTF-16 text") from None
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise BinaryInput(reason)
    nuls = None
    if b"\x00" in data:  # a few stray NUL bytes in a text: the text is kept without them
        if too_many_nuls(data):
            raise BinaryInput("binary file (NUL bytes)")
        nuls = nul_note(data.count(0))
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig"), nuls
    except UnicodeDecodeError:
        pass
    encoding = guess_legacy_encoding(data)
    if encoding == "utf-8":
        text, note = data.decode("utf-8-sig", errors="replace"), "invalid UTF-8 bytes replaced"
    else:
        text, note = data.decode(encoding), f"decoded as {encoding}"
    return text, f"{note}; {nuls}" if nuls else note



def read_decoded(path: str) -> tuple[str, str | None]:
    """A whole file's text and a note on the decoding (``None`` when it was clean UTF-8);
    raises ``BinaryInput`` for a file that is not text."""
    with open(path, "rb") as handle:
        return decode(handle.read())

def guess_legacy_encoding(data: bytes) -> str:
    """For bytes that are not valid UTF-8: ``"utf-8"`` if they are mostly UTF-8 with a few bad bytes,
    else ``"cp1252"`` when that decodes them, else ``"latin-1"``."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if good > 2 * bad:
        return "utf-8"
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def normalise_text(text: str) -> str:
    """Unix newlines, no control characters, no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL.sub(" ", text.replace("\x0c", "\n\n"))
    return "\n".join(line.rstrip() for line in text.split("\n"))


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a plain-text document gave."""

    text: str
    title: str | None = None
    date: str | None = None
    meta: tuple[tuple[str, str], ...] = ()


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.S)
_MD_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^(=+|-+)\s*$", re.M), ""),  # setext underlines
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
]


def strip_markdown(text: str) -> tuple[str, dict[str, str]]:
    """Light Markdown to text: headings, emphasis, links, images, code marks, rules, quotes.

    Returns the text and the fields of a YAML-style front matter block (``title:``, ``date:`` ...).
    """
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t")):
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[match.end():]
    heading = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", text, re.M)
    if heading and not text[: heading.start()].strip():
        meta.setdefault("title", heading.group(1).strip())
        text = text[heading.end():]
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text, meta


def _first_content(lines: list[str], start: int = 0) -> int | None:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    return None


def _title_like(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) < MAX_TITLE_CHARS and not line.endswith((",", ";", ":")) \
        and not re.match(r"^(?:https?://|www\.)", line) and any(ch.isalpha() for ch in line)


def parse_plain(text: str, *, markdown: bool = False, find_title: bool = True) -> Parsed:
    """Split a plain-text article into date line, title and body.

    The date comes from a line at the top that is nothing but a (labelled) date, the title from the
    first line when it is short, has no final period and is followed by a blank line or is a
    headline (Title Case; a headline broken over two lines is joined). Both are removed from the
    body; lines that are clearly page furniture (bare URLs, "Related article:") go too, and lines
    broken inside a paragraph are re-joined.
    """
    meta: dict[str, str] = {}
    text = normalise_text(text)
    if markdown:
        text, meta = strip_markdown(text)
    lines = text.split("\n")
    date = parse_date(meta.get("date") or meta.get("published")) if meta else None
    title = meta.get("title") or None
    # A date line among the first three non-empty lines.
    index, seen = 0, 0
    while seen < 3:
        found = _first_content(lines, index)
        if found is None:
            break
        value = date_line(lines[found])
        if value:
            date = date or value
            del lines[found]
            break
        index, seen = found + 1, seen + 1
    first = _first_content(lines)
    if find_title and title is None and first is not None and _title_like(lines[first]):
        end = first + 1
        candidate = lines[first].strip()
        if _is_headline(candidate):
            while end < len(lines) and lines[end].strip() and _is_headline(lines[end]) \
                    and len(candidate) + len(lines[end]) < MAX_TITLE_CHARS:
                candidate = f"{candidate} {lines[end].strip()}"
                end += 1
        followed_by_blank = end >= len(lines) or not lines[end].strip()
        bare = candidate.rstrip("'\"’”»)")
        final_period = bare.endswith(".") and not bare.endswith(("..", "…"))
        if (followed_by_blank and not final_period or _is_headline(candidate) and not SENTENCE_END.search(candidate)) \
                and _first_content(lines, end) is not None:
            title = candidate
            del lines[first:end]
            # A date line right under the title.
            below = _first_content(lines, first)
            if below is not None and date is None and date_line(lines[below]):
                date = date_line(lines[below])
                del lines[below]
    body = clean_furniture("\n".join(lines), light=True)
    body = reflow(body)
    return Parsed(text=body, title=title, date=date,
                  meta=tuple(sorted((k, v) for k, v in meta.items() if isinstance(v, str))))


def iter_text_parts(handle, limit: int = MAX_TEXT_BYTES, read_size: int = 65536) -> Iterator[str]:
    """Read a text stream incrementally and yield parts of about ``limit`` bytes (UTF-8), cut at
    paragraph boundaries (blank lines); a paragraph longer than ``limit`` is cut at a line end, and
    a line longer than that at a space near ``limit`` (never inside a word, unless a word runs for
    ``read_size`` characters). Never holds more than about one part in memory."""
    buffer: list[str] = []
    size = 0
    paragraph: list[str] = []
    paragraph_size = 0
    carry = ""  # the end of a piece of a long line, after its last space: the start of a word
    while True:
        chunk = handle.readline(read_size)
        line, carry = carry + chunk, ""
        if not line:
            break
        if len(chunk) == read_size and not chunk.endswith("\n"):  # a piece of a longer line
            space = max(line.rfind(" "), line.rfind("\t"))
            if space > 0:
                line, carry = line[:space + 1], line[space + 1:]
        line_size = len(line.encode("utf-8", "surrogatepass"))
        if not line.strip():
            buffer.extend(paragraph)
            size += paragraph_size
            paragraph, paragraph_size = [], 0
            buffer.append(line)
            size += line_size
            continue
        if size and size + paragraph_size + line_size > limit:
            yield "".join(buffer)
            buffer, size = [], 0
        if paragraph_size + line_size > limit:
            yield "".join(buffer + paragraph)
            buffer, size = [], 0
            paragraph, paragraph_size = [], 0
        paragraph.append(line)
        paragraph_size += line_size
    buffer.extend(paragraph)
    if buffer and "".join(buffer).strip():
        yield "".join(buffer)
