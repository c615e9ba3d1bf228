"""What only looks temporal: the matches the extractor drops, each with its reason.

The grammar reads phrases; running text also holds numbers, names and words that read like
one without being one. A match is dropped when:

- it is an age: "a 64-year-old man", "the six-year-old", "aged 52 years old";
- its number is part of a larger number or a quantity: "$2,000", "1,999 troops", "30%",
  "2000 percent", "3.10", "555-1234", a score "won 3-1";
- its number labels a thing: "Article 370", "Section 144", "Boeing 747", "No. 10", "Room
  2010" — a capitalised word, or a word such as "article", "number", just before a bare
  number — and so do the numbers a list or a range joins to it ("batch codes 2106 to
  2203", "Articles 14 and 21");
- a weekday or a month names something else: "the Sunday Times", "Sun" (a paper),
  "May" the modal at the head of a sentence; a season names the clocks' time ("when
  summer time ends") and "weekly" or "daily" a newspaper ("sold to a Paris weekly");
- an ordinal counts something else: "the 26th amendment", "the second round", "the Second
  World War"; quarters are a share of something ("three-quarters of its food");
- it is an adverb TimeML does not annotate ("previously", "formerly", "shortly"), an
  adverb of order alone ("he later resigned", "as noted earlier"), an adjective of
  a report's period before a noun ("annual report", "quarterly results") or of time before one
  ("long-term debt", "the near-term outlook").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Token
from chronos.text._extract_words import _MONTHS, _WEEKDAYS
from chronos.text._names import person_name

__all__ = ["SPEECH_VERBS", "dropped"]

_NUMBER_KINDS: Final = frozenset({"NUMBER", "ORDINAL", "DECADE"})
_JOINING_MARKS: Final = frozenset({",", ".", "-", "–", "—", "/", ":"})
_QUANTITY_AFTER: Final = frozenset({"%", "percent", "per", "pct", "percentage", "points"})
_CURRENCY: Final = frozenset({"$", "£", "€", "¥", "₹", "#"})
_LABEL_WORDS: Final = frozenset(
    {
        *("article", "articles", "section", "sections", "chapter", "clause", "rule", "no"),
        *("number", "resolution", "amendment", "paragraph", "flight", "room", "route"),
        *("highway", "page", "version", "v", "model", "item", "bill", "act", "form"),
        *("interstate", "level", "grade", "size", "code", "box", "suite", "unit", "pier"),
        # reference numbers: "quoting incident 1187", "case 2040", "ticket 1999"
        *("incident", "case", "ticket", "ref", "reference", "invoice", "complaint", "file"),
        # a batch, a lot or a serial, and the plurals that label a list or a range of
        # numbers ("batch codes 2106 to 2203", "flights 1201 and 1209")
        *("batch", "batches", "lot", "lots", "serial", "serials", "codes", "numbers"),
        # a dwelling or a place in a building, a vehicle or a station: "flat 2024"
        *("flat", "apartment", "apt", "cabin", "berth", "gate", "platform", "locker"),
        *("models", "versions", "flights", "rooms", "routes", "pages", "items", "chapters"),
        *("clauses", "paragraphs", "amendments", "resolutions", "tickets", "incidents"),
    }
)
# Words that join a number to a labelled one before it: "codes 2106 to 2203", "Articles
# 14 and 21", "rooms 2010-2014".
_LIST_JOINS: Final = frozenset({"to", "and", "or", "through", "-", "–", "—"})
# How many labelled numbers back a list is followed: a bound keeps the check linear.
_LIST_REACH: Final = 8
# Capitalised words before a year that do not make it a label ("in May 2023", "FY 2024").
_NOT_LABELS: Final = frozenset(
    {
        *("in", "since", "by", "until", "from", "of", "on", "during", "before", "after"),
        *("through", "to", "and", "or", "spring", "summer", "autumn", "fall", "winter"),
        *("christmas", "easter", "fiscal", "fy", "early", "late", "mid", "the", "end"),
        *("year", "calendar", "circa", "ca", "about", "around", "as", "at", "for", "ad"),
        *("bc", "bce", "ce", "a", "d", "c", "q", "h", "january", "february", "march"),
        *("april", "may", "june", "july", "august", "september", "october", "november"),
        *("december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"),
        *("oct", "nov", "dec", "ramadan", "thanksgiving", "diwali", "eid", "new", "xmas"),
    }
)
_ADVERBS: Final = frozenset({"previously", "formerly", "shortly"})
# "earlier" and "later" alone order events ("he later resigned") and name no time; with a
# unit or a period they are part of a larger expression ("two days later", "later this
# week"), which the grammar reads whole.
_ORDER_ADVERBS: Final = frozenset({"earlier", "later"})
# Nouns that make "later" a time: "at a later date".
_LATER_NOUNS: Final = frozenset({"date", "time", "stage"})
# Adjectives of time that describe a thing, not a time: "long-term debt", "future growth".
_ADJECTIVES: Final = frozenset({"long", "short", "future"})
_SHORT_MONTHS: Final = frozenset(
    {"jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# Adjectives of an accounting period before a noun name the period of a report or a
# payment, not a recurrence of events: "annual report", "quarterly results", "monthly
# figures". "daily", "weekly", "hourly", "nightly" before a noun recur ("weekly radio
# address", "hourly earnings") and stay SETs.
_FREQUENCY_ADJECTIVES: Final = frozenset({"annual", "quarterly", "monthly", "yearly", "biannual"})
# "daily" and "weekly" as nouns: a newspaper, before its name ("the daily Granma").
_PAPERS: Final = frozenset({"daily", "weekly"})
# Short weekdays that are also words or names: read only with their stop, or after "on"
# ("Sun" the paper, "sat" the verb, "Mon" the Jamaican "man", "wed" the verb). The others
# ("Tues", "thurs", "Fri") are no English word and stand for the weekday alone.
_SHORT_DAYS: Final = frozenset({"mon", "wed", "weds"})
_SHORT_DAYS_AMBIGUOUS: Final = frozenset({"sat", "sun"})
_MODAL_MONTHS: Final = frozenset({"may", "march"})
# Marks that open a quotation: the word after one heads a sentence ('"March in," she said').
_OPENING_QUOTES: Final = frozenset({'"', "“", "‘", "«"})
# Words after "May 5" or "March 9" heading a sentence that make the pair a date.
_AFTER_MONTH_DAY: Final = frozenset(
    {"is", "was", "will", "would", "and", "or", "to", "at", "through", "until", "till"}
)
# Short months that are the month when written in lower case: no name ("Jan" is one).
_LOWER_CASE_MONTHS: Final = _SHORT_MONTHS - {"jan"}
_ORDINAL_UNITS: Final = frozenset({"second"})
_GREETINGS: Final = frozenset({"morning", "afternoon", "evening", "night", "day"})
_CAPITALISED_UNITS: Final = frozenset(
    {"minutes", "hours", "noon", "days", "years", "weeks", "week", "today"}
)
# What may stand between "of" and the thing a fraction is a share of.
_SHARE_DETERMINERS: Final = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "all", "this", "that", "these"}
)
# Nouns after "of" that make "a quarter of …" a length of time.
_TIME_NOUNS: Final = frozenset(
    {"century", "centuries", "year", "years", "hour", "hours", "day", "days", "month"}
    | {"months", "week", "weeks", "decade", "decades", "fiscal", "calendar", "next", "last"}
)
_MONTH_NAMES: Final = frozenset({"march", "may", "april", "june", "july", "august"})
# Capitalised words before a month that date it rather than name a person ("Last May").
_BEFORE_A_MONTH: Final = frozenset(
    {"last", "next", "this", "that", "every", "each", "since", "until", "till", "mid"}
    | {"throughout", "within", "into", "past", "coming", "late", "early"}
)
_SEASON_WORDS: Final = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# Words before "summer time" or "winter time" that make it the season ("in the summer
# time", "last winter time"); without one it is the clocks' time, as "summer time ends".
_SEASON_DETERMINERS: Final = frozenset(
    {"the", "this", "that", "last", "next", "every", "each", "in", "during", "of", "one"}
)
# Verbs after "a Paris weekly" or "the Lagos daily" that make it a newspaper's name.
_PAPER_VERBS: Final = frozenset(
    {"reported", "reports", "published", "publishes", "ran", "runs", "carried", "carries"}
    | {"quoted", "quotes", "said", "says", "wrote", "writes", "claimed", "claims"}
)
# Months and seasons that head a name when a capitalised "of" phrase follows.
_NAME_HEADS: Final = frozenset(
    {"march", "may", "april", "june", "july", "august", "spring", "summer", "autumn", "winter"}
)
# Verbs of saying after a month that make it a person's name ("June said", "April
# announced"): a month does not speak. Their past and their present, regular or not.
_SAYING: Final = (
    "add", "announce", "answer", "argue", "ask", "claim", "comment", "complain",
    "confirm", "declare", "deny", "explain", "insist", "note", "post", "recall", "remark",
    "reply", "respond", "state", "suggest", "testify", "tweet", "warn",
)  # fmt: skip
SPEECH_VERBS: Final = frozenset(
    {"said", "says", "told", "tells", "wrote", "writes", "admitted", "admits"}
    | {v[:-1] + "ied" if v.endswith("y") else v.removesuffix("e") + "ed" for v in _SAYING}
    | {v[:-1] + "ies" if v.endswith("y") else v + "s" for v in _SAYING}
)
# Words after "fall of" that point to a year: "the fall of that year".
_YEAR_POINTERS: Final = frozenset({"that", "this", "last", "next", "each", "every"})
_YEAR_AFTER_THE: Final = frozenset({"following", "next", "previous", "same", "year"})
_AFTER_UNIT: Final = frozenset({"and", "or", "of", "to", "in", "ago"})
_AFTER_DAY: Final = frozenset(
    {"of", "and", "or", "to", "through", "at", "in", "on", "already", "then", "instead"}
)
_POSSESSIVES: Final = frozenset({"his", "her", "their", "my", "our", "your"})
_DECADE_WORDS: Final = frozenset(
    {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
)
_CURRENCY_WORDS: Final = frozenset({"dollars", "euros", "pounds", "yen", "rupees", "yuan"})


def dropped(tokens: Sequence[Token], first: int, last: int, sentence_start: int) -> str | None:
    """Why the match over tokens ``[first, last)`` is not a temporal expression, or
    ``None`` if it may be one; ``sentence_start`` is the first token of its sentence."""
    n = len(tokens)
    after = tokens[last] if last < n else None
    after2 = tokens[last + 1] if last + 1 < n else None
    before = tokens[first - 1] if first > 0 else None
    return (
        _age(tokens[last - 1], after, after2)
        or _age_decade(tokens, first, last)
        or _number(tokens, first, last, before, after, after2, sentence_start)
        or _word(tokens, first, last, before, after, sentence_start)
        or person_name(tokens, first, last, sentence_start)
        or _schedule_hours(tokens, first, last, after)
    )


# Nouns and adjectives before a bare "hours" that make them the hours of a timetable or a
# habit, not a length: "office hours", "worked early hours", "the early hours of trading".
_SCHEDULE_HOURS: Final = frozenset(
    {
        *("office", "opening", "closing", "business", "working", "work", "visiting"),
        *("trading", "banking", "school", "surgery", "consulting", "licensing", "shop"),
        *("daylight", "waking", "peak", "core", "contact", "duty", "flying", "service"),
        *("early", "late", "unsocial", "unsociable", "antisocial", "odd", "irregular"),
        *("flexible", "normal", "regular", "usual"),
    }
)


def _schedule_hours(
    tokens: Sequence[Token], first: int, last: int, after: Token | None
) -> str | None:
    """A bare "hours" (no count) that is the hours of a timetable or a habit, or an idiom:
    "office hours", "worked early hours", "after hours", "out of hours" (also with
    hyphens). "after hours of talks" stays a length."""
    if last - first != 1 or tokens[first].lower != "hours" or first == 0:
        return None
    k = first - 1
    if tokens[k].kind == "DASH" and not tokens[k].spaced and not tokens[first].spaced:
        k -= 1  # "after-hours", "out-of-hours"
    if k < 0:
        return None
    word = tokens[k].lower
    if word in _SCHEDULE_HOURS:
        return "hours of a timetable, not a length"
    if word == "after" and (after is None or after.lower != "of"):
        return "an idiom"  # "after hours": once business is over
    if word == "of" and k > 0:
        out = k - 2 if tokens[k - 1].kind == "DASH" and k > 1 else k - 1
        if tokens[out].lower == "out":
            return "an idiom"  # "out of hours", "out-of-hours"
    return None


def _age(tail: Token, after: Token | None, after2: Token | None) -> str | None:
    """ "64-year-old", "six-year-old", "52 years old", "the 50-year-olds"."""
    if tail.lower in ("old", "olds"):
        return "an age"
    if after is None:
        return None
    if after.lower == "old":
        return "an age"
    touching_dash = after.kind == "DASH" and not after.spaced
    if touching_dash and after2 is not None and after2.lower in ("old", "olds"):
        return "an age"
    return None


def _age_decade(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """ "in his 30s", "in her early forties", "in their mid-60s": a decade of someone's
    life, not of the century."""
    tail = tokens[last - 1]
    k = first - 1
    if k >= 1 and tokens[k].kind == "DASH" and not tokens[k].spaced:
        k -= 1  # "in his mid-60s": the grammar reads "60s" after the hyphen
    if k >= 0 and tokens[k].lower in ("early", "mid", "late"):
        k -= 1
    if k < 0 or tokens[k].lower not in _POSSESSIVES:
        return None
    if tail.kind == "DECADE" and len(tail.text.rstrip("sS'’")) == 2:
        return "an age"
    if tail.kind == "WORD" and tail.lower in _DECADE_WORDS:
        return "an age"
    return None


def _number(
    tokens: Sequence[Token],
    first: int,
    last: int,
    before: Token | None,
    after: Token | None,
    after2: Token | None,
    sentence_start: int,
) -> str | None:
    """Numbers inside larger numbers, quantities and labels."""
    head, tail = tokens[first], tokens[last - 1]
    if (
        head.kind in _NUMBER_KINDS
        and before is not None
        and not head.spaced
        and (before.text in _CURRENCY or before.text in _JOINING_MARKS)
        and not _prefixed(tokens, first)
    ):
        return "part of a number"  # "$2,000", "1,999", "3.10"
    if tail.kind in _NUMBER_KINDS and after is not None:
        if after.lower in _QUANTITY_AFTER:
            return "a quantity"  # "30 percent", "30%"
        if (
            not after.spaced
            and after.text in _JOINING_MARKS
            and after2 is not None
            and after2.kind == "NUMBER"
            and not after2.spaced
        ):
            return "part of a number"  # "555-1234", "won 3-1"
    if head.kind == "APOSTROPHE" and last - first == 2 and tokens[first + 1].kind == "NUMBER":
        return _short_year(before, first - 1 > sentence_start)
    if (
        head.kind == "NUMBER"
        and all(t.kind == "NUMBER" or t.lower in _LIST_JOINS for t in tokens[first:last])
        and _labels(tokens, first - 1, sentence_start)
    ):
        return "a label"  # a range read whole: "rooms 2010-2014", "lots 2030 through 2045"
    if last - first != 1 or head.kind != "NUMBER":
        return None
    if after is not None and after.kind == "WORD" and after.lower in _CURRENCY_WORDS:
        return "a quantity"
    if (
        before is not None
        and before.kind == "NUMBER"
        and head.spaced
        and (before.text.startswith("0") or (first >= 2 and tokens[first - 2].kind == "NUMBER"))
    ):
        return "part of a number"  # a group of a phone number: "0800 555 2040"
    if (
        before is not None
        and before.kind == "NUMBER"
        and first >= 2
        and tokens[first - 2].text == "+"
    ):
        return "part of a number"  # after a country code: "+47 2029 8800"
    if _dialled(tokens, first):
        return "a phone number"  # "the helpline on 1987", "dial 2020", "hotline: 2030"
    if _labels(tokens, first - 1, sentence_start):
        return "a label"  # "article 370", "No. 10", "Section 144", "Boeing 747"
    if _joined_to_label(tokens, first, sentence_start):
        return "a label"  # "batch codes 2106 to 2203", "Articles 14 and 21"
    return None


# Words for a phone line before a bare number (across "on", "at" or a colon): "the
# helpline on 1987", "hotline: 2030", "ext 2019"; and "dial", which takes a number only
# ("call 2020 a lost year" and "a call on 2019 results" keep their years).
_PHONE_LINES: Final = frozenset(
    {"line", "hotline", "helpline", "phone", "telephone", "tel", "fax", "freephone"}
    | {"extension", "ext", "lines", "hotlines", "helplines", "phones"}
)
_DIAL: Final = frozenset({"dial", "dials", "dialled", "dialed", "dialling", "dialing"})


def _dialled(tokens: Sequence[Token], first: int) -> bool:
    """Whether a phone line comes just before the number at ``first``, perhaps across
    "on", "at" or a colon, or "dial" right before it."""
    k = first - 1
    if k >= 0 and tokens[k].lower in _DIAL:
        return True
    if k >= 0 and (tokens[k].lower in ("on", "at") or tokens[k].text == ":"):
        k -= 1
    return k >= 0 and tokens[k].kind == "WORD" and tokens[k].lower in _PHONE_LINES


def _labels(tokens: Sequence[Token], k: int, sentence_start: int) -> bool:
    """Whether the word at ``k`` labels the number after it: a word such as "article" or
    "codes", or a capitalised word inside its sentence ("Section 144", "Boeing 747")."""
    if k < 0 or tokens[k].kind != "WORD":
        return False
    word = tokens[k]
    if word.lower in _LABEL_WORDS:
        return True
    return word.text[0].isupper() and k > sentence_start and word.lower not in _NOT_LABELS


def _joined_to_label(tokens: Sequence[Token], first: int, sentence_start: int) -> bool:
    """Whether the number at ``first`` continues a list or a range of labelled numbers
    across "to", "and", "or", "through" or a dash: "codes 2106 to 2203", "rooms 12 and
    2010"; "between 2019 and 2021" is no label, so its years stay."""
    k = first
    for _ in range(_LIST_REACH):
        if k < 2 or tokens[k - 1].lower not in _LIST_JOINS or tokens[k - 2].kind != "NUMBER":
            return False
        k -= 2
        if _labels(tokens, k - 1, sentence_start):
            return True
    return False


