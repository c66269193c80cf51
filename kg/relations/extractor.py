"""Relation extraction from the dependency parse, driven by the trigger lexicon.

For each trigger word in a sentence (a verb such as "backs", an event noun such as "support",
an agent noun such as "ally"), the subject and object are found along dependency paths
(subjects, objects, prepositions, passives, relative clauses, coordination, appositions,
control verbs) and along two surface patterns of news English ("Maduro ally Cuba",
"Iranian-backed militias"). Each relation gets its flags: negated, hedged, attributed_to."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, Resolution
from ..resolve.events import campaign_owner_tokens
from ..resolve.mentions import NER_TYPES, M
from ..schema import SYMMETRIC
from .common import Found
from ..lexicon import Lexicon, Sense
from .arguments import ArgumentFinder
from .flags import Flags
from .patterns import SurfacePatterns
from .force import ForcePatterns
from .misread import MisreadVerbs
from .periods import Periods
from .places import PlacePatterns
from .staff import StaffPatterns
from .summaries import ActSummaries
from .justice import JusticePatterns
from .implied import ImpliedSides

# the entity labels of a named place (the catalogue's and the model's): the object of 'lost Mosul to X'
PLACE_LABELS = frozenset({"Place", *(label for label, type_ in NER_TYPES.items() if type_ == "Place")})


class RelationExtractor(ArgumentFinder, SurfacePatterns, PlacePatterns, MisreadVerbs, ForcePatterns, StaffPatterns,
                        ActSummaries, JusticePatterns, ImpliedSides, Flags, Periods):
    """Finds the relations of one resolved doc: triggers and their arguments (``ArgumentFinder``),
    construction patterns (``SurfacePatterns``, ``PlacePatterns``), then the flags (``Flags``) and
    the period the text gives (``Periods``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.cues = lexicon.cues
        self.support_nouns = frozenset(k for k, senses in lexicon.nouns.items()
                                       if any(s.type == "BACKS" and s.kind == "event" for s in senses))
        self.ally_agents = frozenset(k for k, senses in lexicon.nouns.items()
                                     if any(s.type == "ALLY_OF" and s.kind == "agent" for s in senses))
        self._word_ids: dict[int, tuple[frozenset, frozenset, frozenset]] = {}

    def _ids(self, doc) -> tuple[frozenset, frozenset, frozenset]:
        """The ids the doc's string store gives trigger, support and judgement words (a hash, or
        a small symbol id for the commonest words), to test tokens without making strings."""
        key = id(doc.vocab.strings)
        if key not in self._word_ids:
            strings = doc.vocab.strings
            ids = lambda words: frozenset(strings[w] for w in words)  # noqa: E731
            self._word_ids[key] = (ids((*self.lex.verbs, *self.lex.nouns)), ids(self.support_nouns),
                                   ids(self.cues["critical_words"]))
        return self._word_ids[key]

    @staticmethod
    def _country_in(res: Resolution, m) -> bool:
        """A state by its name or capital after "in" (or a conjunct of one): a place."""
        tok = res.tokens[m.head]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return m.type == "State" and m.kind in ("name", "capital") and tok.dep_ == "pobj" and tok.head.lower_ == "in"

    # -- entry point ----------------------------------------------------------------------
    def extract(self, res: Resolution) -> list[Found]:
        doc = res.doc
        found: list[Found] = []
        self.trigger_ids, self.support_ids, self.critical_ids = self._ids(doc)
        self.plural_tags = frozenset((doc.vocab.strings["NNS"], doc.vocab.strings["NNPS"]))
        for t in res.titles:
            sent = res.tokens[t.person.head].sent
            found.append(Found(t.person, t.relation, t.owner, res.tokens[t.person.head], sent.start, sent.end,
                               role=t.role, confidence=0.9 if t.stated else 0.6, former=t.former,
                               valid_from=t.valid_from, valid_until=t.valid_until))
        for sent in doc.sents:
            if len({m.id for m in res.sent_mentions(sent)}) < 2:  # a relation joins two actors the sentence names: nothing to look for,
                found.extend(self._locations(res, sent))  # but a region the place patterns name ("Iraq's north-west")
                if res.name_prefixes:  # or the leader inside a name ("the Saudi-led coalition")
                    found.extend(self._hyphen_participles(res, sent))
                continue
            triggers = self.trigger_ids
            for tok in res.sent_tokens(sent):
                if tok.lower not in triggers and tok.lemma not in triggers:
                    continue  # no trigger word: most tokens (a hash test, no strings made)
                if any(m.end - m.start > 1 and m.type in ACTOR_TYPES and m.kind == "name" for m in res.at(tok.i)):
                    continue  # a word of an actor's name ("the Nordic Green Alliance") states nothing
                if self._misread_infinitive(res, tok) is not None:
                    continue  # "helped the SDF capture Raqqa" misparsed: read by the misread-verb pattern
                for sense in self._senses(tok):
                    for subj, obj, conf in self._arguments(res, tok, sense):
                        if sense.object_types and obj.type not in sense.object_types or \
                                sense.subject_types and subj.type not in sense.subject_types:
                            continue
                        if sense.type == "MEMBER_OF" and tok.pos_ == "VERB" and self._country_in(res, obj):
                            continue  # "served in Iraq and Afghanistan": where, not what (not "served in the Syrian army")
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
            found.extend(self._refused_permission(res, sent))
            found.extend(self._at_odds(res, sent))
            found.extend(self._against(res, sent))
            found.extend(self._custody(res, sent))
            found.extend(self._at_request(res, sent))
            found.extend(self._answered_calls(res, sent))
            found.extend(self._addressed_appeals(res, sent))
            found.extend(self._on_behalf(res, sent))
            found.extend(self._fell_to(res, sent))
            found.extend(self._allies_against(res, sent))
            found.extend(self._soured_ties(res, sent))
            found.extend(self._leader_bodies(res, sent))
            found.extend(self._hostile_reports(res, sent))
            found.extend(self._reported_blame(res, sent))
            found.extend(self._critical_speech(res, sent))
            found.extend(self._reported_demands(res, sent))
            found.extend(self._requested_support(res, sent))
            found.extend(self._hyphen_participles(res, sent))
            found.extend(self._noun_read_verbs(res, sent))
            found.extend(self._help_misread(res, sent))
            found.extend(self._proxy_against(res, sent))
            found.extend(self._collective_members(res, sent))
            found.extend(self._owned_bodies(res, sent))
            found.extend(self._personal_staff(res, sent))
            found.extend(self._adjacent_acts(res, sent, found))
        for ev in res.mentions:  # "the opposition's Riyadh agreement", "Turkey's Operation Olive Branch": theirs
            if ev.type == "Event" and ev.head >= 0 and _named_event(doc, ev):
                # a named event only: "Russia's agreement" is consent, "her meetings" too vague
                for c in res.tokens[ev.head].children:
                    if c.dep_ == "poss":
                        sent = res.tokens[ev.head].sent
                        found += [Found(m, "PARTICIPATES_IN", ev, res.tokens[ev.head], sent.start, sent.end, confidence=0.65)
                                  for m in res.at(c.i) if m.type in ("State", "Group", "Organization", "Person")]
        found.extend(self._event_parties(res))
        battles = {eid for eid, _ in res.event_places}
        for eid, place in res.event_places:  # "the battle for Tarija" lies in Tarija
            ev = next((m for m in res.mentions if m.id == eid), None)
            if ev is not None:
                sent = res.tokens[ev.head].sent
                found.append(Found(ev, "LOCATED_IN", place, res.tokens[ev.head], sent.start, sent.end, confidence=0.75))
        campaigns = battles | res.campaigns
        for ev in res.mentions:  # "Turkey's offensive in Afrin", "the Kenyan campaign", "the operation by X": theirs
            if ev.id not in campaigns or ev.kind != "event":
                continue
            head = res.tokens[ev.head]
            sent = head.sent
            found += [Found(m, "PARTICIPATES_IN", ev, head, sent.start, sent.end, confidence=0.65)
                      for m in self._campaign_owners(res, head)]
        found.extend(self._calls_for_restraint(res, found, campaigns))
        found.extend(self._stances_on_told_attacks(res, found))
        for f in list(found):  # "objected to the Turkish invasion": a stance on a campaign is one on who wages it
            if f.type in ("OPPOSES", "BACKS") and f.object.id in campaigns and f.object.head >= 0:
                found += [Found(f.subject, f.type, m, f.trigger, f.start, f.end, confidence=f.confidence)
                          for m in self._campaign_owners(res, res.tokens[f.object.head])]
        for f in list(found):  # "the offensive has killed YPG fighters": those who wage it fight them
            if f.type == "FIGHTS" and f.subject.id in campaigns and f.object.type in ("State", "Group", "Organization", "Person"):
                wagers = {g.subject.id: g.subject for g in found if g.type in ("PARTICIPATES_IN", "LEADS")
                          and g.object.id == f.subject.id and g.start <= f.start
                          and g.subject.type in ("State", "Group", "Organization") and g.subject.id != f.object.id}
                if 1 <= len(wagers) <= 2:  # (not a war of many sides)
                    found += [Found(w, "FIGHTS", f.object, f.trigger, f.start, f.end, confidence=f.confidence - 0.1)
                              for w in wagers.values()]
        for f in list(found):  # who wages a named battle takes part in it
            if f.type == "FIGHTS" and f.subject.type != "Place":
                ev = next((m for m in res.at(f.trigger.i) if m.id in battles and m.head == f.trigger.i), None)
                if ev is not None:
                    found.append(Found(f.subject, "PARTICIPATES_IN", ev, f.trigger, f.start, f.end, confidence=f.confidence))
        for f in list(found):  # "signed a deal with X", "talks between X and Y": they take part too
            if f.type == "PARTICIPATES_IN" and f.object.type == "Event" and f.object.head >= 0:
                partners = self._pobjs(res.tokens[f.object.head], ("with", "between"))
                if f.trigger.pos_ == "VERB":  # "signed a deal with X", the phrase hung on the verb
                    partners += self._pobjs(f.trigger, ("with",))
                for p in partners:
                    for m in self.mentions_of(res, p):
                        if m.type in ("State", "Group", "Organization", "Person") and m.id != f.subject.id:
                            found.append(Found(m, "PARTICIPATES_IN", f.object, f.trigger, f.start, f.end, confidence=0.6))
        out, seen = [], set()
        for f in found:
            if f.type == "FIGHTS":
                prep = res.tokens[f.object.head].head
                by_prep = prep.dep_ == "prep" and prep.head.i == f.trigger.i and f.trigger.pos_ == "VERB" \
                    and f.object.type != "Place"  # "the battle for Manbij" is over the town, not on its side
                if by_prep and prep.lower_ in ("with", "for") and f.subject.type == "Person" \
                        and f.object.type in ("Group", "Organization"):
                    f.type = "MEMBER_OF"  # "he fought with the YPG", "volunteers fighting for Isis": one of them
                elif by_prep and prep.lower_ == "for":
                    f.type = "BACKS"  # "militias fighting for Assad" are on his side
            trig = f.trigger
            if f.type == "FIGHTS" and trig.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.i != f.object.head and c.lemma_.lower() in self.cues["political_acts"]
                    for c in trig.children):
                f.type = "OPPOSES"  # "fought any UN attempt to curb it", "battled the Kenyan plan": opposed them
            if f.type == "MET_WITH" and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "for" \
                    and trig.head.head.lemma_.lower() in self.cues["appeal_verbs"]:
                f.type = "CALLED_ON"  # "she appealed for direct contact with the group": asked, not met
            if f.type == "ALLY_OF" and f.subject.type == "Organization" and f.trigger.pos_ == "NOUN" and any(
                    c.dep_ in ("compound", "nmod") and c.i == f.subject.head for c in f.trigger.children):
                f.subject, f.object = f.object, f.subject  # "its Nato ally": it is in Nato, Nato is no ally
            if f.type == "ALLY_OF" and f.object.type == "Organization" and f.trigger.pos_ == "NOUN" and any(
                    c.dep_ in ("compound", "nmod") and c.i == f.object.head for c in f.trigger.children):
                f.type = "MEMBER_OF"  # "a Nato ally", "EU partners": members of it
                if f.subject.type == "Person":
                    continue  # a bloc's allies are states: a person apposed to them is the parser's slip
            if f.object.type == "Event" and f.type in ("BACKS", "LEADS") and (
                    f.trigger.lemma_.lower() in self.cues["event_roles"] or f.trigger.lower_ in self.cues["event_roles"]):
                f.type = "PARTICIPATES_IN"  # "UN-sponsored talks", "Russia brokered the ceasefire"
            if f.type == "FIGHTS" and trig.pos_ == "VERB" and any(
                    p.lemma_.lower() in self.cues["measure_nouns"] for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj"):
                f.type = "OPPOSES"  # "targeted Russia with sanctions", "hit Beijing with tariffs": measures, not arms
            if f.type == "FIGHTS" and f.subject.type == f.object.type == "Person" and f.trigger.lemma_.lower() in self.cues["verbal_attack_words"]:
                f.type = "OPPOSES"  # "the minister attacked the envoy", "her attacks on the senator": words, not arms
            if f.subject.id == f.object.id or not self._types_ok(f):
                continue
            if f.type == "MEMBER_OF" and f.object.type == "State" and f.object.kind in ("name", "capital") \
                    and trig.pos_ == "VERB" and res.tokens[f.object.head].dep_ == "pobj" and res.tokens[f.object.head].head.lower_ == "in":
                continue  # "served in Afghanistan" is where, not whose ("served in the British army" is)
            key = (f.subject.id, f.type, f.object.id, f.start)
            if f.type in SYMMETRIC:
                key = (min(f.subject.id, f.object.id), f.type, max(f.subject.id, f.object.id), f.start)
            if key in seen:
                continue
            seen.add(key)
            if f.type == "LEADS" and f.object.kind == "descriptor" and f.object.type == "State" and f.role is None:
                f.type = "MEMBER_OF"  # heading "the Russian team" is not leading Russia
            if f.type == "BACKS" and self._request_verb(f.trigger) is not None:
                f.hedged = True  # "sought X's support": asked for, not given
            if f.role is None:  # offices are stated facts, not claims in a clause
                self._flags(res, f)
                self._period(res, f)  # an office's term is the title's and the catalogue's
                if f.type == "OPPOSES" and f.trigger.lemma_.lower() in self.cues["permission_verbs"]:
                    f.negated = False  # "will not allow X": the refusal is the opposition
                if f.type == "CALLED_ON" and trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "nsubjpass") \
                        and self._word_in(trig.head, self.cues["answer_verbs"]):
                    f.negated = False  # "Y rejected X's demands": rejected or not, they were made
            out.append(f)
            if f.type == "FIGHTS" and not f.negated and f.object.type != "Place" and not any(
                    a.dep_ == "prep" and a.lower_ in ("between", "among") and a.head.i == f.trigger.i
                    for a in res.tokens[f.subject.head].ancestors) and res.tokens[f.object.head] not in res.tokens[f.subject.head].conjuncts \
                    and self._threatened(f.trigger):
                # a threatened or announced attack is a stated hostility now: "vowed to crush X", "will launch
                # an offensive against X" (the attack itself stays, flagged as the plan it is); not "a war
                # between X and Y could come" or "X and Y could soon be fighting", which no one threatens
                threat = Found(f.subject, "OPPOSES", f.object, f.trigger, f.start, f.end, confidence=f.confidence,
                               attributed_to=f.attributed_to)
                okey = (f.subject.id, "OPPOSES", f.object.id, f.start)
                if okey not in seen:
                    seen.add(okey)
                    out.append(threat)
            if self._unit_fought(res, f):  # "his unit was surrounded by X": he fought X
                back = Found(f.object, "FIGHTS", f.subject, f.trigger, f.start, f.end, confidence=f.confidence - 0.1,
                             negated=f.negated, hedged=f.hedged, attributed_to=f.attributed_to)
                bkey = (f.object.id, "FIGHTS", f.subject.id, f.start)
                if bkey not in seen:
                    seen.add(bkey)
                    out.append(back)
            if f.type == "CALLED_ON" and self._ouster_demanded(res, f):
                # "X called on Y to resign", "X demanded that Y step down": to want Y gone is to oppose Y
                ouster = Found(f.subject, "OPPOSES", f.object, f.trigger, f.start, f.end, confidence=f.confidence,
                               negated=f.negated, hedged=f.hedged, attributed_to=f.attributed_to)
                okey = (f.subject.id, "OPPOSES", f.object.id, f.start)
                if okey not in seen:
                    seen.add(okey)
                    out.append(ouster)
        out += self._leaders_wars(res, out, seen)
        return out

    def _leaders_wars(self, res: Resolution, out: list[Found], seen: set) -> list[Found]:
        """A head of state or government fights with the state's arms: "Assad bombed the suburbs",
        "rebels fought Assad" are Syria's fight too. Each stated fight of a person the text gives
        as leading a state in office (a title, not a former one) is also one of that state; not
        one of politics: with a political party on the other side ("X defeated Labour", "Democrats
        attacked the president") or told of an election or a debate ("beat Y at the polls")."""
        led: dict[str, list[M]] = {}
        for t in res.titles:
            if t.relation == "LEADS" and t.owner.type == "State" and not t.former:
                led.setdefault(t.person.id, [])
                if all(o.id != t.owner.id for o in led[t.person.id]):
                    led[t.person.id].append(t.owner)
        extra = []
        for f in out:
            if f.type != "FIGHTS" or f.negated or not led or self._electoral(res, f):
                continue
            # (a person's own "battle against X" is often a political one: only a verb of his fights for the state)
            sides = [(state, f.object) for state in led.get(f.subject.id, ())
                     if f.trigger.pos_ == "VERB" and f.object.id not in res.parties] + \
                    [(f.subject, state) for state in led.get(f.object.id, ()) if f.subject.id not in res.parties]
            for a, b in sides:
                key = (a.id, "FIGHTS", b.id, f.start)
                if a.id == b.id or key in seen:
                    continue
                seen.add(key)
                extra.append(Found(a, "FIGHTS", b, f.trigger, f.start, f.end, confidence=f.confidence - 0.1,
                                   hedged=f.hedged, attributed_to=f.attributed_to, valid_from=f.valid_from,
                                   valid_until=f.valid_until))
        return extra

    def _electoral(self, res: Resolution, f: Found) -> bool:
        """Whether a fight is told of an election or a debate (cues ``electoral_nouns``): a phrase
        on the trigger or on either side ("defeated Y in the election", "beat Y at the polls",
        "the party defeated in the vote", "attacked Y during the election campaign")."""
        words = self.cues["electoral_nouns"]
        for tok in (f.trigger, *(res.tokens[m.head] for m in (f.object, f.subject) if m.head >= 0)):
            for c in tok.children:
                if c.dep_ != "prep":
                    continue
                for p in c.children:
                    if p.dep_ == "pobj" and (self._word_in(p, words) or any(
                            g.dep_ in ("compound", "amod") and self._word_in(g, words) for g in p.children)):
                        return True
        return False

    def _ouster_demanded(self, res: Resolution, f: Found) -> bool:
        """Whether what a call asks of its object is to leave office (cues ``ouster_acts``: "resign",
        "step down", "leave power"): the clause under the call's verb or noun, with the object as
        its subject ("urged Y to quit", "demanded that Y step aside", "Y must resign, X said")."""
        acts = self.cues["ouster_acts"]
        for c in f.trigger.children:
            misread = self._misread_subjunctive(c)  # "demanded that Assad resign" read as one noun phrase
            if c.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "relcl", "parataxis") or c.pos_ not in ("VERB", "AUX") and not misread:
                continue
            lemma = c.lemma_.lower()
            parts = [g.lower_ for g in c.children if g.dep_ in ("prt", "advmod") and g.i == c.i + 1]
            objs = [g.lemma_.lower() for g in c.children if g.dep_ == "dobj"] + [
                p.lemma_.lower() for p in self._pobjs(c, ("from", "of"))]
            phrases = {*(() if objs else (lemma,)),  # "quit Syria", "resign from the league": not office
                       *(f"{lemma} {w}" for w in parts + objs), *(f"{lemma} {w} {o}" for w in parts for o in objs)}
            if not phrases & acts:
                continue
            doers = [m for t in (misread or self._subject_tokens(c)[0]) for m in self.mentions_of(res, t)]
            if any(m.id == f.object.id for m in doers):
                return True
        return False

    def _campaign_owners(self, res: Resolution, head) -> list[M]:
        """Who wages a campaign its noun names: "Kenya's offensive", "the Kenyan campaign", "the
        assault by Kenyan troops and their allies"."""
        modifiers, agents = campaign_owner_tokens(head)
        owners = [m for c in modifiers for m in res.at(c.i)] + [m for o in agents for m in self.mentions_of(res, o)]
        return [m for m in owners if m.type in ACTOR_TYPES
                and not any(m.id == e.id for e in res.at(head.i))]

    def _event_parties(self, res: Resolution) -> list[Found]:
        """"the nuclear deal with Iran", "a trade pact between X and Y", "Obama's deal with Putin":
        the parties of an agreement, talks or a summit named with 'with' or 'between' take part
        in it, and so does its owner beside them."""
        doc, out = res.doc, []
        for ev in res.mentions:
            if ev.type != "Event" or ev.head < 0 or ev.kind == "pronoun" or not _named_event(doc, ev):
                continue  # (a named one: "talks with the rebels" are no event a reader can point to)
            head = doc[ev.head]
            if head.lemma_.lower() not in self.cues["party_events"] and head.lower_ not in self.cues["party_events"]:
                continue
            partners = [m for p in self._pobjs(head, ("with", "between")) for m in self.mentions_of(res, p)]
            if not partners:
                continue
            owners = [m for c in head.children if c.dep_ == "poss" for m in res.at(c.i)]
            sent = head.sent
            out += [Found(m, "PARTICIPATES_IN", ev, head, sent.start, sent.end, confidence=0.6)
                    for m in {m.id: m for m in partners + owners}.values()
                    if m.type in ("State", "Group", "Organization", "Person")]
        return out

    def _types_ok(self, f: Found) -> bool:
        s, o = f.subject.type, f.object.type
        if f.type == "PARTICIPATES_IN":
            return s in ACTOR_TYPES and o == "Event"
        if f.type == "LOCATED_IN":
            if s == "Organization":  # an organisation's seat, told by its own name ("the X Institute in Dakar")
                return o == "Place" and f.subject.start <= f.trigger.i < f.subject.end
            return s in ("Place", "Event") and o in ("Place", "State")
        if f.type == "LEADS":
            return s in ACTOR_TYPES and o in ("State", "Group", "Organization", "Place", "Event")
        if f.type == "AFFILIATED_WITH" and s == o == "Person":  # "X, an aide to Y": a staff noun only
            return self._word_in(f.trigger, self.cues["staff_nouns"])
        if f.type == "MEMBER_OF" and o == "State" and (s == "State" or s == "Group" and f.object.kind in ("name", "capital")
                                                       and f.trigger.pos_ == "VERB"):
            return False  # "France joined the US in the strikes", "Hamas joined Iran in": allies; no state is in another
        if f.type in ("MEMBER_OF", "AFFILIATED_WITH"):
            return s in ACTOR_TYPES and o in ("State", "Group", "Organization")
        if f.type == "FIGHTS" and o == "Place":  # attacks on cities and regions count (not "in X", "for X")
            prep = f.trigger.doc[f.object.head].head  # taking a town is fighting whoever held it, not the town
            return s in ACTOR_TYPES and s != "Person" and not self._word_in(f.trigger, self.cues["seize_words"]) \
                and not (prep.dep_ == "prep" and prep.lower_ in self.cues["no_target_preps"])
        if f.type == "FIGHTS":  # people "defeat" rivals in elections
            return s in ACTOR_TYPES and o in ACTOR_TYPES and not (s == o == "Person")
        if f.type in ("BACKS", "OPPOSES") and o == "Event":  # deals and summits are welcomed, rejected, boycotted
            return s in ACTOR_TYPES and self._word_in(f.trigger, self.cues["event_stance_words"])
        if f.type in ("BACKS", "OPPOSES"):  # regions act politically too ("support for the Nordmark region")
            return s in ACTOR_TYPES and o in (*ACTOR_TYPES, "Place")
        return s in ACTOR_TYPES and o in ACTOR_TYPES

    # -- triggers ---------------------------------------------------------------------------
    def _senses(self, tok: Token) -> tuple[Sense, ...]:
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT") and tok.lower_ in self.lex.nouns \
                and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in tok.children):
            return self.lex.nouns[tok.lower_]  # "fighting between X and Y intensified": a gerund as a noun is the event noun
        if tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.lower_.endswith("s") \
                and tok.lemma_.lower() in self.lex.nouns and tok.lemma_.lower() not in self.lex.verbs \
                and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in tok.children):
            return self.lex.nouns[tok.lemma_.lower()]  # "US airstrikes on Isis killed ...": a plural noun tagged as a verb
        verbish = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
            tok.pos_ in ("ADJ", "ADV", "ADP") and tok.dep_ in ("acomp", "ROOT", "conj", "relcl", "advcl")
            and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "auxpass") for c in tok.children))
        if verbish:  # "is rooted in" parsed as an adjective; "back" parsed as an adverb
            senses = self.lex.verbs.get(lemma, ()) or self.lex.verbs.get(tok.lower_, ())
            fits = tuple(s for s in senses if self._verb_sense_fits(tok, s))
            if any(s.needs_dobj_noun for s in fits):  # "turned its guns on X": the object's own sense, the most specific
                fits = tuple(s for s in fits if s.needs_dobj_noun)
            if any(s.particle for s in fits):  # "called out X" is not "called X"; "hit out at" is not "hit"
                fits = tuple(s for s in fits if s.particle)
            if any(s.needs_xcomp for s in fits):  # "told X to leave" asks X; "told X that ..." only speaks to X
                fits = tuple(s for s in fits if s.needs_xcomp or s.type != "MET_WITH")
            if any(c.dep_ == "oprd" for c in tok.children):  # "which it calls a terror group": naming, no call
                fits = tuple(s for s in fits if s.type != "MET_WITH")
            return fits
        if tok.pos_ in ("NOUN", "PROPN"):
            senses = self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(lemma, ())
            if senses and any(s.needs_mod or s.not_mod for s in senses):
                mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
                return tuple(s for s in senses if (not s.needs_mod or mods & set(s.needs_mod))
                             and not mods & set(s.not_mod))
            return senses
        return ()

    def _figurative(self, noun: Token, type_: str) -> bool:
        """Whether a noun's modifier takes it out of that relation ("launched a trade war")."""
        senses = self.lex.nouns.get(noun.lower_) or self.lex.nouns.get(noun.lemma_.lower(), ())
        bars = {w for s in senses if s.type == type_ for w in s.not_mod}
        return bool(bars) and any(c.dep_ in ("amod", "compound") and c.lower_ in bars for c in noun.children)

    def _verb_sense_fits(self, tok: Token, sense: Sense) -> bool:
        if sense.particle:
            if not any(c.lower_ == sense.particle and c.dep_ in ("prt", "advmod", "prep") for c in tok.children):
                return False
        if sense.needs_prep and not any(c.dep_ == "prep" and c.lower_ == sense.needs_prep for c in tok.children) and not any(
                g.dep_ == "prep" and g.lower_ == sense.needs_prep and g.head.pos_ == "PROPN"
                for c in tok.children if c.dep_ == "dobj" for g in c.subtree):
            # ("persuaded Egypt of the need", "countries such as the UAE of the need": hung on the name)
            return False
        if sense.needs_prep and sense.type == "OPPOSES" and any(
                c.dep_ == "prep" and c.lower_ == sense.needs_prep and any(
                    g.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in g.children) for g in c.children)
                for c in tok.children):
            return False  # "prevent X from being killed": X is shielded, not opposed
        if sense.needs_xcomp and not any(c.dep_ in ("xcomp", "ccomp") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
            return False
        if any(c.dep_ == "dobj" and self._figurative(c, sense.type) for c in tok.children):
            return False  # "waged a trade war on X": the act's own noun says it is no fight
        if sense.kind == "verb" and not sense.dobj and sense.preps and not sense.needs_dobj_noun \
                and self._object_noun_says_otherwise(tok, sense):
            return False  # "launched a lawsuit against X": the object's noun says what it is, no attack
        if sense.needs_dobj_noun:
            if not any(c.dep_ == "dobj" and (c.lemma_.lower() in sense.needs_dobj_noun or c.lower_ in sense.needs_dobj_noun
                                             or "<place>" in sense.needs_dobj_noun and c.ent_type_ in PLACE_LABELS
                                             or "<money>" in sense.needs_dobj_noun and any(
                                                 t.ent_type_ == "MONEY" or t.tag_ == "$" for t in c.subtree))
                       and not self._figurative(c, sense.type) for c in tok.children):
                return False
        return True


    def _object_noun_says_otherwise(self, verb: Token, sense: Sense) -> bool:
        """The verb's object is an event noun that takes the verb's own preposition with another
        relation ("launched a lawsuit against X", "filed a complaint against Y"); not one whose
        preposition is another ("fired missiles at X": missiles go "to" whom they arm)."""
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            senses = self.lex.nouns.get(c.lower_) or self.lex.nouns.get(c.lemma_.lower())
            if not senses or any(s.type == sense.type for s in senses):
                continue
            preps = {p.lower_ for p in (*verb.children, *c.children) if p.dep_ == "prep"} & set(sense.preps)
            if any(preps & set(s.preps) for s in senses):
                return True
        return False


def _named_event(doc, ev) -> bool:
    """An event with a name ("the Riyadh agreement", "Operation Olive Branch"), not one a common
    noun makes ("her meetings", "talks with the rebels", capitalised only to open a sentence)."""
    return ev.kind == "name" or any(t.text[:1].isupper() and t.i != t.sent.start for t in doc[ev.start:ev.end])
