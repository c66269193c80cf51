"""A build of a period (``--since``/``--until``) keeps or drops an undated copy of a story with its
story: the copy takes the date of the story's earliest dated copy, wherever that copy comes in the
input. Invented articles; in one process, in two worker processes and from the cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg

pytest.register_assert_rewrite("helpers")
from helpers import read_jsonl, run_cli  # noqa: E402

pytest_plugins = ["helpers"]

# One story in two editions: the wire copy with its date line, and a longer re-publication with no
# date, which alone says that Lavrov met Fidan.
STORY = ("Russia backs the government of Syria and will keep its troops at the Hmeimim air base, the "
         "Kremlin said on Tuesday. Turkey backs the rebels in the north of the country, officials in "
         "Ankara said. Iran sent more advisers to Damascus last month, according to a statement. The "
         "United Nations called on all sides to return to the talks in Geneva before the end of the year.")
EXTRA = " Sergei Lavrov met Hakan Fidan in Moscow to discuss the ceasefire in the north."
# Another story, its dated copy outside the period, and a story no copy of which is dated.
OTHER = ("Hezbollah fights the Islamic State group near the border with Lebanon, the group's media office "
         "said on Friday. Israel struck targets in the south of Syria overnight, the army said. Jordan "
         "closed its border crossing with Syria after the attack, the government in Amman announced.")
NEVER = ("Qatar called on Egypt to reopen the Rafah crossing, its foreign ministry said. Egypt rejected "
         "the request and accused Hamas of attacks in Sinai, a spokesman for the army said in Cairo.")


def corpus(root: Path, undated_first: bool = True) -> Path:
    """Six articles in three stories; the undated copy of each story before its dated copy (or after)."""
    files = {
        "story1-undated.txt": STORY + EXTRA,
        "story1-dated.txt": "Date: 10 December 2024\n\n" + STORY,
        "story2-undated.txt": OTHER + " Syria condemned the strikes.",
        "story2-dated.txt": "Date: 3 May 2023\n\n" + OTHER,
        "story3-a.txt": NEVER,
        "story3-b.txt": NEVER + " Hamas denied it.",
    }
    root.mkdir(parents=True)
    for i, (name, text) in enumerate(files.items()):
        order = i if undated_first else i + (1 if i % 2 == 0 else -1)  # swap the two copies of each story
        (root / f"{order}-{name}").write_text(text, "utf-8")
    return root


def _by_name(extractions) -> dict[str, dict]:
    return {Path(e["article"]["path"]).name.split("-", 1)[1]: e for e in extractions}


@pytest.mark.parametrize("undated_first", [True, False], ids=["undated copy first", "dated copy first"])
def test_an_undated_copy_is_kept_with_its_story_inside_the_period(tmp_path, fast_model, undated_first):
    inputs = corpus(tmp_path / "in", undated_first)
    whole = kg.build([str(inputs)], nlp=fast_model)
    everything = _by_name(whole.extractions())
    stories = {name: e["article"]["story"] for name, e in everything.items()}
    assert stories["story1-undated.txt"] == stories["story1-dated.txt"]  # the copies are one story
    assert stories["story2-undated.txt"] == stories["story2-dated.txt"]
    assert stories["story3-a.txt"] == stories["story3-b.txt"] != stories["story1-dated.txt"]

    graph = kg.build([str(inputs)], since="2024-12-01", until="2024-12-31", nlp=fast_model)
    kept = _by_name(graph.extractions())
    assert sorted(kept) == ["story1-dated.txt", "story1-undated.txt"]
    assert kept["story1-undated.txt"]["article"]["date"] is None  # the article says what it says
    report = graph.report
    assert (report["articles"], report["stories"], report["duplicates"], report["out_of_period"]) == (2, 1, 1, 4)
    assert "4 outside the period" in graph.summary()
    met = graph.to_networkx().edges["person:hakan-fidan", "person:sergei-lavrov", "MET_WITH"]  # symmetric: in id order
    assert (met["first_seen"], met["last_seen"]) == ("2024-12-10", "2024-12-10")  # the story's date


def test_an_undated_copy_is_dropped_with_its_story_outside_the_period(tmp_path, fast_model):
    inputs = corpus(tmp_path / "in")
    graph = kg.build([str(inputs)], since="2023-01-01", until="2023-12-31", nlp=fast_model)
    assert sorted(_by_name(graph.extractions())) == ["story2-dated.txt", "story2-undated.txt"]
    assert graph.report["out_of_period"] == 4
    late = kg.build([str(inputs)], since="2024-12-11", nlp=fast_model)  # after every dated copy: nothing is left
    assert list(late.extractions()) == [] and late.report["out_of_period"] == 6
    early = kg.build([str(inputs)], until="2024-12-10", nlp=fast_model)  # up to story 1's day: stories 1 and 2
    assert len(list(early.extractions())) == 4 and early.report["out_of_period"] == 2


def test_a_period_build_is_the_same_with_two_workers_and_from_the_cache(tmp_path, fast_model):
    inputs = corpus(tmp_path / "in")
    period = ["--since", "2024-12-01", "--until", "2024-12-31"]
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_cli(["build", inputs, "--out", one, *period], nlp=fast_model)[0] == 0
    code, out, _ = run_cli(["build", inputs, "--out", two, "--workers", "2", *period])  # the workers load the model
    assert code == 0 and "4 outside the period" in out
    for name in ("extractions.jsonl", "graph.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert sorted(Path(e["article"]["path"]).name for e in read_jsonl(one / "extractions.jsonl")) == [
        "0-story1-undated.txt", "1-story1-dated.txt"]

    first = (one / "extractions.jsonl").read_bytes()
    assert run_cli(["build", inputs, "--out", one, *period], nlp=fast_model)[0] == 0  # again: from the cache
    report = json.loads((one / "report.json").read_text("utf-8"))
    assert report["cache"]["from_cache"] == 2 and report["cache"]["extracted"] == 0
    assert report["out_of_period"] == 4 and (one / "extractions.jsonl").read_bytes() == first
