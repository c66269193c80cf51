"""Property-based tests: ingestion never raises on arbitrary files, date parsing never raises."""
from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import iter_articles
from kg.ingest.dates import date_line, parse_date
from kg.ingest.furniture import clean_furniture
from kg.ingest.base import article_id
from kg.types import Article, Skipped

EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl", ".rss", ".xml", ".pdf", ".csv", ""]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(content: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{extension}"
        path.write_bytes(content)
        items = list(iter_articles([str(path)]))
    assert items, "every input gives at least one Article or Skipped"
    for item in items:
        assert isinstance(item, (Article, Skipped))
        assert item.path.startswith(str(path))
        if isinstance(item, Article):
            assert item.text.strip() and item.id == article_id(item.text, item.path, item.source, item.url)
            assert item.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.date)
        else:
            assert item.reason


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(content, extension):
    check(content, extension)


@SETTINGS
@given(st.text(max_size=2000), st.sampled_from(EXTENSIONS), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_arbitrary_text_never_raises(text, extension, encoding):
    check(text.encode(encoding, errors="ignore"), extension)


lines = st.lists(st.one_of(st.text(max_size=80), st.sampled_from(
    ["", "date 2024-12-07", "Related article: x", "https://example.org", "Photo: x", "Page 2", "al-",
     "HANDOUT / AFP", "# Heading", "---", "A Title Case Line", "{\"text\": \"x\"}", "<p>x</p>"])), max_size=30)


@SETTINGS
@given(lines, st.sampled_from(EXTENSIONS))
def test_line_soup_never_raises(parts, extension):
    check("\n".join(parts).encode("utf-8", "surrogatepass"), extension)


@SETTINGS
@given(lines)
def test_clean_furniture_never_raises_and_keeps_words(parts):
    text = "\n".join(parts)
    cleaned = clean_furniture(text)
    assert isinstance(cleaned, str)
    assert len(cleaned) <= len(text) + len(parts)
    assert isinstance(clean_furniture(text, light=True), str)


@given(st.one_of(st.text(max_size=100), st.integers(), st.floats(allow_nan=True), st.none(), st.binary(max_size=20),
                 st.datetimes(), st.dates(), st.lists(st.integers(), max_size=3)))
def test_parse_date_never_raises(value):
    result = parse_date(value)
    assert result is None or dt.date.fromisoformat(result)


@given(st.text(max_size=100))
def test_date_line_never_raises(value):
    result = date_line(value)
    assert result is None or dt.date.fromisoformat(result)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_parse_date_round_trips_common_formats(day):
    expected = day.isoformat()
    for text in (day.isoformat(), day.strftime("%d %B %Y"), day.strftime("%B %d, %Y"), day.strftime("%a, %d %b %Y 10:00:00 GMT"),
                 day.strftime("%Y-%m-%dT12:30:00+02:00"), day.strftime("%A %d %B %Y"), day.strftime("%b. %d %Y")):
        assert parse_date(text) == expected, text
