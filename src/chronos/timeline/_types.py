"""The values a :class:`~chronos.Timeline` hands out: events, claims, constraints, conflicts.

A *claim* is one thing a statement says ("the sentencing came ahead of the elections"), with
its provenance and a confidence. The timeline compiles it into *constraints*: difference
constraints ``t(right) − t(left) ≤ bound`` on event endpoints, the atoms of a Simple
Temporal Network. A *conflict* is a set of constraints that cannot all hold — a negative
cycle — together with the claim set aside to repair it.
"""

from __future__ import annotations

import math
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from itertools import repeat
from typing import Any, Final, Literal, TypeVar, overload

import attrs

from chronos.errors import InvalidArgumentError
from chronos.time import Assumption, Span, calendar as cal

__all__ = [
    "ClaimKind",
    "Claim",
    "Built",
    "Conflict",
    "Constraint",
    "Endpoint",
    "Event",
    "Provenance",
    "describe_length",
    "distinct_claims",
    "format_instant",
    "label",
]

ClaimKind = Literal["when", "relation", "tense", "duration", "structure"]
_KINDS: Final = ("when", "relation", "tense", "duration", "structure")
_DAY: Final = 86400


def label(name: object) -> object:
    """An event's name as the timeline keeps it: NFC, white space collapsed to one space.

    "é" typed as one character or as "e" and a combining accent, "a" and "a ", name one
    event. Case is kept and matters: "Vote" and "vote" are two names.

    >>> label("  state\u00a0of   emergency "), label("cafe\u0301") == "caf\u00e9"
    ('state of emergency', True)
    """
    if not isinstance(name, str):
        return name
    return " ".join(unicodedata.normalize("NFC", name).split())


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(attribute.name, value, "must be a non-empty str")


@attrs.frozen(repr=False)
class Event:
    """An event of a timeline: an unknown interval ``[start, end]`` known by its name.

    ``instant`` events have ``start == end``. Events are handed out by
    :meth:`Timeline.add <chronos.Timeline.add>` and stand for their name in every method.

    >>> Event("Toshakhana conviction")
    Event('Toshakhana conviction')
    """

    name: str = attrs.field(converter=label, validator=_check_name)
    instant: bool = attrs.field(default=False, kw_only=True)

    def __repr__(self) -> str:
        extra = ", instant=True" if self.instant else ""
        return f"Event({self.name!r}{extra})"

    @classmethod
    def many(cls, names: Sequence[object], instants: Sequence[object]) -> list[Event]:
        """``Event(names[k], instant=instants[k])`` for every ``k``, checked in bulk: each
        name a non-empty str, each flag a bool (an ``InvalidArgumentError`` naming the
        first one that is not). Names already as the timeline keeps them (see :func:`label`)
        are taken as they are, with no call per event to check them.

        >>> Event.many(["vote", "count"], [True, False])
        [Event('vote', instant=True), Event('count')]
        """
        if len(names) != len(instants):
            raise InvalidArgumentError("instants", len(instants), "must be one per name")
        if not set(map(type, instants)) <= {bool}:
            bad = next(i for i in instants if type(i) is not bool)
            raise InvalidArgumentError("instant", bad, "must be a bool")
        if not (
            set(map(type, names)) <= {str}
            and all(map(str.strip, names))  # type: ignore[arg-type] # all str (above)
            and list(map(" ".join, map(str.split, names))) == names  # type: ignore[arg-type]
            and all(map(unicodedata.is_normalized, repeat("NFC"), names))  # type: ignore[arg-type]
        ):
            return [cls(n, instant=i) for n, i in zip(names, instants, strict=True)]  # type: ignore[arg-type]
        made = list(map(object.__new__, repeat(cls, len(names))))
        deque(map(object.__setattr__, made, repeat("name"), names), maxlen=0)
        deque(map(object.__setattr__, made, repeat("instant"), instants), maxlen=0)
        return made

    def __str__(self) -> str:
        return self.name


