"""What states, courts and police do to people: holding them ("X is in a Turkish jail"), and acts
of justice placed in a state ("X was arrested in Turkey", "X was convicted at a court in Ankara")."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import M, Resolution
from .common import PASSIVE_SUBJ, Found


class JusticePatterns:
    def _custody(self, res: Resolution, sent) -> list[Found]:
        """"X is in a Turkish jail", "X remains in Iraqi custody", "sent to a Kenyan prison": the state
        holds X. A holder named with a participle of running it (cues ``holding_participles``) holds
        X too, in a prison or a detention camp (cues ``camp_nouns``, with a verb of holding): "held in
        an SDF-run prison", "in a Kurdish-run detention centre" (the group the article named so),
        "held in a camp run by the militia"."""
        out = []
        ids = self.lex.string_ids(res.doc, "justice_nouns", (*self.cues["custody_nouns"], *self.cues["camp_nouns"],
                                                             *self.cues["trial_nouns"]))
        for tok in res.sent_tokens(sent):
            if tok.lemma not in ids and tok.lower not in ids:
                continue  # (a hash test: most tokens are none of these)
            if tok.lemma_.lower() in self.cues["trial_nouns"] or tok.lower_ in self.cues["trial_nouns"]:
                out += self._on_trial(res, sent, tok)
                continue
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into", "to"):
                continue
            custody = tok.lemma_.lower() in self.cues["custody_nouns"] or any(
                c.dep_ == "compound" and c.lemma_.lower() in self.cues["custody_nouns"] for c in tok.children)
            verb = tok.head.head
            if not custody and not (tok.lemma_.lower() in self.cues["camp_nouns"] and verb.lemma_.lower() in ("hold", "detain", "keep")):
                continue
            states = [m for c in tok.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                      for m in res.at(c.i) if m.type == "State" and m.head == c.i]
            states += self._custody_holders(res, tok)
            if not states or verb.pos_ not in ("VERB", "AUX"):
                continue
            held = [m for t in (self._subject_tokens(verb)[0] or self._children(verb, PASSIVE_SUBJ))
                    for m in self.mentions_of(res, t) if m.type in ("Person", "Group")]
            if not held:  # "Another, Mark Hale, is in a Turkish jail": the name read as a second subject
                held = [m for t in self._children(verb, ("nsubj",)) for m in self.mentions_of(res, t) if m.type == "Person"]
            if self._is_passive(verb) or verb.lemma_ in ("send", "transfer", "take", "move"):
                held = [m for t in self._children(verb, PASSIVE_SUBJ) + self._children(verb, ("dobj",))
                        for m in self.mentions_of(res, t) if m.type in ("Person", "Group")] or held
            out += [Found(st, "OPPOSES", h, tok, sent.start, sent.end, confidence=0.6)
                    for st in {m.id: m for m in states}.values() for h in held if h.id != st.id]
        return out

    def _custody_holders(self, res: Resolution, noun: Token) -> list[M]:
        """Who runs a prison or camp: "an SDF-run prison", "a Kurdish-run camp" (the group the article
        named with that community word before), "a camp run by the militia"."""
        doc, out = res.doc, []
        runs = self.cues["holding_participles"]
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and c.lower_ in runs and c.i >= 2 and doc[c.i - 1].text == "-":
                by = doc[c.i - 2]
                named = [m for m in res.at(by.i) if m.type in ("State", "Group") and m.end == by.i + 1]
                if not named and by.lower_ in self.lex.communities:  # "Kurdish-run": "Syrian Kurdish forces" named before
                    named = [m for m in reversed(res.mentions) if m.start < by.i and m.type == "Group"
                             and m.kind in ("name", "descriptor") and by.lower_ in m.name.lower().split()][:1]
                out += named
            if c.dep_ == "acl" and c.lower_ in runs:  # "a camp run by the SDF"
                out += [m for p in self._pobjs(c, ("by",)) for m in self.mentions_of(res, p) if m.type in ("State", "Group")]
        return out

    def _placing_states(self, res: Resolution, verb: Token) -> list[M]:
        """The state an act of justice (cues ``justice_verbs``) is placed in when no one is named
        doing it: "X was arrested in Turkey", "jailed in Ankara", "convicted at a court in Cairo",
        "detained at a Kenyan airport", "tried in Silivri, Turkey". Only the verb's own "in"/"at"
        phrase, its apposed or modifying state, or an "in" inside it; never a border ("at the
        Turkish border" is no state's act)."""
        out = []
        places = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at") for p in prep.children]
        places += [g for q in self._pobjs(verb, ("with", "to")) for c in q.children if c.dep_ == "prep" and c.lower_ == "in"
                   for g in c.children]  # "charged with fraud in Kenya", "sentenced to ten years in Egypt"
        for p in places:
            if p.dep_ != "pobj" or p.lemma_.lower() in self.cues["border_nouns"]:
                continue
            inner = [g for c in p.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                     if g.dep_ == "pobj"]  # "at a court in Cairo"
            toks = [*(t for g in (p, *inner) for t in (g, *(c for c in g.children
                                                         if c.dep_ in ("appos", "npadvmod", "amod", "compound"))))]
            for t in toks:
                for m in res.at(t.i):
                    if m.head != t.i:
                        continue
                    if m.type == "State" and m.kind in ("name", "capital", "demonym"):
                        out.append(m)
                    elif m.type == "Place" and t.dep_ != "amod" and res.place_states.get(m.id):
                        out += self._named_state(res, res.place_states[m.id], t)  # "arrested in Istanbul"
        return list({m.id: m for m in out}.values())

    @staticmethod
    def _named_state(res: Resolution, state: str, near: Token) -> list[M]:
        """The mention of ``state`` nearest before ``near`` in its sentence or the article before
        it, else the first after it in its sentence: where the text names the state a place lies in."""
        before = [m for m in res.mentions if m.id == state and m.start < near.i]
        if before:
            return [before[-1]]
        after = [m for m in res.sent_mentions(near.sent) if m.id == state]
        return after[:1]

    def _on_trial(self, res: Resolution, sent, tok: Token) -> list[Found]:
        """"X faces trial in France", "X is awaiting trial in the UK", "X went on trial in Cairo",
        "X faces charges in the US": the state the trial is placed in (the verb's or the noun's "in",
        or a demonym on the noun: "a Kenyan trial") opposes whoever stands it; "charges against X
        were brought in Turkey" likewise, when no one is named bringing them."""
        verbs = self.cues["trial_verbs"]
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
            return []  # "Turkey's case against X", "charges by Y": their doer is named (the trigger walk)
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        states = [m for c in tok.children if c.dep_ == "amod" for m in res.at(c.i)
                  if m.type == "State" and m.kind == "demonym" and m.head == c.i]
        states += [m for p in self._pobjs(tok, ("in",)) for m in self.mentions_of(res, p)
                   if m.type == "State" and m.kind in ("name", "capital")]
        states += self._placing_states(res, verb)
        if not states:
            return []
        against = self._pobjs(tok, ("against",))
        if against:  # "the case against X collapsed in Peru", "saw the charges against her thrown out in Y"
            held_toks = against
        elif tok.dep_ == "pobj" and verb.lemma_.lower() == "put":  # "X was put on trial in Y" (not "Z put X
            if not self._is_passive(verb):  # on trial", which Z does, wherever)
                return []
            held_toks = self._children(verb, PASSIVE_SUBJ)
        elif tok.dep_ == "dobj" and self._word_in(verb, verbs) or tok.dep_ == "pobj" and tok.head.lower_ == "on":
            held_toks = self._subject_tokens(verb)[0]
        else:
            return []
        held = [m for t in held_toks for m in self.mentions_of(res, t) if m.type in ("Person", "Group")]
        return [Found(st, "OPPOSES", h, tok, sent.start, sent.end, confidence=0.6)
                for st in {m.id: m for m in states}.values() for h in held if h.id != st.id]

