"""The build: articles stream through spaCy and out to disk; only the merged graph stays in memory.

    ingest -> stories -> [cache] -> extraction -> extractions.jsonl + graph

Extraction runs the spaCy pipeline (ruler, model, ``kg_extractor``) in one of three places:

- in this process (``workers=1``): ``nlp.pipe`` in batches of at most ``batch_size`` docs and
  ``batch_chars`` characters (``kg.extraction``, the work of any one process);
- in ``workers`` worker processes (``kg.workers``), forked (where the platform allows) from this process once it
  has loaded the pipeline, so that they share the model's memory: tasks of at most
  ``TASK_ARTICLES`` articles and ``TASK_CHARS`` characters go out as (text, date) pairs and come
  back as ``kg.types.Extraction``s (``extract_texts``), at most ``TASKS_IN_FLIGHT`` tasks per worker at a
  time, taken back in input order while this process reads and clusters the next articles and
  merges the results (its serial work, timed per stage in the report: ``ingest_s``,
  ``stories_s``, ``merge_s``; ``write_s`` for the output files);
- on a Dask cluster (``dask=ADDRESS``, see ``kg.distributed``), with the same tasks.

spaCy's own ``nlp.pipe(n_process=N)`` is not used for workers: it tokenises in the parent process
and ships whole ``Doc``s (tensors included) back and forth, which left two processes no faster than
one on a two-core machine; texts out and extractions back scale with the cores.

With a cache (``kg.cache``), articles extracted before with the same text, date, model, catalogue
and code are not extracted again; the output is the same either way. What stays in memory besides
the graph: the articles in flight, and for cached articles waiting for an earlier one, their
metadata.

A build of a period (``since``/``until``) reads the inputs twice: first without extraction, to
date every story by its earliest dated copy (``story_dates``), then to extract the articles in the
period, an undated copy by its story's date, which a copy later in the input may give.

Long articles are cut at paragraph breaks into segments of at most ``SEGMENT_CHARS`` characters
(spaCy's parser needs memory in proportion to a doc's length) and put back together after. What
spaCy holds at once is bounded by ``BATCH_CHARS`` characters (and ``BATCH_SIZE`` docs), not by the
input: a 2 MB one-line article peaked at 6.1 GB when all its 40 segments went into one batch. On
a 500,000-character article, batches of 100,000 characters peak at 0.64 GB PSS (0.45 GB at 50,000,
0.89 GB at 200,000) for the least CPU (2% less than 50,000, 6% less than 200,000); on ordinary
news (148 BBC articles), batches of 16 docs take the CPU time of 64 (within 1%) at 0.37 GB
instead of 0.58 GB, and 8 docs 1% more at 0.31 GB.

Worker processes ignore Ctrl-C (the parent handles it for the process group), are terminated
when the build stops on an error, Ctrl-C or SIGTERM, and end by themselves when their parent
process is gone (even after a SIGKILL).

The dependencies point one way: this module imports the executors (``kg.workers``,
``kg.distributed``), which import ``kg.extraction`` and ``kg.options``, never this module.
"""
from __future__ import annotations

import datetime
import json
import os
import re
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from contextlib import AbstractContextManager, contextmanager
from itertools import chain
from pathlib import Path

from .errors import UsageError
from .catalogue import check_user_files
from .graph import GraphBuilder
from .ingest import check_inputs, count_inputs, iter_articles
from .ingest.base import display_path
from .nlp import check_model, load_pipeline, model_name
from .progress import Progress, choose_mode
from .stories import StoryClusterer, StoryEvents
from .types import Article, ArticleExtraction, Skipped
# The extraction's bounds and the functions that run it, part of this module's interface too.
from .extraction import (BATCH_CHARS, BATCH_SIZE, SEGMENT_CHARS, TASK_ARTICLES, TASK_CHARS,  # noqa: F401
                         TASKS_IN_FLIGHT, Extracted, Extractor, batched, doc_batches, extract_texts, extract_with,
                         ordered_tasks, segments, worker_pipeline)
from .options import BuildOptions, BuildState

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_period(since: str | None, until: str | None) -> None:
    """``since`` and ``until`` are dates (YYYY-MM-DD) and ``since`` is not after ``until``; a
    ``UsageError`` saying which is wrong otherwise, before anything is read."""
    for flag, value in (("since", since), ("until", until)):
        if value is None:
            continue
        try:
            if not _ISO_DATE.fullmatch(str(value)):
                raise ValueError
            datetime.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"--{flag} {value}: not a date; give one as YYYY-MM-DD, e.g. 2024-12-01") from None
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}: no article can be in that period")


