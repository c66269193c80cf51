"""Stance and contact constructions of news English (OPPOSES, CALLED_ON, MET_WITH), on sentences
written for these tests: lists of three subjects the parser cuts in two, free relatives ("what it
called X"), agents coordinated with a second "by", classifications after a relative clause, "X was
to blame", calls to resign, relations that soured in a relative clause, a state's ministry tagged
as a proper noun, "persuaded X of ...", "filed suit against X", "a rant against X", a refusal noun
over its infinitive. Each row is (text, subject, TYPE, object) by the extractor's names; ABSENT rows
must not come out, NEGATED and HEDGED rows must come out flagged so. No sentence here is, or
paraphrases, a development sentence."""
from __future__ import annotations

import pytest

from sentence_tables import case_id, check_absent, check_flag, check_found, table_tests

CASES = [
    # a list of three subjects: the head of the list parsed as a second subject or a modifier
    ("Egypt, Jordan and Qatar condemned the raid by Israel.", "Egypt", "OPPOSES", "Israel"),
    ("Egypt, Jordan and Qatar condemned the raid by Israel.", "Qatar", "OPPOSES", "Israel"),
    ("Norway, the UK and the EU regard Hezbollah as a terrorist organisation.", "Norway", "OPPOSES", "Hezbollah"),
    ("Macron, Scholz and Meloni met in Brussels on Thursday.", "Emmanuel Macron", "MET_WITH", "Giorgia Meloni"),
    # free relatives: what the naming clause calls it stands for the object
    ("Cairo denounced what it called Ethiopian provocations.", "Egypt", "OPPOSES", "Ethiopia"),
    ("Jordan condemned what it described as an attack by the Houthis.", "Jordan", "OPPOSES", "Houthis"),
    ("Seoul criticised what it termed Pyongyang's reckless tests.", "South Korea", "OPPOSES", "North Korea"),
    # a second agent after "and by"
    ("Netanyahu was rebuked by Olaf Scholz and by Mark Rutte.", "Mark Rutte", "OPPOSES", "Benjamin Netanyahu"),
    ("Netanyahu was rebuked by Olaf Scholz and by Mark Rutte.", "Olaf Scholz", "OPPOSES", "Benjamin Netanyahu"),
    # a classification coordinated with a relative clause, its "as" hung on the last agent
    ("Hezbollah, which fought Israel in 2006 and is classified by Canada, the UK and the EU as a terrorist group, "
     "denied the claim.", "Canada", "OPPOSES", "Hezbollah"),
    ("Hezbollah, which fought Israel in 2006 and is classified by Canada, the UK and the EU as a terrorist group, "
     "denied the claim.", "European Union", "OPPOSES", "Hezbollah"),
    # "X said Y was to blame"
    ("Kyiv said Moscow was to blame for the blackout.", "Ukraine", "OPPOSES", "Russia"),
    ("Hamas was to blame for the escalation, Egypt said.", "Egypt", "OPPOSES", "Hamas"),
    # a call to leave office opposes the one called on
    ("The protesters urged Netanyahu to resign.", "protesters", "OPPOSES", "Benjamin Netanyahu"),
    ("Macron called on Lukashenko to step down.", "Emmanuel Macron", "OPPOSES", "Alexander Lukashenko"),
    ("Maduro must give up power, Blinken said.", "Antony Blinken", "OPPOSES", "Nicolás Maduro"),
    ("Labour has demanded the resignation of Rishi Sunak.", "Labour Party", "OPPOSES", "Rishi Sunak"),
    ("The opposition demanded Orban's resignation.", "opposition", "OPPOSES", "Viktor Orbán"),
    # a relation said to sour in a relative clause, however the parser hung it
    ("The vote tested relations between Hungary and the EU, which have steadily deteriorated.",
     "Hungary", "OPPOSES", "European Union"),
    ("Relations between Serbia and Kosovo, which soured after the raid, are at a low.", "Kosovo", "OPPOSES", "Serbia"),
    # a state's ministry that the tagger read as a proper noun
    ("Egypt's foreign ministry condemned the Israeli raid.", "Egypt", "OPPOSES", "Israel"),
    ("The Jordanian defence ministry accused the Houthis of the attack.", "Jordan", "OPPOSES", "Houthis"),
    # ministers stand for their state
    ("Greek ministers criticised Turkey.", "Greece", "OPPOSES", "Turkey"),
    # "persuade X of ...", the phrase hung on the name
    ("Qatar persuaded Egypt of the need for a truce.", "Qatar", "CALLED_ON", "Egypt"),
    ("Beijing has tried to persuade nations such as Brazil of the merits of the plan.", "China", "CALLED_ON", "Brazil"),
    # "called for Y to ...", the infinitive's subject parsed as the object of "for"
    ("Norway called for Egypt to release the activist.", "Norway", "CALLED_ON", "Egypt"),
    # a demand, call or appeal that its addressee rejects, ignores or heeds was made of it
    ("Kyiv rebuffed Minsk's demands for talks.", "Belarus", "CALLED_ON", "Ukraine"),
    ("Hamas's calls for a truce were ignored by Israel.", "Hamas", "CALLED_ON", "Israel"),
    ("Cairo heeded the UN's appeal for calm.", "United Nations", "CALLED_ON", "Egypt"),
    ("Israel rejected US demands for a pause.", "United States", "CALLED_ON", "Israel"),
    ("Nothing is settled and Kyiv's demands for arms, made at the summit, were rebuffed by Berlin.",
     "Ukraine", "CALLED_ON", "Germany"),
    ("Nothing is settled and Kyiv's demands for arms, made at the summit, were rebuffed by Berlin.",
     "Germany", "OPPOSES", "Ukraine"),
    # the cause of a hostile act: "over X's ..."
    ("Algeria recalled its ambassador over France's remarks on the war.", "Algeria", "OPPOSES", "France"),
    ("Iran suspended the talks over Washington's sanctions.", "Iran", "OPPOSES", "United States"),
    # a stance verb the tagger read as a noun
    ("Norway and the EU regard Hezbollah as a terrorist organisation.", "European Union", "OPPOSES", "Hezbollah"),
    # a bounty on someone's head
    ("Moscow placed a bounty on the head of Doku Umarov.", "Russia", "OPPOSES", "Doku Umarov"),
    ("Washington put bounties on the heads of two Hezbollah commanders.", "United States", "OPPOSES", "Hezbollah"),
    ("Moscow has put pressure on Minsk.", "Russia", "CALLED_ON", "Belarus"),
    # an appeal made in a message to someone calls on them
    ("Nancy Pelosi sent a letter to Mike Pompeo asking for the documents.", "Nancy Pelosi", "CALLED_ON", "Mike Pompeo"),
    ("Nancy Pelosi wrote to Mike Pompeo asking for a briefing.", "Nancy Pelosi", "CALLED_ON", "Mike Pompeo"),
    ("Bernie Sanders said in a letter to Mitch McConnell that the clause should be dropped.",
     "Bernie Sanders", "CALLED_ON", "Mitch McConnell"),
    # whom an appeal asks to act: "pleaded with Y to ...", "pressure on Y to ..."
    ("Guterres pleaded with Moscow to put pressure on Damascus.", "Russia", "CALLED_ON", "Syria"),
    ("Moscow put pressure on Assad to join the talks.", "Bashar al-Assad", "PARTICIPATES_IN", "talks"),
    ("Trump ripped into Boris Johnson on Twitter.", "Donald Trump", "OPPOSES", "Boris Johnson"),
    # lawsuits and rants
    ("Amnesty International filed suit against Hungary.", "Amnesty International", "OPPOSES", "Hungary"),
    ("Bolsonaro unleashed a rant against Lula on Sunday.", "Jair Bolsonaro", "OPPOSES", "Luiz Inácio Lula da Silva"),
]

