"""When a relation held, from the sentence: "since", "until", "from ... to", "between ... and",
"once", "formerly", "a former ally", and former offices with the catalogue's term. Sentences are
written for these tests."""
from __future__ import annotations

import pytest

from test_relations import find, show

DATE = "2019-06-01"

CASES = [
    # (text, subject, type, object, valid_from, valid_until, former)
    ("Russia and Iran have been allies since 2015.", "Russia", "ALLY_OF", "Iran", "2015", None, False),
    ("Turkey has backed the Free Syrian Army since March 2012.", "Turkey", "BACKS", "Free Syrian Army", "2012-03", None, False),
    ("Saudi Arabia fought the Houthis from 2015 to 2018.", "Saudi Arabia", "FIGHTS", "Houthis", "2015", "2018", False),
    ("Syria and Turkey were partners between 2005 and 2011.", "Syria", "ALLY_OF", "Turkey", "2005", "2011", True),
    ("Qatar backed Hamas until last year.", "Qatar", "BACKS", "Hamas", None, "2018", True),
    ("The PKK once allied with Syria.", "Kurdistan Workers' Party", "ALLY_OF", "Syria", None, None, True),
    ("Russia, a former ally of Serbia, objected.", "Russia", "ALLY_OF", "Serbia", None, None, True),
    # "in YEAR": an act happened then; a tie held from then on
    ("Russia attacked Ukraine in 2014.", "Russia", "FIGHTS", "Ukraine", "2014", "2014", False),
    ("Turkey shelled Afrin in March 2018.", "Turkey", "FIGHTS", "Afrin", "2018-03", "2018-03", False),
    ("Russia and Iran became allies in 2015.", "Russia", "ALLY_OF", "Iran", "2015", None, False),
    ("Turkey shelled Afrin in the north.", "Turkey", "FIGHTS", "Afrin", None, None, False),
    # no period given: none invented; "late" as an adverb of time is not "the late king"
    ("Russia backed Syria.", "Russia", "BACKS", "Syria", None, None, False),
    ("Turkey announced late on Sunday that it would attack the YPG.", "Turkey", "FIGHTS", "People's Protection Units",
     None, None, False),
    # former offices: kept, marked former, with the catalogue's term that ended
    ("Russia's former president Dmitry Medvedev warned Ukraine.", "Dmitry Medvedev", "LEADS", "Russia",
     "2008-05-07", "2012-05-07", True),
]


@pytest.mark.parametrize("text,subject,type_,obj,since,until,former", CASES, ids=[c[0][:50] for c in CASES])
def test_period(extract, text, subject, type_, obj, since, until, former):
    r = extract(text, DATE)
    rels = find(r["relations"], subject, type_, obj)
    assert rels, show(r["relations"])
    got = (rels[0]["valid_from"], rels[0]["valid_until"], rels[0]["former"])
    assert got == (since, until, former), show(r["relations"])


def test_office_held_now_is_not_former(extract):
    r = extract("Turkish President Recep Tayyip Erdogan met Vladimir Putin.", DATE)
    rels = find(r["relations"], "Recep Tayyip Erdogan", "LEADS", "Turkey")
    assert rels and not rels[0]["former"] and rels[0]["valid_from"] == "2014-08-28", show(r["relations"])
