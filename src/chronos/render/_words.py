"""An event's time in the words a reader expects: "August 2023", "between 1 Aug 2023 and
8 Feb 2024", "by 25 Oct 2024", "since Aug 2023, ongoing".

The words are read off the solved bounds of the event, never off the phrase that was said:
they say what is known once every claim is taken into account. A lone date is written in
full ("8 February 2024"); inside a phrase months are shortened ("since Aug 2023").
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from chronos.time import Bounds, Grain, Span, calendar as cal

__all__ = ["describe_when", "last_day_words", "moment_words", "span_words"]

_SECOND: Final = timedelta(seconds=1)
_NAMED: Final = (Grain.DAY, Grain.MONTH, Grain.YEAR)


def _month(number: int, *, short: bool) -> str:
    name: str = cal.MONTH_NAMES[number - 1]
    return name[:3] if short else name


def moment_words(moment: datetime, *, short: bool = True) -> str:
    """A day, with the time of day when it is not midnight ("8 Feb 2024", "8 Feb 2024 14:30").

    >>> moment_words(datetime(2024, 2, 8)), moment_words(datetime(2024, 2, 8, 14, 30), short=False)
    ('8 Feb 2024', '8 February 2024 14:30')
    """
    day = f"{moment.day} {_month(moment.month, short=short)} {moment.year}"
    if moment.hour == moment.minute == moment.second == 0:
        return day
    clock = moment.strftime("%H:%M") if moment.second == 0 else moment.strftime("%H:%M:%S")
    return f"{day} {clock}"


def span_words(span: Span, *, short: bool = False) -> str | None:
    """A span that is one named unit in words ("August 2023", "8 February 2024", "2024").

    ``None`` when the span is not exactly one day, month or year.

    >>> span_words(Span.month(2023, 8)), span_words(Span.month(2023, 8), short=True)
    ('August 2023', 'Aug 2023')
    >>> span_words(Span.parse("2023-08-01/2024-02-08")) is None
    True
    """
    start = span.start
    if start is None or not span.is_unit or span.grain not in _NAMED:
        return None
    if span.grain is Grain.YEAR:
        return str(start.year)
    if span.grain is Grain.MONTH:
        return f"{_month(start.month, short=short)} {start.year}"
    return moment_words(start, short=short)


def _last_instant(end: datetime) -> datetime:
    """The last moment an event over by ``end`` can touch, as a reader names it: an end at
    midnight names the whole day before."""
    if (end.hour, end.minute, end.second) == (0, 0, 0):
        return end - timedelta(days=1)
    return end


def last_day_words(end: datetime) -> str:
    """The last moment before an exclusive ``end``, as a reader names it.

    >>> last_day_words(datetime(2024, 10, 26)), last_day_words(datetime(2024, 10, 25, 12))
    ('25 Oct 2024', '25 Oct 2024 12:00')
    """
    return moment_words(_last_instant(end))


def _window_words(lo: datetime, hi: datetime) -> str:
    """Where an instant between ``lo`` and ``hi`` (inclusive) lies: a named unit, or a range."""
    named = span_words(Span.between(lo, hi + _SECOND), short=True)
    if named is not None:
        return named
    first, last = moment_words(lo), moment_words(_day_of(hi))
    return first if first == last else f"between {first} and {last}"


def _day_of(moment: datetime) -> datetime:
    """The day of ``moment`` when it is the last second of that day, else ``moment``."""
    if (moment.hour, moment.minute, moment.second) == (23, 59, 59):
        return moment.replace(hour=0, minute=0, second=0)
    return moment


def describe_when(bounds: Bounds, *, reference_end: datetime | None = None) -> str:
    """Where an event lies, in words, from its solved bounds.

    ``reference_end`` is the end of the reference (the statement's publication day): an
    event with no latest end that certainly started before it and cannot be over before it
    is *ongoing*.

    - both ends known, one named unit: "August 2023", "8 February 2024";
    - both ends known otherwise: "between 1 Aug 2023 and 8 Feb 2024";
    - only the end known: "by 25 Oct 2024" (over by the end of that day; "by" and not
      "before", since an event over by the end of a day may still fall on it);
    - only the start known: "since Aug 2023, ongoing" when the event is still going on at
      the reference, else "from 1 Aug 2023 on" ("started between 3 Aug 2023 and 5 Sep
      2023" when the start is a range);
    - nothing known: "date unknown".

    >>> from chronos import Window
    >>> aug = Window.of(Span.month(2023, 8))
    >>> describe_when(Bounds(aug, Window(datetime(2023, 8, 1), datetime(2023, 9, 1))))
    'August 2023'
    >>> describe_when(Bounds(aug, Window(datetime(2024, 10, 26), None)),
    ...               reference_end=datetime(2024, 10, 26))
    'since Aug 2023, ongoing'
    """
    es, le = bounds.earliest_start, bounds.latest_end
    if es is not None and le is not None:
        # an instant known to the second: its end is its start
        hull = Span.between(es, le if le > es else es + _SECOND)
        named = span_words(hull)
        if named is not None:
            return named
        first, last = moment_words(es), moment_words(_last_instant(le))
        return first if first == last else f"between {first} and {last}"
    if le is not None:
        return f"by {moment_words(_last_instant(le))}"
    if es is not None:
        ls = bounds.latest_start
        start = moment_words(es) if ls is None else _window_words(es, ls)
        ee = bounds.earliest_end
        # going on at the reference: certainly started by its end, not over before it
        ongoing = (
            reference_end is not None
            and ee is not None
            and ee >= reference_end
            and ls is not None
            and ls < reference_end
        )
        if start.startswith("between"):
            return f"started {start}{', ongoing' if ongoing else ''}"
        return f"since {start}, ongoing" if ongoing else f"from {start} on"
    return "date unknown"
