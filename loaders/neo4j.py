"""Neo4j over Bolt: add builds to the database and take articles out, run the query library, read
the graph back.

The database holds the evidence; the graph is derived from it (every label and relationship type
is a constant here or a name from ``kg.schema``; everything read from articles goes in as a
parameter):

- ``(:Article {id, path, title, date, source, url, story, digest})`` per article loaded,
- ``(:Evidence {id, type, sentence, negated, hedged, trigger, confidence, start, end, role, ...})``
  per extracted relation, denials included, with ``(ev)-[:SUBJECT]->(entity)``,
  ``(ev)-[:OBJECT]->(entity)``, ``(ev)-[:IN_ARTICLE]->(article)`` and, when someone said it,
  ``(ev)-[:ATTRIBUTED_TO]->(entity)``; it also carries its article's date, story and source, the
  names its article gave its ends, and ``edge``, the indexed key of the graph edge it supports,
- ``(:Article)-[:MENTIONS {count, name, type, aliases}]->(:Entity)``: the article's entity list,
- derived from those: ``(:Entity:<Type> {id, name, type, aliases})`` (``<Type>`` one of
  ``kg.schema.ENTITY_TYPES``; an entity of another type, e.g. ``Unknown``, is only an ``Entity``)
  and ``(:Entity)-[:<TYPE>]->(:Entity)`` with the aggregates of ``graph.json`` (``evidence`` as a
  JSON string, named in ``json_props``; properties that are None named in ``null_props``).

A load replaces each changed article's evidence and entity list, in transactions of whole
articles, and in the same transaction derives again the edges and entities those articles touch
(``loaders.aggregate``), and only those. Loading a build twice changes nothing; loading build A
then build B gives what loading the build of both gives; an interrupted load completes when run
again; ``remove_articles`` is the inverse of a load.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
import neo4j
from neo4j import GraphDatabase, NotificationMinimumSeverity, RoutingControl
from neo4j import exceptions as neo4j_errors

from kg.errors import DatabaseError, InputError, QueryError, UsageError
from kg.schema import ENTITY_TYPES, RELATION_TYPES, check_entity_type, check_relation_type
from kg.types import UNKNOWN_TYPE

from .aggregate import derive_edges, derive_entity, edge_props
from .build import (  # noqa: F401 - part of this module's interface
    ArticleRows,
    LoadPlan,
    edge_key,
    entity_label,
    evidence_id,
    flatten,
    one_line,
    plan_load,
    read_extractions,
    read_graph_json,
    unflatten,
)

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "password"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Keys under uniqueness constraints: (constraint name, label, property).
CONSTRAINTS = (
    ("entity_id", "Entity", "id"),
    ("article_id", "Article", "id"),
    ("evidence_id", "Evidence", "id"),
)
INDEXES = (("evidence_edge", "Evidence", "edge"),  # finds the statements of one edge
           ("evidence_story", "Evidence", "story"),  # and those of one story's copies
           ("article_story", "Article", "story"))
EDGE_DEFAULTS = {"first_seen": None, "last_seen": None, "role": None, "valid_from": None, "valid_until": None,
                 "former": None, "stated_on": None, "stated_from": None, "stated_until": None, "stated_former": None}

BatchCallback = Callable[[str, int], None]


@dataclass(frozen=True)
class Neo4jConfig:
    """Where the database is and how to log in. ``database=None`` is the server's default."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default=DEFAULT_PASSWORD, repr=False)
    database: str | None = None

    @classmethod
    def from_env(cls, **overrides: Any) -> Neo4jConfig:
        """The config from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, then
        ``overrides`` (those that are not None: CLI flags that were not given pass None)."""
        config = cls(
            uri=os.environ.get("NEO4J_URI") or DEFAULT_URI,
            user=os.environ.get("NEO4J_USER") or DEFAULT_USER,
            password=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
            database=os.environ.get("NEO4J_DATABASE") or None,
        )
        return replace(config, **{k: v for k, v in overrides.items() if v is not None})


# --------------------------------------------------------------------------- connection & errors

_one_line = one_line


def _db_error(error: Exception, config: Neo4jConfig) -> DatabaseError:
    where = f"the Neo4j server at {config.uri}"
    if isinstance(error, neo4j_errors.AuthError):
        return DatabaseError(f"{where} refused the credentials of user {config.user!r}")
    if isinstance(error, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError)):
        return DatabaseError(f"cannot reach {where}: {_one_line(error)}")
    code = getattr(error, "code", "") or ""
    if code.endswith("DatabaseNotFound"):
        return DatabaseError(f"{where} has no database {config.database!r}")
    return DatabaseError(f"{where} failed: {_one_line(error)}")


