"""Exports of the merged graph: one module per format, each with symmetric ``write_x``/``read_x``.

    from kg import export
    export.write(G, "graphml", "out/graph.graphml")
    G2 = export.read("graphml", "out/graph.graphml")
    export.write_html(G, "out/index.html")

Every function takes a path or an open file. ``FORMATS`` maps each format name to its file
extension and functions; the interactive HTML view (``write_html``) is write-only. CSV for
``neo4j-admin database import`` lives in ``loaders.bulk``.
"""
from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import NamedTuple

import networkx as nx

from ._io import FormatError, PathOrFile
from .gexf import read_gexf, write_gexf
from .graphml import read_graphml, write_graphml
from .html import write_html
from .nodelink import read_json, write_json


class Format(NamedTuple):
    extension: str
    write: Callable[[nx.Graph, PathOrFile], None]
    read: Callable[[PathOrFile], nx.MultiDiGraph]


FORMATS = MappingProxyType({
    "json": Format(".json", write_json, read_json),
    "graphml": Format(".graphml", write_graphml, read_graphml),
    "gexf": Format(".gexf", write_gexf, read_gexf),
})


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise FormatError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}") from None


def write(G: nx.Graph, fmt: str, path: PathOrFile) -> None:
    """Write ``G`` in format ``fmt`` (a key of ``FORMATS``) to a path or an open file."""
    _format(fmt).write(G, path)


def read(fmt: str, path: PathOrFile) -> nx.MultiDiGraph:
    """Read a graph written in format ``fmt`` from a path or an open file."""
    return _format(fmt).read(path)


__all__ = [
    "FORMATS", "Format", "FormatError", "read", "write",
    "read_json", "write_json", "read_graphml", "write_graphml", "read_gexf", "write_gexf",
    "write_html",
]
