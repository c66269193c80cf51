"""``kg load``, ``kg query``, ``kg remove`` and ``kg.remove_from_neo4j`` against the real Neo4j."""
from __future__ import annotations

from pathlib import Path

import pytest
from db_server import clean_db, db_config, free_port, snapshot, write_seed_build  # noqa: F401 - fixtures
from helpers import lines, run_cli

import kg
from kg.errors import InputError
from loaders.neo4j import db_counts, load_build

pytestmark = pytest.mark.db
QUERIES = Path(__file__).resolve().parents[1] / "queries"


def flags(config) -> list[str]:
    return ["--uri", config.uri, "--user", config.user, "--password", config.password,
            "--database", config.database or "neo4j"]


def test_load_query_remove_through_the_cli(clean_db, tmp_path):
    build = write_seed_build(tmp_path / "all")
    code, out, err = run_cli(["load", build, *flags(clean_db)])
    assert code == 0, err
    assert "articles 3" in out and "unchanged 0" in out
    code, out, err = run_cli(["query", QUERIES / "opponents.cypher", "-p", "name=Russia", *flags(clean_db)])
    assert code == 0, err
    assert "Turkey" in out
    code, out, err = run_cli(["remove", "later/a3.txt", "a2", "no-such-article", *flags(clean_db)])
    assert code == 0, err
    assert out.strip() == "removed 2 articles; not in the database: no-such-article"
    code, out, err = run_cli(["query", QUERIES / "opponents.cypher", "-p", "name=Russia", *flags(clean_db)])
    assert code == 0 and "Turkey" not in out and "(0 rows)" in out
    assert db_counts(clean_db)["Article"] == 1


def test_remove_of_nothing_loaded_is_one_line(clean_db):
    code, out, err = run_cli(["remove", "a1", *flags(clean_db)])
    assert code != 0 and len(lines(err)) == 1 and "no such article" in err


def test_remove_against_a_dead_server_is_one_line():
    code, out, err = run_cli(["remove", "a1", "--uri", f"bolt://127.0.0.1:{free_port()}",
                              "--password", "not-a-password"])
    assert code != 0 and len(lines(err)) == 1 and "cannot reach" in err
    assert "Traceback" not in out + err


def test_remove_from_neo4j_in_python(clean_db, tmp_path):
    load_build(write_seed_build(tmp_path / "a1", ("a1",)), clean_db)
    expected = snapshot(clean_db)
    load_build(write_seed_build(tmp_path / "a3", ("a3",)), clean_db)
    auth = (clean_db.user, clean_db.password)
    assert kg.remove_from_neo4j("a3", clean_db.uri, auth, clean_db.database) == \
        {"removed": 1, "not_found": []}
    assert snapshot(clean_db) == expected
    with pytest.raises(InputError):
        kg.remove_from_neo4j(["a3"], clean_db.uri, auth, clean_db.database)


def test_load_says_its_progress_off_a_terminal(clean_db, tmp_path, monkeypatch):
    import re

    import kg.progress

    build = write_seed_build(tmp_path / "all")
    monkeypatch.setattr(kg.progress, "FIRST_AFTER", 0.0)  # a quick load says nothing otherwise
    monkeypatch.setattr(kg.progress, "MIN_GAP", 0.0)
    code, out, err = run_cli(["load", build, *flags(clean_db)])
    assert code == 0, err
    said = [line for line in lines(err) if line.startswith("kg load: ")]
    assert said and all(re.fullmatch(r"kg load: \d+ of 3 articles, \d+%, [\d.]+/s, \d+:\d\d elapsed(, about .* left)?", line)
                        for line in said), said
    assert said[-1].startswith("kg load: 3 of 3 articles, 100%")
