"""``extract``: every temporal expression of a text, with its TIMEX3, tense and context.

One pass of the phrase grammar over the text's tokens finds the matches: a scanner tries
the grammar only at the tokens its table of first tokens allows, takes the longest phrase
there, and goes on after it. Each match gets its sentence, the tense of its clause and a
verdict from the filters (ages, labels, quantities, names); then the document's context
places each one (:mod:`chronos.text._context`).
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Final

import attrs

from chronos.errors import InvalidArgumentError
from chronos.phrases import COUNTRY_NAMES, COUNTRY_TITLES, Match, Scanner, Tense, Token
from chronos.text._context import Found, place
from chronos.text._filters import dropped
from chronos.text._mention import Mention
from chronos.text._sentences import ABBREVIATIONS, sentence_starts
from chronos.text._tense import tense_at
from chronos.time import Policy

__all__ = ["GENRES", "extract"]

# Mentions whose value the tense can decide, and the signals of a deadline, whose date is
# ahead of the clause's time whatever its tense ("extended the offer to Nov. 20").
_TENSED: Final = frozenset({"yearless", "weekday"})
_DEADLINES: Final = frozenset({"until", "till", "to", "through", "by", "up until", "thru"})
# The signals of the date a change takes effect ("created an office, effective Feb. 1"):
# the verb reports the decision, not the date, which is placed as a deadline is.
_TAKING_EFFECT: Final = frozenset({"effective"})

_SINCE: Final = frozenset({"since", "ever since"})


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
_RUN_ORDINALS: Final = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
# A run's unit and the deictic phrase for its latest one.
_RUN_UNITS: Final = {"day": "today", "week": "this week", "month": "this month"}
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

# What may follow "earlier"/"later" outside the extent.
_AFTER_EARLIER: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_MONTHS: Final = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)
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

#: The kinds of document :func:`extract` knows; ``None`` lets it decide.
GENRES: Final = ("news", "narrative")


def extract(
    text: str,
    *,
    dct: date | datetime | str | None = None,
    policy: Policy | None = None,
    genre: str | None = None,
) -> list[Mention]:
    """Every temporal expression in ``text``, in order, as :class:`Mention` values.

    ``dct`` is the document's creation time (its publication date; a ``date``, a naive
    ``datetime`` or an ISO string): deictic expressions ("yesterday", "last week") are
    resolved against it. Without it the text's own dates are the only reference, and a
    mention that only a DCT could place keeps the unknown fields of its value as ``X``.
    ``genre`` is ``"news"`` or ``"narrative"``; by default the text decides (see
    ``docs/extraction.md``). ``policy`` holds the conventions for vague phrases.

    >>> [(m.text, m.timex.value, m.signal) for m in extract(
    ...     "Khan has been held since August 2023 and will appear in court on Monday.",
    ...     dct="2024-10-25")]
    [('August 2023', '2023-08', 'since'), ('Monday', '2024-10-28', 'on')]

    Any ``str`` gives a list (perhaps empty); a ``text`` that is not a ``str``, a ``dct``
    that is not a date and an unknown ``genre`` raise :class:`~chronos.InvalidArgumentError`.
    """
    if not isinstance(text, str):
        raise InvalidArgumentError("text", text, "must be a str")
    reference = _dct(dct)
    if genre is not None and genre not in GENRES:
        raise InvalidArgumentError("genre", genre, f"must be one of {', '.join(GENRES)} or None")
    if policy is not None and not isinstance(policy, Policy):
        raise InvalidArgumentError("policy", policy, "must be a Policy or None")
    scanner = Scanner(text)
    found = _scan(scanner)
    return place(scanner, found, reference, policy, genre)


def _dct(dct: object) -> datetime | None:
    if dct is None:
        return None
    if isinstance(dct, datetime):
        if dct.tzinfo is not None:
            raise InvalidArgumentError(
                "dct", dct, "must be naive; convert it with chronos.floating()"
            )
        return dct.replace(microsecond=0)
    if isinstance(dct, date):
        return datetime(dct.year, dct.month, dct.day)
    if isinstance(dct, str):
        try:
            value = datetime.fromisoformat(dct.strip())
        except ValueError:
            raise InvalidArgumentError(
                "dct", dct, "is not an ISO date or date-time (expected e.g. 2024-10-25)"
            ) from None
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        return value.replace(microsecond=0)
    raise InvalidArgumentError("dct", dct, "must be a date, a datetime, an ISO str or None")


def _scan(scanner: Scanner) -> list[Found]:
    """The matches of the text that pass the filters, with sentence and tense."""
    tokens = scanner.tokens
    text = scanner.text
    starts = sentence_starts(text, tokens)
    n = len(tokens)
    found: list[Found] = []
    country: tuple[str | None] | None = None  # the one country the text names, once read
    resume = 0
    match = scanner.match
    for i in scanner.starts:
        if i < resume:
            continue
        if tokens[i].lower in ("a", "one") and _year_ago(tokens, i + 1, _COMPARED):
            continue  # "a year-earlier loss": the comparison is read from "year" on
        first_end = _between_amounts(tokens, i)
        if first_end is not None:
            # "between 60 and 90 days": two ends, as a range of dates is; the first takes
            # the second's unit
            first_text = f"{tokens[i + 1].text} {first_end}"
            stand_in = Scanner(first_text).match(0)
            if stand_in is not None:
                sentence = bisect.bisect_right(starts, i) - 1
                found.append(
                    Found(
                        stand_in,
                        stand_in.anchoring,
                        sentence,
                        None,
                        None,
                        i + 1,
                        i + 2,
                        source=first_text,
                    )
                )
                resume = i + 3
                continue
        got: Match | None = match(i)
        if got is None and _THE_QUARTER is not None and _latest_period(tokens, i):
            # "the latest period": the period a report is about, read as "the quarter"
            sentence = bisect.bisect_right(starts, i) - 1
            found.append(
                Found(
                    _THE_QUARTER,
                    "anaphoric",
                    sentence,
                    None,
                    None,
                    i,
                    i + 3,
                    bare=True,
                    source=_THE_QUARTER_TEXT,
                    fallback=_LATEST_QUARTER,
                )
            )
            resume = i + 3
            continue
        # "a second consecutive day": the grammar reads "a second", a length
        run = _counted_run(tokens, i) if got is None or got.next_token <= i + 2 else None
        if run is not None:
            # "for a third straight day", "the eighth day of the blockade": the latest day
            # of a run the news reports, the DCT's own
            run_text, last = run
            stand_in = Scanner(run_text).match(0)
            if stand_in is not None:
                sentence = bisect.bisect_right(starts, i) - 1
                found.append(
                    Found(stand_in, "deictic", sentence, None, None, i, last, source=run_text)
                )
                resume = last
                continue
        if got is None or _ordinal_period(tokens, i + 3) is not None:
            if _A_YEAR_AGO is not None and (
                _year_ago(tokens, i)
                or (_year_ago(tokens, i, _COMPARED) and _ordinal_period(tokens, i + 3))
            ):
                # "the year-ago quarter": a comparison the grammar has no phrase for; it is
                # read as "a year ago" and placed like one.
                sentence = bisect.bisect_right(starts, i) - 1
                end = starts[sentence + 1] if sentence + 1 < len(starts) else n
                a, b = _with_period_noun(tokens, (i, i + 3), end)
                found.append(
                    Found(
                        _A_YEAR_AGO,
                        "deictic",
                        sentence,
                        None,
                        None,
                        a,
                        b,
                        comparison=True,
                        source=_A_YEAR_AGO_TEXT,
                        named=_ordinal_period(tokens, i + 3) if b > i + 3 else None,
                    )
                )
                resume = b
                continue
            if got is None:
                continue
        sentence = bisect.bisect_right(starts, i) - 1
        first_token = starts[sentence]
        last_token = starts[sentence + 1] if sentence + 1 < len(starts) else n
        offset = _offset_before(scanner, got, i)
        if offset is not None:
            # "[eight days] after [Oct. 12]": the stated gap is a TIMEX3 of its own
            gap, after, gap_text = offset
            found.append(Found(gap, "none", sentence, None, None, i, after, source=gap_text))
        core = _core_tokens(scanner, got, i)
        if _full_stop(tokens, core):
            # "on Friday.": the grammar reads the stop of an abbreviation ("Fri."); after a
            # whole word it ends the sentence and is not part of the extent.
            core = (core[0], core[1] - 1)
            got = attrs.evolve(got, timex_end=tokens[core[1] - 1].end)
        if got.timex_end <= got.timex_start or dropped(tokens, core[0], core[1], first_token):
            resume = max(resume, i + 1)
            continue
        resume = got.next_token
        tense: Tense | None = tense_at(tokens, core[0], core[1], first_token, last_token)
        if tense is Tense.PAST and core[1] - core[0] == 1 and tokens[core[0]].lower == "soon":
            # "a trickle that soon became a flood": soon after a past event, not the future
            resume = max(resume, i + 1)
            continue
        placing = tense
        if (
            got.anchoring in _TENSED
            and core[1] + 1 < len(tokens)
            and tokens[core[1]].kind == "APOSTROPHE"
            and tokens[core[1] + 1].lower == "s"
        ):
            placing = Tense.PAST  # "Wednesday's ruling": an event the text reports
        elif got.anchoring in _TENSED and (
            got.signal in _DEADLINES
            or got.signal in _TAKING_EFFECT
            or (core[0] > 0 and tokens[core[0] - 1].lower in _DEADLINES)
        ):
            # a deadline lies ahead of its clause: ahead of now in a future clause, else
            # wherever is nearest ("extended the offer to Nov. 20")
            placing = Tense.FUTURE if tense is Tense.FUTURE else None
        if got.signal == "in" and _after_superlative(tokens, core[0], first_token):
            placing = Tense.PAST  # "its lowest level in six years": a stretch up to now
        if tense is None and got.signal == "in" and tokens[core[1] - 1].lower in _LENGTH_UNITS:
            # "lost 900 points in thirty minutes": with no tense cue, news reports how long
            # something took more often than it announces a time to come, and a time of day
            # half an hour after a DCT that is a day is none anyone can name
            placing = Tense.PAST
        firm = got.anchoring in _TENSED and (
            got.signal in _SINCE or _since_the_event_of(tokens, core[0])
        )
        if got.anchoring in _TENSED and tense is Tense.PAST and _of_a_noun(tokens, core[0]):
            firm = True  # "the vote of 2 March was delayed": the one before now
        if firm:
            placing = Tense.PAST  # "since the Oct. 23 attack": before now, however long
        if got.anchoring in _TENSED and _weekday_and_date(tokens, core):
            placing = None  # "Saturday, April 25": the year nearest in which they agree
        core = _trimmed(tokens, core, last_token)
        if (
            core[0] >= 2
            and tokens[core[0] - 1].kind == "DASH"
            and not tokens[core[0] - 1].spaced
            and not tokens[core[0]].spaced
            and tokens[core[0] - 2].lower in ("post", "pre")
        ):
            core = (core[0] - 2, core[1])  # "the [post-1959] politics": one word
        if (
            got.anchoring == "deictic"
            and core[0] > first_token
            and tokens[core[0]].lower in ("previous", "preceding")
            and tokens[core[0] - 1].lower == "the"
        ):
            core = (core[0] - 1, core[1])  # "[the previous Friday]": before the day last named
        comparison = False
        if core[1] - core[0] == 1 and tokens[core[0]].lower in ("earlier", "ago"):
            a = core[0]
            if (
                a >= 2
                and tokens[a - 1].kind == "DASH"
                and tokens[a - 2].lower == "year"
                and not tokens[a - 1].spaced
                and not tokens[a].spaced
            ):
                core, comparison = (a - 2, core[1]), True  # "year-earlier", "year-ago"
        if comparison:
            core = _with_period_noun(tokens, core, last_token)
        else:
            framed = _period_before(tokens, core, first_token)
            if framed is not None:
                core, comparison = framed, True  # "the same period last year"
                while found and found[-1].last > core[0]:
                    found.pop()  # "the quarter" of "the quarter a year ago" is inside it
        in_year = _year_period(tokens, core, first_token, last_token)
        if in_year is not None:
            core = in_year
        resume = max(resume, core[1])
        words = " ".join(t.lower for t in tokens[core[0] : core[1]])
        shape = _shape(tokens, core, words, first_token, last_token)
        comparison = comparison or words in _COMPARISONS
        bare = got.anchoring == "anaphoric" and _bare_unit(words.split())
        source: str | None = None
        if words == "independence day":
            if country is None:
                country = (_country_of(tokens),)
            if country[0] is not None:
                # the Independence Day of the one country the text names
                source = f"Independence Day in {COUNTRY_TITLES[country[0]]}"
                got = Scanner(source).match(0) or got
        kind = got.anchoring
        if (
            kind == "deictic"
            and core[1] - core[0] > 2
            and tokens[core[0]].lower == "the"
            and tokens[core[0] + 1].lower in _BACK_REFERENCES
        ):
            kind = "anaphoric"  # "the next day": the day after the last date named
        found.append(
            Found(
                got,
                kind,
                sentence,
                tense,
                placing,
                core[0],
                core[1],
                bare,
                comparison,
                in_year=in_year is not None,
                shape=shape,
                firm=firm,
                of_day=kind == "deictic" and words in _PARTS_OF_DAY and placing is not Tense.FUTURE,
                that_day=kind == "deictic" and words in _PARTS_OF_DAY and _after_that(tokens, core),
                dayless=kind == "deictic" and not _names_a_day(tokens, core),
                source=source,
            )
        )
    return found


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
)
# Words that give a clock time its day: "at 9 a.m. Friday", "tonight at 9".
_DAY_WORDS: Final = _AFTER_EARLIER | _MONTHS | {"today", "yesterday", "tomorrow", "tonight"}


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
        if word in _CLAUSE_MARKS:
            return False
        if word in _SUPERLATIVES:
            return True
    return False


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
    if tokens[k].lower not in _RUN_ORDINALS and not (
        tokens[k].kind == "ORDINAL" and tokens[k].lower[:-2].isdigit()
    ):
        return None
    k += 1
    if tokens[k].lower in ("consecutive", "straight", "successive", "running"):
        k += 1
    if k >= len(tokens):
        return None
    stand_in = _RUN_UNITS.get(tokens[k].lower)
    return None if stand_in is None else (stand_in, k + 1)


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
            if words & _AFTER_EARLIER and words & _MONTHS:
                return True
            words = set()
        elif t.kind == "WORD":
            words.add(t.lower.rstrip("."))
    return bool(words & _AFTER_EARLIER) and bool(words & _MONTHS)


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


def _trimmed(tokens: list[Token], core: tuple[int, int], end: int) -> tuple[int, int]:
    """The extent as TimeML draws it where the grammar reads more:

    - an adjectival duration or period keeps no article: "a [two-week] visit", "the
      [third-quarter] loss";
    - "earlier"/"later" before a weekday or "in the …" stay outside: "earlier [Friday]",
      "later in [the day]" (before "this week", "today" TimeML keeps them inside).
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
    ):
        return a + 1, b
    if b - a >= 2 and tokens[a].lower in ("earlier", "later"):
        following = tokens[a + 1].lower
        if following in _AFTER_EARLIER:
            return a + 1, b
        if following == "in" and b - a >= 3:
            return a + 2, b
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
    """Whether the extent ``core`` ends with a full stop after a whole word or a number."""
    a, b = core
    if b - a < 2 or tokens[b - 1].kind != "DOT":
        return False
    word = tokens[b - 2]
    if word.kind == "NUMBER":
        return True
    return word.kind == "WORD" and len(word.text) > 1 and word.lower not in ABBREVIATIONS


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
