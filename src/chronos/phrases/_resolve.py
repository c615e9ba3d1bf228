"""Resolving a parsed phrase against a reference date: a pure function to an Expression.

``resolve(phrase, text, reference=…, tense=…, policy=…)`` reads nothing else: no clock, no
locale. The relation comes from the signal ("since", "ahead of", "two days after"); the
span, duration and TIMEX3 from the phrase's core (:mod:`chronos.phrases._resolve_values`); the
choices made on the way travel with the result as assumptions, and the other reading of a
year-less date as an alternative expression.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from chronos.phrases import _resolve_days  # noqa: F401 - registers the counted days' resolvers
from chronos.phrases._expression import PRECEDING_EVENT, Expression, Relation, Tense, expression
from chronos.phrases._grammar_nodes import (
    Anaphor,
    DurationPhrase,
    Node,
    Period,
    Phrase,
    Range,
    Recurrence,
    RelativeUnit,
    Shift,
    VaguePart,
)
from chronos.phrases._resolve_base import HANDLERS
from chronos.phrases._resolve_values import (
    Context,
    Value,
    amount_duration,
    duration_timex,
)
from chronos.time import Duration, Policy, trusted_timex

__all__ = ["resolve"]

_RELATIONS: Final = {relation.name: relation for relation in Relation}
# Signals under which a period ("the past three months") is the time during which.
_DURING_SIGNALS: Final = frozenset({"in", "over", "during", "throughout", "for"})
_NOTHING: Final = Value()
# Nodes that state an amount of time rather than name a time.
_AMOUNT_LIKE: Final[frozenset[type]] = frozenset({DurationPhrase, Recurrence, Period})


def resolve(
    phrase: Phrase,
    text: str,
    *,
    reference: datetime,
    tense: Tense | None,
    policy: Policy,
    anchored_at: datetime | None = None,
) -> Expression:
    """The expression ``phrase`` (read from ``text``) denotes at ``reference``.

    ``anchored_at`` is the moment an anaphoric phrase ("the following day", "that year", "two
    days later") points back to, where the caller knows it: the phrase is then placed
    relative to it, as a deictic phrase is relative to the reference.
    """
    node = phrase.core
    relation = phrase.relation
    if anchored_at is not None and type(node) is Anaphor:
        return _anchored(phrase, node, text, anchored_at, tense, policy)
    signal = phrase.signal
    # "in two weeks": two weeks from now — unless the clause is in the past, where "did it
    # in two weeks" states how long it took, or an article makes the length a stretch in
    # view ("in the first nine months", "in the two weeks")
    if (
        signal == "in"
        and isinstance(node, DurationPhrase)
        and node.amount.number is not None
        and node.mod is None
        and not node.definite
        and tense is not Tense.PAST
    ):
        node = Shift(node.amount, 1)
    # "since" looks back: a year-less date after it is the latest one ("starting Monday",
    # which shares the relation, looks forward and is left to the tense).
    cue = "last" if signal in ("since", "ever since") and tense is None else None
    ctx = Context(reference, tense, policy, cue)
    value = _NOTHING if node is None else HANDLERS[type(node)](node, ctx)  # resolve_node
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
    if type(node) is Anaphor:
        anchor, offset, duration = PRECEDING_EVENT, value.duration, None
        kind = (
            Relation.AFTER if node.sign > 0 else Relation.BEFORE if node.sign < 0 else Relation.ON
        )
    elif type(node) is Shift and node.mod is not None and node.mod not in ("APPROX", "NEARLY"):
        more = node.mod in ("MORE_THAN", "EQUAL_OR_MORE")
        kind = Relation.BEFORE if more == (node.sign < 0) else Relation.AFTER
    # "within a month", "within two days of the vote": no more than that. The bound is
    # the signal's, outside the TIMEX3 extent, so the TIMEX3 is the plain length with no
    # mod, as TimeML writes "within [a week]" (a mod names words inside the extent: "[no
    # more than sixty days]"); the expression's duration keeps the bound.
    within_offset = relation == "WITHIN" and offset is not None and offset.mod is None
    if within_offset and offset is not None:
        offset = offset.at_most()
    if relation == "WITHIN" and duration is not None and duration.mod is None:
        value = Value(value.span, duration_timex(duration), duration.at_most(), value.assumptions)
        duration = value.duration
    timex = value.timex
    # "before the end of the year" is before the year is over, not before its last part
    # begins: it says what "by the end of the year" says.
    if kind is Relation.BEFORE and type(node) is VaguePart and node.part == "end":
        kind = Relation.BY
    if phrase.timex_mod is not None and timex is not None:
        timex = trusted_timex(timex.type, timex.value, phrase.timex_mod)
    if phrase.offset is not None and node is None and offset is not None:
        timex = offset.timex  # "two days after the letter": the timex is "two days"
        if within_offset and timex is not None:
            timex = trusted_timex(timex.type, timex.value, None)  # the bound is the signal's
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
    return expression(
        text[phrase.start : phrase.end],
        reference,
        kind,
        span,
        duration,
        anchor,
        offset,
        timex,
        value.assumptions,
        alternatives,
        parts,
        phrase.start,
        phrase.end,
        phrase.core_start,
        phrase.core_end,
    )


def _anchored(
    phrase: Phrase,
    node: Anaphor,
    text: str,
    anchor: datetime,
    tense: Tense | None,
    policy: Policy,
) -> Expression:
    """An anaphoric phrase placed against the moment it points back to: "the following
    day" is the day after it, "that year" its year, "two days later" two days on."""
    shifted: Node
    if node.named is not None:
        shifted = node.named  # "the following spring": the next spring after the anchor
    elif node.amount is None or node.sign == 0:
        shifted = RelativeUnit(node.grain, 0)
    elif node.amount.number == 1 and node.amount.extra is None and node.amount.size == 1:
        # "a week later" is the next week; "a fortnight later" is two weeks on
        shifted = RelativeUnit(node.grain, node.sign)
    else:
        shifted = Shift(node.amount, node.sign)
    value = HANDLERS[type(shifted)](shifted, Context(anchor, tense, policy, None))
    relation = None if phrase.relation is None else _RELATIONS.get(phrase.relation)
    if relation in (None, Relation.AFTER, Relation.BEFORE) and phrase.signal is None:
        relation = Relation.ON
    return _expression(value, phrase, text, anchor, relation, (), None, None, None)


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
    return expression(
        text[phrase.start : phrase.end],
        reference,
        relation,
        value.span,
        duration if duration is not None else value.duration,
        anchor,
        offset,
        value.timex,
        value.assumptions,
        alternatives,
        (),
        phrase.start,
        phrase.end,
        phrase.core_start,
        phrase.core_end,
    )


def _relation(name: str | None, node: Node | None, signal: str | None) -> Relation | None:
    """The relation a signal gives (a bare calendar phrase is ON; a bare amount has none)."""
    kind = type(node)  # nodes are named tuples that nothing subclasses
    amount_like = kind in _AMOUNT_LIKE
    if kind is Period and signal in _DURING_SIGNALS:
        return _RELATIONS["DURING"]
    if name is None:
        if kind is Range:
            return _RELATIONS["FROM_TO"]
        return None if amount_like or node is None else _RELATIONS["ON"]
    if name == "FOR":
        return None if amount_like else _RELATIONS["ON"]
    if name == "ON" and amount_like and kind is not Shift:
        return None
    if name == "DURING" and kind is DurationPhrase:
        return None
    if name in ("SINCE", "ON") and kind is Range:
        return _RELATIONS["FROM_TO"]
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
