"""``index.html``: an interactive view of the graph that opens from disk, with no server.

One self-contained file: the page, its style, the two vendored libraries it draws with (graphology
and sigma.js, see ``static/VENDORED.md``), its own script, and the graph as JSON in a
``<script type="application/json">`` block, with node positions computed here (``layout``). No
external URL is referenced, and a Content-Security-Policy forbids every network request and any
script or style but the page's own (by hash), so text from articles cannot run even if it tried.
Article text only ever reaches the page through text nodes; in the JSON, ``<``, ``>`` and ``&``
are written as ``\\u003c`` etc. so that no ``</script>`` or ``<!--`` can close the block.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from collections.abc import Mapping
from typing import Any

import networkx as nx

from ..schema import ENTITY_TYPES, RELATION_TYPES, SYMMETRIC
from ..types import UNKNOWN_TYPE
from . import _viewer
from ._io import PathOrFile, write_bytes
from .graphml import _sorted_edges, _sorted_nodes
from .layout import layout

EVIDENCE_FIELDS = ("sentence", "article", "source", "date", "trigger", "hedged", "attributed_to")
ARTICLE_FIELDS = ("title", "date", "source", "url", "path")
# Above this many nodes the page opens on the connected core (when it has 10 nodes or more):
# nodes with fewer than two neighbours are hidden until the reader asks for them.
CORE_FROM = 200


def view_data(G: nx.Graph, articles: Mapping[str, Mapping] | None = None) -> dict[str, Any]:
    """What the page draws: nodes with positions, edges by node index, evidence, the articles the
    evidence cites (title, date, source, url, path: from ``articles``, keyed by article id), and
    the schema's types."""
    nodes = _sorted_nodes(G)
    index = {node: i for i, (node, _) in enumerate(nodes)}
    pos = layout(G)
    edges, cited = [], set()
    for u, v, key, d in _sorted_edges(G):
        evidence = [{k: e.get(k) for k in EVIDENCE_FIELDS} for e in d.get("evidence") or () if isinstance(e, dict)]
        cited.update(str(e["article"]) for e in evidence if e.get("article"))
        edges.append({
            "s": index[u], "t": index[v], "type": str(d.get("type") or key or "RELATED"),
            "count": d.get("count") or 1, "confidence": d.get("confidence"),
            "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"), "role": d.get("role"),
            "hedged_count": d.get("hedged_count"), "articles": len(d.get("articles") or ()),
            "stories": len(d.get("stories") or ()), "evidence": evidence,
        })
    articles = articles or {}
    return {
        "directed": G.is_directed(),
        "entity_types": list(ENTITY_TYPES),
        "relation_types": list(RELATION_TYPES),
        "symmetric": sorted(SYMMETRIC),
        "default_min_degree": 2 if len(nodes) > CORE_FROM and _core_size(G) >= 10 else 0,
        "nodes": [{"id": str(n), "name": str(d.get("name") or n), "type": str(d.get("type") or UNKNOWN_TYPE),
                   "aliases": [str(a) for a in d.get("aliases") or ()], "x": pos[n][0], "y": pos[n][1]}
                  for n, d in nodes],
        "edges": edges,
        "articles": {a: {k: articles[a].get(k) for k in ARTICLE_FIELDS if articles[a].get(k) is not None}
                     for a in sorted(cited) if a in articles},
    }


def _core_size(G: nx.Graph) -> int:
    """How many nodes have two or more neighbours (what the page shows by default)."""
    neighbours: dict[Any, set] = {}
    for u, v in G.edges():
        if u != v:
            neighbours.setdefault(u, set()).add(v)
            neighbours.setdefault(v, set()).add(u)
    return sum(1 for near in neighbours.values() if len(near) >= 2)


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` appear raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def to_html(G: nx.Graph, title: str = "Knowledge graph", articles: Mapping[str, Mapping] | None = None) -> str:
    """The page for ``G`` (``articles``: see ``view_data``)."""
    style, (graphology, sigma, script) = _viewer.style(), _viewer.scripts()
    csp = "; ".join([
        "default-src 'none'", "script-src " + " ".join(_sha256(s) for s in (graphology, sigma, script)),
        f"style-src {_sha256(style)}", "img-src data:", "base-uri 'none'", "form-action 'none'",
    ])
    return _viewer.page().format(
        csp=html.escape(csp, quote=False).replace('"', "&quot;"), title=html.escape(title), style=style,
        data=script_json(view_data(G, articles)), graphology=graphology, sigma=sigma, script=script,
    )


def write_html(G: nx.Graph, path: PathOrFile, title: str = "Knowledge graph",
               articles: Mapping[str, Mapping] | None = None) -> None:
    """Write the interactive view of ``G`` to a path (``index.html`` inside it if it is a directory)
    or an open file. ``articles`` maps article ids to their ``title``, ``date``, ``source``,
    ``url`` and ``path``, shown with the evidence (the ``article`` objects of extractions.jsonl)."""
    if not hasattr(path, "write") and os.path.isdir(path):
        path = os.path.join(path, "index.html")
    write_bytes(path, to_html(G, title, articles).encode("utf-8", "surrogatepass"))
