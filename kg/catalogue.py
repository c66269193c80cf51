"""The actor catalogue: known states, people, groups, organisations, places and events.

Catalogue files are JSON objects ``{"about", "sources", "entries": [...]}``; the package ships
``data/catalogue/*.json`` and users add their own files (``--catalogue FILE`` or the
``KG_CATALOGUE`` environment variable, paths separated by ``os.pathsep``). An entry has ``name``,
``type`` and ``aliases``, and by type ``demonyms``, ``capital``, ``seat_names`` (states),
``roles`` (people: ``{"role", "of", "start", "end"}``), ``affiliated_with``, ``part_of``, ``in``,
``country`` and ``state_organ`` (organisations that stand for their state: armed forces, ministries).
A later file's entry with the same type and name extends the earlier one.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import InputError
from .schema import ENTITY_TYPES
from .types import entity_id

CATALOGUE_ENV = "KG_CATALOGUE"


def norm_name(text: str) -> str:
    """Case- and punctuation-insensitive key for names: ``"Al-Qaeda's"`` -> ``"al qaeda"``."""
    text = text.strip().replace("\u2019", "'").lower()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"[\s\-\u2010-\u2015.]+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    of: str  # entity id of the state, group or organisation
    start: str | None = None
    end: str | None = None

    def active(self, date: str | None) -> bool:
        """True when the role was held on ``date`` (YYYY-MM-DD); any role counts when date is None.
        Partial dates ("2016", "2016-03") cover the whole year or month."""
        if date is None:
            return True
        start = (self.start or "0000") + "-00-00"[: 10 - len(self.start or "0000")]
        end = (self.end or "9999") + "-99-99"[: 10 - len(self.end or "9999")]
        return start <= date <= end


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    seat_names: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliated_with: list[str] = field(default_factory=list)  # ids
    part_of: str | None = None
    located_in: str | None = None
    capital_of: str | None = None  # for capitals: the state's id
    country: str | None = None
    state_organ: bool = False  # national armed forces, ministries: they stand for their state


def default_files() -> list[Path]:
    folder = Path(str(resources.files("kg").joinpath("data/catalogue")))
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def user_files(extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    paths = [Path(p) for p in os.environ.get(CATALOGUE_ENV, "").split(os.pathsep) if p]
    paths += [Path(p) for p in extra]
    for p in paths:
        if not p.is_file():
            raise InputError(f"catalogue file not found: {p}")
    return paths


def _entries(path: Path) -> Iterator[dict]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"catalogue file {path} is not valid JSON: {exc}") from None
    entries = data.get("entries", []) if isinstance(data, dict) else data
    for entry in entries:
        if isinstance(entry, dict) and entry.get("name") and entry.get("type") in ENTITY_TYPES:
            yield entry


class Catalogue:
    """Known actors with lookups by name, alias, demonym and role."""

    def __init__(self, entries: Iterable[dict] = ()) -> None:
        self.actors: dict[str, Actor] = {}
        self._pending: list[tuple[Actor, dict]] = []
        for entry in entries:
            self._add(entry)
        self._link()

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike] = ()) -> "Catalogue":
        """The shipped catalogue plus the user's files (``KG_CATALOGUE`` and ``extra``)."""
        files = default_files() + user_files(extra)
        return cls(e for path in files for e in _entries(path))

    # -- building -------------------------------------------------------------------------
    def _add(self, entry: dict) -> None:
        aid = entry.get("id") or entity_id(entry["type"], entry["name"])
        actor = self.actors.get(aid)
        if actor is None:
            actor = self.actors[aid] = Actor(id=aid, name=entry["name"], type=entry["type"])
        actor.state_organ = actor.state_organ or bool(entry.get("state_organ"))
        for key in ("aliases", "demonyms", "seat_names"):
            values = getattr(actor, key)
            values.extend(a for a in entry.get(key, []) or [] if a and a not in values and a != actor.name)
        self._pending.append((actor, entry))

    def _resolve_ref(self, name: str, types: tuple[str, ...]) -> str | None:
        for t in types:
            aid = entity_id(t, name)
            if aid in self.actors:
                return aid
        key = norm_name(name)
        for aid in self._name_index.get(key, []):
            if self.actors[aid].type in types:
                return aid
        return None

    def _link(self) -> None:
        self._build_index()
        actor_types = ("State", "Group", "Organization")
        for actor, entry in self._pending:
            capital = entry.get("capital")
            if capital and actor.type == "State":
                pid = entity_id("Place", capital)
                place = self.actors.setdefault(pid, Actor(id=pid, name=capital, type="Place"))
                place.capital_of, place.located_in = actor.id, actor.id
                place.aliases.extend(a for a in entry.get("capital_aliases", []) or [] if a not in place.aliases)
            for role in entry.get("roles", []) or []:
                of = self._resolve_ref(str(role.get("of", "")), actor_types) or entity_id("State", str(role.get("of", "")))
                actor.roles.append(Role(str(role.get("role", "")), of, role.get("start"), role.get("end")))
            for parent in entry.get("affiliated_with", []) or []:
                ref = self._resolve_ref(parent, ("Group", "Organization", "State"))
                if ref:
                    actor.affiliated_with.append(ref)
            for key, attr in (("part_of", "part_of"), ("in", "located_in"), ("country", "country")):
                if entry.get(key):
                    ref = self._resolve_ref(entry[key], ("State", "Organization", "Place", "Group"))
                    if ref:
                        setattr(actor, attr, ref)
        self._pending.clear()
        self._build_index()

    def _build_index(self) -> None:
        self._name_index: dict[str, list[str]] = {}
        self._demonyms: dict[str, str] = {}
        for actor in self.actors.values():
            for name in [actor.name, *actor.aliases]:
                self._name_index.setdefault(norm_name(name), []).append(actor.id)
            for dem in actor.demonyms:
                self._demonyms.setdefault(dem.lower(), actor.id)

    # -- lookups --------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def find(self, name: str, types: Iterable[str] | None = None) -> Actor | None:
        """The actor with this name or alias (case- and punctuation-insensitive)."""
        wanted = tuple(types) if types else None
        for aid in self._name_index.get(norm_name(name), []):
            actor = self.actors[aid]
            if wanted is None or actor.type in wanted:
                return actor
        return None

    def state_of_demonym(self, word: str) -> str | None:
        """``"Syrian"`` -> ``"state:syria"``."""
        return self._demonyms.get(word.lower())

    def demonym_of(self, state_id: str) -> str | None:
        actor = self.actors.get(state_id)
        return actor.demonyms[0] if actor and actor.demonyms else None

    def roles_at(self, person_id: str, date: str | None) -> list[Role]:
        actor = self.actors.get(person_id)
        if not actor:
            return []
        active = [r for r in actor.roles if r.active(date)]
        return active if active or date is None else []

    def holders(self, of_id: str, role_names: Iterable[str], date: str | None) -> list[str]:
        """People holding one of ``role_names`` (case-insensitive) of ``of_id`` on ``date``."""
        wanted = {r.lower() for r in role_names}
        out = []
        for actor in self.actors.values():
            if actor.type == "Person" and any(
                r.of == of_id and r.role.lower() in wanted and r.active(date) for r in actor.roles
            ):
                out.append(actor.id)
        return out

    def patterns(self) -> list[dict]:
        """EntityRuler phrase patterns: names and aliases with their type as label and id as ``id``;
        demonyms with label ``DEMONYM`` and the state's id."""
        out = []
        for actor in self.actors.values():
            label = actor.type
            for name in [actor.name, *actor.aliases]:
                out.append({"label": label, "pattern": name, "id": actor.id})
            for seat in actor.seat_names:
                out.append({"label": label, "pattern": seat, "id": actor.id})
            for dem in actor.demonyms:
                out.append({"label": "DEMONYM", "pattern": dem, "id": actor.id})
        return out
