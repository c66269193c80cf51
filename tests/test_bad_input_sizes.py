"""Hostile sizes: a 50 MB text file on one line, a JSONL line holding a 20 MB text, 10,000 tiny files.

Reading is bounded by the part size, never by the file (checked here on the full sizes), and a whole
``kg build`` gets through both full-size files (with a cheap pipeline: spaCy's blank English and the
project's components); what spaCy holds is bounded by segments and batches (``test_memory_bounds.py``). The whole command's peak
memory on the 50 MB and 20 MB inputs (half an hour of parsing each) is measured by
``python -m kg.benchmark --memory``, and here on the 10,000 tiny files, which a build gets through
in a minute or two.
"""
from __future__ import annotations

import json
import sys
import tracemalloc
from pathlib import Path

import pytest

pytest.register_assert_rewrite("helpers")
from helpers import ROOT, read_jsonl, run_cli

from kg.benchmark import TARGETS, monitored
from kg.ingest import MAX_TEXT_BYTES, iter_articles
from kg.types import Article, Skipped

SENTENCE = "Russia backs the Syrian government, the foreign minister said in Moscow on Monday. "
ACTORS = ["Russia", "Iran", "Turkey", "Qatar", "Egypt", "Jordan", "Israel", "Hezbollah", "Hamas", "the Taliban",
          "France", "Germany", "China", "India", "Japan", "Brazil", "Nigeria", "Kenya", "Chile", "Peru"]
VERBS = ["backs", "opposes", "condemned", "met", "urged", "attacked", "praised", "criticised"]


def one_line(size: int) -> str:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


@pytest.fixture(scope="module")
def blank_pipeline():
    """A cheap pipeline for whole builds of the full sizes: spaCy's blank English with sentences,
    and the project's own components as ``kg.nlp`` adds them (``kg_paragraphs``, ``kg_extractor``
    last). Without the model and the catalogue ruler it finds nothing, at about 1 MB a second."""
    import spacy

    import kg.nlp  # noqa: F401 - registers the components

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_paragraphs")
    nlp.add_pipe("kg_extractor", last=True)
    return nlp


def build_cleanly(path: Path, out: Path, nlp) -> tuple[list[dict], dict]:
    """``kg build PATH --out OUT`` through the CLI with ``nlp``, which must finish without a
    traceback or an internal error: (extractions, report)."""
    code, stdout, stderr = run_cli(["build", path, "--out", out, "--no-cache"], nlp=nlp)
    assert code == 0, stderr
    for said in ("Traceback", "internal error"):
        assert said not in stdout + stderr
    return read_jsonl(out / "extractions.jsonl"), json.loads((out / "report.json").read_text("utf-8"))


def test_a_50mb_text_file_on_one_line_is_read_in_parts_of_bounded_size(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text(one_line(50_000_000), "utf-8")
    count, peak = _stream_peak(path)  # the parts come one by one: a few are held at once, not the file
    assert peak < 10 * MAX_TEXT_BYTES, peak
    items = list(iter_articles([str(path)]))
    assert not [i for i in items if isinstance(i, Skipped)]
    parts = [i for i in items if isinstance(i, Article)]
    assert len(parts) == count >= 50_000_000 // MAX_TEXT_BYTES
    assert [p.path for p in parts] == [f"{path}#part{n}" for n in range(1, len(parts) + 1)]
    assert max(len(p.text) for p in parts) <= MAX_TEXT_BYTES
    assert sum(len(p.text.split()) for p in parts) == len(one_line(50_000_000).split())  # no word lost


def test_kg_build_gets_through_a_50mb_text_file_on_one_line(tmp_path, blank_pipeline):
    path = tmp_path / "one-line.txt"
    path.write_text(one_line(50_000_000), "utf-8")
    extractions, report = build_cleanly(path, tmp_path / "out", blank_pipeline)
    parts = [e["article"]["path"] for e in extractions]
    assert len(parts) >= 50_000_000 // MAX_TEXT_BYTES
    assert parts == [f"{path}#part{n}" for n in range(1, len(parts) + 1)]  # the whole file, in its parts
    assert report["skipped"] == [] and report["articles"] == len(parts)


def _stream_peak(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for item in iter_articles([str(path)]) if isinstance(item, Article))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_jsonl_line_of_20mb_is_one_article_and_the_lines_around_it_are_kept(tmp_path):
    path = tmp_path / "records.jsonl"
    records = [{"text": "Iran backs Hezbollah, officials in Tehran said.", "title": "before"},
               {"text": one_line(20_000_000), "title": "long"},
               {"text": "Qatar backs the rebels, the emir said in Doha.", "title": "after"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    count, peak = _stream_peak(path)
    assert count == 3
    assert peak < 10 * 20_000_000, peak  # the line, its parsed record and the article's text: not more
    items = list(iter_articles([str(path)]))
    assert [(i.path, i.title, len(i.text)) for i in items] == [
        (f"{path}:1", "before", len(records[0]["text"])), (f"{path}:2", "long", 20_000_000),
        (f"{path}:3", "after", len(records[2]["text"]))]


def test_kg_build_gets_through_a_jsonl_line_of_20mb(tmp_path, blank_pipeline):
    path = tmp_path / "records.jsonl"
    records = [{"text": "Iran backs Hezbollah, officials in Tehran said.", "title": "before"},
               {"text": one_line(20_000_000), "title": "long"},
               {"text": "Qatar backs the rebels, the emir said in Doha.", "title": "after"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    extractions, report = build_cleanly(path, tmp_path / "out", blank_pipeline)
    assert [(e["article"]["path"], e["article"]["title"]) for e in extractions] == [
        (f"{path}:1", "before"), (f"{path}:2", "long"), (f"{path}:3", "after")]
    assert report["skipped"] == [] and report["articles"] == 3


def tiny_article(number: int) -> str:
    a, b = ACTORS[number % len(ACTORS)], ACTORS[(number // len(ACTORS) + 1 + number) % len(ACTORS)]
    return f"{a} {VERBS[number % len(VERBS)]} {b}, report {number} said.\n"


@pytest.mark.slow
def test_10000_tiny_files_build_in_bounded_memory(tmp_path):
    folder = tmp_path / "in"
    for number in range(10_000):
        sub = folder / f"{number // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(tiny_article(number), "utf-8")
    out = tmp_path / "out"
    run = monitored("tiny", [sys.executable, "-m", "kg.cli", "build", str(folder), "--out", str(out), "--no-cache"],
                    ROOT)  # a failed command or a traceback ends the test here
    assert "internal error" not in run.stdout
    extractions = read_jsonl(out / "extractions.jsonl")
    assert len(extractions) == 10_000
    assert json.loads((out / "report.json").read_text("utf-8"))["skipped"] == []
    assert run.peak_pss_gb < TARGETS["peak_pss_gb"], run.peak_pss_gb  # the model and catalogue included
    assert run.strays == 0
