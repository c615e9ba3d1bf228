"""Laws of ``parse`` and of the scanning grammar, checked on generated input.

Each test is named after its law. Phrases are generated from templates over random
dates, amounts and vocabulary (strategies local to this family), and the text laws run on
arbitrary strings and on long adversarial ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from chronos import Span, Timex
from chronos.errors import ParseError
from chronos.phrases._expression import Expression, Relation, Tense
from chronos.phrases._parse import Scanner, parse

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["day", "week", "month", "year"]
SIGNALS = [
    "",
    "since ",
    "until ",
    "by ",
    "before ",
    "after ",
    "ahead of ",
    "during ",
    "in ",
    "as of ",
    "prior to ",
    "following ",
]

references = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
full_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31))


@st.composite
def full_date_phrases(draw: st.DrawFn) -> tuple[str, date]:
    """A full date written one of several ways, with the date it names."""
    day = draw(full_dates)
    month = MONTHS[day.month - 1]
    forms = [
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{month[:3]}. {day.day}, {day.year}",
        day.isoformat(),
        f"{WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}",
        f"the {day.day}{_suffix(day.day)} of {month} {day.year}",
    ]
    return draw(st.sampled_from(forms)), day


def _suffix(n: int) -> str:
    if n in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@st.composite
def yearless_phrases(draw: st.DrawFn) -> str:
    """A date, month or weekday without its year."""
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    return draw(
        st.sampled_from(
            [
                f"{MONTHS[month - 1]} {day}",
                f"{day} {MONTHS[month - 1]}",
                f"in {MONTHS[month - 1]}",
                f"on {WEEKDAYS[day % 7]}",
                f"{WEEKDAYS[day % 7]} evening",
                f"mid-{MONTHS[month - 1]}",
                "in the summer",
                "in the third quarter",
                f"late {WEEKDAYS[day % 7]}",
                "the weekend",
            ]
        )
    )


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """A phrase from the grammar's main kinds, behind an optional signal."""
    year = draw(st.integers(1800, 2200))
    month = MONTHS[draw(st.integers(0, 11))]
    count = draw(st.integers(1, 30))
    unit = draw(st.sampled_from(UNITS))
    cued = draw(st.sampled_from(UNITS[1:]))  # "last day" is not English
    core = draw(
        st.sampled_from(
            [
                f"{month} {year}",
                str(year),
                f"early {year}",
                f"late {month} {year}",
                f"Q{draw(st.integers(1, 4))} {year}",
                f"the summer of {year}",
                f"{count} {unit}s ago",
                f"last {cued}",
                f"next {cued}",
                f"this {cued}",
                "yesterday",
                f"the past {count} {unit}s",
                f"earlier this {cued}",
                f"earlier {WEEKDAYS[count % 7]}",  # a cue: looks back whatever the tense
                f"later {WEEKDAYS[count % 7]}",
                f"between {month} and December {year}",
                draw(yearless_phrases()).removeprefix("in ").removeprefix("on "),
            ]
        )
    )
    return draw(st.sampled_from(SIGNALS)) + core


def _parsed(phrase: str, reference: date, tense: Tense | None = None) -> Expression:
    return parse(phrase, reference=reference, tense=tense)


def _outcome(text: str) -> Expression | ParseError:
    """What parsing ``text`` gives: the expression or the ParseError (any other exception
    propagates and fails the test)."""
    try:
        return parse(text, reference=date(2024, 10, 25))
    except ParseError as error:
        return error


@given(st.text(max_size=60))
def test_arbitrary_text_gives_an_expression_or_a_parse_error_naming_it(text: str) -> None:
    """Any text either parses or raises ParseError whose message shows the text."""
    result = _outcome(text)
    if isinstance(result, ParseError):
        assert repr(text) in str(result)
    else:
        assert isinstance(result, Expression)


@given(
    st.lists(
        st.sampled_from(
            [
                "since",
                "2023",
                "August",
                "the",
                "of",
                "early",
                "-",
                "two",
                "days",
                "ago",
                "between",
                "and",
                "last",
                "week",
                "10",
                ":",
                "30",
                "a.m.",
                ",",
                "on",
                "Monday",
                "every",
                "more",
                "than",
            ]
        ),
        max_size=12,
    )
)
def test_word_salad_gives_an_expression_or_a_parse_error(words: list[str]) -> None:
    """Jumbled time words parse or raise ParseError, never anything else."""
    text = " ".join(words)
    result = _outcome(text)
    if isinstance(result, ParseError):
        assert repr(text) in str(result)


@given(full_date_phrases())
def test_full_date_names_its_day(case: tuple[str, date]) -> None:
    """A full date, however written, is the day it names."""
    phrase, day = case
    expr = _parsed(phrase, date(2024, 10, 25))
    assert expr.span == Span.day(day.year, day.month, day.day)


@given(phrases(), references)
def test_span_formats_to_edtf_that_reads_back(phrase: str, reference: date) -> None:
    """``Span.parse(str(expr.span))`` gives the span back."""
    expr = _parsed(phrase, reference)
    if expr.span is not None:
        assert Span.parse(str(expr.span)) == expr.span


@given(phrases(), references)
def test_timex_is_well_formed_and_reads_back(phrase: str, reference: date) -> None:
    """The timex of a resolved phrase is valid TIMEX3 that ``Timex.parse`` reads back."""
    expr = _parsed(phrase, reference)
    if expr.timex is not None:
        assert Timex.parse(str(expr.timex)) == expr.timex


@given(yearless_phrases(), references)
def test_past_tense_yearless_date_is_never_after_the_reference(
    phrase: str, reference: date
) -> None:
    """In the past tense, a year-less date has started by the end of the reference day
    (a reference given as a date is its whole day)."""
    expr = _parsed(phrase, reference, Tense.PAST)
    assert expr.span is not None
    assert expr.span.start is not None
    day = datetime(reference.year, reference.month, reference.day)
    assert expr.span.start < day + timedelta(days=1)


