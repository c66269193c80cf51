"""Four small constructions of news English: the target of an act ("X was the target of Y's
strikes"), an agent noun whose referents follow a copula ("Syria's closest ally is Iran"), a
plural reference set off after the list it describes ("X, Y and Z, the three countries
overseeing the talks, ..."), an office named a sentence before its holder ("The home secretary
said ... Ann Hale, the home secretary, added"), and a readiness to attack ("was ready to launch
an offensive against X"), which is a threat."""
from sentence_tables import check_flag, table_tests

FOUND = [
    ("Iran has been the target of Israeli strikes.", "Israel", "FIGHTS", "Iran"),
    ("The YPG was the target of an attack by Turkish troops.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Hamas, the target of repeated Israeli air raids, vowed to respond.", "Israel", "FIGHTS", "Hamas"),
    ("Syria's closest ally is Iran.", "Iran", "ALLY_OF", "Syria"),
    ("The main backers of the rebels were Turkey and Qatar.", "Qatar", "BACKS", "rebels"),
    ("Egypt, Qatar and Jordan, the three states mediating the Cairo talks, issued a statement.",
     "Qatar", "PARTICIPATES_IN", "Cairo talks"),
    ("The defence secretary condemned Islamic State on Monday. Ben Wallace, the defence secretary, said the "
     "group was losing ground.", "Ben Wallace", "OPPOSES", "Islamic State"),
    ("Erdogan said he was ready to launch a new military operation against the YPG.",
     "Recep Tayyip Erdogan", "OPPOSES", "People's Protection Units"),
    ("Turkey is poised to attack Kurdish fighters in Manbij.", "Turkey", "OPPOSES", "Kurdish fighters"),
]

ABSENT = [
    # a target that is a goal, not an actor hit
    ("The target of the Chilean offensive is Tacna.", "Chile", "FIGHTS", "Tacna"),
    # the office is named before two holders: no one can say which
    ("The minister condemned Islamic State. Ann Hale, the foreign minister, and Tom Ruiz, the interior minister, agreed.",
     "Ann Hale", "OPPOSES", "Islamic State"),
    # no holder of that office named after it
    ("The defence secretary condemned Islamic State on Monday. Ann Hale, the home secretary, said the group was weak.",
     "Ann Hale", "OPPOSES", "Islamic State"),
]