@contextmanager
def _translated(config: Neo4jConfig, query: str | None = None) -> Iterator[None]:
    """Turn driver errors into the package's: a bad query is a QueryError, the rest DatabaseError."""
    try:
        yield
    except neo4j_errors.AuthError as error:
        raise _db_error(error, config) from None
    except neo4j_errors.ClientError as error:
        code = getattr(error, "code", "") or ""
        if query and (".Statement." in code or ".Request." in code) and "DatabaseNotFound" not in code:
            raise QueryError(f"{query}: {_one_line(error)}") from None
        raise _db_error(error, config) from None
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as error:
        raise _db_error(error, config) from None


def connect(config: Neo4jConfig) -> neo4j.Driver:
    """A driver for ``config`` whose server answered and accepted the credentials and database.

    Raises ``DatabaseError`` (one line) when the server is unreachable, refuses the credentials or
    has no such database. The caller closes the driver.
    """
    scheme = config.uri.split("://", 1)[0].lower() if "://" in config.uri else ""
    if scheme not in BOLT_SCHEMES:
        raise DatabaseError(f"not a Bolt URI: {config.uri!r} (expected bolt:// or neo4j://)")
    try:
        driver = GraphDatabase.driver(config.uri, auth=(config.user, config.password),
                                      connection_timeout=10.0, max_transaction_retry_time=5.0,
                                      notifications_min_severity=NotificationMinimumSeverity.OFF)
    except (ValueError, neo4j_errors.ConfigurationError) as error:
        raise DatabaseError(f"bad Neo4j URI {config.uri!r}: {_one_line(error)}") from None
    try:
        with _translated(config):
            driver.verify_connectivity()
            with driver.session(database=config.database) as session:
                session.run("RETURN 1").consume()
    except DatabaseError:
        driver.close()
        raise
    return driver


# --------------------------------------------------------------------------- writing

def create_constraints(driver: neo4j.Driver, config: Neo4jConfig) -> None:
    """The uniqueness constraints the MERGEs rely on and the index that finds an edge's
    evidence (no-ops when they exist)."""
    for name, label, prop in CONSTRAINTS:
        driver.execute_query(
            f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE",
            database_=config.database)
    for name, label, prop in INDEXES:
        driver.execute_query(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})",
                             database_=config.database)


DIGESTS = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.digest AS digest"
# taken first in a transaction that writes articles: MERGE locks each one, so a load of the same
# article at the same time waits for this one to commit, then sees (and takes out) what it wrote
LOCK_ARTICLES = ("UNWIND $ids AS id MERGE (a:Article {id: id}) "
                 "RETURN a.id AS id, a.digest IS NOT NULL AS stored")
CONTRIBUTION = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id,
       COLLECT { MATCH (a)<-[:IN_ARTICLE]-(ev:Evidence) WHERE ev.edge IS NOT NULL
                 RETURN DISTINCT [ev.edge_source, ev.type, ev.edge_target] } AS edges,
       COLLECT { MATCH (a)<-[:IN_ARTICLE]-(:Evidence)-[:SUBJECT|OBJECT|ATTRIBUTED_TO]->(e:Entity)
                 RETURN DISTINCT e.id } AS ends,
       COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id } AS listed
