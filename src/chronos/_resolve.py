"""Resolving a parsed phrase against a reference date: a pure function to an Expression.

``resolve(phrase, text, reference=…, tense=…, policy=…)`` reads nothing else: no clock, no
locale. The relation comes from the signal ("since", "ahead of", "two days after"); the
span, duration and TIMEX3 from the phrase's core (:mod:`chronos._resolve_values`); the
choices made on the way travel with the result as assumptions, and the other reading of a
year-less date as an alternative expression.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from chronos._duration import Duration
from chronos._expression import PRECEDING_EVENT, Expression, Relation, Tense
from chronos._grammar_nodes import (
    Anaphor,
    DurationPhrase,
    Node,
    Period,
    Phrase,
    Range,
    Recurrence,
    Shift,
)
from chronos._policy import Policy
from chronos._resolve_values import (
    Context,
    Value,
    amount_duration,
    duration_timex,
    resolve_node,
)
from chronos._timex import Timex

__all__ = ["resolve"]

_RELATIONS: Final = {relation.name: relation for relation in Relation}
# Signals under which a period ("the past three months") is the time during which.
_DURING_SIGNALS: Final = frozenset({"in", "over", "during", "throughout", "for"})


def resolve(
    phrase: Phrase,
    text: str,
    *,
    reference: datetime,
    tense: Tense | None,
    policy: Policy,
) -> Expression:
    """The expression ``phrase`` (read from ``text``) denotes at ``reference``."""
    node = phrase.core
    relation = phrase.relation
    signal = phrase.signal
    # "in two weeks": two weeks from now — unless the clause is in the past, where "did it
    # in two weeks" states how long it took.
    if (
        signal == "in"
        and isinstance(node, DurationPhrase)
        and node.amount.count is not None
        and node.mod is None
        and tense is not Tense.PAST
    ):
        node = Shift(node.amount, 1)
    # "since" looks back: a year-less date after it is the latest one ("starting Monday",
    # which shares the relation, looks forward and is left to the tense).
    cue = "last" if signal in ("since", "ever since") and tense is None else None
    ctx = Context(reference, tense, policy, cue)
    value = Value() if node is None else resolve_node(node, ctx)
    kind = _relation(relation, node, signal)
    anchor: str | None = None
    offset: Duration | None = None
    if phrase.event is not None:
        anchor = text[phrase.event[0] : phrase.event[1]]
    if phrase.offset is not None:
        offset = amount_duration(phrase.offset)
        if phrase.offset_mod is not None:
            offset = _bounded_offset(offset, phrase.offset_mod, policy)
    span, duration = value.span, value.duration
    if isinstance(node, Anaphor):
        anchor, offset, duration = PRECEDING_EVENT, value.duration, None
        kind = (
            Relation.AFTER if node.sign > 0 else Relation.BEFORE if node.sign < 0 else Relation.ON
        )
    elif isinstance(node, Shift) and node.mod is not None and node.mod not in ("APPROX", "NEARLY"):
        more = node.mod in ("MORE_THAN", "EQUAL_OR_MORE")
        kind = Relation.BEFORE if more == (node.sign < 0) else Relation.AFTER
    # "within a month", "within two days of the vote": no more than that.
    if relation == "WITHIN" and offset is not None and offset.mod is None:
        offset = offset.at_most()
    if relation == "WITHIN" and duration is not None and duration.mod is None:
        duration = duration.at_most()
        value = Value(value.span, duration_timex(duration), duration, value.assumptions)
    timex = value.timex
    if phrase.timex_mod is not None and timex is not None:
        timex = Timex(timex.type, timex.value, phrase.timex_mod)
    if phrase.offset is not None and node is None and offset is not None:
        timex = offset.timex  # "two days after the letter": the timex is "two days"
    parts: tuple[Expression, ...] = ()
    if value.parts:
        parts = tuple(
            _expression(v, phrase, text, reference, None, (), None, None, None) for v in value.parts
        )
    alternatives: tuple[Expression, ...] = ()
    if value.alternative is not None:
        alt = value.alternative
        alternatives = (
            _expression(alt, phrase, text, reference, kind, (), duration, anchor, offset),
        )
    return Expression(
        text=text[phrase.start : phrase.end],
        reference=reference,
        relation=kind,
        span=span,
        duration=duration,
        anchor_event=anchor,
        offset=offset,
        timex=timex,
        assumptions=value.assumptions,
        alternatives=alternatives,
        parts=parts,
        start=phrase.start,
        end=phrase.end,
        timex_start=phrase.core_start,
        timex_end=phrase.core_end,
    )


def _expression(
    value: Value,
    phrase: Phrase,
    text: str,
    reference: datetime,
    relation: Relation | None,
    alternatives: tuple[Expression, ...],
    duration: Duration | None,
    anchor: str | None,
    offset: Duration | None,
) -> Expression:
    return Expression(
        text=text[phrase.start : phrase.end],
        reference=reference,
        relation=relation,
        span=value.span,
        duration=duration if duration is not None else value.duration,
        anchor_event=anchor,
        offset=offset,
        timex=value.timex,
        assumptions=value.assumptions,
        alternatives=alternatives,
        start=phrase.start,
        end=phrase.end,
        timex_start=phrase.core_start,
        timex_end=phrase.core_end,
    )


def _relation(name: str | None, node: Node | None, signal: str | None) -> Relation | None:
    """The relation a signal gives (a bare calendar phrase is ON; a bare amount has none)."""
    amount_like = isinstance(node, (DurationPhrase, Recurrence, Period))
    if isinstance(node, Period) and signal in _DURING_SIGNALS:
        return Relation.DURING
    if name is None:
        if isinstance(node, Range):
            return Relation.FROM_TO
        return None if amount_like or node is None else Relation.ON
    if name == "FOR":
        return None if amount_like else Relation.ON
    if name == "ON" and amount_like and not isinstance(node, Shift):
        return None
    if name == "DURING" and isinstance(node, DurationPhrase):
        return None
    if name in ("SINCE", "ON") and isinstance(node, Range):
        return Relation.FROM_TO
    return _RELATIONS[name]


def _bounded_offset(offset: Duration, mod: str, policy: Policy) -> Duration:
    if mod == "MORE_THAN":
        return offset.more_than()
    if mod == "EQUAL_OR_MORE":
        return offset.at_least()
    if mod in ("LESS_THAN", "NEARLY"):
        return offset.less_than()
    if mod == "EQUAL_OR_LESS":
        return offset.at_most()
    return offset.about(policy)
