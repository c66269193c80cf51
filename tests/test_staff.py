"""People who work for a person: 'X, an aide to Y', 'Y's lawyer X', 'X, who represents Y'."""
from sentence_tables import table_tests

CASES = [
    ("Mark Dalton, a former aide to Kamala Harris, said the plan would fail.", "Mark Dalton", "AFFILIATED_WITH", "Kamala Harris"),
    ("Kamala Harris's adviser Mark Dalton said the plan would fail.", "Mark Dalton", "AFFILIATED_WITH", "Kamala Harris"),
    ("Mark Dalton, Kamala Harris's spokesman, told reporters the vote was close.", "Mark Dalton", "AFFILIATED_WITH", "Kamala Harris"),
    ("Nancy Pelosi's lawyer, Paul Breyer, said the claim was false.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
    ("Paul Breyer, a lawyer for Nancy Pelosi, said the claim was false.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
    ("Paul Breyer is Nancy Pelosi's lawyer.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
    ("Paul Breyer, who represents Nancy Pelosi, said the claim was false.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
]

ABSENT = [
    # the staff of a state's leader serve the state
    ("Dmitry Peskov, Vladimir Putin's spokesman, said the Kremlin had no information.", "Dmitry Peskov",
     "AFFILIATED_WITH", "Vladimir Putin"),
    ("Paul Breyer, a lawyer, met Nancy Pelosi on Monday.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
    ("Paul Breyer told Nancy Pelosi's aides that the bill was dead.", "Paul Breyer", "AFFILIATED_WITH", "Nancy Pelosi"),
]

NEGATED = [
    ("Paul Breyer is not Nancy Pelosi's lawyer.", "Paul Breyer", "BACKS", "Nancy Pelosi"),
]


test_staff_and_campaigns, test_not_extracted, test_negated = table_tests(CASES, ABSENT, NEGATED)
