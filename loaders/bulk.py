"""Files for ``neo4j-admin database import full``, for graphs too big to load in transactions.

``write_import_files(G, out_dir)`` writes, for the merged graph ``G`` (as in ``graph.json``):

- one node file per label set, ``nodes_Entity_<Type>.csv`` (``nodes_Entity.csv`` for nodes whose
  type is not in ``kg.schema.ENTITY_TYPES``), with the header inline: ``id:ID(Entity)`` then one
  column per attribute, typed (``name``, ``aliases:string[]``, ``count:long``, ...),
- one relationship file per relation type, ``relationships_<TYPE>.csv``, with
  ``:START_ID(Entity),:END_ID(Entity)`` then the edge attributes,

and returns the command line that imports them (labels and types are given on it)::

    neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=";" \\
        --multiline-fields=true --nodes=Entity:State=nodes_Entity_State.csv ... \\
        --relationships=BACKS=relationships_BACKS.csv ...

The properties are those of a Bolt load (``loaders.neo4j``): lists of strings or numbers are arrays
split on ``;`` (a ``;`` inside an item becomes ``,``), maps and lists of maps (``evidence``) are
JSON strings named in ``json_props``; an empty field or array sets no property. Articles and
evidence nodes are not part of the graph and so not of the import: run ``kg load`` on the build
afterwards to add them (it MERGEs onto the imported entities). The import needs the database stopped
(``neo4j-admin`` refuses a running one) and the files where the server can read them, e.g. the
``/import`` mount of the docker-compose service (pass ``file_prefix="/import"``).
"""
from __future__ import annotations

import argparse
import csv
import os
import shlex
import sys
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError, OutputError, SchemaError
from kg.schema import ENTITY_TYPES, RELATION_TYPES, check_entity_type, check_relation_type

from .neo4j import flatten, read_graph_json

ARRAY_DELIMITER = ";"
ID_SPACE = "Entity"


def _column_type(values: list[Any]) -> str:
    """The neo4j-admin type of a column from its non-null values."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, list) for v in present):
        items = [i for v in present for i in v]
        if all(isinstance(i, bool) for i in items) and items:
            return "boolean[]"
        if items and all(isinstance(i, int) and not isinstance(i, bool) for i in items):
            return "long[]"
        if items and all(isinstance(i, (int, float)) and not isinstance(i, bool) for i in items):
            return "double[]"
        return "string[]"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _cell(value: Any, column_type: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if column_type.endswith("[]"):
        items = value if isinstance(value, list) else [value]
        return ARRAY_DELIMITER.join(_cell(item, column_type[:-2]).replace(ARRAY_DELIMITER, ",")
                                    for item in items)
    return str(value)


def _write_csv(path: Path, id_columns: list[str], rows: list[tuple[list[str], dict[str, Any]]]) -> None:
    """Write rows of (id cells, properties) with a typed inline header."""
    keys = sorted({key for _, props in rows for key in props})
    types = {key: _column_type([props.get(key) for _, props in rows]) for key in keys}
    header = id_columns + [key if types[key] == "string" else f"{key}:{types[key]}" for key in keys]
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            writer.writerow(header)
            for ids, props in rows:
                writer.writerow(ids + [_cell(props.get(key), types[key]) for key in keys])
    except OSError as error:
        raise _cannot_write(path, error) from None


def _cannot_write(path: Path, error: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}")


def write_import_files(G: nx.MultiDiGraph, out_dir: str | os.PathLike, database: str = "neo4j",
                       file_prefix: str | None = None) -> str:
    """Write the CSV files of ``G`` for ``neo4j-admin database import full`` into ``out_dir``
    and return the command line that imports them into ``database``. ``file_prefix`` is the
    directory the command names the files in (default: ``out_dir`` itself, absolute)."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"cannot write the import files into {out}: it is a file, not a directory") from None
    except OSError as error:
        raise OutputError(f"cannot create the directory {out}: {error.strerror or error}") from None
    prefix = file_prefix if file_prefix is not None else str(out.resolve())

    def where(name: str) -> str:
        return f"{prefix.rstrip('/')}/{name}" if prefix else name

    nodes: dict[tuple[str, ...], list] = {}
    for node, attrs in G.nodes(data=True):
        entity_type = attrs.get("type")
        labels = ("Entity", check_entity_type(entity_type)) if entity_type in ENTITY_TYPES else ("Entity",)
        props = flatten({key: value for key, value in attrs.items() if key != "id"})
        nodes.setdefault(labels, []).append(([str(node)], props))
    relationships: dict[str, list] = {}
    for source, target, key, attrs in G.edges(keys=True, data=True):
        rel_type = attrs.get("type", key)
        if rel_type not in RELATION_TYPES:
            raise SchemaError(f"not a relation type of the schema: {str(rel_type)[:60]!r}")
        props = flatten({**attrs, "type": check_relation_type(rel_type)})
        relationships.setdefault(rel_type, []).append(([str(source), str(target)], props))

    args = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination",
            f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true"]
    for labels in sorted(nodes):
        name = "nodes_" + "_".join(labels) + ".csv"
        _write_csv(out / name, [f"id:ID({ID_SPACE})"], nodes[labels])
        args.append(f"--nodes={':'.join(labels)}={where(name)}")
    for rel_type in sorted(relationships):
        name = f"relationships_{rel_type}.csv"
        _write_csv(out / name, [f":START_ID({ID_SPACE})", f":END_ID({ID_SPACE})"],
                   relationships[rel_type])
        args.append(f"--relationships={rel_type}={where(name)}")
    command = shlex.join(args)
    try:
        (out / "import.sh").write_text(
            "#!/bin/sh\n# Import these files into a stopped Neo4j 5 (written by loaders.bulk).\n"
            f"# Then create the constraints and add articles and evidence with `kg load BUILD_DIR`.\n"
            f"{command}\n", "utf-8")
    except OSError as error:
        raise _cannot_write(out / "import.sh", error) from None
    return command


def main(argv: list[str] | None = None) -> int:
    """python -m loaders.bulk BUILD_DIR OUT_DIR [--database NAME] [--prefix DIR]: write the import
    files of BUILD_DIR/graph.json into OUT_DIR and print the neo4j-admin command."""
    parser = argparse.ArgumentParser(prog="python -m loaders.bulk", description=main.__doc__)
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--database", default="neo4j")
    parser.add_argument("--prefix", default=None,
                        help="the directory the server sees the files in, e.g. /import")
    args = parser.parse_args(argv)
    try:
        graph = read_graph_json(args.build_dir / "graph.json")
        print(write_import_files(graph, args.out_dir, args.database, args.prefix))
    except (KGError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
