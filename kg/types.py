"""Shared types of the pipeline: articles in, entities and relations out.

One data model from the spaCy component to the database: the component leaves an
:class:`Extraction` in ``doc._.kg`` (character offsets into the doc's text), the build puts the
segments of an article together (``Extraction.merge``) and pairs them with the article
(:class:`ArticleExtraction`); the cache, worker processes, Dask, the merged graph, the writers and
the loader take these same objects. Everything here is a frozen dataclass with a ``to_dict`` that
gives the JSON shape of ``extractions.jsonl`` (see CONTRACT.md) and, where a file is read back, a
``from_dict`` that is its inverse. Ids are deterministic: an article's id derives from its text,
an entity's from its canonical name and type.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace


def content_id(text: str, length: int = 16) -> str:
    """A stable id for a piece of text: the first ``length`` hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Hayat Tahrir al-Sham"`` -> ``"hayat-tahrir-al-sham"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = ascii_name.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or content_id(name, 8)


UNKNOWN_TYPE = "Unknown"  # the type of an entity nothing typed (no schema type: a node of no type label)


def entity_id(entity_type: str, name: str) -> str:
    """The id of an entity: its type and the slug of its canonical name, ``"state:russia"``."""
    return f"{entity_type.lower()}:{slug(name)}"


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``text`` is what offsets refer to."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    story: str | None = None
    notes: tuple[str, ...] = ()  # what ingestion had to do, e.g. "decoded as cp1252"

    def to_dict(self) -> dict:
        return {
            "id": self.id, "path": self.path, "title": self.title, "date": self.date,
            "source": self.source, "url": self.url, "story": self.story or self.id,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Article:
        """The article of a line of ``extractions.jsonl`` (its text is not kept there: "")."""
        return cls(id=str(data["id"]), path=data.get("path") or "", text="", title=data.get("title"),
                   date=data.get("date"), source=data.get("source"), url=data.get("url"), story=data.get("story"))


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, with the reason."""

    path: str
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping) -> Mention:
        return cls(data["text"], data["start"], data["end"])


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity of one article, with every mention of it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
                "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: Mapping) -> Entity:
        return cls(data["id"], data["name"], data["type"], tuple(data["aliases"]),
                   tuple(Mention.from_dict(m) for m in data["mentions"]))


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to an entity by id and name, with the other names its article gives it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"id": self.id, "name": self.name}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out

    @classmethod
    def from_dict(cls, data: Mapping) -> Ref:
        return cls(data["id"], data["name"], tuple(data.get("aliases", ())))


@dataclass(frozen=True, slots=True)
class Relation:
    """One stated relation, with its evidence."""

    subject: Ref
    type: str
    object: Ref
    subject_text: str
    object_text: str
    sentence: str
    start: int  # sentence offsets in the article text
    end: int
    trigger: str
    negated: bool = False
    hedged: bool = False
    attributed_to: Ref | None = None
    role: str | None = None
    confidence: float = 0.5
    valid_from: str | None = None  # YYYY[-MM[-DD]]: when the text (or the catalogue, for an office) says it began
    valid_until: str | None = None  # ... and ended
    former: bool = False  # the text says it no longer holds ("the former president", "once allied with")

    def to_dict(self) -> dict:
        return {
            "subject": self.subject.to_dict(), "type": self.type, "object": self.object.to_dict(),
            "subject_text": self.subject_text, "object_text": self.object_text,
            "sentence": self.sentence, "start": self.start, "end": self.end, "trigger": self.trigger,
            "negated": self.negated, "hedged": self.hedged,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "role": self.role, "confidence": round(self.confidence, 3),
            "valid_from": self.valid_from, "valid_until": self.valid_until, "former": self.former,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Relation:
        att = data["attributed_to"]
        return cls(
            subject=Ref.from_dict(data["subject"]), type=data["type"], object=Ref.from_dict(data["object"]),
            subject_text=data["subject_text"], object_text=data["object_text"], sentence=data["sentence"],
            start=data["start"], end=data["end"], trigger=data["trigger"],
            negated=data["negated"], hedged=data["hedged"], attributed_to=Ref.from_dict(att) if att else None,
            role=data["role"], confidence=data["confidence"], valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"), former=bool(data.get("former")))

    def shifted(self, offset: int) -> Relation:
        """The relation with its offsets ``offset`` characters further on."""
        return replace(self, start=self.start + offset, end=self.end + offset) if offset else self


def complete_entities(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                      types: Mapping[str, str] | None = None, *, speakers: bool = False) -> tuple[Entity, ...]:
    """``entities`` and after them, in the order of ``relations``, an entity for every subject and
    object (with ``speakers``, also everyone a relation is attributed to) they do not list, named
    as the relation names it, of its type in ``types`` (else ``UNKNOWN_TYPE``), without mentions:
    the one place where an extraction's entities are completed (the component does it with the
    types it resolved, the graph for extractions made elsewhere, the database loader with
    speakers, who get a node there though no edge of the graph)."""
    listed = {e.id for e in entities}
    added: list[Entity] = []
    for r in relations:
        for ref in (r.subject, r.object, r.attributed_to if speakers else None):
            if ref is not None and ref.id not in listed:
                listed.add(ref.id)
                added.append(Entity(ref.id, ref.name, (types or {}).get(ref.id, UNKNOWN_TYPE)))
    return entities + tuple(added) if added else entities


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the spaCy component found in one text (``doc._.kg``): its entities, each with every
    mention, and its relations, with character offsets into that text."""

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()

    def to_dict(self) -> dict:
        return {"entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations]}

    def completed(self, types: Mapping[str, str] | None = None) -> Extraction:
        """With an entity for every end of its relations (see ``complete_entities``)."""
        entities = complete_entities(self.entities, self.relations, types)
        return self if entities is self.entities else Extraction(entities, self.relations)

    @classmethod
    def from_dict(cls, data: Mapping) -> Extraction:
        """The inverse of ``to_dict``; ``KeyError``, ``TypeError`` or ``ValueError`` when ``data``
        does not have that shape."""
        return cls(tuple(Entity.from_dict(e) for e in data["entities"]),
                   tuple(Relation.from_dict(r) for r in data["relations"]))

    @classmethod
    def merge(cls, parts: Sequence[tuple[int, Extraction]]) -> Extraction:
        """The extractions of consecutive pieces of one text, each at its offset in the text, as
        the text's: an entity of several pieces is one, with every alias once and every mention."""
        if len(parts) == 1 and parts[0][0] == 0:
            return parts[0][1]
        listed: dict[str, tuple[Entity, list[str], list[Mention]]] = {}
        relations: list[Relation] = []
        for offset, part in parts:
            for e in part.entities:
                _, aliases, mentions = listed.setdefault(e.id, (e, [], []))
                for alias in e.aliases:
                    if alias not in aliases:
                        aliases.append(alias)
                mentions.extend(Mention(m.text, m.start + offset, m.end + offset) for m in e.mentions)
            relations.extend(r.shifted(offset) for r in part.relations)
        return cls(tuple(Entity(e.id, e.name, e.type, tuple(aliases), tuple(mentions))
                         for e, aliases, mentions in listed.values()), tuple(relations))


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """What one article gave: one line of ``extractions.jsonl``."""

    article: Article
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    relations: tuple[Relation, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(),
                "entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations]}

    def completed(self, *, speakers: bool = False) -> ArticleExtraction:
        """With an entity for every end of its relations, and with ``speakers`` for everyone they
        are attributed to (see ``complete_entities``)."""
        entities = complete_entities(self.entities, self.relations, speakers=speakers)
        return self if entities is self.entities else ArticleExtraction(self.article, entities, self.relations)

    @classmethod
    def of(cls, article: Article, extraction: Extraction) -> ArticleExtraction:
        """An article with what was extracted from its text."""
        return cls(article, extraction.entities, extraction.relations)

    @classmethod
    def from_dict(cls, data: Mapping) -> ArticleExtraction:
        """A line of ``extractions.jsonl`` (see ``to_dict``)."""
        found = Extraction.from_dict(data)
        return cls(Article.from_dict(data["article"]), found.entities, found.relations)
