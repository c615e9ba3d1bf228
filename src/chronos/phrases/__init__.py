"""English temporal phrases, resolved against a reference date.

``parse("ahead of the February 8 elections", reference=...)`` tokenizes the phrase, reads it
with a small recursive-descent grammar over a vocabulary table, and resolves the tree
against the reference date into an :class:`Expression`: a relation (ON, SINCE, BEFORE, …),
a span or a duration, an anchor event where the phrase names one, the TIMEX3, and the
assumptions and alternative readings behind it.

:class:`Scanner` reads the same grammar from any token of running text, skipping every token
that the grammar's table of first tokens says starts nothing; :func:`resolve_match` resolves
what it finds, and :attr:`Match.anchoring` says what the value depends on (the year, the
moment of speaking, an earlier mention), which the text stage uses to pick the reference.

Imports :mod:`chronos.errors`, :mod:`chronos.time`.
"""

from chronos.phrases._countries import COUNTRY_NAMES, COUNTRY_TITLES
from chronos.phrases._expression import PRECEDING_EVENT, Expression, Relation, Tense
from chronos.phrases._parse import ANCHORINGS, Match, Scanner, anchoring, parse, resolve_match
from chronos.phrases._tokenizer import Token
from chronos.phrases._vocabulary import DETERMINERS, HOLIDAYS, MONTHS, ORDINALS

__all__ = [
    "parse",
    "Expression",
    "Relation",
    "Tense",
    "PRECEDING_EVENT",
    # running text: the grammar from any token, for the text stage
    "Scanner",
    "Match",
    "resolve_match",
    "anchoring",
    "ANCHORINGS",
    "Token",
    # the words that open a noun phrase naming an event ("after [his] conviction")
    "DETERMINERS",
    # holiday names (word tuples) -> key, for telling a holiday from a surname in text
    "HOLIDAYS",
    # ordinal words and their values ("twelfth": 12), for counted runs in running text
    "MONTHS",
    "ORDINALS",
    # the countries whose Independence Day is known, as text names them
    "COUNTRY_NAMES",
    "COUNTRY_TITLES",
]
