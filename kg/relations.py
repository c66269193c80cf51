"""Relation extraction from the dependency parse, driven by the trigger lexicon.

For each trigger word in a sentence (a verb such as "backs", an event noun such as "support",
an agent noun such as "ally"), the subject and object are found along dependency paths
(subjects, objects, prepositions, passives, relative clauses, coordination, appositions,
control verbs) and along two surface patterns of news English ("Maduro ally Cuba",
"Iranian-backed militias"). Each relation gets its flags: negated, hedged, attributed_to.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Lexicon, Sense
from .resolve import ACTOR_TYPES, M, Resolution
from .schema import SYMMETRIC

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
COMPLEMENTS = ("ccomp", "xcomp", "parataxis", "pcomp", "advcl", "acl", "relcl", "prep", "pobj")
CLAUSE_LINKS = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl")


@dataclass(slots=True)
class Found:
    """A relation found in a sentence, before it becomes a ``kg.types.Relation``."""

    subject: M
    type: str
    object: M
    trigger: Token
    start: int  # token span of the evidence (the sentence)
    end: int
    role: str | None = None
    confidence: float = 0.7
    negated: bool = False
    hedged: bool = False
    attributed_to: M | None = None


class RelationExtractor:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.cues = lexicon.cues

    # -- entry point ----------------------------------------------------------------------
    def extract(self, res: Resolution) -> list[Found]:
        doc = res.doc
        found: list[Found] = []
        for t in res.titles:
            sent = doc[t.person.head].sent
            found.append(Found(t.person, t.relation, t.owner, doc[t.person.head], sent.start, sent.end,
                               role=t.role, confidence=0.9))
        for sent in doc.sents:
            for tok in sent:
                for sense in self._senses(tok):
                    for subj, obj, conf in self._arguments(res, tok, sense):
                        if sense.object_types and obj.type not in sense.object_types:
                            continue
                        if sense.inverse:
                            subj, obj = obj, subj
                        found.append(Found(subj, sense.type, obj, tok, sent.start, sent.end, confidence=conf))
            found.extend(self._surface_agent_nouns(res, sent))
            found.extend(self._alongside(res, sent))
            found.extend(self._hyphen_pairs(res, sent))
            found.extend(self._pro_anti(res, sent))
            found.extend(self._locations(res, sent))
            found.extend(self._stances(res, sent))
            found.extend(self._former_names(res, sent))
            found.extend(self._under_attack(res, sent))
            found.extend(self._at_odds(res, sent))
            found.extend(self._leader_bodies(res, sent))
            found.extend(self._hostile_reports(res, sent))
            found.extend(self._hyphen_participles(res, sent))
            found.extend(self._collective_members(res, sent))
        battles = {eid for eid, _ in res.event_places}
        for eid, place in res.event_places:  # "the battle for Tarija" lies in Tarija
            ev = next((m for m in res.mentions if m.id == eid), None)
            if ev is not None:
                sent = doc[ev.head].sent
                found.append(Found(ev, "LOCATED_IN", place, doc[ev.head], sent.start, sent.end, confidence=0.75))
        for f in list(found):  # who wages a named battle takes part in it
            if f.type == "FIGHTS" and f.subject.type != "Place":
                ev = next((m for m in res.at(f.trigger.i) if m.id in battles and m.head == f.trigger.i), None)
                if ev is not None:
                    found.append(Found(f.subject, "PARTICIPATES_IN", ev, f.trigger, f.start, f.end, confidence=f.confidence))
        out, seen = [], set()
        for f in found:
            if f.type == "FIGHTS":
                prep = doc[f.object.head].head
                by_prep = prep.dep_ == "prep" and prep.head.i == f.trigger.i
                if by_prep and prep.lower_ in ("with", "for") and f.subject.type == "Person" \
                        and f.object.type in ("Group", "Organization"):
                    f.type = "MEMBER_OF"  # "he fought with the YPG", "volunteers fighting for Isis": one of them
                elif by_prep and prep.lower_ == "for":
                    f.type = "BACKS"  # "militias fighting for Assad" are on his side
            if f.object.type == "Event" and f.type in ("BACKS", "LEADS") and (
                    f.trigger.lemma_.lower() in self.cues["event_roles"] or f.trigger.lower_ in self.cues["event_roles"]):
                f.type = "PARTICIPATES_IN"  # "UN-sponsored talks", "Russia brokered the ceasefire"
            if f.subject.id == f.object.id or not self._types_ok(f):
                continue
            key = (f.subject.id, f.type, f.object.id, f.start)
            if f.type in SYMMETRIC:
                key = (min(f.subject.id, f.object.id), f.type, max(f.subject.id, f.object.id), f.start)
            if key in seen:
                continue
            seen.add(key)
            if f.type == "LEADS" and f.object.kind == "descriptor" and f.role is None:
                f.type = "MEMBER_OF"  # heading "the Russian team" is not leading Russia
            if f.role is None:  # offices are stated facts, not claims in a clause
                self._flags(res, f)
            out.append(f)
            if f.type == "FIGHTS" and not f.negated and f.object.type != "Place" and self._threatened(f.trigger):
                # a threatened or announced attack is a stated hostility now: "vowed to crush X", "will launch
                # an offensive against X" (the attack itself stays, flagged as the plan it is)
                threat = Found(f.subject, "OPPOSES", f.object, f.trigger, f.start, f.end, confidence=f.confidence,
                               attributed_to=f.attributed_to)
                okey = (f.subject.id, "OPPOSES", f.object.id, f.start)
                if okey not in seen:
                    seen.add(okey)
                    out.append(threat)
        return out

    def _threatened(self, trig: Token) -> bool:
        """Whether an act is threatened, planned or announced rather than done: a future or
        conditional auxiliary, or a plan or threat verb governing it."""
        chain = [trig, *self._governors(trig)]
        for t in chain[:4]:
            if any(c.dep_ == "aux" and c.lower_ in self.cues["future_modals"] for c in t.children):
                return True
            if t is not trig and self._word_in(t, self.cues["threat_verbs"]):
                return True
        return False

    def _types_ok(self, f: Found) -> bool:
        s, o = f.subject.type, f.object.type
        if f.type == "PARTICIPATES_IN":
            return s in ACTOR_TYPES and o == "Event"
        if f.type == "LOCATED_IN":
            return s in ("Place", "Event") and o in ("Place", "State")
        if f.type == "LEADS":
            return s in ACTOR_TYPES and o in ("State", "Group", "Organization", "Place", "Event")
        if f.type in ("MEMBER_OF", "AFFILIATED_WITH"):
            return s in ACTOR_TYPES and o in ("State", "Group", "Organization")
        if f.type == "FIGHTS":  # attacks on cities and regions count; people "defeat" rivals in elections
            return s in ACTOR_TYPES and o in (*ACTOR_TYPES, "Place") and not (s == o == "Person") \
                and not (s == "Person" and o == "Place")  # a fighter dies in a battle for a town, he does not attack it
        if f.type in ("BACKS", "OPPOSES"):  # regions act politically too ("support for the Nordmark region")
            return s in ACTOR_TYPES and o in (*ACTOR_TYPES, "Place")
        return s in ACTOR_TYPES and o in ACTOR_TYPES

    # -- triggers ---------------------------------------------------------------------------
    def _senses(self, tok: Token) -> tuple[Sense, ...]:
        lemma = tok.lemma_.lower()
        verbish = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
            tok.pos_ in ("ADJ", "ADV", "ADP") and tok.dep_ in ("acomp", "ROOT", "conj", "relcl", "advcl")
            and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "auxpass") for c in tok.children))
        if verbish:  # "is rooted in" parsed as an adjective; "back" parsed as an adverb
            senses = self.lex.verbs.get(lemma, ()) or self.lex.verbs.get(tok.lower_, ())
            return tuple(s for s in senses if self._verb_sense_fits(tok, s))
        if tok.pos_ in ("NOUN", "PROPN"):
            return self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(lemma, ())
        return ()

    def _verb_sense_fits(self, tok: Token, sense: Sense) -> bool:
        if sense.particle:
            if not any(c.lower_ == sense.particle and c.dep_ in ("prt", "advmod", "prep") for c in tok.children):
                return False
        if sense.needs_prep and not any(c.dep_ == "prep" and c.lower_ == sense.needs_prep for c in tok.children):
            return False
        if sense.needs_xcomp and not any(c.dep_ in ("xcomp", "ccomp") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
            return False
        if sense.needs_dobj_noun:
            if not any(c.dep_ == "dobj" and (c.lemma_.lower() in sense.needs_dobj_noun or c.lower_ in sense.needs_dobj_noun)
                       for c in tok.children):
                return False
        return True

    # -- arguments ----------------------------------------------------------------------------
    def mentions_of(self, res: Resolution, tok: Token | None, depth: int = 0) -> list[M]:
        """The actor mentions a token stands for, with its conjuncts."""
        if tok is None or depth > 4:
            return []
        out: list[M] = []
        doc = tok.doc
        for t in [tok, *tok.conjuncts]:
            after = t.right_edge.i + 1
            if t is not tok and after < len(doc) and doc[after].pos_ in ("AUX", "VERB") and doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
                if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i != tok.head.i:
                    continue  # "protested the blockade and Chile had asked ...": a new clause's subject, misread as a conjunct
            out.extend(self._mentions_of_one(res, t, depth))
        uniq, seen = [], set()
        for m in out:
            if m.id not in seen:
                seen.add(m.id)
                uniq.append(m)
        return uniq

    def _mentions_of_one(self, res: Resolution, tok: Token, depth: int) -> list[M]:
        ms = res.at(tok.i)
        if ms and tok.dep_ in ("appos", "compound") and all(m.kind in ("descriptor", "bloc") for m in ms):
            named = [m for m in res.at(tok.head.i) if m.kind == "name"]  # "the Red Dune Brigade, a Chadian-backed militia"
            if named:
                return named
        if ms:
            heads = [m for m in ms if m.head == tok.i] or ms
            return heads
        lower = tok.lower_
        if tok.pos_ == "NOUN" and (lower in self.cues["member_nouns"] or lower in self.cues["proxy_nouns"]
                                   or lower in self.lex.collectives or lower in self.lex.state_bodies
                                   or tok.lemma_.lower() in self.lex.titles):  # "Houthi allies", "Taliban authorities"
            named = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                     for m in res.at(c.i) if m.kind == "name" and m.type in ("Group", "Organization")]
            if named:
                return named
        if tok.dep_ == "compound" and res.at(tok.head.i):  # "the cartel-linked group KRF"
            return [m for m in res.at(tok.head.i)]
        if lower in self.cues["relative_pronouns"]:
            anc = tok.head  # "which backed...", "whose support for X"
            for _ in range(3):
                if anc.dep_ in ("relcl", "acl"):
                    return self.mentions_of(res, anc.head, depth + 1)
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        for child in tok.children:
            if child.dep_ == "appos":
                ms = self.mentions_of(res, child, depth + 1)
                if ms:
                    return ms
        if tok.dep_ == "appos":
            return self.mentions_of(res, tok.head, depth + 1)
        if lower in self.cues["proxy_nouns"] or tok.lemma_.lower() in self.cues["proxy_nouns"]:
            # "the Bolivian branch of the Red Front": "of X" first, then "X's", then "Syrian"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    ms = self.mentions_of(res, pobj, depth + 1)
                    if ms:
                        return ms
            member = lower in self.cues["member_nouns"]
            for deps in ((("compound", "amod", "nmod"),) if member else (("poss",), ("compound", "amod", "nmod"))):
                for child in tok.children:
                    if child.dep_ in deps and res.at(child.i):
                        ms = self.mentions_of(res, child, depth + 1)
                        if ms:
                            return ms
        return []

    def _owner_mentions(self, res: Resolution, toks: list[Token]) -> list[M]:
        """For arguments that are not actors, the actor that owns them: "condemned Russia's
        invasion", "rebuffed Silva's overtures"."""
        out = []
        for t in toks:
            if any(m.type in ACTOR_TYPES for m in self.mentions_of(res, t)):
                continue
            for c in t.children:
                if c.dep_ == "poss":
                    out.extend(self.mentions_of(res, c))
                elif c.dep_ == "amod":  # "opposed Bolivian membership"
                    out.extend(m for m in res.at(c.i) if m.kind == "demonym")
                elif c.dep_ == "compound":  # "backed by US air power"
                    out.extend(m for m in res.at(c.i) if m.type in ("State", "Group", "Organization") and m.head == c.i)
            for p in self._pobjs(t, ("between",)):  # "denounced the partnership between X and Y"
                out.extend(self.mentions_of(res, p))
            if t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj"):  # "objections to Brazil inviting X"
                for c in t.children:
                    if c.dep_ in ("nsubj", "poss"):
                        out.extend(self.mentions_of(res, c))
        return out

    def _deep_objects(self, res: Resolution, toks: list[Token], through_of: bool) -> list[M]:
        """Actors inside an object that is not itself an actor: "shelled rebel positions",
        "struck the bases of the militia", "bombed areas held by the rebels". The walk follows
        modifiers, "of" phrases (for attacks only: condemning "the arrest of X" is not opposing X)
        and the agents of participles, never into clauses or places."""
        out: list[M] = []
        frontier = [(t, 0) for t in toks]
        while frontier:
            tok, depth = frontier.pop(0)
            ms = [m for m in res.at(tok.i) if m.type in ACTOR_TYPES]
            if ms and depth > 0:
                out.extend(m for m in ms if m not in out)
                continue
            if depth >= 3:
                continue
            for c in tok.children:
                if c.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos", "npadvmod") \
                        or through_of and c.dep_ == "prep" and c.lower_ == "of" \
                        or c.dep_ == "pobj" and tok.dep_ in ("prep", "agent"):
                    frontier.append((c, depth + 1))
                elif c.dep_ == "acl" and c.tag_ == "VBN":  # "areas held by the rebels"
                    frontier.extend((a, depth + 1) for a in c.children if a.dep_ == "agent")
        return out

    def _agent_tokens(self, verb: Token) -> list[Token]:
        """The "by X" of a passive, also where the parser hung it on the object or on a
        prepositional phrase ("is declared an outlawed movement by X", "is backed in this
        position by X")."""
        toks = self._pobjs(verb, ("by",))
        if toks:
            return toks
        for c in verb.children:
            if c.dep_ in ("dobj", "oprd", "attr", "npadvmod"):
                toks += self._pobjs(c, ("by",))
            elif c.dep_ == "prep" and c.lower_ != "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        toks += self._pobjs(p, ("by",))
        return toks

    def _children(self, tok: Token, deps: tuple[str, ...]) -> list[Token]:
        return [c for c in tok.children if c.dep_ in deps]

    def _pobjs(self, tok: Token, preps: tuple[str, ...]) -> list[Token]:
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
            elif c.dep_ in ("prt", "advmod"):  # "broke away from X"
                out.extend(p for g in c.children if g.dep_ == "prep" and g.lower_ in preps
                           for p in g.children if p.dep_ == "pobj")
        return out

    def _is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") )

    def _subject_tokens(self, verb: Token, depth: int = 0, deps: tuple[str, ...] = SUBJ) -> tuple[list[Token], float]:
        """The grammatical subject of a verb, climbing through control and coordination."""
        subs = self._children(verb, deps)
        if subs and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
                and verb.head.lemma_.lower() in self.cues["motion_verbs"]:
            subs = []  # "he left for Peru to enlist with X": Syria is where she went, not who joined
        if subs:
            return subs, 0.0
        if depth > 3:
            return [], 0.0
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "after taking Arica", "is accused of backing"
            above = head.head
            for _ in range(2):  # "took severe casualties in battles against X"
                if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
                    break
                above = above.head
            if head.lower_ in ("of", "for") and deps == SUBJ and self._children(above, ("dobj",)):
                return self._children(above, ("dobj",)), 0.05  # "accused neighbouring states of arming X"
            toks, pen = self._subject_tokens(above, depth + 1, deps)
            if not toks and deps == SUBJ:
                toks = self._children(above, PASSIVE_SUBJ)
            return toks, pen + 0.05
        if verb.dep_ in ("acomp", "oprd") and deps == SUBJ:  # "HTS is rooted in" read as an adjective
            return self._children(head, SUBJ + PASSIVE_SUBJ), 0.0
        if deps == PASSIVE_SUBJ:
            if verb.dep_ == "conj" and head.i != verb.i:  # "led by X and funded by Y"
                return self._subject_tokens(head, depth + 1, deps)
            if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":
                return [head], 0.05
            return [], 0.0
        if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and head.lemma_.lower() in self.cues["purpose_verbs"]):
            if head.lemma_.lower() in self.cues["object_control"]:
                objs = self._children(head, ("dobj",)) or self._pobjs(head, ("on", "upon", "to"))
                if objs:
                    return objs, 0.05
            toks, pen = self._subject_tokens(head, depth + 1)
            if not toks and self._is_passive(head):  # "Russia is believed to back X"
                toks = self._children(head, PASSIVE_SUBJ)
            return toks, pen + 0.05
        if verb.dep_ in ("conj", "advcl") and head.i != verb.i:
            if self._is_passive(head) and not self._is_passive(verb):
                return [], 0.0
            toks, pen = self._subject_tokens(head, depth + 1)
            return toks, pen + 0.1
        if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBG",):
            return [head], 0.05
        return [], 0.0

    def _arguments(self, res: Resolution, tok: Token, sense: Sense):
        if sense.kind == "verb":
            yield from self._verb_arguments(res, tok, sense)
        elif sense.kind == "agent":
            yield from self._agent_noun_arguments(res, tok, sense)
        else:
            yield from self._event_noun_arguments(res, tok, sense)

    def _pairs(self, subjects: list[M], objects: list[M], conf: float, sense: Sense, res: Resolution, tok: Token):
        for s in subjects:
            for o in objects:
                yield s, o, conf
        mutual = not any(c.dep_ == "dobj" for c in tok.children) or sense.kind != "verb"  # not "X and Y welcomed the deal"
        if objects and len(subjects) > 1 and sense.type == "MET_WITH" and sense.kind == "verb":
            for i, a in enumerate(subjects):  # "X and Y met Z": all three were in the room
                for b in subjects[i + 1:]:     # (not "X and Y, in a joint call to Z")
                    yield a, b, conf - 0.15
        if not objects and len(subjects) > 1 and mutual and (tok.lemma_.lower() in self.lex.symmetric_plural
                                                             or sense.type in ("MET_WITH", "ALLY_OF")):
            for i, a in enumerate(subjects):
                for b in subjects[i + 1:]:
                    yield a, b, conf - 0.1

    def _verb_arguments(self, res: Resolution, verb: Token, sense: Sense):
        passive = self._is_passive(verb)
        conf = 0.75
        obj_toks: list[Token] = []
        if passive:
            subj_toks = self._agent_tokens(verb)
            patients = self._children(verb, PASSIVE_SUBJ)
            if verb.dep_ in ("acl", "amod"):
                patients = [verb.head]
                near = [c for c in verb.head.conjuncts if c.i == verb.i - 1]
                if verb.dep_ == "acl" and near:  # "X and the Y led by Z": the participle follows Y, not X
                    patients = near
                subj_toks = subj_toks or [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if not patients:
                patients, pen = self._subject_tokens(verb, deps=PASSIVE_SUBJ)
                if not patients:
                    patients, pen = self._subject_tokens(verb)
                conf -= pen
            if not sense.dobj:  # "is rooted in X", "is allied with X": the patient is the subject
                obj_toks = self._pobjs(verb, sense.preps)
                if verb.dep_ == "amod":  # "the cartel-linked group"
                    obj_toks += [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")]
                subj_toks = patients
            else:
                obj_toks = patients + self._pobjs(verb, sense.preps)
        else:
            subj_toks, pen = self._subject_tokens(verb)
            conf -= pen
            if sense.dobj and verb.dep_ == "relcl" and not self._children(verb, ("dobj",)) and subj_toks \
                    and not any(t.lower_ in self.cues["relative_pronouns"] for t in res.doc[verb.left_edge.i:verb.i + 1]):
                # "the militias Turkey is fighting": a relative clause without its pronoun lacks its object
                obj_toks = [verb.head]
            elif sense.dobj:
                obj_toks = self._children(verb, ("dobj",)) or [
                    c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # "phoned Nicusor Dan"
                if not obj_toks and verb.lemma_.lower() in self.cues["purpose_verbs"]:
                    obj_toks = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in self._children(c, SUBJ)]
            obj_toks += self._pobjs(verb, sense.preps)
            if sense.type == "CALLED_ON" and not obj_toks:  # "demanded that Rwanda withdraw"
                obj_toks = [s_ for c in verb.children if c.dep_ == "ccomp" for s_ in self._children(c, SUBJ)]
            if sense.needs_dobj_noun:  # "pledged allegiance to X"
                obj_toks += [p for c in verb.children if c.dep_ == "dobj" for p in self._pobjs(c, sense.preps)]
        subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
        if not subjects and not passive and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = self._owner_mentions(res, [verb.head])  # "the Turkish deployment, targeting X"
        if not subjects and passive and sense.type in ("BACKS", "FIGHTS", "OPPOSES"):
            # "backed by US air power", "hit by Russian jets"; not "protected by her sponsors" (his are the backed)
            subj_toks = [t for t in subj_toks if t.lower_ not in self.cues["member_nouns"] and not any(
                x.kind == "agent" for x in self.lex.nouns.get(t.lemma_.lower(), ()))]
            subjects = self._owner_mentions(res, subj_toks)
            conf -= 0.1
        if passive and verb.dep_ in ("acl", "amod") and sense.dobj:
            # "the Brazil-led mission and Chile": the participle modifies its own noun, not the conjuncts
            objects = [m for t in obj_toks for m in (self._mentions_of_one(res, t, 0) if t in patients
                                                      else self.mentions_of(res, t))]
        else:
            objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and sense.type in ("OPPOSES", "FIGHTS", "BACKS"):
            objects = self._owner_mentions(res, obj_toks)
            conf -= 0.1
        if not objects and subjects and sense.type in ("OPPOSES", "FIGHTS", "BACKS", "CALLED_ON"):
            objects = self._deep_objects(res, obj_toks, through_of=sense.type == "FIGHTS")
            conf -= 0.05
        subject_ids = {m.id for m in subjects}
        objects = [o for o in objects if o.id not in subject_ids]  # "X and Y called on both sides"
        yield from self._pairs(subjects, objects, conf, sense, res, verb)

    def _copula_subject(self, res: Resolution, noun: Token) -> list[Token]:
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        head = noun.head
        if noun.dep_ in ("attr", "acomp", "oprd") and head.lemma_.lower() in self.cues["copulas"]:
            return self._subject_tokens(head)[0]
        if noun.dep_ == "pobj" and head.lower_ == "as":  # "emerged as a key backer of", "seen as an ally"
            verb = head.head  # "regards the Blue Front as an offshoot of the Delta League": the predicate is of the object
            dobj = [c for c in self._children(verb, ("dobj",)) if self.mentions_of(res, c)]
            return self._children(verb, PASSIVE_SUBJ) or dobj or self._subject_tokens(verb)[0]
        return []

    def _agent_noun_arguments(self, res: Resolution, noun: Token, sense: Sense):
        nxt = noun.i + 1
        if nxt < len(res.doc) and any(m.start == nxt and m.kind != "demonym" for m in res.at(nxt)):
            return  # "Maduro ally Cuba": the surface pattern reads it; parses of it vary
        subj_toks = self._copula_subject(res, noun)
        if noun.dep_ == "appos":
            subj_toks = subj_toks or [noun.head]
        subj_toks += [c for c in noun.children if c.dep_ == "appos"]
        if noun.i + 1 < len(res.doc) and res.doc[noun.i + 1].text == ",":  # "Assad's allies, Russia and Iran" read as a list
            subj_toks += [c for c in noun.children if c.dep_ == "conj" and c.i == noun.i + 2]
        if noun.dep_ in ("compound", "nmod") and res.at(noun.head.i):
            subj_toks.append(noun.head)
        mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
                and any(m.kind != "demonym" and m.head != noun.i for m in res.at(c.i))]
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if poss and mods and not subj_toks:  # "Cuba's Andean allies": the modifier is the agent
            subj_toks, mods = mods, []
        if (poss or self._pobjs(noun, sense.preps)) and sense.type in ("BACKS", "ALLY_OF", "OPPOSES"):
            # the other side is given, so the rest names the agents: "his French and German
            # allies", "her backers in Paris", "its partners such as Chile", "allies including X"
            demonyms = [t for c in noun.children if c.dep_ in ("amod", "compound") for t in (c, *c.conjuncts)
                        if any(m.kind == "demonym" for m in res.at(t.i))]
            subj_toks += [t for t in demonyms if t not in subj_toks]
            subj_toks += self._pobjs(noun, ("in", "including")) + self._such_as(noun)
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues["have_verbs"]:
            # "Norway has allies such as X": the holder is the other side
            poss = self._subject_tokens(noun.head)[0]
            subj_toks += self._pobjs(noun, ("in", "including")) + self._such_as(noun)
        subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
        if not subjects:  # "America's Kurdish allies": the noun names its own group
            subjects = [m for m in res.at(noun.i) if m.head == noun.i and m.kind == "descriptor" and m.type == "Group"]
        obj_toks = self._pobjs(noun, sense.preps) + poss + mods
        objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and sense.type in ("BACKS", "ALLY_OF", "OPPOSES"):  # "the chief Brazilian partner", "a key Russian ally"
            objects = [m for c in noun.children if c.dep_ == "amod" for m in res.at(c.i) if m.kind == "demonym"]
        if sense.type == "ALLY_OF" and not objects and len(subjects) > 1:
            yield from self._pairs(subjects, [], 0.6, sense, res, noun)  # "Russia and Iran are allies"
            return
        yield from self._pairs(subjects, objects, 0.7, sense, res, noun)

    def _such_as(self, noun: Token) -> list[Token]:
        """The examples of "allies such as X and Y"."""
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
                and any(g.lower_ == "such" for g in c.children) for p in c.children if p.dep_ == "pobj"]

    def _receiver(self, anchor: Token) -> Token | None:
        """The verb whose subject receives what an event noun gives, if any."""
        head = anchor.head
        recv = self.cues["receive_verbs"]
        if anchor.dep_ == "dobj" and head.lemma_.lower() in recv:
            return head
        if anchor.dep_ == "pobj" and head.lower_ in ("on", "upon", "for") and head.head.lemma_.lower() in recv:
            return head.head
        return None

    def _anchor(self, noun: Token) -> Token:
        """The token that places a noun phrase in its clause: "a string of drone raids" -> "string",
        "one of its heaviest bombardments" -> "one"."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.lower_ in self.cues["quantity_nouns"] or noun.head.head.lemma_.lower() in self.cues["quantity_nouns"]):
            noun = noun.head.head
        return noun

    def _event_noun_arguments(self, res: Resolution, noun: Token, sense: Sense):
        conf = 0.7
        subj_toks = [c for c in noun.children if c.dep_ == "poss" and not sense.poss_object]
        place_mods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and sense.type == "FIGHTS"
                      and any(m.type == "Place" and m.head == c.i for m in res.at(c.i))]  # "the Cusco offensive": the target
        subj_toks += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c not in place_mods
                      and any(m.head != noun.i for m in res.at(c.i))]  # not the event's own name
        subj_toks += self._pobjs(noun, ("by", "from") if sense.type in ("BACKS", "OPPOSES") else ("by",))
        for c in noun.children:  # "the raid launched by militiamen"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                subj_toks += self._pobjs(c, ("by",))
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in ("led", "backed", "sponsored", "waged", "launched"):
                # "the US-led fight against X": the leader does it
                subj_toks += [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and res.at(g.i)]
        obj_toks = self._pobjs(noun, sense.preps) + place_mods
        if sense.poss_object:  # "Assad's removal": the possessive is removed
            obj_toks += [c for c in noun.children if c.dep_ == "poss"]
        anchor = self._anchor(noun)
        head = anchor.head
        light = anchor.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.lex.light_verbs
        of_doers = []
        if "of" not in sense.preps and sense.type in ("FIGHTS", "OPPOSES", "BACKS"):
            of_doers = self._pobjs(noun, ("of",))  # "the push of the alliance against X"
            if not obj_toks:  # the target hung on the doer by the parser
                obj_toks = [x for p in of_doers for x in self._pobjs(p, sense.preps)]
            if not obj_toks:
                of_doers = []
        if of_doers and light and not subj_toks:  # "Y led the push of the alliance against X": both do it
            subj_toks = of_doers + self._subject_tokens(head)[0]
        elif of_doers:
            subj_toks = subj_toks + of_doers
        if sense.needs_light and not light:
            return
        receiver = self._receiver(anchor) if sense.type == "BACKS" else None
        if receiver is not None:  # "received support from X", "relies on the backing of X", "turned to X for help"
            givers = subj_toks + self._pobjs(noun, ("of",)) + self._pobjs(receiver, ("from", "to"))
            recv_toks, pen = self._subject_tokens(receiver)
            yield from self._pairs([m for t in givers for m in self.mentions_of(res, t)],
                                   [m for t in recv_toks for m in self.mentions_of(res, t)], conf - pen, sense, res, noun)
            return
        if not subj_toks and light:
            subj_toks, pen = self._subject_tokens(head)
            conf -= pen
            obj_toks += self._pobjs(head, sense.preps)
            if sense.type == "BACKS" and not obj_toks:
                obj_toks += [c for c in head.children if c.dep_ == "dative"]
        elif not subj_toks and anchor.dep_ == "pobj" and sense.poss_object and head.lower_ in ("to", "for"):
            # "is still set on X's ouster", "called for the ouster of X", "pushed for X's departure"
            verb = head.head
            for _ in range(2):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subj_toks, pen = self._subject_tokens(verb)
                conf -= 0.1 + pen
        elif not subj_toks and anchor.dep_ == "pobj" and (
                sense.type == "MET_WITH" or sense.type == "FIGHTS" and head.lower_ in ("with", "in", "during", "through")
                or sense.type in ("BACKS", "OPPOSES") and head.lower_ in ("in", "as")):  # "in a show of support for X"
            verb = head.head  # "commented after a meeting with X", "kept up the campaign against X"
            for _ in range(2):  # "took severe casualties in battles against X"
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subj_toks, pen = self._subject_tokens(verb)
                conf -= 0.1 + pen
        if not obj_toks and sense.type == "CALLED_ON":  # "his demand that Germany repatriate its citizens"
            obj_toks = [x for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                        for x in self._children(c, SUBJ)]
        if not obj_toks and anchor.dep_ in ("nsubj", "dobj") and head.pos_ in ("VERB", "AUX") \
                and (light or not self._senses(head)):
            # the parser hung the noun's phrase on its verb: "the shelling went on against X",
            # "voiced objections to X"
            obj_toks = [t for t in self._pobjs(head, sense.preps) if t.i > noun.i]
            conf -= 0.1
        if not obj_toks and not subj_toks and sense.type in ("MET_WITH", "FIGHTS", "OPPOSES", "ALLY_OF"):
            # "talks between X and Y", "clashes between X and Y"
            between = self._pobjs(noun, ("between", "among"))
            ms = [m for t in between for m in self.mentions_of(res, t)]
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    yield a, b, conf
                    if sense.type not in SYMMETRIC:
                        yield b, a, conf
        subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
        objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and sense.type in ("OPPOSES", "FIGHTS", "BACKS"):  # "sanctions on Russia's shadow fleet"
            objects = self._owner_mentions(res, obj_toks)
        if not objects and subjects and sense.type == "FIGHTS":  # "an offensive on rebel-held towns"
            objects = self._deep_objects(res, obj_toks, through_of=True)
        yield from self._pairs(subjects, objects, conf, sense, res, noun)

    def _hyphen_participles(self, res: Resolution, sent) -> list[Found]:
        """"UN-mediated talks", "Iran-backed militias", "Kurdish-led forces" however the parser
        hung the pieces: the actor before the hyphen does what the participle says to the noun
        after it."""
        doc, out = res.doc, []
        for tok in sent:
            if tok.tag_ != "VBN" or tok.i < sent.start + 2 or doc[tok.i - 1].text != "-":
                continue
            subjects = [m for m in res.at(tok.i - 2) if m.end == tok.i - 1 and m.type in ACTOR_TYPES]
            if not subjects:
                continue
            noun = tok.head if tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") else next(
                (t for t in doc[tok.i + 1:min(tok.i + 4, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
            objects = [m for m in self._mentions_of_one(res, noun, 0) if m.id not in {s_.id for s_ in subjects}]
            for sense in self.lex.verbs.get(tok.lemma_.lower(), ()):
                if not sense.dobj or sense.particle or sense.needs_prep:
                    continue
                for s_ in subjects:
                    for o in objects:
                        a, b = (o, s_) if sense.inverse else (s_, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.7))
        return out

    def _hostile_reports(self, res: Resolution, sent) -> list[Found]:
        """"X warned that Y had made reckless moves", "X complained that Y broke the truce": a
        hostile speech verb opposes the subject of the clause it reports."""
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues["hostile_speech_verbs"]:
                continue
            speakers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            for comp in verb.children:
                if comp.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) \
                        and comp.i < verb.i:
                    continue
                targets = [m for t in self._subject_tokens(comp)[0] for m in self.mentions_of(res, t)
                           if m.type in ACTOR_TYPES]
                for s_ in speakers:
                    for o in targets:
                        if o.id != s_.id:
                            out.append(Found(s_, "OPPOSES", o, verb, sent.start, sent.end, confidence=0.55))
        return out

    def _leader_bodies(self, res: Resolution, sent) -> list[Found]:
        """"the Erdogan government", "Trump's administration", "the Assad regime": a person
        named as the owner of a state's government leads that state."""
        out = []
        for tok in sent:
            if tok.lower_ not in self.cues["leader_bodies"]:
                continue
            states = [m for m in res.at(tok.i) if m.type == "State" and m.kind == "descriptor" and m.head == tok.i]
            people = [m for c in tok.children if c.dep_ in ("poss", "compound") for m in res.at(c.i)
                      if m.type == "Person" and m.kind == "name"]
            for p in people:
                for st in states:
                    out.append(Found(p, "LEADS", st, tok, sent.start, sent.end, role="Leader", confidence=0.75))
        return out

    def _at_odds(self, res: Resolution, sent) -> list[Found]:
        """"X and Y are at odds", "X is at loggerheads with Y": each opposes the other."""
        out = []
        for tok in sent:
            if tok.dep_ != "pobj" or tok.lower_ not in self.cues["odds_nouns"] or tok.head.lower_ != "at":
                continue
            verb = tok.head.head
            sides = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            others = [m for t in self._pobjs(tok, ("with",)) + self._pobjs(verb, ("with",)) for m in self.mentions_of(res, t)]
            pairs = [(a, b) for a in sides for b in others] or [(a, b) for a in sides for b in sides if a.id != b.id]
            for a, b in pairs:
                out.append(Found(a, "OPPOSES", b, tok, sent.start, sent.end, confidence=0.6))
                out.append(Found(b, "OPPOSES", a, tok, sent.start, sent.end, confidence=0.6))
        return out

    def _under_attack(self, res: Resolution, sent) -> list[Found]:
        """"X came under fire from Y", "X is under pressure from Y": Y does it to X."""
        out, kinds = [], self.cues.get("under_nouns", {})
        for tok in sent:
            if tok.dep_ != "prep" or tok.lower_ != "under":
                continue
            noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if noun is None or noun.lower_ not in kinds:
                continue
            verb = tok.head
            doers = self._pobjs(noun, ("from", "by")) or self._pobjs(verb, ("from", "by"))
            subjects = [m for t in doers for m in self.mentions_of(res, t)] or self._owner_mentions(res, doers)
            targets = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            for s_ in subjects:
                for o in targets:
                    out.append(Found(s_, kinds[noun.lower_], o, noun, sent.start, sent.end, confidence=0.65))
        return out

    def _former_names(self, res: Resolution, sent) -> list[Found]:
        """"Group X, formerly the Y", "X (previously known as Y)": a group is rooted in the one
        whose name it took over."""
        out = []
        for tok in sent:
            if tok.dep_ != "appos" or not any(c.dep_ == "advmod" and c.lower_ in self.cues["former_name_adverbs"]
                                             for c in tok.children):
                continue
            for new in self.mentions_of(res, tok.head):
                for old in res.at(tok.i):
                    if old.id != new.id and old.type in ("Group", "Organization") and new.type in ("Group", "Organization"):
                        out.append(Found(new, "AFFILIATED_WITH", old, tok, sent.start, sent.end, confidence=0.8))
        return out

    def _collective_members(self, res: Resolution, sent) -> list[Found]:
        """"the two largest militia blocs, X and Y", "armed groups such as X": named groups in
        apposition to (or given as examples of) a collective are members of it."""
        out = []
        for tok in sent:
            whole = [m for m in res.at(tok.i) if m.kind == "descriptor" and m.type == "Group" and m.head == tok.i
                     and " " in m.name]  # a side the article names ("Syrian rebels"), not bare "militants"
            if not whole or tok.tag_ not in ("NNS", "NNPS"):
                continue
            examples = [c for c in tok.children if c.dep_ == "appos"] + self._such_as(tok) + self._pobjs(tok, ("including",))
            examples += [cj for c in list(examples) for cj in c.conjuncts]
            for ex in examples:
                for part in res.at(ex.i):
                    if part.kind == "name" and part.type in ("Group", "Organization") and part.id != whole[0].id:
                        out.append(Found(part, "MEMBER_OF", whole[0], ex, sent.start, sent.end, confidence=0.7))
        return out

    def _said_to_be(self, res: Resolution, sent, be: Token, kinds: dict) -> list[Found]:
        """"X says Y is a threat", "X insisted Y was a terrorist group": the speaker classifies."""
        kind = None
        for c in (a for a in be.children if a.dep_ in ("attr", "acomp")):
            parts = [c, *[x for x in c.children if x.dep_ == "appos"]] + [
                a for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for a in (o, *[x for x in o.children if x.dep_ == "appos"])]
            words = [w for p in parts for w in (p, *[g for g in p.children if g.dep_ in ("amod", "compound")])]
            kind = next((kinds.get(w.lower_) or kinds.get(w.lemma_.lower()) for w in words
                         if w.lower_ in kinds or w.lemma_.lower() in kinds), None)
            if kind:
                break
        if kind is None:
            return []
        speakers = [m for t in self._subject_tokens(be.head)[0] for m in self.mentions_of(res, t)]
        targets = [m for t in self._children(be, ("nsubj",)) for m in self.mentions_of(res, t)]
        return [Found(s_, kind, o, be.head, sent.start, sent.end, confidence=0.6)
                for s_ in speakers for o in targets if o.id != s_.id]

    def _stances(self, res: Resolution, sent) -> list[Found]:
        """"X regards Y as terrorists", "Y, which X considers a threat", "Y is branded a
        terrorist group by X", "X sees Y as a partner": a classification verb whose complement
        is a hostile or friendly kind relates its subject to what it classifies."""
        out = []
        kinds = self.lex.stance_kinds or {}
        for verb in sent:
            if verb.pos_ == "AUX" and verb.lemma_ == "be" and verb.dep_ == "ccomp" and \
                    self._word_in(verb.head, self.cues["speech_verbs"]):
                out.extend(self._said_to_be(res, sent, verb, kinds))  # "Lima says the movement is a criminal gang"
                continue
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex.stance_verbs:
                continue
            comps = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj"]
            comps += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
            comps += [c for d in verb.children if d.dep_ == "dobj" for c in d.children if c.dep_ in ("oprd", "appos")]
            relative = verb.dep_ == "relcl" and not any(c.dep_ in ("oprd", "attr", "xcomp") for c in verb.children)
            if relative:  # "X, which Y considers a threat": the object is the antecedent, the kind the dobj
                comps += [c for c in verb.children if c.dep_ == "dobj" and not res.at(c.i)]
            comps += [a for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be"
                      for a in c.children if a.dep_ in ("attr", "acomp")]  # "considers X to be a threat"
            kind = None
            for c in comps:
                # the kind, its modifiers, and what it is a part of: "the armed wing of a terrorist group"
                parts = [c, *[x for x in c.children if x.dep_ == "appos"]] + [
                    a for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for a in (o, *[x for x in o.children if x.dep_ == "appos"])]
                words = [w for p in parts for w in (p, *[g for g in p.children if g.dep_ in ("amod", "compound")])]
                kind = next((kinds[w.lower_] for w in words if w.lower_ in kinds), None) or \
                    next((kinds[w.lemma_.lower()] for w in words if w.lemma_.lower() in kinds), None)
                if kind:
                    break
            if kind is None:
                continue
            if self._is_passive(verb):
                subj_toks, targets = self._agent_tokens(verb), self._children(verb, PASSIVE_SUBJ)
                if not targets and verb.dep_ in ("acl", "relcl"):
                    targets = [verb.head]
            else:
                subj_toks, targets = self._subject_tokens(verb)[0], self._children(verb, ("dobj",))
                if not targets:  # "considers X to be a threat"
                    targets = [t for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be"
                               for t in c.children if t.dep_ == "nsubj"]
                if relative and not any(res.at(t.i) for t in targets):
                    targets = [verb.head]
            subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
            objects = [m for t in targets for m in self.mentions_of(res, t)]
            for s_ in subjects:
                for o in objects:
                    out.append(Found(s_, kind, o, verb, sent.start, sent.end, confidence=0.7))
        return out

    def _hyphen_pairs(self, res: Resolution, sent) -> list[Found]:
        """"the US-Iran talks", "the Russia-Ukraine war": an event noun of two actors joined by a
        hyphen relates them (both ways where the type is not symmetric)."""
        doc, out = res.doc, []
        for tok in sent:
            if tok.i < 3 or tok.pos_ != "NOUN":
                continue
            senses = [x for x in (self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(tok.lemma_.lower(), ()))
                      if x.type in ("MET_WITH", "FIGHTS", "ALLY_OF") and x.kind == "event"]
            if not senses or doc[tok.i - 2].text not in ("-", "–"):
                continue
            right = [m for m in res.at(tok.i - 1) if m.end == tok.i and m.type in ACTOR_TYPES]
            left = [m for m in res.at(tok.i - 3) if m.end == tok.i - 2 and m.type in ACTOR_TYPES]
            for a in left[:1]:
                for b in right[:1]:
                    if a.id == b.id:
                        continue
                    out.append(Found(a, senses[0].type, b, tok, sent.start, sent.end, confidence=0.7))
                    if senses[0].type == "FIGHTS":
                        out.append(Found(b, "FIGHTS", a, tok, sent.start, sent.end, confidence=0.7))
        return out

    def _pro_anti(self, res: Resolution, sent) -> list[Found]:
        """"pro-Russian separatists" are on Russia's side; "anti-government protesters" oppose it."""
        doc, out = res.doc, []
        for tok in sent:
            if tok.lower_ not in ("pro", "anti") or tok.i + 3 > sent.end or doc[tok.i + 1].text != "-":
                continue
            sides = [m for m in res.at(tok.i + 2) if m.start == tok.i + 2 and m.type in ACTOR_TYPES]
            if not sides:
                continue
            head = doc[sides[0].end - 1].head if doc[sides[0].end - 1].head.i > tok.i else None
            if head is not None and doc[head.i].dep_ == "amod" and head.head.i > head.i:
                head = head.head  # "anti - Isis operations" parsed as a chain of modifiers
            groups = [m for m in res.at(head.i) if m.type in ACTOR_TYPES] if head is not None else []
            rel = "ALLY_OF" if tok.lower_ == "pro" else "OPPOSES"
            acts = [x for x in self.lex.nouns.get(head.lemma_.lower(), ()) if x.kind == "event"
                    and x.type in ("FIGHTS", "OPPOSES")] if head is not None and not groups else []
            if acts and tok.lower_ == "anti":  # "anti-Isis operations", "the coalition's anti-IS campaign": its doer
                doers = [m for c in head.children if c.dep_ in ("poss", "compound") for m in res.at(c.i)
                         if m.type in ACTOR_TYPES and m.id != sides[0].id]
                if not doers:
                    verb = head.head
                    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.i > sent.start:
                        verb = verb.head
                    doers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
                out += [Found(d, acts[0].type, sides[0], tok, sent.start, sent.end, confidence=0.55)
                        for d in doers if d.id != sides[0].id]
                continue
            out += [Found(g, rel, sides[0], tok, sent.start, sent.end, confidence=0.6)
                    for g in groups if g.id != sides[0].id and g.type in ACTOR_TYPES]
        return out

    def _alongside(self, res: Resolution, sent) -> list[Found]:
        """"X fought (was deployed, serves) alongside Y": X and Y are on the same side."""
        out = []
        for tok in sent:
            if tok.lower_ != "alongside" or tok.dep_ != "prep":
                continue
            verb = tok.head
            if self._is_passive(verb):
                continue  # "was captured alongside X": taken together, not allied
            if verb.pos_ not in ("VERB", "AUX") or not (
                    any(sense.type == "FIGHTS" for sense in self.lex.verbs.get(verb.lemma_.lower(), ()))
                    or verb.lemma_.lower() in self.cues["alongside_verbs"]):
                continue  # "suspended alongside Bergkamp" is no alliance
            subjects = [m for t in (self._subject_tokens(verb)[0] or self._children(verb, PASSIVE_SUBJ))
                        for m in self.mentions_of(res, t)]
            partners = [m for p in tok.children if p.dep_ == "pobj" for m in self.mentions_of(res, p)]
            out += [Found(s, "ALLY_OF", p, tok, sent.start, sent.end, confidence=0.6) for s in subjects for p in partners]
        return out

    # -- surface patterns ----------------------------------------------------------------------
    def _surface_agent_nouns(self, res: Resolution, sent) -> list[Found]:
        """``[X] (adj)* agent-noun [Y]``: "Maduro ally Cuba", "opposition supporter Colombia",
        "Beijing ally Laos" -- Y is the agent, X the other side."""
        doc = res.doc
        out = []
        for tok in sent:
            senses = [s for s in self.lex.nouns.get(tok.lower_, ()) or self.lex.nouns.get(tok.lemma_.lower(), ())
                      if s.kind == "agent"]
            if not senses or tok.i + 1 >= sent.end:
                continue
            after = [m for m in res.at(tok.i + 1) if m.start == tok.i + 1 and m.kind != "demonym"]
            if not after:
                continue
            after = after[:1] + [m for c in res.doc[after[0].head].conjuncts for m in res.at(c.i)
                                 if m.kind == "name" and m.id != after[0].id]
            i = tok.i - 1
            while i >= sent.start and doc[i].lower_ in self.cues["agent_adjectives"]:
                i -= 1
            if i >= sent.start and doc[i].tag_ == "POS":
                i -= 1
            before = [m for m in res.at(i) if m.end == i + 1] if i >= sent.start else []
            for sense in senses:
                for o in before:
                    for s in after:
                        a, b = (o, s) if sense.inverse else (s, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.75))
        return out

    def _place_noun(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.place_nouns or tok.lemma_.lower() in self.lex.place_nouns

    def _place_owner(self, res: Resolution, noun: Token) -> list[M]:
        """The state or region a place noun belongs to: "Peru's Puno region", "the Ukrainian
        city of", "a town in eastern Congo"."""
        out = []
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                out.extend(m for m in res.at(c.i) if m.type in ("State", "Place") and m.head == c.i)
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(m for m in self.mentions_of(res, p) if m.type in ("State", "Place"))
        return out

    def _elsewhere_owner(self, res: Resolution, m: M, sent) -> list[M]:
        """"in Homs, Hama and elsewhere in Syria": each place of the list lies in Syria."""
        doc, j = res.doc, m.end
        while j < sent.end and (doc[j].text == "," or res.at(j) and all(o.type == "Place" for o in res.at(j))):
            j += 1  # over the rest of the list
        if j + 2 >= sent.end or doc[j].lower_ not in ("and", "or") or doc[j + 1].lower_ != "elsewhere" \
                or doc[j + 2].lower_ != "in":
            return []
        k = j + 3
        while k < sent.end and not res.at(k) and (doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in self.cues["compass_words"]):
            k += 1
        return [o for o in res.at(k) if o.type in ("State", "Place") and o.start == k and o.id != m.id]

    def _comma_in_owner(self, res: Resolution, m: M, sent) -> list[M]:
        """"Tarsus, in southern Turkey, ...", "Tarsus, southern Turkey.": a place followed by a
        region set off by commas lies in that state or region."""
        doc, i = res.doc, m.end
        if i + 1 < sent.end and doc[i].lower_ == "in" and m.type == "Place":  # "Accrington in Lancashire"
            j = i + 1
            while j < sent.end and not res.at(j) and (doc[j].pos_ in ("DET", "ADJ") or doc[j].text == "-"
                                                       or doc[j].lower_ in self.cues["compass_words"]):
                j += 1
            owner = next((o for o in res.at(j) if o.type in ("State", "Place") and o.start == j), None)
            if owner is not None and (owner.end >= sent.end or doc[owner.end].is_punct or doc[owner.end].pos_ in ("ADP", "CCONJ")):
                return [owner]
            return []
        if i + 1 >= sent.end or doc[i].text != ",":
            return []
        segment = []  # the apposition up to the next punctuation: "Tarija, Bolivia's southernmost province"
        for t in doc[i + 1:sent.end]:
            if t.is_punct and t.text != "-":
                break
            segment.append(t)
        if any(self._place_noun(t) for t in segment):
            place = next(t for t in segment if self._place_noun(t))
            poss = [o for t in segment if t.i < place.i and t.dep_ == "poss" or t.i + 1 < sent.end and doc[t.i + 1].tag_ == "POS"
                    for o in res.at(t.i) if o.type in ("State", "Place") and o.end == t.i + 1]
            after = [o for t in segment if t.i > place.i and doc[t.i - 1].lower_ == "in"
                     for o in res.at(t.i) if o.type in ("State", "Place") and o.start == t.i]
            if poss or after:
                return (poss or after)[:1]
        j = i + 2 if doc[i + 1].lower_ == "in" else i + 1  # "Arica, in northern Chile" or "Arica, northern Chile"
        if j == i + 1 and doc[j].lower_ not in self.cues["compass_words"] and not any(
                o.type == "State" and o.start == j for o in res.at(j)):
            return []
        while j < sent.end and not res.at(j) and (doc[j].pos_ in ("DET", "ADJ") or doc[j].text == "-"
                                                   or doc[j].lower_ in self.cues["compass_words"]):
            j += 1
        owner = next((o for o in res.at(j) if o.type in ("State", "Place") and o.start == j), None)
        if owner is None or owner.end < sent.end and not doc[owner.end].is_punct:
            return []
        return [owner]

    def _locations(self, res: Resolution, sent) -> list[Found]:
        """``LOCATED_IN`` stated by the noun phrase around a place or event name."""
        out = []
        for m in res.mentions:
            if m.type not in ("Place", "Event") or m.kind not in ("name", "event") or not (sent.start <= m.head < sent.end):
                continue
            tok = res.doc[m.head]
            owners: list[M] = []
            if m.type == "Event":  # "talks in Geneva", "a summit at Camp David", "the Geneva talks"
                if not (tok.lower_ in self.cues["placed_events"] or tok.lemma_.lower() in self.cues["placed_events"]):
                    continue
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in self.cues["event_place_preps"]:
                        owners += [o for p in c.children if p.dep_ == "pobj" for o in self.mentions_of(res, p)
                                   if o.type in ("Place", "State") and o.kind in ("name", "capital")]
                owners += [o for c in tok.children if c.dep_ in ("compound", "nmod") for o in res.at(c.i)
                           if o.type == "Place" and o.kind == "name" and o.head == c.i]  # "the Geneva talks"
            else:
                owners += self._place_owner(res, tok)
            if tok.dep_ == "compound" and self._place_noun(tok.head):  # "Peru's Puno region"
                owners += self._place_owner(res, tok.head)
            part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if part is not None and part.tag_ in ("NNS", "NNPS") and (
                    part.lower_ in self.cues["place_parts"] or part.lemma_.lower() in self.cues["place_parts"]):
                # "the Ate suburbs of Lima": the named part lies in the "of" place
                for inner in self._place_owner(res, part):
                    if inner.type == "Place" and m.type == "Place" and inner.id != m.id:
                        out.append(Found(inner, "LOCATED_IN", m, tok, sent.start, sent.end, confidence=0.75))
            elif part is not None and self._place_noun(part):
                owners += self._place_owner(res, part)  # "the Chilean city of Valparaiso"
            for c in tok.children:  # "Cusco, the main city in southern Peru"; "Kyiv, the Ukrainian capital"
                if c.dep_ == "appos" and self._place_noun(c):
                    owners += self._place_owner(res, c)
            owners += self._comma_in_owner(res, m, sent)
            owners += self._elsewhere_owner(res, m, sent)
            for o in owners:
                if o.id != m.id and o.start not in range(m.start, m.end):
                    out.append(Found(m, "LOCATED_IN", o, tok, sent.start, sent.end, confidence=0.8))
        return out

    # -- flags ---------------------------------------------------------------------------------
    @staticmethod
    def _word_in(t: Token, words) -> bool:
        """A verb of a cue list, also when the lemmatizer misses it ("hopes" -> "hop")."""
        lower = t.lower_
        return t.lemma_.lower() in words or lower in words or any(
            lower.endswith(suffix) and lower[: -len(suffix)] + add in words
            for suffix, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")))
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
        for i, t in enumerate(chain):
            if local and any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
                f.negated = True
            if i > 0 and self._word_in(t, cues["negating_verbs"]) and t.pos_ in ("VERB", "AUX") and \
                    all(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd", "pcomp", "acl", "conj") for c in chain[:i]):
                f.negated = True  # "denied backing", "refused to meet", "rejected claims that ..."
                above = chain[i + 1] if i + 1 < len(chain) else None
                if above is not None and t.dep_ in ("xcomp", "acl") and (
                        self._word_in(above, cues["negating_verbs"]) or above.lemma_.lower() in cues["refusal_nouns"]):
                    f.negated = False  # "refused to end its backing", "its refusal to stop the strikes": it goes on
                break
            if t.lemma_.lower() in cues["negating_nouns"] and any(c.lower_ == "no" for c in t.children):
                f.negated = True
            above = chain[i + 1] if i + 1 < len(chain) else None
            if above is not None and t.dep_ in ("ccomp", "xcomp") and above.pos_ in ("VERB", "AUX") \
                    and self._word_in(above, cues["negating_verbs"]) and t.head.i == above.i:
                f.negated = True  # "denied that its jets had bombed X": the denial's own complement
                break
            if t.dep_ in ("advcl", "relcl", "conj", "parataxis", "ROOT") or (
                    t.dep_ == "ccomp" and t.head.lemma_.lower() in cues["speech_verbs"]):
                if t.dep_ in ("advcl", "conj", "parataxis") or t.dep_ == "ccomp":
                    break
            if t.dep_ not in ("xcomp", "dobj", "attr", "acomp", "oprd", "pobj", "prep", "dative", "amod",
                              "compound", "nsubjpass", "nmod", "aux", "auxpass", "pcomp", "acl", "ccomp"):
                local = False  # an apposition is not negated by its host clause ("not news to X, a supporter")
        # hedging
        sent_text = doc[f.start:f.end].text.lower()
        for t in chain:
            for c in t.children:
                if c.dep_ == "advmod" and c.lower_ in cues["hedge_adverbs"]:
                    f.hedged = True
                if c.dep_ == "aux" and c.lower_ in cues["hedge_modals"]:
                    f.hedged = True
        for i, t in enumerate(chain[1:], start=1):  # "is believed to back", "claims that X armed Y"
            if self._word_in(t, cues["hedge_verbs"]) and chain[i - 1].dep_ in COMPLEMENTS:
                f.hedged = True
        if any(w in sent_text.split() for w in cues["hedge_words"]) or any(p in sent_text for p in cues["hedge_phrases"]):
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
            for t in doc[f.start:f.end]:
                if t.lower_ == "according" and t.i + 2 < f.end and doc[t.i + 1].lower_ == "to":
                    ms = self.mentions_of(res, next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None))
                    if ms:
                        f.attributed_to = ms[0]
        if f.hedged:
            f.confidence *= 0.7
        if f.subject.kind in ("pronoun", "descriptor", "counterpart") or f.object.kind in ("pronoun", "counterpart"):
            f.confidence -= 0.1
        f.confidence = max(0.05, min(0.99, f.confidence))
