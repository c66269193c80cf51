"""The page, style and script of ``index.html`` (see ``html``).

They live here as strings rather than as ``.js``/``.css`` files so that they ship inside the
package with nothing else to declare. The script is plain ES2017 with no library: a
Barnes-Hut force layout on a canvas, pan and zoom, filters, search and a details panel.
All text from the graph reaches the DOM through ``textContent`` only.
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg-news">
<title>{title}</title>
<style>{style}</style>
</head>
<body data-rendered-nodes="0" data-layout="loading">
<header>
  <h1>{title}</h1>
  <div class="search">
    <input id="search" type="search" placeholder="Find an entity (press /)" autocomplete="off" aria-label="Find an entity">
    <ol id="results" hidden></ol>
  </div>
  <button id="fit" type="button" title="Fit the graph to the window">Fit</button>
  <span id="stats"></span>
</header>
<main>
  <nav id="filters" aria-label="Filters">
    <section><h2>Entity types</h2><ul id="entity-types"></ul></section>
    <section><h2>Relations</h2>
      <p class="buttons"><button id="rel-all" type="button">all</button> <button id="rel-none" type="button">none</button></p>
      <ul id="relation-types"></ul>
    </section>
    <p class="hint">Drag the background to pan, the wheel to zoom, a node to move it.
      Click a node or an edge for details; Esc clears. A dashed edge was only ever reported as hedged.</p>
  </nav>
  <div id="stage"><canvas id="graph" aria-label="Graph drawing"></canvas></div>
  <aside id="details" aria-live="polite"></aside>
</main>
<noscript><p class="noscript">This view needs JavaScript.</p></noscript>
<script type="application/json" id="kg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

STYLE = """
:root { --ink: #1d2330; --muted: #667085; --line: #e3e6ec; --paper: #ffffff; --canvas: #f7f8fa; --accent: #d9480f; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--paper); display: flex; flex-direction: column; overflow: hidden; }
header { display: flex; align-items: center; gap: 12px; padding: 8px 14px; border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0 8px 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 40vw; }
#stats { color: var(--muted); margin-left: auto; white-space: nowrap; }
button { font: inherit; border: 1px solid var(--line); background: var(--paper); border-radius: 4px;
         padding: 2px 10px; cursor: pointer; color: var(--ink); }
button:hover { border-color: var(--muted); }
.search { position: relative; }
#search { width: 280px; font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
#results { position: absolute; z-index: 10; top: 100%; left: 0; width: 360px; margin: 2px 0 0; padding: 4px 0;
           list-style: none; background: var(--paper); border: 1px solid var(--line); border-radius: 4px;
           box-shadow: 0 4px 16px rgba(0,0,0,.12); max-height: 60vh; overflow: auto; }
#results li { padding: 4px 10px; cursor: pointer; display: flex; gap: 8px; align-items: baseline; }
#results li:hover, #results li.active { background: #eef2ff; }
#results .alias { color: var(--muted); font-size: 12px; }
main { flex: 1; display: grid; grid-template-columns: 230px 1fr 380px; min-height: 0; }
#filters { border-right: 1px solid var(--line); padding: 10px 14px; overflow: auto; }
#filters h2, #details h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .06em;
                           color: var(--muted); margin: 12px 0 6px; }
#filters ul { list-style: none; margin: 0; padding: 0; }
#filters li label { display: flex; align-items: center; gap: 7px; padding: 2px 0; cursor: pointer; }
#filters .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
#filters .buttons { margin: 0 0 6px; }
#filters .buttons button { padding: 0 8px; font-size: 12px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; flex: none; }
.stroke { display: inline-block; width: 18px; height: 3px; border-radius: 2px; flex: none; }
.hint { color: var(--muted); font-size: 12px; margin-top: 16px; }
#stage { position: relative; background: var(--canvas); min-width: 0; }
#graph { position: absolute; inset: 0; width: 100%; height: 100%; cursor: grab; touch-action: none; }
#graph.dragging { cursor: grabbing; }
#graph.over { cursor: pointer; }
#details { border-left: 1px solid var(--line); padding: 12px 16px; overflow: auto; }
#details h2 { font-size: 17px; margin: 0 0 4px; overflow-wrap: anywhere; }
#details h2 .rel { font-size: 17px; }
#details .sub { color: var(--muted); margin: 0 0 10px; overflow-wrap: anywhere; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
#details dt { color: var(--muted); }
#details dd { margin: 0; overflow-wrap: anywhere; }
#details ul { margin: 0; padding: 0 0 0 16px; }
#details ul.relations { list-style: none; padding: 0; }
#details ul.relations li { padding: 2px 0; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.badge { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff;
         font-size: 11px; font-weight: 600; letter-spacing: .02em; }
