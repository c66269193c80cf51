"""Neo4j over Bolt: load a build directory idempotently, run the query library, read the graph back.

What a load writes (every label and relationship type is a constant here or a name from
``kg.schema``; everything read from articles goes in as a parameter):

- ``(:Entity:<Type> {id, name, type, aliases})`` for the graph's nodes (``<Type>`` one of
  ``kg.schema.ENTITY_TYPES``; a node of another type, e.g. ``Unknown``, is only an ``Entity``),
- ``(:Article {id, path, title, date, source, url, story})`` per line of ``extractions.jsonl``,
- ``(:Entity)-[:<TYPE>]->(:Entity)`` for the graph's edges (``<TYPE>`` one of
  ``kg.schema.RELATION_TYPES``) with their aggregated properties; ``evidence`` (a list of dicts) is
  stored as a JSON string, and ``json_props`` names the properties stored that way,
- ``(:Evidence {id, sentence, type, negated, hedged, trigger, confidence, start, end, ...})`` per
  extracted relation, negated ones included, with ``(ev)-[:SUBJECT]->(entity)``,
  ``(ev)-[:OBJECT]->(entity)``, ``(ev)-[:IN_ARTICLE]->(article)`` and, when someone said it,
  ``(ev)-[:ATTRIBUTED_TO]->(entity)``,
- ``(:Article)-[:MENTIONS {count}]->(:Entity)``.

Writes are ``UNWIND $rows ... MERGE`` on unique keys under uniqueness constraints, one transaction
per batch, and aggregate properties are SET from ``graph.json``, never incremented: loading a build
twice changes nothing, loading a bigger build adds what is new, and a load interrupted half-way
ends, once re-run, with the graph a single load gives.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as neo4j_errors

from kg.errors import DatabaseError, InputError, QueryError, UsageError
from kg.schema import ENTITY_TYPES, RELATION_TYPES, check_entity_type, check_relation_type
from kg.types import content_id

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
EDGE_DEFAULTS = {"first_seen": None, "last_seen": None, "role": None}
JSON_PROPS = "json_props"  # the property naming which other properties hold JSON strings

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

def _one_line(error: BaseException) -> str:
    """An exception's message on one short line (servers send long, multi-line messages)."""
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    message = re.sub(r"\s+", " ", str(message)).strip()
    return message if len(message) <= 240 else message[:237] + "..."


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
                                      connection_timeout=10.0, max_transaction_retry_time=5.0)
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


# --------------------------------------------------------------------------- properties

def _scalar_list(value: list) -> bool:
    """True when Neo4j can store ``value`` as a list property: all str, all bool or all numbers."""
    if all(isinstance(v, str) for v in value) or all(isinstance(v, bool) for v in value):
        return True
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)


def flatten(attrs: dict[str, Any]) -> dict[str, Any]:
    """Node or edge attributes as Neo4j properties: maps and lists of maps become JSON strings,
    named in ``json_props`` so that :func:`unflatten` can give them back."""
    props: dict[str, Any] = {}
    encoded: list[str] = []
    for key, value in attrs.items():
        if isinstance(value, (tuple, set, frozenset)):
            value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        if isinstance(value, dict) or (isinstance(value, list) and not _scalar_list(value)):
            props[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
            encoded.append(key)
        else:
            props[key] = value
    props[JSON_PROPS] = sorted(encoded)
    return props


def unflatten(props: dict[str, Any]) -> dict[str, Any]:
    """The attributes :func:`flatten` was given, from the properties read back."""
    attrs = dict(props)
    for key in attrs.pop(JSON_PROPS, None) or []:
        if isinstance(attrs.get(key), str):
            attrs[key] = json.loads(attrs[key])
    return attrs


# --------------------------------------------------------------------------- reading a build

@dataclass
class LoadPlan:
    """The rows a build directory gives, grouped by the statement that writes them."""

    entities: dict[str | None, list[dict]] = field(default_factory=dict)  # label -> rows
    articles: list[dict] = field(default_factory=list)
    relations: dict[str, list[dict]] = field(default_factory=dict)  # relationship type -> rows
    mentions: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    attributions: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "entities": sum(len(rows) for rows in self.entities.values()),
            "articles": len(self.articles),
            "relationships": sum(len(rows) for rows in self.relations.values()),
            "mentions": len(self.mentions),
            "evidence": len(self.evidence),
            "attributions": len(self.attributions),
        }


