"""Entity resolution within one article: every mention of an actor gets one canonical entity.

Works on a parsed spaCy ``Doc`` whose entities came from the catalogue ruler (labels are the
schema's types, or ``DEMONYM``; ``ent_id_`` is the canonical id) and from the statistical NER
(PERSON, ORG, GPE...). It adds what the model cannot know: canonical names from the catalogue,
partial names ("Okafor" after "Grace Okafor"), capitals acting as governments, titles ("the
Syrian leader", "his Turkish counterpart"), collectives ("Assad's forces", "the rebels") and
personal pronouns. The result is a ``Resolution``: mentions by token, and the titles found.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .catalogue import Catalogue, norm_name
from .lexicon import Lexicon
from .types import content_id, entity_id, slug


def content_scope(text: str) -> str:
    """A short stable tag of a text, for ids of things that exist only in that article."""
    return content_id(text, 8)

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
             "FAC": "Place", "EVENT": "Event", "NORP": None}
ACTOR_TYPES = ("State", "Group", "Organization", "Person")
YEAR = re.compile(r"(19|20)\d\d")
GENERIC_EVENTS = frozenset({"deal", "agreement", "accord", "pact", "plan", "framework", "memorandum", "treaty"})
DEFINITE_GROUPS = {"group": ("Group",), "militia": ("Group",), "movement": ("Group",), "organisation": ("Group", "Organization"),
                   "organization": ("Group", "Organization"), "alliance": ("Organization", "Group"),
                   "bloc": ("Organization",), "coalition": ("Organization", "Group"), "agency": ("Organization",),
                   "insurgents": ("Group",), "militants": ("Group",), "jihadists": ("Group",)}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
GENERIC_ROLES = ("Leader", "Ruler", "Head", "Chief", "Head of State", "Monarch", "Chairman", "Chair")


@dataclass(slots=True)
class M:
    """A mention: tokens ``start:end`` of the doc refer to entity ``id``."""

    start: int
    end: int
    id: str
    name: str
    type: str
    kind: str  # name | demonym | capital | descriptor | title | counterpart | pronoun | bloc
    head: int = -1  # the token that stands for the mention in the parse

    def text(self, doc: Doc) -> str:
        return doc[self.start:self.end].text


@dataclass(slots=True)
class TitleFact:
    """A person's office stated in the text: ``person`` holds ``role`` of ``owner``."""

    person: M
    owner: M
    relation: str  # LEADS | MEMBER_OF
    role: str | None
    start: int  # tokens that carry it
    end: int


@dataclass
class Resolution:
    doc: Doc
    mentions: list[M] = field(default_factory=list)
    by_token: dict[int, list[M]] = field(default_factory=dict)
    titles: list[TitleFact] = field(default_factory=list)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, type)
    event_places: list[tuple[str, "M"]] = field(default_factory=list)  # battles and the place that names them

    def add(self, m: M) -> M:
        if m.head < 0:
            m.head = self.doc[m.start:m.end].root.i
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.by_token.setdefault(i, []).append(m)
        self.names.setdefault(m.id, (m.name, m.type))
        return m

    def at(self, i: int) -> list[M]:
        return self.by_token.get(i, [])


