"""Grammar rules for years and the periods named by them: years, quarters, halves, seasons,
decades and centuries ("fiscal 2024", "the third quarter of 2023", "Q3", "H1 2024", "summer
2019", "the nineties", "the 21st century"), and the pieces every calendar name is read with
(a year, a month, a day of the month).

Each rule's docstring opens with its grammar line. ``YEAR`` is a four-digit number from 1000
to 2999 (or "'24"); ``DAY`` a day of the month in digits, as an ordinal ("26th") or in words
("twenty-sixth"); ``MONTH`` a month name or abbreviation with an optional full stop. The
dates of :mod:`chronos.phrases._grammar_dates` build on these rules, and its table says
which first tokens start each of them.
"""

from __future__ import annotations

from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_anaphors import AnaphorRules
from chronos.phrases._grammar_base import Result
from chronos.phrases._grammar_nodes import CalendarDate, Turn, YearPair, YearRef
from chronos.time import Grain

__all__ = ["CUE_OFFSET", "HALF_ORDINALS", "QUARTER_ORDINALS", "PeriodRules"]

#: The offset from the reference each cue word gives ("last year": -1).
CUE_OFFSET: Final = {"last": -1, "this": 0, "next": 1}
_SPOKEN_CENTURIES: Final = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}
# The words a spoken year starts with.
_SPOKEN_STARTS: Final = frozenset({*_SPOKEN_CENTURIES, "two"})
QUARTER_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
}
HALF_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "latter": 2,
    "1st": 1,
    "2nd": 2,
}


# The stretches of a year a period of the calendar names: its first or last quarters or
# months, counted in digits or words ("the first two quarters", "the last 6 months").
_STRETCH_EDGES: Final = {"first": "first", "last": "last", "final": "last"}
_STRETCH_COUNTS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "six": 6,
    "twelve": 12,
    **{str(n): n for n in (1, 2, 3, 4, 6, 12)},
}
_STRETCH_GRAINS: Final = {3: Grain.QUARTER, 6: Grain.HALF}
_YEAR_MONTHS: Final = 12

#: The units whose turn news names, in years; and the cues before them.
_TURN_UNITS: Final = {"century": 100, "millennium": 1000, "year": 1}
_TURN_CUES: Final = {"last": -1, "previous": -1, "next": 1, "coming": 1}


#: The nouns after two years that make them one period: "the 2024/25 season".
_PERIOD_NOUNS: Final[dict[tuple[str, ...], bool]] = dict.fromkeys(
    (
        ("season",),
        ("seasons",),
        ("campaign",),
        ("winter",),
        ("summer",),
        *((word, "year") for word in ("academic", "school", "fiscal", "financial", "tax")),
        *((word, "year") for word in ("budget", "marketing", "crop")),
    ),
    True,
)


