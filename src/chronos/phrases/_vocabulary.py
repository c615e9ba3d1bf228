"""The English words chronos reads in temporal phrases: data only, no logic.

Every table maps a lower-case word (as the tokenizer gives it) to what it means. The grammar
looks words up here and nowhere else, so adding a synonym is a one-line change, and the
"did you mean" of a parse error searches exactly these words.
"""

from __future__ import annotations

from typing import Final

from chronos.time import Grain

__all__ = [
    "CARDINALS",
    "CUES",
    "DAY_WORDS",
    "DECADE_WORDS",
    "DETERMINERS",
    "DURATION_MODS",
    "FREQUENCY_ADVERBS",
    "HOLIDAYS",
    "HOLIDAY_DATES",
    "EARLIER_HISTORIC_DAYS",
    "HISTORIC_DAYS",
    "OPEN_ENDS",
    "UNIT_ADJECTIVES",
    "MERIDIEMS",
    "MONTHS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "PLURAL_WEEKDAYS",
    "REFS",
    "SEASONS",
    "SHORTHANDS",
    "SIGNALS",
    "TIME_POINTS",
    "UNITS",
    "VAGUE_PARTS",
    "WEEKDAYS",
    "ZONES",
    "all_words",
]

#: Month names and their abbreviations -> month number.
MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Weekday names and abbreviations -> ISO weekday (Monday 1 … Sunday 7).
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "weds": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

#: "Mondays" (a recurrence) -> ISO weekday.
PLURAL_WEEKDAYS: Final[dict[str, int]] = {
    "mondays": 1,
    "tuesdays": 2,
    "wednesdays": 3,
    "thursdays": 4,
    "fridays": 5,
    "saturdays": 6,
    "sundays": 7,
}

#: Number words -> value ("a"/"an" count as one where a count is expected).
CARDINALS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}

#: Ordinal words -> value ("twenty-first" is read as "twenty" "-" "first").
ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

#: Unit nouns (singular and plural) -> (grain, Duration.of keyword, how many of it).
UNITS: Final[dict[str, tuple[Grain, str, int]]] = {
    "second": (Grain.SECOND, "seconds", 1),
    "seconds": (Grain.SECOND, "seconds", 1),
    "sec": (Grain.SECOND, "seconds", 1),
    "secs": (Grain.SECOND, "seconds", 1),
    "minute": (Grain.MINUTE, "minutes", 1),
    "minutes": (Grain.MINUTE, "minutes", 1),
    "min": (Grain.MINUTE, "minutes", 1),
    "mins": (Grain.MINUTE, "minutes", 1),
    "hour": (Grain.HOUR, "hours", 1),
    "hours": (Grain.HOUR, "hours", 1),
    "hr": (Grain.HOUR, "hours", 1),
    "hrs": (Grain.HOUR, "hours", 1),
    "h": (Grain.HOUR, "hours", 1),  # "in 2h"; "2H" and "H2" are halves of a year
    "day": (Grain.DAY, "days", 1),
    "days": (Grain.DAY, "days", 1),
    "week": (Grain.WEEK, "weeks", 1),
    "weeks": (Grain.WEEK, "weeks", 1),
    "fortnight": (Grain.WEEK, "weeks", 2),
    "fortnights": (Grain.WEEK, "weeks", 2),
    "month": (Grain.MONTH, "months", 1),
    "months": (Grain.MONTH, "months", 1),
    "quarter": (Grain.QUARTER, "months", 3),
    "quarters": (Grain.QUARTER, "months", 3),
    "year": (Grain.YEAR, "years", 1),
    "years": (Grain.YEAR, "years", 1),
    "yr": (Grain.YEAR, "years", 1),
    "yrs": (Grain.YEAR, "years", 1),
    "decade": (Grain.DECADE, "years", 10),
    "decades": (Grain.DECADE, "years", 10),
    "century": (Grain.CENTURY, "years", 100),
    "centuries": (Grain.CENTURY, "years", 100),
}