NEGATED = [
    ("Iran was not the target of Israeli strikes, officials said.", "Israel", "FIGHTS", "Iran"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


def test_a_readiness_to_attack_is_a_plan(extract):
    check_flag(extract, "Erdogan said he was ready to launch a new military operation against the YPG.",
               "Recep Tayyip Erdogan", "FIGHTS", "People's Protection Units", "hedged")


# a call for restraint that names no one is made to whoever was last told attacking
RESTRAINT_FOUND = [
    ("Turkey launched an offensive against Kurdish fighters in Afrin on Saturday. Russia urged restraint.",
     "Russia", "CALLED_ON", "Turkey"),
    ("Turkey shelled the YPG. The UN called for calm.", "United Nations", "CALLED_ON", "Turkey"),
    ("Kenya shelled al-Shabaab in Somalia. Uganda urged restraint.", "Uganda", "CALLED_ON", "Kenya"),
    ("Turkey shelled the YPG. Russia urged the YPG to show restraint.", "Russia", "CALLED_ON", "People's Protection Units"),
]
RESTRAINT_ABSENT = [
    ("Russia urged restraint.", "Russia", "CALLED_ON", "Turkey"),  # no one attacking
    ("Turkey shelled the YPG. Russia urged the YPG to show restraint.", "Russia", "CALLED_ON", "Turkey"),  # named
    ("Turkey shelled the YPG in March. Trade grew. Prices rose. Wages fell. Exports slowed. Russia urged restraint.",
     "Russia", "CALLED_ON", "Turkey"),  # too far back
]
RESTRAINT_NEGATED = [
    ("Turkey shelled the YPG. Russia did not urge restraint.", "Russia", "CALLED_ON", "Turkey"),
]
test_restraint_found, test_restraint_absent, test_restraint_negated = table_tests(
    RESTRAINT_FOUND, RESTRAINT_ABSENT, RESTRAINT_NEGATED)


# a bare subjunctive the parser reads as one noun phrase ("that Assad resign") is still a demand
SUBJUNCTIVE_FOUND = [
    ("Turkey demanded that Assad resign.", "Turkey", "CALLED_ON", "Bashar al-Assad"),
    ("Turkey demanded that Assad resign.", "Turkey", "OPPOSES", "Bashar al-Assad"),
    ("The Syrian opposition demanded that Assad step aside.", "Syrian opposition", "OPPOSES", "Bashar al-Assad"),
    ("Turkey insisted that Assad step down.", "Turkey", "CALLED_ON", "Bashar al-Assad"),
]
SUBJUNCTIVE_ABSENT = [
    ("Turkey demanded that Assad resignation be accepted.", "Turkey", "OPPOSES", "Bashar al-Assad"),
]
test_subjunctive_found, test_subjunctive_absent, _ = table_tests(SUBJUNCTIVE_FOUND, SUBJUNCTIVE_ABSENT)


# a head of state in office fights with the state's arms
LEADER_FOUND = [
    ("Assad bombed the rebels in Ghouta.", "Syria", "FIGHTS", "Syrian rebels"),
    ("Rebels fought Bashar al-Assad for years.", "rebels", "FIGHTS", "Syria"),
]
LEADER_ABSENT = [
    ("Former president Barack Obama bombed Islamic State.", "United States", "FIGHTS", "Islamic State"),  # a past term
    ("Assad criticised the rebels.", "Syria", "OPPOSES", "Syrian rebels"),  # words are his own
]
LEADER_NEGATED = [
    ("Assad did not bomb the rebels.", "Bashar al-Assad", "FIGHTS", "rebels"),
]
test_leader_found, test_leader_absent, test_leader_negated = table_tests(LEADER_FOUND, LEADER_ABSENT, LEADER_NEGATED)


def test_a_surrender_is_a_fight_of_both_sides(extract):
    from sentence_tables import check_found
    for subject, obj in (("Islamic State", "Syrian Democratic Forces"), ("Syrian Democratic Forces", "Islamic State")):
        check_found(extract, "Isis fighters surrendered to the SDF.", subject, "FIGHTS", obj)


# a community's officials, leaders and authorities act for the community's group, not for a state
COMMUNITY_FOUND = [
    ("Kurdish officials accused Turkey of shelling the town.", "Kurdish officials", "OPPOSES", "Turkey"),
    ("Druze leaders appealed to Israel to halt the demolitions.", "Druze leaders", "CALLED_ON", "Israel"),
    ("Syrian Kurdish leaders accused the US of betrayal.", "Syrian Kurdish leaders", "OPPOSES", "United States"),
    ("Iranian officials criticised Israel.", "Iran", "OPPOSES", "Israel"),  # a state's officials are the state's
]
COMMUNITY_ABSENT = [
    ("Syrian Kurdish leaders accused the US of betrayal.", "Syria", "OPPOSES", "United States"),
]
test_community_found, test_community_absent, _ = table_tests(COMMUNITY_FOUND, COMMUNITY_ABSENT)


def test_an_irregular_past_tagged_as_a_base_form_keeps_its_verb(extract):
    # the tagger reads "retook" after a parenthetical as a base form (VB): its lemma is still "retake"
    from sentence_tables import check_found
    check_found(extract, "Iraqi forces, backed by US airstrikes, retook Mosul from Islamic State.",
                "Iraq", "FIGHTS", "Islamic State")


# a stance on "the strikes", "the attack" that names no doer is one on whoever was just told doing it
TOLD_FOUND = [
    ("Israeli jets struck Iranian targets near Damascus on Sunday. Russia condemned the strikes.",
     "Russia", "OPPOSES", "Israel"),
    ("Turkey shelled the YPG. The EU condemned the shelling.", "European Union", "OPPOSES", "Turkey"),
    ("Israel launched an attack on Gaza. The UN condemned the attack.", "United Nations", "OPPOSES", "Israel"),
    ("Turkey attacked the YPG in Afrin. Washington welcomed the attack.", "United States", "BACKS", "Turkey"),
]
TOLD_ABSENT = [
    ("Turkey shelled the YPG. The EU condemned attacks on civilians.", "European Union", "OPPOSES", "Turkey"),
    ("Turkey shelled the YPG. The EU condemned the Russian strikes.", "European Union", "OPPOSES", "Turkey"),
    ("Turkey shelled the YPG in Afrin. The EU denounced the attack.", "European Union", "OPPOSES", "Turkey"),  # another act
    ("Israel has launched dozens of attacks on Gaza. The UN condemned the attack.", "United Nations", "OPPOSES", "Israel"),
    ("Officials suspect Hamas of the attack on the base. The minister, Ali Hassan, condemned the attack.",
     "Ali Hassan", "OPPOSES", "Hamas"),
]
TOLD_NEGATED = [
    ("Turkey attacked the YPG. The EU did not condemn the attack.", "European Union", "OPPOSES", "Turkey"),
]
test_told_found, test_told_absent, test_told_negated = table_tests(TOLD_FOUND, TOLD_ABSENT, TOLD_NEGATED)
