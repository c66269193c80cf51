"""The checks the tables of invented sentences share (``test_news_mechanisms``,
``test_office_constructions``, ``test_stance_contact``, ``test_force_mechanisms``,
``test_coref_references``, ``test_staff``, ``test_process_events``, ``test_nationals_and_local_names``,
``test_delegates_and_joins`` and others): each row is (text, subject, type, object), read with
the real model on a fixed article date."""
from __future__ import annotations

from test_relations import find, show

DATE = "2024-06-01"


def case_id(case) -> str:
    values = case.values if hasattr(case, "values") else case
    return values[0][:50]


def _rels(extract, text, subject, type_, obj, date):
    r = extract(text, date)
    return find(r["relations"], subject, type_, obj), r["relations"]


def check_found(extract, text, subject, type_, obj, date=DATE, stated=False):
    """The relation is extracted (``stated``: and not only negated)."""
    rels, every = _rels(extract, text, subject, type_, obj, date)
    assert rels and not (stated and all(x["negated"] for x in rels)), show(every)


def check_absent(extract, text, subject, type_, obj, date=DATE, unless_negated=False):
    """The relation is not extracted (``unless_negated``: not as a stated one)."""
    rels, every = _rels(extract, text, subject, type_, obj, date)
    assert not [x for x in rels if not (unless_negated and x["negated"])], show(every)


def check_flag(extract, text, subject, type_, obj, flag, date=DATE, value=True):
    """The relation is extracted, and ``flag`` (negated, hedged, former) is ``value`` on every
    copy of it (``value=False``: on none)."""
    rels, every = _rels(extract, text, subject, type_, obj, date)
    assert rels and (all(x[flag] for x in rels) if value else not any(x[flag] for x in rels)), show(every)


def table_tests(found=(), absent=(), negated=()):
    """The three tests most table files run, one per table: rows of ``found`` are extracted, rows
    of ``absent`` are not, rows of ``negated`` are extracted and marked negated. A file binds them
    to names pytest collects: ``test_found, test_not_extracted, test_negated = table_tests(...)``."""
    import pytest

    params = "text,subject,type_,obj"

    @pytest.mark.parametrize(params, found, ids=[case_id(c) for c in found])
    def test_found(extract, text, subject, type_, obj):
        check_found(extract, text, subject, type_, obj)

    @pytest.mark.parametrize(params, absent, ids=[case_id(c) for c in absent])
    def test_not_extracted(extract, text, subject, type_, obj):
        check_absent(extract, text, subject, type_, obj)

    @pytest.mark.parametrize(params, negated, ids=[case_id(c) for c in negated])
    def test_negated(extract, text, subject, type_, obj):
        check_flag(extract, text, subject, type_, obj, "negated")

    return test_found, test_not_extracted, test_negated
