"""Grammar rules for times of day, vague parts ("early 2024", "mid-October") and partial
units ("earlier this month").

Each rule's docstring opens with its grammar line; see
:mod:`chronos.phrases._grammar_periods` for the terminals.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_base import Result
from chronos.phrases._grammar_dates import CUE_STARTS
from chronos.phrases._grammar_days import CALENDAR_STARTS, DayRules
from chronos.phrases._grammar_nodes import (
    SMALL_HOURS,
    Amount,
    CalendarDate,
    Clock,
    DayInWeek,
    Node,
    NthDay,
    NumericDate,
    Partial,
    RelativeUnit,
    Shifted,
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
# A night's hours "at" a bare number: 1 to 4 are after its midnight ("tonight at 1"), 5
# to 11 are p.m. ("tonight at 9", and "tonight at 5:30", the evening news), 12 is its
# midnight.
_NIGHT_PM_FROM: Final = 5
_ONE_DAY: Final = Amount(Fraction(1), "days", 1, Grain.DAY)
# The words before a European clock time ("at 15h30", "from 9h to 17h").
_CLOCK_WORDS: Final = frozenset(
    {"at", "from", "until", "till", "to", "by", "around", "about", "between", "and", "-", "–"}
)
_UTC: Final = frozenset({"utc", "gmt"})
# The words a meridiem starts with ("am", "p.m.").
_MERIDIEM_STARTS: Final = frozenset({"am", "pm", "a", "p"})
# The hours of the clock face in words.
_HOUR_WORDS: Final[dict[str, int]] = {
    word: value for word, value in vocab.CARDINALS.items() if 1 <= value <= 12
}
# Minutes before or after the hour in words: "half past four", "a quarter to nine".
_FRACTIONS: Final[dict[str, int]] = {"half": 30, "quarter": 15}
_PAST: Final[dict[str, int]] = {"past": 1, "after": 1, "to": -1, "before": -1, "till": -1}
#: First tokens of a clock time read from words ("half past four", "nine o'clock").
SPOKEN_CLOCK_STARTS: Final = frozenset(
    {"half", "quarter", "a", "#N2"}
    | {word for word, value in vocab.CARDINALS.items() if 1 <= value <= 59}
)


class TimeRules(DayRules):
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
                return Clock(None, point[0], point[1], midnight=low[i + 1] == "midnight"), i + 2
        if point is not None:
            return Clock(None, point[0], point[1], midnight=low[i] == "midnight"), i + 1
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
        if low[j] == "h" and not self.spaced[j]:
            return self._european_clock(i, hour)
        if kind[j] in ("COLON", "DOT") and not self.spaced[j] and not self.spaced[j + 1]:
            value = self.number(j + 1, 2)
            if value is not None and (
                kind[j] == "COLON"
                or self.meridiem(j + 2) is not None
                or (low[j + 2] in vocab.ZONES and hour < 24 and value < 60)  # "16.05 GMT"
            ):
                minute, j = value, j + 2
                if kind[j] == "COLON" and not self.spaced[j]:
                    value = self.number(j + 1, 2)
                    if value is not None:
                        second, j = value, j + 2
        meridiem = self.meridiem(j) if low[j] in _MERIDIEM_STARTS else None
        stated: str | None = None
        if meridiem is not None:
            pm, j = meridiem
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if pm else 0)
            stated = "pm" if pm else "am"
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
        j = self._zone(j)
        if minute is None:
            minute = 0
        return Clock(None, hour, minute, second, utc=utc, meridiem=stated), j

    def _european_clock(self, i: int, hour: int) -> Result:
        """european_clock := HOUR "h" MINUTE?   ("15h30", "9h", "18h45"), after a word that
        sets a clock time ("at", "from", "until", "between" …) or a day ("Friday 18h45").

        Elsewhere "2h30" and "9h" are lengths ("ran it in 2h30", "a 9h shift")."""
        low, kind = self.low, self.kind
        before = low[i - 1] if i > 0 else ""
        if not (before in _CLOCK_WORDS or before in vocab.WEEKDAYS or before in vocab.DAY_WORDS):
            return None
        j = i + 2
        minute = 0
        if kind[j] == "NUMBER" and not self.spaced[j] and len(low[j]) == 2:
            minute, j = int(low[j]), j + 1
        if hour > 23 or minute > 59:
            return None
        utc = low[j] in _UTC
        return Clock(None, hour, minute, utc=utc), self._zone(j)

    def dotted_clock(self, i: int) -> tuple[Clock, int] | None:
        """dotted_clock := HOUR "." MINUTE   (24-hour, British: "16.05", "09.30", "0.45")

        A whole phrase only, and only where a day or "at" stands beside it (the callers
        see to that): in running text "rose to 16.05" is a price. With a zone ("16.05
        GMT") :meth:`clock_time` reads it anywhere.
        """
        low, kind = self.low, self.kind
        if self.running_text or kind[i] != "NUMBER" or len(low[i]) > 2:
            return None
        j = i + 1
        if kind[j] != "DOT" or self.spaced[j] or self.spaced[j + 1]:
            return None
        hour, minute = int(low[i]), self.number(j + 1, 2)
        if minute is None or hour > 23 or minute > 59:
            return None
        k = j + 2
        if low[k] in vocab.UNITS or low[k] in ("percent", "per", "%") or kind[k] == "DOT":
            return None  # "3.50 per cent", "1.2.3"
        return Clock(None, hour, minute), k

    def _zone(self, j: int) -> int:
        """zone := ZONE? ("local" "time")?   ("16:45 GMT", "9pm local time")"""
        if self.low[j] in vocab.ZONES:
            j += 1
        k = self.words(j, ("local", "time"))
        return k if k > 0 else j

    def spoken_clock(self, i: int) -> Result:
        """spoken_clock := ("half" | "a"? "quarter" | MINUTES "minutes"?) ("past" | "after"
        | "to" | "before") HOUR meridiem? | HOUR_WORD ("o'clock" | meridiem)

        HOUR is 1 to 12 in digits or words, "noon" or "midnight". Minutes in words need the
        word "minutes" or a meridiem after the hour ("ten past six p.m."), since "twenty to
        five" alone may be a count; minutes in digits need the word "minutes" ("2 to 4 pm"
        is a range of hours).
        """
        low = self.low
        word = _HOUR_WORDS.get(low[i])
        if word is not None:
            k = self.words(i + 1, ("o", "'", "clock"))
            if k > 0:
                return Clock(None, word, 0), self._zone(k)
            meridiem = self.meridiem(i + 1) if low[i + 1] in _MERIDIEM_STARTS else None
            if meridiem is not None:
                pm, k = meridiem
                at = word % 12 + (12 if pm else 0)
                return Clock(None, at, 0, meridiem="pm" if pm else "am"), self._zone(k)
        j = self.skip(i, "a") if low[i + 1] == "quarter" else i
        minutes = _FRACTIONS.get(low[j])
        counted = False
        if minutes is not None:
            j += 1
        else:
            number = self.number(i) if self.kind[i] == "NUMBER" else _HOUR_WORDS.get(low[i])
            if number is None:
                number = vocab.CARDINALS.get(low[i])
            if number is None or not 1 <= number <= 59:
                return None
            minutes, j = number, i + 1
            if low[j] in ("minutes", "minute", "mins"):
                j += 1
            elif self.kind[i] == "NUMBER":
                return None  # "2 to 4 pm" is a range of hours
            else:
                counted = True
        direction = _PAST.get(low[j])
        if direction is None:
            return None
        hour_at = j + 1
        hour = _HOUR_WORDS.get(low[hour_at])
        if hour is None:
            point = vocab.TIME_POINTS.get(low[hour_at])
            if point is not None:
                hour = point[0]
            elif self.kind[hour_at] == "NUMBER" and len(low[hour_at]) <= 2:
                hour = int(low[hour_at])
                if not 1 <= hour <= 12:
                    return None
            else:
                return None
        k = hour_at + 1
        if low[k] in vocab.UNITS or low[k] == "percent":
            return None  # "20 minutes to 3 hours": a range of lengths
        stated: str | None = None
        meridiem = self.meridiem(k) if low[k] in _MERIDIEM_STARTS else None
        if meridiem is not None:
            pm, k = meridiem
            if low[hour_at] in vocab.TIME_POINTS:
                return None
            hour = hour % 12 + (12 if pm else 0)
            stated = "pm" if pm else "am"
        elif counted:
            return None  # "twenty to five" alone: a count as likely as a time
        total = hour * 60 + direction * minutes
        total %= 24 * 60
        return Clock(None, total // 60, total % 60, meridiem=stated), self._zone(k)

    def day_ref(self, i: int) -> Result:
        """day_ref := calendar   (one whose grain is a day)"""
        found = self.calendar(i)
        if found is None:
            return None
        node = found[0]
        if isinstance(node, (NumericDate, Weekday, NthDay, DayInWeek, Shifted)):
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
        if clock is None and self.keys[i] in SPOKEN_CLOCK_STARTS:
            clock = self.spoken_clock(i)
        if clock is not None:
            return self._clock_then_day(clock)
        dotted = self.dotted_clock(i)
        if dotted is not None:
            # "at 16.05", "16.05 on Tuesday": a clock only where "at" or a day says so
            timed = self._clock_then_day(dotted)
            if timed is not None and (timed[1] > dotted[1] or (i > 0 and low[i - 1] == "at")):
                return timed
            return None
        if low[i] == "tonight":
            return self._at_hour(Clock(RelativeUnit(Grain.DAY, 0), part="NI"), i + 1)
        day = self.day_ref(i)
        if day is not None:
            node, j = day
            k = self.skip_kind(j, "COMMA")
            if low[k] == "at" and low[k + 1] in _AROUND:
                k += 1  # "3 May at about 7am"
            around = low[k] in _AROUND  # "Friday at about 5 pm": an approximate clock
            if low[k] in ("at", "around", "about"):
                k += 1
            later = self.clock_time(k)
            if later is None:
                later = self.dotted_clock(k)
                if later is not None and _date_in_doubt(node, later[0], low[k - 1]):
                    return None  # "Tuesday 10.05": 10 May as much as 10:05
            if later is not None:
                found, m = later
                if not isinstance(found, Clock):
                    return None
                found, m = self._part_after_clock(found, m)  # "… at 6:45 in the evening"
                # "Friday at midnight": as it ends; "Saturday 5 a.m.": the day is the clock's
                on_day = found._replace(base=node, day_first=True)
                return (VaguePart("around", on_day) if around else on_day), m
            part = vocab.PARTS_OF_DAY.get(low[j])
            if part is not None:
                if isinstance(node, Weekday) and not self.running_text:
                    dated = self._date_after_part(node, j + 1)
                    if dated is not None:  # "Friday evening, 3 October"
                        return self._at_hour(Clock(dated[0], part=part), dated[1])
                return self._at_hour(Clock(node, part=part), j + 1)
            if not self.running_text:
                return self._part_after_day(node, j)
            return None
        cue = self.cue(i)
        if cue is not None:
            which, j = cue
            part = vocab.PARTS_OF_DAY.get(low[j])
            if part is not None:
                offset = {"last": -1, "this": 0, "next": 1}[which]
                return self._at_hour(Clock(RelativeUnit(Grain.DAY, offset), part=part), j + 1)
            return None
        j = self.skip(i, "the")
        if low[j] in _SMALL_HOURS:
            return self._small_hours(j, j > i)
        part = vocab.PARTS_OF_DAY.get(low[j])
        if part is None or low[j] == "overnight":
            return None
        day = self.day_ref(j + 2 if low[j + 1] == "of" else j + 1)
        if day is not None:  # "the morning of October 3", "afternoon yesterday"
            named, after = Clock(day[0], part=part), day[1]
        else:
            named, after = Clock(None, part=part), j + 1
        if self.running_text:
            return named, after
        return self._at_hour(named, after)  # "the afternoon of May 3 at 15:10"

    def _part_after_day(self, day: Node, j: int) -> Result:
        """A part of the day written after the day, in a whole phrase: "3 May in the
        evening", "Friday the 19th in the afternoon", "4 October early morning",
        "Monday late in the evening"."""
        low = self.low
        edge = low[j] if low[j] in ("early", "late") else None
        k = j + 1 if edge is not None else j
        m = self.words(k, ("in", "the"))
        if m > 0:
            k = m
        part = vocab.PARTS_OF_DAY.get(low[k])
        if part is None or low[k] == "overnight" or (edge is None and m < 0):
            return None
        clock = Clock(day, part=part)
        if edge is not None:
            return VaguePart(edge, clock), k + 1
        return self._at_hour(clock, k + 1)

    def _small_hours(self, j: int, article: bool) -> Result:
        """The hours after midnight: "the early hours of Sunday", "the small hours of 3
        May", "the wee small hours", "the early morning hours", "… of the morning".

        Without "the" the words must name their day ("early hours of Sunday": "worked
        early hours" is no time), and an "of" that names no day is another thing's first
        hours ("the early hours of trading"), not the night's.
        """
        low = self.low
        k = j + 1
        if low[j] == "wee" and low[k] == "small":
            k += 1
        if low[j] == "early" and low[k] == "morning":
            k += 1
        if low[k] != "hours":
            return None
        k += 1
        m = self.skip(k, "of") if low[k] == "of" else self.skip(k, "on")
        day = self.day_ref(m)
        if day is not None:
            node, e = day
            return Clock(node, part=SMALL_HOURS), self.skip(e, "morning")
        if not article:
            return None
        morning = self.words(k, ("of", "the", "morning"))
        if morning > 0:
            return Clock(None, part=SMALL_HOURS), morning
        if low[k] == "of":
            return None
        return Clock(None, part=SMALL_HOURS), k

    def _at_hour(self, clock: Clock, j: int) -> Result:
        """A part of a day then "at" a bare hour: "tonight at 9", "Friday evening at 7:30".

        The part says which half of the day the hour is in: an afternoon, evening or night
        hour before 12 is p.m.
        """
        if self.low[j] != "at":
            return clock, j
        k = j + 1
        if self.low[k] in _AROUND:
            k += 1  # "Friday evening at about 7": approximate, as "about 7" is
            found = self._at_hour_from(clock, j, k)
            if found is None or found[0] is clock:
                return clock, j
            return VaguePart("around", found[0]), found[1]
        return self._at_hour_from(clock, j, k)

    def _at_hour_from(self, clock: Clock, j: int, k: int) -> Result:
        """The bare hour at token ``k`` in ``clock``'s part of the day (see
        :meth:`_at_hour`); ``(clock, j)`` when none is there."""
        hour = self.number(k) if self.kind[k] == "NUMBER" and len(self.low[k]) <= 2 else None
        if hour is None:
            hour = _HOUR_WORDS.get(self.low[k])
        # an hour of the 24-hour clock must fall in the part: "the afternoon at 15:10"
        late = hour is not None and 13 <= hour <= 23 and clock.part in _LATE_PARTS
        if hour is None or not (1 <= hour <= 12 or late):
            return clock, j
        minute = 0
        m = k + 1
        dotted = (  # "evening at 22.15", in a whole phrase
            self.kind[m] == "DOT" and not self.running_text and self.number(m + 1, 2) is not None
        )
        if (self.kind[m] == "COLON" or dotted) and not self.spaced[m] and not self.spaced[m + 1]:
            value = self.number(m + 1, 2)
            if value is None or value > 59:
                return clock, j
            minute, m = value, m + 2
        if self.low[m] in _MERIDIEM_STARTS and self.meridiem(m) is not None:
            return clock, j  # "tonight at 9 p.m.": the clock time rule reads it
        if clock.part == "NI" and not late and (hour == 12 or hour < _NIGHT_PM_FROM):
            return self._night_hour(clock, hour, minute, m)
        if clock.part in _LATE_PARTS and hour < 12 and not late:
            hour += 12
        elif clock.part == "MO" and hour == 12:
            return clock, j
        return Clock(clock.base, hour, minute), self._zone(m)

    def _night_hour(self, clock: Clock, hour: int, minute: int, m: int) -> Result:
        """A night "at" 12 or at an hour of the small hours: "tonight at 12" is the
        night's midnight, the end of its day; "Friday night at 2" is 02:00 of the day after
        the night's (a night is dated by the evening it starts on)."""
        day = clock.base if clock.base is not None else RelativeUnit(Grain.DAY, 0)
        if hour == 12:
            if minute:
                return Clock(Shifted(day, _ONE_DAY, 1, ahead=False), 0, minute), self._zone(m)
            return Clock(day, 0, 0, midnight=True), self._zone(m)
        return Clock(Shifted(day, _ONE_DAY, 1, ahead=False), hour, minute), self._zone(m)

    def _part_after_clock(self, node: Clock, j: int) -> tuple[Clock, int]:
        """A clock time then the part of the day it is in: "6:45 in the evening" (p.m.),
        "10 at night"."""
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
        return node._replace(hour=hour), j

    def _date_after_part(self, weekday: Weekday, j: int) -> tuple[CalendarDate, int] | None:
        """The date after a weekday's part of the day, in a whole phrase: "Friday evening,
        3 October" is the evening of a Friday 3 October."""
        k = self.skip_kind(j, "COMMA")
        found = self.longest(k, (self.month_day, self.day_month))
        if found is None:
            return None
        date, end = found
        if not isinstance(date, CalendarDate) or date.grain is not Grain.DAY or weekday.cue:
            return None
        named = CalendarDate(date.grain, date.year, date.month, date.day, weekday=weekday.weekday)
        return named, end

    def _clock_then_day(self, clock: tuple[Node, int]) -> Result:
        node, j = clock
        if not isinstance(node, Clock):
            return None
        low = self.low
        node, j = self._part_after_clock(node, j)
        k = self.skip_kind(j, "COMMA")
        k = self.skip(k, "on")
        day = self.day_ref(k)
        if day is not None:
            return node._replace(base=day[0]), day[1]
        cue = self.cue(k)
        if cue is not None and low[cue[1]] in vocab.PARTS_OF_DAY:
            offset = {"last": -1, "this": 0, "next": 1}[cue[0]]
            return node._replace(base=RelativeUnit(Grain.DAY, offset), second=None), cue[1] + 1
        if low[k] == "tonight":
            return node._replace(base=RelativeUnit(Grain.DAY, 0), second=None), k + 1
        return node._replace(midnight=False), j  # "at midnight" alone: no day to end

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


