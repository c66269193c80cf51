"""Shared types of the pipeline: articles in, entities and relations out.

Everything here is a frozen dataclass with a ``to_dict`` that gives the JSON shape of
``extractions.jsonl`` (see CONTRACT.md). Ids are deterministic: an article's id derives from
its text, an entity's from its canonical name and type.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


def content_id(text: str, length: int = 16) -> str:
    """A stable id for a piece of text: the first ``length`` hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Hayat Tahrir al-Sham"`` -> ``"hayat-tahrir-al-sham"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = ascii_name.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or content_id(name, 8)


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
