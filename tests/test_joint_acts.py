"""A joint act named by a manner phrase on a passive verb ("was published by X in partnership with
Y"): the doer is the agent, not the thing done."""
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
