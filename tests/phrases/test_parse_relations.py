"""``parse`` on signals: how a phrase relates a thing to its anchor, which may be a date,
a range, or an event named in the text. The reference is Friday 25 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.errors import ParseError
from chronos.phrases._expression import PRECEDING_EVENT, Relation
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)


class TestSignals:
    """Each signal word gives its relation; the span is the anchor's."""

    @pytest.mark.parametrize(
        ("phrase", "relation", "span"),
        [
            ("since August 2023", Relation.SINCE, "2023-08"),  # the example
            ("ever since 2019", Relation.SINCE, "2019"),  # "ever since"
            ("starting Monday", Relation.SINCE, "2024-10-28"),  # "starting", nearest Monday
            ("from March 2020", Relation.SINCE, "2020-03"),  # "from" alone opens a range
            ("until March 2025", Relation.UNTIL, "2025-03"),  # until
            ("till 2030", Relation.UNTIL, "2030"),  # "till"
            ("through the end of the year", Relation.UNTIL, "2024-39"),  # "through"
            ("until the end of the year", Relation.UNTIL, "2024-39"),  # the example
            ("up until last week", Relation.UNTIL, "2024-W42"),  # "up until"
            ("by December", Relation.BY, "2024-12"),  # the example
            ("by 2030", Relation.BY, "2030"),  # by a year
            ("no later than Friday", Relation.BY, "2024-10-25"),  # "no later than"
            ("before 2020", Relation.BEFORE, "2020"),  # before
            # "before the end of" the year is before it is over: what "by" says
            ("before the end of the year", Relation.BY, "2024-39"),
            ("ahead of the close of March", Relation.BY, "2025-03-21/2025-03-31"),
            # "before late 2024" is before its late part begins: a plain "before"
            ("before late 2024", Relation.BEFORE, "2024-39"),
            ("ahead of February 8", Relation.BEFORE, "2025-02-08"),  # the example
            ("prior to June 2024", Relation.BEFORE, "2024-06"),  # "prior to"
            ("in the run-up to the 2024 vote", Relation.BEFORE, "2024"),  # "run-up"
            ("in advance of next week", Relation.BEFORE, "2024-W44"),  # "in advance of"
            ("after 2021", Relation.AFTER, "2021"),  # after
            ("following last week", Relation.AFTER, "2024-W42"),  # "following"
            ("in the wake of March 2023", Relation.AFTER, "2023-03"),  # "in the wake of"
            ("post-1959", Relation.AFTER, "1959"),  # a "post-" prefix
            ("during 2023", Relation.DURING, "2023"),  # during
            ("throughout the summer of 2022", Relation.DURING, "2022-22"),  # "throughout"
            ("over the weekend", Relation.DURING, "2024-10-26/2024-10-27"),  # nearest weekend
            ("as of Monday, October 21, 2024", Relation.AS_OF, "2024-10-21"),  # "as of"
            ("in 2024", Relation.ON, "2024"),  # a plain "in"
            ("on 3 May 2023", Relation.ON, "2023-05-03"),  # a plain "on"
            ("at noon on 3 May 2023", Relation.ON, "2023-05-03T12:00"),  # a plain "at"
            ("sometime next year", Relation.ON, "2025"),  # "sometime"
            ("2023-10-26", Relation.ON, "2023-10-26"),  # no signal: on
            ("1990 and beyond", Relation.SINCE, "1990"),  # an open end after the date
            ("1990 onwards", Relation.SINCE, "1990"),  # ... a stretch that opens then
            ("2024 or later", Relation.ON_OR_AFTER, "2024"),  # one time: that year or later
            ("May 2025 or after", Relation.ON_OR_AFTER, "2025-05"),  # ... "or after"
            ("in 2026 or later", Relation.ON_OR_AFTER, "2026"),  # ... after a signal
            ("in 2026 and beyond", Relation.SINCE, "2026"),  # a stretch after a signal
            ("since 2019 or so", Relation.SINCE, "2018/2020"),  # "or so" after a signal
            ("2019 or earlier", Relation.BY, "2019"),  # an open end before
        ],
    )
    def test_relation(self, phrase: str, relation: Relation, span: str) -> None:
        """The signal gives the relation; the anchor gives the span."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, str(expr.span)) == (relation, span)

    def test_between_is_from_to(self) -> None:
        """ "between X and Y" and "from X to Y" give the same relation."""
        assert Relation["BETWEEN"] is Relation["FROM_TO"]

    def test_open_end_sets_the_timex_mod(self) -> None:
        """ "1990 and beyond" is TimeML's 1990 with mod ON_OR_AFTER."""
        assert str(parse("1990 and beyond", reference=REF).timex) == "DATE 1990 ON_OR_AFTER"

    def test_timex_extent_leaves_the_signal_out(self) -> None:
        """The TIMEX3 extent is the anchor alone; the phrase includes the signal."""
        expr = parse("since August 2023", reference=REF)
        assert expr.text == "since August 2023"
        assert "since August 2023"[expr.timex_start : expr.timex_end] == "August 2023"


