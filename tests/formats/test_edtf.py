"""EDTF (ISO 8601-2) levels 0–2: parsing, canonical strings, levels and spans."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronos import Grain, InvalidArgumentError, ParseError, Span
from chronos.formats._edtf import (
    EdtfDate,
    EdtfEnd,
    EdtfInterval,
    EdtfRange,
    EdtfSet,
    parse_edtf,
)


class TestParseLevel0:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("1985-04-12", EdtfDate),  # a day
            ("1985-04", EdtfDate),  # a month
            ("1985", EdtfDate),  # a year
            ("0000", EdtfDate),  # the year zero
            ("1985-04-12T23:20:30", EdtfDate),  # a date and time
            ("1985-04-12T23:20:30Z", EdtfDate),  # in UTC
            ("1985-04-12T23:20:30-04", EdtfDate),  # an offset in hours
            ("1985-04-12T23:20:30+04:30", EdtfDate),  # an offset in hours and minutes
            ("1964/2008", EdtfInterval),  # years
            ("2004-06/2006-08", EdtfInterval),  # months
            ("2004-02-01/2005-02-08", EdtfInterval),  # days
            ("2004-02-01/2005-02", EdtfInterval),  # a day to a month
            ("2004-02-01/2005", EdtfInterval),  # a day to a year
            ("2005/2006-02", EdtfInterval),  # a year to a month
        ],
    )
    def test_level_0_values(self, text: str, kind: type) -> None:
        """Level 0 dates, date-times and intervals parse, format back and are level 0."""
        value = parse_edtf(text)
        assert isinstance(value, kind)
        assert str(value) == text
        assert value.level == 0


class TestParseLevel1:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Y170000002", EdtfDate),  # a year of more than four digits
            ("Y-170000002", EdtfDate),  # a negative one
            ("-1985", EdtfDate),  # a negative year
            ("2001-21", EdtfDate),  # spring
            ("2001-22", EdtfDate),  # summer
            ("2001-23", EdtfDate),  # autumn
            ("2001-24", EdtfDate),  # winter
            ("1984?", EdtfDate),  # an uncertain year
            ("2004-06~", EdtfDate),  # an approximate month
            ("2004-06-11%", EdtfDate),  # an uncertain and approximate day
            ("201X", EdtfDate),  # a year in a decade
            ("20XX", EdtfDate),  # a year in a century
            ("2004-XX", EdtfDate),  # an unknown month
            ("1985-04-XX", EdtfDate),  # an unknown day
            ("1985-XX-XX", EdtfDate),  # an unknown month and day
            ("1985-04-12/..", EdtfInterval),  # open end
            ("../1985-04-12", EdtfInterval),  # open start
            ("1985-04/..", EdtfInterval),  # open end, months
            ("1985/..", EdtfInterval),  # open end, years
            ("1985-04-12/", EdtfInterval),  # unknown end
            ("/1985-04-12", EdtfInterval),  # unknown start
            ("1985/", EdtfInterval),  # unknown end, years
            ("1984~/2004-06", EdtfInterval),  # approximate start
            ("1984/2004-06~", EdtfInterval),  # approximate end
            ("1984?/2004%", EdtfInterval),  # qualified ends
            ("-1984?/2004%", EdtfInterval),  # a negative start
        ],
    )
    def test_level_1_values(self, text: str, kind: type) -> None:
        """Level 1 features parse, format back and are level 1."""
        value = parse_edtf(text)
        assert isinstance(value, kind)
        assert str(value) == text
        assert value.level == 1


class TestParseLevel2:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Y-17E7", EdtfDate),  # an exponential year
            ("Y17E2", EdtfDate),  # an exponent on a short year
            ("1950S2", EdtfDate),  # significant digits
            ("Y171010000S3", EdtfDate),  # significant digits of a long year
            ("Y3388E2S3", EdtfDate),  # an exponent and significant digits
            ("2001-25", EdtfDate),  # spring, northern hemisphere
            ("2001-29", EdtfDate),  # spring, southern hemisphere
            ("2001-32", EdtfDate),  # winter, southern hemisphere
            ("2001-33", EdtfDate),  # first quarter
            ("2001-36", EdtfDate),  # fourth quarter
            ("2001-37", EdtfDate),  # first quadrimester
            ("2001-39", EdtfDate),  # third quadrimester
            ("2001-40", EdtfDate),  # first semestral
            ("2001-41", EdtfDate),  # second semestral
            ("?2004-06-~11", EdtfDate),  # per component
            ("2004-?06-11", EdtfDate),  # an uncertain month
            ("?2004-06-11", EdtfDate),  # an uncertain year
            ("156X-12-25", EdtfDate),  # an unknown digit in the year
            ("15XX-12-25", EdtfDate),  # two unknown digits with a day
            ("XXXX-12-XX", EdtfDate),  # December of some year
            ("1XXX-XX", EdtfDate),  # some month of a millennium
            ("1XXX-12", EdtfDate),  # some December of a millennium
            ("1984-1X", EdtfDate),  # October to December
            ("201X-XX", EdtfDate),  # X from the right, but beyond level 1
            ("[1667,1668,1670..1672]", EdtfSet),  # one of
            ("[..1760-12-03]", EdtfSet),  # one of, open before
            ("[1760-12..]", EdtfSet),  # one of, open after
            ("[1667,1760-12]", EdtfSet),  # mixed precision
            ("[1760-01,1760-02,1760-12..]", EdtfSet),  # open after a list
            ("{1667,1668,1670..1672}", EdtfSet),  # all of
            ("{1960,1961-12}", EdtfSet),  # all of, mixed precision
            ("{..1984}", EdtfSet),  # all of, open before
            ("2004-06-~01/2004-06-~20", EdtfInterval),  # qualified days
            ("2004-06-XX/2004-07-03", EdtfInterval),  # an unknown day in an interval
        ],
    )
    def test_level_2_values(self, text: str, kind: type) -> None:
        """Level 2 features parse, format back and are level 2."""
        value = parse_edtf(text)
        assert isinstance(value, kind)
        assert str(value) == text
        assert value.level == 2


class TestCanonicalForm:
    @pytest.mark.parametrize(
        ("text", "canonical"),
        [
            ("2004-06~-11", "~2004-~06-11"),  # a group qualifier on the month
            ("2004?-06-11", "?2004-06-11"),  # a group qualifier on the year
            ("?2004-?06-?11", "2004-06-11?"),  # the same qualifier everywhere: level 1
            ("~2004-~06", "2004-06~"),  # likewise for a month
            ("2004?-06~", "%2004-~06"),  # both on the year, approximate month
            ("2004?-~06-11", "?2004-~06-11"),  # a group and an individual qualifier
            ("2004-06-11~", "2004-06-11~"),  # already canonical
        ],
    )
    def test_str_is_canonical(self, text: str, canonical: str) -> None:
        """Equivalent qualifier placements are written one way, and parse to the same value."""
        value = parse_edtf(text)
        assert str(value) == canonical
        assert parse_edtf(canonical) == value


class TestDateFields:
    @pytest.mark.parametrize(
        ("text", "fields"),
        [
            ("2004-06-11", ("2004", "06", "11", None, None, None)),  # plain
            ("2004-06-11%", ("2004", "06", "11", "%", "%", "%")),  # whole date
            ("2004-06~-11", ("2004", "06", "11", "~", "~", None)),  # group on the month
            ("2004?-06-11", ("2004", "06", "11", "?", None, None)),  # group on the year
            ("?2004-06-~11", ("2004", "06", "11", "?", None, "~")),  # individual
            ("2004-?06-11", ("2004", "06", "11", None, "?", None)),  # an uncertain month
            ("2004?-~06", ("2004", "06", None, "?", "~", None)),  # different qualifiers
            ("2004?-06~", ("2004", "06", None, "%", "~", None)),  # ? and ~ on the year
            ("2023-22", ("2023", "22", None, None, None, None)),  # a season
            ("-0044", ("-0044", None, None, None, None, None)),  # a negative year
            ("Y170000002", ("170000002", None, None, None, None, None)),  # a long year
        ],
    )
    def test_components_and_qualifiers(self, text: str, fields: tuple[str | None, ...]) -> None:
        """A qualifier after a component covers it and those on its left; before, it alone."""
        d = EdtfDate.parse(text)
        got = (d.year, d.month, d.day, d.year_qualifier, d.month_qualifier, d.day_qualifier)
        assert got == fields

    @pytest.mark.parametrize(
        ("text", "year", "exponent", "significant"),
        [
            ("Y-17E7", "-17", 7, None),  # the mantissa and exponent
            ("1950S2", "1950", None, 2),  # significant digits
            ("Y3388E2S3", "3388", 2, 3),  # both
        ],
    )
    def test_exponent_and_significant_digits(
        self, text: str, year: str, exponent: int | None, significant: int | None
    ) -> None:
        """An exponent keeps the mantissa as the year; S gives the significant digits."""
        d = EdtfDate.parse(text)
        assert (d.year, d.exponent, d.significant) == (year, exponent, significant)

    def test_date_time_keeps_its_zone(self) -> None:
        """A date-time keeps its time and zone as written."""
        d = EdtfDate.parse("2004-01-01T10:10:10+05:30")
        assert (d.day, d.time, d.zone) == ("01", "10:10:10", "+05:30")

    @pytest.mark.parametrize(
        ("text", "uncertain", "approximate", "unspecified"),
        [
            ("2004-06-11", False, False, False),  # plain
            ("2004?", True, False, False),  # uncertain
            ("2004-~06", False, True, False),  # approximate
            ("2004%", True, True, False),  # both
            ("2004-XX", False, False, True),  # unspecified
        ],
    )
    def test_flags(self, text: str, uncertain: bool, approximate: bool, unspecified: bool) -> None:
        """is_uncertain, is_approximate and has_unspecified_digits read the components."""
        d = EdtfDate.parse(text)
        assert d.is_uncertain is uncertain
        assert d.is_approximate is approximate
        assert d.has_unspecified_digits is unspecified


class TestSpan:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1985-04-12", Span.day(1985, 4, 12)),  # a day
            ("1985-04", Span.month(1985, 4)),  # a month
            ("1985", Span.year(1985)),  # a year
            ("1985-04-12T23:20:30", Span.second(1985, 4, 12, 23, 20, 30)),  # a second
            ("1985-04-12T23:20:30Z", Span.second(1985, 4, 12, 23, 20, 30)),  # zone not applied
            ("2023-21", Span.season(2023, "spring")),  # spring
            ("2023-22", Span.season(2023, "summer")),  # summer
            ("2023-24", Span.season(2023, "winter")),  # winter, from December
            ("2023-26", Span.season(2023, "summer")),  # northern summer
            ("2023-29", Span.season(2023, "autumn")),  # southern spring: September
            ("2023-30", Span.season(2023, "winter")),  # southern summer: from December
            ("2023-31", Span.season(2023, "spring")),  # southern autumn: March
            ("2024-33", Span.quarter(2024, 1)),  # a quarter
            ("2024-38", Span.third(2024, 2)),  # a quadrimester is a third
            ("2024-41", Span.half(2024, 2)),  # a semestral is a half
            ("201X", Span.decade(2010)),  # a decade
            ("20XX", Span.century(2000)),  # a century
            ("1950S2", Span.century(1900)),  # significant digits
            ("2004-XX-XX", Span.year(2004)),  # some day of 2004
            ("1985-04-XX", Span.month(1985, 4)),  # some day of April
            ("1984-1X", Span.parse("1984-10/1984-12")),  # three months, not a quarter
            ("156X-12-25", Span.parse("1560-12-25/1569-12-25")),  # one day a year
            ("2004-XX-31", Span.parse("2004-01-31/2004-12-31")),  # months with a 31st
            ("XXX6-02-29", Span.parse("0016-02-29/9996-02-29")),  # leap years only
            ("1984?", Span.year(1984)),  # a qualifier does not change the hull
            ("?2004-06-~11", Span.day(2004, 6, 11)),  # nor do component qualifiers
            ("1964/2008", Span.parse("1964/2008")),  # an interval of years
            ("2004-02-01/2005", Span.parse("2004-02-01/2005-12-31")),  # mixed: the finer grain
            ("2005/2006-02", Span.parse("2005-01/2006-02")),  # a year to a month
            ("2023-33/2023-22", Span.parse("2023-01/2023-08")),  # quarter to season: months
            ("2023-21/2023-24", Span.parse("2023-21/2023-24")),  # seasons stay seasons
            ("1985-04/..", Span.parse("1985-04/..")),  # open end
            ("../1985-04-12", Span.parse("../1985-04-12")),  # open start
            ("1985-04/", Span.parse("1985-04/..")),  # an unknown end is open
            ("/1985", Span.parse("../1985")),  # an unknown start is open
            ("201X/2020", Span.parse("2010/2020")),  # earliest start to latest end
            ("1800/1800-21", Span.parse("1800-01/1800-05")),  # the end inside the start
            ("[1667,1668,1670..1672]", Span.parse("1667/1672")),  # hull of a set
            ("{1960,1961-12}", Span.parse("1960-01/1961-12")),  # mixed precision: months
            ("[..1760-12-03]", Span.parse("../1760-12-03")),  # open before
            ("[1760-01,1760-12..]", Span.parse("1760-01/..")),  # open after
        ],
    )
    def test_span_is_the_hull(self, text: str, expected: Span) -> None:
        """span is the hull of what the value can denote, at its own or the coarsest grain."""
        assert parse_edtf(text).span == expected

    @pytest.mark.parametrize(
        "text",
        [
            "0000",  # there is no year 0 on chronos's axis
            "-0044",  # before the era
            "Y170000002",  # far in the future
            "Y-17E7",  # far in the past
            "9999",  # its end is past the last year
            "XXXX",  # any year, 0 and 9999 included
            "000X",  # includes the year 0
            "0000/2004",  # an interval from year 0
            "[2004,9999]",  # a set reaching 9999
        ],
    )
    def test_span_outside_chronos_years_raises(self, text: str) -> None:
        """A value reaching outside the years 1–9998 parses, but its span raises."""
        value = parse_edtf(text)
        assert str(value) == text
        with pytest.raises(InvalidArgumentError, match="years 1–9998"):
            _ = value.span

    def test_first_year_of_the_era(self) -> None:
        """The year 1 has a span, even though a winter or night before it cannot exist."""
        assert parse_edtf("0001").span == Span.year(1)
        assert parse_edtf("X001-01").span == Span.parse("0001-01/9001-01")


class TestAgreesWithSpanParse:
    @pytest.mark.parametrize(
        "text",
        [
            "2023-08",  # a month
            "2024-02-08",  # a day
            "2024",  # a year
            "2024-33",  # a quarter
            "2024-37",  # a third
            "2024-40",  # a half
            "2023-22",  # a season
            "199X",  # a decade
            "19XX",  # a century
            "2024-02-08T10:30:15",  # a second
            "2022-03/2022-05",  # months
            "2023-21/2023-24",  # seasons
            "199X/200X",  # decades
            "2023-08/..",  # open end
            "../2024-02-07",  # open start
        ],
    )
    def test_same_span_as_span_parse(self, text: str) -> None:
        """A string both parsers read gives the same span."""
        assert parse_edtf(text).span == Span.parse(text)


class TestParseErrors:
    @pytest.mark.parametrize(
        ("text", "position", "reason", "suggestion"),
        [
            ("", 0, "empty", None),  # nothing
            ("20", 2, "four-digit year", None),  # too short
            ("abc", 0, "four-digit year", None),  # not a date
            ("２００４", 0, "four-digit year", None),  # full-width digits
            ("2004-13", 5, "month", None),  # no month 13
            ("2004-42", 5, "grouping", None),  # no grouping 42
            ("2004-2X", 5, "no month", None),  # no month fits
            ("2004-02-30", 8, "no day 30 in 2004-02", None),  # no 30 February
            ("2003-02-29", 8, "no day 29", None),  # not a leap year
            ("2004-02-3X", 8, "no calendar date", None),  # no day fits
            ("XXX1-02-29", 8, "no calendar date", None),  # no leap year fits
            ("20045", 4, "with a Y", "Y20045"),  # five digits without Y
            ("Y2004", 1, "more than four digits", "2004"),  # Y with four digits
            ("Y02004", 1, "leading zero", None),  # a leading zero
            ("Y-17E0", 5, "exponent", None),  # a zero exponent
            ("1950S5", 4, "significant", None),  # more significant digits than digits
            ("19XXS2", 4, "significant", None),  # significant digits with X
            ("-XXXX", 1, "unspecified", None),  # X in a negative year
            ("-0000", 0, "0000", None),  # a negative zero
            ("2004-22-01", 7, "no day", None),  # a day after a season
            ("2004-06-11T10:00", 16, "hh:mm:ss", None),  # minutes only
            ("2004-06-11T25:00:00", 11, "hours", None),  # hour 25
            ("2004-XX-11T10:00:00", 10, "complete date", None),  # time with an X date
            ("2004-06-11?T10:00:00", 11, "complete date", None),  # time with a qualifier
            ("2004-06-11T10:00:00+0430", 22, "±hh:mm", "2004-06-11T10:00:00+04:30"),  # zone
            ("2004-06-11T10:00:00Zx", 20, "unexpected", None),  # after the zone
            ("2004-06-11T10:00:00+15", 20, "14 hours", None),  # too far east
            ("2004-06-11T10:00:00+04:60", 23, "minutes", None),  # minute 60 in a zone
            ("Y" + "1" * 31, 31, "at most 30 digits", None),  # an absurdly long year
            ("2004~~", 5, "unexpected", None),  # two qualifiers
            ("2004-06-11?%", 11, "unexpected", None),  # two qualifiers at the end
            ("2004/2003", 5, "ends before it starts", None),  # backwards
            ("2004//2005", 5, "single '/'", None),  # two slashes
            ("/", 0, "at least one date", None),  # no dates
            ("../..", 2, "at least one date", None),  # no dates, open
            ("2004-06-11 /2005", 10, "unexpected", "2004-06-11/2005"),  # a space
            (" 2004", 0, "four-digit year", "2004"),  # a leading space
            ("[]", 1, "at least one member", None),  # an empty set
            ("[1667, 1668]", 6, "four-digit year", "[1667,1668]"),  # a space in a set
            ("[1667,..1668]", 6, "first member", None),  # open before, not first
            ("[1667..,1668]", 1, "last member", None),  # open after, not last
            ("[1672..1670]", 1, "ends before it starts", None),  # a backwards range
            ("{1667]", 5, "expected ',' or '}'", None),  # mismatched brackets
            ("[1667]x", 6, "unexpected", None),  # after the set
        ],
    )
    def test_parse_error_has_caret_and_suggestion(
        self, text: str, position: int, reason: str, suggestion: str | None
    ) -> None:
        """Text that is not EDTF raises ParseError showing it, with a caret and maybe a fix."""
        with pytest.raises(ParseError) as info:
            parse_edtf(text)
        assert info.value.text == text
        assert info.value.position == position
        assert reason in info.value.reason
        assert info.value.suggestion == suggestion
        assert repr(text) in str(info.value)

    def test_parse_refuses_a_non_string(self) -> None:
        """parse_edtf takes text only."""
        with pytest.raises(InvalidArgumentError):
            parse_edtf(2004)  # type: ignore[arg-type]


class TestShapeParsers:
    @pytest.mark.parametrize(
        ("parser", "text", "reason"),
        [
            (EdtfDate.parse, "2004/2005", "an interval, not a date"),  # an interval
            (EdtfDate.parse, "[2004]", "a set, not a date"),  # a set
            (EdtfInterval.parse, "2004", "a date, not an interval"),  # a date
            (EdtfSet.parse, "2004/..", "an interval, not a set"),  # an interval
        ],
    )
    def test_shape_parser_refuses_other_shapes(
        self, parser: object, text: str, reason: str
    ) -> None:
        """Each type's parse reads its own shape and names the one it got."""
        with pytest.raises(ParseError, match=reason):
            parser(text)  # type: ignore[operator]

    @pytest.mark.parametrize(
        ("parser", "text"),
        [
            (EdtfDate.parse, "2004-06-11"),  # a date
            (EdtfInterval.parse, "2004/.."),  # an interval
            (EdtfSet.parse, "{2004,2005}"),  # a set
        ],
    )
    def test_shape_parser_reads_its_shape(self, parser: object, text: str) -> None:
        """Each type's parse is the inverse of its str()."""
        assert str(parser(text)) == text  # type: ignore[operator]


