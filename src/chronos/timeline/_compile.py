"""Compiling what is said about an event into edges ``t_v − t_u ≤ w`` of the network.

A relation's atoms (:mod:`chronos.timeline._relations`) speak of the endpoints of two
events ``a`` and ``b``. Here ``a`` is always an event (two points); ``b`` is another event
or a span, whose ends are constants: an atom on a constant becomes an edge to or from the
origin (time zero), and an atom on an open end of a span says nothing and is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, UnknownEventError, for_argument
from chronos.time import Assumption, Span, calendar as cal
from chronos.timeline._network import ORIGIN, TICKS, end_point, start_point
from chronos.timeline._relations import Atom, Gap, compile_relation, read_gap, resolve_relation
from chronos.timeline._types import ClaimKind, describe_length, span_text
from chronos.timeline._when import Reading

__all__ = [
    "Edge3",
    "LONGEST",
    "Pending",
    "check_edges",
    "duration_claim",
    "edges",
    "read_amount",
    "span_edges_of",
    "span_terms",
    "ticks",
    "when_claims",
]

Edge3 = tuple[int, int, int]
#: A span's end as a constant: ``(seconds,)``, or ``(None,)`` for an open end.
Constant = tuple[int | None]

_PRECEDING: Final = "(the preceding event)"
_DETERMINERS: Final = ("the ", "a ", "an ", "his ", "her ", "its ", "their ")
_DAY: Final = 86400
#: No edge may say more than the whole calendar holds (0001-01-01 to 9999-12-31, in ticks):
#: such a claim can never be met by events that lie in it.
LONGEST: Final = (cal.to_seconds(datetime(9999, 12, 31, 23, 59, 59)) + 1) * TICKS


@attrs.frozen
class Pending:
    """A claim compiled but not yet added: everything is checked before anything changes."""

    kind: ClaimKind
    relation: str
    object: str | None
    text: str
    edges: list[Edge3]
    assumptions: tuple[Assumption, ...] = ()
    alternatives: list[tuple[str, list[Edge3]]] = attrs.Factory(list)
    gap: str | None = None


def check_edges(argument: str, value: object, found: Iterable[Edge3]) -> None:
    """Refuse a claim that says more than the calendar holds, before anything changes."""
    for _, _, weight in found:
        if abs(weight) > LONGEST:
            raise InvalidArgumentError(
                argument,
                value,
                "reaches beyond the supported calendar (0001-01-01 to 9999-12-31)",
            )


def ticks(moment: datetime | None) -> int:
    """``moment`` on the network's time axis, in ticks (it must be known)."""
    if moment is None:
        raise InvalidArgumentError("moment", moment, "must be a datetime")
    return cal.to_seconds(moment) * TICKS


def span_terms(span: Span) -> tuple[Constant, Constant]:
    """The two ends of ``span`` as constants (ticks)."""
    lo = None if span.start is None else ticks(span.start)
    hi = None if span.end is None else ticks(span.end)
    return (lo,), (hi,)


#: Relations that put (a part of) the event inside a span: its start then lies before the
#: span's end, as a span is half-open — an instant at the very end is in the next span.
_INSIDE: Final = frozenset(
    {"during", "within", "since", "as of", "starts", "finishes", "equals", "overlapped by"}
)


def span_edges_of(
    relation: str, atoms: Sequence[Atom], a: tuple[int, int], span: Span
) -> list[Edge3]:
    """The edges of ``a relation span``, the span taken as half-open."""
    out = edges(atoms, a, span_terms(span))
    if relation in _INSIDE and span.end is not None:
        out.append((ORIGIN, a[0], ticks(span.end) - 1))
    return out


def edges(atoms: Sequence[Atom], a: tuple[int, int], b: tuple[Any, Any]) -> list[Edge3]:
    """The edges (in ticks) of ``atoms``: ``a`` holds two points, ``b`` two points or two
    constants."""
    out: list[Edge3] = []
    for atom in atoms:
        x = _term(atom.x, a, b)
        y = _term(atom.y, a, b)
        if isinstance(x, tuple) and isinstance(y, tuple):
            continue
        if (isinstance(x, tuple) and x[0] is None) or (isinstance(y, tuple) and y[0] is None):
            continue
        # lo <= y - x <= hi
        if atom.hi is not None:
            out.append(_edge(x, y, atom.hi * TICKS))
        if atom.lo is not None:
            out.append(_edge(y, x, -atom.lo * TICKS))
    return out


def _term(term: tuple[str, str], a: tuple[int, int], b: tuple[Any, Any]) -> Any:
    side, end = term
    pair = a if side == "a" else b
    return pair[0] if end == "start" else pair[1]


def _edge(x: Any, y: Any, w: int) -> Edge3:
    """``t_y - t_x <= w`` where either side may be a constant ``(c,)``."""
    if isinstance(x, tuple):
        return (ORIGIN, y, x[0] + w)  # y - c <= w
    if isinstance(y, tuple):
        return (x, ORIGIN, w - y[0])  # c - x <= w
    return (x, y, w)


def duration_claim(name: str, s: int, e: int, gap: Gap) -> Pending:
    """The claim that the event lasts ``gap``."""
    out = [(e, s, -gap.minimum * TICKS)]
    if gap.maximum is not None:
        out.append((s, e, gap.maximum * TICKS))
    low = describe_length(gap.minimum)
    high = "no limit" if gap.maximum is None else describe_length(gap.maximum)
    text = f"{name} lasts {gap.text} ({low} to {high})"
    return Pending("duration", "lasts", None, text, out, gap=gap.text)


