"""Statements to a chronology: events, anchors, links, anaphora, merging, provenance.

``chronicle([statement, ...])`` reads each :class:`Statement` with the text stage (its
temporal expressions, sentences and tenses), finds the events it tells (the predicates of
clauses that carry a time, a cue or a report, and the event nouns the text dates or orders),
and builds one :class:`~chronos.Timeline` whose events are :class:`ChronicleEvent` values
carrying their mentions. ``add_statement(timeline, statement)`` gives the chronology with
one statement more; the timeline stage itself never imports this one.

Imports :mod:`chronos.errors`, :mod:`chronos.time`, :mod:`chronos.phrases`,
:mod:`chronos.text` and :mod:`chronos.timeline`.
"""

import sys as _sys
import types as _module_types
from typing import Any as _Any

from chronos.chronicle._build import MAX_TEXT, add_statement, chronicle
from chronos.chronicle._persist import register as _register
from chronos.chronicle._types import ChronicleEvent, EventMention, Statement
from chronos.timeline import Timeline as _Timeline

__all__ = [
    "chronicle",
    "add_statement",
    "Statement",
    "ChronicleEvent",
    "EventMention",
    "MAX_TEXT",
]


_register()  # a timeline's JSON keeps the chronicle's events (labels, mentions, statements)


class _Stage(_module_types.ModuleType):
    """The stage's module, callable as its entry point.

    ``chronos.chronicle`` names both this package and the function: once the package is
    imported, Python binds the name on ``chronos`` to the package, so the package calls the
    function and ``chronos.chronicle([...])`` means the same whichever was imported first.
    """

    def __call__(self, *args: _Any, **kwargs: _Any) -> _Timeline:
        return chronicle(*args, **kwargs)


_sys.modules[__name__].__class__ = _Stage
