"""A state named as a kind of member of an organisation: "the largest economy in the EU", "Nato's
second-largest army", "the only country in the EU to ..." (nouns of a state's kind with "in" or a
possessive organisation; places and states as the other side are not organisations)."""
from sentence_tables import table_tests

FOUND = [
    ("The US and Turkey, the two largest military powers in Nato, are at odds.", "Turkey", "MEMBER_OF", "NATO"),
    ("Turkey, Nato's second-largest army, is at odds with the US.", "Turkey", "MEMBER_OF", "NATO"),
    ("Germany, the largest economy in the EU, opposed the plan.", "Germany", "MEMBER_OF", "European Union"),
    ("Britain is the only country in the EU to have voted against it.", "United Kingdom", "MEMBER_OF", "European Union"),
]

ABSENT = [
    # a region, or a state, is no organisation
    ("Egypt, the strongest power in the Middle East, hosted the talks.", "Egypt", "MEMBER_OF", "Middle East"),
    ("Iran is the most powerful country in the region.", "Iran", "MEMBER_OF", "region"),
    ("Syria's army shelled the town.", "Syria", "MEMBER_OF", "Syria"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)