#: Informal spellings of time words (messages, posts) -> the word the grammar reads. The
#: tokenizer gives the token this word as its lower-case form, so every rule reads
#: "tmrw night" as "tomorrow night"; the token's text, and so the extent, stay as written.
#: Spellings with a digit ("2moro", "b4") are one token. Left out: spellings that are also
#: common words or names ("sec" and "SEC", "mo" and "MO"). "weds" is a weekday (WEEKDAYS),
#: read in running text only where the verb cannot stand (chronos.text).
SHORTHANDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("tmrw", "tmw", "tmr", "tmrow", "tmoro", "tomoz", "tomorow", "tommorow", "tommorrow"),
        "tomorrow",
    ),
    **dict.fromkeys(("2moro", "2morro", "2morrow", "2morow", "2mrw", "2mro", "2moz"), "tomorrow"),
    **dict.fromkeys(("2day", "tdy"), "today"),
    **dict.fromkeys(("yday", "ystrdy", "yest", "ytdy"), "yesterday"),
    **dict.fromkeys(("tonite", "tnite", "2nite", "2night"), "tonight"),
    "nite": "night",
    "nites": "nights",
    "arvo": "afternoon",
    **dict.fromkeys(("wknd", "wkend", "wkd"), "weekend"),
    **dict.fromkeys(("wknds", "wkends"), "weekends"),
    "wk": "week",
    "wks": "weeks",
    **dict.fromkeys(("mth", "mnth"), "month"),
    **dict.fromkeys(("mths", "mnths"), "months"),
    "b4": "before",
    "nxt": "next",
    "xmas": "christmas",
}

#: Seasons -> TimeML code.
SEASONS: Final[dict[str, str]] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

#: Parts of the day -> TimeML code.
PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

#: Named times of day -> (hour, minute).
TIME_POINTS: Final[dict[str, tuple[int, int]]] = {
    "noon": (12, 0),
    "midday": (12, 0),
    "midnight": (0, 0),
}

#: Days named relative to the reference -> offset in days.
DAY_WORDS: Final[dict[str, int]] = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
}

#: Words that pick one occurrence of a named period relative to the reference.
CUES: Final[dict[str, str]] = {
    "last": "last",
    "past": "last",
    "latest": "last",
    "previous": "last",
    "preceding": "last",
    "next": "next",
    "coming": "next",
    "upcoming": "next",
    "this": "this",
    "current": "this",
    "present": "this",
}

#: Vague-part words -> the policy's Part value.
VAGUE_PARTS: Final[dict[str, str]] = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "beginning",
    "start": "beginning",
    "middle": "mid",
    "end": "end",
    "close": "end",
}

#: Decade words -> the decade's offset in its century ("the nineties").
DECADE_WORDS: Final[dict[str, int]] = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

#: a.m./p.m. words -> True for p.m.
MERIDIEMS: Final[dict[str, bool]] = {"am": False, "pm": True}

#: Time-zone abbreviations accepted (and set aside: chronos reasons in floating time).
ZONES: Final[frozenset[str]] = frozenset(
    {
        "utc",
        "gmt",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "cest",
        "pkt",
        "ist",
        "jst",
    }
)

#: Words that may open a noun phrase naming an event ("after [his] conviction").
DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
    }
)

#: Vague references to the present, past and future -> TimeML value.
REFS: Final[dict[str, str]] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "earlier": "PAST_REF",
    "soon": "FUTURE_REF",
    "later": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "current": "PRESENT_REF",
    "recent": "PAST_REF",
    "future": "FUTURE_REF",
}

#: Words that may stand between a count and its unit: "five trading days".
UNIT_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {
        "trading",
        "business",
        "working",
        "straight",
        "consecutive",
        "successive",
        "full",
        "calendar",
        "additional",
        "more",
        "further",
        "whole",
        "entire",
        "long",
    }
)

#: "1990 and beyond", "2024 or earlier": words after a date that open one end -> mod.
OPEN_ENDS: Final[dict[tuple[str, ...], str]] = {
    ("or", "later"): "ON_OR_AFTER",
    ("and", "later"): "ON_OR_AFTER",
    ("and", "beyond"): "ON_OR_AFTER",
    ("onwards",): "ON_OR_AFTER",
    ("onward",): "ON_OR_AFTER",
    ("and", "after"): "ON_OR_AFTER",
    ("or", "after"): "ON_OR_AFTER",
    ("or", "earlier"): "ON_OR_BEFORE",
    ("and", "earlier"): "ON_OR_BEFORE",
    ("or", "before"): "ON_OR_BEFORE",
    ("and", "before"): "ON_OR_BEFORE",
}

