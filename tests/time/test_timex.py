"""Timex: the TIMEX3 triple — validation, the compact form, and the mapping to and from Span."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronos import Grain, InvalidArgumentError, ParseError, Span
from chronos.time._timex import Timex


class TestConstructor:
    @pytest.mark.parametrize(
        ("kind", "value"),
        [
            ("DATE", "1998"),  # a year
            ("DATE", "1998-02"),  # a month
            ("DATE", "1998-02-13"),  # a day
            ("DATE", "1998-W06"),  # an ISO week
            ("DATE", "1998-W07-WE"),  # a weekend
            ("DATE", "1998-W07-5"),  # a weekday of a week
            ("DATE", "1998-Q1"),  # a quarter
            ("DATE", "1998-H1"),  # a half
            ("DATE", "1997-FA"),  # autumn
            ("DATE", "1997-SU"),  # summer
            ("DATE", "1997-WI"),  # winter
            ("DATE", "1997-SP"),  # spring
            ("DATE", "199"),  # a decade
            ("DATE", "19"),  # a century
            ("DATE", "199X"),  # some year of a decade
            ("DATE", "FY1998"),  # a fiscal year
            ("DATE", "FY1998-Q3"),  # a fiscal quarter
            ("TIME", "1998-02-13TMO"),  # morning
            ("TIME", "1998-02-13TAF"),  # afternoon
            ("TIME", "1998-02-13TEV"),  # evening
            ("TIME", "1998-02-13TNI"),  # night
            ("TIME", "1998-02-13TDT"),  # daytime
            ("TIME", "1998-02-13TMI"),  # midday
            ("TIME", "1998-02-13T22:00"),  # a clock time
            ("TIME", "1998-02-13T22"),  # an hour, reduced precision
            ("TIME", "1998-02-13T22:15:30"),  # to the second
            ("TIME", "1998-02-13T22:15Z"),  # UTC
            ("TIME", "1998-02-13T22:15-05:00"),  # an offset
            ("TIME", "1998-02-13T22:15+0530"),  # an offset without a colon
            ("TIME", "1998-02-13T22:15+05"),  # an offset in whole hours
            ("TIME", "T22:00"),  # a clock time without a date
            ("DATE", "XXXX-02-08"),  # an unknown year
            ("DATE", "1998-XX-XX"),  # an unknown month and day
            ("DATE", "1998-XX"),  # an unknown month
            ("DATE", "1998-XX-31"),  # the 31st of an unknown month
            ("DATE", "1998-WXX"),  # an unknown week
            ("DATE", "1998-QX"),  # an unknown quarter
            ("DATE", "2020-W53"),  # a 53-week ISO year
            ("DATE", "2024-02-29"),  # a leap day
            ("DATE", "XXXX-02-29"),  # a leap day of an unknown year
            ("DATE", "PRESENT_REF"),  # now
            ("DATE", "PAST_REF"),  # the past
            ("TIME", "FUTURE_REF"),  # the future, as TIME
            ("DURATION", "P3Y"),  # years
            ("DURATION", "P2M"),  # months
            ("DURATION", "P1W"),  # a week
            ("DURATION", "P4D"),  # days
            ("DURATION", "PT2H"),  # hours
            ("DURATION", "PT30M"),  # minutes
            ("DURATION", "P1Y6M"),  # years and months
            ("DURATION", "P1.5Y"),  # a fraction
            ("DURATION", "PXY"),  # several years
            ("DURATION", "PXM"),  # some months
            ("DURATION", "PXD"),  # a few days
            ("DURATION", "PTXH"),  # some hours
            ("DURATION", "P2DT3H"),  # days and hours
            ("DURATION", "P1Q"),  # a quarter
            ("DURATION", "P2E"),  # two decades
            ("DURATION", "P1C"),  # a century
            ("DURATION", "P1L"),  # a millennium
            ("SET", "P1D"),  # daily
            ("SET", "P1W"),  # weekly
            ("SET", "XXXX-WXX-1"),  # every Monday
            ("SET", "XXXX-WXX-2TNI"),  # every Tuesday night
            ("SET", "XXXX-Q2"),  # every second quarter
            ("SET", "XXXX-SU"),  # every summer
        ],
    )
    def test_accepts_timeml_values(self, kind: str, value: str) -> None:
        """Every value form of TimeML's conventions is accepted for its type."""
        timex = Timex(kind, value)
        assert (timex.type, timex.value, timex.mod) == (kind, value, None)

    @pytest.mark.parametrize(
        "mod",
        [
            "START",  # early
            "MID",  # mid
            "END",  # late
            "APPROX",  # about
            "LESS_THAN",  # less than
            "MORE_THAN",  # more than
            "EQUAL_OR_LESS",  # no more than
            "EQUAL_OR_MORE",  # at least
            "BEFORE",  # before
            "AFTER",  # after
            "ON_OR_BEFORE",  # by
            "ON_OR_AFTER",  # since
        ],
    )
    def test_accepts_every_mod(self, mod: str) -> None:
        """Each TimeML mod is accepted."""
        assert Timex("DATE", "2024", mod).mod == mod

    def test_duration_engineers_call(self) -> None:
        """The positional form Timex(type, value, mod) works as Duration.timex uses it."""
        assert Timex("DURATION", "P3Y", "MORE_THAN") == Timex("DURATION", "P3Y", mod="MORE_THAN")


