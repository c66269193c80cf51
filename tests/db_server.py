"""A real Neo4j 5 for the database tests, and the pytest fixtures that share it.

Without ``NEO4J_URI`` the session starts Neo4j 5.26 (community) itself, with ``loaders.server``
(the in-process server of ``org.neo4j.test:neo4j-harness`` in a Java subprocess on free loopback
ports: Bolt, and HTTP serving Neo4j Browser at ``/browser/``), its store in a temporary directory,
stopped at the end of the session (and by itself if the session dies: it stops when its standard
input closes). ``loaders.server`` says what it needs (Java 17+ and Maven) and what it keeps.

With ``NEO4J_URI`` set the tests use that server instead (e.g. the Neo4j of docker-compose): they
wipe its database, so never point them at data you want to keep.

Import the fixtures into a test module (or ``tests/conftest.py``)::

    from db_server import db_config, clean_db  # noqa: F401
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import threading
from pathlib import Path

import pytest

from loaders.neo4j import Neo4jConfig, connect
from loaders.neo4j import wipe_database as wipe  # noqa: F401 - the tests import it from here
from loaders.server import Neo4jServer, free_port  # noqa: F401 - the tests import free_port from here

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


class BoltProxy:
    """A TCP proxy in front of a Bolt server. Each packet goes through ``on_packet`` first, which
    says what becomes of it: "forward", "drop" (swallowed, the connection kept open) or "end" (the
    connection closes both ways). Subclasses decide."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def on_packet(self, data: bytes, from_client: bool) -> str:
        return "forward"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:  # the server is gone: so is the connection
                client.close()
                continue
            for sock in (client, server):  # each packet on at once, as the driver and the server send theirs
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while data := source.recv(65536):
                action = self.on_packet(data, from_client)
                if action == "end":
                    break
                if action == "forward":
                    sink.sendall(data)
        except OSError:
            pass
        _shut(source, sink)  # one side ended: the other side sees the connection close

    def close(self) -> None:
        self.listener.close()
        _shut(*self.sockets)


def _shut(*sockets: socket.socket) -> None:
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


SERVER_KEY = pytest.StashKey[Neo4jServer]()


def session_server(request, tmp_path_factory) -> Neo4jServer | None:
    """The session's own Neo4j (started on first use), or None when ``NEO4J_URI`` is set."""
    if os.environ.get("NEO4J_URI"):
        return None
    server = request.config.stash.get(SERVER_KEY, None)
    if server is None:
        root = tmp_path_factory.mktemp("neo4j")
        server = Neo4jServer(root=root, password="kg-" + secrets.token_hex(8)).start()
        request.config.stash[SERVER_KEY] = server
        request.config.add_cleanup(lambda: (server.stop(), shutil.rmtree(root, ignore_errors=True)))
    return server


@pytest.fixture(scope="session")
def browser_url(request, tmp_path_factory) -> str:
    """Where Neo4j Browser is served: by the session's own Neo4j (its HTTP port, ``/browser/``),
    or ``NEO4J_BROWSER_URL`` beside ``NEO4J_URI`` (skipped when that is not given)."""
    server = session_server(request, tmp_path_factory)
    if server is not None:
        return server.http_url + "/browser/"
    url = os.environ.get("NEO4J_BROWSER_URL")
    if not url:
        pytest.skip("NEO4J_URI is set without NEO4J_BROWSER_URL")
    return url


@pytest.fixture(scope="session")
def db_config(request, tmp_path_factory) -> Neo4jConfig:
    """The connection to the session's Neo4j: the one started here, or ``NEO4J_URI``.

    The server lives in the session's stash and stops when the session ends, so that test modules
    that each import this fixture still share one server."""
    server = session_server(request, tmp_path_factory)
    return Neo4jConfig.from_env() if server is None else server.config



