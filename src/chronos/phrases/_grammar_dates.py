"""Grammar rules for calendar anchors: dates, months, weekdays, holidays, relative days,
cued units ("last week", "next August") and weeks of a day or month, and the table of every
calendar rule with the first tokens that start it.

Each rule's docstring opens with its grammar line, in the terms of
:mod:`chronos.phrases._grammar_periods` (``YEAR``, ``DAY``, ``MONTH``), which reads the years
and the periods named by them (quarters, halves, seasons, decades, centuries) and the pieces
these rules are built of.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._countries import COUNTRY_NAMES
from chronos.phrases._grammar_amounts import LONG_WORDS
from chronos.phrases._grammar_base import NUMBERS, Dispatch, Result
from chronos.phrases._grammar_nodes import (
    CalendarDate,
    Clock,
    Holiday,
    NumericDate,
    Range,
    RelativeUnit,
    Weekday,
    WeekIn,
    YearRef,
)
from chronos.phrases._grammar_periods import (
    CUE_OFFSET,
    HALF_ORDINALS,
    QUARTER_ORDINALS,
    PeriodRules,
)
from chronos.time import Grain, calendar as cal

__all__ = [
    "AMOUNT_STARTS",
    "CUE_STARTS",
    "DATE_RULES",
    "DateRules",
]

_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Units a cue word can pick ("last week", "this quarter") -> grain.
_CUED_UNITS: Final[dict[str, Grain]] = {
    "day": Grain.DAY,
    "week": Grain.WEEK,
    "weekend": Grain.WEEK,
    "month": Grain.MONTH,
    "quarter": Grain.QUARTER,
    "year": Grain.YEAR,
    "decade": Grain.DECADE,
    "century": Grain.CENTURY,
}
# The units "the … after next" and "the … before last" count two away from the reference's.
_TWO_AWAY: Final = frozenset({Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR})
_WEEK_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": -1,
    "final": -1,
}
# The words before a holiday that is a month, and those holidays: "the month of Ramadan".
_MONTH_OF: Final = (
    ("the", "month", "of"),
    ("the", "holy", "month", "of"),
    ("the", "fasting", "month", "of"),
    ("the", "islamic", "month", "of"),
)
_HOLIDAY_MONTHS: Final = frozenset({"ramadan"})
# Capitalised words before a holiday that are not names ("During Ramadan").
_NOT_NAMES: Final = frozenset(
    {phrase[0] for phrase in vocab.SIGNALS} | vocab.DETERMINERS | set(vocab.CUES) | {"and", "or"}
)


class DateRules(PeriodRules):
    """Rules for calendar anchors at the grain of a day or coarser."""

    _calendar_memo: dict[int, Result]
    #: The table :meth:`calendar` dispatches on (set by the class that completes it).
    calendar_rules: ClassVar[Dispatch]

    # -- pieces -------------------------------------------------------------------------

    def _check_day(self, at: int, month: int, day: int, year: YearRef | None) -> bool:
        """Whether ``day`` exists in ``month`` (of ``year`` when known); else report it."""
        most = _MONTH_DAYS[month - 1]
        if month == 2 and year is not None and year.value is not None and not year.two_digit:
            y = year.value
            most = 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
        if day <= most:
            return True
        where = cal.MONTH_NAMES[month - 1]
        if year is not None and year.value is not None and not year.two_digit:
            where += f" {year.value}"
        self.report(at, f"no such day: {where} has {most} days")
        return False

    def _year_after(self, i: int) -> tuple[YearRef | None, int]:
        """An optional year after a date: [","] YEAR."""
        j = self.skip_kind(i, "COMMA")
        found = self.year_number(j)
        if found is None:
            return None, i
        return found

    # -- dates --------------------------------------------------------------------------

    def calendar(self, i: int) -> Result:
        """calendar := iso_date | numeric_date | day_month | month_day | month_year
        | weekday_date | weekday | year | named_period | season | decade | century | relative_day
        | cued | holiday | week_in"""
        memo = self._calendar_memo
        if i in memo:
            return memo[i]
        found = self.dispatched(i, self.calendar_rules)
        memo[i] = found
        return found

    def iso_date(self, i: int) -> Result:
        """iso_date := NUMBER{4} "-" NUMBER{2} ("-" NUMBER{2} ("T" NUMBER{2} ":" NUMBER{2})?)?
        | NUMBER{8}   (no spaces inside)"""
        low, kind = self.low, self.kind
        if kind[i] != "NUMBER":
            return None
        text = low[i]
        if len(text) == 8 and "1000" <= text[:4] <= "2999":
            month, day = int(text[4:6]), int(text[6:])
            if 1 <= month <= 12 and 1 <= day <= 31:
                year = YearRef(value=int(text[:4]))
                if self._check_day(i, month, day, year):
                    return CalendarDate(Grain.DAY, year, month, day), i + 1
            return None
        if len(text) != 4 or not "1000" <= text <= "2999":
            return None
        if low[i + 1] in ("/", ".") and not self.spaced[i + 1]:
            return self._year_first(i)
        if not (low[i + 1] == "-" and not self.spaced[i + 1] and not self.spaced[i + 2]):
            return None
        month_number = self.number(i + 2, 2)
        if month_number is None or not 1 <= month_number <= 12:
            return None
        year = YearRef(value=int(text))
        if not (low[i + 3] == "-" and not self.spaced[i + 3] and not self.spaced[i + 4]):
            return CalendarDate(Grain.MONTH, year, month_number), i + 3
        day_number = self.number(i + 4, 2)
        if day_number is None or day_number < 1:
            return None
        if not self._check_day(i + 4, month_number, day_number, year):
            return None
        date = CalendarDate(Grain.DAY, year, month_number, day_number)
        j = i + 5
        if low[j] == "t" and not self.spaced[j] and not self.spaced[j + 1]:
            hour = self.number(j + 1, 2)
            minute = self.number(j + 3, 2)
            if (
                hour is not None
                and hour < 24
                and kind[j + 2] == "COLON"
                and minute is not None
                and minute < 60
            ):
                return Clock(date, hour, minute, day_first=True), j + 4
        return date, j

    def _year_first(self, i: int) -> Result:
        """year_first := NUMBER{4} SEP NUMBER{1,2} SEP NUMBER{1,2}   (SEP "/" or ".", the
        same both times, no spaces: "2024/10/25", "2031/4/9", "2024.10.25")

        The year first, then the month, then the day, as in ISO and as East Asian and
        Scandinavian writers often put it. Only a whole day is read ("2019/20" is a season
        or fiscal year, not a month), and the dotted form only in a whole phrase, since in
        running text "2023.10.1" is as often a version number.
        """
        low, kind = self.low, self.kind
        sep = low[i + 1]
        if sep == "." and self.running_text:
            return None
        if low[i + 3] != sep or any(self.spaced[k] for k in range(i + 1, i + 5)):
            return None
        month, day = self.number(i + 2), self.number(i + 4)
        if month is None or day is None or len(low[i + 2]) > 2 or len(low[i + 4]) > 2:
            return None
        if low[i + 5] == sep or kind[i + 5] == "NUMBER" or not (1 <= month <= 12 and day >= 1):
            return None  # "2024/10/25/1": a path or a code
        year = YearRef(value=int(low[i]))
        if not self._check_day(i + 4, month, day, year):
            return None
        return CalendarDate(Grain.DAY, year, month, day), i + 5

    def numeric_date(self, i: int) -> Result:
        """numeric_date := NUMBER{1,2} SEP NUMBER{1,2} SEP (NUMBER{4} | NUMBER{2})
        (SEP one of "/", ".", "-", the same both times; no spaces inside)"""
        kind, low = self.kind, self.low
        sep = low[i + 1]
        if sep not in ("/", ".", "-"):
            return None
        first = self.number(i)
        if first is None or len(low[i]) > 2:
            return None
        second = self.number(i + 2)
        if second is not None and len(low[i + 2]) <= 2 and low[i + 3] != sep:
            return self._month_day_slash(i, first, second)
        if second is None or len(low[i + 2]) > 2 or low[i + 3] != sep:
            return None
        if any(self.spaced[k] for k in range(i + 1, i + 5)) or kind[i + 4] != "NUMBER":
            return None
        text = low[i + 4]
        if len(text) == 4 and "1000" <= text <= "2999":
            year = YearRef(value=int(text))
        elif len(text) == 2:
            year = YearRef(value=int(text), two_digit=True)
        else:
            return None
        if not 1 <= first <= 31 or not 1 <= second <= 31 or (first > 12 and second > 12):
            return None
        return NumericDate(first, second, year), i + 5

    def _month_day_slash(self, i: int, first: int, second: int) -> Result:
        """A slash date without its year ("6/20", "20/6"): a day of a year-less month, read
        only when one number cannot be a month, so the order is not in doubt ("3/4" may
        be a fraction, and is not read). In running text only after a preposition that
        dates it ("on 6/20", "by 20/6"), and never "24/7", the idiom."""
        if self.low[i + 1] != "/" or self.spaced[i + 1] or self.spaced[i + 2]:
            return None
        if self.kind[i + 3] in ("SLASH", "NUMBER", "ORDINAL") or self.low[i + 3] in ("%", "of"):
            return None  # "15/8%", "by 14/3 of members": a share
        if (first, second) == (24, 7):
            return None  # "24/7": all the time, an idiom
        if self.running_text and not self._dated_slash(i):
            return None
        if first > 12 and 1 <= second <= 12:
            month, day = second, first
        elif second > 12 and 1 <= first <= 12:
            month, day = first, second
        else:
            return None
        if day > _MONTH_DAYS[month - 1]:  # 29 February may be meant: a leap year's
            return None
        return CalendarDate(Grain.DAY, None, month, day), i + 3

    def _dated_slash(self, i: int) -> bool:
        """Whether what comes before a slash date without its year at ``i`` makes it a date
        in running text: a preposition that dates it ("on 6/20"), a weekday ("fri 6/20",
        "Friday, 6/20"), or the other end of a range of two ("from 6/20 to 6/25")."""
        low, kind = self.low, self.kind
        before = low[i - 1] if i > 0 else ""
        if before in _SLASH_DATE_SIGNALS:
            return True
        if before == "," and i > 1:
            before = low[i - 2]
        if before in vocab.WEEKDAYS:
            return True
        if (
            before in _SLASH_RANGE_WORDS
            and i >= 4
            and kind[i - 2] == "NUMBER"
            and low[i - 3] == "/"
            and kind[i - 4] == "NUMBER"
        ):
            return True
        return (
            low[i + 3] in _SLASH_RANGE_WORDS
            and kind[i + 4] == "NUMBER"
            and low[i + 5] == "/"
            and kind[i + 6] == "NUMBER"
        )

    def _last_day(self, i: int, first: int) -> tuple[int | None, int]:
        """An optional last day of a range after its first: ("-" | "to" | "and") DAY, later
        than ``first``; where it ends, or ``i`` without one."""
        if self.kind[i] == "DASH" or self.low[i] in ("to", "and"):
            other = self.day_number(i + 1)
            if other is not None and other[0] > first:
                return other
        return None, i

    def _days(
        self, at: int, month: int, first: int, last: int | None, year: YearRef | None, j: int
    ) -> Result:
        """The day ``first`` of ``month``, or the days ``first`` to ``last``, each checked to
        exist (a day that does not is reported at ``at``); the phrase ends at ``j``."""
        if not self._check_day(at, month, first, year):
            return None
        day = CalendarDate(Grain.DAY, year, month, first)
        if last is None:
            return day, j
        if not self._check_day(at, month, last, year):
            return None
        return Range(day, CalendarDate(Grain.DAY, year, month, last)), j

    def day_month(self, i: int) -> Result:
        """day_month := "the"? DAY ("-" DAY)? "of"? MONTH ([","] YEAR)?"""
        j = self.skip(i, "the")
        if j > i and self.kind[j] == "NUMBER":
            return None  # "the 26 October" is not English; "the 26th of October" is
        day = self.day_number(j)
        if day is None:
            return None
        first, j = day
        last, j = self._last_day(j, first)
        j = self.skip(j, "of")
        month = self.month(j)
        if month is None:
            return None
        number, j = month
        year, j = self._year_after(j)
        return self._days(i, number, first, last, year, j)

    def month_day(self, i: int) -> Result:
        """month_day := MONTH "the"? DAY ("-" DAY)? ([","] YEAR)?"""
        month = self.month(i)
        if month is None:
            return None
        number, j = month
        j = self.skip(j, "the")
        day = self.day_number(j)
        if day is None:
            return None
        first, j = day
        clock = self.kind[j] == "COLON" and self.kind[j + 1] == "NUMBER" and not self.spaced[j + 1]
        if clock or self.low[j] in vocab.MERIDIEMS or self.low[j] in ("a", "p"):
            return None  # "May 5 p.m.", "May 5:30" are not days of May ("on April 6:" is)
        last, j = self._last_day(j, first)
        year, j = self._year_after(j)
        at = day[1] - 1
        return self._days(at, number, first, last, year, j)

    def month_year(self, i: int) -> Result:
        """month_year := ("the" "month" "of")? MONTH ((","| "of")? year_spec)?

        "the month of May" is May, the words before it inside the extent."""
        if self.words(i, ("the", "month", "of")) > 0:
            i += 3
        month = self.month(i)
        if month is None:
            return None
        number, j = month
        k = j
        if self.kind[k] == "COMMA" or self.low[k] == "of":
            k += 1
        year = self.year_spec(k)
        if year is not None:
            return CalendarDate(Grain.MONTH, year[0], number), year[1]
        return CalendarDate(Grain.MONTH, None, number), j

    def weekday_date(self, i: int) -> Result:
        """weekday_date := cue? WEEKDAY "."? ","? (month_day | day_month | slash date
        without its year)"""
        cue = self.cue(i)
        at = i if cue is None else cue[1]
        weekday = self.lookup(at, vocab.WEEKDAYS)
        if weekday is None:
            return None
        after = self.abbreviation_dot(at + 1)
        j = self.skip_kind(after, "COMMA")
        if self.running_text and j == after and after < self.n and self._line_break(after):
            return None  # a headline ending "… until Friday" above its dateline
        found = self.longest(j, (self.month_day, self.day_month, self.numeric_date))
        if found is None:
            return None
        node, k = found
        if isinstance(node, CalendarDate):
            return CalendarDate(node.grain, node.year, node.month, node.day, weekday=weekday), k
        if isinstance(node, NumericDate):
            return node._replace(weekday=weekday), k  # "Friday 6/20/2025"
        return None

    def _line_break(self, i: int) -> bool:
        """Whether a line break comes between token ``i - 1`` and token ``i``."""
        return i > 0 and "\n" in self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def relative_day(self, i: int) -> Result:
        """relative_day := DAY_WORD | "the" "weekend"
        | "the" "day" ("before" "yesterday" | "after" "tomorrow")
        | "the" ("week" | "weekend" | "month" | "quarter" | "year") ("after" "next" |
        "before" "last")"""
        offset = vocab.DAY_WORDS.get(self.low[i])
        if offset is not None:
            return RelativeUnit(Grain.DAY, offset), i + 1
        unit = self.low[i + 1]
        grain = _CUED_UNITS.get(unit) if self.low[i] == "the" else None
        if grain is not None and grain in _TWO_AWAY:
            for words, offset in ((("after", "next"), 2), (("before", "last"), -2)):
                k = self.words(i + 2, words)
                if k > 0 and not self.names_a_time(k):  # "the week before last Tuesday"
                    return RelativeUnit(grain, offset, weekend=unit == "weekend"), k
        j = self.words(i, ("the", "weekend"))
        if j > 0:
            return RelativeUnit(Grain.WEEK, 0, weekend=True, pick=True), j
        j = self.words(i, ("the", "day", "before", "yesterday"))
        if j > 0:
            return RelativeUnit(Grain.DAY, -2), j
        j = self.words(i, ("the", "day", "after", "tomorrow"))
        if j > 0:
            return RelativeUnit(Grain.DAY, 2), j
        return None

    def cue(self, i: int) -> tuple[str, int] | None:
        """cue := "the"? ("last" | "past" | "previous" | "next" | "coming" | "current")
        | "this" ("past" | "coming")?"""
        low = self.low
        if low[i] == "this":
            if low[i + 1] in ("past", "last"):
                return "last", i + 2
            if low[i + 1] in ("coming", "next", "upcoming"):
                return "next", i + 2
            return "this", i + 1
        j = self.skip(i, "the")
        cue = vocab.CUES.get(low[j])
        if cue is None or low[j] == "this":
            return None
        if j > i and low[j] in ("previous", "preceding"):
            return None  # "the previous week" is relative to an event: an anaphor
        return cue, j + 1

    def cued(self, i: int) -> Result:
        """cued := cue ("fiscal"? UNIT | "weekend" | MONTH day? | WEEKDAY | SEASON)"""
        found = self.cue(i)
        if found is None:
            return None
        cue, j = found
        if self.low[j] == "fiscal" and self.low[j + 1] in ("year", "quarter"):
            j += 1  # "the current fiscal year", "last fiscal quarter": fiscal as "fiscal 2024"
        low = self.low[j]
        grain = _CUED_UNITS.get(low)
        if grain in (Grain.DECADE, Grain.CENTURY) and self.low[j - 1] == "past":
            return None  # "the past decade" is a stretch of time: a period
        if grain is not None:
            if grain is Grain.DAY:
                return None  # "this day", "the next day": not a calendar cue
            offset = CUE_OFFSET[cue]
            return RelativeUnit(grain, offset, weekend=low == "weekend"), j + 1
        month = self.lookup(j, vocab.MONTHS)
        if month is not None:
            k = self.abbreviation_dot(j + 1)
            if self.kind[k] in ("NUMBER", "ORDINAL") and self.low[k + 1] not in ("%", ":"):
                day = self.day_number(k)
                if day is not None:
                    # "last Oct. 23": that day in the month the cue names
                    return CalendarDate(Grain.DAY, None, month, day[0], cue=cue), day[1]
            return CalendarDate(Grain.MONTH, None, month, cue=cue), k
        weekday = self.lookup(j, vocab.WEEKDAYS)
        if weekday is not None:
            return Weekday(weekday, cue), self.abbreviation_dot(j + 1)
        season = vocab.SEASONS.get(self.low[j])  # after a cue, "fall" is the season
        if season is not None:
            return CalendarDate(Grain.SEASON, None, season=season, cue=cue), j + 1
        return None

    def holiday(self, i: int) -> Result:
        """holiday := country? cue? HOLIDAY ((","? year_spec) | "week")?

        A country before "Independence Day" says whose it is: "Pakistan's Independence
        Day", "Indian Independence Day" (:mod:`chronos.phrases._countries`). A holiday
        that is a month ("the month of Ramadan", "the holy month of Ramadan") takes those
        words inside its extent, as "the month of May" does."""
        for opener in _MONTH_OF:
            j = self.words(i, opener)
            if j > 0:
                found = self.one_of(j, vocab.HOLIDAYS)
                if found is not None and found[0] in _HOLIDAY_MONTHS:
                    return self.holiday(j)
        country = self.country(self.skip(i, "the"))
        if country is not None:
            code, j = country
            if self.kind[j] == "APOSTROPHE" and self.low[j + 1] == "s":
                j += 2
            if self.words(j, ("independence", "day")) < 0:
                return None
            found_day = self.holiday(j)
            if found_day is None:
                return None
            day, k = found_day
            if not isinstance(day, Holiday):
                return None
            return day._replace(key=f"{day.key}/{code}"), k
        historic = self.one_of(i, vocab.HISTORIC_DAYS)
        if historic is not None and (not self.running_text or self.tokens[i].text[:1].isupper()):
            ymd, after = historic  # "Black Monday": one day in history, the latest by then
            notes = ("historic:" + " ".join(self.low[i:after]),)
            return CalendarDate(Grain.DAY, YearRef(ymd[0]), ymd[1], ymd[2], notes=notes), after
        cue = self.cue(i)
        j = i if cue is None else cue[1]
        found = self.one_of(j, vocab.HOLIDAYS)
        if found is None:
            return None
        key, k = found
        if key == "ramadan" and self.running_text and self._after_name(j):
            return None  # "Tariq Ramadan": a surname
        if cue is None:
            year = self.year_spec(self.skip_kind(k, "COMMA"))
            if year is not None:
                return Holiday(key, year[0]), year[1]
        holiday = Holiday(key, None, None if cue is None else cue[0])
        if self.low[k] == "week":
            return WeekIn(holiday), k + 1  # "Easter week", "Christmas week": the week of it
        return holiday, k

    def country(self, i: int) -> tuple[str, int] | None:
        """country := a country's name or adjective ("Pakistan", "Indian", "the United
        States", "US"); in running text "US" only in capitals ("us" is a pronoun)."""
        found = self.one_of(i, COUNTRY_NAMES)
        if found is None:
            return None
        if self.low[i] == "us" and self.tokens[i].text != "US":
            return None
        return found

    def _after_name(self, i: int) -> bool:
        """Whether token ``i`` follows a capitalised word that is no function word: a name
        ("Tariq Ramadan"), not "During Ramadan"."""
        if i == 0 or self.kind[i - 1] != "WORD":
            return False
        before = self.tokens[i - 1].text
        return before[0].isupper() and before.lower() not in _NOT_NAMES

    def week_in(self, i: int) -> Result:
        """week_in := "the"? "week" "of" (day_ref | holiday)
        | "the"? (ORD | "last") "week" "of" calendar"""
        low = self.low
        j = self.skip(i, "the")
        index: int | None = None
        if low[j] != "week":
            index = _WEEK_ORDINALS.get(low[j])
            if index is None:
                return None
            j += 1
        if low[j] != "week" or low[j + 1] != "of":
            return None
        base = self.calendar(j + 2)
        if base is None and index is None:
            base = self.holiday(j + 2)  # "the week of Easter"
        if base is None:
            return None
        node = base[0]
        if isinstance(node, Holiday):
            return WeekIn(node, index), base[1]
        if index is None:
            is_day = isinstance(node, (Weekday, NumericDate)) or (
                isinstance(node, CalendarDate) and node.grain is Grain.DAY
            )
            if not is_day:
                return None
        elif not (isinstance(node, CalendarDate) and node.grain is Grain.MONTH):
            return None
        return WeekIn(node, index), base[1]

    def weekday(self, i: int) -> Result:
        """weekday := WEEKDAY "."?"""
        weekday = self.lookup(i, vocab.WEEKDAYS)
        if weekday is None:
            return None
        return Weekday(weekday), self.abbreviation_dot(i + 1)


