"""Progress on stderr: a bar with total, percentage and ETA on a terminal, plain lines elsewhere,
a line for a slow stage; the total known from the inputs before extraction starts; the summary."""
from __future__ import annotations

import io
import json
import time

import networkx as nx
import pytest

import kg.progress
from kg.ingest import count_inputs
from kg.knowledge_graph import KnowledgeGraph
from kg.progress import Progress, choose_mode


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_mode_follows_the_stream():
    assert choose_mode(None, Terminal()) == "bar"
    assert choose_mode(None, io.StringIO()) == "lines"
    assert choose_mode(True, io.StringIO()) == "bar" and choose_mode(False, Terminal()) == "off"
    with pytest.raises(ValueError):
        choose_mode("loud", io.StringIO())


def test_a_bar_shows_total_percentage_and_eta():
    stream = Terminal()
    with Progress("kg build", 200, mode="bar", stream=stream) as progress:
        progress.stage("loading the spaCy model en_core_web_sm")
        progress.working()
        for _ in range(50):
            progress.update(1)
    text = stream.getvalue()
    assert "loading the spaCy model en_core_web_sm" in text
    assert "50/50" in text  # the estimate was off: the bar ends at what was done
    assert "25%" in text or "/200" in text


def test_off_a_terminal_a_plain_line_now_and_then(monkeypatch):
    monkeypatch.setattr(kg.progress, "FIRST_AFTER", 0.0)
    monkeypatch.setattr(kg.progress, "MIN_GAP", 0.0)
    stream = io.StringIO()
    with Progress("kg build", 100, mode="lines", stream=stream, every=25) as progress:
        for _ in range(60):
            progress.update(1)
    said = stream.getvalue().splitlines()
    assert said[0].startswith("kg build: 25 of 100 articles, 25%, ") and "left" in said[0]
    assert [line.split(" of ")[0] for line in said] == ["kg build: 25", "kg build: 50", "kg build: 60"]
    assert "\r" not in stream.getvalue()


def test_a_short_run_says_nothing_and_a_slow_stage_says_what_it_does(monkeypatch):
    monkeypatch.setattr(kg.progress, "STAGE_DELAY", 0.05)
    stream = io.StringIO()
    with Progress("kg build", 9, mode="lines", stream=stream) as progress:
        progress.stage("loading the spaCy model x")  # quick: no line
        progress.working()
        for _ in range(9):
            progress.update(1)
        assert stream.getvalue() == ""
        progress.stage("writing the files")
        time.sleep(0.3)
    assert stream.getvalue() == "kg build: writing the files\n"


def test_the_total_is_counted_from_the_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("One.", "utf-8")
    (tmp_path / "README.md").write_text("docs", "utf-8")
    (tmp_path / "many.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', "utf-8")
    (tmp_path / "feed.rss").write_text("<rss><channel><item>a</item><item>b</item></channel></rss>", "utf-8")
    assert count_inputs([str(tmp_path)]) == 1 + 1 + 3 + 2


def test_the_summary_gives_stories_duplicates_skip_reasons_and_the_period():
    G = nx.MultiDiGraph()
    G.add_node("state:x", id="state:x", name="X", type="State", aliases=[])
    report = {"articles": 12, "stories": 9, "duplicates": 3, "out_of_period": 4,
              "period": {"since": "2024-01-01", "until": None},
              "skipped": [{"path": f"f{i}", "reason": r} for i, r in enumerate(
                  ["not an article: documentation file"] * 3 + ["unreadable: permission denied"] * 2
                  + ["empty file", "no text", "binary file", "unsupported file type: .exe", "too short"])],
              "timings": {"load_model_s": 2.5, "extract_s": 10.25, "total_s": 13.0}}
    text = KnowledgeGraph(G, report, "none.jsonl").summary()
    first = text.splitlines()[0]
    assert first.startswith("12 articles read (9 stories, 3 duplicates), 10 skipped, 4 outside the period;")
    assert "not an article: documentation file (3), unreadable: permission denied (2)" in text
    assert "other reasons (2)" in text  # the top 5 reasons, then the rest
    assert "time:      loading the model 2.5 s, extraction 10.2 s, total 13.0 s" in text
    json.dumps(report)
