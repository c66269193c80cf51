"""Page furniture: the text around an article that is not the article.

PDF pages of news sites come out of text extraction with photo captions and credits, author and
"related article" links, bare URLs, page numbers and lines broken by the layout. ``clean_furniture``
removes the furniture and re-joins the broken lines into paragraphs; ``clean_furniture(text,
light=True)`` removes only lines that cannot be prose (bare URLs, "Related article:" and "Read more"
lines), which is what plain-text input gets. Running headers and footers need the page structure and
are removed by ``strip_running_lines`` before the pages are joined.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

URL_LINE = re.compile(r"^\s*[<(\[]?(?:https?://|www\.)\S+[>)\]]?\s*$", re.I)
LINK_LINE = re.compile(
    r"^\s*(?:related(?:\s+(?:article|articles|story|stories|content|coverage|links?|reading|news))?"
    r"|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this\s+story|more\s+from\s+\S+"
    r"|advertisement|sponsored(?:\s+content)?|share\s+this(?:\s+article)?)"
    r"\s*(?::|\||–|—|-|»|>|$)",
    re.I,
)
CAPTION_PREFIX = re.compile(
    r"^\s*(?:photo|photos|photograph|picture|image|credit|photo\s+credit|image\s+credit|caption|"
    r"file\s+photo|illustration)\s*(?::|/|\|)",
    re.I,
)
# Agencies and stock libraries that sign photos; a credit ends the caption it belongs to.
_AGENCIES = (
    r"AFP|AP|Reuters|EPA|EPA-EFE|EFE|Getty\s+Images|Getty|HANDOUT|Handout|Anadolu(?:\s+Agency)?|Xinhua|"
    r"TASS|Sputnik|Shutterstock|Alamy|Bloomberg|SANA|DPA|dpa|Kyodo|PA\s+Media|PA|AAP|ANP|Yonhap|"
    r"NurPhoto|SOPA\s+Images|ZUMA(?:\s+Press)?|Imago|IMAGO|WENN|Pool|POOL"
)
CREDIT_END = re.compile(
    r"(?:^|[\s/|©(]|(?<=[a-z]))(?:" + _AGENCIES + r")(?:\s*/\s*(?:File|FILE|Pool|POOL))?\)?\s*$"
)
# A credit that cannot be the end of a sentence: "HANDOUT", "/ AFP", "Press OfficeAFP".
STRONG_CREDIT = re.compile(
    r"HANDOUT|Handout|Getty Images|(?:/|\||©)\s*(?:" + _AGENCIES + r")|[a-z](?:" + _AGENCIES + r")\)?\s*$"
)
CAPTION_MARK = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|L-R|R-L|centre|center|left|right)\)")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)
SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s*$""")
BULLET = re.compile(r"^\s*(?:[-*•–·]\s+|\d{1,3}[.)]\s+)")
# Second parts of compounds a line break may fall on: "Islamist-\nled" stays "Islamist-led".
_COMPOUND_TAILS = frozenset(
    "led backed based linked born old year run owned held controlled allied affiliated funded "
    "sponsored made term time style wing scale level range class type like free wide long up "
    "in out off on down over known called elect designate general minister".split()
)
# Name particles: "al-\nAssad" stays "al-Assad".
_NAME_PARTICLES = frozenset("al el ad ar as ash at az an bin ibn bint abu abd ben bar de di da du van von".split())


# Words a Title Case headline may leave in lower case.
_HEADLINE_SMALL_WORDS = frozenset("with from into onto over upon than that after about amid near says".split())


def _is_headline(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’‘-]*", line)
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) < 2:
        return False
    lower = [w for w in long_words if not w[0].isupper() and w.lower() not in _HEADLINE_SMALL_WORDS]
    return not lower and not SENTENCE_END.search(line.rstrip("'’\"”"))