class TestConstructorRejectsMalformedValues:
    @pytest.mark.parametrize(
        ("kind", "value", "position", "reason"),
        [
            ("DATE", "", 0, "empty"),  # nothing
            ("DATE", "1", 1, "four-digit year"),  # one digit
            ("DATE", "19980", 4, "'-'"),  # five digits
            ("DATE", "1998-13", 5, "month"),  # no month 13
            ("DATE", "1998-00", 5, "month"),  # no month 0
            ("DATE", "1998-02-30", 8, "no day 30"),  # no 30 February
            ("DATE", "1999-02-29", 8, "no day 29"),  # not a leap year
            ("DATE", "1998-04-31", 8, "no day 31"),  # April has 30 days
            ("DATE", "1998-W54", 6, "week"),  # no week 54
            ("DATE", "2021-W53", 6, "52 weeks"),  # 2021 has no week 53
            ("DATE", "1998-W6", 6, "two-digit ISO week"),  # one-digit week
            ("DATE", "1998-W06-8", 9, "weekday"),  # no eighth day
            ("DATE", "1998-Q5", 6, "quarter"),  # no fifth quarter
            ("DATE", "1998-H3", 6, "half"),  # no third half
            ("DATE", "1998-XU", 6, "month"),  # not a season
            ("DATE", "1998-1X", 6, "month"),  # a partly unknown month
            ("DATE", "1998-02-13T24:30", 11, "hour"),  # 24 only as 24:00, the end of a day
            ("DATE", "1998-02-13T25:00", 11, "hour"),  # no hour 25
            ("DATE", "1998-02-13T22:60", 14, "minutes"),  # no minute 60
            ("DATE", "1998-02-13TXY", 12, "hour"),  # not a part of the day
            ("DATE", "1998-02-13T22:00+5", 17, "zone"),  # a one-digit offset
            ("DATE", "1998-02-13 ", 10, "unexpected"),  # trailing space
            ("DATE", "1998/02/13", 4, "'-'"),  # slashes
            ("DATE", "FY1998-02", 7, "fiscal"),  # a fiscal month
            ("DATE", "P3Y", 0, "DURATION"),  # a duration as DATE
            ("DATE", "PAST_REX", 0, "expected a date"),  # a misspelt reference
            ("DURATION", "1998", 0, "DURATION value is a length"),  # a date as DURATION
            ("DURATION", "PRESENT_REF", 0, "not a DURATION"),  # a reference as DURATION
            ("DURATION", "P", 1, "number and a unit"),  # nothing after P
            ("DURATION", "PXX", 2, "unit"),  # no unit
            ("DURATION", "P3", 2, "unit"),  # no unit at the end
            ("DURATION", "P1M2Y", 4, "unit (W, D)"),  # units out of order
            ("DURATION", "P1Y1Y", 4, "unit"),  # a repeated unit
            ("DURATION", "P1H", 2, "unit"),  # hours before T
            ("DURATION", "PT", 2, "after 'T'"),  # nothing after T
            ("DURATION", "P1.Y", 3, "decimal point"),  # a dangling point
            ("SET", "PAST_REF", 0, "not a SET"),  # a reference as SET
            ("SET", "FY1998", 0, "SET value"),  # a fiscal year as SET
        ],
    )
    def test_malformed_value_raises_parse_error_at_first_bad_character(
        self, kind: str, value: str, position: int, reason: str
    ) -> None:
        """A malformed value raises ParseError showing the value with a caret where it fails."""
        with pytest.raises(ParseError) as info:
            Timex(kind, value)
        assert info.value.text == value
        assert info.value.position == position
        assert reason in info.value.reason
        assert repr(value) in str(info.value)

    def test_misspelt_reference_suggests_the_reference(self) -> None:
        """A value close to a reference suggests it."""
        with pytest.raises(ParseError) as info:
            Timex("DATE", "PRESENT_RFE")
        assert info.value.suggestion == "PRESENT_REF"

    def test_non_ascii_digits_are_refused(self) -> None:
        """Only ASCII digits are digits in a value."""
        with pytest.raises(ParseError):
            Timex("DATE", "١٩٩٨")


