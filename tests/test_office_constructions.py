"""Offices and memberships in the constructions of political news, on sentences written for these
tests: "X-led" inside a name, "who is / was the head of Y", coordinated copulas and titles,
plural titles before two names, party words and initials,
heads and posts of several. ``ABSENT`` rows must not come out; ``FORMER`` ones must come out
marked former; ``CURRENT`` ones must come out not marked former."""
from __future__ import annotations

import pytest

from test_relations import find, show
from sentence_tables import case_id, check_absent, check_flag, table_tests

CASES = [
    # an owned office before the name, an unowned one after it: the owned one is kept
    ("The head of Amnesty International, Agnes Callamard, a lawyer and surgeon, spoke to reporters.", "Agnès Callamard", "LEADS", "Amnesty International"),
    # a name in apposition hung on the place of "from" after the member noun
    ("A Shabaab fighter from Kenya, Ali Noor, surrendered.", "Ali Noor", "MEMBER_OF", "al-Shabaab"),
    # "X-led" inside one name: the actor before the hyphen leads what the name names
    ("The US-led coalition struck targets near Raqqa.", "United States", "LEADS", "Global Coalition to Defeat ISIS"),
    ("Kurdish militias backed by the US-led coalition took the town.",
     "United States", "LEADS", "Global Coalition to Defeat ISIS"),
    ("The Saudi-led coalition bombed the port again.", "Saudi Arabia", "LEADS", "Saudi-led coalition"),
    # "who" clauses and copulas
    ("Ian Marsh, who is the chairman of Oxfam, said the camps were full.", "Ian Marsh", "LEADS", "Oxfam"),
    ("Tom Reed, a former aide to Schumer who is now the executive director of Amnesty International, spoke.",
     "Tom Reed", "LEADS", "Amnesty International"),
    ("Maria Lopez is the author of two books, and is a senior fellow at the Brookings Institution.",
     "Maria Lopez", "MEMBER_OF", "Brookings Institution"),
    ("Maria Lopez is the senior migration and asylum researcher at Human Rights Watch.",
     "Maria Lopez", "MEMBER_OF", "Human Rights Watch"),
    # coordinated titles in apposition: each conjunct is an office
    ("Kevin Walsh, the former White House adviser and FBI director, criticised the decision.",
     "Kevin Walsh", "LEADS", "Federal Bureau of Investigation"),
    ("Kevin Walsh, the president of Oxfam and a fellow at Chatham House, spoke.",
     "Kevin Walsh", "MEMBER_OF", "Chatham House"),
    # plural titles before two names
    ("Sens. Lindsey Graham and Marco Rubio urged the president to reconsider.", "Marco Rubio", "MEMBER_OF", "US Senate"),
    ("Senators Bernie Sanders and Dianne Feinstein wrote to the White House.",
     "Dianne Feinstein", "MEMBER_OF", "US Senate"),
    # party words and initials
    ("A New York Democrat, Kevin Walsh, said the bill would fail.", "Kevin Walsh", "MEMBER_OF", "Democratic Party"),
    ("She backed a challenge against a fellow Texas Democrat, Kevin Walsh.", "Kevin Walsh", "MEMBER_OF", "Democratic Party"),
    ("Ted Cruz (R-Texas) praised the decision.", "Ted Cruz", "MEMBER_OF", "Republican Party"),
    ("Rep. Maria Lopez (D-Calif.) voted against the bill.", "Maria Lopez", "MEMBER_OF", "Democratic Party"),
    ("Adam Kinzinger, an Illinois Republican and Army veteran, criticised the plan.",
     "Adam Kinzinger", "MEMBER_OF", "Republican Party"),
    # the head, or one post of several
    ("Kathy Lane, the Consumer Bureau's new director, decided to keep the name.", "Kathy Lane", "LEADS", "Consumer Bureau"),
    ("FBI director Kevin Walsh spoke.", "Kevin Walsh", "LEADS", "Federal Bureau of Investigation"),
    ("Kevin Walsh, director of Amnesty International, spoke.", "Kevin Walsh", "LEADS", "Amnesty International"),
    ("Elaine Park, the Australian director of Human Rights Watch, said it was unrealistic.",
     "Elaine Park", "MEMBER_OF", "Human Rights Watch"),
    ("Misty Cole, the International Rescue Committee's Middle East advocacy director, said the camps were full.",
     "Misty Cole", "MEMBER_OF", "International Rescue Committee"),
    ("Ahmed Saleh, a Hezbollah commander, was arrested in Beirut.", "Ahmed Saleh", "MEMBER_OF", "Hezbollah"),
    ("An SDF commander, Ahmed Saleh, said the town had fallen.", "Ahmed Saleh", "MEMBER_OF", "Syrian Democratic Forces"),
    ("The Hezbollah commander, Ahmed Saleh, said the town had fallen.", "Ahmed Saleh", "LEADS", "Hezbollah"),
    # the head of a body of the state is a member of the state; "acting" holds the office
    ("Ahmed Saleh, the head of the Syrian army, spoke.", "Ahmed Saleh", "MEMBER_OF", "Syria"),
    ("Gen Tom Reed, the outgoing head of US Central Command, told senators the fight was not over.",
     "Tom Reed", "MEMBER_OF", "United States"),
    ("Kevin Walsh, now acting White House chief of staff, wanted to change the name.",
     "Kevin Walsh", "MEMBER_OF", "United States"),
    ("Rates rose despite criticism from Donald Trump, Federal Reserve chair Jerome Powell said on Friday.",
     "Jerome Powell", "LEADS", "Federal Reserve"),
    ("Kevin Walsh served in the Syrian army for a decade.", "Kevin Walsh", "MEMBER_OF", "Syria"),
    ("South Carolina Republican chairman Drew Lane told the paper.", "Drew Lane", "MEMBER_OF", "Republican Party"),
    # a party's office in a chamber: a member of the chamber too
    ("Senate Democratic leader Chuck Schumer will not agree to the package.", "Chuck Schumer", "MEMBER_OF", "US Senate"),
    ("Kathy Lane leads the bureau. Her predecessor Tom Reed, now acting White House chief of staff, wanted to change it.",
     "Tom Reed", "MEMBER_OF", "United States"),
    # the possessor of a title is the whole name the possessive closes
    ("The Aid Network for Yemen's president, Kevin Walsh, said the talks failed.", "Kevin Walsh", "LEADS", "Aid Network"),
    # a party word with the name in apposition, whatever the model typed the name
    ("She was backing a challenge against a fellow New York Democrat, Hakeem Jeffries.",
     "Hakeem Jeffries", "MEMBER_OF", "Democratic Party"),
    # a modifier naming a region or a part before the title: one post of several
    ("Save the Children's Syria director Sonia Khush spoke.", "Sonia Khush", "MEMBER_OF", "Save the Children"),
    ("Hezbollah military commander Ahmed Saleh spoke.", "Ahmed Saleh", "MEMBER_OF", "Hezbollah"),
    ("Oxfam's new director Sonia Khush spoke.", "Sonia Khush", "LEADS", "Oxfam"),
    # an agent noun qualifying an apposition's noun: "the affiliate army of Y"
    ("The Women's Protection Units, the all-female affiliate army of the People's Protection Units, fought in Afrin.",
     "Women's Protection Units", "AFFILIATED_WITH", "People's Protection Units"),
    # a ruler's rule over a state
    ("Assad's rule over Syria has lasted two decades.", "Bashar al-Assad", "LEADS", "Syria"),
    ("Jammeh's long rule in the Gambia ended in January.", "Jammeh", "LEADS", "Gambia"),
    # an arm or wing is a group's or an organisation's
    ("The Syrian Democratic Council, the political arm of the Syrian Democratic Forces, met in Raqqa.",
     "Syrian Democratic Council", "AFFILIATED_WITH", "Syrian Democratic Forces"),
]

