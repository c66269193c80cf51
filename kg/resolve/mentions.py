"""What resolution produces: mentions (``M``), offices stated in the text (``TitleFact``) and
the ``Resolution`` of one doc, plus the constants the resolver stages share."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..types import content_id


def content_scope(text: str) -> str:
    """A short stable tag of a text, for ids of things that exist only in that article."""
    return content_id(text, 8)

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
             "FAC": "Place", "EVENT": "Event", "NORP": None}
ACTOR_TYPES = ("State", "Group", "Organization", "Person")
YEAR = re.compile(r"(19|20)\d\d")
GENERIC_EVENTS = frozenset({"deal", "agreement", "accord", "pact", "plan", "framework", "memorandum", "treaty"})
DEFINITE_GROUPS = {"group": ("Group",), "militia": ("Group",), "movement": ("Group",), "organisation": ("Group", "Organization"),
                   "organization": ("Group", "Organization"), "alliance": ("Organization", "Group"),
                   "bloc": ("Organization",), "coalition": ("Organization", "Group"), "agency": ("Organization",),
                   "insurgents": ("Group",), "militants": ("Group",), "jihadists": ("Group",)}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
GENERIC_ROLES = ("Leader", "Ruler", "Head", "Chief", "Head of State", "Monarch", "Chairman", "Chair")


def sentences_back(doc: Doc, i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding token ``i``."""
    start = doc[i].sent.start
    for _ in range(n):
        start = doc[start - 1].sent.start if start > 0 else start
    return start


def sentences_ahead(doc: Doc, i: int, n: int) -> int:
    """The token after the sentence ``n`` sentences after the one holding token ``i``."""
    end = doc[i].sent.end
    for _ in range(n):
        end = doc[end].sent.end if end < len(doc) else end
    return end


@dataclass(slots=True)


class M:
    """A mention: tokens ``start:end`` of the doc refer to entity ``id``."""

    start: int
    end: int
    id: str
    name: str
    type: str
    kind: str  # name | demonym | capital | descriptor | title | counterpart | pronoun | bloc
    head: int = -1  # the token that stands for the mention in the parse

    def text(self, doc: Doc) -> str:
        return doc[self.start:self.end].text


@dataclass(slots=True)


class TitleFact:
    """A person's office stated in the text: ``person`` holds ``role`` of ``owner``."""

    person: M
    owner: M
    relation: str  # LEADS | MEMBER_OF
    role: str | None
    start: int  # tokens that carry it
    end: int
    stated: bool = True  # False: the office is the catalogue's for the article's date, not the text's
    former: bool = False  # "the former president": held once, not now
    valid_from: str | None = None  # the term, where the catalogue knows it
    valid_until: str | None = None


@dataclass


class Resolution:
    doc: Doc
    mentions: list[M] = field(default_factory=list)
    by_token: dict[int, list[M]] = field(default_factory=dict)
    titles: list[TitleFact] = field(default_factory=list)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, type)
    event_places: list[tuple[str, "M"]] = field(default_factory=list)  # battles and the place that names them
    campaigns: set = field(default_factory=set)  # military events a later "the operation" refers back to
    tokens: list = field(default_factory=list)  # the doc's tokens, made once: the stages walk them many times
    _scope: str = ""  # see ``scope``
    _setting: tuple = ()  # the setting state, once known (see ``setting_state``)
    _starts: list = field(default_factory=list)  # the mentions' starts (see ``sent_mentions``)
    name_prefixes: dict = field(default_factory=dict)  # token -> the actor a name's "X-led" part names (not a mention)
    sexes: dict = field(default_factory=dict)  # person id -> "female" | "male" | None, once asked (coreference)
    place_states: dict = field(default_factory=dict)  # place id -> the state the catalogue puts it in
    parties: set = field(default_factory=set)  # the ids of the political parties named (catalogue flag ``party``)

    def __post_init__(self) -> None:
        if not self.tokens:
            self.tokens = list(self.doc)

    def scope(self) -> str:
        """The article's content tag for ids of things only it has (``content_scope`` of its
        text), made on first use: building the text walks every token."""
        if not self._scope:
            self._scope = content_scope(self.doc.text)
        return self._scope

    def setting_state(self) -> str | None:
        """The state the finished resolution names most, twice at least (by name, capital or
        demonym): where the story is set. Counted once, on first use by the relation stage."""
        if not self._setting:
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.type == "State" and m.kind in ("name", "capital", "demonym"):
                    counts[m.id] = counts.get(m.id, 0) + 1
            top = max(counts, key=counts.get) if counts else None
            self._setting = (top if top is not None and counts[top] >= 2 else None,)
        return self._setting[0]

    def sent_tokens(self, sent) -> list:
        return self.tokens[sent.start:sent.end]

    def sent_mentions(self, sent) -> list[M]:
        """The mentions that start in ``sent``, for the relation stage (the resolver leaves
        ``mentions`` sorted by position; their starts are indexed on first use)."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(self._starts, sent.start):bisect_left(self._starts, sent.end)]

    def add(self, m: M) -> M:
        if m.head < 0:
            m.head = self.doc[m.start:m.end].root.i
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.by_token.setdefault(i, []).append(m)
        self.names.setdefault(m.id, (m.name, m.type))
        return m

    def drop(self, m: M) -> None:
        """Takes a mention back (a longer name was found to hold it)."""
        self.mentions.remove(m)
        for i in range(m.start, m.end):
            self.by_token[i] = [o for o in self.by_token.get(i, []) if o is not m]

    def at(self, i: int) -> list[M]:
        return self.by_token.get(i, [])
