"""Dates normalised to YYYY-MM-DD."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from kg.ingest.dates import date_line, parse_date


@pytest.mark.parametrize("text, expected", [
    ("2024-12-07", "2024-12-07"), ("2024-12-07T10:00:00Z", "2024-12-07"), ("2024/12/7", "2024-12-07"),
    ("20241207", "2024-12-07"), ("7 December 2024", "2024-12-07"), ("7th Dec. 2024", "2024-12-07"),
    ("December 7, 2024", "2024-12-07"), ("Dec 7th, 2024", "2024-12-07"), ("Saturday, December 7, 2024", "2024-12-07"),
    ("Sat, 07 Dec 2024 10:00:00 GMT", "2024-12-07"), ("07-Dec-2024", "2024-12-07"), ("25/12/2024", "2024-12-25"),
    ("12/25/2024", "2024-12-25"), ("Published 7 December 2024, 10:30 GMT", "2024-12-07"),
    ("03/04/2024", None), ("2024-02-30", None), ("yesterday", None), ("", None), ("0000-00-00", None),
    ("Sept 3 2024", "2024-09-03"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_date_objects():
    assert parse_date(dt.datetime(2024, 12, 7, 23, 59)) == "2024-12-07"
    assert parse_date(dt.date(2024, 12, 7)) == "2024-12-07"
    assert parse_date(time.strptime("2024-12-07", "%Y-%m-%d")) == "2024-12-07"
    assert parse_date(1733565600) == "2024-12-07" and parse_date(1733565600000) == "2024-12-07"
    assert parse_date(None) is None and parse_date(True) is None and parse_date(["2024-12-07"]) is None


@pytest.mark.parametrize("line, expected", [
    (" date 2024-12-07 ", "2024-12-07"), ("Date: 7 December 2024", "2024-12-07"), ("December 7, 2024", "2024-12-07"),
    ("Published: Sat, 07 Dec 2024 10:00 GMT", "2024-12-07"), ("Updated 7 Dec 2024 at 10:00", "2024-12-07"),
    ("Lavrov spoke on 7 December 2024 in Doha.", None), ("Ad sales boost Time Warner profit", None),
    ("2024", None),
])
def test_date_line(line, expected):
    assert date_line(line) == expected
