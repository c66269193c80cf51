"""Relation extraction from the dependency parse, driven by the trigger lexicon.

For each trigger word in a sentence (a verb such as "backs", an event noun such as "support",
an agent noun such as "ally"), the subject and object are found along dependency paths
(subjects, objects, prepositions, passives, relative clauses, coordination, appositions,
control verbs) and along two surface patterns of news English ("Maduro ally Cuba",
"Iranian-backed militias"). Each relation gets its flags: negated, hedged, attributed_to.

Modules: ``extractor`` (the entry point, triggers and types), ``arguments``, ``patterns``,
``places``, ``flags``; ``common`` holds the ``Found`` record and label sets.
"""
from .common import Found
from .extractor import RelationExtractor

__all__ = ["Found", "RelationExtractor"]
