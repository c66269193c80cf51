"""One national and local place names.

- A singular demonym noun with an article ("a Briton", "the Iraqi", "an American") is one person,
  not the state: "a Briton was arrested by Turkish police" is no act of Turkey against Britain.
- A name opening with a transliterated article in lower case ("al-Bab", "el-Arish") is still a name
  (cue ``name_particles``).
- A name set off by an apposition headed by a place noun ("Kafr Nabl, a town in Idlib") is a place,
  whatever the model typed it.
- A newspaper named after its classifier ("the daily X", "tabloid Y") is an organisation.
- Insults sort their target into a hostile kind; making ready for an attack threatens it; making a
  deal with someone is contact with them.
"""
from sentence_tables import table_tests

FOUND = [
    ("Turkish troops shelled al-Rai, a town in northern Aleppo.", "al-Rai", "LOCATED_IN", "Aleppo"),
    ("Syrian jets bombed Kafr Batna, a village in eastern Ghouta.", "Kafr Batna", "LOCATED_IN", "Eastern Ghouta"),
    ("Russian jets pounded al-Latamneh, the rebel stronghold in northern Hama.", "al-Latamneh", "LOCATED_IN", "Hama"),
    ("The regime shelled el-Hader, a Druze village in Quneitra.", "el-Hader", "LOCATED_IN", "Quneitra"),
    ("The Americans and the British launched strikes on Syria.", "United Kingdom", "FIGHTS", "Syria"),
]

ABSENT = [
    ("A Briton was arrested by Turkish police in Istanbul.", "Turkey", "OPPOSES", "United Kingdom"),
    ("The Briton was detained by Iranian guards.", "Iran", "OPPOSES", "United Kingdom"),
    ("An American was killed by Isis in Manbij.", "Islamic State", "FIGHTS", "United States"),
    ("An Iraqi attacked a Turkish soldier in Ankara.", "Iraq", "FIGHTS", "Turkey"),
    ("He fought alongside a Spaniard, an American and a German in Raqqa.", "Germany", "ALLY_OF", "United States"),
    ("A Syrian was arrested by Lebanese police.", "Lebanon", "OPPOSES", "Syria"),
    ("Naim Qassem told the Lebanese daily al-Akhbar that war was unlikely.", "Naim Qassem", "MET_WITH", "al-Akhbar"),
]

NEGATED = [
    ("Syrian jets did not bomb Kafr Batna, a village in eastern Ghouta.", "Syria", "FIGHTS", "Kafr Batna"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# Insults sort their target into a hostile kind ("called X an animal"); making ready for an
# attack ("preparing for an offensive against Y", cue ``preparation_verbs``) threatens it: a stated
# opposition, the fight itself only to come.
PLANNED_FOUND = [
    ("Erdogan described Netanyahu as a coward.", "Recep Tayyip Erdogan", "OPPOSES", "Benjamin Netanyahu"),
    ("Trump described Assad as an animal.", "Donald Trump", "OPPOSES", "Bashar al-Assad"),
    ("Turkey is preparing for an offensive against the YPG.", "Turkey", "OPPOSES", "People's Protection Units"),
    ("Turkey is gearing up for an assault on the YPG, officials said.", "Turkey", "OPPOSES", "People's Protection Units"),
    ("The Iraqi army has mobilised for a new offensive against Isis.", "Iraq", "OPPOSES", "Islamic State"),
]

PLANNED_ABSENT = [
    ("The Kurds braced for an assault by Turkey.", "Kurds", "FIGHTS", "Turkey"),
    ("Hezbollah has mobilised its supporters in Beirut.", "Hezbollah", "OPPOSES", "Lebanon"),
]

PLANNED_NEGATED = [
    ("Trump did not call Assad an animal.", "Donald Trump", "OPPOSES", "Bashar al-Assad"),
    ("Turkey is not preparing for an offensive against the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
]

test_planned_found, test_planned_absent, test_planned_negated = table_tests(PLANNED_FOUND, PLANNED_ABSENT, PLANNED_NEGATED)


# Making a deal with someone ("struck a deal with Y", "cut a deal with Y", "reached an agreement
# with Y", "hammered out a truce with Y") is direct contact with them (MET_WITH), like talks.
DEAL_FOUND = [
    ("Turkey struck a deal with Russia over Idlib.", "Turkey", "MET_WITH", "Russia"),
    ("Erdogan cut a deal with Moscow and Tehran last year.", "Recep Tayyip Erdogan", "MET_WITH", "Iran"),
    ("Hamas reached a ceasefire agreement with Israel, mediators said.", "Hamas", "MET_WITH", "Israel"),
    ("Qatar sealed a gas deal with Iran in Doha.", "Qatar", "MET_WITH", "Iran"),
]

DEAL_ABSENT = [
    ("Israel struck Iranian targets near Damascus.", "Israel", "MET_WITH", "Iran"),
    ("Russia cut ties with Ukraine in 2022.", "Russia", "MET_WITH", "Ukraine"),
    ("Turkey reached the border with Syria on Monday.", "Turkey", "MET_WITH", "Syria"),
]

DEAL_NEGATED = [
    ("Turkey did not reach a deal with Russia.", "Turkey", "MET_WITH", "Russia"),
]

test_deal_found, test_deal_absent, test_deal_negated = table_tests(DEAL_FOUND, DEAL_ABSENT, DEAL_NEGATED)
