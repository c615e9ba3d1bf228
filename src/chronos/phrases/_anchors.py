"""What can name an event after a signal word ("since his arrest", "after Brexit").

An anchor event is a noun phrase: words after a signal are one only if they have a head a
reader would take for a thing that happens. ``docs/parsing.md`` ("What names an event")
states the rule:

- a determiner or a possessive ("the", "a", "his", "their", "Khan's") followed by a content
  word ("the letter", "his arrest", "Khan's conviction");
- a proper name: a capitalised word that is not a signal or function word ("Brexit",
  "Ramadan", "the Paris Agreement");
- nouns without a determiner, one of them known as an event ("lunch", "dawn") or spelt as
  a noun: a nominal ending, -ing included ("independence", "taking office") or a plural
  ("ads", "massive selloffs"; not in -ss, -us, -is).

A noun phrase never starts with a preposition or a signal word.

Everything else — "qwerty zzz", "the the the", "after after", "since since August 2023" —
names nothing, and the phrase does not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import _vocabulary as vocab

__all__ = ["names_event"]

_DETERMINERS: Final = vocab.DETERMINERS
#: Words that are never the head of an event's noun phrase.
_FUNCTION: Final = frozenset(
    {
        *vocab.DETERMINERS,
        *(word for signal in vocab.SIGNALS for word in signal),
        *("of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "into"),
        *("about", "over", "under", "than", "as", "not", "no", "nor", "but", "so", "then"),
        *("is", "was", "are", "were", "be", "been", "has", "had", "have", "do", "did"),
        *("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "there"),
        *("which", "who", "whom", "what", "when", "where", "while", "if", "very"),
    }
)
#: Bare nouns that name an event or a moment without a determiner ("after lunch").
_EVENT_NOUNS: Final = frozenset(
    {
        *("lunch", "dinner", "breakfast", "supper", "school", "work", "class", "church"),
        *("dawn", "dusk", "sunrise", "sunset", "nightfall", "daybreak", "curfew"),
        *("birth", "death", "childhood", "marriage", "divorce", "graduation", "retirement"),
        *("independence", "partition", "unification", "reunification", "liberation"),
        *("kickoff", "takeoff", "landing", "launch", "release", "arrest", "trial", "war"),
    }
)
#: Endings of English nouns that name a happening or a state.
_NOMINAL_ENDINGS: Final = (
    "tion",
    "sion",
    "ment",
    "ence",
    "ance",
    "ure",
    "al",
    "hood",
    "ship",
    "ity",
    "ism",
    "ing",
    "ery",
    "age",
    "ade",
)


def names_event(written: Sequence[str], *, possessive: bool) -> bool:
    """Whether the words ``written`` (as written, in order) form a noun phrase naming an event.

    ``possessive`` says whether the phrase holds a possessive "'s".

    >>> names_event(["the", "letter"], possessive=False)
    True
    >>> names_event(["the", "the"], possessive=False)
    False
    >>> names_event(["Brexit"], possessive=False), names_event(["US", "bank"], possessive=False)
    (True, True)
    >>> names_event(["qwerty", "zzz"], possessive=False)
    False
    """
    words = [w.lower() for w in written]
    # An acronym is a name even when it is spelt like a function word ("US", "IT").
    acronym = [len(w) > 1 and w.isupper() for w in written]
    content = [k for k, w in enumerate(words) if (w not in _FUNCTION or acronym[k]) and w.isalpha()]
    if not content or (words[0] in _FUNCTION and not acronym[0] and words[0] not in _DETERMINERS):
        return False  # no head, or a preposition first: "since since August 2023"
    if words[0] in _DETERMINERS or possessive:
        return True  # a determiner or a possessive, then a content word
    if any(written[k][:1].isupper() for k in content):
        return True  # a proper name
    return any(_noun(words[k]) for k in content)


def _noun(word: str) -> bool:
    """Whether ``word`` is spelt as a noun naming a happening: a plural of three letters or
    more ("ads", "massive selloffs"), a known one, or a nominal ending on five letters or more
    ("independence", and "taking" as a gerund)."""
    if len(word) >= 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return True
    return word in _EVENT_NOUNS or (len(word) > 4 and word.endswith(_NOMINAL_ENDINGS))
