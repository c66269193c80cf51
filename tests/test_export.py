"""Round trips of every export format through a temporary directory, and the dispatch."""
from __future__ import annotations

import io
import json
import math

import networkx as nx
import pytest

from kg import export
from kg.errors import InputError, KGError
from kg.export import FORMATS, FormatError, read, write
from kg.graph import GraphBuilder
from kg.types import Article, ArticleExtraction, Entity, Ref, Relation


def sample_graph() -> nx.MultiDiGraph:
    """A merged graph as kg.graph gives it, built by hand, with text that breaks naive writers."""
    G = nx.MultiDiGraph()
    nodes = [
        ("state:russia", "Russia", "State", ["Russian Federation", "Moscow"]),
        ("state:turkiye", "Türkiye", "State", ["Turkey", "Ankara"]),
        ("person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Person", ["Erdoğan"]),
        ("group:hayat-tahrir-al-sham", "Hayat Tahrir al-Sham", "Group", ["HTS", "هيئة تحرير الشام"]),
        ("organization:un", 'The "United" Nations', "Organization", ["UN; U.N.", "<b>UN</b>"]),
        ("place:idlib", "Idlib", "Place", []),
        ("event:astana-process", "Astana process", "Event", ["Astana talks"]),
        ("unknown:x", "Mr. X & Co. </script>", "Unknown", []),
    ]
    for node_id, name, etype, aliases in nodes:
        G.add_node(node_id, id=node_id, name=name, type=etype, aliases=aliases)

    def evidence(sentence, article, date, start, trigger, attributed_to=None, hedged=False):
        return {"sentence": sentence, "article": article, "story": article, "date": date,
                "source": "Agence <France> \"Presse\"", "start": start, "end": start + len(sentence),
                "trigger": trigger, "hedged": hedged, "attributed_to": attributed_to}

    def edge(u, v, rtype, count, articles, first, last, conf, evid, role=None, hedged_count=0):
        G.add_edge(u, v, key=rtype, type=rtype, count=count, articles=articles, stories=articles,
                   first_seen=first, last_seen=last, confidence=conf, hedged_count=hedged_count,
                   evidence=evid, role=role)

    # several edges between the same pair, with different types and both directions
    edge("state:russia", "state:turkiye", "MET_WITH", 3, ["a1", "a2"], "2024-01-02", "2024-02-03", 0.91,
         [evidence("Russia's Lavrov met Türkiye's Fidan in Ankara.", "a1", "2024-01-02", 0, "met"),
          evidence('They said: "<script>alert(1)</script>" </script><!-- ok', "a2", "2024-02-03", 40,
                   "said", attributed_to="TASS")])
    edge("state:russia", "state:turkiye", "OPPOSES", 1, ["a2"], "2024-02-03", "2024-02-03", 0.5,
         [evidence("Russia condemned Turkey's strikes;\nofficials said\ttabs & newlines stay.", "a2",
                   "2024-02-03", 90, "condemned", hedged=True)], hedged_count=1)
    edge("state:turkiye", "state:russia", "CALLED_ON", 1, ["a3"], None, None, 0.35,
         [evidence("Ankara urged Moscow to restrain Damascus.", "a3", None, 0, "urged")])
    edge("state:turkiye", "group:hayat-tahrir-al-sham", "OPPOSES", 2, ["a1"], "2024-01-02", "2024-01-02",
         0.6, [evidence("Türkiye designated HTS — هيئة تحرير الشام — as terrorist.", "a1", "2024-01-02",
                        120, "designated")])
    edge("person:recep-tayyip-erdogan", "state:turkiye", "LEADS", 4, ["a1", "a3"], "2024-01-02",
         "2024-01-02", 0.97, [evidence("President Erdoğan said…", "a1", "2024-01-02", 5, "President")],
         role="President")
    edge("place:idlib", "state:turkiye", "LOCATED_IN", 1, ["a3"], None, None, 0.4, [])
    edge("state:russia", "event:astana-process", "PARTICIPATES_IN", 1, ["a4"], "2023-12-01", "2023-12-01",
         0.7, [evidence("Russia joined the Astana talks.", "a4", "2023-12-01", 0, "joined")])
    edge("organization:un", "unknown:x", "CALLED_ON", 1, ["a4"], "2023-12-01", "2023-12-01", 1.0,
         [evidence("The U.N. called on Mr. X.", "a4", "2023-12-01", 10, "called on")])
    return G


