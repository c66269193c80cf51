"""The build: articles stream through spaCy and out to disk; only the merged graph stays in memory.

    ingest -> stories -> nlp.pipe (ruler, model, kg_extractor) -> extractions.jsonl + graph

Long articles are cut at paragraph breaks into segments of at most ``SEGMENT_CHARS`` characters
(spaCy's parser needs memory in proportion to a doc's length) and put back together after.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .graph import GraphBuilder
from .ingest import check_inputs, iter_articles
from .nlp import load_pipeline, model_name
from .stories import assign_stories
from .types import Article, ArticleExtraction, Entity, Mention, Ref, Relation, Skipped

SEGMENT_CHARS = 50_000
BATCH_SIZE = 64


@dataclass
class BuildOptions:
    """How to build: model, worker processes, catalogue files, field names, period."""

    model: str | None = None
    workers: int = 1
    catalogue: tuple[str, ...] = ()
    field_map: Mapping[str, str] | None = None
    since: str | None = None
    until: str | None = None
    progress: bool | None = None  # None: a bar only when stderr is a terminal
    batch_size: int = BATCH_SIZE


@dataclass
class BuildState:
    """What a run has seen so far, for report.json."""

    articles: int = 0
    skipped: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    out_of_period: int = 0
    words: int = 0
    relations: Counter = field(default_factory=Counter)
    negated: int = 0
    hedged: int = 0


def segments(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, piece) at paragraph (else line, else space) breaks."""
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def in_period(article: Article, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not article.date:
        return False
    return (not since or article.date >= since) and (not until or article.date <= until)


def to_extraction(article: Article, parts: Sequence[tuple[int, dict]]) -> ArticleExtraction:
    """Turn the component's per-segment results into one ``ArticleExtraction``."""
    entities: dict[str, dict] = {}
    relations: list[Relation] = []
    for offset, result in parts:
        for e in result["entities"]:
            ent = entities.setdefault(e["id"], {"id": e["id"], "name": e["name"], "type": e["type"],
                                                "aliases": [], "mentions": []})
            ent["aliases"].extend(a for a in e["aliases"] if a not in ent["aliases"])
            ent["mentions"].extend(Mention(m["text"], m["start"] + offset, m["end"] + offset) for m in e["mentions"])
        for r in result["relations"]:
            att = r["attributed_to"]
            relations.append(Relation(
                subject=Ref(**r["subject"]), type=r["type"], object=Ref(**r["object"]),
                subject_text=r["subject_text"], object_text=r["object_text"], sentence=r["sentence"],
                start=r["start"] + offset, end=r["end"] + offset, trigger=r["trigger"],
                negated=r["negated"], hedged=r["hedged"], attributed_to=Ref(**att) if att else None,
                role=r["role"], confidence=r["confidence"]))
    ents = tuple(Entity(e["id"], e["name"], e["type"], tuple(e["aliases"]), tuple(e["mentions"]))
                 for e in entities.values())
    return ArticleExtraction(article, ents, tuple(relations))


def _articles(inputs: Sequence[str], opts: BuildOptions, state: BuildState) -> Iterator[Article]:
    for item in assign_stories(iter_articles(list(inputs), opts.field_map)):
        if isinstance(item, Skipped):
            state.skipped.append(item.to_dict())
            continue
        if item.notes:
            state.notes.append({"path": item.path, "notes": list(item.notes)})
        if not in_period(item, opts.since, opts.until):
            state.out_of_period += 1
            continue
        yield item


def extract(inputs: Sequence[str], opts: BuildOptions, state: BuildState, nlp=None) -> Iterator[ArticleExtraction]:
    """Stream ``ArticleExtraction``s for every article of ``inputs``, in input order."""
    nlp = nlp or load_pipeline(opts.model, opts.catalogue)

    def docs() -> Iterator[tuple]:
        for article in _articles(inputs, opts, state):
            pieces = segments(article.text)
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.kg_date = article.date
                yield doc, (article, offset, k == len(pieces) - 1)

    parts: list[tuple[int, dict]] = []
    for doc, (article, offset, last) in nlp.pipe(docs(), as_tuples=True, n_process=max(1, opts.workers),
                                                 batch_size=opts.batch_size):
        parts.append((offset, doc._.kg))
        state.words += len(doc)
        if last:
            yield to_extraction(article, parts)
            parts = []


def run(inputs: Sequence[str], extractions_path: Path, opts: BuildOptions) -> tuple[GraphBuilder, dict]:
    """Build: write ``extractions_path`` line by line, fold everything into a graph, and return
    the graph builder and the report."""
    check_inputs(inputs)
    started = time.perf_counter()
    state = BuildState()
    nlp = load_pipeline(opts.model, opts.catalogue)
    loaded = time.perf_counter()
    builder = GraphBuilder()
    show = opts.progress if opts.progress is not None else sys.stderr.isatty()
    with open(extractions_path, "w", encoding="utf-8") as out, \
            tqdm(desc="articles", unit=" art", disable=not show, file=sys.stderr) as bar:
        for ex in extract(inputs, opts, state, nlp):
            out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
            builder.add(ex)
            state.articles += 1
            for r in ex.relations:
                state.relations[r.type] += 1
                state.negated += r.negated
                state.hedged += r.hedged
            bar.update(1)
    finished = time.perf_counter()
    report = {
        "model": model_name(opts.model),
        "inputs": list(inputs),
        "workers": opts.workers,
        "period": {"since": opts.since, "until": opts.until},
        "articles": state.articles,
        "skipped": state.skipped,
        "notes": state.notes,
        "out_of_period": state.out_of_period,
        "words": state.words,
        "timings": {"load_model_s": round(loaded - started, 3), "extract_s": round(finished - loaded, 3),
                    "total_s": round(finished - started, 3),
                    "words_per_s": round(state.words / (finished - loaded), 1) if finished > loaded else None},
        "extracted_relations": dict(sorted(state.relations.items())),
        "negated_relations": state.negated,
        "hedged_relations": state.hedged,
    }
    return builder, report


def temp_extractions() -> Path:
    fd, name = tempfile.mkstemp(prefix="kg-extractions-", suffix=".jsonl")
    os.close(fd)
    return Path(name)


def iter_extractions(path: str | os.PathLike) -> Iterable[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
