"""A reported wrong: a speaker who says another actor violated, breached or flouted something
(or broke a truce, a deal, a law) accuses it (OPPOSES the one said to have done it)."""
from sentence_tables import table_tests

FOUND = [
    ("Kenya said Somalia had violated its airspace.", "Kenya", "OPPOSES", "Somalia"),
    ("Israel said Hamas broke the truce.", "Israel", "OPPOSES", "Hamas"),
    ("Russia said on Monday that Turkey had breached the agreement.", "Russia", "OPPOSES", "Turkey"),
    ("The Nigerian army said Boko Haram had flouted the ceasefire.", "Nigeria", "OPPOSES", "Boko Haram"),
]

ABSENT = [
    # breaking a siege is no wrong
    ("Kenya said al-Shabaab had broken the siege.", "Kenya", "OPPOSES", "al-Shabaab"),
    # one's own troops
    ("Kenya said its troops had violated the border by mistake.", "Kenya", "OPPOSES", "Kenya"),
]

NEGATED = [
    ("Israel said Hamas had not broken the truce.", "Israel", "OPPOSES", "Hamas"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)
