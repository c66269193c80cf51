"""The cache is not trusted blindly: edited rows are extracted again, a damaged file is set aside
and rebuilt, and the build's output is the same as a clean build's either way."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

pytest.register_assert_rewrite("helpers")
from helpers import lines, read_jsonl, run_cli

pytest_plugins = ["helpers"]

from kg.cache import CACHE_DIR, CACHE_FILE, row_checksum

STORY = ("Russia backs Syria\n\nRussia backs the Syrian government of President Bashar al-Assad, the "
         "foreign minister Sergei Lavrov said on Saturday. Turkey backs the rebels.\n")


@pytest.fixture
def built(tmp_path, fast_model) -> tuple[Path, Path, list[dict]]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(STORY, "utf-8")
    (inputs / "b.txt").write_text(STORY.replace("Turkey", "Qatar"), "utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(["build", str(inputs), "--out", str(out)], nlp=fast_model)
    assert code == 0, err
    return inputs, out, read_jsonl(out / "extractions.jsonl")


def rebuild(inputs: Path, out: Path, nlp) -> tuple[list[str], dict, list[dict]]:
    code, stdout, stderr = run_cli(["build", str(inputs), "--out", str(out)], nlp=nlp)
    assert code == 0, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    return lines(stderr), report["cache"], read_jsonl(out / "extractions.jsonl")


def edit_rows(out: Path, change, fix_checksum: bool) -> None:
    db = sqlite3.connect(out / CACHE_DIR / CACHE_FILE)
    for key, words, text in db.execute("SELECT key, words, result FROM extractions").fetchall():
        result = json.loads(text)
        change(result)
        new = json.dumps(result)
        checksum = row_checksum(key, words, new) if fix_checksum else "0" * 40
        db.execute("UPDATE extractions SET result = ?, checksum = ? WHERE key = ?", (new, checksum, key))
    db.commit()
    db.close()


def invent(result: dict) -> None:
    relation = dict(result["relations"][0])
    relation["type"] = "PWNS"
    result["relations"].append(relation)


@pytest.mark.parametrize("fix_checksum", [False, True], ids=["checksum-fails", "false-but-checksummed"])
def test_edited_rows_are_extracted_again(built, fast_model, fix_checksum):
    inputs, out, clean = built
    edit_rows(out, invent, fix_checksum)
    notes, cache, extractions = rebuild(inputs, out, fast_model)
    assert cache["bad_rows"] == 2 and cache["from_cache"] == 0 and cache["extracted"] == 2
    assert notes == ["kg build: note: 2 cache entries failed the check and were extracted again"]
    assert extractions == clean
    # the rows were rewritten: the next build trusts them again
    notes, cache, extractions = rebuild(inputs, out, fast_model)
    assert (notes, cache["from_cache"], cache["bad_rows"]) == ([], 2, 0) and extractions == clean


def test_rows_of_another_shape_are_extracted_again(built, fast_model):
    inputs, out, clean = built
    edit_rows(out, lambda r: r["entities"].append({"id": 3}), fix_checksum=True)
    _, cache, extractions = rebuild(inputs, out, fast_model)
    assert cache["bad_rows"] == 2 and extractions == clean


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_damaged_cache_file_is_set_aside_and_rebuilt(built, fast_model, damage):
    inputs, out, clean = built
    path = out / CACHE_DIR / CACHE_FILE
    data = path.read_bytes()
    path.write_bytes({"truncated": data[:len(data) // 3], "garbage": b"not a database at all" * 100,
                      "empty": b""}[damage])
    notes, cache, extractions = rebuild(inputs, out, fast_model)
    assert extractions == clean
    if damage == "empty":  # SQLite takes an empty file for an empty database: nothing to set aside
        assert cache["set_aside"] is None and cache["extracted"] == 2
        return
    assert cache["set_aside"].startswith(str(path) + ".damaged (")
    assert (out / CACHE_DIR / (CACHE_FILE + ".damaged")).is_file()
    assert len(notes) == 1 and notes[0].startswith("kg build: note: the cache was damaged and has been rebuilt")
    notes, cache, _ = rebuild(inputs, out, fast_model)
    assert notes == [] and cache["from_cache"] == 2
