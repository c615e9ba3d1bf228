"""The rules for anaphors: times placed relative to the one the text mentioned before.

"the following day", "that year", "three days later", "the same month", "the day before",
and the named periods after "that" or "the following" ("that autumn", "the following
spring", "that December", "the next morning"); a bare "the year" or "the quarter" in
running text, the one the text is about.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_amounts import AmountRules
from chronos.phrases._grammar_base import Result
from chronos.phrases._grammar_nodes import (
    Amount,
    Anaphor,
    CalendarDate,
    Clock,
    RelativeUnit,
    Weekday,
    YearRef,
)
from chronos.time import Grain

__all__ = ["ANAPHOR_STARTS", "AnaphorRules"]

# The cue of a named period by the anaphor's sign: "the following spring" is the next
# one after the time the text is at.
_NAMED_CUES: Final = {1: "next", -1: "last"}
_ANAPHOR_CUES: Final[dict[str, int]] = {
    "following": 1,
    "next": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "same": 0,
}
# Units that "the" alone makes a reference to the one in question, in running text; and the
# words after them that make the unit something else ("the year of the dragon", "the day
# before", "the week ahead").
_BARE_UNITS: Final = {
    "quarter": Grain.QUARTER,
    "year": Grain.YEAR,
    "month": Grain.MONTH,
    "week": Grain.WEEK,
    "day": Grain.DAY,
}
_NOT_AFTER_BARE_UNIT: Final = frozenset(
    {"of", "before", "after", "ahead", "earlier", "later", "ago", "when", "that", "in", "to"}
    | {"on", "for", "we", "i", "he", "she", "they", "it", "you", "comes", "will", "is"}
)
# Adjectives of a whole unit before a bare unit noun: "the fiscal year", "the full year".
_WHOLE: Final = frozenset({"fiscal", "full", "entire", "whole"})
_CURRENCY_SIGNS: Final = frozenset({"$", "£", "€", "¥", "₹", "#"})
_LATER: Final[dict[str, int]] = {
    "later": 1,
    "afterwards": 1,
    "afterward": 1,
    "on": 1,
    "earlier": -1,
    "before": -1,
    "after": 1,
    "previously": -1,
}
# The words after a unit that make it the one before or after the time last named.
_AFTER_UNIT: Final = frozenset({"before", "after", "previous", "prior"})

ANAPHOR_STARTS: Final = frozenset({"the", "that"})


class AnaphorRules(AmountRules):
    """Rules for anaphors."""

    def anaphor(self, i: int) -> Result:
        """anaphor := "the" ("following" | "next" | "previous" | "same") UNIT
        | "that" UNIT | amount ("later" | "earlier" | "afterwards") | "the" UNIT ("before" |
        "after" | "previous" | "prior") END"""
        low = self.low
        if low[i] == "the":
            sign = _ANAPHOR_CUES.get(low[i + 1])
            if sign is not None:
                named = self._named_period(i + 2, sign)
                if named is not None:
                    return named
                found = self.unit(i + 2)
                if found is not None and not low[i + 2].endswith("s"):
                    (grain, _, _), j = found
                    one = _one(found[0]) if sign else None
                    return Anaphor(grain, one, sign), j
            found = self.unit(i + 1)
            if found is not None and low[i + 2] in _AFTER_UNIT and self._ends(i + 3):
                # "the year before", "the day after", "the year previous", "the month prior"
                (grain, _, _), j = found
                sign = 1 if low[i + 2] == "after" else -1
                return Anaphor(grain, _one(found[0]), sign), j + 1
            k = i + 2 if low[i + 1] in _WHOLE and low[i + 2] in _BARE_UNITS else i + 1
            # after "fiscal", "full": any word but "of" and a dash ("the fiscal year will")
            whole = k == i + 2 and self.kind[k + 1] != "DASH" and low[k + 1] != "of"
            if low[k] in _BARE_UNITS and (self._bare_unit_ends(k + 1) or whole):
                # "the quarter", "the year", "the fiscal year", "the full year": the one the
                # text is about, which the text stage places (an earlier mention, or the
                # DCT's); a phrase read alone points back to the preceding event, as "that
                # year" does.
                return Anaphor(_BARE_UNITS[low[k]], None, 0), k + 1
            return None
        if low[i] == "that":
            if low[i + 1] == "same":
                i += 1  # "that same day"
            named = self._named_period(i + 1, 0)
            if named is not None:
                return named
            found = self.unit(i + 1)
            if found is not None and not low[i + 1].endswith("s"):
                return Anaphor(found[0][0], None, 0), found[1]
            return None
        found_amount = self.amount(i)
        if found_amount is None:
            return None
        value, j = found_amount
        sign = _LATER.get(low[j])
        if sign is None or value.number is None:
            return None
        if low[j] in ("before", "after", "on") and not self._ends(j + 1):
            return None
        return Anaphor(value.grain, value, sign), j + 1

    def _named_period(self, i: int, sign: int) -> Result:
        """A season, a month or a part of the day after "that", "the same", "the following",
        "the next" or "the previous": "that autumn", "the following spring", "that
        December", "the next morning"; a weekday after "the following" or "the previous"
        ("the following Monday") — the one of the time the text is at (``sign`` 0),
        the first after it (1) or the last before it (-1). Not before a number or "of",
        which date it themselves ("the following March 3", "that spring of 1940"); a month
        only with its capital ("that may be")."""
        low = self.low
        if self.kind[i + 1] in ("NUMBER", "ORDINAL") or low[i + 1] == "of":
            return None
        # "that winter": the one of the year the text is at, as TimeML names a season by
        # its year; "the following spring": the first after the time the text is at
        cue = _NAMED_CUES.get(sign)
        year = YearRef(offset=0) if cue is None else None
        season = vocab.SEASONS.get(low[i])
        if season is not None:
            date = CalendarDate(Grain.SEASON, year=year, season=season, cue=cue)
            return Anaphor(Grain.SEASON, None, sign, date), i + 1
        month = vocab.MONTHS.get(low[i])
        if month is not None and len(low[i]) > 3 and self.tokens[i].text[0].isupper():
            date = CalendarDate(Grain.MONTH, year=year, month=month, cue=cue)
            return Anaphor(Grain.MONTH, None, sign, date), i + 1
        part = vocab.PARTS_OF_DAY.get(low[i])
        if part is not None and low[i] != "overnight":
            clock = Clock(RelativeUnit(Grain.DAY, sign), part=part)
            return Anaphor(Grain.DAY, None, sign, clock), i + 1
        weekday = self.lookup(i, vocab.WEEKDAYS)
        if weekday is not None and cue is not None and low[i - 1] != "next":
            # "the following Monday", "the previous Friday": the first after (or the last
            # before) the day the text is at. "the next Monday" is left to the weekday rules,
            # which read it against the reference as they read "next Monday".
            return Anaphor(Grain.DAY, None, sign, Weekday(weekday, cue)), self.abbreviation_dot(
                i + 1
            )
        return None

    def _bare_unit_ends(self, i: int) -> bool:
        """Whether token ``i`` may follow a bare "the year": not a word that makes the unit
        part of something else ("the day of the vote", "the year-end", "the week when"),
        except before an amount of money ("a high for [the year] of $42", "rose in [the
        quarter] to $2 billion") or a possessive ("[the week]'s most active session")."""
        kind, low = self.kind, self.low
        if kind[i] == "APOSTROPHE":
            return low[i + 1] == "s"
        if kind[i] == "DASH":
            return False
        if low[i] in ("of", "to"):
            return i + 1 < self.n and self.tokens[i + 1].text in _CURRENCY_SIGNS
        if low[i] == "on":
            return low[i + 1] not in ("which", "that", "whom")
        return low[i] not in _NOT_AFTER_BARE_UNIT

    def _ends(self, i: int) -> bool:
        """Whether the phrase ends at ``i`` (the text ends or punctuation follows)."""
        return self.kind[i] in ("END", "COMMA", "DOT", "OTHER")


def _one(unit: tuple[Grain, str, int]) -> Amount:
    """One of ``unit`` (as :data:`vocab.UNITS` gives it): "the following day" is a day on."""
    grain, keyword, size = unit
    return Amount(Fraction(1), keyword, size, grain)
