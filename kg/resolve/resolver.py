"""Entity resolution within one article: every mention of an actor gets one canonical entity.

Works on a parsed spaCy ``Doc`` whose entities came from the catalogue ruler (labels are the
schema's types, or ``DEMONYM``; ``ent_id_`` is the canonical id) and from the statistical NER
(PERSON, ORG, GPE...). It adds what the model cannot know: canonical names from the catalogue,
partial names ("Okafor" after "Grace Okafor"), capitals acting as governments, titles ("the
Syrian leader", "his Turkish counterpart"), collectives ("Assad's forces", "the rebels") and
personal pronouns. The result is a ``Resolution``: mentions by token, and the titles found."""
from __future__ import annotations

from spacy.tokens import Doc

from .mentions import M, Resolution
from ..catalogue import Catalogue
from ..lexicon import Lexicon
from .bodies import Bodies
from .collectives import Collectives
from .coreference import Coreference
from .events import Events
from .names import Names
from .offices import Offices
from .quotes import Quotes


class Resolver(Names, Bodies, Offices, Collectives, Events, Coreference, Quotes):
    """Resolves the mentions of one doc; holds only the catalogue and lexicon. The stages live in
    ``names``, ``offices``, ``collectives``, ``events``, ``coreference`` and ``quotes``."""

    def __init__(self, catalogue: Catalogue, lexicon: Lexicon) -> None:
        self.cat = catalogue
        self.lex = lexicon
        self.cues = lexicon.cues
        # the last words of title phrases ("general" of "secretary-general"): most tokens end none
        self.title_ends = frozenset(k.split()[-1].split("-")[-1] for k in lexicon.titles)
        # the last words of event heads of several words ("process" of "peace process")
        self.event_head_ends = frozenset(h.rsplit(" ", 1)[1] for h in lexicon.event_heads if " " in h)

    # -- entry point ----------------------------------------------------------------------
    def resolve(self, doc: Doc, date: str | None = None) -> Resolution:
        res = Resolution(doc)
        self._names(doc, res)
        self._branch_names(doc, res)
        self._name_prefixes(doc, res)
        self._partial_names(doc, res)
        self._placed_names(doc, res)
        self._named_as(doc, res)
        self._unnamed_bodies(doc, res)
        self._definite_orgs(doc, res)
        self._titles(doc, res, date)
        main_state = self._main_state(res)
        self._descriptors(doc, res, date, main_state)
        self._titles(doc, res, date, again=True)
        self._pronouns(doc, res)
        self._own_country(doc, res, date)
        self._first_person(doc, res, date)
        self._plurals(doc, res)
        self._events(doc, res)
        self._known_offices(res, date)
        self._successions(res)
        res.mentions.sort(key=lambda m: (m.start, m.end))
        for m in res.mentions:  # where each named place lies, for the relation stage ("arrested in Istanbul")
            if m.type == "Place" and m.id not in res.place_states:
                res.place_states[m.id] = self._state_of_place(m.id)
            elif m.type == "Group" and self._party(res, m):  # a party, for the relation stage ("X defeated Labour")
                res.parties.add(m.id)
        return res

    def _party(self, res: Resolution, m: M) -> bool:
        """Whether a group is a political party: the catalogue's flag, or for a group the
        catalogue does not know, a head noun of party names ("the ruling Unity party")."""
        actor = self.cat.get(m.id)
        if actor is not None:
            return actor.party
        return m.head >= 0 and res.tokens[m.head].lower_ in self.cues["party_heads"]
