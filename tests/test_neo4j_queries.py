"""The query library (queries/*.cypher): shape of the files, plans on Neo4j, and answers on the
hand-made seed build and on the seed articles built by the pipeline, checked against the gold."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from db_server import clean_db, db_config, seeds_build, write_seed_build  # noqa: F401 - fixtures

from kg.errors import QueryError
from kg.evaluate import norm
from loaders.neo4j import connect, load_build, parse_example, read_query, run_query

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.cypher"))
WRITES = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b|\bCALL\s+apoc",
                    re.IGNORECASE)
QUESTIONS = ["allies", "backers", "opponents", "meetings", "evidence", "paths", "timeline",
             "contested", "most_connected", "since", "members", "said_about", "profile",
             "changed_since", "single_story", "as_of", "ended"]
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"
# GQL statuses that say the data lacks a label, type or property a query names: not the query's fault
UNKNOWN_NAMES = {"01N50", "01N51", "01N52"}


def code(path: Path) -> str:
    """The Cypher without comment lines or string literals."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.lstrip().startswith("//")]
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", "\n".join(lines))


def test_the_library_answers_the_questions():
    assert len(QUERIES) >= 15
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


@pytest.mark.db
def test_every_query_plans_as_a_read_without_warnings(hand_loaded):
    """EXPLAIN on Neo4j itself: the plan is valid, read-only, and draws no warning (deprecated
    syntax, say) beyond names the data happens to lack."""
    driver = connect(hand_loaded)
    try:
        for path in QUERIES:
            with driver.session(database=hand_loaded.database,
                                notifications_min_severity="WARNING") as session:
                summary = session.run("EXPLAIN " + read_query(path), parse_example(path)).consume()
            assert summary.query_type == "r", path.stem
            assert summary.plan, path.stem
            warnings = [(g.gql_status, g.status_description) for g in summary.gql_status_objects
                        if g.is_notification and g.raw_severity == "WARNING"
                        and g.gql_status not in UNKNOWN_NAMES]
            assert not warnings, f"{path.stem}: {warnings}"
    finally:
        driver.close()


@pytest.mark.db
def test_what_changed_since_a_date(hand_loaded):
    columns, rows = run_query(Path(QUERIES[0]).parent / "changed_since.cypher", {"since": "2024-12-08"},
                              hand_loaded)
    got = {(r[1], r[2], r[3]): dict(zip(columns, r)) for r in rows}
    assert set(got) == {("Turkey", "OPPOSES", "Russia"), ("Russia", "ALLY_OF", "Turkey"),
                        ("Turkey", "BACKS", "Syrian rebels")}  # a3's denial is no relation
    assert got["Turkey", "OPPOSES", "Russia"]["change"] == "new"
    backs = got["Turkey", "BACKS", "Syrian rebels"]
    assert (backs["change"], backs["statements_since"], backs["mentions"]) == ("reported again", 1, 2)
    assert backs["sentences"] == ["Ankara again backed the rebels."]


@pytest.mark.db
def test_relations_seen_in_only_one_story(hand_loaded):
    query = Path(QUERIES[0]).parent / "single_story.cypher"
    _, everything = run_query(query, {"name": "", "limit": 100}, hand_loaded)
    _, turkey = run_query(query, {"name": "ankara", "limit": 100}, hand_loaded)  # by alias
    assert ("Turkey", "BACKS", "Syrian rebels") not in {tuple(r[:3]) for r in everything}  # s1 and s3
    assert len(everything) == 27  # the 28 edges of the build but that one
    assert {tuple(r[:3]) for r in turkey} == {
        ("Turkey", "OPPOSES", "Russia"), ("Russia", "ALLY_OF", "Turkey"),
        ("Hakan Fidan", "MEMBER_OF", "Turkey"), ("Turkey", "PARTICIPATES_IN", "Astana process")}
    assert {r[3] for r in turkey} == {"s1", "s3"}


def gold_relations() -> list[dict]:
    """The required relations of the seed articles' gold, each side with every name the gold's
    entities give it (its aliases), as ``kg eval`` reads them."""
    if not GOLD.is_file():
        pytest.skip(f"no gold file at {GOLD}")
    out = []
    for line in GOLD.read_text("utf-8").splitlines():
        record = json.loads(line)
        aliases = {e["name"]: e.get("aliases") or [] for e in record.get("entities") or []}

        def side(names: list[str]) -> list[str]:
            return list(dict.fromkeys(n for name in names for n in [name, *aliases.get(name, [])]))

        for rel in record["relations"]:
            if rel["required"]:
                types = rel["type"] if isinstance(rel["type"], list) else [rel["type"]]
                out.append({"subject": side(rel["subject"]), "types": set(types),
                            "object": side(rel["object"])})
    return out


