"""chronos: turn press statements into chronologies.

The public names, grouped by stage. Everything else lives in private modules.

>>> import chronos
>>> str(chronos.Span.month(2023, 8))
'2023-08'
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from chronos.errors import (
    AmbiguousTruthError,
    ChronosError,
    InvalidArgumentError,
    ParseError,
    UnknownEventError,
)
from chronos.phrases._expression import PRECEDING_EVENT, Expression, Relation, Tense
from chronos.phrases._parse import parse
from chronos.time._calendar import floating
from chronos.time._duration import Duration
from chronos.time._grain import Grain
from chronos.time._policy import DEFAULT_POLICY, Assumption, Part, Policy, Vague
from chronos.time._span import Span
from chronos.time._timex import Timex
from chronos.time._window import Bounds, Certainty, Window

if _TYPE_CHECKING:
    from chronos.formats._edtf import (
        EdtfDate,
        EdtfEnd,
        EdtfInterval,
        EdtfRange,
        EdtfSet,
        parse_edtf,
    )
    from chronos.timeline._explain import Explanation
    from chronos.timeline._query import Chronology
    from chronos.timeline._timeline import Timeline
    from chronos.timeline._types import Claim, Conflict, Constraint, Event, Provenance

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
    # events and their chronology
    "Timeline",
    "Event",
    "Claim",
    "Constraint",
    "Provenance",
    "Conflict",
    "Explanation",
    "Chronology",
    # interoperable forms: TIMEX3 for NLP, EDTF (ISO 8601-2) as the canonical string
    "Timex",
    "parse_edtf",
    "EdtfDate",
    "EdtfInterval",
    "EdtfSet",
    "EdtfRange",
    "EdtfEnd",
]

# The timeline (its constraint solver, queries and explanations) is most of chronos's code
# and none of the parser's, and the EDTF reader is needed only for interchange, so both are
# imported on first use: ``import chronos`` stays cheap for a program that only parses.
# ``chronos.Timeline`` and ``from chronos import Timeline`` work as for any other name
# (PEP 562).
_LAZY: dict[str, str] = {
    "parse_edtf": "chronos.formats._edtf",
    "EdtfDate": "chronos.formats._edtf",
    "EdtfInterval": "chronos.formats._edtf",
    "EdtfSet": "chronos.formats._edtf",
    "EdtfRange": "chronos.formats._edtf",
    "EdtfEnd": "chronos.formats._edtf",
    "Timeline": "chronos.timeline._timeline",
    "Event": "chronos.timeline._types",
    "Claim": "chronos.timeline._types",
    "Constraint": "chronos.timeline._types",
    "Provenance": "chronos.timeline._types",
    "Conflict": "chronos.timeline._types",
    "Explanation": "chronos.timeline._explain",
    "Chronology": "chronos.timeline._query",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it without coming here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