#: Holidays by name -> key. Fixed-date keys are in HOLIDAY_DATES; the others (Easter,
#: Thanksgiving, …) follow a rule the resolver knows. US observances where countries differ.
HOLIDAYS: Final[dict[tuple[str, ...], str]] = {
    ("christmas",): "christmas",
    ("christmas", "day"): "christmas",
    ("christmas", "eve"): "christmas eve",
    ("boxing", "day"): "boxing day",
    ("new", "year", "'", "s", "day"): "new year's day",
    ("new", "years", "day"): "new year's day",
    ("new", "year", "'", "s", "eve"): "new year's eve",
    ("new", "years", "eve"): "new year's eve",
    # as messages and posters write them; "Nye" with a capital alone is a surname (chronos.text)
    ("nye",): "new year's eve",
    ("nyd",): "new year's day",
    ("valentine", "'", "s", "day"): "valentine's day",
    ("halloween",): "halloween",
    ("independence", "day"): "independence day",  # whose: chronos.phrases._countries
    ("diwali",): "diwali",
    ("deepavali",): "diwali",
    ("divali",): "diwali",
    ("veterans", "day"): "veterans day",
    ("armistice", "day"): "veterans day",
    ("easter",): "easter",
    ("easter", "sunday"): "easter",
    ("easter", "monday"): "easter monday",
    # the Orthodox churches' Easter, by the Julian computus (chronos.phrases._holidays)
    ("orthodox", "easter"): "orthodox easter",
    ("orthodox", "easter", "sunday"): "orthodox easter",
    ("orthodox", "easter", "monday"): "orthodox easter monday",
    ("orthodox", "good", "friday"): "orthodox good friday",
    ("good", "friday"): "good friday",
    ("holy", "saturday"): "holy saturday",
    ("maundy", "thursday"): "maundy thursday",
    ("palm", "sunday"): "palm sunday",
    ("ash", "wednesday"): "ash wednesday",
    ("shrove", "tuesday"): "shrove tuesday",
    ("black", "friday"): "black friday",  # the shopping day after US Thanksgiving
    ("cyber", "monday"): "cyber monday",  # the Monday after it
    ("thanksgiving",): "thanksgiving",
    ("thanksgiving", "day"): "thanksgiving",
    ("labor", "day"): "labor day",
    ("memorial", "day"): "memorial day",
    ("election", "day"): "election day",
    ("canadian", "thanksgiving"): "canadian thanksgiving",
    # Islamic holidays (tabular calendar, chronos.phrases._lunar), with the spellings news uses
    ("eid", "al", "fitr"): "eid al-fitr",
    ("eid", "ul", "fitr"): "eid al-fitr",
    ("eid", "el", "fitr"): "eid al-fitr",
    ("eid", "al", "adha"): "eid al-adha",
    ("eid", "ul", "adha"): "eid al-adha",
    ("eid", "el", "adha"): "eid al-adha",
    ("eid", "ul", "azha"): "eid al-adha",
    ("ramadan",): "ramadan",
    ("ramazan",): "ramadan",
    ("ramzan",): "ramadan",
    ("islamic", "new", "year"): "islamic new year",
    # the first day of the Chinese year (chronos.phrases._lunar)
    ("lunar", "new", "year"): "lunar new year",
    ("chinese", "new", "year"): "lunar new year",
    ("the", "spring", "festival"): "lunar new year",
}

#: Weekdays named for one day in history -> (year, month, day): "Black Monday" is a date,
#: not the Monday of the week. The stock-market crashes: 19 October 1987 (Dow Jones -22.6%),
#: 24 and 29 October 1929; the pound's exit from the ERM, 16 September 1992 (sources: the
#: New York Stock Exchange's and the Bank of England's histories of those days).
HISTORIC_DAYS: Final[dict[tuple[str, ...], tuple[int, int, int]]] = {
    ("black", "monday"): (1987, 10, 19),
    ("black", "tuesday"): (1929, 10, 29),
    ("black", "thursday"): (1929, 10, 24),
    ("black", "wednesday"): (1992, 9, 16),
}
#: Earlier days of the same name, oldest first: the name means the latest one that has come
#: by the reference. The Monday of the 1929 crash, 28 October 1929, between Black Thursday
#: and Black Tuesday (same sources).
EARLIER_HISTORIC_DAYS: Final[dict[tuple[str, ...], tuple[tuple[int, int, int], ...]]] = {
    ("black", "monday"): ((1929, 10, 28),),
}

#: Fixed-date holidays -> (month, day).
HOLIDAY_DATES: Final[dict[str, tuple[int, int]]] = {
    "christmas": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
}

#: Adverbs of recurrence -> (TimeML SET value, grain).
FREQUENCY_ADVERBS: Final[dict[str, str]] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "annual": "P1Y",
}