# -- which first tokens can start which rule --------------------------------------------------

#: First tokens of a cue ("this", "the last", "next", …).
CUE_STARTS: Final = frozenset({"this", "the", *vocab.CUES})
_YEAR_STARTS: Final = frozenset({"#N4", "#APOSTROPHE", "eighteen", "nineteen", "twenty", "two"})
_DAY_STARTS: Final = frozenset({"#N2", "#ORDINAL", "twenty", "thirty", *vocab.ORDINALS})
_PERIOD_STARTS: Final = frozenset(
    {"q", "h", "#N2", "#ORDINAL", "the", "fiscal", *QUARTER_ORDINALS, *HALF_ORDINALS}
    | _YEAR_STARTS
    | CUE_STARTS
)
#: First tokens of an amount of time ("three", "a", "several", "more than", "years").
AMOUNT_STARTS: Final = frozenset(
    {
        *NUMBERS,
        "a",
        "an",
        "one",
        "single",
        "half",
        "several",
        "few",
        "many",
        "some",
        "numerous",
        "dozens",
        "hundreds",
        "couple",
        *vocab.CARDINALS,
        *vocab.UNITS,
        *LONG_WORDS,
    }
    | {phrase[0] for phrase in vocab.DURATION_MODS}
)

# The prepositions after which a slash date without its year is a date in running text.
_SLASH_DATE_SIGNALS: Final = frozenset(
    {"on", "by", "until", "till", "til", "from", "since", "before", "after", "due", "through"}
)
# The words between the two ends of a range of slash dates: "6/20 to 6/25", "6/20 till 6/25".
_SLASH_RANGE_WORDS: Final = frozenset({"to", "-", "–", "thru", "through", "till", "until"})

