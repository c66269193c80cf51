"""What spaCy holds at once is bounded by settings (segment characters, batch characters, batch
docs), never by the input; and the bound does not change what is extracted."""
from __future__ import annotations

import pytest

from kg.extraction import BATCH_CHARS, BATCH_SIZE, SEGMENT_CHARS, doc_batches, extract_with, segments
from kg.types import Article

SENTENCE = "Russia backs the Syrian government, the foreign minister Sergei Lavrov said in Moscow. "


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.mark.parametrize("article_chars", [10, 49_999, 2_000_000, 20_000_000])
def test_batches_of_a_long_article_stay_under_the_bound(article_chars):
    text = (SENTENCE * (article_chars // len(SENTENCE) + 1))[:article_chars]  # one line, no paragraphs
    pieces = segments(text)
    assert max(len(p) for _, p in pieces) <= SEGMENT_CHARS
    assert "".join(p for _, p in pieces) == text
    batches = list(doc_batches(((_Doc(p), None) for _, p in pieces), BATCH_SIZE, BATCH_CHARS))
    for batch in batches:
        assert len(batch) <= BATCH_SIZE
        assert sum(len(d.text) for d, _ in batch) <= max(BATCH_CHARS, len(batch[0][0].text))


def test_short_docs_still_fill_batches_of_batch_size():
    batches = list(doc_batches(((_Doc("x" * 100), i) for i in range(200)), 64, BATCH_CHARS))
    assert [len(b) for b in batches] == [64, 64, 64, 8]


def test_a_doc_over_the_bound_is_a_batch_of_its_own():
    docs = [(_Doc("a" * 10), 0), (_Doc("b" * 500), 1), (_Doc("c" * 10), 2)]
    assert [[i for _, i in b] for b in doc_batches(iter(docs), 64, 100)] == [[0], [1], [2]]


def test_the_bound_does_not_change_the_extraction(nlp):
    texts = [SENTENCE * 3, "Turkey backs the rebels in Idlib, officials in Ankara said. " * 2 + SENTENCE,
             "Iran opposes Israel, the army said on Monday in Tehran."]
    articles = [Article(id=str(i), path=f"{i}.txt", text=t, date="2024-12-07") for i, t in enumerate(texts)]
    unbounded = [r for _, r, _ in extract_with(nlp, articles, 64, 10**9)]
    one_at_a_time = [r for _, r, _ in extract_with(nlp, articles, 64, 1)]
    assert one_at_a_time == unbounded
    assert any(r.relations for r in unbounded)


def test_a_worker_task_is_bounded_by_articles_and_characters():
    from kg.extraction import TASK_ARTICLES, TASK_CHARS, batched

    def arts(*sizes):
        return [Article(id=str(i), path=f"{i}.txt", text="x" * n) for i, n in enumerate(sizes)]

    tasks = list(batched(arts(*[100] * 40)))
    assert [len(t) for t in tasks] == [TASK_ARTICLES, TASK_ARTICLES, 40 - 2 * TASK_ARTICLES]
    big = TASK_CHARS // 3 + 1
    tasks = list(batched(arts(big, big, big, 10, 5 * TASK_CHARS, 10)))
    assert [[a.id for a in t] for t in tasks] == [["0", "1"], ["2", "3"], ["4"], ["5"]]
    for task in tasks:  # an article longer than the bound is a task of its own
        assert len(task) == 1 or sum(len(a.text) for a in task) <= TASK_CHARS
