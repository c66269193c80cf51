"""Event heads of two words ('peace process'): the head noun names an event only with its first
word before it, or under a name ('the Lima process'); 'the process of X' is no event."""
from sentence_tables import table_tests

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


test_process_events, test_not_extracted, test_negated = table_tests(CASES, ABSENT, NEGATED)
