"""The interactive view: a self-contained page, safe with article text, that draws in a real browser."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import networkx as nx
import pytest

from kg.export import write_html
from kg.export.html import script_json, to_html, view_data
from kg.schema import ENTITY_TYPES, RELATION_TYPES
from test_export import sample_graph

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def scripts(page: str) -> list[str]:
    return re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)


def test_page_is_self_contained():
    page = to_html(sample_graph())
    for needle in ("http://", "https://", "src=", "href=", "url(", "@import", "fetch(", "XMLHttpRequest",
                   "WebSocket", "EventSource", "sendBeacon", "innerHTML", "outerHTML", "insertAdjacentHTML",
                   "document.write", "eval("):
        assert needle not in page, needle
    assert "default-src 'none'" in page  # and the policy forbids any request anyway


def test_csp_hashes_match_the_inline_code():
    page = to_html(sample_graph())
    style = re.search(r"<style>(.*?)</style>", page, flags=re.S).group(1)
    code = scripts(page)[-1]
    for text in (style, code):
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in page


def test_article_text_cannot_break_out_of_the_data_block():
    G = sample_graph()
    page = to_html(G, title='<img src=x onerror="alert(1)"> & </title>')
    assert page.count("</script>") == 2 and page.count("<script") == 2
    assert "<!--" not in page
    assert "<img" not in page and "&lt;img src=x" in page
    data = json.loads(scripts(page)[0])
    assert data == json.loads(json.dumps(view_data(G)))
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert 'They said: "<script>alert(1)</script>" </script><!-- ok' in sentences
    assert script_json({"s": "</script><!--\u2028&"}) == '{"s":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}'


def test_view_data_has_what_the_panel_shows():
    data = view_data(sample_graph())
    assert data["entity_types"] == list(ENTITY_TYPES) and data["relation_types"] == list(RELATION_TYPES)
    assert data["symmetric"] == ["ALLY_OF", "MET_WITH"]
    names = [n["name"] for n in data["nodes"]]
    met = next(e for e in data["edges"] if e["type"] == "MET_WITH")
    assert (names[met["s"]], names[met["t"]]) == ("Russia", "Türkiye")
    assert met["count"] == 3 and met["first_seen"] == "2024-01-02" and met["last_seen"] == "2024-02-03"
    assert met["confidence"] == 0.91 and met["articles"] == 2
    assert met["evidence"][1] == {"sentence": 'They said: "<script>alert(1)</script>" </script><!-- ok',
                                  "article": "a2", "source": 'Agence <France> "Presse"', "date": "2024-02-03",
                                  "trigger": "said", "hedged": False, "attributed_to": "TASS"}
    leads = next(e for e in data["edges"] if e["type"] == "LEADS")
    assert leads["role"] == "President"


def test_write_html_to_a_path_a_directory_or_a_handle(tmp_path):
    G = sample_graph()
    write_html(G, tmp_path / "view.html", title="Syria")
    write_html(G, tmp_path)
    handle = io.StringIO()
    write_html(G, handle, title="Syria")
    assert (tmp_path / "view.html").read_text("utf-8") == handle.getvalue()  # deterministic
    assert "<title>Knowledge graph</title>" in (tmp_path / "index.html").read_text("utf-8")
    write_html(nx.MultiDiGraph(), tmp_path / "empty.html")  # an empty graph is a page too


# ---------------------------------------------------------------------------- in a real browser

def chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1200,800",
           "--virtual-time-budget=10000", "--enable-logging=stderr", "--v=0", *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
    errors = [line for line in done.stderr.splitlines() if "Uncaught" in line or "Refused to" in line]
    assert not errors, errors  # no script error, nothing the page's security policy had to block
    return done


def rendered(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body))


@pytest.mark.browser
def test_the_page_draws_every_node(tmp_path):
    write_html(sample_graph(), tmp_path / "index.html")
    dom = chromium(tmp_path, (tmp_path / "index.html").as_uri(), "--dump-dom").stdout
    state = rendered(dom)
    assert state["rendered-nodes"] == "8" and state["rendered-edges"] == "8"
    assert state["layout"] == "settled"
    assert "Most connected" in dom  # the side panel was built


@pytest.mark.browser
def test_an_edge_named_in_the_address_shows_its_evidence_as_text(tmp_path):
    write_html(sample_graph(), tmp_path / "index.html")
    url = (tmp_path / "index.html").as_uri() + "#source=state%3Arussia&type=MET_WITH&target=state%3Aturkiye"
    dom = chromium(tmp_path, url, "--dump-dom").stdout
    details = dom[dom.index('<aside id="details"'):]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in details  # shown, not run
    assert dom.count("<script") == 2
    assert "<mark>said</mark>" in details and "according to TASS" in details
    assert "2024-01-02" in details and "0.91" in details and "article a2" in details
    node = chromium(tmp_path, (tmp_path / "index.html").as_uri() + "#node=state%3Aturkiye", "--dump-dom").stdout
    assert "Ankara" in node and "Recep Tayyip Erdoğan" in node and "Relations (6)" in node


@pytest.mark.browser
def test_the_screenshot_shows_coloured_nodes(tmp_path):
    write_html(sample_graph(), tmp_path / "index.html")
    chromium(tmp_path, (tmp_path / "index.html").as_uri(), f"--screenshot={tmp_path / 'shot.png'}")
    width, height, pixels = read_png((tmp_path / "shot.png").read_bytes())
    canvas = {pixels[y][x] for y in range(60, height - 10, 2) for x in range(250, width - 400, 2)}
    for colour in ((0xe1, 0x57, 0x59), (0x4e, 0x79, 0xa7), (0xf2, 0x8e, 0x2b)):  # State, Person, Group
        assert colour in canvas
    assert len(canvas) > 50


@pytest.mark.browser
def test_a_few_thousand_nodes_settle_and_draw(tmp_path):
    rng = random.Random(7)
    G = nx.MultiDiGraph()
    ids = [f"{ENTITY_TYPES[i % 6].lower()}:e{i}" for i in range(2500)]
    for i, node in enumerate(ids):
        G.add_node(node, id=node, name=f"Entity {i}", type=ENTITY_TYPES[i % 6], aliases=[])
    for _ in range(5000):
        u, v, rel = rng.choice(ids[:300]), rng.choice(ids), rng.choice(RELATION_TYPES)
        if u != v:
            G.add_edge(u, v, key=rel, type=rel, count=rng.randint(1, 9), evidence=[])
    write_html(G, tmp_path / "index.html")
    state = rendered(chromium(tmp_path, (tmp_path / "index.html").as_uri(), "--dump-dom").stdout)
    assert state["layout"] == "settled"
    assert state["rendered-nodes"] == "2500"


def read_png(data: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG, as Chromium writes them."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw, rows, prev = zlib.decompress(idat), [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows
