"""Armed action stated through the sides of a proxy war: "X employs Y as its proxy against Z", "Y, X's
proxy against Z": Y fights Z for X, and X fights Z through Y."""
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
