"""The Python API of CONTRACT.md and the README: ``kg.build``, ``KnowledgeGraph.to_networkx``,
``write``, ``timeline``; stable ids; builds of a period."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest

import kg

pytest.register_assert_rewrite("helpers")
from helpers import BUILD_FILES, EXAMPLES, ROOT, read_jsonl

pytest_plugins = ["helpers"]

NODE_ATTRS = {"id", "name", "type", "aliases"}
EDGE_ATTRS = {"type", "count", "articles", "stories", "first_seen", "last_seen", "confidence", "evidence"}
ENTITY_TYPES = {"Person", "State", "Group", "Organization", "Place", "Event"}
RELATION_TYPES = {"ALLY_OF", "BACKS", "OPPOSES", "FIGHTS", "MET_WITH", "CALLED_ON", "MEMBER_OF", "LEADS",
                  "AFFILIATED_WITH", "PARTICIPATES_IN", "LOCATED_IN"}

# The calls of CONTRACT.md's "Python API", used when README.md has no Python example of its own.
CONTRACT_EXAMPLE = '''
import kg
graph = kg.build(["articles/"])        # -> kg.KnowledgeGraph
G = graph.to_networkx()                 # networkx.MultiDiGraph, attributes as in graph.json
graph.write("out/")                     # the same files as kg build
'''


def readme_example() -> str:
    """The README's Python block that calls ``kg.build``, else the contract's calls; lines that
    need a database (``from_neo4j``) are left out."""
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```(?:python|py)\n(.*?)```", readme, flags=re.S)
    code = next((b for b in blocks if "kg.build" in b), CONTRACT_EXAMPLE)
    return "\n".join(line for line in code.splitlines() if "from_neo4j" not in line)


@pytest.fixture(scope="module")
def api_graph(nlp) -> kg.KnowledgeGraph:
    """``kg.build`` over examples/, no output directory."""
    return kg.build([str(EXAMPLES)], nlp=nlp)


def test_readme_example_runs_as_written(tmp_path, nlp, monkeypatch):
    code = readme_example()
    # Run it where its paths mean the examples: the input folder it names is a link to examples/.
    for folder in re.findall(r"kg\.build\(\[?[\"']([^\"']+)[\"']", code):
        link = tmp_path / folder.rstrip("/")
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(EXAMPLES, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_MODEL", raising=False)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # as a user runs it: the model is loaded
    graph = namespace["graph"]
    assert isinstance(graph, kg.KnowledgeGraph)
    assert isinstance(namespace["G"], nx.MultiDiGraph)
    assert namespace["G"].number_of_edges() > 0
    written = re.findall(r"\.write\([\"']([^\"']+)[\"']\)", code)
    assert written
    for name in BUILD_FILES:
        assert (tmp_path / written[0] / name).is_file(), name


def test_to_networkx_is_a_multidigraph_with_the_contract_attributes(api_graph):
    G = api_graph.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() > 0 and G.number_of_edges() > 0
    for node, data in G.nodes(data=True):
        assert NODE_ATTRS <= set(data), (node, data)
        assert data["id"] == node
        assert data["type"] in ENTITY_TYPES
        assert isinstance(data["aliases"], list)
    for u, v, key, data in G.edges(keys=True, data=True):
        assert EDGE_ATTRS <= set(data), (u, v, key, sorted(data))
        assert data["type"] == key and key in RELATION_TYPES
        assert data["count"] >= 1
        assert data["articles"] and data["stories"]
        assert 0 <= data["confidence"] <= 1
        assert data["first_seen"] is None or data["first_seen"] <= data["last_seen"]
        assert data["evidence"] and all("sentence" in e for e in data["evidence"])
        if key in ("LEADS", "MEMBER_OF"):
            assert "role" in data


def test_to_networkx_is_a_copy(api_graph):
    G = api_graph.to_networkx()
    G.clear()
    assert api_graph.to_networkx().number_of_nodes() > 0


def test_write_gives_the_files_of_kg_build(api_graph, tmp_path):
    out = api_graph.write(tmp_path / "out")
    for name in BUILD_FILES:
        assert (Path(out) / name).is_file(), name
    assert len(read_jsonl(Path(out) / "extractions.jsonl")) == api_graph.report["articles"]


def test_graph_json_matches_to_networkx(api_graph, tmp_path):
    from kg.export import read_json

    api_graph.write(tmp_path)
    G, H = api_graph.to_networkx(), read_json(tmp_path / "graph.json")
    assert set(G.nodes) == set(H.nodes)
    assert set(G.edges(keys=True)) == set(H.edges(keys=True))
    raw = json.loads((tmp_path / "graph.json").read_text("utf-8"))
    assert raw["directed"] is True and raw["multigraph"] is True


def test_ids_are_stable_across_builds(api_graph, nlp, tmp_path):
    again = kg.build([str(EXAMPLES)], tmp_path / "again", nlp=nlp)
    G, H = api_graph.to_networkx(), again.to_networkx()
    assert sorted(G.nodes) == sorted(H.nodes)
    assert sorted(G.edges(keys=True)) == sorted(H.edges(keys=True))
    first = [e["article"]["id"] for e in api_graph.extractions()]
    second = [e["article"]["id"] for e in again.extractions()]
    assert first == second and len(set(first)) == len(first)
    entities = lambda g: sorted(e["id"] for x in g.extractions() for e in x["entities"])  # noqa: E731
    assert entities(api_graph) == entities(again)


def test_build_of_a_period_keeps_only_its_articles(api_graph, nlp):
    dates = sorted(e["article"]["date"] for e in api_graph.extractions())
    assert all(dates), "every example has a date"
    since, until = dates[2], dates[-3]
    assert since < until
    period = kg.build([str(EXAMPLES)], since=since, until=until, nlp=nlp)
    kept = [e["article"]["date"] for e in period.extractions()]
    assert kept and all(since <= d <= until for d in kept)
    assert len(kept) == sum(since <= d <= until for d in dates)
    assert period.report["articles"] == len(kept)
    assert period.report["out_of_period"] == len(dates) - len(kept)
    for _, _, data in period.to_networkx().edges(data=True):
        assert since <= data["first_seen"] <= data["last_seen"] <= until
        assert all(since <= e["date"] <= until for e in data["evidence"] if e.get("date"))


def test_build_since_only(api_graph, nlp):
    dates = sorted(e["article"]["date"] for e in api_graph.extractions())
    late = kg.build([str(EXAMPLES)], since=dates[-1], nlp=nlp)
    assert [e["article"]["date"] for e in late.extractions()] == [d for d in dates if d >= dates[-1]]


def test_a_bad_period_is_a_usage_error():
    from kg.errors import UsageError

    for kwargs in ({"since": "2025-13-01"}, {"until": "yesterday"}, {"since": "2025-02-01", "until": "2025-01-01"}):
        with pytest.raises(UsageError):
            kg.build([str(EXAMPLES)], **kwargs)


def test_timeline(api_graph):
    rows = api_graph.timeline("Russia")
    assert rows
    firsts = [r["first_seen"] or "9999" for r in rows]
    assert firsts == sorted(firsts)
    for r in rows:
        assert {"subject", "type", "object", "first_seen", "last_seen", "count", "evidence"} <= set(r)
        assert "Russia" in (r["subject"], r["object"])
        assert r["type"] in RELATION_TYPES
    assert api_graph.timeline("state:russia") == rows
    assert api_graph.timeline("russia") == rows
    assert api_graph.timeline("Nobody At All") == []


def test_build_of_a_missing_path_raises_input_error(tmp_path):
    with pytest.raises(kg.InputError):
        kg.build([str(tmp_path / "nowhere")])


def test_build_with_an_unknown_model_raises_model_error():
    with pytest.raises(kg.ModelError):
        kg.build([str(EXAMPLES)], model="not_a_model")


def test_a_build_without_out_leaves_no_files_behind(nlp):
    graph = kg.build([str(EXAMPLES)], nlp=nlp)
    path = graph.extractions_path
    assert path.is_file()
    del graph
    import gc

    gc.collect()
    assert not os.path.exists(path)
