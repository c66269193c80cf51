"""A participle that describes a noun ("groups linked to X", "militias backed by Y") states its
tie whatever the clause around the noun does: the host clause's negation and hedging stop at it."""
import pytest
from sentence_tables import check_flag


@pytest.mark.parametrize("text,subject,type_,obj,flag,value", [
    # the host clause is negated or hedged; the description is not
    ("Kurdish groups linked to the PKK were not invited to the talks.",
     "Kurdish groups", "AFFILIATED_WITH", "Kurdistan Workers' Party", "negated", False),
    ("Turkey refused to meet Kurdish groups linked to the PKK.",
     "Kurdish groups", "AFFILIATED_WITH", "Kurdistan Workers' Party", "negated", False),
    ("Militias backed by Iran reportedly shelled the town on Monday.", "Iran", "BACKS", "militias", "hedged", False),
    ("Russia has not stopped arming Syrian forces fighting the rebels.", "Syria", "FIGHTS", "rebels", "negated", False),
    # the participle's own negation and hedges still count
    ("Kurdish groups not linked to the PKK were invited.",
     "Kurdish groups", "AFFILIATED_WITH", "Kurdistan Workers' Party", "negated", True),
    ("Hezbollah fighters allegedly backed by Iran took the village.", "Iran", "BACKS", "Hezbollah", "hedged", True),
    ("Hezbollah fighters believed to be backed by Iran took the village.", "Iran", "BACKS", "Hezbollah", "hedged", True),
    # and the host clause's own relation keeps its flags
    ("Turkey refused to meet Kurdish groups linked to the PKK.", "Turkey", "MET_WITH", "Kurdish groups", "negated", True),
])
def test_participle_scope(extract, text, subject, type_, obj, flag, value):
    check_flag(extract, text, subject, type_, obj, flag, value=value)
