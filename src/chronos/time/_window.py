"""Uncertain instants and events: ``Window``, ``Bounds`` and three-valued ``Certainty``."""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

import attrs

from chronos.errors import AmbiguousTruthError, InvalidArgumentError
from chronos.time._span import Span

__all__ = ["Bounds", "Certainty", "Window"]

_SECOND = timedelta(seconds=1)
_LAST_SECOND = datetime.max.replace(microsecond=0)


class Certainty(enum.Enum):
    """A three-valued answer: certainly, possibly but not certainly, or certainly not.

    Fuzzy values are not totally ordered, so a question about them has three answers, and
    ``bool()`` refuses to collapse them: ask ``.is_possible`` or ``.is_certain``.

    >>> Certainty.POSSIBLE.is_possible, Certainty.POSSIBLE.is_certain
    (True, False)
    >>> bool(Certainty.CERTAIN)
    Traceback (most recent call last):
    ...
    chronos.errors.AmbiguousTruthError: a Certainty has no single truth value; ...
    """

    CERTAIN = "certain"
    POSSIBLE = "possible"
    IMPOSSIBLE = "impossible"

    def __repr__(self) -> str:
        return f"Certainty.{self.name}"

    def __bool__(self) -> NoReturn:
        raise AmbiguousTruthError(
            "a Certainty has no single truth value; "
            "use .is_certain, .is_possible or compare with Certainty.CERTAIN"
        )

    @property
    def is_certain(self) -> bool:
        """True only for CERTAIN."""
        return self is Certainty.CERTAIN

    @property
    def is_possible(self) -> bool:
        """True for CERTAIN and POSSIBLE: the answer may be yes."""
        return self is not Certainty.IMPOSSIBLE

    @classmethod
    def of(cls, *, certain: bool, possible: bool) -> Certainty:
        """The answer from two plain facts: is it entailed, and is it consistent."""
        if certain:
            return cls.CERTAIN
        return cls.POSSIBLE if possible else cls.IMPOSSIBLE

    def negate(self) -> Certainty:
        """The answer to the opposite question."""
        return {
            Certainty.CERTAIN: Certainty.IMPOSSIBLE,
            Certainty.IMPOSSIBLE: Certainty.CERTAIN,
            Certainty.POSSIBLE: Certainty.POSSIBLE,
        }[self]


