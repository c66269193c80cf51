"""``kg.builddir``: the one reader of a build directory, for the API, the CLI and ``loaders``."""
from __future__ import annotations

import json
import shutil

import networkx as nx
import pytest

import kg
from kg.builddir import iter_extractions, read_extractions, read_graph, read_report

pytest.register_assert_rewrite("helpers")
from helpers import read_jsonl, run_cli  # noqa: E402

pytest_plugins = ["helpers"]


def test_a_build_directory_opens_as_the_graph_it_was(examples_dir):
    graph = kg.KnowledgeGraph.open(examples_dir)
    built = json.loads((examples_dir / "graph.json").read_text("utf-8"))
    assert graph.graph.number_of_nodes() == len(built["nodes"]) and graph.graph.number_of_edges() == len(built["links"])
    assert graph.report == json.loads((examples_dir / "report.json").read_text("utf-8"))
    assert list(graph.extractions()) == read_jsonl(examples_dir / "extractions.jsonl")
    actor = max(graph.graph.degree, key=lambda nd: (nd[1], nd[0]))[0]
    assert graph.timeline(actor)


def test_every_line_of_extractions_reads_back_as_the_shared_types(examples_dir):
    lines = read_jsonl(examples_dir / "extractions.jsonl")
    typed = list(read_extractions(examples_dir))
    assert [ex.to_dict() for ex in typed] == lines  # the data model carries the whole file


def test_the_loader_reads_builds_with_the_same_reader(examples_dir):
    from loaders.build import plan_load, read_extractions as loader_lines, read_graph_json

    assert list(loader_lines(examples_dir / "extractions.jsonl")) == list(iter_extractions(examples_dir))
    assert nx.utils.graphs_equal(read_graph_json(examples_dir / "graph.json"), read_graph(examples_dir))
    assert len(plan_load(examples_dir).articles) == len(read_jsonl(examples_dir / "extractions.jsonl"))


def test_the_loader_s_rows_of_a_real_build_are_what_its_lines_say(examples_dir):
    from db_server import line_contents, rows_contents
    from loaders.build import plan_load

    lines = read_jsonl(examples_dir / "extractions.jsonl")
    articles = plan_load(examples_dir).articles
    assert [art.id for art in articles] == [line["article"]["id"] for line in lines]
    for art, line in zip(articles, lines):
        assert rows_contents(art) == line_contents(line)


def test_a_damaged_build_is_one_line_naming_the_file(examples_dir, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(examples_dir, broken)
    with (broken / "extractions.jsonl").open("a", encoding="utf-8") as f:
        f.write("{not json\n")
    with pytest.raises(kg.InputError, match=r"extractions\.jsonl:\d+: not an extraction record"):
        list(iter_extractions(broken))
    (broken / "graph.json").write_text("[1, 2", "utf-8")
    with pytest.raises(kg.InputError, match="graph.json: not node-link graph data"):
        read_graph(broken)
    code, _, err = run_cli(["timeline", str(broken), "Russia"])
    assert code == 1 and len(err.strip().splitlines()) == 1 and "graph.json" in err and "internal error" not in err
    (broken / "report.json").unlink()
    assert read_report(broken) == {}
    with pytest.raises(kg.InputError, match="not a build directory"):
        kg.KnowledgeGraph.open(tmp_path)
