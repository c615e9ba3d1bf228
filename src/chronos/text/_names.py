"""A month, a weekday or a holiday that is a person's name.

Parents name children May, June and April, and families are called Sunday, Friday, March
and Easter. A date word that is part of a name stands where no date can: right before a
capitalised word that is no date part (a surname: "June Alvarez", "Friday Mensah"), or
right after one that is no date part (a given name: "Petra Sunday", "Bruno Easter"), with
nothing before the pair that could take a date ("in", "on", "last", "the" …) but the
start of a clause, a comma, a title ("Commissioner") or a noun naming a role ("chief
engineer", "his lawyer"). A month or a holiday needs a preposition or a determiner to be a
date, so a given name may also follow a verb in the past, "meet(s)", "with" or "and"
("the minister met April Kowalczyk", "talks with June Alvarez"); a weekday stands as a
date right after a verb ("met Friday"), so it is never read so there.

A weekday after a capitalised word keeps its date where the word before the pair is not a
comma or a role noun: "President Clinton Saturday vowed", "Iran Saturday condemned" (news
writes a weekday after its subject without "on"). A holiday does not stand there as an
adverb, so "Commissioner Bruno Easter" is a name where "President Clinton Saturday" is a
day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import HOLIDAYS, MONTHS, Token
from chronos.text._extract_words import _FULL_MONTHS, _WEEKDAYS

__all__ = ["person_name"]

# Holidays written as their initials ("nye", "NYE"): with a capital alone they are a name.
_INITIALS: Final = frozenset({"nye", "nyd"})
_ONE_WORD_HOLIDAYS: Final = frozenset(k[0] for k in HOLIDAYS if len(k) == 1)
# Capitalised words that are date parts or join one: "May Day", "Christmas Eve", "Easter
# Sunday", "Monday Night", "June 2024" (a number is no word), "March of 2019".
_DATE_PARTS: Final = (
    _WEEKDAYS
    | frozenset(MONTHS)
    | frozenset(w for k in HOLIDAYS for w in k)
    | {"day", "eve", "night", "morning", "afternoon", "evening", "week", "weekend", "of"}
    | {"for", "the", "i", "in", "on", "at", "by", "to", "and", "or", "a", "an", "this"}
    | {"last", "next", "that", "noon", "midnight", "am", "pm", "utc", "gmt", "term"}
)
# Words before a holiday's given name that greet or qualify the feast ("Happy Easter",
# "Orthodox Easter"): the pair is the holiday.
_FEAST_QUALIFIERS: Final = frozenset(
    {"happy", "merry", "orthodox", "western", "eastern", "catholic", "coptic", "greek"}
    | {"jewish", "chinese", "american", "canadian", "white", "green", "first", "last"}
)
# Lower-case words with a role suffix that are no role: "after", "over", "per".
_NOT_ROLES: Final = frozenset(
    {"after", "over", "under", "never", "ever", "whether", "either", "neither", "other"}
    | {"rather", "later", "earlier", "per", "for", "or", "nor", "her", "their", "your"}
    | {"our", "together", "however", "whenever", "wherever", "whatever", "sooner", "longer"}
    | {"further", "farther", "former", "latter", "upper", "lower", "inner", "outer", "minor"}
    | {"major", "prior", "until", "amid", "recent", "current", "present", "ancient"}
    | {"different", "independent", "significant", "important", "relevant", "urgent"}
)
_ROLE_SUFFIXES: Final = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person")
_ROLE_WORDS: Final = frozenset(
    {"chief", "head", "chair", "coach", "captain", "secretary", "deputy", "aide", "envoy"}
    | {"judge", "mp", "candidate", "rapporteur", "attorney", "nominee", "ceo", "cfo"}
    | {"actress", "poet", "pilot", "nurse", "sergeant", "colonel", "general", "mayor"}
)


def _role(token: Token) -> bool:
    """Whether a lower-case word names a role before a name: "engineer", "lawyer",
    "spokeswoman", "chief" (not "after", "other")."""
    word = token.lower
    if token.kind != "WORD" or not token.text.islower() or word in _NOT_ROLES:
        return False
    return word in _ROLE_WORDS or (len(word) > 4 and word.endswith(_ROLE_SUFFIXES))


# Words before a given name that are no date's preposition: "with", "and", and the
# verbs of meeting in the present (a past form in "-ed" or an irregular one is read too).
_BEFORE_GIVEN_NAME: Final = frozenset(
    {"with", "and", "meet", "meets", "met", "told", "saw", "thank", "thanks", "thanked"}
    | {"named", "appointed", "hired", "elected", "chose", "called", "asked", "urged"}
)


def _verb_or_joint(token: Token) -> bool:
    """Whether a lower-case word before a month and a capitalised word is a verb of the
    past or of meeting, "with" or "and": no preposition of a date."""
    word = token.lower
    if not token.text.islower():
        return False
    if word in _BEFORE_GIVEN_NAME:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS


# Words in "-ed" before a month that take a date: "scheduled May 3", "expected June".
_NOT_VERBS: Final = frozenset({"scheduled", "expected", "planned", "slated", "dated"})


def _name_word(token: Token | None) -> bool:
    """A capitalised word that is no date part: a given name or a surname."""
    return (
        token is not None
        and token.kind == "WORD"
        and token.text[:1].isupper()
        and token.text[1:2].islower()
        and token.lower not in _DATE_PARTS
    )


def _opens_name(tokens: Sequence[Token], k: int, sentence_start: int, holiday: bool) -> bool:
    """Whether what is at ``k`` (just before a name) lets a name start: the head of the
    sentence, a comma or a bracket, a role noun, or (for a month or a holiday, which
    stand in no date after a capitalised word) a title ("Commissioner")."""
    if k < sentence_start:
        return True
    token = tokens[k]
    if token.kind != "WORD":
        return token.text in (",", "(", ";", ":", '"', "“", "‘")
    if _role(token):
        return True
    if not holiday:
        return False
    if _verb_or_joint(token):
        return True  # "met April Kowalczyk", "talks with June Alvarez"
    if token.text[:1].isupper():
        return token.lower not in _DATE_PARTS and token.lower not in _FEAST_QUALIFIERS
    return False


def person_name(tokens: Sequence[Token], first: int, last: int, sentence_start: int) -> str | None:
    """Why a one-word month, weekday or holiday at ``first`` is part of a person's name,
    or ``None``."""
    if last - first != 1:
        return None
    word = tokens[first]
    if word.lower in _INITIALS and word.text[:1].isupper() and word.text[1:].islower():
        return "a surname, not a holiday"  # "Bill Nye"; "nye" and "NYE" are the eve
    if word.kind != "WORD" or not word.text[:1].isupper() or not word.text[1:2].islower():
        return None
    lower = word.lower
    weekday = lower in _WEEKDAYS
    holiday = lower in _ONE_WORD_HOLIDAYS
    if not (weekday or holiday or lower in _FULL_MONTHS):
        return None
    after = tokens[last] if last < len(tokens) else None
    # given name: "June Alvarez", "his lawyer, May Osei", "engineer Friday Mensah"
    if _name_word(after) and _opens_name(tokens, first - 1, sentence_start, not weekday):
        return "a person's name, not a date"
    # surname: "Petra Sunday", "Commissioner Bruno Easter"
    before = tokens[first - 1] if first > sentence_start else None
    if (
        (weekday or holiday)
        and _name_word(before)
        and before is not None
        and before.lower not in _FEAST_QUALIFIERS
        and first - 2 >= sentence_start
        and _opens_name(tokens, first - 2, sentence_start, holiday)
    ):
        return "a person's name, not a date"
    return None
