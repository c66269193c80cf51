"""Descriptions the parser hangs on the wrong noun: a list of members set off after the whole
("members of the Arab League – Egypt, Jordan and Oman –"), and a description of a body set off
after a person's title that names it ("X, head of the Y Council, the political wing of Z")."""
import pytest
from sentence_tables import check_flag, table_tests

FOUND = [
    ("Four members of the Arab League – Egypt, Jordan, Oman and Kuwait – boycotted the summit.",
     "Oman", "MEMBER_OF", "Arab League"),
    ("Two members of the Arab League – Egypt and Jordan – refused to sign.", "Jordan", "MEMBER_OF", "Arab League"),
    ("Amina Yusuf, co-chair of the Syrian Democratic Council, the political wing of the Syrian Democratic Forces, "
     "flew to Paris.", "Syrian Democratic Council", "AFFILIATED_WITH", "Syrian Democratic Forces"),
    ("Amina Yusuf is co-chair of the Syrian Democratic Council – the political arm of the Syrian Democratic Forces.",
     "Syrian Democratic Council", "AFFILIATED_WITH", "Syrian Democratic Forces"),
    ("Hassan Nasrallah, leader of Hezbollah, an offshoot of the Amal movement, spoke on television.",
     "Hezbollah", "AFFILIATED_WITH", "Amal Movement"),
]

ABSENT = [
    # the list is the whole's own description, not its members
    ("Members of Hezbollah, the Lebanese movement, crossed the border.", "Hezbollah", "MEMBER_OF", "Hezbollah"),
    # a person's own description is not the body's
    ("Amina Yusuf, a veteran of the Syrian Democratic Forces, flew to Paris.",
     "Amina Yusuf", "AFFILIATED_WITH", "Syrian Democratic Forces"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)


@pytest.mark.parametrize("text,subject,type_,obj,hedged", [
    # what the members did is reported; that they are members is not
    ("Three members of the Arab League – Egypt, Jordan and Oman – reportedly walked out.",
     "Jordan", "MEMBER_OF", "Arab League", False),
    ("Two Nato members, Norway and Denmark, are said to have blocked the plan.", "Denmark", "MEMBER_OF", "NATO", False),
    ("Amina Yusuf, a senior member of the Kurdistan Workers' Party, allegedly met the envoy.",
     "Amina Yusuf", "MEMBER_OF", "Kurdistan Workers' Party", False),
    # a membership the clause itself reports is hedged
    ("Officials believe Amina Yusuf is a member of the Kurdistan Workers' Party.",
     "Amina Yusuf", "MEMBER_OF", "Kurdistan Workers' Party", True),
])
def test_hedging_of_descriptions(extract, text, subject, type_, obj, hedged):
    check_flag(extract, text, subject, type_, obj, "hedged", value=hedged)
