"""The words around a match that :func:`chronos.text.extract` reads to settle its extent,
its signal and its kind: offsets and counted runs, periods of a report ("the year-ago
quarter"), countries, ranges and the clause marks that end them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from chronos.phrases import COUNTRY_NAMES, MONTHS, ORDINALS, Match, Scanner, Token
from chronos.text._sentences import _CALENDAR_ABBREVIATIONS, ABBREVIATIONS

# Mentions whose value the tense can decide, and the signals of a deadline, whose date is
# ahead of the clause's time whatever its tense ("extended the offer to Nov. 20").
_TENSED: Final = frozenset({"yearless", "weekday"})
_DEADLINES: Final = frozenset({"until", "till", "to", "through", "by", "up until", "thru"})
# The signals of the date a change takes effect ("created an office, effective Feb. 1"):
# the verb reports the decision, not the date, which is placed as a deadline is.
_TAKING_EFFECT: Final = frozenset({"effective"})

_SINCE: Final = frozenset({"since", "ever since"})

# Verbs that move an event to a later date: the date after "until" or "to" is the new one,
# ahead of the DCT the delay is reported on ("postponed the vote until Tuesday").
_DELAYS: Final = frozenset(
    {"postponed", "adjourned", "delayed", "deferred", "rescheduled", "recessed", "suspended"}
    | {"postpone", "adjourn", "delay", "defer", "reschedule", "recess", "suspend"}
    | {"postpones", "adjourns", "delays", "defers", "reschedules", "recesses", "suspends"}
    | {"postponing", "adjourning", "delaying", "deferring", "rescheduling", "recessing"}
    | {"suspending"}
    # "pushed back to", "moved the hearing to", "put off until": a date moved
    | {"push", "pushes", "pushed", "pushing", "move", "moves", "moved", "moving"}
)
# "put off": a delay only with its particle ("put the question to Monday" is none).
_PUT: Final = frozenset({"put", "puts", "putting"})
# How many words a delay verb may stand before its date ("adjourned the hearing until").
_DELAY_REACH: Final = 6


def after_delay(tokens: list[Token], first: int) -> bool:
    """Whether the date at token ``first`` follows "until" or "to" after a verb of delay
    in its clause: "postponed until Tuesday", "adjourned the trial to Monday", "pushed
    back to Friday", "put off until May"."""
    if first < 2 or tokens[first - 1].lower not in ("until", "till", "to"):
        return False
    for k in range(first - 2, max(first - 2 - _DELAY_REACH, -1), -1):
        low = tokens[k].lower
        if low in _DELAYS or (low == "off" and k > 0 and tokens[k - 1].lower in _PUT):
            return True
        if not low[:1].isalpha():
            return False  # a comma or a stop ends the clause
    return False


def _since_the_event_of(tokens: list[Token], first: int) -> bool:
    """ "since the floods of 2 March": the date of the event "since" names, before now.

    The date follows "of", and "since" opens the noun phrase at most four words before it.
    """
    if first < 3 or tokens[first - 1].lower != "of":
        return False
    for k in range(first - 2, max(first - 6, -1), -1):
        low = tokens[k].lower
        if low in _SINCE:
            return True
        if not low[:1].isalpha():
            return False
    return False


# The ordinals of a run of days ("the second day", "a fourth straight week"); "first" is
# left out ("the first day" is as often of a run that started long ago).
_RUN_ORDINALS: Final = frozenset(word for word, n in ORDINALS.items() if n > 1)
# The tens of an ordinal written in two words: "the twenty-first day", "thirty-second".
_RUN_TENS: Final = frozenset({"twenty", "thirty", "forty", "fifty", "sixty"})
# A run's unit and the deictic phrase for its latest one.
_RUN_UNITS: Final = {
    "day": "today",
    "night": "tonight",
    "week": "this week",
    "month": "this month",
}
# Periods that make a run only with a word that says so ("the fifth straight quarter",
# "the third year running"): "the second quarter" is Q2, "the third year" of a term.
_MARKED_RUN_UNITS: Final = {"quarter": "this quarter", "year": "this year"}
# Words before a run's unit that make it one: "a third straight month".
_RUN_WORDS: Final = frozenset({"consecutive", "straight", "successive", "running"})
# Words after "running" that leave it the run's ("for the third year running in May").
_AFTER_RUNNING: Final = frozenset(
    {"in", "on", "at", "as", "and", "but", "while", "after", "since", "to", "with", "now"}
)
_PLURAL_UNITS: Final = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
)
_COUNT_WORDS: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety"}
)
# Adjectives of a whole unit: "the fiscal year", "the full year" are a bare "the year".
_WHOLE: Final = frozenset({"fiscal", "full", "entire", "whole"})


