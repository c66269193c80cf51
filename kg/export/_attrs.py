"""Flattening attributes for the XML formats, and restoring them on read.

GraphML and GEXF carry only scalar attributes (string, integer, double, boolean). Every
attribute name gets one type over the whole graph (per scope: node, edge, graph):

- all values ``bool`` -> ``boolean``; all ``int`` -> ``long``; ``int`` and ``float`` -> ``double``;
- all ``str`` that XML carries unchanged -> ``string``;
- anything else (lists, dicts, mixed types, text with control characters) -> ``json``: the value
  as a JSON string (UTF-8, keys sorted), declared as a string attribute whose id starts with
  ``json.`` so that the reader can restore it. Tools that do not know the convention (Gephi,
  yEd, networkx) see a readable string.

``None`` is not written; every declared name that an element lacks comes back as ``None``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

JSON_PREFIX = "json."

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


def encode(value: Any, kind: str) -> str:
    """The text of a value of the given type."""
    if kind == "json":
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
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
