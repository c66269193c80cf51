"""Joint acts and fronts: a manner phrase on a passive verb ("was published by X in partnership with
Y": the doer is the agent, not the thing done), and a fight begun as a front ("opened a front
against X")."""
from sentence_tables import table_tests

FOUND = [
    ("The report was published by Amnesty International in collaboration with the UNHCR.",
     "Amnesty International", "ALLY_OF", "UNHCR"),
    ("The film was made by the BBC in partnership with Al Jazeera.", "BBC", "ALLY_OF", "Al Jazeera"),
    ("The plan was drawn up by France in coordination with Germany, diplomats said.", "France", "ALLY_OF", "Germany"),
    # the active voice as before
    ("Amnesty International worked in collaboration with the UNHCR on the report.",
     "Amnesty International", "ALLY_OF", "UNHCR"),
]

ABSENT = [
    # the thing done is no party to it
    ("The report was published by Amnesty International in collaboration with the UNHCR.",
     "report", "ALLY_OF", "UNHCR"),
]

NEGATED = [
    ("The survey was not carried out by Oxfam in cooperation with the Red Cross.",
     "Oxfam", "ALLY_OF", "International Committee of the Red Cross"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# "opened a front against X": a fight begun (the noun only with a light verb)
FRONT_FOUND = [
    ("Turkey opened a new front against the YPG in Afrin.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Erdoğan moved quickly to open a front in Afrin against the YPG.",
     "Recep Tayyip Erdogan", "FIGHTS", "People's Protection Units"),
]
FRONT_ABSENT = [
    ("The front line between Turkey and the YPG has barely moved.", "Turkey", "FIGHTS", "People's Protection Units"),
]
FRONT_NEGATED = [
    ("Turkey has not opened a front against the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
]
test_front_found, test_front_absent, test_front_negated = table_tests(FRONT_FOUND, FRONT_ABSENT, FRONT_NEGATED)
