"""The language data the extractor reads: trigger words, titles, collective nouns, cue words.

All of it lives in ``data/lexicon/*.json``; this module only loads and indexes it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources


def _load(name: str) -> dict:
    return json.loads(resources.files("kg").joinpath(f"data/lexicon/{name}.json").read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Sense:
    """One relation a trigger word can state."""

    type: str
    preps: tuple[str, ...] = ()
    dobj: bool = True
    particle: str | None = None
    kind: str = "verb"  # verb | agent | event
    needs_dobj_noun: tuple[str, ...] = ()
    inverse: bool = False
    object_types: tuple[str, ...] = ()  # only objects of these entity types ("seized Bukavu": a Place)
    subject_types: tuple[str, ...] = ()  # only subjects of these entity types (armed actors "surrender")
    needs_xcomp: bool = False  # "told X to ...": only with an infinitive clause
    needs_prep: str | None = None  # "provided Ukraine with air defences": only with that preposition
    needs_light: bool = False  # an event noun that states the relation only with a light verb ("deepened ties with")
    poss_object: bool = False  # an event noun whose possessive undergoes it ("Assad's removal", "X's ouster")
    needs_mod: tuple[str, ...] = ()  # a noun that states it only with one of these modifiers ("military action")
    not_mod: tuple[str, ...] = ()  # a noun that does not state it with one of these ("a trade war" is no fight)


def _senses(spec, kind: str) -> tuple[Sense, ...]:
    specs = spec if isinstance(spec, list) else [spec]
    return tuple(
        Sense(type=s["type"], preps=tuple(s.get("preps", ())), dobj=s.get("dobj", True),
              particle=s.get("particle"), kind=s.get("kind", kind),
              needs_dobj_noun=tuple(s.get("needs_dobj_noun", ())), inverse=s.get("inverse", False),
              object_types=tuple(s.get("object_types", ())), needs_light=s.get("needs_light", False),
              subject_types=tuple(s.get("subject_types", ())),
              needs_xcomp=s.get("needs_xcomp", False), needs_prep=s.get("needs_prep"),
              poss_object=s.get("poss_object", False), needs_mod=tuple(s.get("needs_mod", ())),
              not_mod=tuple(s.get("not_mod", ())))
        for s in specs
    )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    symmetric_plural: frozenset[str]
    titles: dict[str, dict]  # lower-cased title phrase -> spec
    title_words: frozenset[str]  # every word of every title
    honorifics: frozenset[str]
    state_bodies: frozenset[str]
    bare_state_bodies: frozenset[str]
    local_state_bodies: frozenset[str]
    placed_state_bodies: frozenset[str]
    collectives: dict[str, str]  # head phrase -> family
    blocs: dict[str, str]  # phrase -> bloc name
    group_words: frozenset[str]
    org_words: frozenset[str]
    event_heads: frozenset[str]
    armed_families: frozenset[str]
    plural_references: dict[str, tuple[str, ...]]
    communities: frozenset[str]
    pan_national_words: frozenset[str]  # communities of many states ("Arab"): no group with a civil head
    civil_heads: frozenset[str]  # "leaders", "officials": with a pan-national word, those states' people
    place_nouns: frozenset[str]
    classifier_nouns: dict[str, str]
    home_bodies: frozenset[str]
    state_named_families: frozenset[str]
    definite_places: dict[str, str]
    battle_heads: frozenset[str]
    community_heads: frozenset[str]
    sponsor_participles: frozenset[str]
    cues: dict[str, frozenset[str]]
    stance_verbs: frozenset[str] = frozenset()
    stance_kinds: dict[str, str] | None = None  # complement word -> relation type
    given_names: dict[str, str] = field(default_factory=dict)  # lower-cased given name -> "female" | "male"
    gender_words: dict[str, str] = field(default_factory=dict)  # "ms", "sir", "spokeswoman", "wife" -> the same
    _string_ids: dict = field(default_factory=dict, compare=False, repr=False)

    def string_ids(self, doc, key: str, words) -> frozenset:
        """The string-store ids of ``words`` (cached under ``key`` for the doc's string store): a
        token's ``lower`` or ``lemma`` id is tested against them before any string is made."""
        cache_key = (id(doc.vocab.strings), key)
        ids = self._string_ids.get(cache_key)
        if ids is None:
            ids = self._string_ids[cache_key] = frozenset(doc.vocab.strings[w] for w in words)
        return ids

    @cached_property
    def known_verbs(self) -> frozenset[str]:
        """Every verb lemma the data names: triggers, light verbs, cue verbs."""
        words = set(self.verbs) | set(self.light_verbs)
        for v in self.cues.values():
            words |= set(v)
        return frozenset(w for w in words if " " not in w)

    @property
    def noun_triggers(self) -> frozenset[str]:
        return frozenset(self.nouns)

    @cached_property
    def title_first_words(self) -> frozenset[str]:
        """The first word of every title ("secretary" of "secretary of state", "secretary-general")."""
        return frozenset(t.split()[0].split("-")[0] for t in self.titles)

    @cached_property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles)


