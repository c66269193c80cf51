"""Summaries of an act: "X blocked the aid, a move that angered Y", "X's decision to leave, a step
welcomed by Y", "X shelled the town, which angered Y" - the noun or relative after the comma
stands for the act just told, so whoever did that act is the one Y reacts to."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, M, Resolution


class ActSummaries:
    def _summary_noun(self, tok: Token) -> bool:
        """Whether a token is a noun that sums up the act told before its comma (cues
        ``summary_nouns``: "a move", "a step", "a decision")."""
        return tok.pos_ == "NOUN" and (tok.lower_ in self.cues["summary_nouns"] or tok.lemma_.lower() in self.cues["summary_nouns"]) \
            and tok.left_edge.i > tok.sent.start and tok.doc[tok.left_edge.i - 1].text == "," \
            and not any(c.dep_ in ("poss", "prep") and c.i < tok.i or c.dep_ == "prep" and c.lower_ in ("by", "of")
                        for c in tok.children)  # "X's move", "a move by X" name their own doer

    def _summarised_doers(self, res: Resolution, tok: Token, which: bool = True) -> list[M]:
        """Who did the act a summary stands for: ``tok`` is a summary noun or a relative pronoun
        ("which") after a comma (``which``: "which" may stand for the act, as the subject of a verb
        of reaction; as an object it is its antecedent's). From the word before the comma up: the owner of the first act
        noun with one ("Trump's decision to withdraw troops, a move ..."), else the subject of the
        clause that tells the act ("Hungary blocked the aid, a move ...")."""
        doc = tok.doc
        if tok.lower_ in self.cues["relative_pronouns"]:
            antecedent = tok.head.head if tok.head.dep_ == "relcl" else tok
            if self._summary_noun(antecedent):
                start = antecedent.left_edge.i  # "..., a move that angered Y"
            elif which and tok.lower_ == "which" and tok.i > tok.sent.start and doc[tok.i - 1].text == "," \
                    and antecedent is not tok and not any(m.type in ACTOR_TYPES for m in self.mentions_of(res, antecedent)):
                start = tok.i  # "X shelled the town, which angered Y" (not "Hamas, which angered Y": the group)
            else:
                return []
        elif self._summary_noun(tok):
            start = tok.left_edge.i
        else:
            return []
        if start - 2 < tok.sent.start:
            return []
        act = doc[start - 2]
        for _ in range(8):
            if act.pos_ in ("VERB", "AUX") and act.dep_ not in ("acl", "relcl", "xcomp", "amod"):
                subjects = self._agent_tokens(act) if self._is_passive(act) else self._subject_tokens(act)[0]
                return [m for t in subjects for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            if act.pos_ == "NOUN" and any(c.dep_ == "poss" for c in act.children) and (
                    act.lemma_.lower() in self.cues["political_acts"] or act.lemma_.lower() in self.cues["doer_of_nouns"]
                    or act.lower_ in self.cues["doer_of_nouns"]):
                return [m for m in self._owner_mentions(res, [act]) if m.type in ACTOR_TYPES]
            if act.head.i == act.i:
                break
            act = act.head
        return []

    def _elicited(self, res: Resolution, noun: Token, verb: Token, sense) -> tuple[list[M], list[M]] | None:
        """"X's decision drew condemnation from Y", "X's remarks sparked anger among Y", "a move that
        drew the ire of Y": a verb of causing (cues ``elicit_verbs``) whose object is a stance noun
        gives the reaction of the actor after "from", "among" (or "of", where the noun does not take
        its target so) to the verb's subject, the owner of the subject's act, or the act a summary
        stands for. (Not "in Y": "protests in Jordan" are its streets', "fury in Kyiv" a place's.) Returns (reactors, targets), or None when the noun is not so placed."""
        if noun.dep_ != "dobj" or not self._word_in(verb, self.cues["elicit_verbs"]) or self._is_passive(verb) \
                or any(c.dep_ == "poss" for c in noun.children):
            return None
        preps = ("from", "among") + (() if "of" in sense.preps else ("of",))
        reactors = [m for t in self._pobjs(noun, preps) + self._pobjs(verb, preps) for m in self.mentions_of(res, t)
                    if m.type in ACTOR_TYPES]
        subj = self._subject_tokens(verb)[0]
        targets = [m for t in subj for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES] or [
            m for m in self._owner_mentions(res, [t for t in subj if t.pos_ == "NOUN"]) if m.type in ACTOR_TYPES] or [
            m for t in subj for m in self._summarised_doers(res, t)]
        return reactors, targets
