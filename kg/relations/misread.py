"""Verbs the parser read as something else: a present-tense verb taken for a plural noun ("the US
arms the SDF", where "arms" became the head of one noun phrase "The United States arms")."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, Resolution
from .common import Found


class MisreadVerbs:
    def _noun_read_verbs(self, res: Resolution, sent) -> list[Found]:
        """"Washington arms Kurdish fighters", "Qatar funds Hamas", "the Pentagon trains and equips
        the army": a plural noun heading its clause, an actor's name as its compound before it and a
        noun after it, is the verb of its lemma (one with a direct object); the name is its subject,
        the noun after it (or the object of a verb coordinated with it) its object."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.tag_ not in ("NNS", "VBZ") or tok.dep_ not in ("ROOT", "conj", "ccomp") or not tok.lower_.endswith("s"):
                continue
            senses = [s for s in self.lex.verbs.get(tok.lemma_.lower(), ())
                      if s.kind == "verb" and s.dobj and not (s.particle or s.needs_prep or s.needs_xcomp or s.needs_dobj_noun)]
            if not senses:
                continue
            subj_toks = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            obj_toks = self._misread_objects(tok)
            if not subj_toks or not obj_toks or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                continue
            subjects = [m for t in subj_toks for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
            if not objects and any(s.type in ("FIGHTS", "BACKS", "OPPOSES") for s in senses):
                objects = self._owner_mentions(res, obj_toks)  # "Washington arms Kurdish fighters" (a collective)
            for sense in senses:
                for s_ in subjects:
                    for o in objects:
                        if o.id == s_.id or sense.object_types and o.type not in sense.object_types:
                            continue
                        a, b = (o, s_) if sense.inverse else (s_, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.6))
        return out

    @staticmethod
    def _misread_objects(tok: Token) -> list[Token]:
        """The object of a verb read as a noun: the noun after it that the parser made its object or
        apposition; else that of a verb coordinated with it ("trains and equips the army")."""
        own = [c for c in tok.children if c.dep_ in ("dobj", "appos") and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
        if own:
            return own
        return [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for g in c.children if g.dep_ == "dobj"]
