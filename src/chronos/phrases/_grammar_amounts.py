"""Grammar rules for amounts of time: numbers, durations, periods, shifts, sets, references.

Each rule's docstring opens with its grammar line. Terminals in capitals are token kinds or
vocabulary tables (:mod:`chronos.phrases._vocabulary`); quoted words are literal.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_base import NUMBERS, PAD, Cursor, Result
from chronos.phrases._grammar_nodes import (
    Amount,
    DurationPhrase,
    Period,
    Recurrence,
    Ref,
    Shift,
)
from chronos.time import Grain

__all__ = [
    "EVERY_MONTH_TAILS",
    "LONG_WORDS",
    "PERIOD_STARTS",
    "RECURRENCE_STARTS",
    "REFERENCE_STARTS",
    "AmountRules",
]

_HALF: Final = Fraction(1, 2)
# A count is at most eight tokens ("123,456,789.5", "2 1/2"); the unit of an amount comes
# after at most two counts, "to", "and a half" and two adjectives (22 tokens), so within
# the padding of the token lists.
_COUNT_REACH: Final = 8
_UNIT_REACH: Final = PAD
#: One unit as an adjective in one word ("a weeklong strike") -> the unit.
LONG_WORDS: Final[dict[str, str]] = {
    unit + "long": unit for unit in ("hour", "day", "week", "month", "year")
}
_UNIT_WORDS: Final = frozenset(vocab.UNITS) | frozenset(LONG_WORDS)
_TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
# Words that say "some number of" without saying which.
_FUZZY: Final[dict[tuple[str, ...], int | None]] = {
    ("several",): None,
    ("few",): None,
    ("a", "few"): None,
    ("many",): None,
    ("some",): None,
    ("a", "number", "of"): None,
    ("numerous",): None,
    ("dozens", "of"): None,
    ("hundreds", "of"): None,
    ("a", "couple", "of"): 2,
    ("a", "couple"): 2,
    ("couple", "of"): 2,
}
_SUFFIX_MODS: Final[dict[tuple[str, ...], str]] = {
    ("or", "so"): "APPROX",
    ("or", "more"): "EQUAL_OR_MORE",
    ("or", "longer"): "EQUAL_OR_MORE",
    ("or", "less"): "EQUAL_OR_LESS",
    ("or", "fewer"): "EQUAL_OR_LESS",
    ("plus",): "EQUAL_OR_MORE",
}
_PERIOD_CUES: Final[dict[str, int]] = {
    "past": -1,
    "last": -1,
    "latest": -1,
    "previous": -1,
    "preceding": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
}
# The plural units "past" makes a length of unknown count of ("in past years").
_PLURAL_UNITS: Final = frozenset(
    {"days", "weeks", "months", "years", "decades", "centuries", "quarters"}
)
# The words after an amount that make the units side by side before them one offset:
# "3 years 2 months ago", "a year 4 months later".
_ONE_OFFSET: Final = frozenset({"ago", "later", "earlier", "hence"})
# The words after which "past" is the adjective ("in past years"), not the preposition.
_BEFORE_PAST: Final = frozenset(
    {"in", "over", "for", "during", "of", "through", "throughout", "from", "across", "than"}
    | {"as", "unlike", "like", "and", "or", "with", "to", "on", "at", "by", "since", "into"}
    | {"among", "all", "many", "some", "most", "both", "those", "these", "its", "their"}
)
# Kinds of day a count of days may name: "eight trading days", "ten business days".
_WORKDAY_KINDS: Final = frozenset({"trading", "business", "working"})
# Words before "last" that make it the verb: "will last", "to last", "didn't last".
_BEFORE_THE_VERB: Final = frozenset(
    {"will", "would", "to", "could", "may", "might", "can", "should", "must", "ll", "not", "t"}
)
_TIMES: Final[dict[str, int]] = {"once": 1, "twice": 2, "thrice": 3}
_PLURAL_PARTS: Final[dict[str, str]] = {
    "mornings": "MO",
    "afternoons": "AF",
    "evenings": "EV",
    "nights": "NI",
}
# Nouns a stated length may name: "a three-year period", "a 41-year history".
_PERIOD_NOUNS: Final = frozenset(
    {"period", "span", "stretch", "spell", "term", "window", "history", "stint", "hiatus"}
)
_SET_UNITS: Final[dict[Grain, str]] = {
    Grain.HOUR: "H",
    Grain.DAY: "D",
    Grain.WEEK: "W",
    Grain.MONTH: "M",
    Grain.YEAR: "Y",
}


class AmountRules(Cursor):
    """Rules for numbers and amounts of time."""

    _amount_memo: dict[int, tuple[Amount, int] | None]
    _duration_memo: dict[int, Result]

    # -- numbers ------------------------------------------------------------------------

    def cardinal(self, i: int) -> tuple[Fraction, int] | None:
        """cardinal := NUMBER ("," NNN)* ("." NUMBER)? | number_words ("hundred")?"""
        low = self.low
        if self.kind[i] == "NUMBER":
            text = low[i]
            j = i + 1
            # Thousands groups and a decimal part touch the digits: "1,000", "2.5".
            while (
                self.kind[j] == "COMMA"
                and not self.spaced[j]
                and self.kind[j + 1] == "NUMBER"
                and len(low[j + 1]) == 3
                and not self.spaced[j + 1]
                and len(text) < 9
            ):
                text += low[j + 1]
                j += 2
            if len(text) > 9:
                return None
            value = Fraction(int(text))
            if (
                self.kind[j] == "DOT"
                and not self.spaced[j]
                and self.kind[j + 1] == "NUMBER"
                and not self.spaced[j + 1]
                and len(low[j + 1]) <= 3
            ):
                value += Fraction(int(low[j + 1]), 10 ** len(low[j + 1]))
                j += 2
            elif (  # "2 1/2 years"
                self.kind[j] == "NUMBER"
                and low[j + 1] == "/"
                and not self.spaced[j + 1]
                and not self.spaced[j + 2]
                and len(low[j]) == 1
                and len(low[j + 2]) == 1
                and self.kind[j + 2] == "NUMBER"
                and 0 < int(low[j]) < int(low[j + 2])
            ):
                value += Fraction(int(low[j]), int(low[j + 2]))
                j += 3
            return value, j
        word = low[i]
        if word in _TENS:
            value = Fraction(vocab.CARDINALS[word])
            j = i + 1
            k = j + 1 if self.kind[j] == "DASH" and not self.spaced[j] else j
            ones = vocab.CARDINALS.get(low[k])
            if ones is not None and 1 <= ones <= 9:
                value += ones
                j = k + 1
        else:
            small = vocab.CARDINALS.get(word)
            if small is None or word in ("hundred", "dozen"):
                return None
            value = Fraction(small)
            j = i + 1
        if low[j] == "hundred":
            value *= 100
            j += 1
        elif low[j] == "dozen":
            value *= 12
            j += 1
        if low[j] == "thousand":
            value *= 1000
            j += 1
        return value, j

    def _article_count(self, i: int) -> tuple[Fraction, int] | None:
        """article_count := ("a" | "an" | "one") ("hundred" | "dozen")?"""
        if self.low[i] in ("a", "an", "one"):
            if self.low[i + 1] == "hundred":
                return Fraction(100), i + 2
            if self.low[i + 1] == "dozen":
                return Fraction(12), i + 2
            return Fraction(1), i + 1
        return None

    # -- amounts ------------------------------------------------------------------------

    def unit(self, i: int) -> tuple[tuple[Grain, str, int], int] | None:
        """unit := ("trading" | "business" | "working")? UNITS

        A day counted on a market's or an office's calendar is still a day: "eight trading
        days", "within five business days"."""
        low = self.low
        if low[i] in _WORKDAY_KINDS and low[i + 1] in ("day", "days"):
            i += 1
        found = vocab.UNITS.get(low[i])
        return None if found is None else (found, i + 1)

    def amount(self, i: int) -> tuple[Amount, int] | None:
        """amount := amount_part ("and" amount_part)?"""
        memo = self._amount_memo
        if i in memo:
            return memo[i]
        # Every amount names a unit, and soon: most tokens that could start one ("26" of
        # "26 October") are ruled out by looking for a unit word ahead.
        unit_ahead = not _UNIT_WORDS.isdisjoint(self.low[i : i + _UNIT_REACH])
        found = self._amount(i) if unit_ahead else None
        memo[i] = found
        return found

    def _amount(self, i: int) -> tuple[Amount, int] | None:
        """amount := amount_part ((","? "and" | "," | ε) amount_part)*

        Each later part a finer unit than the one before it, counted: "two years and
        three months", "two years, three months and five days", "3 hours 20 minutes". In
        running text a list with commas must end with "and" its last part, and only hours,
        minutes and seconds are read side by side ("finished in 2 hours 5 minutes"; "two
        years 10 days" may be two phrases); a whole phrase may list them either way ("3
        years, 2 weeks, 5 days").
        """
        first = self._amount_part(i)
        if first is None:
            return None
        parts = [first[0]]
        kept, end = 1, first[1]
        j = end
        pending = False  # coarse parts side by side in running text, kept before "ago" only
        while parts[-1].number is not None:
            k = self.skip_kind(j, "COMMA")
            joined = self.low[k] == "and"
            if joined:
                k += 1
            side = k == j
            found = self._amount_part(k)
            if found is None or found[0].number is None:
                break
            if not found[0].grain.is_finer_than(parts[-1].grain):
                break
            parts.append(found[0])
            j = found[1]
            if side and self.running_text and not found[0].grain.is_finer_than(Grain.DAY):
                # side by side in running text: hours and minutes, or parts before a word
                # that makes them one offset ("3 years 2 months ago")
                pending = True
                continue
            if joined or side or not self.running_text:
                kept, end = len(parts), j
            if joined:
                break
        if pending and self.low[j] in _ONE_OFFSET:
            kept, end = len(parts), j
        amount = parts[kept - 1]
        for part in reversed(parts[: kept - 1]):
            amount = _with_extra(part, amount)
        return amount, end

    def _amount_part(self, i: int) -> tuple[Amount, int] | None:
        """amount_part := count "-" UNIT | count ("and" "a" "half")? UNIT ("and" "a" "half")?
        | "half" ("a" | "an") UNIT | ("a" | "an") "half" "-"? UNIT
        | FUZZY "-"? UNIT | UNIT "-" "long" | UNIT
        """
        self.steps += 1
        low = self.low
        count = self.cardinal(i)
        if count is None:
            count = self._article_count(i)
        if count is None and low[i] == "single" and not low[i + 1].endswith("s"):
            count = Fraction(1), i + 1  # "the worst single-day fall"
        if count is not None:
            value, j = count
            if low[i] in ("a", "an") and low[j] == "single" and not low[j + 1].endswith("s"):
                j += 1  # "a single week": one
            if self.kind[j] == "DASH" and not self.spaced[j] and not self.spaced[j + 1]:
                found = self.unit(j + 1)
                if found is not None:
                    k = found[1]
                    if self.kind[k] == "DASH" and low[k + 1] == "old":
                        k += 2  # "an 8-month-old": an age is a duration
                    return _amount(value, found[0]), k
            most: Fraction | None = None
            if low[j] in ("to", "or") or (self.kind[j] == "DASH" and low[i] != "a"):
                upper = self.cardinal(j + 1)
                if upper is not None and upper[0] > value:
                    most, j = upper
            if self.words(j, ("and", "a", "half")) > 0:
                value += _HALF
                j += 3
            for _ in range(2):
                if low[j] in vocab.UNIT_ADJECTIVES:
                    j += 1
            found = self.unit(j)
            if (
                found is not None
                and low[i] in ("a", "an")
                and self.kind[found[1]] == "DASH"
                and low[found[1] + 1] == "long"
            ):
                return None  # "a [week-long] strike": the adjective is read at its unit
            if found is not None and not (
                self.kind[i] == "NUMBER" and len(low[i]) == 4 and not low[j].endswith("s")
            ):
                # ("the 1991 quarter" is the quarter of 1991: a year before a singular unit
                # counts nothing)
                k = found[1]
                if self.words(k, ("and", "a", "half")) > 0:
                    value += _HALF
                    k += 3
                if low[k - 1] == "h" and self._clock_minutes(k):
                    # "2h30", "1h15": hours and minutes in the European way, one length
                    minutes = _amount(Fraction(int(low[k])), vocab.UNITS["minutes"])
                    return _with_extra(_amount(value, found[0], most), minutes), k + 1
                if most is None and low[k] == "or":
                    upper = self.cardinal(k + 1)
                    if upper is not None and upper[0] > value and self.unit(upper[1]) is None:
                        most, k = upper  # "a year or two": one to two years
                return _amount(value, found[0], most), k
        if low[i] == "half" and low[i + 1] in ("a", "an"):
            found = self.unit(i + 2)
            if found is not None:
                return _amount(_HALF, found[0]), found[1]
        if low[i] == "half":  # "every half hour", "the first half-hour"
            j = i + 2 if self.kind[i + 1] == "DASH" and not self.spaced[i + 1] else i + 1
            if low[j] == "hour":  # ("half year", "half-day" name periods: not read here)
                found = self.unit(j)
                if found is not None:
                    return _amount(_HALF, found[0]), found[1]
        if low[i] in ("a", "an") and low[i + 1] == "half":
            j = i + 2
            if self.kind[j] == "DASH":
                j += 1
            found = self.unit(j)
            if found is not None:
                return _amount(_HALF, found[0]), found[1]
        fuzzy = self.one_of(i, _FUZZY)
        if fuzzy is not None:
            number, j = fuzzy
            if self.kind[j] == "DASH" and not self.spaced[j] and not self.spaced[j + 1]:
                j += 1  # "a several-year tenure": an adjectival length of unknown count
                found = self.unit(j)
                if found is None or low[j].endswith("s"):
                    return None
                known = None if number is None else Fraction(number)
                return _amount(known, found[0]), found[1]
            found = self.unit(j)
            if found is not None and (number is not None or low[j].endswith("s")):
                known = None if number is None else Fraction(number)
                return _amount(known, found[0]), found[1]
        found = self.unit(i)
        if found is None:
            long_unit = LONG_WORDS.get(low[i])  # "weeklong", "yearlong"
            if long_unit is not None:
                return _amount(Fraction(1), vocab.UNITS[long_unit]), i + 1
            return None
        j = found[1]
        long = self.kind[j] == "DASH" and not self.spaced[j] and low[j + 1] == "long"
        if low[i].endswith("s") and low[i] not in ("secs", "mins", "hrs"):
            return _amount(None, found[0]), j + 2 if long else j
        if long:  # "a week-long strike": one unit, the article outside
            return _amount(Fraction(1), found[0]), j + 2
        return None

    # -- durations ----------------------------------------------------------------------

    def duration(self, i: int) -> Result:
        """duration := DURATION_MODS? "a"? amount ("or" "so" | "or" "more" | "plus" | …)?
        PERIOD_NOUN?"""
        memo = self._duration_memo
        if i in memo:
            return memo[i]
        found = self._duration(i)
        memo[i] = found
        return found

    def _duration(self, i: int) -> Result:
        mod: str | None = None
        bound = self.one_of(i, vocab.DURATION_MODS)
        j = i
        if bound is not None:
            mod, j = bound
        if self.low[j] in ("a", "an") and self.cardinal(j + 1) is not None:
            j += 1  # "a three-year period", "a 20 year"
        found = self.amount(j)
        if found is None:
            return None
        value, k = found
        suffix = self.one_of(k, _SUFFIX_MODS)
        if suffix is not None and mod is None:
            mod, k = suffix
        if value.number is not None and self.low[k] in _PERIOD_NOUNS:
            k += 1
        if mod is None and "couple" in (self.low[j], self.low[j + 1]):
            mod = "APPROX"  # "a couple of years": about two, as TimeML writes it
        return DurationPhrase(value, mod), k

    def shift(self, i: int) -> Result:
        """shift := DURATION_MODS? amount ("or" "so")? ("ago" | "back")
        | amount ("from" "now" | "hence")"""
        duration = self.duration(i)
        if duration is None:
            return None
        node, j = duration
        if not isinstance(node, DurationPhrase):
            return None
        # "ago", or "back" as speech and messages say it ("a couple weeks back")
        if node.amount.number is None:
            if self.low[j] in _AGO:  # "several years ago": some time in the past
                return Shift(node.amount, -1, node.mod), j + 1
            return None
        if self.low[j] in _AGO:
            return Shift(node.amount, -1, node.mod), j + 1
        if node.mod is None:
            k = self.words(j, ("from", "now"))
            if k < 0:
                k = self.words(j, ("from", "today"))
            if k < 0 and self.low[j] == "hence":
                k = j + 1
            if k > 0:
                return Shift(node.amount, 1, None), k
        return None

    def period(self, i: int) -> Result:
        """period := "the"? ("past" | "last" | "next" | "coming" | …) (count | FUZZY)? UNIT
        | "the" "first" count UNIT | "recent" UNIT"""
        low = self.low
        j = self.skip(i, "the")
        if low[j] == "recent" or (
            low[j] == "past" and low[j + 1] in _PLURAL_UNITS and (j > i or self._adjective(i))
        ):
            seasons = self._seasons(j + 1, -1)
            if seasons is not None:
                return seasons  # "recent summers"
            # "recent years", "past decades", "the past weeks": lengths of unknown count,
            # the adjective inside
            found = self.unit(j + 1)
            if found is not None and low[j + 1].endswith("s"):
                return DurationPhrase(_amount(None, found[0])), found[1]
            return None
        if low[j] == "first" and j > i:
            count = self.cardinal(j + 1)
            if count is not None:
                found = self.unit(count[1])
                if found is not None:
                    return DurationPhrase(_amount(count[0], found[0]), definite=True), found[1]
            return None
        if j > i and low[j + 1] == "ahead" and low[j].endswith("s"):
            found = self.unit(j)
            if found is not None:  # "the weeks ahead"
                return Period(_amount(None, found[0]), 1), j + 2
        if j > i and self.cardinal(j) is not None:
            counted = self.amount(j)
            if counted is not None and counted[0].number is not None:  # "the nine months"
                return DurationPhrase(counted[0], definite=True), counted[1]
        sign = _PERIOD_CUES.get(low[j])
        if sign is None:
            return None
        if j == i and low[j] == "last" and i > 0 and low[i - 1] in _BEFORE_THE_VERB:
            return None  # "will last two years": the verb, and a length after it
        j += 1
        seasons = self._seasons(j, sign)
        if seasons is not None:
            return seasons  # "the past three summers"
        # The convention of docs/parsing.md: "the last week" names the previous week; a
        # period needs a count ("the last two weeks") or a vague one ("the past few
        # weeks"), except that "the past decade" (and century) is the stretch of time, as
        # news usage has it.
        if low[j - 1] == "past" and low[j] in ("decade", "century"):
            found = self.unit(j)
            if found is None:
                return None
            return Period(_amount(Fraction(1), found[0]), sign), found[1]
        found_amount = self.amount(j)
        if found_amount is not None and low[j] not in vocab.UNITS:
            value, k = found_amount
            m = self.words(k, ("or", "so"))
            if m > 0:
                return Period(value, sign, "APPROX"), m
            if "couple" in (low[j], low[j + 1]):
                return Period(value, sign, "APPROX"), k  # "the past couple of weeks"
            return Period(value, sign), k
        return None

    def _clock_minutes(self, k: int) -> bool:
        """Whether token ``k`` is two digits of minutes written onto an "h" ("2h30")."""
        low = self.low[k]
        return self.kind[k] == "NUMBER" and not self.spaced[k] and len(low) == 2 and low < "60"

    def _adjective(self, i: int) -> bool:
        """Whether "past" at token ``i`` (no article before it) is the adjective: at the
        head of a phrase or after a preposition or a conjunction ("in past years", "than
        past decades"); after a verb or an adverb it is the preposition ("drove past weeks
        of roadworks", "well past years of use")."""
        return i == 0 or self.kind[i - 1] != "WORD" or self.low[i - 1] in _BEFORE_PAST

    def _seasons(self, i: int, sign: int) -> Result:
        """seasons := (count | FUZZY)? PLURAL_SEASON   (after a cue: "the last two winters")

        Summers counted back or ahead leave out the seasons between them: no length of
        time, but a set of seasons, TimeML's ``SET XXXX-SU`` as for "every summer"."""
        low = self.low
        count: Fraction | None = None
        j = i
        fuzzy = self.one_of(i, _FUZZY)
        if fuzzy is not None:
            vague, j = fuzzy
            count = None if vague is None else Fraction(vague)
        else:
            counted = self.cardinal(i)
            if counted is not None:
                count, j = counted
                if count.denominator != 1 or not 0 < count < _MOST_SEASONS:
                    return None
        word = low[j]
        season = vocab.SEASONS.get(word[:-1]) if word.endswith("s") else None
        if season is None:
            return None
        number = 0 if count is None else int(count)
        return Recurrence(f"XXXX-{season}", seasons=number, sign=sign), j + 1

    # -- recurrences ----------------------------------------------------------------------

    def recurrence(self, i: int) -> Result:
        """recurrence := ("every" | "each") ("other" | count)? (UNIT | WEEKDAY | MONTH | SEASON
        | PART_OF_DAY) PART_OF_DAY? | FREQUENCY_ADVERB | times ("a" | "per" | "every") UNIT
        | PLURAL_WEEKDAY | count PLURAL_SEASON"""
        low = self.low
        word = low[i]
        adverb = vocab.FREQUENCY_ADVERBS.get(word)
        if adverb is not None:
            return Recurrence(adverb), i + 1
        if word in ("every", "each"):
            return self._every(i + 1)
        plural = vocab.PLURAL_WEEKDAYS.get(word)
        if plural is None and low[i + 1] in _PLURAL_PARTS:
            plural = vocab.WEEKDAYS.get(word)  # "Tuesday nights"
            if plural is not None:
                return Recurrence(f"XXXX-WXX-{plural}T{_PLURAL_PARTS[low[i + 1]]}"), i + 2
        if plural is not None:
            j = i + 1
            value = f"XXXX-WXX-{plural}"
            part = vocab.PARTS_OF_DAY.get(low[j].rstrip("s"))
            if part is not None and low[j].endswith("s"):
                value += f"T{part}"
                j += 1
            return Recurrence(value), j
        if self.cardinal(i) is not None:
            seasons = self._seasons(i, 0)
            if seasons is not None:
                return seasons  # "for three summers": a set of seasons, on no side
        return self._times(i)

    def _every(self, i: int) -> Result:
        low = self.low
        monthly = self.monthly_weekday(i, _MONTH_TAILS, tail_needed=False)
        if monthly is not None:
            return monthly
        step = Fraction(1)
        j = i
        if low[j] == "half":  # "every half hour", "every half-hour", "every half an hour"
            k = j + 2 if self.kind[j + 1] == "DASH" and not self.spaced[j + 1] else j + 1
            k = self.skip(k, "an")
            if low[k] == "hour":
                return Recurrence(_set_value(Fraction(30), "minutes")), k + 1
            return None
        if low[j] == "other":
            step, j = Fraction(2), j + 1
        else:
            count = self.cardinal(j)
            if count is not None and count[0].denominator == 1 and count[0] > 0:
                step, j = count
            else:
                nth = self._nth_unit(j)
                if nth is not None:
                    return nth
        weekday = self.lookup(j, vocab.WEEKDAYS)
        if weekday is not None and step > 1:
            return self._stepped_weekday(step, weekday, j)
        if weekday is not None and step == 1:
            value = f"XXXX-WXX-{weekday}"
            part = vocab.PARTS_OF_DAY.get(low[j + 1])
            if part is not None:
                return Recurrence(f"{value}T{part}"), j + 2
            return Recurrence(value), j + 1
        month = self.lookup(j, vocab.MONTHS)
        if month is not None and step == 1:
            return Recurrence(f"XXXX-{month:02d}"), j + 1
        season = vocab.SEASONS.get(low[j])
        if season is not None and step == 1:
            return Recurrence(f"XXXX-{season}"), j + 1
        part = vocab.PARTS_OF_DAY.get(low[j])
        if part is not None and step == 1:
            return Recurrence(f"XXXX-XX-XXT{part}"), j + 1
        if low[j] == "weekend" and step == 1:
            return Recurrence("XXXX-WXX-WE"), j + 1
        found = self.unit(j)
        if found is None:
            return None
        (_, unit, size), k = found
        return Recurrence(_set_value(step * size, unit)), k

    def _nth_unit(self, i: int) -> Result:
        """ "every" ORDINAL UNIT: "every second week" is every two weeks, "every 3rd day"
        every three days. "every second" alone is a unit of its own, read by the caller."""
        low = self.low
        if self.kind[i] == "ORDINAL":
            digits = low[i][:-2]
            nth = int(digits) if len(digits) <= 3 else 0
        else:
            nth = vocab.ORDINALS.get(low[i], 0)
        if nth < 2:
            return None
        weekday = self.lookup(i + 1, vocab.WEEKDAYS)
        if weekday is not None:
            return self._stepped_weekday(Fraction(nth), weekday, i + 1)
        found = self.unit(i + 1)
        if found is None:
            return None
        (_, unit, size), k = found
        return Recurrence(_set_value(Fraction(nth * size), unit)), k

    def monthly_weekday(
        self, i: int, tails: dict[tuple[str, ...], int], *, tail_needed: bool
    ) -> Result:
        """rank WEEKDAY tail?   (rank := "first" … "fifth" | "1st" … "5th" | "last" | "final"
        | "penultimate")

        A weekday counted in every month, after "every"/"each" ("every second Monday of the
        month", "each last Friday") or, with ``tails`` that say "every month", after "the"
        ("the first Monday of each month"). Without a tail only the first and the last
        count months: "every second Friday" steps weeks (see :meth:`_stepped_weekday`)."""
        low = self.low
        rank = _MONTH_RANKS.get(low[i])
        if rank is None and self.kind[i] == "ORDINAL" and low[i][:-2] in ("1", "2", "3", "4", "5"):
            rank = int(low[i][:-2])
        if rank is None:
            return None
        weekday = self.lookup(i + 1, vocab.WEEKDAYS)
        if weekday is None:
            return None
        tail = self.one_of(i + 2, tails)
        if tail is not None:
            end = tail[1]
        elif not tail_needed and (rank == 1 or rank < 0):
            end = i + 2
        else:
            return None
        return Recurrence("P1M", freq="1D", weekday=weekday, rank=rank), end

    def _stepped_weekday(self, step: Fraction, weekday: int, j: int) -> Result:
        """ "every other Monday", "every second Friday": one weekday in every ``step``
        weeks, TimeML's ``SET P2W`` with ``freq="1D"`` (one day in each period); the weekday
        is kept on the node. "every second Monday of the month" counts Mondays in a month:
        not this rule."""
        if step.denominator != 1 or self.low[j + 1] == "of":
            return None
        return Recurrence(f"P{int(step)}W", freq="1D", weekday=weekday), j + 1

    def _times(self, i: int) -> Result:
        low = self.low
        times = _TIMES.get(low[i])
        j = i + 1
        if times is None:
            if "times" not in low[i + 1 : i + _COUNT_REACH + 1]:
                return None  # not "three times a week"
            count = self.cardinal(i)
            if count is None or low[count[1]] != "times" or count[0].denominator != 1:
                return None
            times, j = int(count[0]), count[1] + 1
        if low[j] not in ("a", "an", "per", "every", "each"):
            return None
        found = self.unit(j + 1)
        if found is None:
            return None
        (_, unit, size), k = found
        return Recurrence(_set_value(Fraction(size), unit), freq=f"{times}X"), k

    # -- vague references and anaphora ---------------------------------------------------

    def reference(self, i: int) -> Result:
        """reference := REFS | "right" "now" | "at" "present" | "at" "the" "moment"
        | "these" "days" | "the" ("past" | "future" | "present")
        | "the"? ("coming" | "upcoming" | "future") UNIT-PLURAL"""
        low = self.low
        phrase = self.one_of(i, _REF_PHRASES)
        if phrase is not None:
            return Ref(phrase[0]), phrase[1]
        j = self.skip(i, "the")
        if low[j] in ("coming", "upcoming", "future") and low[j + 1].endswith("s"):
            # "in coming months", "in future quarters": the times to come, no count
            found = self.unit(j + 1)
            if found is not None:
                return Ref("FUTURE_REF"), found[1]
        value = vocab.REFS.get(low[i])
        if value is not None:
            return Ref(value), i + 1
        if low[i] == "then":
            # "the then current price", "the then-present rules": current at a time the
            # text has named, before now
            k = self.skip_kind(i + 1, "DASH")
            if low[k] in _NOW_ADJECTIVES:
                return Ref("PAST_REF"), k + 1
        return None