def _caption_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Line ranges ``[start, end)`` that are a photo caption ended by a credit."""
    spans = []
    for end, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.endswith(".") or not CREDIT_END.search(stripped):
            continue
        follows = lines[end + 1].strip() if end + 1 < len(lines) else ""
        if follows and (follows[0].islower() or not STRONG_CREDIT.search(stripped)):
            continue  # the line runs on: "told AFP" in the middle of a sentence
        start = end
        while start > 0:
            if line_starts_object(lines[start]) or CAPTION_MARK.search(lines[start]):
                break
            above = lines[start - 1]
            if not above.strip() or SENTENCE_END.search(above) and not CAPTION_MARK.search(above):
                break
            if _is_headline(above) and not CAPTION_MARK.search(above):
                break
            start -= 1
        spans.append((start, end + 1))
    return spans


def line_starts_object(line: str) -> bool:
    """PDF text extraction starts a new text block with a space: a caption often begins there."""
    return line.startswith((" ", "\t")) and bool(line.strip())


def dehyphenate(left: str, right: str) -> str:
    """Join ``left`` ending in a hyphen with ``right`` carefully: ``al-`` + ``Assad`` keeps it."""
    head = left.rstrip()[:-1]
    word_before = re.findall(r"[\w'’]+$", head)
    word_after = re.findall(r"^[\w'’]+", right.lstrip())
    before = word_before[0] if word_before else ""
    after = word_after[0] if word_after else ""
    keep = (
        not before or not after
        or after[0].isupper() or after[0].isdigit() or before[-1].isdigit()
        or before.lower() in _NAME_PARTICLES
        or after.lower().strip("'’s") in _COMPOUND_TAILS
        or before[0].isupper() and before.isupper()  # acronyms: "UN-\nbacked"
    )
    return (head + "-" if keep else head) + right.lstrip()


def _runs_on(previous: str, line: str) -> bool:
    if SENTENCE_END.search(previous) or BULLET.match(line):
        return False
    # A headline line followed by a line of prose is a heading, not a broken line.
    return not (len(previous) < 100 and _is_headline(previous) and not _is_headline(line))


def reflow(text: str) -> str:
    """Re-join lines broken by the layout: a line that does not end a sentence runs on.

    Blank lines stay paragraph breaks; list items and headline-like lines keep their own line.
    """
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if out and out[-1] and _runs_on(out[-1], line):
            previous = out.pop()
            if previous.endswith("-") and not previous.endswith(" -") and len(previous) > 1:
                out.append(dehyphenate(previous, line))
            else:
                out.append(previous + " " + line)
        else:
            out.append(line)
    joined = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def clean_furniture(text: str, *, light: bool = False) -> str:
    """Remove page furniture from extracted text and re-join broken lines into paragraphs.

    Removed: bare URL lines, "Related article: ..." and "Read more" lines, photo captions ended by
    a credit ("... HANDOUT ... AFP", "Photo: ..."), and page numbers; then ``reflow``. With
    ``light=True`` only bare URL and related/read-more lines go and the lines are left as they are.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for line in text.split("\n") if not (URL_LINE.match(line) or LINK_LINE.match(line))]
    if light:
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    lines = [line for line in lines if not (CAPTION_PREFIX.match(line) or PAGE_NUMBER.match(line))]
    drop = [False] * len(lines)
    for start, end in _caption_spans(lines):
        for index in range(start, end):
            drop[index] = True
    return reflow("\n".join(line for line, gone in zip(lines, drop) if not gone))


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def strip_running_lines(pages: Sequence[str], *, edge: int = 3) -> list[str]:
    """Remove running headers and footers: lines near the top or bottom of a page that recur (digits
    aside) on at least half the pages, when there are at least two pages."""
    split = [page.replace("\r\n", "\n").split("\n") for page in pages]
    if len(split) < 2:
        return list(pages)
    counts: Counter[str] = Counter()
    for lines in split:
        content = [i for i, line in enumerate(lines) if line.strip()]
        edges = set(content[:edge] + content[-edge:])
        counts.update({_line_key(lines[i]) for i in edges})
    threshold = max(2, (len(split) + 1) // 2)
    running = {key for key, n in counts.items() if n >= threshold}
    cleaned = []
    for lines in split:
        content = [i for i, line in enumerate(lines) if line.strip()]
        edges = set(content[:edge] + content[-edge:])
        cleaned.append("\n".join(line for i, line in enumerate(lines)
                                 if not (i in edges and _line_key(line) in running)))
    return cleaned
