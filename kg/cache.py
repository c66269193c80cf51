"""Incremental builds: every article's extraction, kept under the build directory by content.

``DIR/.kg-cache/extractions.sqlite`` maps an article's key (the SHA-1 of its text and its date, the
two things extraction reads) to the JSON of its entities and relations and its word count. The
whole cache belongs to one *fingerprint*: the package version, the spaCy version, the model's name
and version, and the SHA-1 of the catalogue files, the lexicons and the extraction code. When the
fingerprint changes, the cache is emptied, so a result is never reused across a change that could
alter it. Path, title, source and story are not part of an extraction: they are re-read every run.

A build keeps only the entries it used (the cache mirrors the last build), commits as it goes (an
interrupted build resumes where it stopped) and never stores anything random.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .types import Article

CACHE_DIR = ".kg-cache"
CACHE_FILE = "extractions.sqlite"
# What the extraction's result depends on besides the model and the catalogue: every module of the
# package except the ones that only write or show results, and every data file.
NOT_EXTRACTION = ("export", "cli.py", "benchmark.py", "knowledge_graph.py", "graph.py", "neo4j_api.py")
FLUSH_EVERY = 64


def article_key(article: Article) -> str:
    """The cache key of an article: SHA-1 of its text, and its date (offices depend on it)."""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{digest}:{article.date or ''}"


def _model_version(model: str) -> str:
    import spacy
    from spacy.util import get_package_version

    version = get_package_version(model)
    if version is None:  # a model directory: its meta.json says what it is
        meta = Path(model) / "meta.json"
        version = hashlib.sha1(meta.read_bytes()).hexdigest() if meta.is_file() else "?"
    return f"{version} (spaCy {spacy.__version__})"


def fingerprint(model: str, catalogue_files: Iterable[str | os.PathLike] = ()) -> str:
    """What a cached result depends on, as one SHA-1: change any of it and the cache is emptied."""
    from . import __version__
    from .catalogue import default_files, user_files

    h = hashlib.sha1()

    def part(name: str, data: bytes) -> None:
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha1(data).digest())

    part("kg", __version__.encode())
    part("model", f"{model} {_model_version(model)}".encode())
    for path in default_files() + user_files(catalogue_files):
        part(f"catalogue:{path.name}", path.read_bytes() if path.is_file() else b"")
    root = Path(str(resources.files("kg")))
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or "__pycache__" in rel or rel.split("/")[0] in NOT_EXTRACTION:
            continue
        if path.suffix in (".py", ".json", ".jsonl"):
            part(f"file:{rel}", path.read_bytes())
    return h.hexdigest()


class ExtractionCache:
    """The extraction cache of one build directory (``directory`` is ``DIR/.kg-cache``)."""

    def __init__(self, directory: str | os.PathLike, fingerprint: str) -> None:
        self.path = Path(directory) / CACHE_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS extractions "
                        "(key TEXT PRIMARY KEY, words INTEGER NOT NULL, result TEXT NOT NULL)")
        row = self.db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        self.invalidated = bool(row) and row[0] != fingerprint
        if row is None or row[0] != fingerprint:
            self.db.execute("DELETE FROM extractions")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
        self.db.commit()
        self.used: set[str] = set()
        self.hits = 0
        self.cached_words = 0
        self.misses = 0
        self._pending: list[tuple[str, int, str]] = []

    def __contains__(self, key: str) -> bool:
        found = self.db.execute("SELECT 1 FROM extractions WHERE key = ?", (key,)).fetchone() is not None
        if found:
            self.used.add(key)
        return found

    def get(self, key: str) -> tuple[dict, int]:
        """(result, words) of a key known to be in the cache."""
        words, result = self.db.execute("SELECT words, result FROM extractions WHERE key = ?", (key,)).fetchone()
        self.hits += 1
        self.cached_words += words
        return json.loads(result), words

    def put(self, key: str, result: dict, words: int) -> None:
        self.used.add(key)
        self.misses += 1
        self._pending.append((key, words, json.dumps(result, ensure_ascii=False, separators=(",", ":"))))
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.db.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", self._pending)
            self.db.commit()
            self._pending = []

    def close(self, completed: bool = True) -> None:
        """Write what is pending; when the build ``completed``, drop the entries it did not use."""
        self.flush()
        if completed:
            self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
            self.db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in self.used))
            self.db.execute("DELETE FROM extractions WHERE key NOT IN (SELECT key FROM used)")
            self.db.commit()
        self.db.close()

    def stats(self) -> dict:
        return {"path": str(self.path), "from_cache": self.hits, "extracted": self.misses,
                "invalidated": self.invalidated}
