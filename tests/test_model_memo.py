"""The memoized lemmatizer and the fast attribute ruler give spaCy's own answers, token by token."""
from __future__ import annotations

import pytest
import spacy

from kg.model_memo import FastAttributeRuler, fast_attribute_ruler, memoize_lemmas
from kg.nlp import DEFAULT_MODEL

TEXTS = [
    "The minister said on Tuesday that the talks had been postponed again.",
    "I ain't gonna wait, and you gotta see it: let's go. But he can't, they won't and we didn't.",
    "Rebels shelled the town overnight; government forces retook two villages, the monitors reported.",
    "  Breaking news\n\nShe'd been warned. \"We'll fight,\" said a spokesman for the movement.\n",
    "Exports rose 3.5% to $12bn in the third quarter, beating forecasts by analysts at two banks.",
    "Who's there? It's me -- the one you'd've called, if you hadn't been so busy fighting them.",
]


def attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pair():
    plain = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    memoize_lemmas(fast)
    fast_attribute_ruler(fast)
    return plain, fast


def test_the_fast_components_are_in_place(pair):
    _, fast = pair
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert fast.pipe_names == pair[0].pipe_names
    assert [n for n, _ in fast._components] == [n for n, _ in pair[0]._components]  # "senter" kept too


def test_same_tags_pos_morphology_and_lemmas(pair):
    plain, fast = pair
    for _ in range(2):  # the second time from the memos
        for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS)):
            assert attributes(a) == attributes(b)
        for text in TEXTS:  # one doc at a time (nlp(text)) as well as nlp.pipe
            assert attributes(plain(text)) == attributes(fast(text))


def test_a_rule_of_a_kind_it_cannot_read_keeps_spacys_ruler():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}, {"POS": "ADJ"}]], {"LEMMA": "x"})
    fast_attribute_ruler(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


def test_a_rule_added_later_takes_precedence(pair):
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "talks"}]], {"LEMMA": "TALK", "POS": "PROPN"})
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "GO"}, index=1)
    plain = spacy.load(DEFAULT_MODEL)
    plain.get_pipe("attribute_ruler").add([[{"LOWER": "talks"}]], {"LEMMA": "TALK", "POS": "PROPN"})
    plain.get_pipe("attribute_ruler").add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "GO"}, index=1)
    fast_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    for text in ("The talks are gonna resume.", "We're gonna hold talks, he said."):
        a, b = plain(text), nlp(text)
        assert attributes(a) == attributes(b)
        assert any(t.lemma_ == "TALK" and t.pos_ == "PROPN" for t in b)
        assert any(t.text == "na" and t.lemma_ == "GO" for t in b)
