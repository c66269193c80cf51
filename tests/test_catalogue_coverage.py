"""The shipped actor catalogue (kg/data/catalogue/*.json): every file passes the user-file check, every
reference names an entry that exists, every role is an office of lexicon/titles.json, no name or alias
stands for two actors, and the actors conflict news names most are there under the names news uses.

No model is loaded: these tests read the catalogue alone.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from kg.catalogue import Catalogue, check_file, default_files, norm_name
from kg.types import entity_id

FILES = default_files()
TITLES = Path(FILES[0]).parent.parent / "lexicon" / "titles.json"


def entries(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["entries"]


# older entries whose office belongs to a place, not a state (the loader gives them no owner)
PLACE_OFFICES = {"Chechnya", "Abu Dhabi"}
# names two entries share on purpose or from older entries: JEM/JeM differ in case, and names match
# as written; West Germany's official name is also united Germany's
SHARED_ON_PURPOSE = {("Group", "JEM"), ("State", "Federal Republic of Germany")}
# canonical names whose ids collide: the id drops the "+" (OPEC+ and OPEC get one id)
SAME_ID = {"OPEC+"}


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_passes_the_user_file_check(path):
    assert check_file(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_references_name_existing_entries(path, cat):
    missing = []
    for e in entries(path):
        for parent in e.get("affiliated_with", []) or []:
            if cat._resolve_ref(parent, ("Group", "Organization", "State")) is None:
                missing.append((e["name"], "affiliated_with", parent))
        for key in ("part_of", "in", "country"):
            if e.get(key) and cat._resolve_ref(e[key], ("State", "Organization", "Place", "Group")) is None:
                missing.append((e["name"], key, e[key]))
        for role in e.get("roles", []) or []:
            if cat._resolve_ref(role["of"], ("State", "Group", "Organization")) is None \
                    and role["of"] not in PLACE_OFFICES:
                missing.append((e["name"], "roles.of", role["of"]))
    assert not missing


def test_roles_are_offices_of_the_title_lexicon():
    """Roles are lexicon offices (some older entries write a few offices out in full, such as Sudan's
    'Chairman of the Transitional Sovereignty Council'; the people below must not)."""
    titles = {t.lower() for t in json.loads(TITLES.read_text("utf-8"))["titles"]}
    people = {e["name"]: e for e in entries(Path(FILES[0]).parent / "people.json")}
    for name in ("Assimi Goïta", "Ibrahim Traoré", "Abdourahamane Tiani", "Paul Kagame", "Min Aung Hlaing",
                 "Gustavo Petro", "Iyad Ag Ghaly", "Denis Pushilin", "Muhammad Yunus", "Brandon Lewis",
                 "Jan Egeland", "Moussa Faki Mahamat", "Twan Mrat Naing", "Jimmy Chérizier"):
        assert people[name]["roles"], name
        assert all(r["role"].lower() in titles for r in people[name]["roles"]), name


def test_role_dates_are_in_order():
    people = entries(Path(FILES[0]).parent / "people.json")
    bad = [(e["name"], r) for e in people for r in e["roles"]
           if r.get("start") and r.get("end") and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]]
    assert not bad


def test_no_name_or_alias_of_two_actors_of_one_type():
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], str] = {}
    for path in FILES:
        for e in entries(path):
            for n in [e["name"], *e.get("aliases", [])]:
                owners[(e["type"], norm_name(n))].add(e["name"])
                written.setdefault((e["type"], norm_name(n)), n)
    shared = {k: v for k, v in owners.items() if len(v) > 1
              and (k[0], written[k].upper() if k[1] == "jem" else written[k]) not in SHARED_ON_PURPOSE}
    assert not shared


def test_canonical_names_are_unique():
    seen: dict[str, str] = {}
    twice = []
    for path in FILES:
        for e in entries(path):
            key = entity_id(e["type"], e["name"])
            if key in seen and e["name"] not in SAME_ID:
                twice.append((e["name"], path.name, seen[key]))
            seen[key] = path.name
    assert not twice


# -- coverage: the actors conflict news names, under the names news uses ------------------------------
COVERED = [
    # armed groups and their aliases
    ("ISWAP", "Group", "Islamic State West Africa Province"),
    ("ISGS", "Group", "Islamic State Sahel Province"),
    ("JNIM", "Group", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Katiba Macina", "Group", "Katiba Macina"),
    ("Ansarul Islam", "Group", "Ansarul Islam"),
    ("MNLA", "Group", "National Movement for the Liberation of Azawad"),
    ("Boko Haram", "Group", "Boko Haram"),
    ("Ansaru", "Group", "Ansaru"),
    ("IPOB", "Group", "Indigenous People of Biafra"),
    ("al-Shabab", "Group", "al-Shabaab"),
    ("M23", "Group", "M23"),
    ("Mai-Mai", "Group", "Mai-Mai"),
    ("ADF", "Group", "Allied Democratic Forces"),
    ("Seleka", "Group", "Seleka"),
    ("anti-balaka", "Group", "Anti-balaka"),
    ("RSF", "Group", "Rapid Support Forces"),
    ("SPLM-N", "Group", "Sudan People's Liberation Movement-North"),
    ("TPLF", "Group", "Tigray People's Liberation Front"),
    ("Fano", "Group", "Fano"),
    ("OLF", "Group", "Oromo Liberation Front"),
    ("Arakan Army", "Group", "Arakan Army"),
    ("ARSA", "Group", "Arakan Rohingya Salvation Army"),
    ("KIO", "Group", "Kachin Independence Organisation"),
    ("People's Defence Force", "Group", "People's Defence Force"),
    ("TTP", "Group", "Tehrik-i-Taliban Pakistan"),
    ("ISKP", "Group", "Islamic State Khorasan Province"),
    ("Jaish-e-Adl", "Group", "Jaish al-Adl"),
    ("LTTE", "Group", "Liberation Tigers of Tamil Eelam"),
    ("Maute group", "Group", "Maute group"),
    ("ELN", "Group", "ELN"),
    ("FARC dissidents", "Group", "Estado Mayor Central"),
    ("Gulf Cartel", "Group", "Gulf Cartel"),
    ("Los Zetas", "Group", "Los Zetas"),
    ("Los Chapitos", "Group", "Los Chapitos"),
    ("Barrio 18", "Group", "Barrio 18"),
    ("Shining Path", "Group", "Shining Path"),
    ("Wagner", "Group", "Wagner Group"),
    ("Azov", "Group", "Azov Brigade"),
    ("DPR", "Group", "Donetsk People's Republic"),
    ("Right Sector", "Group", "Right Sector"),
    ("Islamic Jihad", "Group", "Palestinian Islamic Jihad"),
    ("Al-Aqsa Martyrs' Brigades", "Group", "Al-Aqsa Martyrs' Brigades"),
    ("PFLP-GC", "Group", "Popular Front for the Liberation of Palestine – General Command"),
    ("Kataib Hezbollah", "Group", "Kataib Hezbollah"),
    ("Hashd al-Shaabi", "Group", "Popular Mobilization Forces"),
    ("Saraya al-Salam", "Group", "Saraya al-Salam"),
    ("YBS", "Group", "Sinjar Resistance Units"),
    ("PKK", "Group", "Kurdistan Workers' Party"),
    ("YPG", "Group", "People's Protection Units"),
    ("YPJ", "Group", "Women's Protection Units"),
    ("PYD", "Group", "Democratic Union Party"),
    ("KDP", "Group", "Kurdistan Democratic Party"),
    ("PUK", "Group", "Patriotic Union of Kurdistan"),
    ("KDPI", "Group", "Kurdistan Democratic Party of Iran"),
    ("Faylaq al-Rahman", "Group", "Faylaq al-Rahman"),
    ("Nour al-Din al-Zenki", "Group", "Nour al-Din al-Zenki Movement"),
    ("Levant Front", "Group", "Levant Front"),
    ("Manbij Military Council", "Group", "Manbij Military Council"),
    ("National Defence Forces", "Group", "National Defence Forces"),
    ("Sinai Province", "Group", "Islamic State Sinai Province"),
    ("Islah", "Group", "Al-Islah"),
    ("Giants Brigades", "Group", "Giants Brigades"),
    ("Gulen movement", "Group", "Gülen movement"),
    # organisations
    ("Peshmerga", "Organization", "Peshmerga"),
    ("OPCW", "Organization", "Organisation for the Prohibition of Chemical Weapons"),
    ("ICC", "Organization", "International Criminal Court"),
    ("ICJ", "Organization", "International Court of Justice"),
    ("UNHCR", "Organization", "UNHCR"),
    ("WFP", "Organization", "World Food Programme"),
    ("OCHA", "Organization", "UN Office for the Coordination of Humanitarian Affairs"),
    ("UNRWA", "Organization", "UNRWA"),
    ("IAEA", "Organization", "International Atomic Energy Agency"),
    ("African Union", "Organization", "African Union"),
    ("ECOWAS", "Organization", "ECOWAS"),
    ("Arab League", "Organization", "Arab League"),
    ("GCC", "Organization", "Gulf Cooperation Council"),
    ("OSCE", "Organization", "OSCE"),
    ("ASEAN", "Organization", "ASEAN"),
    ("MSF", "Organization", "Doctors Without Borders"),
    ("ICRC", "Organization", "International Committee of the Red Cross"),
    ("Amnesty", "Organization", "Amnesty International"),
    ("HRW", "Organization", "Human Rights Watch"),
    ("Crisis Group", "Organization", "International Crisis Group"),
    ("SOHR", "Organization", "Syrian Observatory for Human Rights"),
    ("White Helmets", "Organization", "White Helmets"),
    ("ACLED", "Organization", "ACLED"),
    ("Chatham House", "Organization", "Chatham House"),
    ("Brookings", "Organization", "Brookings Institution"),
    ("RUSI", "Organization", "Royal United Services Institute"),
    ("ISW", "Organization", "Institute for the Study of War"),
    ("IISS", "Organization", "International Institute for Strategic Studies"),
    ("ICSR", "Organization", "International Centre for the Study of Radicalisation"),
    ("Save the Children", "Organization", "Save the Children"),
    ("Oxfam", "Organization", "Oxfam"),
    ("IRC", "Organization", "International Rescue Committee"),
    ("NRC", "Organization", "Norwegian Refugee Council"),
    ("SNHR", "Organization", "Syrian Network for Human Rights"),
    ("B'Tselem", "Organization", "B'Tselem"),
    ("Bellingcat", "Organization", "Bellingcat"),
    ("UNSMIL", "Organization", "UNSMIL"),
    ("MINUSMA", "Organization", "MINUSMA"),
    ("AMISOM", "Organization", "AMISOM"),
    ("AFRICOM", "Organization", "US Africa Command"),
    ("MI6", "Organization", "MI6"),
    ("FARDC", "Organization", "FARDC"),
    # places and events
    ("al-Hawl", "Place", "Al-Hol camp"),
    ("Douma", "Place", "Douma"),
    ("Khan Shaykhun", "Place", "Khan Sheikhoun"),
    ("Baghouz", "Place", "Baghouz"),
    ("El Geneina", "Place", "El Geneina"),
    ("Operation Olive Branch", "Event", "Operation Olive Branch"),
    ("Operation Peace Spring", "Event", "Operation Peace Spring"),
    ("Skripal poisoning", "Event", "Salisbury poisoning"),
    ("Sochi conference", "Event", "Syrian Congress of National Dialogue"),
]


@pytest.mark.parametrize("text,etype,name", COVERED, ids=[c[0] for c in COVERED])
def test_news_names_find_the_actor(cat, text, etype, name):
    actor = cat.find(text, [etype])
    assert actor is not None and actor.name == name


PARENTS = [
    ("Islamic State West Africa Province", "Islamic State"),
    ("Islamic State Sahel Province", "Islamic State"),
    ("Islamic State Sinai Province", "Islamic State"),
    ("Katiba Macina", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "Al-Qaeda"),
    ("Kataib Hezbollah", "Popular Mobilization Forces"),
    ("Women's Protection Units", "People's Protection Units"),
    ("Sinjar Resistance Units", "Kurdistan Workers' Party"),
    ("Los Chapitos", "Sinaloa Cartel"),
    ("Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan"),
]


@pytest.mark.parametrize("child,parent", PARENTS)
def test_groups_know_their_parents(cat, child, parent):
    actor = cat.find(child, ["Group"])
    assert actor is not None
    assert cat.find(parent).id in actor.affiliated_with


LEADERS = [
    # (person, office, of, a date in office, a date out of office or None)
    ("Ahmed al-Sharaa", "Abu Mohammad al-Jolani", None, None),
    ("Hassan Nasrallah", "Secretary-General", "Hezbollah", "2020-01-01"),
    ("Yahya Sinwar", None, None, None),
    ("Abu Bakr al-Baghdadi", "Leader", "Islamic State", "2015-01-01"),
    ("Mazloum Abdi", None, None, None),
    ("Khalifa Haftar", None, None, None),
    ("Mohamed Hamdan Dagalo", "Commander", "Rapid Support Forces", "2024-01-01"),
    ("Assimi Goïta", "President", "Mali", "2023-01-01"),
    ("Ibrahim Traoré", "President", "Burkina Faso", "2023-01-01"),
    ("Mahamat Idriss Déby", "President", "Chad", "2024-06-01"),
    ("Félix Tshisekedi", "President", "Democratic Republic of the Congo", "2020-01-01"),
    ("Paul Kagame", "President", "Rwanda", "2015-01-01"),
    ("Hassan Sheikh Mohamud", "President", "Somalia", "2023-01-01"),
    ("Iyad Ag Ghaly", "Leader", "Jama'at Nusrat al-Islam wal-Muslimin", "2020-01-01"),
    ("Min Aung Hlaing", "Commander-in-Chief", "Myanmar", "2022-01-01"),
    ("Gustavo Petro", "President", "Colombia", "2023-01-01"),
    ("Nayib Bukele", "President", "El Salvador", "2022-01-01"),
    ("Denis Pushilin", "Head", "Donetsk People's Republic", "2022-01-01"),
]


@pytest.mark.parametrize("person,office,of,date", LEADERS, ids=[x[0] for x in LEADERS])
def test_leaders_hold_their_offices(cat, person, office, of, date):
    actor = cat.find(person, ["Person"])
    assert actor is not None, person
    if office is None:
        return
    if of is None:  # the second field is an alias
        assert cat.find(office, ["Person"]).id == actor.id
        return
    roles = cat.roles_at(actor.id, date)
    assert any(r.role == office and r.of == cat.find(of).id for r in roles), roles


def test_terms_end_where_the_next_begins(cat):
    mali = cat.find("Mali").id
    assert cat.holders(mali, ["president"], "2016-06-01") == [cat.find("Ibrahim Boubacar Keïta").id]
    assert cat.holders(mali, ["president"], "2022-06-01") == [cat.find("Assimi Goïta").id]
    nigeria = cat.find("Nigeria").id
    assert cat.holders(nigeria, ["president"], "2019-06-01") == [cat.find("Muhammadu Buhari").id]
    assert cat.holders(nigeria, ["president"], "2024-06-01") == [cat.find("Bola Tinubu").id]
    colombia = cat.find("Colombia").id
    assert cat.holders(colombia, ["president"], "2020-06-01") == [cat.find("Iván Duque").id]
    assert cat.holders(colombia, ["president"], "2026-12-01") == []  # Petro's term ended 2026-08-07


@pytest.mark.parametrize("word", ["AA", "PTI", "PPP", "OPM", "IRA", "CSIS", "MIT", "Duma", "Dawn"])
def test_ambiguous_abbreviations_are_not_given_to_new_actors(cat, word):
    actor = cat.find(word)
    owners = {"Duma": "State Duma"}  # the Russian parliament keeps its own short name
    assert actor is None or actor.name == owners.get(word)


def test_no_role_is_a_title_without_an_office_name():
    """Titles such as 'member' and 'counterpart' name no office ("role": null in titles.json): a
    catalogue role of that name stops the resolver when the text names that office."""
    titles = json.loads(TITLES.read_text("utf-8"))["titles"]
    empty = {k for k, v in titles.items() if isinstance(v, dict) and v.get("role") is None}
    people = entries(Path(FILES[0]).parent / "people.json")
    bad = [(e["name"], r["role"]) for e in people for r in e["roles"] if r["role"].lower() in empty]
    assert not bad


@pytest.mark.parametrize("name", ["Jim", "Ana", "Jad", "Ula", "Mehr", "Kayhan"])
def test_first_names_are_not_abbreviations_of_actors(cat, name):
    """Names the model finds are looked up case-insensitively: a person called Jim is not the JIM."""
    assert cat.find(name) is None
