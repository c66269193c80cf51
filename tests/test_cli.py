"""The ``kg`` command, driven through ``kg.cli.main`` (and once through the real console script):
help for every command, the files of a build, one-line errors with a non-zero exit status, and
runs that finish despite broken inputs."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

pytest.register_assert_rewrite("helpers")
from helpers import BUILD_FILES, DEFAULT_MODEL, DEVSET, EXAMPLES, ROOT, lines, read_jsonl, run_cli

pytest_plugins = ["helpers"]

DEAD_BOLT = "bolt://127.0.0.1:1"  # nothing listens on port 1


def assert_one_line_error(code: int, out: str, err: str) -> None:
    assert code != 0
    assert len(lines(err)) == 1, f"expected one line on stderr, got:\n{err}"
    assert "Traceback" not in err + out


# -- help ---------------------------------------------------------------------------------------

def commands() -> dict[str, object]:
    from kg.cli import parser

    top = parser()
    sub = next(a for a in top._actions if a.__class__.__name__ == "_SubParsersAction")
    return {name: p for name, p in sub.choices.items()}


def test_top_level_help_lists_every_command():
    code, out, _ = run_cli(["--help"])
    assert code == 0
    for name in commands():
        assert name in out


@pytest.mark.parametrize("name", ["build", "load", "query", "export", "eval", "timeline", "remove"])
def test_every_command_has_help_with_its_docstring(name):
    from kg import cli

    assert name in commands()
    func = commands()[name].get_default("func")
    assert func is getattr(cli, f"cmd_{name}")
    doc = (func.__doc__ or "").strip()
    assert doc, f"cmd_{name} has no docstring"
    code, out, err = run_cli([name, "--help"])
    assert code == 0, err
    assert out.startswith("usage: kg " + name)
    assert doc.splitlines()[0].strip() in out


def test_the_command_list_is_the_documented_one():
    assert set(commands()) == {"build", "load", "query", "export", "eval", "timeline", "remove"}


# -- build --------------------------------------------------------------------------------------

def test_build_examples_writes_the_five_files(examples_dir):
    for name in BUILD_FILES:
        assert (examples_dir / name).is_file(), name
        assert (examples_dir / name).stat().st_size > 0, name
    report = json.loads((examples_dir / "report.json").read_text("utf-8"))
    assert report["model"] == DEFAULT_MODEL
    articles = sorted(p for p in EXAMPLES.glob("*.txt"))
    assert report["articles"] == len(articles)
    assert len(read_jsonl(examples_dir / "extractions.jsonl")) == len(articles)
    from kg.export import read_json

    G = read_json(examples_dir / "graph.json")
    assert G.number_of_edges() > 0
    assert nx.read_graphml(examples_dir / "graph.graphml").number_of_nodes() == G.number_of_nodes()
    html = (examples_dir / "index.html").read_text("utf-8")
    assert "<html" in html.lower()


def test_build_prints_a_summary(examples_cli_build):
    out_dir, stdout, stderr = examples_cli_build
    assert "Traceback" not in stderr
    report = json.loads((out_dir / "report.json").read_text("utf-8"))
    first = stdout.splitlines()[0]
    assert f"{report['articles']} articles read" in first
    assert "entities" in first and "relations" in first
    assert "relations:" in stdout and "most connected:" in stdout
    assert str(out_dir) in stdout


def test_build_reports_the_readme_as_skipped(examples_dir):
    report = json.loads((examples_dir / "report.json").read_text("utf-8"))
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert "README.md" in skipped and skipped["README.md"]


def test_missing_path_is_one_line(tmp_path):
    missing = tmp_path / "no-such-folder"
    code, out, err = run_cli(["build", str(missing), "--out", str(tmp_path / "out")])
    assert_one_line_error(code, out, err)
    assert str(missing) in err


@pytest.mark.parametrize("flags", [
    ["--workers", "0"],
    ["--workers", "-3"],
    ["--workers", "two"],
    ["--no-such-flag"],
    ["--field", "nonsense"],
    ["--field", "nonsense=story_body"],
])
def test_bad_flags_are_one_line(tmp_path, fast_model, flags):
    code, out, err = run_cli(["build", str(EXAMPLES), "--out", str(tmp_path / "out"), *flags], nlp=fast_model)
    assert_one_line_error(code, out, err)


@pytest.mark.parametrize("flags, said", [
    (["--since", "2025-13-01"], "--since 2025-13-01: not a date"),
    (["--since", "yesterday"], "--since yesterday: not a date"),
    (["--until", "2025-02-30"], "--until 2025-02-30: not a date"),
    (["--until", "1/2/2025"], "--until 1/2/2025: not a date"),
    (["--since", "2025-03-01", "--until", "2025-02-01"], "--since 2025-03-01 is after --until 2025-02-01"),
])
def test_a_bad_period_is_one_line_before_anything_is_read(tmp_path, flags, said):
    code, out, err = run_cli(["build", str(EXAMPLES), "--out", str(tmp_path / "out"), *flags])
    assert_one_line_error(code, out, err)
    assert said in err and "articles read" not in out + err
    assert not (tmp_path / "out" / "graph.json").exists()


def test_unknown_model_is_one_line(tmp_path):
    code, out, err = run_cli(["build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--model", "not_a_model"])
    assert_one_line_error(code, out, err)
    assert "not_a_model" in err


def test_broken_inputs_are_skipped_and_reported(tmp_path, fast_model):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(EXAMPLES / sorted(p.name for p in EXAMPLES.glob("*.txt"))[0], src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    good = {"title": "Talks in Doha", "date": "2025-01-02",
            "text": "Qatar's Prime Minister met with U.S. Secretary of State Marco Rubio in Doha on Monday."}
    (src / "feed.jsonl").write_text(json.dumps(good) + "\n{not json at all\n", "utf-8")
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    out = tmp_path / "out"
    code, stdout, err = run_cli(["build", str(src), "--out", str(out)], nlp=fast_model)
    assert code == 0, err
    report = json.loads((out / "report.json").read_text("utf-8"))
    skipped = {s["path"]: s["reason"] for s in report["skipped"]}
    assert all(reason.strip() for reason in skipped.values())

    def reason_for(name: str) -> str:
        found = [r for p, r in skipped.items() if Path(p).name == name]
        assert found, f"{name} is not reported as skipped: {skipped}"
        return found[0]

    assert "empty" in reason_for("empty.txt")
    assert "binary" in reason_for("binary.txt")
    assert reason_for("broken.pdf")
    assert f"{src / 'feed.jsonl'}:2" in skipped and "JSON" in skipped[f"{src / 'feed.jsonl'}:2"]
    assert report["articles"] == 2  # good.txt and the first line of feed.jsonl
    paths = {e["article"]["path"] for e in read_jsonl(out / "extractions.jsonl")}
    assert str(src / "good.txt") in paths
    assert f"{len(skipped)} skipped" in stdout.splitlines()[0]


# -- eval, timeline, export -----------------------------------------------------------------------

def test_eval_prints_scores(tmp_path, fast_model):
    article = DEVSET / "articles" / "001_ukraine_jeddah_talks.txt"
    if not article.is_file():
        pytest.skip("the devset is not here")
    gold_line = next(g for g in read_jsonl(DEVSET / "gold.jsonl") if g["article"] == article.name)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_line) + "\n", "utf-8")
    out = tmp_path / "dev"
    code, _, err = run_cli(["build", str(article), "--out", str(out)], nlp=fast_model)
    assert code == 0, err

    code, stdout, err = run_cli(["eval", str(gold), str(out)])
    assert code == 0, err
    first = stdout.splitlines()[0]
    for word in ("recall", "precision", "F1"):
        assert word in first

    code, stdout, err = run_cli(["eval", str(gold), str(out), "--json"])
    assert code == 0, err
    scores = json.loads(stdout)
    assert scores["required"] == sum(1 for r in gold_line["relations"] if r.get("required", True))
    for key in ("recall", "precision", "f1"):
        assert 0.0 <= scores[key] <= 1.0
    assert scores["recall"] > 0


def test_eval_of_a_missing_build_is_one_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", "utf-8")
    code, out, err = run_cli(["eval", str(gold), str(tmp_path / "nothing")])
    assert_one_line_error(code, out, err)


GOLD_LINE = {"article": "a.txt", "entities": [{"name": "Norway", "type": "State", "aliases": []}],
             "relations": [{"subject": ["Norway"], "type": "BACKS", "object": ["Chile"]}]}
EXTRACTION_LINE = {"article": {"id": "a", "path": "a.txt"}, "entities": [], "relations": []}


@pytest.mark.parametrize("damaged, line", [
    ("gold", b"{not json"),
    ("gold", json.dumps({"article": "b.txt", "relations": "none"}).encode()),
    ("gold", json.dumps({**GOLD_LINE, "relations": [{"subject": "Norway", "type": "BACKS"}]}).encode()),
    ("extractions", b"{not json"),
    ("extractions", json.dumps({"article": {"path": "b.txt"}, "relations": []}).encode()),
    ("extractions", json.dumps({"article": {"id": "b"}, "relations": [["Norway", "BACKS", "Chile"]]}).encode()),
    ("extractions", b"\xff\xfe"),
], ids=["gold-not-json", "gold-no-relations", "gold-bad-relation", "extractions-not-json",
        "extractions-no-id", "extractions-bad-relation", "extractions-not-utf8"])
def test_eval_of_a_malformed_gold_or_extractions_file_names_the_file_and_line(tmp_path, damaged, line):
    gold, build = tmp_path / "gold.jsonl", tmp_path / "build"
    build.mkdir()
    ext = build / "extractions.jsonl"
    gold.write_text(json.dumps(GOLD_LINE) + "\n", "utf-8")
    ext.write_text(json.dumps(EXTRACTION_LINE) + "\n", "utf-8")
    broken = gold if damaged == "gold" else ext
    with broken.open("ab") as f:
        f.write(b"\n" + line + b"\n")
    code, out, err = run_cli(["eval", str(gold), str(build)])
    assert_one_line_error(code, out, err)
    assert err.startswith(f"kg eval: {broken}:3: ") and "internal error" not in err


def test_eval_reads_a_build_s_extractions_through_the_build_reader(tmp_path):
    gold, build = tmp_path / "gold.jsonl", tmp_path / "build"
    build.mkdir()
    gold.write_text(json.dumps(GOLD_LINE) + "\n", "utf-8")
    (build / "extractions.jsonl").write_text(json.dumps(EXTRACTION_LINE) + "\n\n", "utf-8")
    for where in (build, build / "extractions.jsonl"):
        code, out, err = run_cli(["eval", str(gold), str(where), "--quiet"])
        assert code == 0, err
        assert lines(out)[0].startswith("recall 0.000 (0/1 required)")


def test_timeline(examples_dir):
    code, out, err = run_cli(["timeline", str(examples_dir), "Russia"])
    assert code == 0, err
    rows = lines(out)
    assert rows[0].split(" | ")[0].strip() == "first_seen"
    assert "Russia" in out
    dates = [r.split(" | ")[0].strip() for r in rows[2:-1]]
    assert dates and dates == sorted(dates)


def test_timeline_of_an_unknown_actor_is_one_line(examples_dir):
    code, out, err = run_cli(["timeline", str(examples_dir), "Nobody At All"])
    assert_one_line_error(code, out, err)


@pytest.mark.parametrize("fmt,reader", [
    ("json", lambda p: __import__("kg.export", fromlist=["read_json"]).read_json(p)),
    ("graphml", nx.read_graphml),
    ("gexf", nx.read_gexf),
])
def test_export_from_build(examples_dir, tmp_path, fmt, reader):
    from kg.export import read_json

    G = read_json(examples_dir / "graph.json")
    target = tmp_path / f"graph.{fmt}"
    code, out, err = run_cli(["export", "--from-build", str(examples_dir), "--format", fmt, "--out", str(target)])
    assert code == 0, err
    assert str(target) in out
    H = reader(target)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()


def test_export_csv_from_build(examples_dir, tmp_path):
    target = tmp_path / "import"
    code, out, err = run_cli(["export", "--from-build", str(examples_dir), "--format", "csv", "--out", str(target)])
    assert code == 0, err
    files = sorted(p.name for p in target.iterdir())
    assert any(f.endswith(".csv") for f in files), files
    assert "neo4j-admin" in out


def test_export_without_a_source_is_one_line(tmp_path):
    code, out, err = run_cli(["export", "--format", "json", "--out", str(tmp_path / "g.json")])
    assert_one_line_error(code, out, err)


def test_export_of_a_missing_build_is_one_line(tmp_path):
    code, out, err = run_cli(["export", "--from-build", str(tmp_path / "nothing"), "--format", "json",
                              "--out", str(tmp_path / "g.json")])
    assert_one_line_error(code, out, err)


def test_export_bad_format_is_one_line(examples_dir, tmp_path):
    code, out, err = run_cli(["export", "--from-build", str(examples_dir), "--format", "dot",
                              "--out", str(tmp_path / "g.dot")])
    assert_one_line_error(code, out, err)


# -- the database commands against a dead server ------------------------------------------------

DB_FLAGS = ["--uri", DEAD_BOLT, "--user", "neo4j", "--password", "not-a-password", "--database", "neo4j"]


def test_load_against_a_dead_server_is_one_line(examples_dir):
    code, out, err = run_cli(["load", str(examples_dir), *DB_FLAGS])
    assert_one_line_error(code, out, err)
    assert "internal error" not in err


def test_query_against_a_dead_server_is_one_line():
    query = ROOT / "queries" / "allies.cypher"
    if not query.is_file():
        pytest.skip("queries/allies.cypher is not here")
    code, out, err = run_cli(["query", str(query), "-p", "name=Russia", *DB_FLAGS])
    assert_one_line_error(code, out, err)
    assert "internal error" not in err


def test_load_of_a_missing_build_is_one_line(tmp_path):
    code, out, err = run_cli(["load", str(tmp_path / "nothing"), *DB_FLAGS])
    assert_one_line_error(code, out, err)


def test_query_of_a_missing_file_is_one_line(tmp_path):
    code, out, err = run_cli(["query", str(tmp_path / "nothing.cypher"), *DB_FLAGS])
    assert_one_line_error(code, out, err)


# -- the real console script --------------------------------------------------------------------

def console_script() -> list[str]:
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kg.cli"]


def test_python_dash_m_kg_is_the_console_script(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    run = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("usage: kg ")
    assert "build" in run.stdout


def test_console_script_exit_codes(tmp_path, examples_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    run = lambda *args: subprocess.run([*console_script(), *args], capture_output=True, text=True,  # noqa: E731
                                       env=env, cwd=tmp_path, timeout=120)
    ok = run("--help")
    assert ok.returncode == 0 and "build" in ok.stdout

    missing = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert missing.returncode != 0
    assert len(lines(missing.stderr)) == 1 and "Traceback" not in missing.stderr
    assert not (tmp_path / "out" / "graph.json").exists()

    dead = run("load", str(examples_dir), *DB_FLAGS)
    assert dead.returncode != 0
    assert len(lines(dead.stderr)) == 1 and "Traceback" not in dead.stderr


@pytest.mark.parametrize("stop,code,said", [(KeyboardInterrupt, 130, "kg eval: interrupted"),
                                            ("terminated", 143, "kg eval: terminated")])
def test_a_pipe_broken_while_an_interruption_unwinds_is_still_the_interruption(monkeypatch, capsys, stop, code, said):
    """A worker's pipe that breaks while Ctrl-C or SIGTERM unwinds the build raises a
    BrokenPipeError in the middle of the interruption: the exit is still the interruption's, not
    the 0 of a reader of stdout that went away."""
    import kg.cli as cli

    def interrupted(args):
        try:
            raise (cli.Terminated() if stop == "terminated" else stop())
        except KeyboardInterrupt:
            raise BrokenPipeError("a worker's pipe")

    monkeypatch.setattr(cli, "cmd_eval", interrupted)
    assert cli.main(["eval", "gold.jsonl", "out"]) == code
    assert capsys.readouterr().err.strip().splitlines()[-1] == said


def test_a_closed_stdout_alone_ends_quietly(monkeypatch, capsys):
    import kg.cli as cli

    def closed(args):
        raise BrokenPipeError("stdout")

    monkeypatch.setattr(cli, "cmd_eval", closed)
    assert cli.main(["eval", "gold.jsonl", "out"]) == 0
    assert capsys.readouterr().err == ""
