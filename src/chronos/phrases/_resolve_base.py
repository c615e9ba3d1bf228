"""The shared ground of resolution: context, values, occurrence choice, shared units.

A :class:`Context` carries what resolution depends on (the reference, the tense, the
policy); a :class:`Value` is what a node denotes. Spans and TIMEX3 values are immutable,
so the units phrases name over and over are built once and shared (:func:`unit_span`,
:func:`timex_of`). Impossible input the grammar could not see (31/02/2024 read either way
round) raises :class:`UnplaceableError`, which the caller turns into a ParseError that
shows the phrase.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final, NamedTuple

from chronos.errors import InvalidArgumentError
from chronos.phrases._expression import Tense
from chronos.phrases._grammar_nodes import Node
from chronos.phrases._occurrence import Choice, choose
from chronos.phrases._unplaceable import BEYOND_CALENDAR, UnplaceableError, known
from chronos.time import (
    Assumption,
    Duration,
    Grain,
    Policy,
    Span,
    Timex,
    calendar as cal,
    trusted_timex,
)

__all__ = [
    "HANDLERS",
    "Context",
    "BEYOND_CALENDAR",
    "UnplaceableError",
    "known",
    "Value",
    "choose_occurrence",
    "chosen",
    "duration_timex",
    "make_timex",
    "resolve_node",
    "span_value",
    "timex_of",
    "unit_at",
    "unit_span",
]


# Grains as globals: a member looked up on the enum class costs several times as much.
_SECOND: Final = Grain.SECOND
_MINUTE: Final = Grain.MINUTE
_HOUR: Final = Grain.HOUR
_PART_OF_DAY: Final = Grain.PART_OF_DAY
_DAY: Final = Grain.DAY


class Context(NamedTuple):
    """What resolution depends on: the reference moment, the tense, the policy, and a cue
    from the phrase's signal ("since" places a year-less date in the past).

    Like the nodes it resolves, a named tuple: one or more are made for every phrase.
    """

    reference: datetime
    tense: Tense | None
    policy: Policy
    signal_cue: str | None = None
    #: What the phrase makes of the occurrence chosen ("mid-" of a month, the evening of
    #: a day): the choice is made on that, so "mid-January" said on 21 January in the
    #: future tense is next year's.
    shape: Callable[[Span], Span] | None = None

    @property
    def day(self) -> datetime:
        """The start of the reference day."""
        r = self.reference
        return datetime(r.year, r.month, r.day)


class Value(NamedTuple):
    """What a node denotes, with the choices made and the other reading of its year."""

    span: Span | None = None
    timex: Timex | None = None
    duration: Duration | None = None
    assumptions: tuple[Assumption, ...] = ()
    alternative: Value | None = None
    #: The two ends of a range.
    parts: tuple[Value, ...] = ()


def duration_timex(duration: Duration) -> Timex:
    """The TIMEX3 of a duration (shared, like :func:`timex_of`)."""
    return make_timex("DURATION", duration.value or duration_timex_value(duration), duration.mod)


def duration_timex_value(duration: Duration) -> str:
    return duration.timex.value


@functools.lru_cache(maxsize=4096)
def make_timex(kind: str, value: str, mod: str | None = None) -> Timex:
    """A Timex, built once per distinct (type, value, mod): it is an immutable value.

    Only for parts chronos wrote (a unit's value, a duration's): they are not checked again.
    """
    return trusted_timex(kind, value, mod)


@functools.lru_cache(maxsize=4096)
def timex_of(span: Span) -> Timex:
    """The TIMEX3 of ``span`` (``span.timex``), cached like :func:`unit_span`: a Timex is an
    immutable value."""
    return span.timex


@functools.lru_cache(maxsize=4096)
def unit_span(year: int, month: int, day: int, grain: Grain) -> Span | None:
    """The unit of ``grain`` that starts on the given day, or ``None`` if there is no such
    day or the calendar cannot hold it.

    Spans are immutable values, so the same unit is built once and shared: phrases in a
    news corpus name the same few days, months and years over and over.
    """
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR or not 1 <= month <= 12:
        return None
    try:
        return Span.unit(datetime(year, month, day), grain)
    except (InvalidArgumentError, ValueError):
        return None


def unit_at(moment: datetime, grain: Grain) -> Span:
    """The unit of ``grain`` holding ``moment`` (shared, like :func:`unit_span`)."""
    if grain is _DAY:
        return known(unit_span(moment.year, moment.month, moment.day, grain))
    if grain is _SECOND or grain is _MINUTE or grain is _HOUR or grain is _PART_OF_DAY:
        return Span.unit(moment, grain)
    start = cal.floor(moment, grain)
    return known(unit_span(start.year, start.month, start.day, grain))


def choose_occurrence(
    build: Callable[[int], Span | None], ctx: Context, *, cue: str | None, reach: int = 1
) -> Choice | None:
    """``choose`` on the occurrences as the phrase shapes them; the choice is returned as
    the occurrences themselves."""
    shape = ctx.shape
    if shape is None:
        return choose(build, ctx.reference, cue=cue, tense=ctx.tense, reach=reach)
    originals: dict[Span, Span] = {}

    def shaped(k: int) -> Span | None:
        span = build(k)
        if span is None:
            return None
        result = shape(span)
        originals[result] = span
        return result

    choice = choose(shaped, ctx.reference, cue=cue, tense=ctx.tense, reach=reach)
    if choice is None:
        return None
    other = None if choice.alternative is None else originals[choice.alternative]
    return Choice(originals[choice.span], other, choice.why)


def chosen(
    choice: Choice, what: str, ctx: Context, kind: str, notes: tuple[Assumption, ...]
) -> Value:
    why = choice.why
    if ctx.signal_cue is not None and why.startswith("'last'"):
        why = "'since' looks back: the latest occurrence before it"
    text = f"{what} taken as {choice.span} ({why}, the reference being {ctx.day.date()})"
    alternative: Value | None = None
    if choice.alternative is not None:
        text += f"; {choice.alternative} is kept as the other reading"
        other = f"{what} taken as {choice.alternative}: the other reading"
        alternative = span_value(choice.alternative, (*notes, Assumption(kind, other)))
    value = span_value(choice.span, (*notes, Assumption(kind, text)))
    return Value(value.span, value.timex, None, value.assumptions, alternative)


def span_value(span: Span, notes: tuple[Assumption, ...] = ()) -> Value:
    """The value of a span: ``Value(span, timex_of(span), None, notes)``."""
    # Made directly, like the tokens: the named tuple's own __new__ is a Python function
    # around this one, and most phrases end here.
    return _tuple_new(Value, (span, timex_of(span), None, notes, None, ()))


_tuple_new: Final = tuple.__new__


#: Resolvers by node type; each resolving module registers its own.
HANDLERS: dict[type, Callable[[Any, Context], Value]] = {}


def resolve_node(node: Node, ctx: Context) -> Value:
    """The value ``node`` denotes in ``ctx``."""
    return HANDLERS[type(node)](node, ctx)
