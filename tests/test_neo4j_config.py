"""Connection settings and the rows a build gives, without a server."""
from __future__ import annotations

import json

import pytest
from db_server import write_seed_build

from kg.errors import InputError
from loaders.aggregate import derive_edges, derive_entity, natural_key
from loaders.neo4j import Neo4jConfig, evidence_id, flatten, plan_load, unflatten


def test_config_from_env(monkeypatch):
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    assert Neo4jConfig.from_env() == Neo4jConfig("bolt://localhost:7687", "neo4j", "password", None)
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    monkeypatch.setenv("NEO4J_DATABASE", "news")
    config = Neo4jConfig.from_env(user="me", password=None)
    assert config == Neo4jConfig("bolt://db:7687", "me", "secret", "news")
    assert "secret" not in repr(config)


def test_flatten_keeps_lists_and_encodes_maps():
    attrs = {"aliases": ["a", "b"], "count": 2, "role": None, "evidence": [{"sentence": "s"}],
             "empty": []}
    props = flatten(attrs)
    assert props["aliases"] == ["a", "b"] and props["evidence"] == '[{"sentence": "s"}]'
    assert props["json_props"] == ["evidence"]
    assert unflatten(props) == attrs


def test_plan_is_deterministic_and_complete(tmp_path):
    build = write_seed_build(tmp_path)
    first, second = plan_load(build), plan_load(build)
    assert first == second
    assert first.counts()["evidence"] == 33 and first.counts()["attributions"] == 3
    assert {e["type"] for e in first.entities.values()} == {"Person", "State", "Group", "Event", "Place"}
    assert len(first.entities) == 16 and [art.id for art in first.articles] == ["a1", "a2", "a3"]


def test_evidence_id_depends_on_article_offsets_type_and_ends():
    rel = {"type": "BACKS", "start": 1, "end": 9, "subject": {"id": "a"}, "object": {"id": "b"}}
    assert evidence_id("x", rel) == evidence_id("x", dict(rel))
    assert evidence_id("x", rel) != evidence_id("y", rel)
    assert evidence_id("x", rel) != evidence_id("x", {**rel, "type": "OPPOSES"})
    assert evidence_id("x", rel) != evidence_id("x", {**rel, "object": {"id": "c"}})


def test_bad_builds_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        plan_load(tmp_path / "missing")
    (tmp_path / "graph.json").write_text("not json")
    with pytest.raises(InputError):
        plan_load(tmp_path)
    build = write_seed_build(tmp_path / "b")
    with (build / "extractions.jsonl").open("a") as lines:
        lines.write(json.dumps({"no": "article"}) + "\n")
    with pytest.raises(InputError, match="extractions.jsonl:4"):
        plan_load(build)


def test_articles_fold_in_the_order_a_build_reads_them():
    paths = ["f.jsonl:10", "f.jsonl:2", "a/b.txt", "a/10.txt", "a/9.txt", "f.json#1"]
    assert sorted(paths, key=natural_key) == [
        "a/9.txt", "a/10.txt", "a/b.txt", "f.json#1", "f.jsonl:2", "f.jsonl:10"]


def evidence_rows(articles: list[tuple[str, str, int]]) -> list[dict]:
    """Evidence properties of one edge, one statement per (article, path, sentence number)."""
    return [{"id": f"{art}-{n}", "seq": 0, "article": art, "path": path, "story": art,
             "date": None, "source": None, "type": "BACKS", "sentence": f"Sentence {n}.",
             "start": 0, "end": 9, "trigger": "backs", "negated": False, "hedged": False,
             "confidence": 0.5, "role": f"role {n}", "subject_text": "x", "object_text": "y",
             "subject_id": "state:x", "subject_name": "X", "object_id": "state:y",
             "object_name": "Y", "attributed_to_id": None} for art, path, n in articles]


def test_edges_derive_the_same_whatever_order_they_come_in():
    rows = evidence_rows([(f"a{n}", f"in/{n}.txt", n) for n in range(1, 9)])
    forward, backward = derive_edges(rows), derive_edges(rows[::-1])
    assert forward == backward
    attrs = forward["state:x", "BACKS", "state:y"]
    assert attrs["count"] == 8 and attrs["role"] == "role 1"
    assert [e["sentence"] for e in attrs["evidence"]] == [f"Sentence {n}." for n in range(1, 6)]


def test_entities_derive_from_every_listing():
    listings = [{"article": "b", "path": "in/2.txt", "name": "Russia", "type": "State", "aliases": ["Kremlin"]},
                {"article": "a", "path": "in/10.txt", "name": "Russia ", "type": "State",
                 "aliases": ["Moscow", "Russia"]}]
    assert derive_entity("state:russia", listings, []) == {
        "id": "state:russia", "name": "Russia", "type": "State", "aliases": ["Kremlin", "Moscow"]}
    refs = [{"article": "b", "path": "in/2.txt", "seq": 3, "name": "Later"},
            {"article": "b", "path": "in/2.txt", "seq": 1, "name": "First"}]
    assert derive_entity("x", [], refs) == {"id": "x", "name": "First", "type": "Unknown", "aliases": []}
    assert derive_entity("x", [], []) is None