def _of_a_noun(tokens: list[Token], first: int) -> bool:
    """ "the vote of 2 March", "the floods of 2 March": a date after "of" that dates the
    noun before it (the noun ends in a letter, so "one of 12" is not one)."""
    return (
        first >= 2
        and tokens[first - 1].lower == "of"
        and tokens[first - 2].kind == "WORD"
        and tokens[first - 2].lower not in _NOT_DATED_NOUNS
    )


# Words before "of" that do not make the date after it the date of an event: "some of
# March", "most of May" name parts of the month.
_NOT_DATED_NOUNS: Final = frozenset({"some", "most", "all", "much", "part", "rest", "none"})

# "the next …", "the coming …" after "the": relative to the time last named, not to now.
_BACK_REFERENCES: Final = frozenset({"next", "following", "previous", "preceding"})

_WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_MONTHS: Final = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)
# The months written in full: "June", not "Jun".
_FULL_MONTHS: Final = _MONTHS - _CALENDAR_ABBREVIATIONS
# Year-over-year comparisons, as the text writes them (lower case).
_COMPARISONS: Final = frozenset(
    {"a year ago", "a year earlier", "one year ago", "one year earlier", "a year before"}
)

# The phrase "year-ago" stands for, read once.
_A_YEAR_AGO_TEXT: Final = "a year ago"
_A_YEAR_AGO: Final = Scanner(_A_YEAR_AGO_TEXT).match(0)

# "the latest period" stands for the period a report is about: read as a bare "the quarter"
# (the latest quarter named before it).
_THE_QUARTER_TEXT: Final = "the quarter"
_THE_QUARTER: Final = Scanner(_THE_QUARTER_TEXT).match(0)
_LATEST: Final = frozenset({"latest", "current", "reporting"})
# With no quarter named before it, it is the last quarter over by the DCT.
_LATEST_QUARTER_TEXT: Final = "the latest quarter"
_LATEST_QUARTER_MATCH: Final = Scanner(_LATEST_QUARTER_TEXT).match(0)
_LATEST_QUARTER: Final = (
    None if _LATEST_QUARTER_MATCH is None else (_LATEST_QUARTER_MATCH, _LATEST_QUARTER_TEXT)
)

# Phrases a year back from now, which a period noun before them makes a comparison.
_YEAR_BACK: Final = frozenset(
    {"last year", "a year ago", "a year earlier", "a year before", "the previous year"}
    | {"the prior year", "one year ago", "one year earlier", "the year before"}
)
# The nouns of a period a year-over-year comparison or a year qualifies.
_PERIOD_NOUNS: Final = frozenset({"quarter", "period", "half", "months", "year", "month"})
_ORDINAL_WORDS: Final = frozenset({"first", "second", "third", "fourth", "fiscal"})
_NUMBER_WORDS: Final = frozenset({"three", "six", "nine", "twelve"})

# The units shorter than a day after "in" ("in thirty minutes"): a time that far from a
# DCT that is a day is no time of day anyone can name.
_LENGTH_UNITS: Final = frozenset({"seconds", "minutes", "minute", "hours", "hour"})
_RATE_UNITS: Final = frozenset({"year", "month", "week", "day", "hour", "quarter"})
# Words that end a quantity before "a year": "$33 million a year", "hundreds a day".
_QUANTITY_WORDS: Final = frozenset(
    {"million", "billion", "thousand", "hundred", "trillion", "percent", "%", "times"}
    | {"twice", "once", "thrice", "dollars", "tons", "barrels", "hundreds", "thousands"}
    | {"people", "cents"}
)
# Modals before "one day" that make it "at some time to come".
_WHEN_UNITS: Final = frozenset({"a day", "a week", "a month", "a year"})
_TAKE_LENGTHS: Final = frozenset(
    {"for", "lasted", "lasts", "last", "took", "takes", "take", "spent", "spend", "spends"}
    | {"waited", "wait", "in", "within"}
)
_MODALS: Final = frozenset({"will", "would", "could", "may", "might", "can", "shall", "should"})
# Words after a unit phrase that make it an offset from an event, not a rate.
_OFFSET_WORDS: Final = frozenset({"after", "before", "later", "earlier", "ago", "from"})
# Words in "s" that are not plural nouns.
_NOT_PLURALS: Final = frozenset(
    {"is", "was", "has", "its", "this", "his", "us", "as", "thus", "less", "unless", "plus"}
    | {"yes", "across", "always", "perhaps", "sometimes", "whereas", "besides", "lies"}
)


def _after_that(tokens: list[Token], core: tuple[int, int]) -> bool:
    """Whether the extent follows "that" or "the same" ("that morning", "the same night")."""
    k = core[0]
    before = tokens[k - 1].lower if k >= 1 else ""
    return before == "that" or (before == "same" and k >= 2 and tokens[k - 2].lower == "the")


