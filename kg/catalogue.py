"""The actor catalogue: known states, people, groups, organisations, places and events.

Catalogue files are JSON objects ``{"about", "sources", "entries": [...]}``; the package ships
``data/catalogue/*.json`` and users add their own files (``--catalogue FILE`` or the
``KG_CATALOGUE`` environment variable, paths separated by ``os.pathsep``). An entry has ``name``,
``type`` and ``aliases``, and by type ``demonyms``, ``capital``, ``seat_names`` (states),
``roles`` (people: ``{"role", "of", "start", "end"}``), ``affiliated_with``, ``part_of``, ``in``,
``country``, ``state_organ`` (organisations that stand for their state: armed forces, ministries)
``jihadist`` (groups that news calls "the jihadists" or "the extremists") and ``party`` (political
parties: a head of state's fight with one is an electoral or verbal one, not his state's).
A later file's entry with the same type and name extends the earlier one. A user's file is
checked whole before a build starts (``check_user_files``): a field of the wrong type, an unknown
entity type, an id given to two actors of different types or to two names of one type stops the
build with one line naming the file, the entry and the field.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from importlib import resources
from pathlib import Path

from .errors import CatalogueError, InputError
from .schema import ENTITY_TYPES
from .types import entity_id

CATALOGUE_ENV = "KG_CATALOGUE"


# The heads of organisation names that some newspapers write in lower case ("the Labour party").
LOWERCASE_HEADS = frozenset({"Party", "Front", "Army", "Council", "Movement", "Brigade", "Brigades", "Forces", "Union",
                             "Organisation", "Organization", "Committee", "Commission", "Coalition", "Alliance",
                             "Agency", "Court", "Ministry", "Units", "Group", "Guard", "Guards", "Parliament",
                             "Assembly", "Congress", "Command", "Institute", "Foundation", "Observatory", "Centre",
                             "Center", "Service", "Bureau", "Department", "Fund", "Programme", "Authority", "War", "Process",
                             "Agreement", "Accord", "Talks", "Summit", "Conference", "Treaty", "Initiative"})


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
    jihadist: bool = False  # "the jihadists", "the extremists" after it was named are this group
    party: bool = False  # a political party: beaten in elections and attacked in words, not fought by its state


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


_STR_FIELDS = ("name", "type", "id", "capital", "part_of", "in", "country")
_LIST_FIELDS = ("aliases", "demonyms", "seat_names", "capital_aliases", "affiliated_with")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"catalogue file {path} is not valid JSON: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise CatalogueError(f"catalogue file {path} is not valid JSON: too deeply nested") from None


def _too_common(name: str) -> bool:
    """A name that would match all over any text: one character, or an English stop word not
    written as an acronym ("the", "The", "may"; "US" and "IT" are fine: names match as written)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    text = name.strip()
    return len(text) < 2 or text.lower() in STOP_WORDS and not text.isupper()


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return {int: "a number", float: "a number", dict: "an object", list: "a list", str: "a string"}.get(
        type(value), f"a {type(value).__name__}")


def _problem(entry: object) -> str | None:
    """What is wrong with one catalogue entry (the field and why), or None."""
    if not isinstance(entry, dict):
        return f"is {_kind(entry)}, not an object"
    for key in ("name", "type"):
        if key not in entry:
            return f"has no {key!r}"
    for key in _STR_FIELDS:
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            return f"field {key!r} is {_kind(value)}, not a string"
        if key in ("name", "type") and not (value or "").strip() or key == "id" and value is not None \
                and not value.strip():
            return f"field {key!r} is empty"
    if entry["type"] not in ENTITY_TYPES:
        return f"field 'type' is {entry['type']!r}, not one of {', '.join(ENTITY_TYPES)}"
    for key in _LIST_FIELDS:
        value = entry.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            return f"field {key!r} is {_kind(value)}, not a list of strings"
        for item in value:
            if not isinstance(item, str):
                return f"field {key!r} holds {_kind(item)}, not a string"
            if not item.strip():
                return f"field {key!r} holds an empty string"
            if key in ("aliases", "demonyms", "seat_names", "capital_aliases") and _too_common(item):
                return f"field {key!r} holds {item!r}, a common word that would match everywhere"
    for flag in ("state_organ", "jihadist", "party"):
        if entry.get(flag) is not None and not isinstance(entry[flag], bool):
            return f"field {flag!r} is {_kind(entry[flag])}, not true or false"
    roles = entry.get("roles")
    if roles is not None:
        if not isinstance(roles, list):
            return f"field 'roles' is {_kind(roles)}, not a list of objects"
        for number, role in enumerate(roles):
            if not isinstance(role, dict):
                return f"field 'roles' item {number} is {_kind(role)}, not an object"
            for key in ("role", "of"):
                if not isinstance(role.get(key), str) or not role[key].strip():
                    return f"field 'roles' item {number}: {key!r} must be a non-empty string"
            for key in ("start", "end"):
                value = role.get(key)
                if value is not None and not (isinstance(value, str) and _DATE.match(value)):
                    return f"field 'roles' item {number}: {key!r} must be a date YYYY[-MM[-DD]] or null"
    return None