def verb_lemma_candidates(word: str) -> list[str]:
    """Base forms an inflected English verb may have, for when the lemmatizer slips ("waged"
    read as "wag", "shelled" as "shell" is right but "targetted" is not): the regular
    inflections undone, doubled consonants and -ies included."""
    w = word.lower()
    out = []
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])
    elif w.endswith("ing"):
        out += [w[:-3] + "e", w[:-3]]
        if len(w) > 5 and w[-4] == w[-5]:
            out.append(w[:-4])
    elif w.endswith("es"):
        out += [w[:-1], w[:-2]]
    elif w.endswith("s"):
        out.append(w[:-1])
    return out


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (loaded once per process)."""
    triggers, titles, desc, cues = _load("triggers"), _load("titles"), _load("descriptors"), _load("cues")
    stances, genders = _load("stances"), _load("genders")
    collectives = {
        head: fam["family"] for fam in desc["collectives"].values() for head in fam["heads"]
    }
    blocs = {phrase: name for name, phrases in desc["blocs"].items() for phrase in phrases}
    return Lexicon(
        verbs={k: _senses(v, "verb") for k, v in triggers["verbs"].items()},
        nouns={k: _senses(v, "event") for k, v in triggers["nouns"].items()},
        light_verbs=frozenset(triggers["light_verbs"]),
        symmetric_plural=frozenset(triggers["symmetric_plural"]),
        titles={k.lower(): v for k, v in titles["titles"].items()},
        title_words=frozenset(w for t in titles["titles"] for w in t.lower().split()),
        honorifics=frozenset(titles["honorifics"]),
        state_bodies=frozenset(desc["state_bodies"]),
        bare_state_bodies=frozenset(desc.get("bare_state_bodies", ())),
        local_state_bodies=frozenset(desc.get("local_state_bodies", ())),
        placed_state_bodies=frozenset(desc.get("placed_state_bodies", ())),
        collectives=collectives,
        blocs=blocs,
        group_words=frozenset(desc["group_words"]),
        org_words=frozenset(desc["org_words"]),
        event_heads=frozenset(desc.get("event_heads", ())),
        armed_families=frozenset(desc.get("armed_families", ())),
        plural_references={k: tuple(v) for k, v in desc.get("plural_references", {}).items()},
        communities=frozenset(desc.get("communities", ())),
        pan_national_words=frozenset(desc.get("pan_national_words", ())),
        civil_heads=frozenset(desc.get("civil_heads", ())),
        place_nouns=frozenset(desc.get("place_nouns", ())),
        classifier_nouns=dict(desc.get("classifier_nouns", {})),
        home_bodies=frozenset(desc.get("home_bodies", ())),
        state_named_families=frozenset(desc.get("state_named_families", ())),
        definite_places=dict(desc.get("definite_places", {})),
        battle_heads=frozenset(desc.get("battle_heads", ())),
        community_heads=frozenset(desc.get("community_heads", ())),
        sponsor_participles=frozenset(desc.get("sponsor_participles", ())),
        cues={k: (dict(v) if isinstance(v, dict) else frozenset(v)) for k, v in cues.items() if k != "about"},
        stance_verbs=frozenset(stances["verbs"]),
        stance_kinds=dict(stances["kinds"]),
        given_names={w.lower(): key.split("_")[0] for key in ("female_names", "male_names") for w in genders[key]},
        gender_words={w.lower(): key.split("_")[0] for key in ("female_words", "male_words") for w in genders[key]},
    )
