"""The output directory of a build: one build at a time, files replaced whole.

``build_lock(out)`` holds ``out/.kg-build.lock`` (an advisory ``flock``, let go by the system when
the process ends however it ends, so a killed build never leaves a stale lock): a second build into
the same directory stops at once with one line. ``staging(out)`` is a hidden directory inside
``out`` where a build writes its files before ``publish`` renames them into place one by one, with
SIGINT and SIGTERM held back until the last is in place, so an interrupted build leaves the files
of the last finished build, never a mix.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError
from .ingest import BUILD_FILES

LOCK_FILE = ".kg-build.lock"
HELD_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})  # while ``publish`` moves the files


def _one_line(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def prepare(out: str | os.PathLike) -> Path:
    """``out`` as a directory that exists, or ``OutputError``."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"--out {out} is a file, not a directory") from None
    except OSError as error:
        raise OutputError(f"cannot create the output directory {out}: {_one_line(error)}") from None
    return out


def _try_lock(handle) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


@contextmanager
def build_lock(out: str | os.PathLike) -> Iterator[Path]:
    """Hold the build lock of ``out`` (created if need be) while the block runs; raise
    ``OutputError`` at once when another build holds it."""
    out = prepare(out)
    path = out / LOCK_FILE
    try:
        handle = open(path, "a+", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write into {out}: {_one_line(error)}") from None
    try:
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise OutputError(f"another kg build is writing into {out}{who}: wait for it to finish "
                              f"or choose another --out")
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield out
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
    finally:
        handle.close()  # closing lets go of the lock


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh hidden directory inside ``out`` (same file system, so renames are atomic), removed
    with what is left in it when the block ends."""
    try:
        path = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out))
    except OSError as error:
        raise OutputError(f"cannot write into {out}: {_one_line(error)}") from None
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def publish(staged: Path, out: Path, names: tuple[str, ...] = BUILD_FILES) -> None:
    """Move the files ``names`` from ``staged`` into ``out``, each replacing the old one at once.
    SIGINT and SIGTERM are held back while the files move (``held_signals``) and handled once
    they all have: Ctrl-C or a kill never leaves some files of this build beside some of the last."""
    with held_signals():
        for name in names:
            os.replace(staged / name, out / name)


@contextmanager
def held_signals(signals: frozenset[int] = HELD_SIGNALS) -> Iterator[None]:
    """In the main thread, hold back ``signals`` while the block runs and handle them after it,
    as they would have been: blocked in the main thread (``pthread_sigmask``), and, since the
    system may hand a process's signal to any of its threads (spaCy's libraries start some), with
    handlers that only note them meanwhile. Elsewhere (another thread, no signal masks): nothing."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    caught: list[int] = []
    handlers = {number: signal.getsignal(number) for number in signals}
    handlers = {number: handler for number, handler in handlers.items() if handler is not None}  # set outside Python
    for number in handlers:
        signal.signal(number, lambda number, frame: caught.append(number))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a signal blocked meanwhile is handled here
        for number in dict.fromkeys(caught):
            signal.raise_signal(number)  # ... and one that came to another thread, here


def output_files(out: str | os.PathLike) -> tuple[str, ...]:
    """The paths of a build's own files in ``out``: what that build must never read as input."""
    return tuple(str(Path(out) / name) for name in (*BUILD_FILES, LOCK_FILE))
