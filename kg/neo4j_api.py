"""``kg.from_neo4j``: the graph read back out of Neo4j (a thin wrapper of ``loaders.neo4j``)."""
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