def _check_optional_str(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgumentError(attribute.name, value, "must be a str or None")


def _check_sentence(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InvalidArgumentError(attribute.name, value, "must be a positive int or None")


@attrs.frozen(kw_only=True)
class Provenance:
    """Where a claim comes from: a free-text source, a statement and sentence, the words,
    and the rule of reading that made the claim from them when a reader did.

    >>> str(Provenance(statement="1", sentence=4, quote="ahead of the February 8 elections"))
    "statement 1, sentence 4: 'ahead of the February 8 elections'"
    >>> str(Provenance(source="FO briefing"))
    'FO briefing'
    >>> str(Provenance(statement="2", sentence=1, quote="after the vote", rule="cue 'after'"))
    "statement 2, sentence 1: 'after the vote' (rule: cue 'after')"
    """

    source: str | None = attrs.field(default=None, validator=_check_optional_str)
    statement: str | None = attrs.field(default=None, validator=_check_optional_str)
    sentence: int | None = attrs.field(default=None, validator=_check_sentence)
    quote: str | None = attrs.field(default=None, validator=_check_optional_str)
    rule: str | None = attrs.field(default=None, validator=_check_optional_str)

    @property
    def is_empty(self) -> bool:
        """Whether nothing is known of the claim's origin."""
        return self.source is None and self.statement is None and self.quote is None

    @property
    def where(self) -> str | None:
        """The source and the sentence ("Port authority, sentence 2"), or "statement S,
        sentence N" built from the parts when the source is not known.

        >>> Provenance(source="Port authority", statement="harbour", sentence=2).where
        'Port authority, sentence 2'
        """
        if self.source is not None:
            if self.sentence is None:
                return self.source
            return f"{self.source}, sentence {self.sentence}"
        parts = []
        if self.statement is not None:
            parts.append(f"statement {self.statement}")
        if self.sentence is not None:
            parts.append(f"sentence {self.sentence}")
        return ", ".join(parts) if parts else None

    def __str__(self) -> str:
        where = self.where
        if self.quote is None:
            said = where or "(no source)"
        else:
            said = f"{where}: {self.quote!r}" if where else repr(self.quote)
        return said if self.rule is None else f"{said} (rule: {self.rule})"


def _check_confidence(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not ok or not (0 < value <= 1 or math.isinf(value)):
        raise InvalidArgumentError("confidence", value, "must be a number in (0, 1]")


@attrs.frozen(kw_only=True)
class Claim:
    """One thing said about the timeline, as the user (or a statement) said it.

    ``number`` is the claim's place in the order of arrival: among claims of equal
    ``confidence`` the older one is the weaker (later statements correct earlier ones).
    Structural claims (an event ends no earlier than it starts) are never set aside.
    """

    number: int
    kind: ClaimKind = attrs.field(validator=attrs.validators.in_(_KINDS))
    subject: str
    relation: str
    object: str | None
    text: str
    provenance: Provenance = Provenance()
    confidence: float = attrs.field(default=1.0, validator=_check_confidence)
    assumptions: tuple[Assumption, ...] = ()
    gap: str | None = None

    @property
    def source(self) -> str | None:
        """Where the claim comes from, in words (None if unknown)."""
        return None if self.provenance.is_empty else str(self.provenance)

    @property
    def weakness(self) -> tuple[float, int]:
        """The repair key: the claim with the smallest key is set aside first."""
        return (self.confidence, self.number)

    @property
    def can_be_set_aside(self) -> bool:
        """Whether a conflict may be repaired by setting this claim aside."""
        return self.kind != "structure"

    def describe(self) -> str:
        """The claim in words, with its source."""
        source = self.source
        return self.text if source is None else f"{self.text} ({source})"

    def __str__(self) -> str:
        return self.describe()


@attrs.frozen
class Endpoint:
    """One end of an event, or the calendar itself (``event=None``: time zero)."""

    event: str | None
    end: Literal["start", "end"] = "start"

    def __str__(self) -> str:
        if self.event is None:
            return "the calendar"
        return f"{self.end} of {self.event}"


@attrs.frozen
class Constraint:
    """One difference constraint ``t(right) − t(left) ≤ bound`` (seconds), from a claim.

    ``strict`` makes it ``<``: a durative event ends strictly after it starts.

    >>> c = Constraint(Endpoint("reaction", "start"), Endpoint("letter", "end"), -172800)
    >>> c.text
    'end of letter ≤ start of reaction − 2 days'
    >>> Constraint(Endpoint("talks", "end"), Endpoint("talks", "start"), 0, strict=True).text
    'start of talks < end of talks'
    """

    left: Endpoint
    right: Endpoint
    bound: int
    strict: bool = attrs.field(default=False, kw_only=True)
    claim: Claim | None = attrs.field(default=None, kw_only=True, eq=False)

    @property
    def text(self) -> str:
        """The constraint as an inequality in words."""
        left, right, w = self.left, self.right, self.bound
        op = "<" if self.strict else "≤"
        if left.event is None:
            return f"{right} {op} {format_instant(w)}"
        if right.event is None:
            return f"{left} {'>' if self.strict else '≥'} {format_instant(-w)}"
        if w == 0:
            return f"{right} {op} {left}"
        if w < 0:
            return f"{right} {op} {left} − {describe_length(-w)}"
        return f"{right} {op} {left} + {describe_length(w)}"

    @property
    def source(self) -> str | None:
        """The source of the claim behind the constraint."""
        return None if self.claim is None else self.claim.source

    def __str__(self) -> str:
        return self.text


_T = TypeVar("_T")


class Built(Sequence[_T]):
    """A tuple whose items are made on first access: what a conflict on a long cycle lists.

    A conflict on a cycle of 100,000 claims names 200,000 constraints; the timeline hands
    out the conflict at once and makes each constraint when it is read. It behaves as the
    tuple of its items: equal to it, hashed as it, shown as it, pickled as it, joined to a
    tuple by ``+`` into a tuple.

    >>> made = []
    >>> squares = Built(4, lambda i: made.append(i) or i * i)
    >>> squares[2], made
    (4, [2])
    >>> squares == (0, 1, 4, 9), squares
    (True, (0, 1, 4, 9))
    """

    __slots__ = ("_items", "_make")

    def __init__(self, length: int, make: Callable[[int], _T]) -> None:
        self._items: list[_T | None] = [None] * length
        self._make = make

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...

    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(len(self._items))[index])
        item = self._items[index]  # IndexError as a tuple raises it
        if item is None:
            item = self._items[index] = self._make(index % len(self._items))
        return item

    def __iter__(self) -> Iterator[_T]:
        return map(self.__getitem__, range(len(self._items)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (tuple, Built)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[Any, ...]:
        # joined as a tuple is: "conflict.constraints + more" kept working when the
        # constraints became a Built
        if not isinstance(other, (tuple, Built)):
            return NotImplemented
        return (*self, *other)

    def __radd__(self, other: object) -> tuple[Any, ...]:
        if not isinstance(other, tuple):
            return NotImplemented
        return (*other, *self)

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))


@attrs.frozen(kw_only=True)
class Conflict:
    """Claims that cannot all hold: a negative cycle of constraints, and how it was repaired.

    ``slack`` is how far off the claims are (the cycle's total weight, negated): "off by
    28 days". ``set_aside`` is the weakest claim on the cycle, which the timeline no longer
    uses; ``suggestion`` names another reading of a year-less date that would remove the
    conflict, when there is one.
    """

    constraints: Sequence[Constraint]
    slack: timedelta
    set_aside: Claim
    suggestion: str | None = None

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The distinct claims on the cycle, in cycle order (structure left out)."""
        return distinct_claims(self.constraints)

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources of the claims on the cycle (those that have one)."""
        return tuple(c.source for c in self.claims if c.source is not None)

    def explain(self) -> str:
        """The conflict in words: the claims, how far off, and the repair."""
        off = describe_length(self.slack) if self.slack else "an instant"
        lines = [f"these claims cannot all hold (off by {off}):"]
        lines.extend(f"  - {claim.describe()}" for claim in self.claims)
        lines.append(f"set aside: {self.set_aside.describe()}")
        if self.suggestion is not None:
            lines.append(self.suggestion)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain()


def distinct_claims(constraints: Iterable[Constraint]) -> tuple[Claim, ...]:
    """The distinct claims behind ``constraints``, in their order, structural ones left out."""
    seen: dict[int, Claim] = {}
    for c in constraints:
        if c.claim is not None and c.claim.kind != "structure":
            seen.setdefault(c.claim.number, c.claim)
    return tuple(seen.values())


def format_instant(seconds: int) -> str:
    """An instant of the time axis, at the coarsest of day, minute or second that is exact.

    >>> format_instant(cal.to_seconds(datetime(2024, 2, 8)))
    '2024-02-08'
    """
    try:
        moment = cal.from_seconds(seconds)
    except (ValueError, OverflowError):
        return f"{seconds} s"
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    if moment.second == 0:
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()


def describe_length(length: int | timedelta) -> str:
    """A length of time in words: days, then hours, minutes and seconds as needed.

    >>> describe_length(28 * 86400), describe_length(timedelta(hours=30))
    ('28 days', '1 day 6 hours')
    """
    seconds = int(length.total_seconds()) if isinstance(length, timedelta) else length
    if seconds == 0:
        return "0 seconds"
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    parts = []
    for size, unit in ((_DAY, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n} {unit}{'s' if n != 1 else ''}")
    return sign + " ".join(parts)


def span_text(span: Span) -> str:
    """A span in words where that is plain ("8 February 2025", "August 2023"), else EDTF.

    >>> span_text(Span.day(2025, 2, 8)), span_text(Span.month(2023, 8)), span_text(Span.year(2024))
    ('8 February 2025', 'August 2023', '2024')
    """
    start = span.start
    if start is not None and span.is_unit:
        if span.grain.value == "day":
            return f"{start.day} {cal.MONTH_NAMES[start.month - 1]} {start.year}"
        if span.grain.value == "month":
            return f"{cal.MONTH_NAMES[start.month - 1]} {start.year}"
    return str(span)


def instant_of(seconds: int) -> datetime:
    """The datetime at ``seconds`` on the time axis."""
    return cal.from_seconds(seconds)
