"""Where the query library is: ``queries/`` of the source tree, or the copy a normal install puts
in ``<prefix>/share/kg-news/queries`` (``[tool.setuptools.data-files]`` of ``pyproject.toml``), so
that ``kg query allies`` works wherever the package is installed."""
from __future__ import annotations

import site
import sys
from pathlib import Path

from kg.errors import QueryError

SHARE = Path("share") / "kg-news" / "queries"
SUFFIX = ".cypher"


def query_dirs() -> list[Path]:
    """The directories that hold the query library, first match first: the source tree's
    ``queries/`` (an editable install or a checkout), then the installed copies."""
    candidates = [Path(__file__).resolve().parent.parent / "queries"]
    for prefix in dict.fromkeys([sys.prefix, sys.exec_prefix, site.getuserbase(), sys.base_prefix]):
        candidates.append(Path(prefix) / SHARE)
    return [d for d in dict.fromkeys(candidates) if d.is_dir() and any(d.glob("*" + SUFFIX))]


def library() -> dict[str, Path]:
    """Every query of the library by name (the file name without ``.cypher``)."""
    found: dict[str, Path] = {}
    for directory in query_dirs():
        for path in sorted(directory.glob("*" + SUFFIX)):
            found.setdefault(path.stem, path)
    return found


def find_query(name_or_path: str) -> Path:
    """A query file given by path, or by the name of a library query (``allies``,
    ``allies.cypher``). Raises ``QueryError`` naming the library's queries when there is none."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    known = library()
    stem = path.name[:-len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    if path.parent == Path(".") or path.parent.name == "queries":
        if stem in known:
            return known[stem]
    names = ", ".join(sorted(known)) or "none found"
    raise QueryError(f"no such query file or library query: {name_or_path} (the library: {names})")
