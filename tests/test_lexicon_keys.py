"""Every key of the language data is read by the code: no list sits in kg/data unused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
CODE = "\n".join(p.read_text("utf-8") for p in KG.rglob("*.py"))
LEXICON = sorted((KG / "data" / "lexicon").glob("*.json"))


def quoted(key: str) -> bool:
    return f'"{key}"' in CODE or f"'{key}'" in CODE


@pytest.mark.parametrize("path", LEXICON, ids=[p.name for p in LEXICON])
def test_every_top_level_key_is_read(path):
    data = json.loads(path.read_text("utf-8"))
    assert "about" in data, f"{path.name} has no 'about' note"
    unread = [k for k in data if k != "about" and not quoted(k)]
    assert not unread, f"{path.name}: keys no code reads: {unread}"


def test_every_trigger_field_is_read():
    data = json.loads((KG / "data" / "lexicon" / "triggers.json").read_text("utf-8"))
    fields = {f for section in ("verbs", "nouns") for spec in data[section].values()
              for sense in (spec if isinstance(spec, list) else [spec]) for f in sense}
    assert not [f for f in fields if not quoted(f)], sorted(f for f in fields if not quoted(f))
