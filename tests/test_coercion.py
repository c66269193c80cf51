"""Coercion: forcing or compelling an actor to act is a hostile stance (CAMEO 17, coerce);
forcing it from a place is a fight, and so is turning one's guns on it."""
from sentence_tables import table_tests

FOUND = [
    ("Turkey forced Hayat Tahrir al-Sham to leave Idlib.", "Turkey", "OPPOSES", "Hayat Tahrir al-Sham"),
    ("Russia compelled Turkey to back down over the border.", "Russia", "OPPOSES", "Turkey"),
    ("Kenyan troops forced al-Shabaab from the port town.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Turkey forced the YPG out of Afrin.", "Turkey", "FIGHTS", "People's Protection Units"),
]

ABSENT = [
    # no actor made to act
    ("Turkey forced a change of plan in Idlib.", "Turkey", "OPPOSES", "Idlib"),
    # the one forced is the speaker's own state, not an opponent
    ("The fighting forced thousands of Syrians to flee.", "Syria", "OPPOSES", "Syria"),
]

NEGATED = [
    ("Turkey did not force Hayat Tahrir al-Sham to leave Idlib.", "Turkey", "OPPOSES", "Hayat Tahrir al-Sham"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# turning one's guns on someone is a fight; turning on or against someone a stance
TURN_FOUND = [
    ("Turkey turned its guns on the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("The Nigerian army turned its artillery against Boko Haram.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("Russia turned against Turkey.", "Russia", "OPPOSES", "Turkey"),
]
TURN_ABSENT = [
    ("Turkey turned its attention to the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
]
test_turn_found, test_turn_absent, _ = table_tests(TURN_FOUND, TURN_ABSENT)
