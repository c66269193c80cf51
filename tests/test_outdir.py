"""``kg.outdir``: publishing a finished build replaces its files all together, even when a signal
comes in the middle."""
from __future__ import annotations

import os
import select
import signal
import threading
import time

import pytest

from kg.ingest import BUILD_FILES
from kg.outdir import publish


def _old_and_new(tmp_path):
    out, staged = tmp_path / "out", tmp_path / "out" / ".kg-staging-test"
    staged.mkdir(parents=True)
    for name in BUILD_FILES:
        (out / name).write_text("old", "utf-8")
        (staged / name).write_text("new", "utf-8")
    return out, staged


def _contents(out):
    return {name: (out / name).read_text("utf-8") for name in BUILD_FILES}


def _taken(wakeup: int, signum: int, timeout: float = 30.0) -> bool:
    """Whether a thread takes ``signum`` within ``timeout`` seconds. ``kill`` and ``pthread_kill``
    return before the thread they give the signal to has run: on a loaded machine it may run only
    after ``publish``, so the signal would come after the hold rather than during it. Python's
    C-level handler, in whichever thread runs it, writes the number to the wakeup fd after setting
    the flag that has the main thread run the Python-level handler."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        if select.select([wakeup], [], [], left)[0] and signum in os.read(wakeup, 64):
            return True
    return False


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
@pytest.mark.parametrize("to", ["the process", "another thread"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_during_publish_is_handled_after_every_file_is_replaced(tmp_path, monkeypatch, signum, to):
    assert threading.current_thread() is threading.main_thread()
    out, staged = _old_and_new(tmp_path)
    seen: list[dict[str, str]] = []
    sent: list[int] = []
    idle = threading.Event()
    other = threading.Thread(target=idle.wait, daemon=True)
    other.start()
    real_replace = os.replace

    wakeup, woken = os.pipe()
    os.set_blocking(woken, False)

    def replace(src, dst):
        real_replace(src, dst)
        if not sent:  # between the first rename and the second
            sent.append(signum)
            if to == "the process":  # the main thread blocks it: some other thread takes it
                os.kill(os.getpid(), signum)
            else:  # the system may give a process's signal to any thread that does not block it
                signal.pthread_kill(other.ident, signum)
            assert _taken(wakeup, signum), "no thread took the signal"  # during the hold, not after

    class Stop(Exception):
        pass

    def handler(number, frame):
        seen.append(_contents(out))
        raise Stop()

    previous = signal.signal(signum, handler)
    previous_wakeup = signal.set_wakeup_fd(woken)
    try:
        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(Stop):  # the handler ran, once publish let the signal through
            publish(staged, out)
    finally:
        idle.set()
        other.join(30)  # a thread runs the handler of a signal given to it before it ends ...
        signal.set_wakeup_fd(previous_wakeup)
        signal.signal(signum, previous)  # ... and one still due runs ``handler`` here, not ``previous``
        os.close(wakeup)
        os.close(woken)
    assert sent == [signum]
    assert seen == [{name: "new" for name in BUILD_FILES}]  # when it ran, every file was the new one
    assert _contents(out) == {name: "new" for name in BUILD_FILES}
    assert signum not in signal.pthread_sigmask(signal.SIG_BLOCK, set())  # the mask is as it was


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_publish_restores_the_signal_mask_when_a_rename_fails(tmp_path):
    out, staged = _old_and_new(tmp_path)
    (staged / BUILD_FILES[-1]).unlink()
    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    with pytest.raises(FileNotFoundError):
        publish(staged, out)
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before


def test_publish_from_another_thread_moves_every_file(tmp_path):
    out, staged = _old_and_new(tmp_path)
    worker = threading.Thread(target=publish, args=(staged, out))
    worker.start()
    worker.join()
    assert _contents(out) == {name: "new" for name in BUILD_FILES}
