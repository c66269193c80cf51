"""Ingestion: input paths in, ``Article`` or ``Skipped`` out.

``iter_articles(inputs)`` takes files, directories (walked recursively, in sorted order) and globs,
and yields one ``Article`` per article found (a JSONL file or a feed holds many) or one ``Skipped``
with the reason for every input it could not use. Bad input never stops a run; only a path that
matches nothing at all is an error, raised by ``check_inputs`` before the run starts.

Formats, by extension: ``.txt`` (and files without an extension that are text), ``.md``,
``.html``/``.htm``, ``.pdf``, ``.jsonl``/``.ndjson``, ``.json``, ``.rss``/``.atom``/``.xml`` feeds.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator, Mapping, Sequence

from kg.errors import InputError
from kg.ingest.dates import parse_date
from kg.ingest.furniture import clean_furniture
from kg.ingest.text import MAX_TEXT_BYTES
from kg.types import Article, Skipped

__all__ = [
    "iter_articles", "check_inputs", "expand_inputs", "read_file", "parse_date", "clean_furniture",
    "MAX_TEXT_BYTES", "SUPPORTED_EXTENSIONS", "FIELDS",
]

_GLOB_CHARS = frozenset("*?[")
# Files a directory walk reports as skipped rather than reading as articles.
_DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "copying", "notice", "authors"})


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


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise ``InputError("no such file or directory: X")`` for the first input that is neither an
    existing path nor a glob matching something. Nothing is read."""
    if isinstance(inputs, str):
        inputs = [inputs]
    if not inputs:
        raise InputError("no input given")
    for item in inputs:
        if os.path.exists(item):
            continue
        if _is_glob(item) and glob.glob(os.path.expanduser(item), recursive=True):
            continue
        raise InputError(f"no such file or directory: {item}")


def _walk(directory: str) -> Iterator[tuple[str, bool]]:
    """Files under ``directory``, sorted, hidden files and folders left out; with a flag telling
    whether the file looks like documentation rather than an article."""
    entries = []
    for root, dirs, files in os.walk(directory, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in files:
            if name.startswith("."):
                continue
            entries.append(os.path.join(root, name))
    for path in sorted(entries, key=lambda p: os.path.relpath(p, directory).split(os.sep)):
        stem = os.path.splitext(os.path.basename(path))[0].lower()
        yield path, stem in _DOC_STEMS


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | Skipped]:
    """The files named by ``inputs``, in order: each file as given, each directory walked
    recursively in sorted order (paths are the directory as given joined with the relative path),
    each glob's matches sorted. Documentation files met in a directory walk (README, LICENSE)
    come out as ``Skipped``. A path met twice is given once."""
    if isinstance(inputs, str):
        inputs = [inputs]
    seen: set[str] = set()

    def once(path: str) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for item in inputs:
        if _is_glob(item):
            matches = sorted(glob.glob(os.path.expanduser(item), recursive=True))
            if not matches:
                yield Skipped(item, "no such file or directory")
        else:
            matches = [item]
        for match in matches:
            if os.path.isdir(match):
                for path, is_doc in _walk(match):
                    if once(path):
                        yield Skipped(path, "not an article: documentation file") if is_doc else path
            elif os.path.exists(match) or os.path.islink(match):
                if once(match):
                    yield match
            else:
                yield Skipped(match, "no such file or directory")


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


def iter_articles(inputs: Sequence[str], field_map: Mapping[str, str] | None = None
                  ) -> Iterator[Article | Skipped]:
    """Yield an ``Article`` for every article in ``inputs`` and a ``Skipped`` for every input (file,
    line or record) that could not be used.

    ``inputs`` are files, directories (walked recursively, sorted) or globs. ``field_map`` maps the
    article fields ``text``, ``title``, ``date``, ``url``, ``source`` to other key names of JSON and
    JSONL records (``{"text": "story_body"}``; dotted names reach into nested objects). Only an
    unknown field in ``field_map`` raises (``InputError``); call ``check_inputs`` first to turn
    missing paths into an error instead of ``Skipped`` items.
    """
    mapping = _check_field_map(field_map)
    for item in expand_inputs(inputs):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item, mapping)