_AGO: Final = frozenset({"ago", "back"})
# The adjectives of the present that "then" moves to a past time: "the then current".
_NOW_ADJECTIVES: Final = frozenset({"current", "present", "prevailing", "existing"})
_REF_PHRASES: Final[dict[tuple[str, ...], str]] = {
    ("the", "other", "day"): "PAST_REF",
    ("right", "now"): "PRESENT_REF",
    ("just", "now"): "PRESENT_REF",
    ("at", "present"): "PRESENT_REF",
    ("at", "the", "moment"): "PRESENT_REF",
    ("at", "this", "time"): "PRESENT_REF",
    ("these", "days"): "PRESENT_REF",
    ("the", "present"): "PRESENT_REF",
    ("the", "time", "being"): "PRESENT_REF",
    ("the", "past"): "PAST_REF",
    ("the", "recent", "past"): "PAST_REF",
    ("the", "distant", "past"): "PAST_REF",
    ("more", "recently"): "PAST_REF",
    ("until", "recently"): "PAST_REF",
    ("the", "future"): "FUTURE_REF",
    ("the", "near", "future"): "FUTURE_REF",
    ("the", "foreseeable", "future"): "FUTURE_REF",
    ("the", "distant", "future"): "FUTURE_REF",
    ("the", "near", "term"): "FUTURE_REF",
    ("the", "short", "term"): "FUTURE_REF",
    ("the", "long", "term"): "FUTURE_REF",
    ("very", "soon"): "FUTURE_REF",
    ("years", "to", "come"): "FUTURE_REF",
}