class TestConstructorRejectsNames:
    @pytest.mark.parametrize(
        ("kwargs", "argument", "hint"),
        [
            ({"type": "date", "value": "1998"}, "type", "did you mean 'DATE'"),  # lower case
            ({"type": "DURATON", "value": "P1Y"}, "type", "did you mean 'DURATION'"),  # typo
            ({"type": "EVENT", "value": "1998"}, "type", "must be one of"),  # not a type
            ({"type": "DATE", "value": "1998", "mod": "start"}, "mod", "'START'"),  # lower
            ({"type": "DATE", "value": "1998", "mod": "ERALY"}, "mod", "must be one of"),  # no
            ({"type": "DATE", "value": 1998}, "value", "must be a str"),  # not text
            ({"type": "DATE", "value": "1998", "mod": 1}, "mod", "must be a str"),  # not text
            ({"type": None, "value": "1998"}, "type", "must be a str"),  # no type
        ],
    )
    def test_bad_name_raises_invalid_argument(
        self, kwargs: dict[str, object], argument: str, hint: str
    ) -> None:
        """A type or mod outside TimeML's lists raises InvalidArgumentError naming it."""
        with pytest.raises(InvalidArgumentError) as info:
            Timex(**kwargs)  # type: ignore[arg-type]
        assert info.value.argument == argument
        assert hint in str(info.value)


class TestFreqAndQuant:
    @pytest.mark.parametrize(
        ("freq", "quant"),
        [
            ("2X", None),  # twice
            ("1X", "EVERY"),  # once, every
            ("7D", None),  # seven days a period
            (None, "EACH"),  # each
            (None, "each"),  # as some corpora write it
        ],
    )
    def test_set_takes_freq_and_quant(self, freq: str | None, quant: str | None) -> None:
        """A SET carries a frequency and a quantifier."""
        timex = Timex("SET", "P1M", freq=freq, quant=quant)
        assert (timex.freq, timex.quant) == (freq, quant)

    @pytest.mark.parametrize(
        ("kind", "kwargs", "argument"),
        [
            ("DATE", {"freq": "2X"}, "freq"),  # freq on a DATE
            ("DURATION", {"quant": "EVERY"}, "quant"),  # quant on a DURATION
            ("SET", {"freq": "twice"}, "freq"),  # a word
            ("SET", {"freq": "2"}, "freq"),  # no X or unit
            ("SET", {"quant": "EVERY DAY"}, "quant"),  # two words
            ("SET", {"quant": ""}, "quant"),  # empty
        ],
    )
    def test_bad_freq_or_quant_raises(
        self, kind: str, kwargs: dict[str, str], argument: str
    ) -> None:
        """freq and quant are well formed and belong to a SET only."""
        value = "P1D" if kind != "DATE" else "1998"
        with pytest.raises(InvalidArgumentError) as info:
            Timex(kind, value, **kwargs)
        assert info.value.argument == argument

    def test_freq_and_quant_are_keyword_only(self) -> None:
        """Only type, value and mod are positional."""
        with pytest.raises(TypeError):
            Timex("SET", "P1D", None, "2X")  # type: ignore[call-arg]


