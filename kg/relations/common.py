"""Shared pieces of relation extraction: the found-relation record and dependency label sets."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..resolve import M

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
COMPLEMENTS = ("ccomp", "xcomp", "parataxis", "pcomp", "advcl", "acl", "relcl", "prep", "pobj")
CLAUSE_LINKS = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl")


@dataclass(slots=True)


class Found:
    """A relation found in a sentence, before it becomes a ``kg.types.Relation``."""

    subject: M
    type: str
    object: M
    trigger: Token
    start: int  # token span of the evidence (the sentence)
    end: int
    role: str | None = None
    confidence: float = 0.7
    negated: bool = False
    hedged: bool = False
    attributed_to: M | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    former: bool = False
