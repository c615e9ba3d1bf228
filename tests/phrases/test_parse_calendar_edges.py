"""parse at the edges of the calendar, and messages for inputs of any length."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from chronos import ParseError, Span, parse

BEYOND = "the answer falls outside the supported calendar (years 1 to 9998)"


class TestBeyondTheCalendar:
    @pytest.mark.parametrize(
        ("phrase", "reference"),
        [
            ("tomorrow", "9998-12-31"),  # was an AssertionError
            ("next year", "9998-06-01"),  # the year after the last one
            ("Q3", "9999-12-31"),  # was an OverflowError: the reference's next day
            ("sat", "0001-01-01"),  # was an OverflowError: the Saturday before year 1
            ("last week", "0001-01-01"),  # was an OverflowError
            ("the weekend", "0001-01-01"),  # was an OverflowError
            ("yesterday", "0001-01-01"),  # the day before the first one
            ("two days ago", "0001-01-01T12:00"),  # with a time of day
        ],
    )
    def test_an_answer_outside_the_calendar_is_a_parse_error_that_says_so(
        self, phrase: str, reference: str
    ) -> None:
        """The reason says the answer is outside the supported calendar."""
        with pytest.raises(ParseError) as info:
            parse(phrase, reference=reference)
        assert info.value.reason == BEYOND
        assert info.value.text == phrase

    @pytest.mark.parametrize(
        ("phrase", "reference", "span"),
        [
            ("tomorrow", "9998-12-30", Span.day(9998, 12, 31)),  # the last day itself
            ("yesterday", "0001-01-02", Span.day(1, 1, 1)),  # the first day itself
            ("next month", "9998-11-15", Span.month(9998, 12)),  # the last month
            ("last month", "0001-02-15", Span.month(1, 1)),  # the first month
        ],
    )
    def test_answers_on_the_calendar_edges_are_given(
        self, phrase: str, reference: str, span: Span
    ) -> None:
        """Right at the edge, the answer is still given."""
        assert parse(phrase, reference=reference).span == span

    def test_no_answer_relies_on_assert(self) -> None:
        """Under ``python -O`` (asserts removed) the reproducers still raise ParseError."""
        code = (
            "from chronos import parse, ParseError\n"
            "for phrase, ref in [('tomorrow', '9998-12-31'), ('sat', '0001-01-01'),"
            " ('Q3', '9999-12-31')]:\n"
            "    try:\n"
            "        parse(phrase, reference=ref)\n"
            "    except ParseError as e:\n"
            "        print(e.reason)\n"
        )
        out = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-O", "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.splitlines() == [BEYOND] * 3


class TestBoundedMessages:
    @pytest.mark.parametrize(
        "text",
        [
            "x" * 1_000_000,  # one long word
            "\u00a0" * 1_000_000,  # no-break spaces (4 characters each in a repr)
            "in August 2023 " + "and then " * 100_000,  # a phrase with a long tail
        ],
    )
    def test_a_huge_input_gives_a_message_of_a_few_lines(self, text: str) -> None:
        """The message shows a window of the input (80 characters) and the offset."""
        with pytest.raises(ParseError) as info:
            parse(text, reference=date(2024, 10, 25))
        message = str(info.value)
        assert len(message) < 600
        assert f"of {len(text)} characters" in message
        assert info.value.text == text  # the error still holds the whole input
