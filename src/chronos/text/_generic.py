""" "today" meaning nowadays.

"today" names the DCT's day, but news also writes it of the present age: "today's
carmakers", "Today, most workers own a phone". There it is TimeML's ``PRESENT_REF``. Only
two shapes are clearly generic, and only they are read so:

- "today's" before a plural that names a kind of people or things, a noun of agents
  ("carmakers", "voters", "scientists", "musicians", "consumers") or one of the collective
  nouns of an age ("people", "children", "youth", "generation", "world", "society");
  "today's meeting", "today's vote", "today's markets" stay the DCT's day;
- "Today" heading its sentence before a comma and a quantified plural subject ("Today,
  most workers …", "Today, few farms …") in a clause whose verb is no form of "be" and
  not in the past or the future: a habit of the age. "Today, most schools are shut"
  (a state on the day), "Today, many voters went to the polls" stay the DCT's day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Tense, Token

__all__ = ["generic_today"]

# The endings of a plural noun of agents: "carmakers", "investors", "scientists".
_AGENT_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents")
# The nouns of a people or an age after "today's".
_AGE_NOUNS: Final = frozenset(
    {"people", "children", "youth", "generation", "generations", "kids", "world", "society"}
)
# Nouns in "-ers" that name a day's things, not a kind of people: "today's papers".
_DAY_THINGS: Final = frozenset({"papers", "headlines", "numbers", "matters", "orders"})
# Quantifiers that open a generic subject: "Today, most workers …".
_QUANTIFIERS: Final = frozenset(
    {"most", "many", "few", "all", "nearly", "almost", "more", "fewer", "virtually"}
)
# The forms of "be" that make a clause a state on the day: "Today, most schools are shut".
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "remain", "remains"})
# How far the verb of a generic clause may stand from "Today,".
_REACH: Final = 6


def generic_today(
    tokens: Sequence[Token], k: int, sentence_start: int, tense: Tense | None
) -> bool:
    """Whether "today" at token ``k`` speaks of the present age (see the module's note);
    ``tense`` is the tense of its clause."""
    if tokens[k].lower != "today":
        return False
    n = len(tokens)
    if k + 2 < n and tokens[k + 1].kind == "APOSTROPHE" and tokens[k + 2].lower == "s":
        noun = tokens[k + 3].lower if k + 3 < n else ""
        return noun in _AGE_NOUNS or (noun.endswith(_AGENT_ENDINGS) and noun not in _DAY_THINGS)
    if k != sentence_start or k + 2 >= n or tokens[k + 1].text != ",":
        return False
    if tokens[k + 2].lower not in _QUANTIFIERS or tense in (Tense.PAST, Tense.FUTURE):
        return False
    return all(t.lower not in _BE for t in tokens[k + 3 : k + 3 + _REACH])
