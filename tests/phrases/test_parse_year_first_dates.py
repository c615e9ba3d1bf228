"""The year-first slashed date ("2031/4/9"), as ISO orders it and as East Asian and
Scandinavian writers often write it: read only whole (year, month and day), the dotted form
("2025.11.03") only in a whole phrase, since in running text it is as often a version.

The reference is Wednesday 17 September 2025.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2025-09-17"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # one-digit month and day
        ("2031/4/9", "DATE 2031-04-09"),
        # two digits each
        ("1998/12/31", "DATE 1998-12-31"),
        # dots, in a whole phrase
        ("2025.11.03", "DATE 2025-11-03"),
        # a leap day that exists
        ("2024/02/29", "DATE 2024-02-29"),
        # with a clock time
        ("on 2025/10/06 at 15:00", "TIME 2025-10-06T15:00"),
        # both ends of a range
        ("from 2025/10/01 to 2025/10/14", "DATE 2025-10-01"),
    ],
)
def test_year_first_dates(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        # a day the month does not have
        ("2025/02/29", "no such day"),
        # no thirteenth month
        ("2025/13/02", "no such month"),
        # a year and a month only: a season or a fiscal year as often
        ("2025/10", "not a temporal expression"),
        # a fourth part: a path or a code
        ("2025/10/06/2", "not a temporal expression"),
    ],
)
def test_year_first_forms_that_are_no_day(phrase: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a slashed year-first date in a sentence
        ("The council voted on 2025/10/06 after a long debate.", [("2025/10/06", "2025-10-06")]),
        # a dotted version number is no date in running text
        ("Release 2025.10.2 went out on Tuesday.", [("Tuesday", "2025-09-16")]),
        # nor a path with a date in it
        ("See /archive/2025/10/06/page.html for Tuesday.", [("Tuesday", "2025-09-16")]),
    ],
)
def test_year_first_dates_in_running_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found
