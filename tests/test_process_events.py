"""Event heads of two words ('peace process'): the head noun names an event only with its first
word before it, or under a name ('the Lima process'); 'the process of X' is no event."""
import pytest

from sentence_tables import case_id, check_found, check_absent, check_flag

CASES = [
    ("Chile, Peru and Bolivia sponsor the peace process in Lima.", "Bolivia", "PARTICIPATES_IN", "Lima peace process"),
    ("The AU-sponsored peace process in Addis Ababa has stalled, diplomats said.", "Addis Ababa peace process",
     "LOCATED_IN", "Addis Ababa"),
    ("The African Union-sponsored peace process in Addis Ababa has stalled.", "African Union", "PARTICIPATES_IN",
     "Addis Ababa peace process"),
    ("Kenya said it had joined the Nairobi process last year.", "Kenya", "PARTICIPATES_IN", "Nairobi process"),
]

ABSENT = [
    ("Kenya said the process of rebuilding Mogadishu would take years.", "Kenya", "PARTICIPATES_IN", "process"),
    ("Chile began the selection process in Lima.", "Chile", "PARTICIPATES_IN", "Lima process"),
]

NEGATED = [
    ("Bolivia did not join the Lima peace process.", "Bolivia", "PARTICIPATES_IN", "Lima peace process"),
]


@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[case_id(c) for c in CASES])
def test_process_events(extract, text, subject, type_, obj):
    check_found(extract, text, subject, type_, obj)


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[case_id(c) for c in ABSENT])
def test_not_extracted(extract, text, subject, type_, obj):
    check_absent(extract, text, subject, type_, obj)


@pytest.mark.parametrize("text,subject,type_,obj", NEGATED, ids=[case_id(c) for c in NEGATED])
def test_negated(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated")

