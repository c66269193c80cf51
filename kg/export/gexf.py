"""GEXF 1.2 for Gephi.

Each node's label is its ``name`` and each edge's label its relation ``type``, with ``count`` as
the edge weight, so that Gephi shows and sizes them out of the box; every attribute is also an
attribute column. As in GraphML, lists and dicts are JSON strings (attribute ids starting with
``json.``) restored on read, ``None`` is left out and restored, and the edge key is kept in the
``networkx_key`` column that ``nx.read_gexf`` also understands. Graph attributes are not kept:
GEXF has no place for them. When edges have dates the graph is dynamic (``mode="dynamic"``,
``timeformat="date"``): an edge starts when the text says it began (``valid_from``), else when it
was first reported (``first_seen``), and ends at ``valid_until``, so Gephi's timeline plays it.
"""
from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET

import networkx as nx

from .. import flatten as _attrs  # the one flattening convention (GraphML, GEXF, Neo4j)
from ._io import XML_DECLARATION, FormatError, PathOrFile, describe, read_bytes, write_bytes
from .graphml import _sorted_edges, _sorted_nodes

NS = "http://www.gexf.net/1.2draft"
_Q = "{%s}" % NS
_TYPES = {"string": "string", "long": "long", "double": "double", "boolean": "boolean", "json": "string"}
KEY = "networkx_key"


def to_gexf(G: nx.Graph) -> bytes:
    """The GEXF document of ``G``, UTF-8."""
    nodes, edges = _sorted_nodes(G), _sorted_edges(G)
    edge_rows = [(u, v, {**d, KEY: key}) if key is not None else (u, v, d) for u, v, key, d in edges]
    scopes = {
        "node": _attrs.attr_types(d for _, d in nodes),
        "edge": _attrs.attr_types(d for *_, d in edge_rows),
    }
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.2"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "kg-news"
    timed = any(_start(d) for *_, d in edge_rows)
    graph = ET.SubElement(root, "graph", defaultedgetype="directed" if G.is_directed() else "undirected",
                          mode="dynamic" if timed else "static", **({"timeformat": "date"} if timed else {}))
    ids = {}
    for scope, types in scopes.items():
        ids[scope] = _attrs.key_ids(scope, types)
        declared = ET.SubElement(graph, "attributes", {"class": scope, "mode": "static"})
        for name, kind in types.items():
            ET.SubElement(declared, "attribute", id=ids[scope][name], title=name, type=_TYPES[kind])

    def add_values(element, data, scope):
        values = ET.SubElement(element, "attvalues")
        for name, value in sorted(data.items()):
            if value is not None:
                ET.SubElement(values, "attvalue", {"for": ids[scope][name],
                                                   "value": _attrs.encode(value, scopes[scope][name])})

    node_list = ET.SubElement(graph, "nodes")
    for node, data in nodes:
        label = data.get("name", node)
        add_values(ET.SubElement(node_list, "node", id=str(node), label=_label(label)), data, "node")
    edge_list = ET.SubElement(graph, "edges")
    for n, (u, v, data) in enumerate(edge_rows):
        attrs = {"id": str(n), "source": str(u), "target": str(v),
                 "label": _label(data.get("type", data.get(KEY, "")))}
        count = data.get("count")
        if isinstance(count, (int, float)) and not isinstance(count, bool):
            attrs["weight"] = repr(float(count))
        if _start(data):  # Gephi's timeline: from when the text says it held (else first reported)
            attrs["start"] = _start(data)
        if _end(data):  # ... to when it ended, where the text or the catalogue says
            attrs["end"] = _end(data)
        add_values(ET.SubElement(edge_list, "edge", attrs), data, "edge")
    ET.indent(root)
    return (XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def _day(value, last: bool) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound as a full date: the first day of it, or the last."""
    if not isinstance(value, str) or len(value) not in (4, 7, 10) or not value[:4].isdigit():
        return None
    if len(value) == 10:
        return value
    if len(value) == 4:
        return value + ("-12-31" if last else "-01-01")
    if not last:
        return value + "-01"
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}" if 1 <= month <= 12 else None


def _start(data: dict) -> str | None:
    return _day(data.get("valid_from") or data.get("first_seen"), last=False)


def _end(data: dict) -> str | None:
    return _day(data.get("valid_until"), last=True)


def _label(value) -> str:
    """A display label: the text, less the characters XML cannot carry (the attribute keeps them)."""
    return _attrs.NOT_XML.sub("", str(value))


def write_gexf(G: nx.Graph, path: PathOrFile) -> None:
    """Write ``G`` as GEXF to a path or an open file."""
    write_bytes(path, to_gexf(G))


def read_gexf(path: PathOrFile) -> nx.MultiDiGraph:
    """Read GEXF into a MultiDiGraph; node ids and edge keys are strings."""
    try:
        root = ET.fromstring(read_bytes(path))
    except ET.ParseError as err:
        raise FormatError(f"not GEXF: {describe(path)}: {err}") from err
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    graph = root.find(ns + "graph")
    if root.tag != ns + "gexf" or graph is None:
        raise FormatError(f"not GEXF: {describe(path)}: no <gexf><graph>")
    keys: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    for declared in graph.findall(ns + "attributes"):
        scope = declared.get("class")
        for attr in declared.findall(ns + "attribute"):
            ident = attr.get("id")
            kind = "json" if _attrs.is_json(ident) else attr.get("type", "string")
            keys.setdefault(scope, {})[ident] = (attr.get("title") or ident, kind)

    def read_values(element, scope):
        data = dict.fromkeys(name for name, _ in keys[scope].values())
        values = element.find(ns + "attvalues")
        for item in values.findall(ns + "attvalue") if values is not None else ():
            try:
                name, kind = keys[scope][item.get("for")]
                data[name] = _attrs.decode(item.get("value"), kind)
            except KeyError as err:
                raise FormatError(f"not GEXF: {describe(path)}: undeclared attribute {err}") from err
            except ValueError as err:
                raise FormatError(f"bad GEXF value: {describe(path)}: {err}") from err
        return data

    G = nx.MultiDiGraph()
    for node in graph.iter(ns + "node"):
        G.add_node(node.get("id"), **read_values(node, "node"))
    for edge in graph.iter(ns + "edge"):
        data = read_values(edge, "edge")
        key = data.pop(KEY, None)
        G.add_edge(edge.get("source"), edge.get("target"), key=key if key is not None else edge.get("id"),
                   **data)
    return G