def read_graph_json(path: Path) -> nx.MultiDiGraph:
    """The merged graph of ``graph.json`` (node-link data, edges under ``links``)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        graph = nx.node_link_graph(data, edges="links", directed=True, multigraph=True)
    except FileNotFoundError:
        raise InputError(f"no graph.json in {path.parent}") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not node-link graph data ({_one_line(error)})") from None
    graph = nx.MultiDiGraph(graph)
    for node, attrs in graph.nodes(data=True):  # node-link data keeps the id only as the key
        attrs.setdefault("id", node)
    return graph


def read_extractions(path: Path) -> Iterator[dict]:
    """The lines of ``extractions.jsonl`` (none when the file is absent)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["article"]["id"]
            except (ValueError, KeyError, TypeError):
                raise InputError(f"{path}:{number}: not an extraction record") from None
            yield record


def evidence_id(article_id: str, relation: dict) -> str:
    """The id of one extracted relation: its article, offsets, type, subject and object."""
    key = "\x1f".join(str(part) for part in (
        article_id, relation.get("start"), relation.get("end"), relation["type"],
        relation["subject"]["id"], relation["object"]["id"]))
    return content_id(key, 24)


def _entity_label(entity_type: Any) -> str | None:
    return check_entity_type(entity_type) if entity_type in ENTITY_TYPES else None


def plan_load(build_dir: str | os.PathLike) -> LoadPlan:
    """Read and check a build directory; nothing is written. Raises ``InputError``."""
    build = Path(build_dir)
    if not build.is_dir():
        raise InputError(f"not a build directory: {build}")
    graph = read_graph_json(build / "graph.json")
    plan = LoadPlan()
    entities: dict[str, dict] = {}
    for node, attrs in graph.nodes(data=True):
        attrs = {"name": str(node), "type": "Unknown", "aliases": [], **attrs, "id": str(node)}
        entities[str(node)] = attrs
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        rel_type = attrs.get("type", key)
        if rel_type not in RELATION_TYPES:
            raise InputError(f"graph.json: relation type not in the schema: {str(rel_type)[:60]!r}")
        props = flatten({**attrs, "type": check_relation_type(rel_type)})
        plan.relations.setdefault(rel_type, []).append(
            {"source": str(source), "target": str(target), "props": props})

    articles: dict[str, dict] = {}
    mentions: dict[tuple[str, str], dict] = {}
    evidence: dict[str, dict] = {}
    attributions: dict[str, dict] = {}
    extra: dict[str, dict] = {}  # entities the extractions name that graph.json lacks

    def note(ref: dict | None, entity: dict | None = None) -> None:
        if not ref or ref.get("id") is None or str(ref["id"]) in entities:
            return
        known = extra.get(str(ref["id"]))
        if entity is not None or known is None:
            extra[str(ref["id"])] = {"id": str(ref["id"]), "name": ref.get("name") or str(ref["id"]),
                                     "type": (entity or {}).get("type") or "Unknown",
                                     "aliases": list((entity or {}).get("aliases") or [])}

    for record in read_extractions(build / "extractions.jsonl"):
        art = record["article"]
        art_id = str(art["id"])
        articles[art_id] = {"id": art_id, "props": {
            key: art.get(key) for key in ("path", "title", "date", "source", "url", "story")}}
        for ent in record.get("entities") or []:
            note(ent, ent)
            mentions[(art_id, str(ent["id"]))] = {
                "article": art_id, "entity": str(ent["id"]), "count": len(ent.get("mentions") or [])}
        for rel in record.get("relations") or []:
            note(rel["subject"])
            note(rel["object"])
            note(rel.get("attributed_to"))
            ev_id = evidence_id(art_id, rel)
            evidence[ev_id] = {
                "id": ev_id, "article": art_id,
                "subject": str(rel["subject"]["id"]), "object": str(rel["object"]["id"]),
                "props": {
                    "type": rel["type"], "sentence": rel.get("sentence"),
                    "negated": bool(rel.get("negated")), "hedged": bool(rel.get("hedged")),
                    "trigger": rel.get("trigger"), "confidence": rel.get("confidence"),
                    "start": rel.get("start"), "end": rel.get("end"), "role": rel.get("role"),
                    "subject_text": rel.get("subject_text"), "object_text": rel.get("object_text"),
                    "article": art_id, "date": art.get("date"),
                }}
            if rel.get("attributed_to") and rel["attributed_to"].get("id") is not None:
                attributions[ev_id] = {"id": ev_id, "entity": str(rel["attributed_to"]["id"])}
            else:
                attributions.pop(ev_id, None)

    for ent_id, attrs in {**extra, **entities}.items():
        plan.entities.setdefault(_entity_label(attrs.get("type")), []).append(
            {"id": ent_id, "props": flatten(attrs)})
    plan.articles = list(articles.values())
    plan.mentions = list(mentions.values())
    plan.evidence = list(evidence.values())
    plan.attributions = list(attributions.values())
    return plan


