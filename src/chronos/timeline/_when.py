"""Reading the ``when=`` of :meth:`Timeline.add <chronos.Timeline.add>` into one shape.

``when`` may be a phrase ("since August 2023", parsed against the timeline's reference with
the given tense), an ``Expression`` already parsed, a ``Span``, a ``date``/``datetime`` or an
EDTF string. Whatever it was, it becomes a :class:`Reading`: how the event relates to a span
(or to another event), a stated length, the assumptions made and the other readings of an
ambiguous year, kept aside.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Final

import attrs

from chronos.errors import ChronosError, InvalidArgumentError, ParseError, did_you_mean
from chronos.time import Assumption, Duration, Policy, Span, calendar as cal

if TYPE_CHECKING:
    from chronos.phrases import Expression

__all__ = ["Reading", "check_tense", "read_when", "reference_span"]

_TENSES: Final = ("past", "present", "future")

#: Expression.relation value -> the relation name compiled against the span.
_RELATION: Final[dict[str, str]] = {
    "on": "during",
    "since": "since",
    "until": "until",
    "by": "by",
    "on or after": "on or after",
    "before": "before",
    "after": "after",
    "during": "during",
    "within": "during",
    "as of": "as of",
    "from-to": "during",
}
#: How each relation reads in an explanation ("in August 2023", "since August 2023").
_WORD: Final[dict[str, str]] = {
    "on": "in",
    "since": "since",
    "until": "until",
    "by": "by",
    "on or after": "on or after",
    "before": "before",
    "after": "after",
    "during": "during",
    "within": "within",
    "as of": "as of",
    "from-to": "from",
}


@attrs.frozen(kw_only=True)
class Reading:
    """What a ``when=`` says: ``word`` (as in "since") and ``relation`` to ``span``.

    ``parts`` holds the start and end spans of a range ("from March to May"); ``anchor`` an
    event named instead of a date ("after the letter") with its ``offset``; ``duration`` a
    stated length ("for three years").
    """

    text: str
    word: str
    relation: str
    span: Span | None = None
    parts: tuple[Span, Span] | None = None
    duration: Duration | None = None
    anchor: str | None = None
    offset: Duration | None = None
    assumptions: tuple[Assumption, ...] = ()
    alternatives: tuple[Reading, ...] = ()

    def describe(self) -> str:
        """The reading in words: "since 2023-08", "in 2024-02-08"."""
        if self.parts is not None:
            return f"from {self.parts[0]} to {self.parts[1]}"
        if self.span is not None:
            return f"{self.word} {self.span}"
        if self.anchor is not None:
            gap = "" if self.offset is None else f"{self.offset} "
            return f"{gap}{self.word} {self.anchor}".strip()
        if self.duration is not None:
            return f"for {self.duration}"
        return self.text


def read_when(
    when: object,
    *,
    reference: datetime,
    tense: str | None,
    policy: Policy | None,
) -> Reading:
    """The reading of ``when``; a ``ParseError`` or ``InvalidArgumentError`` naming ``when``.

    >>> r = read_when(Span.month(2023, 8), reference=datetime(2024, 10, 25), tense=None,
    ...               policy=None)
    >>> r.relation, str(r.span)
    ('during', '2023-08')
    """
    if isinstance(when, Span):
        return Reading(text=str(when), word="in", relation="during", span=when)
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            raise InvalidArgumentError(
                "when", when, "must be naive; convert it with chronos.floating() first"
            )
        return read_when(Span.of(when), reference=reference, tense=tense, policy=policy)
    if isinstance(when, date):
        return read_when(Span.of(when), reference=reference, tense=tense, policy=policy)
    if isinstance(when, str):
        return _read_text(when, reference=reference, tense=tense, policy=policy)
    expression = _as_expression(when)
    if expression is not None:
        return from_expression(expression, text=None)
    raise InvalidArgumentError(
        "when", when, "must be a phrase, an Expression, a Span, a date or an EDTF string"
    )


def _as_expression(value: object) -> Expression | None:
    from chronos.phrases import Expression

    return value if isinstance(value, Expression) else None


def _read_text(
    text: str, *, reference: datetime, tense: str | None, policy: Policy | None
) -> Reading:
    stripped = text.strip()
    if not stripped:
        raise ParseError("an empty when (expected a date or a phrase)", text=text, argument="when")
    try:
        span = Span.parse(stripped)
    except ChronosError:
        pass
    else:
        return Reading(text=text, word="in", relation="during", span=span)
    try:
        from chronos.phrases import parse
    except ImportError as exc:  # pragma: no cover - the parser ships with chronos
        raise ParseError(
            "not an EDTF date, and no phrase parser is available",
            text=text,
            argument="when",
        ) from exc
    try:
        expression = parse(stripped, reference=reference, tense=tense, policy=policy)
    except ParseError as exc:
        raise ParseError(
            exc.reason,
            text=text,
            position=exc.position + (len(text) - len(text.lstrip())),
            suggestion=exc.suggestion,
            argument="when",
        ) from exc
    return from_expression(expression, text=text)


def from_expression(expression: Expression, *, text: str | None) -> Reading:
    """The reading of a parsed expression (its alternatives read alike)."""
    relation = expression.relation
    key = "on" if relation is None else relation.value
    parts: tuple[Span, Span] | None = None
    if key == "from-to" and len(expression.parts) == 2:
        first, last = (p.span for p in expression.parts)
        if first is not None and last is not None:
            parts = (first, last)
    has_anchor = expression.span is not None or expression.anchor_event is not None
    if not has_anchor and parts is None and expression.duration is None:
        raise ParseError(
            "says neither when nor how long (expected a date, a range or a duration)",
            text=expression.text if text is None else text,
            argument="when",
        )
    alternatives = tuple(
        from_expression(alt, text=alt.text) for alt in expression.alternatives if alt is not None
    )
    return Reading(
        text=expression.text if text is None else text,
        word=_WORD.get(key, key),
        relation=_RELATION.get(key, "during"),
        span=expression.span,
        parts=parts,
        duration=expression.duration,
        anchor=expression.anchor_event,
        offset=expression.offset,
        assumptions=tuple(expression.assumptions),
        alternatives=alternatives,
    )


def reference_span(reference: object) -> tuple[Span, datetime]:
    """The reference's span (its day, or its second) and its start.

    The timeline resolves phrases around the reference ("last year", "next week") and
    reasons about what is ongoing after it, so the year before and the year after it must be
    in the supported calendar: the reference lies in the years 2 to 9997.
    """
    moment = cal.moment_argument(reference, "reference")
    if not cal.MIN_YEAR < moment.year < cal.MAX_YEAR:
        raise InvalidArgumentError(
            "reference",
            reference,
            f"must lie in the years {cal.MIN_YEAR + 1} to {cal.MAX_YEAR - 1}, so that the "
            "years around it are in the supported calendar",
        )
    exact = isinstance(reference, datetime) or (
        isinstance(reference, str) and ("T" in reference.strip() or " " in reference.strip())
    )
    span = Span.of(moment) if exact else Span.of(moment.date())
    return span, moment


def check_tense(tense: object) -> str | None:
    if tense is None:
        return None
    if not isinstance(tense, str):
        raise InvalidArgumentError("tense", tense, "must be 'past', 'present', 'future' or None")
    key = tense.strip().lower()
    if key not in _TENSES:
        raise ParseError(
            "not a tense", text=tense, argument="tense", suggestion=did_you_mean(key, _TENSES)
        )
    return key