def in_period(article: Article, since: str | None, until: str | None,
              story_dates: Mapping[str, str] | None = None) -> bool:
    """Whether ``article`` falls in the period: by its own date, or, undated, by its story's
    (``story_dates``: story id -> its earliest dated copy's date, see ``story_dates``), the date
    the graph gives what it says; an article with neither is outside any period."""
    if not since and not until:
        return True
    date = article.date or (story_dates or {}).get(article.story or article.id)
    if not date:
        return False
    return (not since or date >= since) and (not until or date <= until)


# --------------------------------------------------------------------------- extraction backends

@contextmanager
def local_extractor(opts: BuildOptions, state: BuildState, nlp=None) -> Iterator[Extractor]:
    """An extractor in this process; the model is loaded when the first article needs it."""
    def run(articles: Iterator[Article]) -> Iterator[Extracted]:
        first = next(articles, None)
        if first is None:
            return
        pipeline = nlp
        if pipeline is None:
            started = time.perf_counter()
            state.stage(f"loading the spaCy model {model_name(opts.model)}")
            pipeline = load_pipeline(opts.model, opts.catalogue)
            state.load_s += time.perf_counter() - started
        yield from extract_with(pipeline, chain([first], articles), opts.batch_size, opts.batch_chars)
    yield run


def _extractor(opts: BuildOptions, state: BuildState, nlp=None) -> AbstractContextManager[Extractor]:
    if opts.dask:
        from .distributed import dask_extractor

        state.stage(f"connecting to the Dask cluster; its workers load the spaCy model {model_name(opts.model)}")
        return dask_extractor(opts)
    if opts.workers > 1:
        from .workers import process_extractor

        state.stage(f"starting {opts.workers} worker processes, each loading the spaCy model {model_name(opts.model)}")
        return process_extractor(opts, state)
    return local_extractor(opts, state, nlp)


# --------------------------------------------------------------------------- the stream

def _stories(inputs: Sequence[str], opts: BuildOptions, state: BuildState) -> Iterator[Article | Skipped]:
    """The inputs' articles with their story ids (and what was skipped), timed into ``state``."""
    clusterer = StoryClusterer()
    items = iter_articles(list(inputs), opts.field_map, opts.exclude)
    clock = time.perf_counter
    while True:
        started = clock()
        item = next(items, None)
        read = clock()
        state.ingest_s += read - started
        if item is None:
            return
        if isinstance(item, Article):
            item = replace(item, story=clusterer.assign(item))
            state.stories_s += clock() - read
        yield item


def story_dates(inputs: Sequence[str], opts: BuildOptions, state: BuildState) -> dict[str, str]:
    """Story id -> the date of its earliest dated copy, over all of ``inputs``: a first reading
    (no extraction) for a build of a period, since an undated copy takes its story's date and the
    copy that dates it may come after it, or in another file."""
    dates: dict[str, str] = {}
    for item in _stories(inputs, opts, state):
        if isinstance(item, Article) and item.date:
            story = item.story or item.id
            if story not in dates or item.date < dates[story]:
                dates[story] = item.date
    return dates


def _articles(inputs: Sequence[str], opts: BuildOptions, state: BuildState,
              dates: Mapping[str, str] | None = None) -> Iterator[Article]:
    """The articles to extract, in input order, with their story ids; with a period, only those
    in it (``in_period``, undated ones by their story's date in ``dates``), the others counted in
    ``state.out_of_period``."""
    for item in _stories(inputs, opts, state):
        if isinstance(item, Skipped):
            state.skipped.append(item.to_dict())
            continue
        if item.notes:
            state.notes.append({"path": item.path, "notes": list(item.notes)})
        if not in_period(item, opts.since, opts.until, dates):
            state.out_of_period += 1
            continue
        yield item


def with_cache(articles: Iterator[Article], extractor: Extractor, cache) -> Iterator[Extracted]:
    """``extractor`` over the articles ``cache`` lacks, the cache's results for the others, in
    input order. A cached article waiting for an earlier one is held without its text."""
    if cache is None:
        yield from extractor(articles)
        return
    from .cache import article_key

    pending: deque[tuple[Article, str, bool]] = deque()  # (article, key, cached)

    def misses() -> Iterator[Article]:
        for article in articles:
            key = article_key(article)
            if key in cache:
                pending.append((replace(article, text=""), key, True))
            else:
                pending.append((article, key, False))
                yield article

    def cached_head() -> Iterator[Extracted]:
        while pending and pending[0][2]:
            article, key, _ = pending.popleft()
            yield (article, *cache.get(key))

    for article, result, words in extractor(misses()):
        yield from cached_head()
        _, key, _ = pending.popleft()
        cache.put(key, result, words)
        yield article, result, words
    yield from cached_head()