#: The rules for dates, with the first tokens each can start with; the calendar table
#: (:mod:`chronos.phrases._grammar_days`) adds the counted days to them.
DATE_RULES: Final[list[tuple[Callable[[Any, int], Result], Iterable[str]]]] = [
    (DateRules.iso_date, {"#N4", "#NUMBER"}),
    (DateRules.numeric_date, {"#N2"}),
    (DateRules.day_month, _DAY_STARTS | {"the"}),
    (DateRules.month_day, vocab.MONTHS),
    (DateRules.month_year, {*vocab.MONTHS, "the"}),
    (DateRules.weekday_date, vocab.WEEKDAYS.keys() | CUE_STARTS),
    (DateRules.weekday, vocab.WEEKDAYS),
    (DateRules.year, _YEAR_STARTS | {"the", "fiscal", "fy"}),
    # From a one- or two-digit number only "3Q" or "3Q24" reads as a named period.
    (DateRules.named_period, _PERIOD_STARTS - {"#N2"}),
    (DateRules.letter_period, {"#N2"}),
    (DateRules.season, vocab.SEASONS.keys() | {"the"}),
    (DateRules.decade, {"the", "#APOSTROPHE", "#DECADE", *vocab.DECADE_WORDS}),
    (DateRules.century, {"the", "#ORDINAL", "twenty", "thirty", *vocab.ORDINALS}),
    (DateRules.turn, {"the", "turn"}),
    (DateRules.year_pair, {"the", "fiscal", "fy", "#N4"}),
    (DateRules.relative_day, vocab.DAY_WORDS.keys() | {"the"}),
    (DateRules.cued, CUE_STARTS),
    (
        DateRules.holiday,
        {phrase[0] for phrase in (*vocab.HOLIDAYS, *vocab.HISTORIC_DAYS, *COUNTRY_NAMES)}
        | CUE_STARTS,
    ),
    (DateRules.week_in, {"the", "week", *_WEEK_ORDINALS}),
]