"""
DELETE_EVIDENCE = ("UNWIND $ids AS id MATCH (:Article {id: id})<-[:IN_ARTICLE]-(ev:Evidence) "
                   "DETACH DELETE ev")
DELETE_MENTIONS = "UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->() DELETE m"
DELETE_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a"
ENTITIES = ("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) "
            "ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []")
ARTICLES = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row.props"
MENTIONS = ("UNWIND $rows AS row "
            "MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity}) "
            "CREATE (a)-[:MENTIONS {count: row.count, name: row.name, type: row.type, "
            "aliases: row.aliases}]->(e)")
EVIDENCE = ("UNWIND $rows AS row "
            "MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object}) "
            "MATCH (a:Article {id: row.article}) "
            "CREATE (ev:Evidence) SET ev = row.props "
            "CREATE (ev)-[:SUBJECT]->(s) CREATE (ev)-[:OBJECT]->(o) CREATE (ev)-[:IN_ARTICLE]->(a) "
            "WITH ev, row WHERE row.attributed_to IS NOT NULL "
            "MATCH (p:Entity {id: row.attributed_to}) CREATE (ev)-[:ATTRIBUTED_TO]->(p)")
EDGE_EVIDENCE = "UNWIND $edges AS edge MATCH (ev:Evidence {edge: edge}) RETURN properties(ev) AS ev"
# An undated copy of a story takes the story's date: the earliest of its dated copies loaded.
STORY_DATES = ("UNWIND $stories AS story MATCH (a:Article {story: story}) WHERE a.date IS NOT NULL "
               "RETURN a.story AS story, a.date AS date")
STORIES_OF = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN DISTINCT a.story AS story"
UNDATED_EDGES = ("UNWIND $stories AS story MATCH (ev:Evidence {story: story}) "
                 "WHERE ev.date IS NULL AND ev.edge IS NOT NULL "
                 "RETURN DISTINCT [ev.edge_source, ev.type, ev.edge_target] AS edge")
ENTITY_FACTS = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,
       COLLECT { MATCH (a:Article)-[m:MENTIONS]->(e)
                 RETURN {article: a.id, path: a.path, name: m.name, type: m.type, aliases: m.aliases} }
         AS listings
"""
REF_NAMES = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       COLLECT { MATCH (e)<-[:SUBJECT|OBJECT|ATTRIBUTED_TO]-(ev:Evidence)
                 RETURN {article: ev.article, path: ev.path, seq: ev.seq,
                         name: CASE e.id WHEN ev.subject_id THEN ev.subject_name
                                         WHEN ev.object_id THEN ev.object_name
                                         ELSE ev.attributed_to_name END} } AS refs
"""
DELETE_ENTITIES = "UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e"
_ALL_TYPE_LABELS = ":".join(check_entity_type(t) for t in ENTITY_TYPES)


def _edge_write(rel_type: str) -> str:
    return ("UNWIND $rows AS row "
            "MATCH (s:Entity {id: row.source}) MATCH (o:Entity {id: row.target}) "
            f"MERGE (s)-[r:{check_relation_type(rel_type)}]->(o) SET r = row.props")


def _edge_delete(rel_type: str) -> str:
    return ("UNWIND $rows AS row "
            f"MATCH (:Entity {{id: row.source}})-[r:{check_relation_type(rel_type)}]->"
            "(:Entity {id: row.target}) DELETE r")


def _entity_write(label: str | None) -> str:
    """Set an entity's properties and its one type label (the others removed)."""
    place = f" SET e:{check_entity_type(label)}" if label else ""
    return ("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e = row.props "
            f"REMOVE e:{_ALL_TYPE_LABELS}{place}")


def _run(tx, cypher: str, **params) -> list:
    return list(tx.run(cypher, params))


@contextmanager
def _step(steps: dict[str, float] | None, name: str) -> Iterator[None]:
    """Add the block's seconds to ``steps[name]`` (when timing a load: see ``load_build``)."""
    if steps is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - started


def _recompute_edges(tx, edges: set[tuple[str, str, str]]) -> int:
    """Derive the given edges again from all their evidence; an edge without any goes. Returns
    how many statements (Evidence nodes) it read."""
    if not edges:
        return 0
    keys = {edge_key(*edge): edge for edge in edges}
    evidence = [unflatten(r["ev"]) for r in _run(tx, EDGE_EVIDENCE, edges=sorted(keys))]
    undated = sorted({ev["story"] for ev in evidence if not ev.get("date") and ev.get("story")})
    story_dates: dict[str, str] = {}
    for r in _run(tx, STORY_DATES, stories=undated) if undated else ():
        story_dates[r["story"]] = min(r["date"], story_dates.get(r["story"], r["date"]))
    derived = derive_edges(evidence, story_dates)
    writes: dict[str, list[dict]] = {}
    deletes: dict[str, list[dict]] = {}
    for source, rel_type, target in sorted(edges):
        attrs = derived.get((source, rel_type, target))
        row = {"source": source, "target": target}
        if attrs is None:
            deletes.setdefault(rel_type, []).append(row)
        else:
            writes.setdefault(rel_type, []).append({**row, "props": edge_props(attrs)})
    for rel_type, rows in sorted(deletes.items()):
        _run(tx, _edge_delete(rel_type), rows=rows)
    for rel_type, rows in sorted(writes.items()):
        _run(tx, _edge_write(rel_type), rows=rows)
    return len(evidence)


