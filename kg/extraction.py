"""Running the spaCy pipeline over articles, wherever it runs: the work of one process.

An article is cut at paragraph breaks into segments of at most ``SEGMENT_CHARS`` characters
(``segments``), the segments go through ``nlp.pipe`` in batches of at most ``BATCH_SIZE`` docs and
``BATCH_CHARS`` characters (``doc_batches``, ``extract_with``), and the component's
``kg.types.Extraction``s of an article's segments are put back together
(``Extraction.merge``). A worker process or a Dask worker runs tasks of at most
``TASK_ARTICLES`` articles and ``TASK_CHARS`` characters (``batched``, ``extract_texts``) with a
pipeline it loads once (``worker_pipeline``); the build sends them and takes the results back in
input order (``ordered_tasks``). The executors that do that are ``kg.workers`` (a process pool)
and ``kg.distributed`` (Dask); ``kg.pipeline`` is the build around them. This module imports
neither.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from .nlp import load_pipeline
from .types import Article, Extraction

SEGMENT_CHARS = 50_000
# Chosen by measurement (``python -m kg.benchmark --arms w1 --batch-size 8,16,64 --batch-chars
# 50000,100000``, README "Memory"): the lowest memory whose CPU time is within 2% of the best.
BATCH_SIZE = 16  # docs per nlp.pipe batch, at most
BATCH_CHARS = 100_000  # characters per nlp.pipe batch, at most: spaCy's memory grows with them
TASK_ARTICLES = 16  # articles per task sent to a worker process or a Dask worker, at most
TASK_CHARS = 200_000  # characters per task, at most (an article longer is a task of its own)
TASKS_IN_FLIGHT = 2  # tasks per worker: one running, one waiting

# (article, result, words): ``result`` is what the component found in the whole article (its
# segments put together, offsets into the article's text), ``words`` the number of spaCy tokens.
Extracted = tuple[Article, Extraction, int]
Extractor = Callable[[Iterator[Article]], Iterator[Extracted]]



def segments(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, piece) at paragraph (else line, else space) breaks."""
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out



def doc_batches(items: Iterable[tuple], size: int = BATCH_SIZE, chars: int = BATCH_CHARS) -> Iterator[list[tuple]]:
    """(doc, context) pairs in batches of at most ``size`` docs and ``chars`` characters (a doc
    longer than that is a batch of its own): what spaCy holds at once, whatever the input."""
    batch: list[tuple] = []
    total = 0
    for item in items:
        length = len(item[0].text)
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def extract_with(nlp, articles: Iterable[Article], batch_size: int = BATCH_SIZE,
                 batch_chars: int = BATCH_CHARS) -> Iterator[Extracted]:
    """Run ``nlp`` over ``articles`` in this process, in order, in batches of at most
    ``batch_size`` segments and ``batch_chars`` characters."""
    waiting: dict[int, tuple[Article, list, list]] = {}  # seq -> (article, parts, [words])

    def docs() -> Iterator[tuple]:
        for seq, article in enumerate(articles):
            pieces = segments(article.text)
            waiting[seq] = (article, [], [0])
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.kg_date = article.date
                yield doc, (seq, offset, k == len(pieces) - 1)

    for batch in doc_batches(docs(), batch_size, batch_chars):
        for doc, (seq, offset, last) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            article, parts, words = waiting[seq]
            parts.append((offset, doc._.kg))
            words[0] += len(doc)
            if last:
                del waiting[seq]
                yield article, _merged(parts), words[0]


def _merged(parts: list[tuple[int, Extraction]]) -> Extraction:
    """``Extraction.merge(parts)``, emptying ``parts``: a long article's segment results are not
    held beside their merge while it is written."""
    merged = Extraction.merge(parts)
    parts.clear()
    return merged


_PIPELINES: dict[tuple, tuple] = {}  # (model, catalogue) -> (nlp, lock): one per worker process
_PIPELINES_LOCK = threading.Lock()


def worker_pipeline(model: str | None, catalogue: tuple[str, ...]) -> tuple:
    """(nlp, lock): the pipeline of a worker process (or Dask worker), loaded once per process.
    The lock keeps threads of one worker from running the pipeline at the same time."""
    key = (model, tuple(catalogue))
    with _PIPELINES_LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = (load_pipeline(model, catalogue), threading.Lock())
        return _PIPELINES[key]


def extract_texts(items: Sequence[tuple[str, str | None]], model: str | None = None,
                  catalogue: Sequence[str] = (), batch_size: int = BATCH_SIZE,
                  batch_chars: int = BATCH_CHARS) -> list[tuple[Extraction, int]]:
    """The task of a worker: (result, words) for each (text, date) of ``items``, in order.
    Results are ``kg.types.Extraction``s, which pickle across process and machine boundaries."""
    nlp, lock = worker_pipeline(model, tuple(catalogue))
    articles = [Article(id=str(i), path="", text=text, date=date) for i, (text, date) in enumerate(items)]
    with lock:
        return [(result, words) for _, result, words in extract_with(nlp, articles, batch_size, batch_chars)]


def batched(articles: Iterable[Article], size: int = TASK_ARTICLES,
            chars: int = TASK_CHARS) -> Iterator[list[Article]]:
    """Articles in tasks of at most ``size`` articles and ``chars`` characters (an article longer
    than that is a task of its own): what a task holds in memory, whatever the input."""
    batch: list[Article] = []
    total = 0
    for article in articles:
        if batch and (len(batch) >= size or total + len(article.text) > chars):
            yield batch
            batch, total = [], 0
        batch.append(article)
        total += len(article.text)
    if batch:
        yield batch


def ordered_tasks(submit: Callable[[list[tuple[str, str | None]]], object], articles: Iterable[Article],
                  in_flight: int, size: int = TASK_ARTICLES, chars: int = TASK_CHARS) -> Iterator[Extracted]:
    """Send ``articles`` out in tasks (see ``batched``) with ``submit(items) -> future`` (at most
    ``in_flight`` unfinished), and yield the results in input order as the futures finish."""
    queue: deque[tuple[list[Article], object]] = deque()
    try:
        for batch in batched(articles, size, chars):
            queue.append((batch, submit([(a.text, a.date) for a in batch])))
            if len(queue) >= in_flight:
                batch, future = queue.popleft()
                yield from ((a, r, w) for a, (r, w) in zip(batch, future.result()))
        while queue:
            batch, future = queue.popleft()
            yield from ((a, r, w) for a, (r, w) in zip(batch, future.result()))
    finally:
        for _, future in queue:
            future.cancel()
