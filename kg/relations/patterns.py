"""Surface and construction patterns of news English that the trigger walk does not cover:
hyphenated participles, earlier names, members of a side, classifications, hostile reports,
leaders' governments, 'under fire from', 'at odds', pro-/anti-, alongside, agent nouns before names."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, M, Resolution
from .common import PASSIVE_SUBJ, SUBJ, Found


class SurfacePatterns:
    def _hyphen_participles(self, res: Resolution, sent) -> list[Found]:
        """"UN-mediated talks", "Iran-backed militias", "Kurdish-led forces" however the parser
        hung the pieces: the actor before the hyphen does what the participle says to the noun
        after it."""
        doc, out = res.doc, []
        for tok in res.sent_tokens(sent):
            if tok.tag_ != "VBN" or tok.i < sent.start + 2 or doc[tok.i - 1].text != "-":
                continue
            subjects = [m for m in res.at(tok.i - 2) if m.end == tok.i - 1 and m.type in ACTOR_TYPES and not (
                m.kind == "descriptor" and m.start == m.end - 1 and doc[m.start].lower_ in self.lex.bare_state_bodies)]
            if not subjects:  # (a bare "government-backed" is the government of the place spoken of, not a guess)
                out += self._named_by_participle(res, sent, tok)
                continue
            first = subjects[0].start
            if first - 2 >= sent.start and doc[first - 1].lower_ in ("and", "or"):
                # "Chadian and Sudan-backed forces", "Turkish- and Qatari-backed rebels": both back them
                subjects += [m for m in res.at(first - 2) if m.type in ACTOR_TYPES and m.start == first - 2
                             and (m.kind in ("name", "demonym", "capital") or m.kind == "descriptor" and m.type == "State")
                             and m.type == subjects[0].type]  # not "between the SDF and Turkish-backed rebels"
            noun = tok.head if tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") else next(
                (t for t in res.tokens[tok.i + 1:min(tok.i + 4, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
            while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.i < min(tok.i + 5, sent.end):
                noun = noun.head  # "Iran-backed government forces": the forces, not "government"
            later = any(m.type == "State" for c in noun.children if c.i > tok.i and c.dep_ in ("amod", "compound")
                        for m in res.at(c.i) if m.head == c.i)  # "Saudi and Emirati-backed Yemeni forces" name their own state
            own = set() if later else {m.id for m in res.at(noun.i) if m.type == "State" and m.kind == "descriptor"}
            subjects = subjects[:1] + [m for m in subjects[1:] if m.id not in own]  # "Malian and Russian-backed troops": Mali's own
            ids = {s_.id for s_ in subjects}
            objects = [m for m in self._mentions_of_one(res, noun, 0) if m.id not in ids] or [
                m for c in noun.children if c.dep_ in ("compound", "amod") and c.i > tok.i and doc[c.i - 1].text != "-"
                for m in res.at(c.i) if m.id not in ids and m.type == "State"]  # "Chadian and Sudan-backed government forces"
            for sense in self.lex.verbs.get(tok.lemma_.lower(), ()):
                if not sense.dobj or sense.particle or sense.needs_prep:
                    continue
                for s_ in subjects:
                    for o in objects:
                        if sense.object_types and o.type not in sense.object_types:
                            continue  # "rebel-held towns" are not people held
                        a, b = (o, s_) if sense.inverse else (s_, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.7))
        return out

    def _named_by_participle(self, res: Resolution, sent, tok: Token) -> list[Found]:
        """"the Saudi-led coalition", "the US-backed Free Army" known by the whole name: the actor
        before the hyphen (found by the resolver) leads or backs the named whole."""
        actor = res.name_prefixes.get(tok.i - 2)
        wholes = [m for m in res.at(tok.i) if m.start <= tok.i - 2 and m.type in ("Group", "Organization")
                  and m.kind == "name" and m.id != (actor.id if actor else None)]
        if actor is None or not wholes:
            return []
        return [Found(actor, sense.type, wholes[0], tok, sent.start, sent.end, confidence=0.7)
                for sense in self.lex.verbs.get(tok.lemma_.lower(), ())
                if sense.dobj and not sense.particle and not sense.needs_prep and not sense.inverse
                and (not sense.object_types or wholes[0].type in sense.object_types)]

    def _reported_demands(self, res: Resolution, sent) -> list[Found]:
        """"X said Y should withdraw", "Y must stop the shelling, X told reporters", "X insisted that
        Y withdraw": a speaker who says what another actor must or should do calls on it."""
        out = []
        for verb in res.sent_tokens(sent):
            if verb.pos_ != "VERB":
                continue
            mandative = self._word_in(verb, self.cues["mandative_verbs"])
            appeal = self._word_in(verb, self.cues["appeal_verbs"])
            if not (mandative or appeal or self._word_in(verb, self.cues["speech_verbs"])):
                continue
            speakers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            for comp in verb.children:
                subjunctive = mandative and comp.tag_ == "VB" and not any(c.dep_ == "aux" for c in comp.children)
                misread = self._misread_subjunctive(comp) if mandative else []
                subjunctive = subjunctive or bool(misread)
                asked = appeal and comp.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "for" for c in comp.children) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)  # "called for Y to withdraw"
                obliged = subjunctive or comp.lower_ in self.cues["obligation_modals"] or any(
                    c.dep_ == "aux" and c.lower_ in self.cues["obligation_modals"] for c in comp.children)
                # an active clause only: "Y should be tried" is a demand on someone else
                subjects = self._children(comp, ("nsubj",)) or misread
                if appeal and not asked and not subjects and comp.dep_ in ("advcl", "xcomp") and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                    # "called for Turkey to release X": the infinitive's subject parsed as the object of "for"
                    subjects = [p for p in self._pobjs(verb, ("for",)) if p.i < comp.i]
                    asked = bool(subjects)
                if not asked and (comp.dep_ not in ("ccomp", "parataxis") or not obliged):
                    continue  # ("Y ought to withdraw": the modal heads its clause; "insisted that Y withdraw")
                if comp.lemma_.lower() in self.cues["non_agentive_verbs"]:
                    continue  # "the port must not collapse": what happens to X, not a demand on it
                targets = [m for t in subjects for m in self.mentions_of(res, t)
                           if m.type in ACTOR_TYPES]
                for s_ in speakers:
                    own = {t.owner.id for t in res.titles if t.person.id == s_.id}  # a minister on his own state
                    for o in targets:
                        if o.id != s_.id and o.id not in own:
                            out.append(Found(s_, "CALLED_ON", o, verb, sent.start, sent.end, confidence=0.55))
        return out

    @staticmethod
    def _misread_subjunctive(comp: Token) -> list[Token]:
        """The subject of a bare subjunctive the parser read as a noun with its subject as modifier
        ("demanded that Assad resign": "Assad resign" one noun phrase): a complement clause
        opened by "that" whose head is a noun with no determiner and a name before it."""
        if comp.dep_ != "ccomp" or comp.tag_ not in ("NN", "NNP") or comp.lower_ != comp.lemma_.lower() \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) \
                or any(c.dep_ in ("det", "poss", "nummod") for c in comp.children):
            return []
        return [c for c in comp.children if c.dep_ in ("compound", "amod", "nmod") and c.i < comp.i and c.pos_ in ("PROPN", "ADJ")
                and c.text[:1].isupper()]

    def _request_verb(self, noun: Token) -> Token | None:
        """The verb that asks for what a support noun gives, if any: "sought X's support",
        "asked X for help", "requested assistance from X"."""
        if noun.pos_ != "NOUN" or noun.lower_ not in self.support_nouns and noun.lemma_.lower() not in self.support_nouns:
            return None
        anchor = self._anchor(noun)
        verb = anchor.head if anchor.dep_ == "dobj" else \
            anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else None
        if verb is None or verb.pos_ != "VERB" or not self._word_in(verb, self.cues["request_verbs"]):
            return None
        return verb

    def _requested_support(self, res: Resolution, sent) -> list[Found]:
        """"X sought Y's backing", "X asked Y for help", "X requested military aid from Y": X
        calls on Y (the backing itself is only asked for)."""
        out = []
        support = self.support_ids
        for noun in res.sent_tokens(sent):
            if noun.lower not in support and noun.lemma not in support:
                continue
            verb = self._request_verb(noun)
            if verb is None:
                continue
            givers = self._children(noun, ("poss",)) + self._pobjs(noun, ("from", "of")) + self._pobjs(verb, ("from",))
            if self._anchor(noun).dep_ == "pobj":
                givers += self._children(verb, ("dobj",))
            requesters = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            for giver in (m for t in givers for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES):
                for r in requesters:
                    if r.id != giver.id:
                        out.append(Found(r, "CALLED_ON", giver, verb, sent.start, sent.end, confidence=0.6))
        return out

    def _critical_speech(self, res: Resolution, sent) -> list[Found]:
        """"The junta inflicts brutal sieges on the villages, X said", "X said Y's prisons were a
        disgrace", "X called the massacres by Y inexcusable": a speaker who passes a strong
        judgement on an actor's deeds opposes it. Only the doer is targeted: the owner of the
        judged thing; else the subject of a clause that is the judgement ("Y is a disgrace", "Y
        was brutal") or that perpetrates it ("Y committed atrocities") - not one who suffers,
        judges, gives up or might do it."""
        out = []
        words = self.cues["critical_words"]
        tokens = res.sent_tokens(sent)
        critical = self.critical_ids
        if not any(t.lower in critical for t in tokens):
            return out
        for verb in tokens:
            if verb.pos_ != "VERB" or not self._word_in(verb, self.cues["speech_verbs"]):
                continue
            speakers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            if not speakers:
                continue
            for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp", "oprd")):
                targets: list = []
                for w in clause.subtree:
                    if w.lower_ not in words and w.lemma_.lower() not in words:
                        continue
                    noun = w.head if w.dep_ == "amod" else w
                    if self.mentions_of(res, noun):
                        continue
                    owned = any(c.dep_ in ("poss", "compound", "acl") or c.dep_ == "prep" and c.lower_ in ("by", "of")
                                for c in noun.children)
                    if owned:  # "Y's lies", "the massacres by Y": its owner, or no one the text names
                        targets += self._owner_mentions(res, [noun])
                        continue
                    doer = noun.head
                    judged = noun.dep_ in ("acomp", "attr") and doer.lemma_ in self.cues["copulas"]  # "Y is a disgrace"
                    done = noun.dep_ == "dobj" and doer.lemma_.lower() in self.cues["perpetrate_verbs"]  # "Y committed crimes"
                    if not (judged or done) or self._is_passive(doer) or any(
                            c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in doer.children):
                        continue
                    for t in self._subject_tokens(doer)[0]:
                        ms = [m for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
                        targets += ms or self._owner_mentions(res, [t])  # "Y's prisons are a disgrace"
                for s_ in speakers:
                    own = {t.owner.id for t in res.titles if t.person.id == s_.id}
                    for o in {m.id: m for m in targets}.values():
                        if o.id != s_.id and o.id not in own and o.type in ACTOR_TYPES:
                            out.append(Found(s_, "OPPOSES", o, verb, sent.start, sent.end, confidence=0.5))
        return out

    def _hostile_reports(self, res: Resolution, sent) -> list[Found]:
        """"X warned that Y had made reckless moves", "X complained that Y broke the truce": a
        hostile speech verb opposes the subject of the clause it reports."""
        out = []
        for verb in res.sent_tokens(sent):
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

    def _reported_blame(self, res: Resolution, sent) -> list[Found]:
        """"X said Y was behind the bombing", "X alleged that Y was responsible for the attack", "X
        claimed that Y had shelled the plant", "the raid was carried out by Y, X says": a speaker who
        puts a hostile act on another actor accuses it (OPPOSES; the act itself, where it has a
        target, is read by the trigger walk and hedged under a claim). A denial ("X denied that Y was
        behind it") or a negated clause ("Y was not behind it") gives the accusation negated."""
        out = []
        for verb in res.sent_tokens(sent):
            if verb.pos_ != "VERB" or not self._word_in(verb, self.cues["speech_verbs"]):
                continue
            claim = self._word_in(verb, self.cues["claim_verbs"])
            for comp in verb.children:
                if comp.dep_ not in ("ccomp", "parataxis"):
                    continue
                culprits = self._culprits(comp, claim)
                if not culprits:
                    continue
                denied = self._word_in(verb, self.cues["negating_verbs"]) or any(
                    c.dep_ == "neg" or c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)
                    for c in comp.children)  # "Y was not behind it", "Y was not to blame"
                doubt = any(c.dep_ == "aux" and c.lower_ in self.cues["hedge_modals"] for c in comp.children)
                targets = [m for t in culprits for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
                for s_ in (m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)):
                    own = {t.owner.id for t in res.titles if t.person.id == s_.id}  # a minister on his own state
                    out += [Found(s_, "OPPOSES", o, verb, sent.start, sent.end, confidence=0.55, negated=denied, hedged=doubt)
                            for o in targets if o.id != s_.id and o.id not in own]  # ("Y may have been behind it")
        return out

    def _deed(self, noun: Token) -> bool:
        """Whether a noun names a hostile deed someone can be blamed for: an attack noun of the
        lexicon ("the bombing", "a series of raids") or a strong judgement ("the atrocities")."""
        if noun.lower_ in self.cues["quantity_nouns"] or noun.lemma_.lower() in self.cues["quantity_nouns"]:
            noun = next(iter(self._pobjs(noun, ("of",))), noun)
        words = (noun.lower_, noun.lemma_.lower())
        return any(w in self.cues["critical_words"] or any(
            s.type == "FIGHTS" and s.kind == "event" for s in self.lex.nouns.get(w, ())) for w in words)

    def _culprits(self, clause: Token, claim: bool) -> list[Token]:
        """Whom a reported clause names as the doer of a hostile deed: "Y was behind the bombing",
        "Y is responsible for the attack", "Y carried out the raid", "the raid was carried out by Y",
        "Y had violated the truce" (cues ``violation_verbs``); under a claim verb (cues
        ``claim_verbs``) also "Y had shelled the plant"."""
        if clause.lemma_ in self.cues["copulas"]:
            blamed = any(self._deed(p) for p in self._pobjs(clause, ("behind",))) or any(
                c.dep_ in ("acomp", "attr") and c.lower_ in self.cues["responsible_words"]
                and any(self._deed(p) for p in self._pobjs(c, ("for",))) for c in clause.children) or any(
                c.dep_ == "xcomp" and self._word_in(c, self.cues["blame_verbs"]) and not self._children(c, ("dobj",))
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clause.children)  # "Y was to blame"
            return self._subject_tokens(clause)[0] if blamed else []
        if clause.pos_ != "VERB":
            return []
        passive = self._is_passive(clause)
        done = self._word_in(clause, self.cues["perpetrate_verbs"]) and any(
            self._deed(t) for t in self._children(clause, PASSIVE_SUBJ if passive else ("dobj",)))
        attacked = claim and any(s.type == "FIGHTS" for s in self.lex.verbs.get(clause.lemma_.lower(), ()))
        objects = self._children(clause, ("dobj",))
        broke = not passive and (self._word_in(clause, self.cues["violation_verbs"]) and objects or self._word_in(
            clause, self.cues["pact_breaking_verbs"]) and any(self._word_in(t, self.cues["pact_nouns"]) for t in objects))
        # ("Y violated the truce", "Y had breached the deal": a wrong of Y's, whatever was broken)
        if not (done or attacked or broke):
            return []
        return self._agent_tokens(clause) if passive else self._subject_tokens(clause)[0]

    def _leader_bodies(self, res: Resolution, sent) -> list[Found]:
        """"the Erdogan government", "Trump's administration", "the Assad regime": a person
        named as the owner of a state's government leads that state."""
        out = []
        for tok in res.sent_tokens(sent):
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
        """"X and Y are at odds", "X is at loggerheads with Y": each opposes the other ("at war with Y":
        each fights the other)."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.dep_ != "pobj" or tok.lower_ not in self.cues["odds_nouns"] or tok.head.lower_ != "at":
                continue
            verb = tok.head.head
            sides = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            others = [m for t in self._pobjs(tok, ("with",)) + self._pobjs(verb, ("with",)) for m in self.mentions_of(res, t)]
            pairs = [(a, b) for a in sides for b in others] or [(a, b) for a in sides for b in sides if a.id != b.id]
            rtype = "FIGHTS" if tok.lower_ in self.cues["mutual_fight_nouns"] else "OPPOSES"  # "at war with Y" fights
            for a, b in pairs:
                out.append(Found(a, rtype, b, tok, sent.start, sent.end, confidence=0.6))
                out.append(Found(b, rtype, a, tok, sent.start, sent.end, confidence=0.6))
        return out

    def _against(self, res: Resolution, sent) -> list[Found]:
        """"X is against Y", "X remains firmly against the plan": a stance of opposition."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.lower_ != "against" or tok.dep_ != "prep" or tok.head.lemma_ not in self.cues["copulas"]:
                continue
            verb = tok.head
            sides = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            objects = self._pobjs(verb, ("against",))
            targets = [m for t in objects for m in self.mentions_of(res, t)] + self._owner_mentions(res, objects)
            for a in sides:
                for b in targets:
                    out.append(Found(a, "OPPOSES", b, tok, sent.start, sent.end, confidence=0.6))
        return out

    def _at_request(self, res: Resolution, sent) -> list[Found]:
        """"X intervened at Y's request", "troops arrived at the invitation of Y", "X acted at Y's
        behest": Y called on X."""
        out = []
        ids = self.lex.string_ids(res.doc, "request_nouns", self.cues["request_nouns"])
        for tok in res.sent_tokens(sent):
            if tok.lemma not in ids and tok.lower not in ids or tok.dep_ != "pobj" or tok.head.lower_ != "at":
                continue
            askers = [m for c in tok.children if c.dep_ == "poss" for m in self.mentions_of(res, c)]
            askers += [m for p in self._pobjs(tok, ("of",)) for m in self.mentions_of(res, p)]
            verb = tok.head.head
            if not askers or verb.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            if verb.pos_ == "NOUN":  # "Russia's intervention at Assad's request"
                doers = self._children(verb, ("poss",)) + [c for c in verb.children if c.dep_ == "amod" and res.at(c.i)]
            else:
                doers = self._subject_tokens(verb)[0] or self._children(verb, PASSIVE_SUBJ)
            asked = [m for t in doers for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(a, "CALLED_ON", b, tok, sent.start, sent.end, confidence=0.6)
                    for a in askers for b in asked if a.id != b.id]
        return out

    def _addressed_appeals(self, res: Resolution, sent) -> list[Found]:
        """"X sent a letter to Y asking for documents", "X wrote to Y urging restraint", "X said in
        a letter to Y that the bill should be dropped": an appeal or a demand made in a message to
        Y (cues ``message_nouns``, ``address_verbs``) calls on Y, whatever the clause is about."""
        out = []
        messages = self.cues["message_nouns"]
        for verb in res.sent_tokens(sent):
            if verb.pos_ != "VERB":
                continue
            speech = self._word_in(verb, self.cues["speech_verbs"])
            sent_to: list[Token] = []
            if self._word_in(verb, self.cues["address_verbs"]):  # "wrote to Y", "sent a letter to Y"
                sent_to = self._pobjs(verb, ("to",)) + [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in messages
                                                        for p in self._pobjs(c, ("to",))]
            if speech:  # "said in a letter to Y"
                sent_to += [p for n in self._pobjs(verb, ("in",)) if n.lemma_.lower() in messages for p in self._pobjs(n, ("to",))]
            if not sent_to:
                continue
            carriers = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in messages)]
            appeal = any(c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG" and not self._children(c, SUBJ) and (
                self._word_in(c, self.cues["appeal_verbs"]) or self._word_in(c, self.cues["mandative_verbs"]))
                and not any(self.mentions_of(res, d) for d in self._children(c, ("dobj",)))  # "urging him to": its own object
                for k in carriers for c in k.children)  # ("a letter to Y asking for ...": the participle on the letter)
            demand = speech and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in self.cues["obligation_modals"]
                                                              for a in c.children) for c in verb.children)
            if not (appeal or demand):
                continue
            senders = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            addressees = [m for t in sent_to for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(a, "CALLED_ON", b, verb, sent.start, sent.end, confidence=0.55)
                    for a in senders for b in addressees if a.id != b.id]
        return out

    def _answered_calls(self, res: Resolution, sent) -> list[Found]:
        """"Moscow rebuffed Ankara's demands", "Hamas's calls for a truce were ignored by Israel",
        "Cairo heeded the UN's appeal": a demand, call or appeal (a CALLED_ON event noun) that an
        actor rejects, ignores or heeds (cues ``answer_verbs``) was made of that actor."""
        out = []
        for noun in res.sent_tokens(sent):
            if noun.pos_ != "NOUN" or not any(s_.type == "CALLED_ON" and s_.kind == "event" for s_ in self._senses(noun)):
                continue
            verb, dep = noun.head, noun.dep_
            if dep == "conj":  # "... remains unclear and X's demands ... were rebuffed by Y", the clauses misjoined
                verb = next((c for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and c.tag_ == "VBN"
                             and self._is_passive(c) and not self._children(c, PASSIVE_SUBJ)), noun)
                dep = "nsubjpass"
            if dep not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or not self._word_in(verb, self.cues["answer_verbs"]):
                continue
            if any(m.type in ACTOR_TYPES for s_ in self._senses(noun) for p in self._pobjs(noun, s_.preps)
                   for m in self.mentions_of(res, p)):
                continue  # "rejected Turkey's demand on the US": it names whom it was made of
            askers = [m for c in noun.children if c.dep_ == "poss" for m in self.mentions_of(res, c)]
            askers += [m for c in noun.children if c.dep_ in ("amod", "compound") for m in res.at(c.i)
                       if m.type == "State" and m.kind in ("demonym", "name", "capital") and m.head == c.i]
            askers += [m for p in self._pobjs(noun, ("from", "by")) for m in self.mentions_of(res, p)]
            answer = self._agent_tokens(verb) if dep == "nsubjpass" else self._subject_tokens(verb)[0]
            answerers = [m for t in answer for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(a, "CALLED_ON", b, noun, sent.start, sent.end, confidence=0.55)
                    for a in {m.id: m for m in askers}.values() for b in answerers if a.id != b.id]
        return out

    def _on_behalf(self, res: Resolution, sent) -> list[Found]:
        """"Hezbollah fought on Assad's behalf", "militias intervened on behalf of the regime": who
        fights, intervenes or lobbies for someone backs them (a verb of fighting, or of
        ``alongside_verbs`` or ``behalf_verbs``); who speaks, signs or acts on their behalf only
        represents them."""
        out = []
        ids = self.lex.string_ids(res.doc, "behalf_nouns", self.cues["behalf_nouns"])
        for tok in res.sent_tokens(sent):
            if tok.lower not in ids or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "in"):
                continue
            backed = [m for c in tok.children if c.dep_ == "poss" for m in self.mentions_of(res, c)]
            backed += [m for p in self._pobjs(tok, ("of",)) for m in self.mentions_of(res, p)]
            verb = tok.head.head
            if not backed or verb.pos_ not in ("VERB", "AUX"):
                continue
            lemma = verb.lemma_.lower()
            if not (any(sense.type == "FIGHTS" for sense in self.lex.verbs.get(lemma, ()))
                    or lemma in self.cues["alongside_verbs"] or self._word_in(verb, self.cues["behalf_verbs"])):
                continue
            backers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(a, "BACKS", b, tok, sent.start, sent.end, confidence=0.6)
                    for a in backers for b in backed if a.id != b.id]
        return out

    def _fell_to(self, res: Resolution, sent) -> list[Found]:
        """"the town fell to X from Y", "Mosul, held by Y, fell to X", "the Y-held city fell to X": X
        took the ground from whoever held it and fought them; a place that fell to X from no named
        holder says nothing of whom X fought (cues ``fall_verbs``; holders by ``seize_words``)."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.pos_ != "VERB" or not self._word_in(tok, self.cues["fall_verbs"]):
                continue
            taker_toks = self._pobjs(tok, ("to",))
            takers = [m for t in taker_toks for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            if not takers:
                continue
            holder_toks = self._pobjs(tok, ("from",)) + [p for t in taker_toks for p in self._pobjs(t, ("from",))]
            fallen = self._subject_tokens(tok)[0] + [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and res.at(c.i)]
            fallen += [c for t in fallen for c in t.children if c.dep_ == "appos"]  # "X, the last town held by Y, fell"
            for place in fallen + [tok]:  # "Mosul, held by Y", "the Y-held town", "Held by Y, the town fell": its holder
                for c in place.children:
                    if c.dep_ in (("advcl",) if place is tok else ("acl", "amod")) and c.tag_ == "VBN" \
                            and self._word_in(c, self.cues["seize_words"]):
                        holder_toks += self._pobjs(c, ("by",)) + [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")]
            holders = [m for t in holder_toks for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(a, "FIGHTS", b, tok, sent.start, sent.end, confidence=0.6)
                    for a in takers for b in holders if a.id != b.id]
        return out

    def _allies_against(self, res: Resolution, sent) -> list[Found]:
        """"X and Y are allies against Z", "X, the west's partner against Z": the allies are against Z
        (they fight an armed group, oppose anyone else)."""
        out = []
        ids = self.lex.string_ids(res.doc, "ally_agents", self.ally_agents)
        for tok in res.sent_tokens(sent):
            if tok.lemma not in ids and tok.lower not in ids or tok.pos_ != "NOUN" \
                    or not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
                continue
            targets = [m for p in self._pobjs(tok, ("against",)) for m in self.mentions_of(res, p) if m.type in ACTOR_TYPES]
            if not targets:
                continue
            sides = self._copula_subject(res, tok) + ([tok.head] if tok.dep_ == "appos" else []) \
                + [c for c in tok.children if c.dep_ in ("poss", "appos")]
            allies = [m for t in sides for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            for a in allies:
                for t in targets:
                    if a.id != t.id:
                        kind = "FIGHTS" if t.type == "Group" else "OPPOSES"
                        out.append(Found(a, kind, t, tok, sent.start, sent.end, confidence=0.55))
        return out

    def _soured_ties(self, res: Resolution, sent) -> list[Found]:
        """"Relations between X and Y have deteriorated", "X's ties with Y soured": each opposes the other."""
        out = []
        ids = self.lex.string_ids(res.doc, "relation_nouns", self.cues["relation_nouns"])
        for noun in res.sent_tokens(sent):
            if noun.lemma not in ids and noun.lower not in ids:
                continue
            verb = next((v for v in ((noun.head if noun.dep_ == "nsubj" else None), self._worsened_relative(noun))
                         if v is not None and v.pos_ == "VERB" and self._word_in(v, self.cues["worsen_verbs"])), None)
            if verb is None:
                continue
            sides = [m for p in self._pobjs(noun, ("between",)) for m in self.mentions_of(res, p)]
            owners = [m for c in noun.children if c.dep_ == "poss" for m in self.mentions_of(res, c)]
            others = [m for p in self._pobjs(noun, ("with",)) for m in self.mentions_of(res, p)]
            pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1:]] + [(a, b) for a in owners for b in others]
            for a, b in pairs:
                if a.id != b.id and a.type in ACTOR_TYPES and b.type in ACTOR_TYPES:
                    out.append(Found(a, "OPPOSES", b, verb, sent.start, sent.end, confidence=0.55))
                    out.append(Found(b, "OPPOSES", a, verb, sent.start, sent.end, confidence=0.55))
        return out

    def _worsened_relative(self, noun: Token) -> Token | None:
        """The relative clause that says a relation worsened, hung on the noun or, by the parser, on
        the last of the sides after its "between": "relations between X and Y, which have soured"."""
        sides = [p for p in self._pobjs(noun, ("between",)) for p in (p, *p.conjuncts)]
        for t in (noun, *sides):
            for c in t.children:
                if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in self.cues["relative_pronouns"]
                                             for g in c.children):
                    return c
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if prep is not None:  # ("between X and Y, which ...": the clause hung on the preposition)
            return next((c for c in prep.children if c.dep_ == "relcl"), None)
        return None

    def _under_attack(self, res: Resolution, sent) -> list[Found]:
        """"X came under fire from Y", "X is under pressure from Y": Y does it to X."""
        out, kinds = [], self.cues.get("under_nouns", {})
        for tok in res.sent_tokens(sent):
            if tok.dep_ != "prep" or tok.lower_ != "under":
                continue
            noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if noun is None or noun.lower_ not in kinds:
                continue
            verb = tok.head
            doers = self._pobjs(noun, ("from", "by", "of")) or self._pobjs(verb, ("from", "by"))
            subjects = [m for t in doers for m in self.mentions_of(res, t)] or self._owner_mentions(res, doers) or [
                m for c in noun.children if c.dep_ in ("poss", "amod", "compound") for m in res.at(c.i)
                if m.type == "State" and m.kind in ("name", "demonym", "capital")]  # "under US protection"
            targets = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
            for s_ in subjects:
                for o in targets:
                    out.append(Found(s_, kinds[noun.lower_], o, noun, sent.start, sent.end, confidence=0.65))
        return out

    def _refused_permission(self, res: Resolution, sent) -> list[Found]:
        """"X will not allow Y to attend", "X refused to let Y in", "X would not tolerate Y": who
        refuses to let an actor act opposes it (the refusal is the stance, so it is not negated)."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.cues["permission_verbs"]:
                continue
            refused = any(c.dep_ == "neg" for c in tok.children) or (
                tok.dep_ == "xcomp" and self._word_in(tok.head, self.cues["negating_verbs"]))
            if not refused:
                continue
            targets = self._children(tok, ("dobj",)) or [
                t for c in tok.children if c.dep_ in ("ccomp", "xcomp") for t in self._children(c, SUBJ)]
            subjects = [m for t in self._subject_tokens(tok)[0] for m in self.mentions_of(res, t)]
            for s_ in subjects:
                for o in (m for t in targets for m in self.mentions_of(res, t)):
                    if o.id != s_.id and not (o.type == "State" and o.kind == "descriptor"):  # not "its own troops"
                        out.append(Found(s_, "OPPOSES", o, tok, sent.start, sent.end, confidence=0.6))
        return out

    def _former_names(self, res: Resolution, sent) -> list[Found]:
        """"Group X, formerly the Y", "X (previously known as Y)": a group is rooted in the one
        whose name it took over."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.lower_ == "known" and tok.dep_ in ("acl", "relcl") and any(
                    c.dep_ == "advmod" and c.lower_ in self.cues["former_name_adverbs"] for c in tok.children):
                # "X, previously known as Y"
                for new in self.mentions_of(res, tok.head):
                    for old in (o for p in self._pobjs(tok, ("as",)) for o in self.mentions_of(res, p)):
                        if old.id != new.id and {old.type, new.type} <= {"Group", "Organization"}:
                            out.append(Found(new, "AFFILIATED_WITH", old, tok, sent.start, sent.end, confidence=0.75))
                continue
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
        plural = self.plural_tags
        for tok in res.sent_tokens(sent):
            if tok.tag not in plural:
                continue  # a hash test first: most tokens are no plural noun
            blocs = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for m in res.at(c.i)
                     if m.type == "Organization" and m.kind == "name" and m.head == c.i]
            if blocs:  # "the two Nato countries", "both EU states": each of them is a member
                out += [Found(m, "MEMBER_OF", blocs[0], tok, sent.start, sent.end, confidence=0.65)
                        for m in res.at(tok.i) if m.kind == "pronoun" and m.type == "State"]
            whole = [m for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "amod")))  # "rebel factions"
                     for m in res.at(t.i) if m.kind == "descriptor" and m.type == "Group" and m.head == t.i
                     and " " in m.name]  # a side the article names ("Syrian rebels"), not bare "militants"
            if not whole:
                continue
            examples = [c for c in tok.children if c.dep_ == "appos"] + self._such_as(tok) + self._pobjs(tok, ("including",))
            examples += [cj for c in list(examples) for cj in c.conjuncts]
            dash = next((t for t in tok.subtree if t.i > tok.i and t.text in ("–", "—", ":")), None)
            if dash is not None:  # "the militias of the north – X and Y – agreed", read as a list
                for t in res.tokens[dash.i + 1:tok.right_edge.i + 1]:
                    if t.text in ("–", "—"):
                        break
                    examples.append(t)
            for ex in examples:
                for part in res.at(ex.i):
                    if part.kind == "name" and part.type in ("Group", "Organization") and part.id != whole[0].id:
                        out.append(Found(part, "MEMBER_OF", whole[0], ex, sent.start, sent.end, confidence=0.7))
        return out

    def _owned_bodies(self, res: Resolution, sent) -> list[Found]:
        """"Leeds University's Peace Institute", "the Red Cross's tracing service" (named): a named
        body an organisation's possessive owns is part of it."""
        out = []
        for m in res.sent_mentions(sent):
            if m.kind != "name" or m.type not in ("Group", "Organization") or m.head < 0:
                continue
            for c in res.tokens[m.head].children:
                if c.dep_ == "poss":
                    out += [Found(m, "MEMBER_OF", o, c, sent.start, sent.end, confidence=0.7) for o in res.at(c.i)
                            if o.kind == "name" and o.type == "Organization" and o.id != m.id]
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
        critical = self.critical_ids
        for verb in res.sent_tokens(sent):
            if verb.pos_ == "AUX" and verb.lemma_ == "be" and verb.dep_ == "ccomp" and \
                    self._word_in(verb.head, self.cues["speech_verbs"]):
                out.extend(self._said_to_be(res, sent, verb, kinds))  # "Lima says the movement is a criminal gang"
                continue
            if verb.dep_ == "relcl" and verb.lemma_.lower() in self.lex.stance_verbs and (verb.pos_ == "NOUN" or any(
                    c.dep_ == "compound" for c in verb.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
                # ("militias that Turkey views as a threat" with "Turkey" hung on the verb as a compound)
                out.extend(self._nominal_stance(res, sent, verb, kinds))  # "militias that Peru views as terrorists"
                continue
            misread = verb.pos_ == "NOUN" and {"nsubj", "dobj"} <= {c.dep_ for c in verb.children}  # "X and Y regard Z as ..."
            if verb.pos_ not in ("VERB", "AUX") and not misread or verb.lemma_.lower() not in self.lex.stance_verbs:
                continue
            comps = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]  # ("as reckless": an adjective under "as")
            comps += [p for d in verb.children if d.dep_ == "dobj" for c in d.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]  # "described X's move as a provocation"
            if not comps and self._is_passive(verb):  # "classified by X, Y and Z as a terror group": "as" hung on an agent
                comps = [p for a in self._agent_tokens(verb) for t in (a, *a.conjuncts) for c in t.children
                         if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
            comps += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
            comps += [c for d in verb.children if d.dep_ in ("dobj", "dative") for c in d.children if c.dep_ in ("oprd", "appos")
                      or c.dep_ == "amod" and c.i > d.i and c.lower_ in self.cues["responsible_words"]]
            comps += [c for c in verb.children if c.dep_ == "advcl" and c.lower_ in self.cues["responsible_words"]]
            # ("held X responsible for the strike", its adjective hung on X or on the verb)
            relative = verb.dep_ == "relcl" and not any(c.dep_ in ("oprd", "attr", "xcomp") for c in verb.children)
            small = [c for c in verb.children if c.dep_ == "dobj" and not res.at(c.i)] if any(
                c.dep_ == "dative" and res.at(c.i) for c in verb.children) else []
            comps += small  # "branded X a terrorist entity", parsed as if X were given one: the kind is the dobj
            if relative:  # "X, which Y considers a threat": the object is the antecedent, the kind the dobj
                comps += [c for c in verb.children if c.dep_ == "dobj" and not res.at(c.i)]
            comps += [a for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be"
                      for a in c.children if a.dep_ in ("attr", "acomp")]  # "considers X to be a threat"
            if verb.lemma_.lower() in ("liken", "compare"):  # "likens X to a mafia boss"
                comps += self._pobjs(verb, ("to", "with"))
            kind = None
            for c in comps:
                # the kind, its modifiers, and what it is a part of: "the armed wing of a terrorist group"
                parts = [c, *[x for x in c.children if x.dep_ == "appos"]] + [
                    a for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for a in (o, *[x for x in o.children if x.dep_ == "appos"])]
                words = [w for p in parts for w in (p, *[g for g in p.children if g.dep_ in ("amod", "compound")])]
                kind = next((kinds[w.lower_] for w in words if w.lower_ in kinds), None) or \
                    next((kinds[w.lemma_.lower()] for w in words if w.lemma_.lower() in kinds), None)
                if c.lower_ in self.cues["responsible_words"]:  # "holds X responsible", "deemed X culpable": a blame
                    kind = "OPPOSES"  # (but only as the predicate: "a responsible partner" is praise)
                if kind is None and any(w.lower in critical or w.lemma in critical for w in (c, *c.children) if w.dep_ != "neg"):
                    kind = "OPPOSES"  # a judgement: "called X's decision a blunder", "described the veto as reckless"
                if kind:
                    break
            if kind is None:
                continue
            if self._is_passive(verb):
                subj_toks, targets = self._agent_tokens(verb), self._children(verb, PASSIVE_SUBJ)
                if not subj_toks:  # "outlawed in Chile and in Peru as a terrorist movement"
                    subj_toks = [t for t in self._pobjs(verb, ("in",)) for t in (t, *t.conjuncts)
                                 if any(m.type == "State" or m.kind == "bloc" for m in res.at(t.i))]
                    subj_toks += [t for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == "in"
                                  for t in c.children if t.dep_ == "pobj"]
                if not targets and verb.dep_ in ("acl", "relcl"):
                    targets = [verb.head]
                if not targets and verb.dep_ == "conj" and not self._is_passive(verb.head):
                    targets = self._subject_tokens(verb.head)[0]  # "X, which has waged ... and is classified by Y as ..."
            else:
                subj_toks, targets = self._subject_tokens(verb)[0], (not small and self._children(verb, ("dobj",))) \
                    or self._children(verb, ("dative",))
                if not targets:  # "considers X to be a threat", "considers X a threat" (a small clause)
                    targets = [t for c in verb.children if c.dep_ in ("xcomp", "ccomp") and (
                               c.lemma_ == "be" or c.pos_ in ("NOUN", "PROPN", "ADJ")) for t in c.children if t.dep_ == "nsubj"]
                if relative and not any(res.at(t.i) for t in targets):
                    targets = [verb.head]
            subjects = [m for t in subj_toks for m in self.mentions_of(res, t)]
            objects = [m for t in targets for m in self.mentions_of(res, t)] or (
                self._owner_mentions(res, targets) if kind == "OPPOSES" else [])  # "regards X's decision as unlawful"
            for s_ in subjects:
                for o in objects:
                    if o.type != "Place":  # "said the town was lawless" judges no actor
                        out.append(Found(s_, kind, o, verb, sent.start, sent.end, confidence=0.7))
            if kind == "ALLY_OF":  # "X regards Y as an ally against Z": Z is X's foe too
                against = [p for a in c.children if a.dep_ == "prep" and a.lower_ == "against"
                           for a in (a, *a.conjuncts) for p in a.children if p.dep_ == "pobj"]
                foes = [m for t in against for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
                out += [Found(s_, "OPPOSES", f, verb, sent.start, sent.end, confidence=0.6)
                        for s_ in subjects for f in foes if f.id != s_.id and f.id not in {o.id for o in objects}]
        return out

    def _nominal_stance(self, res: Resolution, sent, verb: Token, kinds: dict) -> list[Found]:
        """"the militias that Peru views as terrorists" with "Peru views" read as a noun phrase:
        its compound is the subject, the relative's antecedent the target, the kind after "as"."""
        doc = res.doc
        subjects = [m for c in verb.children if c.dep_ == "compound" for m in res.at(c.i) if m.type in ACTOR_TYPES]
        after = doc[verb.i + 1:min(verb.i + 6, sent.end)]
        if not subjects or not len(after) or after[0].lower_ != "as":
            return []
        kind = next((kinds[t.lower_] for t in after[1:] if t.lower_ in kinds), None)
        if kind is None:
            return []
        targets = [m for m in self.mentions_of(res, verb.head) if m.id not in {s_.id for s_ in subjects}]
        return [Found(s_, kind, o, verb, sent.start, sent.end, confidence=0.6) for s_ in subjects for o in targets]

    def _hyphen_pairs(self, res: Resolution, sent) -> list[Found]:
        """"the US-Iran talks", "the Russia-Ukraine war": an event noun of two actors joined by a
        hyphen relates them (both ways where the type is not symmetric)."""
        doc, out = res.doc, []
        for tok in res.sent_tokens(sent):
            if tok.i < 3 or tok.pos_ != "NOUN":
                continue
            senses = [x for x in (self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(tok.lemma_.lower(), ()))
                      if x.type in ("MET_WITH", "FIGHTS", "ALLY_OF") and x.kind == "event"
                      and (x.type != "FIGHTS" or tok.lemma_.lower() in self.cues["mutual_fight_nouns"])]
            # "the Russia-Ukraine war" is between them; "a Saudi-Emirati attack" is theirs together
            event = next((m for m in res.at(tok.i) if m.type == "Event" and m.head == tok.i), None)
            if not senses and event is None or doc[tok.i - 2].text not in ("-", "–", "/"):  # "the US/Iran talks"
                continue
            right = [m for m in res.at(tok.i - 1) if m.end == tok.i and m.type in ACTOR_TYPES]
            left = [m for m in res.at(tok.i - 3) if m.end == tok.i - 2 and m.type in ACTOR_TYPES]
            if event is not None and left and right:  # "a US-Turkish deal", "the Russia-Ukraine talks": both take part
                out += [Found(m, "PARTICIPATES_IN", event, tok, sent.start, sent.end, confidence=0.7)
                        for m in left[:1] + right[:1]]
            if not senses:
                continue
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
        for tok in res.sent_tokens(sent):
            if tok.lower_ not in ("pro", "anti") or tok.i + 3 > sent.end or doc[tok.i + 1].text != "-":
                continue
            sides = [m for m in res.at(tok.i + 2) if m.start == tok.i + 2 and m.type in ACTOR_TYPES]
            if not sides:
                continue
            head = doc[sides[0].end - 1].head if doc[sides[0].end - 1].head.i > tok.i else None
            if head is not None and doc[head.i].dep_ == "amod" and head.head.i > head.i:
                head = head.head  # "anti - Isis operations" parsed as a chain of modifiers
            groups = [m for m in res.at(head.i) if m.type in ACTOR_TYPES] if head is not None else []
            if head is not None and not groups:
                groups = self._sided(res, head)
            elif groups and all(m.kind in ("descriptor", "bloc") for m in groups):
                # "anti-Y rebels such as X": the named examples too
                groups += [m for m in self._own_mentions(res, head) if m.kind == "name"]
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

    def _sided(self, res: Resolution, noun: Token) -> list[M]:
        """Who an anti-/pro- noun that names no actor itself stands for: "X, an anti-regime
        group", "X is the strongest pro-Y faction", "anti-Y rebels such as X"; and who stands on
        an "anti-Y side" or in a "pro-Y camp": the one the "on"/"in" phrase is said of ("X is
        (the strongest group) on the anti-Y side", "on the pro-Y side are X and Z")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        if noun.lower_ in self.cues["side_nouns"] and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in"):
            anchor = noun.head.head
            if anchor.pos_ in ("VERB", "AUX"):
                return [m for t in self._subject_tokens(anchor)[0] for m in self.mentions_of(res, t)]
            noun = anchor
            if noun.pos_ not in ("NOUN", "PROPN"):
                return []
        if noun.lemma_.lower() in self.cues["stance_nouns"] or noun.lower_ in self.cues["stance_nouns"]:
            # "X's anti-Y stance", "the pro-Y policy of X": its holder
            return [m for t in [c for c in noun.children if c.dep_ == "poss"] + self._pobjs(noun, ("of",))
                    for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
        found = self._own_mentions(res, noun)
        if not found and noun.dep_ in ("attr", "appos"):
            found = [m for t in self._copula_subject(res, noun) for m in self.mentions_of(res, t)]
        return found

    def _own_mentions(self, res: Resolution, noun: Token) -> list[M]:
        """The actors a noun stands for (its appositions and examples), not its conjuncts': "X-backers
        or anti-Y guerrillas" are not X."""
        others = {t.i for c in noun.conjuncts for t in c.subtree}
        return [m for m in self.mentions_of(res, noun) if m.type in ACTOR_TYPES and m.head not in others]

    def _alongside(self, res: Resolution, sent) -> list[Found]:
        """"X fought (was deployed, serves) alongside Y": X and Y are on the same side."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.lower_ == "side" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
                # "fighting on the side of X", "X is on the side of Y", "fought in the war on X's side": the same side
                verb = tok.head.head
                for _ in range(2):  # past the noun the phrase hangs on ("fought in the war on X's side")
                    if verb.pos_ in ("VERB", "AUX") or verb.dep_ != "pobj":
                        break
                    verb = verb.head.head
                if verb.pos_ in ("VERB", "AUX") and (verb.lemma_ in self.cues["copulas"] or any(
                        sense.type == "FIGHTS" for sense in self.lex.verbs.get(verb.lemma_.lower(), ()))
                        or verb.lemma_.lower() in self.cues["alongside_verbs"]):
                    subjects = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t)]
                    partners = [m for p in self._pobjs(tok, ("of",)) + [c for c in tok.children if c.dep_ == "poss"]
                                for m in self.mentions_of(res, p)]
                    out += [Found(s_, "ALLY_OF", p, tok, sent.start, sent.end, confidence=0.6)
                            for s_ in subjects for p in partners if p.id != s_.id]
                continue
            stranded = tok.dep_ == "advmod" and tok.head.dep_ == "relcl" and not any(tok.children)
            if tok.lower_ != "alongside" or not (tok.dep_ == "prep" or stranded):
                continue  # ("the forces (whom) they fought alongside": the preposition is stranded)
            verb = tok.head
            if self._is_passive(verb):
                continue  # "was captured alongside X": taken together, not allied
            if verb.pos_ not in ("VERB", "AUX") or not (
                    any(sense.type == "FIGHTS" for sense in self.lex.verbs.get(verb.lemma_.lower(), ()))
                    or verb.lemma_.lower() in self.cues["alongside_verbs"]):
                continue  # "suspended alongside Bergkamp" is no alliance
            subjects = [m for t in (self._subject_tokens(verb)[0] or self._children(verb, PASSIVE_SUBJ))
                        for m in self.mentions_of(res, t)]
            pobjs = [p for p in tok.children if p.dep_ == "pobj"]
            if any(" ".join(t.lower_ for t in p.subtree) in self.cues["reciprocal_pronouns"] for p in pobjs):
                # "X and Y fought alongside each other": every two of them are on one side
                out += [Found(a, "ALLY_OF", b, tok, sent.start, sent.end, confidence=0.6)
                        for i, a in enumerate(subjects) for b in subjects[i + 1:] if a.id != b.id]
                continue
            if stranded:
                pobjs = [verb.head]
            partners = [m for p in pobjs for m in self.mentions_of(res, p)]
            out += [Found(s, "ALLY_OF", p, tok, sent.start, sent.end, confidence=0.6)
                    for s in subjects for p in partners if p.id != s.id]
        return out

    # -- surface patterns ----------------------------------------------------------------------
    def _surface_agent_nouns(self, res: Resolution, sent) -> list[Found]:
        """``[X] (adj)* agent-noun [Y]``: "Maduro ally Cuba", "opposition supporter Colombia",
        "Beijing ally Laos" -- Y is the agent, X the other side."""
        doc = res.doc
        out = []
        triggers = self.trigger_ids
        for tok in res.sent_tokens(sent):
            if tok.lower not in triggers and tok.lemma not in triggers:
                continue  # no trigger word (a hash test)
            if tok.tag_ in ("VBD", "VBN", "VBG", "VBZ"):
                continue  # an inflected verb is no agent noun: "Qatar sponsored HTS" (lemma "sponsor") is no "Maduro ally Cuba"
            senses = [s for s in self.lex.nouns.get(tok.lower_, ()) or self.lex.nouns.get(tok.lemma_.lower(), ())
                      if s.kind == "agent"]
            if not senses or tok.i + 1 >= sent.end:
                continue
            after = [m for m in res.at(tok.i + 1) if m.start == tok.i + 1 and m.kind != "demonym"]
            if not after:
                continue
            after = after[:1] + [m for c in res.tokens[after[0].head].conjuncts for m in res.at(c.i)
                                 if m.kind == "name" and m.id != after[0].id]
            i = tok.i - 1
            while i >= sent.start:
                if res.tokens[i].lower_ in self.cues["agent_adjectives"]:
                    i -= 1
                elif res.tokens[i].text == "-" and i - 1 >= sent.start and res.tokens[i - 1].lower_ in self.cues["agent_adjectives"]:
                    i -= 1  # "Iran's arch-rival X": the hyphen after the first half of a compound
                elif i - 2 >= sent.start and res.tokens[i - 1].text == "-" \
                        and doc[i - 2:i + 1].text.lower() in self.cues["agent_adjectives"]:
                    i -= 3  # "its long-time ally X": a hyphenated adjective the tokenizer split
                else:
                    break
            if i >= sent.start and res.tokens[i].tag_ == "POS":
                i -= 1
            before = [m for m in res.at(i) if m.end == i + 1] if i >= sent.start else []
            for sense in senses:
                for o in before:
                    for s in after:
                        a, b = (o, s) if sense.inverse else (s, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.75))
        return out
