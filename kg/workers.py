"""Extraction in worker processes: ``kg build --workers N``.

Where the platform forks, the build process loads the pipeline first and the workers are forked
from it, so that they share the model's memory; tasks (``kg.extraction.extract_texts``) go out as
(text, date) pairs and come back as ``kg.types.Extraction``s, taken back in input order
(``kg.extraction.ordered_tasks``). Worker processes ignore Ctrl-C (the parent handles it for the
process group), are terminated when the build stops on an error, Ctrl-C or SIGTERM, and end by
themselves when their parent process is gone (even after a SIGKILL).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

from .extraction import _PIPELINES, TASKS_IN_FLIGHT, Extracted, Extractor, extract_texts, ordered_tasks, worker_pipeline
from .options import BuildOptions, BuildState
from .types import Article

PARENT_POLL_S = 0.5  # how often a worker process checks that its parent is still there


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)  # the build is gone (killed, even with SIGKILL): so is its worker


def _start_worker(model: str | None, catalogue: tuple[str, ...], parent: int | None = None) -> None:
    """A worker process: Ctrl-C (sent to the whole process group) is the parent's to handle, a
    SIGTERM ends the worker at once, and the worker ends when its parent does; then the model."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="kg-parent-watch").start()
    worker_pipeline(model, catalogue)


@contextmanager
def process_extractor(opts: BuildOptions, state: BuildState | None = None) -> Iterator[Extractor]:
    """An extractor over ``opts.workers`` worker processes, started when the first task is sent.

    Where the platform forks, this process loads the pipeline first and the workers are forked
    from it: they share the model's memory (copy-on-write) instead of each loading its own, which
    costs the same wall time (one load before the fork instead of one per worker at once) and one
    load less CPU. Elsewhere each worker loads the pipeline as it starts."""
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool: ProcessPoolExecutor | None = None

    def submit(items: list[tuple[str, str | None]]):
        nonlocal pool
        task = partial(extract_texts, items, model=opts.model, catalogue=tuple(opts.catalogue),
                       batch_size=opts.batch_size, batch_chars=opts.batch_chars)
        if pool is not None:
            return pool.submit(task)
        key = (opts.model, tuple(opts.catalogue))
        had = key in _PIPELINES
        if fork:
            started = time.perf_counter()
            worker_pipeline(*key)
            if state is not None:
                state.load_s += time.perf_counter() - started
        pool = ProcessPoolExecutor(opts.workers, mp_context=context, initializer=_start_worker,
                                   initargs=(*key, os.getpid()))
        future = pool.submit(task)  # forks every worker now (fork pools start them all at once)
        if fork and not had:
            _PIPELINES.pop(key, None)  # the workers have it; this process needs it no more
        return future

    try:
        def run(articles: Iterator[Article]) -> Iterator[Extracted]:
            return ordered_tasks(submit, articles, TASKS_IN_FLIGHT * opts.workers)
        yield run
    except BaseException:  # an error, Ctrl-C or SIGTERM: the workers stop now, not after their task
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.terminate()
        for child in multiprocessing.active_children():
            child.join(5)
        raise
    else:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
