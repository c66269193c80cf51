"""Loading builds into a real Bolt server: idempotence, growth, interruption, hostile text, errors."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from db_server import (  # noqa: F401 - fixtures
    clean_db,
    database_contents,
    db_config,
    free_port,
    line_contents,
    seed_extractions,
    seeds_build,
    snapshot,
    wipe,
    write_build,
    write_seed_build,
)

from kg.errors import DatabaseError, InputError
from kg.types import Article, ArticleExtraction, Entity, Mention, Ref, Relation
from loaders.neo4j import Neo4jConfig, connect, db_counts, load_build, read_graph

pytestmark = pytest.mark.db

@pytest.fixture(scope="module")
def full_build(tmp_path_factory) -> Path:
    return write_seed_build(tmp_path_factory.mktemp("full"))


def test_load_writes_entities_relations_and_provenance(clean_db, full_build):
    counts = load_build(full_build, clean_db)
    assert counts["entities"] == 16 and counts["articles"] == 3 and counts["evidence"] == 33
    in_db = db_counts(clean_db)
    assert in_db["Entity"] == 16 and in_db["Article"] == 3 and in_db["Evidence"] == 33
    assert in_db["Person"] == 5 and in_db["State"] == 5
    assert in_db["SUBJECT"] == in_db["OBJECT"] == in_db["IN_ARTICLE"] == 33
    assert in_db["ATTRIBUTED_TO"] == 3 and in_db["MENTIONS"] == counts["mentions"]
    graph_edges = json.loads((full_build / "graph.json").read_text())["links"]
    assert sum(in_db.get(t, 0) for t in {e["type"] for e in graph_edges}) == len(graph_edges)


def test_negated_relations_are_evidence_not_edges(clean_db, full_build):
    load_build(full_build, clean_db)
    driver = connect(clean_db)
    try:
        records, _, _ = driver.execute_query(
            "MATCH (ev:Evidence {negated: true})-[:SUBJECT]->(s:Entity) "
            "MATCH (ev)-[:OBJECT]->(o:Entity) "
            "RETURN s.name AS s, ev.type AS t, o.name AS o, EXISTS { (s)-[:FIGHTS]->(o) } AS edge",
            database_=clean_db.database)
    finally:
        driver.close()
    assert [(r["s"], r["t"], r["o"], r["edge"]) for r in records] == [
        ("Iran", "FIGHTS", "Syrian rebels", False)]


def test_loading_twice_changes_nothing(clean_db, full_build):
    first = load_build(full_build, clean_db)
    before = snapshot(clean_db)
    second = load_build(full_build, clean_db, batch_size=3)
    assert snapshot(clean_db) == before
    assert second["unchanged"] == 3 and second["batches"] == 0  # nothing written at all
    assert first["unchanged"] == 0 and first["batches"] >= 1
    skip = {"batches", "unchanged"}
    assert {k: v for k, v in first.items() if k not in skip} == \
        {k: v for k, v in second.items() if k not in skip}


def test_subset_then_full_equals_full(clean_db, full_build, tmp_path):
    load_build(full_build, clean_db)
    expected = snapshot(clean_db)
    wipe(clean_db)
    load_build(write_seed_build(tmp_path / "a1", ("a1",)), clean_db)
    load_build(write_seed_build(tmp_path / "a12", ("a1", "a2")), clean_db)
    load_build(full_build, clean_db)
    assert snapshot(clean_db) == expected


def test_interrupted_load_then_rerun_equals_full(clean_db, full_build):
    load_build(full_build, clean_db)
    expected = snapshot(clean_db)
    wipe(clean_db)
    done = []

    def crash_half_way(kind: str, rows: int) -> None:
        done.append((kind, rows))
        if len(done) == 2:  # two articles committed, the third not
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_build(full_build, clean_db, batch_size=3, on_batch=crash_half_way)
    assert snapshot(clean_db) != expected
    load_build(full_build, clean_db, batch_size=3)
    assert snapshot(clean_db) == expected


def test_read_graph_gives_back_what_was_loaded(clean_db, full_build):
    load_build(full_build, clean_db)
    data = json.loads((full_build / "graph.json").read_text())
    built = nx.node_link_graph(data, edges="links")
    got = read_graph(clean_db)
    assert isinstance(got, nx.MultiDiGraph)
    # node-link data keeps a node's id as its key; the database gives it back as an attribute too
    assert dict(got.nodes(data=True)) == {n: {**d, "id": n} for n, d in built.nodes(data=True)}
    assert sorted(got.edges(keys=True)) == sorted(built.edges(keys=True))
    for u, v, k, attrs in built.edges(keys=True, data=True):
        assert got.edges[u, v, k] == attrs


HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    "`Backtick` }) DETACH DELETE n //",
    '{name: "x"} $rows ${evil}',
    '"Quoted" \\ back\\slash',
    "a\nnew line",
]


def hostile_build(tmp_path: Path) -> Path:
    refs = [Ref(f"state:{name}", name) for name in HOSTILE]
    text = " ".join(HOSTILE)
    article = Article(id="x'}) DETACH DELETE n //", path="evil`path.txt", text=text,
                      title="MATCH (n) DETACH DELETE n", date="2024-12-09", source="'; DROP",
                      url="https://example.org/?q='\"`", story="s`")
    entities = tuple(Entity(r.id, r.name, "State", (r.name + "`",), (Mention(r.name, 0, 1),))
                     for r in refs)
    relations = tuple(
        Relation(subject=a, type="OPPOSES", object=b, subject_text=a.name, object_text=b.name,
                 sentence=f"{a.name} }}) MERGE (x) //", start=0, end=5,
                 trigger="`]->(", attributed_to=a, role="'", confidence=0.5)
        for a, b in zip(refs, refs[1:]))
    return write_build(tmp_path, [ArticleExtraction(article, entities, relations)])


def test_hostile_text_loads_as_plain_text(clean_db, full_build, tmp_path):
    load_build(full_build, clean_db)
    before = db_counts(clean_db)
    load_build(hostile_build(tmp_path / "hostile"), clean_db)
    after = db_counts(clean_db)
    assert after["Entity"] == before["Entity"] + len(HOSTILE)
    assert after["Article"] == before["Article"] + 1
    assert after["OPPOSES"] == before["OPPOSES"] + len(HOSTILE) - 1
    got = read_graph(clean_db)
    for name in HOSTILE:
        assert got.nodes[f"state:{name}"]["name"] == name
        assert got.nodes[f"state:{name}"]["aliases"] == [name + "`"]
    assert got.nodes["state:russia"]["name"] == "Russia"  # the earlier load is intact


def test_relation_type_outside_the_schema_is_refused_before_writing(clean_db, full_build, tmp_path):
    data = json.loads((full_build / "graph.json").read_text())
    data["links"][0]["type"] = data["links"][0]["key"] = "BACKS]->(x) DETACH DELETE x //"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "graph.json").write_text(json.dumps(data))
    with pytest.raises(InputError, match="not in the schema"):
        load_build(bad, clean_db)
    assert db_counts(clean_db)["Entity"] == 0


def test_entity_type_outside_the_schema_is_only_an_entity(clean_db, tmp_path):
    (extraction,) = seed_extractions(("a3",))
    odd = Entity("odd:1", "Odd", "Person`) DETACH DELETE n //")
    build = write_build(tmp_path, [ArticleExtraction(extraction.article, (*extraction.entities, odd),
                                                     extraction.relations)])
    load_build(build, clean_db)
    node = read_graph(clean_db).nodes["odd:1"]
    assert node["type"] == "Person`) DETACH DELETE n //"
    assert db_counts(clean_db)["Person"] == 0


def test_missing_build_is_an_input_error(db_config, tmp_path):
    with pytest.raises(InputError):
        load_build(tmp_path / "nowhere", db_config)


def one_line(error: Exception) -> str:
    message = str(error)
    assert message and "\n" not in message and len(message) < 300
    return message


def test_dead_server_is_a_one_line_database_error():
    config = Neo4jConfig(uri=f"bolt://127.0.0.1:{free_port()}", user="u", password="p")
    with pytest.raises(DatabaseError) as caught:
        connect(config)
    assert "cannot reach" in one_line(caught.value)


def test_wrong_password_is_a_one_line_database_error(db_config, full_build):
    config = Neo4jConfig(db_config.uri, db_config.user, "not-the-password", db_config.database)
    with pytest.raises(DatabaseError) as caught:
        load_build(full_build, config)
    assert "credentials" in one_line(caught.value)


def test_unknown_database_is_a_one_line_database_error(db_config):
    config = Neo4jConfig(db_config.uri, db_config.user, db_config.password, "nodb")
    with pytest.raises(DatabaseError) as caught:
        connect(config)
    assert "nodb" in one_line(caught.value)


def test_not_a_bolt_uri_is_a_database_error():
    with pytest.raises(DatabaseError):
        connect(Neo4jConfig(uri="http://localhost:7474"))


@pytest.mark.slow
def test_seed_articles_build_and_load(clean_db, seeds_build):
    counts = load_build(seeds_build, clean_db)
    assert counts["entities"] > 0 and counts["relationships"] > 0 and counts["articles"] == 2
    before = snapshot(clean_db)
    load_build(seeds_build, clean_db)
    assert snapshot(clean_db) == before
    built = nx.node_link_graph(json.loads((seeds_build / "graph.json").read_text()), edges="links")
    got = read_graph(clean_db)
    assert dict(got.nodes(data=True)) == {n: {**d, "id": n} for n, d in built.nodes(data=True)}
    assert sorted(got.edges(keys=True)) == sorted(built.edges(keys=True))
    for u, v, k, attrs in built.edges(keys=True, data=True):  # derived in the database, equal
        assert got.edges[u, v, k] == attrs


@pytest.mark.slow
def test_a_real_build_is_in_the_database_as_its_lines_say(clean_db, seeds_build, full_build):
    """Every field of every line of ``extractions.jsonl`` is in the database as the line has it
    (``line_contents``: the line's JSON read as the loader always read it): reading the lines as
    ``kg.types`` on the way loses nothing and changes nothing."""
    for build in (seeds_build, full_build):
        wipe(clean_db)
        load_build(build, clean_db)
        lines = [json.loads(line) for line in (build / "extractions.jsonl").read_text("utf-8").splitlines()]
        stored = database_contents(clean_db)
        assert sorted(stored) == sorted(line["article"]["id"] for line in lines)
        for line in lines:
            want, got = line_contents(line), stored[line["article"]["id"]]
            assert got["article"] == {k: v for k, v in want["article"].items() if v is not None}  # no null properties
            assert got["mentions"] == want["mentions"]
            assert got["evidence"] == want["evidence"] and got["entities"] == set(want["entities"])
            assert got["ends"] == {
                seq: {"SUBJECT": ev["subject_id"], "OBJECT": ev["object_id"],
                      **({"ATTRIBUTED_TO": ev["attributed_to_id"]} if ev["attributed_to_id"] else {})}
                for seq, ev in want["evidence"].items()}


def test_entity_untyped_in_a_first_build_gets_its_label_later(clean_db, full_build, tmp_path):
    load_build(full_build, clean_db)
    expected = snapshot(clean_db)
    wipe(clean_db)
    # an article that lists no entities: its relations' ends are "Unknown" nodes of the graph
    bare = [ArticleExtraction(e.article, (), e.relations) for e in seed_extractions(("a1",))]
    load_build(write_build(tmp_path / "bare", bare), clean_db)
    assert db_counts(clean_db)["State"] == 0
    load_build(full_build, clean_db)
    assert snapshot(clean_db) == expected
