"""Year-less dates and weekdays (DESIGN §2): a cue in the phrase decides, then the tense,
then the nearest occurrence; the other reading is kept as an alternative."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.phrases._expression import Tense
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)  # a Friday


class TestByTense:
    """Past takes the latest occurrence started by the reference; future the earliest
    not over by it."""

    @pytest.mark.parametrize(
        ("phrase", "tense", "span", "other"),
        [
            ("ahead of February 8", Tense.PAST, "2024-02-08", "2025-02-08"),  # the issue
            ("ahead of February 8", Tense.FUTURE, "2025-02-08", "2024-02-08"),  # the issue
            ("on Monday", Tense.PAST, "2024-10-21", "2024-10-28"),  # the example
            ("on Monday", Tense.FUTURE, "2024-10-28", "2024-10-21"),  # the example
            ("on Tuesday evening", Tense.PAST, "2024-10-22TEV", "2024-10-29TEV"),  # the issue
            ("in March", Tense.PAST, "2024-03", "2025-03"),  # a month, past
            ("in March", Tense.FUTURE, "2025-03", "2024-03"),  # a month, future
            ("on 30 December", Tense.PAST, "2023-12-30", "2024-12-30"),  # late in the year
            ("on 30 December", Tense.FUTURE, "2024-12-30", "2023-12-30"),  # still to come
            ("in the summer", Tense.PAST, "2024-22", "2025-22"),  # a season
            ("in the third quarter", Tense.FUTURE, "2025-35", "2024-35"),  # a quarter
            ("on Christmas Day", Tense.PAST, "2023-12-25", "2024-12-25"),  # a holiday
            ("mid-March", Tense.FUTURE, "2025-03-11/2025-03-20", "2024-03-11/2024-03-20"),  # vague
            ("on Wednesday", Tense.PAST, "2024-10-23", "2024-10-30"),  # a weekday
        ],
    )
    def test_tense(self, phrase: str, tense: Tense, span: str, other: str) -> None:
        """The tense picks the side of the reference; the other side is the alternative."""
        expr = parse(phrase, reference=REF, tense=tense)
        assert str(expr.span) == span
        assert [str(a.span) for a in expr.alternatives] == [other]

    @pytest.mark.parametrize(
        ("phrase", "span"),
        [
            ("in October", "2024-10"),  # the month holding the reference
            ("on Friday", "2024-10-25"),  # the reference's own weekday
            ("this autumn", "2024-23"),  # the season holding the reference
        ],
    )
    @pytest.mark.parametrize("tense", [Tense.PAST, Tense.FUTURE, None])
    def test_occurrence_holding_the_reference(
        self, phrase: str, span: str, tense: Tense | None
    ) -> None:
        """An occurrence that holds the reference is taken whatever the tense."""
        expr = parse(phrase, reference=REF, tense=tense)
        assert (str(expr.span), expr.alternatives) == (span, ())

    def test_tense_may_be_a_string(self) -> None:
        """The tense may be given by name."""
        assert str(parse("on Monday", reference=REF, tense="past").span) == "2024-10-21"


class TestNearest:
    """With no cue and no tense, the nearest occurrence wins."""

    @pytest.mark.parametrize(
        ("phrase", "span", "other"),
        [
            ("ahead of February 8", "2025-02-08", "2024-02-08"),  # the example
            ("on Monday", "2024-10-28", "2024-10-21"),  # three days on beats four back
            ("on Thursday", "2024-10-24", "2024-10-31"),  # yesterday beats next week
            ("on Saturday", "2024-10-26", "2024-10-19"),  # tomorrow
            ("in August", "2024-08", "2025-08"),  # two months back beats ten ahead
            ("in December", "2024-12", "2023-12"),  # two months ahead
            ("on 1 November", "2024-11-01", "2023-11-01"),  # next week
            ("on 20 October", "2024-10-20", "2025-10-20"),  # five days back
            ("on May 1", "2024-05-01", "2025-05-01"),  # under six months back
            ("in the spring", "2025-21", "2024-21"),  # nearer ahead
        ],
    )
    def test_nearest(self, phrase: str, span: str, other: str) -> None:
        """The nearest reading is taken and the other one kept."""
        expr = parse(phrase, reference=REF)
        assert str(expr.span) == span
        assert [str(a.span) for a in expr.alternatives] == [other]

    def test_alternative_is_a_whole_expression(self) -> None:
        """The alternative carries its own timex and assumption, and the same relation."""
        expr = parse("ahead of February 8", reference=REF)
        (other,) = expr.alternatives
        assert str(other.timex) == "DATE 2024-02-08"
        assert other.relation is expr.relation
        assert [a.kind for a in other.assumptions] == ["year"]

    def test_assumption_says_why(self) -> None:
        """The year taken is recorded with the reason and the other reading."""
        expr = parse("ahead of February 8", reference=REF)
        (assumption,) = expr.assumptions
        assert assumption.kind == "year"
        assert "nearest" in assumption.text
        assert "2024-02-08" in assumption.text


class TestCues:
    """A cue in the phrase overrides the tense."""

    @pytest.mark.parametrize(
        ("phrase", "tense", "span"),
        [
            ("last August", Tense.FUTURE, "2024-08"),  # "last" wins over the tense
            ("next August", Tense.PAST, "2025-08"),  # "next" wins over the tense
            ("since February 8", None, "2024-02-08"),  # "since" looks back
            ("since Monday", None, "2024-10-21"),  # "since" with a weekday
            ("since March", None, "2024-03"),  # "since" with a month
            ("last Christmas", Tense.FUTURE, "2023-12-25"),  # a holiday with a cue
            ("this coming Monday", Tense.PAST, "2024-10-28"),  # "this coming"
        ],
    )
    def test_cue(self, phrase: str, tense: Tense | None, span: str) -> None:
        """The cue decides and no alternative is kept."""
        expr = parse(phrase, reference=REF, tense=tense)
        assert (str(expr.span), expr.alternatives) == (span, ())

    def test_since_follows_the_tense_when_given(self) -> None:
        """A tense that is given still decides a year-less date after "since"."""
        expr = parse("since February 8", reference=REF, tense=Tense.PAST)
        assert str(expr.span) == "2024-02-08"


class TestSpecialDays:
    """Dates that exist only in some years, or that name their weekday."""

    def test_leap_day(self) -> None:
        """A year-less 29 February is placed in a leap year."""
        expr = parse("on February 29", reference=REF, tense=Tense.PAST)
        assert str(expr.span) == "2024-02-29"
        assert [str(a.span) for a in expr.alternatives] == ["2028-02-29"]

    def test_weekday_picks_the_year(self) -> None:
        """ "Tuesday, February 8" is placed in a year where 8 February is a Tuesday."""
        expr = parse("Tuesday, February 8", reference=REF)
        assert str(expr.span) == "2022-02-08"

    def test_two_digit_year_is_the_nearest_century(self) -> None:
        """ "'24" is 2024 and "'82" is 1982, with the choice recorded."""
        assert str(parse("summer '24", reference=REF).span) == "2024-22"
        expr = parse("'82", reference=REF)
        assert str(expr.span) == "1982"
        assert [a.kind for a in expr.assumptions] == ["century"]

    @pytest.mark.parametrize(
        ("reference", "phrase", "span"),
        [
            (date(2024, 1, 10), "last December", "2023-12"),  # across the new year
            (date(2024, 1, 10), "next December", "2024-12"),  # the coming December
            (date(2024, 12, 31), "next January", "2025-01"),  # on the last day
            (date(2024, 3, 1), "last February", "2024-02"),  # just over
            (date(2025, 1, 15), "last winter", "2023-24"),  # the current one is not over
        ],
    )
    def test_cue_near_a_year_boundary(self, reference: date, phrase: str, span: str) -> None:
        """ "last" is the latest over by the reference; "next" the first after it."""
        assert str(parse(phrase, reference=reference).span) == span
