"""Faster, identical versions of two rule components of the statistical model.

Both components give every token an answer that depends on a few of its own attributes only, yet
spaCy works it out afresh for every token of every doc:

- the rule lemmatizer (``memoize_lemmas``): its answer depends on the form, the POS and the
  morphology; spaCy remembers the answers for inflected forms only, so a base form (most tokens)
  is worked out again every time it occurs;
- the attribute ruler (``fast_attribute_ruler``): the tag map and the exceptions of
  ``en_core_web_*`` (POS and morphology from the tag, lemmas of contractions) are patterns of one
  token, or of two, over its tag, lower-case form, dependency label and whether it is space.
  spaCy's ``Matcher`` tries the 180 patterns at every token (an eighth of the model's time); here
  the patterns that can match a token are found once per combination of those four values.

Each keeps the component's object and its answers: the same lemmas, tags, POS and morphology
(``tests/test_model_memo.py`` compares them with spaCy's own, token by token). A model whose
component uses anything else (other attributes, operators, quantifiers, extension attributes)
keeps spaCy's own.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

LEMMA_MEMO_SIZE = 200_000  # (form, POS, morphology) keys remembered per lemmatizer, at most
SIGNATURE_MEMO_SIZE = 200_000  # (tag, lower, dep, space) combinations remembered, at most
_READS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # token attributes the fast attribute ruler can test
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]


def memoize_lemmas(nlp: Language) -> None:
    """Gives a rule lemmatizer a memo of whole answers (see the module's note)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "rule_lemmatize"):
        return
    rule = lemmatizer.rule_lemmatize
    memo: dict[tuple, list[str]] = {}

    def lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) >= LEMMA_MEMO_SIZE:
                memo.clear()
            found = memo[key] = rule(token)
        return found

    lemmatizer.lemmatize = lemmatize


def _test(spec, value) -> bool:
    """One attribute test of a Matcher pattern token: a value, or IN / NOT_IN / REGEX."""
    if isinstance(spec, dict):
        if "IN" in spec:
            return value in spec["IN"]
        if "NOT_IN" in spec:
            return value not in spec["NOT_IN"]
        return re.search(spec["REGEX"], value) is not None
    return value == spec


def _readable(pattern: list) -> bool:
    """Whether the fast ruler can test every token of ``pattern`` itself."""
    for tok in pattern:
        for key, spec in tok.items():
            if key not in _READS:
                return False
            if isinstance(spec, dict) and (len(spec) != 1 or next(iter(spec)) not in ("IN", "NOT_IN", "REGEX")):
                return False
            if key == "IS_SPACE" and not isinstance(spec, bool):
                return False
    return True


class FastAttributeRuler:
    """Stands for spaCy's ``AttributeRuler`` in ``nlp.pipeline``, with the same patterns, order of
    precedence (a later rule wins) and results; one or two tokens per pattern."""

    def __init__(self, ruler, singles: list, pairs: list) -> None:
        self.ruler = ruler  # spaCy's, kept for everything but the call (config, serialisation)
        self.strings = ruler.vocab.strings
        self.pairs = pairs  # (rule number, first token test, second token test, target 0|1, attrs)
        self.memo: dict[tuple, tuple] = {}
        # the one-token rules (rule number, token test, attrs) by the lower-case form or the tag
        # they require, so that a new combination is tried against the few that can match it
        self.by_lower: dict[str, list] = {}
        self.by_tag: dict[str, list] = {}
        self.anywhere: list = []
        for single in singles:
            test = single[1]
            if isinstance(test.get("LOWER"), str):
                self.by_lower.setdefault(test["LOWER"], []).append(single)
            elif isinstance(test.get("TAG"), str):
                self.by_tag.setdefault(test["TAG"], []).append(single)
            else:
                self.anywhere.append(single)

    def __getattr__(self, name):
        return getattr(self.ruler, name)

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _values(self, row) -> dict:
        """The attributes the rules test, of one row of ``doc.to_array(_ARRAY)``."""
        tag, lower, dep, space = row
        return {"TAG": self.strings[tag], "LOWER": self.strings[lower], "DEP": self.strings[dep],
                "IS_SPACE": bool(space)}

    def _signature(self, key: tuple) -> tuple:
        """(merged attributes of the one-token rules, pair rules whose first token this is)."""
        values = self._values(key)
        candidates = sorted(self.by_lower.get(values["LOWER"], []) + self.by_tag.get(values["TAG"], []) + self.anywhere,
                            key=lambda single: single[0])
        ones = [(rule, attrs) for rule, test, attrs in candidates
                if all(_test(spec, values[k]) for k, spec in test.items())]
        pairs = tuple((rule, second, target, attrs) for rule, first, second, target, attrs in self.pairs
                      if all(_test(spec, values[k]) for k, spec in first.items()))
        merged: dict = {}
        for _, attrs in ones:
            merged.update(attrs)
        return merged, tuple(rule for rule, _ in ones), tuple(attrs for _, attrs in ones), pairs

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(_ARRAY).tolist()
        memo = self.memo
        found = []
        for row in rows:
            key = tuple(row)
            sig = memo.get(key)
            if sig is None:
                if len(memo) >= SIGNATURE_MEMO_SIZE:
                    memo.clear()
                sig = memo[key] = self._signature(key)
            found.append(sig)
        extra: dict[int, list] = {}  # token -> (rule, attrs) of pair rules that reach it
        for i, sig in enumerate(found):
            if sig[3] and i + 1 < len(rows):
                values = None
                for rule, second, target, attrs in sig[3]:
                    if values is None:
                        values = self._values(rows[i + 1])
                    if all(_test(spec, values[k]) for k, spec in second.items()):
                        extra.setdefault(i + target, []).append((rule, attrs))
        for i, sig in enumerate(found):
            if i in extra:
                rules = sorted(list(zip(sig[1], sig[2])) + extra[i], key=lambda r: r[0])
                merged: dict = {}
                for _, attrs in rules:
                    merged.update(attrs)
            else:
                merged = sig[0]
            if merged:
                set_token_attrs(doc[i], merged)
        return doc


def fast_attribute_ruler(nlp: Language) -> None:
    """Puts a ``FastAttributeRuler`` in the place of the model's attribute ruler, when every one
    of its patterns is of a kind it reads (see the module's note)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return
    singles, pairs = [], []
    for rule, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        if "_" in attrs or any(not isinstance(k, int) for k in attrs):
            return
        _, patterns = ruler.matcher.get(ruler.vocab.strings[str(rule)])
        for pattern in patterns:
            if not _readable(pattern) or len(pattern) not in (1, 2) or not -len(pattern) <= index < len(pattern):
                return
            if len(pattern) == 1:
                singles.append((rule, pattern[0], attrs))
            else:
                pairs.append((rule, pattern[0], pattern[1], index % 2, attrs))
    # spaCy has no public way to put an object in a component's place (``replace_pipe`` makes a new
    # one from a factory's config); ``_components`` holds disabled components too ("senter")
    position = [name for name, _ in nlp._components].index("attribute_ruler")
    nlp._components[position] = ("attribute_ruler", FastAttributeRuler(ruler, singles, pairs))