#: Bounds put on a duration -> the TimeML mod. Multi-word ones are tuples of words.
#: "NEARLY" is chronos's own: LESS_THAN on a duration, APPROX on "… ago".
DURATION_MODS: Final[dict[tuple[str, ...], str]] = {
    ("more", "than"): "MORE_THAN",
    ("over",): "MORE_THAN",
    ("longer", "than"): "MORE_THAN",
    ("well", "over"): "MORE_THAN",
    ("just", "over"): "MORE_THAN",
    ("at", "least"): "EQUAL_OR_MORE",
    ("no", "less", "than"): "EQUAL_OR_MORE",
    ("not", "less", "than"): "EQUAL_OR_MORE",
    ("less", "than"): "LESS_THAN",
    ("fewer", "than"): "LESS_THAN",
    ("under",): "LESS_THAN",
    ("just", "under"): "LESS_THAN",
    ("nearly",): "NEARLY",
    ("almost",): "NEARLY",
    ("up", "to"): "EQUAL_OR_LESS",
    ("at", "most"): "EQUAL_OR_LESS",
    ("no", "more", "than"): "EQUAL_OR_LESS",
    ("not", "more", "than"): "EQUAL_OR_LESS",
    ("about",): "APPROX",
    ("around",): "APPROX",
    ("approximately",): "APPROX",
    ("roughly",): "APPROX",
    ("some",): "APPROX",
    ("circa",): "APPROX",
    ("an", "estimated"): "APPROX",
}

#: Signal words that relate a thing to a time or an event -> relation name.
#: Multi-word signals are tuples; the grammar tries the longest first.
SIGNALS: Final[dict[tuple[str, ...], str]] = {
    ("since",): "SINCE",
    ("ever", "since"): "SINCE",
    ("starting",): "SINCE",
    ("beginning",): "SINCE",
    ("starting", "from"): "SINCE",
    ("from",): "SINCE",
    ("until",): "UNTIL",
    ("till",): "UNTIL",
    ("til",): "UNTIL",
    ("up", "until"): "UNTIL",
    ("up", "till"): "UNTIL",
    ("through",): "UNTIL",
    ("thru",): "UNTIL",
    ("by",): "BY",
    ("no", "later", "than"): "BY",
    ("not", "later", "than"): "BY",
    ("no", "earlier", "than"): "ON_OR_AFTER",
    ("not", "earlier", "than"): "ON_OR_AFTER",
    ("before",): "BEFORE",
    ("ahead", "of"): "BEFORE",
    ("prior", "to"): "BEFORE",
    ("in", "the", "run", "up", "to"): "BEFORE",
    ("in", "the", "lead", "up", "to"): "BEFORE",
    ("in", "the", "runup", "to"): "BEFORE",
    ("in", "advance", "of"): "BEFORE",
    ("earlier", "than"): "BEFORE",
    ("after",): "AFTER",
    ("following",): "AFTER",
    ("subsequent", "to"): "AFTER",
    ("later", "than"): "AFTER",
    ("in", "the", "wake", "of"): "AFTER",
    ("in", "the", "aftermath", "of"): "AFTER",
    ("during",): "DURING",
    ("throughout",): "DURING",
    ("over",): "DURING",
    ("in", "the", "course", "of"): "DURING",
    ("within",): "WITHIN",
    ("as", "of"): "AS_OF",
    ("as", "at"): "AS_OF",
    ("effective",): "AS_OF",
    ("in",): "ON",
    ("sometime",): "ON",
    ("sometime", "in"): "ON",
    ("some", "time", "in"): "ON",
    ("post",): "AFTER",
    ("pre",): "BEFORE",
    ("on",): "ON",
    # "on or about May 2", "on or around 2 May": the approximation is the timex's own
    ("on", "or"): "ON",
    ("on", "or", "before"): "BY",
    ("on", "or", "after"): "ON_OR_AFTER",
    ("at",): "ON",
    ("for",): "FOR",
}


def all_words() -> frozenset[str]:
    """Every single word the vocabulary knows, for "did you mean" suggestions."""
    words: set[str] = set()
    for table in (
        MONTHS,
        WEEKDAYS,
        PLURAL_WEEKDAYS,
        CARDINALS,
        ORDINALS,
        UNITS,
        SEASONS,
        PARTS_OF_DAY,
        TIME_POINTS,
        DAY_WORDS,
        CUES,
        VAGUE_PARTS,
        DECADE_WORDS,
        REFS,
        FREQUENCY_ADVERBS,
        UNIT_ADJECTIVES,
    ):
        words.update(table)
    for phrase in (*DURATION_MODS, *SIGNALS, *OPEN_ENDS, *HOLIDAYS, *HISTORIC_DAYS):
        words.update(phrase)
    return frozenset(words)
