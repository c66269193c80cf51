"""More mechanisms of news English, on sentences written for these tests (see test_news_mechanisms.py)."""
from __future__ import annotations

import pytest

from test_relations import find, show

CASES = [
    # a leader's name before a state body is that leader's state
    ("Maduro forces say they are bombarding villages controlled by the rebels.", "Venezuela", "FIGHTS", "rebels"),
    # fighting with or for a group: a person joins it, a group takes its side
    ("Tom Hale was charged with fighting with the Peshmerga near Kirkuk.", "Tom Hale", "MEMBER_OF", "Peshmerga"),
    ("Dean Rowe fought for the Peshmerga for a year.", "Dean Rowe", "MEMBER_OF", "Peshmerga"),
    ("Hezbollah fighters fought for Assad near Homs.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    # agent nouns followed by their list; demands with a that-clause; refusals to stop
    ("Kenya signed a pact with Somalia's allies, Ethiopia and Uganda.", "Ethiopia", "ALLY_OF", "Somalia"),
    ("Macron repeated his demand that Poland and Hungary accept more refugees.", "Emmanuel Macron", "CALLED_ON", "Hungary"),
    ("The Saudi refusal to end its support for the Yemeni government angered Tehran.", "Saudi Arabia", "BACKS", "Yemen"),
    # deals agreed by their parties, hyphenated parties of an event, places as adjectives of a region
    ("A border deal was agreed by Chile, Peru and Bolivia in July.", "Bolivia", "PARTICIPATES_IN", "border deal"),
    ("The strait reopened as agreed in an Egyptian-Sudanese deal signed this year.", "Sudan", "PARTICIPATES_IN", "Egyptian-Sudanese deal"),
    ("Shelling hit Lebanon's southern Bekaa region.", "Bekaa Valley", "LOCATED_IN", "Lebanon"),
    # a catalogue alias with a title inside the model's longer name; exchanges of fire
    ("Peru's foreign minister, Elmer Schialer, met Chinese President Xi Jinping in Lima.", "Elmer Schialer", "MET_WITH", "Xi Jinping"),
    ("Armenia and Azerbaijan exchanged fire along their border.", "Armenia", "FIGHTS", "Azerbaijan"),
    # the owner of an attack or weapon does what it does; recapturing from; sending troops to; thanks for support
    ("Israeli airstrikes killed dozens of Hezbollah fighters.", "Israel", "FIGHTS", "Hezbollah"),
    ("Ukrainian forces recaptured the town from Russian troops.", "Ukraine", "FIGHTS", "Russia"),
    ("The Pentagon said it would send more troops to Poland.", "United States", "BACKS", "Poland"),
    ("Zelensky thanked Britain for its support.", "United Kingdom", "BACKS", "Volodymyr Zelensky"),
    # targets of trigger verbs are governments, not places; partners of a deal; doers "by"
    ("Ankara lashed out at Stockholm over the protests.", "Turkey", "OPPOSES", "Sweden"),
    ("Colombia's government signed a peace deal with the FARC.", "FARC", "PARTICIPATES_IN", "peace deal"),
    ("Norway helped broker the talks between Colombia and the ELN.", "ELN", "PARTICIPATES_IN", "talks"),
    ("Beijing firmly opposes any interference by Washington.", "China", "OPPOSES", "United States"),
    ("Canada joined the coalition against Islamic State.", "Canada", "MEMBER_OF", "Global Coalition to Defeat ISIS"),
    # "them" is the last group named or the same "they"; "they" goes on across sentences; a Nato ally is a member
    ("The Tuareg rebels held the north. Mali regards them as terrorists.", "Mali", "OPPOSES", "Tuareg rebels"),
    ("The Tuareg rebels took Kidal. They had fought the army for years. Now they face a Wagner offensive, "
     "and Bamako regards them as a threat.", "Mali", "OPPOSES", "Tuareg rebels"),
    ("Turkey and the US are two Nato allies.", "Turkey", "MEMBER_OF", "NATO"),
    # an organisation's country director; towns stand for their holders
    ("Children are at risk, according to Oxfam's Yemen director Ana Ruiz.", "Ana Ruiz", "MEMBER_OF", "Oxfam"),
    ("Russian jets continued the bombing of rebel-held Ukrainian towns.", "Russia", "FIGHTS", "rebels"),
    # leading a community group is leading it (only a state's team is not the state)
    ("Egypt and the Gulf Arabs led by Saudi Arabia were alarmed.", "Saudi Arabia", "LEADS", "Gulf Arabs"),
    # "a call for X to do something" calls on X
    ("Macron's call for Algeria to free the journalist was ignored.", "Emmanuel Macron", "CALLED_ON", "Algeria"),
    # the possessive of a rescue is rescued
    ("Roger Hill organised Maria Lopez's rescue last year.", "Roger Hill", "BACKS", "Maria Lopez"),
    # a meeting asked for is a call on the partner, not a meeting
    ("Ada Obi had appealed for direct contact with Boko Haram.", "Ada Obi", "CALLED_ON", "Boko Haram"),
    # a speaker who says what another actor must or should do calls on it
    ("Iran must stop arming the Houthis, Mike Pompeo told reporters.", "Mike Pompeo", "CALLED_ON", "Iran"),
    ("Kenya said Somalia should withdraw its troops from the border.", "Kenya", "CALLED_ON", "Somalia"),
]

ABSENT = [
    ("Ada Obi appealed for direct contact with Boko Haram.", "Ada Obi", "MET_WITH", "Boko Haram"),
    # "post-X" elections are after X, not with X; the country of rebel-held towns is not the target
    ("A settlement and post-Assad elections would be welcome.", "Bashar al-Assad", "PARTICIPATES_IN", "post-Assad elections"),
    ("Russian jets continued the bombing of rebel-held Ukrainian towns.", "Russia", "FIGHTS", "Ukraine"),
    # an empty "it" is no actor; a partner's demonym does not replace the named partner
    ("Iran condemned the strikes. It means taking out Iranian bases in Syria.", "Iran", "FIGHTS", "Iran"),
    ("The Women's Forum, the Chilean partner of Peace Direct, grew.", "Chile", "ALLY_OF", "Peace Direct"),
    # a list of places is not one inside the next
    ("Such weapons were used in Vietnam, Rhodesia, Angola and Iraq.", "Rhodesia", "LOCATED_IN", "Angola"),
    # a capital after a motion or place preposition is the place
    ("The delegation arrived in Stockholm on Monday.", "delegation", "MET_WITH", "Sweden"),
    # a title-bearing alias does not swallow the next actor of a headline
    ("Maduro Ally Cuba Says Talks Must Go On", "Nicolás Maduro", "LEADS", "Cuba"),
    # "the opposition" is not the armed group named before it
    ("Hamas militants attacked. The opposition leader, Juan Guaidó, sought US backing.", "Juan Guaidó", "LEADS", "Hamas"),
    # a reported happening is no demand
    ("Putin said Belarus must not fall into the hands of extremists.", "Vladimir Putin", "CALLED_ON", "Belarus"),
    # about someone, not to them; a minister on his own state
    ("Kenya said the rebels should be tried in Nairobi.", "Kenya", "CALLED_ON", "rebels"),
    ("France must act now, the French foreign minister, Jean-Yves Le Drian, said.", "Jean-Yves Le Drian", "CALLED_ON", "France"),
    # a relative clause that has its pronoun inside its subject is not missing an object
    ("Russia, whose Wagner units and volunteers are fighting alongside Malian troops, agreed.",
     "Wagner Group", "FIGHTS", "Russia"),
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


def test_ending_support_is_still_negated(extract):
    r = extract("Qatar ended its support for Hamas.")
    rels = find(r["relations"], "Qatar", "BACKS", "Hamas")
    assert rels and all(x["negated"] for x in rels), show(r["relations"])


def test_office_named_in_the_text_just_after_its_term(extract):
    # the catalogue's term ended two weeks before the article: the text still names the office
    r = extract("Rex Tillerson, the moderate secretary of state, was fired.", "2018-04-15")
    assert find(r["relations"], "Rex Tillerson", "MEMBER_OF", "United States"), show(r["relations"])
