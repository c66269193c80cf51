"""``kg query`` is read-only: writes of every form, schema changes, ``CALL ... IN TRANSACTIONS``,
``LOAD CSV`` and procedures outside the allow-list are refused, and nothing they ask for happens.

The statement checks run without a database; the rest against the test suite's real Bolt server
(``tests/db_server.py``), where each hostile query is sent through ``kg query`` and the database is
compared before and after.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from db_server import clean_db, db_config  # noqa: F401 - fixtures

pytest.register_assert_rewrite("helpers")
from helpers import lines, run_cli

from kg.errors import QueryError
from loaders.neo4j import connect, run_query
from loaders.readonly import read_only_problem

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.cypher"))

HOSTILE = {
    "delete_in_transactions": 'MATCH (n:Entity {id: "state:iran"}) CALL { WITH n DETACH DELETE n } '
                              "IN TRANSACTIONS RETURN 1 AS x",
    "read_in_transactions": "MATCH (n) CALL { WITH n RETURN n.id AS i } IN TRANSACTIONS OF 10 ROWS RETURN i",
    "drop_constraint": "DROP CONSTRAINT entity_id",
    "create_index": "CREATE INDEX kg_hostile IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "drop_index": "DROP INDEX kg_hostile IF EXISTS",
    "create_constraint": "CREATE CONSTRAINT kg_hostile IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE",
    "load_csv": 'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line LIMIT 3',
    "set": 'MATCH (n:Entity {id: "state:iran"}) SET n.name = "pwned" RETURN n.name AS name',
    "merge": 'MERGE (n:Entity {id: "state:pwned"}) RETURN n.id AS id',
    "create": 'CREATE (n:Entity {id: "state:pwned"}) RETURN n.id AS id',
    "remove": 'MATCH (n:Entity {id: "state:iran"}) REMOVE n:State RETURN n.id AS id',
    "detach_delete": "MATCH (n) DETACH DELETE n",
    "foreach": 'MATCH (n:Entity) FOREACH (x IN [1] | SET n.pwned = x)',
    "write_procedure": 'CALL db.createLabel("Pwned")',
    "quoted_procedure": 'CALL `db`.`createProperty`("pwned")',
    "lowercase": 'match (n:Entity) set n.pwned = true return count(n) AS c',
    "hidden_after_comment": 'MATCH (n:Entity) // just reading\nDETACH DELETE n',
}

HARMLESS = [
    'MATCH (n:Entity {set: 1}) WHERE n.create = "CREATE" RETURN n.delete AS deleted // DROP it all',
    "MATCH (n:`CREATE`)-[:MERGE]->(m) RETURN count(*) AS c /* DELETE */",
    "MATCH (n:Entity) CALL { WITH n RETURN n.id AS i } RETURN i",
    "MATCH (n) RETURN n {.name, set: 1} AS n",
    "RETURN 'it''s SET in a string' AS s, \"DROP\" AS d",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.schema.visualization()",
    "CALL dbms.components()",
]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_every_shipped_query_passes_the_check(path):
    assert read_only_problem(path.read_text("utf-8")) is None


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_statements_are_refused_before_sending(name):
    assert read_only_problem(HOSTILE[name])


@pytest.mark.parametrize("cypher", HARMLESS)
def test_keywords_in_names_strings_and_comments_are_not_writes(cypher):
    assert read_only_problem(cypher) is None


def test_load_csv_and_procedures_only_with_their_flags():
    assert "--allow-load-csv" in read_only_problem(HOSTILE["load_csv"])
    assert read_only_problem(HOSTILE["load_csv"], allow_load_csv=True) is None
    assert "--allow-procedures" in read_only_problem(HOSTILE["write_procedure"])
    assert read_only_problem(HOSTILE["write_procedure"], allow_procedures=True) is None
    # the flags open nothing else
    assert read_only_problem('LOAD CSV FROM "file:///x" AS l CREATE (n)', allow_load_csv=True)


def test_a_refusal_needs_no_database(tmp_path):
    query = tmp_path / "evil.cypher"
    query.write_text(HOSTILE["delete_in_transactions"], "utf-8")
    code, out, err = run_cli(["query", str(query), "--uri", "bolt://127.0.0.1:1"])
    assert code == 1 and lines(err) == [
        "kg query: evil.cypher: refused: it uses DETACH, which writes; queries must be read-only"]


# -- against the server ---------------------------------------------------------------------------

def _state(config) -> dict:
    driver = connect(config)
    try:
        def rows(cypher):
            return sorted(repr(sorted(r.data().items())) for r in driver.execute_query(
                cypher, database_=config.database)[0])
        return {"nodes": rows("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"),
                "constraints": rows("SHOW CONSTRAINTS YIELD name RETURN name"),
                "indexes": rows("SHOW INDEXES YIELD name RETURN name")}
    finally:
        driver.close()


@pytest.fixture
def small_db(clean_db):
    from loaders.neo4j import CONSTRAINTS, create_constraints

    driver = connect(clean_db)
    try:
        create_constraints(driver, clean_db)
        driver.execute_query('CREATE (:Entity:State {id: "state:iran", name: "Iran"}), '
                             '(:Entity:State {id: "state:syria", name: "Syria"})', database_=clean_db.database)
    finally:
        driver.close()
    assert len(CONSTRAINTS) == 3
    return clean_db


def _cli_query(config, path, *flags):
    return run_cli(["query", str(path), "--uri", config.uri, "--user", config.user,
                    "--password", config.password, *(["--database", config.database] if config.database else []),
                    *flags])


@pytest.mark.db
def test_hostile_queries_change_nothing_on_the_server(small_db, tmp_path):
    before = _state(small_db)
    for name, cypher in sorted(HOSTILE.items()):
        path = tmp_path / f"{name}.cypher"
        path.write_text(cypher, "utf-8")
        code, out, err = _cli_query(small_db, path)
        assert code == 1, (name, out)
        assert len(lines(err)) == 1 and "read-only" in err and "Traceback" not in err, (name, err)
        assert "root:" not in out  # LOAD CSV printed nothing of the server's files
    assert _state(small_db) == before


@pytest.mark.db
def test_writes_are_refused_by_the_server_even_past_the_check(small_db, tmp_path):
    """With --allow-procedures the statement check lets any procedure through: a procedure that
    writes must still change nothing (Neo4j: READ access mode; any server: rollback)."""
    before = _state(small_db)
    path = tmp_path / "label.cypher"
    path.write_text(HOSTILE["write_procedure"], "utf-8")
    try:
        run_query(path, {}, small_db, allow_procedures=True)
    except QueryError as error:  # Neo4j refuses it in READ mode; ArcadeDB has no such procedure
        assert "\n" not in str(error)
    assert _state(small_db) == before


@pytest.mark.db
def test_allowed_procedures_and_reads_run(small_db, tmp_path):
    path = tmp_path / "labels.cypher"
    path.write_text("CALL db.labels() YIELD label RETURN label ORDER BY label", "utf-8")
    columns, rows = run_query(path, {}, small_db)
    assert columns == ["label"] and ["State"] in rows
    path.write_text('MATCH (n:Entity {id: $id}) RETURN n.name AS name', "utf-8")
    assert run_query(path, {"id": "state:iran"}, small_db) == (["name"], [["Iran"]])
