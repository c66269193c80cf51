"""The one way from ``kg`` to ``loaders``: ``kg.from_neo4j``, ``kg.remove_from_neo4j`` and what the
CLI's database commands need, each a thin wrapper that imports ``loaders`` only when called.

``loaders`` depends on ``kg`` (types, schema, errors, the graph merge), never the reverse: this
module is the only one of ``kg`` that names ``loaders``, and only inside functions, so importing
``kg`` loads neither ``loaders`` nor the Neo4j driver (``tests/test_dependencies.py``).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import networkx as nx


def neo4j_config(uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None):
    """A ``loaders.neo4j.Neo4jConfig`` from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE
    and the arguments that are not None."""
    from loaders.neo4j import Neo4jConfig

    return Neo4jConfig.from_env(uri=uri, user=user, password=password, database=database)


def from_neo4j(uri: str | None = None, auth: tuple[str, str] | None = None,
               database: str | None = None) -> nx.MultiDiGraph:
    """The entities and relations stored in Neo4j as a ``networkx.MultiDiGraph`` shaped like
    ``graph.json`` (nodes keyed by id; edges keyed by relation type). What is not given comes from
    NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. Raises ``kg.errors.DatabaseError``."""
    user, password = auth if auth else (None, None)
    return read_graph(neo4j_config(uri, user, password, database))


def remove_from_neo4j(articles, uri: str | None = None, auth: tuple[str, str] | None = None,
                      database: str | None = None) -> dict:
    """Take articles (ids, or the paths they were built from) out of Neo4j, as ``kg remove``:
    their evidence goes, the edges and entities they touched are derived again from what remains,
    and those nothing supports any more go. Returns ``{"removed": n, "not_found": [...]}``.
    Raises ``kg.errors.InputError`` when none is there, ``kg.errors.DatabaseError``."""
    if isinstance(articles, str):
        articles = [articles]
    user, password = auth if auth else (None, None)
    return remove_articles(articles, neo4j_config(uri, user, password, database))


# --------------------------------------------------------------------------- for the CLI

def read_graph(config) -> nx.MultiDiGraph:
    """``loaders.neo4j.read_graph``: the graph held by the database of ``config``."""
    from loaders.neo4j import read_graph as read

    return read(config)


def load_build(build_dir: str | os.PathLike, config, **kwargs: Any) -> dict:
    """``loaders.neo4j.load_build``: add a build directory to the database (``kg load``)."""
    from loaders.neo4j import load_build as load

    return load(build_dir, config, **kwargs)


def remove_articles(keys: Iterable[str], config) -> dict:
    """``loaders.neo4j.remove_articles``: take articles out of the database (``kg remove``)."""
    from loaders.neo4j import remove_articles as remove

    return remove(keys, config)


def find_query(name_or_path: str):
    """``loaders.library.find_query``: a Cypher file, or a query of the library by name."""
    from loaders.library import find_query as find

    return find(name_or_path)


def parse_example(path: str | os.PathLike) -> dict:
    """``loaders.neo4j.parse_example``: the parameters of a query file's ``// example:`` line."""
    from loaders.neo4j import parse_example as parse

    return parse(path)


def run_query(path: str | os.PathLike, params: dict | None, config, **kwargs: Any):
    """``loaders.neo4j.run_query``: (columns, rows) of a read-only query (``kg query``)."""
    from loaders.neo4j import run_query as run

    return run(path, params, config, **kwargs)


def write_import_files(G: nx.MultiDiGraph, out: str | os.PathLike) -> str:
    """``loaders.bulk.write_import_files``: the CSV files of ``neo4j-admin database import``
    (``kg export --format csv``); returns the command that imports them."""
    from loaders.bulk import write_import_files as write

    return write(G, out)


def load_benchmark(build_dir, baseline_articles: int) -> dict:
    """The Neo4j load of a build measured by ``loaders.benchmark`` (for ``kg.benchmark``): every
    step, a reload, one article, the row-per-transaction baseline."""
    from loaders.benchmark import measure, server_config

    config, server = server_config()
    try:
        figures = measure(build_dir, config, baseline_articles)
    finally:
        if server is not None:
            server.stop()
    figures["server"] = "NEO4J_URI" if server is None else "Neo4j 5.26 (loaders.server)"
    return figures


def load_benchmark_report(figures: dict) -> str:
    from loaders.benchmark import report

    return report(figures)