.rel { font-size: 11px; font-weight: 600; letter-spacing: .02em; }
a.link { color: #1c5fd4; cursor: pointer; text-decoration: none; }
a.link:hover { text-decoration: underline; }
.muted { color: var(--muted); }
blockquote { margin: 8px 0 2px; padding: 6px 10px; border-left: 3px solid var(--line);
             background: var(--canvas); overflow-wrap: anywhere; }
blockquote mark { background: #fff1b8; padding: 0 1px; }
.source { color: var(--muted); font-size: 12px; margin: 0 0 10px 13px; overflow-wrap: anywhere; }
.noscript { padding: 20px; }
"""

SCRIPT = r"""
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const SEED = 20240229;
  const TYPE_COLORS = {
    Person: "#4e79a7", State: "#e15759", Group: "#f28e2b", Organization: "#59a14f",
    Place: "#76b7b2", Event: "#b07aa1", Unknown: "#9aa0a6",
  };
  const REL_COLORS = {
    ALLY_OF: "#2b8a3e", BACKS: "#74b816", OPPOSES: "#e8590c", FIGHTS: "#c92a2a", MET_WITH: "#1c7ed6",
    CALLED_ON: "#ae3ec9", MEMBER_OF: "#845ef7", LEADS: "#364fc7", AFFILIATED_WITH: "#0c8599",
    PARTICIPATES_IN: "#f08c00", LOCATED_IN: "#868e96",
  };
  const SYMMETRIC = new Set(DATA.symmetric);
  const nodes = DATA.nodes;
  const edges = DATA.edges;

  // ---------------------------------------------------------------- small helpers
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "className") e.className = v;
      else if (k === "style") Object.assign(e.style, v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function mulberry32(a) {  // a small seeded PRNG, so that every layout of one graph is the same
    return function () {
      a |= 0; a = (a + 0x6D2B79F5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = mulberry32(SEED);
  const typeColor = (t) => TYPE_COLORS[t] || TYPE_COLORS.Unknown;
  const relColor = (t) => REL_COLORS[t] || "#868e96";
  const fmtConf = (c) => (typeof c === "number" ? c.toFixed(2) : "–");

  // ---------------------------------------------------------------- graph model
  nodes.forEach((n, i) => {
    n.index = i; n.degree = 0; n.edges = [];
    // phyllotaxis start: deterministic and evenly spread
    const r = 12 * Math.sqrt(0.5 + i), a = i * Math.PI * (3 - Math.sqrt(5));
    n.x = r * Math.cos(a); n.y = r * Math.sin(a); n.vx = 0; n.vy = 0;
    n.lower = [n.name].concat(n.aliases).map((s) => s.toLowerCase());
  });
  const pairs = new Map();  // unordered pair -> edges, to bend parallel edges apart
  edges.forEach((e, i) => {
    e.index = i; e.source = nodes[e.s]; e.target = nodes[e.t];
    e.symmetric = SYMMETRIC.has(e.type) || !DATA.directed;
    e.source.degree++; e.target.degree++;
    e.source.edges.push(e); e.target.edges.push(e);
    const k = Math.min(e.s, e.t) + "," + Math.max(e.s, e.t);
    if (!pairs.has(k)) pairs.set(k, []);
    pairs.get(k).push(e);
  });
  for (const group of pairs.values()) {
    group.forEach((e, i) => {
      const bend = group.length === 1 ? 0 : i - (group.length - 1) / 2;
      e.bend = bend;  // measured from the smaller index's side, whatever the edge's direction
    });
  }
  nodes.forEach((n) => { n.radius = 4 + Math.min(14, 2.2 * Math.sqrt(n.degree)); });
  const byDegree = nodes.slice().sort((a, b) => b.degree - a.degree || a.index - b.index);
  const links = Array.from(pairs.values(), (g) => ({ source: g[0].source, target: g[0].target }));

  // ---------------------------------------------------------------- force layout
  // Springs on linked pairs, Barnes-Hut repulsion, a weak pull to the centre; velocities decay
  // and "alpha" cools from 1 to ALPHA_MIN in about 300 ticks, after which the layout stops.
  const LINK_DISTANCE = 60, CHARGE = -90, THETA2 = 0.81, GRAVITY = 0.04, FRICTION = 0.6;
  const ALPHA_MIN = 0.001, ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 300);
  let alpha = 1;
  links.forEach((l) => {
    l.strength = 1 / Math.min(l.source.degree, l.target.degree);
    l.bias = l.source.degree / (l.source.degree + l.target.degree);
  });

  function buildQuad(list, x0, y0, size, depth) {
    const q = { x0, y0, size, mass: list.length, cx: 0, cy: 0, nodes: null, kids: null };
    for (const n of list) { q.cx += n.x; q.cy += n.y; }
    q.cx /= list.length; q.cy /= list.length;
    if (list.length <= 1 || depth > 24) { q.nodes = list; return q; }
    const h = size / 2, parts = [[], [], [], []];
    for (const n of list) parts[(n.x >= x0 + h ? 1 : 0) + (n.y >= y0 + h ? 2 : 0)].push(n);
    q.kids = [];
    parts.forEach((p, i) => {
      if (p.length) q.kids.push(buildQuad(p, x0 + (i & 1) * h, y0 + (i >> 1) * h, h, depth + 1));
    });
    return q;
  }
  function repel(n, q, k) {
    let dx = q.cx - n.x, dy = q.cy - n.y, d2 = dx * dx + dy * dy;
    if (q.kids && q.size * q.size / THETA2 < d2) {
      if (d2 < 1) d2 = 1;
      const w = k * q.mass / d2; n.vx += dx * w; n.vy += dy * w;
      return;
    }
    if (q.kids) { for (const c of q.kids) repel(n, c, k); return; }
    for (const m of q.nodes) {
      if (m === n) continue;
      dx = m.x - n.x; dy = m.y - n.y;
      if (dx === 0 && dy === 0) { dx = (random() - 0.5) * 1e-3; dy = (random() - 0.5) * 1e-3; }
      d2 = dx * dx + dy * dy; if (d2 < 1) d2 = 1;
      const w = k / d2; n.vx += dx * w; n.vy += dy * w;
    }
  }
  function tick() {
    for (const l of links) {
      const s = l.source, t = l.target;
      let dx = t.x + t.vx - s.x - s.vx, dy = t.y + t.vy - s.y - s.vy;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const f = (d - LINK_DISTANCE) / d * alpha * l.strength;
      dx *= f; dy *= f;
      t.vx -= dx * l.bias; t.vy -= dy * l.bias;
      s.vx += dx * (1 - l.bias); s.vy += dy * (1 - l.bias);
    }
    if (nodes.length) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const n of nodes) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); }
      const root = buildQuad(nodes, x0, y0, Math.max(x1 - x0, y1 - y0) + 1, 0);
      for (const n of nodes) repel(n, root, CHARGE * alpha);
    }
    for (const n of nodes) {
      n.vx -= n.x * GRAVITY * alpha; n.vy -= n.y * GRAVITY * alpha;
      if (n.pinned) { n.vx = 0; n.vy = 0; continue; }
      n.vx *= FRICTION; n.vy *= FRICTION; n.x += n.vx; n.y += n.vy;
    }
    alpha += (0 - alpha) * ALPHA_DECAY;
  }
  function simulate() {  // as many ticks as fit in a frame (small graphs at least a few dozen), then draw
    const start = performance.now();
    const atLeast = Math.max(1, Math.floor(20000 / Math.max(1, nodes.length)));
    let ticks = 0;
    do { tick(); ticks++; } while (alpha > ALPHA_MIN && (ticks < atLeast || performance.now() - start < 14));
    if (autoFit) fit();
    if (alpha <= ALPHA_MIN) {
      document.body.dataset.layout = "settled";
      if (autoFit) fit();
    } else {
      requestAnimationFrame(simulate);
    }
    draw();
  }

  // ---------------------------------------------------------------- view state
  const canvas = document.getElementById("graph");
  const ctx = canvas.getContext("2d");
  const view = { scale: 1, x: 0, y: 0 };  // screen = world * scale + (x, y)
  let width = 0, height = 0, autoFit = true;
  let selected = null;       // {node} or {edge}
  let hovered = null;
  let matches = new Set();   // nodes matching the search
  const hiddenTypes = new Set();
  const hiddenRels = new Set();

  function resize() {
    const r = canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
    width = r.width; height = r.height;
    canvas.width = Math.round(width * dpr); canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (autoFit) fit();
    draw();
  }
  function fit() {
    const shown = nodes.filter(nodeVisible);
    if (!shown.length || !width) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of shown) {
      x0 = Math.min(x0, n.x - n.radius); y0 = Math.min(y0, n.y - n.radius);
      x1 = Math.max(x1, n.x + n.radius); y1 = Math.max(y1, n.y + n.radius);
    }
    const pad = 40;
    view.scale = Math.min(3, (width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1));
    view.x = width / 2 - view.scale * (x0 + x1) / 2;
    view.y = height / 2 - view.scale * (y0 + y1) / 2;
  }
  function centerOn(n) {
    autoFit = false;
    view.scale = Math.max(view.scale, 1.2);
    view.x = width / 2 - n.x * view.scale; view.y = height / 2 - n.y * view.scale;
  }
  const sx = (n) => n.x * view.scale + view.x;
  const sy = (n) => n.y * view.scale + view.y;
  const edgeVisible = (e) => !hiddenRels.has(e.type) && !hiddenTypes.has(e.source.type) && !hiddenTypes.has(e.target.type);
  function nodeVisible(n) {
    if (hiddenTypes.has(n.type)) return false;
    return n.degree === 0 || n.edges.some(edgeVisible);
  }
  // On screen a node grows with the zoom, but no more than 1.6 times, so zooming in separates crowds.
  const nodeR = (n) => Math.max(2, n.radius * Math.min(view.scale, 1.6));
  const edgeWidth = (e) => Math.min(7, 1 + 1.5 * Math.log2(e.count || 1));
  function neighbourhood() {  // what stays bright while something is selected
    if (!selected) return null;
    const keep = new Set();
    if (selected.node) {
      keep.add(selected.node);
      for (const e of selected.node.edges) if (edgeVisible(e)) { keep.add(e); keep.add(e.source); keep.add(e.target); }
    } else {
      keep.add(selected.edge); keep.add(selected.edge.source); keep.add(selected.edge.target);
    }
    return keep;
  }
  function curve(e) {  // screen points of an edge: start, control, end
    const x1 = sx(e.source), y1 = sy(e.source), x2 = sx(e.target), y2 = sy(e.target);
    const dx = x2 - x1, dy = y2 - y1, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const off = e.bend * Math.min(18, 0.25 * d) * (e.s <= e.t ? 1 : -1);
    return [x1, y1, (x1 + x2) / 2 - dy / d * off * 2, (y1 + y2) / 2 + dx / d * off * 2, x2, y2];
  }

  // ---------------------------------------------------------------- drawing
  function draw() {
    ctx.clearRect(0, 0, width, height);
    const keep = neighbourhood();
    const zoom = Math.max(0.35, Math.min(1.6, view.scale));
    const onScreen = (x, y, m) => x > -m && y > -m && x < width + m && y < height + m;
    let drawnEdges = 0, drawnNodes = 0;
    const labelledEdges = [];
    for (const e of edges) {
      if (!edgeVisible(e)) continue;
      const [x1, y1, cx, cy, x2, y2] = curve(e);
      if (!onScreen(x1, y1, 0) && !onScreen(x2, y2, 0) && !onScreen(cx, cy, 0)) continue;
      const lit = !keep || keep.has(e);
      ctx.globalAlpha = lit ? (keep ? 0.9 : 0.55) : 0.06;
      ctx.strokeStyle = relColor(e.type);
      ctx.lineWidth = edgeWidth(e) * zoom * (selected && selected.edge === e ? 1.8 : 1);
      ctx.setLineDash(e.hedged_count && e.hedged_count >= e.count ? [5, 4] : []);
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.quadraticCurveTo(cx, cy, x2, y2); ctx.stroke();
      ctx.setLineDash([]);
      if (!e.symmetric) arrow(e, cx, cy, x2, y2, ctx.lineWidth);
      drawnEdges++;
      if (lit && (view.scale > 0.9 || keep)) labelledEdges.push(e);
    }
    ctx.globalAlpha = 1;
    for (const n of nodes) {
      if (!nodeVisible(n)) continue;
      const x = sx(n), y = sy(n), r = nodeR(n);
      if (!onScreen(x, y, r)) continue;
      ctx.globalAlpha = !keep || keep.has(n) ? 1 : 0.15;
      ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = typeColor(n.type); ctx.fill();
      ctx.lineWidth = 1.2; ctx.strokeStyle = "#fff"; ctx.stroke();
      if (matches.has(n) || n === hovered || (selected && selected.node === n)) {
        ctx.beginPath(); ctx.arc(x, y, r + 3, 0, 2 * Math.PI);
        ctx.lineWidth = 2.5; ctx.strokeStyle = matches.has(n) ? "#d9480f" : "#1d2330"; ctx.stroke();
      }
      drawnNodes++;
    }
    ctx.globalAlpha = 1;
    drawEdgeLabels(labelledEdges, keep);
    drawNodeLabels(keep);
    document.body.dataset.renderedNodes = String(drawnNodes);
    document.body.dataset.renderedEdges = String(drawnEdges);
  }
  function arrow(e, cx, cy, x2, y2, lw) {
    const dx = x2 - cx, dy = y2 - cy, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / d, uy = dy / d, r = nodeR(e.target) + 2;
    const tipX = x2 - ux * r, tipY = y2 - uy * r, len = 5 + 2 * lw, half = 2.5 + lw;
    ctx.fillStyle = ctx.strokeStyle;
    ctx.beginPath(); ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * len - uy * half, tipY - uy * len + ux * half);
    ctx.lineTo(tipX - ux * len + uy * half, tipY - uy * len - ux * half);
    ctx.closePath(); ctx.fill();
  }
  // Labels go in order of importance and are skipped where they would overlap one already
  // placed, so a zoomed-out view of thousands of nodes shows only the main ones.
  function placer() {
    const boxes = [];
    return function (x, y, w, h) {
      for (const b of boxes) if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) return false;
      boxes.push([x, y, w, h]); return true;
    };
  }
  function halo(text, x, y, color) {
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.strokeText(text, x, y);
    ctx.fillStyle = color; ctx.fillText(text, x, y);
  }
  function drawEdgeLabels(list, keep) {
    if (list.length > 600 && !keep) return;
    ctx.font = "600 10px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    const fits = placer();
    for (const e of list) {
      const [x1, y1, cx, cy, x2, y2] = curve(e);
      const x = 0.25 * x1 + 0.5 * cx + 0.25 * x2, y = 0.25 * y1 + 0.5 * cy + 0.25 * y2;
      const label = e.type;
      const w = ctx.measureText(label).width;
      if (fits(x - w / 2, y - 6, w, 12)) halo(label, x, y, relColor(e.type));
    }
  }
  function drawNodeLabels(keep) {
    ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "left"; ctx.textBaseline = "middle";
    const fits = placer();
    const first = [];
    if (selected && selected.node) first.push(selected.node);
    if (hovered) first.push(hovered);
    for (const n of matches) first.push(n);
    if (keep) for (const x of keep) if (x.edges) first.push(x);
    const budget = nodes.length <= 150 ? Infinity : Math.round(60 + 250 * view.scale * view.scale);
    let drawn = 0;
    for (const n of first.concat(byDegree)) {
      if (drawn >= budget && !first.includes(n)) break;
      if (!nodeVisible(n) || (keep && !keep.has(n))) continue;
      const r = nodeR(n), x = sx(n) + r + 3, y = sy(n);
      if (x > width || y < 0 || y > height || x < -200) continue;
      const w = ctx.measureText(n.name).width;
      if (!fits(x, y - 7, w, 14)) continue;
      halo(n.name, x, y, "#1d2330");
      drawn++;
    }
  }

  // ---------------------------------------------------------------- hit testing
  function nodeAt(px, py) {
    let best = null, bestD = Infinity;
    for (const n of nodes) {
      if (!nodeVisible(n)) continue;
      const dx = sx(n) - px, dy = sy(n) - py, d = Math.sqrt(dx * dx + dy * dy);
      const r = nodeR(n) + 3;
      if (d <= r && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function edgeAt(px, py) {
    let best = null, bestD = 6;
    for (const e of edges) {
      if (!edgeVisible(e)) continue;
      const [x1, y1, cx, cy, x2, y2] = curve(e);
      let ax = x1, ay = y1;
      for (let i = 1; i <= 12; i++) {
        const t = i / 12, u = 1 - t;
        const bx = u * u * x1 + 2 * u * t * cx + t * t * x2, by = u * u * y1 + 2 * u * t * cy + t * t * y2;
        const d = segmentDistance(px, py, ax, ay, bx, by);
        if (d < bestD) { best = e; bestD = d; }
        ax = bx; ay = by;
      }
    }
    return best;
  }
  function segmentDistance(px, py, ax, ay, bx, by) {
    const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }

  // ---------------------------------------------------------------- pointer: pan, zoom, drag, click
  let press = null;
  const local = (ev) => { const r = canvas.getBoundingClientRect(); return [ev.clientX - r.left, ev.clientY - r.top]; };
  canvas.addEventListener("pointerdown", (ev) => {
    const [x, y] = local(ev);
    press = { x, y, vx: view.x, vy: view.y, node: nodeAt(x, y), moved: false };
    canvas.setPointerCapture(ev.pointerId);
    canvas.classList.add("dragging");
  });
  canvas.addEventListener("pointermove", (ev) => {
    const [x, y] = local(ev);
    if (!press) {
      const n = nodeAt(x, y);
      const over = n || edgeAt(x, y);
      canvas.classList.toggle("over", !!over);
      if (n !== hovered) { hovered = n; draw(); }
      return;
    }
    if (Math.hypot(x - press.x, y - press.y) > 3) press.moved = true;
    if (!press.moved) return;
    autoFit = false;
    if (press.node) {
      press.node.x = (x - view.x) / view.scale; press.node.y = (y - view.y) / view.scale;
      press.node.pinned = true; press.node.vx = 0; press.node.vy = 0;
    } else {
      view.x = press.vx + x - press.x; view.y = press.vy + y - press.y;
    }
    draw();
  });
  canvas.addEventListener("pointerup", (ev) => {
    if (!press) return;
    const [x, y] = local(ev);
    if (!press.moved) {
      const n = nodeAt(x, y);
      const e = n ? null : edgeAt(x, y);
      select(n ? { node: n } : e ? { edge: e } : null);
    }
    press = null;
    canvas.classList.remove("dragging");
  });
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    autoFit = false;
    const [x, y] = local(ev);
    const k = Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015));
    const scale = Math.max(0.02, Math.min(12, view.scale * k));
    view.x = x - (x - view.x) * scale / view.scale; view.y = y - (y - view.y) * scale / view.scale;
    view.scale = scale;
    draw();
  }, { passive: false });
  window.addEventListener("resize", resize);
  document.getElementById("fit").addEventListener("click", () => { autoFit = true; fit(); draw(); });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { select(null); clearSearch(); }
    if (ev.key === "/" && document.activeElement !== search) { ev.preventDefault(); search.focus(); }
  });

  // ---------------------------------------------------------------- search
  const search = document.getElementById("search");
  const results = document.getElementById("results");
  function clearSearch() { search.value = ""; matches = new Set(); results.hidden = true; draw(); }
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    const scored = [];
    for (const n of nodes) {
      let best = Infinity;
      n.lower.forEach((s, i) => {
        const at = s.indexOf(q);
        if (at >= 0) best = Math.min(best, (at === 0 ? 0 : 2) + (i === 0 ? 0 : 1) + (s === q ? -3 : 0));
      });
      if (best < Infinity) scored.push([best, -n.degree, n.index, n]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    return scored.map((s) => s[3]);
  }
  function showResults(found) {
    results.replaceChildren();
    for (const n of found.slice(0, 12)) {
      const q = search.value.trim().toLowerCase();
      const alias = n.name.toLowerCase().includes(q) ? null : n.aliases.find((a) => a.toLowerCase().includes(q));
      results.appendChild(el("li", { onmousedown: (ev) => { ev.preventDefault(); choose(n); } },
        el("span", { className: "swatch", style: { background: typeColor(n.type) } }),
        n.name, alias ? el("span", { className: "alias" }, "also " + alias) : null));
    }
    if (found.length > 12) results.appendChild(el("li", { className: "alias" }, `… ${found.length - 12} more`));
    results.hidden = found.length === 0;
  }
  function choose(n) {
    results.hidden = true; matches = new Set([n]);
    hiddenTypes.delete(n.type); syncFilters();
    centerOn(n); select({ node: n });
  }
  search.addEventListener("input", () => {
    const found = find(search.value);
    matches = new Set(found); showResults(found); draw();
  });
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const found = find(search.value); if (found.length) choose(found[0]); }
  });
  search.addEventListener("blur", () => { results.hidden = true; });

  // ---------------------------------------------------------------- filters and legend
  function countBy(list, key) {
    const m = new Map();
    for (const x of list) m.set(key(x), (m.get(key(x)) || 0) + 1);
    return m;
  }
  const typeCounts = countBy(nodes, (n) => n.type), relCounts = countBy(edges, (e) => e.type);
  const typeOrder = DATA.entity_types.concat([...typeCounts.keys()].filter((t) => !DATA.entity_types.includes(t)).sort());
  const relOrder = DATA.relation_types.concat([...relCounts.keys()].filter((t) => !DATA.relation_types.includes(t)).sort());
  const boxes = { type: new Map(), rel: new Map() };
  function filterItem(kind, name, label, count, mark, hidden) {
    const box = el("input", { type: "checkbox" });
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(name); else hidden.add(name);
      if (selected && !(selected.node ? nodeVisible(selected.node) : edgeVisible(selected.edge))) select(null);
      draw();
    });
    boxes[kind].set(name, box);
    return el("li", {}, el("label", { title: name }, box, mark, label, el("span", { className: "count" }, String(count))));
  }
  const typeList = document.getElementById("entity-types");
  for (const t of typeOrder) {
    if (!typeCounts.has(t) && !TYPE_COLORS[t]) continue;
    const mark = el("span", { className: "swatch", style: { background: typeColor(t) } });
    typeList.appendChild(filterItem("type", t, t, typeCounts.get(t) || 0, mark, hiddenTypes));
  }
  const relList = document.getElementById("relation-types");
  for (const t of relOrder) {
    if (!relCounts.has(t)) continue;
    const symmetric = SYMMETRIC.has(t);
    const mark = el("span", { className: "stroke", style: { background: relColor(t) } });
    const label = el("span", { title: symmetric ? "symmetric" : "directed" }, t, symmetric ? " \u2194" : " \u2192");
    relList.appendChild(filterItem("rel", t, label, relCounts.get(t), mark, hiddenRels));
  }
  function syncFilters() {
    for (const [t, box] of boxes.type) box.checked = !hiddenTypes.has(t);
    for (const [t, box] of boxes.rel) box.checked = !hiddenRels.has(t);
  }
  function setAllRels(on) {
    for (const t of relCounts.keys()) if (on) hiddenRels.delete(t); else hiddenRels.add(t);
    syncFilters();
    if (selected && selected.edge && !edgeVisible(selected.edge)) select(null);
    draw();
  }
  document.getElementById("rel-all").addEventListener("click", () => setAllRels(true));
  document.getElementById("rel-none").addEventListener("click", () => setAllRels(false));
  document.getElementById("stats").textContent =
    `${nodes.length} ${nodes.length === 1 ? "entity" : "entities"} · ` +
    `${edges.length} ${edges.length === 1 ? "relation" : "relations"}`;

  // ---------------------------------------------------------------- details panel
  const details = document.getElementById("details");
  const badge = (t) => el("span", { className: "badge", style: { background: typeColor(t) } }, t);
  const relTag = (t) => el("span", { className: "rel", style: { color: relColor(t) } }, t);
  const nodeLink = (n) => el("a", { className: "link", onclick: () => { centerOn(n); select({ node: n }); } }, n.name);
  function facts(rows) {
    const dl = el("dl");
    for (const [k, v] of rows) if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v));
    return dl;
  }
  function overview() {
    const top = byDegree.slice(0, 10).filter((n) => n.degree > 0);
    return [
      el("h2", {}, "Overview"),
      el("p", { className: "sub" }, "Click a node or an edge to see what the articles say."),
      facts([["Entities", String(nodes.length)], ["Relations", String(edges.length)],
             ["Mentions", String(edges.reduce((s, e) => s + (e.count || 0), 0))]]),
      top.length ? el("h3", {}, "Most connected") : null,
      top.length ? el("ul", { className: "relations" }, ...top.map((n) =>
        el("li", {}, el("span", { className: "swatch", style: { background: typeColor(n.type) } }), nodeLink(n),
          el("span", { className: "muted" }, String(n.degree))))) : null,
    ];
  }
  function nodeDetails(n) {
    const out = [el("h2", {}, n.name), el("p", { className: "sub" }, badge(n.type), " ", n.id)];
    if (n.aliases.length) out.push(el("h3", {}, "Also called"), el("ul", {}, ...n.aliases.map((a) => el("li", {}, a))));
    const rels = n.edges.slice().sort((a, b) => a.type.localeCompare(b.type) || (b.count || 0) - (a.count || 0));
    out.push(el("h3", {}, `Relations (${rels.length})`));
    const list = el("ul", { className: "relations" });
    for (const e of rels) {
      const other = e.source === n ? e.target : e.source;
      const dir = e.symmetric ? "\u2194" : e.source === n ? "\u2192" : "\u2190";
      list.appendChild(el("li", { style: { opacity: edgeVisible(e) ? 1 : 0.5 } },
        el("a", { className: "link", onclick: () => select({ edge: e }) }, relTag(e.type)),
        el("span", { className: "muted" }, dir), nodeLink(other),
        el("span", { className: "muted" }, `×${e.count}`)));
    }
    out.push(list);
    return out;
  }
  function withTrigger(sentence, trigger) {  // the sentence, its trigger word marked
    const q = el("blockquote");
    trigger = trigger ? String(trigger) : "";
    const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
    if (at < 0) { q.textContent = sentence; return q; }
    q.append(sentence.slice(0, at), el("mark", {}, sentence.slice(at, at + trigger.length)), sentence.slice(at + trigger.length));
    return q;
  }
  function edgeDetails(e) {
    const out = [
      el("h2", {}, relTag(e.type)),
      el("p", { className: "sub" }, nodeLink(e.source), e.symmetric ? " \u2194 " : " \u2192 ", nodeLink(e.target)),
      facts([
        ["Mentions", String(e.count)],
        ["Articles", String(e.articles)],
        ["Stories", String(e.stories)],
        ["First seen", e.first_seen || "–"],
        ["Last seen", e.last_seen || "–"],
        ["Confidence", fmtConf(e.confidence)],
        ["Hedged", e.hedged_count ? String(e.hedged_count) : null],
        ["Role", e.role],
      ]),
      el("h3", {}, `Evidence (${e.evidence.length})`),
    ];
    if (!e.evidence.length) out.push(el("p", { className: "muted" }, "No sentences kept."));
    for (const ev of e.evidence) {
      out.push(withTrigger(String(ev.sentence || ""), ev.trigger));
      const meta = [ev.source, ev.date, ev.article ? "article " + ev.article : null].filter(Boolean).join(" · ");
      const notes = [ev.hedged ? "hedged" : null, ev.attributed_to ? "according to " + ev.attributed_to : null]
        .filter(Boolean).join(", ");
      out.push(el("p", { className: "source" }, meta, notes ? " — " + notes : ""));
    }
    return out;
  }
  function select(what) {
    selected = what;
    const params = new URLSearchParams();
    if (what && what.node) params.set("node", what.node.id);
    if (what && what.edge) ["source", "type", "target"].forEach((k, i) =>
      params.set(k, [what.edge.source.id, what.edge.type, what.edge.target.id][i]));
    const hash = params.toString() ? "#" + params.toString() : "";
    if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
    details.replaceChildren(...(what ? (what.node ? nodeDetails(what.node) : edgeDetails(what.edge)) : overview()));
    details.scrollTop = 0;
    draw();
  }

  // ---------------------------------------------------------------- start
  // The address can name what to show: #node=ID or #source=ID&type=TYPE&target=ID.
  function fromAddress() {
    const params = new URLSearchParams(location.hash.slice(1));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const node = byId.get(params.get("node"));
    if (node) return { node };
    const edge = edges.find((e) => e.source.id === params.get("source") && e.type === params.get("type") &&
                                   e.target.id === params.get("target"));
    return edge ? { edge } : null;
  }
  select(fromAddress());
  window.addEventListener("hashchange", () => select(fromAddress()));
  resize();
  document.body.dataset.layout = "running";
  requestAnimationFrame(simulate);
})();
"""
