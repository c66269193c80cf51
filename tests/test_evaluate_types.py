"""Per-type figures of the scorer (kg/evaluate.py) on gold and extractions written for the test."""
from __future__ import annotations

import json

from kg.evaluate import evaluate, format_report


def test_types_count_recall_by_gold_type_and_precision_by_extracted_type(tmp_path):
    gold = {"article": "a.txt", "entities": [
        {"name": "Norway", "type": "State", "aliases": ["Oslo"]},
        {"name": "Chile", "type": "State", "aliases": []},
        {"name": "Peru", "type": "State", "aliases": []}],
        "relations": [
            {"subject": ["Norway"], "type": "BACKS", "object": ["Chile"], "required": True},
            {"subject": ["Norway"], "type": ["OPPOSES", "FIGHTS"], "object": ["Peru"], "required": True},
            {"subject": ["Chile"], "type": "MET_WITH", "object": ["Peru"], "required": False}]}
    ext = {"article": {"id": "a", "path": "dir/a.txt"}, "relations": [
        {"subject": {"id": "state:norway", "name": "Norway"}, "type": "BACKS", "object": {"id": "state:chile", "name": "Chile"}},
        {"subject": {"id": "state:peru", "name": "Peru"}, "type": "MET_WITH", "object": {"id": "state:chile", "name": "Chile"}},
        {"subject": {"id": "state:chile", "name": "Chile"}, "type": "FIGHTS", "object": {"id": "state:norway", "name": "Oslo"}}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", "utf-8")
    (tmp_path / "ext.jsonl").write_text(json.dumps(ext) + "\n", "utf-8")
    result = evaluate(tmp_path / "gold.jsonl", tmp_path / "ext.jsonl")
    assert result.types["BACKS"] == {"required": 1, "recalled": 1, "extracted": 1, "correct": 1}
    assert result.types["OPPOSES"] == {"required": 1, "recalled": 0, "extracted": 0, "correct": 0}
    assert result.types["MET_WITH"] == {"required": 0, "recalled": 0, "extracted": 1, "correct": 1}  # optional, either way
    assert result.types["FIGHTS"] == {"required": 0, "recalled": 0, "extracted": 1, "correct": 0}
    report = format_report(result, verbose=False)
    assert "BACKS" in report and "1.00 (1/1)" in report
    assert json.loads(json.dumps(result.summary()))["types"]["FIGHTS"]["extracted"] == 1


def test_evidence_given_as_offsets_is_printed_from_the_article(tmp_path):
    article = tmp_path / "b.txt"
    article.write_text("Headline\n\nNorway armed Chile on Monday.\n", "utf-8")
    start = article.read_text("utf-8").index("Norway")
    gold = {"article": "b.txt", "entities": [{"name": "Norway", "type": "State"}, {"name": "Chile", "type": "State"}],
            "relations": [{"subject": ["Norway"], "type": "BACKS", "object": ["Chile"], "required": True,
                           "evidence": f"@{start}-{start + 18}"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", "utf-8")
    (tmp_path / "ext.jsonl").write_text(json.dumps({"article": {"id": "b", "path": str(article)}, "relations": []}) + "\n", "utf-8")
    report = format_report(evaluate(tmp_path / "gold.jsonl", tmp_path / "ext.jsonl"))
    assert "Norway BACKS Chile | Norway armed Chile" in report
    article.unlink()  # the article gone: the offsets themselves
    report = format_report(evaluate(tmp_path / "gold.jsonl", tmp_path / "ext.jsonl"))
    assert f"| @{start}-{start + 18}" in report
