"""A dispute one is caught in: "X is locked in a feud with Y", "embroiled in a row with Y",
"caught up in a dispute with Y": the passive's subject is a side of the dispute (OPPOSES), as
"X has been involved in a war against Y" makes X a side of the war."""
from sentence_tables import table_tests

FOUND = [
    ("Kenya is locked in a bitter feud with Somalia over the maritime border.", "Kenya", "OPPOSES", "Somalia"),
    ("Morocco has been embroiled in a diplomatic row with Algeria since August.", "Morocco", "OPPOSES", "Algeria"),
    ("Serbia got caught up in a dispute with Kosovo over licence plates.", "Serbia", "OPPOSES", "Kosovo"),
]

ABSENT = [
    # a speech one is praised in is no dispute
    ("Ana Ruiz was praised in a speech by Olaf Scholz.", "Ana Ruiz", "OPPOSES", "Olaf Scholz"),
]

NEGATED = [
    ("Chile is not locked in any dispute with Peru, the minister said.", "Chile", "OPPOSES", "Peru"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)
