"""Load speed on Neo4j: a build loaded batched against the same rows one per transaction.

    .venv/bin/python -m loaders.benchmark BUILD_DIR [--sample N] [--json]   # from the repository's root

Against ``NEO4J_URI`` (whose database it empties), or a Neo4j 5.26 started as the tests start it
(with Java and Maven: ``loaders.server``, which the test suite starts its Neo4j with too). It
measures, on the build:

1. the batched load (``load_build``) into an empty database: seconds, nodes/s and relationships/s
   (everything the load leaves in the database: entities, articles, evidence; mentions, evidence
   links, edges), and the seconds of each of its steps (``loaders.neo4j.LOAD_STEPS``: reading the
   build, connecting, constraints, stored digests, then per batch taking out an article's old
   contribution, writing entities, articles, mentions and evidence, deriving edges and entities,
   and committing);
2. loading the same build again (every article unchanged: a no-op);
3. taking one article out (``remove_articles``) and loading the build again, which adds just that
   article back: what one new article costs next to a full load;
4. the baseline: the first ``--sample`` articles written with the same statements one row per
   transaction (each entity, article, mention and statement, then each touched edge and entity
   derived in a transaction of its own), against the same articles batched: the speed-up.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from loaders.build import ArticleRows, plan_load, read_extractions
from loaders.neo4j import (
    ARTICLES,
    LOAD_STEPS,
    ENTITIES,
    EVIDENCE,
    MENTIONS,
    Neo4jConfig,
    _recompute_edges,
    _recompute_entities,
    _run,
    connect,
    create_constraints,
    load_build,
    read_graph,
    remove_articles,
    wipe_database,
)
from loaders.server import Neo4jServer, Neo4jSetupError


def totals(config: Neo4jConfig) -> tuple[int, int]:
    """(nodes, relationships) in the database."""
    driver = connect(config)
    try:
        nodes, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=config.database)
        rels, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_=config.database)
    finally:
        driver.close()
    return nodes[0]["n"], rels[0]["n"]


def sample_build(build_dir: Path, out: Path, keep: int | None = None, drop_last: bool = False) -> Path:
    """A build directory holding the first ``keep`` articles of ``build_dir`` (or all but the last)."""
    records = list(read_extractions(build_dir / "extractions.jsonl"))
    records = records[:-1] if drop_last else records[:keep]
    out.mkdir(parents=True, exist_ok=True)
    with (out / "extractions.jsonl").open("w", encoding="utf-8") as lines:
        for record in records:
            lines.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def row_per_transaction(config: Neo4jConfig, articles: list[ArticleRows]) -> None:
    """The load of ``articles`` with every row in a transaction of its own."""
    driver = connect(config)
    try:
        create_constraints(driver, config)
        with driver.session(database=config.database) as session:
            def write(cypher: str, row: dict) -> None:
                session.execute_write(lambda tx: _run(tx, cypher, rows=[row]))

            for art in articles:
                for row in art.entities.values():
                    write(ENTITIES, row)
                write(ARTICLES, {"id": art.id, "props": art.props})
                for row in art.mentions:
                    write(MENTIONS, {"article": art.id, **row})
                for row in art.evidence:
                    write(EVIDENCE, {"article": art.id, **row})
                for edge in sorted(art.edges()):
                    session.execute_write(_recompute_edges, {edge})
                for ent_id in sorted(art.entities):
                    session.execute_write(_recompute_entities, {ent_id})
    finally:
        driver.close()


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def measure(build_dir: str | os.PathLike, config: Neo4jConfig, sample: int = 200) -> dict:
    """The figures of the module docstring, as a dict."""
    build_dir = Path(build_dir)
    tmp = Path(tempfile.mkdtemp(prefix="kg-load-bench-"))
    try:
        plan = plan_load(build_dir)
        wipe_database(config)
        steps: dict[str, float] = {}
        started = time.perf_counter()
        counts = load_build(build_dir, config, steps=steps)
        full_s = time.perf_counter() - started
        nodes, rels = totals(config)
        started = time.perf_counter()
        again = load_build(build_dir, config)
        again_s = time.perf_counter() - started
        last = plan.articles[-1].id
        started = time.perf_counter()
        remove_articles([last], config)
        remove_s = time.perf_counter() - started
        started = time.perf_counter()
        one = load_build(build_dir, config)
        one_s = time.perf_counter() - started
        whole = read_graph(config)

        subset = plan.articles[:sample]
        wipe_database(config)
        started = time.perf_counter()
        row_per_transaction(config, subset)
        base_s = time.perf_counter() - started
        base_nodes, base_rels = totals(config)
        base_graph = read_graph(config)
        wipe_database(config)
        started = time.perf_counter()
        load_build(sample_build(build_dir, tmp / "sample", keep=sample), config)
        batched_s = time.perf_counter() - started
        sample_nodes, sample_rels = totals(config)
        same = base_graph.nodes(data=True) == read_graph(config).nodes(data=True) and \
            sorted(base_graph.edges(keys=True, data=True)) == sorted(read_graph(config).edges(keys=True, data=True))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    items = sample_nodes + sample_rels
    return {
        "articles": len(plan.articles), "rows": counts,
        "full": {"seconds": full_s, "nodes": nodes, "relationships": rels,
                 "steps": {name: steps.get(name, 0.0) for name in LOAD_STEPS},
                 "nodes_per_s": rate(nodes, full_s), "relationships_per_s": rate(rels, full_s),
                 "graph_edges": whole.number_of_edges()},
        "reload_unchanged": {"seconds": again_s, "unchanged": again["unchanged"], "batches": again["batches"]},
        "remove_one": {"seconds": remove_s},
        "add_one": {"seconds": one_s, "unchanged": one["unchanged"], "batches": one["batches"]},
        "sample": {"articles": len(subset), "nodes": sample_nodes, "relationships": sample_rels,
                   "batched_s": batched_s, "row_per_transaction_s": base_s,
                   "batched_items_per_s": rate(items, batched_s),
                   "row_per_transaction_items_per_s": rate(base_nodes + base_rels, base_s),
                   "speedup": base_s / batched_s if batched_s > 0 else None,
                   "same_graph": bool(same)},
    }


def server_config() -> tuple[Neo4jConfig, Neo4jServer | None]:
    """``NEO4J_URI``'s server, or a Neo4j started as the tests start it (``loaders.server``; to
    be stopped)."""
    if os.environ.get("NEO4J_URI"):
        return Neo4jConfig.from_env(), None
    try:
        server = Neo4jServer(root=Path(tempfile.mkdtemp(prefix="kg-bench-neo4j-")), password="kg-benchmark",
                             heap="2g").start()
    except Neo4jSetupError as error:
        raise SystemExit(f"set NEO4J_URI, or give this machine Java 17+ and Maven to start a Neo4j: {error}") from None
    return server.config, server


def report(figures: dict) -> str:
    full, sample = figures["full"], figures["sample"]
    return "\n".join([
        f"batched load of {figures['articles']} articles: {full['seconds']:.1f} s, "
        f"{full['nodes']} nodes ({full['nodes_per_s']:.0f}/s), {full['relationships']} relationships "
        f"({full['relationships_per_s']:.0f}/s)",
        "  its steps: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in full["steps"].items()),
        f"the same build again: {figures['reload_unchanged']['seconds']:.2f} s "
        f"({figures['reload_unchanged']['unchanged']} articles unchanged, "
        f"{figures['reload_unchanged']['batches']} batches written)",
        f"one article removed: {figures['remove_one']['seconds']:.2f} s; added back: "
        f"{figures['add_one']['seconds']:.2f} s ({figures['add_one']['batches']} batch)",
        f"{sample['articles']} articles, {sample['nodes']} nodes and {sample['relationships']} relationships: "
        f"batched {sample['batched_s']:.2f} s ({sample['batched_items_per_s']:.0f} items/s), one row per "
        f"transaction {sample['row_per_transaction_s']:.1f} s ({sample['row_per_transaction_items_per_s']:.0f} "
        f"items/s): {sample['speedup']:.1f}x; same graph: {sample['same_graph']}",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders.benchmark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build", metavar="BUILD_DIR")
    ap.add_argument("--sample", type=int, default=200, help="articles for the baseline (default 200)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args(argv)
    config, server = server_config()
    try:
        figures = measure(args.build, config, args.sample)
    finally:
        if server is not None:
            server.stop()
    print(report(figures))
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
