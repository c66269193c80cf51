"""Acts whose other side the sentence leaves out, read from what the article told just before:
"Russia urged restraint" is asked of whoever was last told attacking, "the EU condemned the
strikes" condemns whoever struck."""
from __future__ import annotations

from dataclasses import replace

from ..resolve import ACTOR_TYPES, Resolution
from ..resolve.mentions import M, sentences_back
from .common import Found


class ImpliedSides:
    def _stated(self, res: Resolution, f: Found) -> bool:
        """Whether a relation found is told as done: not negated, not hedged (its flags, worked
        out on a copy: they are set on the relation itself later)."""
        probe = replace(f, negated=False, hedged=False)
        self._flags(res, probe)
        return not (probe.negated or probe.hedged)

    def _last_attackers(self, res: Resolution, attacks: list, before: int, end: int, exclude: set[str]) -> list[M]:
        """The doers of the last attack told from ``before`` up to token ``end``: ``attacks`` are
        (token index, doer) pairs; none of ``exclude``."""
        near = [(i, m) for i, m in attacks if before <= i < end and m.id not in exclude]
        if not near:
            return []
        last = max(i for i, _ in near)
        return list({m.id: m for i, m in near if i == last}.values())

    def _calls_for_restraint(self, res: Resolution, found: list[Found], campaigns: set[str]) -> list[Found]:
        """"X urged restraint", "Y called for calm", "a Chilean note pleading for calm": a call for
        restraint (cues ``restraint_nouns``) that names no one it is made to is made to whoever the
        article last told attacking or waging a campaign, in the three sentences before it or in its
        own ("protested at the Peruvian incursion and called for calm")."""
        nouns, out = self.cues["restraint_nouns"], []
        attacks = [f for f in found if f.subject.type in ACTOR_TYPES and (
            f.type == "FIGHTS" or f.type == "PARTICIPATES_IN" and f.object.id in campaigns)]
        strings = res.doc.vocab.strings
        ids = {strings[w] for w in nouns}  # (hashes: most tokens are tested without making a string)
        for tok in res.doc:
            if tok.lower not in ids or tok.pos_ != "NOUN":
                continue
            if tok.dep_ == "dobj" and self._word_in(tok.head, self.cues["restraint_verbs"]):
                verb = tok.head  # "urged restraint"
            elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and self._word_in(tok.head.head, self.cues["appeal_verbs"]):
                verb = tok.head.head  # "called for restraint"
            else:
                continue
            if any(c.dep_ in ("dobj", "dative") and c.i != tok.i for c in verb.children) or any(
                    self.mentions_of(res, p) for p in self._pobjs(verb, ("on", "upon", "to"))):
                continue  # "urged Ankara to show restraint": the call names whom it is made to
            speakers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            if not speakers and verb.dep_ == "acl":  # "a Chilean note pleading for calm"
                speakers = [m for c in verb.head.children if c.dep_ in ("poss", "compound", "amod") for m in res.at(c.i)]
            speakers = [m for m in speakers if m.type in ACTOR_TYPES]
            sent = tok.sent
            back = sentences_back(res.doc, tok.i, 3)
            spoken = {m.id for m in speakers} | {t.owner.id for t in res.titles if t.person.id in {m.id for m in speakers}}
            near = [(f.trigger.i, f.subject) for f in attacks if back <= f.trigger.i < sent.end]
            near += [(t.i, m) for t in res.doc[back:sent.end] if t.pos_ == "NOUN" and any(  # "the Turkish invasion"
                     sense.type == "FIGHTS" and sense.kind == "event" for sense in self.lex.nouns.get(t.lemma_.lower(), ()))
                     for m in self._campaign_owners(res, t)]
            near = [(i, m) for i, m in near if m.id not in spoken]
            if not speakers or not near:
                continue
            # the last one before the call, else the first after it in its sentence ("pleading for calm and
            # warning that the offensive ...")
            last = max(i for i, _ in near if i < tok.i) if any(i < tok.i for i, _ in near) else min(i for i, _ in near)
            for s_ in speakers:
                for m in {m.id: m for i, m in near if i == last}.values():
                    out.append(Found(s_, "CALLED_ON", m, verb, sent.start, sent.end, confidence=0.5))
        return out

    def _stances_on_told_attacks(self, res: Resolution, found: list[Found]) -> list[Found]:
        """"Israel struck Damascus. Russia condemned the strikes.": a stance verb on a definite
        attack noun that names no doer (no owner, demonym or "by") is a stance on whoever the
        article last told doing that act (the noun's own word: "struck", "the strikes"; "shelled",
        "the shelling"), in this sentence or the three before it."""
        attacks = [(f.trigger.i, f, f.trigger.lemma_.lower()) for f in found
                   if f.type == "FIGHTS" and f.subject.type in ACTOR_TYPES]
        out: list[Found] = []
        if not attacks:
            return out
        ids = self.trigger_ids
        for verb in res.doc:
            if verb.lemma not in ids or verb.pos_ != "VERB":
                continue
            senses = [s_ for s_ in self.lex.verbs.get(verb.lemma_.lower(), ()) if s_.type in ("OPPOSES", "BACKS")
                      and s_.dobj and not (s_.particle or s_.needs_prep or s_.needs_xcomp or s_.needs_dobj_noun)]
            if not senses:
                continue
            for noun in verb.children:
                if noun.dep_ != "dobj" or not any(s_.type == "FIGHTS" and s_.kind == "event"
                                                   for s_ in self.lex.nouns.get(noun.lemma_.lower(), ())):
                    continue
                if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "such") for c in noun.children):
                    continue  # ("condemned attacks on civilians": any, not the ones just told)
                if any(res.at(t.i) for t in noun.subtree if t.i != noun.i and t.dep_ in ("poss", "amod", "compound", "nmod")) \
                        or self._pobjs(noun, ("by", "from")) or any(m.head == noun.i for m in res.at(noun.i)):
                    continue  # the act names its doer, or is a named event
                speakers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
                # the act the noun names again: "struck ... the strikes", "shelled ... the shelling"
                word = noun.lemma_.lower()
                same = [(i, f.subject) for i, f, lemma in attacks if (word == lemma or word.startswith(lemma) and len(lemma) > 3)
                        and (f.trigger.pos_ != "NOUN" or f.trigger.tag_ == noun.tag_)  # ("dozens of attacks" ... "the attack")
                        and self._stated(res, f)]  # (not one only suspected or denied: "Y is suspected of the attack")
                doers = self._last_attackers(res, same, sentences_back(res.doc, verb.i, 3), noun.i,
                                             {m.id for m in speakers})
                sent = verb.sent
                out += [Found(s_, senses[0].type, d, verb, sent.start, sent.end, confidence=0.5)
                        for s_ in speakers for d in doers]
        return out
