"""Fixtures shared by the test suite: the spaCy pipeline (loaded once), the shared seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
EXAMPLES = ROOT / "examples"
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (model, catalogue ruler, extractor), loaded once per test session."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """``extract(text, date=None) -> doc._.kg.to_dict()`` (entities and relations of one text, in
    the JSON shape of extractions.jsonl)."""
    def run(text: str, date: str | None = None) -> dict:
        doc = nlp.make_doc(text)
        doc._.kg_date = date
        return nlp(doc)._.kg.to_dict()

    return run


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, seeds_dir) -> Path:
    """``kg build ../shared/seeds`` done once per session; the build directory."""
    import kg

    out = tmp_path_factory.mktemp("seeds-build")
    kg.build([str(seeds_dir)], out)
    return out
