"""Entity resolution within one article: every mention of an actor gets one canonical entity.

Works on a parsed spaCy ``Doc`` whose entities came from the catalogue ruler (labels are the
schema's types, or ``DEMONYM``; ``ent_id_`` is the canonical id) and from the statistical NER
(PERSON, ORG, GPE...). It adds what the model cannot know: canonical names from the catalogue,
partial names ("Okafor" after "Grace Okafor"), capitals acting as governments, titles ("the
Syrian leader", "his Turkish counterpart"), collectives ("Assad's forces", "the rebels") and
personal pronouns. The result is a ``Resolution``: mentions by token, and the titles found.
"""
from .mentions import ACTOR_TYPES, M, Resolution, TitleFact, content_scope
from .resolver import Resolver

__all__ = ["ACTOR_TYPES", "M", "Resolution", "Resolver", "TitleFact", "content_scope"]
