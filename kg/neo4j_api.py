"""``kg.from_neo4j`` and ``kg.remove_from_neo4j``: thin wrappers of ``loaders.neo4j``."""
from __future__ import annotations

import networkx as nx


def from_neo4j(uri: str | None = None, auth: tuple[str, str] | None = None,
               database: str | None = None) -> nx.MultiDiGraph:
    """The entities and relations stored in Neo4j as a ``networkx.MultiDiGraph`` shaped like
    ``graph.json`` (nodes keyed by id; edges keyed by relation type). What is not given comes from
    NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. Raises ``kg.errors.DatabaseError``."""
    from loaders.neo4j import Neo4jConfig, read_graph

    user, password = auth if auth else (None, None)
    config = Neo4jConfig.from_env(uri=uri, user=user, password=password, database=database)
    return read_graph(config)


def remove_from_neo4j(articles, uri: str | None = None, auth: tuple[str, str] | None = None,
                      database: str | None = None) -> dict:
    """Take articles (ids, or the paths they were built from) out of Neo4j, as ``kg remove``:
    their evidence goes, the edges and entities they touched are derived again from what remains,
    and those nothing supports any more go. Returns ``{"removed": n, "not_found": [...]}``.
    Raises ``kg.errors.InputError`` when none is there, ``kg.errors.DatabaseError``."""
    from loaders.neo4j import Neo4jConfig, remove_articles

    if isinstance(articles, str):
        articles = [articles]
    user, password = auth if auth else (None, None)
    config = Neo4jConfig.from_env(uri=uri, user=user, password=password, database=database)
    return remove_articles(articles, config)
