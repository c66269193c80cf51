"""Who acts for whom, and who joins whom.

- People named after a state or group with 'from' or 'of' who act for it (cue ``delegate_nouns``:
  "officials from Iran", "representatives of Hamas") stand for it, as "Iranian officials" do.
- A state that joins another state or a group in an act ("France joined the US in the strikes")
  is its ally; no state is a member of another.
- "Iran's arch-rival X", "its long-time ally Y": a hyphenated adjective between the owner and the
  agent noun is no obstacle.
- "The opposition rejected the Russian proposal": a state that only owns what a bare collective
  acts on does not name the collective ("Russian opposition").
- A coordinated clause whose subject the parser hung on the first clause's object ("fired at X
  and X struck Y") keeps that subject.
- "An alliance led by X and backed by Y": Y backs the alliance, not X (unlike "a campaign led by
  X and backed by Y", where Y backs X in it).
- "X and allies such as Y", "X and partners including Y": Y is X's ally, and the two fighting
  together are one side, not foes.
- Approving an actor's act is backing it ("Russia approved Turkey's offensive", "the
  Russian-approved Turkish incursion").
- A group's name before its own kind noun ("the Nour al-Din al-Zenki group", "the X movement")
  is the group; a name inside a hyphenated modifier ("the counter-Isis coalition") is not.
- A group aligned with another group is affiliated with it; a state aligned with another is its ally.
- A name ending in an institution's word ("the Tahrir Institute") is an organisation, whatever
  group word is inside it.
- A plural act noun the model tagged as a verb ("US airstrikes on Isis killed ...") is the act
  noun; a state named as an owner's modifier ("the US military presence") is the owner; rebels
  a state's act is aimed at ("Russian airstrikes on rebel positions") are not that state's.
- "Iranian proxies, including Hezbollah", "Russian allies such as Belarus": the demonym is the
  other side of the agent noun whose examples follow.
- "X regards Y as linked to Z": Y is linked to Z, not X.
- "The camp at X in north-east Syria": an "in" phrase right after a place, hung by the parser on
  the noun before it, still places it.
- "Turkey's ambitions and its alliance with Qatar": "its" is the owner of the conjunct before.
- Two places read as lying in each other ("the Damascus suburb of X"): the one the catalogue
  knows is the container.
- "Rather than backing X", "instead of arming Y": not done (negated), and done by the clause's subject.
- "X condemned US threats to carry out strikes on Y", the infinitive hung on "condemned": the
  threats' owner would strike, not X (cue ``intent_nouns``).
- Denigrating someone opposes them; a describing adjective before a head's title ("the hawkish
  director of X", "the veteran leader of Y") leaves it the head's (cue ``office_time_words``).
- "A war between X and its allies and Y, Z and W": an ally noun with an owner splits the list
  into two sides, which fight each other, not among themselves.
- Wanting someone gone: "insisted on X's departure", "called for the removal of X" oppose X; "the
  removal of Y's troops from Z" is no act of Z; "X announced his resignation" is his own.
"""
import pytest
from sentence_tables import table_tests

