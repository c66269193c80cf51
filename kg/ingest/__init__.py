"""Ingestion: input paths in, ``Article`` or ``Skipped`` out.

``iter_articles(inputs)`` takes files, directories (walked recursively, in sorted order) and globs,
and yields one ``Article`` per article found (a JSONL file or a feed holds many) or one ``Skipped``
with the reason for every input it could not use. Bad input never stops a run; only a path that
matches nothing at all is an error, raised by ``check_inputs`` before the run starts.

Formats, by extension: ``.txt`` (and files without an extension that are text), ``.md``,
``.html``/``.htm``, ``.pdf``, ``.jsonl``/``.ndjson``, ``.json``, ``.rss``/``.atom``/``.xml`` feeds.
"""
from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from kg.errors import InputError
from kg.ingest.base import clean_skipped, display_path
from kg.ingest.dates import parse_date
from kg.ingest.furniture import clean_furniture
from kg.ingest.text import MAX_TEXT_BYTES
from kg.types import Article, Skipped

__all__ = [
    "iter_articles", "check_inputs", "expand_inputs", "count_inputs", "read_file", "parse_date", "clean_furniture",
    "MAX_TEXT_BYTES", "SUPPORTED_EXTENSIONS", "FIELDS", "BUILD_FILES", "safe_glob",
]

_GLOB_CHARS = frozenset("*?[")
# Files a directory walk reports as skipped rather than reading as articles.
_DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "copying", "notice", "authors"})
# What ``kg build`` writes into its output directory: never read back as articles. A directory
# holding a report.json and a graph.json is taken to be a build directory.
BUILD_FILES = ("graph.json", "graph.graphml", "extractions.jsonl", "report.json", "index.html")
_BUILD_MARKERS = ("report.json", "graph.json")


def _readers() -> dict[str, Callable[..., Iterator[Article | Skipped]]]:
    from kg.ingest import feeds, html, pdf, records, plain

    return {
        ".txt": plain.read_txt, ".text": plain.read_txt, "": plain.read_txt,
        ".md": plain.read_markdown, ".markdown": plain.read_markdown,
        ".html": html.read_html, ".htm": html.read_html, ".xhtml": html.read_html,
        ".pdf": pdf.read_pdf,
        ".jsonl": records.read_jsonl, ".ndjson": records.read_jsonl,
        ".json": records.read_json,
        ".rss": feeds.read_feed, ".atom": feeds.read_feed, ".xml": feeds.read_feed,
    }


SUPPORTED_EXTENSIONS: tuple[str, ...] = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
                                         ".pdf", ".jsonl", ".ndjson", ".json", ".rss", ".atom", ".xml")
FIELDS: tuple[str, ...] = ("text", "title", "date", "url", "source")


def _is_glob(text: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in text) and not os.path.exists(text)


def _hidden(name: str) -> bool:
    return name.startswith(".") or name == "__pycache__"


def _dir_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _reason(error: OSError) -> str:
    return f"unreadable directory: {(error.strerror or str(error)).lower()}"


class _Walker:
    """``os.walk`` that follows symbolic links to directories but never enters a directory twice
    (a link loop such as ``self -> .`` ends), and keeps what it could not read."""

    def __init__(self) -> None:
        self.visited: set[tuple[int, int]] = set()

    def walk(self, top: str) -> Iterator[tuple[str, list[str], list[str], list[Skipped]]]:
        """(root, sorted dirs, sorted files, problems) for ``top`` and every directory below it;
        hidden files and folders are left out."""
        key = _dir_key(top)
        if key is not None:
            self.visited.add(key)
        errors: list[OSError] = []
        for root, dirs, files in os.walk(top, onerror=errors.append, followlinks=True):
            problems = [Skipped(e.filename or root, _reason(e)) for e in errors]
            errors.clear()
            keep = []
            for name in sorted(d for d in dirs if not _hidden(d)):
                path = os.path.join(root, name)
                key = _dir_key(path)
                if key is None:
                    problems.append(Skipped(path, "unreadable directory: broken link"))
                elif key in self.visited:
                    problems.append(Skipped(path, "directory already read (a symbolic link loop or a second "
                                                  "link to it): not read again"))
                else:
                    self.visited.add(key)
                    keep.append(name)
            dirs[:] = keep
            yield root, dirs, sorted(f for f in files if not _hidden(f)), problems
        problems = [Skipped(e.filename or top, _reason(e)) for e in errors]
        if problems:
            yield top, [], [], problems