def _recompute_entities(tx, ids: set[str]) -> None:
    """Derive the given entities' properties and labels again; an entity nothing names goes."""
    if not ids:
        return
    facts = _run(tx, ENTITY_FACTS, ids=sorted(ids))
    unlisted = sorted(r["id"] for r in facts if not r["listings"])
    refs = {r["id"]: r["refs"] for r in _run(tx, REF_NAMES, ids=unlisted)} if unlisted else {}
    writes: dict[str | None, list[dict]] = {}
    gone = []
    for record in facts:
        props = derive_entity(record["id"], record["listings"], refs.get(record["id"], []))
        if props is None:
            gone.append(record["id"])
            continue
        label = entity_label(props["type"])
        labels = {"Entity", label} - {None}
        if record["props"] == props and set(record["labels"]) == labels:
            continue  # already so: nothing to write
        writes.setdefault(label, []).append({"id": record["id"], "props": props})
    if gone:
        _run(tx, DELETE_ENTITIES, ids=gone)
    for label, rows in sorted(writes.items(), key=lambda item: item[0] or ""):
        _run(tx, _entity_write(label), rows=rows)


def _replace(tx, articles: list[ArticleRows], removed: list[str] = (), loaded: set[str] | None = None,
             steps: dict[str, float] | None = None) -> dict[str, int]:
    """One transaction: take out what ``articles`` (and ``removed``) put in before, write
    ``articles`` anew, and derive again the edges and entities either touched. ``loaded``, when
    given, says which of ``articles`` are in the database already (the others have nothing to
    take out; the articles are locked first and what is stored is read again under the lock, so a
    load running at the same time cannot make it stale). ``steps``, when given, collects the
    seconds of each step (see ``LOAD_STEPS``). Returns what it derived again (see
    ``RECOMPUTED``)."""
    if articles and loaded is not None:
        with _step(steps, "stored digests"):
            loaded = {r["id"] for r in _run(tx, LOCK_ARTICLES, ids=[art.id for art in articles]) if r["stored"]}
    ids = [art.id for art in articles if loaded is None or art.id in loaded] + list(removed)
    edges: set[tuple[str, str, str]] = set()
    entities: set[str] = set()
    # stories whose copies' dates may change here: their undated copies' edges are derived again
    stories = {art.props["story"] for art in articles if art.props.get("date")}
    if ids:
        stories.update(r["story"] for r in _run(tx, STORIES_OF, ids=ids) if r["story"])
        with _step(steps, "take out old contribution"):
            for record in _run(tx, CONTRIBUTION, ids=ids):
                edges.update(tuple(edge) for edge in record["edges"])
                entities.update(record["ends"])
                entities.update(record["listed"])
            _run(tx, DELETE_EVIDENCE, ids=ids)
            _run(tx, DELETE_MENTIONS, ids=ids)
            if removed:
                _run(tx, DELETE_ARTICLES, ids=list(removed))
    if articles:
        refs: dict[str, dict] = {}
        for art in articles:
            for ent_id, row in art.entities.items():
                refs.setdefault(ent_id, row)
            edges |= art.edges()
        entities |= set(refs)
        with _step(steps, "entities"):
            _run(tx, ENTITIES, rows=list(refs.values()))
        with _step(steps, "articles"):
            _run(tx, ARTICLES, rows=[{"id": art.id, "props": art.props} for art in articles])
        with _step(steps, "mentions"):
            _run(tx, MENTIONS, rows=[{"article": art.id, **row} for art in articles for row in art.mentions])
        with _step(steps, "evidence"):
            _run(tx, EVIDENCE, rows=[{"article": art.id, **row} for art in articles for row in art.evidence])
    with _step(steps, "derive edges"):
        if stories:
            edges.update(tuple(r["edge"]) for r in _run(tx, UNDATED_EDGES, stories=sorted(stories)))
        evidence = _recompute_edges(tx, edges)
    with _step(steps, "derive entities"):
        _recompute_entities(tx, entities)
    return {"edges": len(edges), "entities": len(entities), "evidence": evidence}


def _add_counts(total: dict[str, int] | None, counts: dict[str, int]) -> None:
    if total is not None:
        for key, n in counts.items():
            total[key] = total.get(key, 0) + n


