"""A real Neo4j 5 on loopback ports, for the test suite and the load benchmark.

``Neo4jServer(root, password).start()`` runs Neo4j 5.26 (community), the in-process server of
``org.neo4j.test:neo4j-harness``, through the launcher ``data/neo4j/Neo4jTestServer.java`` in a
Java subprocess on free loopback ports (Bolt, and HTTP, which serves Neo4j Browser at
``/browser/``), its store under ``root``; ``stop()`` shuts it down (and it stops by itself when its
standard input closes: the process that started it ended, however it ended). The jars come from
Maven Central through ``mvn`` (``data/neo4j/pom.xml``) into Maven's own cache (``~/.m2``), once;
the classpath and the compiled launcher are kept in ``$KG_NEO4J_CACHE`` (default
``~/.cache/kg-news/neo4j``), keyed by the launcher's files, so later starts take about ten seconds
without asking Maven anything. It needs Java 17+ (``$JAVA_HOME`` or ``java`` on PATH) and Maven
(``mvn`` on PATH). The test suite's fixtures (``tests/db_server.py``) and ``loaders.benchmark``
start their servers here.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from .neo4j import Neo4jConfig, connect

LAUNCHER_DIR = Path(__file__).resolve().parent / "data" / "neo4j"
LAUNCHER = "Neo4jTestServer"
DATABASE = "neo4j"  # community edition has one user database
START_TIMEOUT = 120.0
MAVEN_TIMEOUT = 1200.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Neo4jSetupError(RuntimeError):
    """The test Neo4j cannot be set up or started (no Java, no Maven, a failed download...)."""


def _tool(name: str) -> str:
    home = os.environ.get("JAVA_HOME")
    if name in ("java", "javac") and home and (Path(home) / "bin" / name).exists():
        return str(Path(home) / "bin" / name)
    found = shutil.which(name)
    if not found:
        raise Neo4jSetupError(
            f"the test Neo4j needs {name!r} on PATH (Java 17+ and Maven), or set NEO4J_URI")
    return found


def cache_dir() -> Path:
    """Where the classpath and the compiled launcher are kept, by a digest of the launcher files."""
    root = Path(os.environ.get("KG_NEO4J_CACHE") or Path.home() / ".cache" / "kg-news" / "neo4j")
    digest = hashlib.sha256()
    for name in ("pom.xml", f"{LAUNCHER}.java"):
        digest.update((LAUNCHER_DIR / name).read_bytes())
    return root / digest.hexdigest()[:16]


def prepare(log=print) -> tuple[str, str]:
    """(java, classpath) of the launcher: jars fetched by Maven and the launcher compiled, once
    (under a lock: test sessions that start together share the work)."""
    import fcntl

    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _prepare(cache, log)


def _prepare(cache: Path, log) -> tuple[str, str]:
    java = _tool("java")
    classpath_file, classes = cache / "classpath.txt", cache / "classes"
    if classpath_file.exists() and (classes / f"{LAUNCHER}.class").exists():
        classpath = classpath_file.read_text("utf-8").strip()
        if all(Path(jar).exists() for jar in classpath.split(os.pathsep)):
            return java, os.pathsep.join([str(classes), classpath])
    cache.mkdir(parents=True, exist_ok=True)
    log("fetching Neo4j 5.26 for the tests through Maven (once)...")
    _run([_tool("mvn"), "-B", "-q", "-f", str(LAUNCHER_DIR / "pom.xml"), "dependency:build-classpath",
          f"-Dmdep.outputFile={classpath_file}"], "Maven could not fetch Neo4j")
    classpath = classpath_file.read_text("utf-8").strip()
    _run([_tool("javac"), "-nowarn", "-cp", classpath, "-d", str(classes),
          str(LAUNCHER_DIR / f"{LAUNCHER}.java")], "the test Neo4j's launcher does not compile")
    return java, os.pathsep.join([str(classes), classpath])


def _run(command: list[str], what: str) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=MAVEN_TIMEOUT,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise Neo4jSetupError(f"{what}: no answer in {MAVEN_TIMEOUT:.0f} s") from None
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise Neo4jSetupError(f"{what}:\n{tail}")


@dataclass
class Neo4jServer:
    """A Neo4j 5 server process (the harness's in-process server) on loopback ports."""

    root: Path
    password: str
    heap: str = "1g"
    bolt_port: int = 0
    http_port: int = 0
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def config(self) -> Neo4jConfig:
        return Neo4jConfig(uri=f"bolt://127.0.0.1:{self.bolt_port}", user="neo4j",
                           password=self.password, database=DATABASE)

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self) -> Neo4jServer:
        java, classpath = prepare()
        self.bolt_port, self.http_port = free_port(), free_port()
        store = self.root / "store"
        store.mkdir(parents=True, exist_ok=True)
        out = open(self.root / "server.out", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [java, f"-Xmx{self.heap}", "-XX:+UseParallelGC", "-cp", classpath, LAUNCHER,
             str(store), str(self.bolt_port), str(self.http_port)],
            cwd=self.root, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.PIPE,
            env={**os.environ, "KG_NEO4J_PASSWORD": self.password})
        out.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Neo4jSetupError(f"Neo4j exited at start:\n{self.log_tail()}")
            if "READY " in self.log_tail(5) and self._ready():
                return self
            time.sleep(0.2)
        self.stop()
        raise Neo4jSetupError(f"Neo4j did not start in {START_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def _ready(self) -> bool:
        try:
            driver = connect(self.config)
        except Exception:
            return False
        driver.close()
        return True

    def log_tail(self, lines: int = 30) -> str:
        path = self.root / "server.out"
        text = path.read_text("utf-8", "replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.process.stdin.close()  # the launcher shuts the server down when its input closes
            self.process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