def _prefixed(tokens: Sequence[Token], first: int) -> bool:
    """Whether "post-", "pre-" or "mid-" joins the number: "the post-1959 politics"."""
    return (
        first >= 2
        and tokens[first - 1].kind == "DASH"
        and not tokens[first - 1].spaced
        and tokens[first - 2].lower in ("post", "pre", "mid")
    )


def _short_year(before: Token | None, inside: bool) -> str | None:
    """A year written "'98" that is not one: after another quote mark ("''60 Minutes", a
    quotation opening) or after a name with a capital, as a version ("iLife '11")."""
    if before is None:
        return None
    if before.kind == "APOSTROPHE":
        return "a quotation mark, not a year"
    if (
        inside
        and before.kind == "WORD"
        and any(c.isupper() for c in before.text)
        and before.lower not in _NOT_LABELS
    ):
        return "a label"
    return None


def _word(
    tokens: Sequence[Token],
    first: int,
    last: int,
    before: Token | None,
    after: Token | None,
    sentence_start: int,
) -> str | None:
    """Words that read as time words and are not: names, modals, ordinals, adverbs."""
    words = [t.lower for t in tokens[first:last] if t.kind == "WORD"]
    word_after = after if after is not None and after.kind == "WORD" else None
    reason = _name_or_idiom(tokens, first, last, before, after, sentence_start)
    if reason is not None:
        return reason
    if len(words) == 1 and last - first <= 2:
        # the token right after the word: the stop of "Tues." or the day of "Sept 30"
        k = first if tokens[first].kind == "WORD" else first + 1
        next_to = tokens[k + 1] if k + 1 < len(tokens) else None
        reason = _single_word(
            words[0],
            before,
            after,
            next_to,
            first == sentence_start or (before is not None and before.text in _OPENING_QUOTES),
            tokens[k].text,
        )
        if reason is not None:
            return reason
    if (
        words[-1:] == ["term"]
        and last - first >= 3
        and tokens[last - 2].kind == "DASH"
        and not tokens[last - 2].spaced
        and word_after is not None
        and word_after.text.islower()
        and word_after.lower not in _AFTER_UNIT
    ):
        return "an adjective of a thing"  # "the long-term savings", "near-term profit"
    if (
        words[-1:] == ["second"]
        and after is not None
        and after.kind == "DASH"
        and not after.spaced
        and last + 1 < len(tokens)
        and not tokens[last + 1].spaced
    ):
        return "an ordinal of something else"  # "a second-quarter loss", "second-hand"
    if words and words[-1] in ("quarter", "quarters") and _fraction(tokens, last):
        return "a fraction"  # "about three-quarters of its food", "a quarter of the market"
    if word_after is None:
        return None
    # ordinals of other things: "the 26th amendment", "a second round"
    if (
        words
        and words[-1] in _ORDINAL_UNITS
        and (word_after.text[0].isupper() or word_after.lower not in _AFTER_UNIT)
    ):
        return "an ordinal, not a unit"
    if (
        tokens[last - 1].kind == "ORDINAL"
        and word_after.lower not in _AFTER_DAY
        and not any(t.lower.rstrip(".") in _MONTHS for t in tokens[first : last - 1])
    ):
        return "an ordinal of something else"  # a month makes it a day: "an April 2nd report"
    return None


