"""Bulk-import files for neo4j-admin, read back the way neo4j-admin reads them."""
from __future__ import annotations

import csv
import json
import shlex
from pathlib import Path

import networkx as nx
from db_server import seed_extractions

from kg.graph import GraphBuilder
from loaders.bulk import write_import_files
from loaders.neo4j import unflatten


def seed_graph() -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for extraction in seed_extractions():
        builder.add(extraction)
    return builder.freeze()


def convert(value: str, column_type: str):
    """A cell as neo4j-admin imports it (None: no property)."""
    if value == "":
        return None
    if column_type.endswith("[]"):
        return [convert(v, column_type[:-2]) for v in value.split(";")]
    return {"long": int, "double": float, "boolean": lambda v: v == "true"}.get(column_type, str)(value)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, out = rows[0], []
    for row in rows[1:]:
        record = {}
        for column, cell in zip(header, row, strict=True):
            name, _, column_type = column.partition(":")
            value = convert(cell, column_type if "ID" not in column_type else "string")
            if value is not None:
                record[name or column_type.split("(")[0]] = value
        out.append(record)
    return out


def test_one_file_per_label_set_and_type_and_a_command(tmp_path):
    G = seed_graph()
    command = write_import_files(G, tmp_path)
    args = shlex.split(command)
    assert args[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    assert "--array-delimiter=;" in args
    nodes = [a for a in args if a.startswith("--nodes=")]
    rels = [a for a in args if a.startswith("--relationships=")]
    assert len(nodes) == len({d["type"] for _, d in G.nodes(data=True)})
    assert len(rels) == len({k for _, _, k in G.edges(keys=True)})
    for arg in nodes + rels:
        assert Path(arg.rsplit("=", 1)[1]).exists()
    assert "--nodes=Entity:State=" + str((tmp_path / "nodes_Entity_State.csv").resolve()) in args
    assert (tmp_path / "import.sh").read_text().strip().endswith(command)
    header = (tmp_path / "nodes_Entity_Person.csv").read_text().splitlines()[0].split(",")
    assert header[0] == "id:ID(Entity)" and "aliases:string[]" in header
    header = (tmp_path / "relationships_BACKS.csv").read_text().splitlines()[0].split(",")
    assert header[:2] == [":START_ID(Entity)", ":END_ID(Entity)"]
    assert {"count:long", "confidence:double", "articles:string[]", "evidence"} <= set(header)


def test_files_give_back_the_graph(tmp_path):
    G = seed_graph()
    G.add_node("person:odd", id="person:odd", name='He said "no", then; `x`\nagain', type="Person",
               aliases=["a,b", "c"])
    write_import_files(G, tmp_path, file_prefix="/import")
    nodes = {}
    for path in tmp_path.glob("nodes_*.csv"):
        for record in read_csv(path):
            record = unflatten(record)
            record.setdefault("aliases", [])
            nodes[record["id"]] = record
    assert nodes == {n: {**d, "id": n} for n, d in G.nodes(data=True)}
    for path in tmp_path.glob("relationships_*.csv"):
        for record in read_csv(path):
            attrs = G.edges[record.pop("START_ID"), record.pop("END_ID"), record["type"]]
            expected = {k: v for k, v in attrs.items() if v not in (None, [])}
            assert unflatten(record) == expected
    assert json.loads(read_csv(tmp_path / "relationships_BACKS.csv")[0]["evidence"])
