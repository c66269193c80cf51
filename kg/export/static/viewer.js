"use strict";
// The view of index.html: graphology holds the graph, sigma.js draws it with WebGL. Positions come
// precomputed from Python (kg/export/layout.py). Text from the graph reaches the DOM through text
// nodes only. The state of the filters is applied by sigma's reducers, so nothing is rebuilt on a
// change: a filter recomputes which nodes and edges show, then asks sigma to redraw.
(function () {
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const TYPE_COLORS = {
    Person: "#4e79a7", State: "#e15759", Group: "#f28e2b", Organization: "#59a14f",
    Place: "#76b7b2", Event: "#b07aa1", Unknown: "#9aa0a6",
  };
  const REL_COLORS = {
    ALLY_OF: "#2b8a3e", BACKS: "#74b816", OPPOSES: "#e8590c", FIGHTS: "#c92a2a", MET_WITH: "#1c7ed6",
    CALLED_ON: "#ae3ec9", MEMBER_OF: "#845ef7", LEADS: "#364fc7", AFFILIATED_WITH: "#0c8599",
    PARTICIPATES_IN: "#f08c00", LOCATED_IN: "#868e96",
  };
  const DIM_NODE = "#dfe2e8", DIM_EDGE = "#eceef2";
  const SYMMETRIC = new Set(DATA.symmetric);
  const ARTICLES = DATA.articles || {};
  const nodes = DATA.nodes, edges = DATA.edges;

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
  const typeColor = (t) => TYPE_COLORS[t] || TYPE_COLORS.Unknown;
  const relColor = (t) => REL_COLORS[t] || "#868e96";
  const fmtConf = (c) => (typeof c === "number" ? c.toFixed(2) : "–");

  // ---------------------------------------------------------------- dashed edges
  // An edge every mention of which is hedged is drawn dashed. Sigma 3 has no dashed program, so
  // these are sigma's own straight and arrow-body programs with two lines added to their shaders:
  // the vertex shader passes on each point's distance along the edge in screen pixels, and the
  // fragment shader leaves every GAP pixels out of DASH + GAP. Only the drawing pass is dashed:
  // the picking pass (what a click hits) still draws the whole edge, gaps included.
  const DASH = 6, GAP = 4;  // CSS pixels
  function patched(source, anchor, addition, where) {
    if (!source.includes(anchor)) throw new Error("dashed edges: sigma's shader has changed: no " + anchor);
    return source.replace(anchor, where === "before" ? addition + anchor : anchor + addition);
  }
  function dashed(Base) {
    return class extends Base {
      getDefinition() {
        const d = super.getDefinition();
        let vertex = patched(d.VERTEX_SHADER_SOURCE, "void main() {", "uniform vec2 u_dashViewport;\nvarying float v_along;\n", "before");
        vertex = vertex.replace(/(\n\s*gl_Position = [^;]+;)/, (line) => line + `
  vec2 kgStart = (u_matrix * vec3(a_positionStart, 1)).xy * u_dashViewport;
  vec2 kgEdge = (u_matrix * vec3(a_positionEnd, 1)).xy * u_dashViewport - kgStart;
  v_along = length(kgEdge) > 0.0 ? dot(gl_Position.xy * u_dashViewport - kgStart, normalize(kgEdge)) : 0.0;`);
        if (!vertex.includes("v_along =")) throw new Error("dashed edges: sigma's shader has changed: no gl_Position");
        let fragment = patched(d.FRAGMENT_SHADER_SOURCE, "void main(", "varying float v_along;\n", "before");
        fragment = patched(fragment, "gl_FragColor = mix(v_color, transparent, t);",
          `\n  if (mod(v_along, ${DASH + GAP}.0) > ${DASH}.0) gl_FragColor = transparent;`, "after");
        return { ...d, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment, UNIFORMS: d.UNIFORMS.concat(["u_dashViewport"]) };
      }
      setUniforms(params, program) {
        super.setUniforms(params, program);
        // clip space (-1..1) to CSS pixels from the centre
        program.gl.uniform2f(program.uniformLocations.u_dashViewport, params.width / 2, params.height / 2);
      }
    };
  }
  const R = Sigma.rendering;
  const EDGE_PROGRAMS = {
    dashed: dashed(R.EdgeRectangleProgram),
    dashedArrow: R.createEdgeCompoundProgram([dashed(R.createEdgeClampedProgram()), R.createEdgeArrowHeadProgram()]),
  };

  // ---------------------------------------------------------------- the graph
  const neighbours = nodes.map(() => new Set());
  nodes.forEach((n, i) => { n.index = i; n.edges = []; n.lower = [n.name].concat(n.aliases).map((s) => s.toLowerCase()); });
  edges.forEach((e, i) => {
    e.index = i; e.source = nodes[e.s]; e.target = nodes[e.t];
    e.symmetric = SYMMETRIC.has(e.type) || !DATA.directed;
    e.source.edges.push(e); e.target.edges.push(e);
    if (e.s !== e.t) { neighbours[e.s].add(e.t); neighbours[e.t].add(e.s); }
    e.hedgedOnly = e.hedged_count > 0 && e.hedged_count >= (e.count || 1);
    e.from = e.first_seen ? e.first_seen.slice(0, 7) : null;
    e.until = e.last_seen ? e.last_seen.slice(0, 7) : e.from;
  });
  nodes.forEach((n, i) => { n.degree = neighbours[i].size; });
  const byDegree = nodes.slice().sort((a, b) => b.degree - a.degree || a.index - b.index);
  const graph = new graphology.MultiDirectedGraph();
  nodes.forEach((n, i) => graph.addNode(String(i), {
    x: n.x, y: -n.y, label: n.name, color: typeColor(n.type), size: (nodes.length > 300 ? 1.5 : 4) + Math.min(14, 0.9 * Math.sqrt(n.degree)),
  }));
  edges.forEach((e, i) => {
    if (e.s === e.t) return;
    graph.addEdgeWithKey(String(i), String(e.s), String(e.t), {
      size: Math.min(6, 0.6 + 0.9 * Math.log2(1 + (e.count || 1))), color: relColor(e.type),
      type: e.hedgedOnly ? (e.symmetric ? "dashed" : "dashedArrow") : e.symmetric ? "line" : "arrow",
    });
  });

  // ---------------------------------------------------------------- what is shown
  const months = (() => {  // every month from the first date to the last, for the period sliders
    let lo = null, hi = null;
    for (const e of edges) {
      if (e.from && (!lo || e.from < lo)) lo = e.from;
      if (e.until && (!hi || e.until > hi)) hi = e.until;
    }
    if (!lo) return [];
    const out = [];
    let [y, m] = lo.split("-").map(Number);
    const [y1, m1] = hi.split("-").map(Number);
    while ((y < y1 || (y === y1 && m <= m1)) && out.length < 1200) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  })();
  const state = {
    hiddenTypes: new Set(), hiddenRels: new Set(), minDegree: DATA.default_min_degree || 0, minConfidence: 0,
    from: 0, to: Math.max(0, months.length - 1), undated: true, hedged: true,
    focus: null, depth: 1, edge: null, matches: new Set(),
  };
  const edgeOk = new Uint8Array(edges.length), nodeShown = new Uint8Array(nodes.length);
  const edgeShown = new Uint8Array(edges.length), inFocus = new Uint8Array(nodes.length);
  const degreeNow = new Int32Array(nodes.length);
  let focusing = false, shownNodes = 0, shownEdges = 0, focusLabels = new Set();

  function edgePasses(e) {
    if (state.hiddenRels.has(e.type) || state.hiddenTypes.has(e.source.type) || state.hiddenTypes.has(e.target.type)) return false;
    if (state.minConfidence > 0 && !((e.confidence || 0) >= state.minConfidence - 1e-9)) return false;
    if (!state.hedged && e.hedgedOnly) return false;
    if (!months.length) return true;
    if (!e.from) return state.undated;
    return e.from <= months[state.to] && e.until >= months[state.from];
  }
  function compute() {
    const seen = nodes.map(() => new Set());
    edges.forEach((e, i) => {
      edgeOk[i] = edgePasses(e) ? 1 : 0;
      if (edgeOk[i] && e.s !== e.t) { seen[e.s].add(e.t); seen[e.t].add(e.s); }
    });
    nodes.forEach((n, i) => {
      degreeNow[i] = seen[i].size;
      nodeShown[i] = !state.hiddenTypes.has(n.type) && degreeNow[i] >= state.minDegree ? 1 : 0;
    });
    inFocus.fill(0);
    focusing = state.focus !== null;
    if (focusing) {  // the focused node and what lies within `depth` steps of it, over passing edges
      let ring = [state.focus];
      inFocus[state.focus] = 1;
      for (let step = 0; step < state.depth && ring.length; step++) {
        const next = [];
        for (const i of ring) for (const e of nodes[i].edges) {
          if (!edgeOk[e.index]) continue;
          const j = e.s === i ? e.t : e.s;
          if (!inFocus[j]) { inFocus[j] = 1; next.push(j); }
        }
        ring = next;
      }
      for (let i = 0; i < nodes.length; i++) if (inFocus[i]) nodeShown[i] = 1;
    }
    // labels for the focused node and its best-connected company; the others as room allows
    focusLabels = new Set(focusing ? byDegree.filter((n) => inFocus[n.index]).slice(0, 16).map((n) => n.index) : []);
    shownNodes = 0; shownEdges = 0;
    for (let i = 0; i < nodes.length; i++) shownNodes += nodeShown[i];
    edges.forEach((e, i) => {
      edgeShown[i] = edgeOk[i] && nodeShown[e.s] && nodeShown[e.t] && e.s !== e.t ? 1 : 0;
      shownEdges += edgeShown[i];
    });
    document.body.dataset.renderedNodes = String(shownNodes);
    document.body.dataset.renderedEdges = String(shownEdges);
    document.getElementById("stats").textContent =
      `${shownNodes} of ${nodes.length} entities · ${shownEdges} of ${edges.length} relations`;
  }

  // ---------------------------------------------------------------- drawing
  const container = document.getElementById("stage");
  const renderer = new Sigma(graph, container, {
    zIndex: true, enableEdgeEvents: true, renderEdgeLabels: false, hideEdgesOnMove: edges.length > 20000,
    labelFont: "system-ui, sans-serif", labelSize: 12, labelColor: { color: "#1d2330" },
    labelDensity: nodes.length > 300 ? 1 : 3, labelGridCellSize: 70, labelRenderedSizeThreshold: nodes.length > 300 ? 3.5 : 1,
    minEdgeThickness: 0.8, defaultEdgeType: "line", stagePadding: 24, edgeProgramClasses: EDGE_PROGRAMS,
    nodeReducer: (key, data) => {
      const i = +key;
      if (!nodeShown[i]) return { ...data, hidden: true };
      const out = { ...data };
      const mark = state.matches.has(i) || i === state.focus;
      if (focusing && !inFocus[i]) { out.color = DIM_NODE; out.label = ""; out.zIndex = 0; }
      else { out.zIndex = 1; if (focusing && focusLabels.has(i)) out.forceLabel = true; }
      if (mark) { out.highlighted = true; out.forceLabel = true; out.zIndex = 2; }
      if (state.edge && (state.edge.s === i || state.edge.t === i)) { out.forceLabel = true; out.highlighted = true; }
      return out;
    },
    edgeReducer: (key, data) => {
      const i = +key;
      if (!edgeShown[i]) return { ...data, hidden: true };
      const e = edges[i];
      const out = { ...data };
      if (focusing && !(inFocus[e.s] && inFocus[e.t])) { out.color = DIM_EDGE; out.zIndex = 0; }
      else out.zIndex = 1;
      if (state.edge === e) { out.size = (data.size || 1) * 2.2; out.zIndex = 2; }
      return out;
    },
  });
  function redraw() { compute(); renderer.refresh({ skipIndexation: true }); }
  function frame() {  // sigma fits the drawing to the nodes shown, not to every node of the graph
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < nodes.length; i++) {
      if (!nodeShown[i]) continue;
      const x = nodes[i].x, y = -nodes[i].y;
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
    }
    if (x0 === Infinity) renderer.setCustomBBox(null);
    else {
      const pad = Math.max(1, 0.02 * Math.max(x1 - x0, y1 - y0));
      renderer.setCustomBBox({ x: [x0 - pad, x1 + pad], y: [y0 - pad, y1 + pad] });
    }
    renderer.refresh({ skipIndexation: false });
  }
  function fit() { frame(); renderer.getCamera().animatedReset({ duration: 300 }); }
  function centerOn(i) {
    const d = renderer.getNodeDisplayData(String(i));
    if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.35) }, { duration: 400 });
  }
  // Dragging a node moves it (and its edges); the camera stays. A press that moved is a drag,
  // not a click: it leaves the focus as it was.
  let dragged = null, justDragged = false;
  renderer.on("downNode", ({ node, event }) => { dragged = { node, x: event.x, y: event.y, moved: false }; });
  renderer.on("moveBody", ({ event }) => {
    if (!dragged || (!dragged.moved && Math.hypot(event.x - dragged.x, event.y - dragged.y) < 3)) return;
    dragged.moved = true;
    const at = renderer.viewportToGraph(event), n = nodes[+dragged.node];
    graph.mergeNodeAttributes(dragged.node, { x: at.x, y: at.y });
    n.x = at.x; n.y = -at.y;
    container.style.cursor = "grabbing";
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  renderer.getMouseCaptor().on("mouseup", () => {  // wherever the button is let go
    if (dragged && dragged.moved) {
      document.body.dataset.dragged = nodes[+dragged.node].id;
      justDragged = true;
      setTimeout(() => { justDragged = false; }, 0);  // the click that ends the drag comes first
    }
    dragged = null;
    if (container.style.cursor === "grabbing") container.style.cursor = "";
  });
  renderer.on("clickNode", ({ node }) => { if (!justDragged) select({ node: nodes[+node] }); });
  renderer.on("clickEdge", ({ edge }) => select({ edge: edges[+edge] }));
  renderer.on("clickStage", () => { if (!justDragged) select(null); });
  renderer.on("enterNode", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", () => { container.style.cursor = ""; });
  renderer.on("enterEdge", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveEdge", () => { container.style.cursor = ""; });
  document.getElementById("fit").addEventListener("click", fit);
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { select(null); clearSearch(); }
    if (ev.key === "/" && document.activeElement !== search) { ev.preventDefault(); search.focus(); }
  });

  // ---------------------------------------------------------------- search
  const search = document.getElementById("search");
  const results = document.getElementById("results");
  function clearSearch() { search.value = ""; state.matches = new Set(); results.hidden = true; redraw(); }
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
    const q = search.value.trim().toLowerCase();
    for (const n of found.slice(0, 12)) {
      const alias = n.name.toLowerCase().includes(q) ? null : n.aliases.find((a) => a.toLowerCase().includes(q));
      results.appendChild(el("li", { onmousedown: (ev) => { ev.preventDefault(); choose(n); } },
        el("span", { className: "swatch", style: { background: typeColor(n.type) } }),
        n.name, alias ? el("span", { className: "alias" }, "also " + alias) : null,
        el("span", { className: "muted" }, String(n.degree))));
    }
    if (found.length > 12) results.appendChild(el("li", { className: "alias" }, `… ${found.length - 12} more`));
    results.hidden = found.length === 0;
  }
  function choose(n) {
    results.hidden = true; state.matches = new Set([n.index]);
    state.hiddenTypes.delete(n.type); syncFilters();
    select({ node: n }); centerOn(n.index);
  }
  search.addEventListener("input", () => {
    const found = find(search.value);
    state.matches = new Set(found.slice(0, 200).map((n) => n.index)); showResults(found); redraw();
  });
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const found = find(search.value); if (found.length) choose(found[0]); }
  });
  search.addEventListener("blur", () => { results.hidden = true; });

  // ---------------------------------------------------------------- filters
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
    const box = el("input", { type: "checkbox", value: name });
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(name); else hidden.add(name);
      changed();
    });
    boxes[kind].set(name, box);
    return el("li", {}, el("label", { title: name }, box, mark, label, el("span", { className: "count" }, String(count))));
  }
  const typeList = document.getElementById("entity-types");
  for (const t of typeOrder) {
    if (!typeCounts.has(t) && !TYPE_COLORS[t]) continue;
    const mark = el("span", { className: "swatch", style: { background: typeColor(t) } });
    typeList.appendChild(filterItem("type", t, t, typeCounts.get(t) || 0, mark, state.hiddenTypes));
  }
  const relList = document.getElementById("relation-types");
  for (const t of relOrder) {
    if (!relCounts.has(t)) continue;
    const symmetric = SYMMETRIC.has(t);
    const mark = el("span", { className: "stroke", style: { background: relColor(t) } });
    const label = el("span", { title: symmetric ? "symmetric" : "directed" }, t, symmetric ? " \u2194" : " \u2192");
    relList.appendChild(filterItem("rel", t, label, relCounts.get(t), mark, state.hiddenRels));
  }
  function syncFilters() {
    for (const [t, box] of boxes.type) box.checked = !state.hiddenTypes.has(t);
    for (const [t, box] of boxes.rel) box.checked = !state.hiddenRels.has(t);
  }
  function setAllRels(on) {
    for (const t of relCounts.keys()) if (on) state.hiddenRels.delete(t); else state.hiddenRels.add(t);
    syncFilters(); changed();
  }
  document.getElementById("rel-all").addEventListener("click", () => setAllRels(true));
  document.getElementById("rel-none").addEventListener("click", () => setAllRels(false));

  const minDegree = document.getElementById("min-degree"), showAll = document.getElementById("show-all");
  const minConfidence = document.getElementById("min-confidence");
  const dateFrom = document.getElementById("date-from"), dateTo = document.getElementById("date-to");
  const undated = document.getElementById("undated");
  minDegree.max = String(Math.max(2, Math.min(30, byDegree.length ? byDegree[0].degree : 2)));
  minDegree.value = String(state.minDegree);
  if (months.length) {
    dateFrom.max = dateTo.max = String(months.length - 1);
    dateFrom.value = "0"; dateTo.value = String(months.length - 1);
  } else {
    document.getElementById("period").hidden = true;
  }
  function syncControls() {
    showAll.checked = state.minDegree === 0;
    document.getElementById("min-degree-value").textContent = String(state.minDegree);
    document.getElementById("min-confidence-value").textContent = state.minConfidence.toFixed(2);
    document.getElementById("period-value").textContent = months.length ? `${months[state.from]} – ${months[state.to]}` : "";
  }
  minDegree.addEventListener("input", () => { state.minDegree = +minDegree.value; changed(); frame(); });
  showAll.addEventListener("change", () => {
    state.minDegree = showAll.checked ? 0 : Math.max(2, DATA.default_min_degree || 2);
    minDegree.value = String(state.minDegree); changed(); fit();
  });
  minConfidence.addEventListener("input", () => { state.minConfidence = +minConfidence.value; changed(); });
  dateFrom.addEventListener("input", () => {
    state.from = +dateFrom.value;
    if (state.from > state.to) { state.to = state.from; dateTo.value = dateFrom.value; }
    changed();
  });
  dateTo.addEventListener("input", () => {
    state.to = +dateTo.value;
    if (state.to < state.from) { state.from = state.to; dateFrom.value = dateTo.value; }
    changed();
  });
  undated.addEventListener("change", () => { state.undated = undated.checked; changed(); });
  const hedged = document.getElementById("hedged");
  hedged.addEventListener("change", () => { state.hedged = hedged.checked; changed(); });
  const drawer = document.getElementById("filters"), toggle = document.getElementById("toggle-filters");
  toggle.addEventListener("click", () => {
    const open = drawer.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
  function changed() {
    syncControls();
    redraw();
    if (state.edge && !edgeShown[state.edge.index]) select(null);
    else if (state.focus !== null || state.edge) show();
    else details.replaceChildren(...overview());
  }

  // ---------------------------------------------------------------- details panel
  const details = document.getElementById("details");
  const badge = (t) => el("span", { className: "badge", style: { background: typeColor(t) } }, t);
  const relTag = (t) => el("span", { className: "rel", style: { color: relColor(t) } }, t);
  const nodeLink = (n) => el("a", { className: "link", onclick: () => { select({ node: n }); centerOn(n.index); } }, n.name);
  function facts(rows) {
    const dl = el("dl");
    for (const [k, v] of rows) if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v));
    return dl;
  }
  function overview() {
    const top = byDegree.filter((n) => nodeShown[n.index] && degreeNow[n.index] > 0).slice(0, 12);
    return [
      el("h2", {}, "Overview"),
      el("p", { className: "sub" }, "Click a node to focus on its neighbours, an edge to read what the articles say."),
      facts([["Entities", `${shownNodes} shown of ${nodes.length}`], ["Relations", `${shownEdges} shown of ${edges.length}`],
             ["Mentions", String(edges.reduce((s, e) => s + (e.count || 0), 0))],
             ["Articles", DATA.article_count ? String(DATA.article_count) : null]]),
      top.length ? el("h3", {}, "Most connected") : null,
      top.length ? el("ul", { className: "relations" }, ...top.map((n) =>
        el("li", {}, el("span", { className: "swatch", style: { background: typeColor(n.type) } }), nodeLink(n),
          el("span", { className: "muted" }, String(n.degree))))) : null,
    ];
  }
  function nodeDetails(n) {
    const within = inFocus.reduce((s, x) => s + x, 0) - 1;
    const out = [el("h2", {}, n.name), el("p", { className: "sub" }, badge(n.type), " ", n.id)];
    out.push(el("div", { className: "actions" },
      el("button", { type: "button", id: "expand", onclick: () => { state.depth += 1; changed(); } }, `Expand (${state.depth + 1} steps)`),
      state.depth > 1 ? el("button", { type: "button", id: "narrow", onclick: () => { state.depth -= 1; changed(); } }, "Narrow") : null,
      el("button", { type: "button", id: "unfocus", onclick: () => select(null) }, "Clear focus")));
    out.push(el("p", { className: "muted", id: "focus-count" },
      `${within} ${within === 1 ? "entity" : "entities"} within ${state.depth} ${state.depth === 1 ? "step" : "steps"}`));
    if (n.aliases.length) out.push(el("h3", {}, "Also called"), el("ul", {}, ...n.aliases.map((a) => el("li", {}, a))));
    const rels = n.edges.slice().sort((a, b) => a.type.localeCompare(b.type) || (b.count || 0) - (a.count || 0));
    out.push(el("h3", {}, `Relations (${rels.length})`));
    const list = el("ul", { className: "relations" });
    for (const e of rels) {
      const other = e.source === n ? e.target : e.source;
      const dir = e.symmetric ? "\u2194" : e.source === n ? "\u2192" : "\u2190";
      list.appendChild(el("li", { style: { opacity: edgeOk[e.index] ? 1 : 0.5 } },
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
  function articleLine(ev) {  // title, date, source, and the address or file of the article
    const a = ARTICLES[ev.article] || {};
    const p = el("p", { className: "source" });
    p.appendChild(el("span", { className: "title" }, a.title || "article " + (ev.article || "?")));
    const meta = [ev.date || a.date, ev.source || a.source].filter(Boolean).join(" · ");
    if (meta) p.append(meta);
    const where = a.url || a.path;
    if (where) {
      p.append(meta ? " · " : "");
      if (a.url && /^https?:/i.test(a.url)) {
        const link = el("a", { className: "link", target: "_blank", rel: "noopener noreferrer" }, a.url);
        link.href = a.url;
        p.append(link);
      } else {
        p.append(el("span", { className: "path" }, where));
      }
    }
    const notes = [ev.hedged ? "hedged" : null, ev.attributed_to ? "according to " + ev.attributed_to : null]
      .filter(Boolean).join(", ");
    if (notes) p.append(" — " + notes);
    return p;
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
    for (const ev of e.evidence) out.push(withTrigger(String(ev.sentence || ""), ev.trigger), articleLine(ev));
    return out;
  }
  function show() {
    const what = state.edge ? edgeDetails(state.edge) : state.focus !== null ? nodeDetails(nodes[state.focus]) : overview();
    details.replaceChildren(...what);
  }
  function select(what) {
    const node = what && what.node ? what.node : null, edge = what && what.edge ? what.edge : null;
    if (!node || node.index !== state.focus) state.depth = 1;
    state.focus = node ? node.index : null;
    state.edge = edge;
    if (edge) { state.hiddenRels.delete(edge.type); state.hiddenTypes.delete(edge.source.type); state.hiddenTypes.delete(edge.target.type); syncFilters(); }
    if (node) { state.hiddenTypes.delete(node.type); syncFilters(); }
    const params = new URLSearchParams();
    if (node) params.set("node", node.id);
    if (edge) ["source", "type", "target"].forEach((k, i) => params.set(k, [edge.source.id, edge.type, edge.target.id][i]));
    const hash = params.toString() ? "#" + params.toString() : "";
    if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
    redraw();
    if (edge && !edgeShown[edge.index]) {  // an edge named in the address but filtered out: show it anyway
      state.minDegree = 0; state.minConfidence = 0; state.undated = true; state.hedged = true; hedged.checked = true;
      state.from = 0; state.to = Math.max(0, months.length - 1);
      minDegree.value = "0"; minConfidence.value = "0"; undated.checked = true;
      dateFrom.value = "0"; dateTo.value = String(state.to);
      syncControls(); redraw();
    }
    show();
    details.scrollTop = 0;
  }

  // ---------------------------------------------------------------- start
  // The address can name what to show: #node=ID or #source=ID&type=TYPE&target=ID.
  function fromAddress() {
    const params = new URLSearchParams(location.hash.slice(1));
    const node = nodes.find((n) => n.id === params.get("node"));
    if (node) return { node };
    const edge = edges.find((e) => e.source.id === params.get("source") && e.type === params.get("type") &&
                                   e.target.id === params.get("target"));
    return edge ? { edge } : null;
  }
  window.addEventListener("hashchange", () => select(fromAddress()));
  renderer.once("afterRender", () => {
    document.body.dataset.drawnMs = String(Math.round(performance.now()));
    document.body.dataset.layout = "settled";
  });
  syncControls();
  compute();
  frame();
  select(fromAddress());
  const start = fromAddress();
  if (start && start.node) centerOn(start.node.index);
  window.kgView = { state, renderer, graph, changed, select, nodes, edges, months };  // for tests and the console
})();
