"""Quoted speakers in the first person, and acts owned by their noun's owner, on sentences written
for these tests: "“We will crush X,” the minister said" is the minister's state acting; "X's
decision to bomb Y" and "a bid by X to arm Y" are X's acts; "condemned the decision by X" opposes X."""
from __future__ import annotations

import pytest

from test_relations import find, show

CASES = [
    # "we" of an office holder is the office's owner, however the speaker is introduced
    ("“We will keep arming the Kurdish fighters,” said Lina Farouk, the Jordanian foreign minister.",
     "Jordan", "BACKS", "Kurdish fighters"),
    ("Kenya's defence minister, Aden Duale, said: “We will crush al-Shabaab.”", "Kenya", "FIGHTS", "al-Shabaab"),
    ("“We will fight Hamas until it is destroyed,” a spokesman for the Israeli army said.", "Israel", "FIGHTS", "Hamas"),
    # a body speaking is its own "we"; a quote that runs on into the next sentence keeps its voice
    ("“Our jets struck the camps of al-Shabaab,” Kenya said on Monday.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("“Nothing has changed,” Omar Saleh, the Jordanian foreign minister, told reporters. "
     "“We support the Syrian opposition.”", "Jordan", "BACKS", "Syrian opposition"),
    # "I" is the speaker
    ("“I condemn the Russian shelling of Kharkiv,” said Maria Lopez, a researcher at Amnesty International.",
     "Maria Lopez", "OPPOSES", "Russia"),
    ("“I met the Taliban leaders in Doha,” Maria Lopez, a researcher at Amnesty International, told reporters.",
     "Maria Lopez", "MET_WITH", "Taliban"),
    # an act owned by its noun's owner
    ("Kenya's decision to bomb al-Shabaab camps drew criticism.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("A bid by Rwanda to arm the M23 rebels failed.", "Rwanda", "BACKS", "M23"),
    ("Spain condemned the decision by Morocco.", "Spain", "OPPOSES", "Morocco"),
]

ABSENT = [
    # a private person's "we" is nobody the text names
    ("“We support the rebels,” said Juan Perez, a shopkeeper in Aleppo.", "Juan Perez", "BACKS", "Syrian rebels"),
    # first person outside quotation marks is the writer's, not a speaker's
    ("We saw Kenya's jets over the town. Kenya said al-Shabaab had left.", "Kenya", "FIGHTS", "al-Shabaab"),
]

NEGATED = [
    ("“We will never arm Hezbollah,” the Jordanian foreign minister, Omar Saleh, said.", "Jordan", "BACKS", "Hezbollah"),
    ("“We are not talking to Hamas,” a spokesman for the Egyptian foreign ministry said.", "Egypt", "MET_WITH", "Hamas"),
]

HEDGED = [
    # asked-for backing is not given backing
    ("Belarus sought China's support at the summit.", "China", "BACKS", "Belarus"),
    ("The Ethiopian plan to attack the TPLF was shelved.", "Ethiopia", "FIGHTS", "Tigray People's Liberation Front"),
]


def _id(case) -> str:
    return f"{case[1]}-{case[2]}-{case[3]}"[:60]


@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[_id(c) for c in CASES])
def test_extracted(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    assert find(r["relations"], subject, type_, obj), show(r["relations"])


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[_id(c) for c in ABSENT])
def test_not_extracted(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    assert not find(r["relations"], subject, type_, obj), show(r["relations"])


@pytest.mark.parametrize("text,subject,type_,obj", NEGATED, ids=[_id(c) for c in NEGATED])
def test_negated_is_flagged(extract, text, subject, type_, obj):
    r = extract(text, "2024-06-01")
    rels = find(r["relations"], subject, type_, obj)
    assert rels and all(x["negated"] for x in rels), show(r["relations"])


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
