"""A build directory read as what the database keeps: per article, its evidence and its mentions.

The database does not copy ``graph.json``: it keeps the evidence (every extracted statement, with
its article) and each article's list of entities, and derives edges and node properties from all
that is loaded (see ``loaders.aggregate``). So a load reads each line of ``extractions.jsonl`` as
the one data model (``kg.types.ArticleExtraction``) and makes one :class:`ArticleRows` per article
of it; ``graph.json`` is only checked (its relation types must be the schema's, as everything
placed in Cypher must be).

Everything here is plain data and pure functions: no database.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.builddir import iter_extractions, numbered_extractions, parse_extraction, read_graph
from kg.errors import InputError
from kg.flatten import JSON_PROPS, NULL_PROPS, flatten, unflatten  # noqa: F401 - part of this module's interface
from kg.schema import ENTITY_TYPES, RELATION_TYPES, SYMMETRIC
from kg.types import UNKNOWN_TYPE, ArticleExtraction, Entity, content_id

REFS = ("subject", "object", "attributed_to")  # the relation fields that name entities


def one_line(error: BaseException) -> str:
    """An exception's message on one short line (servers send long, multi-line messages)."""
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    message = re.sub(r"\s+", " ", str(message)).strip()
    return message if len(message) <= 240 else message[:237] + "..."


# --------------------------------------------------------------------------- keys

def evidence_id(article_id: str, relation: dict, occurrence: int = 1) -> str:
    """The id of one extracted relation: its article, offsets, type, subject and object (and, for
    the second and later identical statements of one article, which one it is)."""
    parts = [article_id, relation.get("start"), relation.get("end"), relation["type"],
             relation["subject"]["id"], relation["object"]["id"]]
    if occurrence > 1:
        parts.append(f"#{occurrence}")
    return content_id("\x1f".join(str(part) for part in parts), 24)


def edge_ends(subject: str, rel_type: str, obj: str) -> tuple[str, str] | None:
    """The (source, target) of the graph edge a statement supports, as ``kg.graph`` stores it
    (symmetric types from the smaller id to the larger), or None for a statement about itself."""
    if subject == obj:
        return None
    if rel_type in SYMMETRIC and obj < subject:
        return obj, subject
    return subject, obj


def edge_key(source: str, rel_type: str, target: str) -> str:
    """The key under which the evidence of one graph edge is found (an indexed property)."""
    return content_id("\x1f".join((source, rel_type, target)), 24)


def digest(record: dict) -> str:
    """A digest of one line of ``extractions.jsonl``: an article whose line is unchanged is not
    written again."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# --------------------------------------------------------------------------- rows

@dataclass
class ArticleRows:
    """What one article puts in the database."""

    id: str
    props: dict  # the Article node's properties, id and digest included
    mentions: list[dict] = field(default_factory=list)  # {entity, count, name, type, aliases}
    evidence: list[dict] = field(default_factory=list)  # {id, subject, object, attributed_to, props}
    entities: dict[str, dict] = field(default_factory=dict)  # every entity named: id -> {id, name, type}

    def size(self) -> int:
        return 1 + len(self.mentions) + len(self.evidence)

    def edges(self) -> set[tuple[str, str, str]]:
        """The (source, type, target) of the graph edges its statements support."""
        return {(row["props"]["edge_source"], row["props"]["type"], row["props"]["edge_target"])
                for row in self.evidence if row["props"].get("edge")}


@dataclass
class LoadPlan:
    """The rows of a build directory, article by article, in the order of ``extractions.jsonl``."""

    articles: list[ArticleRows] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, dict]:
        """Every entity the articles name: id -> {name, type}, the name of the first article
        naming it, the first type an article gives it (see ``ArticleRows.entities``)."""
        out: dict[str, dict] = {}
        for art in self.articles:
            for ent_id, row in art.entities.items():
                known = out.setdefault(ent_id, {"name": row["name"], "type": row["type"]})
                if known["type"] == UNKNOWN_TYPE:
                    known["type"] = row["type"]
        return out

    def counts(self) -> dict[str, int]:
        evidence = [row for art in self.articles for row in art.evidence]
        return {
            "entities": len(self.entities),
            "articles": len(self.articles),
            "relationships": len({edge for art in self.articles for edge in art.edges()}),
            "mentions": sum(len(art.mentions) for art in self.articles),
            "evidence": len(evidence),
            "attributions": sum(1 for row in evidence if row["attributed_to"] is not None),
        }


def read_graph_json(path: Path) -> nx.MultiDiGraph:
    """The merged graph of ``graph.json`` (``kg.builddir.read_graph``: the one reader of builds)."""
    return read_graph(path)


def read_extractions(path: Path) -> Iterator[dict]:
    """The lines of ``extractions.jsonl`` (``kg.builddir.iter_extractions``)."""
    return iter_extractions(path)


def _text(*values: Any) -> bool:
    return all(isinstance(value, str) and value for value in values)


def _check(extraction: ArticleExtraction, named: tuple[Entity, ...], where: str) -> None:
    """``InputError`` for a relation type outside the schema (types are placed in Cypher), or an
    entity or a relation's end without an id and a name (and, for an entity, a type)."""
    for rel in extraction.relations:
        if rel.type not in RELATION_TYPES:
            raise InputError(f"{where}: relation type not in the schema: {str(rel.type)[:60]!r}")
        ends = [ref for ref in (rel.subject, rel.object, rel.attributed_to) if ref is not None]
        if not all(_text(ref.id, ref.name) for ref in ends):
            raise InputError(f"{where}: an entity reference without an id or a name")
    for ent in named:
        if not _text(ent.id, ent.name, ent.type) or not all(isinstance(alias, str) for alias in ent.aliases):
            raise InputError(f"{where}: an entity without an id, a name or a type: {str(ent.id)[:60]!r}")