class PeriodRules(AnaphorRules):
    """Rules for years and the periods they hold, and the pieces of every calendar name."""

    # -- pieces -------------------------------------------------------------------------

    def year_number(self, i: int) -> tuple[YearRef, int] | None:
        """year_number := NUMBER{4} | "'" NUMBER{2} | spoken_year"""
        kind = self.kind[i]
        if kind == "NUMBER":
            text = self.low[i]
            if len(text) == 4 and "1000" <= text <= "2999":
                return YearRef(int(text)), i + 1
            return None
        if kind == "WORD":
            return self.spoken_year(i) if self.low[i] in _SPOKEN_STARTS else None
        if (
            self.kind[i] == "APOSTROPHE"
            and self.kind[i + 1] == "NUMBER"
            and len(self.low[i + 1]) == 2
            and not self.spaced[i + 1]
        ):
            return YearRef(value=int(self.low[i + 1]), two_digit=True), i + 2
        return None

    def spoken_year(self, i: int) -> tuple[YearRef, int] | None:
        """spoken_year := ("eighteen" | "nineteen" | "twenty") (TENS ("-"? ONES)? | TEENS
        | "oh" ONES | "hundred") | "two" "thousand" ("and"? (ONES | TEENS | TENS ("-"? ONES)?))?"""
        low = self.low
        century = _SPOKEN_CENTURIES.get(low[i])
        if century is not None:
            j = i + 1
            if low[j] == "hundred":
                return YearRef(value=century), j + 1
            if low[j] == "oh":
                ones = vocab.CARDINALS.get(low[j + 1])
                if ones is not None and 1 <= ones <= 9:
                    return YearRef(value=century + ones), j + 2
                return None
            rest = self._two_digits(j)
            if rest is None or rest[0] < 10:
                return None
            return YearRef(value=century + rest[0]), rest[1]
        if low[i] == "two" and low[i + 1] == "thousand":
            j = self.skip(i + 2, "and")
            rest = self._two_digits(j)
            if rest is not None:
                return YearRef(value=2000 + rest[0]), rest[1]
            return YearRef(value=2000), i + 2
        return None

    def _two_digits(self, i: int) -> tuple[int, int] | None:
        """A number from 1 to 99 in words: "seven", "fifteen", "ninety-seven"."""
        low = self.low
        value = vocab.CARDINALS.get(low[i])
        if value is None or value >= 100 or value == 0:
            return None
        if value < 20:
            return value, i + 1
        j = i + 1
        if self.kind[j] == "DASH":
            j += 1
        ones = vocab.CARDINALS.get(low[j])
        if ones is not None and 1 <= ones <= 9:
            return value + ones, j + 1
        return value, i + 1

    def year_spec(self, i: int) -> tuple[YearRef, int] | None:
        """year_spec := year_number | "the"? CUE "year" | "the" "year" """
        found = self.year_number(i)
        if found is not None:
            return found
        j = self.skip(i, "the")
        cue = vocab.CUES.get(self.low[j])
        if cue is not None and self.low[j + 1] == "year":
            if j > i and self.low[j] in ("previous", "preceding"):
                return None
            return YearRef(offset=CUE_OFFSET[cue]), j + 2
        if j > i and self.low[j] == "year":
            return YearRef(offset=0), j + 1
        return None

    def month(self, i: int) -> tuple[int, int] | None:
        """month := MONTH "."?"""
        number = self.lookup(i, vocab.MONTHS)
        if number is None:
            return None
        return number, self.abbreviation_dot(i + 1)

    def day_number(self, i: int) -> tuple[int, int] | None:
        """day := NUMBER{1,2} | ORDINAL | ORDINAL_WORD | ("twenty" | "thirty") "-"? ORDINAL_WORD"""
        kind = self.kind[i]
        low = self.low[i]
        if kind == "NUMBER":
            if len(low) <= 2 and 1 <= int(low) <= 31:
                return int(low), i + 1
            return None
        if kind == "ORDINAL":
            digits = low[:-2]
            if len(digits) <= 2 and 1 <= int(digits) <= 31:
                return int(digits), i + 1
            return None
        value = vocab.ORDINALS.get(low)
        if value is not None:
            return value, i + 1
        if low in ("twenty", "thirty"):
            j = i + 1
            if self.kind[j] == "DASH":
                j += 1
            ones = vocab.ORDINALS.get(self.low[j])
            if ones is not None and ones <= 9:
                total = vocab.CARDINALS[low] + ones
                if total <= 31:
                    return total, j + 1
        return None

    # -- years and the periods they hold ------------------------------------------------

    def year(self, i: int) -> Result:
        """year := ("the" "year" | "fiscal" "year"? | "FY")? year_number"""
        low = self.low
        j = i
        notes: tuple[str, ...] = ()
        if low[j] == "the" and low[j + 1] == "year":
            j += 2
        elif low[j] == "fiscal":
            j = self.skip(j + 1, "year")
            notes = ("fiscal",)
        elif low[j] == "fy":
            j += 1
            notes = ("fiscal",)
        found = self.year_number(j)
        if found is None:
            return None
        year, k = found
        return CalendarDate(Grain.YEAR, year, notes=notes), k

    def named_period(self, i: int) -> Result:
        """named_period := "the"? ORD ("-")? ("quarter" | "half") (("of" | ",")? year_spec)?
        | letter_period | (year_spec "'s"? | "the" year_number) ORD ("quarter" | "half")"""
        low = self.low
        found = self.letter_period(i)
        if found is not None:
            return found
        year_first = self.year_spec(i)
        if year_first is None and low[i] == "the":
            year_first = self.year_number(i + 1)  # "the 1988 third quarter"
        if year_first is not None:
            year, j = year_first
            if self.kind[j] == "APOSTROPHE" and low[j + 1] == "s":
                j += 2
            rest = self._ordinal_period(j)
            if rest is not None:
                (grain, index), k = rest
                return CalendarDate(grain, year, ordinal=index), k
            return None
        j = self.skip(i, "the")
        stretch = self._stretch(j)
        if stretch is not None:
            return stretch
        notes: tuple[str, ...] = ()
        if low[j] == "fiscal":  # "the fiscal third quarter", "the fiscal-first quarter"
            j = self.skip_kind(j + 1, "DASH")
            notes = ("fiscal",)
            if j > i + 1 and self.kind[j + 1] == "DASH" and low[i] == "the":
                return None  # "the [fiscal second-quarter] of": an adjective keeps no article
        rest = self._ordinal_period(j)
        if rest is None:
            return None
        (grain, index), k = rest
        if low[k - 2] == "fiscal":
            notes = ("fiscal",)  # "the third fiscal quarter"
        m = k
        if low[m] == "of" or self.kind[m] == "COMMA":
            m += 1
        year_found = self.year_spec(m)
        if year_found is not None:
            return CalendarDate(grain, year_found[0], ordinal=index, notes=notes), year_found[1]
        if low[j] in ("final", "last"):
            return None  # "the last quarter" is the previous one: a cue, read elsewhere
        return CalendarDate(grain, None, ordinal=index, notes=notes), k

    def _stretch(self, i: int) -> Result:
        """stretch := ("first" | "last" | "final") COUNT ("quarters" | "months") "of" year_spec

        The first or last quarters or months of a year that a period of the calendar names
        are that period: "the first two quarters of 1990" is its first half, "the final
        three months of next year" its fourth quarter, "the first twelve months of 2024" the
        year. A stretch no such period names ("the first nine months of 1997") is left to
        the length and the year, as the annotated news corpora write it."""
        low = self.low
        edge = _STRETCH_EDGES.get(low[i])
        if edge is None:
            return None
        count = _STRETCH_COUNTS.get(low[i + 1])
        unit = low[i + 2]
        if count is None or unit not in ("quarters", "months") or low[i + 3] != "of":
            return None
        year = self.year_spec(i + 4)
        if year is None:
            return None
        months = count * (3 if unit == "quarters" else 1)
        if months == _YEAR_MONTHS:
            return CalendarDate(Grain.YEAR, year[0]), year[1]
        grain = _STRETCH_GRAINS.get(months)
        if grain is None:
            return None
        index = 1 if edge == "first" else _YEAR_MONTHS // months
        return CalendarDate(grain, year[0], ordinal=index), year[1]

    def _ordinal_period(self, i: int) -> tuple[tuple[Grain, int], int] | None:
        low = self.low
        j = i + 1
        if self.kind[j] == "DASH" and not self.spaced[j]:
            j += 1
        if low[j] == "fiscal" and low[j + 1] in ("quarter", "qtr", "half"):
            j += 1  # "the third fiscal quarter"
        if low[j] in ("quarter", "qtr"):
            index = QUARTER_ORDINALS.get(low[i])
            if index is None:
                return None
            return (Grain.QUARTER, index), j + 1
        if low[j] == "half":
            index = HALF_ORDINALS.get(low[i])
            if index is None:
                return None
            return (Grain.HALF, index), j + 1
        return None

    def letter_period(self, i: int) -> Result:
        """letter_period := ("Q" | "H") NUMBER ","? year_number? | NUMBER ("Q" | "H")
        (year_number | NUMBER{2})?"""
        low, kind = self.low, self.kind
        letter: str | None = None
        number: int | None = None
        j = i
        if low[i] in ("q", "h") and kind[i + 1] == "NUMBER" and not self.spaced[i + 1]:
            letter, number, j = low[i], self.number(i + 1), i + 2
        elif kind[i] == "NUMBER" and low[i + 1] in ("q", "h") and not self.spaced[i + 1]:
            if low[i + 1] == "h" and self.tokens[i + 1].text == "h":
                return None  # "in 2h": two hours; the half is written "2H"
            letter, number, j = low[i + 1], self.number(i), i + 2
        if letter is None or number is None:
            return None
        grain = Grain.QUARTER if letter == "q" else Grain.HALF
        if not 1 <= number <= (4 if letter == "q" else 2):
            return None
        k = self.skip_kind(j, "COMMA")
        year = self.year_number(k)
        if year is None and kind[j] == "NUMBER" and len(low[j]) == 2 and not self.spaced[j]:
            year = YearRef(value=int(low[j]), two_digit=True), j + 1  # "3Q24"
        if year is not None:
            return CalendarDate(grain, year[0], ordinal=number), year[1]
        return CalendarDate(grain, None, ordinal=number), j

    def season(self, i: int) -> Result:
        """season := "the"? SEASON (("of" | ",")? year_spec)?"""
        j = self.skip(i, "the")
        # "fall" is a verb too, but not after "the": "in the fall".
        code = vocab.SEASONS.get(self.low[j]) if j > i else self.lookup(j, vocab.SEASONS)
        if code is None:
            return None
        k = j + 1
        m = k + 1 if self.low[k] == "of" or self.kind[k] == "COMMA" else k
        year = self.year_spec(m)
        if year is None and m == k:
            year = self.year_number(k)
        if year is not None:
            return CalendarDate(Grain.SEASON, year[0], season=code), year[1]
        return CalendarDate(Grain.SEASON, None, season=code), k

    def decade(self, i: int) -> Result:
        """decade := "the"? "'"? DECADE | "the"? DECADE_WORD"""
        j = self.skip(i, "the")
        j = self.skip_kind(j, "APOSTROPHE")
        if self.kind[j] == "DECADE":
            digits = self.low[j].rstrip("s").rstrip("'")
            if len(digits) == 4:
                first_year = int(digits)
                if first_year % 100 == 0 and first_year % 1000 != 0:
                    # "the 1700s" is the century, as "the 1990s" is the decade; "the
                    # 2000s" stays the decade news means by it
                    return CalendarDate(Grain.CENTURY, YearRef(value=first_year)), j + 1
                return CalendarDate(Grain.DECADE, YearRef(value=first_year)), j + 1
            if len(digits) == 2:
                year = YearRef(value=int(digits), two_digit=True)
                return CalendarDate(Grain.DECADE, year), j + 1
            return None
        word = vocab.DECADE_WORDS.get(self.low[j])
        if word is not None:
            return CalendarDate(Grain.DECADE, YearRef(value=word, two_digit=True)), j + 1
        return None

    def year_pair(self, i: int) -> Result:
        """year_pair := "the"? ("fiscal" | "fy")? YEAR ("/" | "-") (NN | YEAR) PERIOD_NOUN?

        Two consecutive years joined without a space name one period across them when a
        period noun follows ("the 2024/25 season", "the 2023–24 academic year") or "fiscal"
        comes first ("fiscal 2024-25"); alone, "2019-20" stays a range of two years.
        """
        low, kind = self.low, self.kind
        j = self.skip(i, "the")
        fiscal = low[j] in ("fiscal", "fy")
        if fiscal:
            j += 1
        if kind[j] != "NUMBER" or len(low[j]) != 4 or not "1000" <= low[j] <= "2998":
            return None
        first, sep = int(low[j]), j + 1
        if kind[sep] not in ("SLASH", "DASH") or self.spaced[sep] or self.spaced[sep + 1]:
            return None
        second = low[sep + 1]
        if kind[sep + 1] != "NUMBER" or len(second) not in (2, 4):
            return None
        if int(second) != ((first + 1) % 100 if len(second) == 2 else first + 1):
            return None
        noun = self.one_of(sep + 2, _PERIOD_NOUNS)
        if noun is None:
            return (YearPair(first), sep + 2) if fiscal else None
        return YearPair(first), noun[1]

    def turn(self, i: int) -> Result:
        """turn := "the"? "turn" "of" (("the" (ORDINAL | cue | "new")? | "this")
        ("century" | "millennium" | "year") | "last" "year" | "next" "year" | YEAR)"""
        low = self.low
        j = self.words(self.skip(i, "the"), ("turn", "of"))
        if j < 0:
            return None
        if self.kind[j] == "NUMBER" and len(low[j]) == 4:
            return Turn(1, int(low[j])), j + 1  # "the turn of 2025": into that year
        if low[j] in _TURN_CUES and low[j + 1] == "year":
            return Turn(1, None, _TURN_CUES[low[j]]), j + 2  # "the turn of next year"
        if low[j] == "this":
            cue: int | None = 0
            j += 1
        elif low[j] != "the":
            return None
        else:
            j += 1
            cue = _TURN_CUES.get(low[j])
            if cue is not None:
                j += 1
            elif low[j] == "new" and low[j + 1] == "year":
                j += 1  # "the turn of the new year": the turn of the year
        ordinal = None
        if cue is None:
            found = self.day_number(j)
            if found is not None and self.kind[j] != "NUMBER":
                ordinal, j = found
                j = self.skip_kind(j, "DASH")
        length = _TURN_UNITS.get(low[j])
        if length is None or (ordinal is not None and ordinal < 1):
            return None
        year = None if ordinal is None else (ordinal - 1) * length
        return Turn(length, year, cue), j + 1

    def century(self, i: int) -> Result:
        """century := "the"? (ORDINAL | ORDINAL_WORD | "twenty" "-"? "first") "-"? "century" """
        j = self.skip(i, "the")
        found = self.day_number(j)
        if found is None or self.kind[j] == "NUMBER":
            return None
        n, k = found
        k = self.skip_kind(k, "DASH")
        if self.low[k] != "century" or n < 2:
            return None
        return CalendarDate(Grain.CENTURY, YearRef(value=(n - 1) * 100)), k + 1
