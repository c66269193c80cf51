"""Events named by common nouns, and battles named by their place."""
from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ..catalogue import norm_name
from ..types import entity_id, slug
from .mentions import ACTOR_TYPES, GENERIC_EVENTS, YEAR, M, Resolution


class Events:
    # -- events -----------------------------------------------------------------------------
    def _events(self, doc: Doc, res: Resolution) -> None:
        """Events named by common nouns: "the Istanbul talks", "a staged truce in Tarvia", "the
        BRICS summit". A named modifier (or "in <place>") names a global event ("Istanbul talks",
        "Gaza ceasefire"); otherwise the event is this article's own ("peace agreement")."""
        seen: dict[str, M] = {}
        heads = self.lex.event_heads
        military = ("exercise", "exercises", "drills", "operation", "offensive", "war")
        for tok in res.tokens:
            if tok.pos != NOUN:
                continue  # (an int test before any string is made)
            lower = tok.lower_
            if tok.pos_ == "NOUN" and (lower in self.lex.battle_heads or tok.lemma_.lower() in self.lex.battle_heads) \
                    and not res.at(tok.i):
                self._battle(doc, res, tok, seen)
                continue
            if tok.pos_ != "NOUN" or res.at(tok.i):
                continue
            if lower not in heads and tok.lemma_.lower() not in heads and not self._phrase_head(res, tok):
                continue
            if lower in ("war", "conflict") and self._the_war(doc, res, tok):
                continue
            if lower in military or tok.lemma_.lower() in military:
                continue  # acts of war are relations (FIGHTS), not events to take part in
            if tok.dep_ == "compound" and (tok.head.lower_ in heads or tok.head.lemma_.lower() in heads):
                continue  # "ceasefire deal": the deal is the event
            if any(c.dep_ in ("compound", "amod") and c.lower_ in self.cues["press_event_words"] for c in tok.children):
                continue  # "a news conference": reporters are told something; no one takes part
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            left = min([c.left_edge.i for c in mods] + [tok.i])
            while left < tok.i and res.tokens[left].pos_ in ("DET", "NUM", "PRON", "PUNCT") and not YEAR.fullmatch(res.tokens[left].text):
                left += 1
            named = [m for c in mods for m in res.at(c.i) if m.kind in ("name", "demonym", "capital")
                     and not (m.end < len(doc) and res.tokens[m.end].text == "-")]  # "UN-hosted talks": a sponsor, no name
            places = [m for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in p.children if o.dep_ == "pobj" for m in res.at(o.i)
                      if m.type in ("Place", "State") or m.kind == "capital"]
            head_text = _text(doc[left:tok.i + 1])
            kind = [c for c in mods if c.dep_ == "compound" and c.lower_ in heads]
            if lower in GENERIC_EVENTS and kind:  # "2020 ceasefire deal" and "ceasefire agreement" are one ceasefire
                head_text = _text(doc[left:kind[-1].i + 1])
            of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "on")
                  for o in p.children if o.dep_ == "pobj" and any(m.kind == "name" for m in res.at(o.i))]
            if of:  # "a meeting of the Andean Community"
                head_text = _text(doc[left:of[0].right_edge.i + 1])
                named = True
            if named:
                name, key = head_text, norm_name(head_text)
            elif places:
                word = res.tokens[tok.i].text
                pre = [c for c in tok.children if c.dep_ in ("compound", "amod") and f"{c.lower_} {tok.lower_}" in heads]
                if pre:  # "the peace process in Geneva": the Geneva peace process
                    word = f"{pre[-1].text} {word}"
                name = f"{places[0].text(doc)} {word}"
                key = norm_name(name)
            else:
                name, key = head_text, f"{norm_name(head_text)}@"
            if key in seen:
                ev = seen[key]
                res.add(M(left, tok.i + 1, ev.id, ev.name, "Event", "event", tok.i))
                continue
            eid = entity_id("Event", name) if "@" not in key else f"event:{slug(name)}-{res.scope()}"
            seen[key] = res.add(M(left, tok.i + 1, eid, name, "Event", "event", tok.i))

    def _phrase_head(self, res: Resolution, tok: Token) -> bool:
        """A two-word event head ("peace process") whose first word modifies this noun, or whose
        last word this noun is under a name ("the Astana process")."""
        if tok.lower_ not in self.event_head_ends:
            return False
        heads = self.lex.event_heads
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i < tok.i:
                if f"{c.lower_} {tok.lower_}" in heads:
                    return True
                if c.dep_ == "compound" and any(m.kind == "name" for m in res.at(c.i)):
                    return True
        return False

    def _the_war(self, doc: Doc, res: Resolution, tok: Token) -> bool:
        """"the war", "the civil war", "the seven-year conflict": the war the article named last, else
        the catalogue's war in the article's state. Not a war the phrase itself places or names
        ("the war in Yemen", "the war against Isis", "the Kurdish war")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("poss", "compound", "nmod", "relcl", "acl") or c.dep_ == "amod" and res.at(c.i)
                or c.dep_ == "prep" and c.lower_ in ("in", "against", "between", "with", "of", "over", "for", "on", "across")
                for c in tok.children):
            return False
        named = [m for m in res.mentions if m.type == "Event" and m.kind == "name" and m.start < tok.i
                 and any(w in m.name.lower() for w in ("war", "conflict"))]
        if named:
            last = max(named, key=lambda m: m.start)
            eid, name = last.id, last.name
        else:
            state = self._main_state(res)
            war = self.cat.war_in(state) if state else None
            if war is None:
                return False
            eid, name = war.id, war.name
        left = min(c.i for c in tok.children if c.dep_ == "det")
        res.add(M(left, tok.i + 1, eid, name, "Event", "pronoun", tok.i))
        return True

    def _battle(self, doc: Doc, res: Resolution, tok: Token, seen: dict) -> None:
        """A battle, offensive or siege named by its place is an event: "the Cusco offensive", "the
        battle for Tarija", "the siege of Arica", "the offensive on Tarija" (named "Tarija offensive").
        Without a place it stays a relation (FIGHTS); so does "an assault on Tarija", an act, while a
        campaign its place bounds ("a new offensive on Tarija province") is one whatever its article."""
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "no") for c in tok.children)
        if indefinite and (tok.lemma_.lower() not in self.cues["campaign_heads"] or any(
                c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children)):
            return
        places = [] if indefinite else [m for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                                        for m in res.at(c.i) if m.type == "Place" and m.head == c.i]
        phrase_end = None
        named_after = False  # "the offensive on Tarija" is named "Tarija offensive"
        if not places:
            preps = list(tok.children)
            if tok.dep_ == "dobj":  # "launched an offensive on Tarija", the phrase hung on the verb
                preps += [p for p in tok.head.children if p.dep_ == "prep" and p.i == tok.i + 1]
            for p in preps:
                against = p.lower_ in self.cues["campaign_place_preps"] and p.i == tok.i + 1 and tok.tag_ != "NNS"
                if p.dep_ == "prep" and (p.lower_ in ("for", "of") and p.i == tok.i + 1 and not indefinite or against):
                    pobj = next((o for o in p.children if o.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    target = pobj
                    if self._is_place_noun(pobj):  # "the fight for the port of Mollendo"
                        target = next((o for q in pobj.children if q.dep_ == "prep" and q.lower_ == "of"
                                       for o in q.children if o.dep_ == "pobj"), pobj)
                    places = [m for m in res.at(target.i) if m.type == "Place" and m.head == target.i]
                    if places:
                        phrase_end = target.i + 1
                        named_after = against
                        break
        if not places and tok.lemma_.lower() in self.cues["campaign_heads"] and not indefinite and tok.tag_ == "NN" and any(
                c.dep_ == "poss" or c.dep_ in ("amod", "compound") and any(m.type in ("State", "Group") for m in res.at(c.i))
                for c in tok.children):
            # "Turkey's offensive in Afrin", "the Kenyan campaign in Jubaland": an owned campaign is an
            # event of its theatre (named "Afrin offensive"); a bare "fighting in Afrin" stays an act
            places = [m for p in tok.children if p.dep_ == "prep" and p.lower_ in self.cues["theatre_preps"]
                      for o in p.children if o.dep_ == "pobj"
                      for m in self._places_at(res, o)]  # (a state is the war's side, not its ground)
            if places:
                phrase_end, named_after = res.tokens[places[0].head].head.i + 1 if res.tokens[places[0].head].head.dep_ == "pobj" \
                    else places[0].head + 1, True
        aim = False
        if not places and not indefinite:  # "the battle to retake Tarija", "the operation to free Cusco"
            places, phrase_end = self._aim_places(res, tok)
            aim = bool(places)
        span_start = None
        if not places and tok.lemma_.lower() in self.cues["campaign_heads"] and tok.tag_ == "NN" and self._waged(res, tok):
            # "Kenya launched an offensive in Jubaland", "Jubaland, where Kenya is waging a campaign": the
            # campaign its owner wages is an event of its theatre, as an owned one is
            verb = tok.head
            places = [m for t in (tok, verb) for p in t.children if p.dep_ == "prep" and p.lower_ in self.cues["theatre_preps"]
                      and p.i > tok.i for o in p.children if o.dep_ == "pobj" for m in self._places_at(res, o)]
            if places and places[0].start > tok.i:
                phrase_end = places[0].head + 1 if res.tokens[places[0].head].head.head.i == tok.i else None
            elif verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
                places = [m for m in res.at(verb.head.i) if m.type == "Place" and m.head == verb.head.i]
                span_start = tok.i
            named_after = True
        if not places:
            if not indefinite:
                self._campaign_reference(doc, res, tok)
            return
        place = places[0]
        if aim and tok.lemma_.lower() != "battle":
            name = _text(doc[tok.i:phrase_end])  # "operation to take Cusco"
        elif phrase_end is None or named_after:
            name = f"{place.name} {tok.text}"
        else:
            name = f"{tok.text} for {place.name}" if tok.lemma_.lower() == "battle" else f"{tok.text} of {place.name}"
        key = norm_name(name)
        if key not in seen:
            seen[key] = M(tok.i, tok.i + 1, entity_id("Event", name), name, "Event", "event", tok.i)
        ev = seen[key]
        start = span_start if span_start is not None else min([tok.i] + [m.start for m in places if m.start < tok.i])
        res.add(M(start, phrase_end or tok.i + 1, ev.id, ev.name, "Event", "event", tok.i))
        res.event_places.append((ev.id, place))

    def _aim_places(self, res: Resolution, tok: Token) -> tuple[list, int | None]:
        """The place a campaign's aim names: "the battle to retake Tarija", "the push to free the
        city of Cusco" (an infinitive of one of the outcome verbs with the place as its object)."""
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and c.lemma_.lower() in self.cues["outcome_verbs"] \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                if obj is None:
                    return [], None
                if self._is_place_noun(obj):
                    obj = next((o for q in obj.children if q.dep_ == "prep" and q.lower_ == "of"
                                for o in q.children if o.dep_ == "pobj"), obj)
                places = [m for m in res.at(obj.i) if m.type == "Place" and m.head == obj.i]
                return places, (obj.i + 1 if places else None)
        return [], None

    def _places_at(self, res: Resolution, tok: Token) -> list[M]:
        """The place a noun names: "Tarija", "the Tarija region", "the province of Tarija"."""
        toks = [tok]
        if self._is_place_noun(tok):
            toks += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
            toks += [o for q in tok.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
        return [m for t in toks for m in res.at(t.i) if m.type == "Place" and m.head == t.i]

    def _waged(self, res: Resolution, tok: Token) -> bool:
        """A campaign noun an actor wages: the object of one of the 'wage_verbs' with an actor as
        subject ("Kenya launched an offensive", "the militia has mounted a campaign")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in self.cues["wage_verbs"]:
            return False
        return any(m.type in ("State", "Group", "Organization", "Person") for c in verb.children
                   if c.dep_ == "nsubj" for m in res.at(c.i))

    def _campaign_reference(self, doc: Doc, res: Resolution, tok: Token) -> None:
        """"the operation", "its incursion", "Tarija's campaign", "the initial assault": a definite
        campaign noun with no place of its own is the military event the article named last
        ("Operation Tarija Shield", "the Cusco offensive"), unless its owner is another actor than
        that event's owner, or a noun names another kind of operation ("the rescue operation")."""
        if not any(c.dep_ == "det" and c.lower_ in self.cues["campaign_reference_dets"] or c.dep_ == "poss"
                   for c in tok.children):
            return
        if tok.lemma_.lower() not in self.cues["campaign_heads"] or any(
                c.dep_ in ("compound", "nmod") and not res.at(c.i) for c in tok.children):
            return  # "the rescue operation", "the sting operation": not the war's; "the battle" may be any
        if any(c.dep_ in ("prep", "acl") and c.lower_ in self.cues["campaign_place_preps"] for c in tok.children):
            return  # "their campaign against X", "its first campaign into Y": one the phrase itself names
        before = [m for m in res.mentions if m.type == "Event" and m.start < tok.i and self._military(res, m)]
        if not before:
            return
        last = max(before, key=lambda m: m.start)
        owners = self._owners(doc, res, tok)
        if owners:
            theirs = {o for m in res.mentions if m.id == last.id and m.head >= 0 for o in self._owners(doc, res, res.tokens[m.head])}
            if theirs and not owners & theirs:
                return  # "Kenya's offensive ... Uganda's offensive": two campaigns
        left = min([c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "poss", "amod")] + [tok.i])
        res.add(M(left, tok.i + 1, last.id, last.name, "Event", "event", tok.i))
        res.campaigns.add(last.id)

    def _military(self, res: Resolution, m: M) -> bool:
        """A campaign: a battle the resolver named by its place, or an event whose name opens with
        an operation word ("Operation X") or ends in a campaign noun ("the Tarija offensive")."""
        if m.id in res.campaigns or any(eid == m.id for eid, _ in res.event_places):
            return True
        words = m.name.split()
        return bool(words) and (words[0] in self.cues["operation_words"]
                                or words[-1].lower() in self.lex.battle_heads)

    @staticmethod
    def _owners(doc: Doc, res: Resolution, tok: Token) -> set[str]:
        """The actors a campaign noun is owned by: "Kenya's", "Kenyan", "by Kenyan troops"."""
        modifiers, agents = campaign_owner_tokens(tok)
        return {m.id for t in modifiers + agents for m in res.at(t.i) if m.type in ACTOR_TYPES}

    def _is_place_noun(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.place_nouns or tok.lemma_.lower() in self.lex.place_nouns


def campaign_owner_tokens(noun: Token) -> tuple[list[Token], list[Token]]:
    """The tokens that name who wages the campaign a noun names: its modifiers ("Kenya's",
    "Kenyan", "the Kenya offensive") and its "by" phrase ("the assault by Kenyan troops"). The
    resolver compares two campaigns' owners by them, the relation stage relates the owners."""
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    agents = [o for p in noun.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj"]
    return modifiers, agents


_QUOTES = frozenset('"\u201c\u201d\u2018\u2019\'\u00ab\u00bb')


def _text(span) -> str:
    """A span's text without the quotation marks a headline style puts round part of a name
    (a \u201cde-escalation\u201d deal)."""
    out = []
    for t in span:
        if t.text not in _QUOTES:
            out.append(t.text_with_ws)
        elif t.whitespace_ and out and not out[-1].endswith(" "):
            out.append(" ")  # the space after a closing mark ("zone\u201d deal")
    return "".join(out).strip()

