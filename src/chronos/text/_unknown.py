"""The TIMEX3 of a mention no reference can place, its unknown fields written ``X``.

The mention is resolved against two references that differ in every field; the fields on
which the two readings differ are the ones the missing reference (a DCT) would have fixed:
"3 June" is ``XXXX-06-03``, "last year" ``XXXX``, "at 9 a.m." ``XXXX-XX-XXT09:00`` (the
clock is known, only its day is not). A weekday is a day of an unknown week, as TimeML
writes it: "Friday" is ``XXXX-WXX-5``, "Friday night" ``XXXX-WXX-5TNI``. A range ("from 3
June until the end of July") is two TIMEX3s, one for each end, each read so.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from chronos.errors import ChronosError
from chronos.phrases import Expression, Match, Tense, resolve_match
from chronos.text._mention import day_start
from chronos.time import Policy, Timex, trusted_timex

__all__ = ["End", "Readings", "common", "range_ends", "readings"]

# Two references far apart in every field: a value that differs between them depends on
# the reference, and its differing fields are the ones a DCT would have fixed.
_PROBES: Final = (datetime(2001, 7, 4), datetime(2012, 2, 20))
# The fields of a TIMEX3 value and the marks between them: "2001-07-04T09:00".
_FIELDS: Final = re.compile(r"([-T:])")
# A weekday written in an end of a range ("between Monday and Thursday").
_WEEKDAY: Final = re.compile(
    r"\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(day|sday|nesday|rsday|urday)?\b",
    re.IGNORECASE,
)


Readings = tuple[Expression, Expression]
End = tuple[Expression | None, Timex | None]


def readings(
    match: Match, text: str, tense: Tense | None, policy: Policy | None
) -> Readings | None:
    """``match`` read against the two references of :data:`_PROBES`; ``None`` when either
    reading fails. :func:`common` makes the TIMEX3 of the mention of them, and
    :func:`range_ends` those of its two ends."""
    try:
        one = resolve_match(match, text, reference=_PROBES[0], tense=tense, policy=policy)
        two = resolve_match(match, text, reference=_PROBES[1], tense=tense, policy=policy)
    except ChronosError:
        return None
    return one, two


def range_ends(both: Readings) -> tuple[End, End] | None:
    """The two ends of a range no reference can place, each with its TIMEX3 as
    :func:`common` writes one, and its expression when the end depends on no reference
    ("from [4 March 1925] to [9 May]"); ``None`` when the readings are of no range."""
    one, two = both
    if len(one.parts) != 2 or len(two.parts) != 2:
        return None
    first, second = (_end(a, b) for a, b in zip(one.parts, two.parts, strict=True))
    return first, second


def _end(one: Expression, two: Expression) -> End:
    """An end of a range read from two references: its expression when both agree."""
    timex = common(one, two, weekday=_WEEKDAY.search(one.text) is not None)
    return (one if one.timex is not None and one.timex == two.timex else None), timex


def common(one: Expression, two: Expression, *, weekday: bool = False) -> Timex | None:
    """The TIMEX3 of two readings of one mention, the fields on which they differ ``X``;
    with ``weekday``, two readings on the same day of the week are that day of an unknown
    week (``XXXX-WXX-5``)."""
    if one.timex is None or two.timex is None:
        return None
    a, b = one.timex.value, two.timex.value
    if a == b:
        return one.timex
    left, right = _FIELDS.split(a), _FIELDS.split(b)
    if len(left) != len(right):
        return trusted_timex(one.timex.type, "XXXX-XX-XX", one.timex.mod)
    fields = [
        x if x == y else "".join("X" if c.isdigit() else c for c in x)
        for x, y in zip(left, right, strict=True)
    ]
    value = "".join(fields)
    day = _weekday(one, two) if weekday else None
    if day is not None and value.startswith("XXXX-XX-XX"):
        value = f"XXXX-WXX-{day}" + value[len("XXXX-XX-XX") :]
    return trusted_timex(one.timex.type, value, one.timex.mod)


def _weekday(one: Expression, two: Expression) -> int | None:
    """The ISO day of the week both readings fall on, when each is a day (or a time in
    one) on the same day of the week; else ``None``."""
    days = []
    for expression in (one, two):
        start = day_start(expression.span)
        if start is None:
            return None
        days.append(start.isoweekday())
    return days[0] if days[0] == days[1] else None
