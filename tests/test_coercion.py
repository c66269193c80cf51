"""Coercion: forcing or compelling an actor to act is a hostile stance (CAMEO 17, coerce);
forcing it from a place is a fight, and so is turning one's guns on it. And the fallback for
clauses the parser lost: a name, a finite verb of one sense and a name
(``MisreadVerbs._adjacent_acts``), and a clause's subject misread as a conjunct of the clause
before ("protested at the raid and Peru had called for calm")."""
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


# a name, a finite verb of one sense and a name, however the parser read the clause around them
ADJACENT_FOUND = [
    ("Lina Farouk, who chairs the panel (set up last spring, according to its charter, by three donor states), "
     "accused Amnesty International of bias.", "Lina Farouk", "OPPOSES", "Amnesty International"),
    ("Two weeks after the talks in Geneva collapsed amid recriminations, Omar Haddad accused Russia of sabotage.",
     "Omar Haddad", "OPPOSES", "Russia"),
]
ADJACENT_ABSENT = [
    # the name after the verb owns its object
    ("If it attacked Syria's Kurds, the US would respond.", "Turkey", "FIGHTS", "Syria"),
]
test_adjacent_found, test_adjacent_absent, _ = table_tests(ADJACENT_FOUND, ADJACENT_ABSENT)


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


# a clause's subject the parser hung on the clause before as a conjunct ("X and Y had urged")
STRAY_FOUND = [
    ("Chile protested at the Bolivian raid and Peru had called for calm.", "Peru", "CALLED_ON", "Bolivia"),
    ("Kenya condemned the raid and Somalia has accused al-Shabaab of the attack.", "Somalia", "OPPOSES", "al-Shabaab"),
]
STRAY_ABSENT = [
    # a plain conjunct object is no subject
    ("Turkey fought the YPG and Russia in the north.", "Russia", "FIGHTS", "People's Protection Units"),
]
test_stray_found, test_stray_absent, _ = table_tests(STRAY_FOUND, STRAY_ABSENT)