class TestRepr:
    @pytest.mark.parametrize(
        ("timex", "text"),
        [
            (Timex("DATE", "2024-Q1"), "Timex('DATE', '2024-Q1')"),  # no mod
            (Timex("DATE", "2024", "START"), "Timex('DATE', '2024', mod='START')"),  # a mod
            (
                Timex("SET", "P1M", freq="2X", quant="EVERY"),
                "Timex('SET', 'P1M', freq='2X', quant='EVERY')",
            ),  # a SET
        ],
    )
    def test_repr_pastes_back_as_code(self, timex: Timex, text: str) -> None:
        """repr omits the None fields and evaluates back to the timex."""
        assert repr(timex) == text
        assert eval(text, {"Timex": Timex}) == timex  # noqa: S307 - our own repr


class TestStr:
    @pytest.mark.parametrize(
        ("timex", "text"),
        [
            (Timex("DATE", "2024-Q1"), "DATE 2024-Q1"),  # type and value
            (Timex("DATE", "2024", "START"), "DATE 2024 START"),  # with a mod
            (Timex("DURATION", "P3Y", "MORE_THAN"), "DURATION P3Y MORE_THAN"),  # a duration
            (Timex("SET", "P1M", freq="2X"), "SET P1M freq=2X"),  # with a frequency
            (
                Timex("SET", "P1D", "APPROX", freq="1X", quant="EVERY"),
                "SET P1D APPROX freq=1X quant=EVERY",
            ),  # everything
        ],
    )
    def test_str_is_the_compact_form(self, timex: Timex, text: str) -> None:
        """str() writes TYPE VALUE [MOD] [freq=F] [quant=Q]."""
        assert str(timex) == text


class TestParse:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("DATE 2024-Q1", Timex("DATE", "2024-Q1")),  # canonical
            ("DATE 2024 START", Timex("DATE", "2024", "START")),  # with a mod
            ("  DATE\t2024   END ", Timex("DATE", "2024", "END")),  # any white space
            ("SET P1M freq=2X", Timex("SET", "P1M", freq="2X")),  # a frequency
            ("SET P1M quant=EACH freq=2X", Timex("SET", "P1M", freq="2X", quant="EACH")),  # order
            ("TIME T22:00 APPROX", Timex("TIME", "T22:00", "APPROX")),  # a bare clock time
        ],
    )
    def test_parse_reads_the_compact_form(self, text: str, expected: Timex) -> None:
        """Timex.parse reads what str() writes, whatever the white space between words."""
        assert Timex.parse(text) == expected

    @pytest.mark.parametrize(
        ("text", "position", "suggestion"),
        [
            ("", 0, None),  # empty
            ("   ", 0, None),  # blank
            ("date 2024", 0, "DATE"),  # lower-case type
            ("DTAE 2024", 0, "DATE"),  # a misspelt type
            ("DATE", 4, None),  # no value
            ("DATE 2024-13", 10, None),  # a bad month, caret inside the value
            ("DATE 2024 STRAT", 10, "START"),  # a misspelt mod
            ("DATE 2024 START END", 16, None),  # two mods
            ("DATE 2024 freq=2X", 10, None),  # freq on a DATE
            ("SET P1D frequency=2X", 8, None),  # not an attribute
            ("SET P1D freq=2X freq=3X", 16, None),  # a repeated attribute
            ("SET P1D freq=often", 13, None),  # a bad frequency
            ("<TIMEX3 type='DATE'>", 0, None),  # the XML form is not this form
        ],
    )
    def test_parse_error_points_at_the_bad_word(
        self, text: str, position: int, suggestion: str | None
    ) -> None:
        """Malformed text raises ParseError with a caret under the word at fault."""
        with pytest.raises(ParseError) as info:
            Timex.parse(text)
        assert info.value.text == text
        assert info.value.position == position
        assert info.value.suggestion == suggestion
        assert repr(text) in str(info.value)

    def test_parse_refuses_a_non_string(self) -> None:
        """Timex.parse takes text only."""
        with pytest.raises(InvalidArgumentError):
            Timex.parse(2024)  # type: ignore[arg-type]