def snapshot(config: Neo4jConfig) -> tuple[list, list]:
    """Everything in the database, sorted: (nodes as (labels, properties)), (relationships as
    (start id, type, end id, properties)). Two equal snapshots are the same graph."""
    driver = connect(config)
    try:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=config.database)
        rels, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props",
            database_=config.database)
    finally:
        driver.close()
    canon = repr  # properties hold lists, so compare their reprs with sorted keys
    node_rows = sorted((sorted(r["labels"]), canon(sorted(r["props"].items()))) for r in nodes)
    rel_rows = sorted((r["a"], r["type"], r["b"], canon(sorted(r["props"].items()))) for r in rels)
    return node_rows, rel_rows


# --------------------------------------------------------------------------- what a line puts in the database

def line_contents(line: dict) -> dict:
    """What one line of ``extractions.jsonl`` puts in the database, read off its JSON as it is
    (no ``kg.types``), as the loader has always written it: ``article``, the Article node's
    properties; ``mentions``, entity id -> the properties of the article's MENTIONS of it (one per
    entity it lists); ``evidence``, seq -> the properties of the Evidence node of its seq-th
    relation (every field of the relation but its ends, which are ids and names); ``entities``,
    every entity it names, id -> {name, type}: as it lists it, else as the first relation naming
    it names it, of type ``Unknown``."""
    from loaders.build import REFS, digest, edge_ends, edge_key, evidence_id

    art = line["article"]
    story = art["story"] or art["id"]
    mentions: dict[str, dict] = {}
    entities: dict[str, dict] = {}
    for ent in line["entities"]:
        entities.setdefault(ent["id"], {"name": ent["name"], "type": ent["type"]})
        row = mentions.setdefault(ent["id"], {"count": 0, "name": ent["name"], "type": ent["type"], "aliases": []})
        row["count"] += len(ent["mentions"])
        row["aliases"] += [alias for alias in ent["aliases"] if alias not in row["aliases"]]
    evidence: dict[int, dict] = {}
    seen: dict[str, int] = {}
    for seq, rel in enumerate(line["relations"]):
        subject, obj, said = rel["subject"], rel["object"], rel["attributed_to"]
        for ref in (subject, obj, said):
            if ref:
                entities.setdefault(ref["id"], {"name": ref["name"], "type": "Unknown"})
        key = evidence_id(art["id"], rel)
        seen[key] = seen.get(key, 0) + 1
        ends = None if rel["negated"] else edge_ends(subject["id"], rel["type"], obj["id"])
        evidence[seq] = {
            **{k: v for k, v in rel.items() if k not in REFS},
            "id": evidence_id(art["id"], rel, seen[key]), "seq": seq, "article": art["id"],
            "path": art["path"], "story": story, "date": art["date"], "source": art["source"],
            "subject_id": subject["id"], "subject_name": subject["name"],
            "object_id": obj["id"], "object_name": obj["name"],
            "attributed_to_id": said["id"] if said else None, "attributed_to_name": said["name"] if said else None,
            "edge": edge_key(ends[0], rel["type"], ends[1]) if ends else None,
            "edge_source": ends[0] if ends else None, "edge_target": ends[1] if ends else None,
        }
    return {"article": {**art, "story": story, "digest": digest(line)}, "mentions": mentions,
            "evidence": evidence, "entities": entities}


def rows_contents(rows) -> dict:
    """The same for the rows the loader made of an article (``loaders.build.ArticleRows``)."""
    from loaders.build import unflatten

    return {"article": rows.props,
            "mentions": {m["entity"]: {k: m[k] for k in ("count", "name", "type", "aliases")} for m in rows.mentions},
            "evidence": {row["props"]["seq"]: unflatten(row["props"]) for row in rows.evidence},
            "entities": {ent_id: {"name": e["name"], "type": e["type"]} for ent_id, e in rows.entities.items()}}


