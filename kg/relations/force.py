"""Armed action stated through the sides of a proxy war: "X employs Y as its proxy against Z", "Y, X's
proxy against Z": Y fights Z for X, and X fights Z through Y; and through a person's own unit: "his patrol
was ambushed by X": he was in the fight with X."""
from __future__ import annotations

from ..resolve import ACTOR_TYPES, Resolution
from .common import Found


class ForcePatterns:
    def _proxy_against(self, res: Resolution, sent) -> list[Found]:
        """A backed agent noun (the lexicon's inverse BACKS agents: 'proxy', 'surrogate') with an
        'against' phrase: its holder (the proxy) and its user fight the actor after 'against'."""
        out = []
        for noun in res.sent_tokens(sent):
            if noun.pos_ != "NOUN" or not any(s.type == "BACKS" and s.kind == "agent" and s.inverse
                                              for s in self.lex.nouns.get(noun.lower_, ()) or self.lex.nouns.get(noun.lemma_.lower(), ())):
                continue
            targets = [m for t in self._pobjs(noun, ("against",)) for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            if not targets:
                continue
            user = self._employing_verb(noun)
            if user is not None:  # "X relies on Y as its proxy against Z", "Y, which X employs as a proxy"
                held, users = self._employed(res, user)
            else:  # "Y, X's proxy against Z", "Y is Iran's proxy against Z"
                held = self._copula_subject(res, noun) + ([noun.head] if noun.dep_ == "appos" else [])
                users = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and res.at(c.i)]
            sides = [m for t in held + users for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            for s_ in {m.id: m for m in sides}.values():
                out += [Found(s_, "FIGHTS", o, noun, sent.start, sent.end, confidence=0.6) for o in targets if o.id != s_.id]
        return out

    def _unit_fought(self, res: Resolution, f: Found) -> bool:
        """Whether an attack's target is a person through the armed unit he serves in ("his unit was
        surrounded by X", "X ambushed the sergeant's patrol"; cues ``unit_nouns``): a soldier whose unit
        is attacked fights the attacker too."""
        if f.type != "FIGHTS" or f.object.type != "Person" or f.subject.type not in ("Group", "State"):
            return False
        owner = res.tokens[f.object.head]
        while owner.dep_ != "poss" and owner.head.i != owner.i and owner.head.i < f.object.end:
            owner = owner.head  # (the last word of a name)
        unit = owner.head
        return owner.dep_ == "poss" and unit.pos_ == "NOUN" and self._word_in(unit, self.cues["unit_nouns"]) \
            and (unit.head.i == f.trigger.i or unit.head.head.i == f.trigger.i)
