"""``Expression``: a temporal phrase resolved against a reference date, and its enums.

An expression says exactly what a phrase denotes — a calendar :class:`~chronos.Span`, a
bounded :class:`~chronos.Duration`, an event it is anchored to — how the thing it describes
relates to that (:class:`Relation`), the TIMEX3 triple, and every choice made on the way
(:class:`~chronos.Assumption`), with the other reading of an ambiguous year kept aside.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean

if TYPE_CHECKING:
    from chronos.time import Assumption, Duration, Span, Timex

__all__ = ["PRECEDING_EVENT", "Expression", "Relation", "Tense", "expression"]

#: The ``anchor_event`` of a phrase that points back to the event mentioned just before
#: it: "the following day", "three days later", "that week".
PRECEDING_EVENT: Final = "(the preceding event)"


class Relation(enum.Enum):
    """How the thing a phrase describes relates to the phrase's anchor.

    ``BETWEEN`` is another name for ``FROM_TO``: "between March and May" and "from March
    to May" say the same.

    >>> Relation.BETWEEN is Relation.FROM_TO
    True
    >>> Relation.parse("ahead of")
    Relation.BEFORE
    """

    ON = "on"
    SINCE = "since"
    UNTIL = "until"
    BY = "by"
    #: "on or after 3 May": that time or later, the mirror of ``BY``
    ON_OR_AFTER = "on or after"
    BEFORE = "before"
    AFTER = "after"
    FROM_TO = "from-to"
    BETWEEN = "from-to"  # noqa: PIE796 - an alias on purpose: the same relation
    DURING = "during"
    WITHIN = "within"
    AS_OF = "as of"

    def __repr__(self) -> str:
        return f"Relation.{self.name}"

    @classmethod
    def parse(cls, text: str) -> Relation:
        """The relation named by ``text``: its name, its value, or a signal word for it."""
        if not isinstance(text, str):
            raise InvalidArgumentError("text", text, "must be a str")
        key = " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
        for relation in cls:
            if key in (relation.value.replace("-", " "), relation.name.lower().replace("_", " ")):
                return relation
        from chronos.phrases._vocabulary import SIGNALS

        name = SIGNALS.get(tuple(key.split()))
        if name is not None and name in cls.__members__:
            return cls[name]
        names = [r.name.lower() for r in cls] + [" ".join(s) for s in SIGNALS]
        raise ParseError(
            "not a relation", text=text, argument="text", suggestion=did_you_mean(key, names)
        )


class Tense(enum.Enum):
    """The tense of the clause around a phrase, which places a year-less date."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"

    def __repr__(self) -> str:
        return f"Tense.{self.name}"

    @classmethod
    def parse(cls, text: str) -> Tense:
        """The tense named by ``text`` (any case).

        >>> Tense.parse("Future")
        Tense.FUTURE
        """
        if not isinstance(text, str):
            raise InvalidArgumentError("tense", text, "must be a Tense or a str")
        key = text.strip().lower()
        for tense in cls:
            if key == tense.value:
                return tense
        raise ParseError(
            "not a tense",
            text=text,
            argument="tense",
            suggestion=did_you_mean(key, [t.value for t in cls]),
        )


@attrs.frozen(kw_only=True)
class Expression:
    """A temporal phrase resolved against a reference date.

    - ``relation``: how the thing described relates to the anchor (``None`` for a bare
      duration or recurrence).
    - ``span``: the calendar span the phrase's anchor denotes; ``None`` for a duration, a
      recurrence, a vague reference ("recently") or an anchor that is an event.
    - ``duration``: the length the phrase states ("for three years"), with bounds.
    - ``anchor_event`` / ``offset``: the event the phrase is anchored to, as written ("the
      letter"; :data:`PRECEDING_EVENT` for "the following day"), and the stated gap ("two
      days after": 2 days).
    - ``timex``: the TIMEX3 triple in TimeML conventions; ``None`` when the phrase has no
      temporal expression of its own ("after his conviction").
    - ``assumptions``: every choice made where the text left it open.
    - ``alternatives``: the other reading of a year-less date (or weekday), as an
      expression of its own.
    - ``parts``: the two ends of a range ("between March and May 2022").
    - ``text``, ``start``, ``end``: the phrase and its character offsets in the text given;
      ``timex_start``/``timex_end`` delimit the TIMEX3 extent (signal words left out).

    >>> from chronos import parse
    >>> e = parse("since August 2023", reference="2024-10-25")
    >>> e.relation, e.span, e.timex
    (Relation.SINCE, Span.month(2023, 8), Timex('DATE', '2023-08'))
    """

    text: str
    reference: datetime
    relation: Relation | None = None
    span: Span | None = None
    duration: Duration | None = None
    anchor_event: str | None = None
    offset: Duration | None = None
    timex: Timex | None = None
    assumptions: tuple[Assumption, ...] = ()
    alternatives: tuple[Expression, ...] = ()
    parts: tuple[Expression, ...] = ()
    start: int = 0
    end: int = 0
    timex_start: int = 0
    timex_end: int = 0

    def __str__(self) -> str:
        words = [] if self.relation is None else [self.relation.name]
        if self.offset is not None:
            words.append(f"+{self.offset}")
        if self.anchor_event is not None:
            words.append(repr(self.anchor_event))
        if self.span is not None:
            words.append(str(self.span))
        if self.duration is not None:
            words.append(str(self.duration))
        if self.span is None and self.duration is None and self.timex is not None:
            words.append(str(self.timex))
        return " ".join(words) if words else repr(self.text)


# Setting the fields of a frozen slotted class one by one through their slot descriptors
# costs half what attrs' __init__ does with its fifteen keywords, and the resolver makes an
# expression for every phrase it reads.
_new = object.__new__
(
    _set_text,
    _set_reference,
    _set_relation,
    _set_span,
    _set_duration,
    _set_anchor_event,
    _set_offset,
    _set_timex,
    _set_assumptions,
    _set_alternatives,
    _set_parts,
    _set_start,
    _set_end,
    _set_timex_start,
    _set_timex_end,
) = (Expression.__dict__[field.name].__set__ for field in attrs.fields(Expression))


def expression(
    text: str,
    reference: datetime,
    relation: Relation | None,
    span: Span | None,
    duration: Duration | None,
    anchor_event: str | None,
    offset: Duration | None,
    timex: Timex | None,
    assumptions: tuple[Assumption, ...],
    alternatives: tuple[Expression, ...],
    parts: tuple[Expression, ...],
    start: int,
    end: int,
    timex_start: int,
    timex_end: int,
) -> Expression:
    """``Expression(text=text, reference=reference, …)``: every field, in order."""
    made = _new(Expression)
    _set_text(made, text)
    _set_reference(made, reference)
    _set_relation(made, relation)
    _set_span(made, span)
    _set_duration(made, duration)
    _set_anchor_event(made, anchor_event)
    _set_offset(made, offset)
    _set_timex(made, timex)
    _set_assumptions(made, assumptions)
    _set_alternatives(made, alternatives)
    _set_parts(made, parts)
    _set_start(made, start)
    _set_end(made, end)
    _set_timex_start(made, timex_start)
    _set_timex_end(made, timex_end)
    return made