# A part of the day with no day of its own: "in the morning", "morning trading", "later in
# the day". In a clause that is not in the future, it is a part of the day the text reports.
_PARTS_OF_DAY: Final = frozenset(
    {"morning", "afternoon", "evening", "night", "overnight"}
    | {"the morning", "the afternoon", "the evening", "the night", "the day"}
    # the hours after midnight: "shells fell on Tuesday … in the early hours"
    | {f"the {small} hours" for small in ("early", "small", "wee", "wee small", "early morning")}
    | {f"the {small} hours of the morning" for small in ("early", "small", "wee")}
)
# An edge or a stretch of the day the text reports: "at the start of the day", "by the end
# of the day", as "later in the day" is.
_EDGES_OF_DAY: Final = frozenset(
    f"the {edge} of the day" for edge in ("start", "beginning", "end", "close", "middle", "rest")
)
# Words that give a clock time its day: "at 9 a.m. Friday", "tonight at 9".
_DAY_WORDS: Final = _WEEKDAYS | _MONTHS | {"today", "yesterday", "tomorrow", "tonight"}


# Superlatives, after which "in six years" is the stretch compared over, not a date six
# years ahead: "the lowest level in six years", "the first time in a decade".
_SUPERLATIVES: Final = frozenset(
    {"highest", "lowest", "biggest", "largest", "smallest", "best", "worst", "strongest"}
    | {"weakest", "deepest", "steepest", "sharpest", "fastest", "slowest", "longest"}
    | {"shortest", "heaviest", "busiest", "hottest", "coldest", "warmest", "wettest"}
    | {"driest", "greatest", "fewest", "most", "least", "first", "only", "latest"}
)
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "."})


def _after_superlative(tokens: list[Token], first: int, sentence_start: int) -> bool:
    """Whether a superlative comes at most five words before the "in" that precedes token
    ``first``, within the clause: "[its lowest level] in [six years]", "the best weekly gain
    in nearly five months", "for the first time in two decades"."""
    k = first - 1
    if k < sentence_start or tokens[k].lower != "in":
        return False
    for j in range(k - 1, max(sentence_start, k - 6) - 1, -1):
        word = tokens[j].lower
        if word in _CLAUSE_MARKS or word in _AUXILIARIES:
            # a verb between: the superlative is the subject's ("most shops will shut in
            # December", "the first trains are due in May"), not the stretch's
            return False
        if word in _SUPERLATIVES:
            return True
    return False


# Auxiliaries and modals: a verb group between a superlative and "in" ends its phrase.
_AUXILIARIES: Final = frozenset(
    {"will", "would", "shall", "ll", "was", "were", "is", "are", "am", "has", "have", "had"}
    | {"may", "might", "can", "could", "should", "must", "did", "does", "do"}
)


