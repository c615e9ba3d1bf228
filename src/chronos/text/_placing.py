"""Which occurrence a year-less date or a weekday names in news, given its clause's tense.

The phrase grammar places "Dec. 7" or "on Thursday" against a reference with the tense it
is given (past: the latest occurrence by then; future: the next one; none: the nearest),
and keeps the occurrence on the other side as the alternative. Running news adds what a
reader knows of the genre:

- a clause **without a tense cue** reports more often than it announces: the occurrence
  before the DCT, unless the one after it is less than half as far
  (:data:`UNTENSED_REACH`);
- a **past** clause takes the occurrence before the DCT, unless it is a day (not a month
  nor a part of one, "early March") that lies more
  than half a year back (:data:`STALE`) and the next one is more than five times nearer
  (:data:`PAST_REACH`): news gives the year of a date that old, so a year-less date a week
  ahead of the DCT is the one meant ("payable Dec. 7", written in late October, where the
  past tense came from "declared" earlier in the sentence; a day right after its own past
  verb, "expired Nov. 30", is placed before the DCT by :mod:`chronos.text._extract`);
- a **future** or **present** clause keeps the grammar's reading;
- a clause **without a tense cue** that proposes or asks about a day (a plan, see
  :mod:`chronos.text._plans`) takes the next occurrence, or the DCT's own day;
- a year-less **quarter** or **half** is what a report speaks of: with no tense, as in a
  past clause ("posted a first-quarter loss"); in a future or present clause as if
  untensed, since a company "expects to report third-quarter earnings" of a quarter that
  is over.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Final

import attrs

from chronos.phrases import Expression, Tense
from chronos.time import Grain

__all__ = ["PAST_REACH", "STALE", "UNTENSED_REACH", "in_news"]

# Periods a report speaks of whatever the tense of the report: a quarter, a half.
_REPORTED: Final = frozenset({Grain.QUARTER, Grain.HALF})

# The prepositions that tie a date to its own verb: "resigned on 3 March".
_AT: Final = frozenset({"on", "at"})

#: Without a tense cue, the past occurrence unless the next is this many times nearer.
UNTENSED_REACH: Final = 2
#: In a past clause, the past occurrence unless it is older than :data:`STALE` and the
#: next one is this many times nearer.
PAST_REACH: Final = 5
#: How far back a year-less date in a past clause is taken without question.
STALE: Final = timedelta(days=183)


def in_news(
    expression: Expression, dct: datetime, tense: Tense | None, *, plan: bool = False
) -> Expression:
    """``expression`` or its alternative, whichever the news reading above names.

    >>> from chronos.phrases import Scanner, resolve_match
    >>> def placed(text, tense):
    ...     dct = datetime(1999, 10, 27)
    ...     e = resolve_match(Scanner(text).match(0), text, reference=dct, tense=tense)
    ...     return in_news(e, dct, tense).timex.value
    >>> placed("Dec. 7", Tense.PAST), placed("Aug. 7", Tense.PAST)
    ('1999-12-07', '1999-08-07')
    >>> placed("Sunday", None), placed("Friday", None)
    ('1999-10-24', '1999-10-29')

    ``plan`` reads an untensed clause as a plan ("see u tues"): the next occurrence, or
    the DCT's own day.
    """
    if not expression.alternatives:
        return expression
    other = expression.alternatives[0]
    one, two = expression.span, other.span
    if one is None or two is None or one.start is None or two.start is None:
        return expression
    if one.grain in _REPORTED:
        # a report speaks of a quarter that is over ("posted a first-quarter loss"), even
        # in a clause that looks ahead ("expects to report third-quarter results"), where
        # the next one is meant only when it is much nearer
        tense = None if tense in (Tense.FUTURE, Tense.PRESENT) else Tense.PAST
    elif tense is Tense.FUTURE or tense is Tense.PRESENT:
        return expression
    past, future = (expression, other) if one.start < two.start else (other, expression)
    behind, ahead = _gaps(past, future, dct)
    if behind is None or ahead is None:
        return expression
    begun = future.span is not None and future.span.start is not None and future.span.start <= dct
    if tense is Tense.PAST and begun and one.grain not in _REPORTED:
        # the later occurrence had begun by the DCT ("as Easter week began", said on its
        # Monday): it is the one the past clause speaks of (a report's quarter is one over)
        take_future = True
    elif tense is Tense.PAST:
        # Only a day is given its year by a careful writer; "was on trial in March",
        # written in January, is the March that is over.
        # Only a day is given its year by a careful writer, and only a date that stands
        # on its own ("payable Dec. 1") may have its tense from another verb: "resigned
        # on 3 March" is the 3 March that is over.
        lead = expression.text[: max(expression.timex_start - expression.start, 0)]
        dated = _names_a_day(expression) and lead.strip().lower() not in _AT
        take_future = dated and behind > STALE and behind > PAST_REACH * ahead
    elif plan and tense is None:
        take_future = past.span is not None and past.span.end is not None and past.span.end <= dct
    else:
        take_future = behind > UNTENSED_REACH * ahead
    chosen = future if take_future else past
    if chosen is expression:
        return expression
    return attrs.evolve(
        chosen,
        text=expression.text,
        start=expression.start,
        end=expression.end,
        timex_start=expression.timex_start,
        timex_end=expression.timex_end,
        alternatives=(attrs.evolve(expression, alternatives=()),),
    )


def _names_a_day(expression: Expression) -> bool:
    """Whether the expression names a day (or a time in one), not a part of a month:
    "Dec. 1", "Friday", but not "early March", which is a month narrowed by the policy."""
    timex = expression.timex
    return timex is not None and len(timex.value) >= len("YYYY-MM-DD") and timex.mod is None


def _gaps(
    past: Expression, future: Expression, dct: datetime
) -> tuple[timedelta | None, timedelta | None]:
    """How far the past occurrence ends before the DCT, and the next starts after it (a
    DCT given as a date is its whole day)."""
    past_span, future_span = past.span, future.span
    if past_span is None or future_span is None:
        return None, None
    if past_span.end is None or future_span.start is None:
        return None, None
    day_end = dct + timedelta(days=1) if dct.time() == time(0) else dct
    behind = max(dct - past_span.end, timedelta(0))
    ahead = max(future_span.start - day_end, timedelta(0))
    return behind, ahead
