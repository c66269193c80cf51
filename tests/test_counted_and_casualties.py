"""Counted actors and casualties.

- "Hundreds of X fighters attacked Y": the quantity word stands for what it counts (cue
  ``proxy_nouns``); a counted demonym ("thousands of Iranians", also its conjuncts) is people,
  not their state.
- "X fighters were killed in a Y airstrike", "died during a Y raid": the attack's owner fights X
  (cue ``casualty_verbs``).
- "X lost/won the battle with Y": who wins or loses a fight waged it (cue ``contest_verbs``); a
  lost backing backs nothing.
- "launched a legal challenge against X": a verb's fight sense yields to its object's noun when
  that noun takes the same preposition with another relation ("fired missiles at X" stays a fight).
- A prefixed irregular past tagged as a noun ("retook") is read as the verb.
- "anti-X fighters" are no fighters of X.
- Money given backs the receiver ("pledged $40m to X"); saving someone backs them.
"""
from sentence_tables import table_tests

FOUND = [
    ("Hundreds of Hezbollah fighters attacked the rebels near Qusair.", "Hezbollah", "FIGHTS", "Syrian rebels"),
    ("Thousands of Russian troops attacked Ukraine from the north.", "Russia", "FIGHTS", "Ukraine"),
    ("Dozens of Turkish soldiers shelled YPG positions overnight.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Scores of al-Shabaab militants surrendered to the Somali army.", "al-Shabaab", "FIGHTS", "Somalia"),
    ("Twelve Hamas fighters were killed in an Israeli airstrike on Rafah.", "Israel", "FIGHTS", "Hamas"),
    ("Three Turkish soldiers were wounded during a PKK raid on a border post.", "Kurdistan Workers' Party", "FIGHTS", "Turkey"),
    ("Four Hezbollah commanders died in an Israeli strike, the group said.", "Israel", "FIGHTS", "Hezbollah"),
    ("Al-Shabaab lost a fierce battle with Kenyan troops near the border.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Hezbollah claims it won the war against Israel.", "Hezbollah", "FIGHTS", "Israel"),
    ("Amnesty International launched a legal challenge against Denmark.", "Amnesty International", "OPPOSES", "Denmark"),
    ("The Houthis kept firing missiles at Riyadh.", "Houthis", "FIGHTS", "Saudi Arabia"),
    ("Turkey launched an offensive against the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("The Iraqi army retook Mosul from Islamic State.", "Iraq", "FIGHTS", "Islamic State"),
]

ABSENT = [
    ("Amnesty International launched a legal challenge against Denmark.", "Amnesty International", "FIGHTS", "Denmark"),
    ("Hundreds of Egyptians protested against Abdel Fattah el-Sisi.", "Egypt", "OPPOSES", "Abdel Fattah el-Sisi"),
    ("Thousands of Iranians and Iraqis marched to denounce Israel.", "Iraq", "OPPOSES", "Israel"),
    ("The opposition lost the backing of Saudi Arabia.", "Saudi Arabia", "BACKS", "Syrian opposition"),
    ("Ana Ruiz joined hundreds of anti-Isis fighters in Raqqa.", "Ana Ruiz", "MEMBER_OF", "Islamic State"),
    ("Ana Ruiz joined anti-Hamas fighters in Rafah.", "Ana Ruiz", "MEMBER_OF", "Hamas"),
]

NEGATED = [
    ("Dozens of Hezbollah fighters did not attack the rebels near Qusair.", "Hezbollah", "FIGHTS", "Syrian rebels"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# Money given to someone backs them: "pledged $50m to X", "gave 20 million euros to Y"
# ('<money>' in a sense's needs_dobj_noun admits the model's MONEY entities).
MONEY_FOUND = [
    ("Norway pledged $40m to the World Food Programme.", "Norway", "BACKS", "World Food Programme"),
    ("Kuwait gave 30 million dinars to Jordan last year.", "Kuwait", "BACKS", "Jordan"),
    ("Iran has sent millions of dollars to Hezbollah.", "Iran", "BACKS", "Hezbollah"),
    ("Qatar provided $1bn to Egypt in 2013.", "Qatar", "BACKS", "Egypt"),
]

MONEY_ABSENT = [
    ("Britain gave a warning to Iran.", "United Kingdom", "BACKS", "Iran"),
    ("Norway offered a seat at the table to Russia.", "Norway", "BACKS", "Russia"),
]

MONEY_NEGATED = [
    ("The EU will not give any money to Hamas.", "European Union", "BACKS", "Hamas"),
]

test_money_found, test_money_not_extracted, test_money_negated = table_tests(MONEY_FOUND, MONEY_ABSENT, MONEY_NEGATED)


# Saving someone backs them ("Russia's intervention saved Assad"); saving lives or money does not.
SAVE_FOUND = [
    ("Kenya's intervention saved the Somali government from collapse.", "Kenya", "BACKS", "Somalia"),
    ("Rwanda's troops saved the Mozambican government from collapse.", "Rwanda", "BACKS", "Mozambique"),
]

SAVE_NEGATED = [
    ("France did not save Blaise Compaore.", "France", "BACKS", "Blaise Compaoré"),
]

test_save_found, _, test_save_negated = table_tests(SAVE_FOUND, (), SAVE_NEGATED)
