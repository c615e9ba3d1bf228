"""What moves a story's time: the date a narrative's year-less dates are placed from.

A history is told forward, and its year-less dates take their year from the last date the
story is at (:mod:`chronos.text._context`). A look back does not move it:

- an anaphor that points back before its antecedent ("the previous year", "two weeks
  earlier"), and one that points back to such a look back ("that March" after "the
  previous year");
- a date in a clause in the past perfect that lies before the time the story is at ("the
  town had flooded before, in 1947 and 1951").

A bare day of the month ("on the 12th", "is it the 9th?") is in the month the text is at:
the month of the last day or month named in its sentence or the two before it.

A deictic phrase that reaches back into the story's years ("fifty years ago", in a text
far from its DCT) names a time of the story, as an explicit year does.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from chronos.phrases import Expression, Match, Scanner, Tense, Token, resolve_match
from chronos.text._mention import Mention, span_of
from chronos.time import Grain, Policy, Span

#: How many days before the day or month a story is at a year-less date may lie and still be
#: in its year: a story is told forward, with looks back of a few weeks.
_LOOK_BACK: Final = 31
#: The reference for a value that depends on none (an absolute date, a duration, a span
#: open at both ends): nothing of the result depends on it.
NEUTRAL: Final = datetime(2000, 1, 1)

__all__ = ["NEUTRAL", "day_in_month", "ends_before", "far_back", "in_narrative", "inside_span"]


def ends_before(later: Mention | datetime | None, mention: Mention) -> bool:
    """Whether ``mention``'s time ends at or before the start of ``later``'s (a mention or
    a moment); ``False`` when either is not placed."""
    if later is None or mention.expression is None or mention.expression.span is None:
        return False
    end = mention.expression.span.end
    if isinstance(later, datetime):
        start: datetime | None = later
    elif later.expression is None or later.expression.span is None:
        return False
    else:
        start = later.expression.span.start
    return end is not None and start is not None and end <= start


def far_back(mention: Mention, dct: datetime | None, years: int) -> bool:
    """Whether ``mention``'s time ends more than ``years`` years before ``dct``."""
    if dct is None:
        return False
    return ends_before(dct - timedelta(days=365 * years), mention)


def inside_span(expression: Expression | None, span: Span) -> bool:
    """Whether ``expression``'s time lies within ``span`` (both placed)."""
    if expression is None or expression.span is None:
        return False
    own = expression.span
    if own.start is None or own.end is None or span.start is None or span.end is None:
        return False
    return span.start <= own.start and own.end <= span.end


def in_narrative(
    match: Match,
    text: str,
    anchor: Mention,
    kind: str,
    tense: Tense | None,
    policy: Policy | None,
    looking_back: bool = False,
) -> Expression | None:
    """A year-less date or a weekday in narrative text: in the year (or near the day) of the
    last explicit date, told forward from a day or a month (back in a clause in the past
    perfect); ``None`` when that date is open at its start."""
    if anchor.expression is None or anchor.expression.span is None:
        return None
    moment = anchor.expression.span.start
    if moment is None:
        return None
    span = anchor.expression.span
    if kind == "yearless" and span.grain is Grain.SEASON:
        # "The following winter … On 12 January": the season may straddle New Year, and
        # the date is the one nearest its middle (inside it where it can be): a winter's
        # January is in the year after its December
        return _resolve(match, text, _middle(span), None, policy)
    fine = span.grain in (Grain.DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)
    if kind == "yearless" and (fine or span.grain in (Grain.WEEK, Grain.MONTH)):
        # The story is at a day or a month, and a story is told forward: the first
        # occurrence from a month before it, so a story at 20 December 1939 meets "3 March"
        # in 1940, while "13 December" (a look back of a week) stays in 1939.
        if looking_back:
            # "On 28 April it had rained", told at 9 June: the last 28 April before then
            end = span.end if span.end is not None else moment
            return _resolve(match, text, end, Tense.PAST, policy)
        since = moment - timedelta(days=_LOOK_BACK)
        return _resolve(match, text, since, Tense.FUTURE, policy)
    if kind == "yearless":
        # The nearest occurrence to the middle of the anchor's year is in that year; a
        # signal that puts the date on one side ("since late September") is read from the
        # year's end, then from its start, to stay in it.
        nearest = _resolve(match, text, datetime(moment.year, 7, 2), None, policy)
        if span.end is None or inside_span(nearest, span):
            return nearest
        for edge in (span.end - timedelta(seconds=1), moment):
            other = _resolve(match, text, edge, None, policy)
            if inside_span(other, span):
                return other
        return nearest
    return _resolve(match, text, moment if fine else _middle(span), tense, policy)


def _middle(span: Span) -> datetime:
    start = span.start
    end = span.end
    if start is None or end is None:
        return start or end or NEUTRAL
    return start + (end - start) / 2


def _resolve(
    match: Match, text: str, reference: datetime, tense: Tense | None, policy: Policy | None
) -> Expression:
    return resolve_match(match, text, reference=reference, tense=tense, policy=policy)


#: How many sentences back a month may be named and still hold a bare day of the month.
MONTH_REACH: Final = 2
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


_MONTH_WORDS: Final = frozenset(
    {name.lower() for name in _MONTH_NAMES}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_BARE_DAY: Final = re.compile(r"^the [0-9]{1,2}(st|nd|rd|th)$", re.IGNORECASE)
_SLASHED: Final = re.compile(r"[0-9]/[0-9]")


def _names_a_month(text: str) -> bool:
    """Whether a mention's text names its month: a month's name ("march 9", "Dec. 3"), a
    slash date, or a bare day read in a month named before it."""
    words = re.findall(r"[a-z]+", text.lower())
    return (
        any(word in _MONTH_WORDS for word in words)
        or _SLASHED.search(text) is not None
        or _BARE_DAY.match(text) is not None
    )


def day_in_month(
    tokens: list[Token],
    first: int,
    last: int,
    times: list[Mention],
    sentence: int,
    signal: str | None = None,
) -> tuple[Match, str] | None:
    """The match and source text of a bare day of the month at tokens ``[first, last)``
    ("the 16th") read in the month of the last mention naming a day or a month in its
    sentence or the :data:`MONTH_REACH` before it ("16 March 2024", after its ``signal``
    if it has one: "on 16 March 2024"); ``None`` when the
    tokens are no bare day, no such mention is near, or the month has no such day."""
    if last - first != 2 or tokens[first].lower != "the" or tokens[first + 1].kind != "ORDINAL":
        return None
    digits = tokens[first + 1].lower.rstrip("stndrh")
    if not digits.isdigit():
        return None
    for mention in reversed(times):
        if mention.sentence < sentence - MONTH_REACH:
            return None
        span = span_of(mention)
        if span is None or span.start is None:
            continue
        if span.grain is not Grain.MONTH and span.grain is not Grain.DAY:
            continue
        if not _names_a_month(mention.text):
            continue  # "Saturday", "tomorrow": days near the DCT, no month the text is at
        source = f"{int(digits)} {_MONTH_NAMES[span.start.month - 1]} {span.start.year}"
        if signal is not None:
            source = f"{signal} {source}"  # the relation stays the text's ("by the 30th")
        match = Scanner(source).match(0)
        if match is None or match.timex_end != len(source):
            return None  # no such day in that month ("the 31st" of April)
        return match, source
    return None