def read_amount(duration: object) -> Gap:
    """A ``duration=`` read like a gap, errors naming ``duration``."""
    try:
        return read_gap(duration)
    except ParseError as exc:
        raise for_argument(exc, "duration") from exc
    except InvalidArgumentError as exc:
        raise InvalidArgumentError("duration", duration, exc.reason) from exc


def offset_gap(offset: object) -> Gap:
    """The gap of an anchored phrase: a count of days is a count of calendar days.

    "two days after the letter" puts the event on the second calendar day after the one the
    letter ended on, so the time from the letter's end to the event's start lies between one
    and three days, whatever the hours; other amounts are metric ranges (a month: 28–31 days).
    """
    gap = read_gap(offset)
    days, rest = divmod(gap.minimum, _DAY)
    if gap.maximum == gap.minimum and rest == 0 and days > 0:
        return Gap(max(days - 1, 0) * _DAY, (days + 1) * _DAY, gap.text)
    return gap


def when_claims(
    name: str,
    points: tuple[int, int],
    reading: Reading,
    when: object,
    *,
    reference: Span,
    index: Mapping[str, int],
    last: str | None,
) -> list[Pending]:
    """The claims of a ``when=`` reading about event ``name`` at ``points``."""
    s, e = points
    claims: list[Pending] = []
    phrase = when.strip() if isinstance(when, str) else None
    if reading.anchor is not None:
        anchor = _anchor(reading.anchor, when, index, last)
        spec = resolve_relation(reading.relation)
        gap = None if reading.offset is None else offset_gap(reading.offset)
        assumptions = reading.assumptions
        if gap is not None and spec.gap_mode == "none":
            note = f"the gap {gap.text} is not used with {spec.name!r}"
            assumptions += (Assumption("offset", note),)
            gap = None
        b = index[anchor]
        out = edges(compile_relation(spec, gap), (s, e), (start_point(b), end_point(b)))
        text = f"{name} {phrase or reading.describe()} ({spec.name} {anchor})"
        gap_text = None if gap is None else gap.text
        claims.append(Pending("when", spec.name, anchor, text, out, assumptions, gap=gap_text))
    elif reading.span is not None or reading.parts is not None:
        out = span_edges(points, reading, reference)
        shown = reading.describe()
        resolved = str(reading.span) if reading.span is not None else shown
        if phrase is not None and phrase != resolved:
            text = f"{name} {phrase} ({resolved})"
        else:
            text = f"{name} {shown}"
        alternatives = [
            (
                alt.describe() if alt.span is None else span_text(alt.span),
                span_edges(points, alt, reference),
            )
            for alt in reading.alternatives
            if alt.span is not None or alt.parts is not None
        ]
        claims.append(
            Pending(
                "when", reading.relation, resolved, text, out, reading.assumptions, alternatives
            )
        )
    if reading.duration is not None and reading.word == "within" and not claims:
        # "within a month", anchored nowhere else: within that long of the reference.
        gap = read_gap(reading.duration)
        if gap.maximum is None:
            raise InvalidArgumentError("when", when, "'within' needs a length with an end")
        out = edges(
            compile_relation(resolve_relation("within"), Gap(0, gap.maximum, gap.text)),
            (s, e),
            span_terms(reference),
        )
        text = f"{name} {phrase or reading.describe()} (of the reference)"
        claims.append(
            Pending("when", "within", str(reference), text, out, reading.assumptions, gap=gap.text)
        )
    elif reading.duration is not None:
        claims.append(duration_claim(name, s, e, read_gap(reading.duration)))
    return claims


def span_edges(points: tuple[int, int], reading: Reading, reference: Span) -> list[Edge3]:
    """The edges of a reading against a span (or the two spans of a range)."""
    if reading.parts is not None:
        first, last = reading.parts
        out = span_edges_of("since", resolve_relation("since").atoms, points, first)
        out += span_edges_of("until", resolve_relation("until").atoms, points, last)
        return out
    if reading.span is None:
        raise InvalidArgumentError("when", reading.text, "names no span")
    spec = resolve_relation(reading.relation)
    out = span_edges_of(spec.name, spec.atoms, points, reading.span)
    if spec.ongoing:
        out.append(ongoing_edge(points, reference))
    return out


def ongoing_edge(points: tuple[int, int], reference: Span) -> Edge3:
    """The event is still going on when the reference is over: ``end ≥ reference end``."""
    return (points[1], ORIGIN, -ticks(reference.end))


def _anchor(written: str, when: object, index: Mapping[str, int], last: str | None) -> str:
    """The event an anchored phrase names: exactly, or the one event holding its words."""
    if written == _PRECEDING:
        if last is None:
            raise InvalidArgumentError("when", when, "refers to a preceding event; there is none")
        return last
    key = normal_name(written)
    exact = [n for n in index if normal_name(n) == key]
    if exact:
        return exact[0]
    words = key.split()
    matches = [n for n in index if all(w in normal_name(n).split() for w in words)]
    if len(matches) == 1:
        return matches[0]
    raise UnknownEventError("when", written, index)


def normal_name(name: str) -> str:
    """An event name as anchors are matched: lower case, no leading determiner."""
    key = " ".join(name.lower().replace("’", "'").split())
    for determiner in _DETERMINERS:
        if key.startswith(determiner):
            key = key[len(determiner) :]
    return key
