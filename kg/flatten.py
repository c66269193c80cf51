"""Flattening attributes for stores that hold only some kinds of values, and restoring them: one
convention for GraphML, GEXF and Neo4j properties.

The convention: a value the store holds natively stays as it is; any other (a dict, a list the
store cannot hold, text the store would change) becomes its JSON text (``json_text``: UTF-8,
keys sorted), and its name is recorded as JSON-valued, so that the reader (``decode``,
``unflatten``) gives back the value. Tools that do not know the convention see a readable
string. ``None`` is not stored, and comes back as ``None``. What differs between stores is only
what they hold natively and where the record of JSON-valued names goes:

- **GraphML and GEXF** (``attr_types``, ``key_ids``, ``encode``, ``decode``) carry only scalar
  attributes (string, integer, double, boolean), one type per attribute name over the whole graph
  (per scope: node, edge, graph): all values ``bool`` -> ``boolean``; all ``int`` -> ``long``;
  ``int`` and ``float`` -> ``double``; all ``str`` that XML carries unchanged -> ``string``;
  anything else (lists, dicts, mixed types, text with control characters) -> ``json``, declared
  as a string attribute whose id starts with ``json.``. Every declared name an element lacks
  comes back as ``None``.
- **Neo4j** (``flatten``, ``unflatten``) also holds lists whose items are all strings, all
  booleans or all numbers, per node or relationship: the names of the properties that hold JSON
  are listed in the property ``json_props``, and with ``nulls`` the names whose value was None in
  ``null_props`` (Neo4j stores no nulls).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

JSON_PREFIX = "json."
JSON_PROPS = "json_props"  # the Neo4j property naming which other properties hold JSON strings
NULL_PROPS = "null_props"  # the Neo4j property naming the attributes that were None (Neo4j stores no nulls)

# Characters that XML 1.0 cannot carry, and "\r", which XML parsers turn into "\n".
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ud800-\udfff\ufffe\uffff]")


def attr_types(items: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The type of every attribute name in ``items``: boolean, long, double, string or json."""
    seen: dict[str, set[str]] = {}
    for data in items:
        for name, value in data.items():
            kinds = seen.setdefault(name, set())
            if value is not None:
                kinds.add(_kind(value))
    return {name: _merge(kinds) for name, kinds in sorted(seen.items())}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "json" if NOT_XML.search(value) else "string"
    return "json"


def _merge(kinds: set[str]) -> str:
    if not kinds:
        return "string"  # only None values: declared, never written, read back as None
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds == {"long", "double"}:
        return "double"
    return "json"


def json_text(value: Any) -> str:
    """The JSON text a value the store cannot hold is kept as, in every store."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def encode(value: Any, kind: str) -> str:
    """The text of a value of the given type (GraphML, GEXF)."""
    if kind == "json":
        text = json_text(value)
        # JSON escapes control characters already; lone surrogates and U+FFFE/F are left.
        return NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def decode(text: str | None, kind: str) -> Any:
    """The value that ``encode`` wrote as ``text``."""
    text = text or ""
    if kind == "json":
        return json.loads(text)
    if kind == "boolean":
        return text.strip().lower() in ("true", "1")
    if kind in ("long", "int", "integer"):
        return int(text)
    if kind in ("double", "float"):
        return float(text)
    return text


def key_ids(scope: str, types: Mapping[str, str]) -> dict[str, str]:
    """Unique, readable ids to declare attributes under: ``node.type``, ``json.edge.evidence``."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for name, kind in types.items():
        base = (JSON_PREFIX if kind == "json" else "") + scope + "." + re.sub(r"[^\w.-]", "_", name)
        ident, n = base, 1
        while ident in used:
            ident, n = f"{base}.{n}", n + 1
        used.add(ident)
        ids[name] = ident
    return ids


def is_json(ident: str) -> bool:
    """Whether an attribute declared under ``ident`` holds JSON."""
    return ident.startswith(JSON_PREFIX)


# --------------------------------------------------------------------------- Neo4j properties

def _scalar_list(value: list) -> bool:
    """True when Neo4j can store ``value`` as a list property: all str, all bool or all numbers."""
    if all(isinstance(v, str) for v in value) or all(isinstance(v, bool) for v in value):
        return True
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)


def flatten(attrs: Mapping[str, Any], *, nulls: bool = False) -> dict[str, Any]:
    """Node or edge attributes as Neo4j properties: maps and lists of maps become JSON strings,
    named in ``json_props`` so that :func:`unflatten` can give them back. With ``nulls``, the
    keys whose value is None are named in ``null_props`` (Neo4j drops null properties)."""
    props: dict[str, Any] = {}
    encoded: list[str] = []
    for key, value in attrs.items():
        if isinstance(value, (tuple, set, frozenset)):
            value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        if isinstance(value, dict) or (isinstance(value, list) and not _scalar_list(value)):
            props[key] = json_text(value)
            encoded.append(key)
        else:
            props[key] = value
    props[JSON_PROPS] = sorted(encoded)
    if nulls:
        props[NULL_PROPS] = sorted(key for key, value in attrs.items() if value is None)
    return props


def unflatten(props: Mapping[str, Any]) -> dict[str, Any]:
    """The attributes :func:`flatten` was given, from the properties read back."""
    attrs = dict(props)
    for key in attrs.pop(JSON_PROPS, None) or []:
        if isinstance(attrs.get(key), str):
            attrs[key] = json.loads(attrs[key])
    for key in attrs.pop(NULL_PROPS, None) or []:
        attrs.setdefault(key, None)
    return attrs
