"""Events of the stages above, in a timeline's JSON: how each type is written and read.

The timeline stage knows only :class:`Event`; a stage above that adds a subclass (the
chronicle's events, with their mentions) registers it here by a name, with a function that
writes what the subclass adds as plain JSON values and one that reads it back. An event of
a registered type is written with ``"type": name`` and those values beside its name; a
plain event is written as before. A stage that is not imported yet can register a loader
under the name instead: reading a document that holds the type calls it once (it imports
the stage, which registers the type). The timeline stage never names a stage above it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from chronos.errors import InvalidArgumentError
from chronos.timeline._types import Event

__all__ = ["event_from_record", "event_record", "register_event_type"]


class _EventType(NamedTuple):
    name: str
    cls: type[Event]
    write: Callable[[Any], dict[str, Any]]
    read: Callable[[str, bool, dict[str, Any]], Event]


_BY_NAME: dict[str, _EventType] = {}
_BY_CLASS: dict[type[Event], _EventType] = {}
_LOADERS: dict[str, Callable[[], object]] = {}
#: The keys of an event's record that belong to the timeline itself.
_OWN = frozenset({"name", "instant", "type"})


def register_event_type(
    name: str,
    cls: type[Event] | None = None,
    *,
    write: Callable[[Any], dict[str, Any]] | None = None,
    read: Callable[[str, bool, dict[str, Any]], Event] | None = None,
    load: Callable[[], object] | None = None,
) -> None:
    """Write events of ``cls`` with ``"type": name`` and ``write(event)``'s values, and read
    them back with ``read(name, instant, values)``; or, with ``load`` alone, what to call
    (once) to have the type registered when a document holding it is read."""
    if cls is not None and write is not None and read is not None and load is None:
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            raise InvalidArgumentError("cls", cls, "must be a subclass of Event")
        kind = _EventType(name, cls, write, read)
        _BY_NAME[name] = kind
        _BY_CLASS[cls] = kind
    elif cls is None and write is None and read is None and load is not None:
        _LOADERS.setdefault(name, load)
    else:
        raise InvalidArgumentError(
            "register_event_type", name, "takes cls, write and read, or load alone"
        )


def event_record(event: Event) -> dict[str, Any]:
    """The JSON record of an event: its name, whether it is an instant, and what its type
    adds (a type registered for a class also covers that class's subclasses)."""
    record: dict[str, Any] = {"name": event.name, "instant": event.instant}
    if type(event) is Event:
        return record
    kind = _BY_CLASS.get(type(event))
    if kind is None:
        kind = next((k for c, k in _BY_CLASS.items() if isinstance(event, c)), None)
    if kind is not None:
        values = kind.write(event)
        record["type"] = kind.name
        record.update((k, v) for k, v in values.items() if k not in _OWN)
    return record


def event_from_record(record: dict[str, Any]) -> Event:
    """The event a JSON record describes (a plain :class:`Event` when it names no type)."""
    name, instant = record["name"], record["instant"]
    if not isinstance(instant, bool):
        raise InvalidArgumentError("instant", instant, "must be a bool")
    type_name = record.get("type")
    if type_name is None:
        return Event(name, instant=instant)
    kind = _BY_NAME.get(type_name) if isinstance(type_name, str) else None
    if kind is None and isinstance(type_name, str) and type_name in _LOADERS:
        _LOADERS.pop(type_name)()
        kind = _BY_NAME.get(type_name)
    if kind is None:
        raise InvalidArgumentError(
            "type", type_name, "is not an event type this chronos reads (import its stage first)"
        )
    return kind.read(name, instant, {k: v for k, v in record.items() if k not in _OWN})
