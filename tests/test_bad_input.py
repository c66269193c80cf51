"""Hostile input: nothing a user feeds ``kg build`` kills the run or loses the good articles.

Each test builds a folder holding one kind of bad input next to a good article, through the CLI,
and checks that the run finishes (exit 0), that no traceback or "internal error" is printed, that
the good article is in extractions.jsonl, and that the bad input is named in report.json with its
reason (or kept, with a note saying what was repaired). Bad catalogues are refused before any work
with one line naming the file, the entry and the field.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.register_assert_rewrite("helpers")
from helpers import lines, read_jsonl, run_cli

pytest_plugins = ["helpers"]

GOOD = ("Russia backs Syria\n\nMoscow, 7 December 2024\n\nRussia backs the Syrian government of President "
        "Bashar al-Assad, the foreign minister Sergei Lavrov said on Saturday. Turkey backs the rebels.\n")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])


def build(inputs, out, *flags, nlp=None) -> tuple[list[dict], dict, str]:
    """``kg build INPUTS --out OUT`` (running ``nlp``: the ``fast_model`` fixture), which must
    finish cleanly: (extractions, report, stdout)."""
    inputs = [inputs] if isinstance(inputs, (str, Path)) else inputs
    code, stdout, stderr = run_cli(["build", *map(str, inputs), "--out", str(out), "--no-cache", *flags], nlp=nlp)
    assert code == 0, stderr
    assert "Traceback" not in stdout + stderr and "internal error" not in stdout + stderr
    return read_jsonl(Path(out) / "extractions.jsonl"), json.loads((Path(out) / "report.json").read_text("utf-8")), stdout


def paths(extractions) -> list[str]:
    return [e["article"]["path"] for e in extractions]


def skipped(report) -> dict[str, str]:
    return {s["path"]: s["reason"] for s in report["skipped"]}


def notes(report) -> dict[str, list[str]]:
    return {n["path"]: n["notes"] for n in report["notes"]}


def with_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD, "utf-8")
    return folder


def assert_good_article_kept(extractions, folder: Path) -> None:
    good = [e for e in extractions if e["article"]["path"] == str(folder / "good.txt")]
    assert len(good) == 1
    assert {"state:russia", "state:syria"} <= {e["id"] for e in good[0]["entities"]}


# -- file names -----------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9 \xff.txt"), "wb") as handle:
        handle.write(GOOD.replace("Turkey", "Qatar").encode())
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    shown = str(folder / "caf\\xe9 \\xff.txt")
    assert shown in paths(extractions)
    assert "file name is not valid UTF-8: shown with \\x escapes" in notes(report)[shown]
    # every output file is valid UTF-8
    for name in ("extractions.jsonl", "report.json", "graph.json", "graph.graphml", "index.html"):
        (tmp_path / "out" / name).read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", ['new\nline.txt', 'quo"te\'s.txt', "back`tick`.txt", "semi;colon $(x).txt"])
def test_file_names_with_newlines_quotes_and_backticks(tmp_path, fast_model, name):
    folder = with_good(tmp_path / "in")
    (folder / name).write_text(GOOD.replace("Turkey", "Qatar"), "utf-8")
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    assert str(folder / name) in paths(extractions)


# -- text ------------------------------------------------------------------------------------------

def test_a_nul_byte_inside_an_article_keeps_the_article(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "nul.txt").write_bytes(GOOD.replace("Turkey", "Qa\x00tar").encode())
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    article = next(e for e in extractions if e["article"]["path"] == str(folder / "nul.txt"))
    assert "state:qatar" in {e["id"] for e in article["entities"]}  # "Qa<NUL>tar" reads as Qatar
    assert notes(report)[str(folder / "nul.txt")] == ["1 NUL byte removed"]


def test_utf16_and_bom_files_are_read(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("Turkey", "Qatar").encode())
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert {str(folder / "utf16.txt"), str(folder / "bom.txt")} <= set(paths(extractions))


def test_a_binary_file_named_txt_is_skipped(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 64)
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    assert skipped(report)[str(folder / "blob.txt")].startswith("binary file")


# -- JSON and JSON Lines ----------------------------------------------------------------------------

def test_jsonl_lone_surrogates_deep_nesting_and_bad_lines_lose_only_themselves(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    records = [
        json.dumps({"text": "Iran backs Hezbollah, officials in Tehran said.", "title": "one"}),
        '{"text": "Israel opposes Iran \\udcff, the army said.", "source": "AP \\ud800"}',
        "[" * 5000 + "]" * 5000,  # too deep for the JSON parser
        '{"text": ' + '{"text": ' * 990 + '"x"' + "}" * 991,  # parses, too deep to walk
        "{not json",
        json.dumps({"text": "Qatar backs the rebels, the emir said in Doha.", "title": "last"}),
    ]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", "utf-8")
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    base = str(folder / "records.jsonl")
    assert {f"{base}:1", f"{base}:2", f"{base}:6"} <= set(paths(extractions))
    second = next(e for e in extractions if e["article"]["path"] == f"{base}:2")
    assert second["article"]["source"] == "AP \ufffd"
    assert "1 invalid character (lone surrogates) replaced" in notes(report)[f"{base}:2"]
    reasons = skipped(report)
    assert reasons[f"{base}:3"] == "malformed JSON: too deeply nested"
    assert reasons[f"{base}:5"].startswith("malformed JSON")
    assert f"{base}:4" in reasons or f"{base}:4" in paths(extractions)


def test_a_deeply_nested_json_file_is_skipped_alone(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    assert skipped(report)[str(folder / "deep.json")] == "malformed JSON: too deeply nested"


@SETTINGS
@given(st.lists(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
                        max_size=40), min_size=1, max_size=5),
       st.integers(min_value=1, max_value=3000))
def test_jsonl_records_with_any_characters_and_depth_never_stop_the_file(texts, depth):
    from kg.ingest import iter_articles
    from kg.types import Article

    lines_ = [json.dumps({"text": t + " Russia backs Syria.", "title": t}) for t in texts]
    lines_.insert(len(lines_) // 2, "[" * depth + "]" * depth)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.jsonl"
        path.write_text("\n".join(lines_) + "\n", "utf-8", errors="surrogatepass")
        items = list(iter_articles([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == len(texts)  # every good record, before and after the deep one
    for article in articles:
        (article.text + (article.title or "") + article.path).encode("utf-8")  # writable as UTF-8


# -- what is not a regular file ----------------------------------------------------------------------

def test_fifos_and_directories_named_txt_do_not_hang(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inner.txt").write_text(GOOD.replace("Turkey", "Qatar"), "utf-8")
    os.mkfifo(folder / "pipe.txt")
    extractions, report, _ = build([folder, folder / "pipe.txt"], tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    assert str(folder / "folder.txt" / "inner.txt") in paths(extractions)
    assert skipped(report)[str(folder / "pipe.txt")] == "not a regular file"


def test_symlink_loops_end_in_walks_and_globs(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "sub").mkdir()
    (folder / "sub" / "other.txt").write_text(GOOD.replace("Turkey", "Qatar"), "utf-8")
    os.symlink(".", folder / "self")
    os.symlink("..", folder / "sub" / "up")
    reports = []
    for number, inputs in enumerate(([folder], [f"{folder}/**/*.txt"])):
        extractions, report, _ = build(inputs, tmp_path / f"out{number}", nlp=fast_model)
        assert sorted(paths(extractions)) == [str(folder / "good.txt"), str(folder / "sub" / "other.txt")]
        reports.append(report)
    assert "symbolic link loop" in skipped(reports[0])[str(folder / "self")]


def test_safe_glob_matches_like_glob_without_links(tmp_path):
    import glob

    from kg.ingest import safe_glob

    for rel in ("a.txt", "b.md", ".hidden.txt", "x/c.txt", "x/y/d.txt", "x/.h/e.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", "utf-8")
    for pattern in ("*.txt", "**/*.txt", "x/**/*.txt", "*/*.txt", "x/**", "[ab].*", "**/d.txt", "nothing*"):
        full = str(tmp_path / pattern)
        assert safe_glob(full) == sorted(glob.glob(full, recursive=True)), pattern


def test_an_unreadable_subdirectory_is_reported(tmp_path, monkeypatch, fast_model):
    folder = with_good(tmp_path / "in")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD, "utf-8")
    if os.geteuid() == 0:  # root reads every directory: make this one refuse as it would a user
        real = os.scandir

        def scandir(path="."):
            if isinstance(path, (str, os.PathLike)) and os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
        monkeypatch.chdir(tmp_path)  # (the undo below runs even if the build fails)
    try:
        extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    finally:
        locked.chmod(0o755)
    assert_good_article_kept(extractions, folder)
    assert skipped(report)[str(locked)] == "unreadable directory: permission denied"


# -- PDFs and feeds ----------------------------------------------------------------------------------

def encrypted_pdf(algorithm: str, user_password: str = "") -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter
    from test_ingest_formats import make_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[
        "Qatar backs the rebels, the emir said in Doha on Saturday.", "Turkey backs them too."]]))))
    writer.encrypt(user_password, owner_password="owner", algorithm=algorithm)
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_pdfs_that_open_without_a_password_are_read(tmp_path, fast_model, algorithm):
    folder = with_good(tmp_path / "in")
    (folder / "locked.pdf").write_bytes(encrypted_pdf(algorithm))
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    article = next(e for e in extractions if e["article"]["path"] == str(folder / "locked.pdf"))
    assert "state:qatar" in {e["id"] for e in article["entities"]}


def test_a_pdf_that_needs_a_password_or_is_corrupt_is_skipped(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (folder / "secret.pdf").write_bytes(encrypted_pdf("AES-256", user_password="secret"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF")
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    reasons = skipped(report)
    assert reasons[str(folder / "secret.pdf")] == "encrypted PDF: a password is needed to open it"
    assert str(folder / "broken.pdf") in reasons


def test_an_xml_entity_bomb_in_a_feed_is_not_expanded(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    (folder / "bomb.rss").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>B</title>'
        "<item><title>x</title><description>Iran backs Hezbollah. &a9;</description></item>"
        "<item><title>y</title><description>Qatar backs the rebels, the emir said.</description></item>"
        "</channel></rss>", "utf-8")
    extractions, report, _ = build(folder, tmp_path / "out", nlp=fast_model)
    assert_good_article_kept(extractions, folder)
    feed = [e for e in extractions if e["article"]["path"].startswith(str(folder / "bomb.rss"))]
    assert len(feed) == 2
    text_sizes = [max(m["end"] for ent in e["entities"] for m in ent["mentions"]) for e in feed if e["entities"]]
    assert max(text_sizes) < 1000  # 10**9 "lol"s were not expanded
    named = {n["path"]: n["notes"] for n in report["notes"] if n["path"].startswith(str(folder / "bomb.rss"))}
    assert sorted(named) == [f"{folder / 'bomb.rss'}#0", f"{folder / 'bomb.rss'}#1"]
    assert all(any("entity bomb" in note for note in notes) for notes in named.values())


# -- the output directory ----------------------------------------------------------------------------

def test_a_build_never_reads_its_own_output(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    out = folder / "out"
    for _ in range(2):
        extractions, report, _ = build(folder, out, nlp=fast_model)
        assert paths(extractions) == [str(folder / "good.txt")]
        assert report["skipped"] == []
    # another build's files inside an input folder are named, not read
    extractions, report, _ = build(folder, tmp_path / "elsewhere", nlp=fast_model)
    assert paths(extractions) == [str(folder / "good.txt")]
    assert skipped(report)[str(out / "index.html")] == "not an article: output of a kg build"
    # named on the command line, the build's own files are skipped with the reason
    code, _, err = run_cli(["build", str(out / "report.json"), str(folder / "good.txt"), "--out", str(out)],
                           nlp=fast_model)
    assert code == 0, err
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert skipped(report)[str(out / "report.json")] == "not an article: output of this build"


def test_a_second_build_into_a_busy_out_stops_with_one_line(tmp_path, fast_model):
    from kg.outdir import build_lock

    folder = with_good(tmp_path / "in")
    out = tmp_path / "out"
    with build_lock(out):
        code, stdout, stderr = run_cli(["build", str(folder), "--out", str(out)], nlp=fast_model)
    assert code == 1
    assert lines(stderr) == [f"kg build: another kg build is writing into {out} (process {os.getpid()}): "
                             "wait for it to finish or choose another --out"]
    assert not (out / "extractions.jsonl").exists()
    build(folder, out, nlp=fast_model)  # once the lock is let go, a build goes through


def test_a_failed_build_leaves_the_last_build_as_it_was(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    out = tmp_path / "out"
    build(folder, out, nlp=fast_model)
    before = {name: (out / name).read_bytes() for name in ("extractions.jsonl", "report.json", "graph.json")}
    (folder / "more.txt").write_text(GOOD.replace("Turkey", "Qatar"), "utf-8")
    code, _, stderr = run_cli(["build", str(folder), "--out", str(out), "--model", "no_such_model_xyz"])
    assert code == 1 and len(lines(stderr)) == 1
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-staging")]


def test_out_that_is_a_file_is_one_line(tmp_path, fast_model):
    folder = with_good(tmp_path / "in")
    (tmp_path / "taken").write_text("x", "utf-8")
    code, _, stderr = run_cli(["build", str(folder), "--out", str(tmp_path / "taken")], nlp=fast_model)
    assert code == 1 and lines(stderr) == [f"kg build: --out {tmp_path / 'taken'} is a file, not a directory"]


# -- catalogues ---------------------------------------------------------------------------------------

BAD_CATALOGUES = [
    ({"name": "X", "type": "State", "aliases": [3]}, "entry 0 ('X') field 'aliases' holds a number, not a string"),
    ({"name": "X", "type": "State", "aliases": "X land"}, "entry 0 ('X') field 'aliases' is a string, not a list"),
    ({"name": "X", "type": "State", "id": {"a": 1}}, "entry 0 ('X') field 'id' is an object, not a string"),
    ({"name": 5, "type": "State"}, "entry 0 field 'name' is a number, not a string"),
    ({"name": "X", "type": "State", "capital": ["Y"]}, "entry 0 ('X') field 'capital' is a list, not a string"),
    ({"name": "X", "type": "Dragon"}, "entry 0 ('X') field 'type' is 'Dragon', not one of"),
    ({"name": "X"}, "entry 0 ('X') has no 'type'"),
    ({"name": "X", "type": "State", "state_organ": "yes"}, "field 'state_organ' is a string, not true or false"),
    ({"name": "X", "type": "Person", "roles": [{"role": "president", "of": "Iran", "start": 2016}]},
     "field 'roles' item 0: 'start' must be a date"),
    ({"name": "X", "type": "Person", "roles": {"role": "x"}}, "field 'roles' is an object, not a list"),
    ({"name": "X", "type": "Person", "roles": [{"of": "Iran"}]}, "field 'roles' item 0: 'role' must be"),
    ("Iran", "entry 0 is a string, not an object"),
    ({"name": "X", "type": "State", "aliases": ["the"]}, "field 'aliases' holds 'the', a common word"),
    ({"name": "X", "type": "State", "demonyms": ["A"]}, "field 'demonyms' holds 'A', a common word"),
]


def assert_catalogue_refused(tmp_path, entries, message):
    """A build with a user catalogue of ``entries`` stops before any work with one line naming the file and ``message``."""
    folder = with_good(tmp_path / "in")
    catalogue = tmp_path / "mine.json"
    catalogue.write_text(json.dumps({"entries": entries}), "utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run_cli(["build", str(folder), "--out", str(out), "--catalogue", str(catalogue)])
    assert code == 1
    assert len(lines(stderr)) == 1 and "Traceback" not in stderr and "internal error" not in stderr
    assert lines(stderr)[0].startswith(f"kg build: catalogue file {catalogue}: ")
    assert message in stderr
    assert not out.exists()  # refused before any work


@pytest.mark.parametrize("entry,message", BAD_CATALOGUES)
def test_a_bad_catalogue_is_refused_before_any_work(tmp_path, entry, message):
    assert_catalogue_refused(tmp_path, [entry], message)


@pytest.mark.parametrize("entries, message", [
    ([{"name": "Freedonia", "type": "State", "id": "state:fr"},
      {"name": "Sylvania", "type": "State", "id": "state:fr"}],
     "entry 1 ('Sylvania') field 'id' gives the id 'state:fr' of entry 0 ('Freedonia', a State) to another name"),
    ([{"name": "Freedonia", "type": "State"}, {"name": "Sylvania", "type": "State", "id": "state:freedonia"}],
     "entry 1 ('Sylvania') field 'id' gives the id 'state:freedonia' of entry 0 ('Freedonia', a State)"),
    ([{"name": "Freedonia", "type": "State", "id": "state:sylvania"}, {"name": "Sylvania", "type": "State"}],
     "entry 1 ('Sylvania') field 'name' gives the id 'state:sylvania' of entry 0 ('Freedonia', a State)"),
], ids=["two-ids", "an-id-of-a-name", "a-name-of-an-id"])
def test_one_id_for_two_names_of_one_type_is_refused_before_any_work(tmp_path, entries, message):
    assert_catalogue_refused(tmp_path, entries, message)


def test_one_id_for_one_name_written_twice_extends_the_entry(tmp_path):
    from kg.catalogue import Catalogue, check_file

    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"name": "Freedonia", "type": "State", "id": "state:fr", "aliases": ["Fredonia"]},
                                {"name": "freedonia", "type": "State", "id": "state:fr", "demonyms": ["Freedonian"]},
                                {"name": "Al-Qaeda", "type": "Group"}, {"name": "Al Qaeda", "type": "Group"}]), "utf-8")
    actor = Catalogue(check_file(path)).get("state:fr")
    assert actor.aliases == ["Fredonia"] and actor.demonyms == ["Freedonian"]


def test_acronyms_that_look_like_common_words_are_fine(tmp_path):
    from kg.catalogue import check_file

    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"name": "United States", "type": "State", "aliases": ["US", "U.S."]}]), "utf-8")
    assert check_file(path)[0]["aliases"] == ["US", "U.S."]


def test_duplicate_ids_across_types_and_bad_files_are_refused(tmp_path):
    from kg.catalogue import check_file
    from kg.errors import CatalogueError

    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"name": "A", "type": "State", "id": "x"},
                                {"name": "B", "type": "Person", "id": "x"}]), "utf-8")
    with pytest.raises(CatalogueError, match=r"entry 1 \('B'\) field 'id' 'x' is already the id of entry 0"):
        check_file(path)
    for text, message in (("[[[[", "is not valid JSON"), ("[" * 100_000, "is not valid JSON"),
                          ('{"entries": 3}', "expected a list of entries"), ("\xff", "is not valid JSON")):
        path.write_bytes(text.encode("latin-1"))
        with pytest.raises(CatalogueError, match=message):
            check_file(path)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3), max_leaves=6)
FIELDS = ["name", "type", "id", "aliases", "demonyms", "seat_names", "capital", "capital_aliases", "roles",
          "affiliated_with", "part_of", "in", "country", "state_organ"]


@SETTINGS
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES | st.sampled_from(["State", "Person", "Iran"]),
                                max_size=6), max_size=4))
def test_any_catalogue_is_either_refused_in_one_line_or_loads(entries):
    from kg.catalogue import Catalogue, check_file
    from kg.errors import CatalogueError

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.json"
        path.write_text(json.dumps({"entries": entries}), "utf-8")
        try:
            checked = check_file(path)
        except CatalogueError as error:
            assert "\n" not in str(error) and str(path) in str(error)
            return
    catalogue = Catalogue(checked)  # what passed the check must load
    catalogue.patterns()


def test_the_terminal_summary_shortens_huge_names(tmp_path):
    import networkx as nx

    from kg.knowledge_graph import KnowledgeGraph

    G = nx.MultiDiGraph()
    G.add_node("person:x", name="X" * 990_000 + "\n\n", type="Person", aliases=[])
    G.add_node("state:y", name="Y", type="State", aliases=[])
    G.add_edge("person:x", "state:y", key="LEADS", type="LEADS")
    summary = KnowledgeGraph(G, {"articles": 1}, tmp_path / "none.jsonl").summary()
    assert max(len(line) for line in summary.splitlines()) < 200
    assert "XXX..." in summary
