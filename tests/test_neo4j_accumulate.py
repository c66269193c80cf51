"""Loads that accumulate, and removal, on a real Neo4j: the database holds the evidence, and edges and
entities are derived from everything loaded, whatever the builds it came in."""
from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import pytest
from db_server import (  # noqa: F401 - fixtures
    BoltProxy,
    clean_db,
    db_config,
    seed_extractions,
    snapshot,
    wipe,
    write_build,
)

from kg.errors import DatabaseError, InputError
from kg.types import ArticleExtraction, Entity, Mention
from loaders.neo4j import (
    RECOMPUTED,
    Neo4jConfig,
    connect,
    db_counts,
    load_build,
    read_graph,
    remove_articles,
    run_query,
)

pytestmark = pytest.mark.db
QUERIES = Path(__file__).resolve().parents[1] / "queries"


def build_of(tmp_path: Path, name: str, extractions: list) -> Path:
    return write_build(tmp_path / name, extractions)


def seeds(*ids: str) -> list:
    return seed_extractions(tuple(ids))


def edge(config, source: str, rel_type: str, target: str) -> dict:
    return read_graph(config).edges[source, target, rel_type]


def fresh_load(config, *builds: Path):
    wipe(config)
    for build in builds:
        load_build(build, config)
    return snapshot(config)


def test_build_a_then_build_b_is_the_build_of_both(clean_db, tmp_path):
    both = fresh_load(clean_db, build_of(tmp_path, "all", seeds("a1", "a2", "a3")))
    a, b = build_of(tmp_path, "a", seeds("a1")), build_of(tmp_path, "b", seeds("a2", "a3"))
    assert fresh_load(clean_db, a, b) == both
    assert fresh_load(clean_db, b, a) == both
    # the aggregates are those of graph.json of the build of both
    built = nx.node_link_graph(json.loads((tmp_path / "all" / "graph.json").read_text()), edges="links")
    got = read_graph(clean_db)
    for u, v, k, attrs in built.edges(keys=True, data=True):
        assert got.edges[u, v, k] == attrs


def test_a_smaller_build_loaded_later_takes_nothing_away(clean_db, tmp_path):
    load_build(build_of(tmp_path, "all", seeds("a1", "a2", "a3")), clean_db)
    before = snapshot(clean_db)
    iran_assad = ("person:bashar-al-assad", "ALLY_OF", "state:iran")  # symmetric: smaller id first
    assert edge(clean_db, *iran_assad)["count"] == 2
    load_build(build_of(tmp_path, "one", seeds("a1")), clean_db)  # the same a1 again: a no-op
    assert snapshot(clean_db) == before
    ally = edge(clean_db, *iran_assad)
    assert (ally["count"], ally["articles"], len(ally["evidence"])) == (2, ["a1", "a2"], 2)


def with_aliases(extraction: ArticleExtraction, entity_id: str, aliases: tuple[str, ...]):
    entities = tuple(dataclasses.replace(e, aliases=aliases) if e.id == entity_id else e
                     for e in extraction.entities)
    return dataclasses.replace(extraction, entities=entities)


def test_aliases_are_those_of_every_article(clean_db, tmp_path):
    a1, a3 = seeds("a1")[0], seeds("a3")[0]
    load_build(build_of(tmp_path, "a", [with_aliases(a1, "state:russia", ("Moscow", "Russian"))]), clean_db)
    load_build(build_of(tmp_path, "b", [with_aliases(a3, "state:russia", ("Kremlin",))]), clean_db)
    assert read_graph(clean_db).nodes["state:russia"]["aliases"] == ["Kremlin", "Moscow", "Russian"]
    _, rows = run_query(QUERIES / "profile.cypher", {"name": "kremlin"}, clean_db)
    assert ("OPPOSES", False, "Turkey") in {(r[0], r[1], r[2]) for r in rows}