def _short_day(
    next_to: Token | None, before: Token | None, after: Token | None, stops: tuple[str, ...]
) -> bool:
    """Whether a short weekday that is also a word or a name ("Sat", "Sun", "Mon", "Wed")
    is one: its stop (or comma) follows it, or "on" comes before it, capitalised, and no
    capitalised word follows ("on Sat", not "on Sun TV")."""
    if next_to is not None and next_to.text in stops:
        return True
    return (
        before is not None
        and before.lower == "on"
        and (after is None or not (after.kind == "WORD" and after.text[0].isupper()))
    )


# Words before "wed" that make it the verb ("they'll wed", "to wed", "we wed"), and words
# before "mon" or "wed" that make it a word of address ("yeah mon", "c'mon").
_BEFORE_WED_VERB: Final = frozenset(
    {
        *("will", "ll", "shall", "would", "d", "to", "can", "could", "may", "might", "must"),
        *("should", "not", "never", "and", "or", "i", "we", "they", "he", "she", "who"),
    }
)
_ADDRESS: Final = frozenset({"yeah", "yes", "ya", "hey", "ok", "okay", "alright", "come", "c"})
# Words after a short weekday that ends its clause in a message: "call me wed after 6",
# "was so tired wed lol".
_AFTER_CLAUSE_DAY: Final = frozenset({"after", "before", "at", "then", "lol", "x", "xx", "pls"})


