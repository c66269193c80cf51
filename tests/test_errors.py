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


def _build_dir(path):
    """A build directory holding only the graph.json of a two-node graph."""
    from kg import export

    G = nx.MultiDiGraph()
    G.add_node("state:a", id="state:a", name="A", type="State", aliases=[])
    G.add_node("state:b", id="state:b", name="B", type="State", aliases=[])
    G.add_edge("state:a", "state:b", key="BACKS", type="BACKS", count=1)
    path.mkdir()
    export.write(G, "json", path / "graph.json")
    return path


def assert_one_line_not_a_bug(code: int, out: str, err: str) -> None:
    assert code != 0
    assert len(lines(err)) == 1, err
    assert "internal error" not in err + out and "Traceback" not in err + out


@pytest.mark.parametrize("fmt, where", [
    ("graphml", "the build itself"), ("json", "/proc/x.json"), ("gexf", "a missing folder"),
    ("csv", "/proc/x"), ("csv", "a file"),
])
def test_cli_export_to_a_place_that_cannot_be_written_is_one_line(tmp_path, fmt, where):
    build = _build_dir(tmp_path / "build")
    out = {"the build itself": build, "a missing folder": tmp_path / "missing" / "deeper" / "x.gexf",
           "a file": build / "graph.json"}.get(where, where)
    if where == "a missing folder":
        (tmp_path / "missing").write_text("a file where a folder should be", "utf-8")
    code, stdout, err = run_cli(["export", "--from-build", build, "--format", fmt, "--out", out])
    assert_one_line_not_a_bug(code, stdout, err)
    assert err.startswith("kg export: cannot ") and str(out) in err


def test_export_writers_raise_output_errors(tmp_path):
    from kg import export
    from loaders.bulk import write_import_files

    G = nx.MultiDiGraph()
    for fmt in export.FORMATS:
        with pytest.raises(kg.OutputError, match="cannot write"):
            export.write(G, fmt, tmp_path)
    with pytest.raises(kg.OutputError, match="cannot write"):
        export.write_html(G, tmp_path / "missing" / "index.html")
    (tmp_path / "taken").write_text("", "utf-8")
    with pytest.raises(kg.OutputError, match="not a directory"):
        write_import_files(G, tmp_path / "taken")


def test_an_unknown_progress_mode_is_a_usage_error(tmp_path):
    with pytest.raises(kg.UsageError, match="progress is one of"):
        kg.build([tmp_path], progress="x")
