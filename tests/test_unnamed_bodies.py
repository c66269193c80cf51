"""Bodies no catalogue lists and the model does not tag, named by their kind ("the foreign affairs
committee", "a UN panel of experts", "the Bright Voices choir"): an office or a membership in one
is kept, with the body as a new actor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sentence_tables import DATE, case_id, check_absent, check_flag, check_found

CASES = [
    # an office "of" or "at" a body named by lower-case words before its kind
    ("Karim Said, head of the water rights commission in northern Iraq, met the delegation.",
     "Karim Said", "LEADS", "water rights commission"),
    ("Anne Roy heads the parliamentary intelligence and security committee.",
     "Anne Roy", "LEADS", "parliamentary intelligence and security committee"),
    ("Luis Roca, a member of the Tarija local council, was arrested on Monday.",
     "Luis Roca", "MEMBER_OF", "Tarija local council"),
    ("Ines Moreau, the president of the regional appeals tribunal, dismissed the case.",
     "Ines Moreau", "LEADS", "regional appeals tribunal"),
    # a named owner before the kind: the body is its member, the office the body's
    ("Rosa Diaz, the incoming chair of the Senate Ethics committee, wrote to the minister.",
     "Rosa Diaz", "LEADS", "Senate Ethics committee"),
    ("Rosa Diaz, the incoming chair of the Senate Ethics committee, wrote to the minister.",
     "Senate Ethics committee", "MEMBER_OF", "US Senate"),
    ("Jan Holm, head of the UN's humanitarian taskforce for Yemen, said the convoy was blocked.",
     "humanitarian taskforce for Yemen", "MEMBER_OF", "United Nations"),
    ("Jan Holm, head of the UN's humanitarian taskforce for Yemen, said the convoy was blocked.",
     "Jan Holm", "LEADS", "humanitarian taskforce for Yemen"),
    # "of" and a plain noun name it too; leaving one is a membership
    ("Maya Chen resigned last spring from a UN panel of experts on Libya.", "Maya Chen", "MEMBER_OF", "UN panel of experts"),
    ("Helen Okoro, who resigned from a UN commission of inquiry in 2019, spoke at the hearing.",
     "Helen Okoro", "MEMBER_OF", "UN commission of inquiry"),
    ("After leaving the army, Tom Reed joined a Kurdish volunteer battalion.", "Tom Reed", "MEMBER_OF",
     "Kurdish volunteer battalion"),
    # a proper name the model leaves untagged before the kind; "the choir" later is that choir
    ("Launched in 2016, the Bright Voices choir rehearses weekly in Leeds. The choir has grown fast, said Anna Berg, "
     "the choir's founder and director.", "Anna Berg", "LEADS", "Bright Voices choir"),
    # the house style that lower-cases a known name
    ("Ali Hassan joined the peshmerga in 2014 and fought near Kirkuk.", "Ali Hassan", "MEMBER_OF", "Peshmerga"),
    # a name the model begins after "of": "the Duke of X's Regiment" is one name; a tour with a unit is service in it
    ("Sam Cole, who toured Iraq with the Duke of Kent's Regiment in 2009, was freed.", "Sam Cole", "MEMBER_OF",
     "Duke of Kent's Regiment"),
    ("Sam Cole served with the Duke of Kent's Regiment in Iraq.", "Sam Cole", "MEMBER_OF", "Duke of Kent's Regiment"),
    # a lower-case name the catalogue knows is that body
    ("France, a permanent member of the security council, vetoed the text.", "France", "MEMBER_OF", "UN Security Council"),
]

NEGATED = [
    ("Maria Lopez said she would never join the Green Valley choir.", "Maria Lopez", "MEMBER_OF", "Green Valley choir"),
    ("Luis Roca is not a member of the Tarija local council.", "Luis Roca", "MEMBER_OF", "Tarija local council"),
]

HEDGED = [
    ("Mira Holt reportedly joined a Kurdish volunteer battalion in 2016.", "Mira Holt", "MEMBER_OF",
     "Kurdish volunteer battalion"),
]

# bodies no words name, adjectives only, what is not a body, and works' titles: no office, no actor
NOTHING = [
    "Amira Nasser, chair of the committee, said the vote was delayed.",
    "Dana Cole, a member of the local council, objected to the plan.",
    "Peter Hall chaired the meeting on Tuesday.",
    "Chris Hart chaired a committee meeting on Monday.",
    "Paul Venn, head of steam at the old works, retired.",
    "Tim Cole, the chief executive of the housing charity, criticised the cuts.",
    "Lee Wong joined the company's board last year.",
    "The band toured Europe with their manager, Paul Ross.",
]


@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[case_id(c) for c in CASES])
def test_office_in_an_unnamed_body(extract, text, subject, type_, obj):
    check_found(extract, text, subject, type_, obj)


@pytest.mark.parametrize("text,subject,type_,obj", NEGATED, ids=[case_id(c) for c in NEGATED])
def test_negated_membership_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated")


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_membership_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")


@pytest.mark.parametrize("text", NOTHING, ids=[t[:50] for t in NOTHING])
def test_no_office_without_a_named_body(extract, text):
    rels = extract(text, DATE)["relations"]
    assert not [r for r in rels if r["type"] in ("LEADS", "MEMBER_OF")], rels


def test_a_body_of_a_named_body_is_that_bodys(extract):
    text = "Ravi Shah sits on the advisory board of Unilever."
    assert not [e for e in extract(text, DATE)["entities"] if "board" in e["name"].lower()]


def test_a_lower_case_body_is_this_articles_own(extract):
    ids = {e["id"] for e in extract("Dr Samir Haddad, head of the water rights commission, met the envoy.", DATE)["entities"]}
    other = {e["id"] for e in extract("Sara Lind, head of the water rights commission, resigned.", DATE)["entities"]}
    body = {i for i in ids if "commission" in i}
    assert body and not body & other


def test_a_title_of_a_work_is_no_office(extract):
    check_absent(extract, "John Smith, author of The Long Road, spoke at the festival.", "John Smith", "LEADS", "Long Road")
