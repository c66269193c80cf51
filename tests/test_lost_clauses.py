"""Clauses the parser lost: a name, a finite verb of one sense and a name right after it
(``MisreadVerbs._adjacent_acts``), and a clause's subject misread as a conjunct of the clause
before ("protested at the raid and Peru had called for calm", ``ArgumentFinder._stray_subject``)."""
from sentence_tables import table_tests

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
