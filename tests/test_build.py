"""A build of the two seed articles (../shared/seeds): the actors and their types, the alliances and
backing, graph.json through networkx, the score against ../shared/gold, the shape of
extractions.jsonl and its offsets, and one story for the two copies."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.evaluate import evaluate
from kg.export import read_json
from kg.ingest import iter_articles
from kg.types import Article

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "seeds.jsonl"

ACTORS = {
    "Russia": "State", "Iran": "State", "Turkey": "State", "Qatar": "State",
    "Hayat Tahrir al-Sham": "Group", "Bashar al-Assad": "Person", "Sergei Lavrov": "Person",
}
ARTICLE_KEYS = {"id", "path", "title", "date", "source", "url", "story"}
ENTITY_KEYS = {"id", "name", "type", "aliases", "mentions"}
RELATION_KEYS = {"subject", "type", "object", "subject_text", "object_text", "sentence", "start", "end",
                 "trigger", "negated", "hedged", "attributed_to", "role", "confidence"}


@pytest.fixture(scope="module")
def graph(seeds_build) -> nx.MultiDiGraph:
    return read_json(seeds_build / "graph.json")


@pytest.fixture(scope="module")
def extractions(seeds_build) -> list[dict]:
    with open(seeds_build / "extractions.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def node(G: nx.MultiDiGraph, name: str) -> str:
    found = [n for n, d in G.nodes(data=True) if d["name"] == name]
    assert len(found) == 1, f"{len(found)} nodes named {name!r}: {found}"
    return found[0]


def linked(G: nx.MultiDiGraph, a: str, rtype: str, b: str, symmetric: bool = False) -> bool:
    return G.has_edge(a, b, key=rtype) or (symmetric and G.has_edge(b, a, key=rtype))


@pytest.mark.parametrize("name,etype", sorted(ACTORS.items()))
def test_one_node_per_actor_with_its_type(graph, name, etype):
    assert graph.nodes[node(graph, name)]["type"] == etype


def test_ids_are_readable_and_typed(graph):
    assert node(graph, "Russia") == "state:russia"
    assert node(graph, "Sergei Lavrov") == "person:sergei-lavrov"
    for n, data in graph.nodes(data=True):
        assert data["id"] == n
        assert n.startswith(data["type"].lower() + ":")


def test_no_actor_is_split_by_its_aliases(graph):
    names = {d["name"] for _, d in graph.nodes(data=True)}
    for alias in ("Lavrov", "Assad", "HTS", "Moscow", "Tehran", "Ankara", "Russian", "Iranian", "Turkish"):
        assert alias not in names, f"{alias!r} is a node of its own"


def test_iran_is_an_ally_of_assad(graph):
    assert linked(graph, node(graph, "Iran"), "ALLY_OF", node(graph, "Bashar al-Assad"), symmetric=True)


def test_turkey_is_not_an_ally_of_assad(graph):
    """"fellow Assad ally Iran and opposition supporter Turkey": only Iran is Assad's ally."""
    assert not linked(graph, node(graph, "Turkey"), "ALLY_OF", node(graph, "Bashar al-Assad"), symmetric=True)


@pytest.mark.parametrize("backer", ["Russia", "Iran"])
def test_russia_and_iran_back_assads_side(graph, backer):
    side = {node(graph, "Bashar al-Assad"), node(graph, "Syria")}
    assert any(graph.has_edge(node(graph, backer), s, key="BACKS") for s in side)


@pytest.mark.parametrize("backer", ["Turkey", "Qatar"])
def test_turkey_and_qatar_back_the_rebels(graph, backer):
    targets = [v for _, v, k in graph.out_edges(node(graph, backer), keys=True) if k == "BACKS"]
    assert any(graph.nodes[v]["type"] == "Group" for v in targets), targets
    assert node(graph, "Bashar al-Assad") not in targets and node(graph, "Syria") not in targets


def test_no_one_backs_both_sides(graph):
    assad_side = {node(graph, "Bashar al-Assad"), node(graph, "Syria")}
    for actor in ("Russia", "Iran", "Turkey", "Qatar"):
        backed = {v for _, v, k in graph.out_edges(node(graph, actor), keys=True) if k == "BACKS"}
        groups = {v for v in backed if graph.nodes[v]["type"] == "Group"}
        assert not (backed & assad_side and groups), (actor, backed)


