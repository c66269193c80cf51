"""``--dask``: extraction on a Dask cluster gives the files of a local build."""
from __future__ import annotations

import shutil

import pytest

import kg

pytest.register_assert_rewrite("helpers")
from helpers import EXAMPLES  # noqa: E402

pytest_plugins = ["helpers"]
distributed = pytest.importorskip("distributed")


def test_a_dask_build_equals_a_local_build(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:4]:
        shutil.copy(path, src / path.name)
    local, remote = tmp_path / "local", tmp_path / "dask"
    kg.build([str(src)], local, cache=False, nlp=nlp)
    # Two worker threads in this process: the tasks run kg.extraction.extract_texts there, on the
    # pipeline it loads (once per process).
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        kg.build([str(src)], remote, cache=False, dask=cluster.scheduler_address)
    for name in ("extractions.jsonl", "graph.json", "graph.graphml"):
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name


def test_dask_with_the_cache_extracts_only_what_is_new(tmp_path):
    import json

    src = tmp_path / "src"
    src.mkdir()
    files = sorted(EXAMPLES.glob("*.txt"))[:3]
    shutil.copy(files[0], src / files[0].name)
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        kg.build([str(src)], out, dask=cluster.scheduler_address)
        for path in files[1:]:
            shutil.copy(path, src / path.name)
        kg.build([str(src)], out, dask=cluster.scheduler_address)
    cache = json.loads((out / "report.json").read_text("utf-8"))["cache"]
    assert (cache["from_cache"], cache["extracted"]) == (1, 2)



def _survivors(seen: dict[int, object], sid: int) -> list[str]:
    """Of the processes ``seen`` during a command and those of its session ``sid``, the ones
    alive now, as 'pid command line'."""
    import os

    import psutil

    alive = {}
    for p in list(seen.values()) + list(psutil.process_iter()):
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE and (p.pid in seen or os.getsid(p.pid) == sid):
                alive[p.pid] = f"{p.pid} {' '.join(p.cmdline()[:4])}"
        except (OSError, psutil.Error):
            continue
    return sorted(alive.values())


def _examples(tmp_path, n: int = 3):
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:n]:
        shutil.copy(path, src / path.name)
    return src


def _kg_build(*args, timeout: float = 600) -> tuple[int, str, list[str]]:
    """``kg build ARGS`` as a session of its own: (exit status, stderr, the processes it started
    or its session holds that are still alive the moment it has exited)."""
    import subprocess
    import sys
    import tempfile
    import time

    import psutil

    seen: dict[int, psutil.Process] = {}
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *map(str, args)],
                                stdout=subprocess.DEVNULL, stderr=err, text=True, start_new_session=True)
        root = psutil.Process(proc.pid)
        deadline = time.monotonic() + timeout
        try:
            while proc.poll() is None and time.monotonic() < deadline:
                try:
                    seen.update((c.pid, c) for c in root.children(recursive=True))
                except psutil.Error:
                    pass
                time.sleep(0.05)
            survivors = _survivors(seen, proc.pid)
        finally:
            proc.kill()
            proc.wait()
        err.seek(0)
        return proc.returncode, err.read(), survivors


def _same_outputs(a, b) -> None:
    for name in ("extractions.jsonl", "graph.json", "graph.graphml", "index.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.slow
def test_dask_local_processes_print_nothing_on_stderr_and_leave_nothing_behind(tmp_path, nlp):
    src = _examples(tmp_path)
    kg.build([str(src)], tmp_path / "local", cache=False, nlp=nlp)
    code, err, alive = _kg_build(src, "--out", tmp_path / "dask", "--dask", "local", "--workers", "2", "--no-cache")
    assert code == 0, err
    # no worker traceback, no warning: only the build's own progress lines
    assert all(line.startswith("kg build: ") for line in err.splitlines()), err
    assert "Traceback" not in err and "warn" not in err.lower(), err
    assert alive == []  # no worker, nanny or resource tracker outlives the command
    _same_outputs(tmp_path / "local", tmp_path / "dask")


@pytest.mark.slow
def test_a_cluster_of_separate_scheduler_and_worker_processes(tmp_path, nlp):
    """``dask scheduler`` and ``dask worker`` as users start them, then ``kg build --dask ADDRESS``."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    src = _examples(tmp_path)
    kg.build([str(src)], tmp_path / "local", cache=False, nlp=nlp)
    from pathlib import Path

    dask = Path(sys.executable).with_name("dask")  # the command the package installs
    if not dask.is_file():
        pytest.skip("no dask command next to the Python that runs the tests")
    scheduler_file = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(scheduler_file)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text("utf-8"))["address"]
        procs.append(subprocess.Popen(
            [str(dask), "worker", address, "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard", "--host", "127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        code, err, _ = _kg_build(src, "--out", tmp_path / "cluster", "--dask", address, "--no-cache")
        assert code == 0, err
        assert all(line.startswith("kg build: ") for line in err.splitlines()), err  # progress lines only
        assert "Traceback" not in err, err
        report = json.loads((tmp_path / "cluster" / "report.json").read_text("utf-8"))
        assert report["dask"] == address and report["articles"] == 3
        _same_outputs(tmp_path / "local", tmp_path / "cluster")
    finally:
        for proc in reversed(procs):
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(procs):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.mark.slow
def test_ctrl_c_on_a_local_dask_build_is_one_line_and_stops_the_workers(tmp_path):
    """Ctrl-C goes to the whole process group: the workers must not print their own
    ``KeyboardInterrupt`` tracebacks (issue 15), and none may outlive the build."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    src = tmp_path / "src"
    src.mkdir()
    texts = sorted(EXAMPLES.glob("*.txt"))
    for k in range(240):  # enough that the build cannot finish between its first results and the signal
        shutil.copy(texts[k % len(texts)], src / f"{k:03d}.txt")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--dask", "local",
                             "--workers", "2", "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    seen: dict[int, psutil.Process] = {}
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            seen.update((c.pid, c) for c in psutil.Process(proc.pid).children(recursive=True))
            if any(p.stat().st_size for p in out.glob(".kg-staging-*/extractions.jsonl")):
                break  # the cluster is up and results are coming back
            time.sleep(0.1)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        survivors = _survivors(seen, proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130
    lines = err.splitlines()  # progress lines, then one line for the interruption, no traceback
    assert lines and lines[-1] == "kg build: interrupted", err
    assert all(line.startswith("kg build: ") for line in lines) and "Traceback" not in err, err
    assert survivors == []