def _article_batches(articles: list[ArticleRows], size: int) -> Iterator[list[ArticleRows]]:
    """Articles in groups of about ``size`` rows (an article's rows are never split)."""
    batch: list[ArticleRows] = []
    rows = 0
    for art in articles:
        if batch and rows + art.size() > size:
            yield batch
            batch, rows = [], 0
        batch.append(art)
        rows += art.size()
    if batch:
        yield batch


def stored_digests(driver: neo4j.Driver, config: Neo4jConfig, ids: list[str]) -> dict[str, str]:
    """The digest each of ``ids`` was loaded with (articles not in the database are absent)."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 5000):
        records, _, _ = driver.execute_query(DIGESTS, {"ids": ids[start:start + 5000]},
                                             database_=config.database, routing_=RoutingControl.READ)
        out.update({r["id"]: r["digest"] for r in records})
    return out


LOAD_STEPS = ("read build", "connect", "constraints", "stored digests", "take out old contribution", "entities",
              "articles", "mentions", "evidence", "derive edges", "derive entities", "commit")
# What a load or a removal derived again, in its transactions that committed: the graph edges and
# the entities, and the statements (Evidence nodes) read to derive those edges.
RECOMPUTED = ("edges", "entities", "evidence")


def load_build(build_dir: str | os.PathLike, config: Neo4jConfig, batch_size: int = 10000,
               on_batch: BatchCallback | None = None,
               on_plan: Callable[[int, int], None] | None = None,
               steps: dict[str, float] | None = None,
               recomputed: dict[str, int] | None = None) -> dict[str, int]:
    """Add a build directory (its ``extractions.jsonl``) to what the database holds.

    Each article's evidence and list of entities replace what the same article put in before
    (an article whose line is unchanged is skipped), then the edges and entities it touches, and
    only those, are derived again from all the evidence loaded (see ``loaders.aggregate``). Loading
    build A then build B gives the database that loading the build of A's and B's inputs gives.

    Articles go in transactions of about ``batch_size`` rows, each complete in itself; ``on_batch
    ("articles", n)`` is called after each commits, and ``on_plan(to_load, unchanged)`` once the
    articles to load are known, before the first batch (for a progress bar). Returns what the build holds (entities,
    articles, relationships, mentions, evidence, attributions), how many articles were
    ``unchanged`` and the number of ``batches``. Raises ``InputError`` for a bad build and
    ``DatabaseError`` when the server fails; batches committed before a failure stay, and running
    the load again completes it. ``steps``, when given, collects the seconds of each step of the
    load (``LOAD_STEPS``; "commit" is a transaction's time outside its statements).
    ``recomputed``, when given, counts what the load derived again (``RECOMPUTED``): ``edges``
    and ``entities``, and the ``evidence`` statements read to derive those edges, added up over
    the transactions that committed (an article added to a large database derives its own edges
    and entities again, from their evidence only).
    """
    if batch_size < 1:
        raise UsageError(f"the batch size must be at least 1, got {batch_size}")
    with _step(steps, "read build"):
        plan = plan_load(build_dir)
    with _step(steps, "connect"):
        driver = connect(config)
    batches = 0
    try:
        with _translated(config):
            with _step(steps, "constraints"):
                create_constraints(driver, config)
            with _step(steps, "stored digests"):
                known = stored_digests(driver, config, [art.id for art in plan.articles])
            todo = [art for art in plan.articles if known.get(art.id) != art.props["digest"]]
            if on_plan is not None:
                on_plan(len(todo), len(plan.articles) - len(todo))
            for batch in _article_batches(todo, batch_size):
                inside = dict(steps) if steps is not None else None
                started = time.perf_counter()
                with driver.session(database=config.database) as session:
                    derived = session.execute_write(_replace, batch, (), set(known), steps)
                _add_counts(recomputed, derived)  # committed: a retried transaction counts once
                if steps is not None:  # the transaction's time outside its statements (and retries)
                    spent = sum(steps.values()) - sum(inside.values())
                    steps["commit"] = steps.get("commit", 0.0) + time.perf_counter() - started - spent
                batches += 1
                if on_batch is not None:
                    on_batch("articles", len(batch))
    finally:
        driver.close()
    return {**plan.counts(), "unchanged": len(plan.articles) - len(todo), "batches": batches}


FIND_ARTICLES = """
UNWIND $keys AS key
MATCH (a:Article)
WHERE a.id = key OR a.path = key OR a.path STARTS WITH key + ':' OR a.path STARTS WITH key + '#'
   OR (key <> '' AND a.path STARTS WITH (CASE WHEN key ENDS WITH '/' THEN key ELSE key + '/' END))
RETURN key, collect(a.id) AS ids
"""


def remove_articles(keys: Iterable[str], config: Neo4jConfig, batch_size: int = 200,
                    recomputed: dict[str, int] | None = None) -> dict[str, Any]:
    """Take articles out of the database: by id, or by the path they were built from (a file's
    path takes every article of that file, ``FILE:LINE``, ``FILE#INDEX``; a directory's every
    article built from a file under it). Their evidence and entity
    lists go, the edges and entities they touched are derived again from what remains, and those
    that nothing supports any more go; constraints and indexes stay. ``recomputed``, when given,
    counts what was derived again, as ``load_build``'s does.

    Returns ``{"removed": n, "not_found": [keys that matched nothing]}``. Raises ``InputError``
    when no key matches anything, ``DatabaseError`` when the server fails."""
    keys = [str(key) for key in keys]
    if not keys:
        raise InputError("no article ids or paths given")
    driver = connect(config)
    try:
        with _translated(config):
            records, _, _ = driver.execute_query(FIND_ARTICLES, {"keys": keys},
                                                 database_=config.database,
                                                 routing_=RoutingControl.READ)
            found = {r["key"]: r["ids"] for r in records if r["ids"]}
            ids = sorted({art_id for group in found.values() for art_id in group})
            if not ids:
                raise InputError("no such article in the database: " + ", ".join(keys)[:200])
            for start in range(0, len(ids), batch_size):
                with driver.session(database=config.database) as session:
                    derived = session.execute_write(_replace, [], ids[start:start + batch_size])
                _add_counts(recomputed, derived)
    finally:
        driver.close()
    return {"removed": len(ids), "not_found": [key for key in keys if key not in found]}


def wipe_database(config: Neo4jConfig) -> None:
    """Delete every node and relationship of the configured database (for tests and benchmarks)."""
    driver = connect(config)
    try:
        with _translated(config):
            driver.execute_query("MATCH (n) DETACH DELETE n", database_=config.database)
    finally:
        driver.close()


# --------------------------------------------------------------------------- reading

def db_counts(config: Neo4jConfig) -> dict[str, int]:
    """How many nodes carry each label and how many relationships have each type."""
    driver = connect(config)
    try:
        with _translated(config):
            counts: dict[str, int] = {}
            for label in ("Entity", "Article", "Evidence", *ENTITY_TYPES):
                records, _, _ = driver.execute_query(
                    f"MATCH (n:{label}) RETURN count(n) AS n", database_=config.database,
                    routing_=RoutingControl.READ)
                counts[label] = records[0]["n"]
            records, _, _ = driver.execute_query(
                "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n",
                database_=config.database, routing_=RoutingControl.READ)
            counts.update({record["type"]: record["n"] for record in records})
            return counts
    finally:
        driver.close()


def read_graph(config: Neo4jConfig) -> nx.MultiDiGraph:
    """The entities and their relationships in the database, shaped like ``graph.json``'s graph:
    nodes keyed by id with ``id``, ``name``, ``type``, ``aliases``; edges keyed by type."""
    driver = connect(config)
    try:
        with _translated(config):
            nodes, _, _ = driver.execute_query(
                "MATCH (e:Entity) RETURN e.id AS id, properties(e) AS props",
                database_=config.database, routing_=RoutingControl.READ)
            edges, _, _ = driver.execute_query(
                "MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $types "
                "RETURN s.id AS source, o.id AS target, type(r) AS type, properties(r) AS props",
                {"types": list(RELATION_TYPES)}, database_=config.database,
                routing_=RoutingControl.READ)
    finally:
        driver.close()
    graph = nx.MultiDiGraph()
    for record in sorted(nodes, key=lambda r: r["id"]):
        attrs = unflatten(record["props"])
        attrs.setdefault("aliases", [])
        attrs.setdefault("type", UNKNOWN_TYPE)  # a node stored without a type (none is written so)
        graph.add_node(record["id"], **{**attrs, "aliases": list(attrs["aliases"])})
    for record in sorted(edges, key=lambda r: (r["source"], r["type"], r["target"])):
        attrs = {**EDGE_DEFAULTS, **unflatten(record["props"]), "type": record["type"]}
        graph.add_edge(record["source"], record["target"], key=record["type"], **attrs)
    return graph


# --------------------------------------------------------------------------- the query library

EXAMPLE_LINE = re.compile(r"^\s*//\s*example:\s*(.*?)\s*$", re.MULTILINE)


def read_query(path: str | os.PathLike) -> str:
    """The Cypher of a query file: one statement (a final ``;`` is dropped)."""
    try:
        text = Path(path).read_text("utf-8")
    except OSError as error:
        raise QueryError(f"cannot read query file {path}: {error.strerror or error}") from None
    body = text.strip()
    if body.endswith(";"):
        body = body[:-1].rstrip()
    code = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("//"))
    if not code.strip():
        raise QueryError(f"{path}: no Cypher statement in the file")
    return body


def parse_example(path: str | os.PathLike) -> dict:
    """The parameters on the query file's ``// example: {...}`` line ({} when it has none)."""
    text = read_query(path)
    match = EXAMPLE_LINE.search(text)
    if not match:
        return {}
    try:
        params = json.loads(match.group(1))
    except ValueError:
        raise QueryError(f"{path}: the example line is not a JSON object") from None
    if not isinstance(params, dict):
        raise QueryError(f"{path}: the example line is not a JSON object")
    return params


def plain(value: Any) -> Any:
    """A query result value as JSON-ready Python: nodes and relationships become their
    properties (plus ``labels`` or ``type``), paths their nodes and relationships, dates strings."""
    if isinstance(value, neo4j.graph.Node):
        return {**{k: plain(v) for k, v in value.items()}, "labels": sorted(value.labels)}
    if isinstance(value, neo4j.graph.Relationship):
        return {**{k: plain(v) for k, v in value.items()}, "type": value.type}
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _planned_kind(session: neo4j.Session, cypher: str, params: dict) -> str | None:
    """Neo4j's query type for ``cypher`` ("r", "rw", "w", "s"), from an ``EXPLAIN`` in a
    transaction that is rolled back; None from other servers (ArcadeDB calls every query "w") or
    when the server cannot ``EXPLAIN`` it (then running it reports what is wrong)."""
    tx = session.begin_transaction()
    try:
        summary = tx.run(f"EXPLAIN {cypher}", params).consume()
    except neo4j_errors.Neo4jError:
        return None
    finally:
        tx.close()
    agent = str(summary.server.agent or "")
    neo4j_itself = agent.startswith("Neo4j/") and "compatible" not in agent  # not "Neo4j/5 compatible (ArcadeDB)"
    return summary.query_type if neo4j_itself else None


def run_query(path: str | os.PathLike, params: dict | None, config: Neo4jConfig, *,
              allow_load_csv: bool = False, allow_procedures: bool = False) -> tuple[list[str], list[list]]:
    """Run a query file read-only with ``params``; returns (columns, rows of plain values).

    Read-only three times over (see ``loaders.readonly``): a statement that writes, changes the
    schema, commits on its own (``CALL ... IN TRANSACTIONS``), reads server files (``LOAD CSV``,
    unless ``allow_load_csv``) or calls a procedure outside a short read-only list (unless
    ``allow_procedures``) is refused before it is sent; the rest runs in a READ access-mode
    transaction after an ``EXPLAIN`` that must plan a read, and that transaction is rolled back,
    never committed. A refusal or a write raises ``QueryError``; the database is left as it was."""
    from loaders.readonly import check_read_only

    cypher = read_query(path)
    name = Path(path).name
    check_read_only(cypher, name, allow_load_csv=allow_load_csv, allow_procedures=allow_procedures)
    driver = connect(config)
    try:
        with _translated(config, query=name):
            with driver.session(database=config.database,
                                default_access_mode=neo4j.READ_ACCESS) as session:
                kind = _planned_kind(session, cypher, dict(params or {}))
                if kind not in (None, "r"):
                    raise QueryError(f"{name}: refused: the server plans it as a {kind!r} query, "
                                     "not a read ('r'); queries must be read-only")
                tx = session.begin_transaction()
                try:
                    result = tx.run(cypher, dict(params or {}))
                    keys = list(result.keys())
                    rows = [[plain(record[key]) for key in keys] for record in result]
                    counters = result.consume().counters
                    writes = counters.contains_updates or counters.contains_system_updates
                finally:
                    tx.close()  # never committed: close() rolls back (a `with` block would commit)
    finally:
        driver.close()
    if writes:
        raise QueryError(f"{name}: the query writes to the database; queries must be read-only")
    return keys, rows
