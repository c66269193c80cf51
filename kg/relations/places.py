"""LOCATED_IN from the noun phrases and appositions around place and event names."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import M, Resolution
from ..types import entity_id
from .common import Found


class PlacePatterns:
    def _place_noun(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.place_nouns or tok.lemma_.lower() in self.lex.place_nouns \
            or tok.pos_ == "NOUN" and tok.lower_ in self.cues["place_head_nouns"]  # "Evin prison in Tehran"

    def _place_owner(self, res: Resolution, noun: Token) -> list[M]:
        """The state or region a place noun belongs to: "Peru's Puno region", "the Ukrainian
        city of", "a town in eastern Congo"."""
        out = []
        first_in = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                out.extend(m for m in res.at(c.i) if m.type in ("State", "Place") and m.head == c.i)
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == first_in.i:  # a second "in" is the parser's
                # misreading of a conjunct's: "X in A and the Y base in B"
                for p in c.children:
                    if p.dep_ == "pobj":  # not a conjunct placed in turn: "X in A and Y in B"
                        placed = [c2 for c2 in p.conjuncts if any(g.dep_ == "prep" and g.lower_ == "in" for g in c2.children)]
                        # nor a facility named after a place: "X in A and the B air base"
                        owners = [m for m in self.mentions_of(res, p) if m.type in ("State", "Place")
                                  and not any(c2.left_edge.i <= m.head <= c2.right_edge.i for c2 in placed)
                                  and not any(c2.left_edge.i <= m.head <= c2.right_edge.i and not m.start <= c2.i < m.end
                                              for c2 in p.conjuncts)]
                        if owners and any(o.type != owners[0].type for o in owners):
                            owners = [o for o in owners if o.type == owners[0].type]  # "X in northern Iraq and
                            # Anbar province": a list of where, with X's sibling in it, not its container
                        out.extend(owners)
        return out

    def _seat(self, res: Resolution, m: M, sent) -> list[Found]:
        """Where a named organisation sits: "the Sahel Policy Institute in Dakar", "the Andean
        rights tribunal in Quito" - an "in" phrase on its name (its modifiers are no seat: "the
        British Red Cross" is a body of the state, not a place in it)."""
        tok = res.tokens[m.head]
        first_in = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if first_in is None or first_in.i != m.end:
            return []  # (right after the name: not an "in" the parser hung on it from further on)
        seats = [o for p in first_in.children if p.dep_ == "pobj" and not p.conjuncts for o in res.at(p.i)
                 if o.type == "Place" and o.kind == "name" and o.head == p.i and o.id != m.id]
        # (a city: "the UN in Mali" is its work there, not its seat)
        return [Found(m, "LOCATED_IN", o, tok, sent.start, sent.end, confidence=0.7) for o in seats[:1]]

    def _elsewhere_owner(self, res: Resolution, m: M, sent) -> list[M]:
        """"in Homs, Hama and elsewhere in Syria": each place of the list lies in Syria."""
        doc, j = res.doc, m.end
        while j < sent.end and (doc[j].text == "," or res.at(j) and all(o.type == "Place" for o in res.at(j))):
            j += 1  # over the rest of the list
        if j + 2 >= sent.end or doc[j].lower_ not in ("and", "or") or doc[j + 1].lower_ != "elsewhere" \
                or doc[j + 2].lower_ != "in":
            return []
        return self._region_named_at(res, j + 3, sent, m)

    def _region_named_at(self, res: Resolution, k: int, sent, m: M) -> list[M]:
        """The places and states (not ``m``) whose name begins at token ``k`` or after the articles,
        adjectives and compass words there ("in the far north-east of")."""
        doc = res.doc
        while k < sent.end and not res.at(k) and (doc[k].pos_ in ("DET", "ADJ") or doc[k].text == "-"
                                                  or doc[k].lower_ in self.cues["compass_words"]):
            k += 1
        return [o for o in res.at(k) if o.type in ("State", "Place") and o.start == k and o.id != m.id]

    def _sibling_in_owner(self, res: Resolution, m: M, sent) -> list[M]:
        """"the camp at X in north-east Syria", "the raid on X in Idlib": an "in" phrase right after
        a place that the parser hung on the noun the place's own preposition hangs on still places it."""
        doc, tok, j = res.doc, res.tokens[m.head], m.end
        if m.type != "Place" or j >= sent.end or doc[j].lower_ != "in" or doc[j].dep_ != "prep" \
                or tok.dep_ != "pobj" or tok.head.dep_ != "prep" or doc[j].head.i != tok.head.head.i \
                or not (tok.head.lower_ in self.cues["locative_preps"] or tok.head.lower_ == "on"):  # (or an attack's "on")
            return []
        return [o for o in self._region_named_at(res, j + 1, sent, m)
                if any(p.dep_ == "pobj" and o.start <= p.i < o.end for p in doc[j].children)]

    def _after_in(self, doc, i: int, floor: int) -> bool:
        """Whether token ``i`` follows an "in", past articles, adjectives and compass words ("in
        the far north of", "in eastern")."""
        j = i - 1
        while j > floor and (doc[j].pos_ in ("DET", "ADJ") or doc[j].text == "-" or doc[j].lower_ in self.cues["compass_words"]):
            j -= 1
        return j > floor and j < i - 0 and doc[j].lower_ == "in"

    def _place_next(self, res: Resolution, j: int, sent) -> bool:
        """Whether a place or state's name comes at ``j``, past articles and adjectives."""
        doc = res.doc
        while j < sent.end and not res.at(j) and res.tokens[j].pos_ in ("DET", "ADJ"):
            j += 1
        return j < sent.end and any(o.type in ("State", "Place") for o in res.at(j))

    def _comma_in_owner(self, res: Resolution, m: M, sent) -> list[M]:
        """"Tarsus, in southern Turkey, ...", "Tarsus, southern Turkey.": a place followed by a
        region set off by commas lies in that state or region ("the Tarsus district, ..." too)."""
        doc, i = res.doc, m.end
        if i + 1 < sent.end and doc[i].pos_ == "NOUN" and doc[i].lower_ in self.cues["place_head_nouns"] \
                and doc[i + 1].text == ",":
            i += 1  # "Tarsus district, southern Turkey"
        if i + 1 < sent.end and doc[i].lower_ == "in" and m.type == "Place":  # "Accrington in Lancashire"
            j = i + 1
            while j < sent.end and not res.at(j) and (doc[j].pos_ in ("DET", "ADJ") or doc[j].text == "-"
                                                       or doc[j].lower_ in self.cues["compass_words"]):
                j += 1
            owner = next((o for o in res.at(j) if o.type in ("State", "Place") and o.start == j), None)
            if owner is not None and (owner.end >= sent.end or doc[owner.end].is_punct or doc[owner.end].pos_ in ("ADP", "CCONJ")
                                    or doc[owner.end].lower_ == "to" and doc[owner.end].pos_ == "PART"):  # "to join"
                return [owner]
            return []
        if i + 1 >= sent.end or doc[i].text != ",":
            return []
        segment = []  # the apposition up to the next punctuation: "Tarija, Bolivia's southernmost province"
        for t in res.tokens[i + 1:sent.end]:
            if t.is_punct and t.text != "-":
                break
            segment.append(t)
        if any(self._place_noun(t) for t in segment):
            place = next(t for t in segment if self._place_noun(t))
            poss = [o for t in segment if t.i < place.i and t.dep_ == "poss" or t.i + 1 < sent.end and doc[t.i + 1].tag_ == "POS"
                    for o in res.at(t.i) if o.type in ("State", "Place") and o.end == t.i + 1 and o.kind != "pronoun"]
            after = [o for t in segment if t.i > place.i and self._after_in(doc, t.i, place.i)
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
        if owner is not None and owner.end + 1 < sent.end and doc[owner.end].tag_ == "POS" \
                and doc[owner.end + 1].lower_.split("-")[0] in self.cues["compass_words"]:
            return [owner]  # "Afrin, in Syria's north-west"
        if owner is None or owner.end < sent.end and not doc[owner.end].is_punct:
            return []
        if j == i + 1 and (doc[owner.head].dep_ == "conj" or doc[m.head].dep_ == "conj" or
                           owner.end + 2 < sent.end and doc[owner.end].text == ","
                           and doc[owner.end + 1].lower_ in ("and", "or") and self._place_next(res, owner.end + 2, sent)):
            return []  # "in Vietnam, Rhodesia, and Angola": a list of places, not one inside the next
        return [owner]

    def _state_regions(self, res: Resolution, sent) -> list[Found]:
        """"Syria's north-east", "Peru's far south": a compass point of a state named as a noun is a
        region of it, a place named "north-east Syria" that lies in the state."""
        doc, out = res.doc, []
        nouns = self.cues["compass_nouns"]
        for m in res.sent_mentions(sent):
            if m.type != "State" or m.kind != "name" or m.end + 1 >= sent.end \
                    or doc[m.end].tag_ != "POS":
                continue
            k = m.start - 1  # "Afrin, in Syria's north-west" describes where Afrin is: Afrin lies in Syria
            if k > sent.start and doc[k].lower_ == "in" and any(
                    o.type == "Place" and o.end in (k, k - 1) for o in res.at(k - 1) + res.at(k - 2)):
                continue
            j = m.end + 1
            while j < sent.end and (doc[j].lower_ in self.cues["compass_words"] or doc[j].text == "-") and not res.at(j):
                j += 1
            last = doc[j - 1]
            if j == m.end + 1 or last.lower_.split("-")[-1] not in nouns or last.pos_ not in ("NOUN", "PROPN", "ADV") \
                    or j < sent.end and doc[j].pos_ in ("NOUN", "PROPN") and not res.at(j):
                continue  # "Syria's northern province", "Syria's north-east border" are no region's name
            words = doc[m.end + 1:j].text
            name = f"{words} {m.name}"
            region = M(m.start, j, entity_id("Place", name), name, "Place", "name", last.i)
            out.append(Found(region, "LOCATED_IN", m, last, sent.start, sent.end, confidence=0.8))
        return out

    def _locations(self, res: Resolution, sent) -> list[Found]:
        """``LOCATED_IN`` stated by the noun phrase around a place or event name."""
        out = self._state_regions(res, sent)
        doc = res.doc
        for m in res.mentions:
            if m.type == "Organization" and m.kind == "name" and sent.start <= m.head < sent.end:
                out += self._seat(res, m, sent)
                continue
            if m.type not in ("Place", "Event") or m.kind not in ("name", "event") or not (sent.start <= m.head < sent.end):
                continue
            tok = res.tokens[m.head]
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
            first = tok
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "the Puno, Cusco and Tacna regions of Peru": each of the list
            if first is not tok and first.dep_ in ("compound", "amod", "nmod") and self._place_noun(first.head):
                members = {first.i, *(c.i for c in first.conjuncts)}  # not one of the list itself
                owners += [o for o in self._place_owner(res, first.head) if o.head not in members]
                owners += [o for p in self._pobjs(first.head, ("of",)) for o in res.at(p.i)
                           if o.type in ("State", "Place") and o.head == p.i]
            if first is not tok:  # "Puno, Cusco and Tacna, regions of southern Peru"
                owners += [o for c in first.children if c.dep_ == "appos" and self._place_noun(c)
                           for o in self._place_owner(res, c)]
            if m.type == "Place" and (tok.dep_ not in ("compound", "amod", "nmod") or self._place_noun(tok.head)):
                k = m.start - 1  # "Peru's far southern Tacna province", whatever the parse made of it
                while k > sent.start and (res.tokens[k].pos_ in ("ADJ", "ADV") or res.tokens[k].text == "-"
                                          or res.tokens[k].lower_ in self.cues["compass_words"]):
                    k -= 1
                if k > sent.start and k < m.start - 0 and res.tokens[k].tag_ == "POS":
                    owners += [o for o in res.at(k - 1) if o.type in ("State", "Place") and o.end == k]
            if tok.dep_ in ("compound", "amod", "nmod") and self._place_noun(tok.head):  # "Peru's Puno region"
                owners += self._place_owner(res, tok.head)
                owners += [o for p in self._pobjs(tok.head, ("of",)) for o in res.at(p.i)  # "the Ate district of Lima"
                           if o.type in ("State", "Place") and o.head == p.i]
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
                    owners += [o for p in self._pobjs(c, ("of",)) for o in res.at(p.i)  # "Ramadi, the capital of
                               if o.type in ("State", "Place") and o.head == p.i  # Anbar", "X, a suburb of Lima"
                               and o.kind in ("name", "capital")]  # (not "a stronghold of the Libyan army")
            owners += self._comma_in_owner(res, m, sent)
            owners += self._elsewhere_owner(res, m, sent)
            owners += self._sibling_in_owner(res, m, sent)
            if m.type == "Place" and m.name.split()[-1].lower() in self.cues["water_words"]:
                owners = [o for o in owners if o.type != "State"]  # "Yemen's Red Sea coast": a sea borders states
            for o in owners:
                if m.type == "Event" and m.kind == "event" and o.name.lower() in m.name.lower() and o.type != "Place":
                    continue  # "the Syria talks" are about the state, not held in it; "the Doha talks" are in Doha
                if o.id != m.id and o.start not in range(m.start, m.end):
                    out.append(Found(m, "LOCATED_IN", o, tok, sent.start, sent.end, confidence=0.8))
        return self._one_way(res, out)

    @staticmethod
    def _one_way(res: Resolution, found: list[Found]) -> list[Found]:
        """Two places read as lying in each other ("the Damascus suburb of X" and "the X district
        of Lima" have one shape): the one the catalogue knows is the container, when only one is."""
        pairs = {(f.subject.id, f.object.id) for f in found if f.type == "LOCATED_IN"}
        known = {i for i, state in res.place_states.items() if state is not None}
        return [f for f in found if not (f.type == "LOCATED_IN" and (f.object.id, f.subject.id) in pairs
                                         and f.subject.type == f.object.type == "Place"
                                         and f.subject.id in known and f.object.id not in known)]