def extract(inputs: Sequence[str], opts: BuildOptions, state: BuildState, nlp=None,
            cache=None) -> Iterator[ArticleExtraction]:
    """Stream ``ArticleExtraction``s for every article of ``inputs``, in input order."""
    events = StoryEvents()  # an article's own events: one id per story, in extractions.jsonl too
    dates = None
    if opts.since or opts.until:  # the period is decided where every copy of a story is known
        state.stage("reading the inputs to date their stories (--since/--until)")
        dates = story_dates(inputs, opts, state)
    with _extractor(opts, state, nlp) as extractor:
        for article, result, words in with_cache(_articles(inputs, opts, state, dates), extractor, cache):
            started = time.perf_counter()
            state.words += words
            ex = events.apply(ArticleExtraction.of(article, result))
            del result  # not held beside the article's extraction while it is written
            state.merge_s += time.perf_counter() - started
            yield ex


def _open_cache(opts: BuildOptions):
    if opts.cache_dir is None:
        return None
    from .cache import ExtractionCache, fingerprint

    return ExtractionCache(opts.cache_dir, fingerprint(model_name(opts.model), opts.catalogue))


def preflight(inputs: Sequence[str], opts: BuildOptions) -> None:
    """What can be checked before any work: the inputs exist, the options make sense, the
    user's catalogue files are valid. Raises a ``KGError`` with one line."""
    check_inputs(inputs)
    if opts.workers < 1:
        raise UsageError(f"workers must be at least 1, got {opts.workers}")
    if opts.batch_size < 1:
        raise UsageError(f"the batch size must be at least 1, got {opts.batch_size}")
    if opts.batch_chars < 1:
        raise UsageError(f"the characters per batch must be at least 1, got {opts.batch_chars}")
    check_period(opts.since, opts.until)
    if not opts.dask:  # a Dask cluster's workers may have models this machine lacks
        check_model(opts.model)
    check_user_files(opts.catalogue)


def run(inputs: Sequence[str], extractions_path: Path, opts: BuildOptions, nlp=None) -> tuple[GraphBuilder, dict]:
    """Build: write ``extractions_path`` line by line, fold everything into a graph, and return
    the graph builder and the report."""
    preflight(inputs, opts)
    started = time.perf_counter()
    state = BuildState()
    cache = _open_cache(opts)
    builder = GraphBuilder()
    mode = choose_mode(opts.progress, sys.stderr)
    total = count_inputs(list(inputs), opts.exclude) if mode != "off" else None
    completed = False
    try:
        with open(extractions_path, "w", encoding="utf-8") as out, \
                Progress("kg build", total, mode=mode) as progress:
            state.stage = progress.stage
            for ex in extract(inputs, opts, state, nlp, cache):
                merging = time.perf_counter()
                if not state.articles:
                    progress.working()
                out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
                builder.add(ex)
                state.articles += 1
                state.stories.add(ex.article.story or ex.article.id)
                for r in ex.relations:
                    state.relations[r.type] += 1
                    state.negated += r.negated
                    state.hedged += r.hedged
                progress.update(state.articles + len(state.skipped) + state.out_of_period - progress.done)
                state.merge_s += time.perf_counter() - merging
            progress.update(state.articles + len(state.skipped) + state.out_of_period - progress.done)
        completed = True
    finally:
        if cache is not None:
            cache.close(completed)
    finished = time.perf_counter()
    extracted_words = state.words - (cache.cached_words if cache is not None else 0)
    extract_s = finished - started - state.load_s
    report = {
        "model": model_name(opts.model),
        "inputs": [display_path(i) for i in inputs],
        "workers": opts.workers,
        "dask": opts.dask,
        "period": {"since": opts.since, "until": opts.until},
        "articles": state.articles,
        "stories": len(state.stories),
        "duplicates": state.articles - len(state.stories),
        "skipped": state.skipped,
        "notes": state.notes,
        "out_of_period": state.out_of_period,
        "words": state.words,
        "cache": cache.stats() if cache is not None else None,
        "timings": {"load_model_s": round(state.load_s, 3), "extract_s": round(extract_s, 3),
                    "total_s": round(finished - started, 3),
                    "words_per_s": round(extracted_words / extract_s, 1) if extract_s > 0 and extracted_words else None,
                    # this process's serial work by stage (wall seconds; with workers, spaCy runs
                    # elsewhere meanwhile): what bounds the speed-up of more workers
                    "ingest_s": round(state.ingest_s, 3), "stories_s": round(state.stories_s, 3),
                    "merge_s": round(state.merge_s, 3)},
        "extracted_relations": dict(sorted(state.relations.items())),
        "negated_relations": state.negated,
        "hedged_relations": state.hedged,
    }
    return builder, report


def temp_extractions() -> Path:
    fd, name = tempfile.mkstemp(prefix="kg-extractions-", suffix=".jsonl")
    os.close(fd)
    return Path(name)
