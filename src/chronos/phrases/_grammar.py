"""The grammar of English temporal phrases: a recursive-descent reader over tokens.

The top of the grammar::

    phrase        := body | SIGNAL body | SIGNAL event | offset_anchor
    body          := range | core
    core          := time_expr | vague | partial | calendar | period | shift | duration
                   | recurrence | reference | anaphor
    offset_anchor := duration ("after" | "before" | "following" | "prior" "to" | …) (body | event)
                   | "within" duration "of" (body | event)
    event         := a noun phrase naming an event ("his conviction", "the letter")

The rules below ``core`` live in :mod:`chronos.phrases._grammar_dates` (calendar anchors),
:mod:`chronos.phrases._grammar_periods` (years, quarters, halves, seasons, decades, centuries),
:mod:`chronos.phrases._grammar_times` (times of day, vague and partial spans),
:mod:`chronos.phrases._grammar_amounts` (amounts, durations, recurrences, references) and
:mod:`chronos.phrases._grammar_anaphors` (anaphors).

:class:`Parser` can start at any token of a longer text and reports the longest phrase
found there (:meth:`Parser.phrase`), which is how running text is scanned. Reading a whole
phrase additionally accepts an event after a signal ("after his conviction"), which only a
whole phrase can delimit.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._anchors import names_event
from chronos.phrases._grammar_amounts import (
    LONG_WORDS,
    PERIOD_STARTS,
    RECURRENCE_STARTS,
    REFERENCE_STARTS,
)
from chronos.phrases._grammar_anaphors import ANAPHOR_STARTS
from chronos.phrases._grammar_base import Dispatch, Result, dispatch
from chronos.phrases._grammar_dates import AMOUNT_STARTS
from chronos.phrases._grammar_day_clock import DayClockRules, day_of
from chronos.phrases._grammar_days import CALENDAR_STARTS
from chronos.phrases._grammar_nodes import (
    Amount,
    CalendarDate,
    Clock,
    DayInWeek,
    DurationPhrase,
    EraDate,
    Holiday,
    Node,
    NthDay,
    NumericDate,
    Period,
    Phrase,
    Range,
    RelativeUnit,
    Shift,
    Shifted,
    VaguePart,
    Weekday,
    WeekIn,
    YearRef,
)
from chronos.phrases._grammar_times import PARTIAL_STARTS, TIME_STARTS, VAGUE_STARTS
from chronos.phrases._tokenizer import Token
from chronos.time import Grain

__all__ = ["CORE_RULES", "ENDPOINT_RULES", "PHRASE_STARTS", "Parser"]

#: The longest range a short second year may make across a century boundary, in years.
_SHORT_YEAR_WRAP: Final = 10

# Words that join the two ends of a range after its first end.
_RANGE_JOINERS: Final = frozenset({"to", "until", "till", "through", "thru"})
# The tokens a range needs somewhere after its start, and an offset after its amount.
_JOINS: Final = _RANGE_JOINERS | {"and", "-", "‐", "‑", "‒", "–", "—"}
_OFFSET_WORDS: Final = frozenset(
    {"after", "before", "following", "later", "since", "prior", "ahead", "earlier", "from"}
)
# How far ahead those may be: longer than any range end or amount the grammar reads.
_REACH: Final = 24
# "two days after …": the word after an amount -> relation.
_OFFSET_SIGNALS: Final[dict[tuple[str, ...], str]] = {
    ("after",): "AFTER",
    ("following",): "AFTER",
    ("later", "than"): "AFTER",
    ("since",): "AFTER",
    ("before",): "BEFORE",
    ("prior", "to"): "BEFORE",
    ("ahead", "of"): "BEFORE",
    ("earlier", "than"): "BEFORE",
    ("from",): "AFTER",
}
# Signals that may anchor to an event ("after his conviction"); "by" only as "by the time".
#: The words "on or" is a signal before: "on or about May 2", "on or before 1 July",
#: "on or after 3 May".
_ON_OR: Final = frozenset({"about", "around", "approximately", "circa", "before", "after"})
_EVENT_SIGNALS: Final = frozenset(
    {
        "since",
        "ever since",
        "until",
        "till",
        "up until",
        "before",
        "after",
        "following",
        "ahead of",
        "prior to",
        "in the run up to",
        "in the lead up to",
        "in the runup to",
        "in advance of",
        "subsequent to",
        "in the wake of",
        "in the aftermath of",
        "during",
        "throughout",
        "in the course of",
        "pre",
        "post",
    }
)
# Words of emphasis before an amount, outside its extent: "a mere 36 hours".
_EMPHASIS: Final[dict[tuple[str, ...], bool]] = dict.fromkeys(
    [
        ("a", "mere"),
        ("mere",),
        ("just",),
        ("only",),
        ("a", "full"),
        ("a", "whole"),
        ("a", "whopping"),
        ("a", "further"),
        ("another",),
        ("an", "extra"),
        ("an", "additional"),
        ("a", "total", "of"),
        ("all", "of"),
    ],
    True,
)
# What an emphasis may stand before: an amount, a point an amount away, a stretch.
_AMOUNT_NODES: Final = (DurationPhrase, Shift, Period)
# Punctuation a whole phrase may end with ("next week.").
_TRAILING: Final = frozenset({"DOT", "COMMA", "OTHER"})
_TRAILING_MARKS: Final = frozenset({".", ",", ";", "!", "?", ")", '"'})
# Nodes that name a calendar anchor (which an open end or "or so" may follow).
_CALENDAR_NODES: Final = (
    CalendarDate,
    NthDay,
    DayInWeek,
    Shifted,
    EraDate,
    NumericDate,
    Weekday,
    RelativeUnit,
    Holiday,
    WeekIn,
    Clock,
    VaguePart,
)


class Parser(DayClockRules):
    """The grammar over the tokens of one text.

    >>> from chronos.phrases._tokenizer import tokenize
    >>> text = "Khan has been held since August 2023."
    >>> found = Parser(text, tokenize(text), running_text=True).phrase(4)
    >>> found.relation, text[found.core_start:found.core_end]
    ('SINCE', 'August 2023')
    """

    def __init__(self, text: str, tokens: Sequence[Token], *, running_text: bool = False) -> None:
        super().__init__(text, tokens, running_text=running_text)
        self._calendar_memo = {}
        self._amount_memo = {}
        self._duration_memo = {}
        self._core_memo: dict[int, Result] = {}
        self._endpoint_memo: dict[int, Result] = {}

    # -- bodies -------------------------------------------------------------------------

    def core(self, i: int) -> Result:
        """core := endpoint | partial | period | shift | duration | recurrence | reference
        | anaphor"""
        memo = self._core_memo
        if i in memo:
            return memo[i]
        found = self.dispatched(i, CORE_RULES)
        memo[i] = found
        return found

    def endpoint(self, i: int) -> Result:
        """endpoint := calendar | time_expr | vague"""
        memo = self._endpoint_memo
        if i in memo:
            return memo[i]
        found = self.dispatched(i, ENDPOINT_RULES)
        memo[i] = found
        return found

    def range_(self, i: int) -> Result:
        """range := "between" endpoint "and" endpoint
        | "from"? endpoint ("to" | "until" | "through" | "-") endpoint
        | YEAR "-" NUMBER{2}"""
        low = self.low
        opener = low[i]
        j = i + 1 if opener in ("between", "from") else i
        if self.keys[j] not in ENDPOINT_STARTS or not self._ahead(j, _JOINS):
            return None
        first = self.endpoint(j)
        if first is None:
            first = self._bare_hour(j)
            if first is None:
                return None
        node, k = first
        if opener == "between":
            if low[k] != "and":
                return None
        elif low[k] not in _RANGE_JOINERS and self.kind[k] != "DASH":
            return None
        second = self.endpoint(k + 1)
        if isinstance(node, Clock) and node.hour is None:
            return None if second is None else _clock_range(node, second[0], second[1])
        if second is not None:
            if isinstance(node, Clock) and isinstance(second[0], Clock):
                return _clock_range(node, second[0], second[1])
            if opener not in ("between", "from") and _mismatched(node, second[0]):
                return None  # "revised Friday to December's figures": no range
            last = second[0]
            if isinstance(last, Clock) and last.base is None and _names_day(node):
                last = last._replace(base=node)  # "Friday until 5 pm": 5 pm on that Friday
            return Range(node, last), second[1]
        short = self._short_year(node, k + 1)
        if short is not None:
            return Range(node, short), k + 2
        return None

    def _bare_hour(self, i: int) -> tuple[Clock, int] | None:
        """The "2" of "from 2 to 4 pm": an hour the second end's meridiem completes
        (marked by ``hour=None``, the hour kept in ``minute`` until then)."""
        hour = self.number(i) if self.kind[i] == "NUMBER" and len(self.low[i]) <= 2 else None
        if hour is None or not 1 <= hour <= 12:
            return None
        return Clock(None, None, hour), i + 1

    def _short_year(self, first: object, i: int) -> CalendarDate | None:
        """The "21" of "2019–21": a year given by its last two digits after a full one."""
        if not isinstance(first, CalendarDate) or first.grain is not Grain.YEAR:
            return None
        if first.year is None or first.year.value is None or first.year.two_digit:
            return None
        two = self.number(i, 2)
        if two is None:
            return None
        start = first.year.value
        year = start - start % 100 + two
        if year <= start:
            # Into the next century only for a short span ("1999–00", "1998–2002" as
            # "1998–02"): "2024–13" is no run of 89 years but a slip, so no range is read.
            year += 100
            if year - start > _SHORT_YEAR_WRAP:
                return None
        return CalendarDate(Grain.YEAR, YearRef(value=year))

    def body(self, i: int) -> Result:
        """body := range | core"""
        # ``longest`` over the two, written out: every phrase passes here.
        self.steps += 1
        found = self.range_(i)
        core = self.core(i)
        if core is not None and (found is None or core[1] > found[1]):
            return core
        return found

    # -- phrases ------------------------------------------------------------------------

    def phrase(self, i: int, *, events: bool = False) -> Phrase | None:
        """phrase := body | SIGNAL body | SIGNAL event | offset_anchor

        The longest reading from token ``i``; on a tie, the one without a signal ("over 60
        years" is a duration, not "during 60 years"). With ``events``, a signal may be
        followed by an event, which runs to the end of the text.
        """
        self.steps += 1
        if not self.running_text:
            whole = self._emphasised(i, events=events)
            if whole is not None:
                return whole
        if self.keys[i] not in PHRASE_STARTS:
            return None
        # In order of preference on a tie: no signal, an offset, a signal.
        candidates: list[Phrase | None] = []
        found = self.body(i)
        if found is not None:
            node, j = found
            candidates.append(self._phrase(None, node, i, i, j))
        candidates.append(self._offset_anchor(i, events=events))
        signal = self.one_of(i, vocab.SIGNALS)
        if signal is not None and self.low[i + 1] == "or" and self.low[i + 2] not in _ON_OR:
            signal = None  # "on or off": "on or" is a signal before an approximation only
        if signal is not None:
            relation, j = signal
            if self.kind[j] == "DASH" and not self.spaced[j]:
                j += 1  # "post-1959", "pre-2020"
            candidates.append(self._after_signal(relation, i, j, events=events))
        best: Phrase | None = None
        for candidate in candidates:
            if candidate is not None and (best is None or candidate.next_token > best.next_token):
                best = candidate
        if best is None:
            return None
        return self.clock_after_day(best) or self._suffixed(best)

    def _emphasised(self, i: int, *, events: bool) -> Phrase | None:
        """A whole phrase around an amount, the extra words outside the TIMEX3 extent, as
        TimeML leaves them: an emphasis before it ("a mere 36 hours", "just two days ago",
        "only six months") or, for an adjectival length, its article and noun ("a week-long
        strike", "a two-week visit"). Running text needs neither: the scanner reaches the
        amount on its own."""
        found = self.one_of(i, _EMPHASIS)
        if found is not None and self.one_of(i, vocab.DURATION_MODS) is None:  # "just under"
            inner = self.phrase(found[1], events=events)
            if inner is None or not isinstance(inner.core, _AMOUNT_NODES):
                return None
            return inner._replace(start=self.start_of(i))
        if self.low[i] not in ("a", "an", "the") or self.n != i + 3 + self._dash_at(i + 1):
            return None
        amount = self.duration(i + 1)
        if amount is None or amount[1] != self.n - 1 or self.kind[self.n - 1] != "WORD":
            return None
        return self._phrase(None, amount[0], i, i + 1, amount[1], next_token=self.n)

    def _dash_at(self, i: int) -> int:
        """2 if tokens ``i`` to ``i + 2`` are two words joined by a dash ("week-long"), else
        -1 (so that no phrase length matches)."""
        if self.kind[i + 1] == "DASH" and not self.spaced[i + 1] and not self.spaced[i + 2]:
            return 2
        return 0 if self.low[i] in LONG_WORDS else -1

    def _suffixed(self, phrase: Phrase) -> Phrase:
        """A phrase with what may follow its anchor: an open end ("1990 and beyond",
        "2024 or earlier") or an approximation ("next year or so")."""
        j = phrase.next_token
        if j >= self.n or phrase.event is not None or not isinstance(phrase.core, _CALENDAR_NODES):
            return phrase
        core = phrase.core
        if isinstance(core, Holiday) and core.key == "independence day" and self.low[j] in _OF:
            # "Independence Day in India", "Independence Day of Kenya": whose it is, the
            # place left outside the TIMEX3 extent
            k = self.skip(j + 1, "the")
            country = self.country(k)
            if country is not None:
                code, after = country
                return phrase._replace(
                    core=core._replace(key=f"{core.key}/{code}"),
                    end=self.end_of(after),
                    next_token=after,
                )
        if self.words(j, ("or", "so")) > 0:
            end = self.end_of(j + 2)
            return phrase._replace(
                core=VaguePart("around", phrase.core),
                end=end,
                core_end=end,
                next_token=j + 2,
            )
        found = self.one_of(j, vocab.OPEN_ENDS)
        if found is None:
            return phrase
        mod, k = found
        relation = phrase.relation
        if relation in (None, "ON"):
            # "2024 or later" names one time, that year or one after it: on or after; "1990
            # and beyond", "1990 onwards" a stretch that opens then: since
            if mod != "ON_OR_AFTER":
                relation = "BY"
            elif self.low[j] == "or":
                relation = "ON_OR_AFTER"
            else:
                relation = "SINCE"
        end = self.end_of(k)
        return phrase._replace(
            relation=relation, end=end, core_end=end, next_token=k, timex_mod=mod
        )

    def _phrase(
        self,
        relation: str | None,
        node: Node | None,
        start: int,
        core: int,
        end: int,
        *,
        signal: str | None = None,
        offset: Amount | None = None,
        offset_mod: str | None = None,
        event: tuple[int, int] | None = None,
        next_token: int | None = None,
    ) -> Phrase:
        after = end if next_token is None else next_token
        tokens, n = self.tokens, self.n
        # start_of and end_of, written out: every phrase read passes here.
        return Phrase(
            relation,
            node,
            tokens[start].start if start < n else len(self.text),
            tokens[after - 1].end if after > 0 else 0,
            tokens[core].start if core < n else len(self.text),
            tokens[end - 1].end if end > 0 else 0,
            after,
            offset,
            offset_mod,
            event,
            signal,
        )

    def _after_signal(self, relation: str, i: int, j: int, *, events: bool) -> Phrase | None:
        """What follows a signal: a body, or (reading a whole phrase) an event."""
        signal = self._words_between(i, j)
        found = self.body(j)
        if found is not None:
            node, k = found
            read = self._phrase(relation, node, i, j, k, signal=signal)
            if not events or self.at_end(self._trailing(k)) or self._opens_at(k):
                # (an open end or "or so" after the body is read by _suffixed: "in 2026 or
                # later", "by May or so")
                return read
            joined = self.clock_after_day(read)  # "on Monday between 2 and 4 p.m."
            if joined is not None and self.at_end(self._trailing(joined.next_token)):
                return read
        if not events:
            # "ahead of the February 8 elections" in running text: the date inside the
            # noun phrase, when a noun follows it.
            if self.low[j] != "the":
                return None
            inner = self.endpoint(j + 1)
            if inner is None or self.kind[inner[1]] != "WORD":
                return None
            node, k = inner
            return self._phrase(relation, node, i, j + 1, k, signal=signal)
        if not self._event_like(j):
            return None
        if signal not in _EVENT_SIGNALS and self.words(j, ("the", "time")) < 0:
            return None  # "in the building", "at the school": a place, not an event
        # "ahead of the February 8 elections", "since his arrest in August 2023": a
        # calendar anchor inside the event's noun phrase dates the event.
        event = (self.start_of(j), self.end_of(self._last(j)))
        dated = self._date_in_event(j)
        if dated is not None:
            node, at, k = dated
            return self._phrase(
                relation, node, i, at, k, signal=signal, event=event, next_token=self.n
            )
        return self._phrase(relation, None, i, j, j, signal=signal, event=event, next_token=self.n)

    def _opens_at(self, i: int) -> bool:
        """Whether an open end ("or later", "and beyond") or "or so" starts at token ``i``."""
        return self.one_of(i, vocab.OPEN_ENDS) is not None or self.words(i, ("or", "so")) > 0

    def _date_in_event(self, i: int) -> tuple[Node, int, int] | None:
        """The first calendar anchor among the tokens from ``i``: (node, start, end)."""
        for k in range(i, self.n):
            if self.low[k] in _CASE_WORDS and not self.tokens[k].text[0].isupper():
                continue
            found = self.endpoint(k)
            if found is not None:
                return found[0], k, found[1]
        return None

    def _offset_anchor(self, i: int, *, events: bool) -> Phrase | None:
        """offset_anchor := duration OFFSET_SIGNAL (body | event)
        | "the" UNIT ("after" | "before") (body | event) | "within" duration "of" (body | event)"""
        low = self.low
        relation: str
        node: Node
        if low[i] != "within" and not self._ahead(i, _OFFSET_WORDS):
            return None
        # The amount is tokens [a, j); the signal ends at k.
        if low[i] == "within":
            found = self.duration(i + 1)
            if found is None or low[found[1]] != "of":
                return None
            node, j = found
            a, relation, k = i + 1, "WITHIN", j + 1
        elif low[i] == "the" and low[i + 1] in vocab.UNITS and low[i + 2] in ("after", "before"):
            unit = self.unit(i + 1)
            if unit is None:
                return None
            grain, keyword, size = unit[0]
            node = DurationPhrase(Amount(Fraction(1), keyword, size, grain))
            relation = "AFTER" if low[i + 2] == "after" else "BEFORE"
            a, j, k = i, i + 2, i + 3
        else:
            found = self.duration(i)
            if found is None:
                return None
            node, j = found
            signal = self.one_of(j, _OFFSET_SIGNALS)
            if signal is None:
                return None
            a = i
            relation, k = signal
        if not isinstance(node, DurationPhrase):
            return None
        if node.amount.number is None:
            return None
        signal_text = self._words_between(i, k)
        body = self.body(k)
        if (
            low[i] == "the"
            and low[i + 1] == "day"
            and a == i
            and body is not None
            and _names_a_day(body[0])
            and (not events or self.at_end(self._trailing(body[1])))
        ):
            # "the day before last Tuesday": one day, the Monday, not a signal and a date
            sign = 1 if relation == "AFTER" else -1
            shifted = Shifted(body[0], node.amount, sign, ahead=False)
            return self._phrase(None, shifted, i, i, body[1])
        if body is not None and (not events or self.at_end(self._trailing(body[1]))):
            inner, m = body
            return self._phrase(
                relation,
                inner,
                i,
                k,
                m,
                signal=signal_text,
                offset=node.amount,
                offset_mod=node.mod,
            )
        if events and self._event_like(k):
            event = (self.start_of(k), self.end_of(self._last(k)))
            return Phrase(
                relation,
                None,
                self.start_of(i),
                self.end_of(self.n),
                self.start_of(a),
                self.end_of(j),
                self.n,
                offset=node.amount,
                offset_mod=node.mod,
                event=event,
                signal=signal_text,
            )
        return None

    def _ahead(self, i: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` (or a dash, if "-" is among them) comes soon after ``i``:
        a cheap test before trying a rule that needs one."""
        return not words.isdisjoint(self.low[i + 1 : i + _REACH])  # past the end: padding

    def _words_between(self, i: int, j: int) -> str:
        """The words of tokens ``i`` to ``j``, lower case, one space between."""
        if j == i + 1 and self.kind[i] == "WORD":
            return self.low[i]  # the usual signal: one word
        return " ".join(self.low[k] for k in range(i, j) if self.kind[k] == "WORD")

    # -- events -------------------------------------------------------------------------

    def _trailing(self, i: int) -> int:
        """The index after trailing punctuation from ``i`` ("next week.", "Friday's")."""
        if self.kind[i] == "APOSTROPHE" and self.low[i + 1] == "s" and i + 2 == self.n:
            return self.n
        while i < self.n and self._is_trailing(i):
            i += 1
        return i

    def _is_trailing(self, i: int) -> bool:
        return self.kind[i] in _TRAILING and self.low[i] in _TRAILING_MARKS

    def _last(self, i: int) -> int:
        """The index after the last token that is not trailing punctuation."""
        end = self.n
        while end > i and self._is_trailing(end - 1):
            end -= 1
        return end

    def _event_like(self, i: int) -> bool:
        """Whether tokens from ``i`` to the end can name an event: a word (or "'s") first,
        and nothing in it that looks like a misspelt month or weekday."""
        if i >= self.n:
            return False
        if self.kind[i] != "WORD" and not (self.kind[i] == "APOSTROPHE" and self.low[i + 1] == "s"):
            return False
        if any(_near_miss(self.low[k]) for k in range(i, self.n)):
            return False
        # A noun phrase: "his arrest", "Brexit", "lunch" — not "qwerty zzz" or "the the".
        last = self._last(i)
        words = [k for k in range(i, last) if self.kind[k] == "WORD"]
        possessive = any(
            self.kind[k] == "APOSTROPHE" and self.low[k + 1] == "s" for k in range(i, last)
        )
        return names_event([self.tokens[k].text for k in words], possessive=possessive)


ENDPOINT_RULES: Final[Dispatch] = dispatch(
    [
        (Parser.calendar, CALENDAR_STARTS),
        (Parser.time_expr, TIME_STARTS),
        (Parser.vague, VAGUE_STARTS),
    ]
)
ENDPOINT_STARTS: Final = frozenset(ENDPOINT_RULES)
CORE_RULES: Final[Dispatch] = dispatch(
    [
        (Parser.endpoint, ENDPOINT_STARTS),
        (Parser.partial, PARTIAL_STARTS),
        (Parser.period, PERIOD_STARTS),
        (Parser.shift, AMOUNT_STARTS),
        (Parser.duration, AMOUNT_STARTS),
        (Parser.recurrence, RECURRENCE_STARTS),
        (Parser.reference, REFERENCE_STARTS),
        (Parser.anaphor, AMOUNT_STARTS | ANAPHOR_STARTS),
    ]
)
# "Independence Day in India", "… of Kenya": the words before whose it is.
_OF: Final = frozenset({"in", "of"})
#: Every first token a phrase can start with; any other token starts nothing.
PHRASE_STARTS: Final = frozenset(
    {"between", "from", "within", "the", *CORE_RULES}
    | {phrase[0] for phrase in vocab.SIGNALS}
    | AMOUNT_STARTS
)


def _names_day(node: Node) -> bool:
    """Whether ``node`` names one whole day ("Friday", "3 May", "tomorrow")."""
    day = day_of(node)
    return day is not None and day[1] is None and day[0] is not None


def _clock_range(first: Clock, last: Node, end: int) -> Result:
    """A range of clock times, the second's meridiem applied to the first where the first
    states none and the range stays in order: "2:30–3:30 p.m." is 14:30–15:30, "from 2 to
    4 pm" 14:00–16:00, "11–1 pm" 11:00–13:00. A bare first hour ("2") needs the second end
    to be a clock time with a meridiem on the same day."""
    if not isinstance(last, Clock) or last.hour is None:
        return None if first.hour is None else (Range(first, last), end)
    bare = first.hour is None
    if bare:
        if last.meridiem is None:
            return None
        first = first._replace(hour=first.minute, minute=0)
    hour = first.hour
    if hour is not None and first.meridiem is None and last.meridiem is not None:
        if hour == 12:
            hour = 0 if last.meridiem == "am" else 12
        elif last.meridiem == "pm" and hour + 12 <= last.hour:
            hour += 12
        first = first._replace(hour=hour, meridiem=last.meridiem)
    if first.base is None and last.base is not None:
        first = first._replace(base=last.base)  # "2–4 p.m. Friday": both on Friday
        # "from 10 p.m. to Saturday 5 a.m.": Saturday is the last end's day, not the range's
        return Range(first, last, eve=last.day_first), end
    return Range(first, last), end


@functools.lru_cache(maxsize=4096)
def _near_miss(word: str) -> bool:
    """Whether ``word`` is not a time word but is spelt like one (a month, a weekday)."""
    from chronos.errors import did_you_mean

    if len(word) < 4 or word in _KNOWN or not word.isalpha():
        return False
    return did_you_mean(word, _NAMES) is not None


# Words that are time words only when capitalised inside an event's noun phrase.
_CASE_WORDS: Final = frozenset(
    {"may", "march", "sun", "sat", "wed", "mar", "jan", "fall", "spring", "sunday"}
)
_NAMES: Final = tuple(name for name in (*vocab.MONTHS, *vocab.WEEKDAYS) if len(name) > 4)
_KNOWN: Final = vocab.all_words() | vocab.DETERMINERS


def _names_a_day(node: Node) -> bool:
    """Whether ``node`` names one day, from which "the day before" counts: a weekday, a
    dated day, a holiday, a day word ("yesterday")."""
    if isinstance(node, (Weekday, Holiday, NumericDate, NthDay)):
        return True
    if isinstance(node, CalendarDate):
        return node.grain is Grain.DAY
    return isinstance(node, RelativeUnit) and node.grain is Grain.DAY


def _mismatched(first: Node, last: Node) -> bool:
    """Whether the two ends of a range without "from" or "between" are of sizes no range
    joins: a day and a month or longer ("Friday to December"), either way round. Such a
    pair is two times a sentence names apart ("revised Friday to December's figures");
    "from" or "between" says it is a range all the same."""
    sizes = {_size(first), _size(last)}
    return sizes == {"day", "long"}


def _size(node: Node) -> str | None:
    """ "day" for an end naming a day, "long" for one naming a month or longer, else
    ``None`` (a week, a time of day, an end of unknown size)."""
    if isinstance(node, (Weekday, Holiday, NumericDate, NthDay, DayInWeek, Shifted)):
        return "day"
    grain = node.grain if isinstance(node, (CalendarDate, RelativeUnit)) else None
    if isinstance(node, EraDate):
        grain = Grain.YEAR
    if grain is None or grain is Grain.WEEK:
        return None
    if grain is Grain.DAY:
        return "day"
    return "long" if Grain.MONTH.rank <= grain.rank else None
