"""chronos: turn press statements into chronologies.

The public names, grouped by stage. Everything else lives in private modules.

>>> import chronos
>>> str(chronos.Span.month(2023, 8))
'2023-08'
"""

from chronos._calendar import floating
from chronos._duration import Duration
from chronos._edtf import EdtfDate, EdtfEnd, EdtfInterval, EdtfRange, EdtfSet, parse_edtf
from chronos._errors import (
    AmbiguousTruthError,
    ChronosError,
    InvalidArgumentError,
    ParseError,
    UnknownEventError,
)
from chronos._expression import PRECEDING_EVENT, Expression, Relation, Tense
from chronos._grain import Grain
from chronos._parse import parse
from chronos._policy import DEFAULT_POLICY, Assumption, Part, Policy, Vague
from chronos._span import Span
from chronos._timex import Timex
from chronos._window import Bounds, Certainty, Window

__all__ = [
    # errors
    "AmbiguousTruthError",
    "ChronosError",
    "InvalidArgumentError",
    "ParseError",
    "UnknownEventError",
    # the time model
    "Grain",
    "Span",
    "Duration",
    "Window",
    "Bounds",
    "Certainty",
    "floating",
    # vague parts and the policy that decides them
    "Part",
    "Policy",
    "DEFAULT_POLICY",
    "Assumption",
    "Vague",
    # phrases: parse and resolve against a reference date
    "parse",
    "Expression",
    "Relation",
    "Tense",
    "PRECEDING_EVENT",
    # interoperable forms: TIMEX3 for NLP, EDTF (ISO 8601-2) as the canonical string
    "Timex",
    "parse_edtf",
    "EdtfDate",
    "EdtfInterval",
    "EdtfSet",
    "EdtfRange",
    "EdtfEnd",
]
