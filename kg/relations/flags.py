"""The flags of a relation: negated, hedged, threatened, attributed_to, confidence."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resolve import Resolution
from .common import COMPLEMENTS, Found


STANDING = ("MEMBER_OF", "LEADS", "AFFILIATED_WITH")  # ties a description gives, not acts a clause reports

_SUFFIXES = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=1 << 16)
def _forms(lower: str) -> tuple[str, ...]:
    """A word and the stems a missed inflection would leave ("hoped" -> "hop", "hope")."""
    return (lower, *(lower[: -len(suffix)] + add for suffix, add in _SUFFIXES if lower.endswith(suffix)))


class Flags:
    # -- flags ---------------------------------------------------------------------------------
    @staticmethod
    def _word_in(t: Token, words) -> bool:
        """A verb of a cue list, also when the lemmatizer misses it ("hopes" -> "hop")."""
        if t.lemma_.lower() in words:
            return True
        return any(form in words for form in _forms(t.lower_))

    def _governors(self, tok: Token):
        """The chain of heads above a token, up to the root of its sentence."""
        while tok.head.i != tok.i:
            yield tok.head
            tok = tok.head

    def _flags(self, res: Resolution, f: Found) -> None:
        cues = self.cues
        trig = f.trigger
        doc = res.doc
        chain = [trig, *self._governors(trig)]
        # negation: on the trigger, on the verbs it is the object or complement of ("did not
        # provide support", "refused to back"), under a denial ("denied backing", "rejected
        # claims that X armed Y") or a "no basis for claims that ..."
        local = True
        # a participle that describes a noun ("groups linked to X", "militias backed by Y", "forces
        # fighting Z") states its tie whatever the clause around the noun says ("were not
        # invited", "reportedly shelled the town"): negation and hedging stop at it
        described_by = next((k for k, t in enumerate(chain) if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG")
                             and t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ != "attr"), None)
        # (not a noun the clause predicates: "it would be an operation involving X" is a plan)
        # an agent noun names its side whatever is done to it: "did not reassure allies such as X",
        # "abandoned its partners" (but "has no allies", "is not an ally" deny it)
        named_side = trig.dep_ == "dobj" and trig.pos_ == "NOUN" and self._is_agent_noun(trig) \
            and not self._word_in(trig.head, cues["have_verbs"]) and trig.head.lemma_ not in cues["copulas"]
        copular = self._copular_side(trig, trig.head)  # the agent noun is the copula's subject
        for i, t in enumerate(chain):
            if i == 1 and named_side:
                break
            if t.dep_ == "pcomp" and t.head.lower_ == "without" and i <= 1:
                f.negated = True  # "left without meeting X", "hurt civilians without toppling X"
            if t.dep_ == "pcomp" and i <= 1 and (t.head.lower_, *(c.lower_ for c in t.head.children if c.dep_ == "advmod")) in (
                    ("than", "rather"), ("of", "instead")):
                f.negated = True  # "rather than backing X", "instead of arming Y": what was not done
            if t.dep_ == "pcomp" and t.head.lower_ in ("from", "against") and i <= 1 and t.head.head.pos_ in ("VERB", "AUX") \
                    and self._word_in(t.head.head, cues["averting_verbs"]):
                # "stopped X from arming Y", "refrained from striking Y": not done; "warned X against attacking Y": feared
                if self._word_in(t.head.head, cues["warning_verbs"]):
                    f.hedged = True
                else:
                    f.negated = True
            said_of = i == 1 and trig.pos_ == "NOUN" and trig.dep_ in ("nsubj", "nsubjpass") and not (
                trig.dep_ == "nsubjpass" and t.lemma_.lower() in self.lex.light_verbs and any(c.dep_ == "agent" for c in t.children))
            # (but "the battle against X was not led by Y" denies that Y waged it)
            if said_of and copular:
                said_of = False  # "Syria's closest ally is not Iran", "its main backer has never been X": denied
            # ("X's support for Y was never questioned", "... did not waver": said of the relation, not denying it)
            if local and not said_of and any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
                f.negated = True
            if local and any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                             for c in t.children):
                f.negated = True  # "no longer regards X as a threat"
            if i > 0 and self._word_in(t, cues["negating_verbs"]) and t.pos_ in ("VERB", "AUX") and \
                    all(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd", "pcomp", "acl", "conj") for c in chain[:i]) \
                    and not any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in chain[:i]) \
                    and not (t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN"):
                # (not "withdrew the troops helping X": a participle describes the noun, it is not undone;
                # nor "talks on ending the X-Y war", "hopes of ending the siege": an ending talked of, not done)
                f.negated = True  # "denied backing", "refused to meet", "rejected claims that ..."
                if f.type in ("LEADS", "MEMBER_OF", "FIGHTS") and self._word_in(t, cues["ending_verbs"]) and i == 1 \
                        and trig.pos_ == "NOUN":
                    f.negated, f.former = False, True  # "ended X's rule in Y": X led Y until then; "ended the hunt
                    # for X", "ended their war": it was fought until then
                if i == 1 and self._failed_outcome(f, t):
                    f.negated = False  # "tried and failed to dislodge X": the fight was fought, only not won
                if self._negation_undone(t):
                    f.negated = False  # "has not stopped arming X", "urged Y to end its support for X": it goes on
                above = chain[i + 1] if i + 1 < len(chain) else None
                if above is not None and t.dep_ in ("xcomp", "acl") and (
                        self._word_in(above, cues["negating_verbs"]) or above.lemma_.lower() in cues["refusal_nouns"]):
                    f.negated = False  # "refused to end its backing", "its refusal to stop the strikes": it goes on
                break
            if i > 0 and t.pos_ == "NOUN" and t.lemma_.lower() in cues["refusal_nouns"] and chain[i - 1].dep_ == "acl" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[i - 1].children) \
                    and all(c.dep_ in ("acl", "xcomp", "dobj", "pobj", "prep") for c in chain[:i]):
                f.negated = True  # "Riyadh's refusal to recognise X", "its failure to condemn Y": not done
                break
            if t.lemma_.lower() in cues["negating_nouns"] and any(c.lower_ == "no" for c in t.children):
                f.negated = True
            if i > 0 and (t.lemma_.lower() in cues["responsibility_nouns"] or t.lemma_.lower() in cues["involvement_nouns"]) \
                    and t.dep_ == "dobj" and self._word_in(t.head, cues["negating_verbs"]):
                f.negated = True  # "denied responsibility for the attack", "denied any involvement in the raid"
                break
            above = chain[i + 1] if i + 1 < len(chain) else None
            if above is not None and t.dep_ in ("ccomp", "xcomp") and above.pos_ in ("VERB", "AUX") \
                    and self._word_in(above, cues["negating_verbs"]) and t.head.i == above.i:
                # "denied that its jets had bombed X": the denial's own complement; not what is only
                # talked about ("declined to comment on claims that X armed Y", "refused to give
                # details of where X is held")
                if not (i > 0 and self._word_in(above, cues["refusal_verbs"]) and (
                        self._word_in(t, cues["speech_verbs"]) or t.lemma_.lower() in cues["topic_verbs"]
                                   or any(c.dep_ == "pcomp" and c.head.dep_ == "prep" and c.head.head.pos_ == "NOUN"
                                          for c in chain[:i]))):
                    f.negated = True
                if i == 0 and self._failed_outcome(f, above):
                    f.negated = False
                if self._negation_undone(above):
                    f.negated = False  # "did not deny funding X", "urged Y to stop arming X": it goes on
                break
            if t.dep_ in ("advcl", "relcl", "conj", "parataxis", "ROOT") or (
                    t.dep_ == "ccomp" and t.head.lemma_.lower() in cues["speech_verbs"]):
                if t.dep_ in ("advcl", "conj", "parataxis") or t.dep_ == "ccomp":
                    break
            if t.dep_ not in ("xcomp", "dobj", "attr", "acomp", "oprd", "pobj", "prep", "dative", "amod",
                              "compound", "nsubjpass", "nmod", "aux", "auxpass", "pcomp", "acl", "ccomp") \
                    and not (i == 0 and copular):
                local = False  # an apposition is not negated by its host clause ("not news to X, a supporter")
            if i == described_by:
                break
        if copular and f.negated and any(  # "Syria's closest ally is not Iran but Russia": Russia is
                m.head >= 0 and res.tokens[m.head].dep_ == "conj" and any(
                    c.dep_ == "cc" and c.lower_ == "but" for c in res.tokens[m.head].head.children)
                for m in (f.subject, f.object)):
            f.negated = False
        if f.subject.head >= 0:  # "neither X nor Y attacked Z"
            subj = res.tokens[f.subject.head]
            first = subj.head if subj.dep_ == "conj" else subj
            if first.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "neither" and c.dep_ in ("preconj", "det")
                                                             for c in first.children) and first.head in chain:
                f.negated = True
        # hedging; a standing tie an agent noun gives its subject or apposition is not what the
        # clause reports ("two Nato members, X and Y, reportedly walked out": members all the same)
        sent_text = doc[f.start:f.end].text.lower()
        described = f.type in STANDING and trig.dep_ in ("nsubj", "nsubjpass", "appos") and (
            trig.pos_ == "NOUN" and self._is_agent_noun(trig)
            or trig.i == f.subject.head and trig.head.lemma_ not in cues["copulas"])
        # (a title's person acting in the clause: "X, a member of Y, allegedly met Z"; not "... believe X is a member of Y")
        scope = chain[:1] if described else chain if described_by is None else chain[:described_by + 1]
        for t in scope:
            for c in t.children:
                if c.dep_ == "advmod" and c.lower_ in cues["hedge_adverbs"]:
                    f.hedged = True
                if c.dep_ == "aux" and c.lower_ in cues["hedge_modals"]:
                    f.hedged = True
                if c.dep_ == "amod" and t.pos_ == "NOUN" and c.lower_ in cues["hedge_adjectives"]:
                    f.hedged = True  # "a reported attack by X on Y", "the suspected bombing of X by Y"
        for i, t in enumerate(scope[1:] if not described else (), start=1):  # "is believed to back", "claims that X armed Y"
            if self._word_in(t, cues["hedge_verbs"]) and chain[i - 1].dep_ in COMPLEMENTS and chain[i - 1].dep_ != "advcl":
                # (not "X called Y, urging him to stop": an adverbial clause is an act of its own)
                f.hedged = True
            if chain[i - 1].dep_ == "xcomp" and self._word_in(t, cues["speech_verbs"]) and self._is_passive(t):
                f.hedged = True  # "X is said to be funding Y", "was rumoured to have armed Y": hearsay
        words = sent_text.split()
        if trig.lower_ in words and f.start <= trig.i < f.end:
            words.remove(trig.lower_)  # "Turkey alleged that X was behind it": the allegation itself is stated
        if not described and described_by is None and (any(w in words for w in cues["hedge_words"]) or any(p in sent_text for p in cues["hedge_phrases"])):
            f.hedged = True
        # attribution: the subject of the nearest speech verb above the trigger, or "according to X"
        for i, t in enumerate(chain[1:], start=1):
            if self._word_in(t, cues["speech_verbs"]) and t.pos_ in ("VERB", "AUX") and (
                    chain[i - 1].dep_ in COMPLEMENTS or t.dep_ == "ROOT" and chain[i - 1].dep_ in ("conj", "advcl")):
                speakers = [m for s in self._subject_tokens(t)[0] for m in self.mentions_of(res, s)]
                if speakers:
                    f.attributed_to = speakers[0]
                    break
        if f.attributed_to is None:
            for t in res.tokens[f.start:f.end]:
                if t.lower_ == "according" and t.i + 2 < f.end and res.tokens[t.i + 1].lower_ == "to":
                    ms = self.mentions_of(res, next((c for c in res.tokens[t.i + 1].children if c.dep_ == "pobj"), None))
                    if ms:
                        f.attributed_to = ms[0]
        if f.hedged:
            f.confidence *= 0.7
        if f.subject.kind in ("pronoun", "descriptor", "counterpart") or f.object.kind in ("pronoun", "counterpart"):
            f.confidence -= 0.1
        f.confidence = max(0.05, min(0.99, f.confidence))

    def _copular_side(self, noun: Token, verb: Token) -> bool:
        """Whether an agent noun is the subject of a copula whose attribute is the other side
        ("Syria's closest ally is Iran", "Y's main backer remains X"): the copula's negation
        denies the tie; not "not only X" or "not just X", which add to it."""
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in self.cues["copulas"] or not self._is_agent_noun(noun):
            return False
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        if not attrs:
            return False
        for c in verb.children:
            if c.dep_ == "neg" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in self.cues["additive_adverbs"]:
                return False
        return True

    def _failed_outcome(self, f: Found, verb: Token) -> bool:
        """Whether a failure verb right above a fight's verb leaves the fight fought: "failed to
        dislodge X", "tried and failed to retake the town" (cues ``failure_verbs``, ``outcome_verbs``);
        not "failed to attack X", which did not happen, nor "did not fail to": negated itself."""
        return f.type == "FIGHTS" and f.trigger.pos_ == "VERB" and self._word_in(verb, self.cues["failure_verbs"]) \
            and self._word_in(f.trigger, self.cues["outcome_verbs"]) and not any(c.dep_ == "neg" for c in verb.children)

    def _negation_undone(self, verb: Token) -> bool:
        """Whether a negating verb leaves the act going on: negated itself ("has not stopped arming X";
        a refusal stays one: "did not refuse to meet" is no meeting), or what someone is asked to do
        ("urged X to stop", "demanded that X end": a demand or appeal verb above it)."""
        if any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() not in self.cues["refusal_verbs"]:
            return True
        return verb.dep_ in ("xcomp", "ccomp", "advcl") and (
            self._word_in(verb.head, self.cues["mandative_verbs"]) or self._word_in(verb.head, self.cues["appeal_verbs"]))

    def _threatened(self, trig: Token) -> bool:
        """Whether an act is threatened, planned or announced rather than done: a future or
        conditional auxiliary, or a plan or threat verb governing it."""
        chain = [trig, *self._governors(trig)]
        for t in chain[:4]:
            if any(c.dep_ == "aux" and c.lower_ in self.cues["future_modals"] for c in t.children):
                return True
            if t is not trig and self._word_in(t, self.cues["threat_verbs"]):
                if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.i == t.i \
                        and t.lemma_.lower() in self.cues["done_orders"]:
                    return False  # "ordered a strike on X", "announced an offensive": done, not threatened
                return True
        return False
