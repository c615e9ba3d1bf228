"""A day or a part of a day, then the clock times in it: "Monday between 2 and 4 p.m.",
"on 3 May from 9:30 till 11", "Thursday before noon", "in the evening after 11",
"Friday afternoon at 15:10".

The day comes first here and the clock times after it, the order of a schedule or a police
statement. The other order ("between 2 and 4 p.m. on Monday") is read by the clock time
rules themselves. A whole phrase only: in running text the scanner tags the day and the
clock times apart, as TimeML does, and resolves the clock times on the day before them.
"""

from __future__ import annotations

from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_nodes import (
    CalendarDate,
    Clock,
    DayInWeek,
    Node,
    NthDay,
    NumericDate,
    Phrase,
    Range,
    RelativeUnit,
    Shifted,
    Weekday,
)
from chronos.phrases._grammar_times import TimeRules
from chronos.time import Grain

__all__ = ["DayClockRules", "day_of"]

# The parts of a day whose hours before 12 are p.m. ("in the evening after 11": 23:00).
_LATE_PARTS: Final = frozenset({"AF", "EV", "NI"})
# A night's bare hours from this one are the evening's ("Saturday night after 9": 21:00).
_NIGHT_FROM: Final = 6
# The words that open the clock times after a day, and how each relates the phrase to them.
_SIGNALS: Final[dict[str, str]] = {
    "after": "AFTER",
    "from": "SINCE",
    "since": "SINCE",
    "before": "BEFORE",
    "until": "UNTIL",
    "till": "UNTIL",
    "til": "UNTIL",
    "by": "BY",
}
# Words that join the two clock times of a range ("from 9:30 till 11").
_JOINERS: Final = frozenset({"to", "until", "till", "til", "through", "-", "–", "—"})
# Words after a number that make it a count, not an hour ("between 8 and 9 per cent").
_NOT_AN_HOUR: Final = frozenset({"per", "percent", "%", "of", "or"})


class DayClockRules(TimeRules):
    """A day then clock times in it, read after a whole phrase's day."""

    def clock_after_day(self, phrase: Phrase) -> Phrase | None:
        """day_clock := day ","? ("between" HOUR "and" HOUR | "from" HOUR JOINER HOUR
        | ("after" | "before" | "until" | "by" | "from" | …) HOUR)

        ``day`` is a day ("Monday", "3 May", "tomorrow") or a part of one ("Sunday evening",
        "in the evening"); HOUR a clock time ("2:30 p.m.", "noon", "17:40", "9.30") or an
        hour the day's part or a 24-hour figure makes plain ("evening … after 11": 23:00;
        "between 19 and 22"). A bare hour that could be either half of the day ("Monday
        between 8 and 9") is not read.
        """
        if self.running_text or phrase.relation not in (None, "ON"):
            return None
        day = day_of(phrase.core)
        if day is None:
            return None
        base, part = day
        low = self.low
        j = self.skip_kind(phrase.next_token, "COMMA")
        word = low[j]
        if word == "between" or (word == "from" and self._joined_ahead(j + 1)):
            first = self._hour(j + 1, part)
            if first is None:
                return None
            k = first[1]
            if word == "between" and low[k] != "and":
                return None
            if word == "from" and low[k] not in _JOINERS:
                return None
            last = self._hour(k + 1, part)
            if last is None:
                return None
            ends = _ordered(first[0], last[0])
            if ends is None:
                return None
            start, end = (clock._replace(base=base) for clock in ends)
            return self._joined(phrase, None, Range(start, end), last[1], None)
        relation = _SIGNALS.get(word)
        if relation is None:
            return None
        found = self._hour(j + 1, part)
        if found is None or found[0].hour is None:
            return None
        clock, k = found
        return self._joined(phrase, relation, clock._replace(base=base), k, word)

    def _joined_ahead(self, i: int) -> bool:
        """Whether a range joiner comes within the next few tokens ("from 9:30 till")."""
        return not _JOINERS.isdisjoint(self.low[i : i + 6])

    def _joined(
        self, phrase: Phrase, relation: str | None, core: Node, k: int, signal: str | None
    ) -> Phrase:
        end = self.end_of(k)
        return phrase._replace(
            relation=relation, core=core, end=end, core_end=end, next_token=k, signal=signal
        )

    def _hour(self, i: int, part: str | None) -> tuple[Clock, int] | None:
        """A clock time read after a day, its half of the day taken from the day's part.

        Returns a ``Clock`` with ``hour=None`` (the hour kept in ``minute``) for a bare hour
        a later meridiem may complete ("between 2 and 4 p.m.").
        """
        low, kind = self.low, self.kind
        found = self.clock_time(i)
        if found is not None:
            read, k = found
            return (_in_part(read, part), k) if isinstance(read, Clock) else None
        if kind[i] != "NUMBER" or len(low[i]) > 2:
            return None
        hour = int(low[i])
        k = i + 1
        minute = 0
        if kind[k] == "DOT" and not self.spaced[k] and not self.spaced[k + 1]:
            value = self.number(k + 1, 2)  # "9.30": a clock beside a day, not a decimal
            if value is None or value > 59:
                return None
            minute, k = value, k + 2
        elif low[k] in vocab.UNITS or low[k] in _NOT_AN_HOUR:
            return None
        if hour > 23:
            return None
        clock = Clock(None, hour, minute)
        if hour >= 13 or low[i].startswith("0"):
            return clock, k  # the 24-hour clock: "20", "08", "13.45"
        if part is None:
            if k > i + 1:
                return clock, k  # "9.30" with no part of the day to say otherwise
            if hour == 0 or hour > 12:
                return None
            return Clock(None, None, hour), k  # a meridiem after it may complete it
        if (part == "MO" and hour == 12) or (part == "NI" and 1 <= hour < _NIGHT_FROM):
            return None  # the small hours of a night are the next day's: not guessed
        return _in_part(clock, part), k


def _in_part(clock: Clock, part: str | None) -> Clock:
    """A clock hour before 12 with no meridiem, in an afternoon, evening or night: p.m."""
    if (
        part in _LATE_PARTS
        and clock.meridiem is None
        and clock.hour is not None
        and 1 <= clock.hour < 12
    ):
        return clock._replace(hour=clock.hour + 12)
    return clock


def _ordered(first: Clock, last: Clock) -> tuple[Clock, Clock] | None:
    """The two ends of a clock range, a bare first hour completed by the second's meridiem
    ("2 to 4 p.m." is 14:00–16:00); ``None`` where an end stays bare."""
    if last.hour is None:
        return None
    if first.hour is None:
        if last.meridiem is None:
            return None
        hour = first.minute or 0
        if hour == 12:
            hour = 0 if last.meridiem == "am" else 12
        elif last.meridiem == "pm" and hour + 12 <= last.hour:
            hour += 12
        first = Clock(None, hour, 0, meridiem=last.meridiem)
    return first, last


def day_of(node: Node | None) -> tuple[Node | None, str | None] | None:
    """The day and part of a day a node names, or ``None`` if it names no single day."""
    if isinstance(node, Clock):
        if node.hour is not None or node.part is None:
            return None
        return node.base, node.part
    if isinstance(node, (NumericDate, Weekday, NthDay, DayInWeek, Shifted)):
        return node, None
    if isinstance(node, (CalendarDate, RelativeUnit)) and node.grain is Grain.DAY:
        return node, None
    return None
