"""Choosing one occurrence of a recurring name: "February 8", "last August", "on Monday".

A year-less date names one day in every year; a weekday one day in every week. DESIGN §2
fixes the order in which the choice is made:

1. a **cue** in the phrase decides: *last* is the latest occurrence that is over by the
   reference, *next* the earliest that starts after it, *this* the one in the reference's
   own year (or week, for a weekday) — or the one holding the reference;
2. else the **tense** of the clause: past takes the latest occurrence that has started by
   the reference, future the earliest that is not over by it (so the occurrence holding
   the reference counts for both);
3. else the **nearest** occurrence: the smallest gap between it and the reference (zero if
   it holds the reference; a reference given as a date is its whole day), a tie going to
   the past, since news reports more than it announces.

When the cue decides there is nothing else to keep; otherwise the reading on the other side
of the reference is kept as the alternative.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import NamedTuple

from chronos.phrases._expression import Tense
from chronos.phrases._unplaceable import BEYOND_CALENDAR, UnplaceableError
from chronos.time import Span

__all__ = ["Choice", "choose"]


class Choice(NamedTuple):
    """The occurrence taken, the other reading (if any), and why, in words."""

    span: Span
    alternative: Span | None
    why: str


def choose(
    build: Callable[[int], Span | None],
    reference: datetime,
    *,
    cue: str | None,
    tense: Tense | None,
    this: int = 0,
    reach: int = 1,
) -> Choice | None:
    """Pick one of the occurrences ``build(k)`` for ``k`` in ``-reach..reach``.

    ``build(k)`` is the occurrence ``k`` years (or weeks) from the reference's own, or
    ``None`` where there is none (29 February in a common year); ``this`` is the ``k`` a
    *this* cue means. Returns ``None`` if no ``k`` in reach has an occurrence.
    """
    occurrences: list[tuple[int, Span]] = []
    for k in range(-reach, reach + 1):
        span = build(k)
        if span is not None:
            occurrences.append((k, span))
    if not occurrences:
        return None
    # A reference given as a date (midnight) is its whole day: what starts during that day
    # has started by it ("Friday morning" on a Friday is that morning).
    day_end = reference
    if reference.time() == time(0):
        try:
            day_end = reference + timedelta(days=1)
        except OverflowError:
            raise UnplaceableError(BEYOND_CALENDAR) from None
    started = [
        s
        for _, s in occurrences
        if s.start is not None and (s.start <= reference or s.start < day_end)
    ]
    pending = [s for _, s in occurrences if s.end is not None and s.end > reference]
    latest_past = started[-1] if started else None
    earliest_future = pending[0] if pending else None
    if cue == "last":
        over = [s for _, s in occurrences if s.end is not None and s.end <= reference]
        if over:
            return Choice(over[-1], None, "'last' takes the latest occurrence before it")
    elif cue == "next":
        ahead = [s for _, s in occurrences if s.start is not None and s.start > reference]
        if ahead:
            return Choice(ahead[0], None, "'next' takes the first occurrence after it")
    elif cue == "this":
        holding = [s for _, s in occurrences if s.contains(Span.unit(reference, s.grain))]
        if holding:
            return Choice(holding[0], None, "'this' takes the occurrence that holds it")
        own = [s for k, s in occurrences if k == this]
        if own:
            return Choice(own[0], None, "'this' takes the occurrence in its own year or week")
    if latest_past is None or earliest_future is None:
        if (tense is Tense.PAST and latest_past is None) or (
            tense is Tense.FUTURE and earliest_future is None
        ):
            # The tense asks for the side the calendar cannot hold (beyond year 9998).
            raise UnplaceableError(BEYOND_CALENDAR)
        only = latest_past or earliest_future
        if only is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        return Choice(only, None, "the only occurrence within reach")
    if latest_past == earliest_future:
        return Choice(latest_past, None, "the occurrence that holds it")
    if tense is Tense.PAST:
        return Choice(latest_past, earliest_future, "the past tense takes the latest before it")
    if tense is Tense.FUTURE:
        return Choice(earliest_future, latest_past, "the future tense takes the next after it")
    if latest_past.end is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if earliest_future.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    gap_behind = reference - latest_past.end
    gap_ahead = earliest_future.start - day_end
    if gap_ahead < gap_behind:
        return Choice(earliest_future, latest_past, "the nearest occurrence to it")
    return Choice(latest_past, earliest_future, "the nearest occurrence to it")
