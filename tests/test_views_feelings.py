"""Opposition and backing carried by perception, evaluation and feeling, on sentences written for
these tests: what an actor takes another for ("regards Y as a rival", "sees Y as an ally against Z"),
what it says of another's act ("called Y's plan a blunder"), the reaction a summary of an act draws
("..., a move that angered Y", "X's decision drew condemnation from Y") and feeling words with their
prepositions ("wary of Y", "frustrated with Y", "fury over Y's strikes"). Each row is (text, subject,
TYPE, object) by the names the extractor gives; absent rows must not come out (as stated ones),
negated and hedged rows must come out flagged. No sentence here is, or paraphrases, a development
sentence."""
from __future__ import annotations

import pytest

from sentence_tables import case_id, check_found, check_absent, check_flag

CASES = [
    # a summary noun or ", which" stands for the act told before it: its doer is the one reacted to
    ("Taiwan announced new naval drills, a move that infuriated China.", "China", "OPPOSES", "Taiwan"),
    ("Kenya recalled its envoy, a step that angered Somalia.", "Somalia", "OPPOSES", "Kenya"),
    ("Officials in Madrid responded to Morocco's decision to shut the crossing, a move that has angered Spain.", "Spain", "OPPOSES", "Morocco"),
    ("Turkey shelled the border town, which angered Washington.", "United States", "OPPOSES", "Turkey"),
    ("Hungary vetoed the sanctions package, a move condemned by Kyiv.", "Ukraine", "OPPOSES", "Hungary"),
    ("Serbia expelled the diplomats, a decision that was criticised by the EU.", "European Union", "OPPOSES", "Serbia"),
    # a judgement of someone's act in a classification
    ("Macron called Trump's decision a blunder.", "Emmanuel Macron", "OPPOSES", "Donald Trump"),
    ("The Kremlin described Finland's move as a reckless provocation.", "Russia", "OPPOSES", "Finland"),
    ("Ottawa described India's decision as reckless.", "Canada", "OPPOSES", "India"),
    ("Germany said Russia's decision was a grave mistake.", "Germany", "OPPOSES", "Russia"),
    ("Madrid regards Rabat's policy as a betrayal.", "Spain", "OPPOSES", "Morocco"),
    # kinds of foe, and the foe an ally is taken against
    ("Ankara considers the YPG a rival.", "Turkey", "OPPOSES", "People's Protection Units"),
    ("India sees China as its main adversary in the region.", "India", "OPPOSES", "China"),
    ("Washington regards the SDF as a vital partner against Islamic State.", "United States", "OPPOSES", "Islamic State"),
    ("The strikes hit Kurdish militias that Turkey views as a serious threat.", "Turkey", "OPPOSES", "Kurdish militias"),
    # an owned concern states the stance without a light verb
    ("Israel's concern about Hezbollah has grown.", "Israel", "OPPOSES", "Hezbollah"),
    ("The raid showed the depth of Egypt's concerns over Hamas.", "Egypt", "OPPOSES", "Hamas"),
    # feeling adjectives and nouns with their prepositions
    ("Moscow remains deeply wary of Nato.", "Russia", "OPPOSES", "NATO"),
    ("Beijing is suspicious of Washington.", "China", "OPPOSES", "United States"),
    ("Seoul is frustrated with Tokyo.", "South Korea", "OPPOSES", "Japan"),
    ("Berlin grew increasingly irritated with Ankara.", "Germany", "OPPOSES", "Turkey"),
    ("The EU is unhappy with Hungary.", "European Union", "OPPOSES", "Hungary"),
    ("Poland is firmly opposed to Russia's plan.", "Poland", "OPPOSES", "Russia"),
    ("Iran's fury over the Israeli strikes was plain.", "Iran", "OPPOSES", "Israel"),
    ("Paris expressed frustration with Washington.", "France", "OPPOSES", "United States"),
    ("Turkey's resentment of the United States has deepened.", "Turkey", "OPPOSES", "United States"),
    # a stance noun a cause draws: the one it comes from reacts to the cause's doer
    ("Hungary's decision drew condemnation from Kyiv.", "Ukraine", "OPPOSES", "Hungary"),
    ("Taiwan held drills, a move that drew the ire of Beijing.", "China", "OPPOSES", "Taiwan"),
    ("Macron's remarks drew a sharp rebuke from Algeria.", "Algeria", "OPPOSES", "Emmanuel Macron"),
]

ABSENT = [
    ("Egypt views the talks as a chance for peace.", "Egypt", "OPPOSES", "talks"),
    ("Farmers expressed concern about the weather.", "Farmers", "OPPOSES", "weather"),
    # a which-clause about an actor is the actor's, not an act's
    ("Chile backed Peru, which angered Bolivia.", "Bolivia", "OPPOSES", "Chile"),
    # "which" as an object is its antecedent, not the act before the comma
    ("Britain does not consider the YPG a terrorist group, which it has funded.", "People's Protection Units", "BACKS", "United Kingdom"),
    # the summary's own doer is not the one the clause before it acts on
    ("Hungary vetoed the aid, a move condemned by Kyiv.", "Hungary", "OPPOSES", "Ukraine"),
    # a verb of causing without the reacting actor gives nothing to the place it happens in
    ("Israel's raid sparked protests across Jordan.", "Jordan", "OPPOSES", "Israel"),
    # "frustrated X's efforts" thwarts them: the place after "at" is no one's feeling
    ("Russia frustrated American efforts at the UN.", "Russia", "OPPOSES", "United Nations"),
]

NEGATED = [
    ("Japan does not see China as a threat.", "Japan", "OPPOSES", "China"),
    ("The minister insisted that Seoul was not frustrated with Tokyo.", "South Korea", "OPPOSES", "Japan"),
    ("Macron did not call Trump's decision a blunder.", "Emmanuel Macron", "OPPOSES", "Donald Trump"),
]

HEDGED = [
    ("Tehran reportedly views Hamas as an ally.", "Iran", "ALLY_OF", "Hamas"),
    ("Moscow may be wary of Nato.", "Russia", "OPPOSES", "NATO"),
]


@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[case_id(c) for c in CASES])
def test_view_or_feeling(extract, text, subject, type_, obj):
    check_found(extract, text, subject, type_, obj, stated=True)


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[case_id(c) for c in ABSENT])
def test_not_extracted(extract, text, subject, type_, obj):
    check_absent(extract, text, subject, type_, obj, unless_negated=True)


@pytest.mark.parametrize("text,subject,type_,obj", NEGATED, ids=[case_id(c) for c in NEGATED])
def test_negated_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated")


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")
