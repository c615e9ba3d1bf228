"""``parse`` on amounts of time: durations with bounds, recurrences, vague references.

A duration is never turned into a date: its expression has no span, only a Duration whose
bounds say what the calendar allows (a month is 28 to 31 days).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from chronos.phrases._expression import Relation, Tense
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)


class TestDurations:
    """Stated lengths of time, exact or bounded."""

    @pytest.mark.parametrize(
        ("phrase", "timex"),
        [
            ("three years", "DURATION P3Y"),  # a count in words
            ("3 years", "DURATION P3Y"),  # digits
            ("a year", "DURATION P1Y"),  # the article counts one
            ("an hour", "DURATION PT1H"),  # "an"
            ("18 months", "DURATION P18M"),  # months
            ("two weeks", "DURATION P2W"),  # weeks
            ("a fortnight", "DURATION P2W"),  # a fortnight is two weeks
            ("ten days", "DURATION P10D"),  # days
            ("thirty minutes", "DURATION PT30M"),  # minutes
            ("45 seconds", "DURATION PT45S"),  # seconds
            ("a decade", "DURATION P10Y"),  # a decade is ten years
            ("two decades", "DURATION P20Y"),  # decades
            ("a century", "DURATION P100Y"),  # a century
            ("two quarters", "DURATION P6M"),  # a quarter is three months
            ("twenty-four hours", "DURATION PT24H"),  # hyphenated tens and ones
            ("twenty four hours", "DURATION PT24H"),  # spaced tens and ones
            ("a hundred years", "DURATION P100Y"),  # "a hundred"
            ("1,000 days", "DURATION P1000D"),  # thousands separator
            ("two and a half years", "DURATION P2Y6M"),  # a half carried into months
            ("a year and a half", "DURATION P1Y6M"),  # "and a half" after the unit
            ("half an hour", "DURATION PT30M"),  # "half an hour"
            ("2 1/2 years", "DURATION P2Y6M"),  # a written fraction
            ("two years and three months", "DURATION P2Y3M"),  # two parts
            ("two-week", "DURATION P2W"),  # adjectival, hyphenated
            ("30-day", "DURATION P30D"),  # adjectival, digits
            ("a three-year period", "DURATION P3Y"),  # "period" belongs to the length
            ("five trading days", "DURATION P5D"),  # an adjective before the unit
            ("six straight days", "DURATION P6D"),  # "straight"
            ("a couple of weeks", "DURATION P2W APPROX"),  # "a couple of" is about two
            ("the nine months", "DURATION P9M"),  # with the article
            ("the first nine months", "DURATION P9M"),  # "the first …"
            ("several years", "DURATION PXY"),  # an unknown count
            ("a few days", "DURATION PXD"),  # "a few"
            ("many months", "DURATION PXM"),  # "many"
            ("decades", "DURATION PXY"),  # a bare plural
            ("decades-long", "DURATION PXY"),  # "decades-long"
            ("an 8-month-old", "DURATION P8M"),  # an age
        ],
    )
    def test_exact(self, phrase: str, timex: str) -> None:
        """The timex is the TimeML duration; there is a duration and no span."""
        expr = parse(phrase, reference=REF)
        assert str(expr.timex) == timex
        assert expr.span is None
        assert expr.duration is not None
        assert expr.relation is None

    @pytest.mark.parametrize(
        ("phrase", "timex"),
        [
            ("more than two years", "DURATION P2Y MORE_THAN"),  # the example
            ("over 60 years", "DURATION P60Y MORE_THAN"),  # "over" with an amount
            ("at least 30 days", "DURATION P30D EQUAL_OR_MORE"),  # "at least"
            ("no less than a week", "DURATION P1W EQUAL_OR_MORE"),  # "no less than"
            ("less than an hour", "DURATION PT1H LESS_THAN"),  # "less than"
            ("under a month", "DURATION P1M LESS_THAN"),  # "under"
            ("nearly two years", "DURATION P2Y LESS_THAN"),  # "nearly" is just short of
            ("almost a decade", "DURATION P10Y LESS_THAN"),  # "almost"
            ("up to five years", "DURATION P5Y EQUAL_OR_LESS"),  # "up to"
            ("no more than sixty days", "DURATION P60D EQUAL_OR_LESS"),  # "no more than"
            ("at most three weeks", "DURATION P3W EQUAL_OR_LESS"),  # "at most"
            ("about a month", "DURATION P1M APPROX"),  # "about"
            ("around three weeks", "DURATION P3W APPROX"),  # "around"
            ("some 20 years", "DURATION P20Y APPROX"),  # "some" with a count
            ("roughly two hours", "DURATION PT2H APPROX"),  # "roughly"
            ("a week or so", "DURATION P1W APPROX"),  # "or so" after
            ("five years or more", "DURATION P5Y EQUAL_OR_MORE"),  # "or more" after
            ("two to three weeks", "DURATION PXW"),  # a range of counts
        ],
    )
    def test_bounded(self, phrase: str, timex: str) -> None:
        """A bound word gives the TimeML mod and bounds the duration accordingly."""
        expr = parse(phrase, reference=REF)
        assert str(expr.timex) == timex
        assert expr.span is None

    def test_more_than_has_no_upper_bound(self) -> None:
        """ "more than two years" is longer than the shortest two years, without end."""
        duration = parse("more than two years", reference=REF).duration
        assert duration is not None
        assert duration.maximum is None
        assert duration.minimum > timedelta(days=730)

    def test_a_month_is_a_range_of_lengths(self) -> None:
        """ "a month" is 28 to 31 days, never a fixed number of seconds."""
        duration = parse("a month", reference=REF).duration
        assert duration is not None
        assert (duration.minimum.days, duration.maximum) == (28, timedelta(days=31))

    def test_about_widens_by_the_policy(self) -> None:
        """ "about a month" is widened on both sides by the policy's ratio."""
        duration = parse("about a month", reference=REF).duration
        assert duration is not None
        assert duration.maximum is not None
        assert duration.minimum < timedelta(days=28) < timedelta(days=31) < duration.maximum

    def test_two_to_three_weeks_is_bounded_by_both(self) -> None:
        """ "two to three weeks" runs from two weeks to three."""
        duration = parse("two to three weeks", reference=REF).duration
        assert duration is not None
        assert (duration.minimum, duration.maximum) == (timedelta(weeks=2), timedelta(weeks=3))

    @pytest.mark.parametrize(
        ("phrase", "relation"),
        [
            ("for three years", None),  # "for" states how long
            ("for more than a decade", None),  # with a bound
            ("within a month", Relation.WITHIN),  # "within"
            ("over the past three months", Relation.DURING),  # a period with "over"
            ("in the past three months", Relation.DURING),  # a period with "in"
        ],
    )
    def test_signal_before_a_duration(self, phrase: str, relation: Relation | None) -> None:
        """ "for" leaves a duration bare; "within" and a period's "over" relate it."""
        assert parse(phrase, reference=REF).relation is relation

    def test_within_is_at_most(self) -> None:
        """ "within a month" is at most a month: the expression's length is bounded, and
        its TIMEX3 is the plain length, the bound being the signal's, outside the extent."""
        expr = parse("within a month", reference=REF)
        assert expr.duration is not None
        assert expr.duration.mod == "EQUAL_OR_LESS"
        assert str(expr.timex) == "DURATION P1M"
        # words inside the extent keep their mod
        assert str(parse("within no more than a month", reference=REF).timex) == (
            "DURATION P1M EQUAL_OR_LESS"
        )

    def test_in_with_past_tense_is_a_duration(self) -> None:
        """ "in two weeks" in a past clause says how long it took, not when."""
        expr = parse("in two weeks", reference=REF, tense=Tense.PAST)
        assert (expr.span, str(expr.timex)) == (None, "DURATION P2W")

    @pytest.mark.parametrize(
        ("phrase", "relation", "timex"),
        [
            ("more than two years ago", Relation.BEFORE, "DATE 2022 BEFORE"),  # before then
            ("less than a year ago", Relation.AFTER, "DATE 2023 AFTER"),  # after then
            ("about two years ago", Relation.ON, "DATE 2022 APPROX"),  # around then
            ("nearly four years ago", Relation.ON, "DATE 2020 APPROX"),  # "nearly" ago
            ("several years ago", Relation.ON, "DATE PAST_REF"),  # an unknown count
        ],
    )
    def test_bounded_shift(self, phrase: str, relation: Relation, timex: str) -> None:
        """A bound on "… ago" turns into a relation to the day the amount reaches."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, str(expr.timex)) == (relation, timex)


class TestRecurrences:
    """Sets of times, in TimeML terms; a recurrence has no span."""

    @pytest.mark.parametrize(
        ("phrase", "timex"),
        [
            ("every Monday", "SET XXXX-WXX-1"),  # the example
            ("twice a month", "SET P1M freq=2X"),  # the example
            ("every day", "SET P1D"),  # every unit
            ("each year", "SET P1Y"),  # "each"
            ("every week", "SET P1W"),  # weeks
            ("every quarter", "SET P3M"),  # quarters
            ("every two years", "SET P2Y"),  # a counted step
            ("every other week", "SET P2W"),  # "other" is two
            ("every Monday morning", "SET XXXX-WXX-1TMO"),  # with a part of the day
            ("each July", "SET XXXX-07"),  # a month each year
            ("every summer", "SET XXXX-SU"),  # a season each year
            ("every morning", "SET XXXX-XX-XXTMO"),  # a part of every day
            ("every weekend", "SET XXXX-WXX-WE"),  # weekends
            ("daily", "SET P1D"),  # an adverb
            ("weekly", "SET P1W"),  # weekly
            ("monthly", "SET P1M"),  # monthly
            ("annually", "SET P1Y"),  # annually
            ("quarterly", "SET P3M"),  # quarterly
            ("hourly", "SET PT1H"),  # hourly
            ("once a week", "SET P1W freq=1X"),  # once
            ("three times a year", "SET P1Y freq=3X"),  # "times"
            ("twice per day", "SET P1D freq=2X"),  # "per"
            ("on Mondays", "SET XXXX-WXX-1"),  # a plural weekday
            ("Tuesday nights", "SET XXXX-WXX-2TNI"),  # a weekday's part, plural
        ],
    )
    def test_set(self, phrase: str, timex: str) -> None:
        """The recurrence's TimeML value and frequency; no span, no duration."""
        expr = parse(phrase, reference=REF)
        assert str(expr.timex) == timex
        assert (expr.span, expr.duration, expr.relation) == (None, None, None)


