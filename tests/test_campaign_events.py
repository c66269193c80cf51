"""Military campaigns as events: referred back to ('the operation', 'its incursion'), named by the
place their aim or theatre names ('the battle to retake Mosul', 'Kenya launched an offensive in
the Jubaland region'), and who wages them ('the assault by Kenyan troops')."""
import pytest

from sentence_tables import case_id, check_flag, table_tests

CASES = [
    # a definite campaign noun is the operation the article named last; its owner takes part in it
    ("Turkey launched Operation Olive Branch in January. Russia's foreign ministry said Turkey's campaign "
     "had gone too far.", "Turkey", "PARTICIPATES_IN", "Operation Olive Branch"),
    ("Turkey launched Operation Olive Branch in January. Weeks later the incursion by Turkish troops "
     "had stalled.", "Turkey", "PARTICIPATES_IN", "Operation Olive Branch"),
    ("Operation Euphrates Shield began in August. France condemned the operation a day later.",
     "France", "OPPOSES", "Operation Euphrates Shield"),
    ("Kenya's offensive in the Jubaland region began in May. By June the offensive by Kenyan and "
     "Ugandan troops had reached the coast.", "Uganda", "PARTICIPATES_IN", "Jubaland offensive"),
    # opposing a campaign opposes who wages it
    ("Turkey's offensive in the Jubaland region began in May. Egypt objected to the Turkish offensive.",
     "Egypt", "OPPOSES", "Turkey"),
    # the aim names the battle
    ("The battle to retake Mosul lasted nine months.", "battle for Mosul", "LOCATED_IN", "Mosul"),
    ("Thousands fled during the battle to recapture Mosul, aid groups said.", "battle for Mosul", "LOCATED_IN", "Mosul"),
    # a campaign waged in a theatre
    ("Kenya launched an offensive in the Jubaland region on Saturday.", "Kenya", "PARTICIPATES_IN", "Jubaland offensive"),
    ("Kenya launched an offensive in the Jubaland region on Saturday.", "Jubaland offensive", "LOCATED_IN", "Jubaland"),
    ("Fighting continued in Idlib, where Russia has mounted a new offensive against the rebels.",
     "Russia", "PARTICIPATES_IN", "Idlib offensive"),
    ("Aid agencies warned of a disaster in Idlib, where Russia and Iran are waging a campaign against the "
     "opposition.", "Iran", "PARTICIPATES_IN", "Idlib campaign"),
    # who travels for an event takes part in it
    ("A Kenyan government delegation will arrive in Geneva on Monday for the Geneva talks.", "Kenya",
     "PARTICIPATES_IN", "Geneva talks"),
    ("Ugandan negotiators travelled to Switzerland for the Geneva talks last week.", "Uganda",
     "PARTICIPATES_IN", "Geneva talks"),
]

ABSENT = [
    ("Kenya's president arrived in Geneva for a holiday before the Geneva talks.", "Kenya", "PARTICIPATES_IN",
     "Geneva talks"),
    # another owner: another campaign
    ("Kenya's offensive in the Jubaland region began in May. Uganda's offensive was smaller.",
     "Uganda", "PARTICIPATES_IN", "Jubaland offensive"),
    # another kind of operation, or one the phrase itself aims elsewhere
    ("Operation Euphrates Shield began in August. The rescue operation saved 20 people.",
     "Operation Euphrates Shield", "LOCATED_IN", "Mosul"),
    ("Turkey launched Operation Olive Branch in January. The Kurds said their campaign against Isis was "
     "over.", "Kurds", "PARTICIPATES_IN", "Operation Olive Branch"),
    ("Turkey launched Operation Olive Branch in January. Others have since joined the battle.",
     "Turkey", "PARTICIPATES_IN", "battle"),
    # no place: no event of a place
    ("Kenya launched an offensive against al-Shabaab on Saturday.", "Kenya", "PARTICIPATES_IN", "Jubaland offensive"),
    # a campaign nobody named wages
    ("An offensive in the Jubaland region was expected, officials said.", "Jubaland offensive", "LOCATED_IN", "Jubaland"),
]

NEGATED = [
    ("The Ugandan delegation did not travel to Switzerland for the Geneva talks.", "Uganda", "PARTICIPATES_IN",
     "Geneva talks"),
    ("Kenya did not launch an offensive in the Jubaland region.", "Kenya", "PARTICIPATES_IN", "Jubaland offensive"),
]

HEDGED = [
    ("Kenya may launch an offensive in the Jubaland region next month.", "Kenya", "PARTICIPATES_IN", "Jubaland offensive"),
]


test_campaign_events, test_not_extracted, test_negated = table_tests(CASES, ABSENT, NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")


# a campaign that is the subject of a fight: those the text gave as waging it fight
WAGED_FOUND = [
    ("Turkey launched an offensive in Afrin. The offensive has killed hundreds of YPG fighters.",
     "Turkey", "FIGHTS", "People's Protection Units"),
    ("Kenya began a new campaign in Jubaland last month. The campaign has pushed al-Shabaab out of two towns.",
     "Kenya", "FIGHTS", "al-Shabaab"),
]
WAGED_ABSENT = [
    # no one named as waging it
    ("The offensive has killed hundreds of YPG fighters.", "Turkey", "FIGHTS", "People's Protection Units"),
]
WAGED_NEGATED = [
    ("Turkey launched an offensive in Afrin. The offensive did not target the YPG, officials said.",
     "Turkey", "FIGHTS", "People's Protection Units"),
]
test_waged_found, test_waged_absent, test_waged_negated = table_tests(WAGED_FOUND, WAGED_ABSENT, WAGED_NEGATED)


# a hunt for someone is a fight; ending a fight says it was fought (till then), it does not deny it
ENDED_FOUND = [
    ("Nigeria ended its long hunt for the Boko Haram leader Abubakar Shekau.", "Nigeria", "FIGHTS", "Abubakar Shekau"),
    ("Kenya launched a manhunt for al-Shabaab fighters after the raid.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Turkey ended its offensive against the YPG in March.", "Turkey", "FIGHTS", "People's Protection Units"),
]
ENDED_ABSENT = [
    ("Police began a hunt for a new coach.", "Police", "FIGHTS", "coach"),
]
test_ended_found, test_ended_absent, _ = table_tests(ENDED_FOUND, ENDED_ABSENT)


def test_an_ended_fight_is_former_not_negated(extract):
    rels = [r for r in extract("Turkey ended its offensive against the YPG in March.", "2024-06-01")["relations"]
            if r["type"] == "FIGHTS" and r["object"]["name"] == "People's Protection Units"]
    assert rels and all(r["former"] and not r["negated"] for r in rels), rels
