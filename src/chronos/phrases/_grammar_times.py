"""Grammar rules for times of day, vague parts ("early 2024", "mid-October") and partial
units ("earlier this month").

Each rule's docstring opens with its grammar line; see :mod:`chronos.phrases._grammar_dates` for the
terminals.
"""

from __future__ import annotations

from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_base import Result
from chronos.phrases._grammar_dates import CALENDAR_STARTS, CUE_STARTS, DateRules
from chronos.phrases._grammar_nodes import (
    CalendarDate,
    Clock,
    Node,
    NumericDate,
    Partial,
    RelativeUnit,
    VaguePart,
    Weekday,
)
from chronos.time import Grain

__all__ = ["PARTIAL_STARTS", "TIME_STARTS", "TimeRules", "VAGUE_STARTS"]

_THE_UNITS: Final[dict[str, Grain]] = {
    "day": Grain.DAY,
    "week": Grain.WEEK,
    "month": Grain.MONTH,
    "quarter": Grain.QUARTER,
    "year": Grain.YEAR,
    "decade": Grain.DECADE,
    "century": Grain.CENTURY,
}
_MID_WORDS: Final[dict[str, Grain]] = {
    "midweek": Grain.WEEK,
    "midmonth": Grain.MONTH,
    "midyear": Grain.YEAR,
}
_EDGE_WORDS: Final = frozenset({"beginning", "start", "end", "middle", "close"})
_HALVES: Final = frozenset({"first", "second", "latter", "last"})
_AROUND: Final = frozenset({"around", "about", "circa", "approximately", "roughly", "c"})
_LATE_PARTS: Final = frozenset({"AF", "EV", "NI"})
_UTC: Final = frozenset({"utc", "gmt"})
# The words a meridiem starts with ("am", "p.m.").
_MERIDIEM_STARTS: Final = frozenset({"am", "pm", "a", "p"})