class TestConstructors:
    @pytest.mark.parametrize(
        ("value", "text"),
        [
            (EdtfDate("2004", "06", "11"), "2004-06-11"),  # a day
            (EdtfDate("2004", year_qualifier="?"), "2004?"),  # an uncertain year
            (EdtfDate("-17", exponent=7), "Y-17E7"),  # an exponent
            (EdtfDate("2004", "06", "11", time="10:00:00", zone="Z"), "2004-06-11T10:00:00Z"),
            (EdtfInterval(EdtfEnd.UNKNOWN, EdtfDate("2006")), "/2006"),  # unknown start
            (EdtfInterval(EdtfDate("2004", "06"), EdtfEnd.OPEN), "2004-06/.."),  # open end
            (EdtfSet([EdtfDate("1960"), EdtfDate("1961", "12")], all_of=True), "{1960,1961-12}"),
            (EdtfSet([EdtfRange(EdtfDate("1670"), EdtfDate("1672"))]), "[1670..1672]"),  # range
        ],
    )
    def test_constructors_build_what_parse_reads(self, value: object, text: str) -> None:
        """Building a value from its parts equals parsing its string."""
        assert str(value) == text
        assert parse_edtf(text) == value

    @pytest.mark.parametrize(
        ("build", "argument"),
        [
            (lambda: EdtfDate("2004", "13"), "date"),  # no month 13
            (lambda: EdtfDate("2004", None, "11"), "date"),  # a day without a month
            (lambda: EdtfDate("04"), "date"),  # a short year
            (lambda: EdtfDate(2004), "year"),  # type: ignore[arg-type]
            (lambda: EdtfDate("2004", 6), "month"),  # type: ignore[arg-type]
            (lambda: EdtfRange("1670", None), "start"),  # type: ignore[arg-type]
            (
                lambda: EdtfSet([EdtfRange(EdtfDate("1667"), None), EdtfDate("1670")]),
                "members",
            ),  # open after, not last  # not a string
            (lambda: EdtfDate("2004", month_qualifier="?"), "date"),  # a qualifier, no month
            (lambda: EdtfDate("2004", year_qualifier="!"), "year_qualifier"),  # type: ignore[arg-type]  # not a qualifier
            (lambda: EdtfDate("2004", exponent=True), "exponent"),  # a bool
            (lambda: EdtfDate("2004", "06", time="10:00:00"), "date"),  # a time without a day
            (lambda: EdtfInterval(EdtfDate("2005"), EdtfDate("2004")), "end"),  # backwards
            (lambda: EdtfInterval(EdtfEnd.OPEN, EdtfEnd.UNKNOWN), "end"),  # no date
            (lambda: EdtfInterval("2004", EdtfEnd.OPEN), "start"),  # type: ignore[arg-type]  # not a date
            (lambda: EdtfRange(None, None), "end"),  # no date
            (lambda: EdtfRange(EdtfDate("1672"), EdtfDate("1670")), "end"),  # backwards
            (lambda: EdtfSet([]), "members"),  # empty
            (lambda: EdtfSet(["1667"]), "members"),  # not a date
            (
                lambda: EdtfSet([EdtfDate("1667"), EdtfRange(None, EdtfDate("1670"))]),
                "members",
            ),  # open before, not first
        ],
    )
    def test_constructor_refuses_invalid_parts(self, build: object, argument: str) -> None:
        """Constructors accept exactly the values whose strings parse back to them."""
        with pytest.raises(InvalidArgumentError) as info:
            build()  # type: ignore[operator]
        assert info.value.argument == argument


