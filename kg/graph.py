"""The merged graph: every article's entities and relations folded into one networkx MultiDiGraph.

Nodes are keyed by entity id and carry ``id``, ``name``, ``type``, ``aliases`` (list).
Edges are keyed by relation type, one edge per (subject, type, object), and carry ``type``,
``count``, ``articles``, ``stories``, ``first_seen``, ``last_seen``, ``confidence``,
``hedged_count``, ``evidence`` (up to ``MAX_EVIDENCE`` dicts of sentence, article, story, date,
offsets, trigger, attributed_to) and ``role`` (or None). Symmetric types are stored once, from
the smaller id to the larger. Negated relations are not edges.

When the relation held, as the texts say: ``valid_from``/``valid_until`` are the union of what
every statement gives (the earliest start, the latest end), ``former`` is True when every
statement says it no longer holds; and the latest statement that says anything of it (of the
latest-dated article, the last read on a tie; undated articles before dated ones) is kept as
``stated_on`` (its article's date), ``stated_from``, ``stated_until`` and ``stated_former``: a
relation "former" in this year's article and ongoing in an older one is over by the latest word.

Copies of one story (``Article.story``) are one source of dates and one source of events:

- an edge found only in an undated copy is dated by its story: ``first_seen``/``last_seen`` take
  the earliest date of any dated copy (known once every copy is in, so applied by ``freeze``);
- an event that exists only in its article ("the ceasefire", "a peace agreement": ids
  ``event:<slug of its name>-<scope>``, see ``kg.resolve.events``) is one node per story: the
  copies' ids are mapped to the one the story's first copy gave it.
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .schema import SYMMETRIC
from .stories import StoryEvents, scoped_event  # noqa: F401 - scoped_event: part of this module's story
from .types import ArticleExtraction, Relation

MAX_EVIDENCE = 5


def story_confidence(relations: Iterable[Relation]) -> float:
    """The confidence one story gives an edge: its best mention, halved if every mention is hedged."""
    rels = list(relations)
    best = max(r.confidence for r in rels)
    return best * 0.5 if all(r.hedged for r in rels) else best


def combine(confidences: Iterable[float]) -> float:
    """Independent evidence: 1 - prod(1 - c)."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - c
    return round(1.0 - miss, 3)


class GraphBuilder:
    """Folds extractions into a MultiDiGraph one article at a time; keeps only the graph."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        # per edge: story id -> confidence that story gives it
        self._story_conf: dict[tuple[str, str, str], dict[str, float]] = {}
        self._story_date: dict[str, str] = {}  # story id -> its earliest dated copy's date
        self._undated: dict[tuple[str, str, str], set[str]] = {}  # edge -> stories of its undated copies
        self._events = StoryEvents()

    def date_story(self, story: str, date: str | None) -> None:
        """Record that a copy of ``story`` is dated ``date`` (``add`` does it for each article; a
        caller folding in only some copies' statements tells it the others' dates this way)."""
        if date and (story not in self._story_date or date < self._story_date[story]):
            self._story_date[story] = date

    def add(self, extraction: ArticleExtraction) -> None:
        G = self.graph
        extraction = extraction.completed()  # relations to entities the article did not list
        art = extraction.article
        story = art.story or art.id
        self.date_story(story, art.date)
        renamed = self._events.ids(extraction)
        for ent in extraction.entities:
            ent_id = renamed.get(ent.id, ent.id)
            if ent_id in G:
                node = G.nodes[ent_id]
                known = set(node["aliases"]) | {node["name"]}
                node["aliases"].extend(a for a in ent.aliases if a not in known)
            else:
                G.add_node(ent_id, id=ent_id, name=ent.name, type=ent.type,
                           aliases=[a for a in ent.aliases if a != ent.name])
        grouped: dict[tuple[str, str, str], list[Relation]] = {}
        for rel in extraction.relations:
            u, v = renamed.get(rel.subject.id, rel.subject.id), renamed.get(rel.object.id, rel.object.id)
            if rel.negated or u == v:
                continue
            if rel.type in SYMMETRIC and v < u:
                u, v = v, u
            grouped.setdefault((u, rel.type, v), []).append(rel)
        for (u, rtype, v), rels in grouped.items():
            if G.has_edge(u, v, key=rtype):
                data = G.edges[u, v, rtype]
            else:
                G.add_edge(u, v, key=rtype, type=rtype, count=0, articles=[], stories=[],
                           first_seen=None, last_seen=None, confidence=0.0, hedged_count=0,
                           evidence=[], role=None, valid_from=None, valid_until=None, former=None,
                           stated_on=None, stated_from=None, stated_until=None, stated_former=None)
                data = G.edges[u, v, rtype]
            data["count"] += len(rels)
            data["hedged_count"] += sum(r.hedged for r in rels)
            if art.id not in data["articles"]:
                data["articles"].append(art.id)
            if story not in data["stories"]:
                data["stories"].append(story)
            if art.date:
                data["first_seen"] = min(filter(None, (data["first_seen"], art.date)))
                data["last_seen"] = max(filter(None, (data["last_seen"], art.date)))
            else:
                self._undated.setdefault((u, rtype, v), set()).add(story)
            data["role"] = data["role"] or next((r.role for r in rels if r.role), None)
            # the period the texts give: the earliest start and latest end stated; former only
            # when every statement says it no longer holds
            data["valid_from"] = min(filter(None, (data["valid_from"], *(r.valid_from for r in rels))), default=None)
            data["valid_until"] = max(filter(None, (data["valid_until"], *(r.valid_until for r in rels))), default=None)
            data["former"] = (data["former"] is not False) and all(r.former for r in rels)
            stating = [r for r in rels if r.valid_from or r.valid_until or r.former]
            if stating and (art.date or "") >= (data["stated_on"] or ""):  # the latest word on it
                last = stating[-1]
                data.update(stated_on=art.date, stated_from=last.valid_from, stated_until=last.valid_until,
                            stated_former=bool(last.former))
            for r in rels:
                if len(data["evidence"]) >= MAX_EVIDENCE:
                    break
                if any(e["sentence"] == r.sentence for e in data["evidence"]):
                    continue
                data["evidence"].append({
                    "sentence": r.sentence, "article": art.id, "story": story, "date": art.date,
                    "source": art.source, "start": r.start, "end": r.end, "trigger": r.trigger,
                    "hedged": r.hedged,
                    "attributed_to": r.attributed_to.name if r.attributed_to else None,
                })
            per_story = self._story_conf.setdefault((u, rtype, v), {})
            per_story[story] = max(per_story.get(story, 0.0), story_confidence(rels))
            data["confidence"] = combine(per_story.values())

    def freeze(self) -> nx.MultiDiGraph:
        """The graph with list attributes sorted, so that equal inputs give equal graphs."""
        G = self.graph
        for _, data in G.nodes(data=True):
            data["aliases"] = sorted(set(data["aliases"]))
        for (u, rtype, v), stories in self._undated.items():  # undated copies take their story's date
            data = G.edges[u, v, rtype]
            dates = [self._story_date[s] for s in stories if s in self._story_date]
            if dates:
                data["first_seen"] = min(filter(None, (data["first_seen"], *dates)))
                data["last_seen"] = max(filter(None, (data["last_seen"], *dates)))
        self._undated.clear()
        for _, _, data in G.edges(data=True):
            data["articles"] = sorted(data["articles"])
            data["stories"] = sorted(data["stories"])
            data["evidence"] = sorted(data["evidence"], key=lambda e: (e["date"] or "", e["article"], e["start"]))
        return G