def built_graph() -> nx.MultiDiGraph:
    """A graph from the real GraphBuilder, so that the exports keep up with kg.graph."""
    art = Article(id="art1", path="a.txt", text="…", date="2024-03-01", source="Reuters")
    russia, syria = Ref("state:russia", "Russia"), Ref("state:syria", "Syria")
    builder = GraphBuilder()
    builder.add(ArticleExtraction(
        article=art,
        entities=(Entity("state:russia", "Russia", "State", ("Moscow",)), Entity("state:syria", "Syria", "State")),
        relations=(Relation(russia, "BACKS", syria, "Russia", "Syria", "Russia backs Syria.", 0, 19, "backs",
                            confidence=0.8),
                   Relation(syria, "ALLY_OF", russia, "Syria", "Russia", "Syria and Russia are allies.", 20, 48,
                            "allies", hedged=True, attributed_to=Ref("state:syria", "Syria"))),
    ))
    return builder.freeze()


def assert_same_graph(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert isinstance(H, nx.MultiDiGraph)
    assert sorted(H.nodes) == sorted(G.nodes)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    for u, v, k, data in G.edges(keys=True, data=True):
        assert H.edges[u, v, k] == data, (u, v, k)
        for name, value in data.items():  # same types too: ints stay ints, floats floats, None None
            assert type(H.edges[u, v, k][name]) is type(value), (u, v, k, name)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("make", [sample_graph, built_graph])
def test_round_trip_through_a_file(tmp_path, fmt, make):
    G = make()
    path = tmp_path / ("graph" + FORMATS[fmt].extension)
    write(G, fmt, path)
    assert_same_graph(G, read(fmt, path))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_through_file_handles(fmt):
    G = sample_graph()
    binary = io.BytesIO()
    write(G, fmt, binary)
    assert_same_graph(G, read(fmt, io.BytesIO(binary.getvalue())))
    text = io.StringIO()
    write(G, fmt, text)
    assert text.getvalue().encode("utf-8") == binary.getvalue()
    assert_same_graph(G, read(fmt, io.StringIO(text.getvalue())))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_is_deterministic_and_utf8(tmp_path, fmt):
    G = sample_graph()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(G.nodes(data=True))))
    reordered.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    a, b = tmp_path / "a", tmp_path / "b"
    write(G, fmt, a)
    write(reordered, fmt, b)
    assert a.read_bytes() == b.read_bytes()
    text = a.read_bytes().decode("utf-8")
    assert "Türkiye" in text and "هيئة تحرير الشام" in text  # written as UTF-8, not escaped


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_empty_graph(tmp_path, fmt):
    write(nx.MultiDiGraph(), fmt, tmp_path / "g")
    H = read(fmt, tmp_path / "g")
    assert isinstance(H, nx.MultiDiGraph) and len(H) == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_awkward_values_survive_xml(tmp_path, fmt):
    G = nx.MultiDiGraph()
    G.add_node("a", id="a", name="form\x0cfeed\r\nand \x00 nul", type="Place", aliases=[], score=1, flag=True)
    G.add_node("b", id="b", name="b", type="Place", aliases=["x"], score=2.5, flag=False)
    G.add_edge("a", "b", key="LOCATED_IN", type="LOCATED_IN", mixed=1, role=None, nan=math.inf)
    G.add_edge("b", "a", key="LOCATED_IN", type="LOCATED_IN", mixed="one", role=None, nan=-1.5)
    write(G, fmt, tmp_path / "g")
    H = read(fmt, tmp_path / "g")
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert H.nodes["a"]["score"] == 1.0  # int and float under one name come back as floats
    assert H.edges["a", "b", "LOCATED_IN"] == G.edges["a", "b", "LOCATED_IN"]
    assert H.edges["b", "a", "LOCATED_IN"] == G.edges["b", "a", "LOCATED_IN"]