def check_file(path: str | os.PathLike) -> list[dict]:
    """The entries of a user catalogue file, or ``CatalogueError`` (one line naming the file, the
    entry and the field) for the first thing that is wrong: not JSON, not a list of entries, a field
    of the wrong type, an unknown entity type, an id given to two different actors (of two types,
    or under two names)."""
    path = Path(path)
    data = _read(path)
    entries = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise CatalogueError(f"catalogue file {path}: expected a list of entries "
                             f"(or an object with \"entries\": [...]), got {_kind(entries)}")
    ids: dict[str, tuple[int, str, str, bool]] = {}
    for index, entry in enumerate(entries):
        problem = _problem(entry)
        label = f"entry {index}" + (f" ({entry['name']!r})" if isinstance(entry, dict)
                                    and isinstance(entry.get("name"), str) else "")
        if problem:
            raise CatalogueError(f"catalogue file {path}: {label} {problem}"[:400])
        aid = entry.get("id") or entity_id(entry["type"], entry["name"])
        seen = ids.setdefault(aid, (index, entry["type"], entry["name"], bool(entry.get("id"))))
        if seen[0] == index:
            continue
        if entry.get("id") and seen[1] != entry["type"]:
            raise CatalogueError(f"catalogue file {path}: {label} field 'id' {aid!r} is already the id of "
                                 f"entry {seen[0]} ({seen[2]!r}, a {seen[1]})"[:400])
        if (entry.get("id") or seen[3]) and norm_name(seen[2]) != norm_name(entry["name"]):
            # one actor under two names: the second name would be dropped without a word
            field_name = "id" if entry.get("id") else "name"
            raise CatalogueError(f"catalogue file {path}: {label} field {field_name!r} gives the id {aid!r} of "
                                 f"entry {seen[0]} ({seen[2]!r}, a {seen[1]}) to another name: give the "
                                 f"second name as an alias, or another id"[:400])
    return entries


def check_user_files(extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The user's catalogue files (``KG_CATALOGUE`` and ``extra``), each checked (``check_file``):
    a build calls this before any work, so a bad catalogue stops it with one line."""
    files = user_files(extra)
    for path in files:
        check_file(path)
    return files


def _entries(path: Path, strict: bool = False) -> Iterator[dict]:
    if strict:
        yield from check_file(path)
        return
    data = _read(path)
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
        shipped, users = default_files(), user_files(extra)
        return cls(chain((e for path in shipped for e in _entries(path)),
                         (e for path in users for e in _entries(path, strict=True))))

    # -- building -------------------------------------------------------------------------
    def _add(self, entry: dict) -> None:
        aid = entry.get("id") or entity_id(entry["type"], entry["name"])
        actor = self.actors.get(aid)
        if actor is None:
            actor = self.actors[aid] = Actor(id=aid, name=entry["name"], type=entry["type"])
        actor.state_organ = actor.state_organ or bool(entry.get("state_organ"))
        actor.jihadist = actor.jihadist or bool(entry.get("jihadist"))
        actor.party = actor.party or bool(entry.get("party"))
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
        self._acronyms: set[tuple[str, str]] = set()  # (normalised, id) reached only by an all-capitals alias
        for actor in self.actors.values():
            names = [actor.name, *actor.aliases]
            for name in names:
                key = norm_name(name)
                if actor.id not in self._name_index.get(key, []):
                    self._name_index.setdefault(key, []).append(actor.id)
            for name in names:
                if name.isupper() and not any(norm_name(n) == norm_name(name) and not n.isupper() for n in names):
                    self._acronyms.add((norm_name(name), actor.id))
            for dem in actor.demonyms:
                self._demonyms.setdefault(dem.lower(), actor.id)
        self._wars: dict[str, list[str]] = {}  # state id -> the wars the catalogue places in it
        for actor in self.actors.values():
            if actor.type == "Event" and actor.located_in and "war" in actor.name.lower().split():
                self._wars.setdefault(actor.located_in, []).append(actor.id)

    # -- lookups --------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def find(self, name: str, types: Iterable[str] | None = None) -> Actor | None:
        """The actor with this name or alias (case- and punctuation-insensitive, except that an
        all-capitals alias matches only in capitals: "JIM" is not "Jim", "WHO" not "who")."""
        wanted = tuple(types) if types else None
        key = norm_name(name)
        for aid in self._name_index.get(key, []):
            actor = self.actors[aid]
            if (key, aid) in self._acronyms and not name.strip().isupper():
                continue
            if wanted is None or actor.type in wanted:
                return actor
        return None

    def war_in(self, state_id: str) -> Actor | None:
        """The war the catalogue places in a state, when it knows exactly one."""
        wars = self._wars.get(state_id, [])
        return self.actors[wars[0]] if len(wars) == 1 else None

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
            names = [actor.name, *actor.aliases]
            for name in _spellings(names):
                out.append({"label": label, "pattern": name, "id": actor.id})
                words = name.split(" ")
                if len(words) > 1 and words[-1] in LOWERCASE_HEADS and words[-1].lower() not in names:
                    # house styles that lower-case the head: "the Democratic Union party"
                    out.append({"label": label, "pattern": " ".join([*words[:-1], words[-1].lower()]), "id": actor.id})
            for seat in actor.seat_names:
                out.append({"label": label, "pattern": seat, "id": actor.id})
            for dem in actor.demonyms:
                out.append({"label": "DEMONYM", "pattern": dem, "id": actor.id})
        return out


_APOSTROPHES = ("'", "\u2019")


def _spellings(names: list[str]) -> list[str]:
    """Each name as written, with its apostrophes in the other typography (news sets "People\u2019s"
    where the catalogue writes "People's"; phrase patterns match exact token text), and a name
    that begins with its parent's acronym also as the parent's possessive and in lower case after
    it ("UN Children's Fund": "the UN's children's fund")."""
    out = list(names)
    for name in names:
        words = name.split(" ")
        if len(words) >= 3 and words[0].isupper() and 2 <= len(words[0]) <= 5 and words[0].isalpha():
            rest = " ".join(w if w.isupper() else w.lower() for w in words[1:])
            out += [f"{words[0]} {rest}", f"{words[0]}'s {rest}", f"{words[0]}'s {' '.join(words[1:])}"]
    for name in list(out):
        for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
            if a in name:
                out.append(name.replace(a, b))
    return list(dict.fromkeys(out))
