"""The day of a clock time that names none ("at 18:00 UTC", "switched off at 11 p.m.").

A clock time with no day of its own is on the day the text is talking about there. In
order, the first that names a day (or a time of one) gives it:

1. the nearest mention in its own clause, before or after it ("at 6:15 a.m. (0415 GMT)
   Tuesday", "on Monday … from 7 a.m.");
2. the nearest mention before it in its sentence, in another clause;
3. the latest mention of the sentence before, in the same paragraph, when that day fits
   the clause's tense (a clause about what is to come is not on a day that is over, a
   past one not on a day ahead): "The cable is cut on Thursday night. Power goes off at
   11 p.m. and returns by 5 a.m. Friday" puts 11 p.m. on Thursday;
4. the first mention after it in its sentence, in another clause;

and with none of them the clock time keeps its reading, the DCT's day. A clause ends at a
semicolon, at a word that opens a subordinate clause ("when", "if", "while" …) and at "and",
"but" or "or" before a word that does not go on naming a time ("… at 05:45 and will not
resume before Tuesday", "… at 11 p.m. and returns by 5 a.m. Friday", "… on Thursday, and
the police may close the square from 7 a.m."; not "… and noon Friday", "… and the next
day", where the time after "and" begins).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Final

import attrs

from chronos.errors import ChronosError
from chronos.phrases import Match, Tense, Token, resolve_match
from chronos.text._extract_words import _WEEKDAYS
from chronos.text._mention import Mention, day_start, span_of
from chronos.time import Policy

__all__ = ["DAY_VALUE", "on_day_of_clause"]

#: A TIMEX3 value naming a day of the calendar.
DAY_VALUE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Words that open a clause of their own wherever they stand.
_SUBORDINATORS: Final = frozenset(
    {"when", "whenever", "if", "unless", "while", "whereas", "although", "though"}
    | {"because", "once", "where"}
)
# Words after "and" that go on naming a time rather than open a clause.
_TIME_WORDS: Final = (
    frozenset({"noon", "midday", "midnight"})
    | _WEEKDAYS
    | {"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"}
)
_COORDINATORS: Final = frozenset({"and", "but", "or"})
#: How many mentions each way a clock time looks for its day in its sentence.
_REACH: Final = 12


def on_day_of_clause(
    mentions: list[Mention],
    k: int,
    dayless: frozenset[int],
    match: Match,
    text: str,
    policy: Policy | None,
    tokens: Sequence[Token],
    starts: Sequence[int],
    document: str,
    dct: datetime | None,
) -> Mention:
    """``mentions[k]``, a clock time with no day, on the day its clause, its sentence or
    the sentence before names (see the module's rules); unchanged when none does.
    ``dayless`` are the indices of the clock times without a day, which give none;
    ``starts`` the offsets at which ``tokens`` start."""
    clock = mentions[k]
    sentence = clock.sentence
    before = _same_sentence(mentions, k, -1)
    after = _same_sentence(mentions, k, 1)
    days = {j for j in (*before, *after) if _names_day(mentions[j], j, dayless)}
    own = [
        j
        for j in _nearest_first(k, before, after)
        if j in days and not _clause_break(tokens, starts, mentions, j, k)
    ]
    order = [*own, *(j for j in before if j in days)]
    previous = _day_before(mentions, k, sentence, dayless, document, clock.tense, dct)
    if previous is not None:
        order.append(previous)
    order.extend(j for j in after if j in days)
    for j in order:
        placed = _on(clock, mentions[j], match, text, policy)
        if placed is not None:
            return placed
    return clock


def _same_sentence(mentions: list[Mention], k: int, step: int) -> list[int]:
    """The indices of the mentions of ``mentions[k]``'s sentence before it (``step`` -1,
    nearest first) or after it (``step`` 1), at most :data:`_REACH` of them: mentions
    come in the order of the text, and the bound keeps the reading linear in it."""
    out: list[int] = []
    j = k + step
    while (
        0 <= j < len(mentions)
        and mentions[j].sentence == mentions[k].sentence
        and len(out) < _REACH
    ):
        out.append(j)
        j += step
    return out


def _nearest_first(k: int, before: list[int], after: list[int]) -> list[int]:
    """The mentions of ``before`` and ``after`` by their distance in mentions from ``k``,
    the one before first on a tie."""
    return sorted((*before, *after), key=lambda j: (abs(j - k), j > k))


def _names_day(mention: Mention, j: int, dayless: frozenset[int]) -> bool:
    """Whether ``mention`` names a day of the calendar (or a time in one) and is no clock
    time waiting for its own day."""
    if j in dayless or day_start(span_of(mention)) is None:
        return False
    return DAY_VALUE.match(mention.timex.value) is not None


def _clause_break(
    tokens: Sequence[Token], starts: Sequence[int], mentions: list[Mention], j: int, k: int
) -> bool:
    """Whether a clause ends between mentions ``j`` and ``k`` of one sentence."""
    one, two = (mentions[j], mentions[k]) if j < k else (mentions[k], mentions[j])
    a = bisect.bisect_left(starts, one.end)
    b = bisect.bisect_left(starts, two.start)
    for i in range(a, b):
        word = tokens[i].lower
        if word == ";" or word in _SUBORDINATORS:
            return True
        if word in _COORDINATORS and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.kind == "WORD" and nxt.start != two.start and nxt.lower not in _TIME_WORDS:
                # "and will be back by", "and returns by", "and the police may close":
                # another verb or subject; "and noon Friday", "and the next day" are times
                return True
    return False


def _day_before(
    mentions: list[Mention],
    k: int,
    sentence: int,
    dayless: frozenset[int],
    document: str,
    tense: Tense | None,
    dct: datetime | None,
) -> int | None:
    """The latest mention naming a day in the sentence before ``sentence``, in the same
    paragraph, whose day fits ``tense`` against the DCT; ``None`` if there is none."""
    for j in range(k - 1, -1, -1):
        mention = mentions[j]
        if mention.sentence >= sentence:
            continue
        if mention.sentence < sentence - 1:
            return None
        if "\n\n" in document[mention.end : mentions[k].start]:
            return None  # a new paragraph: the text has moved on
        if not _names_day(mention, j, dayless):
            continue
        return j if _fits(mention, tense, dct) else None
    return None


def _fits(mention: Mention, tense: Tense | None, dct: datetime | None) -> bool:
    """Whether the day of ``mention`` can be the day of a clause in ``tense``: not over by
    the DCT for a clause in the future, not after it for one in the past."""
    span = span_of(mention)
    if dct is None or span is None or span.start is None or span.end is None:
        return True
    if tense is Tense.FUTURE:
        return span.end > dct
    if tense is Tense.PAST:
        return span.start.date() <= dct.date()
    return True


def _on(
    clock: Mention, day: Mention, match: Match, text: str, policy: Policy | None
) -> Mention | None:
    """``clock`` read on the day of ``day``, or ``None`` when it cannot be."""
    span = span_of(day)
    if span is None or span.start is None:
        return None
    noon = datetime(span.start.year, span.start.month, span.start.day, 12)
    try:
        expression = resolve_match(match, text, reference=noon, tense=None, policy=policy)
    except ChronosError:
        return None
    if expression.timex is None:
        return None
    return attrs.evolve(clock, timex=expression.timex, expression=expression, anchor=day)
