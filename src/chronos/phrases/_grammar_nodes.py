"""The syntax tree of a temporal phrase: what was said, before it is placed on the calendar.

The grammar builds these nodes; the resolver (:mod:`chronos.phrases._resolve`) turns them into spans
and durations against a reference date. A node records only what the text states — a
year-less "February 8" has ``year=None`` — so that every choice the resolver makes can be
written down as an assumption.

Nodes are named tuples rather than attrs classes, like the tokens they are read from: the
grammar makes them by the dozen for every phrase and they never leave chronos, so the
cheapest immutable record is the right one (an attrs class also takes the better part of a
millisecond to create at import).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final, NamedTuple

from chronos.time import Grain

__all__ = [
    "Amount",
    "Anaphor",
    "CalendarDate",
    "Clock",
    "DayInWeek",
    "DurationPhrase",
    "EraDate",
    "Holiday",
    "Node",
    "NthDay",
    "NumericDate",
    "Partial",
    "Period",
    "Phrase",
    "Range",
    "SMALL_HOURS",
    "Turn",
    "YearPair",
    "Recurrence",
    "Ref",
    "RelativeUnit",
    "Shift",
    "Shifted",
    "VaguePart",
    "WeekIn",
    "Weekday",
    "YearRef",
]


class YearRef(NamedTuple):
    """A year as stated: absolute (``value``) or relative to the reference year (``offset``).

    ``two_digit`` marks "'24" or "26/10/23", whose century the resolver picks.
    """

    value: int | None = None
    offset: int | None = None
    two_digit: bool = False


class CalendarDate(NamedTuple):
    """A named unit of the calendar, possibly without its year: "26 October 2023",
    "August", "Q3 2024", "last summer", "the 1990s", "the nineties".

    ``grain`` says which unit; the fields that unit needs are set (``month`` and ``day`` for a
    day, ``ordinal`` for a quarter, half or third, ``season`` for a season, ``year`` for a
    decade or century). ``cue`` is last/next/this when the text gives one; ``weekday`` is a
    weekday the text states beside the date.
    """

    grain: Grain
    year: YearRef | None = None
    month: int | None = None
    day: int | None = None
    ordinal: int | None = None
    season: str | None = None
    weekday: int | None = None
    cue: str | None = None
    notes: tuple[str, ...] = ()


class Holiday(NamedTuple):
    """A holiday by name: "Christmas", "Thanksgiving 2023", "last Easter"."""

    key: str
    year: YearRef | None = None
    cue: str | None = None


class WeekIn(NamedTuple):
    """A week named by a day in it ("the week of March 6", ``ordinal`` None) or by its place
    in a month ("the first week of March" 1, "the last week of March" -1)."""

    base: Node
    ordinal: int | None = None


class NumericDate(NamedTuple):
    """A day written in digits with separators, "26/10/2023": which number is the month is
    for the policy to say (day first unless impossible)."""

    first: int
    second: int
    year: YearRef
    #: a weekday the text writes before it ("Friday 6/20/2025"), 1 for Monday: where
    #: both orders are days, the one that falls on it is read
    weekday: int | None = None


class NthDay(NamedTuple):
    """A day counted inside a month or a year: "the second Monday of March" (``ordinal`` 2,
    ``weekday`` 1), "the last day of 2019" (-1, no weekday), "the 12th" (``base`` None: the
    12th of the month the context picks; with a ``weekday``, "Friday the 13th", the 13th
    of a month where it falls on that weekday).

    ``ordinal`` counts from the start (1 is the first) or, when negative, from the end (-1
    is the last); ``base`` is a month or a year.
    """

    base: Node | None
    ordinal: int
    weekday: int | None = None


class DayInWeek(NamedTuple):
    """A weekday of a named week: "Thursday of next week", "next week's Tuesday"."""

    weekday: int
    week: Node


class Shifted(NamedTuple):
    """A day an amount after (+1) or before (-1) another day: "a week from Friday",
    "Monday after next" (a week after next Monday), "Friday week", "the day before last
    Tuesday". ``ahead``: a bare weekday base is the one to come ("a week from Friday"),
    else it is placed as on its own ("the day after Friday")."""

    base: Node
    amount: Amount
    sign: int = 1
    ahead: bool = True


class EraDate(NamedTuple):
    """A year or a century of an era: "323 BC" (``year`` 323, ``bc``), "AD 79",
    "the 5th century BC" (``century`` 5)."""

    year: int | None
    bc: bool
    century: int | None = None


class Weekday(NamedTuple):
    """A day named by its weekday: "Monday", "last Friday", "this coming Sunday"."""

    weekday: int
    cue: str | None = None


class RelativeUnit(NamedTuple):
    """The unit of ``grain`` ``offset`` units from the one holding the reference.

    "yesterday" is ``(DAY, -1)``, "this month" ``(MONTH, 0)``, "next year" ``(YEAR, 1)``;
    ``weekend`` narrows a week to its Saturday and Sunday.
    """

    grain: Grain
    offset: int
    weekend: bool = False
    pick: bool = False


class Amount(NamedTuple):
    """An amount of time as stated: ``number`` units of ``unit`` (a Duration keyword).

    ``number`` is ``None`` for "several years"; ``size`` is how many ``unit`` one named unit
    holds (a decade is ten years); ``grain`` is the named unit's grain; ``extra`` holds the
    second part of "two years and three months"; ``most`` the upper number of "two to three
    weeks".
    """

    number: Fraction | None
    unit: str
    size: int
    grain: Grain
    extra: Amount | None = None
    most: Fraction | None = None


class DurationPhrase(NamedTuple):
    """A length of time: "three years", "more than two weeks", "about a month".

    ``definite`` is set where an article makes it a stretch the text has in view ("the nine
    months", "the first nine months"): "in" before it places nothing ahead of the reference.
    """

    amount: Amount
    mod: str | None = None
    definite: bool = False


class Shift(NamedTuple):
    """A point an amount away from the reference: "two weeks ago" (-1), "in two weeks" (+1)."""

    amount: Amount
    sign: int
    mod: str | None = None


class Period(NamedTuple):
    """The stretch of an amount just before (-1) or after (+1) the reference:
    "the past three months", "the next two years"."""

    amount: Amount
    sign: int
    mod: str | None = None


#: ``Clock.part`` of the hours after midnight ("the small hours"): no TimeML code of its
#: own; its TIMEX3 is the morning's start (``TMO``, mod ``START``).
SMALL_HOURS: Final = "SH"


class Clock(NamedTuple):
    """A time of day on a day: "10:30 a.m. on 3 May 2023", "Tuesday evening", "tonight".

    Either a clock time (``hour``/``minute``/``second``) or a part of the day (``part``, a
    TimeML code). ``base`` is the day, or ``None`` for the reference day.
    """

    base: Node | None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part: str | None = None
    utc: bool = False
    #: "am" or "pm" where the text states it: a range's first end takes the second's.
    meridiem: str | None = None
    #: "midnight": on a day the text names ("midnight Friday"), the moment that day ends.
    midnight: bool = False
    #: the day written before the clock ("Saturday 5 a.m."): it is this time's own day, not
    #: one a range names for both its ends.
    day_first: bool = False


class VaguePart(NamedTuple):
    """A vague part of a span: "early 2024", "mid-October", "the end of the year"."""

    part: str
    base: Node


class Partial(NamedTuple):
    """The part of a unit before or after the reference: "earlier this month" (-1),
    "later this year" (+1)."""

    base: Node
    side: int


class Ref(NamedTuple):
    """A vague reference to the present, past or future: "currently", "recently"."""

    value: str


class Range(NamedTuple):
    """From one calendar anchor to another: "between March and May 2022", "2019-2021".

    ``eve`` marks a range of clock times whose day is written on its last end only, before
    that end's clock ("from 10 p.m. to Saturday 5 a.m."): the first end takes the day, and
    a night that runs past midnight starts on the evening before it.
    """

    first: Node
    last: Node
    eve: bool = False


class Recurrence(NamedTuple):
    """A set of times, already in TimeML terms: "every Monday", "twice a month"; for a
    weekday stepped by weeks ("every other Monday"), ``weekday`` (Monday 1) is the day the
    TIMEX3 value (the step, ``P2W``) cannot hold; for a weekday counted in every month
    ("every first Tuesday", "the last Friday of every month"), ``rank`` is its count in
    the month (negative from the end), which the value (``P1M``) cannot hold either; for a
    count of seasons ("the past three summers"), ``seasons`` is the count (0 when vague:
    "the past few winters") and ``sign`` the side of the reference (-1 past, 1 future, 0 none:
    "for three summers")."""

    value: str
    freq: str | None = None
    quant: str | None = None
    weekday: int | None = None
    rank: int | None = None
    seasons: int | None = None
    sign: int = 0


class Anaphor(NamedTuple):
    """A time placed relative to an event the text mentioned before: "the following day",
    "three days later", "a week earlier", "that day".

    ``named`` is a named period of the calendar the anaphor picks relative to that time
    ("that autumn", "the following spring", "that December", "the next morning"): a
    season or a month with its cue, or a part of a day ``sign`` days on.
    """

    grain: Grain
    amount: Amount | None
    sign: int
    named: CalendarDate | Clock | Weekday | None = None


class Turn(NamedTuple):
    """The turn of a century or a millennium: the years around the boundary. ``length`` is
    100 or 1000; ``year`` the boundary the text names ("the turn of the 20th century" is
    1900), ``offset`` a cue's step from the unit of the reference ("the turn of the last
    century"), neither for the bare phrase, placed by the tense."""

    length: int
    year: int | None = None
    offset: int | None = None


class YearPair(NamedTuple):
    """One period across two consecutive years, as seasons, school and fiscal years are
    written: "the 2024/25 season", "the 2023–24 academic year", "fiscal 2024-25"
    (``first`` 2024 or 2023)."""

    first: int


Node = (
    CalendarDate
    | Holiday
    | WeekIn
    | NumericDate
    | Weekday
    | NthDay
    | DayInWeek
    | Shifted
    | EraDate
    | RelativeUnit
    | DurationPhrase
    | Shift
    | Period
    | Clock
    | VaguePart
    | Partial
    | Ref
    | Range
    | Recurrence
    | Anaphor
    | Turn
    | YearPair
)


class Phrase(NamedTuple):
    """A whole temporal phrase as the grammar read it, with character offsets.

    ``relation`` is the signal's relation name (or ``None``); ``core`` the temporal
    expression (``None`` when the phrase is anchored to an event only); ``offset`` the gap
    of "two days after …"; ``event`` the offsets of the anchoring event's text;
    ``signal`` the signal words as written (lower case, one space between);
    ``timex_mod`` a mod an open end puts on the timex ("1990 and beyond").
    ``core_start``/``core_end`` delimit the TIMEX3 extent (signal words left out), and
    ``start``/``end`` the whole phrase; ``next_token`` is the index after the phrase.
    """

    relation: str | None
    core: Node | None
    start: int
    end: int
    core_start: int
    core_end: int
    next_token: int
    offset: Amount | None = None
    offset_mod: str | None = None
    event: tuple[int, int] | None = None
    signal: str | None = None
    timex_mod: str | None = None