def database_contents(config: Neo4jConfig) -> dict[str, dict]:
    """The same for every article in the database, by article id, with ``entities`` the ids of
    the entities its MENTIONS and its Evidence nodes' SUBJECT, OBJECT and ATTRIBUTED_TO reach
    (the entity nodes' properties are derived from every article: see ``loaders.aggregate``), and
    ``ends``, seq -> {relationship type: entity id} of those links of its Evidence."""
    from loaders.build import unflatten

    driver = connect(config)
    try:
        def rows(cypher: str) -> list:
            return driver.execute_query(cypher, database_=config.database)[0]

        articles = rows("MATCH (a:Article) RETURN a.id AS id, properties(a) AS props")
        mentions = rows("MATCH (a:Article)-[m:MENTIONS]->(e:Entity) "
                        "RETURN a.id AS article, e.id AS entity, properties(m) AS props")
        evidence = rows("MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article) RETURN a.id AS article, properties(ev) AS props")
        ends = rows("MATCH (a:Article)<-[:IN_ARTICLE]-(ev:Evidence)-[r:SUBJECT|OBJECT|ATTRIBUTED_TO]->(e:Entity) "
                    "RETURN a.id AS article, ev.seq AS seq, type(r) AS type, e.id AS entity")
    finally:
        driver.close()
    out = {r["id"]: {"article": r["props"], "mentions": {}, "evidence": {}, "entities": set(), "ends": {}}
           for r in articles}
    for r in mentions:
        out[r["article"]]["mentions"][r["entity"]] = r["props"]
        out[r["article"]]["entities"].add(r["entity"])
    for r in evidence:
        out[r["article"]]["evidence"][r["props"]["seq"]] = unflatten(r["props"])
    for r in ends:
        out[r["article"]]["ends"].setdefault(r["seq"], {})[r["type"]] = r["entity"]
        out[r["article"]]["entities"].add(r["entity"])
    return out


@pytest.fixture
def clean_db(db_config: Neo4jConfig) -> Neo4jConfig:
    """The session's server with an empty database, for one test."""
    wipe(db_config)
    return db_config


# --------------------------------------------------------------------------- a small build by hand
# Facts of the seed story, in the tests' own words (the seed text stays out of the repository),
# plus a later follow-up article, folded by the project's own GraphBuilder.

