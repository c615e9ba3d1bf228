"""Events and what is said about them, solved into a chronology.

A :class:`Timeline` holds events and claims (an event "in August 2023", "since August
2023", "two days after the letter"); it compiles them into difference constraints on the
events' endpoints, solves them with the engine in :mod:`chronos.timeline.stn`, and answers in
three values: when an event can have happened, in what order, which claims conflict and why.

Imports :mod:`chronos.errors`, :mod:`chronos.time` and :mod:`chronos.phrases`.
"""

from chronos.timeline._event_types import register_event_type
from chronos.timeline._explain import Explanation
from chronos.timeline._query import Chronology
from chronos.timeline._timeline import Timeline
from chronos.timeline._types import Claim, Conflict, Constraint, Event, Provenance

__all__ = [
    "Timeline",
    "Event",
    "Claim",
    "Constraint",
    "Provenance",
    "Conflict",
    "Explanation",
    "Chronology",
    "register_event_type",
]
