"""Quoted speakers and what they say, on sentences written for these tests: who a quote is
attributed to, what is only asked for (hedged), and strong judgements of an actor's deeds. The
plain extraction cases of quotes and owned acts are in ``test_news_mechanisms.py``."""
from __future__ import annotations

import pytest

from test_relations import find, show

HEDGED = [
    # asked-for backing is not given backing
    ("Belarus sought China's support at the summit.", "China", "BACKS", "Belarus"),
    ("The Ethiopian plan to attack the TPLF was shelved.", "Ethiopia", "FIGHTS", "Tigray People's Liberation Front"),
]


def _id(case) -> str:
    return f"{case[1]}-{case[2]}-{case[3]}"[:60]





@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    rels = find(r["relations"], subject, type_, obj)
    assert rels and all(x["hedged"] for x in rels), show(r["relations"])


def test_quoted_speaker_is_attributed(extract):
    r = extract("Kenya's defence minister, Aden Duale, said: “We will crush al-Shabaab.”", "2024-06-01")
    rels = find(r["relations"], "Kenya", "FIGHTS", "al-Shabaab")
    assert rels and rels[0]["attributed_to"] and rels[0]["attributed_to"]["name"] == "Aden Duale", show(r["relations"])


CRITICAL = [
    # a strong judgement of an actor's deeds in what a speaker says opposes the actor
    ("Maria Lopez said the Bolivian army continues to inflict brutal punishment on the miners.", "Maria Lopez", "Bolivia"),
    ("Egypt's prison system is diabolical, said Maria Lopez, a researcher at Amnesty International.", "Maria Lopez", "Egypt"),
    ("Kenya said its troops had suffered brutal attacks by al-Shabaab.", "Kenya", "al-Shabaab"),
    ("Russia said the American sanctions were illegal and unacceptable.", "Russia", "United States"),
]

NOT_CRITICAL = [
    # those who suffer, judge or might do it are not its doers
    ("Amnesty International said Hamas fighters in Gaza faced brutal conditions.", "Amnesty International", "Hamas"),
    ("Kenya said Uganda had condemned the brutal attack.", "Kenya", "Uganda"),
    ("“If Iran has committed crimes, it should be tried,” said Maria Lopez, a researcher at Amnesty International.",
     "Maria Lopez", "Iran"),
    # the judged thing belongs to someone else, or the judgement is only somewhere in the clause
    ("Maria Lopez said the Labour Party would avoid the old parties' lies.", "Maria Lopez", "Labour Party"),
    ("Chile could not afford the reckless spending planned by the old elites, Maria Lopez said.", "Maria Lopez", "Chile"),
    ("Maria Lopez said Libya had become a haven for terrorism.", "Maria Lopez", "Libya"),
]


@pytest.mark.parametrize("text,speaker,target", CRITICAL, ids=[c[0][:50] for c in CRITICAL])
def test_critical_speech_opposes(extract, text, speaker, target):
    r = extract(text, "2024-06-01")
    assert find(r["relations"], speaker, "OPPOSES", target), show(r["relations"])


@pytest.mark.parametrize("text,speaker,target", NOT_CRITICAL, ids=[c[0][:50] for c in NOT_CRITICAL])
def test_not_critical_speech(extract, text, speaker, target):
    r = extract(text, "2024-06-01")
    assert not find(r["relations"], speaker, "OPPOSES", target), show(r["relations"])
