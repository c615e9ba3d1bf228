"""Half an hour without its article: "another half hour", "half-hour", and as a step,
"every half hour". A half of a longer unit ("half year", "half-day") names a period or an adjective
and is not read this way. The reference is Wednesday 17 September 2025."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2025-09-17"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # hyphenated
        ("half-hour", "DURATION PT30M"),
        # as before, with the article
        ("a half hour", "DURATION PT30M"),
        # a step of half an hour
        ("every half hour", "SET PT30M"),
        ("every half-hour", "SET PT30M"),
        # with "an" between
        ("every half an hour", "SET PT30M"),
        # "each" for "every"
        ("each half hour", "SET PT30M"),
    ],
)
def test_half_hour(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize("phrase", ["half day", "every half year"])
def test_other_halves_are_not_read_so(phrase: str) -> None:
    # "half day", "every half year": not lengths read by this rule
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


def test_in_running_text() -> None:
    text = "Shuttles leave every half hour after a half-hour briefing."
    found = [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=REF)]
    assert found == [("every half hour", "SET", "PT30M"), ("half-hour", "DURATION", "PT30M")]


def test_without_an_article_in_running_text() -> None:
    # "another half hour": the scanner reads the length from "half"
    found = extract("Another half hour passed before the doors opened.", dct=REF)
    assert [(m.text, m.timex.value) for m in found] == [("half hour", "PT30M")]
