"""Neo4j Browser, as a person uses it: served by the test Neo4j (org.neo4j.client:neo4j-browser on
its classpath), opened in headless Chromium, connected through its login form; every query of
queries/ runs with its example parameters (``:params``) and shows the rows the database gives;
queries/style.grass, dropped on the window, colours entities by type and captions them by name;
the query files, dropped on it, become favourites."""
from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest
from cdp import CHROMIUM, Page
from db_server import browser_url, db_config, wipe, write_seed_build  # noqa: F401 - fixtures

from loaders.neo4j import load_build, parse_example, read_query, run_query

pytestmark = [pytest.mark.db, pytest.mark.browser]
QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"
QUERIES = sorted(QUERIES_DIR.glob("*.cypher"))
FRAMES = "[...document.querySelectorAll('[data-testid=\"frame\"]')]"


@pytest.fixture(scope="module")
def browser(browser_url, db_config, tmp_path_factory):
    """Browser connected to the test database holding the hand-made seed build."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    tmp = tmp_path_factory.mktemp("browser")
    wipe(db_config)
    load_build(write_seed_build(tmp / "build"), db_config)
    bolt = urlparse(db_config.uri)
    query = urlencode({"dbms": f"bolt://{db_config.user}@{bolt.hostname}:{bolt.port}",
                       "db": db_config.database or "neo4j", "preselectAuthMethod": "NATIVE"})
    page = Page(tmp / "profile", f"{browser_url}?{query}")
    try:
        page.wait_for("!!document.querySelector('[data-testid=\"password\"]')", 60, "the login form")
        connect(page, db_config.password)
        yield page
    finally:
        page.close()


def connect(page: Page, password: str, tries: int = 5) -> None:
    """Fill in the password of the login form (the rest is in its address) and connect. The form
    renders more than once as Browser starts, so what was typed is checked, and typed again."""
    field = "document.querySelector('[data-testid=\"password\"]')"
    for _ in range(tries):
        time.sleep(1)
        page.click('[data-testid="password"]')
        page.evaluate(f"{field}.select()")
        page.type(password)
        if page.evaluate(f"{field}.value") != password:
            continue
        page.click('[data-testid="connect"]')
        try:
            page.wait_for(f"{FRAMES}.some(f => /connected as user/i.test(f.innerText))", 20, "connected")
            return
        except TimeoutError:
            if not page.evaluate(f"!!{field}"):
                raise
    raise TimeoutError("Browser did not connect")


def run(page: Page, command: str) -> str:
    """Type ``command`` in Browser's editor, run it, and return the text of the frame it opens
    once that frame has finished."""
    page.click('[data-testid="activeEditor"]')
    page.type(":clear")  # Browser keeps a bounded number of frames: start from none
    page.click('[data-testid="editor-Run"]')
    page.wait_for(f"{FRAMES}.length === 0", 30, "an empty stream")
    page.click('[data-testid="activeEditor"]')
    page.type(command)
    page.click('[data-testid="editor-Run"]')
    page.wait_for(f"{FRAMES}.length > 0", 30, f"a frame for {command[:40]!r}")
    return page.wait_for(
        f"(() => {{ const f = {FRAMES}[0]; const t = f.innerText;"
        " return /completed after|no changes, no records|Displaying \\d+ nod|ERROR|Successfully set/.test(t) ? t : null; })()",
        30, f"the result of {command[:40]!r}")


def shown(value) -> list[str]:
    """The strings of a result value, as Browser's table shows them (quoted)."""
    if isinstance(value, list):
        return [s for v in value for s in shown(v)]
    return [json.dumps(value, ensure_ascii=False)] if isinstance(value, str) else []


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_browser_runs_the_query_with_its_example_and_shows_the_rows(browser, db_config, path):
    params = parse_example(path)
    assert "Successfully set your parameters" in run(browser, ":params " + json.dumps(params))
    columns, rows = run_query(path, params, db_config)
    text = run(browser, read_query(path))
    assert "ERROR" not in text
    assert rows, f"{path.stem}: the example finds nothing in the seed build"
    assert f"Started streaming {len(rows)} record" in text, text[-300:]
    for column in columns:
        assert column in text
    for value in shown(rows[0][0])[:3] + shown(rows[-1][0])[:3]:  # first and last rows' first cells
        assert value in text, f"{path.stem}: {value} not shown"


def test_the_style_sheet_colours_by_type_and_captions_by_name(browser):
    drop(browser, "style.grass", (QUERIES_DIR / "style.grass").read_text("utf-8"))
    browser.wait_for(f"{FRAMES}[0].innerText.includes('node.State')", 30, "the :style frame")
    run(browser, "MATCH (p:Person {name: 'Hakan Fidan'})-[r:MEMBER_OF]->(s:State) RETURN p, r, s")
    svg = browser.wait_for(
        f"(() => {{ const frame = {FRAMES}[0];"
        " const fills = [...frame.querySelectorAll('svg circle')].map(c => c.getAttribute('fill')).filter(Boolean);"
        " const words = [...frame.querySelectorAll('svg text')].map(t => t.textContent.trim());"
        " return fills.length >= 2 && words.length >= 3 ? {fills, words} : null; })()", 30, "the graph view")
    assert {"#4e79a7", "#e15759"} <= {f.lower() for f in svg["fills"]}  # Person blue, State red
    assert "Turkey" in svg["words"] and "MEMBER_OF" in svg["words"]  # caption by name, by type
    assert any(w.startswith("Hakan") for w in svg["words"])


def drop(page: Page, name: str, text: str) -> None:
    """A file dragged from the desktop over Browser's window, and dropped there."""
    make = ("window.kgDrop = new DataTransfer();"
            f" kgDrop.items.add(new File([{json.dumps(text)}], {json.dumps(name)}, {{type: 'text/plain'}}));")
    fire = ("(kinds => kinds.forEach(kind => document.querySelector('[data-testid=\"main\"]').dispatchEvent("
            "new DragEvent(kind, {bubbles: true, cancelable: true, dataTransfer: kgDrop}))))")
    page.evaluate(make + f" {fire}(['dragenter', 'dragover'])")
    time.sleep(0.5)  # Browser shows its drop zone, then takes the drop
    page.evaluate(f"{fire}(['dragover', 'drop'])")


def test_query_files_dropped_on_browser_become_favourites(browser):
    for path in QUERIES[:3]:
        drop(browser, path.name, path.read_text("utf-8"))
        browser.click("button.filedrop-save-to-favorites", "Save to favorites")
    browser.click('[data-testid="navigationFavorites"]')
    first_lines = [p.read_text("utf-8").splitlines()[0].lstrip("/ ")[:30] for p in QUERIES[:3]]
    drawer = browser.wait_for(
        f"(() => {{ const t = document.body.innerText; return {json.dumps(first_lines)}.every(l => t.includes(l))"
        " ? t : null; })()", 30, "the favourites")
    assert all(line in drawer for line in first_lines)
    browser.click('[data-testid="navigationFavorites"]')  # the drawer closed again