def _clause_end_day(word: str, before: Token | None, after: Token | None) -> bool:
    """Whether lower-case "wed" or "mon" ends its clause after a word that is no subject,
    auxiliary or word of address: the weekday of a message ("see u mon", "lunch wed?",
    "move it to mon?"), not the verb ("they'll wed", "to wed") nor "yeah mon"."""
    if before is None or before.kind != "WORD" or before.lower in _ADDRESS:
        return False
    if word in ("wed", "weds") and before.lower in _BEFORE_WED_VERB:
        return False
    if after is None:
        return True
    return after.kind not in ("WORD", "NUMBER") or after.lower in _AFTER_CLAUSE_DAY


def _after_a_name(before: Token | None) -> bool:
    """Whether a capitalised word comes just before: "VOA Today" (a quotation may open
    with "Today, …")."""
    return before is not None and before.kind == "WORD" and before.text[:1].isupper()


def _fraction(tokens: Sequence[Token], last: int) -> bool:
    """Whether "of" and a determiner after a number of quarters make them a share of
    something that is not a time: "[a quarter] of the market", "three-quarters of its
    food"; "a quarter of a century", "two quarters of growth", "of 1990" stay."""
    n = len(tokens)
    k = last
    if k < n and tokens[k].text == ",":
        k += 1
    if k >= n or tokens[k].lower != "of":
        return False
    k += 1
    if k >= n or tokens[k].lower not in _SHARE_DETERMINERS:
        return False  # "two quarters of growth": a length of time
    while k < n and tokens[k].lower in _SHARE_DETERMINERS:
        k += 1
    if k >= n:
        return False
    following = tokens[k]
    if following.kind == "NUMBER":
        return True  # "a quarter of its 3,200 dealers"
    return following.kind == "WORD" and following.lower not in _TIME_NOUNS


