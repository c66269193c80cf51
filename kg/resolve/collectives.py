"""Collectives: state bodies, blocs, community and sponsored groups, rebel and militant families,
plural references."""
from __future__ import annotations

from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Token

from ..types import entity_id, slug
from .mentions import DEFINITE_GROUPS, NUMBERS, M, Resolution, sentences_back

_CONTENT_POS = frozenset((ADJ, NOUN, PROPN))


class Collectives:
    def _modifier_state(self, res: Resolution, noun: Token, date: str | None) -> tuple[str | None, int]:
        """The state a noun belongs to and the leftmost token of the modifier."""
        doc = res.doc
        for child in noun.children:
            if child.i + 2 < len(doc) and res.tokens[child.i + 1].text == "-" and res.tokens[child.i + 2].tag_ == "VBN":
                continue  # "the Cuba-backed guerrillas" are not Iranian
            if child.i >= 2 and res.tokens[child.i - 1].text == "-" and res.tokens[child.i - 2].lower_ in ("pro", "anti"):
                continue  # nor are "pro-Russian separatists" Russian
            if child.dep_ in ("amod", "poss", "compound", "nmod", "npadvmod"):
                for m in res.at(child.i):
                    if m.type == "State":
                        return m.id, m.start
                    if m.type == "Person" and (child.dep_ == "poss" or child.dep_ in ("compound", "amod") and (
                            noun.lower_ in self.cues["leader_bodies"] or noun.lower_ in self.lex.state_bodies)):
                        state = self._leader_state(res, m.id, date)
                        if state:
                            return state, m.start
        for child in noun.children:  # "forces loyal to X", "troops loyal to the government": X's forces
            if child.dep_ == "amod" and child.i == noun.i + 1 and child.lower_ in self.cues["allegiance_adjectives"] \
                    and (noun.lower_ in self.cues["sent_forces"] or noun.lower_ in self.lex.state_bodies):
                # (a state's own forces: "militias loyal to X" are X's proxies, not X)
                for p in (o for g in child.children if g.dep_ == "prep" and g.lower_ == "to"
                          for o in g.children if o.dep_ == "pobj"):
                    body = p.lower_ in self.lex.state_bodies  # "loyal to the Syrian government"
                    for m in [*res.at(p.i), *(m for c in p.children if body and c.dep_ in ("amod", "compound")
                                              for m in res.at(c.i))]:
                        if m.type == "State" and (m.head == p.i or body):
                            return m.id, noun.i
                        if m.type == "Person" and m.head == p.i:
                            state = self._leader_state(res, m.id, date)
                            if state:
                                return state, noun.i
        sent_from = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.i + 1
                     and noun.lower_ in self.cues["sent_forces"] for p in c.children if p.dep_ == "pobj"]
        for p in sent_from + self._delegated_from(noun):  # "troops from Kenya and Uganda": the forces a state sends; "officials of Iran"
            for m in res.at(p.i):
                if m.type == "State" and m.head == p.i:
                    return m.id, noun.i
        for child in noun.children:  # "police in Turkey", "officials in Moscow"
            if child.dep_ == "prep" and child.lower_ == "in" and child.i == noun.i + 1 and noun.lower_ in self.lex.home_bodies:
                for p in child.children:
                    for m in res.at(p.i):
                        if p.dep_ == "pobj" and m.type == "State" and m.end == p.i + 1:
                            return m.id, noun.i
        return None, noun.i

    def _local_state(self, doc: Doc, res: Resolution, tok) -> str | None:
        """The state of the place a sentence puts itself in ("in south-west Turkey", "at a Kenyan
        airport", "in Arica"), the nearest one to ``tok``; a place climbs to its state through the
        catalogue."""
        best, dist = None, None
        for m in res.mentions:
            if m.start < tok.sent.start or m.start >= tok.sent.end or m.type not in ("State", "Place"):
                continue
            head = res.tokens[m.head]
            if head.dep_ in ("appos", "npadvmod", "compound") and head.head.dep_ == "pobj":
                head = head.head  # "in Arica, Chile", "in Silivri, Turkey" (misparsed), "at Manchester airport"
            prep = head.head if head.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in self.cues["locative_preps"]:
                continue
            state = m.id if m.type == "State" else self._state_of_place(m.id)
            if state and (dist is None or abs(m.start - tok.i) < dist):
                best, dist = state, abs(m.start - tok.i)
        return best

    def _state_of_place(self, place_id: str) -> str | None:
        actor = self.cat.get(place_id)
        for _ in range(4):
            if actor is None:
                return None
            if actor.type == "State":
                return actor.id
            actor = self.cat.get(actor.located_in) if actor.located_in else None
        return None

    def _descriptors(self, doc: Doc, res: Resolution, date: str | None, main_state: str | None) -> None:
        family_names: dict[str, tuple[str, str]] = {}  # family -> (id, name) within this article
        named_armed: dict[str, M] = {}  # by family, the last group named with an armed collective ("M23 rebels")
        last_armed: M | None = None
        pending: list[tuple[int, int, str, str]] = []
        community_ids: dict[tuple, tuple[str, str]] = {}
        for tok in res.tokens:
            if res.at(tok.i):
                family = self.lex.collectives.get(tok.lower_)
                named = next((m for m in res.at(tok.i) if m.type == "Group" and m.kind == "name" and m.end == tok.i + 1
                              and m.start < tok.i), None)
                if named is not None and family in self.lex.armed_families:  # a name the catalogue has with its head
                    named_armed[family], last_armed = named, named       # ("M23 rebels")
                continue
            if tok.pos not in _CONTENT_POS:
                continue
            lower = tok.lower_
            two = f"{res.tokens[tok.i - 1].lower_} {lower}" if tok.i > 0 else lower
            # blocs: "Western governments"
            bloc = self.lex.blocs.get(two) or self.lex.blocs.get(f"the {lower}" if lower == "west" else "")
            if bloc and tok.pos_ != "ADJ" and not (tok.i > 0 and res.tokens[tok.i - 1].text == "-"):  # not "north-west"
                res.add(M(tok.i - 1 if two in self.lex.blocs else tok.i, tok.i + 1,
                          entity_id("Organization", bloc), bloc, "Organization", "bloc", tok.i))
                continue
            if tok.pos_ == "ADJ" and lower not in ("rebel", "opposition"):
                continue
            if lower in ("rebel", "opposition") and tok.dep_ in ("amod", "compound") and tok.head.i == tok.i + 1 \
                    and tok.head.lower_ in DEFINITE_GROUPS and tok.head.tag_ == "NN" \
                    and self._definite_group(doc, res, tok.head) and self._named_group_before(doc, res, tok.head):
                continue  # "the rebel group" after a rebel group was named: that one (coreference), not rebels at large
            if lower in DEFINITE_GROUPS and (tok.tag_ == "NN" or lower in self.cues["plural_group_references"]) \
                    and self._definite_group(doc, res, tok) and self._named_group_before(doc, res, tok):
                continue  # "the jihadist group", "the Iran-backed militia", "the militants" after a group was named: that one (coreference)
            if self._community_group(doc, res, tok, community_ids):
                continue
            if self._party_members(res, tok):
                continue
            # state bodies: "the Syrian government", "Assad's forces", "Russian troops"
            if (lower in self.lex.state_bodies or two in self.lex.state_bodies or lower in self.cues["delegate_nouns"]) and (
                    tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower):  # "Turkey's foreign ministry" tagged NNP
                group = self._delegated_group(res, tok)
                if group is not None:  # "officials from the FSA", "representatives of Hamas": theirs
                    res.add(M(tok.i, tok.i + 1, group.id, group.name, group.type, "descriptor", tok.i))
                    continue
                side = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1
                             and c.lower_ in self.lex.collectives), None)
                if side is not None:  # "the opposition delegation", "rebel commanders" belong to that side
                    family = self.lex.collectives[side.lower_]
                    pending.append((side.i, tok.i, family, "opposition" if side.lower_ == "opposition" else family))
                    continue
                state, left = self._modifier_state(res, tok, date)
                if state:
                    actor = self.cat.get(state)
                    name = actor.name if actor else res.names.get(state, (state, "State"))[0]
                    res.add(M(left, tok.i + 1, state, name, "State", "descriptor", tok.i))
                    for c in tok.children:  # "Chilean and Bolivian delegations"
                        if c.dep_ == "amod":
                            for conj in c.conjuncts:
                                for m in list(res.at(conj.i)):
                                    if m.type == "State" and m.id != state and m.kind == "demonym":
                                        res.add(M(m.start, m.end, m.id, m.name, "State", "descriptor", tok.i))
                        if c.dep_ == "prep" and c.lower_ == "from" and left == tok.i:  # "troops from X and Y"
                            for p in c.children:
                                for conj in (p.conjuncts if p.dep_ == "pobj" else ()):
                                    for m in list(res.at(conj.i)):
                                        if m.type == "State" and m.id != state and m.head == conj.i:
                                            res.add(M(tok.i, tok.i + 1, m.id, m.name, "State", "descriptor", tok.i))
                    continue
                local = lower in self.lex.local_state_bodies
                if (lower in self.lex.bare_state_bodies or two in self.lex.bare_state_bodies or local) \
                        and not any(c.dep_ in ("poss", "amod", "compound") and res.at(c.i) for c in tok.children):
                    # "was visiting Chile when the authorities detained her": the state the sentence
                    # places the act in, else the article's own (police and courts: only a named place's)
                    placed = local or lower in self.lex.placed_state_bodies  # "the regime" stays the article's
                    state = (self._local_state(doc, res, tok) if placed else None) or (
                        None if local else self._same_body_before(doc, res, tok) or main_state)
                    if state and state in self._sponsor_states(res, tok):
                        state = None  # "Russian-backed regime forces", "regime troops backed by Iranian militias": not theirs
                    if state:
                        actor = self.cat.get(state)
                        left = tok.i - 1 if two in self.lex.bare_state_bodies else tok.i
                        res.add(M(left, tok.i + 1, state, actor.name if actor else state, "State", "descriptor", tok.i))
                        continue
            # titles without a name: "the Syrian leader", "his Turkish counterpart"
            if lower in self.lex.title_words:
                _, end, spec = self._title_at(doc, tok)
                if spec is not None and end == tok.i + 1:
                    self._title_reference(doc, res, tok, date)
                    continue
            if lower in DEFINITE_GROUPS and tok.tag_ == "NN" and tok.i > 0 and res.tokens[tok.i - 1].lower_ == "the" \
                    and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
                continue  # "the militia" is one named before (coreference), not militias at large
            family = self.lex.collectives.get(two) or self.lex.collectives.get(lower)
            if family is None and tok.lemma_.lower() in self.lex.collectives and tok.tag_ in ("NNS", "NNPS"):
                family = self.lex.collectives[tok.lemma_.lower()]
            if family is None:
                continue
            # a named group owns it: "Hamas militants", "Houthi rebels"
            owner = next((m for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                          for m in res.at(c.i) if m.type in ("Group", "Organization") and m.kind == "name"), None)
            if owner is not None and owner.start >= 2 and res.tokens[owner.start - 1].text == "-" \
                    and res.tokens[owner.start - 2].lower_ in ("pro", "anti"):
                continue  # "anti-Isis fighters" fight Isis: no group of theirs, no member of it
            if owner is None:  # "fighters loyal to the Islamic State group", "fighters from JNIM"
                owner = next((m for c in tok.children for p in ([c] if c.dep_ == "prep" and c.lower_ in ("from", "of")
                              else [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"] if c.lower_ in self.cues["allegiance_adjectives"] else [])
                              for o in p.children if o.dep_ == "pobj" for m in res.at(o.i)
                              if m.type in ("Group", "Organization") and m.kind == "name"), None)
                if owner:
                    res.add(M(tok.i, tok.i + 1, owner.id, owner.name, owner.type, "descriptor", tok.i))
                    continue
            if owner:
                res.add(M(owner.start, tok.i + 1, owner.id, owner.name, owner.type, "descriptor", tok.i))
                if family in self.lex.armed_families:
                    named_armed[family], last_armed = owner, owner
                continue
            state, left = self._modifier_state(res, tok, date)
            # "the rebels" after "M23 rebels": the group the article already named so; a plain "the
            # fighters" after any of them (but "rebels" after "Isis militants" are other people)
            armed = named_armed.get(family) or (last_armed if lower in self.cues["generic_fighters"] else None)
            if state is None and armed is not None and family in self.lex.armed_families and lower != "opposition" \
                    and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                res.add(M(tok.i, tok.i + 1, armed.id, armed.name, armed.type, "descriptor", tok.i))
                continue
            jihadist = self._last_jihadist(res, tok) if state is None and (
                lower in self.cues["jihadist_heads"] or two in self.cues["jihadist_heads"]) else None
            if jihadist is not None and not any(c.dep_ in ("compound", "poss") or c.dep_ == "amod" and res.at(c.i)
                                                for c in tok.children):
                # "the jihadists", "diehard extremists" after Isis was named: Isis
                res.add(M(tok.i, tok.i + 1, jihadist.id, jihadist.name, jihadist.type, "descriptor", tok.i))
                continue
            left = min(left, tok.i - 1) if tok.i > 0 and two in self.lex.collectives else left
            adjectives = [c.i for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and not res.at(c.i)
                          and c.tag_ != "VBN" and not (c.i + 1 < tok.i and res.tokens[c.i + 1].text == "-")]
            left = min([left] + adjectives)
            if res.tokens[left].text == "-" and left > 0 and res.tokens[left - 1].lower_ in ("pro", "anti"):
                left -= 1  # "pro-Russian separatists"
            label = "opposition" if "opposition" in (two if two in self.lex.collectives else lower) else family
            pending.append((left, tok.i, family, label))
            if state and family not in family_names:
                dem = self.cat.demonym_of(state) or res.names.get(state, ("", ""))[0]
                name = f"{dem} {label}".strip()
                family_names[family] = (entity_id("Group", name), name)
        plain = {family for _, _, family, label in pending if label == family}
        if pending:  # the country the article's places lie in names its rebels before the state it names most
            # ("Russian jets pounded rebel-held areas of Idlib": Syria's rebels)
            counts: dict[str, int] = {}
            for m in res.mentions:
                if m.type == "Place" and m.kind == "name":
                    st = self._state_of_place(m.id)
                    if st:
                        counts[st] = counts.get(st, 0) + 1
            placed = max(counts, key=counts.get) if counts else None  # (the country its places are in is theirs)
            if placed is not None and (main_state is None or counts[placed] >= 2 and self._named_state(res, placed) or not any(
                    m.id == main_state and m.kind in ("name", "capital") for m in res.mentions)):
                main_state = placed
            named = [m for m in res.mentions if m.id == main_state]
            heads = {i for _, i, _, _ in pending}
            if named and all(self._backer_mention(doc, m) or main_state != placed and (
                    self._acts_on(doc, m, heads) or self._owns_act_on(doc, m, heads)
                    or self._owns_what_they_face(doc, res, m, heads)) for m in named):
                # "the rebels took the town with Turkish backing", "Turkey armed the rebels": not Turkey's rebels,
                # but those of the country the article's places are in, if any
                main_state = placed if placed != main_state else None
        for left, i, family, label in pending:
            if family in plain:
                label = family  # "the rebels ... opposition groups": one node named by the family, "Syrian rebels"
            if family not in family_names:
                # a bare "the rebels" are the article's country's; bare "militants" or "militias" may be anyone's
                dem = self.cat.demonym_of(main_state) if main_state and family in self.lex.state_named_families else None
                name = f"{dem} {label}" if dem else label
                family_names[family] = (entity_id("Group", name), name)
            gid, name = family_names[family]
            res.add(M(left, i + 1, gid, name, "Group", "descriptor", i))

    def _sponsor_states(self, res: Resolution, tok: Token) -> set[str]:
        """The states named as the backers or allies of the noun phrase ``tok`` heads or modifies
        ("Russian-backed regime forces", "regime troops backed by Iranian militias"): participles of
        backing and alliance verbs of the lexicon on the phrase's head, and what they hang."""
        head = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
        out: set[str] = set()
        for c in head.children:
            if c.tag_ != "VBN" or c.dep_ not in ("amod", "acl") or not any(
                    sense.type in ("BACKS", "ALLY_OF") for sense in self.lex.verbs.get(c.lemma_.lower(), ())):
                continue
            out.update(m.id for t in c.subtree if t.i != c.i for m in res.at(t.i) if m.type == "State")
        return out

    def _backer_mention(self, doc: Doc, m: M) -> bool:
        """Whether a state's mention names it only as someone's backer: "with Turkish backing",
        "Iran's support", "Turkish-backed rebels" (cues ``with_backing_nouns``, sponsor participles)."""
        last = doc[m.end - 1]
        if last.dep_ in ("amod", "compound", "poss") and last.head.lower_ in self.cues["with_backing_nouns"]:
            return True
        if last.dep_ == "pobj" and last.head.lower_ in ("of", "from") and last.head.head.lower_ in self.cues["with_backing_nouns"]:
            return True  # "with the support of Turkey", "with help from Iran"
        return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in self.lex.sponsor_participles

    @staticmethod
    def _acts_on(doc: Doc, m: M, heads: set[int]) -> bool:
        """Whether a state's mention is the subject of a clause whose object is one of the bare
        collectives at ``heads``, or the agent of a passive they are the subject of: "Turkey armed
        the rebels", "Turkish troops fought the rebels", "the rebels were armed by Turkey" - an actor
        facing them, not their country (but rebels who shell a state's capital are often its own)."""
        tok = doc[m.end - 1]
        while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i != tok.i:
            tok = tok.head  # "Turkish troops": the phrase the state's word is in
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "the rebels were armed by Turkey"
            return any(t.i in heads for c in tok.head.head.children if c.dep_ == "nsubjpass" for t in (c, *c.conjuncts))
        if tok.dep_ != "nsubj":
            return False
        verb = tok.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(t.i in heads for o in objects for t in (o, *o.conjuncts))

    def _delegated_group(self, res: Resolution, noun: Token) -> M | None:
        """The named group or organisation a delegate noun is 'from' or 'of' ("officials from the
        FSA", "negotiators of the Syrian Negotiation Commission"), if any."""
        if noun.lower_ not in self.cues["delegate_nouns"] or any(c.dep_ in ("poss", "amod", "compound") and res.at(c.i)
                                                                  for c in noun.children):
            return None
        return next((m for p in self._delegated_from(noun) for m in res.at(p.i)
                     if m.head == p.i and m.kind == "name" and m.type in ("Group", "Organization")), None)

    def _delegated_from(self, noun: Token) -> list[Token]:
        """The objects of the "from" or "of" right after a delegate noun ("officials from X", "envoys of Y")."""
        if noun.lower_ not in self.cues["delegate_nouns"]:
            return []
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i == noun.i + 1
                for p in c.children if p.dep_ == "pobj"]

    @staticmethod
    def _owned_by(doc: Doc, m: M) -> Token | None:
        """The noun a mention modifies or owns ("Russian airstrikes", "Iran's plan"), if any."""
        tok = doc[m.end - 1]
        if tok.dep_ not in ("amod", "poss", "compound", "nmod") or tok.head.i == tok.i:
            return None
        return tok.head

    def _owns_act_on(self, doc: Doc, m: M, heads: set[int]) -> bool:
        """Whether a state's mention owns an act noun aimed at the bare collectives at ``heads``:
        "Russian airstrikes on rebel positions", "Turkey's offensive against the militants" - the
        attacker, not their country."""
        act = self._owned_by(doc, m)
        if act is None or not any(s_.kind == "event" and s_.type in ("FIGHTS", "OPPOSES", "BACKS")
                   for s_ in self.lex.nouns.get(act.lemma_.lower(), ()) or self.lex.nouns.get(act.lower_, ())):
            return False
        for prep in act.children:
            if prep.dep_ == "prep":
                for p in prep.children:
                    if p.dep_ == "pobj" and (p.i in heads or any(c.i in heads for c in p.children
                                                                 if c.dep_ in ("amod", "compound"))):
                        return True
        return False

    @staticmethod
    def _owns_what_they_face(doc: Doc, res: Resolution, m: M, heads: set[int]) -> bool:
        """Whether a state's mention only owns a thing the bare collectives at ``heads`` act on:
        "the opposition rejected the Russian proposal", "rebels denounced Iran's plan" - a proposal's
        author facing them, not their country (but "rebels attacked Turkish troops": an actor noun,
        left to the other tests)."""
        thing = Collectives._owned_by(doc, m)
        if thing is None or thing.pos_ != "NOUN" or any(x.type in ("State", "Group", "Organization", "Person") for x in res.at(thing.i)):
            return False
        if thing.dep_ == "pobj" and thing.head.dep_ == "prep":
            verb = thing.head.head
        elif thing.dep_ == "dobj":
            verb = thing.head
        else:
            return False
        return verb.pos_ == "VERB" and any(t.i in heads for c in verb.children if c.dep_ == "nsubj"
                                           for t in (c, *c.conjuncts))

    @staticmethod
    def _named_state(res: Resolution, state: str) -> bool:
        """Whether the article names a state itself (by name, capital or demonym), not only places in it."""
        return any(m.id == state and m.kind in ("name", "capital", "demonym") for m in res.mentions)

    @staticmethod
    def _same_body_before(doc: Doc, res: Resolution, tok: Token) -> str | None:
        """The state of the last body named by the same noun before a bare "the administration",
        "the regime" ("the Trump administration ... the administration": the US, whatever state
        the article names most)."""
        if not (tok.i > 0 and res.tokens[tok.i - 1].lower_ == "the" and res.tokens[tok.i - 1].head.i == tok.i):
            return None
        before = [m for m in res.mentions if m.type == "State" and m.kind == "descriptor" and m.start < tok.i
                  and m.head != tok.i and res.tokens[m.head].lower_ == tok.lower_]
        return max(before, key=lambda m: m.start).id if before else None

    def _named_group_before(self, doc: Doc, res: Resolution, tok: Token) -> bool:
        """Whether a group the catalogue knows was named in this or the last two sentences before ``tok``."""
        back = sentences_back(doc, tok.i, 2)
        return any(m.type == "Group" and m.kind == "name" and back <= m.start and m.end <= tok.i
                   and self.cat.get(m.id) is not None for m in res.mentions)

    def _last_jihadist(self, res: Resolution, tok: Token) -> M | None:
        """The jihadist group (a catalogue flag) named last before ``tok``, if any."""
        named = [m for m in res.mentions if m.type == "Group" and m.kind == "name" and m.end <= tok.i]
        for m in sorted(named, key=lambda m: m.start, reverse=True):
            actor = self.cat.get(m.id)
            if actor is not None and actor.jihadist:
                return m
        return None

    def _party_members(self, res: Resolution, tok: Token) -> bool:
        """"Republican senators", "Labour MPs", "Tory grandees": a party's members stand for the
        party the catalogue knows by that word."""
        if tok.lower_ not in self.cues["party_member_nouns"] or tok.pos_ != "NOUN":
            return False
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper() and not res.at(c.i):
                party = self.cat.find(f"{c.text} Party", ("Group",)) or self.cat.find(c.text, ("Group",))
                if party is not None and any(n.lower().endswith("party") for n in (party.name, *party.aliases)):
                    res.add(M(c.i, tok.i + 1, party.id, party.name, party.type, "descriptor", tok.i))
                    return True
        return False

    def _community_group(self, doc: Doc, res: Resolution, tok: Token, seen: dict) -> bool:
        """"Kurdish forces", "Iraqi Sunni militias", "US-backed fighters", "pro-government
        forces": a collective head with a community word, or with a sponsor and no owning
        state, names a group; the same words name the same group within the article. A plural
        community noun is one too: "the Syrian Kurds", "Iraq's Sunnis"."""
        plural = tok.tag_ in ("NNS", "NNPS") and (tok.lower_ in self.lex.communities or tok.lower_[:-1] in self.lex.communities) \
            and self.lex.collectives.get(tok.lower_) not in self.lex.armed_families  # "the jihadists": an armed group
        if plural and tok.dep_ not in ("compound", "amod"):
            left = tok.i
            while left > tok.left_edge.i and res.tokens[left - 1].pos_ in ("ADJ", "PROPN", "NOUN") and not res.tokens[left - 1].is_punct:
                left -= 1
            named = next((m for t in res.tokens[left:tok.i] for m in res.at(t.i) if m.type in ("Group", "Organization")
                          and m.kind == "name"), None)
            if named is not None:  # "Shabaab jihadists", "Hamas Islamists": that group's
                res.add(M(named.start, tok.i + 1, named.id, named.name, named.type, "descriptor", tok.i))
                return True
            name = doc[left:tok.i + 1].text
            key = ("community", tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_, "people")
            if key not in seen:
                seen[key] = (entity_id("Group", name), name)
            gid, gname = seen[key]
            res.add(M(left, tok.i + 1, gid, gname, "Group", "descriptor", tok.i))
            return True
        if tok.lower_ in self.cues["community_targets"] and tok.pos_ == "NOUN":
            return self._community_targets(doc, res, tok, seen)
        if any(m.start == tok.i + 1 and m.kind == "name" and m.type in ("Group", "Organization") for m in res.at(tok.i + 1)):
            return False  # "the Islamist militant group al-Shabaab": a description of the name that follows
        if tok.lower_ not in self.lex.community_heads or tok.pos_ != "NOUN":
            return False
        left = tok.i  # the contiguous modifiers before the head: "the US-backed Kurdish", not "There,"
        while left > tok.left_edge.i and not res.tokens[left - 1].is_punct or left > tok.left_edge.i and res.tokens[left - 1].text == "-":
            if res.tokens[left - 1].tag_ == "POS" or res.tokens[left - 1].dep_ == "poss":
                break  # "America's Kurdish allies": the possessor is another actor
            if res.tokens[left - 1].pos_ == "CCONJ" and left >= 2 and any(
                    m.kind == "name" and m.type in ("Group", "Organization", "Person") for m in res.at(left - 2)):
                break  # "between the SDF and Turkish-backed rebels": a named actor before "and" is the other side
            left -= 1
        if left == tok.i:
            return False
        while left < tok.i and (res.tokens[left].pos_ in ("DET", "NUM", "PRON", "PUNCT") or res.tokens[left].tag_ == "POS"
                                or res.tokens[left].lower_ in ("strong", "-strong")):
            left += 1  # not "14,000-strong"
        words = [t.lower_ for t in res.tokens[left:tok.i]]
        community = sorted(w.rstrip("s") if w.endswith("ds") else w for w in words if w in self.lex.communities)
        sponsor = [t for t in res.tokens[left:tok.i] if t.lower_ in self.lex.sponsor_participles and t.i > left
                   and res.tokens[t.i - 1].text == "-"] or [t for t in res.tokens[left:tok.i]
                                                      if t.lower_ == "pro" and t.i + 1 < tok.i and res.tokens[t.i + 1].text == "-"]
        if community and tok.lower_ in self.lex.civil_heads and all(w in self.lex.pan_national_words for w in community):
            return False  # "Arab leaders", "Arab officials": people of many states, as "Western leaders" (not "Kurdish leaders")
        if not community:
            if not sponsor:
                return False
            for t in res.tokens[left:tok.i]:
                if t.i >= left + 2 and res.tokens[t.i - 1].text == "-" and res.tokens[t.i - 2].lower_ in ("pro", "anti"):
                    continue  # "pro-government forces" are not the government's own
                if t.lower_ in self.lex.state_bodies or any(
                        m.type == "State" and m.kind in ("demonym", "name") and not (
                            t.i + 1 < tok.i and res.tokens[t.i + 1].text == "-") and not (t.i > 0 and res.tokens[t.i - 1].text == "-")
                        for m in res.at(t.i)) or t.dep_ == "poss":
                    return False  # "Cuba-backed government forces", "Russian-backed Syrian troops" are the state's
        if left >= tok.i:
            return False
        named = self._predicated_name(res, tok)
        if named is not None:  # "X is an Iran-backed militia", "X, one of the Kurdish militias": X
            res.add(M(left, tok.i + 1, named.id, named.name, named.type, "descriptor", tok.i))
            return True
        name = doc[left:tok.i + 1].text
        key = ("community", *community, tok.lemma_.lower()) if community else ("sponsor", name.lower())
        if key not in seen:
            gid = entity_id("Group", name) if community else f"group:{slug(name)}-{res.scope()}"
            seen[key] = (gid, name)
        gid, gname = seen[key]
        res.add(M(left, tok.i + 1, gid, gname, "Group", "descriptor", tok.i))
        return True

    @staticmethod
    def _predicated_name(res: Resolution, tok: Token) -> M | None:
        """The named group a description is said of: "X is an Iran-backed militia", "X is one of
        several Kurdish factions", "X is among the Turkish-backed groups", "X, one of the ..." """
        t = tok
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one":
            t = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
            holders = [c for c in t.head.head.children if c.dep_ == "nsubj"]
        elif t.dep_ == "attr" and t.head.lemma_ == "be":
            holders = [c for c in t.head.children if c.dep_ == "nsubj"]
        elif t.dep_ == "appos" and t.i > t.head.i:
            holders = [t.head]
        else:
            return None
        return next((m for h in holders for m in res.at(h.i) if m.kind == "name" and m.type in ("Group", "Organization")
                     and m.head == h.i), None)

    def _community_targets(self, doc: Doc, res: Resolution, tok: Token, seen: dict) -> bool:
        """"shelled Kurdish positions", "struck Shia militia targets": what a community's fighters
        hold stands for them, the group the article already named by those words ("Kurdish forces")."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        community = sorted(c.lower_ for c in mods if c.lower_ in self.lex.communities)
        if not community or len(community) < len(mods) or any(res.at(c.i) for c in mods):
            return False
        left = min(c.i for c in mods)
        key = next((k for k in seen if k[0] == "community" and list(k[1:-1]) == community), None)
        if key is None:
            return False  # only a group the article has named by those words (the SDF's positions are not a new group's)
        gid, gname = seen[key]
        res.add(M(left, tok.i + 1, gid, gname, "Group", "descriptor", tok.i))
        return True

    # -- plural references ---------------------------------------------------------------------
    @staticmethod
    def _last_list_size(doc: Doc, res: Resolution, tok, kinds) -> int | None:
        """How many actors of ``kinds`` the last list before ``tok`` (this sentence or the one
        before) names: "Chile, Peru and Bolivia ... these countries" is three."""
        sent = res.tokens[tok.i].sent
        first = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for m in sorted(res.mentions, key=lambda m: -m.start):
            if not (first <= m.start < tok.i) or m.type not in kinds or m.kind == "pronoun":
                continue
            head = res.tokens[m.head]
            root = head
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head
            members = {x.id for t in (root, *root.conjuncts) for x in res.at(t.i) if x.type in kinds
                       and (x.head == t.i or x.kind == "name")}  # (a name whose head the parser put elsewhere in it)
            return len(members) if len(members) >= 2 else None
        return None

    @staticmethod
    def _demonstrative_collective(res: Resolution, tok: Token, kinds: tuple[str, ...]) -> None:
        """"these groups", "those factions" after no list: the one plural collective of that kind
        (a group named by its description: "Kurdish militias", "US-backed factions") last named in
        this sentence or the one before, when it is the only one there."""
        sent = tok.sent
        first = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        plural = [m for m in res.mentions if first <= m.start < tok.i and m.type in kinds and m.kind == "descriptor"
                  and res.tokens[m.head].tag_ in ("NNS", "NNPS")]
        if len({m.id for m in plural}) != 1:
            return
        m = plural[-1]
        left = min(c.i for c in tok.children if c.dep_ == "det")
        res.add(M(left, tok.i + 1, m.id, m.name, m.type, "pronoun", tok.i))

    @staticmethod
    def _in_passing(doc: Doc, m: M) -> bool:
        """A name only given as another's tie, in a participle or adjective after it ("the X group,
        formerly aligned with al-Qaeda", "a militia linked to Isis"): not what a reference
        that follows is about."""
        prep = doc[m.head].head
        mod = prep.head
        return doc[m.head].dep_ == "pobj" and prep.dep_ == "prep" and mod.dep_ in ("acl", "amod", "advcl") \
            and mod.tag_ in ("VBN", "VBG", "JJ") and mod.head.i < mod.i

    def _plurals(self, doc: Doc, res: Resolution) -> None:
        """'both sides', 'the two leaders', 'the three countries': the N actors of that kind named
        last, in this sentence or the two before it."""
        for tok in res.tokens:
            kinds = self.lex.plural_references.get(tok.lower_)
            if not kinds:
                continue
            generic = [m for m in res.at(tok.i) if m.kind == "descriptor" and m.type == "Group" and m.head == tok.i
                       and self.cat.get(m.id) is None]  # "both Islamist groups": first read as Islamists at large
            if len(generic) != len(res.at(tok.i)) or res.at(tok.i) and not any(
                    c.lower_ in ("both", "these", "those") or c.dep_ == "nummod" for c in tok.children):
                continue
            n = None
            for c in tok.children:
                if c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj"):
                    n = 2
                elif c.dep_ == "nummod" and c.lower_ in NUMBERS and any(
                        d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "some", "another", "other")
                        for d in tok.children):
                    n = NUMBERS[c.lower_]  # "the two men", "these three countries"; not "two men", new ones
            if n is None and tok.lower_ in self.cues["dual_nouns"] and any(
                    c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
                n = 2  # "the pair", "the duo"
            demonstrative = tok.i > 0 and any(c.lower_ in ("these", "those") and c.dep_ == "det" for c in tok.children)
            if n is None and demonstrative:
                n = self._last_list_size(doc, res, tok, kinds)  # "X, Y and Z ... These groups": the list
            if n is None and demonstrative and not res.at(tok.i):
                self._demonstrative_collective(res, tok, kinds)  # "Kurdish militias ... These groups"
                continue
            if n is None or tok.i == 0:
                continue
            sent = res.tokens[tok.i].sent
            first = sent.start
            for _ in range(1 if "Person" in kinds else 2):
                if first > 0:
                    first = res.tokens[first - 1].sent.start
            verb = tok
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            own_subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            found: list[M] = []
            # "X and Y, who ..., were charged. The pair ...", "Turkey and the US clashed over Syria. The two
            # countries ...": the actors the sentences were about, a coordinated subject, before others
            # named in passing
            subjects = [] if tok.lower_ in self.cues["opposed_sides_nouns"] else \
                [t for t in res.tokens[first:tok.i] if t.dep_ in ("nsubj", "nsubjpass")]  # ("the two sides" are not the mediators)
            for subj in reversed(subjects):
                members = list({m.id: m for t in (subj, *subj.conjuncts) for m in res.at(t.i)
                                if m.type in kinds and (m.kind == "name" if m.type == "Person" else m.kind != "pronoun")
                                and m.head == t.i}.values())
                apposed = subj.right_edge.i + 2 == tok.left_edge.i and res.tokens[subj.right_edge.i + 1].text in (",", "–", "—")
                # ("Chile, Peru and Bolivia, the three states hosting the summit, said ...": an apposition the parser
                # made a second subject)
                if len(members) == n and (subj.i not in own_subject or apposed):
                    found = members
                    break
            if not found and "Person" not in kinds:
                # "Moscow has worked with Turkey, as Ankara turned on the YPG. The two countries ...": the
                # subjects of the sentences, one each, when they are just that many
                lone: list[M] = []
                for subj in reversed(subjects):
                    for m in res.at(subj.i):
                        if m.type in kinds and m.kind != "pronoun" and m.head == subj.i and subj.i not in own_subject \
                                and not subj.conjuncts and all(x.id != m.id for x in lone):
                            lone.append(m)
                if len(lone) == n:
                    found = lone
            known = any(c.dep_ in ("amod", "compound") and c.lower_ in self.cues["armed_words"] for c in tok.children)
            for m in sorted(res.mentions, key=lambda m: -m.start):
                if len(found) == n:
                    break
                if known and self.cat.get(m.id) is None or self._in_passing(doc, m):
                    continue  # "both Islamist groups": two the catalogue knows, not one only named as a tie of another
                if first <= m.start < tok.i and m.type in kinds and m.kind not in ("pronoun",) and m not in generic and \
                        m.head not in own_subject and \
                        (res.tokens[m.head].dep_ not in ("compound", "amod", "poss") or res.tokens[m.head].dep_ == "compound"
                         and res.tokens[m.head].head.lower_ in DEFINITE_GROUPS) and all(f.id != m.id for f in found):  # "the X group"
                    found.append(m)
                    if len(found) == n:
                        break
            if len(found) == n:
                for m in generic:
                    res.drop(m)
                left = min(c.i for c in tok.children if c.dep_ in ("det", "predet", "nummod", "preconj"))
                for m in reversed(found):
                    res.add(M(left, tok.i + 1, m.id, m.name, m.type, "pronoun", tok.i))