def test_reloading_an_article_replaces_its_contribution(clean_db, tmp_path):
    a1, a2, a3 = seeds("a1", "a2", "a3")
    load_build(build_of(tmp_path, "all", [a1, a2, a3]), clean_db)
    # a1 extracted again (a new model, say): one statement fewer, one more, an entity gone
    dropped = [r for r in a1.relations if r.type == "ALLY_OF"]
    added = dataclasses.replace(a1.relations[0], type="CALLED_ON", sentence="Tehran urged Assad on.")
    kept = tuple(r for r in a1.relations if r not in dropped) + (added,)
    used = {ref.id for r in kept for ref in (r.subject, r.object, r.attributed_to) if ref}
    new_a1 = dataclasses.replace(a1, relations=kept, entities=tuple(e for e in a1.entities if e.id in used))
    load_build(build_of(tmp_path, "new-a1", [new_a1]), clean_db)
    reloaded = snapshot(clean_db)
    assert reloaded == fresh_load(clean_db, build_of(tmp_path, "new-all", [new_a1, a2, a3]))
    got = read_graph(clean_db)
    ally = got.edges["person:bashar-al-assad", "state:iran", "ALLY_OF"]
    assert (ally["count"], ally["articles"]) == (1, ["a2"])
    assert got.edges["state:iran", "person:bashar-al-assad", "CALLED_ON"]["articles"] == ["a1"]


def test_one_new_article_recomputes_only_what_it_touches(clean_db, tmp_path):
    everything: dict[str, int] = {}
    load_build(build_of(tmp_path, "all", seeds("a1", "a2", "a3")), clean_db, recomputed=everything)
    # into an empty database: every edge and entity, from the 32 statements that support an edge (the 33rd denies)
    assert everything == {"edges": 28, "entities": 16, "evidence": 32} and list(everything) == list(RECOMPUTED)
    a4 = dataclasses.replace(seeds("a3")[0], article=dataclasses.replace(
        seeds("a3")[0].article, id="a4", path="later/a4.txt", story="s4", date="2024-12-11"))
    a4 = dataclasses.replace(a4, relations=tuple(r for r in a4.relations if r.type == "BACKS"))
    recomputed: dict[str, int] = {}
    load_build(build_of(tmp_path, "a4", [a4]), clean_db, recomputed=recomputed)
    # only Turkey BACKS Syrian rebels was derived again, from its own statements (a1's, a3's and a4's), not
    # from the other edges' 30; and only the four entities a4 lists
    assert recomputed == {"edges": 1, "entities": 4, "evidence": 3}
    backs = edge(clean_db, "state:turkey", "BACKS", "group:syrian-rebels")
    assert (backs["count"], backs["last_seen"], backs["stories"]) == (3, "2024-12-11", ["s1", "s3", "s4"])
    assert backs["articles"] == ["a1", "a3", "a4"]


# A Bolt COMMIT message as a client sends it: a chunk of two bytes (a struct of no fields, signature 0x12),
# then the end-of-message marker.
COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class CommitCutter(BoltProxy):
    """A proxy in front of the database of ``config`` that counts the COMMIT messages its clients
    send and, at the ``cut_at``-th, goes away: that COMMIT never reaches the server, and that
    connection and every later packet end. The client is left not knowing whether its transaction
    committed (the driver's ``IncompleteCommit``); the server, its client gone, rolls it back.
    ``config`` is the database's config through the proxy."""

    def __init__(self, config: Neo4jConfig, cut_at: int | None = None) -> None:
        where = urlsplit(config.uri)
        if where.scheme.endswith(("+s", "+ssc")):
            pytest.skip("the proxy speaks plain Bolt, not TLS")
        self.commits = 0
        self.cut_at = cut_at
        self.cut = threading.Event()
        self.lock = threading.Lock()
        super().__init__(where.hostname, where.port or 7687)
        self.config = dataclasses.replace(config, uri=f"bolt://127.0.0.1:{self.port}")

    def on_packet(self, data: bytes, from_client: bool) -> str:
        with self.lock:
            if self.cut.is_set():
                return "end"
            if from_client and COMMIT in data:
                self.commits += data.count(COMMIT)
                if self.cut_at is not None and self.commits >= self.cut_at:
                    self.cut.set()
                    return "end"
        return "forward"