def safe_glob(pattern: str) -> list[str]:
    """``glob.glob(pattern, recursive=True)``, sorted, except that ``**`` never enters a directory
    twice: a symbolic link loop under the pattern cannot make it run without end."""
    pattern = os.path.expanduser(pattern)
    drive, rest = os.path.splitdrive(pattern)
    rest = rest.replace("/", os.sep)
    anchor = drive + (os.sep if rest.startswith(os.sep) else "")
    parts = [p for p in rest.split(os.sep) if p]
    current = [anchor]  # "" is the working directory
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        found: list[str] = []
        for base in current:
            here_dir = base or os.curdir
            if part == "**":
                for root, _, files, _ in _Walker().walk(here_dir):
                    rel = os.path.relpath(root, here_dir)
                    here = base if rel == os.curdir else os.path.join(base, rel)
                    found.append(os.path.join(here, "") if last and here == base else here)  # like glob
                    if last:
                        found.extend(os.path.join(here, f) for f in files)
            elif glob.has_magic(part):
                try:
                    names = os.listdir(here_dir)
                except OSError:
                    continue
                hidden_ok = part.startswith(".")
                found.extend(os.path.join(base, n) for n in names
                             if (hidden_ok or not n.startswith(".")) and fnmatch.fnmatch(n, part))
            else:
                path = os.path.join(base, part)
                if os.path.lexists(path):
                    found.append(path)
        current = found if last else [p for p in found if os.path.isdir(p or os.curdir)]
    return sorted({p for p in current if p})


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise ``InputError("no such file or directory: X")`` for the first input that is neither an
    existing path nor a glob matching something. Nothing is read."""
    if isinstance(inputs, str):
        inputs = [inputs]
    if not inputs:
        raise InputError("no input given")
    for item in inputs:
        if os.path.exists(item) or os.path.islink(item):
            continue
        if _is_glob(item) and safe_glob(item):
            continue
        raise InputError(f"no such file or directory: {display_path(item)}")


def _walk(directory: str, walker: _Walker, exclude: frozenset[str]) -> Iterator[str | Skipped]:
    """Files under ``directory``, sorted, hidden files and folders left out; documentation files
    (README, LICENSE), the files of build directories and directories that cannot be read come
    out as ``Skipped``."""
    entries: list[tuple[list[str], str | Skipped]] = []

    def rel(path: str) -> list[str]:
        return os.path.relpath(path, directory).split(os.sep)

    for root, _, files, problems in walker.walk(directory):
        entries.extend((rel(p.path), p) for p in problems)
        build_dir = all(marker in files for marker in _BUILD_MARKERS)
        for name in files:
            path = os.path.join(root, name)
            if os.path.realpath(path) in exclude:
                continue
            stem = os.path.splitext(name)[0].lower()
            if build_dir and name in BUILD_FILES:
                item: str | Skipped = Skipped(path, "not an article: output of a kg build")
            elif stem in _DOC_STEMS:
                item = Skipped(path, "not an article: documentation file")
            else:
                item = path
            entries.append((rel(path), item))
    for _, item in sorted(entries, key=lambda e: e[0]):
        yield item


def expand_inputs(inputs: Sequence[str], exclude: Iterable[str] = ()) -> Iterator[str | Skipped]:
    """The files named by ``inputs``, in order: each file as given, each directory walked
    recursively in sorted order (paths are the directory as given joined with the relative path),
    each glob's matches sorted. Documentation files met in a directory walk (README, LICENSE) and
    directories that cannot be read come out as ``Skipped``. A path met twice is given once; a
    symbolic link loop is walked once. Files in ``exclude`` (the output of the running build) are
    never given: named as inputs, they come out as ``Skipped``."""
    if isinstance(inputs, str):
        inputs = [inputs]
    excluded = frozenset(os.path.realpath(p) for p in exclude)
    seen: set[str] = set()

    def once(path: str) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for item in inputs:
        if _is_glob(item):
            matches = safe_glob(item)
            if not matches:
                yield Skipped(item, "no such file or directory")
        else:
            matches = [item]
        for match in matches:
            if os.path.isdir(match):
                for path in _walk(match, _Walker(), excluded):
                    if isinstance(path, Skipped) or once(path):
                        yield path
            elif os.path.exists(match) or os.path.islink(match):
                if os.path.realpath(match) in excluded:
                    yield Skipped(match, "not an article: output of this build")
                elif once(match):
                    yield match
            else:
                yield Skipped(match, "no such file or directory")


def count_inputs(inputs: Sequence[str], exclude: Iterable[str] = ()) -> int:
    """About how many articles (or skipped inputs) ``iter_articles`` will give, without parsing
    anything: one per file, one per non-blank line of a JSONL file, one per item or entry of a
    feed. For a progress bar's total: JSON arrays count as one, broken files as what they look like."""
    total = 0
    for item in expand_inputs(inputs, exclude):
        if isinstance(item, Skipped):
            total += 1
            continue
        extension = os.path.splitext(item)[1].lower()
        try:
            if extension in (".jsonl", ".ndjson"):
                with open(item, "rb") as f:
                    total += max(1, sum(1 for line in f if line.strip()))
                continue
            if extension in (".rss", ".atom", ".xml"):
                with open(item, "rb") as f:
                    data = f.read()
                total += max(1, data.count(b"<item") + data.count(b"<entry"))
                continue
        except OSError:
            pass
        total += 1
    return total


