"""What the database derives from the evidence it holds: edge aggregates and entity properties.

An edge of the graph (``count``, ``articles``, ``stories``, ``first_seen``, ``last_seen``,
``confidence``, ``hedged_count``, ``evidence``, ``role``, and whatever else ``kg.graph`` gives an
edge) is what :class:`kg.graph.GraphBuilder` makes of every statement loaded for it, so the
database and ``graph.json`` agree by construction. The statements are folded in one order,
whatever order they were loaded in: the order in which a build reads its inputs (articles by
path, digits compared as numbers, then id; an article's statements in its extraction's order).
So loading build A then build B gives the graph of loading the build of A and B together, and
the graph of a build read back from the database is the build's ``graph.json`` (where the build
read its inputs in that order: only which five sentences an edge shows as ``evidence``, and its
``role``, depend on the order).

An entity's ``name`` is the one the first article listing it gives it, its ``type`` the first
listed type that is not ``Unknown``, its ``aliases`` every alias any article gave it; an entity
no article lists (only named by statements) is ``Unknown`` with the name the first statement
naming it gives. An entity nothing names any more goes.

Pure functions on plain rows; the queries that fetch the rows are in ``loaders.neo4j``.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from kg.graph import GraphBuilder
from kg.types import UNKNOWN_TYPE, Article, ArticleExtraction, Ref, Relation

from .build import REFS, flatten

_RELATION_FIELDS = {f.name: f for f in dataclasses.fields(Relation)}
_REQUIRED_DEFAULTS = {"subject_text": "", "object_text": "", "sentence": "", "start": 0, "end": 0,
                      "trigger": ""}


def natural_key(text: str | None) -> tuple:
    """``text`` split into runs of digits (compared as numbers) and the rest: ``f.jsonl:2`` comes
    before ``f.jsonl:10``, as a build reads them."""
    parts = re.split(r"(\d+)", text or "")
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts if part)


def _article_order(path: str | None, article: str) -> tuple:
    return (natural_key(path), article)


def _relation(ev: dict) -> Relation:
    """The ``Relation`` an Evidence node's properties (unflattened) record."""
    kwargs = {name: ev[name] for name in _RELATION_FIELDS if name not in REFS and name in ev}
    for name, default in _REQUIRED_DEFAULTS.items():
        if kwargs.get(name) is None:
            kwargs[name] = default
    said = ev.get("attributed_to_id")
    return Relation(subject=Ref(ev["subject_id"], ev.get("subject_name") or ev["subject_id"]),
                    object=Ref(ev["object_id"], ev.get("object_name") or ev["object_id"]),
                    attributed_to=Ref(said, ev.get("attributed_to_name") or said) if said else None,
                    **kwargs)


def derive_edges(evidence: Iterable[dict], story_dates: dict[str, str] | None = None
                 ) -> dict[tuple[str, str, str], dict]:
    """(source, type, target) -> edge attributes, from the (unflattened) properties of Evidence
    nodes. Give it every statement of the edges wanted: an edge is derived from what it is given,
    and from ``story_dates`` (story id -> the earliest date of its loaded copies), which dates
    the statements of undated copies as a build does."""
    by_article: dict[str, list[dict]] = {}
    for ev in evidence:
        by_article.setdefault(ev["article"], []).append(ev)
    builder = GraphBuilder()
    for story, date in sorted((story_dates or {}).items()):
        builder.date_story(story, date)
    for art_id in sorted(by_article, key=lambda a: _article_order(by_article[a][0].get("path"), a)):
        rows = sorted(by_article[art_id], key=lambda e: (e.get("seq") or 0, e["id"]))
        first = rows[0]
        article = Article(id=art_id, path="", text="", date=first.get("date"),
                          source=first.get("source"), story=first.get("story") or art_id)
        builder.add(ArticleExtraction(article, (), tuple(_relation(e) for e in rows)))
    graph = builder.freeze()
    return {(u, key, v): dict(attrs) for u, v, key, attrs in graph.edges(keys=True, data=True)}


def edge_props(attrs: dict) -> dict:
    """An edge's attributes as the relationship's properties."""
    return flatten(attrs, nulls=True)


def derive_entity(entity_id: str, listings: list[dict], refs: list[dict]) -> dict | None:
    """The properties of one entity node, or None when nothing names it any more.

    ``listings`` are the articles' records of it ({article, path, name, type, aliases}); ``refs``
    the statements naming it ({article, path, seq, name}), used when no article lists it.
    """
    if listings:
        ordered = sorted(listings, key=lambda r: _article_order(r.get("path"), r["article"]))
        name = ordered[0]["name"]
        entity_type = next((r["type"] for r in ordered if r["type"] != UNKNOWN_TYPE), UNKNOWN_TYPE)
        aliases = sorted({a for r in ordered for a in r.get("aliases") or []} - {name})
        return {"id": entity_id, "name": name, "type": entity_type, "aliases": aliases}
    if refs:
        first = min(refs, key=lambda r: (_article_order(r.get("path"), r["article"]), r.get("seq") or 0))
        return {"id": entity_id, "name": first["name"] or entity_id, "type": UNKNOWN_TYPE, "aliases": []}
    return None
