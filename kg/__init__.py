"""kg: turn news articles into a knowledge graph of who does what to whom.

    import kg
    graph = kg.build(["articles/"])      # -> kg.KnowledgeGraph
    G = graph.to_networkx()               # networkx.MultiDiGraph
    graph.write("out/")                   # graph.json, graph.graphml, extractions.jsonl, report.json, index.html
    G2 = kg.from_neo4j("bolt://localhost:7687", ("neo4j", "password"))
    kg.remove_from_neo4j(["seeds/a1.txt"])   # takes articles out of the database again
"""
from .errors import (CatalogueError, ClusterError, DatabaseError, FormatError, InputError, KGError, ModelError,
                     OutputError, QueryError, SchemaError, UsageError)
from .knowledge_graph import KnowledgeGraph, build
from .neo4j_api import from_neo4j, remove_from_neo4j
from .version import __version__

__all__ = ["build", "KnowledgeGraph", "from_neo4j", "remove_from_neo4j",
           "KGError", "InputError", "UsageError", "CatalogueError",
           "OutputError", "ModelError", "DatabaseError", "QueryError", "ClusterError", "FormatError",
           "SchemaError"]
