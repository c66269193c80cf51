"""Incremental builds: every article's extraction, kept under the build directory by content.

``DIR/.kg-cache/extractions.sqlite`` maps an article's key (the SHA-1 of its text and its date, the
two things extraction reads) to the JSON of its ``kg.types.Extraction`` (``to_dict``; read back
with ``from_dict``) and its word count. The
whole cache belongs to one *fingerprint*: the package version, the spaCy version, the model's name
and version, and the SHA-1 of the catalogue files, the lexicons and the extraction code. When the
fingerprint changes, the cache is emptied, so a result is never reused across a change that could
alter it. Path, title, source and story are not part of an extraction: they are re-read every run.

A build keeps only the entries it used (the cache mirrors the last build), commits as it goes (an
interrupted build resumes where it stopped) and never stores anything random. The cache is not
trusted blindly: each row carries a checksum and must read as an extraction of the schema's
types, or the article is extracted again; a damaged file is set aside and the cache rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .errors import OutputError
from .types import Article, Extraction

CACHE_DIR = ".kg-cache"
CACHE_FILE = "extractions.sqlite"
# What the extraction's result depends on besides the model and the catalogue: every module of the
# package except the ones that only write or show results, and every data file.
NOT_EXTRACTION = ("export", "cli.py", "knowledge_graph.py", "graph.py", "neo4j_api.py", "builddir.py", "flatten.py")
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
    from .version import __version__
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


SCHEMA = "2"  # the layout of the tables: rows carry a checksum


def row_checksum(key: str, words: int, result: str) -> str:
    """What a row's checksum is: the SHA-1 of its key, word count and result text."""
    return hashlib.sha1(f"{key}\0{words}\0{result}".encode("utf-8", "surrogatepass")).hexdigest()


def read_result(result: object) -> Extraction | None:
    """The ``Extraction`` a row's JSON (``Extraction.to_dict``) holds, or None when it does not
    have that shape with types the schema knows: a row edited into valid but false JSON is not
    trusted."""
    from .schema import RELATION_TYPES

    if not isinstance(result, dict):
        return None
    try:
        extraction = Extraction.from_dict(result)
    except (KeyError, TypeError, AttributeError, ValueError):
        return None
    sound = all(r.type in RELATION_TYPES and isinstance(r.start, int) and isinstance(r.end, int)
                for r in extraction.relations) and \
        all(isinstance(m.start, int) and isinstance(m.end, int) for e in extraction.entities for m in e.mentions)
    return extraction if sound else None


class ExtractionCache:
    """The extraction cache of one build directory (``directory`` is ``DIR/.kg-cache``).

    Every row carries a checksum: a row that fails it, or does not read as an extraction, is
    extracted again (``stats()["bad_rows"]``). A file that is not a sound SQLite database
    (truncated, overwritten) is set aside as ``extractions.sqlite.damaged`` and the cache starts
    empty (``stats()["set_aside"]``)."""

    def __init__(self, directory: str | os.PathLike, fingerprint: str) -> None:
        self.path = Path(directory) / CACHE_FILE
        self.set_aside: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot create the cache folder {self.path.parent}: "
                              f"{error.strerror or error}") from None
        try:
            self._open(fingerprint)
        except sqlite3.DatabaseError as error:
            self._set_aside(error)
            try:
                self._open(fingerprint)
            except sqlite3.Error as again:
                raise OutputError(f"cannot use the cache {self.path}: {again}") from None
        self.used: set[str] = set()
        self.hits = 0
        self.cached_words = 0
        self.misses = 0
        self.bad_rows = 0
        self._pending: list[tuple[str, int, str, str]] = []

    def _open(self, fingerprint: str) -> None:
        self.db = sqlite3.connect(self.path, timeout=30)
        try:
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("schema") != SCHEMA:
                self.db.execute("DROP TABLE IF EXISTS extractions")
            self.db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, words INTEGER NOT NULL, "
                            "result TEXT NOT NULL, checksum TEXT NOT NULL)")
            self.invalidated = meta.get("fingerprint") not in (None, fingerprint)
            if meta.get("fingerprint") != fingerprint or meta.get("schema") != SCHEMA:
                self.db.execute("DELETE FROM extractions")
                self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                                    [("fingerprint", fingerprint), ("schema", SCHEMA)])
            self.db.commit()
        except sqlite3.Error:
            self.db.close()
            raise

    def _set_aside(self, error: Exception) -> None:
        damaged = self.path.with_name(self.path.name + ".damaged")
        try:
            os.replace(self.path, damaged)
            for suffix in ("-journal", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        except OSError as problem:
            raise OutputError(f"the cache {self.path} is damaged ({error}) and cannot be set aside: "
                              f"{problem.strerror or problem}") from None
        self.set_aside = f"{damaged} ({' '.join(str(error).split()) or type(error).__name__})"

    def _row(self, key: str) -> tuple[Extraction, int] | None:
        """The verified (result, words) of ``key``, or None (not there, or a bad row: noted)."""
        try:
            row = self.db.execute("SELECT words, result, checksum FROM extractions WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            self.bad_rows += 1
            return None
        if row is None:
            return None
        words, text, checksum = row
        try:
            if not isinstance(words, int) or not isinstance(text, str) or checksum != row_checksum(key, words, text):
                raise ValueError("checksum")
            result = read_result(json.loads(text))
            if result is None:
                raise ValueError("shape")
        except (ValueError, RecursionError):
            self.bad_rows += 1
            return None
        return result, words

    def __contains__(self, key: str) -> bool:
        found = self._row(key) is not None
        if found:
            self.used.add(key)
        return found

    def get(self, key: str) -> tuple[Extraction, int]:
        """(result, words) of a key found in the cache (``key in cache``)."""
        row = self._row(key)
        if row is None:
            raise OutputError(f"the cache {self.path} changed during the build (key {key})")
        self.hits += 1
        self.cached_words += row[1]
        return row

    def put(self, key: str, result: Extraction, words: int) -> None:
        self.used.add(key)
        self.misses += 1
        text = json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
        self._pending.append((key, words, text, row_checksum(key, words, text)))
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            try:
                self.db.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)", self._pending)
                self.db.commit()
            except sqlite3.Error as error:
                raise OutputError(f"cannot write the cache {self.path}: {error}") from None
            self._pending = []

    def close(self, completed: bool = True) -> None:
        """Write what is pending; when the build ``completed``, drop the entries it did not use."""
        try:
            self.flush()
            if completed:
                self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                self.db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in self.used))
                self.db.execute("DELETE FROM extractions WHERE key NOT IN (SELECT key FROM used)")
                self.db.commit()
        except sqlite3.Error as error:
            raise OutputError(f"cannot write the cache {self.path}: {error}") from None
        finally:
            self.db.close()

    def stats(self) -> dict:
        return {"path": str(self.path), "from_cache": self.hits, "extracted": self.misses,
                "invalidated": self.invalidated, "bad_rows": self.bad_rows, "set_aside": self.set_aside}
