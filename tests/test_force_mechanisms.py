"""Armed action and material support in news English, on sentences written for these tests.

Campaigns named with the infinitive they aim at ("the US-led campaign to defeat X"), fights
that failed of their end ("tried and failed to dislodge X"), verbs and nouns of force and supply.
Each case is a (subject, TYPE, object) by the names the extractor gives; ``ABSENT`` cases must not
come out, ``NEGATED`` ones must come out flagged negated, ``HEDGED`` ones flagged hedged. No
sentence here is, or paraphrases, a development sentence.
"""
from __future__ import annotations

import pytest

from test_relations import find, show
from sentence_tables import case_id, check_flag, table_tests

CASES = [
    # a campaign's infinitive: its leader ('X-led', 'led by X') and who joins it fight the target
    ("Jordan joined the US-led campaign to defeat Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    ("Jordan joined the US-led campaign to defeat Islamic State.", "United States", "FIGHTS", "Islamic State"),
    ("The offensive to drive the Taliban out of Kandahar, led by Canada, began in the spring.",
     "Canada", "FIGHTS", "Taliban"),
    ("A Saudi-led push to oust the Houthis from Hodeidah stalled in the summer.", "Saudi Arabia", "FIGHTS", "Houthis"),
    # who acts in a campaign named by its infinitive wages it
    ("Britain and France worked together in Iraq, notably in the campaign to free Mosul from Islamic State.",
     "France", "FIGHTS", "Islamic State"),
    ("Jordan took part in the campaign to defeat Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    # a relative clause without its pronoun, misread as a complement or adverbial clause
    ("Washington armed the militias Turkey is fighting.", "Turkey", "FIGHTS", "militias"),
    ("The US sent drones to the Kurdish fighters Turkey is now shelling in Iraq.", "Turkey", "FIGHTS", "Kurdish fighters"),
    # a proxy against someone: the proxy and its user fight them
    ("Iran uses Hezbollah as a proxy against Israel.", "Hezbollah", "FIGHTS", "Israel"),
    ("Iran uses Hezbollah as a proxy against Israel.", "Iran", "FIGHTS", "Israel"),
    ("The militias that Tehran is using as a proxy against Israel in Syria have grown.", "militias", "FIGHTS", "Israel"),
    ("Hezbollah, Iran's main proxy against Israel, fired rockets.", "Hezbollah", "FIGHTS", "Israel"),
    ("The Houthis are Iran's proxy against Saudi Arabia.", "Iran", "FIGHTS", "Saudi Arabia"),
    # a member noun's compound names its referent before a demonym does
    ("Turkey and its Syrian rebel allies launched an offensive against the Kurds.", "rebels", "FIGHTS", "Kurds"),
    ("Russia and its Syrian government allies bombed the rebels.", "Syria", "FIGHTS", "rebels"),
    # a bare infinitive after 'help' that the parser read as a noun
    ("The US helped the SDF capture Raqqa.", "United States", "BACKS", "Syrian Democratic Forces"),
    ("The US helped the SDF capture Islamic State fighters.", "Syrian Democratic Forces", "FIGHTS", "Islamic State"),
    ("Volunteers stayed to help the YPG repel Turkey's attack.", "People's Protection Units", "FIGHTS", "Turkey"),
    ("Volunteers stayed to help the YPG repel Turkey's attack.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("US airstrikes helped the Iraqi army retake Mosul from Islamic State.", "Iraq", "FIGHTS", "Islamic State"),
    ("The US helped the Iraqi army retake Mosul from Islamic State.", "United States", "BACKS", "Iraq"),
    ("Iran helped Hezbollah attack Israel.", "Hezbollah", "FIGHTS", "Israel"),
    # a past tense the parser read as a modifier ends the noun phrase before it
    ("Iran's support for the Houthis angered Riyadh.", "Iran", "BACKS", "Houthis"),
    ("Qatar's funding of Hamas infuriated Cairo.", "Qatar", "BACKS", "Hamas"),
    # a failure to reach a fight's end is still a fight
    ("Saudi Arabia has tried, and failed, to crush the Houthis.", "Saudi Arabia", "FIGHTS", "Houthis"),
    ("Russia failed to capture Kyiv from Ukraine in 2022.", "Russia", "FIGHTS", "Ukraine"),
    ("Officials said Iraq had failed to dislodge Islamic State from the desert.", "Iraq", "FIGHTS", "Islamic State"),
    # verbs and nouns of force and supply
    ("The Kurdish fighters scattered Islamic State in a week of fighting.", "Kurdish fighters", "FIGHTS", "Islamic State"),
    ("Russian forces surrounded the Ukrainian garrison in the city.", "Russia", "FIGHTS", "Ukraine"),
    ("Ukrainian troops were surrounded by Russian forces near the river.", "Russia", "FIGHTS", "Ukraine"),
    ("Iran's supply of drones to Russia angered Kyiv.", "Iran", "BACKS", "Russia"),
    ("The supply of rockets to Hamas by Iran breaks the embargo.", "Iran", "BACKS", "Hamas"),
    # support named by its package, its recognition, thrown or put behind someone, drawn from someone
    ("The EU pledged a support package for Moldova.", "European Union", "BACKS", "Moldova"),
    ("The US approved a military aid package for Israel.", "United States", "BACKS", "Israel"),
    ("Russia's recognition of Abkhazia angered Georgia.", "Russia", "BACKS", "Abkhazia"),
    ("The Republican Party threw its support behind Trump.", "Republican Party", "BACKS", "Donald Trump"),
    ("The Republican Party put its full weight behind Trump.", "Republican Party", "BACKS", "Donald Trump"),
    ("Trump garnered support from the Republican Party.", "Republican Party", "BACKS", "Donald Trump"),
    ("The rebels attracted funding from Qatar.", "Qatar", "BACKS", "rebels"),
    ("Israel worked to maximise support from Washington.", "United States", "BACKS", "Israel"),
    # a joint act's manner: 'in coordination with', 'in cooperation with'
    ("Israel carried out the raid in coordination with the United States.", "Israel", "ALLY_OF", "United States"),
    ("Jordan patrolled the border in close cooperation with Iraq.", "Jordan", "ALLY_OF", "Iraq"),
    # a singular relative clause after the last of two conjuncts is that conjunct's
    ("Maduro and Cuba, which has backed him for decades, support the plan.", "Cuba", "BACKS", "Nicolás Maduro"),
    ("The Kurds and Turkey, which has attacked them repeatedly, met in Geneva.", "Turkey", "FIGHTS", "Kurds"),
    # linking up with a force joins it
    ("Iran linked up its forces in Syria with Hezbollah.", "Iran", "ALLY_OF", "Hezbollah"),
    ("The Houthis linked up with Iranian advisers near the port.", "Houthis", "ALLY_OF", "Iran"),
    ("Hayat Tahrir al-Sham is linked to al-Qaida.", "Hayat Tahrir al-Sham", "AFFILIATED_WITH", "Al-Qaeda"),
    # a present-tense verb the parser read as a plural noun, its subject as a compound
    ("The United States arms the Syrian Democratic Forces.", "United States", "BACKS", "Syrian Democratic Forces"),
    ("Qatar funds Hamas.", "Qatar", "BACKS", "Hamas"),
    ("The Pentagon trains and equips the Ukrainian army.", "United States", "BACKS", "Ukraine"),
    ("The US arms Israel, and Iran arms Hezbollah.", "United States", "BACKS", "Israel"),
    ("The US arms Israel, and Iran arms Hezbollah.", "Iran", "BACKS", "Hezbollah"),
]

ABSENT = [
    ("Jordan refused to lead the campaign, which the US had proposed.", "Jordan", "FIGHTS", "United States"),
    ("The US-led coalition met in Brussels to discuss aid to Iraq.", "United States", "FIGHTS", "Iraq"),
    ("Turkey joined talks led by Russia to end the war in Syria.", "Turkey", "FIGHTS", "Syria"),
    ("The protesters scattered when the Iraqi police arrived.", "Iraq", "FIGHTS", "protesters"),
    ("The town is surrounded by Kurdish-held villages.", "Kurds", "FIGHTS", "town"),
    ("The Iran arms deal with Russia collapsed.", "Iran", "BACKS", "Russia"),
    ("US arms sales to Saudi Arabia rose last year.", "United States", "FIGHTS", "Saudi Arabia"),
    ("Qatar funds hospitals in Gaza.", "Qatar", "BACKS", "Gaza Strip"),
    ("The US blocked a military aid package for Ukraine.", "United States", "BACKS", "Ukraine"),
    ("The EU pledged a package of sanctions on Russia.", "European Union", "BACKS", "Russia"),
    ("The court put Trump behind bars.", "court", "BACKS", "Donald Trump"),
    ("Jordan lost interest in the campaign to defeat Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    ("Iran is Hezbollah's patron against the wishes of Lebanon.", "Iran", "FIGHTS", "Lebanon"),
    ("Qatar uses Al Jazeera as a proxy in its feud with Saudi Arabia.", "Qatar", "FIGHTS", "Saudi Arabia"),
    ("Turkey and its Syrian rebel allies launched an offensive against the Kurds.", "Syria", "FIGHTS", "Kurds"),
    ("The US helped the SDF capture Raqqa.", "United States", "BACKS", "Raqqa"),
    ("The money helped the charity fund schools in Gaza.", "charity", "BACKS", "Gaza Strip"),
    ("Iran's support for the Houthis angered Riyadh.", "Iran", "BACKS", "Saudi Arabia"),
    ("Russia struck the Israeli-occupied heights.", "Israel", "BACKS", "Russia"),
    ("Israel told the US Hamas is attacking.", "Hamas", "FIGHTS", "United States"),
    ("Israel convinced Washington Iran was arming.", "Iran", "FIGHTS", "United States"),
    ("Maduro and Cuba, which have long opposed Washington, met in Havana.", "Nicolás Maduro", "BACKS", "Cuba"),
    ("Iran and Hezbollah, which was founded in 1982, fought Israel.", "Hezbollah", "AFFILIATED_WITH", "Iran"),
    ("Iran linked up its forces in Syria with Hezbollah.", "Iran", "AFFILIATED_WITH", "Hezbollah"),
    ("Israel is in talks on cooperation with the United States.", "Israel", "ALLY_OF", "United States"),
]

NEGATED = [
    ("Iraq failed to attack Islamic State before the deadline.", "Iraq", "FIGHTS", "Islamic State"),
    ("Iran denies using Hezbollah as a proxy against Israel.", "Hezbollah", "FIGHTS", "Israel"),
    ("Iran denied any involvement in the attack on Israel.", "Iran", "FIGHTS", "Israel"),
    ("Iran denied involvement in the bombing of the Israeli embassy.", "Iran", "FIGHTS", "Israel"),
    ("The US did not help the SDF capture Raqqa.", "United States", "BACKS", "Syrian Democratic Forces"),
    ("Jordan did not take part in the campaign to defeat Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    ("The United States failed to support the Kurds.", "United States", "BACKS", "Kurds"),
    ("The Iraqi army never tried to dislodge Islamic State from the town.", "Iraq", "FIGHTS", "Islamic State"),
    ("There was no supply of drones to Russia by Iran, officials said.", "Iran", "BACKS", "Russia"),
    ("Iran ended its supply of drones to Russia.", "Iran", "BACKS", "Russia"),
    ("Qatar denies it funds Hamas.", "Qatar", "BACKS", "Hamas"),
    ("Iran never linked up its forces with Hezbollah, officials said.", "Iran", "ALLY_OF", "Hezbollah"),
    ("Israel did not carry out the raid in coordination with the United States.", "Israel", "ALLY_OF", "United States"),
    ("The US no longer arms the Syrian Democratic Forces.", "United States", "BACKS", "Syrian Democratic Forces"),
]

HEDGED = [
    ("Officials said Washington had reportedly armed the militias Turkey is fighting.", "Turkey", "FIGHTS", "militias"),
    ("Iran may use the Houthis as a proxy against Saudi Arabia.", "Houthis", "FIGHTS", "Saudi Arabia"),
    ("Iran reportedly helped the Houthis attack Saudi Arabia.", "Houthis", "FIGHTS", "Saudi Arabia"),
    ("Iran's alleged support for the Houthis angered Riyadh.", "Iran", "BACKS", "Houthis"),
    ("Iran is said to be funding Hamas.", "Iran", "BACKS", "Hamas"),
    ("Iran was said to have armed the Houthis.", "Iran", "BACKS", "Houthis"),
    ("Jordan may join the US-led campaign to defeat Islamic State.", "Jordan", "FIGHTS", "Islamic State"),
    ("Iran's alleged supply of drones to Russia angered Kyiv.", "Iran", "BACKS", "Russia"),
    ("Russian forces have reportedly surrounded the Ukrainian garrison.", "Russia", "FIGHTS", "Ukraine"),
    ("Trump may throw his support behind the Republican Party.", "Donald Trump", "BACKS", "Republican Party"),
    ("The US reportedly arms the Syrian Democratic Forces.", "United States", "BACKS", "Syrian Democratic Forces"),
]




test_mechanism, test_not_extracted, test_negated_is_flagged = table_tests(CASES, ABSENT, NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")


def test_backed_regime_forces_are_not_their_backers(extract):
    # a bare 'regime' or 'government' is never the state named as its backer in the same phrase
    r = extract("The war in Syria has lasted years. Russian-backed regime forces captured the town "
                "from Hayat Tahrir al-Sham.", "2024-06-01")
    assert not find(r["relations"], "Russia", "FIGHTS", "Hayat Tahrir al-Sham"), show(r["relations"])
    r = extract("The war in Syria has lasted years. Regime troops backed by Iranian militias retook the town "
                "from the rebels.", "2024-06-01")
    assert not [x for x in r["relations"] if x["subject"]["name"] == "Iran" and x["type"] == "FIGHTS"], show(r["relations"])
    assert not find(r["relations"], "Iranian militias", "BACKS", "Iran"), show(r["relations"])


def test_backed_forces_do_not_stand_for_their_backer(extract):
    r = extract("Russian-backed forces attacked Hayat Tahrir al-Sham.", "2024-06-01")
    assert not find(r["relations"], "Russia", "FIGHTS", "Hayat Tahrir al-Sham"), show(r["relations"])
    assert find(r["relations"], "Russia", "BACKS", "Russian-backed forces"), show(r["relations"])
    r = extract("Syria's army is exhausted. Syria's army is weak. The regime captured the town from "
                "Hayat Tahrir al-Sham.", "2024-06-01")
    assert find(r["relations"], "Syria", "FIGHTS", "Hayat Tahrir al-Sham"), show(r["relations"])
    r = extract("Turkey shelled YPG-held villages.", "2024-06-01")  # a holder still stands for what it holds
    assert find(r["relations"], "Turkey", "FIGHTS", "People's Protection Units"), show(r["relations"])


def test_a_bare_government_backing_is_no_guess(extract):
    r = extract("Britain sent medics. He joined the peshmerga, the government-backed army of Iraqi Kurdistan.",
                "2024-06-01")
    assert not [x for x in r["relations"] if x["subject"]["name"] == "United Kingdom" and x["type"] == "BACKS"], \
        show(r["relations"])
