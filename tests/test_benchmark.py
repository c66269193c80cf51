"""``python -m kg.benchmark``: its bookkeeping (no speed is asserted: speed is measured by the
benchmark, never by a timed test)."""
from __future__ import annotations

import sys

from kg.benchmark import Run, comparisons, monitored, spread


def _run(arm: str, wall: float, words_per_s: float | None = None) -> Run:
    report = {"words": 1000, "timings": {"total_s": wall - 1, "load_model_s": 1.0}}
    if words_per_s is not None:
        report = {"words": 1000, "words_per_s": words_per_s, "load_s": 1.0, "pipe_s": 1000 / words_per_s}
    return Run(arm, wall, cpu_s=wall, peak_pss_gb=0.1, peak_rss_gb=0.1, others_cores=0.0, strays=0, report=report)


def test_figures_are_ratios_within_each_round_then_median_and_range():
    rounds = [{"w1": _run("w1", 100), "w2": _run("w2", 50)},
              {"w1": _run("w1", 200), "w2": _run("w2", 125)},  # a loaded round slows both arms
              {"w1": _run("w1", 90), "w2": _run("w2", 50)}]
    figures = comparisons(rounds)
    assert figures["speedup_workers"] == {"median": 1.8, "min": 1.6, "max": 2.0, "n": 3}
    assert "speedup_dask" not in figures  # no Dask arms in these rounds
    assert spread([3.0, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}


def test_the_bar_compares_a_build_with_bare_spacy_in_the_same_round():
    bare = _run("bare", 10, words_per_s=125.0)
    one = _run("w1", 11)  # 1000 words in 10 s of run less 1 s of loading: 111.1 words/s
    figures = comparisons([{"bare": bare, "w1": one}])
    assert abs(figures["ratio_to_bare"]["median"] - (1000 / 9) / 125.0) < 1e-9


def test_a_run_counts_the_processes_it_leaves_behind_and_ends_them(tmp_path):
    leave = ("import subprocess, sys; "
             "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])")
    run = monitored("leaver", [sys.executable, "-c", leave], tmp_path)
    assert run.strays == 1
    assert run.cpu_s > 0 and run.wall_s > 0
    clean = monitored("clean", [sys.executable, "-c", "x = bytearray(50_000_000)"], tmp_path)
    assert clean.strays == 0
    assert clean.peak_pss_gb >= 0  # polled: a short run may end before the first poll


def test_the_memory_inputs_have_the_shape_they_are_named_after(tmp_path):
    import json

    from kg.benchmark import memory_inputs

    texts = [f"Article {n}: Russia backs the Syrian government, the minister said on day {n}." for n in range(30)]
    made = memory_inputs(texts, tmp_path, scale=0.001)  # 50 kB, 20 kB, 10 files
    one_line = (made["text-50mb-one-line"] / "one-line.txt").read_text("utf-8")
    assert len(one_line.encode()) == 50_000 and "\n" not in one_line
    records = [json.loads(line) for line in (made["jsonl-20mb-line"] / "records.jsonl").read_text("utf-8").splitlines()]
    assert [len(r["text"].encode()) for r in records][1] == 20_000 and len(records) == 3
    tiny = sorted(p for p in made["10000-tiny-files"].rglob("*.txt"))
    assert len(tiny) == 10 and all(0 < p.stat().st_size <= 201 for p in tiny)
