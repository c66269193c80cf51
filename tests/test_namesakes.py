"""Namesakes: a catalogue person's surname after a given name that is not that person's is
another person of the same family ("Ivanka Trump" is not Donald Trump); the person's own given
names, spelling variants of them, titles and honorifics before the surname leave it the
catalogue's person. Hafez al-Assad, Syria's president before his son, is in the catalogue."""
import pytest

from sentence_tables import table_tests

FOUND = [
    ("Tayyip Erdogan met Hassan Rouhani in Ankara.", "Recep Tayyip Erdogan", "MET_WITH", "Hassan Rouhani"),
    ("President Assad met Vladimir Putin in Sochi.", "Bashar al-Assad", "MET_WITH", "Vladimir Putin"),
    ("Mr Erdogan spoke to Hassan Rouhani by phone.", "Recep Tayyip Erdogan", "MET_WITH", "Hassan Rouhani"),
    ("Hafez al-Assad ruled Syria for three decades.", "Hafez al-Assad", "LEADS", "Syria"),
]

ABSENT = [
    ("Melania Trump met Shinzo Abe's wife in Tokyo.", "Donald Trump", "MET_WITH", "Shinzo Abe"),
    ("Ivanka Trump met Justin Trudeau in Ottawa.", "Donald Trump", "MET_WITH", "Justin Trudeau"),
    ("Hafez al-Assad ruled Syria for three decades.", "Bashar al-Assad", "LEADS", "Syria"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)


@pytest.mark.parametrize("text,name,other", [
    ("Ivanka Trump met Justin Trudeau in Ottawa.", "Ivanka Trump", "Donald Trump"),
    ("Bassel al-Assad was killed in a car crash in 1994.", "Bassel al-Assad", "Bashar al-Assad"),
    ("The governor said Jo Johnson had resigned.", "Jo Johnson", "Boris Johnson"),
])
def test_a_namesake_is_its_own_person(extract, text, name, other):
    names = {e["name"] for e in extract(text, "2018-06-01")["entities"]}
    assert name in names and other not in names, names


@pytest.mark.parametrize("text", [
    "Donald J Trump met Justin Trudeau in Ottawa.",  # a middle initial
    "Staffan de Mistura met the delegations.",
    "Stefan de Mistura met the delegations.",  # a spelling of his own given name
])
def test_the_persons_own_given_names_keep_the_person(extract, text):
    names = {e["name"] for e in extract(text, "2018-06-01")["entities"]}
    assert names & {"Donald Trump", "Staffan de Mistura"}, names