def _amount(
    count: Fraction | None, unit: tuple[Grain, str, int], most: Fraction | None = None
) -> Amount:
    grain, keyword, size = unit
    return Amount(count, keyword, size, grain, most=most)


def _with_extra(first: Amount, second: Amount) -> Amount:
    return Amount(first.number, first.unit, first.size, first.grain, second)


def _set_value(count: Fraction, unit: str) -> str:
    letter = {"years": "Y", "months": "M", "weeks": "W", "days": "D"}.get(unit)
    n = int(count) if count.denominator == 1 else float(count)
    if letter is not None:
        return f"P{n}{letter}"
    time_letter = {"hours": "H", "minutes": "M", "seconds": "S"}[unit]
    return f"PT{n}{time_letter}"


#: More seasons than any statement counts one by one: a count this large is no season.
_MOST_SEASONS: Final = 1000
#: A weekday's count in a month, from the start or (negative) from the end.
_MONTH_RANKS: Final[dict[str, int]] = {
    **{word: n for word, n in vocab.ORDINALS.items() if n <= 5},
    "last": -1,
    "final": -1,
    "penultimate": -2,
}
#: What follows a counted weekday that makes it one in every month ("of the month").
_MONTH_TAILS: Final[dict[tuple[str, ...], int]] = {
    (*head, *det, "month"): 0
    for head in (("of",), ("in",), ())
    for det in (
        ("the",),
        ("a",),
        ("every",),
        ("each",),
        ("every", "calendar"),
        ("each", "calendar"),
    )
    if (head or det != ("the",)) and (head, det) != (("in",), ("a",))  # not "in a month"
}
#: The same after "the": only a tail that says "every month" ("the last Friday of the
#: month" is one day of the month the text is about).
EVERY_MONTH_TAILS: Final[dict[tuple[str, ...], int]] = {
    words: 0 for words in _MONTH_TAILS if "every" in words or "each" in words
}
#: First tokens of a period ("the past three months", "recent weeks").
PERIOD_STARTS: Final = frozenset({"the", "recent", *_PERIOD_CUES})
#: First tokens of a recurrence ("daily", "every", "twice", "Mondays", …).
RECURRENCE_STARTS: Final = frozenset(
    {
        "every",
        "each",
        *NUMBERS,
        *vocab.FREQUENCY_ADVERBS,
        *vocab.PLURAL_WEEKDAYS,
        *vocab.WEEKDAYS,
        *_TIMES,
        *vocab.CARDINALS,
    }
)
#: First tokens of a vague reference ("now", "the past", "at present", …).
REFERENCE_STARTS: Final = frozenset(
    {"the", "coming", "upcoming", "then", *vocab.REFS} | {phrase[0] for phrase in _REF_PHRASES}
)
#: First tokens an anaphor can start with besides an amount ("the following day").