FOUND = [
    ("Officials from the Free Syrian Army held talks with Turkish officials.", "Free Syrian Army", "MET_WITH", "Turkey"),
    ("Officials of the World Health Organization urged Syria to open the crossings.",
     "World Health Organization", "CALLED_ON", "Syria"),
    ("Officials from Iran held talks with the Houthis in Muscat.", "Iran", "MET_WITH", "Houthis"),
    ("Representatives of Hamas met Egyptian officials in Cairo.", "Hamas", "MET_WITH", "Egypt"),
    ("Delegates from Iran met the Houthis in Muscat.", "Iran", "MET_WITH", "Houthis"),
    ("Hezbollah joined Syrian troops in retaking Aleppo.", "Hezbollah", "ALLY_OF", "Syria"),
    ("Ministers from Britain and France have criticised Trump's decision.", "France", "OPPOSES", "Donald Trump"),
    ("France joined the US in strikes against chemical weapons sites.", "France", "ALLY_OF", "United States"),
    ("Britain voted to join France and the US in the raids.", "United Kingdom", "ALLY_OF", "France"),
    ("Hamas joined Iran in condemning the deal.", "Hamas", "ALLY_OF", "Iran"),
    ("Britain joined Nato in 1949.", "United Kingdom", "MEMBER_OF", "NATO"),
    ("Qatar joined the Saudi-led coalition in 2015.", "Qatar", "MEMBER_OF", "Saudi-led coalition"),
    ("Iran's arch-rival Saudi Arabia has funded rebel groups for years.", "Saudi Arabia", "OPPOSES", "Iran"),
    ("Russia's long-time ally Serbia voted against the resolution.", "Serbia", "ALLY_OF", "Russia"),
    ("Assad's long-standing foe Erdogan spoke on Friday.", "Recep Tayyip Erdogan", "OPPOSES", "Bashar al-Assad"),
    ("The opposition rejected the Russian proposal on Tuesday.", "opposition", "OPPOSES", "Russia"),
    ("Iran fired missiles at Israel and Israel struck Syria in return.", "Israel", "FIGHTS", "Syria"),
    ("The SDF, an alliance led by Kurdish militias and backed by the US, took Raqqa.",
     "United States", "BACKS", "Syrian Democratic Forces"),
    ("The campaign, led by the SDF on the ground and backed by the US from the air, retook Raqqa.",
     "United States", "BACKS", "Syrian Democratic Forces"),
    ("The US would insist on Assad's departure, the envoy said.", "United States", "OPPOSES", "Bashar al-Assad"),
    ("The opposition demanded the departure of Assad.", "opposition", "OPPOSES", "Bashar al-Assad"),
    ("Assad gave a speech on Monday. The opposition demanded his resignation.", "opposition", "OPPOSES", "Bashar al-Assad"),
    ("The rebels insisted on Assad's removal before any talks.", "rebels", "OPPOSES", "Bashar al-Assad"),
    ("The US and key allies such as Britain were not prepared to fight.", "United Kingdom", "ALLY_OF", "United States"),
    ("Russia and partners including Iran have shielded Damascus.", "Iran", "ALLY_OF", "Russia"),
    ("The US and allies such as France did not back the plan.", "France", "ALLY_OF", "United States"),
    ("Russia and Ukraine have been fighting for years.", "Russia", "FIGHTS", "Ukraine"),
    ("Russia approved Turkey's offensive against the Kurds.", "Russia", "BACKS", "Turkey"),
    ("The Kurds feared a repeat of the Russian-approved Turkish incursion into Afrin.", "Russia", "BACKS", "Turkey"),
    ("The Nour al-Din al-Zenki group fought HTS near Aleppo.", "Nour al-Din al-Zenki Movement", "FIGHTS", "Hayat Tahrir al-Sham"),
    ("The Hurras al-Din group, formerly aligned with al-Qaida, controls the area.", "Hurras al-Din", "AFFILIATED_WITH", "Al-Qaeda"),
    ("The al-Qaida-aligned Nusra Front shelled the town.", "Jabhat al-Nusra", "AFFILIATED_WITH", "Al-Qaeda"),
    ("Qatar has aligned itself with Turkey.", "Qatar", "ALLY_OF", "Turkey"),
    ("US airstrikes on Isis killed dozens of civilians.", "United States", "FIGHTS", "Islamic State"),
    ("Iranian proxies, including Hezbollah, began leaving Syria.", "Iran", "BACKS", "Hezbollah"),
    ("The camp at al-Hawl in north-east Syria holds 70,000 people.", "Al-Hol camp", "LOCATED_IN", "Syria"),
    ("The Gulf states resent Turkey's ambitions and its alliance with Qatar.", "Turkey", "ALLY_OF", "Qatar"),
    ("Bashar Ali lives in the Damascus suburb of Harsta.", "Harsta", "LOCATED_IN", "Damascus"),
    ("Protesters gathered in the Fatih district of Istanbul.", "Fatih", "LOCATED_IN", "Istanbul"),
    ("Iran condemned US threats to carry out strikes on Syria.", "United States", "FIGHTS", "Syria"),
    ("Trump has consistently denigrated Nato.", "Donald Trump", "OPPOSES", "NATO"),
    ("It is a war between the US and its supporters and Russia, Iran and China.", "United States", "FIGHTS", "Iran"),
    ("Clashes between Russia, Iran and Turkey continued.", "Iran", "FIGHTS", "Turkey"),
    ("The veteran leader of the PKK, Murat Karayilan, spoke.", "Murat Karayılan", "LEADS", "Kurdistan Workers' Party"),
    ("Russian allies such as Belarus voted against the resolution.", "Belarus", "ALLY_OF", "Russia"),
    ("Turkey regards the YPG as inextricably linked to the PKK.", "People's Protection Units", "AFFILIATED_WITH",
     "Kurdistan Workers' Party"),
    ("The YPG have been protected by the US military presence.", "United States", "BACKS", "People's Protection Units"),
    ("Russian airstrikes on rebel positions intensified.", "Russia", "FIGHTS", "rebels"),
    ("Hezbollah is aligned with Iran.", "Hezbollah", "ALLY_OF", "Iran"),
    ("A researcher at the Tahrir Institute in Washington disagreed.", "Tahrir Institute", "LOCATED_IN", "Washington, D.C."),
]