# --------------------------------------------------------------------------- writing

def _entity_statements(label: str | None) -> list[str]:
    """MERGE on both labels (ArcadeDB loses rows when a batch SETs a label on a node it just
    created), after giving the type label to nodes loaded untyped before, if any."""
    if not label:
        return ["UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props"]
    label = check_entity_type(label)
    return [f"UNWIND $rows AS row MATCH (e:Entity {{id: row.id}}) WHERE NOT e:{label} SET e:{label}",
            f"UNWIND $rows AS row MERGE (e:Entity:{label} {{id: row.id}}) SET e += row.props"]


def _relation_statement(rel_type: str) -> str:
    return ("UNWIND $rows AS row "
            "MATCH (s:Entity {id: row.source}) MATCH (o:Entity {id: row.target}) "
            f"MERGE (s)-[r:{check_relation_type(rel_type)}]->(o) SET r += row.props")


ARTICLES = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"
MENTIONS = ("UNWIND $rows AS row "
            "MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity}) "
            "MERGE (a)-[m:MENTIONS]->(e) SET m.count = row.count")
EVIDENCE = ("UNWIND $rows AS row "
            "MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object}) "
            "MATCH (a:Article {id: row.article}) "
            "MERGE (ev:Evidence {id: row.id}) SET ev += row.props "
            "MERGE (ev)-[:SUBJECT]->(s) MERGE (ev)-[:OBJECT]->(o) MERGE (ev)-[:IN_ARTICLE]->(a)")
ATTRIBUTIONS = ("UNWIND $rows AS row "
                "MATCH (ev:Evidence {id: row.id}) MATCH (p:Entity {id: row.entity}) "
                "MERGE (ev)-[:ATTRIBUTED_TO]->(p)")


def statements(plan: LoadPlan) -> Iterator[tuple[str, list[str], list[dict]]]:
    """(kind, Cypher statements, rows) in the order that keeps every MATCH satisfiable."""
    for label in sorted(plan.entities, key=lambda x: x or ""):
        yield "entities", _entity_statements(label), plan.entities[label]
    yield "articles", [ARTICLES], plan.articles
    for rel_type in sorted(plan.relations):
        yield "relationships", [_relation_statement(rel_type)], plan.relations[rel_type]
    yield "mentions", [MENTIONS], plan.mentions
    yield "evidence", [EVIDENCE], plan.evidence
    yield "attributions", [ATTRIBUTIONS], plan.attributions


