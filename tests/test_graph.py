"""The merged graph and the copies of one story: dates are never lost, an article's own event is
one node per story. Invented articles, folded in by hand as the pipeline does."""
from __future__ import annotations

import itertools

from kg.graph import GraphBuilder, scoped_event
from kg.types import Article, ArticleExtraction, Entity, Ref, Relation

LAVROV, IRAN = Ref("person:sergei-lavrov", "Sergei Lavrov"), Ref("state:iran", "Iran")
RUSSIA, SYRIA = Ref("state:russia", "Russia"), Ref("state:syria", "Syria")


def copy(art_id: str, story: str, date: str | None, relations: list[Relation], entities=()) -> ArticleExtraction:
    article = Article(id=art_id, path=f"{art_id}.txt", text="", date=date, source="Wire", story=story)
    return ArticleExtraction(article, tuple(entities), tuple(relations))


def rel(subject: Ref, rtype: str, obj: Ref, sentence: str) -> Relation:
    return Relation(subject, rtype, obj, subject.name, obj.name, sentence, 0, len(sentence), "met",
                    confidence=0.8)


MET = rel(LAVROV, "MET_WITH", IRAN, "Lavrov met Iran's foreign minister in Tehran.")
BACKS = rel(RUSSIA, "BACKS", SYRIA, "Russia backs Syria.")
PEOPLE = (Entity(LAVROV.id, LAVROV.name, "Person"), Entity(IRAN.id, IRAN.name, "State"),
          Entity(RUSSIA.id, RUSSIA.name, "State"), Entity(SYRIA.id, SYRIA.name, "State"))


def test_an_edge_found_only_in_an_undated_copy_takes_the_story_date_whichever_copy_comes_first():
    undated = copy("b", "s1", None, [MET, BACKS], PEOPLE)  # the longer edition, with no date line
    dated = copy("a", "s1", "2024-12-07", [BACKS], PEOPLE)
    later = copy("c", "s1", "2024-12-09", [], PEOPLE)      # a re-publication two days on
    for order in itertools.permutations([undated, dated, later]):
        builder = GraphBuilder()
        for ex in order:
            builder.add(ex)
        G = builder.freeze()
        met = G.edges[LAVROV.id, IRAN.id, "MET_WITH"]
        assert (met["first_seen"], met["last_seen"]) == ("2024-12-07", "2024-12-07")  # the earliest copy
        assert met["articles"] == ["b"] and met["stories"] == ["s1"]
        assert met["evidence"][0]["date"] is None  # the evidence still says what its article says
        backs = G.edges[RUSSIA.id, SYRIA.id, "BACKS"]
        assert (backs["first_seen"], backs["last_seen"]) == ("2024-12-07", "2024-12-07")


def test_an_undated_story_stays_undated_and_other_stories_lend_no_date():
    builder = GraphBuilder()
    builder.add(copy("b", "s1", None, [MET], PEOPLE))
    builder.add(copy("z", "s2", "2020-01-01", [BACKS], PEOPLE))  # another story: not a copy
    G = builder.freeze()
    met = G.edges[LAVROV.id, IRAN.id, "MET_WITH"]
    assert met["first_seen"] is None and met["last_seen"] is None


def test_a_dated_edge_keeps_its_dates_and_widens_by_the_undated_copies_story():
    builder = GraphBuilder()
    builder.add(copy("a", "s1", "2024-12-07", [MET], PEOPLE))
    builder.add(copy("x", "s9", "2023-03-01", [], PEOPLE))   # the story of "y" below
    builder.add(copy("y", "s9", None, [MET], PEOPLE))
    met = builder.freeze().edges[LAVROV.id, IRAN.id, "MET_WITH"]
    assert (met["first_seen"], met["last_seen"]) == ("2023-03-01", "2024-12-07")


def test_a_caller_can_give_the_dates_of_copies_it_does_not_fold_in():
    builder = GraphBuilder()
    builder.add(copy("b", "s1", None, [MET], PEOPLE))
    builder.date_story("s1", "2024-12-08")
    builder.date_story("s1", "2024-12-07")
    builder.date_story("s1", None)
    assert builder.freeze().edges[LAVROV.id, IRAN.id, "MET_WITH"]["first_seen"] == "2024-12-07"


def ceasefire(scope: str) -> Entity:
    return Entity(f"event:2020-ceasefire-{scope}", "2020 ceasefire", "Event")


