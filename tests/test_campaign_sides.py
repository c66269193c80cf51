"""Who wages a campaign that a fight noun names, on sentences written for these tests: the allies or
proxies a campaign is placed "in" and the side they are allies or proxies of, who stands "at the
forefront" of it, who it "was led by"; and a soldier whose own unit is attacked. Rows that must not
give a fight (a fight against poverty, an ally in someone's own war), and negated and hedged ones."""
from __future__ import annotations

import pytest

from sentence_tables import case_id, check_flag, table_tests

CASES = [
    # allies or partners of Z "in" the fight against Y, or in the fight to defeat Y: both they and Z fight Y
    ("The Peshmerga have been loyal allies of Britain in the fight against al-Qaida.", "United Kingdom", "FIGHTS", "Al-Qaeda"),
    ("The Peshmerga have been loyal allies of Britain in the fight against al-Qaida.", "Peshmerga", "FIGHTS", "Al-Qaeda"),
    ("The Peshmerga were partners of the US in the campaign to crush al-Shabaab.", "Peshmerga", "FIGHTS", "al-Shabaab"),
    ("The Peshmerga were partners of the US in the campaign to crush al-Shabaab.", "United States", "FIGHTS", "al-Shabaab"),
    ("Nigeria and Chad are partners of Cameroon in the struggle against Boko Haram.", "Cameroon", "FIGHTS", "Boko Haram"),
    ("Kenya is Britain's partner in the fight against al-Shabaab.", "United Kingdom", "FIGHTS", "al-Shabaab"),
    ("The Kurds, allies of the west in the long war to weaken and destroy Islamic State, were attacked by Turkey.",
     "Kurds", "FIGHTS", "Islamic State"),
    # a proxy in the fight: the proxy and its user fight
    ("The Peshmerga, which Britain has used as proxies in the fight against al-Qaida, took the town.",
     "Peshmerga", "FIGHTS", "Al-Qaeda"),
    ("The Peshmerga, which Britain has used as proxies in the fight against al-Qaida, took the town.",
     "United Kingdom", "FIGHTS", "Al-Qaeda"),
    # at the forefront, in the vanguard, under the banner of a campaign: who stands there wages it
    ("Hezbollah has been at the forefront of the fight against al-Qaida.", "Hezbollah", "FIGHTS", "Al-Qaeda"),
    ("The Peshmerga are in the vanguard of the campaign to defeat al-Qaida.", "Peshmerga", "FIGHTS", "Al-Qaeda"),
    ("Jordan stood on the front line of the war on Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    ("Jordan flew missions under the banner of the campaign against Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    # a campaign that "was led by" or "launched by" Y is Y's
    ("The battle against al-Qaida in Yemen was led by the United Arab Emirates.", "United Arab Emirates", "FIGHTS", "Al-Qaeda"),
    ("The offensive against the Taliban was launched by Pakistan.", "Pakistan", "FIGHTS", "Taliban"),
    # a soldier whose own unit, patrol or convoy is attacked fights the attacker too
    ("Peter Kassig took his own life after his unit was surrounded by Taliban fighters.", "Peter Kassig", "FIGHTS", "Taliban"),
    ("Peter Kassig took his own life after his unit was surrounded by Taliban fighters.", "Taliban", "FIGHTS", "Peter Kassig"),
    ("The Taliban attacked Peter Kassig's patrol near the pass.", "Peter Kassig", "FIGHTS", "Taliban"),
    ("Mark Lewis said his convoy had been ambushed by al-Shabaab.", "Mark Lewis", "FIGHTS", "al-Shabaab"),
]

ABSENT = [
    # an ally in someone's own war is only an ally of the one who wages it
    ("Saddam was a close ally of the US in his war against Iran.", "United States", "FIGHTS", "Iran"),
    # no armed foe: a fight against poverty or corruption, a fight over the budget
    ("Kenya is a key partner of the US in the fight against corruption.", "Kenya", "FIGHTS", "United States"),
    ("Brazil is at the forefront of the fight against deforestation.", "Brazil", "FIGHTS", "Brazil"),
    ("Macron and Merkel had a fight over the budget.", "Emmanuel Macron", "FIGHTS", "Angela Merkel"),
    # a house is no armed unit: its owner was attacked, and did not fight
    ("Peter Kassig's house was attacked by the Taliban.", "Peter Kassig", "FIGHTS", "Taliban"),
    ("Maria Lopez said her team was attacked by the Taliban.", "Maria Lopez", "FIGHTS", "Taliban"),
    # shielding someone from an attack is no opposition to them
    ("The US had a moral obligation to help prevent the Kurdish fighters from being slaughtered by Turkey.",
     "United States", "OPPOSES", "Kurdish fighters"),
]

NEGATED = [
    ("The Peshmerga have not been allies of the US in the war on al-Qaida, the minister said.",
     "United States", "FIGHTS", "Al-Qaeda"),
    ("Hezbollah has never been at the forefront of the fight against al-Qaida.", "Hezbollah", "FIGHTS", "Al-Qaeda"),
    ("The battle against al-Qaida was not led by the United Arab Emirates.", "United Arab Emirates", "FIGHTS", "Al-Qaeda"),
    ("Sergeant Mark Lewis's unit was not attacked by the Taliban.", "Mark Lewis", "FIGHTS", "Taliban"),
]

HEDGED = [
    ("The Peshmerga could become partners of Britain in the fight against al-Qaida.", "United Kingdom", "FIGHTS", "Al-Qaeda"),
    ("Hezbollah may soon be at the forefront of the fight against al-Qaida.", "Hezbollah", "FIGHTS", "Al-Qaeda"),
    ("The Taliban may have surrounded Sergeant Mark Lewis's unit.", "Mark Lewis", "FIGHTS", "Taliban"),
]


test_campaign_side, test_no_campaign_side, test_campaign_side_negated = table_tests(CASES, ABSENT, NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_campaign_side_hedged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")
