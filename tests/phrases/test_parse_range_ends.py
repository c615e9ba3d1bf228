"""``parse`` on ranges whose first end is a bare weekday: the weekday is placed from the
reference by the tense, as it is on its own, never from the range's other end. The
reference is Thursday 9 January 2025."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.errors import ParseError
from chronos.phrases._expression import Tense
from chronos.phrases._parse import parse

REF = date(2025, 1, 9)  # a Thursday
PAST, FUTURE = Tense.PAST, Tense.FUTURE


@pytest.mark.parametrize(
    ("phrase", "tense", "ends"),
    [
        # the weekday is next week's in a future clause, not the week of the end of March
        ("from Tuesday until the end of March", FUTURE, ("2025-01-14", "2025-03-21/2025-03-31")),
        # untensed: the nearest Tuesday, this week's, as "Tuesday" alone
        ("from Tuesday until the end of March", None, ("2025-01-07", "2025-03-21/2025-03-31")),
        # "through", and a dated end with no year
        ("from Saturday through 14 February", FUTURE, ("2025-01-11", "2025-02-14")),
        # "till" after "from"
        ("from Wednesday till March 3", FUTURE, ("2025-01-15", "2025-03-03")),
        # a bare pair without "from"
        ("Friday to 28 February", FUTURE, ("2025-01-10", "2025-02-28")),
        # a past clause: the Tuesday before the reference
        ("from Tuesday until 28 February", PAST, ("2025-01-07", "2025-02-28")),
        # an end long before the reference: the weekday is the last one by that end
        ("from Monday until 30 June 1998", FUTURE, ("1998-06-29", "1998-06-30")),
        # two weekdays in a past clause: a week over by now, Friday not after the reference
        ("from Monday to Friday", PAST, ("2024-12-30", "2025-01-03")),
        # "between ... and" in a past clause, likewise
        ("between Tuesday and Thursday", PAST, ("2025-01-07", "2025-01-09")),
        # two weekdays in a future clause: next week's, the end after the start
        ("between Monday and Wednesday", FUTURE, ("2025-01-13", "2025-01-15")),
        # a run of weekdays with a dash, untensed: the nearest Monday and the Friday after it
        ("Monday–Friday", None, ("2025-01-06", "2025-01-10")),
    ],
)
def test_weekday_first_end(phrase: str, tense: Tense | None, ends: tuple[str, str]) -> None:
    """Each end of the range is where the table says."""
    e = parse(phrase, reference=REF, tense=tense)
    assert tuple(str(p.span) for p in e.parts) == ends


@pytest.mark.parametrize(
    ("phrase", "is_range"),
    [
        # a day and a month with no cue: two times, not a range
        ("Tuesday to November", False),
        # either way round, with a year
        ("2026 through Thursday", False),
        # a dated day and a year
        ("4 March to 2027", False),
        # "from" makes it a range whatever its ends
        ("from Tuesday to November", True),
        # so does "between ... and"
        ("between Thursday and March", True),
        # two days need no cue
        ("Thursday through 20 February", True),
        # two months need none either
        ("April to July", True),
        # a year and a month are both long: a range
        ("2023 until August 2024", True),
    ],
)
def test_ends_of_one_size_or_a_cue(phrase: str, is_range: bool) -> None:
    """Without "from" or "between", a range joins ends of one size: a day with a day, a
    month or longer with a month or longer; a day and a month are two separate times."""
    try:
        e = parse(phrase, reference=REF)
    except ParseError:
        assert not is_range
    else:
        assert (len(e.parts) == 2) == is_range