class Resolver:
    """Resolves the mentions of one doc; holds only the catalogue and lexicon."""

    def __init__(self, catalogue: Catalogue, lexicon: Lexicon) -> None:
        self.cat = catalogue
        self.lex = lexicon
        self.cues = lexicon.cues

    # -- entry point ----------------------------------------------------------------------
    def resolve(self, doc: Doc, date: str | None = None) -> Resolution:
        res = Resolution(doc)
        self._names(doc, res)
        self._partial_names(doc, res)
        self._titles(doc, res, date)
        main_state = self._main_state(res)
        self._descriptors(doc, res, date, main_state)
        self._titles(doc, res, date, again=True)
        self._pronouns(doc, res)
        self._plurals(doc, res)
        self._events(doc, res)
        res.mentions.sort(key=lambda m: (m.start, m.end))
        return res

    # -- names ----------------------------------------------------------------------------
    def _clean_span(self, span: Span) -> Span:
        start, end = span.start, span.end
        doc = span.doc
        person = span.label_ == "PERSON"
        while start < end and (doc[start].lower_ in ("the",) or person and (
                doc[start].text in self.lex.honorifics or doc[start].lower_ in self.lex.title_words)):
            start += 1
        while end > start and doc[end - 1].tag_ == "POS" or (end > start and (doc[end - 1].is_punct or doc[end - 1].is_space)):
            end -= 1
        return doc[start:end] if end > start else span

    def _unlisted_names(self, doc: Doc) -> list[Span]:
        """Organisation names the model found that the catalogue ruler split: a demonym or a
        state's name inside a longer name ("the Kurdish Aid Society", "Refugee Help Norway") is
        part of that name, unless the name's head is a body of the state ("the Russian foreign
        ministry", "Israeli Defence Forces") or the ruler knows the whole as a name."""
        out = []
        for span in doc.spans.get("ner", ()):
            if span.label_ != "ORG" or len(span) < 2:
                continue
            span = self._clean_span(span)
            span = Span(doc, span.start, span.end, label="ORG")
            inner = [e for e in doc.ents if e.start >= span.start and e.end <= span.end]
            if not inner or any(e.label_ not in ("DEMONYM", "State", "Place") for e in inner):
                continue
            if any(e.start == span.start and e.end == span.end for e in inner):
                continue
            last = doc[span.end - 1]
            if not (last.pos_ == "PROPN" and last.text[:1].isupper()) or last.ent_type_ in ("DEMONYM",) and inner[-1].end == span.end \
                    and inner[-1].label_ == "DEMONYM":
                continue
            words = [t.lower_ for t in span if not t.is_punct]
            if words[-1] in self.lex.state_bodies or " ".join(words[-2:]) in self.lex.state_bodies:
                continue
            out.append(span)
        return out

    def _names(self, doc: Doc, res: Resolution) -> None:
        unlisted = self._unlisted_names(doc)
        claimed = {i for span in unlisted for i in range(span.start, span.end)}
        ents = [e for e in doc.ents if e.start not in claimed] + unlisted
        ents.sort(key=lambda e: e.start)
        for ent in ents:
            if ent.label_ == "DEMONYM":
                actor = self.cat.get(ent.ent_id_)
                if actor:
                    res.add(M(ent.start, ent.end, actor.id, actor.name, actor.type, "demonym"))
                continue
            if ent.ent_id_ and ent.label_ in ("State", "Group", "Organization", "Person", "Place", "Event"):
                actor = self.cat.get(ent.ent_id_)
                if actor is None:
                    continue
                if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" and \
                        doc[ent.start - 1].text[:1].isupper() and doc[ent.start - 1].ent_type_ == "PERSON" and \
                        doc[ent.start - 1].lower_ not in self.lex.title_words and actor.type != "Person":
                    continue  # "Therese Kayikwamba Wagner" is a person, not the Wagner Group
                if actor.capital_of and not self._is_locative(doc[ent.end - 1]):
                    state = self.cat.get(actor.capital_of)
                    res.add(M(ent.start, ent.end, state.id, state.name, state.type, "capital"))
                elif actor.state_organ and actor.country and self.cat.get(actor.country):
                    state = self.cat.get(actor.country)  # "the Israeli military", "the Pentagon"
                    res.add(M(ent.start, ent.end, state.id, state.name, state.type, "descriptor"))
                else:
                    start = ent.start
                    if actor.type == "Person":  # an alias "President Zelensky": the title is read as a title
                        while start < ent.end - 1 and (doc[start].lower_ in self.lex.title_words
                                                       or doc[start].text in self.lex.honorifics):
                            start += 1
                    res.add(M(start, ent.end, actor.id, actor.name, actor.type, "name"))
                continue
            etype = NER_TYPES.get(ent.label_, "skip")
            if etype == "skip":
                continue
            if all(t.lower_ in self.lex.title_words or t.is_punct for t in ent):
                continue  # "Defence" of "Defence Minister X" tagged as an organisation
            span = self._clean_span(ent)
            text = span.text
            if len(span) == 1 and span[0].lower_ in self.lex.communities:
                continue  # "Kurd", "Druze" name communities, not people or organisations
            if not text or not any(c.isalpha() for c in text) or not text[0].isupper():
                continue
            actor = self.cat.find(text)
            if actor is not None:
                res.add(M(span.start, span.end, actor.id, actor.name, actor.type, "name"))
                continue
            if etype is None:  # NORP not in the catalogue ("Islamist", "Western")
                continue
            if etype in ("Organization", "Place") and self._after_title(doc, span.start):
                etype = "Person"  # "opposition leader Aung San Suu Kyi" tagged ORG
            words = text.lower().replace("-", " ").split()
            if etype in ("Person", "Place") and any(w in self.lex.group_words for w in words) and len(words) > 1:
                etype = "Group"  # "Liwa al-Quds Battalion" tagged PERSON, "Ansar al-Furqan Brigade" tagged GPE
            if etype == "Person" and any(w in self.lex.org_words for w in words):
                etype = "Organization"  # "Press Office", "Foreign Ministry" tagged PERSON
            if etype == "Organization" and any(w in self.lex.group_words for w in words):
                etype = "Group"
            if span.start >= 2 and doc[span.start - 1].lower_ == "of" and etype in ("Organization", "Person") and (
                    doc[span.start - 2].lower_ in self.lex.place_nouns or doc[span.start - 2].lemma_.lower() in self.lex.place_nouns):
                etype = "Place"  # "the Greek resort of Paros", "the town of Hajin"
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.pos_ == "NOUN" and before.lower_ in self.lex.classifier_nouns \
                    and etype in ("Person", "Organization", "Group", "Place"):
                etype = self.lex.classifier_nouns[before.lower_]  # "the rock band X", "the militant group X"
            res.add(M(span.start, span.end, entity_id(etype, text), text, etype, "name"))

    def _after_title(self, doc: Doc, i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].text in self.lex.honorifics and doc[j].lower_ not in self.lex.title_words:
            j -= 1
        return j >= 0 and (doc[j].lower_ in self.lex.titles or doc[j].lemma_.lower() in self.lex.titles) \
            and doc[j].lower_ not in ("member", "head", "chair", "official")

    def _partial_names(self, doc: Doc, res: Resolution) -> None:
        """A surname alone, or an ORG/GPE that is really a known person's name, is that person."""
        full: dict[str, M] = {}
        for m in res.mentions:
            if m.type == "Person" and m.kind == "name":
                toks = m.name.replace("-", " ").split()
                if len(toks) > 1:
                    full.setdefault(toks[-1].lower(), m)
                    for t in doc[m.start:m.end]:
                        full.setdefault(t.lower_, m)
        if not full:
            return
        for m in res.mentions:
            if m.kind != "name" or self.cat.get(m.id) is not None:
                continue
            key = m.name.lower()
            target = full.get(key)
            if target is None or target is m or len(m.name.split()) > 1 and m.type == "Person":
                continue
            m.id, m.name, m.type = target.id, target.name, "Person"
            res.names[m.id] = (m.name, m.type)
        surnames = {}
        for m in res.mentions:
            if m.type == "Person" and m.kind == "name" and m.end - m.start > 1 and len(doc[m.end - 1].text) > 2:
                surnames.setdefault(doc[m.end - 1].text, m)
        for tok in doc:  # "Zulum said ..." after "Governor Babagana Zulum", untagged by the model
            target = surnames.get(tok.text)
            if target is not None and tok.pos_ == "PROPN" and not res.at(tok.i) \
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") \
                    and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
                res.add(M(tok.i, tok.i + 1, target.id, target.name, "Person", "name", tok.i))

    def _is_locative(self, tok: Token) -> bool:
        """Whether a capital names the place rather than the government: "talks in Doha", "the
        Doha talks" are places; "Moscow backs", "the Tehran regime", "a Kremlin ally" are not."""
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
            head = head.head
        if head.dep_ in ("compound", "nmod") and head.head.pos_ == "NOUN":
            noun = head.head.lower_
            if noun in self.lex.event_heads:  # "the Doha talks"
                return True
            return not (noun in self.lex.state_bodies or noun in self.lex.titles or noun in self.lex.noun_triggers)
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in self.cues["locative_preps"]:
            holder = head.head.head  # "its backers in Paris", "officials in Rome" are the governments
            if head.head.lower_ == "in" and holder.pos_ == "NOUN" and (
                    holder.lemma_.lower() in self.lex.state_bodies or holder.lower_ in self.lex.state_bodies
                    or any(s.kind == "agent" for s in self.lex.nouns.get(holder.lemma_.lower(), ()))):
                return False
            return True
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "from") and \
                head.head.head.lemma_.lower() in self.cues["motion_verbs"]:
            return True  # "flew to Khartoum", "returned from Moscow"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in self.cues["place_parts"]:
            return True  # "the streets of Nairobi", "the outskirts of Kyiv"
        if head.dep_ == "appos" or head.dep_ == "compound":
            return True
        return False

    # -- offices ----------------------------------------------------------------------------
    def _title_before(self, doc: Doc, end: int) -> tuple[int, dict | None]:
        """The longest title phrase ending just before token ``end``: (start, spec)."""
        for n in range(self.lex.max_title_words + 2, 0, -1):  # "secretary - general" is three tokens
            start = end - n
            if start < 0:
                continue
            phrase = doc[start:end].text.lower()
            spec = self.lex.titles.get(phrase) or self.lex.titles.get(phrase.rstrip("s"))
            if spec:
                return start, spec
        return end, None

    def _title_at(self, doc: Doc, tok: Token) -> tuple[int, int, dict | None]:
        """The longest title phrase that contains ``tok``: "secretary-general", "foreign
        minister", "secretary of state", "minister of foreign affairs"."""
        best = (tok.i, tok.i + 1, self.lex.titles.get(tok.lower_) or self.lex.titles.get(tok.lemma_.lower()))
        sent = tok.sent
        for start in range(max(sent.start, tok.i - 4), tok.i + 1):
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
        sent_start = doc[min(i, len(doc) - 1)].sent.start if len(doc) else 0
        for _ in range(limit + 1):
            j = i - 1 if i > 0 and doc[i - 1].tag_ != "POS" else i - 2
            if j < sent_start:
                return None
            for m in res.at(j):
                if m.type in ("State", "Group", "Organization", "Place") and m.end == j + 1:
                    return m
            if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN") or doc[j].lower_ in ("former", "late", "ex"):
                return None
            i = j
        return None

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
            if tstart > 0 and doc[tstart - 1].lower_ in ("former", "ex", "late", "deposed", "ousted"):
                continue
            owner = self._owner_before(res, tstart) if (spec or start == p.start) else None
            if owner is not None and spec is None and any(
                    doc[k].pos_ == "NOUN" and doc[k].lower_ not in self.lex.title_words for k in range(owner.end, p.start)):
                owner = None  # "the Irish folk group X": a noun that is not an office names what X is
            if owner is not None and spec and spec.get("sent"):  # "the UN Syria envoy": the UN sends
                owner = self._owner_before(res, owner.start) or owner
            if owner is not None and owner.type == "Place" and not (spec and spec.get("role") in ("Mayor", "Governor")):
                owner = None
            if owner is not None and any(doc[k].lower_ in self.lex.collectives for k in range(owner.end, tstart)):
                continue  # "Kenyan opposition leader": an office of the opposition, not of the state
            if owner is not None and spec and spec["relation"] == "LEADS" and owner.end < tstart - (
                    1 if doc[owner.end].tag_ == "POS" else 0) and not (spec.get("head_of_state") or spec.get("head_of_government")):
                if any(doc[k].pos_ == "NOUN" for k in range(owner.end, tstart)):
                    spec = {**spec, "relation": "MEMBER_OF"}  # the head of a body of the state
            if spec is None and owner is None:
                # "X, the president of Y" / "X, Y's foreign minister"
                self._appositive_title(doc, res, p, date)
                continue
            self._add_title(res, p, owner, spec, date, (owner.start if owner else tstart), p.end)
        # "the ruler of Monaco, Prince Albert"
        for p in persons:
            comma = self._skip_honorifics_left(doc, p.start)
            if comma >= 1 and doc[comma].text == ",":
                owner_ms = [m for m in res.at(comma - 1) if m.type in ("State", "Group", "Organization")]
                if owner_ms and owner_ms[0].start >= 2 and doc[owner_ms[0].start - 1].lower_ == "of":
                    tstart, spec = self._title_before(doc, owner_ms[0].start - 1)
                    if spec and not spec.get("is_counterpart"):
                        self._add_title(res, p, owner_ms[0], spec, date, tstart, p.end)

    def _appositive_title(self, doc: Doc, res: Resolution, p: M, date: str | None) -> None:
        """"X, the president of Y", "X, Y's foreign minister", "X, a spokesman for Y", "X,
        head of the research unit at Y", and "X of Y" / "X from Y" for organisations."""
        head = doc[p.head]
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "X is the chief economist at Y"
            nouns += [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        if head.dep_ == "appos":  # "Its chairwoman, Lena Sorvik"
            nouns.append(head.head)
            above = head.head  # "Norway's special envoy for Colombia, Ana Lind" (hung on Afghanistan)
            if above.dep_ == "pobj" and above.head.dep_ == "prep" and above.head.lower_ in ("for", "to", "in"):
                nouns.append(above.head.head)
        for child in nouns:
            tstart, tend, spec = self._title_at(doc, child)
            if not spec:
                continue
            places = spec.get("role") in ("Mayor", "Governor")
            owner = self._owner_of_noun(res, child, places=places)
            if owner is None or owner.type == "Place":
                segment = [t for c in nouns for t in c.subtree if t.i >= tend]
                unit_owner = self._segment_owner(res, segment, places)
                if unit_owner is not None:  # "head of the research unit at X" heads a part of X
                    owner = unit_owner
                    if spec["relation"] == "LEADS" and not any(
                            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == child.i
                            for t in doc[owner.start:owner.end]):
                        spec = {**spec, "relation": "MEMBER_OF"}
            if owner or not any(c.dep_ == "prep" for c in child.children):
                # no owner named ("X, the defence secretary"): the office from the catalogue, if it knows it
                self._add_title(res, p, owner, spec, date, min(child.left_edge.i, p.start), max(child.right_edge.i + 1, p.end))
                return
        if not nouns:  # "Ahmed Saleh of the Relief Committee", "a researcher from Some Institute"
            owner = self._segment_owner(res, [c for c in head.children if c.dep_ == "prep"], False,
                                        preps=self.cues["membership_preps"], types=("Group", "Organization"))
            if owner is not None:
                self._add_title(res, p, owner, {"relation": "MEMBER_OF", "role": None}, date, p.start, owner.end)

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
            if owners:  # "head of the EU's refugee working group": the UN's
                return owners[0]
            if t.lower_ == "for" and all(m.type in ("State", "Place") for m in res.at(pobj.i)):
                continue  # "envoy for Syria", "taskforce for Syria": the topic, not the owner
            named = [m for c in pobj.children if c.dep_ == "appos" for m in res.at(c.i) if m.kind == "name"]
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
                    if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ("pro", "anti"):
                        continue
                    if m.type in types:
                        return m
        return None

    def _add_title(self, res: Resolution, p: M, owner: M | None, spec: dict | None,
                   date: str | None, start: int, end: int) -> None:
        if spec is not None and spec.get("org_only") and (owner is None or owner.type not in ("Group", "Organization")):
            return  # "a British journalist" is a nationality, not an office of the state
        roles = self.cat.roles_at(p.id, date)
        if spec is not None and spec.get("is_counterpart"):
            # "his Peruvian counterpart Rosa Quispe": the office of the one he is the counterpart of
            ante = self._antecedent_person(res.doc, res, p.start)
            fact = next((t for t in res.titles if ante and t.person.id == ante.id and t.role), None)
            spec = self.lex.titles.get(fact.role.lower(), {"relation": fact.relation, "role": fact.role}) if fact else None
        if owner is None:  # "President Bashar al-Assad": the office's owner from the catalogue
            wanted = spec["role"].lower() if spec and spec.get("role") else None
            match = [r for r in roles if wanted is None or r.role.lower() == wanted]
            if not match and date is None:  # "the Supreme Leader of Iran": any term of that office
                match = [r for r in self.cat.roles_at(p.id, None) if wanted and r.role.lower() == wanted]
            if not match and spec:  # "Defense Secretary Ana Ruiz" held as "Secretary of Defense";
                # "Junta chief Idris Maga": a generic title is whatever office he leads
                match = [r for r in roles if self.lex.titles.get(r.role.lower(), {}).get("relation", "MEMBER_OF")
                         == spec["relation"]]
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
        res.titles.append(TitleFact(p, owner, spec["relation"], spec.get("role"), start, end))

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

    def _modifier_state(self, res: Resolution, noun: Token, date: str | None) -> tuple[str | None, int]:
        """The state a noun belongs to and the leftmost token of the modifier."""
        doc = res.doc
        for child in noun.children:
            if child.i + 2 < len(doc) and doc[child.i + 1].text == "-" and doc[child.i + 2].tag_ == "VBN":
                continue  # "the Cuba-backed guerrillas" are not Iranian
            if child.i >= 2 and doc[child.i - 1].text == "-" and doc[child.i - 2].lower_ in ("pro", "anti"):
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
        for child in noun.children:  # "police in Turkey", "officials in Moscow"
            if child.dep_ == "prep" and child.lower_ == "in" and child.i == noun.i + 1 and noun.lower_ in self.lex.home_bodies:
                for p in child.children:
                    for m in res.at(p.i):
                        if p.dep_ == "pobj" and m.type == "State" and m.end == p.i + 1:
                            return m.id, noun.i
        return None, noun.i

    def _descriptors(self, doc: Doc, res: Resolution, date: str | None, main_state: str | None) -> None:
        family_names: dict[str, tuple[str, str]] = {}  # family -> (id, name) within this article
        named_armed: M | None = None  # the last group named with an armed collective ("M23 rebels")
        pending: list[tuple[int, int, str, str]] = []
        community_ids: dict[tuple, tuple[str, str]] = {}
        for tok in doc:
            if res.at(tok.i) or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            lower = tok.lower_
            two = f"{doc[tok.i - 1].lower_} {lower}" if tok.i > 0 else lower
            # blocs: "Western governments"
            bloc = self.lex.blocs.get(two) or self.lex.blocs.get(f"the {lower}" if lower == "west" else "")
            if bloc and tok.pos_ != "ADJ" and not (tok.i > 0 and doc[tok.i - 1].text == "-"):  # not "north-west"
                res.add(M(tok.i - 1 if two in self.lex.blocs else tok.i, tok.i + 1,
                          entity_id("Organization", bloc), bloc, "Organization", "bloc", tok.i))
                continue
            if tok.pos_ == "ADJ" and lower not in ("rebel", "opposition"):
                continue
            if self._community_group(doc, res, tok, community_ids):
                continue
            # state bodies: "the Syrian government", "Assad's forces", "Russian troops"
            if (lower in self.lex.state_bodies or two in self.lex.state_bodies) and tok.pos_ == "NOUN":
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
                    continue
                if (lower in self.lex.bare_state_bodies or two in self.lex.bare_state_bodies) and main_state \
                        and not any(c.dep_ in ("poss", "amod", "compound") and res.at(c.i) for c in tok.children):
                    actor = self.cat.get(main_state)
                    left = tok.i - 1 if two in self.lex.bare_state_bodies else tok.i
                    res.add(M(left, tok.i + 1, main_state, actor.name if actor else main_state, "State", "descriptor", tok.i))
                    continue
            # titles without a name: "the Syrian leader", "his Turkish counterpart"
            if lower in self.lex.title_words:
                _, end, spec = self._title_at(doc, tok)
                if spec is not None and end == tok.i + 1:
                    self._title_reference(doc, res, tok, date)
                    continue
            family = self.lex.collectives.get(two) or self.lex.collectives.get(lower)
            if family is None and tok.lemma_.lower() in self.lex.collectives and tok.tag_ in ("NNS", "NNPS"):
                family = self.lex.collectives[tok.lemma_.lower()]
            if family is None:
                continue
            # a named group owns it: "Hamas militants", "Houthi rebels"
            owner = next((m for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                          for m in res.at(c.i) if m.type in ("Group", "Organization") and m.kind == "name"), None)
            if owner is None:  # "fighters loyal to the Islamic State group", "fighters from JNIM"
                owner = next((m for c in tok.children for p in ([c] if c.dep_ == "prep" and c.lower_ in ("from", "of")
                              else [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"] if c.lower_ == "loyal" else [])
                              for o in p.children if o.dep_ == "pobj" for m in res.at(o.i)
                              if m.type in ("Group", "Organization") and m.kind == "name"), None)
                if owner:
                    res.add(M(tok.i, tok.i + 1, owner.id, owner.name, owner.type, "descriptor", tok.i))
                    continue
            if owner:
                res.add(M(owner.start, tok.i + 1, owner.id, owner.name, owner.type, "descriptor", tok.i))
                named_armed = owner if family in self.lex.armed_families else named_armed
                continue
            state, left = self._modifier_state(res, tok, date)
            if state is None and named_armed is not None and family in self.lex.armed_families \
                    and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                # "the fighters" after "M23 rebels": the group the article already named so
                res.add(M(tok.i, tok.i + 1, named_armed.id, named_armed.name, named_armed.type, "descriptor", tok.i))
                continue
            left = min(left, tok.i - 1) if tok.i > 0 and two in self.lex.collectives else left
            adjectives = [c.i for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and not res.at(c.i)
                          and c.tag_ != "VBN" and not (c.i + 1 < tok.i and doc[c.i + 1].text == "-")]
            left = min([left] + adjectives)
            if doc[left].text == "-" and left > 0 and doc[left - 1].lower_ in ("pro", "anti"):
                left -= 1  # "pro-Russian separatists"
            label = "opposition" if "opposition" in (two if two in self.lex.collectives else lower) else family
            pending.append((left, tok.i, family, label))
            if state and family not in family_names:
                dem = self.cat.demonym_of(state) or res.names.get(state, ("", ""))[0]
                name = f"{dem} {label}".strip()
                family_names[family] = (entity_id("Group", name), name)
        for left, i, family, label in pending:
            if family not in family_names:
                # a bare "the rebels" are the article's country's; bare "militants" or "militias" may be anyone's
                dem = self.cat.demonym_of(main_state) if main_state and family in self.lex.state_named_families else None
                name = f"{dem} {label}" if dem else label
                family_names[family] = (entity_id("Group", name), name)
            gid, name = family_names[family]
            res.add(M(left, i + 1, gid, name, "Group", "descriptor", i))

    def _community_group(self, doc: Doc, res: Resolution, tok: Token, seen: dict) -> bool:
        """"Kurdish forces", "Iraqi Sunni militias", "US-backed fighters", "pro-government
        forces": a collective head with a community word, or with a sponsor and no owning
        state, names a group; the same words name the same group within the article. A plural
        community noun is one too: "the Syrian Kurds", "Iraq's Sunnis"."""
        plural = tok.tag_ in ("NNS", "NNPS") and (tok.lower_ in self.lex.communities or tok.lower_[:-1] in self.lex.communities)
        if plural and tok.dep_ not in ("compound", "amod"):
            left = tok.i
            while left > tok.left_edge.i and doc[left - 1].pos_ in ("ADJ", "PROPN", "NOUN") and not doc[left - 1].is_punct:
                left -= 1
            name = doc[left:tok.i + 1].text
            key = ("community", tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_, "people")
            if key not in seen:
                seen[key] = (entity_id("Group", name), name)
            gid, gname = seen[key]
            res.add(M(left, tok.i + 1, gid, gname, "Group", "descriptor", tok.i))
            return True
        if tok.lower_ not in self.lex.community_heads or tok.pos_ != "NOUN":
            return False
        left = tok.i  # the contiguous modifiers before the head: "the US-backed Kurdish", not "There,"
        while left > tok.left_edge.i and not doc[left - 1].is_punct or left > tok.left_edge.i and doc[left - 1].text == "-":
            if doc[left - 1].tag_ == "POS" or doc[left - 1].dep_ == "poss":
                break  # "America's Kurdish allies": the possessor is another actor
            left -= 1
        if left == tok.i:
            return False
        while left < tok.i and doc[left].pos_ in ("DET", "NUM", "PRON") or doc[left].tag_ == "POS":
            left += 1
        words = [t.lower_ for t in doc[left:tok.i]]
        community = sorted(w.rstrip("s") if w.endswith("ds") else w for w in words if w in self.lex.communities)
        sponsor = [t for t in doc[left:tok.i] if t.lower_ in self.lex.sponsor_participles and t.i > left
                   and doc[t.i - 1].text == "-"] or [t for t in doc[left:tok.i]
                                                      if t.lower_ == "pro" and t.i + 1 < tok.i and doc[t.i + 1].text == "-"]
        if not community:
            if not sponsor:
                return False
            for t in doc[left:tok.i]:
                if t.i >= left + 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("pro", "anti"):
                    continue  # "pro-government forces" are not the government's own
                if t.lower_ in self.lex.state_bodies or any(
                        m.type == "State" and m.kind in ("demonym", "name") and not (
                            t.i + 1 < tok.i and doc[t.i + 1].text == "-") and not (t.i > 0 and doc[t.i - 1].text == "-")
                        for m in res.at(t.i)) or t.dep_ == "poss":
                    return False  # "Cuba-backed government forces", "Russian-backed Syrian troops" are the state's
        if left >= tok.i:
            return False
        name = doc[left:tok.i + 1].text
        key = ("community", *community, tok.lemma_.lower()) if community else ("sponsor", name.lower())
        if key not in seen:
            gid = entity_id("Group", name) if community else f"group:{slug(name)}-{content_scope(doc.text)}"
            seen[key] = (gid, name)
        gid, gname = seen[key]
        res.add(M(left, tok.i + 1, gid, gname, "Group", "descriptor", tok.i))
        return True

    def _title_reference(self, doc: Doc, res: Resolution, tok: Token, date: str | None) -> None:
        spec = self._title_at(doc, tok)[2]
        many = bool(spec.get("many"))  # "a NATO member", "a Syrian minister": one of many holders, unless named
        if tok.tag_ in ("NNS", "NNPS") and not spec.get("is_counterpart"):
            return
        heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "the former envoy and Interpol chief"
        if any(c.lower_ in ("former", "ex", "late", "then", "previous", "outgoing", "future", "next")
               for h in heads for c in h.children):
            return  # "a former Danish finance minister" is not the one in office
        # a name right after or in apposition makes it a title, not a reference
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
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
                    if c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ in ("pro", "anti"):
                        continue  # "the pro-Chinese governor of the Nordland region" is not Russia's
                    owners.extend(m for m in res.at(c.i) if m.type in ("State", "Group", "Organization"))
        if spec.get("is_counterpart"):
            self._counterpart(doc, res, tok, owners, date)
            return
        if not owners and (spec.get("head_of_state") or spec.get("head_of_government")) and spec.get("role") not in GENERIC_ROLES \
                and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
            # a bare "the president" is the one holder of that office the article names
            role = (spec.get("role") or "").lower()
            named = {m.id for m in res.mentions if m.type == "Person" and m.kind == "name"}
            held = {(pid, r.of) for pid in named for r in self.cat.roles_at(pid, date)
                    if r.role.lower() == role and r.of.startswith("state:")}
            state_id = None
            main = self._main_state(res)  # the article's state, if it names that office's holder
            holder = self._office_holder(res, main, spec, date) if main else None
            if holder and any(m.id == holder[0] and m.kind == "name" for m in res.mentions):
                state_id = main
            elif len(held) == 1:  # else the one holder of that office the article names
                state_id = next(iter(held))[1]
            actor = self.cat.get(state_id) if state_id else None
            if actor is not None:
                owners = [M(tok.i, tok.i, actor.id, actor.name, "State", "implied", tok.i)]
        for owner in owners[:1]:
            person = self._office_holder(res, owner.id, spec, date)
            if person and many and not any(m.id == person[0] and m.kind == "name" for m in res.mentions):
                person = None
            if person:
                left = min([tok.left_edge.i] + [o.start for o in owners])
                if doc[left].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
                    left += 1
                right = max(tok.i + 1, max(o.end for o in owners))
                m = res.add(M(left, right, person[0], person[1], "Person", "title", tok.i))
                if spec.get("relation"):  # "sworn in as Venezuela's president", "the Syrian leader"
                    role = spec.get("role")
                    if role in GENERIC_ROLES:
                        role = next((r.role for r in self.cat.roles_at(person[0], date) if r.of == owner.id), role)
                    if not any(t.person.id == person[0] and t.owner.id == owner.id for t in res.titles):
                        res.titles.append(TitleFact(m, owner, spec["relation"], role, left, right))

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
            for t in res.titles:
                if t.owner.id == owner_id and fits(t.role, t.relation, rank):
                    return t.person.id, t.person.name
            for m in in_article:
                for r in self.cat.roles_at(m.id, date):
                    rel = self.lex.titles.get(r.role.lower(), {}).get("relation", "MEMBER_OF")
                    if r.of == owner_id and fits(r.role, rel, rank):
                        return m.id, m.name
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
            if t.owner.id == owner_id and (t.role or "").lower() == role:
                return t.person.id, t.person.name
        for m in res.mentions:
            if m.type == "Person" and any(r.of == owner_id and r.role.lower() == role for r in self.cat.roles_at(m.id, date)):
                return m.id, m.name
        return None

    # -- plural references ---------------------------------------------------------------------
    def _plurals(self, doc: Doc, res: Resolution) -> None:
        """'both sides', 'the two leaders', 'the three countries': the N actors of that kind named
        last, in this sentence or the two before it."""
        for tok in doc:
            kinds = self.lex.plural_references.get(tok.lower_)
            if not kinds or res.at(tok.i):
                continue
            n = None
            for c in tok.children:
                if c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj"):
                    n = 2
                elif c.dep_ == "nummod" and c.lower_ in NUMBERS:
                    n = NUMBERS[c.lower_]
            if n is None or tok.i == 0:
                continue
            sent = doc[tok.i].sent
            first = sent.start
            for _ in range(1 if "Person" in kinds else 2):
                if first > 0:
                    first = doc[first - 1].sent.start
            verb = tok
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            own_subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            found: list[M] = []
            for m in sorted(res.mentions, key=lambda m: -m.start):
                if first <= m.start < tok.i and m.type in kinds and m.kind not in ("pronoun",) and \
                        m.head not in own_subject and \
                        doc[m.head].dep_ not in ("compound", "amod", "poss") and all(f.id != m.id for f in found):
                    found.append(m)
                    if len(found) == n:
                        break
            if len(found) == n:
                left = min(c.i for c in tok.children if c.dep_ in ("det", "predet", "nummod", "preconj"))
                for m in reversed(found):
                    res.add(M(left, tok.i + 1, m.id, m.name, m.type, "pronoun", tok.i))

    # -- events -----------------------------------------------------------------------------
    def _events(self, doc: Doc, res: Resolution) -> None:
        """Events named by common nouns: "the Istanbul talks", "a staged truce in Tarvia", "the
        BRICS summit". A named modifier (or "in <place>") names a global event ("Istanbul talks",
        "Gaza ceasefire"); otherwise the event is this article's own ("peace agreement")."""
        scope = content_scope(doc.text)
        seen: dict[str, M] = {}
        heads = self.lex.event_heads
        military = ("exercise", "exercises", "drills", "operation", "offensive", "war")
        for tok in doc:
            lower = tok.lower_
            if tok.pos_ == "NOUN" and (lower in self.lex.battle_heads or tok.lemma_.lower() in self.lex.battle_heads) \
                    and not res.at(tok.i):
                self._battle(doc, res, tok, seen)
                continue
            if tok.pos_ != "NOUN" or (lower not in heads and tok.lemma_.lower() not in heads) or res.at(tok.i):
                continue
            if lower in military or tok.lemma_.lower() in military:
                continue  # acts of war are relations (FIGHTS), not events to take part in
            if tok.dep_ == "compound" and (tok.head.lower_ in heads or tok.head.lemma_.lower() in heads):
                continue  # "ceasefire deal": the deal is the event
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            left = min([c.left_edge.i for c in mods] + [tok.i])
            while left < tok.i and doc[left].pos_ in ("DET", "NUM", "PRON", "PUNCT") and not YEAR.fullmatch(doc[left].text):
                left += 1
            named = [m for c in mods for m in res.at(c.i) if m.kind in ("name", "demonym", "capital")]
            places = [m for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in p.children if o.dep_ == "pobj" for m in res.at(o.i)
                      if m.type in ("Place", "State") or m.kind == "capital"]
            head_text = doc[left:tok.i + 1].text
            kind = [c for c in mods if c.dep_ == "compound" and c.lower_ in heads]
            if lower in GENERIC_EVENTS and kind:  # "2020 ceasefire deal" and "ceasefire agreement" are one ceasefire
                head_text = doc[left:kind[-1].i + 1].text
            of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "on")
                  for o in p.children if o.dep_ == "pobj" and any(m.kind == "name" for m in res.at(o.i))]
            if of:  # "a meeting of the Andean Community"
                head_text = doc[left:of[0].right_edge.i + 1].text
                named = True
            if named:
                name, key = head_text, norm_name(head_text)
            elif places:
                name = f"{places[0].text(doc)} {doc[tok.i].text}"
                key = norm_name(name)
            else:
                name, key = head_text, f"{norm_name(head_text)}@{scope}"
            if key in seen:
                ev = seen[key]
                res.add(M(left, tok.i + 1, ev.id, ev.name, "Event", "event", tok.i))
                continue
            eid = entity_id("Event", name) if "@" not in key else f"event:{slug(name)}-{scope}"
            seen[key] = res.add(M(left, tok.i + 1, eid, name, "Event", "event", tok.i))

    def _battle(self, doc: Doc, res: Resolution, tok: Token, seen: dict) -> None:
        """A battle, offensive or siege named by its place is an event: "the Cusco offensive", "the
        battle for Tarija", "the siege of Arica". Without a place it stays a relation (FIGHTS)."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "no") for c in tok.children):
            return  # "an assault on Tarija" is an act, not a named battle
        places = [m for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                  for m in res.at(c.i) if m.type == "Place" and m.head == c.i]
        phrase_end = None
        if not places:
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i == tok.i + 1:
                    pobj = next((o for o in p.children if o.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    target = pobj
                    if self._is_place_noun(pobj):  # "the fight for the port of Mollendo"
                        target = next((o for q in pobj.children if q.dep_ == "prep" and q.lower_ == "of"
                                       for o in q.children if o.dep_ == "pobj"), pobj)
                    places = [m for m in res.at(target.i) if m.type == "Place"]
                    phrase_end = target.i + 1
                    break
        if not places:
            return
        place = places[0]
        name = f"{place.name} {tok.text}" if phrase_end is None else f"{tok.text} for {place.name}" \
            if tok.lemma_.lower() == "battle" else f"{tok.text} of {place.name}"
        key = norm_name(name)
        if key not in seen:
            seen[key] = M(tok.i, tok.i + 1, entity_id("Event", name), name, "Event", "event", tok.i)
        ev = seen[key]
        start = min([tok.i] + [m.start for m in places if m.start < tok.i])
        res.add(M(start, phrase_end or tok.i + 1, ev.id, ev.name, "Event", "event", tok.i))
        res.event_places.append((ev.id, place))

    def _is_place_noun(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.place_nouns or tok.lemma_.lower() in self.lex.place_nouns

    # -- pronouns ---------------------------------------------------------------------------
    def _antecedent_person(self, doc: Doc, res: Resolution, i: int) -> M | None:
        """The person a 'he'/'his' at token ``i`` most likely refers to: the subject of its
        clause, else the last person named in this or the previous sentence."""
        sent = doc[i].sent
        head = doc[i]
        while head.head.i != head.i and head.dep_ not in ("ROOT",):
            head = head.head
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < i:
                    ms = [m for m in res.at(c.i) if m.type == "Person"]
                    if ms:
                        return ms[0]
                    if c.lemma_.lower() in self.cues["person_nouns"] and not res.at(c.i):
                        return None  # "a man who told reporters he was an engineer": he is the unnamed man
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best = None
        for m in res.mentions:
            if m.type == "Person" and start <= m.start < i and m.kind != "pronoun":
                best = m
        if best is not None and best.start < sent.start:  # the previous sentence's subject comes first
            prev = doc[best.start].sent
            subject = next((m for m in res.mentions if m.type == "Person" and prev.start <= m.start < prev.end
                            and doc[m.head].dep_ in ("nsubj", "nsubjpass") and m.kind != "pronoun"), None)
            if subject is not None and not any(m.type == "Person" and sent.start <= m.start < i for m in res.mentions):
                return subject
        return best

    def _object_antecedent(self, doc: Doc, res: Resolution, i: int) -> M | None:
        """The person a 'him'/'her' object at token ``i`` refers to: the last person named in this
        or the previous sentence who is not the subject of its own clause ("Trump called
        Erdogan, urging him to ..." is Erdogan)."""
        tok = doc[i]
        subjects = set()
        head = tok
        while head.head.i != head.i:
            head = head.head
            subjects |= {m.id for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for m in res.at(c.i)}
            if head.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or head.pos_ not in ("VERB", "AUX"):
                if head.pos_ in ("VERB", "AUX"):
                    break
        sent = tok.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best = None
        for m in res.mentions:
            if m.type == "Person" and start <= m.start < i and m.kind != "pronoun" and m.id not in subjects:
                best = m
        return best

    def _plural_people(self, doc: Doc, res: Resolution, i: int) -> list[M]:
        """The people a 'they' at ``i`` refers to when the last subject before it was two or more
        named people coordinated ("X and Y")."""
        sent = doc[i].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subjects = [t for t in doc[start:i] if t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        last = subjects[-1]
        people = [m for t in (last, *last.conjuncts) for m in res.at(t.i) if m.type == "Person" and m.kind == "name"]
        uniq = list({m.id: m for m in people}.values())
        return uniq if len(uniq) > 1 else []

    def _antecedent_actor(self, doc: Doc, res: Resolution, i: int, plural: bool) -> M | None:
        """The state, group or organisation an 'its'/'their' at token ``i`` refers to: the
        subject of its clause, else the last one named in this or the previous sentence."""
        kinds = ("State", "Group", "Organization")
        head = doc[i]
        while head.head.i != head.i:
            head = head.head
            if head.pos_ == "NOUN" and head.i < i:  # "the Saudi refusal to end its support": the refusal's owner
                owners = [m for c in head.children if c.dep_ in ("poss", "amod", "compound") and c.i < head.i
                          for m in res.at(c.i) if m.type in kinds and m.head == c.i]
                if owners:
                    return owners[0]
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < i:
                    ms = [m for m in res.at(c.i) if m.type in kinds and m.kind != "demonym"]
                    if ms:
                        return ms[0]
        sent = doc[i].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best = None
        for m in res.mentions:
            if m.type in kinds and start <= m.start < i and m.kind not in ("pronoun", "demonym"):
                best = m
        return best

    def _pronouns(self, doc: Doc, res: Resolution) -> None:
        for tok in doc:
            lower = tok.lower_
            if lower in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") or lower in ("his", "her") and tok.dep_ == "poss":
                ante = self._antecedent_person(doc, res, tok.i)
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif lower in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative") and not res.at(tok.i):
                ante = self._object_antecedent(doc, res, tok.i)
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, "Person", "pronoun", tok.i))
            elif (lower in ("its", "their") and tok.dep_ == "poss" or lower in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass")) \
                    and not res.at(tok.i):
                if lower == "it" and tok.head.lemma_ in ("be",) and any(c.dep_ in ("ccomp", "xcomp", "acomp") for c in tok.head.children):
                    continue  # "it is unthinkable to ..."
                if lower in ("they", "their"):
                    people = self._plural_people(doc, res, tok.i)
                    if people:  # "Ruiz and Okafor were arrested. They are held by ..."
                        for p in people:
                            res.add(M(tok.i, tok.i + 1, p.id, p.name, "Person", "pronoun", tok.i))
                        continue
                ante = self._antecedent_actor(doc, res, tok.i, lower in ("their", "they"))
                if ante and lower == "they" and ante.type != "Group" and not (
                        ante.kind == "descriptor" and doc[ante.head].tag_ in ("NNS", "NNPS")):
                    continue  # "they" is plural: a group ("the rebels said they ..."), a state's troops, not one state
                if ante:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
            elif lower in self.lex.definite_places and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not res.at(tok.i) \
                    and tok.tag_ == "NN" and not any(c.dep_ in ("prep", "appos", "compound", "amod", "relcl", "acl", "poss")
                                                     for c in tok.children):
                # "the country" is the state, "the city" the town, named last in this or the last two sentences
                kind = self.lex.definite_places[lower]
                start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
                start = doc[start - 1].sent.start if start > 0 else start
                ante = max((m for m in res.mentions if start <= m.start < tok.i - 1 and m.type == kind
                            and m.kind in ("name", "capital", "demonym", "descriptor")), key=lambda m: m.start, default=None)
                if ante:
                    res.add(M(tok.i - 1, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
            elif lower in DEFINITE_GROUPS and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not res.at(tok.i) \
                    and not any(c.dep_ in ("prep", "appos", "compound", "amod", "relcl", "acl") for c in tok.children):
                kinds = DEFINITE_GROUPS[lower]
                ante = next((m for m in reversed(res.mentions) if m.start < tok.i and m.type in kinds
                             and m.kind == "name" and doc[m.head].dep_ not in ("compound", "amod", "npadvmod")), None)
                if ante:
                    res.add(M(tok.i - 1, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
