"""A Neo4j server that dies in the middle of ``kg load``, and loads that run at once: what the user
sees is ``kg load``'s own lines, never a line of the driver's log or a traceback."""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from db_server import BoltProxy, Neo4jServer, clean_db, db_config, snapshot, wipe, write_seed_build  # noqa: F401 - fixtures

pytest.register_assert_rewrite("helpers")
from helpers import ROOT, lines

LONG_WAIT = 300  # seconds: a bound on a command that must end, not a speed check


def kg(*args: str) -> subprocess.CompletedProcess:
    """``kg ARGS`` in a process of its own, so that its stderr is what a user's terminal shows,
    whatever writes to it (the driver's logging included)."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=LONG_WAIT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def connection_flags(uri: str, config) -> list[str]:
    flags = ["--uri", uri, "--user", config.user, "--password", config.password]
    return flags + (["--database", config.database] if config.database else [])


class KillingProxy(BoltProxy):
    """A proxy to a Neo4j server that kills the server (SIGKILL) when the client first sends
    ``marker``, before that message reaches it: the server dies in the middle of the client's
    work, with no chance to answer. Connections then end as the dead server's do."""

    def __init__(self, server: Neo4jServer, marker: bytes) -> None:
        self.server = server
        self.marker = marker
        self.killed = threading.Event()
        super().__init__("127.0.0.1", server.bolt_port)

    def on_packet(self, data: bytes, from_client: bool) -> str:
        if from_client and self.marker in data and not self.killed.is_set():
            self.server.process.send_signal(signal.SIGKILL)
            self.server.process.wait(timeout=60)
            self.killed.set()
            return "end"  # the message dies with the server
        return "forward"


@pytest.fixture
def own_server(tmp_path):
    """A Neo4j of this test's own, to be killed (never the session's server, nor NEO4J_URI's)."""
    if os.environ.get("NEO4J_URI"):
        pytest.skip("a server given by NEO4J_URI is not ours to kill")
    server = Neo4jServer(root=tmp_path / "neo4j", password="kg-" + secrets.token_hex(8)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.db
@pytest.mark.slow
def test_a_server_that_dies_mid_load_is_one_line(own_server, tmp_path):
    build = write_seed_build(tmp_path / "build")
    proxy = KillingProxy(own_server, marker=b"UNWIND")  # the load's first batch of rows
    try:
        uri = f"bolt://127.0.0.1:{proxy.port}"
        done = kg("load", str(build), *connection_flags(uri, own_server.config))
    finally:
        proxy.close()
    assert proxy.killed.is_set()  # the server died after the load had connected and begun to write
    assert done.returncode == 1
    assert done.stdout == ""
    said = lines(done.stderr)
    assert len(said) == 1, done.stderr  # no driver log line ("Failed to read from defunct connection ...")
    assert said[0].startswith(f"kg load: cannot reach the Neo4j server at {uri}: "), said
    assert "Traceback" not in done.stderr


@pytest.mark.db
@pytest.mark.slow
def test_loads_at_once_print_only_their_own_lines_and_add_up(clean_db, tmp_path):
    """Two loads into one database at once, touching the same entities and one same article: the
    server's deadlock answers are retried without a word, and the graph is the graph of both."""
    first = write_seed_build(tmp_path / "first", ("a1", "a2"))
    second = write_seed_build(tmp_path / "second", ("a2", "a3"))
    write_seed_build(tmp_path / "both")
    kg("load", str(tmp_path / "both"), *connection_flags(clean_db.uri, clean_db))
    expected = snapshot(clean_db)
    for _ in range(3):
        wipe(clean_db)
        flags = connection_flags(clean_db.uri, clean_db)
        loads = [subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(build), *flags], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)}) for build in (first, second)]
        for load in loads:
            out, err = load.communicate(timeout=LONG_WAIT)
            assert load.returncode == 0, err
            assert all(line.startswith("kg load: ") for line in lines(err)), err
            assert lines(out) and lines(out)[-1].startswith("loaded: "), out
        assert snapshot(clean_db) == expected