class TestRepr:
    @pytest.mark.parametrize(
        ("value", "text"),
        [
            (EdtfDate.parse("2004-06~"), "EdtfDate.parse('2004-06~')"),  # a date
            (EdtfInterval.parse("2004/.."), "EdtfInterval.parse('2004/..')"),  # an interval
            (EdtfSet.parse("[1667,1668]"), "EdtfSet.parse('[1667,1668]')"),  # a set
            (EdtfEnd.OPEN, "EdtfEnd.OPEN"),  # an open end
            (
                EdtfRange(EdtfDate("1670"), None),
                "EdtfRange(EdtfDate.parse('1670'), None)",
            ),  # a range
        ],
    )
    def test_repr_pastes_back_as_code(self, value: object, text: str) -> None:
        """repr is code that rebuilds the value."""
        names = {
            "EdtfDate": EdtfDate,
            "EdtfInterval": EdtfInterval,
            "EdtfSet": EdtfSet,
            "EdtfEnd": EdtfEnd,
            "EdtfRange": EdtfRange,
        }
        assert repr(value) == text
        assert eval(text, names) == value  # noqa: S307 - our own repr

    def test_values_are_frozen_and_hashable(self) -> None:
        """EDTF values are immutable and can key a dict."""
        d = EdtfDate.parse("2004")
        with pytest.raises(AttributeError):
            d.year = "2005"  # type: ignore[misc]
        assert {parse_edtf("2004/.."): 1}[EdtfInterval.parse("2004/..")] == 1
        assert hash(EdtfSet.parse("[2004]")) == hash(EdtfSet.parse("[2004]"))

    def test_span_grain_of_a_date_time(self) -> None:
        """A date-time's span is one second, even at midnight."""
        span = parse_edtf("2004-01-01T00:00:00").span
        assert (span.grain, span.start) == (Grain.SECOND, datetime(2004, 1, 1))