def _dated_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a year or a word that points to one is at ``k`` ("the fall of 1939", "of
    '44", "of that year", "of last year"): what makes "fall" the season."""
    if k >= len(tokens):
        return False
    token = tokens[k]
    if token.kind in _NUMBER_KINDS or token.kind == "APOSTROPHE":
        return True
    if token.lower == "the" and k + 1 < len(tokens):
        return tokens[k + 1].lower in _YEAR_AFTER_THE  # "of the following year"
    return token.lower in _YEAR_POINTERS


def _speaks(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of saying is at ``k``, or after a surname there when the name heads
    its clause ("June said", "April Ryan asked", not "In June Congress said"): the
    capitalised word before ``k`` is a person's name."""
    if not tokens[k - 1].text[:1].isupper() or k >= len(tokens):
        return False
    heads = k < 2 or tokens[k - 2].kind != "WORD" or tokens[k - 2].lower in ("and", "but")
    if heads and tokens[k].kind == "WORD" and tokens[k].text[:1].isupper():
        k += 1  # a surname
        if k >= len(tokens):
            return False
    return tokens[k].lower in SPEECH_VERBS


def _capitalised_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a capitalised word is at ``k``, or after "the" there: a name goes on."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and tokens[k].kind == "WORD" and tokens[k].text[:1].isupper()


def _name_or_idiom(
    tokens: Sequence[Token],
    first: int,
    last: int,
    before: Token | None,
    after: Token | None,
    sentence_start: int,
) -> str | None:
    """Greetings, titles and idioms built of time words."""
    head, tail = tokens[first], tokens[last - 1]
    if before is not None and before.lower == "good" and tail.lower in _GREETINGS:
        return "a greeting"  # "good evening"
    if (
        last - first == 1
        and head.lower in _GREETINGS
        and after is not None
        and after.text in ("!", ",")
        and (first == sentence_start or (before is not None and before.kind == "COLON"))
    ):
        return "a greeting"  # "dana: morning!!", "Evening, all"
    if (
        last - first == 1
        and head.lower in _MONTH_NAMES
        and head.text[:1].isupper()
        and before is not None
        and before.kind == "WORD"
        and before.text[:1].isupper()
        and before.lower not in _NOT_LABELS
        and before.lower not in _BEFORE_A_MONTH
        and before.lower not in _WEEKDAYS
        and (after is None or after.kind not in _NUMBER_KINDS)
    ):
        return "a name, not a month"  # "his lawyer, Ruth March, said", "Theresa May"
    if (
        last - first == 1
        and head.lower in _PAPERS
        and before is not None
        and before.kind == "WORD"
        and before.text[:1].isupper()
        and first >= 2
        and tokens[first - 2].lower in ("a", "an", "the")
        and (after is None or after.kind != "WORD" or after.lower in _PAPER_VERBS)
    ):
        return "a newspaper"  # "sold to a Paris weekly.", "the Lagos daily reported"
    if (
        last - first == 1
        and head.lower in ("summer", "winter")
        and after is not None
        and after.lower == "time"
        and (before is None or before.lower not in _SEASON_DETERMINERS)
    ):
        return "the clocks' time, not a season"  # "as summer time ends", "back to winter time"
    if (
        tail.kind == "WORD"
        and tail.lower in _CAPITALISED_UNITS
        and tail.text[0].isupper()
        and first > sentence_start
        and not head.text[0].islower()
        and (tail.lower != "today" or _after_a_name(before))
    ):
        return "a title"  # "60 Minutes", "High Noon", "This Week", "VOA Today"
    # a capitalised month or season alone or after "the", heading a name
    name = head if last - first == 1 else tail if last - first == 2 else None
    if (
        name is not None
        and name.text[:1].isupper()
        and (name is head or head.lower == "the")
        and after is not None
    ):
        if (
            name.lower in _NAME_HEADS
            and after.lower in ("of", "for")
            and _capitalised_after(tokens, last + 1)
        ):
            # "the March for Life", "the March of the Mothers", "Spring of Life"
            return "a name, not a month"
        if name.lower in _SEASON_WORDS and after.kind == "WORD" and after.text[:1].isupper():
            # "the Summer Palace", "Spring Street", "the Winter Olympics", "the Autumn
            # Statement" (a year after it dates it: "Summer 2024")
            return "a name, not a season"
    if (
        tail.lower == "fall"
        and after is not None
        and after.lower == "of"
        and not _dated_after(tokens, last + 1)
    ):
        return "a noun, not a season"  # "the fall of Warsaw", "the fall of the dollar"
    if last - first == 1 and head.lower in _NAME_HEADS and _speaks(tokens, last):
        return "a name, not a month"  # "June said she would come", "August Wilson wrote"
    if (
        before is not None
        and before.lower == "of"
        and first >= 2
        and tokens[first - 2].lower == "matter"
        and head.kind == "WORD"
    ):
        return "an idiom"  # "a matter of days"
    return None


# What "soon" may qualify as part of a signal: "soon after the vote".
_SOON_SIGNALS: Final = frozenset({"after", "before", "afterwards", "afterward", "thereafter"})


def _single_word(
    word: str,
    before: Token | None,
    after: Token | None,
    next_to: Token | None,
    heads_sentence: bool,
    written: str = "",
) -> str | None:
    """Why a mention of one word (and perhaps its stop or its day) is no time; ``after`` is
    the token after the mention, ``next_to`` the one right after the word, ``written`` the
    word as the text writes it."""
    if word in _ADVERBS:
        return "an adverb TimeML leaves out"
    if (
        word in _ORDER_ADVERBS
        and not (before is not None and before.kind == "DASH" and not before.spaced)
        and not (after is not None and after.lower in _LATER_NOUNS)
    ):
        return "an adverb of order"  # "officials later said", "as noted earlier"
    if word == "soon" and before is not None and before.lower == "as":
        return "a conjunction"  # "as soon as"
    if word in ("now", "soon") and after is not None and after.kind == "DASH" and not after.spaced:
        return "part of an adjective"  # "the now-defunct party", "the soon-to-open terminal"
    if word == "soon" and after is not None and after.lower in _SOON_SIGNALS:
        return "part of a signal"  # "freed soon after the vote": how near, not a time
    if (
        word in _SHORT_MONTHS
        and (next_to is None or (next_to.text != "." and next_to.kind not in _NUMBER_KINDS))
        and not (written.islower() and word in _LOWER_CASE_MONTHS)
    ):
        # "Jan Brewer", "Oct" alone; a name has its capital, so a lower-case "feb" or "aug"
        # in a message is the month ("feb flew by")
        return "a name, not a month"
    if (
        word in _ADJECTIVES
        and (before is None or before.lower not in ("the", "in", "near", "distant"))
        and after is not None
        and after.kind in ("WORD", "DASH")
    ):
        return "an adjective of a thing"  # "future growth", "long-term debt"
    if word in _SHORT_DAYS_AMBIGUOUS and not _short_day(next_to, before, after, (".",)):
        return "a name, not a weekday"  # "the Sun"
    if (
        word in _SHORT_DAYS
        and not _short_day(next_to, before, after, (".", ","))
        and not _clause_end_day(word, before, after)
    ):
        return "an abbreviation, not a weekday"  # "Mon" the Jamaican "man", "wed" the verb
    if after is None or after.kind != "WORD":
        return None
    if word in _FREQUENCY_ADJECTIVES and after.lower not in ("and", "or", "basis"):
        return "an adjective of frequency"  # "annual report"
    if word in _PAPERS and after.text[0].isupper():
        return "a newspaper"  # "the party daily Granma", "the news weekly Der Spiegel"
    bare = before is None or before.kind != "WORD" or before.lower in ("the", "a")
    if word in _WEEKDAYS and after.text[0].isupper() and bare:
        return "a name, not a weekday"  # "the Sunday Times"
    if (
        word in _MODAL_MONTHS
        and heads_sentence
        and after.text.islower()
        and not (
            next_to is not None
            and next_to.kind in _NUMBER_KINDS
            and after.lower in _AFTER_MONTH_DAY
        )
    ):
        # "May he rest", "March on", "May 3 people come"; a day and a verb of being after
        # it make it the month ("March 9 was cold", "May 5 is the deadline")
        return "a verb, not a month"
    return None