class TestSpanTimex:
    @pytest.mark.parametrize(
        ("span", "expected"),
        [
            (Span.year(2024), Timex("DATE", "2024")),  # a year
            (Span.month(2024, 8), Timex("DATE", "2024-08")),  # a month
            (Span.day(2024, 8, 5), Timex("DATE", "2024-08-05")),  # a day
            (Span.week(2024, 6), Timex("DATE", "2024-W06")),  # an ISO week
            (Span.week(2025, 1), Timex("DATE", "2025-W01")),  # a week starting in December
            (Span.quarter(2024, 1), Timex("DATE", "2024-Q1")),  # a quarter
            (Span.half(2024, 2), Timex("DATE", "2024-H2")),  # a half
            (Span.season(2023, "summer"), Timex("DATE", "2023-SU")),  # summer
            (Span.season(2023, "autumn"), Timex("DATE", "2023-FA")),  # autumn is FA
            (Span.season(2023, "winter"), Timex("DATE", "2023-WI")),  # named by its December
            (Span.season(2024, "spring"), Timex("DATE", "2024-SP")),  # spring
            (Span.third(2024, 1), Timex("DATE", "2024", "START")),  # early 2024
            (Span.third(2024, 2), Timex("DATE", "2024", "MID")),  # mid-2024
            (Span.third(2024, 3), Timex("DATE", "2024", "END")),  # late 2024
            (Span.decade(1990), Timex("DATE", "199")),  # the 1990s
            (Span.century(1900), Timex("DATE", "19")),  # 1900–1999
            (Span.part_of_day(2024, 2, 8, "evening"), Timex("TIME", "2024-02-08TEV")),  # evening
            (Span.part_of_day(2024, 2, 8, "night"), Timex("TIME", "2024-02-08TNI")),  # night
            (Span.hour(2024, 2, 8, 10), Timex("TIME", "2024-02-08T10:00")),  # an hour
            (Span.minute(2024, 2, 8, 10, 30), Timex("TIME", "2024-02-08T10:30")),  # a minute
            (
                Span.second(2024, 2, 8, 10, 30, 15),
                Timex("TIME", "2024-02-08T10:30:15"),
            ),  # a second
            (Span.parse("2022-01/2022-02"), Timex("DATE", "2022-Q1")),  # two months: a quarter
            (Span.parse("2022-03/2022-05"), Timex("DATE", "2022-SP")),  # three months: spring
            (Span.parse("2022-05/2022-06"), Timex("DATE", "2022-Q2")),  # a quarter first
            (Span.parse("2022-06/2022-07"), Timex("DATE", "2022-SU")),  # in summer
            (Span.parse("2022-05/2022-08"), Timex("DATE", "2022", "MID")),  # the middle third
            (Span.parse("2022-06/2022-09"), Timex("DATE", "2022")),  # across thirds and halves
            (Span.parse("2024-02-06/2024-02-08"), Timex("DATE", "2024-W06")),  # days in a week
            (Span.parse("2024-01-30/2024-02-01"), Timex("DATE", "2024-W05")),  # across months
            (Span.parse("2024-02-08T10/2024-02-08T11"), Timex("TIME", "2024-02-08TMO")),  # hours
            (Span.parse("2024-02-08T11/2024-02-08T12"), Timex("DATE", "2024-02-08")),  # noon
            (Span.parse("1991/1995"), Timex("DATE", "199")),  # years in a decade
            (Span.parse("2023-08/.."), Timex("DATE", "2023-08", "ON_OR_AFTER")),  # since
            (Span.parse("../2024-02-07"), Timex("DATE", "2024-02-07", "ON_OR_BEFORE")),  # by
            (Span.parse("2024-38/.."), Timex("DATE", "2024-05", "ON_OR_AFTER")),  # a third: month
            (Span.parse("../2024-37"), Timex("DATE", "2024-04", "ON_OR_BEFORE")),  # ends April
        ],
    )
    def test_span_timex_writes_timeml_values(self, span: Span, expected: Timex) -> None:
        """A span maps to the TimeML value of the smallest unit holding it, or of its known end."""
        assert span.timex == expected

    @pytest.mark.parametrize(
        "span",
        [
            Span(None, None, Grain.DAY),  # open at both ends
            Span.parse("1999/2000"),  # across a century boundary
            Span.parse("18XX/19XX"),  # two centuries
        ],
    )
    def test_span_timex_refuses_what_no_value_names(self, span: Span) -> None:
        """A span that no single TIMEX3 value covers raises InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            _ = span.timex

    def test_span_timex_in_the_first_hours_of_year_1(self) -> None:
        """The night holding 01:00 of year 1 would start in year 0; the day names the span."""
        span = Span(datetime(1, 1, 1, 1), datetime(1, 1, 1, 3), Grain.HOUR)
        assert span.timex == Timex("DATE", "0001-01-01")

    def test_from_timex_refuses_a_non_timex(self) -> None:
        """from_timex takes a Timex, not its value, naming the argument."""
        with pytest.raises(InvalidArgumentError) as info:
            Span.from_timex("2024")  # type: ignore[arg-type]
        assert info.value.argument == "timex"

    def test_span_timex_near_the_last_year(self) -> None:
        """A span whose containing decade would end past the year 9998 still gets a value."""
        span = Span.parse("9995/9996")
        assert span.timex == Timex("DATE", "999")

    @pytest.mark.parametrize(
        ("span", "expected"),
        [
            (Span.quarter(2024, 1), Timex("DATE", "2024-Q1")),  # a quarter
            (Span.parse("2023-08/.."), Timex("DATE", "2023-08", "ON_OR_AFTER")),  # open
        ],
    )
    def test_span_timex_is_the_property(self, span: Span, expected: Timex) -> None:
        """Span.timex gives span.timex."""
        assert span.timex == expected


class TestSpanFromTimex:
    @pytest.mark.parametrize(
        ("timex", "expected"),
        [
            (Timex("DATE", "1998"), Span.year(1998)),  # a year
            (Timex("DATE", "1998-02"), Span.month(1998, 2)),  # a month
            (Timex("DATE", "1998-02-13"), Span.day(1998, 2, 13)),  # a day
            (Timex("DATE", "1998-W06"), Span.week(1998, 6)),  # a week
            (
                Timex("DATE", "1998-W07-WE"),
                Span.between(datetime(1998, 2, 14), datetime(1998, 2, 16)),
            ),  # a weekend: Saturday and Sunday
            (Timex("DATE", "1998-W07-1"), Span.day(1998, 2, 9)),  # Monday of week 7
            (Timex("DATE", "1998-Q1"), Span.quarter(1998, 1)),  # a quarter
            (Timex("DATE", "1998-H2"), Span.half(1998, 2)),  # a half
            (Timex("DATE", "1997-FA"), Span.season(1997, "autumn")),  # autumn
            (Timex("DATE", "1997-WI"), Span.season(1997, "winter")),  # winter
            (Timex("DATE", "199"), Span.decade(1990)),  # a decade
            (Timex("DATE", "19"), Span.century(1900)),  # a century
            (Timex("DATE", "2024", "START"), Span.year(2024)),  # the mod is not applied
            (Timex("TIME", "1998-02-13TEV"), Span.part_of_day(1998, 2, 13, "evening")),  # evening
            (
                Timex("TIME", "1998-02-13TDT"),
                Span(datetime(1998, 2, 13, 5), datetime(1998, 2, 13, 17), Grain.PART_OF_DAY),
            ),  # daytime: morning and afternoon
            (Timex("TIME", "1998-02-13T22"), Span.hour(1998, 2, 13, 22)),  # an hour
            (Timex("TIME", "1998-02-13T22:00"), Span.hour(1998, 2, 13, 22)),  # hh:00 is the hour
            (Timex("TIME", "1998-02-13T22:15"), Span.minute(1998, 2, 13, 22, 15)),  # a minute
            (
                Timex("TIME", "1998-02-13T22:00:00"),
                Span.second(1998, 2, 13, 22, 0, 0),
            ),  # a second
            (Timex("TIME", "1998-02-13T22:15Z"), Span.minute(1998, 2, 13, 22, 15)),  # zone kept
            (Timex("TIME", "1998-W07-1TNI"), Span.part_of_day(1998, 2, 9, "night")),  # Mon night
            (Timex("DATE", "000"), Span.unit(datetime(1, 1, 1), Grain.DECADE)),  # years 1–9
        ],
    )
    def test_span_is_the_values_own_span(self, timex: Timex, expected: Span) -> None:
        """A calendar value denotes its own span; the mod is not applied."""
        assert Span.from_timex(timex) == expected

    @pytest.mark.parametrize(
        "timex",
        [
            Timex("DATE", "XXXX-02-08"),  # an unknown year
            Timex("DATE", "1998-XX-XX"),  # an unknown month and day
            Timex("DATE", "199X"),  # an unknown year of a decade
            Timex("DATE", "PRESENT_REF"),  # now
            Timex("DATE", "PAST_REF"),  # the past
            Timex("DATE", "FY1998"),  # a fiscal year
            Timex("TIME", "T22:00"),  # a clock time without a date
            Timex("TIME", "1998-02-13TMI"),  # midday
            Timex("DURATION", "P3Y"),  # a duration
            Timex("SET", "XXXX-WXX-1"),  # a recurrence
            Timex("SET", "P1D"),  # a recurrence by duration
        ],
    )
    def test_span_is_none_without_one_span(self, timex: Timex) -> None:
        """A value with unknown digits, a reference, a duration or a set has no span."""
        assert Span.from_timex(timex) is None

    @pytest.mark.parametrize(
        "value",
        [
            "0000",  # there is no year 0
            "9999",  # its end would be past datetime's range
            "999",  # the decade 9990–9999
            "99",  # the century 9900–9999
        ],
    )
    def test_span_outside_chronos_years_raises(self, value: str) -> None:
        """A value outside the years 1–9998 raises InvalidArgumentError saying so."""
        with pytest.raises(InvalidArgumentError, match="years 1–9998"):
            _ = Span.from_timex(Timex("DATE", value))


class TestHelpers:
    @pytest.mark.parametrize(
        ("timex", "unknown", "reference"),
        [
            (Timex("DATE", "1998-02-13"), False, False),  # a plain date
            (Timex("DATE", "XXXX-02-13"), True, False),  # an unknown year
            (Timex("DURATION", "PXY"), True, False),  # several years
            (Timex("DATE", "PRESENT_REF"), False, True),  # now
            (Timex("TIME", "FUTURE_REF"), False, True),  # the future
        ],
    )
    def test_has_unknown_digits_and_is_reference(
        self, timex: Timex, unknown: bool, reference: bool
    ) -> None:
        """has_unknown_digits sees X digits; is_reference the three vague references."""
        assert timex.has_unknown_digits is unknown
        assert timex.is_reference is reference

    def test_timex_is_frozen_and_hashable(self) -> None:
        """A timex is an immutable value that can key a dict."""
        timex = Timex("DATE", "2024")
        with pytest.raises(AttributeError):
            timex.value = "2025"  # type: ignore[misc]
        assert {timex: 1}[Timex("DATE", "2024")] == 1