class TestRanges:
    """Two anchors joined: the span runs from the first's start to the second's end."""

    @pytest.mark.parametrize(
        ("phrase", "span"),
        [
            ("between March and May 2022", "2022-03/2022-05"),  # the example
            ("between 2010 and 2015", "2010/2015"),  # years
            ("from 2019 to 2021", "2019/2021"),  # "from … to"
            ("from 2019 through 2021", "2019/2021"),  # "through"
            ("2019-2021", "2019/2021"),  # hyphenated years
            ("2019–21", "2019/2021"),  # en dash, short second year
            ("2012-13", "2012/2013"),  # a season written short
            ("1999–00", "1999/2000"),  # a short second year across a century
            ("1900-99", "1900/1999"),  # a whole century, within it
            ("October 21-23, 2024", "2024-10-21/2024-10-23"),  # a day range in a month
            ("21-23 October 2024", "2024-10-21/2024-10-23"),  # day first
            ("from Monday to Friday", "2024-10-28/2024-11-01"),  # the nearest Monday, then on
            ("between December and February 2023", "2022-12/2023-02"),  # across a new year
            ("from June 2023 until March 2024", "2023-06/2024-03"),  # "until"
        ],
    )
    def test_range(self, phrase: str, span: str) -> None:
        """A range is FROM_TO, with both ends kept as parts."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, str(expr.span)) == (Relation.FROM_TO, span)
        assert len(expr.parts) == 2

    @pytest.mark.parametrize(
        "phrase",
        [
            "2024-13",  # no run of 89 years: a month out of range
            "1990-89",  # nor of 99
        ],
    )
    def test_short_year_crosses_a_century_only_for_a_short_span(self, phrase: str) -> None:
        """A short second year that would make a range of decades across a century is not
        read as one; the phrase is refused, naming the month it would otherwise be."""
        with pytest.raises(ParseError, match="no such month"):
            parse(phrase, reference=REF)

    def test_range_parts_are_the_two_ends(self) -> None:
        """The parts of "between March and May 2022" are March 2022 and May 2022."""
        expr = parse("between March and May 2022", reference=REF)
        assert [str(p.span) for p in expr.parts] == ["2022-03", "2022-05"]
        assert [str(p.timex) for p in expr.parts] == ["DATE 2022-03", "DATE 2022-05"]


class TestEventAnchors:
    """An anchor that is an event stays an event: no date is invented for it."""

    @pytest.mark.parametrize(
        ("phrase", "relation", "event"),
        [
            ("after his conviction", Relation.AFTER, "his conviction"),  # the example
            ("following the verdict", Relation.AFTER, "the verdict"),  # "following"
            ("since the floods", Relation.SINCE, "the floods"),  # since an event
            ("until the ceasefire", Relation.UNTIL, "the ceasefire"),  # until an event
            ("ahead of the summit", Relation.BEFORE, "the summit"),  # before an event
            ("prior to the hearing", Relation.BEFORE, "the hearing"),  # "prior to"
            ("in the run-up to the elections", Relation.BEFORE, "the elections"),  # run-up
            ("during the campaign", Relation.DURING, "the campaign"),  # during
            ("by the time parliament met", Relation.BY, "the time parliament met"),  # a clause
            ("before Sunday's vote", Relation.BEFORE, "Sunday's vote"),  # a dated noun
        ],
    )
    def test_event(self, phrase: str, relation: Relation, event: str) -> None:
        """The event's text is kept as written, with the relation."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, expr.anchor_event) == (relation, event)

    def test_event_without_a_date_has_no_span(self) -> None:
        """ "after his conviction" has no span and no timex of its own."""
        expr = parse("after his conviction", reference=REF)
        assert (expr.span, expr.timex, expr.offset) == (None, None, None)

    def test_dated_event_keeps_both(self) -> None:
        """ "ahead of the February 8 elections" keeps the event and dates it."""
        expr = parse("ahead of the February 8 elections", reference=REF, tense="past")
        assert expr.anchor_event == "the February 8 elections"
        assert str(expr.span) == "2024-02-08"
        assert expr.relation is Relation.BEFORE

    def test_event_with_a_date_inside(self) -> None:
        """ "since his arrest in August 2023" dates the arrest to August 2023."""
        expr = parse("since his arrest in August 2023", reference=REF)
        assert (expr.anchor_event, str(expr.span)) == ("his arrest in August 2023", "2023-08")

    @pytest.mark.parametrize(
        ("phrase", "relation", "event", "offset"),
        [
            ("two days after the letter", Relation.AFTER, "the letter", "P2D"),  # the issue
            ("three weeks before the vote", Relation.BEFORE, "the vote", "P3W"),  # before
            ("a year after the war", Relation.AFTER, "the war", "P1Y"),  # a year
            ("the day after the vote", Relation.AFTER, "the vote", "P1D"),  # "the day after"
            ("the week before the summit", Relation.BEFORE, "the summit", "P1W"),  # a week
            ("five months prior to the census", Relation.BEFORE, "the census", "P5M"),  # prior
        ],
    )
    def test_offset_from_an_event(
        self, phrase: str, relation: Relation, event: str, offset: str
    ) -> None:
        """A stated gap from an event is the offset; the timex is the gap."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, expr.anchor_event, str(expr.offset)) == (relation, event, offset)
        assert expr.span is None

    def test_bounded_offset(self) -> None:
        """ "at least two days after the letter" bounds the offset from below."""
        expr = parse("at least two days after the letter", reference=REF)
        assert expr.offset is not None
        assert (expr.offset.mod, expr.anchor_event) == ("EQUAL_OR_MORE", "the letter")

    def test_within_an_event(self) -> None:
        """ "within two days of the vote" is WITHIN, at most two days from it."""
        expr = parse("within two days of the vote", reference=REF)
        assert (expr.relation, expr.anchor_event) == (Relation.WITHIN, "the vote")
        assert expr.offset is not None
        assert expr.offset.mod == "EQUAL_OR_LESS"

    def test_offset_from_a_date(self) -> None:
        """ "two days after 8 February 2024" keeps the date as span and the gap as offset."""
        expr = parse("two days after 8 February 2024", reference=REF)
        assert (expr.relation, str(expr.span), str(expr.offset)) == (
            Relation.AFTER,
            "2024-02-08",
            "P2D",
        )


class TestAnaphora:
    """Times placed from the event mentioned just before, left for the timeline."""

    @pytest.mark.parametrize(
        ("phrase", "relation", "offset"),
        [
            ("the following day", Relation.AFTER, "P1D"),  # the example
            ("the next day", Relation.AFTER, "P1D"),  # "the next day"
            ("the previous day", Relation.BEFORE, "P1D"),  # "the previous day"
            ("the day before", Relation.BEFORE, "P1D"),  # "the day before"
            ("three days later", Relation.AFTER, "P3D"),  # "later"
            ("a week earlier", Relation.BEFORE, "P1W"),  # "earlier"
            ("two months afterwards", Relation.AFTER, "P2M"),  # "afterwards"
            ("the following week", Relation.AFTER, "P1W"),  # a week
            ("the previous year", Relation.BEFORE, "P1Y"),  # a year
        ],
    )
    def test_anaphor(self, phrase: str, relation: Relation, offset: str) -> None:
        """The anchor is the preceding event; the gap is the offset; there is no span."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, expr.anchor_event, str(expr.offset)) == (
            relation,
            PRECEDING_EVENT,
            offset,
        )
        assert expr.span is None

    @pytest.mark.parametrize(
        ("phrase", "value"),
        [
            ("that day", "XXXX-XX-XX"),  # the same day as the preceding event
            ("the same day", "XXXX-XX-XX"),  # "the same day"
            ("that week", "XXXX-WXX"),  # a week
            ("that year", "XXXX"),  # a year
        ],
    )
    def test_same_time(self, phrase: str, value: str) -> None:
        """ "that day" is ON the preceding event, its timex value left unknown."""
        expr = parse(phrase, reference=REF)
        assert (expr.relation, expr.anchor_event, expr.offset) == (
            Relation.ON,
            PRECEDING_EVENT,
            None,
        )
        assert expr.timex is not None
        assert expr.timex.value == value


@pytest.mark.parametrize(
    ("phrase", "span", "timex_text"),
    [
        ("on or after 3 May 2023", "2023-05-03", "3 May 2023"),  # a day; "on or after" outside
        ("on or after Monday", "2024-10-28", "Monday"),  # a weekday, the nearest
        ("on or after June 2025", "2025-06", "June 2025"),  # a month
        ("no earlier than 1 March 2025", "2025-03-01", "1 March 2025"),  # "no earlier than"
        ("not earlier than next week", "2024-W44", "next week"),  # "not earlier than"
    ],
)
def test_on_or_after_is_that_time_or_later(phrase: str, span: str, timex_text: str) -> None:
    """ "on or after X" is X with ON_OR_AFTER, the mirror of "on or before" (BY): the
    timex is X alone, with no mod, as "on or before" leaves it."""
    e = parse(phrase, reference=REF)
    assert e.relation is Relation.ON_OR_AFTER
    assert str(e.span) == span
    assert e.timex is not None
    assert e.timex.mod is None
    assert phrase[e.timex_start : e.timex_end] == timex_text