def test_an_articles_own_event_is_one_node_per_story():
    first, second, elsewhere = ceasefire("1a2b3c4d"), ceasefire("99887766"), ceasefire("0f0f0f0f")
    named = Entity("event:astana-process", "Astana process", "Event")
    joined = lambda event: rel(RUSSIA, "PARTICIPATES_IN", Ref(event.id, event.name), "Russia signed the 2020 ceasefire.")
    builder = GraphBuilder()
    builder.add(copy("a", "s1", "2024-12-07", [joined(first)], PEOPLE + (first, named)))
    builder.add(copy("b", "s1", None, [joined(second), rel(SYRIA, "PARTICIPATES_IN", Ref(second.id, second.name),
                                                            "Syria signed it too.")], PEOPLE + (second, named)))
    builder.add(copy("c", "s2", "2024-12-08", [joined(elsewhere)], PEOPLE + (elsewhere,)))  # another story's
    G = builder.freeze()
    events = sorted(n for n, d in G.nodes(data=True) if d["type"] == "Event")
    assert events == ["event:2020-ceasefire-0f0f0f0f", "event:2020-ceasefire-1a2b3c4d", "event:astana-process"]
    assert G.edges[RUSSIA.id, first.id, "PARTICIPATES_IN"]["articles"] == ["a", "b"]
    assert G.edges[SYRIA.id, first.id, "PARTICIPATES_IN"]["first_seen"] == "2024-12-07"
    assert G.edges[RUSSIA.id, elsewhere.id, "PARTICIPATES_IN"]["articles"] == ["c"]


def test_only_article_scoped_events_are_merged_by_story():
    assert scoped_event(ceasefire("1a2b3c4d")) == "event:2020-ceasefire"
    assert scoped_event(Entity("event:astana-process", "Astana process", "Event")) is None
    assert scoped_event(Entity("event:summit-1a2b3c4d", "Summit 1a2b3c4d", "Event")) is None  # its own name
    assert scoped_event(Entity("person:x-1a2b3c4d", "X", "Person")) is None


def test_the_stream_names_a_storys_own_event_once_in_the_extractions_too():
    from kg.stories import StoryEvents

    first, second = ceasefire("1a2b3c4d"), ceasefire("99887766")
    events = StoryEvents()
    signed = lambda event: rel(RUSSIA, "PARTICIPATES_IN", Ref(event.id, event.name), "Russia signed it.")
    a = events.apply(copy("a", "s1", "2024-12-07", [signed(first)], PEOPLE + (first,)))
    b = events.apply(copy("b", "s1", None, [signed(second)], PEOPLE + (second,)))
    assert [e.id for e in b.entities if e.type == "Event"] == [first.id]
    assert b.relations[0].object.id == first.id and b.relations[0].object.name == "2020 ceasefire"
    assert a.entities == PEOPLE + (first,)  # the first copy keeps its ids
    assert b.to_dict()["relations"][0]["object"]["id"] == first.id


def allied(art_id: str, date: str | None, since=None, until=None, former=False) -> ArticleExtraction:
    sentence = "Russia and Iran are allies."
    r = Relation(RUSSIA, "ALLY_OF", IRAN, "Russia", "Iran", sentence, 0, len(sentence), "allies", confidence=0.8,
                 valid_from=since, valid_until=until, former=former)
    return copy(art_id, art_id, date, [r], PEOPLE)


def test_a_merged_edge_keeps_the_union_of_the_periods_and_the_latest_statement():
    statements = [allied("a", "2019-05-01", since="2015"),
                  allied("b", "2024-03-01", former=True),          # the latest word: no longer allies
                  allied("c", "2021-06-01", since="2016", until="2020"),
                  allied("d", None, since="2010"),                 # undated: never the latest
                  allied("e", "2025-01-01")]                       # latest, but says nothing of when
    for order in itertools.permutations(statements):
        builder = GraphBuilder()
        for ex in order:
            builder.add(ex)
        edge = builder.freeze().edges[IRAN.id, RUSSIA.id, "ALLY_OF"]
        assert (edge["valid_from"], edge["valid_until"], edge["former"]) == ("2010", "2020", False)
        assert (edge["stated_on"], edge["stated_from"], edge["stated_until"], edge["stated_former"]) == (
            "2024-03-01", None, None, True)
    builder = GraphBuilder()
    builder.add(allied("e", "2025-01-01"))
    edge = builder.freeze().edges[IRAN.id, RUSSIA.id, "ALLY_OF"]
    assert (edge["stated_on"], edge["stated_from"], edge["stated_until"], edge["stated_former"]) == (None,) * 4
