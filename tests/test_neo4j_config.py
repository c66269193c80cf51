"""Connection settings and the rows a build gives, without a server."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from db_server import line_contents, rows_contents, seed_extractions, write_build, write_seed_build

from kg.errors import InputError
from kg.types import ArticleExtraction, Ref
from loaders.aggregate import derive_edges, derive_entity, natural_key
from loaders.build import article_rows, digest
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


def test_rows_list_what_the_article_lists_and_name_every_end(tmp_path):
    (extraction,) = seed_extractions(("a1",))
    said = replace(extraction.relations[0], attributed_to=Ref("person:nobody", "Nobody"))
    bare = ArticleExtraction(extraction.article, (), (said, *extraction.relations[1:]))
    build = write_build(tmp_path, [bare])
    line = json.loads((build / "extractions.jsonl").read_text("utf-8"))
    [rows] = plan_load(build).articles
    assert rows_contents(rows) == line_contents(line)
    assert rows.mentions == []  # no MENTIONS for what the article does not list ...
    assert rows.entities["person:nobody"] == {"id": "person:nobody", "name": "Nobody", "type": "Unknown"}
    assert list(rows.entities) == [e.id for e in bare.completed(speakers=True).entities]  # ... a node for every end
    assert article_rows(line) == rows == article_rows(bare)  # a line, or the extraction it is


def test_the_digest_is_of_the_line_as_written(tmp_path):
    (extraction,) = seed_extractions(("a1",))
    line = extraction.to_dict()
    for rel in line["relations"]:  # a line of a build made before relations had periods
        del rel["valid_from"], rel["valid_until"], rel["former"]
    (tmp_path / "extractions.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    [rows] = plan_load(tmp_path).articles
    assert rows.props["digest"] == digest(line) != digest(ArticleExtraction.from_dict(line).to_dict())


@pytest.mark.parametrize("damage, message", [
    (lambda line: line["relations"][0].pop("sentence"), "lacks a field of an extraction"),
    (lambda line: line["entities"][0].update(name=None), "an entity without an id, a name or a type"),
    (lambda line: line["entities"][0].update(type=""), "an entity without an id, a name or a type"),
    (lambda line: line["relations"][0]["object"].update(id=None), "an entity reference without an id or a name"),
    (lambda line: line["relations"][0].update(type="LIKES"), "relation type not in the schema"),
])
def test_a_line_that_is_not_an_extraction_is_named_by_its_line_number(tmp_path, damage, message):
    build = write_seed_build(tmp_path)
    line = json.loads((build / "extractions.jsonl").read_text("utf-8").splitlines()[0])
    damage(line)
    with (build / "extractions.jsonl").open("a", encoding="utf-8") as lines:
        lines.write("\n" + json.dumps(line) + "\n")  # after a blank line: line 5
    with pytest.raises(InputError, match=rf"extractions\.jsonl:5: {message}"):
        plan_load(build)


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
