"""People who work for a person: "X, an aide to Y", "Y's spokeswoman X", "Y's lawyer, Z"."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import M, Resolution
from .common import Found


class StaffPatterns:
    def _personal_staff(self, res: Resolution, sent) -> list[Found]:
        """A staff noun (cues 'staff_nouns': 'aide', 'spokesman', 'lawyer') that a named person
        holds for another named person: an aide or a spokesman is affiliated with the one served,
        a lawyer backs the client. The staff of a state's leader serve the state (an office,
        read by the resolver), so only a lawyer is tied to a leader in person."""
        out = []
        staff = self.cues["staff_nouns"]
        for noun in res.sent_tokens(sent):
            kind = staff.get(noun.lower_) or staff.get(noun.lemma_.lower())
            if kind is None or noun.pos_ != "NOUN":
                continue
            owners = [m for t in self._staff_owners(noun) for m in res.at(t.i)
                      if m.type == "Person" and m.kind == "name" and m.head == t.i]
            if not owners:
                continue
            holders = [m for t in self._staff_holders(noun) for m in res.at(t.i)
                       if m.type == "Person" and m.kind == "name" and m.head == t.i]
            former = any(c.lower_ in self.cues["former_words"] for c in noun.children)
            for o in owners:
                if kind != "BACKS" and any(t.person.id == o.id and t.relation == "LEADS" and t.owner.type == "State"
                                           for t in res.titles):
                    continue
                out += [Found(h, kind, o, noun, sent.start, sent.end, confidence=0.6, former=former)
                        for h in holders if h.id != o.id and not (kind != "BACKS" and self._serves_state(res, h))]
        return out

    @staticmethod
    def _serves_state(res: Resolution, holder: M) -> bool:
        """An office of a state the holder has ("Putin's spokesman X", X a Kremlin official): the
        staff of a state's leader serve the state."""
        return any(t.person.id == holder.id and t.owner.type == "State" for t in res.titles)

    @staticmethod
    def _staff_owners(noun: Token) -> list[Token]:
        """Whom the staff noun serves: its possessive ("Y's aide") or 'to'/'for' ("an aide to Y",
        "a lawyer for Y")."""
        out = [c for c in noun.children if c.dep_ == "poss"]
        out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                for o in p.children if o.dep_ == "pobj"]
        return out

    @staticmethod
    def _staff_holders(noun: Token) -> list[Token]:
        """Who holds the staff noun: the name it stands in apposition to or before ("X, an aide
        to Y", "Y's lawyer, X", "Y's spokesman X"), or the subject of a copula ("X is Y's lawyer")."""
        out = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ in ("appos", "compound"):
            out.append(noun.head)
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            out += [c for c in noun.head.children if c.dep_ == "nsubj"]
        return out
