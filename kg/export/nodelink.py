"""networkx node-link JSON (``graph.json``): the graph exactly, lists and dicts included.

The file is ``nx.node_link_data(G, edges="links")`` with nodes sorted by id and links by
(source, target, key), keys sorted and UTF-8 text unescaped, so that equal graphs give
identical files. The edge key (the relation type) is kept as ``"key"``.
"""
from __future__ import annotations

import json

import networkx as nx

from ._io import FormatError, PathOrFile, describe, read_bytes, write_bytes


def to_json(G: nx.Graph) -> str:
    """The node-link JSON text of ``G``."""
    data = nx.node_link_data(G, edges="links")
    data["nodes"].sort(key=lambda n: str(n["id"]))
    data["links"].sort(key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("key", ""))))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_json(G: nx.Graph, path: PathOrFile) -> None:
    """Write ``G`` as node-link JSON to a path or an open file."""
    write_bytes(path, to_json(G).encode("utf-8", "surrogatepass"))


def read_json(path: PathOrFile) -> nx.MultiDiGraph:
    """Read node-link JSON into a MultiDiGraph; each node gets back its ``id`` attribute."""
    try:
        data = json.loads(read_bytes(path).decode("utf-8", "surrogatepass"))
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (ValueError, KeyError, TypeError, nx.NetworkXError) as err:
        raise FormatError(f"not node-link JSON: {describe(path)}: {err}") from err
    if not (G.is_directed() and G.is_multigraph()):
        G = nx.MultiDiGraph(G)
    for node, attrs in G.nodes(data=True):
        attrs["id"] = node  # node-link keeps the id only as the node itself
    return G