_ORDINAL_NUMBERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _ordinal_period(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """The quarter or half tokens ``k``… name by its ordinal ("third quarter", "first
    half", "second-quarter"), as ``(number, "quarter" | "half")``, else ``None``."""
    if k >= len(tokens) or tokens[k].lower not in _ORDINAL_NUMBERS:
        return None
    j = k + 1
    if j < len(tokens) and tokens[j].kind == "DASH" and not tokens[j].spaced:
        j += 1
    if j >= len(tokens) or tokens[j].lower not in ("quarter", "half"):
        return None
    number, unit = _ORDINAL_NUMBERS[tokens[k].lower], tokens[j].lower
    return None if unit == "half" and number > 2 else (number, unit)


def _names_a_day(tokens: list[Token], core: tuple[int, int]) -> bool:
    """Whether the extent names its day: a weekday, a month, "today"... or a date in
    figures ("12/15")."""
    return any(
        t.lower.rstrip(".") in _DAY_WORDS or t.text == "/" for t in tokens[core[0] : core[1]]
    )


def _country_of(tokens: list[Token]) -> str | None:
    """The one country the text names (by name or adjective, "US" in capitals), or
    ``None`` if it names none or several."""
    codes: set[str] = set()
    for i, token in enumerate(tokens):
        for words, code in _COUNTRY_INDEX.get(token.lower, ()):
            if token.lower == "us" and token.text != "US":
                continue  # "told us": the pronoun
            if all(i + k < len(tokens) and tokens[i + k].lower == w for k, w in enumerate(words)):
                codes.add(code)
                break
        if len(codes) > 1:
            return None
    return next(iter(codes), None)


# The country names by their first word, longest first.
_COUNTRY_INDEX: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _words, _code in sorted(COUNTRY_NAMES.items(), key=lambda item: -len(item[0])):
    _COUNTRY_INDEX.setdefault(_words[0], []).append((_words, _code))


def _offset_before(scanner: Scanner, got: Match, i: int) -> tuple[Match, int, str] | None:
    """The length before "after" or "before" in a match anchored to a date ("eight days
    after Oct. 12"), read on its own, with the token after it and its text."""
    if got.relation not in ("AFTER", "BEFORE") or scanner.tokens[i].start >= got.timex_start:
        return None
    tokens = scanner.tokens
    k = next(
        (
            j
            for j in range(i + 1, got.next_token)
            if tokens[j].lower in ("after", "before") and tokens[j].start < got.timex_start
        ),
        None,
    )
    if k is None:
        return None
    text = scanner.text[tokens[i].start : tokens[k - 1].end]
    stand_in = Scanner(text).match(0)
    if stand_in is None or stand_in.anchoring != "none":
        return None
    if (stand_in.timex_start, stand_in.timex_end) != (0, len(text)):
        return None
    return stand_in, k, text


def _counted_run(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "a second consecutive day", "the eighth day", "a fourth straight week" from token
    ``i``: the deictic phrase it stands for ("today", "this week") and the token after it."""
    if tokens[i].lower not in ("a", "the") or i + 2 >= len(tokens):
        return None
    k = i + 1
    if (
        tokens[k].lower in _RUN_TENS
        and k + 2 < len(tokens)
        and tokens[k + 1].kind == "DASH"
        and tokens[k + 2].lower in ORDINALS
        and ORDINALS[tokens[k + 2].lower] < 10
    ):
        k += 2  # "the twenty-first day": tens, a hyphen and an ordinal below ten
    elif tokens[k].lower not in _RUN_ORDINALS and not (
        tokens[k].kind == "ORDINAL" and tokens[k].lower[:-2].isdigit()
    ):
        return None
    k += 1
    marked = tokens[k].lower in _RUN_WORDS
    if marked:
        k += 1
    if k >= len(tokens):
        return None
    unit = tokens[k].lower
    stand_in = _RUN_UNITS.get(unit) or _MARKED_RUN_UNITS.get(unit)
    if stand_in is None:
        return None
    after = _run_end(tokens, k + 1)
    if unit in _MARKED_RUN_UNITS and not marked and after == k + 1:
        return None  # "the second quarter", "the third year of his term": no run
    return stand_in, after


def _run_end(tokens: list[Token], k: int) -> int:
    """The token after a run's unit and the words after it that make it a run: "in a
    row" ("a second month [in a row]"), "running" ("the third year [running]"); ``k``
    itself when none follows."""
    n = len(tokens)
    if (
        k + 2 < n
        and tokens[k].lower == "in"
        and tokens[k + 1].lower == "a"
        and tokens[k + 2].lower == "row"
    ):
        return k + 3
    if k < n and tokens[k].lower == "running":
        nxt = tokens[k + 1] if k + 1 < n else None
        if nxt is None or not nxt.lower[:1].isalpha() or nxt.lower in _AFTER_RUNNING:
            return k + 1  # "running the plant" is a verb and its object
    return k


def _run_named(tokens: list[Token], k: int, stand_in: str) -> int | None:
    """The first token of the time a counted run names for its latest unit, right after
    it at ``k``: "a third straight month [in May]", "for a fifth consecutive day [on
    Friday]"; ``None`` when the run names none and so ends at the DCT."""
    if k + 1 >= len(tokens):
        return None
    word, named = tokens[k].lower, tokens[k + 1].lower
    if stand_in == "this month" and word == "in" and named in _MONTHS:
        # a month, not a day of it ("in May 3" is no English): the month the run is at
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if after is None or after.kind != "NUMBER" or len(after.text) == 4:
            return k + 1
    if (
        stand_in in ("today", "tonight")
        and word == "on"
        and (named in _WEEKDAYS or named in _MONTHS)
    ):
        return k + 1
    return None


def _between_amounts(tokens: list[Token], i: int) -> str | None:
    """The unit of "between 60 and 90 days" (or "between two to six days") when token
    ``i`` is its "between", else ``None``."""
    if tokens[i].lower != "between" or i + 4 >= len(tokens):
        return None
    one, join, two, unit = tokens[i + 1 : i + 5]
    if join.lower not in ("and", "to") or unit.lower not in _PLURAL_UNITS:
        return None
    if not (_count(one) and _count(two)):
        return None
    return unit.lower


def _count(token: Token) -> bool:
    """Whether the token is a count: a number of up to three digits or a number word."""
    if token.kind == "NUMBER":
        return len(token.text) <= 3
    return token.lower in _COUNT_WORDS


def _bare_unit(words: list[str]) -> bool:
    """ "the year", "the fiscal year", "the full year": a unit noun after "the" alone."""
    return words[:1] == ["the"] and (len(words) == 2 or (len(words) == 3 and words[1] in _WHOLE))


def _weekday_and_date(tokens: list[Token], core: tuple[int, int]) -> bool:
    """Whether the extent names both a weekday and a month in one date ("Monday, Oct. 26");
    the two ends of a range are two dates ("from Monday until 30 June")."""
    words: set[str] = set()
    for t in tokens[core[0] : core[1]]:
        if t.lower in _RANGE_JOINS or t.kind == "DASH":
            if words & _WEEKDAYS and words & _MONTHS:
                return True
            words = set()
        elif t.kind == "WORD":
            words.add(t.lower.rstrip("."))
    return bool(words & _WEEKDAYS) and bool(words & _MONTHS)


# The words joining the two ends of a range.
_RANGE_JOINS: Final = frozenset({"to", "until", "till", "through", "thru", "and"})


def _with_period_noun(tokens: list[Token], core: tuple[int, int], end: int) -> tuple[int, int]:
    """A "year-earlier" comparison with the period it qualifies, as TimeML draws it: "[the
    year-earlier quarter]", "[the comparable year-ago third quarter]", "[the year-ago
    period]"."""
    a, b = core
    k = b
    if k < end and tokens[k].lower in _ORDINAL_WORDS:
        k += 1
    if k + 1 < end and tokens[k].lower in _NUMBER_WORDS and tokens[k + 1].lower == "months":
        k += 1  # "the year-earlier nine months"
    if k < end and tokens[k].lower in _PERIOD_NOUNS:
        b = k + 1
    else:
        return a, b
    j = a
    if j > 0 and tokens[j - 1].lower in ("comparable", "corresponding", "same"):
        j -= 1
    if j > 0 and tokens[j - 1].lower == "the":
        j -= 1
    return j, b


def _period_before(
    tokens: list[Token], core: tuple[int, int], first: int
) -> tuple[int, int] | None:
    """ "[the same period last year]", "[the quarter a year ago]": a period noun before a
    year-back phrase makes the whole a comparison with the period reported on."""
    a, b = core
    if " ".join(t.lower for t in tokens[a:b]) not in _YEAR_BACK:
        return None
    k = a - 1
    if k >= first and tokens[k].lower == "of":
        k -= 1
    if k < first or tokens[k].lower not in _PERIOD_NOUNS:
        return None
    if k - 1 >= first and tokens[k - 1].lower in _NUMBER_WORDS:
        k -= 1  # "the nine months a year earlier"
    if k - 1 >= first and tokens[k - 1].lower in ("same", "corresponding", "comparable"):
        k -= 1
    if k - 1 >= first and tokens[k - 1].lower == "the":
        return k - 1, b
    return None


def _year_period(
    tokens: list[Token], core: tuple[int, int], first: int, end: int
) -> tuple[int, int] | None:
    """ "[the 1988 quarter]", "[the 1988 period]": a year naming the period compared; the
    extent runs from "the" to the noun."""
    a, b = core
    if b - a != 1 or tokens[a].kind != "NUMBER" or len(tokens[a].text) != 4:
        return None
    if a - 1 < first or tokens[a - 1].lower != "the":
        return None
    if b >= end or tokens[b].lower not in _PERIOD_NOUNS:
        return None
    return a - 1, b + 1


def _shape(
    tokens: list[Token], core: tuple[int, int], words: str, first: int, end: int
) -> str | None:
    """What a plain unit phrase is, from its neighbours:

    - ``"SET"``: "a year" or "a day" after a quantity is a rate: "$33 million a year",
      "hundreds of interviews a day";
    - ``"DURATION"``: "the year" before "ended"/"ending" is the length of a reporting
      period: "for the year ended July 2" (a year's accounts may end in any month);
    - ``"SOMEDAY"``: "one day" after a modal is a time to come, not a length: "may one
      day lead the party";
    - ``"WHEN"``: "a day" before "when" is a day the clause names: "came a day when";
    - ``"ENDED"``: "the quarter" before "ended" is the calendar quarter holding most of
      the three months that end on the date after it: "the quarter ended Sept. 30" is Q3,
      "the quarter ended July 31" (May to July) Q2.
    """
    a, b = core
    if words in ("one day", "some day") and a > first and tokens[a - 1].lower in _MODALS:
        return "SOMEDAY"  # "will one day lead the party": at some time to come
    if (
        words in _WHEN_UNITS
        and b < end
        and tokens[b].lower == "when"
        and (a == first or tokens[a - 1].lower not in _TAKE_LENGTHS)
    ):
        return "WHEN"  # "there came a year when": a point ("lasted a day when": a length)
    unit = words.split()[-1] if words else ""
    if unit not in _RATE_UNITS or not (b - a == 2 or _bare_unit(words.split())):
        return None
    if words.startswith(("a ", "an ", "per ")) and a > first and not _offset_follows(tokens, b):
        before = tokens[a - 1]
        plural = (
            before.kind == "WORD"
            and (before.text.islower() or _acronym_plural(before.text))
            and before.lower.endswith("s")
            and before.lower not in _NOT_PLURALS
        )
        if before.kind == "NUMBER" or before.lower in _QUANTITY_WORDS or plural:
            return "SET"  # "$33 million a year", "300 calls a day"
    if words.startswith("the ") and b < end and tokens[b].lower in ("ended", "ending"):
        return "ENDED" if unit == "quarter" else "DURATION"
    return None


def _offset_follows(tokens: list[Token], b: int) -> bool:
    """Whether the unit phrase ending before token ``b`` is an offset from an event, not a
    rate: "comes a day after the filing", "a year before the vote"."""
    return b < len(tokens) and tokens[b].lower in _OFFSET_WORDS


def _acronym_plural(word: str) -> bool:
    """ "CDs", "PCs": the plural of a word in capitals."""
    return len(word) >= 3 and word[-1] == "s" and word[:-1].isupper()


def _latest_period(tokens: list[Token], i: int) -> bool:
    """Whether tokens ``i``… are "the latest period" ("the current period")."""
    return (
        i + 2 < len(tokens)
        and tokens[i].lower == "the"
        and tokens[i + 1].lower in _LATEST
        and tokens[i + 2].lower == "period"
    )


def _year_ago(tokens: list[Token], i: int, words: frozenset[str] = frozenset({"ago"})) -> bool:
    """Whether tokens ``i``… are "year-ago" (or "year-" and one of ``words``) written as
    one word."""
    return (
        i + 2 < len(tokens)
        and tokens[i].lower == "year"
        and tokens[i + 1].kind == "DASH"
        and not tokens[i + 1].spaced
        and tokens[i + 2].lower in words
        and not tokens[i + 2].spaced
    )


_COMPARED: Final = frozenset({"ago", "earlier"})


# Words that cannot be the noun an adjectival period qualifies: after "By the mid-1930s
# the army", the period is the phrase itself and keeps its article.
_NO_HEAD: Final = frozenset(
    {
        *("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"),
        *("our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "there"),
        *("and", "or", "but", "when", "as", "in", "on", "at", "by", "for", "to", "of"),
        *("with", "from", "was", "were", "is", "are", "had", "has", "have", "will", "would"),
    }
)


def _trimmed(tokens: list[Token], core: tuple[int, int], end: int) -> tuple[int, int]:
    """The extent as TimeML draws it where the grammar reads more:

    - an adjectival duration or period keeps no article: "a [two-week] visit", "the
      [third-quarter] loss";
    - "earlier"/"later" before a weekday or "in the …" stay outside: "earlier [Friday]",
      "later in [the day]" (before "this week", "today" TimeML keeps them inside), and so
      do the small hours before a morning the text names: "the early hours of [Sunday
      morning]".
    """
    a, b = core
    if (
        b - a == 4
        and tokens[a].lower in ("a", "an", "the")
        and tokens[a + 2].kind == "DASH"
        and not tokens[a + 2].spaced
        and not tokens[a + 3].spaced
        and b < end
        and tokens[b].kind == "WORD"
        and tokens[b].lower not in _NO_HEAD
    ):
        return a + 1, b
    if b - a >= 2 and tokens[a].lower in ("earlier", "later"):
        following = tokens[a + 1].lower
        if following in _WEEKDAYS:  # "earlier [Friday]"
            return a + 1, b
        if following == "in" and b - a >= 3:
            return a + 2, b
    if b - a >= 5 and tokens[b - 1].lower == "morning" and tokens[a].lower == "the":
        # "the early hours of [Sunday morning]": the text names the part of the day, and
        # the words before it narrow it, outside as "earlier" is ("earlier [Friday]")
        k = next((k for k in range(a + 2, b - 2) if tokens[k].lower == "of"), None)
        if k is not None and tokens[k - 1].lower == "hours" and tokens[k + 1].lower != "the":
            return k + 1, b
    if b - a == 2 and tokens[a].lower in ("right", "just") and tokens[a + 1].lower == "now":
        return a + 1, b  # "right [now]"
    # "[the fiscal first quarter]", "[the fiscal-first quarter]": "fiscal" before the
    # ordinal of a quarter or half belongs to it, with its article
    if tokens[a].lower in _ORDINAL_WORDS and a >= 1:
        k = a - 1
        if tokens[k].kind == "DASH" and not tokens[k].spaced and k >= 1:
            k -= 1
        adjectival = a + 1 < b and tokens[a + 1].kind == "DASH"  # "fiscal second-quarter"
        if tokens[k].lower == "fiscal":
            article = k >= 1 and tokens[k - 1].lower == "the" and not adjectival
            return (k - 1 if article else k), b
    return a, b


def _full_stop(tokens: list[Token], core: tuple[int, int]) -> bool:
    """Whether the extent ``core`` ends with a full stop that is the sentence's: after a
    whole word or a number, or after a short weekday or month written in lower case
    ("from tues. the landlord"): a message writes its short days without a stop ("tues",
    "weds") and its sentences in lower case, so a stop there ends the sentence."""
    a, b = core
    if b - a < 2 or tokens[b - 1].kind != "DOT":
        return False
    word = tokens[b - 2]
    if word.kind == "NUMBER":
        return True
    if word.kind != "WORD":
        return False
    if word.lower in _CALENDAR_ABBREVIATIONS:
        return word.text.islower()
    return len(word.text) > 1 and word.lower not in ABBREVIATIONS


def _core_tokens(scanner: Scanner, match: Match, first: int) -> tuple[int, int]:
    """The token indices ``[a, b)`` of the match's TIMEX3 extent."""
    tokens = scanner.tokens
    a = first
    while a < match.next_token and tokens[a].start < match.timex_start:
        a += 1
    b = a
    while b < len(tokens) and tokens[b].end <= match.timex_end:
        b += 1
    return a, max(b, a + 1)


def month_first(tokens: list[Token]) -> bool:
    """Whether the text writes its dates month first ("July 9", "Oct. 3") more often than
    day first ("9 July"): a text's slash dates ("7/8/07") follow its own order."""
    ahead = behind = 0
    for k, token in enumerate(tokens[:-1]):
        if token.kind != "NUMBER" or len(token.text) > 2 or int(token.text) > 31:
            continue
        j = k - 1
        if j >= 0 and tokens[j].kind == "DOT" and not tokens[j].spaced:
            j -= 1  # "Oct. 3"
        if j >= 0 and tokens[j].lower in _MONTHS and tokens[j].lower != "may":
            ahead += 1
        elif tokens[k + 1].lower in _MONTHS and tokens[k + 1].lower != "may":
            behind += 1
    return ahead > behind


# The plural parts of the day a pair of weekdays can share ("Monday and Tuesday nights").
_PLURAL_PARTS: Final = frozenset({"mornings", "afternoons", "evenings", "nights"})


def _shared_plural(tokens: list[Token], core: tuple[int, int]) -> str | None:
    """The plural part of the day that a weekday shares with the ones after it in a list
    ("Monday" in "on Monday and Tuesday nights", "Monday" and "Wednesday" in "Monday,
    Wednesday and Friday mornings": every Monday morning), else ``None``."""
    first, last = core
    if last - first != 1 or tokens[first].lower not in _WEEKDAYS:
        return None
    n, k = len(tokens), last
    listed = first >= 2 and tokens[first - 1].lower == "," and tokens[first - 2].lower in _WEEKDAYS
    # a list of weekdays is seven long at most: the walk stays short whatever the text
    for step in range(len(_WEEKDAYS)):
        joint = tokens[k].lower if k < n else ""
        if joint not in (",", "and", "or"):
            return None
        k += 1
        if (step or listed) and joint == "," and k < n and tokens[k].lower in ("and", "or"):
            joint = tokens[k].lower  # the serial comma: "Monday, Wednesday, and Friday"
            k += 1
        if k >= n or tokens[k].lower not in _WEEKDAYS:
            return None
        k += 1
        if k < n and tokens[k].lower in _PLURAL_PARTS:
            # the list ends in "and" or "or": "Monday, Friday mornings" is no list
            return tokens[k].lower if joint != "," else None
    return None


# The words that end an amount of money or a per-share figure ("$3 million", "44 cents a
# share", "a 13% gain"): "last year" right after one compares it with the year before.
_AMOUNT_ENDS: Final = frozenset(
    {"million", "billion", "trillion", "cents", "share", "%", "percent", "pct"}
)
#: The words for the year before the DCT's that compare an amount with its own ("$3
#: million last year", "$3 million the previous year"), as "a year earlier" does.
YEAR_BACK: Final = frozenset({"last year", "the previous year", "the prior year"})
_PERIOD_OF_REPORT: Final = frozenset({"quarter", "period", "half"})
# The words that open the amount compared ("up from $3 million", "compared with a loss of
# $3 million") and how far back they may stand.
_COMPARED_WITH: Final = frozenset({"from", "with", "against", "versus", "vs"})
_AMOUNT_REACH: Final = 7


def compared_last_year(tokens: list[Token], core: tuple[int, int], end: int) -> int | None:
    """ "a loss of $3 million last year", "from last year's $1.55 billion", "[last year's
    quarter]", "$3 million the prior year": a year back (``YEAR_BACK``) as a year-over-year
    comparison of an amount, as "a year earlier" is; the end of its extent (past the period
    noun it takes), else ``None``."""
    first, last = core
    before = tokens[first - 1] if first > 0 else None
    if before is not None and (before.lower in _AMOUNT_ENDS or before.kind == "NUMBER"):
        # the amount is compared: "from", "with", "against", "versus" opens it
        for k in range(first - 2, max(first - 2 - _AMOUNT_REACH, -1), -1):
            if tokens[k].lower in _COMPARED_WITH:
                return last
            if tokens[k].kind not in ("WORD", "NUMBER", "DOT", "OTHER"):
                return None  # a comma or a stop: another clause
        return None
    if last + 2 >= end or tokens[last].kind != "APOSTROPHE" or tokens[last + 1].lower != "s":
        return None
    after = tokens[last + 2]
    if after.text == "$" or after.kind == "NUMBER":
        return last
    if after.lower in _PERIOD_OF_REPORT:
        return last + 3
    return None


# Days named by what happened on them: before a word naming the event, the date is that
# day in history, whatever the DCT ("the Sept. 11 attacks", "the 7 July bombings"), once
# the DCT has come to it. (month, day) -> (year, the words that name the event).
_ATTACK_WORDS: Final = frozenset(
    {"attack", "attacks", "attackers", "terrorist", "terror", "bombing", "bombings", "bombers"}
)
_EVENT_DAYS: Final[dict[tuple[int, int], tuple[int, frozenset[str]]]] = {
    # the attacks on New York and Washington, and the commission that studied them
    (9, 11): (2001, _ATTACK_WORDS | {"hijackers", "hijackings", "commission"}),
    # the bombings of London's transport
    (7, 7): (2005, _ATTACK_WORDS),
    # the train bombings in Madrid
    (3, 11): (2004, _ATTACK_WORDS),
    # the attacks in Paris
    (11, 13): (2015, _ATTACK_WORDS),
    # the storming of the US Capitol, and the House committee on it
    (1, 6): (2021, _ATTACK_WORDS | {"riot", "rioters", "insurrection", "committee"}),
    # the attack on Israel from Gaza, and the hostages taken
    (10, 7): (2023, _ATTACK_WORDS | {"massacre", "hostages"}),
}


def slash_event_day(tokens: list[Token], i: int, dct: datetime | None) -> str | None:
    """The day in history that a slash date at token ``i`` names before a word for what
    happened on it ("the 9/11 attacks", "the 7/7 bombings", "the 13/11 attacks"), read
    month first or day first, whichever names such a day; ``None`` otherwise, for a
    slash date that is part of a longer one ("9/11/2001" is read as a date) and for a
    DCT before that day."""
    if i + 3 >= len(tokens) or (i > 0 and tokens[i - 1].kind in ("SLASH", "NUMBER")):
        return None
    one, slash, two, after = tokens[i : i + 4]
    if one.kind != "NUMBER" or slash.kind != "SLASH" or two.kind != "NUMBER":
        return None
    if slash.spaced or two.spaced or not (one.lower.isdigit() and two.lower.isdigit()):
        return None
    a, b = int(one.lower), int(two.lower)
    for month, day in ((a, b), (b, a)):
        event = _EVENT_DAYS.get((month, day))
        if event is None or after.lower not in event[1]:
            continue
        year = event[0]
        if dct is not None and dct < datetime(year, month, day):
            return None  # written before that day: an ordinary date
        return f"{year}-{month:02}-{day:02}"
    return None


def event_day(tokens: list[Token], core: tuple[int, int], dct: datetime | None) -> str | None:
    """The day in history that the date over ``core`` names before a word for what
    happened on it ("the Sept. 11 attacks", "the 7 July bombings", "the January 6th
    riot"), as a date to read ("2001-09-11"); ``None`` for any other date, and
    for a DCT before that day."""
    first, last = core
    if last >= len(tokens):
        return None
    words = [t.lower for t in tokens[first:last] if t.kind != "DOT"]
    if len(words) != 2:
        return None
    month_word, day_word = words if words[0] in MONTHS else words[::-1]
    day_word = day_word[:-2] if day_word[-2:] in ("st", "nd", "rd", "th") else day_word
    if month_word not in MONTHS or not day_word.isdigit():
        return None
    month, day = MONTHS[month_word], int(day_word)
    event = _EVENT_DAYS.get((month, day))
    if event is None or tokens[last].lower not in event[1]:
        return None
    year = event[0]
    if dct is not None and dct < datetime(year, month, day):
        return None  # written before that day: a day of the year as any other
    return f"{year}-{month:02}-{day:02}"