_ARTICLES = {
    "a1": dict(path="seeds/a1.txt", title="Moscow warns over Syria", date="2024-12-07",
               source="Wire A", url="https://example.org/a1", story="s1"),
    "a2": dict(path="seeds/a2.txt", title="Assad ally Moscow warns over Syria", date="2024-12-07",
               source="Wire B", url="https://example.org/a2", story="s1"),
    "a3": dict(path="later/a3.txt", title="Ankara and Moscow at odds", date="2024-12-10",
               source="Wire C", url=None, story="s3"),
}
_ENTITIES = {
    "Russia": ("State", ["Moscow"]), "Iran": ("State", ["Tehran"]), "Turkey": ("State", ["Ankara"]),
    "Qatar": ("State", []), "Syria": ("State", ["Syrian government"]),
    "Bashar al-Assad": ("Person", ["Assad"]), "Sergei Lavrov": ("Person", ["Lavrov"]),
    "Abbas Araghchi": ("Person", ["Araghchi"]), "Hakan Fidan": ("Person", ["Fidan"]),
    "Mohammed bin Abdulrahman Al-Thani": ("Person", []),
    "Hayat Tahrir al-Sham": ("Group", ["HTS"]), "Al-Qaeda": ("Group", []),
    "Syrian rebels": ("Group", ["rebels", "Syrian opposition"]), "Doha Forum": ("Event", []),
    "Astana process": ("Event", []), "Doha": ("Place", []),
}
# (article, subject, type, object, sentence, extra fields)
_RELATIONS = [
    ("a1", "Iran", "ALLY_OF", "Bashar al-Assad", "Tehran stands by its ally Assad.", {}),
    ("a1", "Russia", "BACKS", "Bashar al-Assad", "Moscow and Tehran sent military help to Assad.", {}),
    ("a1", "Iran", "BACKS", "Bashar al-Assad", "Moscow and Tehran sent military help to Assad.", {}),
    ("a1", "Turkey", "BACKS", "Syrian rebels", "Ankara supports several rebel factions.", {}),
    ("a1", "Qatar", "BACKS", "Syrian rebels", "Qatar helped the rebels early on.", {}),
    ("a1", "Qatar", "OPPOSES", "Bashar al-Assad", "Qatar is a harsh critic of Assad.", {}),
    ("a1", "Mohammed bin Abdulrahman Al-Thani", "OPPOSES", "Bashar al-Assad",
     "The Qatari premier said Assad had wasted his chances.",
     {"attributed_to": "Mohammed bin Abdulrahman Al-Thani"}),
    ("a1", "Sergei Lavrov", "OPPOSES", "Hayat Tahrir al-Sham",
     "Lavrov said a terrorist group must not take over Syria.", {"attributed_to": "Sergei Lavrov"}),
    ("a1", "Russia", "OPPOSES", "Hayat Tahrir al-Sham",
     "Lavrov said a terrorist group must not take over Syria.", {"attributed_to": "Sergei Lavrov"}),
    ("a1", "Hayat Tahrir al-Sham", "AFFILIATED_WITH", "Al-Qaeda", "HTS grew out of an al-Qaeda branch.", {}),
    ("a1", "Syrian rebels", "FIGHTS", "Syria", "The rebels pushed on against government forces.", {}),
    ("a1", "Hayat Tahrir al-Sham", "LEADS", "Syrian rebels", "HTS heads the rebel offensive.", {}),
    ("a1", "Sergei Lavrov", "MET_WITH", "Hakan Fidan", "Lavrov and Araghchi met Fidan in Doha.", {}),
    ("a1", "Abbas Araghchi", "MET_WITH", "Hakan Fidan", "Lavrov and Araghchi met Fidan in Doha.", {}),
    ("a1", "Sergei Lavrov", "MET_WITH", "Abbas Araghchi", "Lavrov held talks with Araghchi.", {}),
    ("a1", "Sergei Lavrov", "MEMBER_OF", "Russia", "Russian Foreign Minister Lavrov spoke.",
     {"role": "Foreign Minister"}),
    ("a1", "Abbas Araghchi", "MEMBER_OF", "Iran", "Iranian Foreign Minister Araghchi spoke.",
     {"role": "Foreign Minister"}),
    ("a1", "Hakan Fidan", "MEMBER_OF", "Turkey", "Turkish Foreign Minister Fidan spoke.",
     {"role": "Foreign Minister"}),
    ("a1", "Mohammed bin Abdulrahman Al-Thani", "MEMBER_OF", "Qatar", "Qatar's premier spoke.",
     {"role": "Prime Minister"}),
    ("a1", "Bashar al-Assad", "LEADS", "Syria", "President Assad holds Damascus.",
     {"role": "President", "valid_from": "2000-07-17", "valid_until": "2024-12-08"}),
    ("a1", "Russia", "PARTICIPATES_IN", "Astana process", "The three states run the Astana process.", {}),
    ("a1", "Turkey", "PARTICIPATES_IN", "Astana process", "The three states run the Astana process.", {}),
    ("a1", "Iran", "PARTICIPATES_IN", "Astana process", "The three states run the Astana process.", {}),
    ("a1", "Sergei Lavrov", "PARTICIPATES_IN", "Doha Forum", "Lavrov attended the Doha Forum.", {}),
    ("a1", "Doha Forum", "LOCATED_IN", "Doha", "The Doha Forum met in Doha.", {}),
    ("a2", "Russia", "ALLY_OF", "Bashar al-Assad", "Moscow is an ally of Assad.", {}),
    ("a2", "Iran", "ALLY_OF", "Bashar al-Assad", "Tehran, another ally of Assad, joined.", {}),
    ("a2", "Russia", "BACKS", "Bashar al-Assad", "Moscow keeps helping Assad's army.", {"hedged": True}),
    ("a2", "Sergei Lavrov", "MET_WITH", "Hakan Fidan", "Lavrov sat down with Fidan.", {}),
    ("a3", "Turkey", "OPPOSES", "Russia", "Ankara criticised Moscow's air strikes.", {}),
    ("a3", "Russia", "ALLY_OF", "Turkey", "Ankara and Moscow stay partners at Astana.", {}),
    ("a3", "Iran", "FIGHTS", "Syrian rebels", "Tehran denied sending troops against the rebels.",
     {"negated": True}),
    ("a3", "Turkey", "BACKS", "Syrian rebels", "Ankara again backed the rebels.", {}),
]


