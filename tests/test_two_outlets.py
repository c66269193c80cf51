"""Two outlets, one article: identical texts from different sources or folders are distinct
articles of one story, each with its own path, source, URL, title and date; the cache and story
clustering work as before."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.register_assert_rewrite("helpers")
from helpers import read_jsonl

pytest_plugins = ["helpers"]

import kg
from kg.ingest import iter_articles
from kg.ingest.base import article_id
from kg.types import Article

WIRE = ("Moscow, 7 December 2024\n\nRussia backs the Syrian government of President Bashar al-Assad, the foreign "
        "minister Sergei Lavrov said on Saturday. Turkey backs the rebels, Ankara said.\n")


def _wire_folders(root: Path) -> Path:
    for outlet in ("afp", "reuters"):
        (root / outlet).mkdir(parents=True)
        (root / outlet / "wire.txt").write_text(WIRE, "utf-8")
    return root


def test_identical_files_in_two_folders_are_two_articles_of_one_story(tmp_path, fast_model):
    corpus = _wire_folders(tmp_path / "corpus")
    graph = kg.build([str(corpus)], tmp_path / "out", nlp=fast_model)
    articles = [e["article"] for e in graph.extractions()]
    assert [a["path"] for a in articles] == [str(corpus / "afp" / "wire.txt"), str(corpus / "reuters" / "wire.txt")]
    assert articles[0]["id"] != articles[1]["id"]
    assert articles[0]["story"] == articles[1]["story"] == articles[0]["id"]
    G = graph.to_networkx()
    backs = G.edges["state:russia", "state:syria", "BACKS"]
    assert sorted(backs["articles"]) == sorted(a["id"] for a in articles)
    assert backs["stories"] == [articles[0]["id"]]

    # built again into the same directory: both come from the cache, with the same ids
    again = kg.build([str(corpus)], tmp_path / "out", nlp=fast_model)
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["cache"]["from_cache"] == 2 and report["cache"]["extracted"] == 0
    assert [e["article"] for e in again.extractions()] == articles


def test_records_of_two_outlets_keep_their_own_source_url_and_title(tmp_path):
    text = "Russia backs Syria, the foreign minister said in Moscow on Saturday."
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"text": text, "source": "AFP", "url": "https://afp.example/1", "title": "Moscow backs Damascus",
         "date": "2024-12-07"},
        {"text": text, "source": "Reuters", "url": "https://reuters.example/9", "title": "Russia stands by Assad",
         "date": "2024-12-08"},
    )) + "\n", "utf-8")
    first, second = [a for a in iter_articles([str(path)]) if isinstance(a, Article)]
    assert first.id != second.id
    assert (first.source, first.url, first.title, first.date) == ("AFP", "https://afp.example/1",
                                                                  "Moscow backs Damascus", "2024-12-07")
    assert (second.source, second.url, second.title, second.date) == ("Reuters", "https://reuters.example/9",
                                                                      "Russia stands by Assad", "2024-12-08")


def test_an_article_id_does_not_depend_on_where_the_folder_is(tmp_path, monkeypatch):
    corpus = _wire_folders(tmp_path / "corpus")
    ids = {a.path: a.id for a in iter_articles([str(corpus)])}
    monkeypatch.chdir(corpus)
    relative = {a.path: a.id for a in iter_articles(["afp", "reuters/wire.txt"])}
    assert relative == {"afp/wire.txt": ids[str(corpus / "afp" / "wire.txt")],
                        "reuters/wire.txt": ids[str(corpus / "reuters" / "wire.txt")]}
    moved = tmp_path / "elsewhere"
    corpus.rename(moved)
    assert {a.id for a in iter_articles([str(moved)])} == set(ids.values())
    # the same URL with the same text is the same article, wherever it was saved
    assert article_id(WIRE, "a/x.txt", "AFP", "https://afp.example/1") == \
        article_id(WIRE, "b/y.txt", "AFP", "https://afp.example/1")


def test_the_seed_editions_keep_their_one_story(seeds_build):
    stories = {line["article"]["story"] for line in read_jsonl(seeds_build / "extractions.jsonl")}
    assert len(stories) == 1
