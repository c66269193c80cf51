"""An organisation's seat: a named organisation with an "in" phrase right after its name lies
in that city ("the Sahel Policy Institute in Dakar"); its modifiers are no seat ("the British
Red Cross"), nor is an "in" phrase further on in the sentence, nor a state ("the UN in Syria")."""
from sentence_tables import table_tests

FOUND = [
    ("Analysts at the Carnegie Middle East Center in Beirut disagreed.",
     "Carnegie Endowment for International Peace", "LOCATED_IN", "Beirut"),
    ("A researcher at Amnesty International in London called the trial unfair.",
     "Amnesty International", "LOCATED_IN", "London"),
]

ABSENT = [
    ("The British Red Cross sent aid to Yemen.", "British Red Cross", "LOCATED_IN", "United Kingdom"),
    ("As for Nato, the crisis, like the one in Ukraine, has made it irrelevant.", "NATO", "LOCATED_IN", "Ukraine"),
    # a state after "in" is where it works, not its seat
    ("Moscow wants to curb the role of the United Nations in Syria.", "United Nations", "LOCATED_IN", "Syria"),
    # an event an organisation holds somewhere is not its seat
    ("The EU will stage a donor conference in Brussels next year.", "European Union", "LOCATED_IN", "Brussels"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)


def test_a_name_split_at_for_is_one_organisation(extract):
    """"the Hale Centre for the Visual Arts", tagged by the model as two names, is one
    organisation's name."""
    r = extract("Students packed the Hale Centre for the Visual Arts in Chicago.", "2024-06-01")
    names = {e["name"] for e in r["entities"]}
    assert "Hale Centre for the Visual Arts" in names and "Visual Arts" not in names, names
