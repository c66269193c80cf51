"""Names: catalogue and model entities as mentions, names the ruler split, partial names, and
whether a capital names the place or the government."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from ..types import entity_id
from .mentions import NER_TYPES, M, Resolution, TitleFact


class Names:
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
        """Names the model found that the catalogue ruler split. A person's name with a group's
        inside it stays the person's. Organisation names: a demonym or a
        state's name inside a longer name ("the Kurdish Aid Society", "Refugee Help Norway") is
        part of that name, unless the name's head is a body of the state ("the Russian foreign
        ministry", "Israeli Defence Forces") or the ruler knows the whole as a name."""
        out = []
        ents = list(doc.ents)  # (made once: the property builds its spans on every use)
        for span in doc.spans.get("ner", ()):
            if span.label_ == "PERSON" and len(span) >= 3 and any(
                    span.start < e.start and e.end < span.end and e.label_ in ("Group", "Organization", "Event")
                    for e in ents):
                out.append(span)  # "Abdel Hamas Karimi": a name inside a person's name is part of it
                continue
            if span.label_ == "PERSON" and len(span) >= 2 and doc[span.end - 1].pos_ == "PROPN" and any(
                    e.start == span.start and e.end < span.end and e.label_ in ("Place", "State") for e in ents) \
                    and not any(e.start < span.end < e.end for e in ents):
                out.append(span)  # "Aden Duale", "Jordan Hale": a first name that is also a place
                continue
            if span.label_ != "ORG" or len(span) < 2:
                continue
            span = self._clean_span(span)
            span = Span(doc, span.start, span.end, label="ORG")
            inner = [e for e in ents if e.start >= span.start and e.end <= span.end]
            if not inner or any(e.label_ not in ("DEMONYM", "State", "Place") and not (
                    e.label_ == "Group" and e.text.lower() in self.cues["party_member_names"]) for e in inner):
                # (a party's adjective inside a longer name is part of it: "the Syrian Democratic Council")
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
        return out + self._namesakes(doc, ents)

    def _counted(self, noun: Token) -> bool:
        """"thousands of Iranians", "dozens of Syrians and Iraqis": the noun (or the first of its
        conjuncts) is what a number or a quantity word counts."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
            if noun.lower_ in self.cues["quantity_words"]:
                return True  # ("thousands of Iranians and Iraqis" parsed with the Iraqis on "thousands")
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in self.cues["quantity_words"] or noun.head.head.like_num)

    def _namesakes(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A catalogue person's surname after a given name that is none of that person's:
        another member of the family ("Ivanka Trump", "Bassel al-Assad"), not the person the
        surname alone stands for. The name begins with a given name the lexicon knows (a middle
        one may be any the model read as part of a person's name); one spelt like the person's
        own ("Stefan" for "Staffan") is the person's."""
        in_person = {i for s in doc.spans.get("ner", ()) if s.label_ == "PERSON" for i in range(s.start, s.end)}
        out = []
        for e in ents:
            if e.label_ != "Person" or e.start == 0:
                continue
            actor = self.cat.get(e.ent_id_)
            if actor is None:
                continue
            start = e.start
            while start > max(0, e.start - 2) and self._given_name_like(doc[start - 1], in_person):
                start -= 1
            if start == e.start or doc[start].lower_ not in self.lex.given_names \
                    or start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
                continue  # ("Sec Def Mattis", "Animal Assad": no given name begins it)
            own = {w.lower() for n in [actor.name, *actor.aliases] for w in re.split(r"[\s.]+", n) if w}
            if not any(SequenceMatcher(None, t.lower_, w).ratio() >= 0.75 for t in doc[start:e.start] for w in own):
                out.append(Span(doc, start, e.end, label="PERSON"))
        return out

    def _given_name_like(self, tok: Token, in_person: set[int]) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() and tok.ent_type_ in ("", "PERSON") \
            and (tok.lower_ in self.lex.given_names or tok.i in in_person) \
            and tok.lower_ not in self.lex.title_words and tok.text not in self.lex.honorifics

    def _names(self, doc: Doc, res: Resolution) -> None:
        unlisted = self._unlisted_names(doc)
        claimed = {i for span in unlisted for i in range(span.start, span.end)}
        people = {(span.start, span.end) for span in unlisted if span.label_ == "PERSON"}
        ents = [e for e in doc.ents if e.start not in claimed] + unlisted
        ents.sort(key=lambda e: e.start)
        ents = self._joined_for(doc, ents)
        for ent in ents:
            if ent.label_ == "DEMONYM":
                actor = self.cat.get(ent.ent_id_)
                last = res.tokens[ent.end - 1]
                if last.tag_ in ("NNPS", "NNS") and (any(
                        c.dep_ == "nummod" or c.dep_ in ("amod", "det") and c.lower_ in self.cues["quantity_words"]
                        for c in last.children) or self._counted(last)):
                    continue  # "850 Britons affiliated with X", "many Britons", "thousands of Iranians": people counted, not their state
                if self._one_national(last):
                    continue  # "a Briton was arrested", "the Syrian said": one person, not the state
                if actor:
                    res.add(M(ent.start, ent.end, actor.id, actor.name, actor.type, "demonym"))
                continue
            if ent.ent_id_ and ent.label_ in ("State", "Group", "Organization", "Person", "Place", "Event"):
                actor = self.cat.get(ent.ent_id_)
                if actor is None:
                    continue
                if actor.type == "Event" and ent.start > 1 and res.tokens[ent.start - 1].text == "-" and not res.tokens[ent.start - 2].whitespace_:
                    state = self.cat.find(res.tokens[ent.start].text)  # "the Iran-Iraq war" is not the Iraq war,
                    if state is not None and state.type == "State":  # but Iraq is still Iraq
                        res.add(M(ent.start, ent.start + 1, state.id, state.name, state.type, "name"))
                    continue
                if len(ent) == 1 and ent.start > 0 and res.tokens[ent.start - 1].pos_ == "PROPN" and \
                        res.tokens[ent.start - 1].text[:1].isupper() and res.tokens[ent.start - 1].ent_type_ == "PERSON" and \
                        res.tokens[ent.start - 1].lower_ not in self.lex.title_words and actor.type != "Person":
                    continue  # "Therese Kayikwamba Wagner" is a person, not the Wagner Group
                last = res.tokens[ent.end - 1]
                if actor.type == "Group" and ent.text.lower() in self.cues["party_member_names"] and last.dep_ != "appos" \
                        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "another", "this") for c in last.children):
                    continue  # "the Tennessee Republican clashed with X": one member, not the party
                if actor.capital_of and not self._is_locative(res.tokens[ent.end - 1]):
                    state = self.cat.get(actor.capital_of)
                    res.add(M(ent.start, ent.end, state.id, state.name, state.type, "capital"))
                elif actor.state_organ and actor.country and self.cat.get(actor.country):
                    state = self.cat.get(actor.country)  # "the Israeli military", "the Pentagon"
                    res.add(M(ent.start, ent.end, state.id, state.name, state.type, "descriptor"))
                else:
                    start = ent.start
                    end = ent.end
                    if actor.type == "Person":  # an alias "President Zelensky": the title is read as a title
                        while start < ent.end - 1 and (res.tokens[start].lower_ in self.lex.title_words
                                                       or res.tokens[start].text in self.lex.honorifics):
                            start += 1
                        # "President Xi" matched inside "President Xi Jinping": the model's name runs on
                        end = max([end] + [s.end for s in doc.spans.get("ner", ()) if s.label_ == "PERSON"
                                           and s.start < ent.end < s.end and all(
                                               t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "Person")
                                               and t.lower_ not in self.lex.noun_triggers and t.lower_ not in self.lex.title_words
                                               for t in res.tokens[ent.end:s.end])])
                    named = res.add(M(start, end, actor.id, actor.name, actor.type, "name"))
                    self._named_parent(doc, res, named, actor)
                    if actor.type == "Event":
                        self._war_sides(doc, res, named)
                continue
            etype = NER_TYPES.get(ent.label_, "skip")
            if etype == "skip":
                continue
            if all(t.lower_ in self.lex.title_words or t.is_punct for t in ent):
                continue  # "Defence" of "Defence Minister X" tagged as an organisation
            span = self._clean_span(ent)
            if etype == "Person":
                span = self._given_name_before(doc, res, span)
            if etype in ("Organization", "Group"):
                span = self._owned_name(doc, res, span)
                span = self._name_after_of(doc, res, span)
            text = span.text
            if len(span) == 1 and span[0].lower_ in self.lex.communities:
                continue  # "Kurd", "Druze" name communities, not people or organisations
            if len(span) == 1 and span[0].is_sent_start and (span[0].tag_ == "NNS" or span[0].lower_ in self.lex.collectives):
                continue  # "Rebels shelled the town": a common noun capitalised by its place, not a name
            if not text or not any(c.isalpha() for c in text) or not (text[0].isupper() or self._particle_name(text)):
                continue
            actor = self.cat.find(text)
            if actor is not None:
                res.add(M(span.start, span.end, actor.id, actor.name, actor.type, "name"))
                continue
            if etype is None:  # NORP not in the catalogue ("Islamist", "Western")
                continue
            if etype in ("Organization", "Place") and (self._after_title(doc, span.start) or any(
                    c.dep_ == "appos" and c.tag_ == "NN" and (c.lower_ in self.lex.titles or c.lemma_.lower() in self.lex.titles)
                    and any(g.dep_ in ("det", "poss") for g in c.children) for c in span.root.children)):
                etype = "Person"  # "opposition leader Aung San Suu Kyi" tagged ORG; "X, Kenya's defence minister"
            elif etype == "Organization" and span.root.dep_ == "appos" and span.root.head.i < span.start \
                    and span.root.head.lower_ in self.cues["party_member_names"] and span.root.head.tag_ == "NNP":
                etype = "Person"  # "a fellow Ohio Democrat, X": one member of the party
            words = text.lower().replace("-", " ").split()
            if etype in ("Person", "Place") and any(w in self.lex.group_words for w in words) and len(words) > 1 \
                    and (ent.start, ent.end) not in people:  # a person's name with a group's in it stays a person
                etype = "Group"  # "Liwa al-Quds Battalion" tagged PERSON, "Ansar al-Furqan Brigade" tagged GPE
            if etype == "Person" and any(w in self.lex.org_words for w in words):
                etype = "Organization"  # "Press Office", "Foreign Ministry" tagged PERSON
            if etype == "Organization" and any(w in self.lex.group_words for w in words) and not (
                    words[-1] in self.lex.org_words and words[-1] not in self.lex.group_words):
                etype = "Group"  # (not "the Tahrir Institute": a name ending in an institution's word is one)
            if span.start >= 2 and res.tokens[span.start - 1].lower_ == "of" and etype in ("Organization", "Person") and (
                    res.tokens[span.start - 2].lower_ in self.lex.place_nouns or res.tokens[span.start - 2].lemma_.lower() in self.lex.place_nouns):
                etype = "Place"  # "the Greek resort of Paros", "the town of Hajin"
            before = res.tokens[span.start - 1] if span.start > 0 else None
            if before is not None and (before.pos_ == "NOUN" or before.pos_ == "PROPN" and before.text.islower()) and before.lower_ in self.lex.classifier_nouns \
                    and etype in ("Person", "Organization", "Group", "Place"):
                etype = self.lex.classifier_nouns[before.lower_]  # "the rock band X", "the militant group X"
            start = span.start
            if before is not None and before.text in self.cues["operation_words"] and not res.at(before.i):
                start, text = before.i, f"{before.text} {text}"  # "Operation Desert Fox", the model's span after the word
            if res.tokens[start].text in self.cues["operation_words"] and span.end - start > 1:
                etype = "Event"  # a named military operation, whatever the model typed its name
                actor = self.cat.find(text)
                if actor is not None:
                    res.add(M(start, span.end, actor.id, actor.name, actor.type, "name"))
                    continue
            res.add(M(start, span.end, entity_id(etype, text), text, etype, "name"))

    def _given_name_before(self, doc: Doc, res: Resolution, span: Span) -> Span:
        """A person's name the model began one word late ("Mehmet Aksoy" tagged from "Aksoy", often
        at the start of a sentence): a given name the lexicon knows, right before it and compounded
        onto it, is its first word."""
        start = span.start
        while start > max(0, span.start - 2):
            tok = doc[start - 1]
            if not (self._given_name_like(tok, set()) and tok.dep_ == "compound"
                    and span.start <= tok.head.i < span.end and not res.at(tok.i)):
                break
            start -= 1
        return doc[start:span.end] if start < span.start else span

    @staticmethod
    def _joined_for(doc: Doc, ents: list) -> list:
        """"the Hale Centre for the Visual Arts" tagged as two names: an organisation's or
        facility's name, "for" (and "the"), and an organisation's name the model split off are
        one organisation's name."""
        out: list = []
        for e in ents:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ in ("ORG", "FAC") and e.label_ == "ORG" and not prev.ent_id_ and not e.ent_id_:
                gap = [t.lower_ for t in doc[prev.end:e.start]]
                if gap in (["for"], ["for", "the"]) and all(t.text[:1].isupper() or t.lower_ in ("the", "and", "of") for t in e):
                    out[-1] = Span(doc, prev.start, e.end, label="ORG")
                    continue
            out.append(e)
        return out

    @staticmethod
    def _name_after_of(doc: Doc, res: Resolution, span: Span) -> Span:
        """"the Duke of Kent's Regiment" tagged from "Kent": a capitalised noun with "the" before
        "of", whose "of" the name hangs on, begins the name."""
        i = span.start - 2
        if i < 1 or res.tokens[i + 1].lower_ != "of" or span.root.head.i != i + 1 or res.tokens[i + 1].head.i != i:
            return span
        if res.tokens[i].pos_ != "PROPN" or not res.tokens[i].text[:1].isupper() or res.at(i) or res.tokens[i].ent_type_ \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in res.tokens[i].children):
            return span
        return doc[i:span.end]

    def _owned_name(self, doc: Doc, res: Resolution, span: Span) -> Span:
        """"Cairo University's Institute for Migration Studies" read as one name: the owner is a
        name of its own and the name is what follows the possessive."""
        k = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
        if k is None or not res.tokens[k + 1].text[:1].isupper() or not res.tokens[k - 1].text[:1].isupper() or k + 2 > span.end - 1:
            return span
        owner = doc[span.start:k]
        actor = self.cat.find(owner.text)
        if actor is None and not (len(owner) > 1 and owner[-1].lower_ in self.lex.org_words) \
                or actor is not None and actor.type not in ("Organization", "Group", "State"):
            return span  # "King's College", "St Thomas' Hospital": one name
        if actor is not None:
            res.add(M(owner.start, owner.end, actor.id, actor.name, actor.type, "name"))
        else:
            res.add(M(owner.start, owner.end, entity_id("Organization", owner.text), owner.text, "Organization", "name"))
        return doc[k + 1:span.end]

    def _placed_names(self, doc: Doc, res: Resolution) -> None:
        """Names the model typed as people or organisations, or left untagged, that the words around
        them make places: a proper name before a place head noun ("Fairford air base", "Evin prison"),
        a facility's name ("RAF Lakenheath"), or a name set off by a comma before a state or a
        compass-marked region ("Gulu, Uganda", "Clapham, south London"; an untagged name also before
        "in": "Kakuma, in Kenya,")."""
        heads, starts = self.cues["place_head_nouns"], self.cues["facility_name_words"]
        retyped: dict[str, str] = {}
        for m in res.mentions:
            if m.kind != "name" or m.type not in ("Person", "Organization") or m.id in retyped:
                continue
            last = res.tokens[m.end - 1]
            after = res.tokens[m.end].text if m.end < len(doc) else ""
            if last.dep_ != "compound" and after not in (",", "in") and res.tokens[m.start].text not in starts:
                continue  # none of the three shapes below (a test on strings before the walks)
            if self.cat.get(m.id) is not None:
                continue
            head = last
            while head.dep_ == "compound" and head.head.i >= m.end and head.head.i - head.i <= 4:
                head = head.head  # "Fairford air base": over the compounds to the noun they modify
            words = {t.lower_ for t in res.tokens[m.start:m.end]}
            if head.i >= m.end and head.pos_ == "NOUN" and (head.lower_ in heads or head.lemma_.lower() in heads) \
                    or res.tokens[m.start].text in starts and m.end - m.start > 1 \
                    or self._place_apposition(last) \
                    or m.end - m.start <= 2 and not words & self.lex.org_words and (
                        self._comma_place(doc, res, m.end, direct=True)
                        or m.type == "Organization" and (self._in_compass_place(doc, res, m.end) or m.end < len(doc) and res.tokens[m.end].text == ","
                                                         and self._in_compass_place(doc, res, m.end + 1))):  # people travel
                # (a longer name before ", Canada" is more often a person's, signing a letter)
                retyped[m.id] = entity_id("Place", m.name)
        for m in res.mentions:  # every mention of the name: the article names one thing by it
            if m.id in retyped:
                m.id, m.type = retyped[m.id], "Place"
                res.names[m.id] = (m.name, "Place")
        for tok in res.tokens:  # untagged names before a place noun: "Evin prison"
            if tok.pos_ != "NOUN" or tok.lower_ not in heads or res.at(tok.i):
                continue
            names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            if not names or not all(c.pos_ == "PROPN" and c.text[:1].isupper() and not c.ent_type_ and not res.at(c.i)
                                    and c.lower_ not in self.lex.title_words for c in names):
                continue
            start, end = names[0].i, names[-1].i + 1
            if end != tok.i or any(not res.tokens[k].text[:1].isupper() for k in range(start, end)) \
                    or start > 0 and res.tokens[start - 1].pos_ == "PROPN":
                continue
            text = doc[start:end].text
            res.add(M(start, end, entity_id("Place", text), text, "Place", "name", end - 1))
        for o in list(res.mentions):  # names the model left untagged: "Mbale, Uganda"
            if o.type not in ("State", "Place") or o.kind not in ("name", "capital") or o.start < 3:
                continue
            k = o.start - 1
            while k > 0 and (res.tokens[k].lower_ in self.cues["compass_words"] or res.tokens[k].text == "-"):
                k -= 1
            if res.tokens[k].lower_ == "in":
                k -= 1
            if res.tokens[k].text != "," or not self._comma_place(doc, res, k, direct=False):
                continue
            end = k
            if end - 1 > 0 and res.tokens[end - 1].pos_ == "NOUN" and res.tokens[end - 1].lower_ in heads:
                end -= 1  # "Sunamganj district, north-east Bangladesh"
            start = end
            while start > 0 and end - start < 4 and res.tokens[start - 1].pos_ == "PROPN" and res.tokens[start - 1].text[:1].isupper() \
                    and not res.at(start - 1) and res.tokens[start - 1].ent_type_ not in NER_TYPES \
                    and res.tokens[start - 1].ent_type_ not in ("DATE", "TIME") and res.tokens[start - 1].lower_ not in self.lex.title_words:
                # (untagged, or tagged with a label that makes no actor: "Mbale" read as a product)
                start -= 1
            if start == end or start > 0 and res.tokens[start - 1].pos_ == "PROPN":  # a run of another name
                continue
            span = doc[start:k]
            res.add(M(start, k, entity_id("Place", span.text), span.text, "Place", "name", span.root.i))

    @staticmethod
    def _one_national(last: Token) -> bool:
        """Whether a demonym ending at ``last`` is a singular noun with an article or a numeral one:
        "a Briton", "the Iraqi", "an American" - one national, not the state."""
        if last.dep_ in ("amod", "compound", "nmod", "poss"):
            return False
        if last.tag_ == "JJ":  # "an American" (the adjective as a noun); "the British" are many
            return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in last.children)
        return last.tag_ in ("NN", "NNP") and last.pos_ in ("NOUN", "PROPN") \
            and any(c.i < last.i and (c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another", "this", "that")
                                      or c.dep_ == "nummod" and c.lower_ == "one") for c in last.children)

    def _particle_name(self, text: str) -> bool:
        """Whether a name opens with a lower-case particle of a transliterated name before a capital:
        "al-Bab", "el-Sisi", "ad-Dana" (cue ``name_particles``)."""
        head, _, rest = text.partition("-")
        return head in self.cues["name_particles"] and rest[:1].isupper()

    def _place_apposition(self, last: Token) -> bool:
        """Whether the name ending at ``last`` is set off by an apposition headed by a place noun with
        an article: "Kafr Zita, a town in Hama", "Tall Rifaat, the last Kurdish enclave"."""
        return any(c.dep_ == "appos" and c.i > last.i and c.pos_ == "NOUN" and (
            c.lower_ in self.lex.place_nouns or c.lemma_.lower() in self.lex.place_nouns)
            and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children) for c in last.children)

    def _in_compass_place(self, doc: Doc, res: Resolution, i: int) -> bool:
        """Whether "in" at ``i`` opens a compass-marked region: "X in east London", "X in northern
        Kenya" (what lies in a part of a region is a place; organisations are "in London")."""
        if i + 2 >= len(doc) or res.tokens[i].lower_ != "in":
            return False
        j = i + 1
        while j < len(doc) and not res.at(j) and (res.tokens[j].lower_ in self.cues["compass_words"] or res.tokens[j].text == "-"):
            j += 1
        return j > i + 1 and any(o.start == j and o.type in ("State", "Place") and o.kind in ("name", "capital")
                                 for o in res.at(j))

    def _comma_place(self, doc: Doc, res: Resolution, i: int, direct: bool) -> bool:
        """Whether a comma at ``i`` opens an apposition that is only a state or region ("X, Uganda",
        "X, south London", and unless ``direct`` "X, in Kenya"): ", [in] [compass words] place" then
        punctuation or the sentence's end."""
        end = res.tokens[i].sent.end if i < len(doc) else i
        if i + 1 >= end or res.tokens[i].text != ",":
            return False
        j = i + 1
        if not direct and res.tokens[j].lower_ == "in":
            j += 1
        compass = j
        while j < end and not res.at(j) and (res.tokens[j].lower_ in self.cues["compass_words"] or res.tokens[j].text == "-"):
            j += 1
        owner = next((o for o in res.at(j) if o.start == j and o.type in ("State", "Place") and o.kind in ("name", "capital")), None)
        if owner is None or direct and owner.type != "State" and j == compass:
            return False  # "X, London" may be a list; "X, east London" and "X, Uganda" are not
        return owner.end >= end or res.tokens[owner.end].is_punct and res.tokens[owner.end].text not in ("-", "'", "’")

    def _named_parent(self, doc: Doc, res: Resolution, named: M, actor) -> None:
        """"the UN's food agency", "the Salisbury poisoning": a name that carries its
        parent's or its place's name states that it is part of the parent or lies there (the
        catalogue's ``part_of`` and ``in``)."""
        text = doc[named.start:named.end].text.lower()
        for key, relation in ((actor.part_of, "MEMBER_OF"), (actor.located_in if actor.type == "Event" else None, "LOCATED_IN")):
            parent = self.cat.get(key) if key else None  # "the Manchester Arena bombing" lies in Manchester
            if parent is None or not any(re.search(rf"\b{re.escape(n.lower())}\b", text) for n in (parent.name, *parent.aliases)):
                continue
            owner = M(named.start, named.end, parent.id, parent.name, parent.type, "name", named.head)
            res.titles.append(TitleFact(named, owner, relation, None, named.start, named.end))

    def _war_sides(self, doc: Doc, res: Resolution, named: M) -> None:
        """"the Israel-Hamas war", "Russia's war in Ukraine", "the Soviet invasion of Afghanistan":
        a war's name that holds two actors names its sides, and they are mentioned there too (the
        relation stage reads the noun); one state in a war's name ("the Syrian civil war", "the
        war in Yemen") is only where it is fought."""
        head = res.tokens[named.head]
        if not any(s.type == "FIGHTS" for s in self.lex.nouns.get(head.lemma_.lower(), ())):
            return
        sides, i = [], named.start
        while i < named.end:
            for j in range(min(named.end, i + 3), i, -1):  # the longest name first, never across the head
                if i <= named.head < j or res.tokens[i].is_punct or res.tokens[j - 1].is_punct or res.tokens[j - 1].tag_ == "POS":
                    continue
                text = doc[i:j].text
                actor = self.cat.find(text, ("State", "Group"))
                kind = "name"
                if actor is None and j == i + 1 and self.cat.state_of_demonym(text):
                    actor, kind = self.cat.get(self.cat.state_of_demonym(text)), "demonym"
                if actor is not None and text[:1].isupper():
                    sides.append(M(i, j, actor.id, actor.name, actor.type, kind))
                    i = j - 1
                    break
            i += 1
        if len({m.id for m in sides}) >= 2:
            for m in sides:
                res.add(m)

    def _named_as(self, doc: Doc, res: Resolution) -> None:
        """"an al-Shabaab cell known as “the Lions”", "a militia called the Desert Hawks", "the unit,
        dubbed the Wolves": the name is what the noun is, typed by the noun when the model's type
        for it came without the catalogue."""
        acl = doc.vocab.strings["acl"]
        verbs = self.cues["naming_verbs"]
        for tok in res.tokens:
            if tok.dep != acl or tok.tag_ != "VBN" or tok.lemma_.lower() not in verbs:
                continue
            noun = tok.head
            kind = self.lex.classifier_nouns.get(noun.lower_) or self.lex.classifier_nouns.get(noun.lemma_.lower())
            if noun.pos_ != "NOUN" or kind is None or res.at(noun.i):
                continue
            names = [c for c in tok.children if c.dep_ == "oprd"] + [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
            for nt in names:
                span = [t for t in res.tokens[nt.left_edge.i:nt.i + 1] if not t.is_punct]
                while span and span[0].pos_ == "DET":
                    span = span[1:]
                end = nt.i + 1  # "the Lions of Raqqa": capitalised words and the joints between them
                while end < min(nt.right_edge.i + 1, nt.i + 6) and (res.tokens[end].text[:1].isupper() or res.tokens[end].lower_ in ("of", "al", "the")):
                    end += 1
                while end > nt.i + 1 and not res.tokens[end - 1].text[:1].isupper():
                    end -= 1
                if not span or not all(t.text[:1].isupper() or t.lower_ in ("of", "al") for t in span) or len(span) > 8:
                    continue
                start = span[0].i
                named = next((m for m in res.at(nt.i) if m.kind == "name"), None)
                if named is None:
                    text = doc[start:end].text
                    named = res.add(M(start, end, entity_id(kind, text), text, kind, "name"))
                elif named.type != kind and self.cat.get(named.id) is None and named.type in ("Organization", "Group", "Person"):
                    named.type, named.id = kind, entity_id(kind, named.name)  # "a militia called X", tagged a person
                    res.names[named.id] = (named.name, kind)
                res.add(M(noun.i, noun.i + 1, named.id, named.name, named.type, "descriptor", noun.i))
                break

    def _after_title(self, doc: Doc, i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].text in self.lex.honorifics and doc[j].lower_ not in self.lex.title_words:
            j -= 1
        return j >= 0 and (doc[j].lower_ in self.lex.titles or doc[j].lemma_.lower() in self.lex.titles) \
            and doc[j].lower_ not in ("member", "head", "chair", "official")

    def _name_prefixes(self, doc: Doc, res: Resolution) -> None:
        """The actor inside a name's hyphenated participle ("the Saudi-led coalition", "the
        US-backed Free Army", "the Nato-led mission"): kept aside (not a mention of its own) for the
        relation stage, which reads the participle between it and the whole name."""
        for m in res.mentions:
            if m.type not in ("Group", "Organization") or m.kind != "name":
                continue
            for i in range(m.start, m.end - 2):
                if res.tokens[i + 1].text == "-" and res.tokens[i + 2].tag_ == "VBN" and res.tokens[i].text[:1].isupper():
                    word = res.tokens[i].text
                    actor = self.cat.get(self.cat.state_of_demonym(word) or "") or self.cat.find(
                        word, ("State", "Group", "Organization"))
                    if actor is not None and actor.id != m.id:
                        res.name_prefixes[i] = M(i, i + 1, actor.id, actor.name, actor.type, "name", i)

    def _branch_names(self, doc: Doc, res: Resolution) -> None:
        """An organisation's name followed by a state's is its national branch, one organisation:
        "Oxfam Canada", "Amnesty International Kenya" (a chief executive of it leads the branch, not
        the state). Not when the state begins a longer noun phrase ("the UN Yemen envoy")."""
        for m in [m for m in res.mentions if m.type == "Organization" and m.kind == "name"]:
            n = next((o for o in res.at(m.end) if o.start == m.end and o.type == "State" and o.kind == "name"), None)
            if n is None or m not in res.mentions or res.tokens[m.end - 1].tag_ == "POS" or res.tokens[m.end - 1].is_punct:
                continue
            if n.end < len(doc) and (res.tokens[n.end].pos_ in ("NOUN", "PROPN", "NUM") or res.tokens[n.end].text == "-"):
                continue
            if not (m.start <= res.tokens[n.head].head.i < m.end or n.start <= res.tokens[m.head].head.i < n.end):
                continue  # two phrases side by side: "told the UN Syria was lost"
            start = m.start + (res.tokens[m.start].lower_ == "the")
            name = doc[start:n.end].text
            res.drop(m)
            res.drop(n)
            res.add(M(m.start, n.end, entity_id("Organization", name), name, "Organization", "name"))

    def _partial_names(self, doc: Doc, res: Resolution) -> None:
        """A surname alone, or an ORG/GPE that is really a known person's name, is that person."""
        full: dict[str, M] = {}
        for m in res.mentions:
            if m.type == "Person" and m.kind == "name":
                toks = m.name.replace("-", " ").split()
                if len(toks) > 1:
                    full.setdefault(toks[-1].lower(), m)
                    for t in res.tokens[m.start:m.end]:
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
            if m.type == "Person" and m.kind == "name" and m.end - m.start > 1 and len(res.tokens[m.end - 1].text) > 2:
                surnames.setdefault(res.tokens[m.end - 1].text, m)
        for tok in res.tokens:  # "Zulum said ..." after "Governor Babagana Zulum", untagged by the model
            # (or tagged a common noun: a capitalised "Reed, a Democrat, ..." opening a sentence)
            target = surnames.get(tok.text)
            if target is not None and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()
                                       and tok.dep_ != "compound" and not any(c.dep_ == "det" for c in tok.children)) \
                    and not res.at(tok.i) \
                    and not (tok.i + 1 < len(doc) and res.tokens[tok.i + 1].pos_ == "PROPN") \
                    and not (tok.i > 0 and res.tokens[tok.i - 1].pos_ == "PROPN"):
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
            prep = head.head.lower_  # "lashed out at Stockholm", "fired at Tel Aviv": the target of a trigger verb
            if holder.pos_ == "VERB" and any(prep in x.preps for x in self.lex.verbs.get(holder.lemma_.lower(), ())):
                return False
            return True
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "from") and \
                head.head.head.lemma_.lower() in self.cues["motion_verbs"]:
            return True  # "flew to Khartoum", "returned from Moscow"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lower_ in self.cues["place_parts"] or head.head.head.pos_ == "NOUN" and (
                    head.head.head.lower_ in self.lex.place_nouns or head.head.head.lemma_.lower() in self.lex.place_nouns)):
            return True  # "the streets of Nairobi", "the outskirts of Kyiv", "a suburb of Lima"
        doc, nxt = tok.doc, tok.i + 1  # "Nairobi, Kenya": the city set off from its own state
        if nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_id_ and doc[nxt + 1].ent_id_ == \
                getattr(self.cat.get(tok.ent_id_), "capital_of", None):
            return True
        if head.dep_ == "appos" or head.dep_ == "compound":
            return True
        return False