def test_hts_is_rooted_in_al_qaeda(graph):
    assert linked(graph, node(graph, "Hayat Tahrir al-Sham"), "AFFILIATED_WITH", node(graph, "Al-Qaeda"))


def test_lavrov_is_a_member_of_russias_government(graph):
    data = graph.get_edge_data(node(graph, "Sergei Lavrov"), node(graph, "Russia"), key="MEMBER_OF")
    assert data is not None
    assert data["role"] and "Foreign Minister" in data["role"]


def test_graph_json_round_trips_through_networkx(seeds_build):
    raw = json.loads((seeds_build / "graph.json").read_text("utf-8"))
    assert raw["directed"] is True and raw["multigraph"] is True
    edges = "links" if "links" in raw else "edges"
    G = nx.node_link_graph(raw, edges=edges)
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == len(raw["nodes"]) and G.number_of_edges() == len(raw[edges])
    back = nx.node_link_data(G, edges=edges)

    def canon(data: dict) -> tuple:
        nodes = sorted(json.dumps(n, sort_keys=True) for n in data["nodes"])
        links = sorted(json.dumps(e, sort_keys=True) for e in data[edges])
        return nodes, links

    assert canon(back) == canon(raw)
    H = read_json(seeds_build / "graph.json")  # the same graph, with each node's id also an attribute
    assert dict(G.nodes(data=True)) == {n: {k: v for k, v in d.items() if k != "id"} for n, d in H.nodes(data=True)}
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))


def test_score_against_the_gold(seeds_build):
    if not GOLD.is_file():
        pytest.skip("../shared/gold/seeds.jsonl is not here")
    result = evaluate(GOLD, seeds_build / "extractions.jsonl")
    assert result.required > 0
    assert result.recall >= 0.9, f"recall {result.recall:.3f}; missed: {result.missed}"
    assert result.precision >= 0.85, f"precision {result.precision:.3f}; wrong: {result.wrong}"


def test_one_extraction_line_per_seed_article(seeds_dir, extractions):
    articles = sorted(p.name for p in seeds_dir.iterdir() if p.suffix == ".txt")
    assert sorted(Path(e["article"]["path"]).name for e in extractions) == articles


def test_extraction_lines_follow_the_contract(extractions):
    for line in extractions:
        assert set(line) >= {"article", "entities", "relations"}
        art = line["article"]
        assert ARTICLE_KEYS <= set(art), sorted(ARTICLE_KEYS - set(art))
        assert art["date"] is None or (len(art["date"]) == 10 and art["date"][4] == art["date"][7] == "-")
        ids = set()
        for ent in line["entities"]:
            assert ENTITY_KEYS <= set(ent), sorted(ENTITY_KEYS - set(ent))
            assert isinstance(ent["aliases"], list)
            for m in ent["mentions"]:
                assert {"text", "start", "end"} <= set(m)
            ids.add(ent["id"])
        assert line["relations"]
        for rel in line["relations"]:
            assert RELATION_KEYS <= set(rel), sorted(RELATION_KEYS - set(rel))
            for side in ("subject", "object"):
                assert {"id", "name"} <= set(rel[side])
                assert rel[side]["id"] in ids
            assert isinstance(rel["negated"], bool) and isinstance(rel["hedged"], bool)
            assert rel["attributed_to"] is None or {"id", "name"} <= set(rel["attributed_to"])
            assert rel["role"] is None or isinstance(rel["role"], str)
            assert 0 <= rel["confidence"] <= 1
            assert rel["trigger"]


def test_offsets_slice_the_article_text(seeds_dir, extractions):
    texts = {a.path: a.text for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)}
    for line in extractions:
        text = texts[line["article"]["path"]]
        for rel in line["relations"]:
            assert text[rel["start"]:rel["end"]] == rel["sentence"], rel
            assert rel["trigger"] in rel["sentence"]
        for ent in line["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (ent["name"], m)


def test_the_two_seed_files_share_one_story(extractions):
    assert len(extractions) == 2
    stories = {e["article"]["story"] for e in extractions}
    ids = {e["article"]["id"] for e in extractions}
    assert len(stories) == 1 and len(ids) == 2


def test_the_seed_dates(extractions):
    dated = {Path(e["article"]["path"]).name: e["article"]["date"] for e in extractions}
    assert dated["000_9ab4dc96716d2ae8.txt"] == "2024-12-07"
