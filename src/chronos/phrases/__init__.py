"""English temporal phrases, resolved against a reference date.

``parse("ahead of the February 8 elections", reference=...)`` tokenizes the phrase, reads it
with a small recursive-descent grammar over a vocabulary table, and resolves the tree
against the reference date into an :class:`Expression`: a relation (ON, SINCE, BEFORE, …),
a span or a duration, an anchor event where the phrase names one, the TIMEX3, and the
assumptions and alternative readings behind it.

Imports :mod:`chronos.errors`, :mod:`chronos.time`.
"""

from chronos.phrases._expression import PRECEDING_EVENT, Expression, Relation, Tense
from chronos.phrases._parse import parse

__all__ = ["parse", "Expression", "Relation", "Tense", "PRECEDING_EVENT"]
