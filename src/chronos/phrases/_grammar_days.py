"""Grammar rules for days counted inside a larger unit, weekdays of a named week, days
shifted from a day, and years of an era.

- ``nth_day``: "the second Monday of March", "the last Friday of 2024", "the last day of
  2019", "the first day of the month", "the 15th of next month", "on the 12th";
- ``weekday_day``: "Friday the 13th", "Thursday, the 12th", "Sat. 3rd";
- ``day_in_week``: "Thursday of next week", "Tuesday this week", "next week's Tuesday";
- ``shifted_day``: "a week from Friday", "two weeks from tomorrow", "Monday after next",
  "Friday week";
- ``era_date``: "323 BC", "AD 79", "79 CE", "the 5th century BC", "the first century AD";
- ``numbered_week``: "week 12 of 2024", "the 12th week of 2024", "calendar week 3".

They complete the calendar anchors of :mod:`chronos.phrases._grammar_dates`: the calendar
table built here holds both, so a counted day can take a clock time ("at 9 a.m. on the
first Monday of March") or end a range. Each rule's docstring opens with its grammar line.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_amounts import EVERY_MONTH_TAILS
from chronos.phrases._grammar_base import Dispatch, Result, dispatch
from chronos.phrases._grammar_dates import DATE_RULES, DateRules
from chronos.phrases._grammar_nodes import (
    Amount,
    CalendarDate,
    DayInWeek,
    EraDate,
    Node,
    NthDay,
    RelativeUnit,
    Shifted,
    Weekday,
)
from chronos.time import Grain

__all__ = ["CALENDAR_RULES", "CALENDAR_STARTS", "DayRules"]

# Counts from the end of a month or a year.
_FROM_END: Final[dict[str, int]] = {"last": -1, "final": -1, "penultimate": -2}
# The most days a month and a year hold.
_MONTH_MOST: Final = 31
_YEAR_MOST: Final = 366
# Words before a bare "the 12th" in running text that make it a day ("on the 12th").
_BEFORE_BARE_DAY: Final = frozenset(
    {"on", "by", "until", "till", "since", "before", "after", "from", "through", "thru"}
)
# Words before a bare "the 12th" that make it the day a clause names: a copula ("it's the
# 29th", "today is the 9th", "it will be the 3rd") or "it" ("is it the 9th?", "make it the
# 10th").
_COPULAS: Final = frozenset({"is", "was", "s", "be", "it"})
# Words after a bare ordinal that other rules read ("the 12th of March", "the 5th century").
_NOT_AFTER_BARE_DAY: Final = frozenset({"of", "day", "century", "week", "month"})
# The words that may follow a bare "the 12th" in running text: any other word makes it an
# ordinal of something else ("the 25th anniversary").
_AFTER_BARE_DAY: Final = frozenset(
    {"at", "and", "or", "to", "through", "until", "till", "when", "already", "then", "instead"}
)
_WEEK: Final = Amount(Fraction(1), "weeks", 1, Grain.WEEK)
# Era words: (BC?, may stand before the year).
_ERAS: Final[dict[str, tuple[bool, bool]]] = {
    "bc": (True, False),
    "bce": (True, False),
    "ad": (False, True),
    "ce": (False, False),
}


class DayRules(DateRules):
    """Rules for counted days, weekdays of a week, shifted days and era years."""

    def _count(self, i: int) -> tuple[int, int] | None:
        """count := ORDINAL | ORDINAL_WORD | ("twenty" | "thirty") "-"? ORDINAL_WORD
        | "last" | "final" | "penultimate"   (negative: from the end)"""
        low = self.low[i]
        back = _FROM_END.get(low)
        if back is not None:
            return back, i + 1
        if self.kind[i] == "ORDINAL":
            digits = low[:-2]
            if len(digits) <= 3 and 1 <= int(digits) <= _YEAR_MOST:
                return int(digits), i + 1
            return None
        if self.kind[i] == "NUMBER":
            return None
        return self.day_number(i)

    def _month_or_year(self, i: int) -> tuple[Node, Grain, int] | None:
        """A month or a year a day is counted in: "March", "March 2024", "2019", "next month",
        "this year", "the month", "the year"."""
        low = self.low
        if low[i] == "the" and low[i + 1] in ("month", "year"):
            grain = Grain.MONTH if low[i + 1] == "month" else Grain.YEAR
            return RelativeUnit(grain, 0), grain, i + 2
        found = self.calendar(i)
        if found is None:
            return None
        node, j = found
        if isinstance(node, CalendarDate) and node.grain in (Grain.MONTH, Grain.YEAR):
            return node, node.grain, j
        if (
            isinstance(node, RelativeUnit)
            and node.grain in (Grain.MONTH, Grain.YEAR)
            and not node.weekend
            and not node.pick
        ):
            return node, node.grain, j
        return None

    def nth_day(self, i: int) -> Result:
        """nth_day := "the"? count (WEEKDAY "."? | "day") ("of" | "in") month_or_year
        | "the" count "of" ("the" ("month" | "year") | cue ("month" | "year"))
        | "the" ORDINAL   (a day of the month the context picks: "on the 12th")"""
        low = self.low
        j = self.skip(i, "the")
        if j == i and self.running_text:
            return None  # "every second Monday of the month" is a recurrence
        if j > i:
            monthly = self.monthly_weekday(j, EVERY_MONTH_TAILS, tail_needed=True)
            if monthly is not None:
                return monthly  # "the first Monday of every month"
        count = self._count(j)
        if count is None:
            return None
        ordinal, k = count
        weekday = self.lookup(k, vocab.WEEKDAYS)
        day_word = low[k] == "day"
        if weekday is not None:
            k = self.abbreviation_dot(k + 1)
        elif day_word:
            k += 1
        elif (
            j > i
            and ordinal > 0
            and self.kind[j] == "ORDINAL"
            and low[k] not in _NOT_AFTER_BARE_DAY
            and ordinal <= _MONTH_MOST
        ):
            return self._bare_day(i, ordinal, k)
        if low[k] not in ("of", "in") or (j == i and weekday is None and not day_word):
            return None
        base = self._month_or_year(k + 1)
        if base is None:
            return None
        node, grain, end = base
        if weekday is None and not day_word and not isinstance(node, RelativeUnit):
            return None  # "the 12th of March" is a day of a named month: read by day_month
        if weekday is not None:
            if not 1 <= abs(ordinal) <= 5:
                return None
        elif abs(ordinal) > (_MONTH_MOST if grain is Grain.MONTH else _YEAR_MOST):
            self.report(j, f"no such day: a {grain.value} has no day {abs(ordinal)}")
            return None
        return NthDay(node, ordinal, weekday), end

    def _bare_day(self, i: int, day: int, k: int) -> Result:
        """ "the 12th" alone: in running text only where the words before it make it a date —
        a preposition ("on the 12th"), a copula ("it's the 29th", "is it the 9th?") or "or"
        and "and" after a day so read ("on the 9th or the 16th")."""
        if self.running_text and (
            not self._day_before(i)
            or (self.kind[k] == "WORD" and self.low[k] not in _AFTER_BARE_DAY)
        ):
            return None
        return NthDay(None, day), k

    def _day_before(self, i: int) -> bool:
        """Whether the words before "the" at ``i`` make a bare ordinal after it a day."""
        if i == 0:
            return False
        before = self.low[i - 1]
        if before in _BEFORE_BARE_DAY or before in _COPULAS:
            return True
        # "the 9th or the 16th": the second day of a pair whose first was read as one
        return (
            before in ("or", "and")
            and i >= 4
            and self.kind[i - 2] == "ORDINAL"
            and self.low[i - 3] == "the"
            and self._day_before(i - 3)
        )

    def weekday_day(self, i: int) -> Result:
        """weekday_day := WEEKDAY "."? ","? ("the" day | ORDINAL)   (not "of" or a month after)

        The day of a month that falls on the weekday: "Friday the 13th", "Thursday, the
        12th", "Sat. 3rd". A bare number ("Monday 3") is read only as the whole of a
        phrase: in running text it counts too much else ("Monday 3 people died")."""
        weekday = self.lookup(i, vocab.WEEKDAYS)
        if weekday is None:
            return None
        j = self.skip_kind(self.abbreviation_dot(i + 1), "COMMA")
        if self.low[j] == "the":
            found = self.day_number(j + 1)
            if found is None or self.kind[j + 1] == "NUMBER":
                return None
        elif self.kind[j] == "ORDINAL":
            found = self.day_number(j)
        elif self.kind[j] == "NUMBER" and not self.running_text and self.n <= j + 2:
            found = self.day_number(j)  # "Saturday 27", the whole phrase
            if found is None or (found[1] < self.n and self.low[found[1]] not in (".", ")")):
                return None
        else:
            return None
        if found is None:
            return None
        day, k = found
        after = self.low[k]
        if after in _NOT_AFTER_BARE_DAY or self.lookup(k, vocab.MONTHS) is not None:
            return None  # "Friday the 13th of March" is a weekday_date
        if self.running_text and self.kind[k] == "WORD" and after not in _AFTER_BARE_DAY:
            return None  # "Monday, the 25th anniversary"
        return NthDay(None, day, weekday), k

    def day_in_week(self, i: int) -> Result:
        """day_in_week := WEEKDAY "."? "of"? cue "week" | cue "week" "'" "s" WEEKDAY"""
        low = self.low
        weekday = self.lookup(i, vocab.WEEKDAYS)
        if weekday is not None:
            j = self.abbreviation_dot(i + 1)
            j = self.skip(j, "of")
            week = self._cued_week(j)
            if week is None:
                return None
            return DayInWeek(weekday, week[0]), week[1]
        week = self._cued_week(i)
        if week is None:
            return None
        node, j = week
        if self.kind[j] != "APOSTROPHE" or low[j + 1] != "s":
            return None
        weekday = self.lookup(j + 2, vocab.WEEKDAYS)
        if weekday is None:
            return None
        return DayInWeek(weekday, node), self.abbreviation_dot(j + 3)

    def _cued_week(self, i: int) -> tuple[Node, int] | None:
        """ "next week", "last week", "this week", "the coming week"."""
        found = self.cue(i)
        if found is None or self.low[found[1]] != "week":
            return None
        offset = {"last": -1, "this": 0, "next": 1}[found[0]]
        return RelativeUnit(Grain.WEEK, offset), found[1] + 1

    def shifted_day(self, i: int) -> Result:
        """shifted_day := amount "from" day | "the"? WEEKDAY ("after" "next" | "before"
        "last") | WEEKDAY "week" (day: a weekday, "today", "tomorrow", "yesterday" or a
        dated day)"""
        low = self.low
        the = self.skip(i, "the")
        weekday = self.lookup(the, vocab.WEEKDAYS)
        if weekday is not None:
            j = self.abbreviation_dot(the + 1)
            for words, cue, sign in (
                (("after", "next"), "next", 1),
                (("before", "last"), "last", -1),
            ):
                k = self.words(j, words)
                if k > 0 and not self.names_a_time(k):  # not "after next week's vote"
                    return Shifted(Weekday(weekday, cue), _WEEK, sign), k
            if the > i:
                return None
            if low[j] == "week" and not (self.kind[j + 1] == "DASH" and not self.spaced[j + 1]):
                return Shifted(Weekday(weekday), _WEEK), j + 1
            return None
        found = self.amount(i)
        if found is None:
            return None
        amount, j = found
        if amount.number is None or low[j] != "from" or low[j + 1] == "now":
            return None
        day = self.calendar(j + 1)
        if day is None:
            return None
        node, k = day
        if isinstance(node, Weekday) and node.cue is None:
            return Shifted(node, amount), k
        if isinstance(node, RelativeUnit) and node.grain is Grain.DAY and node.offset != 0:
            return Shifted(node, amount), k
        if isinstance(node, CalendarDate) and node.grain is Grain.DAY:
            return Shifted(node, amount), k
        return None

    def era_date(self, i: int) -> Result:
        """era_date := YEAR_DIGITS ERA | ERA YEAR_DIGITS | "the"? count "-"? "century" ERA
        (ERA: "BC", "B.C.", "BCE", "B.C.E.", "AD", "A.D.", "CE", "C.E."; upper case in running
        text; YEAR_DIGITS: one to four digits, or "2,500")"""
        low = self.low
        era = self._era(i)
        if era is not None:
            (bc, before), j = era
            if not before:
                return None
            year = self._era_year(j)
            if year is None:
                return None
            return EraDate(year[0], bc), year[1]
        year = self._era_year(i)
        if year is not None:
            value, j = year
            era = self._era(j)
            if era is None:
                return None
            (bc, _), k = era
            return EraDate(value, bc), k
        j = self.skip(i, "the")
        count = self.day_number(j)
        if count is None or self.kind[j] == "NUMBER":
            return None
        n, k = count
        k = self.skip_kind(k, "DASH")
        if low[k] != "century":
            return None
        era = self._era(k + 1)
        if era is None:
            return None
        (bc, _), m = era
        return EraDate(None, bc, n), m

    def numbered_week(self, i: int) -> Result:
        """numbered_week := "calendar"? "week" NUMBER{1,2} ("of" | ",")? year_spec
        | "the" ORD "week" ("of" | "in") year_spec

        An ISO week by its number. Without a year ("week 12", "the 12th week") only a whole
        phrase reads: in running text a week number counts a season or a pregnancy as often
        as the calendar."""
        low = self.low
        j = self.skip(i, "calendar")
        if low[j] == "week":
            number = self.number(j + 1) if len(low[j + 1]) <= 2 else None
            k = j + 2
        elif low[i] == "the" and j == i:
            count = self._count(i + 1)
            if count is None or count[0] < 1 or low[count[1]] != "week":
                return None
            number, k = count[0], count[1] + 1
        else:
            return None
        if number is None or not 1 <= number <= 53:
            return None
        m = k + 1 if low[k] in ("of", "in") or self.kind[k] == "COMMA" else k
        year = self.year_spec(m)
        if year is not None:
            value = year[0].value
            if value is not None and not year[0].two_digit:
                weeks = date(value, 12, 28).isocalendar()[1]  # 28 December: the last week
                if number > weeks:
                    at = k - 1 if low[j] == "week" else i + 1  # under the number
                    self.report(at, f"no such week: {value} has {weeks} weeks")
                    return None
            return CalendarDate(Grain.WEEK, year[0], ordinal=number), year[1]
        if self.running_text:
            return None
        return CalendarDate(Grain.WEEK, None, ordinal=number), k

    def _era_year(self, i: int) -> tuple[int, int] | None:
        """One to four digits, or thousands written "2,500"; never 0."""
        if self.kind[i] != "NUMBER":
            return None
        text = self.low[i]
        j = i + 1
        if (
            len(text) == 1
            and self.kind[j] == "COMMA"
            and not self.spaced[j]
            and self.kind[j + 1] == "NUMBER"
            and len(self.low[j + 1]) == 3
            and not self.spaced[j + 1]
        ):
            text += self.low[j + 1]
            j += 2
        if len(text) > 4 or text.startswith("0"):
            return None
        return int(text), j

    def _era(self, i: int) -> tuple[tuple[bool, bool], int] | None:
        """An era word, plain ("BC") or with stops ("B.C.", "A.D.", "B.C.E.")."""
        low, tokens = self.low, self.tokens
        if i >= self.n:
            return None
        word = low[i]
        if self.running_text and not tokens[i].text.isupper():
            return None
        era = _ERAS.get(word)
        if era is not None:
            return era, self.abbreviation_dot(i + 1)
        # Letters with stops: "B.C.", "A.D.", "B.C.E.", "C.E."
        letters = ""
        j = i
        while len(letters) < 3 and self.kind[j] == "WORD" and len(low[j]) == 1:
            if j > i and self.spaced[j]:
                break
            if self.kind[j + 1] != "DOT" or self.spaced[j + 1]:
                break
            letters += low[j]
            j += 2
        era = _ERAS.get(letters)
        if era is None or j == i:
            return None
        if self.running_text and not all(tokens[k].text.isupper() for k in range(i, j, 2)):
            return None
        return era, j


#: First tokens of each rule.
NTH_DAY_STARTS: Final = frozenset(
    {"the", "#ORDINAL", "twenty", "thirty", *_FROM_END, *vocab.ORDINALS}
)
DAY_IN_WEEK_STARTS: Final = frozenset({"this", "the", *vocab.CUES, *vocab.WEEKDAYS})
SHIFTED_STARTS: Final = frozenset(
    {"a", "an", "one", "the", "#N2", "#NUMBER", *vocab.CARDINALS, *vocab.WEEKDAYS}
)
ERA_STARTS: Final = frozenset(
    {"#N2", "#N4", "#NUMBER", "the", "#ORDINAL", "ad", "a", *vocab.ORDINALS}
)

#: The calendar anchors: the dates' rules and these.
CALENDAR_RULES: Final[Dispatch] = dispatch(
    [
        *DATE_RULES,
        (DayRules.nth_day, NTH_DAY_STARTS),
        (DayRules.weekday_day, vocab.WEEKDAYS),
        (DayRules.day_in_week, DAY_IN_WEEK_STARTS),
        (DayRules.shifted_day, SHIFTED_STARTS),
        (DayRules.era_date, ERA_STARTS),
        (DayRules.numbered_week, {"calendar", "week", "the"}),
    ]
)
#: Every first token a calendar anchor can start with.
CALENDAR_STARTS: Final = frozenset(CALENDAR_RULES)
DayRules.calendar_rules = CALENDAR_RULES