@given(yearless_phrases(), references)
def test_future_tense_yearless_date_is_never_before_the_reference(
    phrase: str, reference: date
) -> None:
    """In the future tense, a year-less date is not over by the reference."""
    expr = _parsed(phrase, reference, Tense.FUTURE)
    assert expr.span is not None
    assert expr.span.end is not None
    assert expr.span.end > datetime(reference.year, reference.month, reference.day)


@given(yearless_phrases(), references)
def test_alternative_lies_on_the_other_side_of_the_reference(phrase: str, reference: date) -> None:
    """A kept alternative is the reading on the other side of the reference."""
    moment = datetime(reference.year, reference.month, reference.day)
    expr = _parsed(phrase, reference)
    assert expr.span is not None
    for other in expr.alternatives:
        assert other.span is not None
        assert other.span.start is not None
        assert expr.span.start is not None
        before = expr.span.start <= moment
        assert (other.span.start <= moment) is not before or other.span.end is None


@given(yearless_phrases(), references, st.sampled_from([None, Tense.PAST, Tense.FUTURE]))
def test_nearest_reading_is_no_farther_than_its_alternative(
    phrase: str, reference: date, tense: Tense | None
) -> None:
    """Without a tense the reading taken is at least as near as the one set aside."""
    moment = datetime(reference.year, reference.month, reference.day)

    def gap(span: Span | None) -> timedelta:
        assert span is not None
        assert span.start is not None
        assert span.end is not None
        if span.start <= moment < span.end:
            return timedelta(0)
        if span.end <= moment:
            return moment - span.end
        return span.start - (moment + timedelta(days=1))

    expr = _parsed(phrase, reference, tense)
    if tense is None:
        for other in expr.alternatives:
            assert gap(expr.span) <= gap(other.span)


@given(st.integers(1, 400), references, st.sampled_from(["day", "week"]))
def test_ago_and_in_are_mirror_images(count: int, reference: date, unit: str) -> None:
    """ "N days ago" and "in N days" lie the same number of days either side."""
    back = _parsed(f"{count} {unit}s ago", reference).span
    ahead = _parsed(f"in {count} {unit}s", reference).span
    assert back is not None
    assert ahead is not None
    assert back.start is not None
    assert ahead.start is not None
    moment = datetime(reference.year, reference.month, reference.day)
    assert moment - back.start == ahead.start - moment


@given(phrases(), references, st.sampled_from([None, Tense.PAST, Tense.PRESENT, Tense.FUTURE]))
def test_generated_phrases_always_resolve(
    phrase: str, reference: date, tense: Tense | None
) -> None:
    """Every phrase the grammar's templates produce resolves, whatever the tense."""
    assert isinstance(_parsed(phrase, reference, tense), Expression)


@given(phrases(), references)
def test_parse_is_a_pure_function_of_its_arguments(phrase: str, reference: date) -> None:
    """The same phrase, reference, tense and policy always give the same expression."""
    assert _parsed(phrase, reference) == _parsed(phrase, reference)


@given(st.text(max_size=200))
def test_scan_matches_lie_inside_the_text(text: str) -> None:
    """Every match found from any token is a non-empty stretch of the text, its TIMEX3
    extent inside it, and it ends at or after the token it starts from."""
    scanner = Scanner(text)
    for i, token in enumerate(scanner.tokens):
        found = scanner.match(i)
        if found is None:
            continue
        assert found.start == token.start
        assert 0 <= found.start <= found.timex_start <= found.timex_end <= found.end
        assert found.end <= len(text)
        assert found.next_token > i


ADVERSARIAL = [
    "the ",
    "between ",
    "early mid late ",
    "around about circa ",
    "more than at least ",
    "the day after the day before ",
    "last next this ",
    "2019-2020-2021-",
    "1/1/1/1/",
    "twenty twenty-four ",
    "since until before after ",
    "in the run-up to ",
    "every other every ",
    "two and a half and ",
    "10:30:10:30:",
    "a.m.p.m.",
    "'90s'90s",
    "'",
    "9" * 50 + " ",
    ". ",
    "after the vote. ",
    "since his arrest in ",
]


@pytest.mark.slow
@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_scanning_work_grows_linearly_with_the_text(unit: str) -> None:
    """Scanning a text from every token takes a bounded number of grammar steps per token,
    so doubling an adversarial text at most doubles the work (a step counter, not a clock).
    """

    def steps(copies: int) -> tuple[int, int]:
        scanner = Scanner(unit * copies)
        for i in range(len(scanner.tokens)):
            scanner.match(i)
        return scanner.steps, len(scanner.tokens)

    small, _ = steps(200)
    large, large_tokens = steps(400)
    assert large <= 60 * max(large_tokens, 1)
    assert large <= 2.2 * small + 60


@pytest.mark.slow
@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_long_adversarial_phrase_parses_or_raises(unit: str) -> None:
    """A long adversarial phrase is refused (or read) with ParseError, never a hang or
    another exception."""
    text = unit * 2000
    result = _outcome(text)
    if isinstance(result, ParseError):
        assert result.text == text


@pytest.mark.parametrize("parser", [Relation.parse, Tense.parse])
@given(st.text(max_size=30))
def test_relation_and_tense_names_parse_or_raise_naming_the_text(
    parser: Callable[[str], object], text: str
) -> None:
    """``Relation.parse`` and ``Tense.parse`` give a member or a ParseError showing the text."""
    try:
        parser(text)
    except ParseError as error:
        assert repr(text) in str(error)  # noqa: PT017 - the law is about the message
