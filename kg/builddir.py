"""A build directory read back: the one reader of ``graph.json``, ``extractions.jsonl`` and
``report.json`` for the Python API (``KnowledgeGraph.open``), the CLI (``kg timeline``, ``kg
eval``, ``kg export --from-build``) and ``loaders`` (``kg load``).

Each function takes the build directory or the file itself, and raises ``InputError`` with one
line naming the file (and the line of ``extractions.jsonl``) when it is missing or is not what a
build writes there.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import networkx as nx

from .errors import FormatError, InputError
from .export.nodelink import read_json
from .types import ArticleExtraction

GRAPH = "graph.json"
EXTRACTIONS = "extractions.jsonl"
REPORT = "report.json"


def _one_line(error: BaseException) -> str:
    message = re.sub(r"\s+", " ", str(error) or type(error).__name__).strip()
    return message if len(message) <= 240 else message[:237] + "..."


def build_file(build: str | os.PathLike, name: str) -> Path:
    """``build/name`` for a build directory, ``build`` itself for a file."""
    path = Path(build)
    return path / name if path.is_dir() else path


def read_graph(build: str | os.PathLike) -> nx.MultiDiGraph:
    """The merged graph of ``graph.json`` (node-link data; each node has its ``id`` attribute)."""
    path = build_file(build, GRAPH)
    if not path.exists():
        raise InputError(f"no {GRAPH} in {path.parent}")
    try:
        return read_json(path)
    except FormatError as error:
        raise InputError(f"{path}: not node-link graph data ({_one_line(error.__cause__ or error)})") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None


def iter_extractions(build: str | os.PathLike) -> Iterator[dict]:
    """The lines of ``extractions.jsonl`` as written (``ArticleExtraction.to_dict``), one by one."""
    return (record for _, record in numbered_extractions(build))


def numbered_extractions(build: str | os.PathLike) -> Iterator[tuple[int, dict]]:
    """The lines of ``extractions.jsonl`` as written, each with its line number (blank lines are
    skipped, and counted)."""
    path = build_file(build, EXTRACTIONS)
    for number, line in numbered_lines(path, missing=f"no {EXTRACTIONS} in {path.parent}"):
        try:
            record = json.loads(line)
            str(record["article"]["id"])
        except (ValueError, KeyError, TypeError, RecursionError):
            raise InputError(f"{path}:{number}: not an extraction record") from None
        yield number, record


def numbered_lines(path: str | os.PathLike, missing: str | None = None) -> Iterator[tuple[int, str]]:
    """The lines of a UTF-8 text file (a JSON-lines file: the build's, a gold file), each with its
    line number; blank lines are skipped, and counted. ``InputError`` with one line when the file
    is missing (``missing``, else "no such file"), cannot be read, or a line is not UTF-8."""
    path = Path(path)
    try:
        lines = path.open("rb")
    except FileNotFoundError:
        raise InputError(missing or f"no such file: {path}") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    with lines:
        number = 0
        while True:
            try:
                raw = lines.readline()
            except OSError as error:
                raise InputError(f"cannot read {path}: {error.strerror or error}") from None
            if not raw:
                return
            number += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(f"{path}:{number}: not UTF-8 text") from None
            if line.strip():
                yield number, line


def parse_extraction(record: Mapping, where: str) -> ArticleExtraction:
    """``ArticleExtraction.from_dict(record)`` of a line read at ``where`` (``FILE:LINE``), or
    ``InputError`` naming it when a field of an extraction is missing or of the wrong kind."""
    try:
        return ArticleExtraction.from_dict(record)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputError(f"{where}: lacks a field of an extraction") from None


def read_extractions(build: str | os.PathLike) -> Iterator[ArticleExtraction]:
    """The lines of ``extractions.jsonl`` as ``ArticleExtraction``s (the articles' texts are not
    in the file: ``""``)."""
    path = build_file(build, EXTRACTIONS)
    for number, record in numbered_extractions(path):
        yield parse_extraction(record, f"{path}:{number}")


def read_report(build: str | os.PathLike) -> dict:
    """``report.json``, or ``{}`` when the directory has none."""
    path = build_file(build, REPORT)
    try:
        report = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a build report ({_one_line(error)})") from None
    if not isinstance(report, dict):
        raise InputError(f"{path}: not a build report (not a JSON object)")
    return report
