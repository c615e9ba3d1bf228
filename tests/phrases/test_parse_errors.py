"""``parse`` on bad input: a ParseError with the input, a caret and a suggestion — never
another exception, never a silent guess."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from chronos.errors import ChronosError, InvalidArgumentError, ParseError
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)


def error_for(phrase: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse(phrase, reference=REF)
    return caught.value


class TestNotTemporal:
    """Text that names no time is refused, with the caret at what could not be read."""

    @pytest.mark.parametrize(
        ("phrase", "position"),
        [
            ("the 26th constitutional amendment", 9),  # an ordinal of something else
            ("over 60 lawmakers", 8),  # a count of people
            ("hello world", 0),  # no time word at all
            ("60", 0),  # a bare number
            ("the letter", 4),  # an event without a signal
            ("next to the building", 12),  # "next" that is not a cue: caret at the unknown word
            ("a 64-year-old man said", 14),  # an age followed by a clause
            ("in the building", 7),  # "in" before a place
            ("every morning paper", 14),  # a recurrence followed by more
            ("May the force", 4),  # "May" with no day or year after it
        ],
    )
    def test_not_temporal(self, phrase: str, position: int) -> None:
        """The error says the text is not a temporal expression and where it stops."""
        error = error_for(phrase)
        assert error.reason.startswith("not a temporal expression")
        assert error.position == position
        assert error.text == phrase

    @pytest.mark.parametrize("phrase", ["", "   ", "\n"])
    def test_empty(self, phrase: str) -> None:
        """Empty text is refused, and says it is empty."""
        assert "empty" in error_for(phrase).reason


class TestSuggestions:
    """A near miss of a time word gets a "did you mean"."""

    @pytest.mark.parametrize(
        ("phrase", "position", "suggestion"),
        [
            ("Febuary 8", 0, "February"),  # the example
            ("since Agust 2023", 6, "August"),  # a month after a signal
            ("on Wendesday", 3, "Wednesday"),  # a weekday
            ("next weke", 5, "week"),  # a unit
            ("two yeras ago", 4, "years"),  # a plural unit
            ("yesterdy", 0, "yesterday"),  # a relative day
            ("after Febuary 8", 6, "February"),  # inside what would be an event
            ("Septmber 2023", 0, "September"),  # another month
            ("last Thrusday", 5, "Thursday"),  # transposed letters
        ],
    )
    def test_did_you_mean(self, phrase: str, position: int, suggestion: str) -> None:
        """The caret is under the misspelt word and the suggestion is its spelling."""
        error = error_for(phrase)
        assert (error.position, error.suggestion) == (position, suggestion)
        assert f"did you mean {suggestion!r}?" in str(error)


class TestImpossibleDates:
    """Dates the calendar does not have are refused with the reason."""

    @pytest.mark.parametrize(
        ("phrase", "reason"),
        [
            ("February 30, 2024", "no such day: February 2024 has 29 days"),  # the issue
            ("29 February 2023", "no such day: February 2023 has 28 days"),  # not a leap year
            ("April 31", "no such day: April has 30 days"),  # year-less, still impossible
            ("31/02/2024", "no such day: 31/2/2024 either way round"),  # slash date
            ("2023-02-30", "no such day: February 2023 has 28 days"),  # ISO date
        ],
    )
    def test_no_such_day(self, phrase: str, reason: str) -> None:
        """The reason names the month and how many days it has."""
        assert error_for(phrase).reason == reason

    def test_caret_under_the_day(self) -> None:
        """The caret of "February 30, 2024" is under the 30."""
        assert error_for("February 30, 2024").position == 9


class TestRendering:
    """The message shows the input with a caret under the problem."""

    def test_rendered(self) -> None:
        """The issue's example prints as the input, a caret, and the suggestion."""
        assert str(error_for("Febuary 8")) == (
            "not a temporal expression: 'Febuary 8'\n  Febuary 8\n  ^\ndid you mean 'February'?"
        )

    def test_is_a_value_error_and_a_chronos_error(self) -> None:
        """ParseError is both a ValueError and a ChronosError."""
        error = error_for("over 60 lawmakers")
        assert isinstance(error, ValueError)
        assert isinstance(error, ChronosError)


class TestArguments:
    """Wrong arguments are refused with InvalidArgumentError or ParseError."""

    def test_phrase_must_be_a_str(self) -> None:
        """A phrase that is not a str is an invalid argument."""
        with pytest.raises(InvalidArgumentError):
            parse(2024, reference=REF)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "reference",
        [None, 20241025, datetime(2024, 10, 25, tzinfo=timezone.utc)],
    )
    def test_bad_reference(self, reference: object) -> None:
        """The reference must be a date, a naive datetime or an ISO string."""
        with pytest.raises(InvalidArgumentError):
            parse("yesterday", reference=reference)  # type: ignore[arg-type]

    def test_reference_string_must_be_iso(self) -> None:
        """A reference string that is not ISO 8601 is an InvalidArgumentError naming the
        argument: not a ParseError, which would pass for a phrase that did not read."""
        with pytest.raises(InvalidArgumentError) as caught:
            parse("yesterday", reference="25/10/2024")
        assert caught.value.argument == "reference"

    def test_iso_string_reference(self) -> None:
        """An ISO string reference works like the date it names."""
        assert str(parse("yesterday", reference="2024-10-25").span) == "2024-10-24"

    def test_aware_iso_string_is_made_floating(self) -> None:
        """An ISO string with an offset is taken as its own wall time."""
        expr = parse("yesterday", reference="2024-10-25T23:30:00+05:00")
        assert str(expr.span) == "2024-10-24"

    def test_bad_tense(self) -> None:
        """An unknown tense name is a ParseError with a suggestion."""
        with pytest.raises(ParseError) as caught:
            parse("on Monday", reference=REF, tense="pasts")
        assert caught.value.suggestion == "past"

    def test_bad_policy(self) -> None:
        """A policy that is not a Policy is an invalid argument."""
        with pytest.raises(InvalidArgumentError):
            parse("early 2024", reference=REF, policy={"day_first": True})  # type: ignore[arg-type]

    def test_date_beyond_the_calendar(self) -> None:
        """A date chronos cannot represent is a ParseError, not an internal error."""
        with pytest.raises(ParseError):
            parse("in 9000 years", reference=REF)