class TestReferences:
    """Vague references to the present, the past and the future."""

    @pytest.mark.parametrize(
        ("phrase", "value"),
        [
            ("currently", "PRESENT_REF"),  # the example
            ("now", "PRESENT_REF"),  # now
            ("right now", "PRESENT_REF"),  # "right now"
            ("at present", "PRESENT_REF"),  # "at present"
            ("these days", "PRESENT_REF"),  # "these days"
            ("nowadays", "PRESENT_REF"),  # nowadays
            ("for the time being", "PRESENT_REF"),  # "the time being"
            ("recently", "PAST_REF"),  # the example
            ("lately", "PAST_REF"),  # lately
            ("previously", "PAST_REF"),  # previously
            ("in the past", "PAST_REF"),  # "the past"
            ("more recently", "PAST_REF"),  # "more recently"
            ("soon", "FUTURE_REF"),  # soon
            ("in the future", "FUTURE_REF"),  # "the future"
            ("in the near future", "FUTURE_REF"),  # "the near future"
            ("in the coming months", "FUTURE_REF"),  # "the coming months"
            ("in future quarters", "FUTURE_REF"),  # "future" before a plural unit
            ("in future years", "FUTURE_REF"),  # … of years
            ("over upcoming weeks", "FUTURE_REF"),  # "upcoming" as "coming"
            ("in the long term", "FUTURE_REF"),  # "the long term"
        ],
    )
    def test_reference(self, phrase: str, value: str) -> None:
        """A vague reference has its TimeML value and no span."""
        expr = parse(phrase, reference=REF)
        assert expr.timex is not None
        assert (expr.timex.type, expr.timex.value, expr.span) == ("DATE", value, None)