ABSENT = [
    # a list head that is only a time or a place is no subject
    ("On Monday, Jordan and Qatar condemned the raid by Israel.", "Monday", "OPPOSES", "Israel"),
    # a free relative naming someone else's words: not the object
    ("Cairo welcomed what Addis Ababa called a goodwill gesture.", "Egypt", "OPPOSES", "Ethiopia"),
    # quitting a place, a habit or a body is not leaving office
    ("Macron urged Putin to quit Syria.", "Emmanuel Macron", "OPPOSES", "Vladimir Putin"),
    ("Macron urged Orban to resign from the committee.", "Emmanuel Macron", "OPPOSES", "Viktor Orbán"),
    ("Erdogan urged Assad to step up the fight against Isis.", "Recep Tayyip Erdoğan", "OPPOSES", "Bashar al-Assad"),
    # relations that improved
    ("The vote tested relations between Hungary and the EU, which have improved.", "Hungary", "OPPOSES", "European Union"),
    # a demand that names whom it was made of: not the one who rejects it
    ("Israel rejected Hamas's demand on Egypt.", "Hamas", "CALLED_ON", "Israel"),
    # calls with no owner ask no one in particular
    ("Israel rejected calls for a ceasefire from the floor.", "Israel", "CALLED_ON", "Israel"),
    # "over" a time or an unowned act names no cause's owner
    ("Algeria recalled its ambassador over the weekend.", "Algeria", "OPPOSES", "France"),
    # a letter about something asks nothing; a pleading envoy does not press the one the pleaded-with presses
    ("Nancy Pelosi sent a letter to Mike Pompeo about the vote.", "Nancy Pelosi", "CALLED_ON", "Mike Pompeo"),
    ("Bernie Sanders said in a letter to Mitch McConnell that the vote was a disgrace.",
     "Bernie Sanders", "CALLED_ON", "Mitch McConnell"),
    ("Guterres pleaded with Moscow to put pressure on Damascus.", "António Guterres", "CALLED_ON", "Syria"),
    ("Moscow put pressure on Assad to join the talks.", "Russia", "PARTICIPATES_IN", "talks"),
    # a suit that is clothing
    ("Orban wore a suit to the summit with Macron.", "Viktor Orbán", "OPPOSES", "Emmanuel Macron"),
    # a participle on the refusal's owner is not what is refused
    ("The refusal of the Sudanese army, backed by Egypt, to hold talks prolonged the war.", "Egypt", "OPPOSES", "Sudan"),
]

