"""Coreference: personal and possessive pronouns, 'they' for groups and pairs of people, 'the
country', 'the group'."""
from __future__ import annotations

from spacy.tokens import Doc

from .mentions import DEFINITE_GROUPS, M, Resolution, sentences_back


PRONOUN_STAGE_WORDS = ("he", "she", "his", "her", "him", "them", "it", "its", "they", "their", "old")
PRONOUN_SEX = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female", "hers": "female"}


class Coreference:
    # -- pronouns ---------------------------------------------------------------------------
    def _sex(self, doc: Doc, res: Resolution, person_id: str) -> str | None:
        """What the text or the given name tells of a person's sex: a gendered word in or just
        before a mention or in apposition to it ("Ms Okafor", "the spokeswoman, Grace Okafor",
        "Okafor, his wife"), else the first given name of the full name ("Grace Okafor"); None when
        nothing tells or the cues disagree."""
        if person_id in res.sexes:
            return res.sexes[person_id]
        told = set()
        for m in res.mentions:
            if m.id != person_id or m.kind not in ("name", "title"):
                continue
            head = res.tokens[m.head]
            near = [*doc[m.start:m.end], *(c for c in head.children if c.dep_ == "appos")]
            if m.start > 0 and res.tokens[m.start - 1].is_title:  # "Ms Okafor", "Queen Rania"; not "the woman Okafor met"
                near.append(res.tokens[m.start - 1])
            if head.dep_ == "appos":
                near.append(head.head)
            told |= {self.lex.gender_words[t.lower_] for t in near if t.lower_ in self.lex.gender_words}
        if not told:
            words = [w for w in res.names.get(person_id, ("", ""))[0].split() if w not in self.lex.honorifics]
            if len(words) > 1:  # a given name and a family name ("Okafor" alone tells nothing)
                first = words[0].lower()
                sex = self.lex.given_names.get(first) or self.lex.given_names.get(first.split("-")[0])
                if sex:
                    told.add(sex)
        res.sexes[person_id] = sex = told.pop() if len(told) == 1 else None
        return sex

    @staticmethod
    def _names_a_thing(doc: Doc, res: Resolution, m: M) -> bool:
        """A person's name that only modifies something else ("the Obama adviser", "the Trump
        administration"): no antecedent for a 'he' that follows."""
        tok = res.tokens[m.head]
        return tok.dep_ in ("compound", "amod", "nmod") and not any(o.type == "Person" for o in res.at(tok.head.i))

    def _fits_sex(self, doc: Doc, res: Resolution, m: M, sex: str | None) -> bool:
        """Whether a 'he' or 'she' (of ``sex``) can stand for the person of ``m``."""
        return sex is None or self._sex(doc, res, m.id) in (None, sex)

    def _antecedent_person(self, doc: Doc, res: Resolution, i: int, sex: str | None = None) -> M | None:
        """The person a 'he'/'his' at token ``i`` most likely refers to: the subject of its
        clause, else the last person named in this or the previous sentence; only a person a
        'he' (or 'she') can stand for (see ``_sex``; ``sex`` for a noun such as 'the woman')."""
        sex = sex or PRONOUN_SEX.get(res.tokens[i].lower_)
        fits = lambda m: self._fits_sex(doc, res, m, sex)  # noqa: E731
        sent = res.tokens[i].sent
        head = res.tokens[i]
        while head.head.i != head.i and head.dep_ not in ("ROOT",):
            head = head.head
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < i:
                    if c.lower_ in self.cues["relative_pronouns"] and head.dep_ == "relcl":
                        c = head.head  # "the minister, who defended his decision": the relative's antecedent
                    ms = [m for m in res.at(c.i) if m.type == "Person" and fits(m)]
                    if ms:
                        return ms[0]
                    if c.lemma_.lower() in self.cues["person_nouns"] and not res.at(c.i):
                        return None  # "a man who told reporters he was an engineer": he is the unnamed man
        start = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best = None
        for m in res.mentions:
            if m.type == "Person" and start <= m.start < i and m.kind != "pronoun" and fits(m) \
                    and not (m.end < len(doc) and res.tokens[m.end].text == "-") \
                    and not self._names_a_thing(doc, res, m):  # not "a Bush-style cut", "the Obama adviser"
                best = m
        if best is None and res.tokens[i].dep_ in ("nsubj", "nsubjpass") and sent.start > 0:
            # a paragraph about one person: "he" goes on from the last "he" or name of the last
            # three sentences, when no one else was named since
            back = sentences_back(doc, i, 3)
            people = [m for m in res.mentions if m.type == "Person" and back <= m.start < i and fits(m)]
            if people and len({m.id for m in people}) == 1:
                return people[-1]
        if best is None and sex is not None and sent.start > 0:
            # "He urged X ... a statement said. He also urged Y": the last sentence's subject, the same
            # pronoun, goes on; else the one person of that sex named in the last three sentences
            prev = res.tokens[sent.start - 1].sent
            chain = [m for m in res.mentions if m.kind == "pronoun" and m.type == "Person" and prev.start <= m.start < prev.end
                     and PRONOUN_SEX.get(res.tokens[m.start].lower_) == sex and res.tokens[m.head].dep_ in ("nsubj", "nsubjpass")]
            if chain:
                return chain[-1]
            back = sentences_back(doc, i, 3)
            known = [m for m in res.mentions if m.type == "Person" and back <= m.start < i and m.kind != "pronoun"
                     and self._sex(doc, res, m.id) == sex]
            if known and len({m.id for m in known}) == 1:
                return known[-1]
        if best is not None and best.start < sent.start:  # the previous sentence's subject comes first
            prev = res.tokens[best.start].sent
            subject = next((m for m in res.mentions if m.type == "Person" and prev.start <= m.start < prev.end
                            and res.tokens[m.head].dep_ in ("nsubj", "nsubjpass") and m.kind != "pronoun" and fits(m)), None)
            if subject is not None and sex is not None and self._sex(doc, res, subject.id) is None \
                    and self._sex(doc, res, best.id) == sex:
                return best  # "Alex Novak met Kim Tran, a spokeswoman. She ...": the one known to be a woman
            if subject is not None and not any(m.type == "Person" and sent.start <= m.start < i and fits(m)
                                               for m in res.mentions):
                return subject
        return best

    def _object_antecedent(self, doc: Doc, res: Resolution, i: int) -> M | None:
        """The person a 'him'/'her' object at token ``i`` refers to: the last person named in this
        or the previous sentence who is not the subject of its own clause ("Trump called
        Erdogan, urging him to ..." is Erdogan)."""
        tok = res.tokens[i]
        subjects = set()
        head = tok
        while head.head.i != head.i:
            head = head.head
            own = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subjects |= {m.id for c in own for m in res.at(c.i)}
            if own and head.pos_ in ("VERB", "AUX"):
                break  # a clause with its own subject: the clauses above may hold the antecedent
                # ("X was in Kenya when the police arrested him"), unlike "X called Y, urging him"
            if head.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or head.pos_ not in ("VERB", "AUX"):
                if head.pos_ in ("VERB", "AUX"):
                    break
        sent = tok.sent
        start = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        sex = PRONOUN_SEX.get(tok.lower_)
        best = None
        for m in res.mentions:
            if m.type == "Person" and start <= m.start < i and m.kind != "pronoun" and m.id not in subjects \
                    and self._fits_sex(doc, res, m, sex):
                best = m
        # "He and his fiancee, Ana Ruiz, were in Kenya when police arrested him": the one the same
        # pronoun already stands for, before a name of unknown sex
        same = ("he", "his", "him") if tok.lower_ == "him" else ("she", "her", "hers")
        chain = [m for m in res.mentions if m.kind == "pronoun" and m.type == "Person" and sent.start <= m.start < i
                 and res.tokens[m.start].lower_ in same and m.id not in subjects]
        if chain and best is not None and chain[-1].id != best.id:
            return chain[-1]
        return best

    def _plural_people(self, doc: Doc, res: Resolution, i: int) -> list[M]:
        """The people a 'they' at ``i`` refers to when the last subject before it was two or more
        named people coordinated ("X and Y")."""
        sent = res.tokens[i].sent
        start = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subjects = [t for t in res.tokens[start:i] if t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        last = subjects[-1]
        people = [m for t in (last, *last.conjuncts) for m in res.at(t.i) if m.type == "Person" and m.kind == "name"]
        uniq = list({m.id: m for m in people}.values())
        return uniq if len(uniq) > 1 else []

    def _fronted_owner(self, doc: Doc, res: Resolution, tok) -> list[M]:
        """The subject that an 'its'/'their' in a phrase opening the sentence looks ahead to
        ("Despite their protests, Russia and Iran ...", "Under its plan, Turkey would ..."): the
        states, groups or organisations of the clause's subject, coordinated ones all."""
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or tok.head.head.dep_ != "prep":
            return []
        prep = tok.head.head
        verb = prep.head
        if any(t.is_alpha and t.dep_ not in ("advmod", "cc") for t in res.tokens[tok.sent.start:prep.i]):
            return []  # the phrase opens the sentence ("But despite their ...", not "X said, despite their ...")
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
        if subj is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        kinds = ("State", "Group", "Organization")
        found = {m.id: m for t in (subj, *subj.conjuncts) for m in res.at(t.i)
                 if m.type in kinds and m.head == t.i and m.kind != "pronoun" and (m.kind != "demonym" or self._people_of(doc, m))}
        return list(found.values()) if len(found) == 1 or tok.lower_ == "their" else []

    def _plural_actors(self, doc: Doc, res: Resolution, i: int) -> list[M]:
        """The states, groups or organisations a 'they'/'their' at ``i`` refers to when its clause's
        subject, else (for a 'they' that opens a sentence) the last sentence's, is two or more of
        them coordinated ("Russia and Iran said they ...") or a noun with such a list in apposition
        ("the two factions, X and Y, said they ...")."""
        kinds = ("State", "Group", "Organization")
        subj = None
        head = res.tokens[i]
        while head.head.i != head.i and subj is None:
            head = head.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        sent = res.tokens[i].sent
        if subj is None and res.tokens[i].dep_ in ("nsubj", "nsubjpass") and sent.start > 0 \
                and not any(res.at(k) for k in range(sent.start, i)):
            prev = res.tokens[sent.start - 1].sent
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in self.cues["relative_pronouns"]:
            return []
        tops = [subj, *(c for c in subj.children if c.dep_ == "appos")]
        if subj.tag_ == "NNS":  # "the two factions in Ghouta – X and Y – said they": the list after the plural
            tops += [a for c in subj.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                     for a in o.children if a.dep_ == "appos"]
        toks = [t for top in tops for t in (top, *top.conjuncts)]
        found = {m.id: m for t in toks for m in res.at(t.i) if m.type in kinds and m.head == t.i
                 and (m.kind != "pronoun" or t.lower_ == "they")  # ("They deny it. They also ...": the same ones)
                 and (m.kind != "demonym" or self._people_of(doc, m))}
        return list(found.values()) if len(found) > 1 else []

    def _antecedent_actor(self, doc: Doc, res: Resolution, i: int, plural: bool) -> M | None:
        """The state, group or organisation an 'its'/'their' at token ``i`` refers to: the
        subject of its clause, else the last one named in this or the previous sentence."""
        kinds = ("State", "Group", "Organization")
        head = res.tokens[i]
        exclude: set[str] = set()
        hostile = False
        if head.dep_ == "poss" and head.head.dep_ == "conj" and head.head.head.i < i:
            # "the party and its armed wing", "Chile and its allies": the first conjunct
            ms = [m for m in res.at(head.head.head.i) if m.type in kinds and m.kind != "pronoun"]
            if ms:
                return ms[0]
            first = head.head.head  # "Turkey's ambitions and its alliance with Qatar": the owner of the conjunct before
            owners = [m for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      for m in res.at(c.i) if m.type in kinds and m.kind != "pronoun"] if not res.at(first.i) else []
            if owners:
                return owners[0]
        while head.head.i != head.i:
            came_from, head = head, head.head
            if head.pos_ == "NOUN" and head.i < i and came_from.dep_ in ("acl", "relcl", "xcomp", "ccomp"):
                # "the Saudi refusal to end its support": the refusal's owner (not "French loans in their feud")
                owners = [m for c in head.children if c.dep_ in ("poss", "amod", "compound") and c.i < head.i
                          for m in res.at(c.i) if m.type in kinds and m.head == c.i]
                if owners:
                    return owners[0]
            if came_from.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in self.cues["object_control"]:
                # "urged Sweden to end its support": the one urged, who is to do it
                urged = [c for c in head.children if c.dep_ == "dobj"] or [  # "called on Y to", "appealed to Y to"
                    o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for o in c.children
                    if o.dep_ == "pobj"]
                ms = [m for c in urged if c.i < i for m in res.at(c.i) if m.type in kinds and m.kind != "pronoun"]
                if ms:
                    return ms[0]
            if not hostile and self._hostile_to_owned(res.tokens[i], head, came_from):
                hostile = True  # "Israel struck its positions", "Turkey condemned its support for X": not their own
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < i:
                    if c.lower_ in self.cues["relative_pronouns"] and head.dep_ == "relcl":
                        c = head.head  # "the Chileans, who count on their ...": the relative's antecedent
                    ms = [m for m in res.at(c.i) if m.type in kinds and (m.kind != "demonym" or self._people_of(doc, m))]
                    if not ms and not res.at(c.i):  # "Riyadh's plan is to end its war": the subject's owner
                        ms = [m for p in c.children if p.dep_ == "poss" for m in res.at(p.i)
                              if m.type in kinds and m.kind in ("name", "capital")]
                    if ms and hostile:
                        exclude = {m.id for m in ms}
                        break
                    if ms:
                        return ms[0]
            if exclude:
                break
        sent = res.tokens[i].sent
        start = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for _ in range(2):  # "The Kurds fought Isis. But it is galling. They ...": past sentences that name no one
            if start == 0 or any(start <= m.start < sent.start and m.type in (*kinds, "Person") for m in res.mentions):
                break
            start = res.tokens[start - 1].sent.start
        if exclude:  # the last sentence's subject, else the last one named, that is not the clause's subject
            fits = [m for m in res.mentions if m.type in kinds and start <= m.start < i and m.id not in exclude
                    and m.kind != "pronoun" and (m.kind != "demonym" or self._people_of(doc, m))]
            subjects = [m for m in fits if m.start < sent.start and res.tokens[m.head].dep_ in ("nsubj", "nsubjpass")
                        and res.tokens[m.head].head.dep_ == "ROOT"]
            return (subjects or fits or [None])[-1]
        if plural and res.tokens[i].dep_ in ("nsubj", "nsubjpass") and sent.start > 0:
            # "They have been allies of X ... Now they face ...": the previous sentence's "they" goes on
            prev = res.tokens[start].sent
            subj = next((m for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                         for m in res.at(t.i) if m.kind == "pronoun" and m.type == "Group"
                         and t.lower_ in ("they", "their")), None)
            if subj is not None:
                return subj
        if not plural and sent.start > 0 and not any(m.type in kinds for k in range(sent.start, i) for m in res.at(k)):
            # "Kenya sent troops into Somalia. Its troops ...": a sentence that opens on "its" or
            # "it" goes on about the last sentence's subject, not its last-named actor
            prev = res.tokens[start].sent
            subj = next((m for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")
                         for m in res.at(t.i) if m.type in kinds and m.head == t.i and t.tag_ not in ("NNS", "NNPS")
                         and (m.kind != "demonym" or self._people_of(doc, m))), None)
            if subj is not None:
                return subj
        best = None
        for m in res.mentions:
            if m.type in kinds and start <= m.start < i and m.kind != "pronoun" and (m.kind != "demonym" or self._people_of(doc, m)) \
                    and (plural or res.tokens[m.head].tag_ not in ("NNS", "NNPS") or m.kind == "name"):
                best = m  # (an "it" is not "the rebels")
        return best

    def _hostile_to_owned(self, pronoun, verb, came_from) -> bool:
        """Whether 'its'/'their' owns what a hostile verb acts on: an attack verb's object ("struck its
        positions") or a backing or attack noun a hostile verb takes ("condemned its support for X")."""
        if pronoun.dep_ != "poss" or verb.pos_ != "VERB" or came_from.dep_ not in ("dobj", "pobj", "prep"):
            return False
        types = {s_.type for s_ in self.lex.verbs.get(verb.lemma_.lower(), ())}
        owned = pronoun.head
        senses = self.lex.nouns.get(owned.lemma_.lower(), ())
        if "FIGHTS" in types and came_from.dep_ == "dobj":
            # its positions, bases, fighters; not "their foe", "their longtime foe the militants", "its meeting"
            return not senses and not any(c.lemma_.lower() in self.lex.nouns for c in owned.children)
        noun_types = {s_.type for s_ in senses if s_.kind == "event"}
        if "OPPOSES" in types and came_from.dep_ == "dobj" and owned.dep_ == "dobj" and "CALLED_ON" in noun_types:
            return True  # "Russia dismissed its call", "rejected their demands": another's call
        return "OPPOSES" in types and bool(noun_types & {"BACKS", "FIGHTS"})

    def _definite_place(self, doc: Doc, tok) -> bool:
        """"the country", "the nearby province", "the besieged city": a bare definite place noun,
        with at most a describing adjective (not "the neighbouring country", another one)."""
        mods = [c for c in tok.children if c.dep_ in ("prep", "appos", "compound", "amod", "relcl", "acl", "poss")
                and not (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
                and not (c.dep_ == "prep" and self._of_charge(c))]  # ("accused the country of funding X")
        # ("the city, which ...": the one named before; "the city that ..." is said which)
        if any(c.dep_ != "amod" or doc[c.left_edge.i:c.i + 1].text.lower() not in self.cues["place_describers"] for c in mods):
            return False  # (a hyphened describer whole: "the oil-rich kingdom")
        first = min([tok.i, *(c.left_edge.i for c in mods)])
        return first > 0 and doc[first - 1].lower_ == "the"

    def _people_of_name(self, tok) -> bool:
        """A name modifying its own people ("two senior Hamas commanders", "ELN fighters") keeps the
        group in view for "the group" that follows; one modifying a place or thing does not."""
        head = tok.head
        lemma = head.lemma_.lower()
        return head.pos_ == "NOUN" and (lemma in self.lex.titles or lemma in self.lex.collectives
                                        or head.lower_ in self.lex.collectives or lemma in self.cues["member_nouns"])

    @staticmethod
    def _people_of(doc: Doc, m: M) -> bool:
        """A demonym that names the state's people as an actor: "the Chileans", "the Russians"."""
        tok = doc[m.head]
        return tok.tag_ in ("NNPS", "NNS") and any(c.lower_ == "the" for c in tok.children)

    @staticmethod
    def _named_by_head(res: Resolution, tok, words: tuple[str, ...] = ()) -> M | None:
        """The organisation or group named last before ``tok`` whose name ends in its word, or in
        ``words`` ("the security council" after "UN Security Council"); or whose name's head before
        an "of" or "for" does ("the observatory" after "Syrian Observatory for Human Rights", "the
        working group" after "Working Group for Syria")."""
        words = words or (tok.lower_,)
        best = None
        for m in res.mentions:
            if m.start >= tok.i:
                break
            if m.type not in ("Organization", "Group") or m.kind != "name":
                continue
            for name in {m.name, m.text(res.doc)}:
                parts = name.lower().split()
                cut = next((k for k, w in enumerate(parts) if w in ("of", "for") and k > 0), len(parts))
                if tuple(parts[:cut][-len(words):]) == words or tuple(parts[-len(words):]) == words:
                    best = m
                    break
        return best

    def _empty_it(self, tok) -> bool:
        """An "it" that stands for nothing: before a clause ("it is unthinkable to ...") or in a cleft
        ("it is the backers of X who ...", not "it is a country that has fought X", where it is it)."""
        verb = tok.head
        if verb.lemma_ not in self.cues["expletive_verbs"]:
            return False
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp", "acomp"):
                return True
            if c.dep_ == "attr" and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and any(
                    g.dep_ == "relcl" and any(w.lower_ in ("who", "that") and w.dep_ == "nsubj" for w in g.children)
                    for g in c.subtree):
                return True
        return False

    def _definite_group(self, doc: Doc, res: Resolution, tok) -> bool:
        """Whether "the group", "the militant group" refers back: a "the" with only descriptive words
        ("the rival group" is another), and nothing after the noun that says which group it is ("the
        group holding him" is one named before; "the group known as X", "the group in Idlib" are not)."""
        return self._definite_left(doc, res, tok) is not None and not any(
            c.dep_ in ("prep", "appos") and not self._of_charge(c) or c.dep_ == "acl" and c.tag_ != "VBG"
            or c.dep_ == "relcl" and res.tokens[c.left_edge.i - 1].text != "," for c in tok.children)
        # ("the group, which is backed by X," is the one named before; "the group that took the town" is not)

    def _region_state(self, doc: Doc, res: Resolution, tok) -> bool:
        """"the Gulf state", "the tiny Gulf state", "the Baltic state": the state named last in this
        or the last two sentences (not the clause's own subject); the region word is no place here."""
        region = res.tokens[tok.i - 1]
        left = tok.i - 2 if res.tokens[tok.i - 2].lower_ in self.cues["place_describers"] else tok.i - 1
        if region.lower_ not in self.cues["state_region_words"] or left < 1 or res.tokens[left - 1].lower_ != "the":
            return False
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = {m.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for m in res.at(c.i)}
        back = sentences_back(doc, tok.i, 2)
        ante = max((m for m in res.mentions if back <= m.start < left - 1 and m.type == "State" and m.id not in own
                    and m.kind in ("name", "capital", "demonym") and res.tokens[m.head].dep_ not in ("compound", "amod", "nmod")),
                   key=lambda m: m.start, default=None)  # (not "a US base")
        if ante is None:
            return False
        for m in list(res.at(region.i)):
            if m.type == "Place":
                res.drop(m)  # ("the Gulf" is not the waters here)
        res.add(M(left - 1, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
        return True

    def _placed_in(self, doc: Doc, m: M) -> bool:
        """A mention that only places an act ("strikes in Syria", "troops into Syria")."""
        head = doc[m.head]
        return head.dep_ == "pobj" and head.head.lower_ in self.cues["locative_preps"]

    @staticmethod
    def _of_charge(prep) -> bool:
        """An "of" with a gerund that the parser hangs on the noun but belongs to the verb ("accused
        the group of smuggling arms", "suspects the militia of plotting"): it says nothing of which
        group."""
        nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else prep
        return prep.lower_ == "of" and nxt.tag_ == "VBG" and nxt.lower_ != "fighting"  # (not "the group of fighting men")

    def _definite_left(self, doc: Doc, res: Resolution, tok) -> int | None:
        """Where "the [descriptive words] group" starts ("the group", "the jihadist group", "the
        hardline Kurdish militia"), or None if the noun has no "the", or a word before it that is not
        one of those that describe a kind of group: a name ("the Hamas group", "the M-19 movement"),
        or a word that makes it another one ("the rival group", "the white nationalist movement")."""
        left, first = tok.i, tok.left_edge.i  # within the noun's own phrase
        while left > first and res.tokens[left - 1].dep_ in ("amod", "compound", "npadvmod", "punct", "advmod") \
                and res.tokens[left - 1].text != ",":
            left -= 1
        if left == 0 or res.tokens[left - 1].lower_ != "the":
            return None
        for t in res.tokens[left:tok.i]:  # only words that describe a kind of group ("the hardline Kurdish militia")
            if self._home_demonym(res, t) is not None:
                continue  # "the Lebanese movement": a group of that country (see the antecedent's)
            if res.at(t.i) or not (t.lower_ in self.cues["armed_words"] or t.lower_ in self.cues["group_describers"]
                                   or t.lower_ in self.lex.communities):
                return None
        return left - 1

    @staticmethod
    def _home_demonym(res: Resolution, t) -> str | None:
        """The state a lone demonym word names ("Lebanese"), or None."""
        ms = res.at(t.i)
        if len(ms) == 1 and ms[0].kind == "demonym" and ms[0].type == "State" and ms[0].start == t.i and ms[0].end == t.i + 1:
            return ms[0].id
        return None

    def _definite_orgs(self, doc: Doc, res: Resolution) -> None:
        """"the bureau's director", "the institute said": the bureau, the institute named before (run
        before the offices, which need the owner)."""
        heads = self.cues["definite_org_heads"]
        ids = self.lex.string_ids(doc, "definite_org_heads", heads)
        for tok in res.tokens:
            if tok.lower in ids and tok.tag_ == "NN" and not res.at(tok.i) and tok.i > 1 and res.tokens[tok.i - 1].lower_ != "the":
                left = tok.i  # "the security council", "the working group": a named one's own lower-case words
                while left > 1 and res.tokens[left - 1].is_lower and res.tokens[left - 1].is_alpha and res.tokens[left - 1].dep_ in (
                        "compound", "amod") and res.tokens[left - 1].head.i == tok.i and not res.at(left - 1):
                    left -= 1
                if left < tok.i and res.tokens[left - 1].lower_ == "the":
                    ante = self._named_by_head(res, tok, tuple(t.lower_ for t in res.tokens[left:tok.i + 1]))
                    if ante is not None:
                        res.add(M(left - 1, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
                continue
            if tok.lower in ids and tok.i > 0 and res.tokens[tok.i - 1].lower_ == "the" and tok.tag_ == "NN" \
                    and not res.at(tok.i):
                ante = self._named_by_head(res, tok)
                if ante is None and self.lex.classifier_nouns.get(tok.lower_) == "Organization" \
                        and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in tok.children):
                    # "Oxfam said ... The charity urged ...": the organisation named last in three sentences
                    back = sentences_back(doc, tok.i, 3)
                    ante = max((m for m in res.mentions if m.type == "Organization" and m.kind == "name"
                                and back <= m.start < tok.i), key=lambda m: m.start, default=None)
                if ante is not None:
                    res.add(M(tok.i - 1, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))

    def _pronouns(self, doc: Doc, res: Resolution) -> None:
        ids = self.lex.string_ids(doc, "pronoun_stage", (*PRONOUN_STAGE_WORDS, *self.lex.definite_places, *DEFINITE_GROUPS, "state",
                                                         *self.cues["definite_person_nouns"]))
        for tok in res.tokens:
            if tok.lower not in ids:
                continue  # none of the words below (an id test before any string is made)
            lower = tok.lower_
            if lower in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") or lower in ("his", "her") and tok.dep_ == "poss":
                ante = self._antecedent_person(doc, res, tok.i)
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif lower == "old" and not res.at(tok.i) and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "appos") and any(
                    c.lower_ == "year" and any(g.dep_ == "nummod" for g in c.children) for c in tok.children) \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                # "the 21-year-old was captured": the person the sentences are about
                ante = self._antecedent_person(doc, res, tok.i)
                if ante:
                    left = min(c.i for c in tok.children if c.dep_ == "det")
                    res.add(M(left, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif lower in self.cues["definite_person_nouns"] and tok.tag_ == "NN" and not res.at(tok.i) \
                    and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] \
                    and not any(c.dep_ in ("poss", "compound", "relcl", "acl", "prep", "appos") and c.i != tok.i
                                and not (c.dep_ == "acl" and c.i > tok.i and c.tag_ == "VBG") for c in tok.children):
                # "Ana Ruiz was detained. The woman was questioned by ...": the person the sentences are
                # about (not "the man who fired", "the woman's son", "a man": someone else)
                sex = self.cues["definite_person_nouns"][lower]
                ante = self._antecedent_person(doc, res, tok.i, None if sex == "any" else sex)
                if ante:
                    left = min(c.i for c in tok.children if c.dep_ == "det")
                    res.add(M(left, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif lower in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative") and not res.at(tok.i):
                ante = self._object_antecedent(doc, res, tok.i)
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif lower == "them" and tok.dep_ in ("dobj", "pobj", "dative") and not res.at(tok.i):
                # "Turkey regards them as ...": the last group named, not the clause's own subject
                verb = tok.head if tok.dep_ != "pobj" else tok.head.head
                own = {m.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in res.at(c.i)}
                sent = tok.sent
                start = res.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
                they = [m for m in res.mentions if sent.start <= m.start < tok.i and m.kind == "pronoun"
                        and res.tokens[m.start].lower_ in ("they", "their") and m.id not in own]
                ante = they[-1] if they else max(  # "they face X, which regards them as ...": the same "they"
                    (m for m in res.mentions if start <= m.start < tok.i and m.id not in own and m.kind != "pronoun"
                     and (m.type == "Group" or m.kind == "descriptor" and res.tokens[m.head].tag_ in ("NNS", "NNPS"))),
                    key=lambda m: m.start, default=None)
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
            elif (lower in ("its", "their") and tok.dep_ == "poss" or lower in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass")) \
                    and not res.at(tok.i) and not (tok.head.lower_ == "part" and tok.head.head.lower_ == "for"):
                # ("for its part, X ...": X's own, named next)
                if lower == "it" and self._empty_it(tok):
                    continue
                fronted = self._fronted_owner(doc, res, tok) if lower == "its" else []
                if fronted:  # "Despite its denials, Russia ...": the subject that follows
                    res.add(M(tok.i, tok.i + 1, fronted[0].id, fronted[0].name, fronted[0].type, "pronoun", tok.i))
                    continue
                if lower in ("they", "their"):
                    people = self._plural_people(doc, res, tok.i)
                    if people:  # "Ruiz and Okafor were arrested. They are held by ..."
                        for p in people:
                            res.add(M(tok.i, tok.i + 1, p.id, p.name, "Person", "pronoun", tok.i))
                        continue
                    actors = self._fronted_owner(doc, res, tok) or self._plural_actors(doc, res, tok.i)
                    if actors:  # "Russia and Iran said they would ...", "the two factions, X and Y, said they ..."
                        for a in actors:
                            res.add(M(tok.i, tok.i + 1, a.id, a.name, a.type, "pronoun", tok.i))
                        continue
                ante = self._antecedent_actor(doc, res, tok.i, lower in ("their", "they"))
                if ante and lower == "they" and ante.type != "Group" and not (
                        ante.kind == "descriptor" and res.tokens[ante.head].tag_ in ("NNS", "NNPS")):
                    continue  # "they" is plural: a group ("the rebels said they ..."), a state's troops, not one state
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
            elif lower == "state" and tok.i > 1 and not res.at(tok.i) and self._region_state(doc, res, tok):
                pass  # "the Gulf state" (before the bare "the state" below)
            elif lower in self.lex.definite_places and tok.i > 0 and not res.at(tok.i) and tok.tag_ == "NN" \
                    and self._definite_place(doc, tok):
                # "the country" is the state, "the city" the town, named last in this or the last two sentences
                kind = self.lex.definite_places[lower]
                left = min([tok.i, *(c.i for c in tok.children if c.dep_ == "amod")]) - 1  # "the"
                start = res.tokens[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
                start = res.tokens[start - 1].sent.start if start > 0 else start
                back = sentences_back(doc, tok.i, 3)  # "Syria's eastern Ghouta region ... the region": the one so named
                same = [m for m in res.mentions if lower in self.cues["area_nouns"] and back <= m.start < left
                        and m.type == kind and m.kind == "name" and (
                    m.end < len(doc) and res.tokens[m.end].lower_ == lower and res.tokens[m.head].dep_ in ("compound", "amod")
                    or m.start > 1 and res.tokens[m.start - 1].lower_ == "of" and res.tokens[m.start - 2].lower_ == lower)]
                verb = tok
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                direct = tok.head.i == verb.i and tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and tok.head.head.i == verb.i
                own = {m.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < left
                       for m in res.at(c.i)} if direct else set()  # "the US accused the country": not the US
                fits = [m for m in res.mentions if start <= m.start < left and m.type == kind and m.id not in own
                        and m.kind in ("name", "capital", "demonym", "descriptor")
                        and not (m.kind == "demonym" and res.tokens[m.head].head.lower_ in self.lex.title_words)  # "the British minister"
                        and not (kind == "Place" and res.tokens[m.head].dep_ in ("compound", "amod", "nmod"))]  # "the Afrin assault"
                ante = same[-1] if same else max(fits, key=lambda m: m.start, default=None)
                if not same and ante is not None and kind == "State" and ante.start < tok.sent.start \
                        and self._placed_in(doc, ante):
                    # "Turkey launched strikes in Syria. The country's president ...": the state the last
                    # sentence was about, not the one it only acted in
                    prev = res.tokens[tok.sent.start - 1].sent
                    subject = next((m for m in fits if prev.start <= m.start and res.tokens[m.head].dep_ in ("nsubj", "nsubjpass")
                                    and res.tokens[m.head].head.i == prev.root.i), None)
                    ante = subject or ante
                if ante:
                    res.add(M(left, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
            elif lower in DEFINITE_GROUPS and tok.i > 0 and not res.at(tok.i) and self._definite_group(doc, res, tok):
                kinds = DEFINITE_GROUPS[lower]
                verb = tok
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                verbs = [verb]
                while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:  # "X holds ... and battles the group's"
                    verbs.append(verbs[-1].head)
                own = {m.id for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                       for m in res.at(c.i)} if tok.dep_ != "nsubj" else set()
                # not its own clause's subject ("X battled the group's fighters" is another group)
                names = {m.id for m in res.mentions if m.kind == "name"}
                left = self._definite_left(doc, res, tok)
                described = left < tok.i - 1  # "the militant group": a known one; "the terrorist organisation": a group
                if any(t.lower_ in self.cues["armed_words"] for t in res.tokens[left:tok.i]):
                    kinds = ("Group",)
                homes = {h for t in res.tokens[left:tok.i] for h in [self._home_demonym(res, t)] if h}
                # ("the Lebanese movement": one whose country the catalogue gives as Lebanon)
                named = [m for m in reversed(res.mentions) if m.start < tok.i and m.type in kinds and m.id not in own
                         and (not homes or (self.cat.get(m.id) is not None and self.cat.get(m.id).country in homes))
                         and not self._in_passing(doc, m)  # ("X, formerly aligned with al-Qaeda, ... the group": X)
                         and not (described and self.cat.get(m.id) is None)
                         and (m.kind == "name" or m.kind == "descriptor" and m.id in names)  # "Hamas fighters"
                         and (res.tokens[m.head].dep_ not in ("compound", "amod", "npadvmod") or self._people_of_name(res.tokens[m.head]))]
                # the group the last sentences were about (their subject) before one only mentioned
                back = sentences_back(doc, tok.i, 2)
                ante = next((m for m in named if m.start >= back and res.tokens[m.head].dep_ in ("nsubj", "nsubjpass")), None) \
                    or (named[0] if named else None)
                if ante:
                    res.add(M(left, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
