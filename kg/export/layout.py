"""Node positions for the interactive view, computed once when the page is written.

A ForceAtlas2-style layout (Jacomy et al., 2014: repulsion between all pairs scaled by degree,
linear attraction along edges weighted by mentions, a gravity that keeps separate components
close), run with numpy on the nodes that hold the graph together, cooled to a standstill, from a
seeded start: the same graph always gets the same drawing. Nodes with one neighbour are then set
in a fan around it, and isolated nodes on a spiral outside the drawing, so that hiding them (the
view's default) leaves the picture of the core as it was.

Forces on the core only is what keeps this fast: on the corpus build (../shared/corpus, 3,673
entities with an edge, 810 of them with two or more neighbours) networkx's ``spring_layout`` of
every connected entity took 91 s where this whole layout took 21 s (300 passes over the 810), side
by side on a busy shared machine; this one takes 5.5 s on a quiet one.
"""
from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

SEED = 20240229
# Repulsion and gravity as set on the corpus build (../shared/corpus: bbc + guardian-syria): the
# UK-politics, Middle-East and sport clusters apart, hubs not piled on one another.
REPULSE = 40.0
GRAVITY = 0.3
GOLDEN = math.pi * (3 - math.sqrt(5))


def layout(G: nx.Graph, iterations: int | None = None, seed: int = SEED) -> dict[Hashable, tuple[float, float]]:
    """Positions ``{node: (x, y)}`` for every node of ``G``, rounded to 0.01; deterministic."""
    H = _simple(G)
    nodes = sorted(H, key=str)
    if not nodes:
        return {}
    degree = dict(H.degree())
    inner = [n for n in nodes if degree[n] >= 2]
    placed = set(inner)
    for comp in nx.connected_components(H):  # a component with no node of degree 2: one pair
        if len(comp) > 1 and not placed & comp:
            first = min(comp, key=str)
            inner.append(first)
            placed.add(first)
    inner.sort(key=str)
    pos = _force(H.subgraph(inner), inner, degree, iterations, seed)
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in H.subgraph(inner).edges())
    leaf_len = max(1.0, 0.6 * lengths[len(lengths) // 2]) if lengths else 10.0  # of a typical edge
    for hub in inner:  # leaves in a fan around their one neighbour, pointing away from the centre
        leaves = sorted((n for n in H[hub] if n not in placed), key=str)
        if not leaves:
            continue
        hx, hy = pos[hub]
        away = math.atan2(hy, hx) if (hx or hy) else 0.0
        width = min(2 * math.pi, 0.6 + 0.35 * len(leaves))
        for i, leaf in enumerate(leaves):
            angle = away + (i - (len(leaves) - 1) / 2) * width / max(1, len(leaves))
            ring = leaf_len * (1 + 0.35 * (i % 3))
            pos[leaf] = (hx + ring * math.cos(angle), hy + ring * math.sin(angle))
            placed.add(leaf)
    alone = [n for n in nodes if n not in placed]
    if alone:  # a sunflower spiral in a ring outside what is drawn
        outer = _radius(pos) if pos else 0.0
        step = max(leaf_len, outer / 40 if outer else 1.0)
        inside = (outer / step + 2) ** 2
        for i, node in enumerate(alone):
            r = step * math.sqrt(inside + i)
            pos[node] = (r * math.cos(i * GOLDEN), r * math.sin(i * GOLDEN))
    return {n: (round(float(pos[n][0]), 2), round(float(pos[n][1]), 2)) for n in nodes}


def _simple(G: nx.Graph) -> nx.Graph:
    """One undirected edge per linked pair, weighted by the mentions of all its relations."""
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        w = float(data.get("count") or 1)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def _force(H: nx.Graph, order: list, degree: dict, iterations: int | None, seed: int) -> dict:
    n = len(order)
    if n == 0:
        return {}
    if n == 1:
        return {order[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(order)}
    rng = np.random.default_rng(seed)
    angle = np.arange(n) * GOLDEN
    radius = 10.0 * np.sqrt(np.arange(n) + 0.5)
    xy = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    xy = xy[rng.permutation(n)]
    mass = np.array([degree[node] + 1.0 for node in order])
    src = np.array([index[u] for u, v in H.edges()], dtype=np.int64)
    dst = np.array([index[v] for u, v in H.edges()], dtype=np.int64)
    weight = np.array([1.0 + math.log(d["weight"]) for _, _, d in H.edges(data=True)])
    if iterations is None:  # fewer passes for big graphs: each costs n^2
        iterations = int(max(60, min(300, 3e8 / (n * n))))
    repulse, gravity = REPULSE, GRAVITY
    step = float(np.abs(xy).max()) / 10 + 1.0
    cool = (0.01) ** (1.0 / iterations)
    block = max(1, int(4e6 // n))
    for _ in range(iterations):
        force = np.zeros_like(xy)
        for lo in range(0, n, block):  # repulsion: k * m_i * m_j / d, all pairs, in blocks of rows
            hi = min(n, lo + block)
            dx = xy[lo:hi, None, 0] - xy[None, :, 0]
            dy = xy[lo:hi, None, 1] - xy[None, :, 1]
            d2 = dx * dx + dy * dy + 0.01
            f = repulse * mass[lo:hi, None] * mass[None, :] / d2
            force[lo:hi, 0] += (f * dx).sum(axis=1)
            force[lo:hi, 1] += (f * dy).sum(axis=1)
        if len(src):  # attraction along edges: linear in distance
            ex = xy[dst] - xy[src]
            pull = ex * weight[:, None]
            np.add.at(force, src, pull)
            np.add.at(force, dst, -pull)
        force -= gravity * mass[:, None] * xy / (np.linalg.norm(xy, axis=1)[:, None] + 1e-9)
        # numpy's sums may differ in the last bits from run to run (their SIMD order follows memory
        # alignment); rounding the forces to single precision keeps that noise out of the positions
        force = force.astype(np.float32).astype(np.float64)
        length = np.linalg.norm(force, axis=1)[:, None] + 1e-9
        xy += force / length * np.minimum(length / mass[:, None], step)
        step *= cool
    return {node: (xy[i, 0], xy[i, 1]) for i, node in enumerate(order)}


def _radius(pos: dict) -> float:
    if not pos:
        return 0.0
    return float(max(math.hypot(x, y) for x, y in pos.values()))