NEGATED = [
    ("Egypt, Jordan and Qatar did not condemn the raid by Israel.", "Jordan", "OPPOSES", "Israel"),
    ("Cairo did not denounce what it called Ethiopian provocations.", "Egypt", "OPPOSES", "Ethiopia"),
    ("Netanyahu was not rebuked by Olaf Scholz or by Mark Rutte.", "Mark Rutte", "OPPOSES", "Benjamin Netanyahu"),
    ("Hezbollah, which fought Israel in 2006 and is not classified by Brazil as a terrorist group, denied the claim.",
     "Brazil", "OPPOSES", "Hezbollah"),
    ("Kyiv denied that Minsk was to blame for the blackout.", "Ukraine", "OPPOSES", "Belarus"),
    ("Kyiv said Minsk was not to blame for the blackout.", "Ukraine", "OPPOSES", "Belarus"),
    ("Macron did not call on Lukashenko to step down.", "Emmanuel Macron", "OPPOSES", "Alexander Lukashenko"),
    ("The vote tested relations between Hungary and the EU, which have not deteriorated.",
     "Hungary", "OPPOSES", "European Union"),
    # a refusal noun over the infinitive of a stance verb: not done
    ("Brazil's refusal to condemn Russia drew criticism.", "Brazil", "OPPOSES", "Russia"),
    ("India's failure to condemn Russia was noted in Washington.", "India", "OPPOSES", "Russia"),
    ("Qatar failed to persuade Egypt of the need for a truce.", "Qatar", "CALLED_ON", "Egypt"),
    ("Norway did not call for Egypt to release the activist.", "Norway", "CALLED_ON", "Egypt"),
    ("Algeria did not recall its ambassador over France's remarks.", "Algeria", "OPPOSES", "France"),
    ("Nancy Pelosi did not write to Mike Pompeo asking for a briefing.", "Nancy Pelosi", "CALLED_ON", "Mike Pompeo"),
    ("Moscow did not place a bounty on the head of Doku Umarov.", "Russia", "OPPOSES", "Doku Umarov"),
]

NOT_NEGATED = [
    # rejecting a demand does not unmake it
    ("Israel rejected US demands for a pause.", "United States", "CALLED_ON", "Israel"),
    ("Russia dismissed the calls from Kyiv.", "Ukraine", "CALLED_ON", "Russia"),
]

HEDGED = [
    ("Egypt, Jordan and Qatar may condemn the raid by Israel.", "Qatar", "OPPOSES", "Israel"),
    ("Kyiv said Minsk may be to blame for the blackout.", "Ukraine", "OPPOSES", "Belarus"),
    ("Macron may urge Lukashenko to step down.", "Emmanuel Macron", "OPPOSES", "Alexander Lukashenko"),
]




@pytest.mark.parametrize("text,subject,type_,obj", CASES, ids=[case_id(c) for c in CASES])
def test_stance_or_contact(extract, text, subject, type_, obj):
    check_found(extract, text, subject, type_, obj, stated=True)


@pytest.mark.parametrize("text,subject,type_,obj", ABSENT, ids=[case_id(c) for c in ABSENT])
def test_not_extracted(extract, text, subject, type_, obj):
    check_absent(extract, text, subject, type_, obj, unless_negated=True)


_, _, test_negated_is_flagged = table_tests((), (), NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")


@pytest.mark.parametrize("text,subject,type_,obj", NOT_NEGATED, ids=[case_id(c) for c in NOT_NEGATED])
def test_not_negated(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated", value=False)