NAMES = """
MATCH (e:Entity {name: $name})
RETURN e.name AS name, e.aliases AS aliases,
       COLLECT { MATCH (e)<-[:SUBJECT]-(ev:Evidence) RETURN ev.subject_text } +
       COLLECT { MATCH (e)<-[:OBJECT]-(ev:Evidence) RETURN ev.object_text } AS texts
"""


def names_of(config, name: str) -> set[str]:
    """Every name an answer goes by, normalised as ``kg eval`` does: its name, its aliases and the
    words the statements about it used (a gold name matches through any of them, as in the scorer)."""
    driver = connect(config)
    try:
        records, _, _ = driver.execute_query(NAMES, {"name": name}, database_=config.database)
    finally:
        driver.close()
    return {norm(n) for r in records for n in [r["name"], *(r["aliases"] or []), *r["texts"]] if n}


# query -> (the column naming the counterpart, relation types, where the counterpart stands in the
# gold relation: "subject" (the query's actor is the object) or "either" (symmetric types))
GOLD_CHECKED = {
    "allies": ("ally", {"ALLY_OF"}, "either"),
    "backers": ("backer", {"BACKS"}, "subject"),
    "opponents": ("opponent", {"OPPOSES", "FIGHTS"}, "subject"),
    "meetings": ("met_with", {"MET_WITH"}, "either"),
    "members": ("member", {"MEMBER_OF", "LEADS"}, "subject"),
}


@pytest.mark.db
@pytest.mark.slow
def test_query_answers_on_the_seeds_agree_with_the_gold(clean_db, seeds_build):
    """For each question with its example actor: every required gold relation of the seed articles
    that the question asks about has its counterpart among the answers (the actor asked for by
    any of the names the gold allows for it)."""
    load_build(seeds_build, clean_db)
    gold = gold_relations()
    checked = 0
    for stem, (column, types, side) in GOLD_CHECKED.items():
        path = Path(QUERIES[0]).parent / f"{stem}.cypher"
        (key, name), = parse_example(path).items()
        for rel in gold:
            if not rel["types"] & types:
                continue
            pairs = [(rel["object"], rel["subject"])]
            if side == "either":
                pairs.append((rel["subject"], rel["object"]))
            for asked, wanted in pairs:
                if name not in asked:
                    continue
                answers = set()
                for alternative in asked:
                    columns, rows = run_query(path, {key: alternative}, clean_db)
                    answers |= {row[columns.index(column)] for row in rows}
                known_as = set().union(*(names_of(clean_db, answer) for answer in answers)) if answers else set()
                assert known_as & {norm(w) for w in wanted}, \
                    f"{stem} {name!r}: none of {wanted} in {sorted(answers)}"
                checked += 1
    assert checked >= 8
    queries = Path(QUERIES[0]).parent
    columns, rows = run_query(queries / "evidence.cypher", parse_example(queries / "evidence.cypher"), clean_db)
    assert rows and all("Fidan" in row[columns.index("sentence")] for row in rows)
    _, rows = run_query(queries / "paths.cypher", parse_example(queries / "paths.cypher"), clean_db)
    assert rows[0][0][0] == "Hakan Fidan" and rows[0][0][-1] == "Bashar al-Assad"
    columns, rows = run_query(queries / "timeline.cypher", {"name": "Lavrov"}, clean_db)
    assert {"MET_WITH", "MEMBER_OF"} <= {row[columns.index("relation")] for row in rows}
    assert {row[columns.index("date")] for row in rows} <= {"2024-12-07", None}


@pytest.mark.db
@pytest.mark.slow
def test_the_graph_as_of_a_date_and_the_relations_that_ended(clean_db, seeds_build):
    """Assad's office has the catalogue's term (until 2024-12-08): it is in the graph as of the
    day before and among the relations that had ended by a later date, not the other way round."""
    load_build(seeds_build, clean_db)
    queries = Path(QUERIES[0]).parent

    def has_assad(rows, columns):
        at = {c: i for i, c in enumerate(columns)}
        return any(r[at["subject"]] == "Bashar al-Assad" and r[at["relation"]] == "LEADS" for r in rows)

    columns, rows = run_query(queries / "as_of.cypher", {"date": "2024-12-07"}, clean_db)
    assert has_assad(rows, columns)
    columns, rows = run_query(queries / "as_of.cypher", {"date": "2025-01-01"}, clean_db)
    assert not has_assad(rows, columns) and rows  # others still hold
    columns, rows = run_query(queries / "ended.cypher", {"date": "2025-01-01"}, clean_db)
    assert has_assad(rows, columns)
    columns, rows = run_query(queries / "ended.cypher", {"date": "2024-12-01"}, clean_db)
    assert not has_assad(rows, columns)