class TimeRules(DateRules):
    """Rules for times of day and for vague or partial spans."""

    # -- clock times ----------------------------------------------------------------------

    def meridiem(self, i: int) -> tuple[bool, int] | None:
        """meridiem := "am" | "pm" | ("a" | "p") "." "m" "."?   (True for p.m.)"""
        low = self.low[i]
        if low in ("am", "pm"):
            return low == "pm", self.abbreviation_dot(i + 1)
        if (
            low in ("a", "p")
            and self.kind[i + 1] == "DOT"
            and not self.spaced[i + 1]
            and self.low[i + 2] == "m"
            and not self.spaced[i + 2]
        ):
            return low == "p", self.abbreviation_dot(i + 3)
        return None

    def clock_time(self, i: int) -> Result:
        """clock_time := HOUR (":" MINUTE (":" SECOND)?)? meridiem? ZONE?
        | HOUR "o'clock" | NUMBER{4} ZONE | "12"? ("noon" | "midday" | "midnight")"""
        low, kind = self.low, self.kind
        point = vocab.TIME_POINTS.get(low[i])
        if point is None and low[i] == "12":
            point = vocab.TIME_POINTS.get(low[i + 1])
            if point is not None:
                return Clock(None, point[0], point[1]), i + 2
        if point is not None:
            return Clock(None, point[0], point[1]), i + 1
        if kind[i] != "NUMBER":
            return None
        text = low[i]
        if len(text) == 4 and low[i + 1] in vocab.ZONES:
            hours, minutes = int(text[:2]), int(text[2:])
            if hours < 24 and minutes < 60:
                return Clock(None, hours, minutes, utc=low[i + 1] in _UTC), i + 2
            return None
        if len(text) > 2:
            return None
        hour = int(text)
        minute: int | None = None
        second: int | None = None
        j = i + 1
        if kind[j] in ("COLON", "DOT") and not self.spaced[j] and not self.spaced[j + 1]:
            value = self.number(j + 1, 2)
            if value is not None and (kind[j] == "COLON" or self.meridiem(j + 2) is not None):
                minute, j = value, j + 2
                if kind[j] == "COLON" and not self.spaced[j]:
                    value = self.number(j + 1, 2)
                    if value is not None:
                        second, j = value, j + 2
        meridiem = self.meridiem(j) if low[j] in _MERIDIEM_STARTS else None
        if meridiem is not None:
            pm, j = meridiem
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if pm else 0)
        elif minute is None:
            k = self.words(j, ("o", "'", "clock")) if low[j] == "o" else -1
            if k > 0:
                j = k
            elif not (
                (
                    low[j] == "in"
                    and self.words(j, ("in", "the")) > 0
                    and low[j + 2] in vocab.PARTS_OF_DAY
                )
                or (low[j] == "at" and self.words(j, ("at", "night")) > 0)
            ):
                return None  # a bare number is not a time: "4 in the morning" is
            if hour > 12:
                return None
        if hour > 23 or (minute or 0) > 59 or (second or 0) > 59:
            return None
        utc = low[j] in _UTC
        if low[j] in vocab.ZONES:
            j += 1
        if minute is None:
            minute = 0
        return Clock(None, hour, minute, second, utc=utc), j

    def day_ref(self, i: int) -> Result:
        """day_ref := calendar   (one whose grain is a day)"""
        found = self.calendar(i)
        if found is None:
            return None
        node = found[0]
        if isinstance(node, (NumericDate, Weekday)):
            return found
        if isinstance(node, CalendarDate) and node.grain is Grain.DAY:
            return found
        if isinstance(node, RelativeUnit) and node.grain is Grain.DAY:
            return found
        return None

    def time_expr(self, i: int) -> Result:
        """time_expr := clock_time ("in" "the" PART)? (","? "on"? day_ref)?
        | day_ref ","? ("at" | "around")? clock_time | day_ref PART | cue PART | "tonight"
        | "the"? PART "of"? day_ref?"""
        self.steps += 1
        low = self.low
        clock = self.clock_time(i)
        if clock is not None:
            return self._clock_then_day(clock)
        if low[i] == "tonight":
            return Clock(RelativeUnit(Grain.DAY, 0), part="NI"), i + 1
        day = self.day_ref(i)
        if day is not None:
            node, j = day
            k = self.skip_kind(j, "COMMA")
            if low[k] in ("at", "around", "about"):
                k += 1
            later = self.clock_time(k)
            if later is not None:
                found, m = later
                if not isinstance(found, Clock):
                    return None
                return Clock(node, found.hour, found.minute, found.second, utc=found.utc), m
            part = vocab.PARTS_OF_DAY.get(low[j])
            if part is not None:
                return Clock(node, part=part), j + 1
            return None
        cue = self.cue(i)
        if cue is not None:
            which, j = cue
            part = vocab.PARTS_OF_DAY.get(low[j])
            if part is not None:
                offset = {"last": -1, "this": 0, "next": 1}[which]
                return Clock(RelativeUnit(Grain.DAY, offset), part=part), j + 1
            return None
        j = self.skip(i, "the")
        part = vocab.PARTS_OF_DAY.get(low[j])
        if part is None or low[j] == "overnight":
            return None
        day = self.day_ref(j + 2 if low[j + 1] == "of" else j + 1)
        if day is not None:  # "the morning of October 3", "afternoon yesterday"
            return Clock(day[0], part=part), day[1]
        return Clock(None, part=part), j + 1

    def _clock_then_day(self, clock: tuple[Node, int]) -> Result:
        node, j = clock
        if not isinstance(node, Clock):
            return None
        low = self.low
        hour = node.hour
        k = self.words(j, ("in", "the"))
        if k > 0 and low[k] in vocab.PARTS_OF_DAY:
            part = vocab.PARTS_OF_DAY[low[k]]
            if hour is not None and hour < 12 and part in _LATE_PARTS:
                hour += 12
            j = k + 1
        elif self.words(j, ("at", "night")) > 0:
            if hour is not None and 6 <= hour < 12:
                hour += 12
            j += 2
        k = self.skip_kind(j, "COMMA")
        k = self.skip(k, "on")
        utc = node.utc
        day = self.day_ref(k)
        if day is not None:
            return Clock(day[0], hour, node.minute, node.second, utc=utc), day[1]
        cue = self.cue(k)
        if cue is not None and low[cue[1]] in vocab.PARTS_OF_DAY:
            offset = {"last": -1, "this": 0, "next": 1}[cue[0]]
            return Clock(RelativeUnit(Grain.DAY, offset), hour, node.minute, utc=utc), cue[1] + 1
        if low[k] == "tonight":
            return Clock(RelativeUnit(Grain.DAY, 0), hour, node.minute, utc=utc), k + 1
        return Clock(None, hour, node.minute, node.second, utc=utc), j

    # -- vague and partial spans ----------------------------------------------------------

    def vague_base(self, i: int) -> Result:
        """vague_base := calendar | time_expr | "the" ("year" | "month" | "week" | …)"""
        if self.low[i] == "the":
            grain = _THE_UNITS.get(self.low[i + 1])
            if grain is not None:
                return RelativeUnit(grain, 0), i + 2
        return self.longest(i, (self.calendar, self.time_expr))

    def vague(self, i: int) -> Result:
        """vague := "the"? ("early" | "mid" | "late") "-"? "in"? vague_base
        | "the"? ("beginning" | "start" | "middle" | "end" | "close") "of" vague_base
        | "the"? ("first" | "second" | "latter" | "last") "half" "of" vague_base
        | unit_end | "midweek" | "midyear"
        | ("around" | "about" | "circa" | …) (time_expr | calendar | unit_end)"""
        self.steps += 1
        low = self.low
        if low[i] == "the" and low[i + 1] in ("early", "mid", "late"):
            i += 1  # "the mid-1990s", "the late 19th century"
        word = low[i]
        if word in ("early", "mid", "late"):
            j = i + 1
            if self.kind[j] == "DASH" or (word != "mid" and low[j] == "in"):
                j += 1
            base = self.vague_base(j)
            if base is not None:
                return VaguePart(word, base[0]), base[1]
            return None
        grain = _MID_WORDS.get(word)
        if grain is None and word == "mid" and self.kind[i + 1] == "DASH":
            grain = _MID_WORDS.get("mid" + low[i + 2])
        if grain is not None:
            end = i + 1 if word in _MID_WORDS else i + 3
            return VaguePart("mid", RelativeUnit(grain, 0)), end
        found = self.unit_end(i)
        if found is not None:
            return found
        if word in _AROUND:
            j = self.abbreviation_dot(i + 1) if word == "c" else i + 1
            base = self.longest(j, (self.time_expr, self.calendar, self.unit_end))
            if base is not None:
                return VaguePart("around", base[0]), base[1]
            return None
        j = self.skip(i, "the")
        edge = low[j]
        if edge in _EDGE_WORDS and low[j + 1] == "of":
            base = self.vague_base(j + 2)
            if base is not None:
                return VaguePart(vocab.VAGUE_PARTS[edge], base[0]), base[1]
            return None
        if edge in _HALVES and low[j + 1] == "half" and low[j + 2] == "of":
            base = self.vague_base(j + 3)
            if base is not None:
                part = "first half" if edge == "first" else "second half"
                return VaguePart(part, base[0]), base[1]
        return None

    def unit_end(self, i: int) -> Result:
        """unit_end := "the"? ("year" | "month") ("'" "s" | "-")? "end" """
        low = self.low
        i = self.skip(i, "the")
        word = low[i]
        if word not in ("year", "month"):
            return None
        j = i + 1
        if self.kind[j] == "DASH" and not self.spaced[j]:
            j += 1
        elif self.kind[j] == "APOSTROPHE" and low[j + 1] == "s":
            j += 2
        if low[j] != "end":
            return None
        unit = Grain.YEAR if word == "year" else Grain.MONTH
        return VaguePart("end", RelativeUnit(unit, 0)), j + 1

    def partial(self, i: int) -> Result:
        """partial := ("earlier" | "later") ("in"? vague_base | "today" | "tonight")"""
        word = self.low[i]
        if word not in ("earlier", "later"):
            return None
        j = self.skip(i + 1, "in")
        base = self.vague_base(j)
        if base is None:
            return None
        return Partial(base[0], -1 if word == "earlier" else 1), base[1]


#: First tokens of a time of day ("10:30", "noon", "tonight", "Tuesday evening", …).
TIME_STARTS: Final = frozenset(
    {"#N2", "#N4", "tonight", "the", *vocab.TIME_POINTS, *vocab.PARTS_OF_DAY}
    | CUE_STARTS
    | CALENDAR_STARTS
)
#: First tokens of a vague part ("early", "mid-", "the end of", "around", …).
VAGUE_STARTS: Final = frozenset(
    {"the", "early", "mid", "late", "year", "month", *_MID_WORDS, *_EDGE_WORDS, *_HALVES} | _AROUND
)
#: First tokens of a partial unit ("earlier this month").
PARTIAL_STARTS: Final = frozenset({"earlier", "later"})
