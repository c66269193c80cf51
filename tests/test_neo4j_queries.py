"""The query library (queries/*.cypher): shape of the files, and answers on a real Bolt server."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from db_server import clean_db, db_config, seeds_build, write_seed_build  # noqa: F401 - fixtures

from kg.errors import QueryError
from loaders.neo4j import load_build, parse_example, read_query, run_query

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.cypher"))
WRITES = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b|\bCALL\s+apoc",
                    re.IGNORECASE)
QUESTIONS = ["allies", "backers", "opponents", "meetings", "evidence", "paths", "timeline",
             "contested", "most_connected", "since", "members", "said_about"]


def code(path: Path) -> str:
    """The Cypher without comment lines or string literals."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.lstrip().startswith("//")]
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", "\n".join(lines))


def test_the_library_answers_the_questions():
    assert len(QUERIES) >= 12
    assert {q.stem for q in QUERIES} >= set(QUESTIONS)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_file_shape(path):
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("// ") and len(lines[0]) > 20, "opens with what it answers"
    params = parse_example(path)
    assert params, "has a // example: {...} line with parameters"
    body = code(path)
    assert not WRITES.search(body), "read-only"
    assert ";" not in body.strip().rstrip(";"), "one statement"
    assert set(re.findall(r"\$(\w+)", body)) == set(params), "the example gives every parameter"


def test_parse_example_and_read_query_errors(tmp_path):
    query = tmp_path / "q.cypher"
    query.write_text('// Who.\n// example: {"name": "Russia", "limit": 3}\nRETURN $name AS n;\n')
    assert parse_example(query) == {"name": "Russia", "limit": 3}
    assert read_query(query).endswith("RETURN $name AS n")
    query.write_text("// example: {name: Russia}\nRETURN 1\n")
    with pytest.raises(QueryError):
        parse_example(query)
    query.write_text("// only a comment\n")
    with pytest.raises(QueryError):
        read_query(query)
    with pytest.raises(QueryError):
        read_query(tmp_path / "missing.cypher")


@pytest.fixture
def hand_loaded(clean_db, tmp_path):
    load_build(write_seed_build(tmp_path / "build"), clean_db)
    return clean_db


@pytest.mark.db
def test_every_query_answers_on_the_hand_made_seed_build(hand_loaded):
    empty = []
    for path in QUERIES:
        columns, rows = run_query(path, parse_example(path), hand_loaded)
        assert columns
        if not rows:
            empty.append(path.stem)
    assert not empty, f"no rows from {empty}"


@pytest.mark.db
def test_query_answers_are_right(hand_loaded):
    queries = Path(QUERIES[0]).parent
    _, rows = run_query(queries / "allies.cypher", {"name": "assad"}, hand_loaded)  # by alias
    assert {r[0] for r in rows} == {"Iran", "Russia"}
    _, rows = run_query(queries / "members.cypher", {"name": "TURKEY"}, hand_loaded)
    assert rows[0][:4] == ["Hakan Fidan", "Person", "MEMBER_OF", "Foreign Minister"]
    columns, rows = run_query(queries / "evidence.cypher", {"a": "Moscow", "b": "Bashar al-Assad"},
                              hand_loaded)
    sentences = {row[columns.index("sentence")] for row in rows}
    assert "Moscow keeps helping Assad's army." in sentences
    _, rows = run_query(queries / "since.cypher", {"since": "2024-12-08"}, hand_loaded)
    assert {(r[1], r[2], r[3]) for r in rows} == {("Turkey", "OPPOSES", "Russia"),
                                                   ("Russia", "ALLY_OF", "Turkey")}
    columns, rows = run_query(queries / "contested.cypher", {"min_confidence": 0.5, "limit": 5},
                              hand_loaded)
    assert rows[0][columns.index("same_pair")] is True
    _, rows = run_query(queries / "paths.cypher", {"a": "Hakan Fidan", "b": "Al-Qaeda"}, hand_loaded)
    assert rows and rows[0][0][0] == "Hakan Fidan" and rows[0][0][-1] == "Al-Qaeda"


@pytest.mark.db
def test_hostile_parameters_are_only_values(hand_loaded):
    queries = Path(QUERIES[0]).parent
    _, rows = run_query(queries / "allies.cypher", {"name": "x') MATCH (n) DETACH DELETE n //"},
                        hand_loaded)
    assert rows == []
    _, rows = run_query(queries / "allies.cypher", {"name": "Iran"}, hand_loaded)
    assert rows


@pytest.mark.db
def test_missing_parameter_is_a_query_error(hand_loaded):
    with pytest.raises(QueryError) as caught:
        run_query(QUERIES[0], {}, hand_loaded)
    assert "\n" not in str(caught.value)


@pytest.mark.db
@pytest.mark.slow
def test_every_query_answers_on_the_built_seeds(clean_db, seeds_build):
    load_build(seeds_build, clean_db)
    empty = [p.stem for p in QUERIES if not run_query(p, parse_example(p), clean_db)[1]]
    assert not empty, f"the examples of {empty} find nothing in the seed articles"


@pytest.mark.db
def test_a_query_that_writes_is_refused_and_undone(hand_loaded, tmp_path):
    from loaders.neo4j import db_counts

    before = db_counts(hand_loaded)
    query = tmp_path / "writes.cypher"
    query.write_text("// Writes.\nMATCH (e:Entity) DETACH DELETE e RETURN count(*) AS n\n")
    with pytest.raises(QueryError, match="read-only|write"):
        run_query(query, {}, hand_loaded)
    assert db_counts(hand_loaded) == before
