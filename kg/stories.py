"""Stories: copies of one news story (syndicated, re-published, re-worded) share one story id.

``StoryClusterer`` is streaming: articles arrive one by one and each is given the story id of the
first article it copies, or its own id when it copies none. Copies are found three ways:

- exact copies: the same normalised text (case, punctuation and spacing aside);
- near-verbatim copies: MinHash of 5-word shingles, estimated Jaccard >= ``shingle_threshold``
  (0.5), which catches copies with furniture added or paragraphs cut;
- re-worded editions: MinHash of the set of words, estimated Jaccard >= ``word_threshold`` (0.7),
  which catches an agency story re-written by another outlet (same facts, same names, other words).

Candidates come from ``datasketch.MinHashLSH`` indexes and are then checked against the thresholds;
among several matches the most similar wins, ties going to the earliest. Memory grows only with the
index (two MinHash signatures per distinct article). Results are deterministic for a given order of
articles: fixed MinHash seed, no randomness.

The thresholds were set on the two seed editions of one AFP story (word Jaccard 0.81, 5-shingle
Jaccard 0.35) against the 2,225 BBC articles of ../shared/corpus/bbc, where pairs of different
stories on one topic reach a word Jaccard of 0.68 and a 5-shingle Jaccard of 0.47.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from kg.types import Article, ArticleExtraction, Entity, Skipped, slug

_WORD = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """The words of ``text``, NFKC-normalised, lower-cased, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(words: list[str], size: int) -> set[str]:
    """The ``size``-word shingles of a word list (the whole list when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


class StoryClusterer:
    """Give articles story ids, streaming: ``assign(article) -> story_id``."""

    def __init__(self, *, shingle_threshold: float = 0.5, word_threshold: float = 0.7,
                 shingle_size: int = 5, num_perm: int = 128, seed: int = 1) -> None:
        self.shingle_threshold = shingle_threshold
        self.word_threshold = word_threshold
        self.shingle_size = shingle_size
        self.num_perm = num_perm
        self._template = MinHash(num_perm=num_perm, seed=seed)
        self._exact: dict[str, str] = {}  # normalised-text hash -> story id
        self._story: dict[str, str] = {}  # indexed key -> story id
        self._order: dict[str, int] = {}  # indexed key -> arrival number
        self._signatures: dict[str, tuple[MinHash, MinHash]] = {}
        self._by_shingles = MinHashLSH(threshold=shingle_threshold, num_perm=num_perm)
        self._by_words = MinHashLSH(threshold=word_threshold, num_perm=num_perm)
        self.seen = 0

    def __len__(self) -> int:
        """The number of articles assigned so far."""
        return self.seen

    @property
    def stories(self) -> int:
        """The number of distinct stories so far."""
        return len(set(self._exact.values()))

    def _minhash(self, items: set[str]) -> MinHash:
        minhash = self._template.copy()  # shares the permutations: no re-generation per article
        if items:
            minhash.update_batch([item.encode("utf-8", "surrogatepass") for item in sorted(items)])
        return minhash

    def assign(self, article: Article | str, article_id: str | None = None) -> str:
        """The story id of ``article``: the id of the first article of its story.

        ``article`` is an ``Article`` or a text (then ``article_id`` names it; by default the
        content id of the text).
        """
        if isinstance(article, Article):
            text, key = article.text, article.id
        else:
            from kg.types import content_id

            text, key = article, article_id or content_id(article)
        self.seen += 1
        words = normalise_words(text)
        digest = hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()
        if digest in self._exact:
            return self._exact[digest]
        if key in self._story:  # same id, different text: keep ids unique in the index
            key = f"{key}~{self.seen}"
        by_shingles = self._minhash(shingles(words, self.shingle_size))
        by_words = self._minhash(set(words))
        story = self._match(by_shingles, by_words) if words else None
        story = story or key.split("~")[0]
        self._exact[digest] = story
        self._story[key] = story
        self._order[key] = self.seen
        self._signatures[key] = (by_shingles, by_words)
        self._by_shingles.insert(key, by_shingles)
        self._by_words.insert(key, by_words)
        return story

    def _match(self, by_shingles: MinHash, by_words: MinHash) -> str | None:
        best: tuple[float, int, str] | None = None
        candidates = set(self._by_shingles.query(by_shingles)) | set(self._by_words.query(by_words))
        for key in candidates:
            their_shingles, their_words = self._signatures[key]
            shingle_score = by_shingles.jaccard(their_shingles)
            word_score = by_words.jaccard(their_words)
            if shingle_score < self.shingle_threshold and word_score < self.word_threshold:
                continue
            score = max(shingle_score / self.shingle_threshold, word_score / self.word_threshold)
            rank = (-score, self._order[key], key)
            if best is None or rank < best:
                best = rank
        return self._story[best[2]] if best else None


def assign_stories(items: Iterable[Article | Skipped],
                   clusterer: StoryClusterer | None = None) -> Iterator[Article | Skipped]:
    """Pass ``items`` through, each ``Article`` with its ``story`` set; ``Skipped`` unchanged."""
    clusterer = clusterer or StoryClusterer()
    for item in items:
        if isinstance(item, Article):
            yield replace(item, story=clusterer.assign(item))
        else:
            yield item


_SCOPED_EVENT = re.compile(r"event:(.+)-[0-9a-f]{8}")


def scoped_event(entity: Entity) -> str | None:
    """``event:<slug>`` for an event that exists only in its article ("the ceasefire", "a peace
    agreement": ``kg.resolve.events`` gives it the id ``event:<slug of its name>-<article scope>``),
    None for any other entity."""
    if entity.type != "Event":
        return None
    match = _SCOPED_EVENT.fullmatch(entity.id)
    return f"event:{match.group(1)}" if match and match.group(1) == slug(entity.name) else None


class StoryEvents:
    """An article's own events, one per story: the copies of a story name "the 2020 ceasefire"
    with the id its first copy (in input order) gave it, not one id per copy. Streaming: memory
    holds one id per (story, event name)."""

    def __init__(self) -> None:
        self._first: dict[tuple[str, str], str] = {}  # (story, event:<slug>) -> id

    def ids(self, extraction: ArticleExtraction) -> dict[str, str]:
        """This copy's article-scoped event ids -> the ids its story's first copy gave them."""
        art = extraction.article
        story = art.story or art.id
        renamed = {}
        for ent in extraction.entities:
            key = scoped_event(ent)
            if key is not None:
                first = self._first.setdefault((story, key), ent.id)
                if first != ent.id:
                    renamed[ent.id] = first
        return renamed

    def apply(self, extraction: ArticleExtraction) -> ArticleExtraction:
        """``extraction`` with its article-scoped events renamed (see ``ids``), entities and
        relations alike; unchanged when there is nothing to rename."""
        renamed = self.ids(extraction)
        if not renamed:
            return extraction

        def ref(r):
            return replace(r, id=renamed[r.id]) if r is not None and r.id in renamed else r

        entities = tuple(replace(e, id=renamed.get(e.id, e.id)) for e in extraction.entities)
        relations = tuple(replace(r, subject=ref(r.subject), object=ref(r.object), attributed_to=ref(r.attributed_to))
                          for r in extraction.relations)
        return replace(extraction, entities=entities, relations=relations)
