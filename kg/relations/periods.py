"""When a relation held, as the sentence says it: "allies since 2015", "backed X until last year",
"attacked X in 2014",
"fought Y from 2014 to 2017", "once allied with Z", "a former ally". Dates are years or months
(YYYY, YYYY-MM); a relative year ("last year") counts from the article's date."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..resolve import Resolution
from .common import Found

YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}
ACTS = frozenset({"FIGHTS", "MET_WITH", "CALLED_ON", "PARTICIPATES_IN"})  # done at a time, not held over one


class Periods:
    def _date_of(self, tok: Token, today: str | None) -> str | None:
        """The date a prepositional object names: "2017", "March 2011", "last year"."""
        words = [t for t in tok.subtree]
        text = " ".join(t.lower_ for t in words)
        year = YEAR.search(text)
        if year:
            month = next((MONTHS[t.lower_] for t in words if t.lower_ in MONTHS and t.i < tok.i + 3), None)
            if month is not None and t_before(words, year.group(1), month):
                return f"{year.group(1)}-{month:02d}"
            return year.group(1)
        if tok.lower_ == "year" and today and YEAR.match(today[:4]):
            shift = next((RELATIVE_YEARS[c.lower_] for c in tok.children if c.lower_ in RELATIVE_YEARS), None)
            if shift is not None:
                return str(int(today[:4]) + shift)
        return None

    def _period(self, res: Resolution, f: Found) -> None:
        """Sets ``valid_from``, ``valid_until`` and ``former`` from the trigger's clause."""
        today = res.doc._.kg_date if res.doc.has_extension("kg_date") else None
        chain = [f.trigger]
        tok = f.trigger
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and len(chain) < 4:
            tok = tok.head  # an event noun's clause: "have been allies since 2015"
            chain.append(tok)
        former_words = self.cues["former_words"]
        for t in chain:
            for c in t.children:
                if c.dep_ == "amod" and c.lower_ in former_words or c.dep_ == "advmod" and c.lower_ in self.cues["former_adverbs"]:
                    f.former = True  # "a former ally", "once backed", "previously allied with"
                if c.dep_ != "prep":
                    continue
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if not objs:
                    continue
                prep = c.lower_
                first = self._date_of(objs[0], today)
                if first is None:
                    continue
                if prep == "since":
                    f.valid_from = f.valid_from if f.role and f.valid_from else first
                elif prep in ("until", "till"):
                    f.valid_until = first
                elif prep == "from":  # "from 2014 to 2017", the "to" on the year or on the verb
                    to = [p for x in (objs[0], c, t) for g in x.children if g.dep_ == "prep" and g.lower_ in ("to", "until")
                          for p in g.children if p.dep_ == "pobj"]
                    last = self._date_of(to[0], today) if to else None
                    if last is not None:
                        f.valid_from, f.valid_until = first, last
                elif prep in ("in", "during") and YEAR.fullmatch(objs[0].text) or prep == "in" and objs[0].lower_ in MONTHS \
                        and first and len(first) > 4:  # "in 2011", "in March 2011": when it happened
                    if f.valid_from is None:
                        f.valid_from = first
                    if f.type in ACTS and f.valid_until is None:
                        f.valid_until = first  # an act is done then; a tie held from then on
                elif prep == "between":  # "between 2014 and 2017"
                    ends = [self._date_of(x, today) for x in objs[0].conjuncts]
                    if ends and ends[0] is not None:
                        f.valid_from, f.valid_until = first, ends[0]
        if f.valid_until and today and f.valid_until[:4] < today[:4] and f.type not in ACTS:
            f.former = True  # a tie that ended before the article was written (an act is just past)


def t_before(words: list[Token], year: str, month: int) -> bool:
    """Whether the month word comes just before the year ("March 2011", not "2011 ... March")."""
    for a, b in zip(words, words[1:]):
        if a.lower_ in MONTHS and MONTHS[a.lower_] == month and b.text == year:
            return True
    return False
