"""An organisation's seat: a named organisation with an "in" phrase right after its name lies
in that place ("the Tahrir Institute in Washington"); its modifiers are no seat ("the British
Red Cross"), nor is an "in" phrase further on in the sentence."""
from sentence_tables import table_tests

FOUND = [
    ("Analysts at the Carnegie Middle East Center in Beirut disagreed.",
     "Carnegie Endowment for International Peace", "LOCATED_IN", "Beirut"),
    ("Human Rights Watch in Turkey criticised the arrests.", "Human Rights Watch", "LOCATED_IN", "Turkey"),
    ("A researcher at Amnesty International in London called the trial unfair.",
     "Amnesty International", "LOCATED_IN", "London"),
]

ABSENT = [
    ("The British Red Cross sent aid to Yemen.", "British Red Cross", "LOCATED_IN", "United Kingdom"),
    ("As for Nato, the crisis, like the one in Ukraine, has made it irrelevant.", "NATO", "LOCATED_IN", "Ukraine"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)