ABSENT = [
    ("France joined the US in strikes against chemical weapons sites.", "France", "MEMBER_OF", "United States"),
    ("Hamas joined Iran in condemning the deal.", "Hamas", "MEMBER_OF", "Iran"),
    ("Hundreds of rebels joined the Syrian army last year.", "rebels", "ALLY_OF", "Syria"),
    ("It is a war between the US and its supporters and Russia, Iran and China.", "Russia", "FIGHTS", "Iran"),
    ("Britain joined Nato in 1949.", "United Kingdom", "ALLY_OF", "NATO"),
    ("The opposition rejected the Russian proposal on Tuesday.", "Russian opposition", "OPPOSES", "Russia"),
    ("Officials from Iran held talks with the Houthis in Muscat.", "officials", "MET_WITH", "Houthis"),
    ("Iran fired missiles at Israel and Israel struck Syria in return.", "Iran", "FIGHTS", "Syria"),
    ("The SDF, an alliance led by Kurdish militias and backed by the US, took Raqqa.", "United States", "BACKS", "Kurdish militias"),
    ("Iran demanded the removal of US troops from Syria.", "Syria", "OPPOSES", "United States"),
    ("Brett McGurk quit. Jim Mattis announced his departure this week.", "Jim Mattis", "OPPOSES", "Brett McGurk"),
    ("The US and key allies such as Britain fought for months.", "United States", "FIGHTS", "United Kingdom"),
    ("The cabinet approved sanctions against Iran.", "cabinet", "BACKS", "Iran"),
    ("The US-led counter-Isis coalition struck the town.", "United States", "LEADS", "Islamic State"),
    ("Russian airstrikes on rebel positions intensified.", "Russia", "FIGHTS", "Russian rebels"),
    ("Turkey regards the YPG as inextricably linked to the PKK.", "Turkey", "AFFILIATED_WITH", "Kurdistan Workers' Party"),
    ("Iranian proxies, including Hezbollah, began leaving Syria.", "Hezbollah", "BACKS", "Iran"),
    ("The Gulf states resent Turkey's ambitions and its alliance with Qatar.", "Gulf states", "ALLY_OF", "Qatar"),
    ("Bashar Ali lives in the Damascus suburb of Harsta.", "Damascus", "LOCATED_IN", "Harsta"),
    ("Iran condemned US threats to carry out strikes on Syria.", "Iran", "FIGHTS", "Syria"),
    ("Iran condemned Western threats to carry out strikes on Syria.", "Iran", "FIGHTS", "Syria"),
    ("Instead of attacking Isis, Turkey attacked the Kurds.", "Kurds", "FIGHTS", "Islamic State"),
    ("The Hurras al-Din group, formerly aligned with al-Qaida, controls the area.", "Hurras al-Din", "ALLY_OF", "Al-Qaeda"),
]

NEGATED = [
    ("Germany did not join the US in the strikes.", "Germany", "ALLY_OF", "United States"),
    ("Officials from Iran did not meet the Americans.", "Iran", "MET_WITH", "United States"),
    ("Saudi Arabia is not Iran's arch-rival, the minister said.", "Saudi Arabia", "OPPOSES", "Iran"),
    ("Russia has never pushed for Assad's departure.", "Russia", "OPPOSES", "Bashar al-Assad"),
    ("Moscow did not approve the Turkish operation.", "Russia", "BACKS", "Turkey"),
    ("Rather than backing Trump, Britain should talk to Russia.", "United Kingdom", "BACKS", "Donald Trump"),
    ("Instead of arming the Kurds, the US talked to Turkey.", "United States", "BACKS", "Kurds"),
    ("Instead of attacking Isis, Turkey attacked the Kurds.", "Turkey", "FIGHTS", "Islamic State"),
]

test_found, test_not_extracted, test_negated = table_tests(FOUND, ABSENT, NEGATED)


# A person's name the model began one word late: a known given name compounded onto it is its first word.
GIVEN_NAME_FIRST = [
    ("Mehmet Aksoy assisted the YPG in Raqqa.", "Mehmet Aksoy"),
    ("Yesterday Mehmet Aksoy filmed the fighting.", "Mehmet Aksoy"),
    ("Ahmet Yilmaz met the minister in Ankara.", "Ahmet Yilmaz"),
]


@pytest.mark.parametrize("text, name", GIVEN_NAME_FIRST)
def test_given_name_opens_the_name(extract, text, name):
    people = [e["name"] for e in extract(text)["entities"] if e["type"] == "Person"]
    assert name in people, people