ABSENT = [
    # the parser's "who" clause on a person inside another's description, with "former ... now"
    ("Tom Reed, a former aide to Schumer who is now the executive director of Amnesty International, spoke.",
     "Chuck Schumer", "LEADS", "Amnesty International"),
    # another's office: met, criticised
    ("Kevin Walsh, who met the head of Oxfam, was detained.", "Kevin Walsh", "LEADS", "Oxfam"),
    ("Kevin Walsh criticised Oxfam's chief executive, Helen Marsh.", "Kevin Walsh", "LEADS", "Oxfam"),
    ("Maria Lopez, who is not a member of Hamas, was detained.", "Maria Lopez", "MEMBER_OF", "Hamas"),
    # a critic of a party is no member
    ("Kevin Walsh, a critic of the Republican party, spoke.", "Kevin Walsh", "MEMBER_OF", "Republican Party"),
    ("The Hezbollah commander, Ahmed Saleh, said the town had fallen.", "Ahmed Saleh", "MEMBER_OF", "Hezbollah"),
    ("Ahmed Saleh, the head of the Syrian army, spoke.", "Ahmed Saleh", "LEADS", "Syria"),
    ("Kevin Walsh, acting on behalf of Oxfam, spoke.", "Kevin Walsh", "MEMBER_OF", "Oxfam"),
    ("The Aid Network for Yemen's president, Kevin Walsh, said the talks failed.", "Kevin Walsh", "LEADS", "Yemen"),
    ("Save the Children's Syria director Sonia Khush spoke.", "Sonia Khush", "LEADS", "Save the Children"),
    # a title before another person's name is that person's, whatever the parser hung it on
    ("Rates rose despite criticism from Donald Trump, Federal Reserve chair Jerome Powell said on Friday.",
     "Donald Trump", "LEADS", "Federal Reserve"),
    # serving in a country by name is being there, not membership of the state
    ("Kevin Walsh, an Army veteran who served in Iraq and Afghanistan, criticised the plan.",
     "Kevin Walsh", "MEMBER_OF", "Afghanistan"),
    # a party's chairman in one region heads the branch there, not the party
    ("South Carolina Republican chairman Drew Lane told the paper.", "Drew Lane", "LEADS", "Republican Party"),
    # no rule of anyone's; a person is no group's arm
    ("The rule of law in Syria has collapsed.", "Syria", "LEADS", "Syria"),
    ("Ilham Omar is co-chair of the Syrian Democratic Council – the political arm of the Syrian Democratic Forces.",
     "Ilham Omar", "AFFILIATED_WITH", "Syrian Democratic Forces"),
]