def test_a_transaction_that_fails_half_way_leaves_nothing_half_done(clean_db, tmp_path):
    """The server goes away as the second batch of a load commits: the first batch stays, the
    second goes whole with its rollback, and loading again completes the load. The cut is at the
    batch's last COMMIT, however many transactions it takes, so that a batch split across
    transactions would leave its first part behind."""
    build = build_of(tmp_path, "all", seeds("a1", "a2", "a3"))
    expected = fresh_load(clean_db, build)
    after_a1 = fresh_load(clean_db, build_of(tmp_path, "a1", seeds("a1")))
    wipe(clean_db)
    counter = CommitCutter(clean_db)  # the same load first, through a proxy that only counts
    marks: list[int] = []  # the COMMITs sent by the time each batch had committed
    try:
        load_build(build, counter.config, batch_size=1, on_batch=lambda kind, n: marks.append(counter.commits))
    finally:
        counter.close()
    assert len(marks) == 3 and marks[0] < marks[1]  # one article a transaction
    wipe(clean_db)
    cutter, done = CommitCutter(clean_db, cut_at=marks[1]), []
    try:
        with pytest.raises(DatabaseError, match="cannot reach"):
            load_build(build, cutter.config, batch_size=1, on_batch=lambda kind, n: done.append(n))
    finally:
        cutter.close()
    assert cutter.cut.is_set() and done == [1]  # a1 committed, a2 sent whole and cut as it committed
    assert snapshot(clean_db) == after_a1  # read directly: a2's writes went out again with the rollback
    assert load_build(build, clean_db, batch_size=1)["unchanged"] == 1
    assert snapshot(clean_db) == expected


def test_removing_an_article_is_the_inverse_of_loading_it(clean_db, tmp_path):
    expected = fresh_load(clean_db, build_of(tmp_path, "a12", seeds("a1", "a2")))
    fresh_load(clean_db, build_of(tmp_path, "all", seeds("a1", "a2", "a3")))
    recomputed: dict[str, int] = {}
    assert remove_articles(["a3"], clean_db, recomputed=recomputed) == {"removed": 1, "not_found": []}
    assert snapshot(clean_db) == expected
    # what a3 touched: its three edges (its denial is none) and four entities; one statement of a1's remains
    assert recomputed == {"edges": 3, "entities": 4, "evidence": 1}
    got = read_graph(clean_db)
    assert not got.has_edge("state:russia", "state:turkey")  # a3 alone said so
    backs = got.edges["state:turkey", "group:syrian-rebels", "BACKS"]
    assert (backs["count"], backs["articles"], backs["last_seen"]) == (1, ["a1"], "2024-12-07")


def test_remove_by_path_and_what_only_the_article_supported(clean_db, tmp_path):
    odd = Entity("person:only-here", "Only Here", "Person", ("OH",), (Mention("Only Here", 0, 9),))
    a3 = seeds("a3")[0]
    a3 = dataclasses.replace(a3, entities=a3.entities + (odd,))
    load_build(build_of(tmp_path, "all", [*seeds("a1", "a2"), a3]), clean_db)
    assert "person:only-here" in read_graph(clean_db)
    result = remove_articles(["later/a3.txt", "nowhere.txt"], clean_db)
    assert result == {"removed": 1, "not_found": ["nowhere.txt"]}
    assert "person:only-here" not in read_graph(clean_db)
    assert db_counts(clean_db)["Article"] == 2


def test_removing_everything_leaves_an_empty_graph_with_its_constraints(clean_db, tmp_path):
    load_build(build_of(tmp_path, "all", seeds("a1", "a2", "a3")), clean_db)
    result = remove_articles(["a1", "seeds/a1.txt", "later/a", "seeds/a"], clean_db)
    assert result == {"removed": 1, "not_found": ["later/a", "seeds/a"]}  # a path is a file's or a folder's
    assert remove_articles(["seeds/"], clean_db)["removed"] == 1  # a folder takes what was built from it
    assert db_counts(clean_db)["Article"] == 1
    remove_articles(["later"], clean_db)
    assert snapshot(clean_db) == ([], [])
    driver = connect(clean_db)
    try:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name",
                                             database_=clean_db.database)
    finally:
        driver.close()
    assert {"entity_id", "article_id", "evidence_id"} <= {r["name"] for r in records}
    with pytest.raises(InputError, match="no such article"):
        remove_articles(["a1"], clean_db)


