"""Quotations: who "I" and "we" are inside a quote. A speaker quoted in the first person acts in
their own words ("“We will not allow it,” the minister said"): "I" and "my" are the speaker, "we"
and "our" the state, group or organisation the speaker is, or speaks for."""
from __future__ import annotations

from spacy.tokens import Doc

from .mentions import ACTOR_TYPES, M, Resolution

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
MAX_QUOTE_TOKENS = 400  # an opening mark left unclosed this long is a typo, not a quotation


class Quotes:
    def _quote_spans(self, res: Resolution) -> list[tuple[int, int]]:
        """Token spans ``(first, last)`` inside paired quotation marks, curly or straight."""
        spans, start = [], None
        for tok in res.tokens:
            if not tok.is_quote:
                if start is not None and tok.i - start > MAX_QUOTE_TOKENS:
                    start = None
                continue
            text = tok.text
            if text == OPENING or text == STRAIGHT and start is None:
                start = tok.i
            elif (text == CLOSING or text == STRAIGHT) and start is not None:
                if tok.i - start > 1:
                    spans.append((start + 1, tok.i - 1))
                start = None
            elif start is not None and tok.i - start > MAX_QUOTE_TOKENS:
                start = None
        return spans

    def _speaker(self, doc: Doc, res: Resolution, first: int, last: int, date: str | None) -> tuple[M | None, M | None]:
        """Who speaks a quote, and who their "we" is: the subject of a speech verb outside the quote,
        in the sentence that opens or closes it ("“...,” X said", "X said: “...”", "“...,” said
        X, “...”"). A subject that is an office ("the minister, X, said", "a spokesman for the
        ministry said") speaks for the office's owner."""
        sents = {res.tokens[first].sent.start: res.tokens[first].sent, res.tokens[last].sent.start: res.tokens[last].sent}
        words = self.cues["speech_verbs"]
        for sent in sents.values():
            for tok in res.sent_tokens(sent):
                if first <= tok.i <= last or tok.pos_ not in ("VERB", "AUX"):
                    continue
                if tok.lemma_.lower() not in words and tok.lower_ not in words:
                    continue
                for c in tok.children:
                    if c.dep_ not in ("nsubj", "nsubjpass") or first <= c.i <= last:
                        continue
                    office = self._office_owner(res, c)
                    for t in (c, *(a for a in c.children if a.dep_ == "appos")):  # "the president, X, said"
                        ms = [m for m in res.at(t.i) if m.type in ACTOR_TYPES and m.id != getattr(office, "id", None)]
                        if ms:
                            who = next((m for m in ms if m.head == t.i), ms[0])
                            if office is None and who.type != "Person":
                                return who, who
                            return who, office or self._speaks_for(res, who, date)
                    if office is not None:
                        return None, office
        return None, None

    def _office_owner(self, res: Resolution, tok) -> M | None:
        """The state, group or organisation an office noun belongs to: "Kenya's defence
        minister", "a spokesman for the Taliban", "the Egyptian foreign ministry's spokeswoman"."""
        words = [tok.lemma_.lower(), tok.lower_]
        if tok.i > 0:
            words.append(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
        if not any(w in self.lex.titles for w in words):
            return None
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                   for p in c.children if p.dep_ == "pobj"]
        for t in owners:
            ms = [m for m in res.at(t.i) if m.type in ("State", "Group", "Organization")]
            if not ms:  # "a spokesman for the Egyptian foreign ministry": the ministry's state
                ms = [m for c in t.children if c.dep_ in ("amod", "compound", "poss") for m in res.at(c.i)
                      if m.type in ("State", "Group", "Organization")]
            if ms:
                return ms[0]
        return None

    def _speaks_for(self, res: Resolution, speaker: M, date: str | None) -> M | None:
        """The body a person speaks for: the office the text gives them, else the one the
        catalogue gives for the article's date."""
        owners = {t.owner.id: t.owner for t in res.titles if t.person.id == speaker.id and not t.former}
        if len(owners) == 1:
            return next(iter(owners.values()))
        if owners or date is None:
            return None
        held = {r.of for r in self.cat.roles_at(speaker.id, date)}
        body = self.cat.get(next(iter(held))) if len(held) == 1 else None
        return M(-1, -1, body.id, body.name, body.type, "pronoun") if body is not None else None

    def _first_person(self, doc: Doc, res: Resolution, date: str | None) -> None:
        singular, plural = self.cues["first_person_singular"], self.cues["first_person_plural"]
        previous = None  # the sentence a speaker's quote ended in, and (speaker, body)
        for first, last in self._quote_spans(res):
            speaker, body = self._speaker(doc, res, first, last, date)
            if speaker is None and body is None and previous is not None and res.tokens[first].sent.start > 0 \
                    and res.tokens[doc[first].sent.start - 1].sent.start == previous[0]:
                speaker, body = previous[1]  # a quote that goes on in the next sentence: the same voice
            if speaker is None and body is None:
                previous = None
                continue
            previous = (res.tokens[last].sent.start, (speaker, body))
            for tok in res.tokens[first:last + 1]:
                lower = tok.lower_
                if res.at(tok.i):
                    continue
                ante = speaker if lower in singular and speaker is not None and speaker is not body \
                    else body if lower in plural else None
                if ante is not None:
                    res.add(M(tok.i, tok.i + 1, ante.id, ante.name, ante.type, "pronoun", tok.i))