def article_rows(extraction: ArticleExtraction | dict, where: str = "extractions.jsonl",
                 line_digest: str | None = None) -> ArticleRows:
    """The rows of one article's extraction: the Article node (with ``line_digest``, the
    ``digest`` of its line of ``extractions.jsonl``; by default that of ``extraction.to_dict()``,
    the line a build writes for it), a MENTIONS row per entity the extraction lists, an Evidence
    row per relation, and a row for every entity it names: those it lists, then the other ends
    and speakers of its relations (``extraction.completed(speakers=True)``). A line itself (a
    dict) is read as ``ArticleExtraction.from_dict``. Raises ``InputError`` naming ``where``."""
    if isinstance(extraction, dict):
        line_digest = digest(extraction) if line_digest is None else line_digest
        extraction = parse_extraction(extraction, where)
    named = extraction.completed(speakers=True).entities
    _check(extraction, named, where)
    article = extraction.article
    props = {**article.to_dict(), "digest": digest(extraction.to_dict()) if line_digest is None else line_digest}
    rows = ArticleRows(article.id, props)
    for ent in named:
        rows.entities.setdefault(ent.id, {"id": ent.id, "name": ent.name, "type": ent.type})
    listed: dict[str, dict] = {}
    for ent in extraction.entities:
        row = listed.setdefault(ent.id, {"entity": ent.id, "count": 0, "name": ent.name,
                                         "type": ent.type, "aliases": []})
        row["count"] += len(ent.mentions)
        row["aliases"] += [alias for alias in ent.aliases if alias not in row["aliases"]]
    rows.mentions = list(listed.values())
    seen: dict[str, int] = {}
    for seq, rel in enumerate(extraction.relations):
        fields = rel.to_dict()
        key = evidence_id(article.id, fields)
        seen[key] = seen.get(key, 0) + 1
        ev_id = evidence_id(article.id, fields, seen[key])
        subject, obj, said = rel.subject.id, rel.object.id, rel.attributed_to
        ends_of_edge = None if rel.negated else edge_ends(subject, rel.type, obj)
        ev_props = {
            **{k: v for k, v in fields.items() if k not in REFS},
            "negated": bool(rel.negated), "hedged": bool(rel.hedged),
            "id": ev_id, "seq": seq, "article": article.id, "path": article.path,
            "story": props["story"], "date": article.date, "source": article.source,
            "subject_id": subject, "subject_name": rel.subject.name,
            "object_id": obj, "object_name": rel.object.name,
            "attributed_to_id": said.id if said else None, "attributed_to_name": said.name if said else None,
            "edge": edge_key(ends_of_edge[0], rel.type, ends_of_edge[1]) if ends_of_edge else None,
            "edge_source": ends_of_edge[0] if ends_of_edge else None,
            "edge_target": ends_of_edge[1] if ends_of_edge else None,
        }
        rows.evidence.append({"id": ev_id, "subject": subject, "object": obj,
                              "attributed_to": said.id if said else None,
                              "props": flatten(ev_props, nulls=True)})
    return rows


def plan_load(build_dir: str | os.PathLike) -> LoadPlan:
    """Read and check a build directory; nothing is written. Raises ``InputError``."""
    build = Path(build_dir)
    if not build.is_dir():
        raise InputError(f"not a build directory: {build}")
    if (build / "graph.json").exists():
        graph = read_graph_json(build / "graph.json")
        for _, _, key, attrs in graph.edges(keys=True, data=True):
            if attrs.get("type", key) not in RELATION_TYPES:
                raise InputError(
                    f"graph.json: relation type not in the schema: {str(attrs.get('type', key))[:60]!r}")
    articles: dict[str, ArticleRows] = {}
    path = build / "extractions.jsonl"
    for number, record in numbered_extractions(path):
        where = f"{path}:{number}"
        # the digest is of the line as written: an article loaded before, unchanged, is skipped
        rows = article_rows(parse_extraction(record, where), where, digest(record))
        articles.pop(rows.id, None)  # an article listed twice counts once, as its last line says
        articles[rows.id] = rows
    return LoadPlan(list(articles.values()))


def entity_label(entity_type: Any) -> str | None:
    """The node label of an entity type, or None for a type outside the schema (e.g. Unknown)."""
    return entity_type if entity_type in ENTITY_TYPES else None
