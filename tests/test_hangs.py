"""No hangs: a terminated build takes its worker processes with it, and a database that stops
answering ends a load with one line instead of a wait for ever."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from db_server import BoltProxy, clean_db, db_config, write_seed_build  # noqa: F401 - fixtures

pytest.register_assert_rewrite("helpers")
from helpers import ROOT, lines, run_cli

LONG_WAIT = 120  # seconds: a bound on waiting for what must happen, not a speed check


def _wait(predicate, timeout: float = LONG_WAIT) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def _long_articles(folder: Path, count: int = 8) -> Path:
    """Articles long enough to keep two workers busy for a while."""
    folder.mkdir()
    paragraph = ("Russia backs the Syrian government of President Bashar al-Assad, the foreign minister "
                 "Sergei Lavrov said in Moscow. Turkey backs the rebels in Idlib, officials in Ankara said. ")
    for number in range(count):
        (folder / f"a{number}.txt").write_text(f"Story {number}\n\n" + paragraph * 400, "utf-8")
    return folder


def _start_build(tmp_path: Path) -> tuple[subprocess.Popen, list[psutil.Process]]:
    inputs = _long_articles(tmp_path / "in")
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(inputs), "--out", str(tmp_path / "out"),
                                "--workers", "2", "--no-cache"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    parent = psutil.Process(process.pid)
    assert _wait(lambda: len([c for c in parent.children() if c.is_running()]) >= 2), "no workers started"
    return process, parent.children()


def _gone(children: list[psutil.Process]) -> bool:
    return not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.slow
@pytest.mark.parametrize("signum,code,last", [(signal.SIGTERM, 143, "kg build: terminated"),
                                              (signal.SIGINT, 130, "kg build: interrupted")],
                         ids=["SIGTERM", "SIGINT"])
def test_sigterm_or_sigint_on_a_build_with_workers_stops_the_workers(tmp_path, signum, code, last):
    process, children = _start_build(tmp_path)
    time.sleep(2)  # let the workers get into their first task
    process.send_signal(signum)  # to the build process only, as `kill` sends it
    _, stderr = process.communicate(timeout=LONG_WAIT)
    assert process.returncode == code
    said = lines(stderr)  # what the build had said of its progress, then the end
    assert said[-1] == last and "Traceback" not in stderr
    assert all(line.startswith("kg build: ") for line in said)
    assert _wait(lambda: _gone(children), 30), [c.pid for c in children if c.is_running()]
    assert not (tmp_path / "out" / "extractions.jsonl").exists()  # nothing half-written was published


@pytest.mark.slow
def test_workers_end_when_their_build_is_killed(tmp_path):
    process, children = _start_build(tmp_path)
    process.kill()  # SIGKILL: no clean-up in the parent at all
    process.communicate(timeout=LONG_WAIT)
    assert _wait(lambda: _gone(children), 30), [c.pid for c in children if c.is_running()]


# -- a database that stops answering ---------------------------------------------------------------

class FreezingProxy(BoltProxy):
    """A proxy to a Bolt server that stops forwarding, for good, at the first packet from the
    client holding ``marker``: to the client, the server has stopped answering (as under
    ``kill -STOP``), with the connection still open."""

    def __init__(self, host: str, port: int, marker: bytes) -> None:
        self.marker = marker
        self.frozen = threading.Event()
        super().__init__(host, port)

    def on_packet(self, data: bytes, from_client: bool) -> str:
        if from_client and self.marker in data:
            self.frozen.set()
        return "drop" if self.frozen.is_set() else "forward"  # swallowed: no answer will ever come


@pytest.mark.db
def test_a_load_into_a_server_that_stops_answering_times_out_in_one_line(clean_db, tmp_path):
    build = write_seed_build(tmp_path / "build")
    host, port = clean_db.uri.split("://", 1)[1].rsplit(":", 1)
    proxy = FreezingProxy(host, int(port), marker=b"UNWIND")
    try:
        uri = f"bolt://127.0.0.1:{proxy.port}"
        # (the bound must let a busy machine's server create the constraints and read the stored
        # digests before the first batch: with 3 s a loaded machine timed out before the freeze)
        flags = ["--uri", uri, "--user", clean_db.user, "--password", clean_db.password, "--timeout", "15"]
        if clean_db.database:
            flags += ["--database", clean_db.database]
        code, out, err = run_cli(["load", str(build), *flags])
        assert proxy.frozen.is_set()  # the load got as far as its first write
        assert code == 1
        assert lines(err) == [f"kg load: the Neo4j server at {uri} stopped answering: nothing for 15 s "
                              "(--timeout or $KG_DB_TIMEOUT)"]
    finally:
        proxy.close()


def test_timeout_must_be_positive(tmp_path):
    (tmp_path / "graph.json").write_text('{"nodes": [], "links": []}', "utf-8")
    code, _, err = run_cli(["load", str(tmp_path), "--timeout", "0", "--uri", "bolt://127.0.0.1:1"])
    assert code == 1 and lines(err) == ["kg load: --timeout must be more than 0 seconds, got 0"]