def _date_in_doubt(day: Node, clock: Node, before: str) -> bool:
    """Whether a dotted figure right after a weekday may be a day and month ("Tuesday
    10.05"), as European writers date: a minute of 12 or less, no "at" before it."""
    return (
        isinstance(day, Weekday)
        and isinstance(clock, Clock)
        and before != "at"
        and clock.minute is not None
        and 1 <= clock.minute <= 12
        and 1 <= (clock.hour or 0) <= 31
    )


#: First tokens of a time of day ("10:30", "noon", "tonight", "Tuesday evening", …).
#: The words that open "the early hours", "the small hours", "the wee (small) hours".
_SMALL_HOURS: Final = frozenset({"early", "small", "wee"})
TIME_STARTS: Final = frozenset(
    {"#N2", "#N4", "tonight", "the", *vocab.TIME_POINTS, *vocab.PARTS_OF_DAY, *_SMALL_HOURS}
    | SPOKEN_CLOCK_STARTS
    | CUE_STARTS
    | CALENDAR_STARTS
)
#: First tokens of a vague part ("early", "mid-", "the end of", "around", …).
VAGUE_STARTS: Final = frozenset(
    {"the", "early", "mid", "late", "year", "month", *_MID_WORDS, *_EDGE_WORDS, *_HALVES} | _AROUND
)
#: First tokens of a partial unit ("earlier this month").
PARTIAL_STARTS: Final = frozenset({"earlier", "later"})
