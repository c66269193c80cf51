"""``--workers N``: extraction in worker processes gives what one process gives."""
from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

import kg
from kg.extraction import extract_texts
from kg.types import Extraction

pytest.register_assert_rewrite("helpers")
from helpers import EXAMPLES  # noqa: E402

pytest_plugins = ["helpers"]


def test_two_workers_give_the_same_build_as_one(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:4]:
        shutil.copy(path, src / path.name)
    one, two = tmp_path / "one", tmp_path / "two"
    kg.build([str(src)], one, workers=1, cache=False, nlp=nlp)
    kg.build([str(src)], two, workers=2, cache=False)  # the workers run the pipeline they load
    for name in ("extractions.jsonl", "graph.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    report = json.loads((two / "report.json").read_text("utf-8"))
    assert report["workers"] == 2 and report["articles"] == 4
    assert any(json.loads(line)["relations"] for line in (two / "extractions.jsonl").open())


def test_worker_results_are_the_shared_types_and_use_the_catalogue():
    [(result, words)] = extract_texts([("Russian Foreign Minister Sergei Lavrov met Hakan Fidan in Ankara.",
                                        "2024-12-07")])
    assert isinstance(result, Extraction) and result.relations
    assert pickle.loads(pickle.dumps(result)) == result  # what crosses to the build process
    assert Extraction.from_dict(json.loads(json.dumps(result.to_dict()))) == result  # and what the cache keeps
    assert words > 0
    ids = {e.id for e in result.entities}
    assert {"person:sergei-lavrov", "state:russia"} <= ids, ids  # catalogue ids, from the ruler


def test_workers_must_be_positive(tmp_path):
    with pytest.raises(kg.InputError):
        kg.build([str(EXAMPLES)], tmp_path / "out", workers=0)
