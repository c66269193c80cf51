"""One exception hierarchy: every error a user can cause is a ``kg.KGError`` with a one-line message."""
from __future__ import annotations

import json

import networkx as nx
import pytest

pytest.register_assert_rewrite("helpers")
from helpers import lines, run_cli

import kg
from kg import errors


def test_every_error_class_is_exported_and_rooted_in_kgerror():
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, kg.KGError)
        assert getattr(kg, name) is cls


def test_cluster_and_format_errors_live_in_kg_errors():
    from kg.distributed import ClusterError
    from kg.export import FormatError

    assert ClusterError is errors.ClusterError
    assert FormatError is errors.FormatError


def test_errors_that_replaced_valueerror_are_still_valueerrors():
    from kg.schema import check_relation_type

    with pytest.raises(kg.SchemaError):
        check_relation_type("PWNS")
    with pytest.raises(ValueError):
        check_relation_type("PWNS")
    assert issubclass(kg.UsageError, ValueError) and issubclass(kg.CatalogueError, ValueError)


def test_load_batch_size_zero_is_a_usage_error():
    from loaders.neo4j import Neo4jConfig, load_build

    with pytest.raises(kg.UsageError, match="batch size"):
        load_build("nowhere", Neo4jConfig(uri="bolt://127.0.0.1:1"), batch_size=0)


@pytest.mark.parametrize("size", ["0", "-3"])
def test_cli_load_batch_size_below_one_is_one_line(tmp_path, size):
    (tmp_path / "graph.json").write_text(json.dumps({"nodes": [], "links": []}), "utf-8")
    code, out, err = run_cli(["load", str(tmp_path), "--batch-size", size, "--uri", "bolt://127.0.0.1:1"])
    assert code == 1
    assert lines(err) == [f"kg load: --batch-size must be at least 1, got {size}"]


def test_bulk_export_of_an_unknown_relation_type_is_a_schema_error(tmp_path):
    from loaders.bulk import write_import_files

    G = nx.MultiDiGraph()
    G.add_node("a", name="A", type="State", aliases=[])
    G.add_node("b", name="B", type="State", aliases=[])
    G.add_edge("a", "b", key="PWNS", type="PWNS")
    with pytest.raises(kg.SchemaError, match="PWNS"):
        write_import_files(G, tmp_path / "csv")
