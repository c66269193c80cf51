"""Arguments of triggers: the actor mentions a token stands for, subjects through control and
coordination, objects of verbs, agent nouns and event nouns."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, M, Resolution
from ..resolve.mentions import DEFINITE_GROUPS
from ..schema import SYMMETRIC
from .common import PASSIVE_SUBJ, SUBJ
from ..lexicon import Sense


class ArgumentFinder:
    # -- arguments ----------------------------------------------------------------------------
    def mentions_of(self, res: Resolution, tok: Token | None, depth: int = 0) -> list[M]:
        """The actor mentions a token stands for, with its conjuncts."""
        if tok is None or depth > 4:
            return []
        out: list[M] = []
        doc = tok.doc
        for t in [tok, *tok.conjuncts, *self._listed_appositions(res, tok)]:
            after = t.right_edge.i + 1
            if t is not tok and after < len(doc) and doc[after].pos_ in ("AUX", "VERB") and doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
                if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i != tok.head.i:
                    continue  # "protested the blockade and Chile had asked ...": a new clause's subject, misread as a conjunct
            cut = next((c for c in t.children if c.dep_ in ("amod", "acl") and c.tag_ in ("VBD", "VBN") and c.i < t.i
                        and (doc[c.i - 1].text == "," or c.tag_ == "VBD" and c.dep_ == "amod" and doc[c.i - 1].text != "-"
                             and doc[c.i - 1].dep_ in ("compound", "nmod"))), None)
            # ("support for the Houthis angered Riyadh" read as one noun phrase: a past tense is no modifier)
            if cut is not None:  # "with its support for the Houthis, angered Riyadh" parsed as one noun phrase:
                before = [m for c in t.children if c.dep_ in ("nmod", "compound", "poss")
                          and c.i < (cut.i - 1 if doc[cut.i - 1].text == "," else cut.i)
                          for m in res.at(c.i) if m.type in ACTOR_TYPES]  # the phrase ends at the comma
                if before:
                    out.extend(before)
                    continue
            own = self._mentions_of_one(res, t, depth)
            out.extend(own)
            if own and t.pos_ == "NOUN":  # "the SDF and Turkish-backed rebels" parsed with the SDF as a modifier
                out.extend(m for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i
                           and any(g.dep_ == "cc" for g in c.children) for m in res.at(c.i)
                           if m.kind == "name" and m.type in ACTOR_TYPES and m.end <= min(o.start for o in own))
            if t.pos_ == "NOUN" and all(m.kind in ("descriptor", "bloc") for m in own):
                # "rebels such as the M23", "groups including Hamas": what is said of them is said of each
                out.extend(m for e in self._such_as(t) + self._pobjs(t, ("including",))
                           for m in self.mentions_of(res, e, depth + 1) if m.kind == "name")
        uniq, seen = [], set()
        for m in out:
            if m.id not in seen:
                seen.add(m.id)
                uniq.append(m)
        return uniq

    @staticmethod
    def _listed_appositions(res: Resolution, tok: Token) -> list[Token]:
        """"Norway, the UK and the EU regard X ...": a list the parser read as a name with an
        apposition that is itself coordinated. Only names of actors on every side count ("Erdogan,
        the president and party leader" is one man)."""
        named = lambda t: any(m.kind == "name" and m.head == t.i for m in res.at(t.i))  # noqa: E731
        if not named(tok):
            return []
        for c in tok.children:
            if c.dep_ == "appos" and named(c) and any(g.dep_ == "cc" for g in c.children) and c.conjuncts \
                    and all(named(x) for x in c.conjuncts) and not any(m.id in {n.id for n in res.at(tok.i)} for m in res.at(c.i)):
                return [c, *c.conjuncts]
        return []

    def _mentions_of_one(self, res: Resolution, tok: Token, depth: int) -> list[M]:
        ms = res.at(tok.i)
        if ms and tok.dep_ in ("appos", "compound") and all(m.kind in ("descriptor", "bloc") for m in ms):
            named = [m for m in res.at(tok.head.i) if m.kind == "name"]  # "the Red Dune Brigade, a Chadian-backed militia"
            if named:
                return named
        if ms and all(m.kind == "demonym" for m in ms) and tok.tag_ in ("NNS", "NNPS"):
            people = [m for c in tok.children if c.dep_ == "appos" for m in self.mentions_of(res, c, depth + 1)
                      if m.type == "Person"]
            if people:  # "two Chileans, Ana Ruiz and Tomas Vidal": the people, not their state
                return people
        if ms:
            heads = [m for m in ms if m.head == tok.i] or ms
            if all(m.kind == "descriptor" and m.type == "Group" for m in heads) and tok.lower_ in self.lex.collectives:
                # "the group's fighters", "its militants": a group the text refers to, not a new collective
                owners = [o for c in tok.children if c.dep_ == "poss" for o in res.at(c.i)
                          if o.type in ("Group", "Organization") and o.kind == "pronoun"]
                if owners:
                    return owners
            if all(m.kind == "descriptor" and m.type == "State" for m in heads):
                # "Syrian and Russian jets", "Russian, Iranian and Syrian government forces": each state's
                known = {h.id for h in heads}
                heads = heads + [m for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                                 for t in (c, *c.conjuncts) for m in res.at(t.i)
                                 if m.type == "State" and m.kind in ("demonym", "descriptor") and m.start == t.i
                                 and not (t.i > 0 and tok.doc[t.i - 1].text == "-")  # not "pro-Russian"
                                 and m.id not in known]
            return heads
        lower = tok.lower_
        standing = tok.pos_ == "NOUN" and (lower in self.cues["member_nouns"] or lower in self.cues["proxy_nouns"]
                                           or lower in self.lex.collectives or lower in self.lex.state_bodies)
        # ("Houthi allies", "Taliban authorities"); "the Hurras al-Din group": the name's own kind noun
        kind_noun = tok.pos_ == "NOUN" and not standing and lower in DEFINITE_GROUPS
        if standing or kind_noun or tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.titles:
            if tok.lemma_.lower() in self.lex.titles or lower in self.lex.titles:
                people = [m for c in tok.children if c.dep_ == "appos" for m in self.mentions_of(res, c, depth + 1)
                          if m.type == "Person"]
                if people:  # "the Nato envoy, Ana Ruiz," is Ruiz, not Nato
                    return people
            owned = lower in self.cues["member_nouns"] and any(c.dep_ == "poss" for c in tok.children)
            named = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                     for m in res.at(c.i) if m.kind == "name" and m.type in ("Group", "Organization")
                     and not (owned and m.type == "Organization")  # "its Nato ally" is one member, not Nato
                     and not (kind_noun and (m.end != tok.i or m.start > 0 and tok.doc[m.start - 1].text == "-"))]
            # (the kind noun's name right before it: not "the counter-Isis coalition")
            if named:
                return named
        if tok.dep_ == "compound" and res.at(tok.head.i):  # "the cartel-linked group KRF"
            return [m for m in res.at(tok.head.i)]
        if lower in self.cues["relative_pronouns"]:
            anc = tok.head  # "which backed...", "whose support for X"
            for _ in range(3):
                if anc.dep_ in ("relcl", "acl"):
                    noun = anc.head
                    own = self.mentions_of(res, noun, depth + 1)
                    last = max([noun, *noun.conjuncts], key=lambda t: t.i)
                    if last is not noun and last.right_edge.i == tok.i - 2 and tok.doc[tok.i - 1].text == "," \
                            and any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (anc, *anc.children) if t.i < anc.i + 1):
                        # "X and Y, which has backed him": a singular clause set off after the last conjunct is its
                        own = self._mentions_of_one(res, last, depth + 1) or own
                    if not own and noun.dep_ == "attr" and noun.head.lemma_ in self.cues["copulas"] and (
                            noun.lemma_.lower() in self.lex.classifier_nouns or noun.lower_ in self.lex.collectives):
                        # "X is a group that has fought Y": the relative is about X
                        return [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.mentions_of(res, c, depth + 1)]
                    if not own and noun.dep_ != "appos":
                        own = self._apposed_name(res, noun)  # "... the PKK, a group that has fought Y", misattached
                    return own
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        apposed = [m for child in tok.children if child.dep_ == "appos" for m in self.mentions_of(res, child, depth + 1)]
        if apposed:  # "junta allies Russia and Belarus and rebel backer Chad": every apposition
            return apposed
        if tok.dep_ == "appos":
            return self.mentions_of(res, tok.head, depth + 1)
        if lower in self.cues["proxy_nouns"] or tok.lemma_.lower() in self.cues["proxy_nouns"]:
            holders = [m for c in tok.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and not any(
                           s_.type in ("BACKS", "ALLY_OF") for s_ in self.lex.verbs.get(c.lemma_.lower(), ()))
                       for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") for m in res.at(g.i)
                       if m.type in ACTOR_TYPES]  # (not "Russian-backed forces": Russia's clients, not Russia)
            if holders:  # "rebel-held Peruvian towns" stand for their holders, not their country
                return holders
            # "the Bolivian branch of the Red Front": "of X" first, then "X's", then "Syrian"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    ms = self.mentions_of(res, pobj, depth + 1)
                    if ms:
                        return ms
            member = lower in self.cues["member_nouns"]
            # ("its Syrian rebel allies" are the rebels: a member noun's compound before its demonym)
            for deps in ((("compound",), ("amod", "nmod")) if member else (("poss",), ("compound", "amod", "nmod"))):
                for child in tok.children:
                    if child.dep_ in deps and res.at(child.i):
                        ms = self.mentions_of(res, child, depth + 1)
                        if ms:
                            return ms
        return []

    def _is_agent_noun(self, tok: Token) -> bool:
        """An ally, enemy or backer: its possessive is the other side."""
        lemma = tok.lemma_.lower()
        return lemma in self.cues["member_nouns"] or any(
            s.kind == "agent" for s in self.lex.nouns.get(tok.lower_, ()) or self.lex.nouns.get(lemma, ()))

    def _names_a_side(self, tok: Token) -> bool:
        """An agent noun that names the other side of its owner ("her sponsors", "Iran's allies"),
        not a state named by its kind ("Israeli air power", "the Turkish army": the state itself,
        whose modifiers own it; MEMBER_OF agents that only a State can be)."""
        lemma = tok.lemma_.lower()
        return lemma in self.cues["member_nouns"] or any(
            s.kind == "agent" and not (s.type == "MEMBER_OF" and s.subject_types == ("State",))
            for s in self.lex.nouns.get(tok.lower_, ()) or self.lex.nouns.get(lemma, ()))

    @staticmethod
    def _apposed_name(res: Resolution, noun: Token) -> list[M]:
        """The actor named just before ", a <noun>", which the parser hung elsewhere: "..., the PKK
        (Kurdish Workers' Party), an armed group that ..." """
        doc = noun.doc
        j = noun.left_edge.i - 1
        if j < 1 or doc[j].text != "," or noun.left_edge.lower_ not in ("a", "an", "the"):
            return []
        j -= 1
        if doc[j].text == ")":
            while j > noun.sent.start and doc[j].text != "(":
                j -= 1
            j -= 1
        return [m for m in res.at(j) if m.type in ("Group", "Organization", "State") and m.end == j + 1]

    def _owner_mentions(self, res: Resolution, toks: list[Token]) -> list[M]:
        """For arguments that are not actors, the actor that owns them: "condemned Russia's
        invasion", "rebuffed Silva's overtures"."""
        out = []
        for t in toks:
            if any(m.type in ACTOR_TYPES for m in self.mentions_of(res, t)):
                continue
            if t.lemma_.lower() in self.cues["civilian_nouns"] or t.lemma_.lower() in self.cues["border_nouns"] \
                    or self._names_a_side(t) or t.lower_ in self.cues["side_nouns"]:  # "on X's side" is X's ally
                continue  # "killed Danish citizens", "the Chadian border", "X's enemies": not the state, not X
            holders = [m for c in t.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBN"
                       for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") for m in res.at(g.i)
                       if m.type in ACTOR_TYPES]
            if holders:  # "rebel-held Syrian towns": the towns' holders, not their country
                out.extend(holders)
                continue
            if t.lemma_.lower() in self.cues["head_nouns"] and t.dep_ == "pobj" and t.head.lower_ == "on":
                # "a bounty on the head of X", "a price on his head": on X
                out.extend(m for c in t.children if c.dep_ == "poss" for m in self.mentions_of(res, c))
                out.extend(m for p in self._pobjs(t, ("of",)) for m in self.mentions_of(res, p))
                out.extend(m for p in self._pobjs(t, ("of",)) for m in self._owner_mentions(res, [p]))
                continue
            if t.lemma_.lower() in self.cues["possession_nouns"]:  # "revoked the British citizenship of X"
                out.extend(m for c in t.children if c.dep_ == "poss" for m in self.mentions_of(res, c))
                out.extend(m for p in self._pobjs(t, ("of",)) for m in self.mentions_of(res, p))
                continue
            owner_named = any(c.dep_ == "poss" and res.at(c.i) for c in t.children)
            for c in t.children:
                if c.dep_ == "poss":
                    out.extend(self.mentions_of(res, c))
                elif owner_named:
                    continue  # "the US's Syria policy": with an owner, a modifier is the topic
                elif c.dep_ == "amod":  # "opposed Bolivian membership"
                    out.extend(m for m in res.at(c.i) if m.kind == "demonym")
                elif c.dep_ in ("compound", "nmod"):  # "backed by US air power", "shielded by the US military presence"
                    out.extend(m for m in res.at(c.i) if m.type in ("State", "Group", "Organization") and m.head == c.i)
            for p in self._pobjs(t, ("between",)):  # "denounced the partnership between X and Y"
                out.extend(self.mentions_of(res, p))
            if t.lemma_.lower() in self.cues["doer_of_nouns"] or t.lower_ in self.cues["doer_of_nouns"] \
                    or t.lower_ in self.cues["conduct_nouns"]:
                for p in self._pobjs(t, ("of",)):  # "objects to the presence of the militia"
                    out.extend(self.mentions_of(res, p))
            if t.pos_ == "NOUN":  # "opposes any interference by Chile", "condemned the decision by X"
                for p in self._pobjs(t, ("by",)):
                    out.extend(self.mentions_of(res, p))
            if t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj"):  # "objections to Brazil inviting X"
                for c in t.children:
                    if c.dep_ in ("nsubj", "poss"):
                        out.extend(self.mentions_of(res, c))
        return out

    def _deep_objects(self, res: Resolution, toks: list[Token], through_of: bool, trigger: Token | None = None) -> list[M]:
        """Actors inside an object that is not itself an actor: "shelled rebel positions",
        "struck the bases of the militia", "bombed areas held by the rebels". The walk follows
        modifiers, "of" phrases (for attacks only: condemning "the arrest of X" is not opposing X)
        and the agents of participles, never into clauses or places."""
        out: list[M] = []
        frontier = [(t, 0) for t in toks]
        named: list[M] = []
        while frontier:
            tok, depth = frontier.pop(0)
            ms = [m for m in res.at(tok.i) if m.type in ACTOR_TYPES]
            if ms and depth > 0:
                out.extend(m for m in ms if m not in out)
                continue
            lemma = tok.lemma_.lower()
            if depth >= 3 or lemma in self.cues["civilian_nouns"] or lemma in self.cues["border_nouns"]:
                continue  # "Danish citizens", "the Chadian border": not the state
            other_side = self._is_agent_noun(tok) or tok.lower_ in self.cues["side_nouns"]
            # ("Hamas's old rivals", "on Assad's side": Hamas and Assad are not the target)
            for c in tok.children:
                if other_side and (c.dep_ == "poss" or any(m.type == "Organization" for m in res.at(c.i))):
                    continue  # nor is Nato the "Nato ally" confronted
                if c.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos", "npadvmod") \
                        or through_of and c.dep_ == "prep" and c.lower_ == "of" \
                        or c.dep_ == "pobj" and tok.dep_ in ("prep", "agent"):
                    frontier.append((c, depth + 1))
                elif c.dep_ == "acl" and c.tag_ == "VBN" and not (trigger is not None and c.i == trigger.i):
                    # "areas held by the rebels" (not the trigger's own agent: "the plan, endorsed by X")
                    frontier.extend((a, depth + 1) for a in c.children if a.dep_ == "agent")
        if any(m.kind != "demonym" for m in out):  # "rebel-held Syrian towns": the holders, not the country
            out = [m for m in out if m.kind != "demonym"]
        return out

    def _agent_tokens(self, verb: Token) -> list[Token]:
        """The "by X" of a passive, also where the parser hung it on the object or on a
        prepositional phrase ("is declared an outlawed movement by X", "is backed in this
        position by X")."""
        toks = self._pobjs(verb, ("by",))
        if toks:  # "contradicted by X and by Y": the second "by" hangs on the first
            return toks + [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                           for cj in c.conjuncts if cj.lower_ == "by" for p in cj.children if p.dep_ == "pobj"]
        for c in verb.children:
            if c.dep_ in ("dobj", "oprd", "attr", "npadvmod"):
                toks += self._pobjs(c, ("by",))
            elif c.dep_ == "prep" and c.lower_ != "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        toks += self._pobjs(p, ("by",))
        if not toks:  # "were ambushed and killed by X": the agent of the last of coordinated passives
            tok = verb
            while True:
                nxt = [c for c in tok.children if c.dep_ == "conj" and (c.tag_ == "VBN" or c.tag_ == "VBD" and any(
                       g.dep_ == "agent" for g in c.children))
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
                if not nxt:
                    break
                tok = nxt[-1]
            if tok is not verb:
                toks = self._pobjs(tok, ("by",))
        return toks

    def _campaign_leaders(self, noun: Token) -> list[Token]:
        """Who leads a campaign the noun names: "the US-led campaign", "the offensive, led by X"
        (participles of cues ``lead_verbs``)."""
        out = []
        for c in noun.children:
            if c.tag_ != "VBN" or c.lemma_.lower() not in self.cues["lead_verbs"]:
                continue
            if c.dep_ == "amod":  # "the US-led campaign"
                out += [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")]
            elif c.dep_ == "acl":  # "the campaign, led by X"
                out += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return out

    def _children(self, tok: Token, deps: tuple[str, ...]) -> list[Token]:
        return [c for c in tok.children if c.dep_ in deps]

    def _pobjs(self, tok: Token, preps: tuple[str, ...]) -> list[Token]:
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                if c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in self.cues["companion_words"]:
                    continue  # "fought along with X": a companion, no object
                out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
            elif c.dep_ == "prt" and c.lower_ in preps and any(p.dep_ == "pobj" for p in c.children):
                out.extend(p for p in c.children if p.dep_ == "pobj")  # "did not call on X", "on" read as a particle
            elif c.dep_ in ("prt", "advmod") and c.lower_ not in self.cues["companion_words"]:  # "broke away from X"
                # (not "fought along with X": a companion, no object)
                out.extend(p for g in c.children if g.dep_ == "prep" and g.lower_ in preps
                           for p in g.children if p.dep_ == "pobj")
        return out

    def _intent_noun_before(self, verb: Token) -> Token | None:
        """The intent noun ("threats", "plan", "bid") right before an infinitive the parser hung on the
        verb whose object that noun is ("condemned US threats to carry out strikes"), if any."""
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.left_edge.i), None)
        if to is None or to.i == 0:
            return None
        noun = verb.doc[to.i - 1]
        if noun.dep_ == "dobj" and noun.head.i == verb.head.i and noun.pos_ == "NOUN" and self._word_in(noun, self.cues["intent_nouns"]):
            return noun
        return None

    def _stray_subject(self, verb: Token) -> Token | None:
        """The subject of a finite verb with an auxiliary ("had urged", "has backed") that the parser
        hung elsewhere as a conjunct: the proper noun right before the auxiliaries, after "and"; so
        too before a coordinated past or present tense ("shelled X and Y struck Z": Y struck)."""
        doc = verb.doc
        if verb.tag_ not in ("VBN", "VBD", "VBZ", "VBP") or verb.dep_ in ("amod", "acl", "relcl", "xcomp"):
            return None
        if not any(c.dep_ == "aux" and c.i < verb.i for c in verb.children) and not (
                verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "dobj" for c in verb.children)):
            return None
        k = verb.i - 1
        while k > verb.sent.start and doc[k].dep_ in ("aux", "neg", "advmod") and doc[k].head.i == verb.i:
            k -= 1
        t = doc[k]
        if t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.i != verb.i and k > verb.sent.start \
                and doc[t.left_edge.i - 1].lower_ == "and" and t.right_edge.i == k:
            return t
        return None

    def _is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            # "convicted of fraud and jailed by a court", the second participle tagged a past tense
            verb.dep_ == "conj" and verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) and self._is_passive(verb.head)) or (
            verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or verb.dep_ == "advcl" and verb.i < verb.head.i)
            # "Backed by Iran, the Houthis ...": fronted; after its verb the parser hangs phrases of the object there
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)  # "reports that X had armed Y" is active
        ) or self._caused(verb) or (
            # "X, led by Y and backed by Z": a participle coordinated with a passive one is passive too
            verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
            and any(c.dep_ == "agent" for c in verb.children) and self._is_passive(verb.head))

    def _caused(self, verb: Token) -> bool:
        """"ordered his passport cancelled": a bare participle under a verb of ordering is a passive
        whose patient the parser made its subject."""
        return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i \
            and not any(c.dep_ == "mark" for c in verb.children) \
            and verb.head.lemma_.lower() in self.cues["causative_verbs"] and not any(c.dep_ == "aux" for c in verb.children)

    def _between_pairs(self, res: Resolution, between: list[Token]) -> list[tuple[M, M]]:
        """The pairs a "between" phrase sets against each other: every two of "between X, Y and Z",
        but only within each pair of "between A and B, C and D, and E and F"."""
        doc = res.doc
        toks = sorted({c for t in between for c in (t, *t.conjuncts)}, key=lambda t: t.i)
        groups: list[list[Token]] = []
        for t in toks:
            if groups and "," not in doc[groups[-1][-1].i + 1:t.i].text:
                groups[-1].append(t)
            else:
                groups.append([t])
        paired = len(groups) > 1 and all(len(g) == 2 for g in groups)
        sides = [[m for t in g for m in res.at(t.i) if m.head == t.i or m.start <= t.i < m.end]
                 for g in (groups if paired else [toks])]
        if not paired:
            sides = [[m for t in between for m in self.mentions_of(res, t)]]
            k = next((i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and any(c.dep_ == "poss" for c in t.children)
                      and any(s_.kind == "agent" and s_.type in ("ALLY_OF", "BACKS") and not s_.inverse
                              for s_ in self.lex.nouns.get(t.lemma_.lower(), ()))), None)
            if k is not None:  # "a war between the US and its allies and Russia, Iran and China": two sides
                left = [m for t in toks[:k] for m in self._mentions_of_one(res, t, 0)]
                right = [m for t in toks[k + 1:] for m in self._mentions_of_one(res, t, 0)]
                return [(a, b) for a in left for b in right if a.id != b.id]
        out = []
        for ms in sides:
            ms = [m for m in ms if not (m.end < len(doc) and res.tokens[m.end].tag_ == "POS")]  # "Y's Kurds": not Y
            ms = [m for i, m in enumerate(ms) if m.id not in {o.id for o in ms[:i]}]
            out += [(a, b) for i, a in enumerate(ms) for b in ms[i + 1:]]
        return out

    def _companions(self, verb: Token, subs: list[Token]) -> list[Token]:
        """Who acts with the subject: "X, along with Y and Z, launched ...", "X, together with Y,
        ...", "X as well as Y ...", however the parser hung the phrase."""
        out = []
        for holder in (verb, *subs):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in self.cues["companion_words"]:  # "along" with "with" below it
                    out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                            for o in p.children if o.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ == "with" and (any(
                        a.dep_ == "advmod" and a.lower_ in self.cues["companion_words"] for a in c.children)
                        or c.i > 0 and c.doc[c.i - 1].lower_ in self.cues["companion_words"]):
                    out += [o for o in c.children if o.dep_ == "pobj"]
        return [o for o in out if o not in subs]

    @staticmethod
    def _listed_subjects(verb: Token, subs: list[Token]) -> list[Token]:
        """"Turkey, Russia and Iran condemned X", "Turkey, the US and the EU classify X": the parser
        cuts the head of a list of three from the rest ("Turkey" a second subject or a noun modifier
        of the verb). The pieces are one list when each is followed by a comma that runs straight
        into the next, and the last piece is itself coordinated ("Russia and Iran")."""
        last = [t for t in subs if t.dep_ in ("nsubj", "nsubjpass")]
        if not last or not any(c.dep_ == "cc" for c in last[-1].children) or not last[-1].conjuncts:
            return []
        doc, tail = verb.doc, last[-1]
        heads = [c for c in verb.children if c.i < tail.i and (c.dep_ == "npadvmod" and c.pos_ == "PROPN" or c in last[:-1])]
        out = [tail]
        for t in reversed(heads):
            comma = t.right_edge.i if t.right_edge.text == "," else t.right_edge.i + 1  # (the comma may hang on it)
            if comma >= len(doc) or doc[comma].text != "," or comma + 1 != out[0].left_edge.i:
                break
            out.insert(0, t)
        return out if len(out) > 1 else []

    def _subject_tokens(self, verb: Token, depth: int = 0, deps: tuple[str, ...] = SUBJ) -> tuple[list[Token], float]:
        """The grammatical subject of a verb, climbing through control and coordination."""
        subs = self._children(verb, deps) or [s for a in verb.children if a.dep_ in ("aux", "auxpass")
                                              for s in a.children if s.dep_ in deps
                                              and any(c.dep_ == "appos" for c in s.children)]
        # ("X and Y, both foes of Z, have armed W": the apposition made the parser hang X on "have")
        listed = self._listed_subjects(verb, subs)
        if listed:  # "Turkey, Russia and Iran condemned X" parsed as two subjects: one list
            return listed, 0.0
        if len(subs) > 1 and all(t.dep_ == "nsubj" for t in subs):
            # two subjects is a misparse ("X, which Y considers ...", a long subject phrase cut in
            # two): not the relative pronoun, and of the rest the first, which heads the phrase
            subs = [t for t in subs if t.lower_ not in self.cues["relative_pronouns"]][:1] or subs[:1]
        if subs and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
                and verb.head.lemma_.lower() in self.cues["motion_verbs"]:
            subs = []  # "he left for Peru to enlist with X": Syria is where she went, not who joined
        if subs:
            return subs + self._companions(verb, subs), 0.0
        if depth > 3:
            return [], 0.0
        stray = self._stray_subject(verb)
        if stray is not None:  # "protested at the raid and Peru had called for calm": Peru misread as a conjunct
            return [stray], 0.1
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "after taking Arica", "is accused of backing"
            above = head.head
            owners = [c for c in above.children if c.dep_ == "poss"] if above.pos_ == "NOUN" and head.lower_ == "of" else []
            if owners and deps == SUBJ:  # "the west's aim of ousting X", "Chile's policy of arming Y": theirs
                return owners, 0.05
            for _ in range(2):  # "took severe casualties in battles against X"
                if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
                    break
                above = above.head
            if deps == SUBJ and self._children(above, ("dobj",)) and (head.lower_ in ("of", "for") and not any(
                    c.lower_ == "instead" for c in head.children) or head.lower_ in (
                    "against", "from") and self._word_in(above, self.cues["averting_verbs"])):
                # "accused neighbouring states of arming X", "warned Y against attacking X", "stopped Y from arming X"
                return self._children(above, ("dobj",)), 0.05
            toks, pen = self._subject_tokens(above, depth + 1, deps)
            if not toks and deps == SUBJ:
                toks = self._children(above, PASSIVE_SUBJ)
            return toks, pen + 0.05
        if verb.dep_ in ("advcl", "oprd") and deps == SUBJ and verb.tag_ in ("VBN", "JJ") and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and self._children(head, ("dobj",)):
            return self._children(head, ("dobj",)), 0.05  # "X regards Y as linked to Z": Y is linked
        if verb.dep_ in ("acomp", "oprd") and deps == SUBJ:  # "HTS is rooted in" read as an adjective
            return self._children(head, SUBJ + PASSIVE_SUBJ), 0.0
        if deps == PASSIVE_SUBJ:
            if verb.dep_ == "conj" and head.i != verb.i:  # "led by X and funded by Y"
                return self._subject_tokens(head, depth + 1, deps)
            if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":
                return [head], 0.05
            return [], 0.0
        to_advcl = verb.dep_ == "advcl" and self._is_passive(head) and not self._children(head, SUBJ) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "X was emboldened to confront Y"
        if verb.dep_ in ("advcl", "xcomp") and deps == SUBJ and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            pressed = [p for n in self._children(head, ("dobj",)) if n.pos_ == "NOUN" for s_ in self._senses(n)
                       if s_.type == "CALLED_ON" and s_.kind == "event"
                       for p in self._pobjs(n, s_.preps) or self._pobjs(head, s_.preps)]  # (the phrase hung on the verb)
            if pressed:  # "put pressure on Y to start talks", "made an appeal to Y to stop": Y is to act
                return pressed, 0.05
        intent = self._intent_noun_before(verb) if verb.dep_ in ("xcomp", "advcl") and deps == SUBJ else None
        if intent is not None:  # "Iran condemned US threats to carry out strikes", the infinitive hung on "condemned"
            owners = self._children(intent, ("poss",)) or [c for c in intent.children if c.dep_ in ("amod", "compound")
                                                             and (c.ent_type_ or c.text[:1].isupper())]
            if owners:
                return owners, 0.05
            if head.lemma_.lower() not in self.lex.light_verbs and any(
                    s_.type in ("OPPOSES", "BACKS") for s_ in self.lex.verbs.get(head.lemma_.lower(), ())):
                return [], 0.0  # ("condemned threats to attack X": whose threats the sentence does not say)
        controlled = verb.dep_ == "advcl" and head.lemma_.lower() in self.cues["object_control"] and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and bool(
            self._children(head, ("dobj",)) or self._pobjs(head, ("on", "upon", "to", "with")))  # "pleaded with X to act", misparsed
        if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and head.lemma_.lower() in self.cues["purpose_verbs"]) or to_advcl \
                or controlled:
            if head.lemma_.lower() in self.cues["object_control"]:
                objs = self._children(head, ("dobj",)) or self._pobjs(head, ("on", "upon", "to", "with"))  # "pleaded with X to"
                if objs:
                    return objs, 0.05
            toks, pen = self._subject_tokens(head, depth + 1)
            if not toks and self._is_passive(head):  # "Russia is believed to back X"
                toks = self._children(head, PASSIVE_SUBJ)
            if len(toks) == 1 and head.lemma_ in self.cues["copulas"] and toks[0].lemma_.lower() in self.cues["purpose_nouns"]:
                # "Kenya's aim is to dislodge X", "the goal of the alliance is to oust Y": the owner's aim
                toks = self._children(toks[0], ("poss",)) or self._pobjs(toks[0], ("of",)) or toks
            if not toks and head.dep_ == "acl" and head.tag_ in ("VBN", "VBD"):  # "volunteers killed fighting X"
                noun = head.head
                cop = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else None
                toks = self._subject_tokens(cop)[0] if cop is not None and cop.lemma_ in self.cues["copulas"] else [noun]
                # "A and B are among the volunteers killed fighting X": A and B fought X
            return toks, pen + 0.05
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ == "VB":
            # "asking her to resign and threatening Y": the participle joins the participle above,
            # not the infinitive the parser hung it on
            anc = head
            for _ in range(3):
                if anc.head.i == anc.i:
                    break
                anc = anc.head
                if anc.tag_ == "VBG":
                    head = anc
                    break
        if verb.dep_ in ("conj", "advcl") and head.i != verb.i:
            if self._is_passive(head) and not self._is_passive(verb):
                if verb.dep_ == "conj" and verb.lemma_ in self.cues["copulas"]:  # "X are entrenched in Y and have been Z"
                    return self._children(head, PASSIVE_SUBJ), 0.1
                return [], 0.0
            toks, pen = self._subject_tokens(head, depth + 1)
            return toks, pen + 0.1
        if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBG",):
            return [head], 0.05
        infinitive = verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        before = verb.doc[verb.left_edge.i - 1] if infinitive and verb.left_edge.i > 0 else head
        if before.i != head.i and before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ == "in" \
                and head in before.ancestors and any(
                    s.type == "FIGHTS" and s.kind == "event" for s in self.lex.nouns.get(before.lemma_.lower(), ())):
            head = before  # "partners of X in the campaign to crush Y", the infinitive hung on "partners" or further up
        if infinitive and head.pos_ == "NOUN":
            # "X's decision to withdraw", "a bid by X to oust Y", "the Chilean plan to annex Z": the owner acts
            owners = self._children(head, ("poss",)) or self._pobjs(head, ("by",))
            if owners:
                return owners, 0.05
            anchor = self._anchor(head)  # "X made the decision to withdraw"
            leaders = self._campaign_leaders(head)
            if leaders:  # "the US-led campaign to defeat X", "the push to oust X, led by Y": the leader acts,
                if anchor.dep_ == "dobj" and self._word_in(anchor.head, self.cues["join_verbs"]):
                    leaders = leaders + self._subject_tokens(anchor.head, depth + 1)[0]  # and who joins it
                return leaders, 0.05
            owners = [c for c in head.children if c.dep_ in ("amod", "compound") and (c.ent_type_ or c.text[:1].isupper())]
            if owners:  # ("the Kenyan campaign to oust Y"; not "the long fight to defeat Y")
                return owners, 0.05
            if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in self.lex.light_verbs:
                toks, pen = self._subject_tokens(anchor.head, depth + 1)
                return toks, pen + 0.05
            fight = any(s.type == "FIGHTS" and s.kind == "event" for s in self.lex.nouns.get(head.lemma_.lower(), ()))
            vanguard = self._vanguard(anchor) if fight else None
            if vanguard is not None and vanguard.head.head.pos_ in ("VERB", "AUX"):  # "at the forefront of the push to oust Y"
                toks, pen = self._subject_tokens(vanguard.head.head, depth + 1)
                return toks, pen + 0.1
            if anchor.dep_ == "pobj" and anchor.head.lower_ == "in" and fight:
                # "X and Y work together in the campaign to free the city from Z": who acts in the campaign wages it
                above = anchor.head.head
                sides = self._campaign_sides(None, anchor)
                if sides:  # "allies of Z in the fight to defeat Y", "Z's proxies in the campaign to oust Y"
                    return sides, 0.1
                if above.pos_ in ("VERB", "AUX") and above.lemma_ not in self.cues["copulas"]:
                    toks, pen = self._subject_tokens(above, depth + 1)
                    return toks, pen + 0.1
        return [], 0.0

    def _vanguard(self, anchor: Token) -> Token | None:
        """The noun of a leading place in a campaign a noun names ("at the forefront of the fight against
        Y", "in the vanguard of the war on Y", "on the front line of the campaign to defeat Y"; cues
        ``vanguard_nouns``), if any: who stands there wages it."""
        if anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
            return None
        place = anchor.head.head
        return place if place.dep_ == "pobj" and self._word_in(place, self.cues["vanguard_nouns"]) else None

    def _side_noun(self, noun: Token) -> bool:
        """An agent noun of one side of a fight: an ally or partner, or a proxy (an inverse BACKS agent)."""
        return noun.pos_ == "NOUN" and any(s_.kind == "agent" and (s_.type == "ALLY_OF" or s_.type == "BACKS" and s_.inverse)
                                           for s_ in self._senses(noun))

    def _campaign_sides(self, res: Resolution | None, anchor: Token) -> list[Token]:
        """Who wages a campaign named after 'in' on an agent noun of a side, or on a copula whose
        predicate is one: the noun's holder ("X, a partner in the war on Y", "X has been an ally of Z in
        the fight against Y", "X, which Z uses as a proxy in the fight against Y") and the side it is an
        ally or proxy of ("of Z", "Z's", and the user of a proxy), both fighting Y."""
        above = anchor.head.head
        if above.pos_ == "AUX" or above.pos_ == "VERB" and above.lemma_ in self.cues["copulas"]:
            above = next((c for c in above.children if c.dep_ in ("attr", "acomp") and self._side_noun(c)), above)
        if not self._side_noun(above):
            return []
        user = self._employing_verb(above)
        if res is None:  # (from a subject walk, which knows no mentions: the copula's subject, the apposition's head)
            out = self._subject_tokens(above.head)[0] if above.dep_ in ("attr", "acomp") else []
        else:
            out = self._copula_subject(res, above)
        out += [above.head] if above.dep_ == "appos" else []
        if user is not None:  # "X, which Z uses as proxies in the fight against Y"
            held, users = self._employed(res, user) if res is not None else (
                self._children(user, ("dobj",)) or ([user.head] if user.dep_ == "relcl" else []), self._subject_tokens(user)[0])
            out += held + users
        if not any(c.dep_ == "poss" for c in anchor.children):  # (not "an ally of Z in his war on Y": his own)
            out += self._children(above, ("poss",)) + self._pobjs(above, ("of", "to"))
        return [t for i, t in enumerate(out) if t not in out[:i]]

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
        # not "X and Y welcomed the deal"; but "X and Y exchanged fire": the object is part of the idiom
        mutual = not any(c.dep_ == "dobj" for c in tok.children) or sense.kind != "verb" or bool(sense.needs_dobj_noun)
        if not objects and len(subjects) > 1 and sense.type == "FIGHTS" and sense.kind == "verb" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.cues["mutual_fight_nouns"] for c in tok.children):
            for i, a in enumerate(subjects):  # "X and Y fought a war": each other
                for b in subjects[i + 1:]:
                    yield a, b, conf - 0.1
                    yield b, a, conf - 0.1
            return
        if objects and len(subjects) > 1 and sense.type == "MET_WITH" and sense.kind == "verb" \
                and tok.lemma_.lower() in self.lex.symmetric_plural:  # (not "X and Y called on Z", "X and Y visited Z")
            for i, a in enumerate(subjects):  # "X and Y met Z": all three were in the room
                for b in subjects[i + 1:]:     # (not "X and Y, in a joint call to Z")
                    yield a, b, conf - 0.15
        if not objects and len(subjects) > 1 and mutual and (tok.lemma_.lower() in self.lex.symmetric_plural or sense.type in (
                "MET_WITH", "ALLY_OF") and (sense.kind != "verb" or not self._other_sense_prep(tok, sense))
                or sense.type == "FIGHTS" and self._fought_each_other(tok, sense)):
            # (not "X and Y called on Z": the preposition of another sense of the verb)
            for i, a in enumerate(subjects):
                for b in subjects[i + 1:]:
                    yield a, b, conf - 0.1
                    if sense.type not in SYMMETRIC:  # "X and Y clashed", "traded fire": each fights the other
                        yield b, a, conf - 0.1

    def _fought_each_other(self, verb: Token, sense: Sense) -> bool:
        """"X and Y have been fighting for years", "X and Y battled over the pass": a fight verb
        (cues ``mutual_fight_verbs``) with coordinated subjects and no one fought is between them; not
        where it is joint or placed ("fought together", "fought side by side", "fought in Syria")."""
        if sense.kind != "verb" or not self._word_in(verb, self.cues["mutual_fight_verbs"]):
            return False
        subjects = self._subject_tokens(verb)[0]
        if not any(t.conjuncts for t in subjects):
            return False  # "Russian and Syrian jets fought": one force of two allies
        if any(c.lower_ in self.ally_agents or c.lemma_.lower() in self.ally_agents for t in subjects for c in (t, *t.conjuncts)):
            return False  # "X and its allies fought", "the US and allies such as Britain fought": one side
        return not any(c.lower_ in self.cues["joint_words"] or c.dep_ == "prep" and c.lower_ in self.cues["locative_preps"]
                       for c in verb.children)

    def _other_sense_prep(self, verb: Token, sense: Sense) -> bool:
        """Whether the verb has a preposition or particle that another of its senses takes ("call on")."""
        other = {p for s_ in self.lex.verbs.get(verb.lemma_.lower(), ()) if s_ is not sense
                 for p in (*s_.preps, s_.particle, s_.needs_prep) if p}
        return any(c.dep_ in ("prep", "prt") and c.lower_ in other for c in verb.children)

    def _verb_arguments(self, res: Resolution, verb: Token, sense: Sense):
        if verb.dep_ == "amod" and verb.i > 1 and res.tokens[verb.i - 1].text == "-" and verb.tag_ == "VBN" \
                and sense.dobj and not sense.particle and not sense.needs_prep \
                and any(m.end == verb.i - 1 for m in res.at(verb.i - 2)):
            return  # "Iran-backed militias": read by the hyphenated-participle pattern
        passive = self._is_passive(verb)
        conf = 0.75
        obj_toks: list[Token] = []
        from_clause = placed = False
        if passive:
            subj_toks = self._agent_tokens(verb)
            patients = self._children(verb, PASSIVE_SUBJ) or (self._children(verb, SUBJ) if self._caused(verb) else [])
            if not subj_toks and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in self.cues["causative_verbs"]:
                # "X ordered that Y be expelled", "X ordered Y's assets frozen": who ordered it does it
                subj_toks, pen = self._subject_tokens(verb.head)
                conf -= pen + 0.05
            if verb.dep_ in ("acl", "amod"):
                patients = [verb.head]
                near = [c for c in verb.head.conjuncts if c.i == verb.i - 1]
                if verb.dep_ == "acl" and near:  # "X and the Y led by Z": the participle follows Y, not X
                    patients = near
                subj_toks = subj_toks or [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if not patients and verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
                patients = [verb.head.head]  # "X, convicted of fraud and jailed by Y, ...": both said of X
            if not patients and verb.dep_ == "conj":
                # "... remains unclear and X's demands were rebuffed by Y": the subject read as a conjunct
                patients = [c for c in verb.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                            and c.i < verb.i and verb.left_edge.i <= c.right_edge.i + 3
                            and all(t.is_punct for t in res.tokens[c.right_edge.i + 1:verb.left_edge.i])]
            if not patients:
                patients, pen = self._subject_tokens(verb, deps=PASSIVE_SUBJ)
                if not patients:
                    patients, pen = self._subject_tokens(verb)
                conf -= pen
            if not sense.dobj:  # "is rooted in X", "is allied with X": the patient is the subject
                obj_toks = self._pobjs(verb, sense.preps)
                if verb.dep_ == "amod" and "from" not in sense.preps:  # "the cartel-linked group" (not "the
                    # Israeli-occupied heights": occupied by Israel, not taken from it)
                    obj_toks += [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")]
                subj_toks = patients
            else:
                obj_toks = patients + self._pobjs(verb, sense.preps)
        else:
            subj_toks, pen = self._subject_tokens(verb)
            conf -= pen
            prev = res.tokens[verb.i - 1] if verb.i > 0 else None
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and prev is not None and prev.dep_ in ("pobj", "dobj") \
                    and not self._children(verb, SUBJ) and any(m.type in ("Group", "Organization", "State") for m in res.at(prev.i)):
                subj_toks = [prev]  # "appealed to the militia holding him": the participle is the militia's, misparsed
            if sense.dobj and verb.dep_ == "relcl" and not self._children(verb, ("dobj",)) and subj_toks \
                    and verb.head.dep_ != "ROOT" \
                    and not any(t.lower_ in self.cues["relative_pronouns"] for t in res.tokens[verb.left_edge.i:verb.i + 1]):
                # "the militias Turkey is fighting": a relative clause without its pronoun lacks its object
                # (not when its noun heads the sentence: "The Lebanese group Hezbollah fought ...", misparsed)
                obj_toks = [verb.head]
            elif sense.dobj and self._bare_relative_object(verb) is not None and subj_toks:
                # the same clause the parser made a complement: "armed the militias Turkey is now battling"
                obj_toks = [self._bare_relative_object(verb)]
            elif sense.dobj:
                obj_toks = self._children(verb, ("dobj",)) or [
                    c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # "phoned Nicusor Dan"
                if not obj_toks and verb.lemma_.lower() in self.cues["purpose_verbs"]:
                    obj_toks = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in self._children(c, SUBJ)]
                if not obj_toks:
                    obj_toks = self._free_relative(verb)  # "condemned what it called Israeli aggression"
            obj_toks += self._pobjs(verb, sense.preps)
            if sense.preps and self._word_in(verb, self.cues["blame_verbs"]) and not self._pobjs(verb, sense.preps):
                # "blamed the bombing on X", "blamed the raid on the camp on X": the parser hangs whom it blames
                # on the act blamed (the last such phrase; not when the act has its doer: "X's attack on Y")
                blamed = [p for c in verb.children if c.dep_ == "dobj" and not self._children(c, ("poss",))
                          for p in self._pobjs(c, sense.preps)]
                while blamed and self._pobjs(blamed[-1], sense.preps):
                    blamed = self._pobjs(blamed[-1], sense.preps)
                obj_toks = blamed or obj_toks
            if (sense.type == "CALLED_ON" or verb.lemma_.lower() in self.cues["menace_verbs"]) and not obj_toks:
                # "demanded that Rwanda withdraw", "threatened that Chile would pay"
                obj_toks = [s_ for c in verb.children if c.dep_ == "ccomp" for s_ in self._children(c, SUBJ)]
                from_clause = bool(obj_toks)  # the clause's own subject, never whoever owns it
            if sense.needs_dobj_noun or not sense.dobj and sense.preps and not obj_toks:
                # "pledged allegiance to X"; "fired missiles at X" with the phrase hung on the missiles
                obj_toks += [p for c in verb.children if c.dep_ == "dobj" for p in self._pobjs(c, sense.preps)]
        if sense.type == "FIGHTS" and any(t.lemma_.lower() in self.cues["goal_nouns"] or t.lemma_.lower() == "target" and any(
                c.dep_ in ("compound", "nummod") and c.pos_ in ("NOUN", "NUM") and not res.at(c.i) for c in t.children)
                for t in obj_toks):
            return  # "hit the UN aid target", "reached the goal": aims met, not attacks
        if sense.inverse and sense.type == "OPPOSES" and not passive and any(t.lower_ in ("which", "that") for t in subj_toks):
            # "X bombed Y's camps, which angered Z", "..., a move that angered Z": the act did, so its doer
            subjects = [m for t in subj_toks for m in self._summarised_doers(res, t)]
            if not subjects:
                return
        else:
            subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
        summaries = [t for t in obj_toks if self._summary_noun(t) and t.head.i == verb.i and t.dep_ in ("dobj", "npadvmod")]
        obj_toks = [t for t in obj_toks if t not in summaries]  # "X blocked the aid, a move condemned by Y" (not Y blocked)
        if not subjects and not passive and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = self._owner_mentions(res, [verb.head])  # "the Turkish deployment, targeting X"
        if not subjects and not passive and sense.type in ("FIGHTS", "OPPOSES", "BACKS"):
            # "Israeli airstrikes killed X", "Russia's missiles hit Y": the act's or weapon's owner
            subjects = self._owner_mentions(res, [t for t in subj_toks if t.pos_ == "NOUN" and (any(
                x.kind == "event" and x.type == sense.type for x in self.lex.nouns.get(t.lemma_.lower(), ()))
                or t.lemma_.lower() in self.cues["doer_of_nouns"])])  # "X's decision angered Y"
        if not subjects and passive and sense.type == "OPPOSES":
            # "she was stripped of her Chilean citizenship", "his Peruvian passport was revoked": the
            # state that grants what is taken away takes it
            held = [t for t in (*self._pobjs(verb, ("of",)), *patients) if t.lemma_.lower() in self.cues["possession_nouns"]]
            subjects = [m for t in held for c in t.children if c.dep_ == "amod"
                        for m in res.at(c.i) if m.type == "State" and m.kind == "demonym"]
        if not subjects and passive and sense.type == "OPPOSES" and self._word_in(verb, self.cues["justice_verbs"]):
            subjects = self._placing_states(res, verb)  # "X was arrested in Turkey", "jailed in Ankara"
            conf -= 0.1 if subjects else 0.0
            placed = bool(subjects)  # (whom a state arrests is a person or a group: "a British soldier jailed in X" is no state)
        if not subjects and passive and sense.type in ("BACKS", "FIGHTS", "OPPOSES"):
            # "backed by US air power", "hit by Russian jets"; not "protected by her sponsors" (his are the backed)
            subj_toks = [t for t in subj_toks if t.lower_ not in self.cues["member_nouns"] and not self._names_a_side(t)]
            subjects = self._owner_mentions(res, subj_toks)
            conf -= 0.1
        if passive and verb.dep_ in ("acl", "amod") and sense.dobj:
            # "the Brazil-led mission and Chile": the participle modifies its own noun, not the conjuncts
            objects = [m for t in obj_toks for m in (self._mentions_of_one(res, t, 0) if t in patients
                                                      else self.mentions_of(res, t))]
        else:
            objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and passive and sense.type == "BACKS" and subjects and not any(
                t.lower_ in DEFINITE_GROUPS or t.lower_ in self.lex.collectives for t in obj_toks):
            # "the campaign, led by X on the ground and backed by Y from the air": Y backs X in it
            # (but Y backs "an alliance led by X and backed by Y" itself)
            siblings = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
            if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
                siblings.append(verb.head)
            objects = [m for s_ in siblings if s_.lemma_.lower() in self.cues["lead_verbs"]
                       for t in self._pobjs(s_, ("by",)) for m in self.mentions_of(res, t)]
            conf -= 0.1 if objects else 0.0
        if not objects and sense.type in ("OPPOSES", "BACKS") and not sense.inverse:
            # "..., a move condemned by Y", "..., a step that Y welcomed": Y on whoever took it
            objects = [m for t in obj_toks for m in self._summarised_doers(res, t, which=False)]
        if not objects and sense.type in ("OPPOSES", "FIGHTS", "BACKS"):
            objects = self._owner_mentions(res, obj_toks)
            conf -= 0.1
        if not objects and subjects and sense.type in ("OPPOSES", "FIGHTS", "BACKS", "CALLED_ON") \
                and not (from_clause and sense.type == "CALLED_ON") \
                and not (passive and verb.dep_ == "conj" and verb.head.tag_ == "VBN"):
            # not "called X's claims lies"; nor "the plan, drafted by X and praised by Y": X is Y's fellow agent
            objects = self._deep_objects(res, obj_toks, through_of=sense.type == "FIGHTS", trigger=verb)
            conf -= 0.05
        if sense.needs_dobj_noun and sense.type == "FIGHTS" and subjects and all(m.type == "Person" for m in subjects):
            # "Erdogan sent Turkish forces into X": the forces' state fights there
            owners = [m for c in verb.children if c.dep_ == "dobj" for m in res.at(c.i) if m.type == "State"]
            subjects = owners or subjects
        if subjects and sense.type == "OPPOSES" and not any(o.type in ACTOR_TYPES for o in objects):
            # the cause of a hostile act: "Algeria withdrew its envoy over remarks by Paris",
            # "threatened to quit the talks over the rebels' demands"
            causes = self._pobjs(verb, ("over",)) + [p for c in verb.children if c.dep_ == "dobj" for p in self._pobjs(c, ("over",))]
            objects = objects + self._owner_mentions(res, causes)
        subject_ids = {m.id for m in subjects}
        objects = [o for o in objects if o.id not in subject_ids]  # "X and Y called on both sides"
        if placed:
            objects = [o for o in objects if o.type in ("Person", "Group")]
        yield from self._pairs(subjects, objects, conf, sense, res, verb)

    def _free_relative(self, verb: Token) -> list[Token]:
        """The object of "denounced what it called Israeli aggression", "condemned what Turkey
        described as an attack by X": the parser makes the naming clause the verb's complement,
        with "what" its object; what the clause names it ("aggression", "an attack by X") stands in
        for the verb's object (cues ``describing_verbs``)."""
        out = []
        for c in verb.children:
            if c.dep_ not in ("ccomp", "dobj", "xcomp") or not self._word_in(c, self.cues["describing_verbs"]) \
                    or not any(g.lower_ == "what" and g.dep_ in ("dobj", "nsubjpass") for g in c.children):
                continue
            out += [g for g in c.children if g.dep_ in ("oprd", "attr")] + self._pobjs(c, ("as",))
        return out

    def _bare_relative_object(self, verb: Token) -> Token | None:
        """The noun a relative clause without its pronoun is about where the parser made the clause a
        complement or adverbial clause of the verb before: "armed the militias Turkey is battling"
        ("battling" a ccomp of "armed", or an advcl with its auxiliary and no subordinator): the object
        of that verb, or of its preposition, right before the clause's subject."""
        if verb.dep_ not in ("ccomp", "advcl") or any(c.dep_ in ("dobj", "mark") for c in verb.children) or verb.left_edge.i == 0 \
                or verb.dep_ == "advcl" and not any(c.dep_ == "aux" for c in verb.children) \
                or self._word_in(verb.head, self.cues["speech_verbs"]) or verb.head.lemma_.lower() in self.cues["object_control"]:
            return None  # ("told the US Hamas is attacking": what was said to whom)
        prev = verb.doc[verb.left_edge.i - 1]
        if prev.dep_ in ("dobj", "pobj") and prev.pos_ in ("NOUN", "PROPN") and prev.head.i in (verb.head.i, *(
                c.i for c in verb.head.children if c.dep_ == "prep")) and verb.left_edge.dep_ == "nsubj":
            return prev
        return None

    def _employed(self, res: Resolution, user: Token) -> tuple[list[Token], list[Token]]:
        """The one a verb of ``employ_verbs`` uses and the ones who use it: "X uses Y as a proxy",
        "Y, which X has used", "Y, used by X"."""
        if self._is_passive(user):
            held = self._children(user, PASSIVE_SUBJ) or ([user.head] if user.dep_ in ("acl", "amod") else [])
            return held, self._agent_tokens(user)
        held = self._children(user, ("dobj",)) or ([user.head] if user.dep_ == "relcl" else [])
        prev = res.tokens[user.left_edge.i - 1] if user.dep_ == "relcl" and user.left_edge.i > 0 else None
        if prev is not None and prev.dep_ == "pobj" and prev.head.head.i == user.head.i and prev.i != user.head.i \
                and any(m.head == prev.i for m in res.at(prev.i)):
            held = [prev]  # "fighters among the militias that X uses as proxies": the nearer actor
        return held, self._subject_tokens(user)[0]

    def _employing_verb(self, noun: Token) -> Token | None:
        """The verb of "uses X as a proxy" for a noun after its "as" (also where the parser made the
        noun the subject of the next verb: "used by X as proxies attacked Y")."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
            verb = head.head
        elif noun.dep_ == "nsubj" and head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
            verb = head.head
        else:
            return None
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in self.cues["employ_verbs"] else None

    def _copula_subject(self, res: Resolution, noun: Token) -> list[Token]:
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        head = noun.head
        if noun.dep_ in ("attr", "acomp", "oprd") and head.lemma_.lower() in self.cues["copulas"]:
            return self._subject_tokens(head)[0]
        if noun.dep_ == "pobj" and head.lower_ == "as":  # "emerged as a key backer of", "seen as an ally"
            verb = head.head  # "regards the Blue Front as an offshoot of the Delta League": the predicate is of the object
            if self._children(verb, ("dobj",)) and verb.lemma_.lower() in self.lex.stance_verbs:
                # "regards them as an extension of X": the object is it (but "enjoyed cover as a partner": the subject)
                return self._children(verb, PASSIVE_SUBJ) or [c for c in self._children(verb, ("dobj",))
                                                               if self.mentions_of(res, c)]
            return self._children(verb, PASSIVE_SUBJ) or self._subject_tokens(verb)[0]
        return []

    def _agent_noun_arguments(self, res: Resolution, noun: Token, sense: Sense):
        shared = []  # "X, the affiliate army of Y", "a proxy militia of Z": the noun it qualifies carries both sides
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not any(m.kind == "name" for m in res.at(noun.head.i)) \
                and not self._pobjs(noun, sense.preps) and noun.head.dep_ == "appos":
            shared = self._pobjs(noun.head, sense.preps)
        nxt = noun.i + 1
        if nxt < len(res.doc) and not shared and any(m.start == nxt and m.kind != "demonym" for m in res.at(nxt)):
            return  # "Maduro ally Cuba": the surface pattern reads it; parses of it vary
        user = self._employing_verb(noun) if sense.inverse else None
        if user is not None:  # "X uses Y as a proxy", "Y, which X has used as proxies", "Y, used by X as a proxy"
            held, users = self._employed(res, user)
            yield from self._pairs([m for t in held for m in self.mentions_of(res, t)],
                                   [m for t in users for m in self.mentions_of(res, t)], 0.65, sense, res, noun)
            return
        subj_toks = self._copula_subject(res, noun)
        if not subj_toks and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.cues["copulas"]:
            subj_toks = self._children(noun.head, ("attr",))  # "Syria's closest ally is Iran", "its members are X and Y"
        if noun.dep_ == "appos":
            subj_toks = subj_toks or [noun.head]
        subj_toks += [c for c in noun.children if c.dep_ == "appos"]
        if sense.type == "MEMBER_OF" and not subj_toks:
            subj_toks = self._members_apposed_to_whole(res, noun, sense)
        if noun.i + 1 < len(res.doc) and res.tokens[noun.i + 1].text == ",":  # "Assad's allies, Russia and Iran" read as a list
            subj_toks += [c for c in noun.children if c.dep_ == "conj" and c.i == noun.i + 2]
            if not subj_toks and any(c.dep_ == "poss" for c in noun.children):
                # "X and its armed wing, the Y Brigades,", "X and its backers, the militant Z," read as a list
                k = noun.i + 2
                while k < min(noun.i + 5, len(res.doc)) and res.tokens[k].pos_ in ("DET", "ADJ"):
                    k += 1
                subj_toks += [res.tokens[m.head] for m in res.at(k) if m.start == k and m.kind == "name"
                              and m.type in ("Group", "Organization", "State", "Person")]
        if noun.dep_ in ("compound", "nmod") and res.at(noun.head.i):
            subj_toks.append(noun.head)
        if shared:
            subj_toks.append(noun.head.head)
        mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
                and any(m.kind != "demonym" and m.head != noun.i and not (m.type in ("State", "Place") and m.kind == "name"
                                                                          and any(p.dep_ == "poss" for p in noun.children))
                        for m in res.at(c.i))]  # ("al-Qaida's Syria affiliate" is in Syria, not Syria)
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if poss and mods and not subj_toks:  # "Cuba's Andean allies": the modifier is the agent
            subj_toks, mods = mods, []
        if (poss or self._pobjs(noun, sense.preps)) and sense.type in ("BACKS", "ALLY_OF", "OPPOSES"):
            # the other side is given, so the rest names the agents: "his French and German
            # allies", "her backers in Paris", "its partners such as Chile", "allies including X"
            demonyms = [t for c in noun.children if c.dep_ in ("amod", "compound") for t in (c, *c.conjuncts)
                        if any(m.kind == "demonym" for m in res.at(t.i))]
            if not subj_toks:  # "X, the Chilean partner of Y" is X, not Chile
                subj_toks += demonyms
            setting = res.setting_state()  # "his allies in Iran" are Iran; "the US's allies in Syria", where the war is, are there
            group_side = any(m.type == "Group" for t in poss for m in self.mentions_of(res, t))
            # a group's "allies in Lebanon" are people there, not the state (its "backers in Tehran" are Iran's government)
            subj_toks += [t for t in self._pobjs(noun, ("in",)) if not any(
                m.type == "State" and m.kind == "name" and (m.id == setting or group_side) for m in res.at(t.i))]
            subj_toks += self._pobjs(noun, ("including",)) + self._such_as(noun)
        elif not poss and sense.type in ("BACKS", "ALLY_OF", "OPPOSES") and noun.tag in self.plural_tags and any(
                c.dep_ == "amod" and any(m.kind == "demonym" for m in res.at(c.i)) for c in noun.children) and (
                    self._pobjs(noun, ("including",)) or self._such_as(noun)):
            # "Iranian proxies, including Hezbollah", "Russian allies such as Belarus": the demonym is the other side
            subj_toks += self._pobjs(noun, ("including",)) + self._such_as(noun)
        elif noun.dep_ == "conj" and sense.type in ("ALLY_OF", "BACKS") and sense.kind == "agent" and not sense.inverse \
                and noun.tag in self.plural_tags and self.mentions_of(res, noun.head) and (
                    self._pobjs(noun, ("including",)) or self._such_as(noun)):
            # "the US and key allies such as Britain", "Russia and partners including Iran": the first conjunct's
            poss = [noun.head]
            subj_toks += self._pobjs(noun, ("including",)) + self._such_as(noun)
        elif noun.dep_ == "dobj" and (noun.head.lemma_.lower() in self.cues["have_verbs"] or sense.type == "ALLY_OF"
                                      and noun.head.pos_ == "VERB" and sense.kind == "agent"):
            # "Norway has allies such as X": the holder is the other side; so is whoever acts on
            # allies no one else owns ("Norway reassured allies such as X", "abandoned its partners")
            poss = self._subject_tokens(noun.head)[0]
            if not any(self.mentions_of(res, t) for t in poss):  # "the French withdrawal unsettled allies such as X": its owner's
                poss = [c for t in poss for c in t.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                        and any(m.type in ("State", "Group", "Organization", "Person") for m in res.at(c.i))]
            subj_toks += self._pobjs(noun, ("in", "including")) + self._such_as(noun)
        if noun.dep_ == "conj" and self._pobjs(noun, sense.preps) and any(
                c.dep_ == "amod" and c.lower_ in self.cues["other_words"] for c in noun.children):
            # "X and other allies of Y", "X, Z and fellow members of Y": the conjuncts before are ones too
            subj_toks += [t for t in (noun.head, *noun.head.conjuncts) if t.i < noun.i and t not in subj_toks]
        last_conjunct = noun.head if noun.dep_ == "appos" and noun.head.dep_ == "conj" and any(
            c.dep_ == "det" for c in noun.children) and any(m.kind == "name" for m in res.at(noun.head.i)) else None
        # ("X and Y, an affiliate of Z,": the apposition on the last of a list is that one's alone)
        subjects = [m for t in subj_toks for m in (self._mentions_of_one(res, t, 0) if last_conjunct is not None and t.i == last_conjunct.i
                                                   else self.mentions_of(res, t))]
        if not subjects:  # "America's Kurdish allies": the noun names its own group
            subjects = [m for m in res.at(noun.i) if m.head == noun.i and m.kind == "descriptor" and m.type == "Group"]
        if sense.subject_types and subjects and not any(m.type in sense.subject_types for m in subjects):
            subjects = self._body_before(res, noun, sense) or subjects
        obj_toks = self._pobjs(noun, sense.preps) + poss + mods + shared
        objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and sense.type == "ALLY_OF":  # "partners in the Saudi-led coalition": of its leader
            objects = [m for p in self._pobjs(noun, ("in",)) for c in p.children
                       if c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in self.cues["lead_verbs"]
                       for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                       for m in res.at(g.i) if m.type in ACTOR_TYPES]
            subj_ids = {m.id for m in subjects}
            objects = [m for m in objects if m.id not in subj_ids]
        if not objects and sense.type in ("BACKS", "ALLY_OF", "OPPOSES"):  # "the chief Brazilian partner", "a key Russian ally"
            objects = [m for c in noun.children if c.dep_ == "amod" for m in res.at(c.i) if m.kind == "demonym"]
        if sense.type == "ALLY_OF" and not objects and len(subjects) > 1:
            yield from self._pairs(subjects, [], 0.6, sense, res, noun)  # "Russia and Iran are allies"
            return
        if sense.type == "OPPOSES" and not objects and len(subjects) > 1 and noun.tag in self.plural_tags:
            # "Peru and Chile are old rivals", "X and Y, two sworn enemies,": each opposes the other
            for i, a in enumerate(subjects):
                for b in subjects[i + 1:]:
                    if a.id != b.id:
                        yield a, b, 0.6
                        yield b, a, 0.6
            return
        yield from self._pairs(subjects, objects, 0.7, sense, res, noun)

    @staticmethod
    def _body_before(res: Resolution, noun: Token, sense: Sense) -> list[M]:
        """"X, head of the Y Council, the political wing of Z": a description of a kind the parsed
        subject (a person) cannot be, set off right after a named body, describes that body."""
        if noun.dep_ not in ("appos", "attr"):
            return []
        k = noun.left_edge.i - 1
        if k < 1 or res.tokens[k].text not in (",", "–", "—", "-"):
            return []
        return [m for m in res.at(k - 1) if m.end == k and m.kind == "name" and m.type in sense.subject_types]

    def _members_apposed_to_whole(self, res: Resolution, noun: Token, sense: Sense) -> list[Token]:
        """"three members of the Arab League – Egypt, Jordan and Qatar –": the list the parser hung
        on the whole instead of on "members" names the members (other named actors only: not "members
        of Hezbollah, the Lebanese movement", which is Hezbollah again)."""
        out = []
        for whole in self._pobjs(noun, sense.preps):
            ids = {m.id for m in res.at(whole.i) if m.kind == "name" and m.type in ("Organization", "Group")}
            if not ids:
                continue
            out += [c for c in whole.children if c.dep_ == "appos" and c.i > whole.i and any(
                m.kind == "name" and m.type in ("State", "Group") and m.id not in ids for m in res.at(c.i))]
        return out

    def _perpetrators(self, anchor: Token) -> tuple[list[Token], float]:
        """Who did an act named by a noun in "X was behind the bombing", "X, which was behind a
        series of killings", "X claimed responsibility for the attack", "X was blamed for the raid",
        "Y blamed X for the raid"."""
        prep = anchor.head
        verb = prep.head
        if prep.lower_ == "behind" and verb.lemma_ in self.cues["copulas"]:
            toks, pen = self._subject_tokens(verb)
            return toks, pen + 0.05
        if prep.lower_ != "for":
            return [], 0.0
        if verb.lemma_.lower() in self.cues["responsible_words"] and verb.pos_ == "ADJ":
            if verb.dep_ == "acomp":  # "X is responsible for the attack"
                toks, pen = self._subject_tokens(verb.head)
                return toks, pen + 0.05
            noun = verb.head  # "the gunman responsible for the raid", "X, the group responsible for it"
            if noun.dep_ == "attr" and noun.head.lemma_ in self.cues["copulas"]:
                return self._children(noun.head, SUBJ), 0.05
            return [noun], 0.05
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in self.cues["responsibility_nouns"] and verb.dep_ == "dobj":
            toks, pen = self._subject_tokens(verb.head)  # "claimed responsibility for"
            return toks, pen + 0.05
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.cues["blame_verbs"]:
            if self._is_passive(verb):
                return self._children(verb, PASSIVE_SUBJ), 0.1  # "X was blamed for the raid"
            return self._children(verb, ("dobj",)), 0.1  # "Y blamed X for the raid"
        return [], 0.0

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

    def _backed_with(self, anchor: Token, noun: Token, sense: Sense) -> list[Token] | None:
        """Who acts with the backing an event noun names ("Rebels, with Turkish backing, took the
        town", "X advanced with the support of Y", "with help from Y, X ..."): the subject of the
        clause the "with" phrase qualifies, or the subject noun it hangs on. None when the noun
        is not had "with" (cues ``with_backing_nouns``) or names whom it backs ("with its support
        for X")."""
        head = anchor.head
        if anchor.dep_ != "pobj" or head.lower_ != "with" or not self._word_in(noun, self.cues["with_backing_nouns"]) \
                or self._pobjs(noun, tuple(p for p in sense.preps if p != "of")) \
                or self._children(noun, ("poss",)) and self._pobjs(noun, ("of",)):
            return None  # ("with its backing of the rebels": the owner backs, "of" names whom)
        if head.head.pos_ in ("VERB", "AUX"):
            return self._subject_tokens(head.head)[0]
        return [head.head] if head.head.dep_ in ("nsubj", "nsubjpass") else None

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
        if noun.tag_ == "VBZ":  # "US airstrikes on Isis killed ..." tagged as "US airstrikes (verb) on Isis"
            subj_toks += [c for c in noun.children if c.dep_ == "nsubj" and c.i == noun.i - 1]
        place_mods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and sense.type == "FIGHTS"
                      and any(m.type == "Place" and m.head == c.i for m in res.at(c.i))]  # "the Cusco offensive": the target
        subj_toks += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c not in place_mods
                      and any(m.head != noun.i for m in res.at(c.i))  # not the event's own name
                      and not (c.i >= 2 and res.tokens[c.i - 1].text == "-" and res.tokens[c.i - 2].lower_ in ("post", "pre", "ex"))]
        subj_toks += self._pobjs(noun, ("by", "from") if sense.type in ("BACKS", "OPPOSES") and not sense.poss_object else ("by",))
        # ("support from X" is X's; "the removal of Y from X" is Y taken out of X)
        for c in noun.children:  # "the raid launched by militiamen"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                subj_toks += self._pobjs(c, ("by",))
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in ("led", "backed", "sponsored", "waged", "launched"):
                # "the US-led fight against X": the leader does it
                subj_toks += [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and res.at(g.i)]
        obj_toks = self._pobjs(noun, sense.preps) + place_mods
        named = next((m for m in res.at(noun.i) if m.type == "Event" and m.head == noun.i), None)
        if named is not None and sense.type == "FIGHTS":  # "Russia's war in Ukraine": a war's name holds its sides
            obj_toks += [p for p in self._pobjs(noun, ("in",)) if named.start <= p.i < named.end]
        if sense.poss_object:  # "Assad's removal": the possessive is removed
            obj_toks += [c for c in noun.children if c.dep_ == "poss"]
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and noun.dep_ == "dobj" and not any(
                    self._word_in(noun.head, self.cues[k]) for k in ("mandative_verbs", "request_verbs", "appeal_verbs")):
                return  # "X announced his resignation", "offered her departure": one's own; "Y demanded his resignation"
        anchor = self._anchor(noun)
        vanguard = self._vanguard(anchor) if sense.type == "FIGHTS" else None
        if vanguard is not None:  # "X is at the forefront of the fight against Y": X fights Y
            anchor = vanguard
        head = anchor.head
        prepared = anchor.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in self.cues["preparation_verbs"]
        if prepared:
            anchor, head = head, head.head  # "X is preparing for an offensive against Y": X's own, still to come
        light = prepared or anchor.dep_ in ("dobj", "nsubjpass") and (head.lemma_.lower() in self.lex.light_verbs or sense.type == "FIGHTS"
                                                           and head.lemma_.lower() in self.cues["contest_verbs"])
        # (a fight is waged by who wins or loses it: "X lost the battle with Y"; not support: "X lost Y's backing")
        of_doers = []
        if "of" not in sense.preps and sense.type in ("FIGHTS", "OPPOSES", "BACKS"):
            of_doers = self._pobjs(noun, ("of",))  # "the push of the alliance against X"
            if not obj_toks:  # the target hung on the doer by the parser
                obj_toks = [x for p in of_doers for x in self._pobjs(p, sense.preps)]
            if not obj_toks:
                of_doers = []
        if not obj_toks and sense.type in ("FIGHTS", "OPPOSES", "BACKS"):  # "an assault by X on Y": the target hung on the doer
            obj_toks = [x for p in self._pobjs(noun, ("by",)) for x in self._pobjs(p, sense.preps)]
        if subj_toks and sense.type == "FIGHTS" and anchor.dep_ == "pobj" and head.lower_ in ("in", "during") \
                and self._word_in(head.head, self.cues["casualty_verbs"]):
            obj_toks = obj_toks + self._children(head.head, ("nsubjpass", "nsubj"))
            # "X fighters were killed in a Y strike (on Z)": Y hit X (and Z)
        if of_doers and light and not subj_toks:  # "Y led the push of the alliance against X": both do it
            subj_toks = of_doers + self._subject_tokens(head)[0]
        elif of_doers:
            subj_toks = subj_toks + of_doers
        elicited = self._elicited(res, noun, head, sense) if sense.type in ("OPPOSES", "BACKS") and anchor is noun \
            and not subj_toks and not (sense.type == "BACKS" and self._word_in(head, self.cues["receive_verbs"])) else None
        if elicited is not None and elicited[0]:  # "X's decision drew condemnation from Y", "a move that drew the ire of Y"
            yield from self._pairs(*elicited, conf - 0.1, sense, res, noun)
            return
        backed = self._backed_with(anchor, noun, sense) if sense.type == "BACKS" else None
        if backed is not None:  # "Rebels, with Turkish backing, took the town", "advanced with support from X"
            givers = subj_toks + self._pobjs(noun, ("of",))
            yield from self._pairs([m for t in givers for m in self.mentions_of(res, t)],
                                   [m for t in backed for m in self.mentions_of(res, t)], conf - 0.1, sense, res, noun)
            return
        owned_feeling = sense.needs_light and any(c.dep_ == "poss" for c in subj_toks) and (
            noun.lower_ in self.cues["owned_feeling_nouns"] or noun.lemma_.lower() in self.cues["owned_feeling_nouns"])
        if sense.needs_light and not light and not owned_feeling \
                and not (sense.type == "ALLY_OF" and anchor.dep_ == "pobj" and head.lower_ == "in"):
            return  # ("acted in coordination with X", "in close cooperation with X": the manner of a joint act)
        receiver = self._receiver(anchor) if sense.type == "BACKS" else None
        if receiver is not None:  # "received support from X", "relies on the backing of X", "turned to X for help"
            givers = subj_toks + self._pobjs(noun, ("of",)) + self._pobjs(receiver, ("from", "to"))
            recv_toks, pen = self._subject_tokens(receiver)
            yield from self._pairs([m for t in givers for m in self.mentions_of(res, t)],
                                   [m for t in recv_toks for m in self.mentions_of(res, t)], conf - pen, sense, res, noun)
            return
        if not subj_toks and light:
            subj_toks, pen = self._subject_tokens(head)
            if not subj_toks and anchor.dep_ == "nsubjpass":  # "the battle against X was led by Y"
                subj_toks = self._agent_tokens(head)
            conf -= pen
            obj_toks += self._pobjs(head, sense.preps)
            if sense.type == "BACKS" and not obj_toks:
                obj_toks += [c for c in head.children if c.dep_ == "dative"]
        elif not subj_toks and anchor.dep_ == "pobj" and (
                sense.poss_object and (head.lower_ in ("to", "for") or head.lower_ == "on" and self._word_in(
                    head.head, self.cues["mandative_verbs"]))  # "pushed for X's departure", "insisted on Y's removal"
                or sense.type == "MET_WITH" or sense.type == "FIGHTS" and (head.lower_ in ("with", "in", "during", "through")
                                                                         or vanguard is not None)
                or sense.type in ("BACKS", "OPPOSES") and head.lower_ in ("in", "as")  # "in a show of support for X"
                or sense.type == "ALLY_OF" and head.lower_ == "in"):  # "worked in partnership with X"
            verb = head.head  # "commented after a meeting with X", "kept up the campaign against X"
            for _ in range(2):  # "took severe casualties in battles against X"
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subj_toks, pen = self._subject_tokens(verb)
                agents = self._pobjs(verb, ("by",)) if self._is_passive(verb) else []
                if agents:  # "was published by X in partnership with Y": the doer is the agent, not the thing done
                    subj_toks, pen = agents, 0.0
                if not subj_toks and head.lower_ in ("in", "during") and (
                        sense.type in ("FIGHTS", "MET_WITH") or sense.type == "OPPOSES" and "with" in sense.preps):
                    subj_toks = self._children(verb, PASSIVE_SUBJ)  # "X has been involved in a war against Y"
                    # ("X is locked in a feud with Y", "embroiled in a row with Y")
                conf -= 0.1 + pen
        if not obj_toks and subj_toks and sense.type in ("OPPOSES", "BACKS") and anchor.dep_ == "pobj" \
                and head.lower_ in self.cues["concessive_preps"]:
            # "X raised rates despite criticism from Y", "X pressed on amid support from Y": it is aimed at X
            verb = head.head
            for _ in range(2):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                obj_toks = self._subject_tokens(verb)[0]
                conf -= 0.1
                if obj_toks and any(t.dep_ == "poss" and t.pos_ == "PRON" and t.i < min(o.i for o in obj_toks) for t in subj_toks):
                    obj_toks = []  # "Despite their protests, X and Y ...": X's and Y's own (coreference)
        if not obj_toks and sense.type == "CALLED_ON":  # "his demand that Germany repatriate its citizens"
            obj_toks = [x for c in noun.children if c.pos_ in ("VERB", "AUX") and (c.dep_ in ("acl", "ccomp") or c.dep_ in (
                        "relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("for", "that") for m in c.children))
                        for x in self._children(c, SUBJ)]  # "his call for X to stop", "the demand that X leave"
        if not obj_toks and anchor.dep_ in ("nsubj", "dobj") and head.pos_ in ("VERB", "AUX") \
                and (light or not self._senses(head)):
            # the parser hung the noun's phrase on its verb: "the shelling went on against X",
            # "voiced objections to X"
            obj_toks = [t for t in self._pobjs(head, sense.preps) if t.i > noun.i]
            conf -= 0.1
        up = head.head if anchor.dep_ == "pobj" and head.dep_ == "prep" else None
        for _ in range(2):  # "counted on loans during their feud with X": past the noun the phrase hangs on
            if up is None or up.pos_ in ("VERB", "AUX") or up.dep_ not in ("pobj", "dobj") or up.head.dep_ not in ("prep", "ROOT") \
                    and up.dep_ == "pobj":
                break
            up = up.head.head if up.dep_ == "pobj" else up.head
        if not obj_toks and up is not None and up.pos_ in ("VERB", "AUX"):
            # the same, a phrase or two down: "resigned in protest at X's policy", "left in anger at X"
            taken = {p for s_ in self._senses(up) for p in s_.preps}  # the verb's own objects are its own
            obj_toks = [t for t in self._pobjs(up, tuple(p for p in sense.preps if p not in taken)) if t.i > noun.i]
            conf -= 0.1
        if not obj_toks and subj_toks and sense.type == "FIGHTS" and anchor.dep_ == "dobj" \
                and self._word_in(head, self.cues["resist_verbs"]):
            # "Kenya repelled al-Shabaab's attack": the attack was on the one who repels it, who fights back
            defenders = [m for t in self._subject_tokens(head)[0] for m in self.mentions_of(res, t)]
            attackers = [m for t in subj_toks for m in self.mentions_of(res, t)]
            for a in attackers:
                for d in defenders:
                    yield a, d, conf - 0.1
                    yield d, a, conf - 0.1
            return
        if sense.type == "MET_WITH" and (obj_toks or subj_toks):  # "Z hosted talks between X and Y": X met Y
            ms = [m for t in self._pobjs(noun, ("between",)) for m in self.mentions_of(res, t)]
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    if a.id != b.id:
                        yield a, b, conf - 0.1
        if not obj_toks and not subj_toks and sense.type in ("MET_WITH", "FIGHTS", "OPPOSES", "ALLY_OF"):
            # "talks between X and Y", "clashes between X and Y"
            between = self._pobjs(noun, ("between", "among"))
            if not between and anchor.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
                between = self._pobjs(head, ("between", "among"))  # "fighting broke out between X and Y"
            if noun.lemma_.lower() in self.cues["mutual_fight_nouns"]:  # "the rivalry of Chile and Peru"
                between += [p for p in self._pobjs(noun, ("of",)) if p.conjuncts]
            for a, b in self._between_pairs(res, between):
                yield a, b, conf
                if sense.type not in SYMMETRIC:
                    yield b, a, conf
        if not subj_toks and anchor.dep_ == "pobj" and sense.type in ("FIGHTS", "OPPOSES"):
            subj_toks, pen = self._perpetrators(anchor)  # "X was behind the attack", "X claimed responsibility for it"
            conf -= pen
        if sense.type == "FIGHTS" and anchor.dep_ == "pobj" and head.lower_ == "in":
            # "X, a partner in the campaign against Y", "allies of Z in the war on Y", "X, which Z uses as a proxy
            # in the fight against Y": X fights Y too, and so does Z
            subj_toks = subj_toks + [t for t in self._campaign_sides(res, anchor) if t not in subj_toks]
        if not obj_toks and subj_toks and sense.type in ("FIGHTS", "OPPOSES") and anchor.dep_ == "pobj" and head.lower_ == "of" \
                and self._word_in(head.head, self.cues["target_nouns"]):
            # "X was the target of Y's strikes", "X, the victim of an attack by Y": the act is aimed at X
            aimed = head.head
            obj_toks = self._copula_subject(res, aimed) or ([aimed.head] if aimed.dep_ == "appos" else [])
        subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
        objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
        if not objects and sense.type in ("OPPOSES", "FIGHTS", "BACKS"):  # "sanctions on Russia's shadow fleet"
            objects = self._owner_mentions(res, obj_toks)
        if not objects and subjects and sense.type == "FIGHTS":  # "an offensive on rebel-held towns"
            objects = self._deep_objects(res, obj_toks, through_of=True)
        yield from self._pairs(subjects, objects, conf, sense, res, noun)