def _batches(rows: list[dict], size: int) -> Iterable[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def create_constraints(driver: neo4j.Driver, config: Neo4jConfig) -> None:
    """The uniqueness constraints the MERGEs rely on (no-ops when they exist)."""
    for name, label, prop in CONSTRAINTS:
        driver.execute_query(
            f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE",
            database_=config.database)


def _write_mixed(driver: neo4j.Driver, config: Neo4jConfig, work: list[tuple[str, dict]], batch_size: int,
                 on_batch: BatchCallback | None) -> int:
    """Write (statement, row) pairs in batches of ``batch_size`` rows, one transaction per batch,
    each statement once per batch with its rows. Returns the number of batches."""
    count = 0
    for chunk in _batches(work, batch_size):
        by_statement: dict[str, list[dict]] = {}
        for cypher, row in chunk:
            by_statement.setdefault(cypher, []).append(row)

        def write(tx, groups=by_statement) -> None:
            for cypher, rows in groups.items():
                tx.run(cypher, {"rows": rows}).consume()

        with driver.session(database=config.database) as session:
            session.execute_write(write)
        count += 1
        if on_batch is not None:
            on_batch("relationships", len(chunk))
    return count


def load_build(build_dir: str | os.PathLike, config: Neo4jConfig, batch_size: int = 1000,
               on_batch: BatchCallback | None = None) -> dict[str, int]:
    """Load a build directory (``graph.json``, ``extractions.jsonl``) into the database.

    Returns how many rows of each kind were written (entities, articles, relationships, mentions,
    evidence, attributions) and the number of batches. ``on_batch(kind, rows)`` is called after
    each batch commits. Raises ``InputError`` for a bad build and ``DatabaseError`` when the server
    fails; batches committed before a failure stay, and re-running the load completes it.
    """
    if batch_size < 1:
        raise UsageError(f"the batch size must be at least 1, got {batch_size}")
    plan = plan_load(build_dir)
    driver = connect(config)
    batches = 0
    try:
        with _translated(config):
            create_constraints(driver, config)
            pending: list[tuple[str, dict]] = []  # relationship rows of every type, with their statement
            for kind, cyphers, rows in statements(plan):
                if kind == "relationships":
                    pending += [(cyphers[0], row) for row in rows]
                    continue
                if pending:  # relationships of all types go in batches of one transaction each
                    batches += _write_mixed(driver, config, pending, batch_size, on_batch)
                    pending = []
                for chunk in _batches(rows, batch_size):
                    for cypher in cyphers:  # each in its own transaction
                        driver.execute_query(cypher, {"rows": chunk}, database_=config.database)
                    batches += 1
                    if on_batch is not None:
                        on_batch(kind, len(chunk))
            if pending:
                batches += _write_mixed(driver, config, pending, batch_size, on_batch)
    finally:
        driver.close()
    return {**plan.counts(), "batches": batches}


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
        attrs.setdefault("type", "Unknown")
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


def run_query(path: str | os.PathLike, params: dict | None, config: Neo4jConfig
              ) -> tuple[list[str], list[list]]:
    """Run a query file read-only with ``params``; returns (columns, rows of plain values).

    The query runs in a read transaction that is rolled back: a query that writes raises
    ``QueryError`` and leaves the database as it was (Neo4j refuses the write itself; servers that
    do not enforce read access have it undone)."""
    cypher = read_query(path)
    name = Path(path).name
    driver = connect(config)
    try:
        with _translated(config, query=name):
            with driver.session(database=config.database,
                                default_access_mode=neo4j.READ_ACCESS) as session:
                tx = session.begin_transaction()
                try:
                    result = tx.run(cypher, dict(params or {}))
                    keys = list(result.keys())
                    rows = [[plain(record[key]) for key in keys] for record in result]
                    writes = result.consume().counters.contains_updates
                finally:
                    tx.close()  # never committed: close() rolls back (a `with` block would commit)
    finally:
        driver.close()
    if writes:
        raise QueryError(f"{name}: the query writes to the database; queries must be read-only")
    return keys, rows
