"""Extraction on a Dask cluster: ``kg build INPUT... --out DIR --dask ADDRESS``.

The client (the ``kg build`` process) reads the articles, cuts the stream into batches of
``TASK_ARTICLES`` and submits one task per batch (``kg.extraction.extract_texts``) with at most
``TASKS_IN_FLIGHT`` tasks per worker thread outstanding. A worker loads the spaCy pipeline once
(``kg.extraction.worker_pipeline``) and sends back each article's ``kg.types.Extraction``; the
client writes ``extractions.jsonl`` in input order and folds the results into the graph, so a
build on a cluster gives the same files as a local build.

``ADDRESS`` is a scheduler (``tcp://host:8786``) whose workers have this package and the spaCy
model installed (and the ``--catalogue`` files at the same paths), or ``local`` for a
``distributed.LocalCluster`` on this machine with ``--workers`` single-threaded worker processes.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from .errors import ClusterError
from .extraction import TASK_ARTICLES, TASKS_IN_FLIGHT, Extractor, extract_texts, ordered_tasks
from .options import BuildOptions

LOCAL = "local"
CONNECT_TIMEOUT = "20s"
# A local cluster's workers, set as they start: no statistical profiler (it samples the running
# task's stack every 10 ms, under the interpreter lock) and glibc's own malloc trimming (Dask sets
# MALLOC_TRIM_THRESHOLD_=65536, which returns memory after every batch and faults it back in). On
# 148 BBC articles with one worker process: 11% less CPU.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}
WORKERS_TIMEOUT = "60s"  # for the first worker to join a scheduler (tasks would wait for ever)


@contextmanager
def dask_client(address: str, workers: int = 1, processes: bool = True) -> Iterator:
    """A ``distributed.Client`` for ``address`` ("local": a LocalCluster of ``workers`` processes,
    or threads with ``processes=False``), closed on exit; a local cluster's processes are gone
    when this returns (see ``reap``)."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    before = _children()
    try:
        if address == LOCAL:
            # No dashboard; the scheduler's HTTP routes on a free local port (its default, 8787,
            # is taken when two builds run at once, and that is a warning on stderr).
            with dask.config.set(LOCAL_CONFIG), _workers_ignore_ctrl_c():
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                       dashboard_address=None, silence_logs=logging.CRITICAL,
                                       scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
            try:
                client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
            except (OSError, TimeoutError):
                client.close()
                raise ClusterError(f"the Dask scheduler at {address} has no workers: none joined in "
                                   f"{WORKERS_TIMEOUT}") from None
    except (OSError, TimeoutError, ValueError, RuntimeError) as exc:  # RuntimeError: a nanny failed to start
        if cluster is not None:
            cluster.close()
        if address == LOCAL:
            reap(before)
        where = "start a local Dask cluster" if address == LOCAL else f"reach the Dask scheduler at {address}"
        raise ClusterError(f"cannot {where}: {' '.join(str(exc).split()) or type(exc).__name__}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
            reap(before)


@contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """SIGINT ignored while the local cluster starts its worker processes: they inherit that
    (an ignored signal stays ignored across exec, and Python then installs no handler of its
    own), so Ctrl-C, which the terminal sends to the whole process group, is this process's alone
    to handle (it closes the cluster) instead of each worker printing a ``KeyboardInterrupt``
    traceback. A Ctrl-C in the seconds the cluster takes to start is lost: press it again.
    (Blocking the signal instead is not inherited: the cluster's thread starts the processes.)"""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


REAP_TIMEOUT_S = 10.0


def _children() -> set[int]:
    import psutil

    try:
        return {p.pid for p in psutil.Process().children(recursive=True)}
    except psutil.Error:
        return set()


def reap(before: set[int] = frozenset(), timeout: float = REAP_TIMEOUT_S) -> None:
    """Wait until the processes a local cluster started (this process's descendants not in
    ``before``) have exited, killing any still there after ``timeout`` seconds; then stop
    multiprocessing's resource tracker, which the cluster's spawned processes started and which
    would otherwise outlive this process for a moment (a stray process after the command)."""
    import psutil

    try:
        procs = [p for p in psutil.Process().children(recursive=True) if p.pid not in before]
    except psutil.Error:
        procs = []
    tracker = _resource_tracker_pid()
    procs = [p for p in procs if p.pid != tracker]
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    for p in alive:
        try:
            p.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(alive, timeout=timeout)
    if tracker is not None and tracker not in before:
        from multiprocessing import resource_tracker

        stop = getattr(resource_tracker._resource_tracker, "_stop", None)
        if stop is not None:
            stop()  # closes its pipe: it ends, and is waited for


def _resource_tracker_pid() -> int | None:
    from multiprocessing import resource_tracker

    return getattr(resource_tracker._resource_tracker, "_pid", None)


@contextmanager
def dask_extractor(opts: BuildOptions, client=None) -> Iterator[Extractor]:
    """An extractor (see ``kg.extraction``) that runs the tasks on the cluster of ``opts.dask``,
    or on ``client`` when one is given."""
    if client is None:
        with dask_client(opts.dask or LOCAL, max(1, opts.workers)) as own:
            with dask_extractor(opts, own) as run:
                yield run
        return
    threads = max(1, sum(client.nthreads().values()))
    submit = partial(client.submit, extract_texts, model=opts.model, catalogue=tuple(opts.catalogue),
                     batch_size=opts.batch_size, batch_chars=opts.batch_chars)

    def run(articles: Iterator) -> Iterator:
        from distributed.comm.core import CommClosedError
        from distributed.scheduler import KilledWorker

        try:
            yield from ordered_tasks(submit, articles, TASKS_IN_FLIGHT * threads, TASK_ARTICLES)
        except (KilledWorker, CommClosedError) as exc:  # a worker died (memory, a signal) or the link did
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise ClusterError(f"the Dask cluster lost a task: {detail}") from None

    yield run
