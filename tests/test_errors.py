"""Errors: one root, messages that show the input, and errors that survive pickling."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import datetime, timezone

import pytest

from chronos import (
    AmbiguousTruthError,
    ChronosError,
    InvalidArgumentError,
    ParseError,
    Span,
    Statement,
    Timeline,
    UnknownEventError,
    extract,
    parse,
)
from chronos.errors import did_you_mean, for_argument, shown


class TestHierarchy:
    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (ParseError("bad", text="x"), ValueError),  # text that is not what was expected
            (InvalidArgumentError("month", 13, "no"), ValueError),  # an argument out of range
            (UnknownEventError("event", "x"), KeyError),  # a name the timeline lacks
            (AmbiguousTruthError("no bool"), TypeError),  # bool() of a three-valued answer
        ],
    )
    def test_every_error_is_a_chronos_error_and_its_builtin(
        self, error: ChronosError, builtin: type[Exception]
    ) -> None:
        """Each error is caught by ChronosError and by the builtin it refines."""
        assert isinstance(error, ChronosError)
        assert isinstance(error, builtin)

    @pytest.mark.parametrize(
        "error",
        [
            ParseError("no such month", text="Febuary 8", position=3, suggestion="February"),
            # ^ with a caret and a suggestion
            ParseError("bad", text="x", argument="text"),  # naming the argument
            InvalidArgumentError("month", 13, "must be between 1 and 12"),  # an argument
            UnknownEventError("event", "electons", ["elections"]),  # with a suggestion
            AmbiguousTruthError("a Certainty has no single truth value"),  # a plain message
        ],
    )
    def test_pickling_keeps_the_message_and_fields(self, error: ChronosError) -> None:
        """An error unpickles to the same type with the same message (multiprocessing works)."""
        back = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert vars(back) == vars(error)


class TestParseError:
    @pytest.mark.parametrize(
        ("text", "position", "expected"),
        [
            ("2024-13", 5, "bad: '2024-13'\n  2024-13\n       ^"),  # a caret under the problem
            ("2024", 99, "bad: '2024'\n  2024\n      ^"),  # past the end: at the end
            ("2024", -3, "bad: '2024'\n  2024\n  ^"),  # before the start: at the start
            ("a\nb", 2, "bad: 'a\\nb'\n  at offset 2"),  # several lines: no caret
            ("a\x00b", 1, "bad: 'a\\x00b'\n  at offset 1"),  # not printable
            # longer than 80 characters: a window of 80 around the caret, "…" where it is cut
            (
                "x" * 201,
                7,
                f"bad: {'x' * 80!r}…\n  {'x' * 80}…\n         ^\n  at offset 7 of 201 characters",
            ),
            (
                "ab" * 100,
                150,
                f"bad: …{'ab' * 40!r}…\n  …{'ab' * 40}…\n{' ' * 43}^\n"
                "  at offset 150 of 200 characters",
            ),
            # the last 80 characters when the problem is at the end
            (
                "y" * 100,
                100,
                f"bad: …{'y' * 80!r}\n  …{'y' * 80}\n{' ' * 83}^\n"
                "  at offset 100 of 100 characters",
            ),
            # a long line that is not printable: the window, escaped, and the offset
            ("\xa0" * 1000, 999, f"bad: …{chr(0xA0) * 80!r}\n  at offset 999 of 1000 characters"),
        ],
    )
    def test_message_shows_the_input(self, text: str, position: int, expected: str) -> None:
        """The message repeats the input and points at the problem where it can."""
        assert str(ParseError("bad", text=text, position=position)) == expected

    def test_message_names_the_argument_and_suggests(self) -> None:
        """The argument prefixes the message; a near miss ends it."""
        error = ParseError("not a grain", text="yaer", argument="text", suggestion="year")
        assert str(error).splitlines()[0] == "text: not a grain: 'yaer'"
        assert str(error).splitlines()[-1] == "did you mean 'year'?"


class TestInvalidArgumentError:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (13, "month=13: no"),  # the value's repr
            ("13", "month='13': no"),  # a str is quoted
            (10**5000, "month=<an int of 16610 bits>: no"),  # too long to print: described
        ],
        ids=["int", "str", "huge int"],
    )
    def test_message_shows_the_value(self, value: object, expected: str) -> None:
        """The message is argument=repr(value): reason, even for an int too long to print."""
        assert str(InvalidArgumentError("month", value, "no")) == expected

    def test_a_huge_int_argument_is_described_not_a_bare_value_error(self) -> None:
        """Span.year(10**5000) raises InvalidArgumentError, not int → str's ValueError."""
        with pytest.raises(InvalidArgumentError, match="an int of 16610 bits"):
            Span.year(10**5000)

    def test_a_huge_int_inside_a_container_is_described(self) -> None:
        """An amount dict holding a huge int is described, not a bare ValueError."""
        with pytest.raises(InvalidArgumentError, match="holding an int too long"):
            Span.year(2024).shift(days=10**5000)


