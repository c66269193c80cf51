"""A state named as a kind of member of an organisation: "the largest economy in the EU", "the EU's
largest economy", "the only country in the EU to ..." (nouns of a state's kind with "in" or a
possessive organisation; places and states as the other side are not organisations). Such a noun
is the state itself, so its modifiers still own it: "backed by Israeli air power" is Israel's
backing."""
from sentence_tables import table_tests

FOUND = [
    ("Turkey, the second-largest country in Nato, is at odds with the US.", "Turkey", "MEMBER_OF", "NATO"),
    ("Germany, the EU's largest economy, opposed the plan.", "Germany", "MEMBER_OF", "European Union"),
    ("The US and Turkey, the two largest military powers in Nato, are at odds.", "Turkey", "MEMBER_OF", "NATO"),
    ("Turkey, Nato's second-largest army, is at odds with the US.", "Turkey", "MEMBER_OF", "NATO"),
    # a state's forces named by its kind still stand for the state
    ("Druze militias, backed by Israeli air power, held the ridge.", "Israel", "BACKS", "Druze militias"),
    ("Kurdish fighters, backed by the Turkish army, took the village.", "Turkey", "BACKS", "Kurdish fighters"),
    ("Germany, the largest economy in the EU, opposed the plan.", "Germany", "MEMBER_OF", "European Union"),
    ("Britain is the only country in the EU to have voted against it.", "United Kingdom", "MEMBER_OF", "European Union"),
]

ABSENT = [
    # a region, or a state, is no organisation
    ("Egypt, the strongest power in the Middle East, hosted the talks.", "Egypt", "MEMBER_OF", "Middle East"),
    ("Iran is the most powerful country in the region.", "Iran", "MEMBER_OF", "region"),
    ("Syria's army shelled the town.", "Syria", "MEMBER_OF", "Syria"),
    ("The US and Turkey, the two largest military powers in Nato, are at odds.", "Turkey", "MEMBER_OF", "United States"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)