def _instant(value: object, argument: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        return value
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    raise InvalidArgumentError(argument, value, "must be a naive datetime, a date or None")


def _check_window(instance: Window, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute, value
    lo, hi = instance.earliest, instance.latest
    for name, moment in (("earliest", lo), ("latest", hi)):
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo):
            raise InvalidArgumentError(name, moment, "must be a naive datetime or None")
        if moment is not None and moment.microsecond:
            raise InvalidArgumentError(name, moment, "must be a whole second")
    if lo is not None and hi is not None and hi < lo:
        raise InvalidArgumentError("latest", hi, f"must not be before earliest={lo!r}")


@attrs.frozen(order=False)
class Window:
    """The instants an unknown moment may be: from ``earliest`` to ``latest``, inclusive.

    >>> w = Window.of(Span.month(2023, 8))
    >>> str(w), w.latest
    ('2023-08', datetime.datetime(2023, 8, 31, 23, 59, 59))
    >>> w.before(Window.of(Span.month(2024, 2)))
    Certainty.CERTAIN
    """

    earliest: datetime | None = attrs.field(validator=_check_window)
    latest: datetime | None

    @classmethod
    def of(cls, span: Span) -> Window:
        """The window of instants inside ``span``."""
        if not isinstance(span, Span):
            raise InvalidArgumentError("span", span, "must be a Span")
        return cls(span.start, None if span.end is None else span.end - _SECOND)

    @classmethod
    def exactly(cls, moment: date | datetime) -> Window:
        """A moment known to the second."""
        instant = _instant(moment, "moment")
        return cls(instant, instant)

    @classmethod
    def parse(cls, text: str) -> Window:
        """The window written by ``str()`` (an EDTF date or interval)."""
        return cls.of(Span.parse(text))

    @property
    def span(self) -> Span:
        """The smallest span holding every instant of the window.

        A window that reaches the last second datetime can hold has no exclusive end to
        give: its span is open at the end.

        >>> Window(datetime(2023, 8, 1), datetime(2023, 8, 31, 23, 59, 59)).span
        Span.month(2023, 8)
        """
        return Span.between(self.earliest, _after(self.latest))

    @property
    def is_exact(self) -> bool:
        """Whether the moment is known to the second."""
        return self.earliest is not None and self.earliest == self.latest

    def before(self, other: Window | date | datetime) -> Certainty:
        """Is this moment strictly before ``other``?"""
        o = _as_window(other)
        certain = self.latest is not None and o.earliest is not None and self.latest < o.earliest
        possible = self.earliest is None or o.latest is None or self.earliest < o.latest
        return Certainty.of(certain=certain, possible=possible)

    def after(self, other: Window | date | datetime) -> Certainty:
        """Is this moment strictly after ``other``? (The converse of :meth:`before`.)"""
        return _as_window(other).before(self)

    def same(self, other: Window | date | datetime) -> Certainty:
        """Is this the same instant as ``other``?"""
        o = _as_window(other)
        certain = self.is_exact and o.is_exact and self.earliest == o.earliest
        disjoint = (
            self.latest is not None and o.earliest is not None and self.latest < o.earliest
        ) or (o.latest is not None and self.earliest is not None and o.latest < self.earliest)
        return Certainty.of(certain=certain, possible=not disjoint)

    def within(self, span: Span) -> Certainty:
        """Does this moment fall inside ``span``?"""
        if not isinstance(span, Span):
            raise InvalidArgumentError("span", span, "must be a Span")
        inside = Window.of(span)
        certain = _le(inside.earliest, self.earliest, low=True) and _le(
            self.latest, inside.latest, low=False
        )
        possible = self.span.overlaps(span)
        return Certainty.of(certain=certain, possible=possible)

    def __str__(self) -> str:
        return str(self.span)


def _after(moment: datetime | None) -> datetime | None:
    """The second after ``moment``: the exclusive end of a span whose last instant it is.

    ``None`` (an open end) for ``None`` and for the last second datetime can hold.
    """
    if moment is None or moment >= _LAST_SECOND:
        return None
    return moment + _SECOND


def _le(a: datetime | None, b: datetime | None, *, low: bool) -> bool:
    """``a <= b`` where None is minus infinity for lower ends and plus infinity for upper."""
    if a is None:
        return low or b is None
    if b is None:
        return not low
    return a <= b


def _as_window(other: object) -> Window:
    if isinstance(other, Window):
        return other
    if isinstance(other, (date, datetime)):
        return Window.exactly(other)
    raise InvalidArgumentError("other", other, "must be a Window, a date or a datetime")


def _check_bounds(instance: Bounds, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute, value
    start, end = instance.start, instance.end
    if not isinstance(start, Window):
        raise InvalidArgumentError("start", start, "must be a Window")
    if not isinstance(end, Window):
        raise InvalidArgumentError("end", end, "must be a Window")
    if end.latest is not None and start.earliest is not None and end.latest < start.earliest:
        raise InvalidArgumentError(
            "end", end, f"the event cannot be over before it can start ({start})"
        )


_FIRST_INSTANT = datetime(1, 1, 1)


@attrs.frozen(order=False)
class Bounds:
    """What is known of an event ``[start, end)``: a window for each end.

    ``end`` is the instant the event is over (exclusive), so an event on one day ends at
    the next midnight. ``str()`` is the EDTF hull of where the event can lie.

    >>> b = Bounds(Window.of(Span.month(2023, 8)), Window(datetime(2023, 8, 2), None))
    >>> str(b), b.latest_end is None
    ('2023-08/..', True)
    """

    start: Window = attrs.field(validator=_check_bounds)
    end: Window

    @property
    def earliest_start(self) -> datetime | None:
        """The first instant the event can start."""
        return self.start.earliest

    @property
    def latest_start(self) -> datetime | None:
        """The last instant the event can start."""
        return self.start.latest

    @property
    def earliest_end(self) -> datetime | None:
        """The first instant by which the event can be over."""
        return self.end.earliest

    @property
    def latest_end(self) -> datetime | None:
        """The last instant by which the event is over (None: possibly still going on)."""
        return self.end.latest

    @property
    def span(self) -> Span:
        """The smallest span that surely holds the whole event.

        It runs from the earliest start to the latest end. An instantaneous event known to
        the second (its end is its start) is held by that second.

        >>> moment = Window.exactly(datetime(2024, 2, 8, 9, 30))
        >>> Bounds(moment, moment).span
        Span.parse('2024-02-08T09:30:00')
        """
        lo, hi = self.start.earliest, self.end.latest
        # An event over by its earliest start, or by the first instant chronos can name, can
        # only be that instant: the span is its second.
        if hi is not None and hi in (lo, _FIRST_INSTANT):
            hi = _after(hi)
        return Span.between(lo, hi)

    def __str__(self) -> str:
        return str(self.span)
