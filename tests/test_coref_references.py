"""References to actors named earlier, on multi-sentence texts written for these tests: "the
administration", "the militants", "both Islamist groups", "the security council", "the Gulf
state", "they" for coordinated actors, "its" looking ahead to the subject, "the country" after a
state only placed in. Each case is (text, subject, TYPE, object) by the names the extractor gives;
``ABSENT`` rows must not come out (a nearer antecedent, a new group, a reference to another).
No sentence here is, or paraphrases, a development sentence.
"""
from __future__ import annotations

import pytest

from sentence_tables import case_id, check_found, check_absent, check_flag

DATE = "2019-06-01"  # (Trump in office: "the Trump administration" is the US)

CASES = [
    # "the administration" is the state of the last "X administration", whatever the article names most
    ("Iran rejected the talks. The Trump administration imposed new sanctions on Iran. "
     "The administration accused Tehran of sponsoring terrorism.", "United States", "OPPOSES", "Iran"),
    ("The Trump administration met Iranian envoys. Iran later condemned the administration for its sanctions.",
     "Iran", "OPPOSES", "United States"),
    # "the militants", "the insurgents" after a group the catalogue knows was named
    ("Hamas fired rockets into Israel on Friday. The Israeli army struck the militants overnight.",
     "Israel", "FIGHTS", "Hamas"),
    ("Al-Shabaab stormed a hotel in Mogadishu. Somali troops battled the insurgents for hours.",
     "Somalia", "FIGHTS", "al-Shabaab"),
    # a name only given as another's tie is not what the reference is about
    ("The Nusra Front, once linked to al-Qaida, and Ahrar al-Sham seized the town. "
     "Russian jets bombed the two jihadist groups.", "Russia", "FIGHTS", "Jabhat al-Nusra"),
    ("Moscow wants Hayat Tahrir al-Sham and Hurras al-Din disbanded. Russia has long opposed both Islamist groups.",
     "Russia", "OPPOSES", "Hurras al-Din"),
    ("Moscow wants Hayat Tahrir al-Sham and Hurras al-Din disbanded. Russia has long opposed both Islamist groups.",
     "Russia", "OPPOSES", "Hayat Tahrir al-Sham"),
    # "accused the movement of smuggling": the "of" belongs to the verb
    ("The Houthis seized the port last year. Riyadh accused the movement of smuggling Iranian missiles.",
     "Saudi Arabia", "OPPOSES", "Houthis"),
    ("Tehran has denied the charges. Washington accused the country of arming Hezbollah.",
     "United States", "OPPOSES", "Iran"),
    # "dismissed its call": a call of another, not the subject's own
    ("The UN is pressing for a truce in Idlib. Moscow has dismissed its appeal.",
     "Russia", "OPPOSES", "United Nations"),
    ("The Arab League demanded a ceasefire. Israel rejected its demands.", "Israel", "OPPOSES", "Arab League"),
    # a named organisation's own lower-case words refer back to it
    ("The UN Security Council met on Monday. Amnesty International condemned the security council for its inaction.",
     "Amnesty International", "OPPOSES", "UN Security Council"),
    ("The Syrian Observatory for Human Rights counted the dead. The observatory accused Russia of bombing a market.",
     "Syrian Observatory for Human Rights", "OPPOSES", "Russia"),
    # "the two countries": the subjects of the last sentences, one each
    ("Moscow has courted Ankara for years, while Turkey has turned against the YPG. "
     "The two countries worked together in the Astana process.", "Russia", "ALLY_OF", "Turkey"),
    # "they" for coordinated or listed actors
    ("Hamas and Islamic Jihad fired rockets. They later agreed to the ceasefire.",
     "Palestinian Islamic Jihad", "PARTICIPATES_IN", "ceasefire"),
    ("Hamas and Islamic Jihad fired rockets. They later agreed to the ceasefire.", "Hamas", "PARTICIPATES_IN", "ceasefire"),
    ("Russia and Iran have backed Assad for years. They deny bombing hospitals. They also arm Hezbollah.",
     "Iran", "BACKS", "Hezbollah"),
    # "its" in a phrase that opens the sentence looks ahead to the subject
    ("The UN criticised Israel. Despite its denials, Russia has armed the Houthis.", "Russia", "BACKS", "Houthis"),
    # "the Gulf state", "the Jewish state"
    ("Qatar denied the claims. Saudi Arabia accused the Gulf state of funding the Muslim Brotherhood.",
     "Saudi Arabia", "OPPOSES", "Qatar"),
    ("Israel bombed Gaza overnight. The Jewish state accused Hamas of firing rockets.", "Israel", "OPPOSES", "Hamas"),
    # "the rebel group" after a named rebel group; "the Lebanese movement": a group of that country
    ("Jaish al-Islam said it would leave Douma. The rebel group had fought the Syrian army for years.",
     "Jaysh al-Islam", "FIGHTS", "Syria"),
    ("Hezbollah sent fighters to Syria. The Lebanese movement backs Assad.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    ("Hamas fired rockets at Ashkelon. Israel struck the Palestinian group overnight.", "Israel", "FIGHTS", "Hamas"),
    # "its" after a subject owned by an actor: that owner, not a state named in passing
    ("Riyadh's approach in Lebanon is to end its war with the Houthis.", "Saudi Arabia", "FIGHTS", "Houthis"),
    # a bare "the state": the state named last, as "the country" is
    ("Turkey has fought the PKK since 1984. The group has waged an armed struggle against the state for decades.",
     "Kurdistan Workers' Party", "FIGHTS", "Turkey"),
    # "the woman", "the teenager": the person the sentences are about
    ("Sara Haddad was arrested at the border in March. The woman was questioned by Turkish police.",
     "Turkey", "OPPOSES", "Sara Haddad"),
    ("Omar Latif left Cardiff in 2014. Months later the teenager joined Islamic State in Raqqa.",
     "Omar Latif", "MEMBER_OF", "Islamic State"),
    ("Omar Latif was caught at a checkpoint. The man was later interrogated by the YPG.",
     "People's Protection Units", "OPPOSES", "Omar Latif"),
]

NEGATED = [
    ("Hamas fired rockets into Israel on Friday. The Israeli army did not strike the militants.",
     "Israel", "FIGHTS", "Hamas"),
    ("Sara Haddad crossed into Syria in 2015. The woman never joined Islamic State, her lawyer said.",
     "Sara Haddad", "MEMBER_OF", "Islamic State"),
    ("The Houthis seized the port last year. Saudi Arabia did not accuse the movement of smuggling weapons.",
     "Saudi Arabia", "OPPOSES", "Houthis"),
]

HEDGED = [
    ("The Nusra Front seized the town last week. Turkey has vowed to fight the militants.",
     "Turkey", "FIGHTS", "Jabhat al-Nusra"),
    ("Russia and Iran said they would continue to back Assad.", "Iran", "BACKS", "Bashar al-Assad"),
]

ABSENT = [
    # another group, a new one, or militants somewhere else
    ("Hamas fired rockets on Saturday. Israel struck the rival militants.", "Israel", "FIGHTS", "Hamas"),
    ("Hamas fired rockets on Saturday. Israel struck militants in the West Bank.", "Israel", "FIGHTS", "Hamas"),
    ("Hamas fired rockets on Saturday. Israel struck the Islamic Jihad militants.", "Israel", "FIGHTS", "Hamas"),
    ("The Houthis seized the port. Saudi Arabia accused a new movement of smuggling weapons.",
     "Saudi Arabia", "OPPOSES", "Houthis"),
    # the tie given in passing is not one of "the two groups"
    ("The Nusra Front, once linked to al-Qaida, and Ahrar al-Sham seized the town. "
     "Russian jets bombed the two jihadist groups.", "Russia", "FIGHTS", "Al-Qaeda"),
    # "two men" without "the" are new people
    ("Sajid Javid wrote to Jeff Sessions. He said Britain would not oppose the death penalty for two men "
     "held in Syria.", "United Kingdom", "OPPOSES", "Jeff Sessions"),
    # the clause's own subject is not "the country" it accuses
    ("Tehran has denied the charges. Washington accused the country of arming Hezbollah.",
     "United States", "BACKS", "Hezbollah"),
    # repeating one's own call is no opposition to oneself or another
    ("The UN is pressing for a truce in Idlib. Moscow has repeated its call for talks.",
     "Russia", "OPPOSES", "United Nations"),
    # "despite their protests" with the subject after it: their own protests, no stance on each other
    ("The US struck Syria. Despite their angry protests, Moscow and Tehran will be content.", "Russia", "OPPOSES", "Iran"),
    ("The US struck Syria. Despite their angry protests, Moscow and Tehran will be content.", "Syria", "OPPOSES", "Russia"),
    # a state only named as a modifier is not "the Gulf state"
    ("Qatar hosts a US base. The Gulf state has denied funding Hamas.", "United States", "BACKS", "Hamas"),
    # "the state of X", "state media": no reference to a state named before
    ("Iran held a vote. The state of emergency angered Iraq.", "Iran", "OPPOSES", "Iraq"),
    ("Riyadh's approach in Lebanon is to end its war with the Houthis.", "Lebanon", "FIGHTS", "Houthis"),
    # a group of another country than the one named before is another group
    ("Hezbollah sent fighters to Syria. The Iraqi movement backs Assad.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    # a man with a clause of his own, or "a man", is someone new
    ("Sara Haddad was arrested in March. The man who arrested her was questioned by Turkish police.",
     "Turkey", "OPPOSES", "Sara Haddad"),
    ("Omar Latif was arrested in March. Police said a man joined Islamic State in Raqqa.",
     "Omar Latif", "MEMBER_OF", "Islamic State"),
    # a woman is not the man named before
    ("Omar Latif was arrested in March. The woman joined Islamic State in Raqqa.",
     "Omar Latif", "MEMBER_OF", "Islamic State"),
    # a named group in another sentence is not "a new council"
    ("The UN Security Council met on Monday. Amnesty condemned the new council.",
     "Amnesty International", "OPPOSES", "UN Security Council"),
]




@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[case_id(c) for c in CASES])
def test_reference_resolved(extract, text, subject, type_, obj):
    check_found(extract, text, subject, type_, obj, date=DATE)


@pytest.mark.parametrize("text,subject,type_,obj", NEGATED, ids=[case_id(c) for c in NEGATED])
def test_reference_negated(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated", date=DATE)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_reference_hedged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged", date=DATE)


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[case_id(c) for c in ABSENT])
def test_reference_not_extracted(extract, text, subject, type_, obj):
    check_absent(extract, text, subject, type_, obj, date=DATE)


def test_generic_plural_dropped_for_the_groups_it_names(extract):
    r = extract("Moscow wants Hayat Tahrir al-Sham and Hurras al-Din disbanded. Russia has long opposed both Islamist groups.")
    assert not any(e["name"] == "Islamist groups" for e in r["entities"])


def test_the_gulf_is_no_place_in_the_gulf_state(extract):
    r = extract("Qatar denied the claims. Saudi Arabia accused the Gulf state of funding the Muslim Brotherhood.")
    assert not any(e["name"] == "Persian Gulf" for e in r["entities"])
