"""The graph schema: entity types and relation types, loaded from ``data/schema.json``."""
from __future__ import annotations

import json
from importlib import resources

from .errors import SchemaError

_SCHEMA = json.loads(resources.files("kg").joinpath("data/schema.json").read_text("utf-8"))

ENTITY_TYPES: tuple[str, ...] = tuple(_SCHEMA["entity_types"])
RELATION_TYPES: tuple[str, ...] = tuple(_SCHEMA["relation_types"])
SYMMETRIC: frozenset[str] = frozenset(
    name for name, spec in _SCHEMA["relation_types"].items() if spec["symmetric"]
)


def check_entity_type(label: str) -> str:
    """Return ``label`` if it is a schema entity type, else raise ``SchemaError`` (a ``ValueError``)."""
    if label not in ENTITY_TYPES:
        raise SchemaError(f"not an entity type of the schema: {label!r}")
    return label


def check_relation_type(rel_type: str) -> str:
    """Return ``rel_type`` if it is a schema relation type, else raise ``SchemaError`` (a ``ValueError``)."""
    if rel_type not in RELATION_TYPES:
        raise SchemaError(f"not a relation type of the schema: {rel_type!r}")
    return rel_type
