"""GraphML (``graph.graphml``) for yEd, Gephi, Cytoscape and ``neo4j`` tools.

GraphML has scalar attributes only: lists and dicts (aliases, articles, evidence) are written as
JSON strings under keys whose id starts with ``json.`` and restored on read (see ``kg.flatten``).
``None`` values are left out and come back as ``None``. Edge keys (relation types) are the
edges' ``id``. Nodes and edges are written sorted, so equal graphs give identical files.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from .. import flatten as _attrs  # the one flattening convention (GraphML, GEXF, Neo4j)
from ._io import XML_DECLARATION, FormatError, PathOrFile, describe, read_bytes, write_bytes

NS = "http://graphml.graphdrawing.org/xmlns"
_Q = "{%s}" % NS
_TYPES = {"string": "string", "long": "long", "double": "double", "boolean": "boolean", "json": "string"}


def _sorted_nodes(G: nx.Graph):
    return sorted(G.nodes(data=True), key=lambda n: str(n[0]))


def _sorted_edges(G: nx.Graph):
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in G.edges(data=True))
    return sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def to_graphml(G: nx.Graph) -> bytes:
    """The GraphML document of ``G``, UTF-8."""
    nodes, edges = _sorted_nodes(G), _sorted_edges(G)
    scopes = {
        "graph": _attrs.attr_types([G.graph]),
        "node": _attrs.attr_types(d for _, d in nodes),
        "edge": _attrs.attr_types(d for *_, d in edges),
    }
    root = ET.Element("graphml", xmlns=NS)
    ids = {}
    for scope, types in scopes.items():
        ids[scope] = _attrs.key_ids(scope, types)
        for name, kind in types.items():
            ET.SubElement(root, "key", {"id": ids[scope][name], "for": scope,
                                        "attr.name": name, "attr.type": _TYPES[kind]})
    graph = ET.SubElement(root, "graph", id="G",
                          edgedefault="directed" if G.is_directed() else "undirected")

    def add_data(element, data, scope):
        for name, value in sorted(data.items()):
            if value is not None:
                kind = scopes[scope][name]
                ET.SubElement(element, "data", key=ids[scope][name]).text = _attrs.encode(value, kind)

    add_data(graph, G.graph, "graph")
    for node, data in nodes:
        add_data(ET.SubElement(graph, "node", id=str(node)), data, "node")
    for u, v, key, data in edges:
        attrs = {"source": str(u), "target": str(v)}
        if key is not None:
            attrs["id"] = str(key)
        add_data(ET.SubElement(graph, "edge", attrs), data, "edge")
    ET.indent(root)
    return (XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def write_graphml(G: nx.Graph, path: PathOrFile) -> None:
    """Write ``G`` as GraphML to a path or an open file."""
    write_bytes(path, to_graphml(G))


def read_graphml(path: PathOrFile) -> nx.MultiDiGraph:
    """Read GraphML into a MultiDiGraph; node ids and edge keys are strings."""
    try:
        root = ET.fromstring(read_bytes(path))
    except ET.ParseError as err:
        raise FormatError(f"not GraphML: {describe(path)}: {err}") from err
    graph = root.find(_Q + "graph")
    if root.tag != _Q + "graphml" or graph is None:
        raise FormatError(f"not GraphML: {describe(path)}: no <graphml><graph>")
    keys: dict[str, tuple[str, str]] = {}  # id -> (name, kind)
    declared: dict[str, list[str]] = {"graph": [], "node": [], "edge": []}
    for key in root.iter(_Q + "key"):
        name = key.get("attr.name") or key.get("id")
        kind = "json" if _attrs.is_json(key.get("id", "")) else key.get("attr.type", "string")
        keys[key.get("id")] = (name, kind)
        for scope in ("graph", "node", "edge") if key.get("for", "all") == "all" else (key.get("for"),):
            if scope in declared:
                declared[scope].append(name)

    def read_data(element, scope):
        data = dict.fromkeys(declared[scope])
        for item in element.findall(_Q + "data"):
            if item.get("key") not in keys:
                raise FormatError(f"not GraphML: {describe(path)}: undeclared key {item.get('key')!r}")
            name, kind = keys[item.get("key")]
            try:
                data[name] = _attrs.decode(item.text, kind)
            except ValueError as err:
                raise FormatError(f"bad GraphML value: {describe(path)}: {name}: {err}") from err
        return data

    G = nx.MultiDiGraph()
    G.graph.update(read_data(graph, "graph"))
    for node in graph.iter(_Q + "node"):
        G.add_node(node.get("id"), **read_data(node, "node"))
    for edge in graph.iter(_Q + "edge"):
        G.add_edge(edge.get("source"), edge.get("target"), key=edge.get("id"), **read_data(edge, "edge"))
    return G
