"""Connection settings and the rows a build gives, without a server."""
from __future__ import annotations

import json

import pytest
from db_server import write_seed_build

from kg.errors import InputError
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
