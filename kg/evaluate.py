"""Scoring extractions against gold relations (the gold format of ../shared/gold/README.md).

A required gold relation is recalled when an extracted, non-negated relation of an accepted type
joins an accepted subject and object (either way round for symmetric types). An extracted
relation is correct when it matches any gold relation, required or optional. Names match after
normalisation (case, a leading "the", a trailing possessive, hyphens), through the gold entities'
aliases, and through the relation's own ``subject_text`` / ``object_text``.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .builddir import EXTRACTIONS, build_file, numbered_extractions, numbered_lines
from .errors import InputError
from .schema import SYMMETRIC


def norm(text: object) -> str:
    s = str(text or "").strip().lower().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s?$", "", s)
    return re.sub(r"[\s\-]+", " ", s).strip()


@dataclass
class Gold:
    subjects: set[str]
    types: set[str]
    objects: set[str]
    required: bool
    raw: dict


@dataclass
class Pred:
    subjects: set[str]
    type: str
    objects: set[str]
    raw: dict


@dataclass
class Result:
    required: int = 0
    recalled: int = 0
    extracted: int = 0
    correct: int = 0
    missed: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    articles: dict[str, dict] = field(default_factory=dict)
    # per relation type: a gold relation counts under its first accepted type, an extraction under its own
    types: dict[str, dict] = field(default_factory=dict)

    def _type(self, name: str) -> dict:
        return self.types.setdefault(name, {"required": 0, "recalled": 0, "extracted": 0, "correct": 0})

    @property
    def recall(self) -> float:
        return self.recalled / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 2 * r * p / (r + p) if r + p else 0.0

    def summary(self) -> dict:
        return {"recall": round(self.recall, 3), "precision": round(self.precision, 3), "f1": round(self.f1, 3),
                "required": self.required, "recalled": self.recalled, "extracted": self.extracted,
                "correct": self.correct, "types": dict(sorted(self.types.items())), "articles": self.articles}


def _names(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _gold_fault(record: object) -> str | None:
    """What is wrong with a line of a gold file (the format of ../shared/gold/README.md), or None."""
    if not isinstance(record, dict):
        return "not a JSON object"
    if not isinstance(record.get("article"), str):
        return "no article file name"
    entities = record.get("entities", [])
    if not isinstance(entities, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("aliases", []), list)
            for e in entities):
        return "entities must be a list of objects with a name and a list of aliases"
    relations = record.get("relations")
    if not isinstance(relations, list):
        return "no list of relations"
    for number, rel in enumerate(relations, 1):
        if not (isinstance(rel, dict) and _names(rel.get("subject")) and _names(rel.get("object"))
                and (isinstance(rel.get("type"), str) or _names(rel.get("type")))):
            return f"relation {number} needs a subject and an object (lists of names) and a type"
    return None


def read_gold(path: str | os.PathLike) -> Iterator[dict]:
    """The articles of a gold file, one by one; ``InputError`` naming the file and the line when
    a line is not JSON or not a gold record."""
    for number, line in numbered_lines(path):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            raise InputError(f"{path}:{number}: not JSON") from None
        fault = _gold_fault(record)
        if fault:
            raise InputError(f"{path}:{number}: not a gold record: {fault}")
        yield record


def _extractions(path: str | os.PathLike) -> Iterator[dict]:
    """The lines of extractions.jsonl (a build directory or the file) through the build's reader,
    with the fields scoring reads checked."""
    where = build_file(path, EXTRACTIONS)
    for number, record in numbered_extractions(where):
        relations = record.get("relations", [])
        if not isinstance(record["article"], dict) or not isinstance(relations, list) or not all(
                isinstance(r, dict) and isinstance(r.get("subject"), dict) and isinstance(r.get("object"), dict)
                for r in relations):
            raise InputError(f"{where}:{number}: not an extraction record")
        yield record


def _side(ref: object, text: object) -> set[str]:
    names = set()
    if isinstance(ref, dict):
        names |= {norm(ref.get("name")), norm(ref.get("id"))}
        names |= {norm(a) for a in ref.get("aliases", []) or []}
    else:
        names.add(norm(ref))
    if text:
        names.add(norm(text))
    names.discard("")
    return names


def _matches(p: Pred, g: Gold) -> bool:
    if p.type not in g.types:
        return False
    if p.subjects & g.subjects and p.objects & g.objects:
        return True
    return p.type in SYMMETRIC and bool(p.subjects & g.objects) and bool(p.objects & g.subjects)


EVIDENCE_OFFSETS = re.compile(r"^@(\d+)-(\d+)$")


def _evidence(rel: dict, path: str | None) -> str:
    """A gold relation's evidence: the words, or, where the gold gives "@start-end" character
    offsets into the article file (so that a gold file need not copy the article's text), the
    words at those offsets when the article is at hand."""
    ev = str(rel.get("evidence") or "")
    m = EVIDENCE_OFFSETS.match(ev)
    if m and path:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read()[int(m.group(1)):int(m.group(2))]
        except OSError:
            pass
    return ev


def evaluate(gold_path: str | os.PathLike, extractions_path: str | os.PathLike) -> Result:
    """Scores of the extractions (a build directory, or its ``extractions.jsonl``) against a gold
    file; a file that is not what it should be is an ``InputError`` naming it and the line."""
    extracted = {}
    for line in _extractions(extractions_path):
        art = line.get("article") or {}
        key = os.path.basename(str(art.get("path") or art.get("source") or art.get("id") or ""))
        extracted[key] = line
    result = Result()
    for g in read_gold(gold_path):
        alias: dict[str, set[str]] = {}
        for e in g.get("entities", []):
            names = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
            for n in names:
                alias.setdefault(n, set()).update(names)

        def expand(names: list[str]) -> set[str]:
            out = set()
            for n in names:
                out |= alias.get(norm(n), {norm(n)})
            return out

        golds = [Gold(expand(r["subject"]), set(r["type"] if isinstance(r["type"], list) else [r["type"]]),
                      expand(r["object"]), r.get("required", True), r) for r in g["relations"]]
        preds, seen = [], set()
        for r in extracted.get(g["article"], {}).get("relations", []):
            if r.get("negated"):
                continue
            p = Pred(_side(r.get("subject"), r.get("subject_text")), str(r.get("type", "")).upper(),
                     _side(r.get("object"), r.get("object_text")), r)
            key = (min(p.subjects, default=""), p.type, min(p.objects, default=""))
            if key not in seen:
                seen.add(key)
                preds.append(p)
        required = [q for q in golds if q.required]
        hits = [q for q in required if any(_matches(p, q) for p in preds)]
        ok = [p for p in preds if any(_matches(p, q) for q in golds)]
        result.required += len(required)
        result.recalled += len(hits)
        result.extracted += len(preds)
        result.correct += len(ok)
        for q in required:
            t = result._type(q.raw["type"][0] if isinstance(q.raw["type"], list) else q.raw["type"])
            t["required"] += 1
            t["recalled"] += q in hits
        for p in preds:
            t = result._type(p.type)
            t["extracted"] += 1
            t["correct"] += p in ok
        result.articles[g["article"]] = {"required": len(required), "recalled": len(hits),
                                         "extracted": len(preds), "correct": len(ok)}
        path = (extracted.get(g["article"], {}).get("article") or {}).get("path")
        result.missed += [{"article": g["article"], **q.raw, "evidence": _evidence(q.raw, path)}
                          for q in required if q not in hits]
        result.wrong += [{"article": g["article"], **p.raw} for p in preds if p not in ok]
    return result


def format_report(result: Result, verbose: bool = True) -> str:
    lines = [f"recall {result.recall:.3f} ({result.recalled}/{result.required} required)   "
             f"precision {result.precision:.3f} ({result.correct}/{result.extracted} extracted)   "
             f"F1 {result.f1:.3f}"]
    if result.types:
        lines.append(f"{'type':16} {'recall':>15} {'precision':>15}")
        for name, t in sorted(result.types.items(), key=lambda kv: -kv[1]["required"]):
            rec = f"{t['recalled'] / t['required']:.2f} ({t['recalled']}/{t['required']})" if t["required"] else "-"
            pre = f"{t['correct'] / t['extracted']:.2f} ({t['correct']}/{t['extracted']})" if t["extracted"] else "-"
            lines.append(f"{name:16} {rec:>15} {pre:>15}")
    if verbose:
        for m in result.missed:
            lines.append(f"MISSED  {m['article']}: {m['subject'][0]} {m['type']} {m['object'][0]} | {m.get('evidence', '')}")
        for w in result.wrong:
            s, o = w.get("subject") or {}, w.get("object") or {}
            lines.append(f"WRONG   {w['article']}: {s.get('name')} {w.get('type')} {o.get('name')} | "
                         f"{(w.get('sentence') or '')[:110]}")
    return "\n".join(lines)
