"""What a build is asked to do (``BuildOptions``) and what it has seen so far (``BuildState``)."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .extraction import BATCH_CHARS, BATCH_SIZE


@dataclass
class BuildOptions:
    """How to build: model, worker processes, catalogue files, field names, period, cache, cluster."""

    model: str | None = None
    workers: int = 1
    catalogue: tuple[str, ...] = ()
    field_map: Mapping[str, str] | None = None
    since: str | None = None
    until: str | None = None
    progress: bool | None = None  # None: a bar only when stderr is a terminal
    batch_size: int = BATCH_SIZE
    batch_chars: int = BATCH_CHARS
    cache_dir: str | os.PathLike | None = None  # the extraction cache (``kg.cache``); None: no cache
    dask: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    exclude: tuple[str, ...] = ()  # files never read as input: the build's own output


@dataclass
class BuildState:
    """What a run has seen so far, for report.json."""

    articles: int = 0
    skipped: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    out_of_period: int = 0
    words: int = 0  # all articles
    extracted_words: int = 0  # the articles that went through spaCy in this run
    load_s: float = 0.0  # loading the model in this process
    # this process's serial work, per stage (see ``run``'s report): reading the inputs, story
    # clustering, and merging the results (extractions.jsonl lines and the graph)
    ingest_s: float = 0.0
    stories_s: float = 0.0
    merge_s: float = 0.0
    relations: Counter = field(default_factory=Counter)
    negated: int = 0
    hedged: int = 0
    stories: set = field(default_factory=set)  # story ids of the articles read
    stage: Callable[[str], None] = lambda text: None  # says what the run is doing (progress)
