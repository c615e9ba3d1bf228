"""The coverage table of the parsing issue, row by row, with the reference Friday
25 October 2024: the behaviour promised to users, checked as stated."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.phrases._expression import Relation, Tense
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)


@pytest.mark.parametrize(
    ("phrase", "tense", "relation", "span", "timex"),
    [
        ("since August 2023", None, Relation.SINCE, "2023-08", "DATE 2023-08"),  # since
        (
            "ahead of February 8",
            Tense.PAST,
            Relation.BEFORE,
            "2024-02-08",
            "DATE 2024-02-08",
        ),  # past
        (
            "ahead of February 8",
            Tense.FUTURE,
            Relation.BEFORE,
            "2025-02-08",
            "DATE 2025-02-08",
        ),  # future
        ("ahead of February 8", None, Relation.BEFORE, "2025-02-08", "DATE 2025-02-08"),  # nearest
        ("on Monday", Tense.PAST, Relation.ON, "2024-10-21", "DATE 2024-10-21"),  # past Monday
        ("on Monday", Tense.FUTURE, Relation.ON, "2024-10-28", "DATE 2024-10-28"),  # next Monday
        ("last week", None, Relation.ON, "2024-W42", "DATE 2024-W42"),  # ISO week
        (
            "earlier this month",
            None,
            Relation.ON,
            "2024-10-01/2024-10-24",
            "DATE 2024-10 START",
        ),  # partial
        ("early 2024", None, Relation.ON, "2024-37", "DATE 2024 START"),  # January–April
        (
            "mid-October",
            None,
            Relation.ON,
            "2024-10-11/2024-10-20",
            "DATE 2024-10 MID",
        ),  # days 11–20
        ("two weeks ago", None, Relation.ON, "2024-10-11", "DATE 2024-10-11"),  # ago
        ("in two weeks", None, Relation.ON, "2024-11-08", "DATE 2024-11-08"),  # in
        ("yesterday", None, Relation.ON, "2024-10-24", "DATE 2024-10-24"),  # yesterday
        ("Q3 2024", None, Relation.ON, "2024-35", "DATE 2024-Q3"),  # a quarter
        ("last summer", None, Relation.ON, "2024-22", "DATE 2024-SU"),  # June–August
        ("the 1990s", None, Relation.ON, "199X", "DATE 199"),  # a decade
        (
            "on Tuesday evening",
            Tense.PAST,
            Relation.ON,
            "2024-10-22TEV",
            "TIME 2024-10-22TEV",
        ),  # evening
        (
            "at 10:30 a.m. on 3 May 2023",
            None,
            Relation.ON,
            "2023-05-03T10:30",
            "TIME 2023-05-03T10:30",
        ),  # clock
        (
            "between March and May 2022",
            None,
            Relation.FROM_TO,
            "2022-03/2022-05",
            "DATE 2022-03",
        ),  # range
        ("until the end of the year", None, Relation.UNTIL, "2024-39", "DATE 2024 END"),  # until
        ("by December", None, Relation.BY, "2024-12", "DATE 2024-12"),  # by
        ("26 October 2023", None, Relation.ON, "2023-10-26", "DATE 2023-10-26"),  # day month year
        ("Oct. 26, 2023", None, Relation.ON, "2023-10-26", "DATE 2023-10-26"),  # US style
        ("2023-10-26", None, Relation.ON, "2023-10-26", "DATE 2023-10-26"),  # ISO
        ("26/10/2023", None, Relation.ON, "2023-10-26", "DATE 2023-10-26"),  # day first
    ],
)
def test_calendar_rows(
    phrase: str, tense: Tense | None, relation: Relation, span: str, timex: str
) -> None:
    """Each calendar row gives its relation, span and TIMEX3."""
    expr = parse(phrase, reference=REF, tense=tense)
    assert (expr.relation, str(expr.span), str(expr.timex)) == (relation, span, timex)


def test_nearest_keeps_the_other_year() -> None:
    """Without a tense, "ahead of February 8" keeps the 2024 reading as an alternative."""
    expr = parse("ahead of February 8", reference=REF)
    assert [str(a.span) for a in expr.alternatives] == ["2024-02-08"]


@pytest.mark.parametrize(
    ("phrase", "timex", "maximum_is_open"),
    [
        ("for three years", "DURATION P3Y", False),  # an exact duration
        ("more than two years", "DURATION P2Y MORE_THAN", True),  # at least two years, open
    ],
)
def test_duration_rows(phrase: str, timex: str, maximum_is_open: bool) -> None:
    """Durations have bounds and no span."""
    expr = parse(phrase, reference=REF)
    assert (str(expr.timex), expr.span) == (timex, None)
    assert expr.duration is not None
    assert (expr.duration.maximum is None) is maximum_is_open


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("every Monday", "SET XXXX-WXX-1"),  # a weekday each week
        ("twice a month", "SET P1M freq=2X"),  # a frequency
        ("currently", "DATE PRESENT_REF"),  # the present
        ("recently", "DATE PAST_REF"),  # the past
    ],
)
def test_set_and_reference_rows(phrase: str, timex: str) -> None:
    """Recurrences and vague references have their TimeML values and no span."""
    expr = parse(phrase, reference=REF)
    assert (str(expr.timex), expr.span) == (timex, None)
