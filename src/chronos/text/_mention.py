"""``Mention``: a temporal expression found in running text, resolved in its context."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from chronos.phrases import Expression, Relation, Tense
from chronos.time import Grain, Span, Timex

__all__ = ["Mention", "day_start", "span_of"]


@attrs.frozen(kw_only=True, repr=False)
class Mention:
    """A temporal expression in a text: where it is, its TIMEX3, and what it was read with.

    - ``start``/``end``: character offsets of the TIMEX3 extent (end exclusive), so
      ``text[start:end]`` of the whole text is ``mention.text``; signal words are outside
      it, as TimeML has them.
    - ``timex``: the TIMEX3 (type, value, mod), in TimeML's conventions.
    - ``expression``: the resolved :class:`~chronos.Expression` (relation, span, duration,
      assumptions, alternatives); ``None`` when nothing in or around the text could place a
      mention that needs a reference (``dct=None`` and no earlier date), whose ``timex``
      then keeps the unknown fields as ``X``.
    - ``signal``/``relation``: the cue word that governs the mention ("since", "ahead of",
      "by") and the relation it gives, if any.
    - ``tense``: the tense of the clause around the mention, as read (``None`` if no cue).
    - ``sentence``: the index of the sentence it is in, from 0.
    - ``anchor``: what the value was resolved against — the document creation time (a
      ``date`` or ``datetime``), an earlier ``Mention`` ("the following day", or in
      narrative text a year-less date), or ``None`` where the value depends on nothing.

    >>> from chronos import extract
    >>> m = extract("The embassy reopened last Wednesday.", dct="2024-10-25")[0]
    >>> m  # doctest: +NORMALIZE_WHITESPACE
    Mention(start=21, end=35, text='last Wednesday', timex=Timex('DATE', '2024-10-23'),
            tense=Tense.PAST)
    """

    start: int
    end: int
    text: str
    timex: Timex
    signal: str | None = None
    relation: Relation | None = None
    tense: Tense | None = None
    sentence: int = 0
    expression: Expression | None = attrs.field(default=None, repr=False, eq=False)
    anchor: Mention | date | datetime | None = attrs.field(default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        parts = [
            f"start={self.start}",
            f"end={self.end}",
            f"text={self.text!r}",
            f"timex={self.timex!r}",
        ]
        if self.signal is not None:
            parts.append(f"signal={self.signal!r}")
        if self.relation is not None:
            parts.append(f"relation={self.relation!r}")
        if self.tense is not None:
            parts.append(f"tense={self.tense!r}")
        if self.sentence:
            parts.append(f"sentence={self.sentence}")
        return f"Mention({', '.join(parts)})"


def span_of(mention: Mention) -> Span | None:
    """The span the time of ``mention`` covers; ``None`` when it was read to none."""
    return None if mention.expression is None else mention.expression.span


def day_start(span: Span | None) -> datetime | None:
    """The start of ``span`` when it is a day of the calendar or a time in one (its grain
    a day or finer); else ``None``."""
    if span is None or span.start is None:
        return None
    if span.grain is not Grain.DAY and not span.grain.is_finer_than(Grain.DAY):
        return None
    return span.start
