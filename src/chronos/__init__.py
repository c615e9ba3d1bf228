"""chronos: turn press statements into chronologies.

The public names, grouped by stage. The code lives in one package per stage of the pipeline
(``chronos.time``, ``chronos.phrases``, ``chronos.timeline``, …; see ``docs/architecture.md``).

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
from chronos.phrases import PRECEDING_EVENT, Expression, Relation, Tense, parse
from chronos.time import (
    DEFAULT_POLICY,
    Assumption,
    Bounds,
    Certainty,
    Duration,
    Grain,
    Part,
    Policy,
    Span,
    Timex,
    Vague,
    Window,
    floating,
)

if _TYPE_CHECKING:
    from chronos import render as render
    from chronos.archive import chronicle_archive
    from chronos.chronicle import (
        ChronicleEvent,
        EventMention,
        Statement,
        add_statement,
        chronicle as chronicle,
    )
    from chronos.formats import EdtfDate, EdtfEnd, EdtfInterval, EdtfRange, EdtfSet, parse_edtf
    from chronos.text import Mention, extract
    from chronos.timeline import (
        Chronology,
        Claim,
        Conflict,
        Constraint,
        Event,
        Explanation,
        Provenance,
        Timeline,
    )

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
    # running text: every temporal expression of a statement, in its context
    "extract",
    "Mention",
    # events and their chronology
    "Timeline",
    "Event",
    "Claim",
    "Constraint",
    "Provenance",
    "Conflict",
    "Explanation",
    "Chronology",
    # statements to a chronology: events found, anchored, linked and merged with provenance
    "chronicle",
    "Statement",
    "add_statement",
    "ChronicleEvent",
    "EventMention",
    # archives: statements read in local processes or on a Dask cluster, then merged
    "chronicle_archive",
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
# and none of the parser's, the text stage is needed only for running text, and the EDTF
# reader only for interchange, so all three are imported on first use: ``import chronos``
# stays cheap for a program that only parses. ``chronos.Timeline`` and ``from chronos
# import Timeline`` work as for any other name (PEP 562).
_LAZY: dict[str, str] = {
    "parse_edtf": "chronos.formats",
    "EdtfDate": "chronos.formats",
    "EdtfInterval": "chronos.formats",
    "EdtfSet": "chronos.formats",
    "EdtfRange": "chronos.formats",
    "EdtfEnd": "chronos.formats",
    "Timeline": "chronos.timeline",
    "Event": "chronos.timeline",
    "Claim": "chronos.timeline",
    "Constraint": "chronos.timeline",
    "Provenance": "chronos.timeline",
    "Conflict": "chronos.timeline",
    "Explanation": "chronos.timeline",
    "Chronology": "chronos.timeline",
    "extract": "chronos.text",
    "Mention": "chronos.text",
    "Statement": "chronos.chronicle",
    "add_statement": "chronos.chronicle",
    "ChronicleEvent": "chronos.chronicle",
    "EventMention": "chronos.chronicle",
    "chronicle_archive": "chronos.archive",
}


#: Stages offered as modules, imported on first use: ``chronos.render.markdown(timeline)``.
_LAZY_STAGES: frozenset[str] = frozenset({"render"})


def __getattr__(name: str) -> object:
    import importlib

    if name == "chronicle":
        # the stage's package, which is callable as chronicle() (chronos.chronicle.__init__)
        return importlib.import_module("chronos.chronicle")
    if name in _LAZY_STAGES:
        return importlib.import_module(f"chronos.{name}")  # the import sets the attribute
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    stage = importlib.import_module(module)
    if module == "chronos.timeline":
        # a timeline read from JSON may hold the chronicle's events: the chronicle stage,
        # imported only then, registers how they are read (chronos.timeline never names it)
        stage.register_event_type("chronicle", load=_chronicle_stage)
    value = getattr(stage, name)
    globals()[name] = value  # later lookups find it without coming here
    return value


def _chronicle_stage() -> object:
    import importlib

    return importlib.import_module("chronos.chronicle")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_LAZY_STAGES, "chronicle"})
