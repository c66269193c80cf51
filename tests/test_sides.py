"""Sides named by pro-/anti- modifiers on nouns that name no actor themselves: the noun stands
for an actor by apposition ("X, an anti-Y group"), by a copula ("X is the strongest pro-Y
faction"), by examples ("anti-Y rebels such as X"), by a stance its holder owns ("X's anti-Y
stance"), or by a side or camp someone is on ("X fought on the pro-Y side")."""
import pytest

from sentence_tables import table_tests

FOUND = [
    ("The Free Syrian Army, an anti-Assad group, attacked Aleppo.", "Free Syrian Army", "OPPOSES", "Bashar al-Assad"),
    ("In Idlib, Ahrar al-Sham is now the largest faction on the anti-Assad side.",
     "Ahrar al-Sham", "OPPOSES", "Bashar al-Assad"),
    ("Anti-Assad rebels such as the Free Syrian Army have lost ground.", "Free Syrian Army", "OPPOSES", "Bashar al-Assad"),
    ("On the pro-Assad side are Russia and Iran.", "Iran", "ALLY_OF", "Bashar al-Assad"),
    ("Hezbollah fought on the pro-Assad side.", "Hezbollah", "ALLY_OF", "Bashar al-Assad"),
    ("Hezbollah is a pro-Iranian movement.", "Hezbollah", "ALLY_OF", "Iran"),
    ("Colombia is firmly in the anti-Maduro camp.", "Colombia", "OPPOSES", "Nicolás Maduro"),
    ("Kenya's anti-Shabaab stance hardened after the raid.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Trump's anti-Iran rhetoric grew louder.", "Donald Trump", "OPPOSES", "Iran"),
]

ABSENT = [
    # the noun stands for no actor: nothing to put on a side
    ("Anti-Assad protests spread across the south.", "Syria", "OPPOSES", "Bashar al-Assad"),
    # the stance is held by no one named
    ("An anti-Shabaab stance is popular in Nairobi.", "Kenya", "OPPOSES", "al-Shabaab"),
]

NEGATED = [
    ("Colombia is not in the anti-Maduro camp.", "Colombia", "OPPOSES", "Nicolás Maduro"),
    ("Hezbollah is not a pro-Iranian movement, its leader insisted.", "Hezbollah", "ALLY_OF", "Iran"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# a state's forces named by their allegiance are the state's, like "X's forces"; other bodies
# allied to a state are its proxies, not the state
ALLEGIANCE_FOUND = [
    ("Forces loyal to Bashar al-Assad shelled Douma.", "Syria", "FIGHTS", "Douma"),
    ("Troops loyal to President Nicolás Maduro attacked Colombian border guards.", "Venezuela", "FIGHTS", "Colombia"),
    ("Soldiers loyal to the Syrian government advanced on Idlib.", "Syria", "FIGHTS", "Idlib"),
]
ALLEGIANCE_ABSENT = [
    ("Militias allied to Iran attacked US troops.", "Iran", "FIGHTS", "United States"),
    # allied fighters are another body on the same side, not the side's own
    ("The men surrendered to fighters allied to the SDF.", "Syrian Democratic Forces", "FIGHTS", "men"),
]
ALLEGIANCE_NEGATED = [
    ("Forces loyal to Assad did not shell Douma, the ministry said.", "Syria", "FIGHTS", "Douma"),
]
test_allegiance_found, test_allegiance_absent, test_allegiance_negated = table_tests(
    ALLEGIANCE_FOUND, ALLEGIANCE_ABSENT, ALLEGIANCE_NEGATED)


# "these groups" after one plural collective, or after a list
ANTI_GROUP_FOUND = [
    ("Jaish al-Islam and Faylaq al-Rahman attacked the town. These groups are backed by Saudi Arabia.",
     "Saudi Arabia", "BACKS", "Faylaq al-Rahman"),
    ("Kurdish militias took the town. These groups are backed by the US.", "United States", "BACKS", "Kurdish militias"),
    ("Anti-Assad rebels such as the Free Syrian Army hold Idlib.", "Free Syrian Army", "OPPOSES", "Bashar al-Assad"),
]
ANTI_GROUP_ABSENT = [
    # two collectives before "these groups": no telling which
    ("Kurdish militias took the town from Turkish-backed rebels. These groups are backed by the US.",
     "United States", "BACKS", "Kurdish militias"),
    # a conjunct is not what the anti- noun names
    ("Critics call the volunteers Kremlin-backers or anti-Nato activists.", "Russia", "OPPOSES", "NATO"),
]
ANTI_GROUP_NEGATED = [
    ("Kurdish militias took the town. These groups are not backed by the US, officials said.",
     "United States", "BACKS", "Kurdish militias"),
]
test_anti_group_found, test_anti_group_absent, test_anti_group_negated = table_tests(
    ANTI_GROUP_FOUND, ANTI_GROUP_ABSENT, ANTI_GROUP_NEGATED)


@pytest.mark.parametrize("text,name", [
    ("Turkey armed the rebels.", "rebels"),
    ("Turkish troops fought the rebels.", "rebels"),
    ("The rebels in Idlib were armed by Turkey.", "Syrian rebels"),
    ("The rebels took the town with Turkish backing.", "rebels"),
    ("Rebels shelled Damascus on Monday.", "Syrian rebels"),
], ids=lambda v: v if isinstance(v, str) and " " in v else None)
def test_bare_rebels_are_not_named_after_the_state_facing_them(extract, text, name):
    """A state that arms, fights or backs "the rebels" is not their country: they take the name of
    the country the text's places are in, or none."""
    names = {e["name"] for e in extract(text, "2024-06-01")["entities"] if e["type"] == "Group"}
    assert name in names, names


# allies no one owns, acted on by an actor's act: that actor's allies
UNOWNED_ALLIES_FOUND = [
    ("The French withdrawal unsettled regional partners such as Chad.", "Chad", "ALLY_OF", "France"),
    ("Russia's intervention reassured partners such as Iran.", "Iran", "ALLY_OF", "Russia"),
]
UNOWNED_ALLIES_ABSENT = [
    # an act no one is named as owning
    ("The decision stunned allies such as Britain.", "United Kingdom", "ALLY_OF", "United States"),
]
test_unowned_allies_found, test_unowned_allies_absent, _ = table_tests(UNOWNED_ALLIES_FOUND, UNOWNED_ALLIES_ABSENT)
