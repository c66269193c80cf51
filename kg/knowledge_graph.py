"""The public result of a build: the merged graph, its report and the per-article extractions."""
from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import networkx as nx

from . import export
from .errors import UsageError
from .builddir import iter_extractions, read_graph, read_report
from .errors import InputError
from .pipeline import BATCH_CHARS, BATCH_SIZE, BuildOptions, preflight, run, temp_extractions


class KnowledgeGraph:
    """A built graph. ``to_networkx()`` hands it to other tools; ``write(dir)`` gives the files
    of ``kg build``."""

    def __init__(self, graph: nx.MultiDiGraph, report: dict, extractions_path: Path,
                 owns_extractions: bool = False) -> None:
        self.graph = graph
        self.report = report
        self.extractions_path = Path(extractions_path)
        self._owns = owns_extractions

    @classmethod
    def open(cls, build: str | os.PathLike) -> KnowledgeGraph:
        """The graph of a build directory written before (``kg build``, ``write``): its
        graph.json and report.json; ``extractions()`` reads its extractions.jsonl."""
        directory = Path(build)
        if not (directory / "graph.json").is_file():
            raise InputError(f"not a build directory (no graph.json): {build}")
        return cls(read_graph(directory), read_report(directory), directory / "extractions.jsonl")

    def __del__(self) -> None:
        if getattr(self, "_owns", False):
            self.extractions_path.unlink(missing_ok=True)

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {self.graph.number_of_nodes()} entities, "
                f"{self.graph.number_of_edges()} relations, {self.report.get('articles', 0)} articles>")

    def to_networkx(self) -> nx.MultiDiGraph:
        """A copy of the graph: nodes by entity id, edges keyed by relation type (see graph.json)."""
        return self.graph.copy()

    def extractions(self) -> Iterator[dict]:
        """Every article's extraction, as in extractions.jsonl."""
        return iter(iter_extractions(self.extractions_path))

    def timeline(self, actor: str) -> list[dict]:
        """The relations of an actor (id, name or alias), oldest first, with dates and evidence."""
        node = self.find(actor)
        if node is None:
            return []
        rows = []
        for u, v, key, data in self.graph.edges(node, keys=True, data=True):
            rows.append(self._row(u, v, key, data))
        for u, v, key, data in self.graph.in_edges(node, keys=True, data=True):
            rows.append(self._row(u, v, key, data))
        return sorted(rows, key=lambda r: (r["first_seen"] or "9999", r["type"], r["object"]))

    def _row(self, u: str, v: str, key: str, data: dict) -> dict:
        return {"subject": self.graph.nodes[u]["name"], "type": key, "object": self.graph.nodes[v]["name"],
                "first_seen": data["first_seen"], "last_seen": data["last_seen"], "count": data["count"],
                "confidence": data["confidence"], "evidence": [e["sentence"] for e in data["evidence"]]}

    def find(self, actor: str) -> str | None:
        """The node id of an actor given by id, name or alias (case-insensitive)."""
        if actor in self.graph:
            return actor
        wanted = actor.strip().lower()
        for node, data in self.graph.nodes(data=True):
            if data.get("name", "").lower() == wanted or wanted in (a.lower() for a in data.get("aliases", [])):
                return node
        return None

    def write(self, out: str | os.PathLike) -> Path:
        """Write graph.json, graph.graphml, extractions.jsonl, report.json and index.html into
        ``out``: all are written first in a hidden directory inside ``out``, then each replaces
        its old copy at once, so a write that fails half-way leaves the old files as they were."""
        return self._publish(out, move=False)

    def _publish(self, out: str | os.PathLike, move: bool) -> Path:
        from .outdir import prepare, publish, staging

        out = prepare(out)
        with staging(out) as staged:
            if move:
                os.replace(self.extractions_path, staged / "extractions.jsonl")
            else:
                shutil.copyfile(self.extractions_path, staged / "extractions.jsonl")
            started = time.perf_counter()
            export.write_json(self.graph, staged / "graph.json")
            export.write_graphml(self.graph, staged / "graph.graphml")
            export.write_html(self.graph, staged / "index.html", title="News knowledge graph",
                              articles=self._cited_articles(staged / "extractions.jsonl"))
            report = {**self.report, "counts": self.counts()}
            if "timings" in report:
                report["timings"] = {**report["timings"], "write_s": round(time.perf_counter() - started, 3)}
            (staged / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
            publish(staged, out)
        if move:
            self.extractions_path = out / "extractions.jsonl"
        return out

    def _cited_articles(self, extractions: Path) -> dict[str, dict]:
        """The ``article`` objects of extractions.jsonl that the graph's evidence cites, by id."""
        cited = {e.get("article") for _, _, d in self.graph.edges(data=True) for e in d.get("evidence") or ()}
        return {a["id"]: a for a in (x["article"] for x in iter_extractions(extractions)) if a.get("id") in cited}

    def counts(self) -> dict:
        G = self.graph
        degree = sorted(((d, n) for n, d in G.degree()), key=lambda x: (-x[0], x[1]))
        return {
            "entities": G.number_of_nodes(),
            "relations": G.number_of_edges(),
            "entities_by_type": dict(sorted(Counter(d["type"] for _, d in G.nodes(data=True)).items())),
            "relations_by_type": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
            "most_connected": [{"id": n, "name": G.nodes[n]["name"], "degree": d} for d, n in degree[:10]],
        }

    def summary(self) -> str:
        """A few lines for the terminal: what was read (articles, stories, duplicates, skipped
        with the commonest reasons, outside the period), entities and relations by type, the top
        actors, and the time of each stage."""
        c, r = self.counts(), self.report
        skipped = r.get("skipped", [])
        read = f"{r.get('articles', 0)} articles read"
        if "stories" in r:
            read += f" ({r['stories']} {'story' if r['stories'] == 1 else 'stories'}, {r.get('duplicates', 0)} duplicates)"
        read += f", {len(skipped)} skipped"
        if r.get("out_of_period") or (r.get("period") or {}).get("since") or (r.get("period") or {}).get("until"):
            read += f", {r.get('out_of_period', 0)} outside the period"
        lines = [f"{read}; {c['entities']} entities, {c['relations']} relations"]
        if skipped:
            reasons = Counter(_reason(s.get("reason")) for s in skipped)
            top = reasons.most_common(5)
            more = len(skipped) - sum(n for _, n in top)
            lines.append("skipped:   " + ", ".join(f"{_short(k, 70)} ({n})" for k, n in top)
                         + (f", other reasons ({more})" if more else ""))
        lines.append("entities:  " + ", ".join(f"{k} {v}" for k, v in c["entities_by_type"].items()))
        lines.append("relations: " + ", ".join(f"{k} {v}" for k, v in c["relations_by_type"].items()))
        lines.append("most connected: " + ", ".join(f"{_short(m['name'])} ({m['degree']})"
                                                    for m in c["most_connected"][:5]))
        t = r.get("timings") or {}
        if t:
            stages = [("loading the model", t.get("load_model_s")), ("extraction", t.get("extract_s")),
                      ("total", t.get("total_s"))]
            lines.append("time:      " + ", ".join(f"{k} {v:.1f} s" for k, v in stages
                                             if isinstance(v, (int, float)) and (v > 0 or k == "total")))
        return "\n".join(lines)


def _reason(reason: str | None) -> str:
    """A skip reason without the details that differ from file to file ("unreadable: ...")."""
    text = " ".join(str(reason or "unknown").split())
    return text.split(": ", 2)[0] + ": " + text.split(": ", 2)[1] if text.count(": ") >= 2 else text


def _short(name: str, limit: int = 60) -> str:
    """A name for the terminal: one line, at most ``limit`` characters."""
    name = " ".join(str(name).split())
    return name if len(name) <= limit else name[: limit - 3] + "..."


def build(inputs: Sequence[str] | str, out: str | os.PathLike | None = None, *, workers: int = 1,
          model: str | None = None, catalogue: Sequence[str] = (), field_map: dict | None = None,
          since: str | None = None, until: str | None = None, progress: bool | None = False,
          cache: bool = True, dask: str | None = None, batch_size: int | None = None,
          batch_chars: int | None = None, nlp=None) -> KnowledgeGraph:
    """Build a knowledge graph from articles (files, directories, globs).

    With ``out``, the files of ``kg build`` are written there as well, and (unless ``cache`` is
    False) each article's extraction is kept in ``out/.kg-cache/`` so that a later build into
    ``out`` extracts only the articles that are new or changed. One build at a time writes into
    ``out`` (``OutputError`` otherwise), it never reads its own files there as input, and its files
    replace those of the last build only once it has finished. ``workers`` > 1 extracts in that
    many processes; ``dask`` runs the extraction on a Dask cluster (a scheduler address, or
    "local"). The result is the same in every case. ``batch_size`` (documents) and ``batch_chars``
    (characters) bound each spaCy batch, and so the memory of each process that runs spaCy; they
    do not change the result (defaults: ``kg.pipeline.BATCH_SIZE`` and ``BATCH_CHARS``).
    ``nlp`` is a pipeline loaded before (``kg.nlp.load_pipeline(model, catalogue)``, or an object
    with its ``make_doc`` and ``pipe``) to run in this process instead of loading the model again,
    e.g. for builds in a loop; it is for one process (not with ``workers`` > 1 or ``dask``).
    """
    from .cache import CACHE_DIR

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if workers < 1:
        raise UsageError(f"workers must be at least 1, got {workers}")
    if nlp is not None and (workers > 1 or dask):
        raise UsageError("a loaded pipeline (nlp=) runs in this process: not with workers > 1 or dask")
    cache_dir = Path(out) / CACHE_DIR if out is not None and cache else None
    opts = BuildOptions(model=model, workers=workers, catalogue=tuple(catalogue), field_map=field_map,
                        since=since, until=until, progress=progress, cache_dir=cache_dir, dask=dask,
                        batch_size=BATCH_SIZE if batch_size is None else batch_size,
                        batch_chars=BATCH_CHARS if batch_chars is None else batch_chars)
    inputs = [str(i) for i in inputs]
    preflight(inputs, opts)
    if out is None:
        path = temp_extractions()
        builder, report = run(inputs, path, opts, nlp)
        return KnowledgeGraph(builder.freeze(), report, path, owns_extractions=True)
    from .outdir import build_lock, output_files, staging

    opts.exclude = output_files(out)
    with build_lock(out) as directory, staging(directory) as staged:
        builder, report = run(inputs, staged / "extractions.jsonl", opts, nlp)
        graph = KnowledgeGraph(builder.freeze(), report, staged / "extractions.jsonl")
        graph._publish(directory, move=True)
    return graph
