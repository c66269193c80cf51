"""Mechanisms of news English that real articles lean on, on sentences written for these tests.

Offices of any organisation, names the catalogue does not hold, community and sponsored
collectives, agent nouns whose other side is a possessive, places set off by commas, verbs the
lemmatizer reads wrong. Each case is a (subject, TYPE, object) by the names the extractor gives;
``absent`` cases must not come out, ``negated`` ones must come out flagged negated. Negated, hedged,
passive and reported phrasings are included; a phrasing the extractor still misses is a strict xfail
whose reason names the mechanism that fails. No sentence here is, or paraphrases, a development sentence.
"""
from __future__ import annotations

import pytest

from test_relations import find, show
from sentence_tables import case_id, check_flag, table_tests

CASES = [
    # "between A and B, C and D, and E and F" sets each pair against each other, not every two of the list
    ("There were clashes between Iran and Israel, Syria and Israel, and Turkey and the Kurds.", "Turkey", "FIGHTS", "Kurds"),
    ("Fighting broke out between Chad and Sudan, and Ethiopia and Eritrea.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("The port city of Hodeidah, on Yemen's Red Sea coast, is held by the Houthis.", "Hodeidah", "LOCATED_IN", "Yemen"),
    # who acts "along with" or "together with" the subject acts too
    ("France, along with Britain and the US, launched strikes on Syria.", "United Kingdom", "FIGHTS", "Syria"),
    ("France, along with Britain and the US, launched strikes on Syria.", "United States", "FIGHTS", "Syria"),
    ("Russia, together with Iran, has backed Assad throughout the war.", "Iran", "BACKS", "Bashar al-Assad"),
    # "its" in what someone is called on or appealed to to do is theirs
    ("Turkey condemned the strikes and called on Russia to halt its support for Assad.", "Russia", "BACKS", "Bashar al-Assad"),
    ("Ankara appealed to Moscow to end its backing of the Syrian regime.", "Russia", "BACKS", "Syria"),
    # a subject the parser hangs on the auxiliary after an apposition is still the verb's
    ("Egypt and the UAE, both opponents of the Muslim Brotherhood, have armed Haftar.", "Egypt", "BACKS", "Khalifa Haftar"),
    ("Egypt and the UAE, both opponents of the Muslim Brotherhood, have armed Haftar.", "United Arab Emirates", "BACKS", "Khalifa Haftar"),
    # a round, session or phase of an event stands for the event
    ("The Syrian government boycotted the latest round of the Geneva talks.", "Syria", "OPPOSES", "Geneva talks"),
    ("Iran attended the second session of the Vienna talks.", "Iran", "PARTICIPATES_IN", "Vienna talks"),
    # a trade or price war is opposition, not armed conflict
    ("The summit was overshadowed by the trade war between the US and China.", "United States", "OPPOSES", "China"),
    ("Washington launched a trade war against Beijing last year.", "United States", "OPPOSES", "China"),
    ("Saudi Arabia waged a price war on Russia.", "Saudi Arabia", "OPPOSES", "Russia"),
    # a sponsored collective said of a named group is that group
    ("Kataib Hezbollah is an Iran-backed militia.", "Iran", "BACKS", "Kataib Hezbollah"),
    ("Asaib Ahl al-Haq is one of several Iran-backed militias in Iraq.", "Iran", "BACKS", "Asaib Ahl al-Haq"),
    ("The Hamza Division, one of the Turkish-backed factions, took the village.", "Turkey", "BACKS", "Hamza Division"),
    # a group's ties or links to another group are an affiliation
    ("The Taliban, which has close ties to al-Qaida, seized the city in August.", "Taliban", "AFFILIATED_WITH", "Al-Qaeda"),
    ("The Nusra Front has links to al-Qaida.", "Jabhat al-Nusra", "AFFILIATED_WITH", "Al-Qaeda"),
    # a describing noun phrase before a name is the name's: "the Islamist militant group X", "the Lebanese group X"
    ("The Islamist militant group al-Shabaab attacked Kenyan troops.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("The jihadist group Boko Haram has attacked Chad and Niger.", "Boko Haram", "FIGHTS", "Chad"),
    ("The Lebanese militant group Hezbollah has fought alongside Assad's troops for years.", "Hezbollah", "ALLY_OF", "Syria"),
    # a community's positions or targets stand for the group those words name
    ("Kurdish forces hold the town. Turkish artillery shelled Kurdish positions overnight.", "Turkey", "FIGHTS", "Kurdish forces"),
    # "the Islamic republic", "the gas-rich emirate", "the sultanate": the state of that kind named last
    ("Iran condemned the attack. The Islamic republic vowed to retaliate against Israel.", "Iran", "OPPOSES", "Israel"),
    ("Qatar hosted the talks. The gas-rich emirate has long backed Hamas.", "Qatar", "BACKS", "Hamas"),
    ("Oman mediated quietly. The sultanate urged Iran to free the crew.", "Oman", "CALLED_ON", "Iran"),
    # an office "at X's Y" is in the named Y; a named body an organisation's possessive owns is part of it
    ("Omar Aziz, a researcher at Oxford University's Refugee Studies Centre, said the camps were full.",
     "Omar Aziz", "MEMBER_OF", "Refugee Studies Centre"),
    ("Omar Aziz, a researcher at Oxford University's Refugee Studies Centre, said the camps were full.",
     "Refugee Studies Centre", "MEMBER_OF", "Oxford University"),
    ("Leila Saad heads Cairo University's Institute for Migration Studies.",
     "Institute for Migration Studies", "MEMBER_OF", "Cairo University"),
    # the state inside a known name's participle leads or backs the named whole
    ("The Saudi-led coalition bombed the port.", "Saudi Arabia", "LEADS", "Saudi-led coalition"),
    ("Rebels backed by the US-led coalition took the town.", "United States", "LEADS", "Global Coalition to Defeat ISIS"),
    ("Yesterday the US-led coalition denied bombing the market.", "United States", "LEADS", "Global Coalition to Defeat ISIS"),
    # an organisation's name followed by a state's is its national branch
    ("Paul Dunn, chief executive of Oxfam Australia, said the aid had stopped.",
     "Paul Dunn", "LEADS", "Oxfam Australia"),
    ("Lina Haddad, a director of Amnesty International UK, condemned the ruling.",
     "Lina Haddad", "MEMBER_OF", "Amnesty International UK"),
    # a surname alone that the model tags a common noun, opening a sentence, is the person named before
    ("Senator Jeff Flake spoke on Monday. Flake, an Arizona Republican, blocked the bill.",
     "Jeff Flake", "MEMBER_OF", "Republican Party"),
    ("Maria Gonzalez chairs the committee. Gonzalez, a Democrat, said the vote would fail.",
     "Maria Gonzalez", "MEMBER_OF", "Democratic Party"),
    # offices of organisations: appositions with of / for / at / with, and "X of Y", "X from Y"
    ("Maria Lopez, a spokeswoman for the Coalition for Open Borders, said the talks failed.",
     "Maria Lopez", "MEMBER_OF", "Coalition for Open Borders"),
    ("Tomas Berg, head of the polling desk at the International Crisis Group, predicted a stalemate.",
     "Tomas Berg", "MEMBER_OF", "International Crisis Group"),
    ("The offensive will stall, said Priya Nair, a researcher with the Open Conflict Network.",
     "Priya Nair", "MEMBER_OF", "Open Conflict Network"),
    ("Rita Oyelaran, chief executive of the International Rescue Committee, warned that the harvest would fail.",
     "Rita Oyelaran", "LEADS", "International Rescue Committee"),
    ("Oxfam's chief executive, Helen Marsh, called for a ceasefire.", "Helen Marsh", "LEADS", "Oxfam"),
    ("The warning came from Omar Haddad of the Syrian Medical Relief Network.",
     "Omar Haddad", "MEMBER_OF", "Syrian Medical Relief Network"),
    ("Lena Fischer from the Kurdish Relief Association visited the camp.",
     "Lena Fischer", "MEMBER_OF", "Kurdish Relief Association"),
    ("Gen Kenji Sato, Japan's army chief of staff, dismissed the claim.", "Kenji Sato", "MEMBER_OF", "Japan"),
    # community and sponsored collectives are groups
    ("Turkish jets bombed Kurdish forces near the border.", "Turkey", "FIGHTS", "Kurdish forces"),
    ("Iraqi Sunni militias clashed with the army.", "Iraqi Sunni militias", "FIGHTS", "Iraq"),
    ("Iraqi Kurdish fighters clashed with Turkish troops.", "Iraqi Kurdish fighters", "FIGHTS", "Turkey"),
    ("Israel struck Iranian-aligned forces on Sunday.", "Israel", "FIGHTS", "Iranian-aligned forces"),
    ("US-backed fighters took the town from Isis.", "United States", "BACKS", "US-backed fighters"),
    ("Rwandan-backed rebels captured Goma.", "Rwanda", "BACKS", "Rwandan-backed rebels"),
    # agent nouns: the possessive is the other side, demonyms and "in X" the agents
    ("Lukashenko and his Russian and Chinese backers celebrated the result.",
     "Russia", "BACKS", "Alexander Lukashenko"),
    ("Maduro is protected by his backers in Havana.", "Cuba", "BACKS", "Nicolás Maduro"),
    ("Lukashenko is protected by his Kremlin backers.", "Russia", "BACKS", "Alexander Lukashenko"),
    pytest.param("Lukashenko is protected by his backers in the Kremlin.", "Russia", "BACKS", "Alexander Lukashenko",
                 marks=pytest.mark.xfail(strict=True, reason="home body 'in X' of an agent noun: when the parser "
                                         "hangs 'in the Kremlin' on the verb, not on 'backers', no backer is found")),
    ("Norway has close allies such as Denmark.", "Denmark", "ALLY_OF", "Norway"),
    ("Putin tried to restrain his Syrian ally.", "Syria", "ALLY_OF", "Vladimir Putin"),
    # places set off by commas
    ("Shelling reached Kidal, in northern Mali, overnight.", "Kidal", "LOCATED_IN", "Mali"),
    ("Clashes erupted in Goma, in eastern Congo, at dawn.", "Goma", "LOCATED_IN", "Democratic Republic of the Congo"),
    # verbs the lemmatizer slips on ("waged" read as "wag")
    ("The Baloch Liberation Army, which has waged a rebellion against the Pakistani state for decades, "
     "claimed the bombing.", "Baloch Liberation Army", "FIGHTS", "Pakistan"),
    ("The ELN, which waged a guerrilla war against the Colombian state for decades, signed the deal.",
     "ELN", "FIGHTS", "Colombia"),
    # classification statements: regard / consider / brand X as a hostile or friendly kind
    ("Islamabad regards the Baloch Liberation Army as terrorists.", "Pakistan", "OPPOSES", "Baloch Liberation Army"),
    ("Al-Shabaab is regarded by Kenya as a terrorist movement.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Al-Shabaab, which Kenya considers a terrorist movement, rejected the charge.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Hezbollah is considered a terror outfit by Washington.", "United States", "OPPOSES", "Hezbollah"),
    ("The Houthis were designated a terror movement by Washington.", "United States", "OPPOSES", "Houthis"),
    ("The US designated the Houthis a terrorist group.", "United States", "OPPOSES", "Houthis"),
    ("India sees Lashkar-e-Taiba as a danger to its stability.", "India", "OPPOSES", "Lashkar-e-Taiba"),
    ("Ethiopia is seen by Egypt as a threat to its water supply.", "Egypt", "OPPOSES", "Ethiopia"),
    ("Kenya views Ethiopia as a partner.", "Kenya", "ALLY_OF", "Ethiopia"),
    # actors inside an object that is not one: positions, bases, strongholds of a group
    ("Turkish jets shelled YPG positions near Afrin.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Pakistani jets pounded TTP hideouts near the border.", "Pakistan", "FIGHTS", "Tehrik-i-Taliban Pakistan"),
    ("Houthi positions were struck by US warplanes.", "United States", "FIGHTS", "Houthis"),
    ("Israel struck the bases of Hezbollah overnight.", "Israel", "FIGHTS", "Hezbollah"),
    # offices whose owner is a person's state, a collective, or only the catalogue
    ("Maria Zakharova, Lavrov's spokeswoman, dismissed the report.", "Maria Zakharova", "MEMBER_OF", "Russia"),
    pytest.param("Maya Collins, Trump's spokeswoman, declined to comment.", "Maya Collins", "MEMBER_OF", "United States",
                 marks=pytest.mark.xfail(strict=True, reason="office owned by a leader ('Trump's spokeswoman'): "
                                         "the leader's state is given only to holders the catalogue knows")),
    ("Omar Saleh, a spokesman for the rebels, denied it.", "Omar Saleh", "MEMBER_OF", "rebels"),
    ("Kamal Idris, a spokesman for the exiled Sudan Civic Alliance, spoke.",
     "Kamal Idris", "MEMBER_OF", "Sudan Civic Alliance"),
    # earlier names, and named members of a collective
    ("The Africa Corps, formerly the Wagner Group, deployed to Mali.", "Africa Corps", "AFFILIATED_WITH", "Wagner Group"),
    ("The Africa Corps, previously known as the Wagner Group, arrived in Niger.",
                 "Africa Corps", "AFFILIATED_WITH", "Wagner Group"),
    ("Syrian rebel groups such as Ahrar al-Sham fought on.", "Ahrar al-Sham", "MEMBER_OF", "Syrian rebels"),
    # named parts of a place
    ("Drones struck the southern Dahiyeh suburbs of Beirut.", "Dahiyeh", "LOCATED_IN", "Beirut"),
    ("Drones struck the Dahiyeh district of Beirut.", "Dahiyeh", "LOCATED_IN", "Beirut"),  # a capital after a place noun's "of" is the city
    # the addressee of a call, and co-subjects of "met"
    ("In a joint video call to Beijing, Keir Starmer and Olaf Scholz appealed for calm.",
     "Keir Starmer", "MET_WITH", "China"),
    ("In a phone call to Beijing, Keir Starmer appealed for calm.", "Keir Starmer", "MET_WITH", "China"),
    ("Lavrov and Araghchi met the Turkish foreign minister in Doha.", "Sergei Lavrov", "MET_WITH", "Abbas Araghchi"),
    # places after a comma without "in"; sponsors by their air power; home bodies "in X"
    ("She was last spotted in Kandahar, southern Afghanistan.", "Kandahar", "LOCATED_IN", "Afghanistan"),
    ("Fighting raged around Kherson, southern Ukraine.", "Kherson", "LOCATED_IN", "Ukraine"),
    ("Druze militias, backed by Israeli air power, held the ridge.", "Israel", "BACKS", "Druze militias"),
    ("Wagner fighters, backed by Russian warplanes, stormed the mine.", "Russia", "BACKS", "Wagner Group"),
    ("Police in Turkey arrested Lena Fischer.", "Turkey", "OPPOSES", "Lena Fischer"),
    ("Yusuf Karim was arrested by police in Kenya.", "Kenya", "OPPOSES", "Yusuf Karim"),
    # events: who brokers them, "between X and Y" (talks named after their place are not said to be there)
    ("Russia brokered the ceasefire last week.", "Russia", "PARTICIPATES_IN", "ceasefire"),
    ("The ceasefire was brokered by Qatar.", "Qatar", "PARTICIPATES_IN", "ceasefire"),
    ("Tensions between Beijing and Manila have risen sharply this year.", "China", "OPPOSES", "Philippines"),
    ("Tensions between Beijing and Manila have risen sharply this year.", "Philippines", "OPPOSES", "China"),
    # event nouns whose phrase the parser hung on the verb; gerund complements
    ("Nigeria widened its campaign last week against Boko Haram.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("The envoy relayed Indian objections to China hosting the Taliban.", "India", "OPPOSES", "China"),
    ("Armenia has objected to the Azerbaijani offensive.", "Armenia", "OPPOSES", "Azerbaijan"),
    ("Armenia said it objected to the Azerbaijani offensive.", "Armenia", "OPPOSES", "Azerbaijan"),
    # "him" is the last person named who is not the clause's own subject
    ("Joe Biden rang Netanyahu after midnight, urging him to accept the deal.",
     "Joe Biden", "CALLED_ON", "Benjamin Netanyahu"),
    ("Xi phoned Putin on Monday, pressing him to halt the invasion.", "Xi Jinping", "CALLED_ON", "Vladimir Putin"),
    # X-participle-noun however parsed; the US-led coalition; doers in "of" before the target
    ("AU-mediated talks in Addis Ababa resumed on Thursday.", "African Union", "PARTICIPATES_IN", "Addis Ababa talks"),
    ("Qatari-mediated talks in Doha stalled on Thursday.", "Qatar", "PARTICIPATES_IN", "Doha talks"),
    ("The US-led coalition struck Isis targets overnight.", "Global Coalition to Defeat ISIS", "FIGHTS", "Islamic State"),
    ("The Southern Transitional Council led the land offensive of the Saudi-led coalition against the Houthis.",
     "Southern Transitional Council", "FIGHTS", "Houthis"),
    ("The Southern Transitional Council led the land offensive of the Saudi-led coalition against the Houthis.",
     "Saudi-led coalition", "FIGHTS", "Houthis"),
    # "came under fire from", "under pressure from"; who joined after leaving for a place
    ("British troops came under fire from Russian-backed separatists near the airport.",
     "separatists", "FIGHTS", "United Kingdom"),
    ("A Turkish patrol came under attack from PKK militants.", "Kurdistan Workers' Party", "FIGHTS", "Turkey"),
    ("Turkey is under pressure from Russia.", "Russia", "CALLED_ON", "Turkey"),
    ("Karim Daoud, who left for Somalia to join al-Shabaab as a teenager, was jailed on Tuesday.",
     "Karim Daoud", "MEMBER_OF", "al-Shabaab"),
    # "and elsewhere in X"; a leader's government
    ("Protests broke out in Tabriz, Shiraz and elsewhere in Iran.", "Shiraz", "LOCATED_IN", "Iran"),
    ("The Assad regime shelled Ghouta again.", "Bashar al-Assad", "LEADS", "Syria"),
    ("The Maduro government jailed the activists.", "Nicolás Maduro", "LEADS", "Venezuela"),
    ("A long phone call between Xi Jinping and Joe Biden produced no deal.", "Xi Jinping", "MET_WITH", "Joe Biden"),
    # nouns whose possessive undergoes them; kinds inside "to be" and "of" phrases
    ("Canada is pressing for Maduro's removal.", "Canada", "OPPOSES", "Nicolás Maduro"),
    ("The opposition demanded the ouster of Assad.", "opposition", "OPPOSES", "Bashar al-Assad"),
    ("Washington is pushing for the ouster of Maduro.", "United States", "OPPOSES", "Nicolás Maduro"),
    ("India considers The Resistance Front to be the Kashmiri arm of Lashkar-e-Taiba, a banned terror group.",
     "India", "OPPOSES", "The Resistance Front"),
    ("Washington considers the Houthis to be a terrorist organisation.", "United States", "OPPOSES", "Houthis"),
    ("Moscow regards the Azov Brigade as an offshoot of a terrorist organisation.", "Russia", "OPPOSES", "Azov Brigade"),
    # hostile reports oppose the subject of what they report
    ("Wang Yi warned that Australians were playing a dangerous game in the South China Sea.",
     "Wang Yi", "OPPOSES", "Australia"),
    ("Iran complained that Israel had broken the truce.", "Iran", "OPPOSES", "Israel"),
    ("Kenya complained that Somalia had violated its airspace.", "Kenya", "OPPOSES", "Somalia"),
    # taking part in agreements by implementing, respecting or abiding by them; copular offices
    ("The insurgents announced they would implement the peace deal.", "rebels", "PARTICIPATES_IN", "peace deal"),
    ("Hamas agreed to abide by the ceasefire.", "Hamas", "PARTICIPATES_IN", "ceasefire"),
    ("Daniel Okafor is the chief Sahel analyst at the International Crisis Group.",
     "Daniel Okafor", "MEMBER_OF", "International Crisis Group"),
    # places in appositions and "in" phrases however the parser attached them
    ("The junta may launch a drive on Sagaing, Myanmar's restive central region.", "Sagaing", "LOCATED_IN", "Myanmar"),
    ("He died in Jilib, the al-Shabaab stronghold in Somalia.", "Jilib", "LOCATED_IN", "Somalia"),
    ("Walsh, who is from Galway in western Ireland, gave evidence.", "Galway", "LOCATED_IN", "Ireland"),
    ("The yacht ran aground near the Italian port of Bari.", "Bari", "LOCATED_IN", "Italy"),
    # anti-X acts are done by their clause's subject; partners "with"; "includes"; feuds
    ("Australian advisers stayed on in the course of anti-Taliban operations.", "Australia", "FIGHTS", "Taliban"),
    ("Fatah had counted on diplomatic cover as a negotiating partner with Egypt.", "Fatah", "ALLY_OF", "Egypt"),
    ("The Three Brotherhood Alliance, a coalition that includes the Arakan Army, seized Lashio.",
     "Arakan Army", "MEMBER_OF", "Three Brotherhood Alliance"),
    ("Milei renewed his feud with Lula.", "Javier Milei", "OPPOSES", "Luiz Inácio Lula da Silva"),
    ("Milei's feud with Lula deepened.", "Javier Milei", "OPPOSES", "Luiz Inácio Lula da Silva"),
    # occupations tie people to organisations; speakers classify what they speak of
    ("The New York Times correspondent Hannah Reyes was expelled.", "Hannah Reyes", "MEMBER_OF", "The New York Times"),
    ("Islamabad says the TTP is the Afghan wing of an outlawed terror network.", "Pakistan", "OPPOSES", "Tehrik-i-Taliban Pakistan"),
    ("Egypt insisted Hamas was a threat.", "Egypt", "OPPOSES", "Hamas"),
    # threatened or announced attacks are stated hostility; victories; X-led fights; at odds
    ("Israel will mount a land campaign against the Houthis within weeks.", "Israel", "OPPOSES", "Houthis"),
    ("Erdogan vowed to crush the YPG.", "Recep Tayyip Erdogan", "OPPOSES", "People's Protection Units"),
    ("The Nigerian army declared victory against Boko Haram.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("Nigerian soldiers have claimed victory over Boko Haram.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("Kenyan troops were partners in the Somali-led campaign against al-Shabaab.", "Somalia", "FIGHTS", "al-Shabaab"),
    ("Malian soldiers joined the French-led fight against Al-Qaeda.", "France", "FIGHTS", "Al-Qaeda"),
    ("Rabat and Algiers have been at odds for years.", "Morocco", "OPPOSES", "Algeria"),
    ("New Delhi has been at odds with Beijing over the border.", "India", "OPPOSES", "China"),
    ("Sajid Javid revoked Shamima Begum's citizenship.", "Sajid Javid", "OPPOSES", "Shamima Begum"),
    ("Grace Mwangi, chief of the UN's refugee programme for Sudan, said.", "Grace Mwangi", "MEMBER_OF", "United Nations"),
    # parties and their offices
    ("The Labour MP Sarah Whitfield said the vote was rushed.", "Sarah Whitfield", "MEMBER_OF", "Labour Party"),
    ("Sarah Whitfield, a Labour MP, voted against.", "Sarah Whitfield", "MEMBER_OF", "Labour Party"),
    ("Ed Marsh, the Labour party chairman, objected.", "Ed Marsh", "LEADS", "Labour Party"),
    # battles named by their place are events: who wages them takes part, they lie there
    ("Turkey stepped up the Afrin offensive on Sunday.", "Turkey", "PARTICIPATES_IN", "Afrin offensive"),
    ("Turkey stepped up the Afrin offensive on Sunday.", "Afrin offensive", "LOCATED_IN", "Afrin"),
    ("Turkey stepped up the Afrin offensive on Sunday.", "Turkey", "FIGHTS", "Afrin"),
    ("Russia pressed on with the Kursk offensive on Tuesday.", "Russia", "PARTICIPATES_IN", "Kursk offensive"),
    ("Russia pressed on with the Kursk offensive on Tuesday.", "Russia", "FIGHTS", "Kursk"),
    ("Tom Reilly was killed during the battle for the town of Bakhmut.", "battle for Bakhmut", "LOCATED_IN", "Bakhmut"),
    # captivity; "they" after two named people
    ("Ahmed Farouk and Yusuf Karim were arrested in March. They were later captured again by Hezbollah.",
     "Hezbollah", "FIGHTS", "Yusuf Karim"),
    # a collective agent noun is its own group; a participle's subject is its noun's owner
    ("The envoy travelled to Baghdad to consult Iran's Shia allies.", "Shia allies", "ALLY_OF", "Iran"),
    ("The envoy flew to Erbil to consult Washington's Yazidi allies.", "Yazidi allies", "ALLY_OF", "United States"),
    ("The Israeli campaign, targeting Lebanese Shia militants, is condemned by Paris.",
     "Israel", "FIGHTS", "Lebanese Shia militants"),
    # "they" after a state's troops
    ("Russian forces said they had bombed Isis positions.", "Russia", "FIGHTS", "Islamic State"),
    # former states
    ("She recalled how the Soviet Union invaded Czechoslovakia in 1968.", "Soviet Union", "FIGHTS", "Czechoslovakia"),
    ("The Ottoman Empire fought Russia in 1877.", "Ottoman Empire", "FIGHTS", "Russia"),
    # "military action" is armed; "their" in a relative clause is the relative's antecedent
    ("Kenyan military action against al-Shabaab will escalate, Nairobi said.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Britain took military action against Iran at sea.", "United Kingdom", "FIGHTS", "Iran"),
    ("Nervous are the Moroccans, who rely on French support in their long war with the Polisario Front.",
     "Morocco", "FIGHTS", "Polisario Front"),
    ("The Russians said their jets had bombed Idlib.", "Russia", "FIGHTS", "Idlib"),
    # "X and its armed wing, the Y," even when read as a list; a lower-cased "party" is still the name
    ("Lebanon wants to disarm Hezbollah and its armed wing, the Islamic Resistance, in the south.",
     "Islamic Resistance", "AFFILIATED_WITH", "Hezbollah"),
    ("The Labour party criticised the Conservative party.", "Labour Party", "OPPOSES", "Conservative Party"),
    # a participle the tagger read as a noun, joined to the participle above it
    ("Macron phoned Tebboune, urging him to reopen the border and warning Algeria not to expel more diplomats.",
     "Emmanuel Macron", "OPPOSES", "Algeria"),
    # "the rebels" and "the fighters" after a group named with its collective ("M23 rebels")
    ("M23 rebels seized Goma. The rebels then moved south, attacking Bukavu.", "M23", "FIGHTS", "Bukavu"),
    ("M23 rebels seized Goma. The fighters then moved south, attacking Bukavu.", "M23", "FIGHTS", "Bukavu"),
    # an insurgency is armed
    ("The ELN, which has waged a long insurgency against the Colombian state, denied it.", "ELN", "FIGHTS", "Colombia"),
    # "the group's fighters" are the group's, and the group is not its own clause's subject
    ("The Somali army holds hundreds of al-Shabaab militants and is battling the group's last fighters near Kismayo.",
     "Somalia", "FIGHTS", "al-Shabaab"),
    ("Malian troops fought Islamic State jihadists near Menaka.", "Mali", "FIGHTS", "Islamic State"),
    # opposing the attendance of X opposes X; puppet-masters back
    ("Morocco fiercely opposes the attendance of the Polisario Front at the summit.", "Morocco", "OPPOSES", "Polisario Front"),
    ("Maduro is defiant, and so are his puppet-masters in Havana.", "Cuba", "BACKS", "Nicolás Maduro"),
    # "calling out" an act opposes its doer; likening someone to a villain opposes them
    ("Macron called out the brutal attack by Hamas.", "Emmanuel Macron", "OPPOSES", "Hamas"),
    ("Erdogan compared Netanyahu to Hitler.", "Recep Tayyip Erdogan", "OPPOSES", "Benjamin Netanyahu"),
    # a bare "the president" is the holder of that office named last, not another one named in the article
    ("Bashar al-Assad has ruled Syria since 2000. On Monday Joe Biden spoke in Ohio. The president condemned Iran.",
     "Joe Biden", "OPPOSES", "Iran"),
    # "the president" is the one in office on the article's day, not a past holder titled so in the text
    ("When President Obama visited Havana he met Raul Castro. Joe Biden has since changed course. "
     "Maria Lopez, a harsh critic of the president, said so.", "Maria Lopez", "OPPOSES", "Joe Biden"),
    # named groups set off after a collective, by commas or dashes, are members of it
    ("Syrian troops shelled Idlib. The rebel groups, Ahrar al-Sham and Jaysh al-Izza, withdrew.",
     "Ahrar al-Sham", "MEMBER_OF", "Syrian rebels"),
    ("Syrian troops shelled Idlib. Several rebel factions – Ahrar al-Sham and Jaysh al-Izza – rejected the deal.",
     "Jaysh al-Izza", "MEMBER_OF", "Syrian rebels"),
    # what angers someone: its doer, by the act's owner, active or passive
    ("Washington's decision angered Ankara.", "Turkey", "OPPOSES", "United States"),
    ("Britain was angered by Trump's remarks.", "United Kingdom", "OPPOSES", "Donald Trump"),
    # those "among the volunteers killed fighting X" fought X
    ("Maria Lopez and Lena Fischer are among four Spanish volunteers killed fighting al-Shabaab.",
     "Lena Fischer", "FIGHTS", "al-Shabaab"),
    # what is taken from someone is taken from its owner, not from the state that qualifies it
    ("Lena Fischer decided to revoke the Austrian citizenship of Maria Lopez.", "Lena Fischer", "OPPOSES", "Maria Lopez"),
    # keeping someone from doing something, contradicting someone
    ("The US wants to prevent Iran from exploiting the vacuum.", "United States", "OPPOSES", "Iran"),
    ("Trump was sharply contradicted by British ministers.", "United Kingdom", "OPPOSES", "Donald Trump"),
    # with an owner named, a country before "policy" is its topic
    ("Tehran condemned Washington's Syria policy.", "Iran", "OPPOSES", "United States"),
    # a copula joined to a passive keeps its subject
    ("The Peshmerga are entrenched in Sinjar and have been key partners in the fight against Isis.",
     "Peshmerga", "FIGHTS", "Islamic State"),
    # a party's members stand for the party
    ("Republican senators criticised Donald Trump.", "Republican Party", "OPPOSES", "Donald Trump"),
    ("Labour MPs condemned the Conservative party.", "Labour Party", "OPPOSES", "Conservative Party"),
    # "the nearby province", "the besieged city": the place just named (not one named inside another name)
    ("Fighting spread to Idlib. Russian jets launched an attack on the nearby province.", "Russia", "FIGHTS", "Idlib"),
    ("Hama was quiet before the Aleppo offensive. Russian jets bombed the besieged city on Monday.",
     "Russia", "FIGHTS", "Hama"),
    # "he" goes on through a paragraph about one person
    ("Omar Haddad was arrested in Amman in March. Police said the case was serious. The trial was postponed twice. "
     "He asked Jordan for help.", "Omar Haddad", "CALLED_ON", "Jordan"),
    # asking for support calls on whoever is to give it
    ("Belarus sought China's support at the summit.", "Belarus", "CALLED_ON", "China"),
    ("Kyiv requested military aid from Washington.", "Ukraine", "CALLED_ON", "United States"),
    ("Iran asked China for help.", "Iran", "CALLED_ON", "China"),
    # partners in a fight fight too; a clause-opening participle the tagger reads as a name
    ("Fano, a key ally in the war against the TPLF, withdrew.", "Fano", "FIGHTS", "Tigray People's Liberation Front"),
    ("The Wagner Group were key partners in the Malian army's fight against JNIM.", "Wagner Group", "FIGHTS",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Defying China and the United States, India sent warships into the strait.", "India", "OPPOSES", "China"),
    # concern voiced is a stance; hitting back is an armed reply
    ("The Chinese foreign ministry expressed deep concern about Japan's plans.", "China", "OPPOSES", "Japan"),
    ("Caracas has threatened to hit back militarily against Guyana.", "Venezuela", "OPPOSES", "Guyana"),
    # resigning over, or in protest at, an act opposes the one who did it
    ("Lena Fischer resigned over Austria's decision to leave the coalition.", "Lena Fischer", "OPPOSES", "Austria"),
    ("Lena Fischer resigned in protest at Peru's border policy.", "Lena Fischer", "OPPOSES", "Peru"),
    ("Sigrid Kaag quit over Israel's conduct of the war.", "Sigrid Kaag", "OPPOSES", "Israel"),
    # quoted speakers in the first person, acts owned by their noun's owner
    # "we" of an office holder is the office's owner, however the speaker is introduced
    ("“We will keep arming the Kurdish fighters,” said Lina Farouk, the Jordanian foreign minister.",
     "Jordan", "BACKS", "Kurdish fighters"),
    ("Kenya's defence minister, Aden Duale, said: “We will crush al-Shabaab.”", "Kenya", "FIGHTS", "al-Shabaab"),
    ("“We will fight Hamas until it is destroyed,” a spokesman for the Israeli army said.", "Israel", "FIGHTS", "Hamas"),
    # a body speaking is its own "we"; a quote that runs on into the next sentence keeps its voice
    ("“Our jets struck the camps of al-Shabaab,” Kenya said on Monday.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("“Nothing has changed,” Omar Saleh, the Jordanian foreign minister, told reporters. "
     "“We support the Syrian opposition.”", "Jordan", "BACKS", "Syrian opposition"),
    # "I" is the speaker
    ("“I condemn the Russian shelling of Kharkiv,” said Maria Lopez, a researcher at Amnesty International.",
     "Maria Lopez", "OPPOSES", "Russia"),
    ("“I met the Taliban leaders in Doha,” Maria Lopez, a researcher at Amnesty International, told reporters.",
     "Maria Lopez", "MET_WITH", "Taliban"),
    # an act owned by its noun's owner
    ("Kenya's decision to bomb al-Shabaab camps drew criticism.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("A bid by Rwanda to arm the M23 rebels failed.", "Rwanda", "BACKS", "M23"),
    ("Spain condemned the decision by Morocco.", "Spain", "OPPOSES", "Morocco"),
    # names set with a typographic apostrophe match the catalogue's
    ("Ankara shelled positions of the Kurdistan Workers\u2019 Party near the border.",
     "Turkey", "FIGHTS", "Kurdistan Workers' Party"),
    ("Turkey attacked the People\u2019s Protection Units on Monday.", "Turkey", "FIGHTS", "People's Protection Units"),
    # detention: holding people, the pair named before, deprivation by the state that grants
    ("Mark Hale and John Peters were detained in Chile last year. The pair are now being held by the Bolivian army.",
     "Bolivia", "OPPOSES", "Mark Hale"),
    ("Mark Hale and John Peters were arrested in May. They are being held by the Bolivian army.",
     "Bolivia", "OPPOSES", "John Peters"),
    ("Hamas is holding two Israelis, Noa Levin and Eitan Shapiro.", "Hamas", "OPPOSES", "Eitan Shapiro"),
    ("Mark Hale has been stripped of his British citizenship.", "United Kingdom", "OPPOSES", "Mark Hale"),
    ("Mark Hale, whose Canadian passport was revoked in May, is in Kenya.", "Canada", "OPPOSES", "Mark Hale"),
    ("The interior minister, Carla Diaz, ordered that Mark Hale be expelled.", "Carla Diaz", "OPPOSES", "Mark Hale"),
    ("Carla Diaz ordered Mark Hale's passport revoked.", "Carla Diaz", "OPPOSES", "Mark Hale"),
    ("Mark Hale was seized by al-Shabaab in 2019. His brother called for negotiations with the group holding him.",
     "al-Shabaab", "OPPOSES", "Mark Hale"),
    # a participle with its own subject and auxiliary is active
    ("Kenya denied reports that Eritrea had armed the Houthis.", "Eritrea", "BACKS", "Houthis"),
    # coordinated sponsors of one "-backed" noun, the forces rather than their compound
    ("Turkish and Qatari-backed rebels attacked the town.", "Turkey", "BACKS", "Turkish rebels"),
    ("Saudi and Emirati-backed Yemeni government forces retook the port.", "Saudi Arabia", "BACKS", "Yemen"),
    ("Saudi and Emirati-backed Yemeni government forces retook the port.", "United Arab Emirates", "BACKS", "Yemen"),
    ("Malian and Russian-backed ground troops edged closer to Kidal.", "Russia", "BACKS", "Mali"),
    ("The Iran-Iraq war killed a million people.", "Iran", "FIGHTS", "Iraq"),
    ("Jeremy Hunt flew to Chad. He was the first British minister in a decade to visit the country.",
     "Jeremy Hunt", "MET_WITH", "Chad"),
    ("Mark Hale served in the British army for ten years.", "Mark Hale", "MEMBER_OF", "United Kingdom"),
    ("The Arab League includes Qatar and Bahrain.", "Qatar", "MEMBER_OF", "Arab League"),
    # proscribed, banned "in" a state as a hostile kind: that state's stance
    ("Nairobi says the attackers were al-Shabaab, outlawed in Kenya and in western countries as a terrorist movement.",
     "Kenya", "OPPOSES", "al-Shabaab"),
    ("The PKK is banned in Turkey as a terrorist group.", "Turkey", "OPPOSES", "Kurdistan Workers' Party"),
    # "the jihadists" after "Isis militants" are Isis, not a community of jihadists
    ("Shabaab militants still hold the port. The jihadists attacked the Kenyan army overnight.", "al-Shabaab", "FIGHTS",
     "Kenya"),
    # a named event with an owner is the owner's
    ("The opposition's Riyadh agreement demands the president's resignation.", "opposition", "PARTICIPATES_IN", "Riyadh agreement"),
    ("Turkey's Operation Olive Branch began in January.", "Turkey", "PARTICIPATES_IN", "Operation Olive Branch"),
    # on the same side: "on the side of X", cooperating, working in partnership
    ("Hezbollah fought on the side of the Syrian government.", "Hezbollah", "ALLY_OF", "Syria"),
    ("Russia, Iran and Turkey have cooperated in the talks.", "Iran", "ALLY_OF", "Turkey"),
    ("Russia cooperated with Turkey in the assault.", "Russia", "ALLY_OF", "Turkey"),
    ("Iran worked in partnership with Hezbollah.", "Iran", "ALLY_OF", "Hezbollah"),
    # "X views" read as a noun phrase inside a relative clause
    ("French support for rebel militias that Mali views as terrorists angered Bamako.", "Mali", "OPPOSES", "militias"),
    # sweeping through a country is an assault on it; a rivalry "of" two actors is between them
    ("Boko Haram militants swept across north-east Nigeria.", "Boko Haram", "FIGHTS", "Nigeria"),
    ("Al-Shabaab swept through southern Somalia in 2009.", "al-Shabaab", "FIGHTS", "Somalia"),
    ("The Horn of Africa is shaped by the bitter rivalry of Ethiopia and Eritrea.", "Eritrea", "OPPOSES", "Ethiopia"),
    # "X and its backers, the Y," read by the parser as a list
    ("Hezbollah and its backers, the powerful IRGC, are entrenched in the south.", "Islamic Revolutionary Guard Corps", "BACKS",
     "Hezbollah"),
    # a relative clause on a predicate noun, or on an apposition the parser hung elsewhere, is about the name
    ("The ELN is a guerrilla group that has attacked Colombia for decades.", "ELN", "FIGHTS", "Colombia"),
    ("Bogota says the militia is an arm of the ELN, a guerrilla group that has fought a long insurgency "
     "against the Colombian state.", "ELN", "FIGHTS", "Colombia"),
    # taking part in a war, named by its noun
    ("The Baloch Liberation Army has been engaged in a long armed campaign against Pakistan.",
     "Baloch Liberation Army", "FIGHTS", "Pakistan"),
    ("Hezbollah fighters were killed in clashes with Israel.", "Hezbollah", "FIGHTS", "Israel"),
    # a noun named by "known as", "called", "dubbed" is that name, typed by the noun
    ("Mark Hale is a member of an al-Shabaab cell known as “the Lions”.", "Mark Hale", "MEMBER_OF", "Lions"),
    ("Mark Hale is a member of an al-Shabaab cell known as “the Lions”.", "Lions", "AFFILIATED_WITH", "al-Shabaab"),
    ("Mark Hale joined a militia called the Desert Hawks in 2015.", "Mark Hale", "MEMBER_OF", "Desert Hawks"),
    ("The unit, dubbed “the Wolves of Kidal”, attacked Malian troops.", "Wolves of Kidal", "FIGHTS", "Mali"),
    # who did an act: behind it, responsible for it, blamed for it
    ("Hamas was behind the attack on Israel.", "Hamas", "FIGHTS", "Israel"),
    ("Al-Shabaab, which was behind the bombing of the Kenyan embassy, denied the report.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Isis claimed responsibility for the killing of Alan Henning.", "Islamic State", "FIGHTS", "Alan Henning"),
    ("Hezbollah was blamed for the attack on Israel.", "Hezbollah", "FIGHTS", "Israel"),
    ("Israel blamed Hezbollah for the attack on its troops.", "Hezbollah", "FIGHTS", "Israel"),
    ("Al-Shabaab, the group responsible for the bombing of the Kenyan embassy, denied it.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Hamas, which is responsible for the attack on Israel, denied it.", "Hamas", "FIGHTS", "Israel"),
    # a sentence-initial participle is done to the main clause's subject
    ("Backed by Iran, the Houthis attacked Saudi Arabia.", "Iran", "BACKS", "Houthis"),
    ("Armed by Iran, Hezbollah fired rockets at Israel.", "Iran", "BACKS", "Hezbollah"),
    # refusing to let an actor act, threats about it, protection, surrender, troops sent in, lawsuits
    ("Morocco has insisted it will not allow the Polisario Front to attend the summit.", "Morocco", "OPPOSES", "Polisario Front"),
    ("Egypt refused to let Hamas open an office in Cairo.", "Egypt", "OPPOSES", "Hamas"),
    ("Trump threatened that Assad would pay a big price.", "Donald Trump", "OPPOSES", "Bashar al-Assad"),
    ("The Houthis are still under the protection of Iran.", "Iran", "BACKS", "Houthis"),
    ("The last al-Shabaab fighters in the port surrendered to the Kenyan army.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Erdogan sent Turkish forces into Afrin.", "Turkey", "FIGHTS", "Afrin"),
    ("Rwanda sent troops into Burundi in 2015.", "Rwanda", "FIGHTS", "Burundi"),
    ("The European Commission opened a legal case against Poland.", "European Commission", "OPPOSES", "Poland"),
    ("Mark Hale was jailed by a court in Kisumu, Kenya.", "Kenya", "OPPOSES", "Mark Hale"),
    # a name that carries its parent's or its place's name says so
    ("The UN\u2019s food agency warned of famine in Yemen.", "World Food Programme", "MEMBER_OF", "United Nations"),
    ("In a report, the UN children\u2019s agency said the camp was cut off.", "UNICEF", "MEMBER_OF", "United Nations"),
    ("He was injured in the Manchester Arena bombing.", "Manchester Arena bombing", "LOCATED_IN", "Manchester"),
    # a group named only as its members' modifier is still the one "the organisation" means
    ("Washington put bounties on two senior Hamas commanders. The US has long viewed the organisation as a terrorist group.",
     "United States", "OPPOSES", "Hamas"),
    # what is said of "rebels such as X" is said of X; every apposition of a list counts
    ("Rwanda backs anti-government rebels such as the M23.", "Rwanda", "BACKS", "M23"),
    ("Iran supports armed groups including Hezbollah and Hamas.", "Iran", "BACKS", "Hamas"),
    ("The pact was agreed by government allies Egypt and Jordan and rebel backer Qatar.", "Qatar", "PARTICIPATES_IN", "pact"),
    # quotation marks round part of an event's name are no part of it
    ("A “de-escalation zone” deal was agreed by Iran and Russia.", "Iran", "PARTICIPATES_IN", "de-escalation zone deal"),
    # "the authorities" of the state the sentence is set in; "him" of a clause with its own subject
    ("Mark Hale was on holiday in Kenya when the authorities arrested him.", "Kenya", "OPPOSES", "Mark Hale"),
    ("Mark Hale returned from Chile in May. The authorities detained him at the airport in Nairobi.",
     "Kenya", "OPPOSES", "Mark Hale"),
    ("Mark Hale and his fiancee, Ana Ruiz, were on holiday in Kenya when the authorities arrested him.",
     "Kenya", "OPPOSES", "Mark Hale"),
    # parties and chambers: party names as members' nouns, legislators' titles
    ("Ann Cole, a Republican, voted against the bill.", "Ann Cole", "MEMBER_OF", "Republican Party"),
    ("John Hale, a Texas Democrat, said the vote was a farce.", "John Hale", "MEMBER_OF", "Democratic Party"),
    ("The Democrat Ann Cole won the seat.", "Ann Cole", "MEMBER_OF", "Democratic Party"),
    ("Republican senator John Hale opposed the deal.", "John Hale", "MEMBER_OF", "Republican Party"),
    ("Republican senator John Hale opposed the deal.", "John Hale", "MEMBER_OF", "US Senate"),
    ("Ohio Sen. Joe Brand voted against the bill.", "Joe Brand", "MEMBER_OF", "US Senate"),
    ("Rep. Ann Kessler asked for the documents.", "Ann Kessler", "MEMBER_OF", "US House of Representatives"),
    ("House Speaker Ann Cole said the chamber would vote on Friday.", "Ann Cole", "LEADS", "US House of Representatives"),
    ("Senators Tom Hale and Ann Cole wrote to the president.", "Ann Cole", "MEMBER_OF", "US Senate"),
    ("The Kenyan ministers Tom Hale and Ann Cole resigned.", "Ann Cole", "MEMBER_OF", "Kenya"),
    ("Ann Cole, a Liberal Democrat peer, spoke in the debate.", "Ann Cole", "MEMBER_OF", "Liberal Democrats"),
    # places: a region set off by commas with the state's possessive, lists of places, a possessive past adjectives
    ("Fighting spread to Cusco, in Peru’s south.", "Cusco", "LOCATED_IN", "Peru"),
    ("The rebels hold Puno, Cusco and Arequipa provinces in Peru.", "Cusco", "LOCATED_IN", "Peru"),
    ("Gunmen attacked Peru’s far southern Puno province.", "Puno", "LOCATED_IN", "Peru"),
    ("Rep. Adam Kessler, an Illinois Republican, disputed the claim.", "Adam Kessler", "MEMBER_OF", "Republican Party"),
    ("Senate Democratic leader Tom Hale blocked the bill.", "Tom Hale", "LEADS", "Democratic Party"),
    ("Democratic senators Ann Cole and Tom Hale objected.", "Tom Hale", "MEMBER_OF", "Democratic Party"),
    # a sentence opening on "its" / "it" goes on about the last sentence's subject
    ("Kenya sent troops into Somalia. Its troops had orders to oust al-Shabaab from the border towns.",
     "Kenya", "FIGHTS", "al-Shabaab"),
    ("Chile signed a deal with Peru on Monday. It also wants to strengthen ties with Bolivia.", "Chile", "ALLY_OF", "Bolivia"),
    ("Chile's president met his Peruvian counterpart, Dina Boluarte, in Lima.", "Dina Boluarte", "LEADS", "Peru"),
    ("The militants regrouped in the Anbar and Nineveh provinces of Iraq.", "Nineveh", "LOCATED_IN", "Iraq"),
    ("Ilham Rasul is co-chair of the Syrian Democratic Council.", "Ilham Rasul", "LEADS", "Syrian Democratic Council"),
    ("Chile battled Peru's plan in court.", "Chile", "OPPOSES", "Peru"),
    # taking part in a war; "on X's side"
    ("Hezbollah fought in the Syrian civil war on Assad's side.", "Hezbollah", "PARTICIPATES_IN", "Syrian civil war"),
    ("Hezbollah fought in the Syrian civil war on Assad's side.", "Hezbollah", "ALLY_OF", "Bashar al-Assad"),
    ("Russia intervened in the Syrian civil war in 2015.", "Russia", "PARTICIPATES_IN", "Syrian civil war"),
    ("Chile is on Peru's side in the dispute.", "Chile", "ALLY_OF", "Peru"),
    ("Damascus says Syria will recover. Hezbollah has fought in the war since 2013.",
     "Hezbollah", "PARTICIPATES_IN", "Syrian civil war"),
    # "told X that ...": spoke to X; "X's aim of ousting Y": X would oust Y
    ("William Ruto told Antony Blinken on Monday that the border would reopen.", "William Ruto", "MET_WITH", "Antony Blinken"),
    ("The west's aim of ousting Assad has failed.", "Western governments", "OPPOSES", "Bashar al-Assad"),
    ("Turkey's plan of invading Afrin alarmed Washington.", "Turkey", "FIGHTS", "Afrin"),
    ("Somalia is at war. William Ruto will be gratified, as will his allies in Ethiopia.", "Ethiopia", "ALLY_OF", "William Ruto"),
    ("Turkey armed the Syrian rebels. In 2016 it sent troops to fight Isis.", "Turkey", "FIGHTS", "Islamic State"),
    # "the institute", "the bureau": the organisation named before whose name ends so
    # (the director of a body, its possessive before the title, heads it)
    ("The Nordic Peace Institute published a report. Maria Lopez, the institute's director, said it was accurate.",
     "Maria Lopez", "LEADS", "Nordic Peace Institute"),
    ("Kenya vowed revenge against al-Shabaab.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Kenya has poured money into the Somali army.", "Kenya", "BACKS", "Somalia"),
    ("Qatar funnelled millions of dollars to Hamas.", "Qatar", "BACKS", "Hamas"),
    ("Kenya hosted talks between Somalia and al-Shabaab.", "Somalia", "MET_WITH", "al-Shabaab"),
    # territory lost "to" an actor; prefixed irregular verbs ("retook")
    ("Al-Shabaab lost the town to Kenyan forces.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Isis lost control of Raqqa to the SDF.", "Syrian Democratic Forces", "FIGHTS", "Islamic State"),
    ("Kenyan forces retook the town from al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    # the rebels of the country the article's places lie in
    ("Russian warplanes pounded rebel-held areas of Idlib.", "Russia", "FIGHTS", "Syrian rebels"),
    # a first name that is also a place; a name in apposition to an office is a person's
    ("Kenya's defence minister Aden Duale visited the troops.", "Aden Duale", "MEMBER_OF", "Kenya"),
    ("Aden Duale, Kenya's defence minister, visited the troops.", "Aden Duale", "MEMBER_OF", "Kenya"),
    ("Kenya's conquest of Kismayo ended the siege.", "Kenya", "FIGHTS", "Kismayo"),
    ("The Russia/Iran alliance props up the regime.", "Russia", "ALLY_OF", "Iran"),
    ("Houthi rebels hit a Saudi target.", "Houthis", "FIGHTS", "Saudi Arabia"),
    # held in a state's prison or custody
    ("Mark Hale is doing time in a Turkish jail after his conviction.", "Turkey", "OPPOSES", "Mark Hale"),
    ("Mark Hale remains in Iraqi custody.", "Iraq", "OPPOSES", "Mark Hale"),
    ("Mark Hale was sent to a Kenyan prison.", "Kenya", "OPPOSES", "Mark Hale"),
    # "the 21-year-old": the person the sentences are about
    ("Mark Hale left Britain in 2014. The 21-year-old joined the YPG last year.",
     "Mark Hale", "MEMBER_OF", "People's Protection Units"),
    # a to-infinitive of purpose under a passive takes its patient as subject
    ("Iran has been emboldened to confront Saudi Arabia in Yemen.", "Iran", "OPPOSES", "Saudi Arabia"),
    # an apposition "at" an organisation; a party's minister is the state's too
    ("Maria Lopez, a Sahel expert at the Nordic Peace Institute, said the truce would hold.",
     "Maria Lopez", "MEMBER_OF", "Nordic Peace Institute"),
    ("Mark Hale, a volunteer with Doctors Without Borders, was killed.", "Mark Hale", "MEMBER_OF", "Doctors Without Borders"),
    ("The Tory minister Tim Rowe said the fighters should face trial.", "Tim Rowe", "MEMBER_OF", "United Kingdom"),
    ("The Tory minister Tim Rowe said the fighters should face trial.", "Tim Rowe", "MEMBER_OF", "Conservative Party"),
    # "these groups", "those countries": the list named last
    ("Hamas and Islamic Jihad fired rockets at Israel. These groups are backed by Iran.",
     "Iran", "BACKS", "Palestinian Islamic Jihad"),
    ("Chile, Peru and Bolivia met in Lima. Those countries have condemned Brazil.", "Bolivia", "OPPOSES", "Brazil"),
    # what an actor failed to do, named with "of"
    ("Kenya denounced the inaction of the African Union.", "Kenya", "OPPOSES", "African Union"),
    ("Kenya condemned the failure of the Security Council to act.", "Kenya", "OPPOSES", "UN Security Council"),
    # "be against": a stance of opposition, to an actor or to its plan
    ("Kenya says it is firmly against al-Shabaab and the Houthis.", "Kenya", "OPPOSES", "Houthis"),
    ("Hamas is against the Egyptian plan.", "Hamas", "OPPOSES", "Egypt"),
    # names with a lower-cased head, as some house styles write them
    ("The European parliament adopted a resolution, calling on the EU to accept more refugees.",
     "European Parliament", "CALLED_ON", "European Union"),
    # the target phrase hung by the parser on the weapon
    ("The Houthis fired missiles at Saudi Arabia.", "Houthis", "FIGHTS", "Saudi Arabia"),
    # an attack repelled: attacker and defender fight each other
    ("Ethiopia helped Kenya repel al-Shabaab's attack.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Ethiopia helped Kenya repel al-Shabaab's attack.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Somali forces withstood a fierce attack by al-Shabaab.", "al-Shabaab", "FIGHTS", "Somalia"),
    # coordinated passives share the last one's agent
    ("Kenyan troops were ambushed and killed by al-Shabaab.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Kenyan troops were ambushed, captured and killed by al-Shabaab.", "al-Shabaab", "FIGHTS", "Kenya"),
    # an infinitive the tagger took for a name
    ("Kenya aims to dislodge al-Shabaab from the port.", "Kenya", "OPPOSES", "al-Shabaab"),
    # forces "from" a state are that state's
    ("Troops from Kenya and Uganda attacked al-Shabaab.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Special forces from Britain and France raided the Isis positions.", "France", "FIGHTS", "Islamic State"),
    # a plural noun of enmity over a list: each opposes the other
    ("Peru and Chile are bitter enemies.", "Chile", "OPPOSES", "Peru"),
    ("Peru and Chile are bitter enemies.", "Peru", "OPPOSES", "Chile"),
    ("Hamas and Fatah, long-time rivals, agreed to talks in Cairo.", "Fatah", "OPPOSES", "Hamas"),
    ("Kenya and Somalia, the two regional adversaries, traded accusations.", "Kenya", "OPPOSES", "Somalia"),
    # meetings in a city lie in it; deals and summits are welcomed, rejected and boycotted
    ("Hamas boycotted a summit in Sochi.", "Hamas", "OPPOSES", "Sochi summit"),
    ("Hamas boycotted a summit in Sochi.", "Sochi summit", "LOCATED_IN", "Sochi"),
    ("Ministers gathered for talks in Geneva on Monday.", "Geneva talks", "LOCATED_IN", "Geneva"),
    ("AU-mediated talks in Addis Ababa resumed on Thursday.", "Addis Ababa talks", "LOCATED_IN", "Addis Ababa"),
    ("Israel rejected the nuclear deal with Iran.", "Israel", "OPPOSES", "nuclear deal"),
    ("Russia welcomed the Istanbul agreement.", "Russia", "BACKS", "Istanbul agreement"),
    # a sponsor before an event is no name: the place names it
    ("The UN-sponsored talks in Vienna collapsed.", "United Nations", "PARTICIPATES_IN", "Vienna talks"),
    # an offensive on a place is an event there, whoever launches or joins it takes part
    ("Russia and Iran joined the offensive on Aleppo.", "Iran", "PARTICIPATES_IN", "Aleppo offensive"),
    ("Russia and Iran joined the offensive on Aleppo.", "Aleppo offensive", "LOCATED_IN", "Aleppo"),
    ("Syrian government forces began a large-scale offensive on Idlib province on Tuesday.",
     "Syria", "PARTICIPATES_IN", "Idlib offensive"),
    ("Syrian government forces began a large-scale offensive on Idlib province on Tuesday.",
     "Syria", "FIGHTS", "Idlib"),
    ("The Turkish offensive on Afrin has displaced thousands.", "Turkey", "PARTICIPATES_IN", "Afrin offensive"),
    # a title in apposition is an office even of a person the catalogue knows in other offices
    ("Chad's foreign minister, Moussa Faki Mahamat, flew to Paris.", "Moussa Faki Mahamat", "MEMBER_OF", "Chad"),
    # more titles: counsellors, commissioners, generals, mediators, recruiters
    ("White House counselor Dana Pruitt defended the plan.", "Dana Pruitt", "MEMBER_OF", "United States"),
    ("EU commissioner Anna Varga pledged support for Chad.", "Anna Varga", "MEMBER_OF", "European Union"),
    ("A senior Syrian general, Omar Haddad, was killed near Deir ez-Zor.", "Omar Haddad", "MEMBER_OF", "Syria"),
    ("An Isis recruiter, Abu Omar, was arrested in Ankara.", "Abu Omar", "MEMBER_OF", "Islamic State"),
    # a plural title over a list of three
    ("Senators Jeff Flake, Cory Booker and Tim Kaine wrote to the president.", "Cory Booker", "MEMBER_OF", "US Senate"),
    # intervening against someone is fighting them
    ("France intervened against al-Shabaab in 2012.", "France", "FIGHTS", "al-Shabaab"),
    # allies no one else owns are the allies of whoever acts on them
    ("Kenya reassured regional allies such as Uganda.", "Uganda", "ALLY_OF", "Kenya"),
    ("Norway consulted key partners such as Denmark before the vote.", "Denmark", "ALLY_OF", "Norway"),
    # who launches, wages, conducts or oversees a named event takes part in it
    ("Turkey launched Operation Euphrates Shield in 2016.", "Turkey", "PARTICIPATES_IN", "Operation Euphrates Shield"),
    ("Russia will oversee the Astana talks.", "Russia", "PARTICIPATES_IN", "Astana process"),
    ("Moscow allowed Ankara to conduct Operation Olive Branch.", "Turkey", "PARTICIPATES_IN", "Operation Olive Branch"),
    # "the jihadists", "the extremists": the jihadist group named last
    ("Isis lost its last village in March. The US president has declared victory over the jihadists.",
     "Joe Biden", "FIGHTS", "Islamic State"),
    ("Al-Shabaab attacked the base. Kenya vowed to crush the extremists.", "Kenya", "OPPOSES", "al-Shabaab"),
    # backing verbs: owing one's survival to someone, fostering, augmenting, embracing
    ("Assad owes his survival to Russia and Iran.", "Iran", "BACKS", "Bashar al-Assad"),
    ("Damascus fostered jihadist groups to discredit the opposition.", "Syria", "BACKS", "jihadist groups"),
    ("Turkey moved to augment the Free Syrian Army with new recruits.", "Turkey", "BACKS", "Free Syrian Army"),
    ("Ankara embraced Hamas after the war.", "Turkey", "BACKS", "Hamas"),
    # a stance "despite" or "amid" which the clause goes on is aimed at the clause's subject
    ("The Federal Reserve raised rates despite criticism from Donald Trump.", "Donald Trump", "OPPOSES", "Federal Reserve"),
    ("Turkey pressed on with the offensive amid condemnation from the EU.", "European Union", "OPPOSES", "Turkey"),
    ("Despite support from Russia, Assad lost Aleppo.", "Russia", "BACKS", "Bashar al-Assad"),
    # welcoming someone's decision or move backs them
    ("Kenya welcomed Somalia's decision to withdraw.", "Kenya", "BACKS", "Somalia"),
    # "the militant group", "the terror group": a known group named just before
    ("Al-Shabaab claimed the attack. Kenya vowed to destroy the terror group.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Hezbollah fired rockets. Israel struck the militant group.", "Israel", "FIGHTS", "Hezbollah"),
    ("The YPG holds Manbij. Turkey shelled the Kurdish militia.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Isis claimed the bombing. The BBC reported that Amira Khalil had left to join the terrorist organisation.",
     "Amira Khalil", "MEMBER_OF", "Islamic State"),
    # calls: at someone's request, subjunctive demands, modals heading their clause, seeking and extracting from
    ("Russia intervened in Syria at Assad's request.", "Bashar al-Assad", "CALLED_ON", "Russia"),
    # a rank before a name leaves the apposition that says whose forces they command
    ("General Tomas Reyes, the commander of Chile's army, inspected the troops.", "Tomas Reyes", "MEMBER_OF", "Chile"),
    ("French troops arrived at the invitation of the Malian government.", "Mali", "CALLED_ON", "France"),
    ("The Russian intervention at Assad's request changed the war.", "Bashar al-Assad", "CALLED_ON", "Russia"),
    ("Kenya is insisting that Somalia withdraw its troops.", "Kenya", "CALLED_ON", "Somalia"),
    ("Kenya proposed that Uganda join the force.", "Kenya", "CALLED_ON", "Uganda"),
    ("Kenya said Somalia ought to withdraw its troops.", "Kenya", "CALLED_ON", "Somalia"),
    ("Obama said he would seek authorisation from Congress.", "Barack Obama", "CALLED_ON", "Congress"),
    ("Erdogan tried to extract a pledge from Washington to halt the arms supply.",
     "Recep Tayyip Erdogan", "CALLED_ON", "United States"),
    ("Russia sought to convince Washington of the merits of the plan.", "Russia", "CALLED_ON", "United States"),
    # an aim, goal or priority that is an act is its owner's act
    ("Kenya's aim is to dislodge al-Shabaab from the port.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Kenya's priority was to defeat al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    # allies against an armed group fight it; against anyone else they oppose it
    ("Kenya and Uganda are allies against al-Shabaab.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Saudi Arabia, a partner against Iran, bought jets.", "Saudi Arabia", "OPPOSES", "Iran"),
    # hatred; relations that have soured
    ("Jack Letts says he hates Isis.", "Jack Letts", "OPPOSES", "Islamic State"),
    ("Relations between Ankara and Washington have steadily deteriorated.", "United States", "OPPOSES", "Turkey"),
    ("Ties between Kenya and Somalia soured after the vote.", "Kenya", "OPPOSES", "Somalia"),
    # "the two Nato countries": each is a member; titles joined by "and"; a predecessor held the office
    ("Turkey and the US are at odds. The two Nato countries had arrangements with Russia.", "Turkey", "MEMBER_OF", "NATO"),
    ("France and Italy disagree. Both EU states want a deal.", "Italy", "MEMBER_OF", "European Union"),
    ("Hamas commander and spokesman Yusuf Darwish said the truce held.", "Yusuf Darwish", "MEMBER_OF", "Hamas"),
    ("YPJ commander and spokesperson Rojda Berxwedan said the town had fallen.", "Rojda Berxwedan", "MEMBER_OF",
     "Women's Protection Units"),
    ("Theresa May, the prime minister, spoke after David Cameron, May's predecessor, resigned.",
     "David Cameron", "LEADS", "United Kingdom"),
    # attacks on a city are fights with it
    ("Russian jets bombed Douma on Sunday.", "Russia", "FIGHTS", "Douma"),
    ("Hamas fired rockets at Tel Aviv overnight.", "Hamas", "FIGHTS", "Tel Aviv"),
    # joining a fight is fighting
    ("Kenya joined the fight against al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Uganda joined the war on al-Shabaab in 2011.", "Uganda", "FIGHTS", "al-Shabaab"),
    # names the model types as people or organisations, or leaves untagged, placed by the words around them:
    # a facility's name, a name before a place noun, a name set off by a comma before a state or compass region
    ("Pilots fly drones from RAF Fairford in Gloucestershire.", "RAF Fairford", "LOCATED_IN", "Gloucestershire"),
    ("Tankers refuel at Fairford air base in Gloucestershire.", "Fairford", "LOCATED_IN", "Gloucestershire"),
    ("He was held at Evin prison in Tehran for a year.", "Evin", "LOCATED_IN", "Tehran"),
    ("Aid flowed to places like Kitgum, Uganda.", "Kitgum", "LOCATED_IN", "Uganda"),
    ("She lives in Clapham, south London, with her sons.", "Clapham", "LOCATED_IN", "London"),
    ("Floods hit Habiganj district, north-east Bangladesh.", "Habiganj", "LOCATED_IN", "Bangladesh"),
    ("Nurses were sent to towns like Soroti, Uganda.", "Soroti", "LOCATED_IN", "Uganda"),
    ("Protesters marched from Hackney Wick in east London to reach Parliament.", "Hackney Wick", "LOCATED_IN", "London"),
    ("Volunteers staffed a clinic in Arua, in north-west Uganda.", "Arua", "LOCATED_IN", "Uganda"),
    # a capital set off by a comma from its own state is the city, not the government
    ("Nairobi, Kenya, is a regional hub.", "Nairobi", "LOCATED_IN", "Kenya"),
    # "X, the capital of Y", "X, a suburb of Y": an apposition's place noun and its "of"
    ("Clashes hit Goma, the capital of North Kivu province, overnight.", "Goma", "LOCATED_IN", "North Kivu"),
    ("Police sealed off Ikeja, a suburb of Lagos.", "Ikeja", "LOCATED_IN", "Lagos"),
    # "X, State, and ..." ends the apposition when no place follows the "and"
    ("She grew up in Cork, Ireland, and later moved to Toronto.", "Cork", "LOCATED_IN", "Ireland"),
    # a list of where with a sibling in it: the place lies in the list's first kind
    ("The militia held the plains of Kandahar in southern Afghanistan and Helmand province.",
     "Kandahar", "LOCATED_IN", "Afghanistan"),
    # a compass point named as a noun after a state's possessive is a region of that state
    ("Fighting spread to Iraq's north-west on Monday.", "north-west Iraq", "LOCATED_IN", "Iraq"),
    ("Troops massed in Peru's south before the vote.", "south Peru", "LOCATED_IN", "Peru"),
    ("Kidal, in Mali's north-east, fell.", "Kidal", "LOCATED_IN", "Mali"),
    # processes and festivals take place where their "in" says; a forum named after its town lies there
    ("The Luanda process in Angola stalled.", "Luanda process", "LOCATED_IN", "Angola"),
    ("The Davos forum drew record crowds this winter.", "World Economic Forum", "LOCATED_IN", "Davos"),
    ("Leaders gathered at Davos in Switzerland for a week.", "Davos", "LOCATED_IN", "Switzerland"),
    # an event takes place where "took place in" says
    ("The Munich Security Conference took place in Bavaria.", "Munich Security Conference", "LOCATED_IN", "Bavaria"),
    # a proxy held "as" by a verb of using: the user backs it (active, relative, passive)
    ("Turkey uses the Syrian National Army as a proxy.", "Turkey", "BACKS", "Syrian National Army"),
    ("The Houthis, which Iran has used as proxies for years, fired missiles at Riyadh.", "Iran", "BACKS", "Houthis"),
    ("The Druze militias that Israel is using as proxies attacked the village.", "Israel", "BACKS", "Druze militias"),
    ("The Houthis, used by Iran as proxies, attacked Aden.", "Iran", "BACKS", "Houthis"),
    # "X and Y fought alongside each other": one side; a stranded "alongside" in a relative clause
    ("The Wagner Group and the Malian army have fought alongside each other for years.", "Wagner Group", "ALLY_OF", "Mali"),
    ("The Houthis and Hezbollah fought alongside one another in Yemen.", "Houthis", "ALLY_OF", "Hezbollah"),
    ("The Iraqi army, whom the Peshmerga fought alongside, retook Mosul.", "Peshmerga", "ALLY_OF", "Iraq"),
    # coordinated passives: "led by X and backed by Y" -- Y backs X; the second participle is a passive too
    ("The offensive, led by the Peshmerga on the ground and supported by France in the air, retook the town.",
     "France", "BACKS", "Peshmerga"),
    ("The assault was spearheaded by Hezbollah and backed by Iranian advisers.", "Iran", "BACKS", "Hezbollah"),
    ("The campaign, backed by Russia and led by the Wagner Group, stalled.", "Russia", "BACKS", "Wagner Group"),
    ("The Syrian army, led by Bashar al-Assad and backed by Russia, advanced.", "Russia", "BACKS", "Syria"),
    # an office with its holder in apposition acts as the holder, not as the office's owner
    ("The Republican party chairman, Reince Priebus, defended Donald Trump.", "Reince Priebus", "BACKS", "Donald Trump"),
    ("The deal was endorsed by the UN envoy, Staffan de Mistura.", "Staffan de Mistura", "BACKS", "deal"),
    # partners or allies in an X-led effort are X's
    ("The Kurds have been prominent partners in the US-led fight against Isis.", "Kurds", "ALLY_OF", "United States"),
    ("The Peshmerga, key partners in the Iraqi-led offensive, retook Mosul.", "Peshmerga", "ALLY_OF", "Iraq"),
    # getting or lining up behind someone backs them
    ("Hamas got behind Ismail Haniyeh.", "Hamas", "BACKS", "Ismail Haniyeh"),
    # a symmetric event noun whose "between" phrase the parser hung on its verb
    ("Fighting broke out between Ethiopia and Eritrea on Monday.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("Clashes erupted overnight between Hezbollah and Israeli troops.", "Israel", "FIGHTS", "Hezbollah"),
    ("Fresh talks opened between Kenya and Somalia in Nairobi.", "Kenya", "MET_WITH", "Somalia"),
    # "X and Y fought a war": each fought the other
    ("Eritrea and Ethiopia fought a bloody border war.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("Israel and Hamas have fought four wars since 2008.", "Hamas", "FIGHTS", "Israel"),
    # an attack verb with sanctions or tariffs is a measure, not arms
    ("The EU targeted Russia with new sanctions.", "European Union", "OPPOSES", "Russia"),
    ("Washington hit Beijing with fresh tariffs.", "United States", "OPPOSES", "China"),
    # "at war with": armed conflict both ways
    ("Ethiopia is at war with the TPLF.", "Ethiopia", "FIGHTS", "Tigray People's Liberation Front"),
    ("Sudan's army has been at war with the RSF since April.", "Rapid Support Forces", "FIGHTS", "Sudan"),
    # "called for Y to act": a call on Y
    ("The African Union called for Eritrea to withdraw its troops.", "African Union", "CALLED_ON", "Eritrea"),
    ("Kenya has pushed for Somalia to hold elections.", "Kenya", "CALLED_ON", "Somalia"),
    # one person attacking another attacks them in words
    ("William Ruto attacked Yoweri Museveni in a speech on Monday.", "William Ruto", "OPPOSES", "Yoweri Museveni"),
    # drones and missiles delivered are arms
    ("The UAE has sent drones to the RSF.", "United Arab Emirates", "BACKS", "Rapid Support Forces"),
    ("Iran sold missiles to the Houthis.", "Iran", "BACKS", "Houthis"),
    # holding someone accountable blames them
    ("Biden vowed to hold Putin accountable.", "Joe Biden", "OPPOSES", "Vladimir Putin"),
    # "its" in what someone is urged to do is the one urged
    ("Kenya urged Eritrea to end its support for al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    # "its" owned by what a hostile verb acts on is someone else's: not the attacker's own positions
    ("Al-Shabaab ambushed a convoy. Kenya responded by bombing its camps in Somalia.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Eritrea has armed the TPLF. Ethiopia condemned its support for the rebels.", "Ethiopia", "OPPOSES", "Eritrea"),
    # losing a named place to someone: they took it
    ("Al-Shabaab lost Mogadishu to Kenyan troops in 2011.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("The Taliban lost Kandahar to Afghan forces.", "Afghanistan", "FIGHTS", "Taliban"),
    # fire into a country
    ("Hezbollah fired rockets into Israel overnight.", "Hezbollah", "FIGHTS", "Israel"),
    ("The Houthis have fired drones towards Saudi Arabia.", "Houthis", "FIGHTS", "Saudi Arabia"),
    # a small clause after a classification verb, and object control of "against/from" gerunds
    ("Kenya considers al-Shabaab a terrorist organisation.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Washington considers Riyadh a key partner.", "United States", "ALLY_OF", "Saudi Arabia"),
    ("Kenya warned Eritrea against arming al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    ("The Republicans lined up behind Donald Trump.", "Republican Party", "BACKS", "Donald Trump"),
    # 'he' and 'she' take a person of their sex: by given name, honorific or a gendered noun beside the name
    ("Daniel Mensah hosted Grace Okafor in Accra. She later condemned Iran.", "Grace Okafor", "OPPOSES", "Iran"),
    ("Daniel Mensah hosted Grace Okafor in Accra. She urged him to condemn Iran.",
     "Grace Okafor", "CALLED_ON", "Daniel Mensah"),
    ("Daniel Mensah welcomed Grace Okafor to Accra, officials said. She had criticised Iran, her aides said.",
     "Grace Okafor", "OPPOSES", "Iran"),
    ("Mr Alex Novak met Ms Kim Tran in Hanoi. On Tuesday, she criticised Iran.", "Kim Tran", "OPPOSES", "Iran"),
    ("Alex Novak met Kim Tran, a spokeswoman for the alliance, in Hanoi. She later criticised Iran.",
     "Kim Tran", "OPPOSES", "Iran"),
    ("Alex Novak met Kim Tran, a spokeswoman for the alliance, in Hanoi. He later criticised Iran.",
     "Alex Novak", "OPPOSES", "Iran"),
    # the same pronoun goes on as the subject of the sentences that follow
    ("Ruth Adeyemi phoned Samuel Otieno on Friday. \u201cShe asked Kenya to show restraint,\u201d her office said. "
     "\u201cShe also asked Kenya to reopen the border.\u201d", "Ruth Adeyemi", "CALLED_ON", "Kenya"),
    # a name that only modifies another noun is no antecedent
    ("Samuel Otieno stepped down on Monday. The Ruto adviser Mary Njeri praised his tireless work.",
     "Mary Njeri", "BACKS", "Samuel Otieno"),
    # "his country" is the state its owner leads or serves
    ("Ghana's foreign minister, Daniel Mensah, said his country would back Ukraine.", "Ghana", "BACKS", "Ukraine"),
    # coordinated demonyms before a state body: each state acts
    ("Kenyan and Ugandan troops attacked al-Shabaab near the border.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Kenyan and Ugandan troops reportedly attacked al-Shabaab, officials said.", "Uganda", "FIGHTS", "al-Shabaab"),
    # the parties of a named agreement or talks, by "with" and "between", and its owner beside them
    ("The Camp David Accords between Egypt and Israel held for decades.", "Israel", "PARTICIPATES_IN", "Camp David Accords"),
    ("The Doha talks between the Taliban and the US resumed on Monday.", "Taliban", "PARTICIPATES_IN", "Doha talks"),
    ("Critics said the 2015 nuclear deal with Iran was dangerous.", "Iran", "PARTICIPATES_IN",
     "Joint Comprehensive Plan of Action"),
    # "Operation X" names a military operation, whatever the model typed the name
    ("Kenya launched Operation Linda Nchi in 2011.", "Kenya", "PARTICIPATES_IN", "Operation Linda Nchi"),
    ("Officials said Chad had launched Operation Lake Storm.", "Chad", "PARTICIPATES_IN", "Operation Lake Storm"),
    # an owned campaign "in" a place is an event there, and its owner wages it
    ("Turkey's offensive in Afrin killed dozens.", "Turkey", "PARTICIPATES_IN", "Afrin offensive"),
    ("The Turkish offensive in Afrin entered its second week.", "Afrin offensive", "LOCATED_IN", "Afrin"),
    # "the group, which ...", "the kingdom", "the charity": the one named before
    ("Hezbollah fired rockets at Israel. The group, which is backed by Iran, said it would keep fighting Israel.",
     "Hezbollah", "OPPOSES", "Israel"),
    ("Saudi Arabia bombed the Houthis. The kingdom has denied targeting civilians, but it condemned Iran.",
     "Saudi Arabia", "OPPOSES", "Iran"),
    ("Oxfam criticised the blockade. The charity urged Israel to open the crossings.", "Oxfam", "CALLED_ON", "Israel"),
    ("Human Rights Watch criticised Egypt. The watchdog also condemned Israel, its report said.",
     "Human Rights Watch", "OPPOSES", "Israel"),
    # "the two countries" are the coordinated subject the sentences were about; "the two sides", the ones opposed
    ("Kenya and Uganda have quarrelled over Somalia. The two countries have been allies of Ethiopia for decades.",
     "Kenya", "ALLY_OF", "Ethiopia"),
    ("Egypt and Qatar mediated between Israel and Hamas. The two sides agreed to a truce.", "Hamas", "PARTICIPATES_IN",
     "truce"),
    # freeing or ridding ground of someone fights them
    ("Kurdish fighters backed by US jets freed Tal Abyad from Isis.", "Kurdish fighters", "FIGHTS", "Islamic State"),
    ("Iraqi troops rid the town of Islamic State fighters.", "Iraq", "FIGHTS", "Islamic State"),
    ("The SDF is operating with US support to free Tabqa from Isis control.", "Syrian Democratic Forces", "FIGHTS",
     "Islamic State"),
    # an office "at"/"for" a name followed by the kind of body it is
    ("Tom Reed, a researcher at the Meridian Policy Institute thinktank, said the rebels were weak.",
     "Tom Reed", "MEMBER_OF", "Meridian Policy Institute"),
    ("Tom Reed is a senior fellow at the Chatham House think tank in London.", "Tom Reed", "MEMBER_OF", "Chatham House"),
    # a bare "the <office>" is the holder named before, by the office's own words first
    ("Tom Hale, the British foreign secretary, met Ahmed Farah in Cairo. The foreign secretary later condemned Iran.",
     "Tom Hale", "OPPOSES", "Iran"),
    ("Senator Ruth Cole visited Kyiv on Monday. The senator urged Russia to withdraw.", "Ruth Cole", "CALLED_ON", "Russia"),
    ("The US secretary of state, Paul Reed, met Tom Hale, the British foreign secretary. "
     "The foreign secretary later condemned Iran.", "Tom Hale", "OPPOSES", "Iran"),
    # a war's name that holds two actors names its sides: "the X-Y war", "X's war in Y", "the X-ian invasion of Y"
    ("Aid agencies said the Israel-Hamas war had emptied the hospitals.", "Israel", "FIGHTS", "Hamas"),
    ("Aid agencies said the Israel-Hamas war had emptied the hospitals.", "Hamas", "FIGHTS", "Israel"),
    ("The Soviet-Afghan war ended in 1989.", "Soviet Union", "FIGHTS", "Afghanistan"),
    ("Grain prices rose after Russia's war in Ukraine began.", "Russia", "FIGHTS", "Ukraine"),
    ("Britain sent arms during Russia's war in Ukraine.", "Russia", "FIGHTS", "Ukraine"),
    ("The Russian invasion of Ukraine emptied the border towns.", "Russia", "FIGHTS", "Ukraine"),
    ("Moscow's war against Kyiv entered a third winter.", "Russia", "FIGHTS", "Ukraine"),
    ("Ethiopia's invasion of Eritrea stalled in the hills.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("The Ethiopian incursion into Somalia ended in March.", "Ethiopia", "FIGHTS", "Somalia"),
    # "an assault by X on Y": the target the parser hangs on the doer of the by-phrase
    ("An assault by al-Shabaab on Kenyan troops killed ten.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Raids by Turkish troops against the PKK continued.", "Turkey", "FIGHTS", "Kurdistan Workers' Party"),
    ("Officials said an assault by al-Shabaab on Ugandan troops had been repelled.", "al-Shabaab", "FIGHTS", "Uganda"),
    # backing had "with" backs whoever acts with it; fighting or intervening on someone's behalf backs them
    ("Syrian rebels, with Turkish backing, captured the town.", "Turkey", "BACKS", "Syrian rebels"),
    ("The Houthis, with the backing of Iran, seized the port.", "Iran", "BACKS", "Houthis"),
    ("Kurdish forces advanced with support from the United States.", "United States", "BACKS", "Kurdish forces"),
    ("With the help of Russia, Syrian troops retook the city.", "Russia", "BACKS", "Syria"),
    ("Turkish troops, with Russian air cover, entered the town.", "Russia", "BACKS", "Turkey"),
    ("Hezbollah fought on Assad's behalf.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    ("Russia intervened on behalf of the Syrian government.", "Russia", "BACKS", "Syria"),
    ("Officials said Hezbollah had fought on Assad's behalf.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    # ground taken from someone: driven from a place, a place taken from or fallen to X from its holder
    ("Iraqi troops drove Isis from the town.", "Iraq", "FIGHTS", "Islamic State"),
    ("Kurdish fighters pushed Isis from the villages.", "Kurdish fighters", "FIGHTS", "Islamic State"),
    ("Isis was driven from the valley by Iraqi troops.", "Iraq", "FIGHTS", "Islamic State"),
    ("Officials said Kurdish fighters had driven Isis from the town.", "Kurdish fighters", "FIGHTS", "Islamic State"),
    ("Turkish troops seized Afrin from the YPG.", "Turkey", "FIGHTS", "People's Protection Units"),
    ("Officials said Iraqi troops retook Mosul from Isis.", "Iraq", "FIGHTS", "Islamic State"),
    ("Kismayo fell from al-Shabaab to Kenyan troops.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Palmyra fell to Isis from Syrian troops.", "Islamic State", "FIGHTS", "Syria"),
    ("Mosul, held by Isis since 2014, fell to Iraqi troops.", "Iraq", "FIGHTS", "Islamic State"),
    ("The Isis-held city of Raqqa fell to Kurdish fighters.", "Kurdish fighters", "FIGHTS", "Islamic State"),
    ("Kismayo, the last town held by al-Shabaab, fell to Kenyan troops.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Officials said Kismayo had fallen to Kenyan troops from al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    # "blamed the act on X": whom it blames, however the parser hangs it
    ("Israel blamed the bombing on Hamas.", "Israel", "OPPOSES", "Hamas"),
    ("Kenya blamed the attack on the border post on al-Shabaab.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Officials said Kenya blamed the bombing on al-Shabaab.", "Kenya", "OPPOSES", "al-Shabaab"),
    # a designation whose object the parser reads as given the kind ("branded X a terrorist entity")
    ("Canada branded the Proud Boys a terrorist entity.", "Canada", "OPPOSES", "Proud Boys"),
    ("Officials said Kenya had branded al-Shabaab a terrorist movement.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Britain has designated Hezbollah as a terrorist organisation.", "United Kingdom", "OPPOSES", "Hezbollah"),
    ("The Houthis, designated as terrorists by the US, fired missiles at ships.", "United States", "OPPOSES", "Houthis"),
    # a reported blame is an accusation: "X said Y was behind / responsible for / carried out" a hostile deed,
    # "X claimed that Y had shelled" (a claim verb), "X held Y responsible"
    ("Russia claimed that Ukraine had shelled the dam.", "Russia", "OPPOSES", "Ukraine"),
    ("Moscow insisted Kyiv had bombed the reactor.", "Russia", "OPPOSES", "Ukraine"),
    ("Ankara alleged that the PKK was behind the car bombing.", "Turkey", "OPPOSES", "Kurdistan Workers' Party"),
    ("Egyptian officials said Hamas was responsible for the attack on the crossing.", "Egypt", "OPPOSES", "Hamas"),
    ("The raid on the convoy was carried out by al-Shabaab, Nairobi said.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Pakistan says the TTP carried out the suicide bombing.", "Pakistan", "OPPOSES", "Tehrik-i-Taliban Pakistan"),
    ("Kenya said al-Shabaab was behind a string of ambushes.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Jordan held Hezbollah responsible for the strike.", "Jordan", "OPPOSES", "Hezbollah"),
    ("Washington holds Tehran responsible for the attacks on its troops.", "United States", "OPPOSES", "Iran"),
    ("Nigeria held Boko Haram responsible for the kidnapping.", "Nigeria", "OPPOSES", "Boko Haram"),
    # a named actor and a sponsored collective coordinated are two sides, however the parser joins them;
    # a gerund in a noun's place is the event noun ("fighting between X and Y")
    ("Fighting between the SDF and Turkish-backed rebels flared near Tal Abyad.",
     "Syrian Democratic Forces", "FIGHTS", "Turkish-backed rebels"),
    ("Clashes between Hamas and Iranian-backed militias killed four.", "Iranian-backed militias", "FIGHTS", "Hamas"),
    ("The SDF and Turkish-backed rebels clashed near the dam.", "Turkish-backed rebels", "FIGHTS", "Syrian Democratic Forces"),
    ("The SDF and Turkish-backed rebels clashed near the dam.", "Turkey", "BACKS", "Turkish-backed rebels"),
    ("Heavy fighting between Armenia and Azerbaijan broke out overnight.", "Azerbaijan", "FIGHTS", "Armenia"),
    # coordinated subjects of a fight verb with no one fought fight each other, both ways
    ("Kenya and al-Shabaab have been fighting for a decade.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Kenya and al-Shabaab have been fighting for a decade.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("The Houthis and the Saudi-led coalition battled over the port.", "Houthis", "FIGHTS", "Saudi-led coalition"),
    ("The Houthis and the Saudi-led coalition battled over the port.", "Saudi-led coalition", "FIGHTS", "Houthis"),
    ("Ethiopia and Eritrea traded fire along the frontier.", "Eritrea", "FIGHTS", "Ethiopia"),
    ("Ethiopia and Eritrea traded fire along the frontier.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("Sudan and South Sudan exchanged fire.", "South Sudan", "FIGHTS", "Sudan"),
    # a phrase the parser runs on past a comma into the next clause ends at the comma
    ("Iran, with its support for the Houthis, angered Riyadh.", "Iran", "BACKS", "Houthis"),
    ("Turkey, with its backing of the rebels, alarmed Moscow.", "Turkey", "BACKS", "rebels"),
    # bare rebels are not named after a state the text names only as their backer
    ("The rebels took the town with Turkish backing.", "Turkey", "BACKS", "rebels"),
    ("The rebels advanced on Aden with the support of Iran.", "Iran", "BACKS", "Yemeni rebels"),  # (Aden's, not Iran's)
]

ABSENT = [
    ("There were clashes between Iran and Israel, Syria and Israel, and Turkey and the Kurds.", "Iran", "FIGHTS", "Turkey"),
    ("Fighting broke out between Chad and Sudan, and Ethiopia and Eritrea.", "Chad", "FIGHTS", "Ethiopia"),
    ("Turkish jets bombed Kurdish positions near the border.", "Turkey", "FIGHTS", "Kurdish forces"),
    # a sea borders states and lies in none
    ("The port city of Hodeidah, on Yemen's Red Sea coast, is held by the Houthis.", "Red Sea", "LOCATED_IN", "Yemen"),
    ("Syrian rebels fought along with Turkish troops near the border.", "Syrian rebels", "FIGHTS", "Turkey"),
    ("Turkey condemned the strikes and called on Russia to halt its support for Assad.", "Turkey", "BACKS", "Bashar al-Assad"),
    ("Ankara appealed to Moscow to end its backing of the Syrian regime.", "Turkey", "BACKS", "Syria"),
    ("The summit was overshadowed by the trade war between the US and China.", "United States", "FIGHTS", "China"),
    ("Washington launched a trade war against Beijing last year.", "United States", "FIGHTS", "China"),
    ("Saudi Arabia waged a price war on Russia.", "Saudi Arabia", "FIGHTS", "Russia"),
    ("Qatar has close ties to Hamas.", "Qatar", "AFFILIATED_WITH", "Hamas"),
    ("The Lebanese militant group Hezbollah has fought alongside Assad's troops for years.", "Hezbollah", "FIGHTS", "Lebanon"),
    ("The Iraqi group Kataib Hezbollah fought beside the army.", "Kataib Hezbollah", "FIGHTS", "Iraq"),
    ("The jihadist group Boko Haram has attacked Chad and Niger.", "jihadist group", "FIGHTS", "Chad"),
    # troops sent to a place back no one there
    ("Ankara sent more troops to Idlib on Monday.", "Turkey", "BACKS", "Idlib"),
    ("Omar Aziz, a researcher at Oxford University's Refugee Studies Centre, said the camps were full.",
     "Omar Aziz", "MEMBER_OF", "Oxford University"),
    ("Amnesty International's report angered the Red Cross.", "Amnesty International", "MEMBER_OF", "International Committee of the Red Cross"),
    # a branch's officer does not lead the branch's state; a state starting a longer phrase is no branch
    ("Paul Dunn, chief executive of Oxfam Australia, said the aid had stopped.", "Paul Dunn", "LEADS", "Australia"),
    ("Lina Haddad, a director of Amnesty International UK, condemned the ruling.", "Lina Haddad", "MEMBER_OF", "United Kingdom"),
    ("The UN Yemen envoy, Hans Berg, met the rebels.", "Hans Berg", "MEMBER_OF", "UN Yemen"),
    # coordinated subjects of a call on someone do not meet each other; "its" after "urged Y to" is Y's
    ("William Ruto and Yoweri Museveni called on Salva Kiir to accept the deal.", "William Ruto", "MET_WITH", "Yoweri Museveni"),
    ("Kenya urged Eritrea to end its support for al-Shabaab.", "Kenya", "BACKS", "al-Shabaab"),
    ("Eritrea has armed the TPLF. Ethiopia condemned its support for the rebels.", "Ethiopia", "BACKS", "rebels"),
    ("The EU targeted Russia with new sanctions.", "European Union", "FIGHTS", "Russia"),
    # who is warned against or kept from an act is its doer, not the one who warns
    ("Kenya warned Eritrea against arming al-Shabaab.", "Kenya", "BACKS", "al-Shabaab"),
    ("Egypt stopped Sudan from backing the RSF.", "Egypt", "BACKS", "Rapid Support Forces"),
    # a briefing for reporters is no event; operations, an assault: acts, not events in a place
    ("The minister told a news conference in Geneva that the talks would resume.", "Geneva conference", "LOCATED_IN", "Geneva"),
    ("The cell planned operations in Iraq and in Europe.", "Iraq operations", "LOCATED_IN", "Iraq"),
    ("An assault on Homs killed dozens.", "Homs assault", "LOCATED_IN", "Homs"),
    ("The Syria talks in Vienna stalled.", "Syria talks", "LOCATED_IN", "Syria"),
    # allies of someone named are that one's, not the allies of who acts on them
    ("Kenya attacked allies of Somalia such as Uganda.", "Uganda", "ALLY_OF", "Kenya"),
    # holding talks with someone is meeting them; the talks of one article are no named event
    ("Kenya held talks with Somalia in Nairobi.", "Kenya", "PARTICIPATES_IN", "talks"),
    # extremists named before any jihadist group, or owned by a state, are not that group
    ("Kenya vowed to crush the extremists. Al-Shabaab attacked the base.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Isis lost ground. Hamas militants fired rockets at Israel.", "Islamic State", "FIGHTS", "Israel"),
    # taking ground is no fight with the ground; "fighting in X", "the battle for X" say where and over what
    ("Isis captured Raqqa in 2014.", "Islamic State", "FIGHTS", "Raqqa"),
    ("Al-Shabaab seized the port of Kismayo in 2008.", "al-Shabaab", "FIGHTS", "Kismayo"),
    ("Kurdish forces are fighting in Deir ez-Zor.", "Kurdish forces", "FIGHTS", "Deir ez-Zor"),
    ("Hezbollah played a key role in the battle for Qusair.", "Hezbollah", "FIGHTS", "Qusair"),
    # an activist's nationality is no office of the state
    ("The Ethiopian activist Lulit Haile spoke in Geneva.", "Lulit Haile", "MEMBER_OF", "Ethiopia"),
    # "after" a stance is no concession: nothing is aimed at the clause's subject
    ("Kenya withdrew after criticism from Uganda.", "Uganda", "OPPOSES", "Kenya"),
    # "the rival group" is another one; naming someone is no call to them
    ("Hezbollah fired rockets. Israel struck the rival group.", "Israel", "FIGHTS", "Hezbollah"),
    ("Turkey calls the YPG a terrorist group.", "Turkey", "MET_WITH", "People's Protection Units"),
    ("Isis claimed the bombing. The BBC reported that Amira Khalil had left to join the terrorist organisation.",
     "Amira Khalil", "MEMBER_OF", "BBC"),
    # a past fact reported after "insisted that" is no demand
    ("Kenya insisted that Somalia had started the war.", "Kenya", "CALLED_ON", "Somalia"),
    ("Kenya suggested that Uganda was behind the attack.", "Kenya", "CALLED_ON", "Uganda"),
    # "the [words] group" is the known group named before only for words that describe a kind of group
    ("Al-Shabaab was blamed. Anna Berg was a member of the white nationalist movement.", "Anna Berg", "MEMBER_OF",
     "al-Shabaab"),
    ("Hamas fired rockets. Petro was a member of the M-19 guerrilla movement.", "Gustavo Petro", "MEMBER_OF", "Hamas"),
    # an occupied place was taken from no one the phrase names
    ("Refugees fled towards Jordan and the Israeli-occupied Golan Heights.", "Jordan", "FIGHTS", "Israel"),
    # relations that improve, or talks that collapse, are no hostility
    ("Relations between Turkey and the US have improved.", "Turkey", "OPPOSES", "United States"),
    ("The talks between Kenya and Somalia collapsed.", "Kenya", "OPPOSES", "Somalia"),
    # a bloc named beside states it does not hold
    ("Turkey and the US are at odds with the EU.", "Turkey", "MEMBER_OF", "European Union"),
    # welcoming a visitor is meeting, not backing
    ("Russia welcomed Erdogan in Moscow.", "Russia", "BACKS", "Recep Tayyip Erdogan"),
    ("Six European countries, among them Denmark and Norway, hit the UN aid spending target.", "Norway", "FIGHTS", "United Nations"),
    ("Idlib is controlled by Hayat Tahrir al-Sham, a group led by al-Qaida's former Syria affiliate.",
     "Syria", "AFFILIATED_WITH", "Al-Qaeda"),
    ("Kenya remains at war, but it is the foreign backers of the regime, Eritrea and Egypt, who now gain.",
     "Kenya", "BACKS", "Eritrea"),
    ("Arsenal lost the match to Chelsea.", "Chelsea", "FIGHTS", "Arsenal"),
    ("Russian warplanes pounded rebel-held areas of Idlib.", "Russia", "FIGHTS", "Russian rebels"),
    ("Kenya poured cold water on Somalia's plan.", "Kenya", "BACKS", "Somalia"),
    ("Kenya called al-Shabaab's claims lies.", "Kenya", "CALLED_ON", "al-Shabaab"),
    ("Fighting broke out between rebel factions and Hayat Tahrir al-Sham, an al-Qaida affiliate, in Idlib.",
     "rebels", "AFFILIATED_WITH", "Al-Qaeda"),
    ("The crisis could deepen if there is a conflict between Kenya and Somalia’s Islamists.", "Kenya", "FIGHTS", "Somalia"),
    ("The crisis could deepen if there is a conflict between Kenya and Somalia’s Islamists.", "Kenya", "OPPOSES", "Islamists"),
    ("Trump ordered a cruise missile strike on Syrian military facilities.", "Donald Trump", "OPPOSES", "Syria"),
    ("Somalia is at war. The announcement caught Kenya’s allies in Somalia off guard.", "Somalia", "ALLY_OF", "Kenya"),
    ("William Ruto told the BBC that the border would reopen.", "William Ruto", "MET_WITH", "BBC"),
    ("Kenya told Somalia to withdraw its troops.", "Kenya", "MET_WITH", "Somalia"),
    ("Mark Hale visited a Turkish prison in May.", "Turkey", "OPPOSES", "Mark Hale"),
    ("Damascus says Syria will recover. Hezbollah fought in the war against Israel in 2006.",
     "Hezbollah", "PARTICIPATES_IN", "Syrian civil war"),
    ("Hezbollah fought in the Syrian civil war on Assad's side.", "Hezbollah", "FIGHTS", "Bashar al-Assad"),
    ("Mark Hale, a visitor at the Kenyan embassy, was killed.", "Mark Hale", "MEMBER_OF", "Kenya"),
    ("Tim Rowe, a Tory MP, spoke in the debate.", "Tim Rowe", "MEMBER_OF", "United Kingdom"),
    ("Experts estimate that the 850 Britons affiliated with Isis include 145 women.", "United Kingdom", "AFFILIATED_WITH", "Islamic State"),
    ("Many Britons joined Isis in 2014.", "United Kingdom", "MEMBER_OF", "Islamic State"),
    ("The coalition has fought every Kenyan attempt to limit its operations.", "coalition", "FIGHTS", "Kenya"),
    ("Maria Lopez, head of the Nordic Green Alliance, spoke.", "Nordic Green Alliance", "ALLY_OF", "Maria Lopez"),
    ("The militants regrouped in the Anbar and Nineveh provinces of Iraq.", "Nineveh", "LOCATED_IN", "Anbar"),
    ("The army will clear the Afrin and Manbij regions.", "Manbij", "LOCATED_IN", "Afrin"),
    ("For its part, Israel wants a stable government in Syria.", "Israel", "MEMBER_OF", "Syria"),
    ("The Tennessee Republican has clashed repeatedly with Trump.", "Republican Party", "FIGHTS", "Donald Trump"),
    ("The Houthis attacked ships near Yemen. These groups are backed by Iran.", "Iran", "BACKS", "Houthis"),
    ("Twelve states voted against Peru's motion, Chile said.", "Chile", "OPPOSES", "Peru"),
    ("Kenya sent troops into Somalia. Its troops had orders to oust al-Shabaab from the border towns.",
     "Somalia", "FIGHTS", "al-Shabaab"),
    ("Kenya praised al-Shabaab's attack on the base.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Volunteers from Britain joined the Kurds to fight Isis.", "United Kingdom", "FIGHTS", "Islamic State"),
    ("Senate Democratic leader Tom Hale blocked the bill.", "Tom Hale", "LEADS", "US Senate"),
    ("Turkey's Afrin operation began in January.", "Afrin", "LOCATED_IN", "Turkey"),
    ("Ann Cole, a Liberal Democrat peer, spoke in the debate.", "Ann Cole", "MEMBER_OF", "Democratic Party"),
    ("The French senator Marc Blanc criticised the plan.", "Marc Blanc", "MEMBER_OF", "US Senate"),
    ("Senator Tom Hale and Ann Cole wrote to the president.", "Ann Cole", "MEMBER_OF", "US Senate"),
    ("Peru and Chile are old rivals of Bolivia.", "Peru", "OPPOSES", "Chile"),
    ("Lena Fischer decided to revoke the Austrian citizenship of Maria Lopez.", "Lena Fischer", "OPPOSES", "Austria"),
    ("Tehran condemned Washington's Syria policy.", "Iran", "OPPOSES", "Syria"),
    # "..., which angered Z" is angered by the act, not by the noun before the comma
    ("Kenya's jets bombed al-Shabaab camps, which angered Somalia.", "Somalia", "OPPOSES", "al-Shabaab"),
    # talks named after the state they are held in are not said to lie in the state (a city's are: see CASES)
    ("Lavrov spoke after talks in Qatar with Iran.", "Qatar talks", "LOCATED_IN", "Qatar"),
    # "the neighbouring province" is another one
    ("Fighting spread to Idlib. Russian jets launched an attack on the neighbouring province.", "Russia", "FIGHTS", "Idlib"),
    # "hit out at" is words, not blows
    ("Erdogan hit out at Washington over the sanctions.", "Recep Tayyip Erdogan", "FIGHTS", "United States"),
    # condemning an arrest is not opposing the one arrested
    ("Russia condemned the arrest of Navalny by Belarus.", "Russia", "OPPOSES", "Navalny"),
    # rebels after "Isis militants" are other people
    ("Isis militants seized Raqqa. Later rebels in Idlib attacked the army, killing Syrian soldiers.",
     "Islamic State", "FIGHTS", "Syria"),
    # legal action is not armed; the owner of a noun a pronoun's phrase hangs on is not the pronoun
    ("Britain took legal action against Iran at The Hague.", "United Kingdom", "FIGHTS", "Iran"),
    ("Nervous are the Moroccans, who rely on French support in their long war with the Polisario Front.",
     "France", "FIGHTS", "Polisario Front"),
    # ... but not when the paragraph named two people
    ("Omar Haddad met Ali Karimi in Amman in March. The talks were long. Nothing was agreed. He asked Jordan for help.",
     "Omar Haddad", "CALLED_ON", "Jordan"),
    # holding talks is not holding someone
    ("The SDF held talks with Russia.", "Syrian Democratic Forces", "OPPOSES", "Russia"),
    # an indefinite assault is an act, not a named battle; a battle's place is not its doer
    ("Russia may soon begin an assault on Zaporizhzhia.", "Russia", "PARTICIPATES_IN", "assault of Zaporizhzhia"),
    ("Turkey stepped up the Afrin offensive on Sunday.", "Afrin", "FIGHTS", "Turkey"),
    ("Russia pressed on with the Kursk offensive on Tuesday.", "Kursk", "FIGHTS", "Russia"),
    # an office "for" a country is about it, not of it; an office many hold is not one named holder
    ("Grace Mwangi, chief of the UN's refugee programme for Sudan, said.", "Grace Mwangi", "MEMBER_OF", "Sudan"),
    ("Nato member Poland doubled its defence budget.", "Jens Stoltenberg", "MEMBER_OF", "NATO"),
    # an attack that was done is not also a threat
    ("Russia bombed Aleppo and Hezbollah on Sunday.", "Russia", "OPPOSES", "Hezbollah"),
    # a nationality is not an office; the arm's demonym is where it works
    ("The Irish photographer Sean Doyle was detained.", "Sean Doyle", "MEMBER_OF", "Ireland"),
    ("Islamabad says the TTP is the Afghan wing of an outlawed terror network.",
     "Tehrik-i-Taliban Pakistan", "AFFILIATED_WITH", "Afghanistan"),
    ("Israel said the strike was a success.", "Israel", "OPPOSES", "strike"),
    # a new clause's subject misread as a conjunct of the object
    ("Armenia objected to the Azerbaijani offensive and France had called for calm.", "Armenia", "OPPOSES", "France"),
    # taken together is not allied; a fighter does not attack the town he dies in
    ("The reporter was captured alongside James Foley in 2012.", "John Cantlie", "ALLY_OF", "James Foley"),
    ("Tom Reilly was killed during the battle for Bakhmut.", "Tom Reilly", "FIGHTS", "Bakhmut"),
    # the side that wins a battle for a town does not back the town
    ("Russia won the battle for Avdiivka.", "Russia", "BACKS", "Avdiivka"),
    # co-fighters are not enemies
    ("Iran and Hezbollah fought alongside Assad's forces.", "Iran", "FIGHTS", "Hezbollah"),
    ("Hezbollah and the Houthis fought alongside Iran's forces.", "Hezbollah", "FIGHTS", "Houthis"),
    # a place followed by "in" and a month is in no place
    ("Rebels took Kherson in November.", "Kherson", "LOCATED_IN", "November"),
    # respecting a state is not taking part in an event
    ("Kenya said it would respect Somalia's sovereignty.", "Kenya", "PARTICIPATES_IN", "Somalia"),
    # a "former" on the first of two coordinated titles covers the second
    ("Michael Hayden, the former air force general and CIA director, spoke.",
     "Michael Hayden", "LEADS", "Central Intelligence Agency"),
    # being propped up by one's backers is not backing
    ("The Maduro government is propped up by his backers in Havana.", "Nicolás Maduro", "BACKS", "Venezuela"),
    # the possessive of a removal noun is removed, it does not oppose
    ("Canada is pressing for Maduro's removal.", "Nicolás Maduro", "OPPOSES", "Canada"),
    # "between X and Y" relates them only by kinds of relation that hold between two
    ("A long phone call between Xi Jinping and Joe Biden produced no deal.", "Xi Jinping", "CALLED_ON", "Joe Biden"),
    # ties that warmed are no tension
    ("Ties between Rabat and Madrid have warmed.", "Morocco", "OPPOSES", "Spain"),
    # the place someone left for did not join anything
    ("Karim Daoud left for Somalia to join al-Shabaab as a teenager.", "Somalia", "MEMBER_OF", "al-Shabaab"),
    # the theatre of an operation is not a venue
    ("Pakistan's military operations in western Balochistan went on.",
     "Balochistan operations", "LOCATED_IN", "Balochistan"),
    # troops "in X" may be anyone's
    ("Soldiers in Syria fought Isis.", "Syria", "FIGHTS", "Islamic State"),
    # a classifier noun says what a name is: a band is not a person holding an office
    ("Nina Hale, co-founder of the Danish pop group Blue Harbour, donated.", "Blue Harbour", "MEMBER_OF", "Denmark"),
    # a branch's demonym is where it works, not who it is
    ("The cell is an offshoot of Isis's Libyan branch.", "Libya", "AFFILIATED_WITH", "Islamic State"),
    # co-callers of one joint call did not call each other
    ("In a joint video call to Beijing, Keir Starmer and Olaf Scholz appealed for calm.",
     "Keir Starmer", "MET_WITH", "Olaf Scholz"),
    # a participle modifies its own noun, not the nouns coordinated with it
    ("The mission urged both the Saudi-led coalition and Iran to stand down.", "Saudi Arabia", "LEADS", "Iran"),
    ("Turkey and the Sunni Arabs led by Qatar will be disappointed.", "Qatar", "LEADS", "Turkey"),
    # co-subjects of a verb with its own object did not meet each other
    ("Both Putin and Erdogan welcomed the pullout.", "Vladimir Putin", "MET_WITH", "Recep Tayyip Erdogan"),
    # the "of" place of a place part owns it, not the other way round
    ("Drones struck the southern Dahiyeh suburbs of Beirut.", "Beirut", "LOCATED_IN", "Dahiyeh"),
    # examples of a bare class are not members of an entity
    ("Armed groups such as Hamas fired rockets.", "Hamas", "MEMBER_OF", "militants"),
    # condemning what was done to X is not opposing X
    ("Russia condemned the arrest of Navalny.", "Russia", "OPPOSES", "Alexei Navalny"),
    # a classification that is not hostile states nothing
    ("Kenya regards the talks as a success.", "Kenya", "OPPOSES", "talks"),
    # a compass point is not "the West"
    ("Rebels hold towns in north-west Syria.", "Western governments", "LOCATED_IN", "Syria"),
    # the head of a unit of an organisation does not lead the organisation
    ("Tomas Berg, head of the polling desk at the International Crisis Group, predicted a stalemate.",
     "Tomas Berg", "LEADS", "International Crisis Group"),
    # a sponsored state body is the state's, not a new group
    ("Russian-backed government troops shelled the village.", "Russian-backed government troops", "FIGHTS", "Russia"),
    # quoted speakers in the first person, acts owned by their noun's owner
    # a private person's "we" is nobody the text names
    ("“We support the rebels,” said Juan Perez, a shopkeeper in Aleppo.", "Juan Perez", "BACKS", "Syrian rebels"),
    # first person outside quotation marks is the writer's, not a speaker's
    ("We saw Kenya's jets over the town. Kenya said al-Shabaab had left.", "Kenya", "FIGHTS", "al-Shabaab"),
    # holding talks is no detention; "the pair" are the coordinated subject, not people named in passing
    ("The president held talks with Mark Hale.", "the president", "OPPOSES", "Mark Hale"),
    ("Mark Hale and John Peters, who worked with the reporters Li Wei and Sara Khan, were detained. "
     "The pair are held by the Bolivian army.", "Bolivia", "OPPOSES", "Li Wei"),
    ("Mark Hale was seized by al-Shabaab in 2019. His brother called for negotiations with the group holding him.",
     "His brother", "OPPOSES", "Mark Hale"),
    # an event whose name lacks its place is not placed by the catalogue
    ("The Sochi agreement collapsed.", "Sochi agreement", "LOCATED_IN", "Idlib"),
    # precision guards found by reading new edges on unannotated articles
    ("The raid was a success for the US-led anti-Houthi naval coalition.", "United States", "LEADS", "Houthis"),
    ("Iran and Turkey, whose ministers met in Tehran, agreed to avoid a regime assault on Daraa. The regime "
     "denied it.", "Iran", "FIGHTS", "Daraa"),
    ("Saddam gassed Kurdish villages during the Iran-Iraq war.", "Iraq War", "LOCATED_IN", "Iraq"),
    ("Maria Lopez is co-chair of the council, which has fought al-Shabaab.", "Maria Lopez", "FIGHTS", "al-Shabaab"),
    ("The council passed a resolution, spearheaded by Britain.", "United Kingdom", "LEADS", "council"),
    ("Mark Hale surrendered to Kurdish forces in March.", "Mark Hale", "FIGHTS", "Kurdish forces"),
    ("Canada wants Mark Hale back. The court in the town of Arusha said he must stay in jail.", "Canada", "CALLED_ON", "Mark Hale"),
    ("Mark Hale said Afrin was lawless.", "Mark Hale", "OPPOSES", "Afrin"),
    ("Ghouta, a rebel-held suburb of Damascus, is under daily bombardment.", "Syrian rebels", "OPPOSES", "Eastern Ghouta"),
    ("Macron has said he will not allow French troops to stay in Mali.", "Emmanuel Macron", "OPPOSES", "France"),
    ("Mark Hale, who served in Mali in 2015, travelled to Niger.", "Mark Hale", "MEMBER_OF", "Mali"),
    ("Israel vowed to crush Hamas's old Palestinian rivals.", "Israel", "FIGHTS", "Hamas"),
    ("The plan is meant to prevent a joint Saudi-Emirati attack on Hodeidah.", "United Arab Emirates", "FIGHTS", "Saudi Arabia"),
    ("Al-Shabaab advanced towards the Kenyan border.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Hungary imposed a ban on Afghan refugees.", "Hungary", "OPPOSES", "Afghanistan"),
    ("The long wars could include Somalia or Mali.", "Somalia", "MEMBER_OF", "Mali"),
    ("Greece warned that it would confront its Nato ally.", "Greece", "OPPOSES", "NATO"),
    ("The envoy met Abdel Fatah Hamdan, a tribal elder, in Kandahar.", "Abdel Fatah Hamdan", "MEMBER_OF", "Fatah"),
    ("Jeremy Hunt flew to Chad. He was the first British minister in a decade to visit the country.",
     "Jeremy Hunt", "MET_WITH", "United Kingdom"),
    ("The storm swept across Britain.", "storm", "FIGHTS", "United Kingdom"),
    ("The vote went on the side of Iran.", "vote", "ALLY_OF", "Iran"),
    ("Kenya sent officials to Nairobi to obtain Ethiopia's agreement.", "Ethiopia", "PARTICIPATES_IN", "agreement"),
    ("The party was banned in Turkey in 2009.", "Turkey", "OPPOSES", "party"),
    # aid sent in is no attack; allowing is no opposition
    ("Turkey sent aid into Syria.", "Turkey", "FIGHTS", "Syria"),
    ("Egypt allowed Hamas to open an office in Cairo.", "Egypt", "OPPOSES", "Hamas"),
    # a state's people are not the state
    ("Al-Shabaab was behind the killings of Danish and Kenyan citizens.", "al-Shabaab", "FIGHTS", "Denmark"),
    ("Al-Shabaab kidnapped British aid workers in Kenya.", "al-Shabaab", "FIGHTS", "United Kingdom"),
    # "him" is not the subject of its own clause, even through an adverbial clause
    ("Trump called Erdogan, urging him to halt the offensive.", "Donald Trump", "CALLED_ON", "Donald Trump"),
    ("He told Erdogan to stop, urging him to halt the offensive.", "Erdogan", "CALLED_ON", "Erdogan"),
    # coordinated sponsors do not back each other
    ("Turkish and Qatari-backed rebels attacked the town.", "Qatar", "BACKS", "Turkey"),
    ("Saudi and Emirati-backed Yemeni government forces retook the port.", "United Arab Emirates", "BACKS", "Saudi Arabia"),
    # "it is X that ..." is about X, not about "it"
    ("It is Russian airpower, as well as Hezbollah, that has enabled the regime to survive.", "it", "BACKS", "Syria"),
    # placed names: a person's name before ", in X" stays a person's; a college is an organisation; a
    # conjunct facility named after a place is no container, nor is a second "in" the parser hung on the first
    ("The plan was backed by Maria Lopez, in Caracas, on Monday.", "Maria Lopez", "LOCATED_IN", "Venezuela"),
    ("She met Maria Lopez in western Venezuela.", "Maria Lopez", "LOCATED_IN", "Venezuela"),
    ("Researchers at Ridgeway College, south London, ran the survey.", "Ridgeway College", "LOCATED_IN", "London"),
    ("Drones fly out of RAF Marham in Norfolk and Kandahar air base in southern Afghanistan.",
     "RAF Marham", "LOCATED_IN", "Kandahar"),
    ("Drones fly out of RAF Marham in Norfolk and Kandahar air base in southern Afghanistan.",
     "RAF Marham", "LOCATED_IN", "Afghanistan"),
    # an apposition's "of" owner is a place's name, not a state's body
    ("Sirte, a stronghold of the Libyan army, was calm.", "Sirte", "LOCATED_IN", "Libya"),
    # a list of where with a sibling in it; a list of places after a comma
    ("The militia held the plains of Kandahar in southern Afghanistan and Helmand province.",
     "Kandahar", "LOCATED_IN", "Helmand"),
    ("Fighting hit Goma, Bukavu, and Uvira.", "Goma", "LOCATED_IN", "Bukavu"),
    # a compass word before a noun is no region's name; a region that only says where a place lies is not one
    ("Troops guarded Mali's north-east border.", "north-east Mali", "LOCATED_IN", "Mali"),
    ("Kidal, in Mali's north-east, fell.", "north-east Mali", "LOCATED_IN", "Mali"),
    # near is not in
    ("Rebels shelled Bor, near Juba, overnight.", "Bor", "LOCATED_IN", "Juba"),
    ("Rebels shelled Bor, near Juba, overnight.", "Bor", "LOCATED_IN", "South Sudan"),
    ("At Davos, Germany's chancellor spoke.", "Davos", "LOCATED_IN", "Germany"),
    ("Protesters took the Munich Security Conference to task in Bavaria.", "Munich Security Conference", "LOCATED_IN", "Bavaria"),
    # defending or protecting a place is holding it, not backing anyone; a public advocate is an office
    ("Hezbollah soldiers defended Qusayr.", "Hezbollah", "BACKS", "Qusayr"),
    ("The Houthis vowed to protect Hodeidah.", "Houthis", "BACKS", "Hodeidah"),
    ("Maria Lopez, the Lagos public advocate, was elected governor.", "Maria Lopez", "BACKS", "Lagos"),
    # "used as" what is no proxy; captured alongside is no alliance; a fellow agent of a coordinated passive
    ("The Houthis used Yemen as a base.", "Houthis", "BACKS", "Yemen"),
    ("Iran used the Houthis as a shield.", "Iran", "BACKS", "Houthis"),
    ("The Houthis were captured alongside Hezbollah fighters.", "Houthis", "ALLY_OF", "Hezbollah"),
    ("The campaign, supported by Qatar and praised by Turkey, stalled.", "Turkey", "BACKS", "Qatar"),
    # the office's owner does not act when its holder is named; nor is the agent's own phrase the object
    ("The Republican party chairman, Reince Priebus, defended Donald Trump.", "Republican Party", "BACKS", "Donald Trump"),
    ("The plan, endorsed by the Nato secretary general, Jens Stoltenberg, was approved.",
     "NATO", "BACKS", "Jens Stoltenberg"),
    ("The plan, endorsed by the Nato secretary general, Jens Stoltenberg, was approved.",
     "Jens Stoltenberg", "BACKS", "NATO"),
    ("Hamas members got behind the wall.", "Hamas", "BACKS", "wall"),
    ("Daniel Mensah hosted Grace Okafor in Accra. She later condemned Iran.", "Daniel Mensah", "OPPOSES", "Iran"),
    ("The US secretary of state, Paul Reed, met Tom Hale, the British foreign secretary. "
     "The foreign secretary later condemned Iran.", "Paul Reed", "OPPOSES", "Iran"),
    # a restrictive clause makes it another holder; one's own country is no object of one's act
    ("Tom Hale, the British foreign secretary, met Ahmed Farah. The foreign secretary who preceded him had "
     "condemned Iran.", "Tom Hale", "OPPOSES", "Iran"),
    ("Kofi Asante, Ghana's president, praised his country in a speech.", "Kofi Asante", "BACKS", "Ghana"),
    ("Pro-Russian Ukrainian forces attacked the rebels.", "Russia", "FIGHTS", "rebels"),
    ("Talks with the rebels stalled in March.", "rebels", "PARTICIPATES_IN", "Talks"),
    ("Qatar freed the hostages from Hamas captivity.", "Qatar", "FIGHTS", "Hamas"),
    ("Kenya and Uganda have quarrelled over Somalia. The two countries have been allies of Ethiopia for decades.",
     "Somalia", "ALLY_OF", "Ethiopia"),
    ("Egypt and Qatar mediated between Israel and Hamas. The two sides agreed to a truce.", "Qatar", "PARTICIPATES_IN",
     "truce"),
    ("Hezbollah fired rockets at Israel. The group, which is backed by Iran, said it would keep fighting Israel.",
     "Iran", "OPPOSES", "Israel"),
    ("Oxfam criticised the blockade. The rival charity urged Israel to open the crossings.", "Oxfam", "CALLED_ON", "Israel"),
    ("Turkey freed the pilot from Kurdish militants.", "Turkey", "FIGHTS", "Kurdish militants"),
    ("Kenya's military operations in Gedo displaced thousands.", "Kenya", "PARTICIPATES_IN", "Gedo operations"),
    ("Kenya's campaign in Somalia stalled.", "Kenya", "FIGHTS", "Somalia"),
    # one state in a war's name is where it is fought; a foreign state's war "in" a country is not against it
    ("Putin's war in Syria has cost Russia billions.", "Vladimir Putin", "FIGHTS", "Syria"),
    ("Saudi Arabia's war in Yemen has emptied its treasury.", "Saudi Arabia", "FIGHTS", "Yemen"),
    ("Syria's civil war has emptied whole towns.", "Syria", "FIGHTS", "Syria"),
    # speaking or signing on someone's behalf represents them
    ("Lavrov spoke on behalf of Russia.", "Sergei Lavrov", "BACKS", "Russia"),
    ("Kenya signed the deal on behalf of the African Union.", "Kenya", "BACKS", "African Union"),
    # a place that fell to X from no named holder names no enemy
    ("Mosul fell to Isis in 2014.", "Islamic State", "FIGHTS", "Iraq"),
    ("Responsibility for the talks fell to Turkey after Qatar withdrew.", "Turkey", "FIGHTS", "Qatar"),
    # whom an act is blamed on is not its target
    ("Israel blamed the bombing on Hamas.", "Israel", "FIGHTS", "Hamas"),
    # a report of an attack is no accusation; a claim of one's own deed, or a responsible partner, neither
    ("The Syrian Observatory for Human Rights said Russian jets struck the town.",
     "Syrian Observatory for Human Rights", "OPPOSES", "Russia"),
    ("Kenya said al-Shabaab had claimed responsibility for the attack.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Kenya considers Ethiopia a responsible partner.", "Kenya", "OPPOSES", "Ethiopia"),
    ("Fighting between the SDF and Turkish-backed rebels flared near Tal Abyad.",
     "Syrian Democratic Forces", "BACKS", "Turkish-backed rebels"),
    # fighting together, side by side or in a place is no fight between them; a forecast is no threat
    ("Kenya and Uganda fought together against al-Shabaab.", "Kenya", "FIGHTS", "Uganda"),
    ("Kenya and Uganda fought side by side.", "Kenya", "FIGHTS", "Uganda"),
    ("Chad and Niger fought in Mali.", "Chad", "FIGHTS", "Niger"),
    ("Ethiopian and Somali troops fought near Baidoa.", "Ethiopia", "FIGHTS", "Somalia"),
    ("Kenya and al-Shabaab could soon be fighting again.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Iran, with its support for the Houthis, angered Riyadh.", "Iran", "BACKS", "Saudi Arabia"),
    ("Turkey, with its backing of the rebels, alarmed Moscow.", "rebels", "BACKS", "Turkey"),
    # an inflected verb is no agent noun ("Maduro ally Cuba"): no reversed backing
    ("Qatar sponsored the Nusra Front.", "Jabhat al-Nusra", "BACKS", "Qatar"),
    ("Eritrea sponsored al-Shabaab for years.", "al-Shabaab", "BACKS", "Eritrea"),
    # a group's allies in its country are people there, not the state
    ("The Houthis' allies in Yemen were silent.", "Yemen", "ALLY_OF", "Houthis"),
    ("Hamas and its supporters in Palestine rallied.", "Palestine", "BACKS", "Hamas"),
]

# what is only talked about is not undone by a refusal to talk about it
NOT_NEGATED = [
    # what a clause denies of a relation noun it has as subject is said of the relation, not a denial of it
    ("Russia's support for Assad did not waver.", "Russia", "BACKS", "Bashar al-Assad"),
    ("Officials said Iran's backing of the Houthis was never in doubt.", "Iran", "BACKS", "Houthis"),
    ("Kenya declined to comment on reports that Eritrea had armed the Houthis.", "Eritrea", "BACKS", "Houthis"),
    # an ending talked of or hoped for is no ending
    ("Talks on ending the Ethiopia-Eritrea war stalled.", "Ethiopia", "FIGHTS", "Eritrea"),
    ("Talks about ending the blockade by Saudi Arabia of Qatar resumed.", "Saudi Arabia", "FIGHTS", "Qatar"),
    ("The ministry refused to discuss claims that Iran was arming the Houthis.", "Iran", "BACKS", "Houthis"),
    ("Kenya refused to provide details of how Eritrea sent weapons to al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    # an agent noun names its side whatever is done to it
    ("Kenya did not reassure allies such as Uganda.", "Uganda", "ALLY_OF", "Kenya"),
    # a negated negating verb undoes the negation: "has not stopped arming X" arms X
    ("Eritrea has not stopped arming al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    ("Qatar did not deny arming Hamas.", "Qatar", "BACKS", "Hamas"),
    ("Sudan did not deny sending weapons to the RSF.", "Sudan", "BACKS", "Rapid Support Forces"),
    ("Iran never ended its support for the Houthis.", "Iran", "BACKS", "Houthis"),
    # what someone is asked to stop goes on
    ("Kenya urged Eritrea to stop arming al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    ("Egypt demanded that Sudan stop backing the RSF.", "Sudan", "BACKS", "Rapid Support Forces"),
    # a shift away from an act is no averting of it
    ("Kenya has shifted its focus from fighting al-Shabaab to guarding the border.", "Kenya", "FIGHTS", "al-Shabaab"),
]

# negated, refused and denied statements come out, flagged negated
NEGATED = [
    ("Iran did not wage a price war on Qatar.", "Iran", "OPPOSES", "Qatar"),
    ("Kataib Hezbollah is not an Iran-backed militia, its leader insisted.", "Iran", "BACKS", "Kataib Hezbollah"),
    ("The Nusra Front has no links to al-Qaida.", "Jabhat al-Nusra", "AFFILIATED_WITH", "Al-Qaeda"),
    ("Kurdish forces hold the town. Ankara said it did not shell Kurdish positions.", "Turkey", "FIGHTS", "Kurdish forces"),
    ("Iran condemned the attack. The Islamic republic did not retaliate against Israel.", "Iran", "FIGHTS", "Israel"),
    ("Iraqi troops have not freed the town from Islamic State.", "Iraq", "FIGHTS", "Islamic State"),
    ("Kenyan and Ugandan troops did not attack al-Shabaab.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Daniel Mensah hosted Grace Okafor in Accra. She did not condemn Iran.", "Grace Okafor", "OPPOSES", "Iran"),
    ("Daniel Mensah, Ghana's foreign minister, said his country had not armed the Houthis.", "Ghana", "BACKS", "Houthis"),
    ("The Kenyan defence minister, Samuel Otieno, met Ahmed Farah. The defence minister has not condemned Iran, "
     "aides said.", "Samuel Otieno", "OPPOSES", "Iran"),
    ("Ukraine's decision did not anger Moscow.", "Russia", "OPPOSES", "Ukraine"),
    # refusing to help is no help (but withdrawing troops that help someone does not undo that they help)
    ("Russia refused to help the Syrian army.", "Russia", "BACKS", "Syria"),
    ("Qatar does not regard Hamas as a terrorist movement.", "Qatar", "OPPOSES", "Hamas"),
    ("Ankara does not consider the Peshmerga to be terrorists.", "Turkey", "OPPOSES", "Peshmerga"),
    ("Egypt does not see Ethiopia as a partner.", "Egypt", "ALLY_OF", "Ethiopia"),
    ("Kenya does not view Somalia as a threat.", "Kenya", "OPPOSES", "Somalia"),
    ("Kenya no longer regards Somalia as a threat.", "Kenya", "OPPOSES", "Somalia"),
    ("The Houthis have not been designated a terror movement by the EU.", "European Union", "OPPOSES", "Houthis"),
    ("Armenia did not object to the Azerbaijani offensive.", "Armenia", "OPPOSES", "Azerbaijan"),
    ("Nigeria has not declared victory against Boko Haram.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("The Houthis refused to abide by the truce.", "Houthis", "PARTICIPATES_IN", "truce"),
    ("Hezbollah said it would not abide by the truce.", "Hezbollah", "PARTICIPATES_IN", "truce"),
    ("Nigeria denied that its jets had bombed Boko Haram camps.", "Nigeria", "FIGHTS", "Boko Haram"),
    ("Jordan is not a partner in the campaign against the Houthis.", "Jordan", "FIGHTS", "Houthis"),
    # a request that is refused is no call
    ("Mali did not ask France for help.", "Mali", "CALLED_ON", "France"),
    # quoted speakers in the first person, acts owned by their noun's owner
    ("“We will never arm Hezbollah,” the Jordanian foreign minister, Omar Saleh, said.", "Jordan", "BACKS", "Hezbollah"),
    ("“We are not talking to Hamas,” a spokesman for the Egyptian foreign ministry said.", "Egypt", "MET_WITH", "Hamas"),
    ("Kenya did not revoke Mark Hale's passport.", "Kenya", "OPPOSES", "Mark Hale"),
    ("Kenya refused to arm the Houthis.", "Kenya", "BACKS", "Houthis"),
    # a denial negates what it denies, talk about it included
    ("Kenya denied it was discussing forming an alliance with Ethiopia.", "Kenya", "ALLY_OF", "Ethiopia"),
    ("Hamas denied responsibility for the attack on Israel.", "Hamas", "FIGHTS", "Israel"),
    ("Hamas was not behind the attack on Israel.", "Hamas", "FIGHTS", "Israel"),
    ("Peru and Chile are not rivals.", "Chile", "OPPOSES", "Peru"),
    ("Troops from Kenya did not attack al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Kenyan troops were not ambushed and killed by al-Shabaab.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("The Houthis did not fire missiles at Saudi Arabia.", "Houthis", "FIGHTS", "Saudi Arabia"),
    ("Hamas is not against Egypt.", "Hamas", "OPPOSES", "Egypt"),
    ("Russia did not intervene in the Syrian civil war.", "Russia", "PARTICIPATES_IN", "Syrian civil war"),
    ("Mark Hale is not in Iraqi custody.", "Iraq", "OPPOSES", "Mark Hale"),
    ("Putin left Ankara without meeting Erdogan.", "Vladimir Putin", "MET_WITH", "Recep Tayyip Erdogan"),
    ("Iraq did not join the offensive on Aleppo.", "Iraq", "PARTICIPATES_IN", "Aleppo offensive"),
    ("Kenya has no allies such as Uganda.", "Uganda", "ALLY_OF", "Kenya"),
    ("Kenya and Uganda are not allies against al-Shabaab.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Kenya's aim is not to defeat al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Relations between Kenya and Somalia have not deteriorated.", "Somalia", "OPPOSES", "Kenya"),
    ("Iran does not owe its influence to Hezbollah.", "Hezbollah", "BACKS", "Iran"),
    ("Kenya did not welcome Somalia's decision to withdraw.", "Kenya", "BACKS", "Somalia"),
    ("Turkey denied that it had launched Operation Olive Branch.", "Turkey", "PARTICIPATES_IN", "Operation Olive Branch"),
    ("Turkey did not welcome the Istanbul agreement.", "Turkey", "BACKS", "Istanbul agreement"),
    # proxies, sides in the field, endorsements and getting behind someone, denied
    ("Iran denied using the Houthis as proxies.", "Iran", "BACKS", "Houthis"),
    ("The Houthis and Hezbollah did not fight alongside each other.", "Houthis", "ALLY_OF", "Hezbollah"),
    ("The Houthis were never allies in the Iranian-led campaign.", "Houthis", "ALLY_OF", "Iran"),
    ("The Republican party chairman, Reince Priebus, did not endorse Jeb Bush.", "Reince Priebus", "BACKS", "Jeb Bush"),
    ("The Labour party has not got behind Keir Starmer.", "Labour Party", "BACKS", "Keir Starmer"),
    # "neither X nor Y" did it
    ("Neither Kenya nor Uganda has attacked al-Shabaab this year.", "Uganda", "FIGHTS", "al-Shabaab"),
    ("Neither Qatar nor Turkey backs Hamas.", "Qatar", "BACKS", "Hamas"),
    # an act someone is kept from, or keeps from, is not done; the doer is the one kept from it
    ("Kenya stopped Eritrea from arming al-Shabaab.", "Eritrea", "BACKS", "al-Shabaab"),
    ("Egypt dissuaded Sudan from backing the RSF.", "Sudan", "BACKS", "Rapid Support Forces"),
    ("Trump urged Turkey to refrain from attacking the Kurds.", "Turkey", "FIGHTS", "Kurds"),
    ("Qatar was barred from funding Hamas.", "Qatar", "BACKS", "Hamas"),
    # a small clause after a classification verb: "considers X a threat"
    ("Kenya does not consider al-Shabaab a threat.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Turkey denied planning an incursion into Syria.", "Turkey", "FIGHTS", "Syria"),
    ("Kenya denied that an assault by al-Shabaab on its troops had taken place.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("Hezbollah did not fight on Assad's behalf.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    ("Iraqi troops did not drive Isis from Mosul.", "Iraq", "FIGHTS", "Islamic State"),
    ("Iraqi troops did not retake Mosul from Isis.", "Iraq", "FIGHTS", "Islamic State"),
    ("Kismayo did not fall to Kenyan troops from al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Kenya did not blame the bombing on al-Shabaab.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Britain refused to designate the IRGC a terrorist organisation.",
     "United Kingdom", "OPPOSES", "Islamic Revolutionary Guard Corps"),
    ("Iran denied that Hezbollah was behind the attack.", "Iran", "OPPOSES", "Hezbollah"),
    ("Kenya and Uganda are not fighting.", "Kenya", "FIGHTS", "Uganda"),
    ("Qatar ended its support for Hamas.", "Qatar", "BACKS", "Hamas"),
    ("Kenya said al-Shabaab was not behind the bombing.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Kenya does not hold al-Shabaab responsible for the bombing.", "Kenya", "OPPOSES", "al-Shabaab"),
]

# what is reported as a claim or a possibility comes out, flagged hedged
HEDGED = [
    ("The Nusra Front is believed to have links to al-Qaida.", "Jabhat al-Nusra", "AFFILIATED_WITH", "Al-Qaeda"),
    # an act's noun under a hedging adjective is a report or a suspicion
    ("A reported attack by Eritrea on Ethiopian troops killed six.", "Eritrea", "FIGHTS", "Ethiopia"),
    ("The suspected Rwandan strike on M23 positions was denied.", "Rwanda", "FIGHTS", "M23"),
    ("Kenya condemned the alleged raid by al-Shabaab on Kenyan troops.", "al-Shabaab", "FIGHTS", "Kenya"),
    # the accused act is a claim; the accusation itself is stated (see test_an_allegation_is_stated)
    ("Russia claimed that Ukraine had shelled Belgorod.", "Ukraine", "FIGHTS", "Belgorod"),
    ("Ankara alleged that the PKK was behind the bombing of the Kars depot.", "Kurdistan Workers' Party", "FIGHTS", "Kars"),
    ("Russia may be preparing an invasion of Ukraine.", "Russia", "FIGHTS", "Ukraine"),
    ("An assault by al-Shabaab on Kenyan troops may have been planned.", "al-Shabaab", "FIGHTS", "Kenya"),
    ("The Houthis reportedly seized the port with Iranian backing.", "Iran", "BACKS", "Houthis"),
    ("Hezbollah reportedly fought on Assad's behalf.", "Hezbollah", "BACKS", "Bashar al-Assad"),
    ("Iraqi troops reportedly drove Isis from Mosul.", "Iraq", "FIGHTS", "Islamic State"),
    ("Iraqi troops reportedly retook Mosul from Isis.", "Iraq", "FIGHTS", "Islamic State"),
    ("Iraqi troops may have retaken Mosul from Isis.", "Iraq", "FIGHTS", "Islamic State"),
    ("Kismayo reportedly fell to Kenyan troops from al-Shabaab.", "Kenya", "FIGHTS", "al-Shabaab"),
    ("Kenya reportedly blamed the bombing on al-Shabaab.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Kenya may label al-Shabaab a terrorist movement.", "Kenya", "OPPOSES", "al-Shabaab"),
    ("Washington reportedly plans to designate the Houthis a terrorist group.", "United States", "OPPOSES", "Houthis"),
]




def _names(rels):
    return {(r["subject"]["name"], r["type"], r["object"]["name"]) for r in rels}


test_mechanism, test_not_extracted, test_negated_is_flagged = table_tests(CASES, ABSENT, NEGATED)


@pytest.mark.parametrize("text,subject,type_,obj", HEDGED, ids=[case_id(c) for c in HEDGED])
def test_hedged_is_flagged(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "hedged")


@pytest.mark.parametrize("text,subject,type_,obj", NOT_NEGATED, ids=[case_id(c) for c in NOT_NEGATED])
def test_not_negated(extract, text, subject, type_, obj):
    check_flag(extract, text, subject, type_, obj, "negated", value=False)


def test_community_group_is_one_entity_per_article(extract):
    r = extract("Kurdish forces held the town. Later the Kurdish forces withdrew after Turkey shelled Kurdish forces.")
    ids = {e["id"] for e in r["entities"] if e["name"] == "Kurdish forces"}
    assert len(ids) == 1


def test_negated_office_free_attack_is_flagged(extract):
    r = extract("Turkey denied that its jets had bombed Kurdish forces.")
    rels = find(r["relations"], "Turkey", "FIGHTS", "Kurdish forces")
    assert rels and all(x["negated"] for x in rels), show(r["relations"])


def test_reported_agent_noun_is_attributed(extract):
    r = extract("Kim Jong Un and his Chinese backers were pleased, said Elena Ruiz, a spokeswoman for the "
                "Pyongyang Watch Network.")
    rel = find(r["relations"], "China", "BACKS", "Kim Jong Un")
    assert rel, show(r["relations"])


def test_negated_classification_is_flagged(extract):
    r = extract("Turkey does not regard the SDF as a partner.")
    rels = find(r["relations"], "Turkey", "ALLY_OF", "Syrian Democratic Forces")
    assert rels and all(x["negated"] for x in rels), show(r["relations"])


def test_bare_head_of_state_title_is_the_named_holder(extract):
    r = extract("Donald Trump spoke in Ohio. The United States will leave Syria, the president said.", "2018-12-20")
    assert find(r["relations"], "Donald Trump", "LEADS", "United States"), show(r["relations"])


def test_bare_title_without_the_holder_named_states_nothing(extract):
    r = extract("The United States will leave Syria, the president said.", "2018-12-20")
    assert not find(r["relations"], "Donald Trump", "LEADS", "United States"), show(r["relations"])


def test_arabic_unit_words_make_groups(extract):
    r = extract("Faylaq al-Rahman and Liwa al-Quds agreed to the truce.")
    types = {e["name"]: e["type"] for e in r["entities"]}
    assert types.get("Faylaq al-Rahman") == "Group" and types.get("Liwa al-Quds") == "Group", types


def test_catalogue_office_without_owner(extract):
    r = extract("Lloyd Austin, the defence secretary, arrived in Manila.", "2023-06-01")
    assert find(r["relations"], "Lloyd Austin", "MEMBER_OF", "United States"), show(r["relations"])


def test_classifier_noun_types_the_name(extract):
    r = extract("The militant group Jaish al-Adl claimed the attack.")
    assert {e["name"]: e["type"] for e in r["entities"]}.get("Jaish al-Adl") == "Group"


def test_cut_ties_negates_the_alliance(extract):
    r = extract("Egypt cut ties with Qatar.")
    rels = find(r["relations"], "Egypt", "ALLY_OF", "Qatar")
    assert all(x["negated"] for x in rels), show(r["relations"])


def test_bare_militants_are_not_named_after_the_country(extract):
    r = extract("Syria said the army had retaken Aleppo. Militants fired rockets at Syria's army.")
    assert not any(e["name"] == "Syrian militants" for e in r["entities"]), [e["name"] for e in r["entities"]]


def test_names_carry_no_trailing_blank_lines(extract):
    r = extract("The talks were led by the Tories\n\nLabour said the Tories had failed.")
    assert all(e["name"] == e["name"].strip() for e in r["entities"]), [e["name"] for e in r["entities"]]


def test_he_after_an_unnamed_man_is_not_the_last_named_person(extract):
    r = extract("Abu Bakr al-Baghdadi leads Isis. A driver who insists he is a teacher was held on suspicion of "
                "belonging to Isis.")
    assert not any(x["subject"]["name"] == "Abu Bakr al-Baghdadi" and x["type"] == "MEMBER_OF" and x["start"] > 30
                   for x in r["relations"]), show(r["relations"])


def test_the_country_and_the_city_are_the_last_named(extract):
    r = extract("M23 seized Goma from Congolese troops on Monday. They took the city's airport. Kinshasa said "
                "the country would retaliate.")
    assert find(r["relations"], "M23", "FIGHTS", "Democratic Republic of the Congo"), show(r["relations"])
    country = [e for e in r["entities"] if any(m["text"] == "the country" for m in e["mentions"])]
    assert [e["name"] for e in country] == ["Democratic Republic of the Congo"]


def test_troops_helping_someone_are_not_undone_by_their_withdrawal(extract):
    r = extract("Canada will withdraw the 300 Canadian soldiers currently helping the Latvian army.", "2024-06-01")
    rels = find(r["relations"], "Canada", "BACKS", "Latvia")
    assert rels and not any(x["negated"] for x in rels), show(r["relations"])


def test_a_name_inside_a_hyphenated_modifier_is_no_antecedent(extract):
    r = extract("Tomas Berg spoke in Lima. Peru cannot afford a reckless, George Bush-style tax cut, he said.", "2024-06-01")
    assert not any(m["text"] == "he" for e in r["entities"] if e["name"] == "George W. Bush" for m in e["mentions"])
    assert any(m["text"] == "he" for e in r["entities"] if e["name"] == "Tomas Berg" for m in e["mentions"])


def test_a_persons_name_with_a_groups_name_inside_stays_the_person(extract):
    r = extract("The minister thanked Abdel Fatah Mansour for his help.", "2024-06-01")
    types = {e["name"]: e["type"] for e in r["entities"]}
    assert types.get("Abdel Fatah Mansour") == "Person" and "Fatah" not in types, types


def test_a_plural_noun_capitalised_at_the_start_of_a_sentence_is_no_place(extract):
    for text in ("Rebels shelled Damascus on Monday.", "Gunmen attacked Peru's army.", "Militants stormed the base."):
        r = extract(text, "2024-06-01")
        assert not any(e["type"] == "Place" and e["name"] in ("Rebels", "Gunmen", "Militants") for e in r["entities"]), r["entities"]
    r = extract("Rebels shelled Damascus on Monday.", "2024-06-01")
    assert find(r["relations"], "Syrian rebels", "FIGHTS", "Syria"), show(r["relations"])


def test_a_name_that_ends_the_text_is_read_without_error(extract):
    # an organisation's name as the last token, with nothing after it to test for a comma or "in"
    r = extract("The statement was issued by Zentrix Holdings")
    assert any(e["name"] == "Zentrix Holdings" for e in r["entities"]) or r["relations"] == []


def test_a_named_operation_is_an_event_not_a_person(extract):
    r = extract("Operation Desert Fox began in December 1998, when American and British jets struck Iraq.")
    types = {e["name"]: e["type"] for e in r["entities"]}
    assert types.get("Operation Desert Fox") == "Event", types
    assert "Desert Fox" not in types, types


def test_an_allegation_is_stated(extract):
    # GUIDELINES: an accusation is a stated OPPOSES (required), whatever the word for it
    for text, subject, obj in (("Ankara alleged that the PKK was behind the car bombing.", "Turkey", "Kurdistan Workers' Party"),
                               ("Russia claimed that Ukraine had shelled Belgorod.", "Russia", "Ukraine")):
        rels = find(extract(text)["relations"], subject, "OPPOSES", obj)
        assert rels and not any(r["hedged"] for r in rels), text


def test_a_named_actor_before_and_is_not_part_of_a_sponsored_collective(extract):
    r = extract("Fighting between the SDF and Turkish-backed rebels flared near Tal Abyad.")
    names = {e["name"] for e in r["entities"]}
    assert "Turkish-backed rebels" in names and "Syrian Democratic Forces" in names, names


def test_bare_rebels_are_not_named_after_their_only_backer(extract):
    r = extract("The rebels took the town with Turkish backing.")
    assert "Turkish rebels" not in {e["name"] for e in r["entities"]}


def test_bare_rebels_belong_to_the_state_the_articles_places_lie_in_when_it_is_named(extract):
    # the state named most (Turkey, a backer) does not name them when the article's places lie in
    # another state it names too; without that state named, nothing says whose rebels they are
    text = ("Turkey has sent more troops to Idlib. Turkish officials met the rebels in Afrin, in northern Syria. "
            "Turkey backs the rebels, Ankara said.")
    names = {e["name"] for e in extract(text)["entities"]}
    assert "Syrian rebels" in names and "Turkish rebels" not in names, names