def test_node_link_json_is_networkx_node_link_data(tmp_path):
    G = sample_graph()
    export.write_json(G, tmp_path / "graph.json")
    data = json.loads((tmp_path / "graph.json").read_text("utf-8"))
    assert data["directed"] is True and data["multigraph"] is True
    assert [n["id"] for n in data["nodes"]] == sorted(G.nodes)
    link = next(e for e in data["links"] if e["key"] == "OPPOSES" and e["source"] == "state:russia")
    assert link["target"] == "state:turkiye" and link["type"] == "OPPOSES" and link["hedged_count"] == 1
    H = nx.node_link_graph(data, edges="links")  # what a plain networkx user gets
    assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))


def test_graphml_is_readable_by_networkx(tmp_path):
    G = sample_graph()
    export.write_graphml(G, tmp_path / "graph.graphml")
    H = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True, edge_key_type=str)
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    assert H.nodes["state:turkiye"]["name"] == "Türkiye"
    assert json.loads(H.nodes["state:turkiye"]["aliases"]) == ["Turkey", "Ankara"]
    assert json.loads(H.edges["state:russia", "state:turkiye", "MET_WITH"]["evidence"])[1]["attributed_to"] == "TASS"


def test_gexf_is_readable_by_networkx_and_labelled_for_gephi(tmp_path):
    G = sample_graph()
    export.write_gexf(G, tmp_path / "graph.gexf")
    H = nx.read_gexf(tmp_path / "graph.gexf")
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))  # via the networkx_key column
    assert H.nodes["person:recep-tayyip-erdogan"]["label"] == "Recep Tayyip Erdoğan"
    leads = H.edges["person:recep-tayyip-erdogan", "state:turkiye", "LEADS"]
    assert leads["label"] == "LEADS" and leads["weight"] == 4.0 and leads["role"] == "President"


def test_gexf_with_periods_is_dynamic_for_gephis_timeline(tmp_path):
    import xml.etree.ElementTree as ET
    G = nx.MultiDiGraph()
    G.add_node("state:iran", id="state:iran", name="Iran", type="State", aliases=[])
    G.add_node("state:russia", id="state:russia", name="Russia", type="State", aliases=[])
    G.add_node("person:x", id="person:x", name="Ana Ruiz", type="Person", aliases=[])
    G.add_edge("state:iran", "state:russia", key="ALLY_OF", type="ALLY_OF", count=2, valid_from="2015",
               first_seen="2018-01-03", valid_until=None, former=False)
    G.add_edge("person:x", "state:iran", key="LEADS", type="LEADS", count=1, valid_from="2009-08",
               valid_until="2013-02", former=True, first_seen="2019-05-01")
    export.write_gexf(G, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    ns = "{http://www.gexf.net/1.2draft}"
    graph = root.find(ns + "graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = {e.get("label"): e for e in graph.iter(ns + "edge")}
    assert edges["ALLY_OF"].get("start") == "2015-01-01" and edges["ALLY_OF"].get("end") is None
    assert (edges["LEADS"].get("start"), edges["LEADS"].get("end")) == ("2009-08-01", "2013-02-28")
    H = export.read_gexf(tmp_path / "g.gexf")  # the round trip keeps the values
    assert H.edges["person:x", "state:iran", "LEADS"]["valid_until"] == "2013-02"
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == 2  # and networkx reads it


def test_unknown_format_and_bad_files(tmp_path):
    with pytest.raises(FormatError, match="unknown export format 'csv'"):
        write(sample_graph(), "csv", tmp_path / "g.csv")
    with pytest.raises(InputError):
        read("json", tmp_path / "missing.json")
    (tmp_path / "bad").write_text("<not-xml", "utf-8")
    for fmt in FORMATS:
        with pytest.raises(KGError):
            read(fmt, tmp_path / "bad")
    (tmp_path / "other.xml").write_text("<root/>", "utf-8")
    for fmt in ("graphml", "gexf"):
        with pytest.raises(FormatError):
            read(fmt, tmp_path / "other.xml")
