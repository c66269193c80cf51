"""The shared types (``kg.types``): one data model from the spaCy component to the database."""
from __future__ import annotations

import json
from dataclasses import replace

from kg.extraction import extract_with
from kg.types import UNKNOWN_TYPE, Article, ArticleExtraction, Entity, Extraction, Mention, Ref, Relation

TEXT = "Turkey backs the rebels in Idlib, officials in Ankara said."


def _relation(start: int, end: int, aliases: tuple[str, ...] = ()) -> Relation:
    return Relation(Ref("state:turkey", "Turkey", aliases), "BACKS", Ref("group:rebels", "rebels"),
                    "Turkey", "the rebels", "Turkey backs the rebels.", start, end, "backs")


def test_the_pieces_of_one_text_merge_into_the_text_s_extraction():
    first = Extraction((Entity("state:turkey", "Turkey", "State", ("Ankara",), (Mention("Turkey", 0, 6),)),),
                       (_relation(0, 24),))
    second = Extraction((Entity("state:turkey", "Turkey", "State", ("Ankara", "Türkiye"), (Mention("Türkiye", 3, 10),)),
                         Entity("group:rebels", "rebels", "Group", (), (Mention("rebels", 20, 26),))),
                        (_relation(2, 30),))
    merged = Extraction.merge([(0, first), (100, second)])
    turkey, rebels = merged.entities
    assert turkey.aliases == ("Ankara", "Türkiye")  # each alias once, in the order met
    assert [(m.start, m.end) for m in turkey.mentions] == [(0, 6), (103, 110)]
    assert [(m.start, m.end) for m in rebels.mentions] == [(120, 126)]
    assert [(r.start, r.end) for r in merged.relations] == [(0, 24), (102, 130)]
    assert Extraction.merge([(0, first)]) is first  # one piece from the start is the text's as it is


def test_an_extraction_reads_back_from_its_json():
    found = Extraction((Entity("state:turkey", "Turkey", "State", ("Ankara",), (Mention("Turkey", 0, 6),)),),
                       (_relation(0, 24, ("Ankara",)),))
    assert Extraction.from_dict(json.loads(json.dumps(found.to_dict()))) == found
    article = Article(id="a1", path="a1.txt", text=TEXT, title="T", date="2024-12-07", story="s1")
    line = ArticleExtraction.of(article, found)
    back = ArticleExtraction.from_dict(json.loads(json.dumps(line.to_dict())))
    assert back.to_dict() == line.to_dict() and back.article.text == ""  # the text is not in the file


def test_the_component_emits_the_shared_types_with_character_offsets(nlp):
    article = Article(id="a", path="a.txt", text="Intro line.\n\n" + TEXT, date="2024-12-07")
    [(_, found, words)] = list(extract_with(nlp, [article]))
    assert isinstance(found, Extraction) and words > 0
    assert all(isinstance(e, Entity) for e in found.entities)
    for e in found.entities:
        for m in e.mentions:
            assert article.text[m.start:m.end] == m.text
    [rel] = [r for r in found.relations if r.type == "BACKS"]
    assert article.text[rel.start:rel.end] == rel.sentence


def test_entities_are_completed_in_one_place():
    from kg.graph import GraphBuilder

    listed = Entity("state:turkey", "Turkey", "State", (), (Mention("Turkey", 0, 6),))
    found = Extraction((listed,), (_relation(0, 24),))
    done = found.completed({"group:rebels": "Group"})
    assert [(e.id, e.type, e.mentions) for e in done.entities] == [("state:turkey", "State", (Mention("Turkey", 0, 6),)),
                                                                  ("group:rebels", "Group", ())]
    assert done.completed() is done  # nothing left to add
    article = Article(id="a", path="a.txt", text=TEXT)
    builder = GraphBuilder()  # an extraction made elsewhere, without types: Unknown, named as the relation names it
    builder.add(ArticleExtraction(article, (), found.relations))
    G = builder.freeze()
    assert G.nodes["group:rebels"]["type"] == "Unknown" and G.nodes["group:rebels"]["name"] == "rebels"
    assert G.nodes["state:turkey"]["type"] == "Unknown" and G.has_edge("state:turkey", "group:rebels", "BACKS")
    said = ArticleExtraction(article, (listed,), (replace(_relation(0, 24), attributed_to=Ref("person:x", "X")),))
    assert [e.id for e in said.completed().entities] == ["state:turkey", "group:rebels"]  # a speaker: no edge, no node
    assert [(e.id, e.type) for e in said.completed(speakers=True).entities] == [  # in the database, a node
        ("state:turkey", "State"), ("group:rebels", UNKNOWN_TYPE), ("person:x", UNKNOWN_TYPE)]
