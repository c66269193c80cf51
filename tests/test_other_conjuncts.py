"""'X and other N of Y': the conjuncts before "other" ("fellow") are N of Y too."""
from sentence_tables import table_tests

FOUND = [
    ("Israel and other regional allies of the US, such as Jordan, were consulted.", "Israel", "ALLY_OF", "United States"),
    ("Israel and other regional allies of the US, such as Jordan, were consulted.", "Jordan", "ALLY_OF", "United States"),
    ("France, Italy and fellow members of the EU agreed the sanctions.", "France", "MEMBER_OF", "European Union"),
    ("France, Italy and fellow members of the EU agreed the sanctions.", "Italy", "MEMBER_OF", "European Union"),
    ("Iran and other backers of Assad have not commented.", "Iran", "BACKS", "Bashar al-Assad"),
]

ABSENT = [
    # no "other": a list of two kinds
    ("Iran and the allies of Assad have not commented.", "Iran", "ALLY_OF", "Bashar al-Assad"),
    ("Iran and the backers of Assad have not commented.", "Iran", "BACKS", "Bashar al-Assad"),
]

test_found, test_not_extracted, _ = table_tests(FOUND, ABSENT)
