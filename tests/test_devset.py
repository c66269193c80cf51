"""The team's own development set (tests/data/devset): the extractor's scores must not fall.

Thresholds sit a little under what the extractor gets today, so that a change that makes
extraction worse fails here; raise them as it improves. Negated gold relations must come out
flagged when they come out at all.
"""
from __future__ import annotations

import json

import pytest

from conftest import DEVSET

import kg
from kg.evaluate import evaluate, norm

pytestmark = pytest.mark.slow

RECALL_AT_LEAST = 0.60
# 0.86, not 0.88: this gold, written with the rules, leaves out the offices of state a reader knows
# ("Donald Trump" in 2025 leads the United States), which the real-news gold lists and the
# extractor now gives from the catalogue at the article's date
PRECISION_AT_LEAST = 0.86


@pytest.fixture(scope="module")
def devset_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("devset")
    kg.build([str(DEVSET / "articles")], out)
    return out


def test_devset_scores(devset_build):
    result = evaluate(DEVSET / "gold.jsonl", devset_build / "extractions.jsonl")
    assert result.required >= 300
    assert result.recall >= RECALL_AT_LEAST, f"recall {result.recall:.3f}"
    assert result.precision >= PRECISION_AT_LEAST, f"precision {result.precision:.3f}"


def test_negated_gold_relations_come_out_flagged(devset_build):
    """A relation the gold marks negated (denied, never happened) is not extracted as a plain
    fact: it comes out negated, or at least hedged ("accused X of arming Y, a charge X rejects")."""
    gold = {json.loads(line)["article"]: json.loads(line) for line in open(DEVSET / "gold.jsonl")}
    extracted = {}
    for line in open(devset_build / "extractions.jsonl"):
        ex = json.loads(line)
        extracted[ex["article"]["path"].rsplit("/", 1)[-1]] = ex
    checked = wrong = 0
    for name, g in gold.items():
        names = {}
        for e in g["entities"]:
            keys = {norm(e["name"]), *map(norm, e.get("aliases", []))}
            for k in keys:
                names.setdefault(k, set()).update(keys)
        for rel in g["relations"]:
            if not rel.get("negated"):
                continue
            subj = set().union(*(names.get(norm(n), {norm(n)}) for n in rel["subject"]))
            obj = set().union(*(names.get(norm(n), {norm(n)}) for n in rel["object"]))
            types = set(rel["type"] if isinstance(rel["type"], list) else [rel["type"]])
            for r in extracted.get(name, {}).get("relations", []):
                r_subj = {norm(r["subject"]["name"]), norm(r["subject_text"]), *map(norm, r["subject"].get("aliases", []))}
                r_obj = {norm(r["object"]["name"]), norm(r["object_text"]), *map(norm, r["object"].get("aliases", []))}
                if r["type"] in types and r_subj & subj and r_obj & obj \
                        and rel["evidence"].split(" ... ")[0][:25] in r["sentence"]:
                    checked += 1
                    wrong += not (r["negated"] or r["hedged"])
    assert checked >= 3
    assert wrong == 0, f"{wrong} of {checked} negated gold relations came out as plain facts"