def seed_extractions(articles: tuple[str, ...] = ("a1", "a2", "a3")) -> list:
    """The hand-made ``ArticleExtraction``s of ``articles``."""
    from kg.types import Article, ArticleExtraction, Entity, Mention, Ref, Relation, entity_id

    refs = {name: Ref(entity_id(etype, name), name) for name, (etype, _) in _ENTITIES.items()}
    out = []
    for art_id in articles:
        rels = [r for r in _RELATIONS if r[0] == art_id]
        sentences = list(dict.fromkeys(r[4] for r in rels))
        text = " ".join(sentences)
        article = Article(id=art_id, text=text, **_ARTICLES[art_id])
        names = list(dict.fromkeys(n for r in rels for n in (r[1], r[3])))
        entities = tuple(
            Entity(refs[n].id, n, _ENTITIES[n][0], tuple(_ENTITIES[n][1]),
                   (Mention(n, 0, len(n)),)) for n in names)
        relations = []
        for _, subj, rtype, obj, sentence, extra in rels:
            start = text.index(sentence)
            said = extra.get("attributed_to")
            relations.append(Relation(
                subject=refs[subj], type=rtype, object=refs[obj], subject_text=subj,
                object_text=obj, sentence=sentence, start=start, end=start + len(sentence),
                trigger=rtype.lower(), negated=extra.get("negated", False),
                hedged=extra.get("hedged", False), attributed_to=refs[said] if said else None,
                role=extra.get("role"), confidence=0.8, valid_from=extra.get("valid_from"),
                valid_until=extra.get("valid_until"), former=extra.get("former", False)))
        out.append(ArticleExtraction(article, entities, tuple(relations)))
    return out


def write_build(out_dir: Path, extractions: list) -> Path:
    """A build directory as ``kg build`` writes it: ``graph.json`` and ``extractions.jsonl``."""
    import json

    import networkx as nx

    from kg.graph import GraphBuilder

    builder = GraphBuilder()
    for extraction in extractions:
        builder.add(extraction)
    graph = builder.freeze()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "graph.json").write_text(
        json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False), "utf-8")
    with (out_dir / "extractions.jsonl").open("w", encoding="utf-8") as lines:
        for extraction in extractions:
            lines.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
    return out_dir


def write_seed_build(out_dir: Path, articles: tuple[str, ...] = ("a1", "a2", "a3")) -> Path:
    """The hand-made build of the seed story (and a later article) in ``out_dir``."""
    return write_build(out_dir, seed_extractions(articles))


SEEDS_KEY = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def seeds_build(request, tmp_path_factory) -> Path:
    """The seed articles (``../shared/seeds``) built by the project's own pipeline, once a
    session; skipped when the seeds or ``kg.build`` are not there."""
    if not SEEDS.is_dir():
        pytest.skip(f"no seed articles at {SEEDS}")
    import kg

    if not hasattr(kg, "build"):
        pytest.skip("kg.build is not there yet")
    out = request.config.stash.get(SEEDS_KEY, None)
    if out is None:
        out = tmp_path_factory.mktemp("seeds-build")
        kg.build(sorted(str(p) for p in SEEDS.glob("*.txt"))).write(out)
        request.config.stash[SEEDS_KEY] = out
    return out
