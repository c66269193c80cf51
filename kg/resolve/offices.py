"""Offices: titles next to names, appositions, copulas and office phrases of any organisation,
holders of titles named by office alone, counterparts."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .mentions import GENERIC_ROLES, M, Resolution, TitleFact, sentences_ahead, sentences_back


class Offices:
    # -- offices ----------------------------------------------------------------------------
    def _title_before(self, doc: Doc, end: int) -> tuple[int, dict | None]:
        """The longest title phrase ending just before token ``end``: (start, spec)."""
        if end < 1 or not self._may_end_title(doc[end - 1].lower_):
            return end, None  # (most words end no title: tested before any phrase is made)
        for n in range(self.lex.max_title_words + 2, 0, -1):  # "secretary - general" is three tokens
            start = end - n
            if start < 0:
                continue
            phrase = doc[start:end].text.lower()
            spec = self.lex.titles.get(phrase) or self._plural_title(phrase)
            if spec:
                return start, spec
        return end, None

    def _may_end_title(self, word: str) -> bool:
        """Whether a token's lower-case text can be the last of a title phrase (or of its plural; a
        full stop: "Sens." may be split before it)."""
        ends = self.title_ends
        return word in ends or word == "." or word.endswith("s") and word[:-1] in ends \
            or word.endswith("s.") and word[:-2] + "." in ends

    def _plural_title(self, phrase: str) -> dict | None:
        """The office a plural title names: "senators", "Sens.", "foreign ministers"."""
        if phrase.endswith("s."):
            return self.lex.titles.get(phrase[:-2] + ".")
        return self.lex.titles.get(phrase[:-1]) if phrase.endswith("s") else None

    def _title_at(self, doc: Doc, tok: Token) -> tuple[int, int, dict | None]:
        """The longest title phrase that contains ``tok``: "secretary-general", "foreign
        minister", "secretary of state", "minister of foreign affairs"."""
        best = (tok.i, tok.i + 1, self.lex.titles.get(tok.lower_) or self.lex.titles.get(tok.lemma_.lower()))
        sent = tok.sent
        first = self.lex.title_first_words
        for start in range(max(sent.start, tok.i - 4), tok.i + 1):
            if doc[start].lower_ not in first:
                continue  # no title begins with this word
            for end in range(tok.i + 1, min(sent.end, tok.i + 6) + 1):
                if end - start <= best[1] - best[0]:
                    continue
                spec = self.lex.titles.get(doc[start:end].text.lower())
                if spec:
                    best = (start, end, spec)
        return best

    def _owner_before(self, res: Resolution, i: int, limit: int = 3) -> M | None:
        """The actor mention that ends just before token ``i`` (skipping "'s" and up to ``limit``
        modifiers: "Tarvia's junta leader", "Chile's mining agency chief")."""
        doc = res.doc
        sent_start = res.tokens[min(i, len(doc) - 1)].sent.start if len(doc) else 0
        for _ in range(limit + 1):
            j = i - 1 if i > 0 and res.tokens[i - 1].tag_ != "POS" else i - 2
            if j < sent_start:
                return None
            if j == i - 2 and res.tokens[i - 1].head.i < j:  # "the Working Group for Syria's president": the whole name's
                whole = [m for m in res.at(res.tokens[i - 1].head.i) if m.head == res.tokens[i - 1].head.i
                         and m.type in ("Group", "Organization")]
                if whole:
                    return whole[0]
            for m in res.at(j):
                if m.type in ("State", "Group", "Organization", "Place") and m.end == j + 1:
                    return m
            if res.tokens[j].pos_ not in ("ADJ", "NOUN", "PROPN") or res.tokens[j].lower_ in ("former", "late", "ex"):
                return None
            i = j
        return None

    def _skip_honorifics_right(self, doc: Doc, i: int) -> int:
        while i < len(doc) - 1 and doc[i].text in self.lex.honorifics and doc[i].lower_ not in self.lex.title_words:
            i += 1
        return i

    def _skip_honorifics_left(self, doc: Doc, start: int) -> int:
        while start > 0 and (doc[start - 1].text in self.lex.honorifics and doc[start - 1].lower_ not in self.lex.title_words
                             or doc[start - 1].text == ","):
            start -= 1
        return start

    def _titles(self, doc: Doc, res: Resolution, date: str | None, again: bool = False) -> None:
        """Offices stated next to a name. Run twice: before the collectives (which need the
        leaders) and after them, for people whose office belongs to a collective ("a spokesman
        for the rebels", "the leader of the union negotiators, X")."""
        done = {t.person.id for t in res.titles}
        persons = [m for m in res.mentions if m.type == "Person" and not (again and (m.id in done or m.kind != "name"))]
        for p in persons:
            # "Turkish President Recep Tayyip Erdogan", "Kuwait's Emir Sheikh X", "Iran's X"
            start = self._skip_honorifics_left(doc, p.start)
            tstart, spec = self._title_before(doc, start)
            if spec and tstart >= 2 and res.tokens[tstart - 1].lower_ == "and":  # "YPJ commander and spokesperson X"
                first, other = self._title_before(doc, tstart - 1)
                if other:
                    tstart = first
            former = False
            if spec and tstart > 0 and res.tokens[tstart - 1].lower_ in self.cues["former_words"]:
                former, tstart = True, tstart - 1  # "Russia's former president X": his office once
            elif spec and tstart > 1 and res.tokens[tstart - 1].text == "-" and res.tokens[tstart - 2].lower_ in self.cues["former_words"]:
                former, tstart = True, tstart - 2  # "ex-president X"
            elif tstart > 0 and res.tokens[tstart - 1].lower_ in self.cues["former_words"]:
                continue
            owner = self._owner_before(res, tstart) if (spec or start == p.start) else None
            if owner is not None and spec is None and any(
                    res.tokens[k].pos_ == "NOUN" and res.tokens[k].lower_ not in self.lex.title_words for k in range(owner.end, p.start)):
                owner = None  # "the Irish folk group X": a noun that is not an office names what X is
            if owner is not None and spec and spec.get("sent"):  # "the UN Syria envoy": the UN sends
                owner = self._owner_before(res, owner.start) or owner
            elif owner is not None and owner.type in ("State", "Place"):
                # "Save the Children's Syria director X": the country is the post's area, the possessor its owner
                outer = self._owner_before(res, owner.start, limit=1)
                if outer is not None and outer.type in ("Group", "Organization") and owner.start > 0 \
                        and res.tokens[owner.start - 1].tag_ == "POS":
                    owner = outer
            if owner is not None and owner.type == "Place" and not (spec and spec.get("role") in ("Mayor", "Governor")):
                owner = None
            if owner is not None and any(res.tokens[k].lower_ in self.lex.collectives for k in range(owner.end, tstart)):
                continue  # "Kenyan opposition leader": an office of the opposition, not of the state
            if owner is not None and spec and spec["relation"] == "LEADS" and owner.end < tstart - (
                    1 if res.tokens[owner.end].tag_ == "POS" else 0) and not (spec.get("head_of_state") or spec.get("head_of_government")):
                if any(res.tokens[k].pos_ == "NOUN" or res.tokens[k].pos_ in ("PROPN", "ADJ") and res.tokens[k].lower_ not in self.cues["office_time_words"]
                       for k in range(owner.end, tstart) if res.tokens[k].tag_ != "POS"):
                    spec = {**spec, "relation": "MEMBER_OF"}  # the head of a body of the state, of a region: one post of several
            if spec and owner is not None and "," in doc[start:p.start].text and res.tokens[p.head].dep_ == "appos":
                host = res.tokens[p.head].head  # "the Aid Group for Yemen's president, X": the group's president
                body = next((m for m in res.at(host.i) if m.head == host.i and m.type in ("Group", "Organization")), None)
                if body is not None and body.end <= owner.start and any(a.i == host.i for a in res.tokens[tstart].ancestors):
                    owner = body
            if spec and owner is not None and owner.type == "Group" and spec["relation"] == "LEADS" and owner.start > 0 and any(
                    m.type == "Place" and m.end == owner.start for m in res.at(owner.start - 1)):
                spec = {**spec, "relation": "MEMBER_OF"}  # "South Carolina Republican chairman X": the party's branch there
            if spec and owner is not None and owner.start > 0 and not former:
                before = res.tokens[owner.start - 1]
                if before.lower_ in self.cues["former_words"]:
                    former = True  # "former FBI director X"
                elif before.dep_ == "det":  # "an SDF commander, X": one of its commanders
                    spec = self._sub_post([before], tstart, spec)
            if self._appositive_group(doc, res, p, date) and spec is None and owner is None:
                continue
            if owner is None:
                # "X, the president of Y" / "X, Y's foreign minister" / "General X, commander of Y's forces"
                self._appositive_title(doc, res, p, date)
                if spec is None:
                    continue
            if "," in doc[start:p.start].text and owner is not None and owner.type == "State" and not (
                    res.tokens[p.head].dep_ == "appos" and tstart <= res.tokens[p.head].head.i < start):
                actor = self.cat.get(p.id)
                if actor is not None and actor.roles and not any(r.of == owner.id for r in actor.roles):
                    continue  # "... his term as US President, X said": across a comma, an office X never held
                    # (the catalogue lists some of a person's offices, not all: "Chad's foreign minister, X" is one)
            self._add_title(res, p, owner, spec, date, (owner.start if owner else tstart), p.end, former=former)
            chamber = self._owner_before(res, owner.start, limit=0) if owner is not None and owner.type == "Group" else None
            if chamber is not None and chamber.type == "Organization" and res.tokens[chamber.end].tag_ != "POS":
                # "Senate Democratic leader X": the party's office in the chamber, a member of both
                self._add_title(res, p, chamber, {"relation": "MEMBER_OF", "role": None}, date, chamber.start, p.end,
                                former=former)
            if spec and (any(t.tag_ in ("NNS", "NNPS") for t in res.tokens[tstart:start]) or (
                    doc[tstart:start].text.lower() not in self.lex.titles and self._plural_title(doc[tstart:start].text.lower()))):
                # "Senators X and Y", "the foreign ministers X and Y": the office is each one's (a
                # list of three the parser may read as an apposition with a conjunct: "X, Y and Z")
                head = res.tokens[p.head]
                listed = [*head.conjuncts, *(t for c in head.children if c.dep_ == "appos" and c.i > head.i
                                             and res.tokens[c.i - 1].text != "(" for t in (c, *c.conjuncts))]
                for c in listed:
                    for q in res.at(c.i):
                        if q.type == "Person" and q.head == c.i and q.id != p.id:
                            self._add_title(res, q, owner, spec, date, (owner.start if owner else tstart), q.end,
                                            former=former)
        # "the ruler of Monaco, Prince Albert"
        for p in persons:
            comma = self._skip_honorifics_left(doc, p.start)
            if comma >= 1 and res.tokens[comma].text == ",":
                owner_ms = [m for m in res.at(comma - 1) if m.type in ("State", "Group", "Organization")]
                if owner_ms and owner_ms[0].start >= 2 and res.tokens[owner_ms[0].start - 1].lower_ == "of":
                    tstart, spec = self._title_before(doc, owner_ms[0].start - 1)
                    if spec and not spec.get("is_counterpart"):
                        self._add_title(res, p, owner_ms[0], spec, date, tstart, p.end)

    def _appositive_group(self, doc: Doc, res: Resolution, p: M, date: str | None) -> bool:
        """"X, a Texas Democrat", "Rep. X, a Tory", "X, an Ohio Republican and army veteran",
        "a fellow Texas Democrat, X", "X (R-Texas)": one of the party's, or the group's."""
        head = res.tokens[p.head]
        party_words = self.cues["party_member_names"]
        for child in head.children:
            if child.dep_ != "appos" or child.tag_ not in ("NNP", "NN"):
                continue
            group = next((m for m in res.at(child.i) if m.head == child.i and m.type == "Group" and m.kind == "name"), None)
            if group is None:  # a party word modifying the apposition's noun: "an Ohio Republican and army veteran"
                group = next((m for g in child.children if g.dep_ in ("nmod", "compound") and g.i < child.i
                              and g.lower_ in party_words for m in res.at(g.i) if m.type == "Group" and m.kind == "name"), None)
            if group is not None and group.id != p.id:
                self._add_title(res, p, group, {"relation": "MEMBER_OF", "role": None}, date,
                                min(child.left_edge.i, p.start), max(child.right_edge.i + 1, p.end))
                return True
        party = None
        if head.dep_ == "appos" and head.head.i < p.start and head.head.lower_ in party_words:
            party = self.cat.find(head.head.text, ("Group",))  # "a fellow Ohio Democrat, X" (one member, no mention)
            where = head.head.i
        elif p.end + 3 < len(doc) and res.tokens[p.end].text == "(" and res.tokens[p.end + 2].text == "-" \
                and res.tokens[p.end + 1].text in self.cues["party_initials"]:  # "Senator X (R-Texas)"
            party = self.cat.find(self.cues["party_initials"][res.tokens[p.end + 1].text], ("Group",))
            where = p.end + 1
        if party is not None and party.id != p.id:
            owner = M(where, where + 1, party.id, party.name, party.type, "implied", where)
            res.names.setdefault(party.id, (party.name, party.type))
            self._add_title(res, p, owner, {"relation": "MEMBER_OF", "role": None}, date, min(where, p.start),
                            max(where + 1, p.end))
            return True
        return False

    def _appositive_title(self, doc: Doc, res: Resolution, p: M, date: str | None) -> None:
        """"X, the president of Y", "X, Y's foreign minister", "X, a spokesman for Y", "X,
        head of the research unit at Y", and "X of Y" / "X from Y" for organisations."""
        head = res.tokens[p.head]
        nouns = [c for c in head.children if c.dep_ == "appos"]
        past: set[int] = set()  # nouns of "X, who was police chief then": an office held once
        copulas = [head.head] if head.dep_ == "nsubj" and head.head.lemma_ == "be" else []  # "X is the chief economist at Y"
        copulas += [v for v in copulas for v in v.conjuncts if v.lemma_ == "be" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]  # "... and is a senior fellow at Y"
        for v in self._who_clauses(head):  # "X, who is now the executive director of Y"
            if v.lemma_ == "be":
                copulas.append(v)
                past.update(c.i for c in v.children if c.dep_ == "attr" and v.tag_ == "VBD")
        beside = [*head.children, *(t for t in head.head.children if t.i > head.i and t.dep_ in ("appos", "acl"))] \
            if head.dep_ == "appos" else list(head.children)  # ("her predecessor X, now acting ...": a sibling)
        nouns += [c for v in beside if v.dep_ in ("acl", "appos") and v.lower_ == "acting"  # "X, now acting chief of staff"
                  for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        for v in copulas:
            attrs = [c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
            if any(c.lower_ == "longer" and any(g.dep_ == "neg" for g in (c, *c.children)) for c in v.children):
                past.update(c.i for c in attrs)  # "X is no longer the chairman of Y"
            elif any(c.dep_ == "neg" for c in v.children):
                continue  # "X is not a member of Y"
            nouns += attrs
        # "the senior migration and asylum researcher at Y": the office is the last conjunct;
        # "the former White House adviser and CIA director": each conjunct is an office
        nouns += [c for n in list(nouns) if n.pos_ == "NOUN" for c in n.conjuncts if c.i > n.i and c.pos_ == "NOUN"]
        if head.dep_ == "appos":  # "Its chairwoman, Lena Sorvik"
            nouns.append(head.head)
            above = head.head  # "Norway's special envoy for Colombia, Ana Lind" (hung on Afghanistan)
            if above.dep_ == "pobj" and above.head.dep_ == "prep" and above.head.lower_ in ("for", "to", "in", "from"):
                nouns.append(above.head.head)
        for child in nouns:
            tstart, tend, spec = self._title_at(doc, child)
            if not spec:
                continue
            if tend < len(doc) and any(m.type == "Person" and m.id != p.id and m.start == self._skip_honorifics_right(doc, tend)
                                       for m in res.at(self._skip_honorifics_right(doc, tend))):
                continue  # "criticism from X, Federal Reserve chair Y": the title before a name is that name's
            former = any(t.lower_ in self.cues["former_words"] and t.dep_ in ("amod", "advmod", "compound", "nmod")
                         for t in res.tokens[child.left_edge.i:tstart]) or child.i in past
            places = spec.get("role") in ("Mayor", "Governor")
            owner = self._owner_of_noun(res, child, places=places)
            nationality = owner is not None and owner.type == "State" and owner.kind == "demonym" and owner.head < tstart
            if owner is None or owner.type == "Place" or nationality:  # ("a British volunteer with Y": Y's)
                later = {t.i for c in child.conjuncts if c.i > child.i for t in c.subtree}  # another office's
                segment = [t for c in nouns for t in c.subtree if t.i >= tend and t.i not in later]
                unit_owner = self._segment_owner(res, segment, places)
                if nationality and unit_owner is not None and unit_owner.type not in ("Group", "Organization"):
                    unit_owner = None
                if unit_owner is not None:  # "head of the research unit at X" heads a part of X
                    owner = unit_owner
                    if spec["relation"] == "LEADS" and not any(
                            t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.i == child.i or tstart <= t.head.head.i < tend)
                            for t in res.tokens[owner.start:owner.end]):
                        spec = {**spec, "relation": "MEMBER_OF"}
            organ = False
            if owner is not None and owner.type == "State" and owner.kind == "descriptor" and spec["relation"] == "LEADS" \
                    and not (spec.get("head_of_state") or spec.get("head_of_government")):
                # "the head of the Syrian army": a body of the state, of which the head is a member; a
                # body by name ("the head of US Central Command", "CIA director") is led as well
                body = self.cat.find(doc[owner.start:owner.end].text.removeprefix("the ").removeprefix("The "))
                organ = body is not None and bool(body.state_organ)
                if not organ:
                    spec = {**spec, "relation": "MEMBER_OF"}
            own = range(owner.start, owner.end) if owner is not None else range(0)
            spec = self._sub_post([t for t in res.tokens[child.left_edge.i:tstart] if t.i not in own], tstart, spec)
            if owner or not any(c.dep_ == "prep" and not tstart <= c.i < tend for c in child.children):
                # no owner named ("X, the defence secretary"): the office from the catalogue, if it knows it
                self._add_title(res, p, owner, spec, date, min(child.left_edge.i, p.start), max(child.right_edge.i + 1, p.end),
                                former=former)
                if organ and spec["relation"] == "LEADS":
                    self._add_title(res, p, owner, {**spec, "relation": "MEMBER_OF"}, date, min(child.left_edge.i, p.start),
                                    max(child.right_edge.i + 1, p.end), former=former)
                if any(c.i > child.i and c.pos_ == "NOUN" for c in child.conjuncts):
                    continue  # another office after "and"
                if owner is None:
                    continue  # "the head of Y, X, a surgeon": an office of no one named, then the one of Y
                return
        for child in nouns:  # "X, a Syria expert at the Y Institute", "X, a student at Z College": one of theirs
            if child.pos_ != "NOUN" or child.dep_ != "appos" or self._title_at(doc, child)[2]:
                continue
            owner = self._segment_owner(res, [c for c in child.children if c.dep_ == "prep"], False,
                                        preps=frozenset(("at", "with")), types=("Group", "Organization"))
            if owner is not None:
                self._add_title(res, p, owner, {"relation": "MEMBER_OF", "role": None}, date,
                                min(child.left_edge.i, p.start), max(child.right_edge.i + 1, p.end))
                return
        if not nouns:  # "Ahmed Saleh of the Relief Committee", "a researcher from Some Institute"
            owner = self._segment_owner(res, [c for c in head.children if c.dep_ == "prep"], False,
                                        preps=self.cues["membership_preps"], types=("Group", "Organization"))
            if owner is not None:
                self._add_title(res, p, owner, {"relation": "MEMBER_OF", "role": None}, date, p.start, owner.end)

    def _sub_post(self, words: list[Token], tstart: int, spec: dict) -> dict:
        """A head's title that is one post of several: "a director of Y", "an SDF commander" (an
        office many hold, after an indefinite article), "Y's Middle East advocacy director", "the
        Australian director of Y" (a word before the title that names a part or a region, not
        the owner nor the time of the term: "the bureau's new director" heads it). ``words`` are
        the words before the title, less the owner's."""
        if spec.get("relation") != "LEADS" or spec.get("head_of_state") or spec.get("head_of_government"):
            return spec
        indefinite = spec.get("many") and any(t.dep_ == "det" and t.lower_ in ("a", "an", "one", "another") for t in words)
        part = any(t.dep_ in ("amod", "compound", "nmod") and t.head.i >= tstart and t.lower_ not in self.cues["office_time_words"]
                   and t.lower_ not in self.cues["former_words"] for t in words)
        return {**spec, "relation": "MEMBER_OF"} if indefinite or part else spec

    def _who_clauses(self, head: Token) -> list[Token]:
        """The "who" clauses about the person ``head``: its own ("X, who is the head of Y"), not
        one the parser hung on a person inside another's description ("Z, a former aide to X who
        is now the director of Y" is about Z, when "former" or "now" contrasts the two)."""
        def own(tok: Token) -> list[Token]:
            return [v for v in tok.children if v.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in v.children)]

        def contrast(noun: Token, v: Token) -> bool:
            return any(c.lower_ in self.cues["former_words"] for c in noun.children) or any(
                c.dep_ == "advmod" and c.lower_ == "now" for c in v.children)

        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "appos":
            return [v for v in own(head) if not contrast(head.head.head, v)]
        out = own(head)
        for noun in head.children:
            if noun.dep_ == "appos":
                out += [v for prep in noun.children if prep.dep_ == "prep" for t in prep.children
                        if t.dep_ == "pobj" and t.pos_ == "PROPN" for v in own(t) if contrast(noun, v)]
        return out

    def _segment_owner(self, res: Resolution, tokens: list[Token], places: bool,
                       preps: frozenset[str] | None = None, types: tuple[str, ...] = ("State", "Group", "Organization")) -> M | None:
        """The first actor named in a prepositional phrase of an office: "director of X", "a
        fellow at X", "spokeswoman for X" (not inside a clause: "who fought for Y")."""
        preps = preps if preps is not None else self.cues["office_preps"]
        if places:
            types = (*types, "Place")
        for t in sorted(tokens, key=lambda t: t.i):
            if t.dep_ != "prep" or t.lower_ not in preps:
                continue
            if any(a.pos_ in ("VERB", "AUX") or a.dep_ in ("relcl", "acl", "ccomp") for a in t.ancestors
                   if a.i > min(x.i for x in tokens) - 1 and a.i < t.i):
                continue
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            owners = [m for c in pobj.children if c.dep_ == "poss" for m in res.at(c.i) if m.type in types and m.type != "Person"]
            if owners and any(m.kind == "name" and m.head == pobj.i and m.type in ("Group", "Organization")
                              and m.id not in {o.id for o in owners} for m in res.at(pobj.i)):
                owners = []  # "a fellow at Leeds University's Peace Institute": the institute's
            if owners:  # "head of the EU's refugee working group": the EU's
                return owners[0]
            if t.lower_ == "for" and all(m.type in ("State", "Place") for m in res.at(pobj.i)):
                continue  # "envoy for Syria", "taskforce for Syria": the topic, not the owner
            named = [m for c in pobj.children if c.dep_ == "appos" for m in res.at(c.i) if m.kind == "name"]
            if not res.at(pobj.i) and (pobj.lower_ in self.lex.classifier_nouns or pobj.lemma_.lower() in self.lex.classifier_nouns):
                # "a fellow at the Century Foundation thinktank": the name before the kind of body
                named += [m for c in pobj.children if c.dep_ in ("compound", "nmod") for m in res.at(c.i)
                          if m.kind == "name" and m.type in ("Group", "Organization")]
            # a name in apposition, then the phrase's own head: "for the opposition Civic Renewal Front"
            ms = named + sorted(res.at(pobj.i), key=lambda m: m.head != pobj.i)
            for m in ms:
                if m.type in types:
                    return m
        return None

    def _owner_of_noun(self, res: Resolution, noun: Token, places: bool = False) -> M | None:
        """The state, group or organisation a noun belongs to: 'of X', a possessive, a compound
        or a demonym (not "pro-Russian")."""
        types = ("State", "Group", "Organization", "Place") if places else ("State", "Group", "Organization")
        doc = res.doc
        for deps in (("prep",), ("poss",), ("compound", "nmod"), ("amod",)):
            for child in noun.children:
                if child.dep_ not in deps or (child.dep_ == "prep" and child.lower_ != "of"):
                    continue
                tok = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
                if tok is None:
                    continue
                for m in res.at(tok.i):
                    if m.start >= 2 and res.tokens[m.start - 1].text == "-" and res.tokens[m.start - 2].lower_ in ("pro", "anti"):
                        continue
                    if m.type in types:
                        return m
        return None

    def _add_title(self, res: Resolution, p: M, owner: M | None, spec: dict | None,
                   date: str | None, start: int, end: int, former: bool = False) -> None:
        if spec is not None and spec.get("org_only") and (owner is None or owner.type not in ("Group", "Organization")):
            return  # "a British journalist" is a nationality, not an office of the state
        roles = [] if former else self.cat.roles_at(p.id, date)
        body = self.cat.find(spec["body"], ("Organization",)) if spec is not None and spec.get("body") else None
        if body is not None and (owner is None or owner.type in ("Place", "State") and (
                owner.type == "Place" or owner.id == body.country)):
            # "Senator X", "Ohio Sen. X": the chamber the office sits in
            owner = M(p.start, p.start, body.id, body.name, body.type, "implied")
            res.names.setdefault(body.id, (body.name, body.type))
        elif body is not None and owner.type == "Group":  # "Republican senator X": the party's, and the chamber's
            self._add_title(res, p, None, spec, date, start, end, former)
        if spec is not None and spec.get("is_counterpart"):
            # "his Peruvian counterpart Rosa Quispe": the office of the one he is the counterpart of
            ante = self._antecedent_person(res.doc, res, p.start)
            fact = next((t for t in res.titles if ante and t.person.id == ante.id and t.role), None)
            spec = self.lex.titles.get(fact.role.lower(), {"relation": fact.relation, "role": fact.role}) if fact else None
        if owner is None:  # "President Bashar al-Assad": the office's owner from the catalogue
            wanted = spec["role"].lower() if spec and spec.get("role") else None
            match = [r for r in roles if wanted is None or r.role.lower() == wanted]
            if not match:  # "the Supreme Leader of Iran", "X, the secretary of state" as he left office:
                # the text names the office, so any term of that very office the catalogue knows
                actor = self.cat.get(p.id)
                match = [r for r in (actor.roles if actor else ()) if wanted and (
                    r.role.lower() == wanted or ((self.lex.titles.get(r.role.lower()) or {}).get("role") or "").lower() == wanted)]
            if not match and spec:  # "Defense Secretary Ana Ruiz" held as "Secretary of Defense";
                # "Junta chief Idris Maga": a generic title is whatever office he leads
                match = [r for r in roles if self.lex.titles.get(r.role.lower(), {}).get("relation", "MEMBER_OF")
                         == spec["relation"]]
            if not match and spec and not self.cat.roles_at(p.id, date):
                match = self._other_term(p, spec)  # (one in office on the day keeps that office: _known_offices)
            if not match:
                return
            actor = self.cat.get(match[0].of)
            if actor is None:
                return
            owner = M(p.start, p.start, actor.id, actor.name, actor.type, "implied")
            res.names.setdefault(actor.id, (actor.name, actor.type))
        if spec is not None and spec.get("role") in GENERIC_ROLES:  # "Qatar's leader": the office's real name
            match = sorted((r for r in roles if r.of == owner.id), key=lambda r: r.role.lower() != spec["role"].lower())
            if match:
                spec = {**spec, "role": match[0].role}
        if spec is None:  # "Chile's Ana Ruiz": the office from the catalogue, if any
            match = [r for r in roles if r.of == owner.id]
            if match:
                role = match[0].role
                spec = self.lex.titles.get(role.lower()) or {"relation": "MEMBER_OF", "role": role}
                spec = {**spec, "role": role}
            else:
                spec = {"relation": "MEMBER_OF", "role": None}
        if owner.type == "Person":  # "Putin's spokesman" serves the state the person leads
            state = self._leader_state(res, owner.id, date)
            actor = self.cat.get(state) if state else None
            if actor is None:
                return
            owner = M(owner.start, owner.end, actor.id, actor.name, actor.type, "implied", owner.head)
            if spec["relation"] == "LEADS":
                spec = {**spec, "relation": "MEMBER_OF"}
        term = self._term(p.id, owner.id, spec.get("role"), date, former)
        res.titles.append(TitleFact(p, owner, spec["relation"], spec.get("role"), start, end, former=former,
                                    valid_from=term[0], valid_until=term[1]))
        role_words = set((spec.get("role") or "").lower().split())
        if owner.type == "Group" and role_words & self.cues["government_role_words"]:
            # "the Tory minister X", "the Labour foreign secretary X": a minister of the party's state
            party = self.cat.get(owner.id)
            state = self.cat.get(party.country) if party is not None and party.country else None
            if state is not None and state.type == "State":
                res.names.setdefault(state.id, (state.name, state.type))
                res.titles.append(TitleFact(p, M(p.start, p.start, state.id, state.name, state.type, "implied"),
                                            "MEMBER_OF", spec.get("role"), start, end, former=former))

    def _other_term(self, p: M, spec: dict) -> list:
        """The catalogue's offices, at any date, that say whose an office named without its owner
        is, when they all belong to one owner: "outgoing chief X" (a head's generic title) is the
        chief of what X led; "development secretary X", "vice-president Y" (an office of state)
        are of the one state X or Y served."""
        actor = self.cat.get(p.id)
        terms = list(actor.roles) if actor is not None else []
        if len({r.of for r in terms}) != 1:
            return []
        if spec["relation"] == "LEADS":
            return [r for r in terms if spec.get("role") in GENERIC_ROLES
                    and self.lex.titles.get(r.role.lower(), {}).get("relation") == "LEADS"]
        words = set((spec.get("role") or "").lower().replace("-", " ").split())
        return [r for r in terms[:1] if r.of.startswith("state:") and words & self.cues["state_office_words"]]

    def _successions(self, res: Resolution) -> None:
        """"X, Y's predecessor", "X, her successor as foreign minister": X held (or holds) the office
        of Y's that the phrase names, else every office the article gives Y."""
        doc = res.doc
        for p in [m for m in res.mentions if m.type == "Person" and m.kind == "name"]:
            head = res.tokens[p.head]
            nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            for noun in nouns:
                if noun.lemma_.lower() not in self.cues["succession_nouns"]:
                    continue
                holders = [m for c in noun.children if c.dep_ == "poss" for m in res.at(c.i)
                           if m.type == "Person" and m.id != p.id]
                if not holders:
                    continue
                wanted = [t.lower_ for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "as"
                          for t in prep.subtree if t.dep_ != "prep"]
                wanted_spec = self.lex.titles.get(" ".join(wanted)) if wanted else None
                former = noun.lemma_.lower() == "predecessor"
                for fact in [t for t in res.titles if t.person.id == holders[0].id and not t.former]:
                    if wanted and (wanted_spec is None or (fact.role or "").lower() != (wanted_spec.get("role") or "").lower()):
                        continue
                    res.titles.append(TitleFact(p, fact.owner, fact.relation, fact.role, noun.i, noun.i + 1,
                                                former=former))

    def _term(self, person_id: str, owner_id: str, role: str | None, date: str | None, former: bool) -> tuple:
        """The catalogue's dates of a person's office of ``owner_id``: the term running on
        ``date``, or for a former office the last one ended by then; (None, None) if unknown."""
        actor = self.cat.get(person_id)
        terms = [r for r in (actor.roles if actor else ()) if r.of == owner_id]
        named = [r for r in terms if role and r.role.lower() == role.lower()]
        terms = named or terms
        if former:
            ended = [r for r in terms if r.end and (date is None or r.end[:len(date)] <= date)]
            pick = max(ended, key=lambda r: r.end, default=None)
        else:
            pick = next((r for r in terms if r.active(date)), None)
        return (pick.start, pick.end) if pick else (None, None)

    @staticmethod
    def _cabinet_office(spec: dict | None, role: str) -> bool:
        """A head of state or government, a minister, secretary or national adviser: offices news
        names their holders by without restating them."""
        if spec is None:
            return False
        words = role.lower()
        return bool(spec.get("head_of_state") or spec.get("head_of_government")) or any(
            w in words for w in ("minister", "secretary", "adviser", "advisor"))

    def _known_offices(self, res: Resolution, date: str | None) -> None:
        """A person the article names who, on the article's date, holds an office the catalogue
        knows ("Mr Biden said ..." in 2022) holds it in this article too, at the first naming,
        unless the text gives an office of that owner itself. Undated articles get none."""
        if date is None:
            return
        have = {(t.person.id, t.owner.id) for t in res.titles}
        seen = set()
        for m in res.mentions:
            if m.type != "Person" or m.kind != "name" or m.id in seen:
                continue
            seen.add(m.id)
            for role in self.cat.roles_at(m.id, date):
                owner = self.cat.get(role.of)
                spec = self.lex.titles.get(role.role.lower())
                if owner is None or (m.id, owner.id) in have or owner.type != "State" or not self._cabinet_office(spec, role.role):
                    continue  # offices of state a reader knows: heads of state and government, ministers
                have.add((m.id, owner.id))
                res.titles.append(TitleFact(m, M(m.start, m.start, owner.id, owner.name, owner.type, "implied"),
                                            spec.get("relation", "MEMBER_OF"), role.role, m.start, m.end, stated=False,
                                            valid_from=role.start, valid_until=role.end))
                res.names.setdefault(owner.id, (owner.name, owner.type))

    # -- collectives and descriptions -------------------------------------------------------
    def _main_state(self, res: Resolution) -> str | None:
        counts = Counter(m.id for m in res.mentions if m.type == "State")
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        return top if not rest or n > rest[0][1] else None

    def _leader_state(self, res: Resolution, person_id: str, date: str | None) -> str | None:
        for t in res.titles:
            if t.person.id == person_id and t.relation == "LEADS" and t.owner.type == "State":
                return t.owner.id
        for r in self.cat.roles_at(person_id, date):
            spec = self.lex.titles.get(r.role.lower(), {})
            if spec.get("relation") == "LEADS" and r.of.startswith("state:"):
                return r.of
        return None

    def _person_state(self, res: Resolution, person_id: str, date: str | None) -> str | None:
        """The state a person leads, else the one whose office the person holds (the text's titles
        first, then the catalogue's roles on the article's date)."""
        led = self._leader_state(res, person_id, date)
        if led:
            return led
        for t in res.titles:
            if t.person.id == person_id and not t.former and t.owner.type == "State":
                return t.owner.id
        states = {r.of for r in self.cat.roles_at(person_id, date) if r.of.startswith("state:")}
        return states.pop() if len(states) == 1 else None

    def _own_country(self, doc: Doc, res: Resolution, date: str | None) -> None:
        """"his country", "her nation" after the pronoun stage: the state the person the pronoun
        stands for leads or serves ("Erdogan said his country ..." is Turkey). ("his government",
        "his forces" stay the person's: readers credit the speaker with what they say of them.)"""
        own = self.cues["own_country_nouns"]
        for m in list(res.mentions):
            if m.type != "Person" or m.kind != "pronoun" or res.tokens[m.start].dep_ != "poss":
                continue
            noun = res.tokens[m.start].head
            if noun.i != m.start + 1 or noun.lower_ not in own or res.at(noun.i):
                continue  # (not "his own country", "his adopted country")
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in ("dobj", "dative", "pobj") and any(
                    o.id == m.id for c in verb.children if c.dep_ == "nsubj" for o in res.at(c.i)):
                continue  # "Okafor fled his country", "returned to his country": a place to the person, not an act on the state
            state = self._person_state(res, m.id, date)
            actor = self.cat.get(state) if state else None
            if actor is not None:
                res.add(M(m.start, noun.i + 1, actor.id, actor.name, "State", "descriptor", noun.i))

    def _title_reference(self, doc: Doc, res: Resolution, tok: Token, date: str | None) -> None:
        tstart, tend, spec = self._title_at(doc, tok)
        many = bool(spec.get("many"))  # "a NATO member", "a Syrian minister": one of many holders, unless named
        if tok.tag_ in ("NNS", "NNPS") and not spec.get("is_counterpart"):
            return
        heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "the former envoy and Interpol chief"
        if any(c.lower_ in ("former", "ex", "late", "then", "previous", "outgoing", "future", "next")
               for h in heads for c in h.children):
            return  # "a former Danish finance minister" is not the one in office
        # a name right after or in apposition makes it a title, not a reference
        nxt = res.tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and any(m.type == "Person" for m in res.at(nxt.i)):
            return
        if any(c.dep_ == "appos" and any(m.type == "Person" for m in res.at(c.i)) for c in tok.children):
            return
        owners: list[M] = []
        for child in tok.children:
            if child.dep_ in ("amod", "poss", "compound", "nmod") or (child.dep_ == "prep" and child.lower_ == "of"):
                cands = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
                for c in list(cands):
                    cands.extend(cc for cc in c.conjuncts)
                for c in cands:
                    if c.i >= 2 and res.tokens[c.i - 1].text == "-" and res.tokens[c.i - 2].lower_ in ("pro", "anti"):
                        continue  # "the pro-Chinese governor of the Nordland region" is not Russia's
                    owners.extend(m for m in res.at(c.i) if m.type in ("State", "Group", "Organization"))
        if spec.get("is_counterpart"):
            self._counterpart(doc, res, tok, owners, date)
            return
        if not owners and (spec.get("head_of_state") or spec.get("head_of_government")) and spec.get("role") not in GENERIC_ROLES \
                and not any(c.dep_ in ("amod", "compound", "poss", "prep") and not tstart <= c.i < tend for c in tok.children):
            # a bare "the president" is the one holder of that office the article names
            role = (spec.get("role") or "").lower()
            named = {m.id for m in res.mentions if m.type == "Person" and m.kind == "name"}
            held = {(pid, r.of) for pid in named for r in self.cat.roles_at(pid, date)
                    if r.role.lower() == role and r.of.startswith("state:")}
            state_id = None
            main = self._main_state(res)  # the article's state, if it names that office's holder
            holder = self._office_holder(res, main, spec, date) if main else None
            # the holder of that office named last before it, within the last few sentences: "... Mr
            # Biden said. The president then ..." (a later or long-ago name is no antecedent)
            back = sentences_back(doc, tok.i, 4)
            recent = max(((m.start, of) for m in res.mentions for pid, of in held
                          if m.id == pid and m.kind == "name" and back <= m.start < tok.i), default=None)
            if len(held) > 1 and recent is not None:
                state_id = recent[1]
            elif holder and any(m.id == holder[0] and m.kind == "name" for m in res.mentions):
                state_id = main
            elif len(held) == 1:  # else the one holder of that office the article names
                state_id = next(iter(held))[1]
            actor = self.cat.get(state_id) if state_id else None
            if actor is not None:
                owners = [M(tok.i, tok.i, actor.id, actor.name, "State", "implied", tok.i)]
        if not owners and self._bare_title(doc, tok, tstart, tend):
            holder = self._recent_holder(res, tok, spec, date)
            if holder is not None:  # "Javid met the envoy. The home secretary then ...": Javid
                res.add(M(tstart, tend, holder.id, holder.name, "Person", "title", tok.i))
                return
        for owner in owners[:1]:
            person = self._office_holder(res, owner.id, spec, date)
            if person and many and not any(m.id == person[0] and m.kind == "name" for m in res.mentions):
                person = None
            if person:
                left = min([tok.left_edge.i] + [o.start for o in owners])
                if res.tokens[left].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
                    left += 1
                right = max(tok.i + 1, max(o.end for o in owners))
                m = res.add(M(left, right, person[0], person[1], "Person", "title", tok.i))
                if spec.get("relation"):  # "sworn in as Venezuela's president", "the Syrian leader"
                    role = spec.get("role")
                    if role in GENERIC_ROLES:
                        role = next((r.role for r in self.cat.roles_at(person[0], date) if r.of == owner.id), role)
                    if not any(t.person.id == person[0] and t.owner.id == owner.id for t in res.titles):
                        res.titles.append(TitleFact(m, owner, spec["relation"], role, left, right))

    @staticmethod
    def _bare_title(doc: Doc, tok: Token, tstart: int, tend: int) -> bool:
        """"the home secretary", "the senator": a title after "the" with nothing else in its phrase
        that says whose office it is."""
        return tstart > 0 and doc[tstart - 1].lower_ == "the" and tok.dep_ != "appos" and not any(
            c.dep_ in ("amod", "compound", "poss", "prep", "nmod", "appos", "acl", "relcl")
            and not tstart <= c.i < tend and not (c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ",")
            for c in tok.children)  # ("the minister, who resigned", not "the minister who resigned")

    def _recent_holder(self, res: Resolution, tok: Token, spec: dict, date: str | None) -> M | None:
        """The person last named before ``tok`` who holds the office ``spec`` names, in the text
        ("the interior minister, Ahmed Saleh") or in the catalogue on the article's date; for an
        office many hold ("the senator", "the minister"), only one named in the last five sentences."""
        wanted = (spec.get("role") or "").lower()
        if not wanted or wanted in (r.lower() for r in GENERIC_ROLES):
            return None

        phrase = " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.lower_ != "the")

        def same(role: str | None, exact: bool) -> bool:
            if exact:  # the words of the office itself: "the foreign secretary" is not the secretary of state
                return (role or "").lower() == phrase
            role = (self.lex.titles.get((role or "").lower(), {}).get("role") or role or "").lower()
            return role == wanted or wanted == "minister" and role.endswith("minister")

        back = sentences_back(res.doc, tok.i, 5) if spec.get("many") else 0
        named = sorted((m for m in res.mentions if m.type == "Person" and m.kind in ("name", "title")
                        and back <= m.start < tok.i), key=lambda m: m.start, reverse=True)  # (added out of order)
        for exact in (True, False):
            for m in named:
                if any(t.person.id == m.id and not t.former and same(t.role, exact) for t in res.titles) or any(
                        same(r.role, exact) for r in self.cat.roles_at(m.id, date)):
                    return m
        # no holder before it: news often gives the office first and the name a sentence or two on
        # ("The home secretary said ... Diane Patel, the home secretary, added"); the first person
        # named in the next two sentences with that office given in the text is the one
        ahead = sentences_ahead(res.doc, tok.i, 2)
        later = sorted((m for m in res.mentions if m.type == "Person" and m.kind == "name" and tok.sent.end <= m.start < ahead),
                       key=lambda m: m.start)
        holders = {m.id: m for m in later if any(t.person.id == m.id and not t.former and same(t.role, False) for t in res.titles)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _office_holder(self, res: Resolution, owner_id: str, spec: dict, date: str | None) -> tuple[str, str] | None:
        """The person of this article (else the catalogue) who holds this office. A generic title
        ("the Syrian leader", "the ruler of Monaco") means the head of state first, then the head
        of government."""
        def fits(role: str | None, relation: str, rank: str) -> bool:
            if rank == "exact":
                wanted = (spec.get("role") or "").lower()
                return bool(wanted and role and (role.lower() == wanted or
                                                 wanted == "minister" and role.lower().endswith("minister")))
            if spec.get("role") not in GENERIC_ROLES or relation != "LEADS":
                return False
            return bool(self.lex.titles.get((role or "").lower(), {}).get(rank))

        in_article = [m for m in res.mentions if m.type == "Person"]
        for rank in ("exact", "head_of_state", "head_of_government"):
            # a holder titled in the text, unless a former one, or one whose term had ended while the
            # article names the holder of the day ("President X did ..." of a past term)
            named = [t for t in res.titles if t.owner.id == owner_id and not t.former and fits(t.role, t.relation, rank)]
            now = [t for t in named if any(r.of == owner_id for r in self.cat.roles_at(t.person.id, date))] if date else named
            if now:
                return now[0].person.id, now[0].person.name
            for m in in_article:
                for r in self.cat.roles_at(m.id, date):
                    rel = self.lex.titles.get(r.role.lower(), {}).get("relation", "MEMBER_OF")
                    if r.of == owner_id and fits(r.role, rel, rank):
                        return m.id, m.name
            if named:
                return named[0].person.id, named[0].person.name
        if date is None:
            return None
        roles = [spec["role"]] if spec.get("role") and spec["role"] not in GENERIC_ROLES else [
            t["role"] for t in self.lex.titles.values() if t.get("relation") == "LEADS" and (
                t.get("head_of_state") or not owner_id.startswith("state:"))]  # "the NATO chief"
        holders = self.cat.holders(owner_id, roles, date)
        if len(holders) == 1:
            actor = self.cat.get(holders[0])
            return actor.id, actor.name
        return None

    def _counterpart(self, doc: Doc, res: Resolution, tok: Token, owners: list[M], date: str | None) -> None:
        """'his Turkish counterpart': the person with the antecedent's office in that state,
        or the state itself when the text does not name that person."""
        antecedent = self._antecedent_person(doc, res, tok.i)
        role = None
        if antecedent:
            role = next((t.role for t in res.titles if t.person.id == antecedent.id and t.role), None)
            role = role or next((r.role for r in self.cat.roles_at(antecedent.id, date)), None)
        for owner in owners:
            target = None
            if role:
                spec = {"role": role}
                target = self._office_holder_in_article(res, owner.id, spec, date)
            # the first owner's mention runs to the noun ("Turkish counterpart"); the others
            # ("his Chilean and Peruvian counterparts") stay on their demonym
            end = tok.i + 1 if owner is owners[0] and owner.start < tok.i else owner.end
            if target:
                res.add(M(owner.start, end, target[0], target[1], "Person", "counterpart", tok.i if end > tok.i else owner.head))
            else:
                res.add(M(owner.start, end, owner.id, owner.name, owner.type, "counterpart", tok.i if end > tok.i else owner.head))

    def _office_holder_in_article(self, res: Resolution, owner_id: str, spec: dict, date: str | None):
        role = (spec.get("role") or "").lower()
        for t in res.titles:
            if t.owner.id == owner_id and not t.former and (t.role or "").lower() == role:
                return t.person.id, t.person.name
        for m in res.mentions:
            if m.type == "Person" and any(r.of == owner_id and r.role.lower() == role for r in self.cat.roles_at(m.id, date)):
                return m.id, m.name
        return None
