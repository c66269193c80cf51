"""A normal install: the wheel carries the package, the data files and the query library, and the
installed package builds and answers `kg query NAME` from outside the source tree."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from db_server import clean_db, db_config  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "kg", "loaders", "queries")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", ".kg-cache", "*.egg-info")


def shipped_data() -> list[str]:
    """The data files of the packages, as paths inside the wheel: kg/data, the page's static
    files (its template, style, script and the vendored libraries) and loaders/data (the launcher
    of loaders.server's Neo4j)."""
    return sorted(str(p.relative_to(ROOT)) for folder in ("kg/data", "kg/export/static", "loaders/data")
                  for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """``pip wheel`` of a copy of the source tree (so the build leaves nothing in the tree)."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=JUNK)
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    (found,) = out.glob("*.whl")
    return found


def test_the_wheel_holds_the_package_its_data_and_the_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/__init__.py", "kg/cli.py", "loaders/neo4j.py", "loaders/library.py", "loaders/server.py"} <= names
    missing = [path for path in shipped_data() if path not in names]
    assert not missing, f"data files not in the wheel: {missing}"
    queries = {p.name for p in (ROOT / "queries").glob("*.cypher")}
    shipped = {Path(n).name for n in names if "/share/kg-news/queries/" in n and n.endswith(".cypher")}
    assert queries and shipped == queries
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed by pip; the dependencies are the test
    environment's (a .pth line), not the source tree, which is not on its path."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "kg-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PYTHON"))}
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600, stdin=subprocess.DEVNULL)


@pytest.mark.slow
@pytest.mark.db
def test_installed_kg_builds_and_queries_by_name_outside_the_tree(installed, clean_db, tmp_path):
    where = run(installed, "python", "-c", "import kg, loaders.library as l; print(kg.__file__); "
                "print(*l.query_dirs())", cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    package, queries = where.stdout.split("\n")[:2]
    assert package.startswith(str(installed)) and queries.startswith(str(installed))  # not the tree
    assert not str(ROOT) in where.stdout
    built = run(installed, "kg", "build", str(ROOT / "examples"), "--out", "o", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "o" / "graph.json").is_file() and (tmp_path / "o" / "index.html").is_file()
    db = ["--uri", clean_db.uri, "--user", clean_db.user, "--password", clean_db.password,
          "--database", clean_db.database]
    loaded = run(installed, "kg", "load", "o", *db, cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    allies = run(installed, "kg", "query", "most_connected", "--json", *db, cwd=tmp_path)
    assert allies.returncode == 0, allies.stderr
    assert len(allies.stdout.splitlines()) == 10  # the example's limit
    unknown = run(installed, "kg", "query", "no_such_query", *db, cwd=tmp_path)
    assert unknown.returncode != 0 and "allies" in unknown.stderr and len(unknown.stderr.splitlines()) == 1
