"""``--dask``: extraction on a Dask cluster gives the files of a local build."""
from __future__ import annotations

import shutil

import pytest

import kg

pytest.register_assert_rewrite("helpers")
from helpers import EXAMPLES, shared_model  # noqa: E402

pytest_plugins = ["helpers"]
distributed = pytest.importorskip("distributed")


def test_a_dask_build_equals_a_local_build(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:4]:
        shutil.copy(path, src / path.name)
    local, remote = tmp_path / "local", tmp_path / "dask"
    with shared_model(nlp):
        kg.build([str(src)], local, cache=False)
        # Two worker threads in this process: the tasks run kg.pipeline.extract_texts there.
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:
            kg.build([str(src)], remote, cache=False, dask=cluster.scheduler_address)
    for name in ("extractions.jsonl", "graph.json", "graph.graphml"):
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name


def test_dask_with_the_cache_extracts_only_what_is_new(tmp_path, nlp):
    import json

    src = tmp_path / "src"
    src.mkdir()
    files = sorted(EXAMPLES.glob("*.txt"))[:3]
    shutil.copy(files[0], src / files[0].name)
    out = tmp_path / "out"
    with shared_model(nlp):
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:
            kg.build([str(src)], out, dask=cluster.scheduler_address)
            for path in files[1:]:
                shutil.copy(path, src / path.name)
            kg.build([str(src)], out, dask=cluster.scheduler_address)
    cache = json.loads((out / "report.json").read_text("utf-8"))["cache"]
    assert (cache["from_cache"], cache["extracted"]) == (1, 2)
