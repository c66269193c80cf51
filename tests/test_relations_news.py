"""More mechanisms of news English, on sentences written for these tests (see test_news_mechanisms.py)."""
from __future__ import annotations

import pytest

from test_relations import find, show

CASES = [
    # a leader's name before a state body is that leader's state
    ("Maduro forces claim they are shelling areas held by the rebels.", "Venezuela", "FIGHTS", "rebels"),
    # fighting with or for a group: a person joins it, a group takes its side
    ("Tom Hale was accused of fighting with the YPG in Syria.", "Tom Hale", "MEMBER_OF", "People's Protection Units"),
    ("Dean Rowe fought for the Peshmerga for a year.", "Dean Rowe", "MEMBER_OF", "Peshmerga"),
    ("Hezbollah fighters fought for Assad near Homs.", "Hezbollah", "BACKS", "Bashar al-Assad"),
]

ABSENT = [
    # a relative clause that has its pronoun inside its subject is not missing an object
    ("Iran, whose Quds Force and militias are fighting alongside Syrian troops, agreed.",
     "Islamic Revolutionary Guard Corps", "FIGHTS", "Iran"),
    # a group fighting with another is a clash, not membership
    ("The Taliban fought with Pakistani troops on the border.", "Taliban", "MEMBER_OF", "Pakistan"),
]


@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[c[0][:50] for c in CASES])
def test_mechanism(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    assert find(r["relations"], subject, type_, obj), show(r["relations"])


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[c[0][:50] for c in ABSENT])
def test_not_extracted(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    assert not find(r["relations"], subject, type_, obj), show(r["relations"])
