"""What states, courts and police do to people, on sentences written for these tests.

An act of justice placed in a state ("X was arrested in Turkey"), a trial or charges placed there
("X faces trial in France"), custody run by a state or a group ("held in an SDF-run prison").
Each case is a (subject, TYPE, object) by the names the extractor gives; ``ABSENT`` cases must not
come out, ``NEGATED`` ones must come out flagged negated, ``HEDGED`` ones flagged hedged. No
sentence here is, or paraphrases, a development sentence.
"""
from __future__ import annotations

import pytest

from sentence_tables import case_id, check_flag, table_tests

CASES = [
    # a passive act of justice that names no one doing it: the state of its own "in" or "at" phrase
    ("Lena Fischer was arrested in Turkey on Monday.", "Turkey", "OPPOSES", "Lena Fischer"),
    ("Omar Haddad was detained in Egypt for a week.", "Egypt", "OPPOSES", "Omar Haddad"),
    ("Sara Khan, who was jailed in Iran for espionage, has been freed.", "Iran", "OPPOSES", "Sara Khan"),
    ("Li Wei was sentenced to six years in China.", "China", "OPPOSES", "Li Wei"),
    ("Daniel Okafor was charged with fraud in Kenya.", "Kenya", "OPPOSES", "Daniel Okafor"),
    ("Yusuf Karim, arrested in Turkey and charged with terrorism, denies the allegations.", "Turkey", "OPPOSES", "Yusuf Karim"),
    ("Lena Fischer was arrested in Turkey, her lawyer said.", "Turkey", "OPPOSES", "Lena Fischer"),
    # a city the catalogue places in a state the text names
    ("Maria Lopez travelled to Turkey last year. She was arrested in Istanbul in May.", "Turkey", "OPPOSES", "Maria Lopez"),
    # a court or police placed by a comma-set state or a named place before a noun
    ("Mark Hale, jailed for six years by a court in Kisumu, Kenya, has appealed.", "Kenya", "OPPOSES", "Mark Hale"),
    ("Police arrested Sara Khan at Manchester airport after she flew in from Turkey.", "United Kingdom", "OPPOSES", "Sara Khan"),
    # coordinated participles said of one person, the second tagged a past tense
    ("Mark Hale, convicted of fraud and jailed for six years by a court in Kisumu, Kenya, has appealed.",
     "Kenya", "OPPOSES", "Mark Hale"),
    # a trial or charges placed in a state
    ("Lena Fischer faces trial in France.", "France", "OPPOSES", "Lena Fischer"),
    ("Omar Haddad is awaiting trial in the UK.", "United Kingdom", "OPPOSES", "Omar Haddad"),
    ("Sara Khan stood trial in Egypt last year.", "Egypt", "OPPOSES", "Sara Khan"),
    ("Li Wei is on trial in China.", "China", "OPPOSES", "Li Wei"),
    ("Mark Hale will be put on trial in Turkey.", "Turkey", "OPPOSES", "Mark Hale"),
    ("Yusuf Karim faces charges in the United States.", "United States", "OPPOSES", "Yusuf Karim"),
    ("Lena Fischer faces a Turkish trial.", "Turkey", "OPPOSES", "Lena Fischer"),
    # dropped charges were brought: the state did charge X
    ("Charges against Daniel Okafor were dropped in Kenya.", "Kenya", "OPPOSES", "Daniel Okafor"),
    # custody: a name read as a second subject; a prison or camp run by a group
    ("Another, Omar Haddad, is serving time in an Egyptian prison.", "Egypt", "OPPOSES", "Omar Haddad"),
    ("Yusuf Karim is being held in an SDF-run prison in Syria.", "Syrian Democratic Forces", "OPPOSES", "Yusuf Karim"),
    ("Kurdish forces captured Lena Fischer. She is being held in a Kurdish-run camp in Syria.",
     "Kurdish forces", "OPPOSES", "Lena Fischer"),
]

ABSENT = [
    ("Lena Fischer was arrested on Monday.", "Turkey", "OPPOSES", "Lena Fischer"),
    ("Omar Haddad visited a Turkish prison as an inspector.", "Turkey", "OPPOSES", "Omar Haddad"),
    ("Sara Khan covered a trial in France for the BBC.", "France", "OPPOSES", "Sara Khan"),
    ("Maria Lopez lives in a UN-run camp in Kenya.", "United Nations", "OPPOSES", "Maria Lopez"),
    ("Maria Lopez lives in a UN-run camp in Kenya.", "Kenya", "OPPOSES", "Maria Lopez"),
    # whom a state jails is a person: "a British soldier" is no state
    ("A British soldier jailed in Turkey has come home.", "Turkey", "OPPOSES", "United Kingdom"),
    # who puts someone on trial does it, not the place
    ("The Kurds want to put Lena Fischer on trial in Syria.", "Syria", "OPPOSES", "Lena Fischer"),
    # a named doer takes it; a border is no state's act
    ("Omar Haddad was arrested at the Turkish border by Syrian rebels.", "Turkey", "OPPOSES", "Omar Haddad"),
    ("Li Wei was killed in Syria.", "Syria", "OPPOSES", "Li Wei"),
    ("Mark Hale was arrested for his role in the war in Syria.", "Syria", "OPPOSES", "Mark Hale"),
]

NEGATED = [
    ("Omar Haddad was never arrested in Turkey.", "Turkey", "OPPOSES", "Omar Haddad"),
    ("Sara Khan did not face trial in Egypt.", "Egypt", "OPPOSES", "Sara Khan"),
    ("Maria Lopez was not detained in Kenya.", "Kenya", "OPPOSES", "Maria Lopez"),
]

HEDGED = [
    ("Lena Fischer could face trial in France.", "France", "OPPOSES", "Lena Fischer"),
    ("Omar Haddad may be arrested in Turkey.", "Turkey", "OPPOSES", "Omar Haddad"),
    ("Lena Fischer is reported to have been arrested in Turkey.", "Turkey", "OPPOSES", "Lena Fischer"),
]


test_mechanism, test_not_extracted, test_negated_is_flagged = table_tests(CASES, ABSENT, NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")
