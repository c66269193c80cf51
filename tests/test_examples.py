"""The example articles in examples/: their shape (date line, headline, a short body), that ingestion
reads them as intended, and that a build of them gives a graph worth looking at."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.ingest import iter_articles
from kg.types import Article, Skipped

pytest.register_assert_rewrite("helpers")
from helpers import EXAMPLES, read_jsonl

pytest_plugins = ["helpers"]

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) $")


def sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"“])", body.strip()) if s]


def test_there_are_enough_examples():
    assert len(EXAMPLE_FILES) >= 8
    assert (EXAMPLES / "README.md").is_file()


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_layout(path: Path):
    lines = path.read_text("utf-8").split("\n")
    assert DATE_LINE.match(lines[0]), lines[0]
    assert lines[1] == "" and lines[2].strip() and lines[3] == ""
    body = "\n".join(lines[4:])
    assert 5 <= len(sentences(body)) <= 10, len(sentences(body))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_ingestion_reads_date_title_and_body(path: Path):
    lines = path.read_text("utf-8").split("\n")
    (article,) = list(iter_articles([str(path)]))
    assert isinstance(article, Article)
    assert article.date == DATE_LINE.match(lines[0]).group(1)
    assert article.title == lines[2].strip()
    # the headline stays at the top of the text, a paragraph of its own, so it is read too
    assert article.text.startswith(lines[2].strip() + "\n\n" + lines[4].strip()[:40])


def test_a_directory_walk_skips_the_readme():
    items = list(iter_articles([str(EXAMPLES)]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [Path(s.path).name for s in skipped] == ["README.md"]
    assert len([i for i in items if isinstance(i, Article)]) == len(EXAMPLE_FILES)


def test_examples_are_distinct_stories(examples_dir):
    stories = [e["article"]["story"] for e in read_jsonl(examples_dir / "extractions.jsonl")]
    assert len(set(stories)) == len(stories) == len(EXAMPLE_FILES)


def test_the_examples_give_a_graph_of_several_relation_types(examples_dir):
    report = json.loads((examples_dir / "report.json").read_text("utf-8"))
    counts = report["counts"]
    assert counts["relations"] >= 30
    assert len(counts["relations_by_type"]) >= 6
    assert {"State", "Person", "Group"} <= set(counts["entities_by_type"])


def test_every_example_gives_relations(examples_dir):
    per_article = Counter({Path(e["article"]["path"]).name: len(e["relations"])
                           for e in read_jsonl(examples_dir / "extractions.jsonl")})
    assert all(per_article[p.name] >= 2 for p in EXAMPLE_FILES), per_article


def test_no_sentence_spans_a_paragraph_break(examples_dir):
    """The headline is a paragraph of its own: a relation's sentence never runs from it into the body."""
    spanning = [(Path(e["article"]["path"]).name, r["sentence"][:80])
                for e in read_jsonl(examples_dir / "extractions.jsonl") for r in e["relations"]
                if "\n\n" in r["sentence"].strip()]
    assert not spanning, spanning
