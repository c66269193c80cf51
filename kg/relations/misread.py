"""Verbs the parser read as something else: a present-tense verb taken for a plural noun ("the US
arms the SDF", where "arms" became the head of one noun phrase "The United States arms")."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import ACTOR_TYPES, Resolution
from .common import Found


class MisreadVerbs:
    def _noun_read_verbs(self, res: Resolution, sent) -> list[Found]:
        """"Washington arms Kurdish fighters", "Qatar funds Hamas", "the Pentagon trains and equips
        the army": a plural noun heading its clause, an actor's name as its compound before it and a
        noun after it, is the verb of its lemma (one with a direct object); the name is its subject,
        the noun after it (or the object of a verb coordinated with it) its object."""
        out = []
        for tok in res.sent_tokens(sent):
            if tok.tag_ not in ("NNS", "VBZ") or tok.dep_ not in ("ROOT", "conj", "ccomp") or not tok.lower_.endswith("s"):
                continue
            senses = [s for s in self.lex.verbs.get(tok.lemma_.lower(), ())
                      if s.kind == "verb" and s.dobj and not (s.particle or s.needs_prep or s.needs_xcomp or s.needs_dobj_noun)]
            if not senses:
                continue
            subj_toks = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            obj_toks = self._misread_objects(tok)
            if not subj_toks or not obj_toks or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                continue
            subjects = [m for t in subj_toks for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            objects = [m for t in obj_toks for m in self.mentions_of(res, t)]
            if not objects and any(s.type in ("FIGHTS", "BACKS", "OPPOSES") for s in senses):
                objects = self._owner_mentions(res, obj_toks)  # "Washington arms Kurdish fighters" (a collective)
            for sense in senses:
                for s_ in subjects:
                    for o in objects:
                        if o.id == s_.id or sense.object_types and o.type not in sense.object_types:
                            continue
                        a, b = (o, s_) if sense.inverse else (s_, o)
                        out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.6))
        return out

    @staticmethod
    def _misread_objects(tok: Token) -> list[Token]:
        """The object of a verb read as a noun: the noun after it that the parser made its object or
        apposition; else that of a verb coordinated with it ("trains and equips the army")."""
        own = [c for c in tok.children if c.dep_ in ("dobj", "appos") and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
        if own:
            return own
        return [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for g in c.children if g.dep_ == "dobj"]

    def _misread_infinitive(self, res: Resolution, verb: Token) -> tuple[list, Token] | None:
        """"helped the SDF capture Raqqa", "help the YPG repel Turkey's attack": a bare infinitive
        after a verb of ``help_verbs`` that the parser read as a noun (a compound, object or
        modifier) right after an actor's name. The actor's mentions and the misread verb."""
        if verb.pos_ != "VERB" or not self._word_in(verb, self.cues["help_verbs"]):
            return None
        doc = verb.doc
        for t in doc[verb.i + 2:min(verb.i + 9, verb.sent.end)]:
            if t.tag_ not in ("VB", "NN", "NNP") or t.dep_ not in ("compound", "dobj", "nmod", "appos", "amod") and not (
                    t.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "compound" for c in t.children)
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):  # its subject made a compound
                continue
            if t.lower_ != t.lemma_.lower() or not any(s.dobj or s.preps for s in self.lex.verbs.get(t.lower_, ())):
                continue
            actors = [m for m in res.at(t.i - 1) if m.end == t.i and m.type in ACTOR_TYPES]
            if not actors and doc[t.i - 1].lower_ in self.lex.state_bodies:  # "the Iraqi army", its body unresolved
                actors = [m for m in res.at(t.i - 2) if m.end == t.i - 1 and m.type == "State"]
            if actors and all(a.start > verb.i for a in actors):
                return actors, t
            return None
        return None

    def _help_misread(self, res: Resolution, sent) -> list[Found]:
        """The two acts of a misread "X helped Y <verb> Z" (``_misread_infinitive``): X backs Y, and Y
        does the verb's act to Z: the noun the misread verb modifies ("repel Turkey's attack"), else
        its apposition or object ("capture Raqqa")."""
        out = []
        for verb in res.sent_tokens(sent):
            found = self._misread_infinitive(res, verb)
            if found is None:
                continue
            actors, w = found
            helpers = [m for t in self._subject_tokens(verb)[0] for m in self.mentions_of(res, t) if m.type in ACTOR_TYPES]
            out += [Found(h, "BACKS", a, verb, sent.start, sent.end, confidence=0.6)
                    for h in helpers for a in actors if h.id != a.id]
            if w.dep_ in ("compound", "nmod", "amod") and w.head.i > w.i:
                targets = [w.head]
            else:
                targets = [c for c in w.children if c.dep_ in ("appos", "dobj") and c.i > w.i]
            for sense in self.lex.verbs.get(w.lower_, ()):
                if sense.particle or sense.needs_prep or sense.needs_xcomp or sense.needs_dobj_noun:
                    continue
                toks = (targets if sense.dobj else []) + [p for c in (*w.children, *(c for c in verb.children if c.i > w.i))
                                                          if c.dep_ == "prep" and c.lower_ in sense.preps
                                                          for p in c.children if p.dep_ == "pobj"]  # (or hung on "help")
                objects = [m for t in toks for m in self.mentions_of(res, t)]
                attackers = [] if objects else self._owner_mentions(res, toks)  # "repel Turkey's attack"
                if self._word_in(w, self.cues["resist_verbs"]):  # the attack's owner, however the parser hung it
                    attackers += [m for t in toks if t.dep_ in ("poss", "nmod") and any(
                        s_.type == "FIGHTS" and s_.kind == "event" for s_ in self.lex.nouns.get(t.head.lemma_.lower(), ()))
                                  for m in self.mentions_of(res, t)]
                    objects = [m for m in objects if m not in attackers]
                for a in actors:
                    for o in objects + attackers:
                        if o.id != a.id and not (sense.object_types and o.type not in sense.object_types):
                            out.append(Found(a, sense.type, o, w, sent.start, sent.end, confidence=0.55))
                            if o in attackers and sense.type == "FIGHTS" and self._word_in(w, self.cues["resist_verbs"]):
                                out.append(Found(o, "FIGHTS", a, w, sent.start, sent.end, confidence=0.55))
        return out

    @staticmethod
    def _reading_open(tok, sense, sent) -> bool:
        """Whether the words right after a verb leave room for one of its senses: a sense that needs
        a particle ("hit out at") or an object noun ("struck a deal with") is no reading when the next
        words hold neither."""
        doc = tok.doc
        after = doc[tok.i + 1:min(tok.i + 5, sent.end)]
        if sense.particle and not (len(after) and after[0].lower_ == sense.particle):
            return False
        if sense.needs_dobj_noun and not any(t.lower_ in sense.needs_dobj_noun or t.lemma_.lower() in sense.needs_dobj_noun
                                             for t in after) and not any(w.startswith("<") for w in sense.needs_dobj_noun):
            return False
        return True

    def _adjacent_acts(self, res: Resolution, sent, found: list[Found]) -> list[Found]:
        """"X accused Y of ...", "X backed Y" where the parser lost the clause (a long sentence, a
        parenthesis): a finite verb of the lexicon with one sense, an actor's name right before it
        (past "has", "had", "also") and one right after it (past "the") are its subject and object,
        when nothing else found in the sentence relates the two."""
        out = []
        doc = res.doc
        related = {frozenset((f.subject.id, f.object.id)) for f in found if sent.start <= f.start < sent.end}
        for tok in res.sent_tokens(sent):
            if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i + 1 >= sent.end:
                continue
            every = [x for x in self.lex.verbs.get(tok.lemma_.lower(), ()) or self.lex.verbs.get(tok.lower_, ())
                     if self._reading_open(tok, x, sent)]
            senses = [x for x in every if x.kind == "verb" and x.dobj
                      and not (x.particle or x.needs_prep or x.needs_xcomp or x.needs_dobj_noun or x.inverse)]
            if len(senses) != len(every) or len({x.type for x in senses}) != 1:
                continue  # one reading only: a verb with a particle or a second sense needs its parse
            k = tok.i - 1
            while k > sent.start and doc[k].lower_ in self.cues["adjacent_fillers"]:
                k -= 1
            j = tok.i + 1
            if doc[j].lower_ == "the" and j + 1 < sent.end:
                j += 1
            left = [m for m in res.at(k) if m.end == k + 1 and m.type in ACTOR_TYPES and m.kind in ("name", "capital")
                    and not (m.start > sent.start and doc[m.start - 1].pos_ == "ADP")]  # (not "militias allied to X attacked")
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and not any(m.start <= c.i < m.end for c in subjects for m in left):
                continue  # the parser found the verb's own subject: its reading stands
            right = [m for m in res.at(j) if m.start == j and m.type in ACTOR_TYPES and m.kind in ("name", "capital")
                     and not (m.end < sent.end and doc[m.end].tag_ == "POS")]  # (not "attacked Syria's Kurds")
            sense = senses[0]
            for a in left[:1]:
                for b in right[:1]:
                    if a.id == b.id or frozenset((a.id, b.id)) in related or sense.object_types and b.type not in sense.object_types \
                            or sense.subject_types and a.type not in sense.subject_types:
                        continue
                    out.append(Found(a, sense.type, b, tok, sent.start, sent.end, confidence=0.5))
        return out