def read_file(path: str, field_map: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """The articles of one file, by its extension; never raises for a bad file."""
    extension = os.path.splitext(path)[1].lower()
    reader = _readers().get(extension)
    if reader is None:
        yield Skipped(path, f"unsupported file type: {extension}")
        return
    if not os.path.isfile(path):
        yield Skipped(path, "not a regular file" if os.path.exists(path) else "no such file or directory")
        return
    try:
        yield from reader(path, field_map=field_map)
    except PermissionError:
        yield Skipped(path, "unreadable: permission denied")
    except IsADirectoryError:
        yield Skipped(path, "not a regular file")
    except OSError as error:
        yield Skipped(path, f"unreadable: {error.strerror or error}")
    except RecursionError:
        yield Skipped(path, "unreadable: too deeply nested")
    except MemoryError:
        yield Skipped(path, "unreadable: too large")
    except Exception as error:  # noqa: BLE001 - a broken file must not stop the run
        yield Skipped(path, f"unreadable: {type(error).__name__}: {error}"[:300])


def _check_field_map(field_map: Mapping[str, str] | None) -> dict[str, str]:
    if not field_map:
        return {}
    unknown = sorted(set(field_map) - set(FIELDS))
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r} in field map (known: {', '.join(FIELDS)})")
    return dict(field_map)


def iter_articles(inputs: Sequence[str], field_map: Mapping[str, str] | None = None,
                  exclude: Iterable[str] = ()) -> Iterator[Article | Skipped]:
    """Yield an ``Article`` for every article in ``inputs`` and a ``Skipped`` for every input (file,
    line or record) that could not be used.

    ``inputs`` are files, directories (walked recursively, sorted) or globs. ``field_map`` maps the
    article fields ``text``, ``title``, ``date``, ``url``, ``source`` to other key names of JSON and
    JSONL records (``{"text": "story_body"}``; dotted names reach into nested objects). Only an
    unknown field in ``field_map`` raises (``InputError``); call ``check_inputs`` first to turn
    missing paths into an error instead of ``Skipped`` items. Files in ``exclude`` are not read
    (see ``expand_inputs``). Everything yielded can be written out as UTF-8 (see
    ``kg.ingest.base``).
    """
    mapping = _check_field_map(field_map)
    for item in expand_inputs(inputs, exclude):
        if isinstance(item, Skipped):
            yield clean_skipped(item)
            continue
        for found in read_file(item, mapping):
            yield clean_skipped(found) if isinstance(found, Skipped) else found