class TestUnknownEventError:
    @pytest.mark.parametrize(
        ("value", "known", "expected"),
        [
            ("electons", ["elections"], "event='electons': no such event in this timeline; "
             "did you mean 'elections'?"),  # a near miss
            ("x", ["elections"], "event='x': no such event in this timeline"),  # nothing close
        ],
    )  # fmt: skip
    def test_message_suggests_a_near_miss(
        self, value: str, known: list[str], expected: str
    ) -> None:
        """str() is the plain message (not KeyError's quoted repr), with a suggestion."""
        assert str(UnknownEventError("event", value, known)) == expected


@pytest.mark.parametrize(
    ("word", "vocabulary", "expected"),
    [
        ("febuary", ["january", "february"], "february"),  # one letter dropped
        ("summr", ["spring", "summer"], "summer"),  # a near miss
        ("quarterly", ["year", "month"], None),  # nothing close enough
        ("x", [], None),  # an empty vocabulary
    ],
)
def test_did_you_mean(word: str, vocabulary: list[str], expected: str | None) -> None:
    """did_you_mean gives the closest word of the vocabulary, or None when none is close."""
    assert did_you_mean(word, vocabulary) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "None"),  # any repr
        (-(10**5000), "<an int of 16610 bits>"),  # negative and too long to print
        ([10**5000], "<a list holding an int too long to write out>"),  # inside a container
    ],
    ids=["None", "huge negative int", "huge int in a list"],
)
def test_shown(value: object, expected: str) -> None:
    """shown is repr, except for values holding an int too long for Python to print."""
    assert shown(value) == expected


class TestReferenceDates:
    """Every entry point that takes a reference date reads it alike and names its own
    argument in the error, with the input shown."""

    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda bad: parse("today", reference=bad), "reference"),  # parse
            (lambda bad: Timeline(reference=bad), "reference"),  # a timeline
            (lambda bad: extract("today", dct=bad), "dct"),  # extract
            (lambda bad: Statement("It rained.", published=bad), "published"),
            # ^ a statement's publication date
        ],
    )
    @pytest.mark.parametrize(
        "bad",
        [
            "25/10/2024",  # a day-first date, not ISO
            "2024-02-30",  # ISO in form, but no such day
            "yesterday",  # a phrase is not a reference
        ],
    )
    def test_a_string_that_is_not_iso(
        self, call: Callable[[object], object], argument: str, bad: str
    ) -> None:
        """A string that is not an ISO date is an InvalidArgumentError everywhere (never a
        ParseError, which a caller may catch to skip a phrase), naming the caller's argument
        and showing the input."""
        with pytest.raises(InvalidArgumentError) as info:
            call(bad)
        assert type(info.value) is InvalidArgumentError
        assert info.value.argument == argument
        assert bad in str(info.value)

    @pytest.mark.parametrize(
        ("call", "expected"),
        [
            (lambda ref: str(parse("today", reference=ref).span), "2024-10-25"),  # parse
            (lambda ref: str(Timeline(reference=ref).reference_span), "2024-10-25T23:30:00"),
            # ^ a timeline: the second, at its own wall time
            (lambda ref: extract("It rained today.", dct=ref)[0].timex.value, "2024-10-25"),
            # ^ extract: "today" is the publisher's day, not the UTC one (2024-10-25T18:30Z)
            (
                lambda ref: str(Statement("It rained.", published=ref).published),
                "2024-10-25 23:30:00",
            ),
            # ^ a statement's publication moment
        ],
    )
    def test_an_offset_in_a_string_is_its_own_wall_time(
        self, call: Callable[[str], str], expected: str
    ) -> None:
        """An ISO string with an offset is read alike everywhere: its own wall time, not
        converted (the evening in Karachi stays that evening)."""
        assert call("2024-10-25T23:30+05:00") == expected

    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda bad: parse("today", reference=bad), "reference"),  # parse
            (lambda bad: Timeline(reference=bad), "reference"),  # a timeline
            (lambda bad: extract("today", dct=bad), "dct"),  # extract
            (lambda bad: Statement("It rained.", published=bad), "published"),  # a statement
        ],
    )
    def test_an_aware_datetime(self, call: Callable[[object], object], argument: str) -> None:
        """An aware datetime is refused everywhere: chronos.floating() says which wall time."""
        with pytest.raises(InvalidArgumentError) as info:
            call(datetime(2024, 10, 25, 12, tzinfo=timezone.utc))
        assert info.value.argument == argument
        assert "chronos.floating()" in str(info.value)


def test_for_argument_keeps_everything_but_the_argument() -> None:
    """for_argument gives the same error under the caller's argument name: reason, text,
    caret and suggestion unchanged."""
    inner = ParseError("no such unit", text="three dayz", position=6, suggestion="days")
    outer = for_argument(inner, "duration")
    assert (outer.reason, outer.text, outer.position, outer.suggestion) == (
        "no such unit",
        "three dayz",
        6,
        "days",
    )
    assert outer.argument == "duration"
    assert str(outer) == "duration: " + str(inner)