def test_the_load_benchmark_measures_a_real_load(clean_db, tmp_path):
    from loaders.benchmark import measure
    from loaders.neo4j import LOAD_STEPS

    figures = measure(build_of(tmp_path, "all", seeds("a1", "a2", "a3")), clean_db, sample=2)
    assert figures["full"]["nodes"] == 16 + 3 + 33 and figures["full"]["graph_edges"] == 28
    assert figures["reload_unchanged"]["batches"] == 0 and figures["add_one"]["batches"] == 1
    assert figures["add_one"]["unchanged"] == 2
    assert figures["sample"]["same_graph"] and figures["sample"]["articles"] == 2
    steps = figures["full"]["steps"]
    assert list(steps) == list(LOAD_STEPS) and all(seconds >= 0 for seconds in steps.values())
    assert steps["entities"] > 0 and steps["derive edges"] > 0  # every step is timed, the entities' too
    assert sum(steps.values()) <= figures["full"]["seconds"] + 0.01


def _copy(art_id: str, story: str, date: str | None, relations: list) -> ArticleExtraction:
    from kg.types import Article

    names = {ref.id: ref.name for rel in relations for ref in (rel.subject, rel.object)}
    article = Article(id=art_id, path=f"{art_id}.txt", text="x", date=date, source="Wire", story=story)
    entities = tuple(Entity(i, n, i.split(":")[0].capitalize(), (), (Mention(n, 0, len(n)),))
                     for i, n in sorted(names.items()))
    return ArticleExtraction(article, entities, tuple(relations))


def _met(sentence: str):
    from kg.types import Ref, Relation

    lavrov, iran = Ref("person:sergei-lavrov", "Sergei Lavrov"), Ref("state:iran", "Iran")
    return Relation(lavrov, "MET_WITH", iran, "Lavrov", "Iran", sentence, 0, len(sentence), "met", confidence=0.8)


def _backs():
    from kg.types import Ref, Relation

    return Relation(Ref("state:russia", "Russia"), "BACKS", Ref("state:syria", "Syria"), "Russia", "Syria",
                    "Russia backs Syria.", 0, 19, "backs", confidence=0.8)


def test_an_undated_copys_edge_takes_its_storys_date_in_the_database_however_it_is_loaded(clean_db, tmp_path):
    undated = _copy("u1", "story-1", None, [_met("Lavrov met Iran's minister."), _backs()])
    dated = _copy("d1", "story-1", "2024-12-07", [_backs()])
    met = ("person:sergei-lavrov", "MET_WITH", "state:iran")
    together = build_of(tmp_path, "both", [undated, dated])
    load_build(together, clean_db)
    assert edge(clean_db, *met)["first_seen"] == "2024-12-07"
    graph = json.loads((together / "graph.json").read_text("utf-8"))
    assert next(e for e in graph["links"] if e["type"] == "MET_WITH")["first_seen"] == "2024-12-07"
    expected = snapshot(clean_db)

    wipe(clean_db)  # the undated copy first, then the dated one in another build
    load_build(build_of(tmp_path, "undated", [undated]), clean_db)
    assert edge(clean_db, *met)["first_seen"] is None
    load_build(build_of(tmp_path, "dated", [dated]), clean_db)
    assert edge(clean_db, *met)["first_seen"] == "2024-12-07"
    assert snapshot(clean_db) == expected

    remove_articles(["d1"], clean_db)  # the dated copy gone: the story has no date any more
    assert edge(clean_db, *met)["first_seen"] is None and edge(clean_db, *met)["last_seen"] is None