NEGATED = [
    ("Maria Lopez is not a member of Hamas.", "Maria Lopez", "MEMBER_OF", "Hamas"),
    ("Kevin Walsh denied his membership of Hamas.", "Kevin Walsh", "MEMBER_OF", "Hamas"),
]

FORMER = [
    ("Ian Blair, who was Metropolitan police commissioner at the time, said the case was closed.",
     "Ian Blair", "MEMBER_OF", "Metropolitan Police"),
    ("Maria Lopez is no longer the chairman of Oxfam.", "Maria Lopez", "LEADS", "Oxfam"),
    ("Former FBI director Kevin Walsh spoke.", "Kevin Walsh", "LEADS", "Federal Bureau of Investigation"),
    # an ending of a rule is no denial of it
    ("Barrow ended Yahya Jammeh's rule in the Gambia.", "Yahya Jammeh", "LEADS", "Gambia"),
]

CURRENT = [
    ("Maria Lopez, who is the chairman of Oxfam, spoke.", "Maria Lopez", "LEADS", "Oxfam"),
    ("FBI director Kevin Walsh spoke.", "Kevin Walsh", "LEADS", "Federal Bureau of Investigation"),
]




test_office_is_found, _, test_denied_office_is_negated = table_tests(CASES, (), NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[case_id(c) for c in ABSENT])
def test_office_is_not_found(extract, text, subject, type_, obj):
    check_absent(extract, text, subject, type_, obj, unless_negated=True)


@pytest.mark.parametrize("text,subject,type_,obj", FORMER, ids=[case_id(c) for c in FORMER])
def test_office_held_once_is_former(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "former")


@pytest.mark.parametrize("text,subject,type_,obj", CURRENT, ids=[case_id(c) for c in CURRENT])
def test_office_held_now_is_not_former(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "former", value=False)


# an office named without its owner, held by someone the catalogue gives offices of one owner only
# (none on the article's date): that owner's
DATED = [
    ("Development secretary Priti Patel visited a camp in Jordan.", "2017-06-01", "Priti Patel", "MEMBER_OF", "United Kingdom"),
    ("Vice-president Joseph Boakai opened the conference in Monrovia.", "2017-05-01", "Joseph Boakai", "MEMBER_OF", "Liberia"),
    ("Outgoing chief Nkosazana Dlamini-Zuma thanked the staff.", "2017-12-01", "Nkosazana Dlamini-Zuma", "LEADS",
     "African Union"),
]

DATED_ABSENT = [
    # nobody the catalogue knows
    ("Development secretary Kevin Walsh visited a camp in Jordan.", "2017-06-01", "Kevin Walsh", "MEMBER_OF", "United Kingdom"),
    # not an office of state, and not a head's generic title
    ("Spokesman Joseph Boakai opened the conference in Monrovia.", "2017-05-01", "Joseph Boakai", "MEMBER_OF", "Liberia"),
]


@pytest.mark.parametrize("text,date,subject,type_,obj", DATED, ids=[case_id(c) for c in DATED])
def test_office_without_owner_is_the_one_the_catalogue_knows(extract, text, date, subject, type_, obj):
    r = extract(text, date)
    assert find(r["relations"], subject, type_, obj), show(r["relations"])


@pytest.mark.parametrize("text,date,subject,type_,obj", DATED_ABSENT, ids=[case_id(c) for c in DATED_ABSENT])
def test_office_without_owner_is_not_guessed(extract, text, date, subject, type_, obj):
    r = extract(text, date)
    assert not find(r["relations"], subject, type_, obj), show(r["relations"])
