"""A chronicle's events in a timeline's JSON: labels, kinds, mentions, ids and statements.

Registered with the timeline stage as the event type ``"chronicle"``: ``to_json`` writes
what a :class:`ChronicleEvent` adds to an event beside its name, and ``from_json`` reads it
back into one, so that a saved chronology keeps its provenance and takes more statements
(``add_statement``). A mention is written as a list ``[statement, sentence, start, end,
quote]`` with its rule last when it has one; a statement's own event carries the
statement (text, publication, source, id, title, dateline, event ids).
"""

from __future__ import annotations

from typing import Any, Final

from chronos.chronicle._types import KINDS, ChronicleEvent, EventMention, Statement
from chronos.errors import InvalidArgumentError
from chronos.timeline import register_event_type

__all__ = ["TYPE", "register"]

#: The name a chronicle's events carry in a timeline's JSON ("type": "chronicle").
TYPE: Final = "chronicle"
_STATEMENT_FIELDS: Final = ("source", "id", "title", "dateline")


def register() -> None:
    """Make the timeline's JSON write and read the chronicle's events."""
    register_event_type(TYPE, ChronicleEvent, write=_write, read=_read)


def _write(event: ChronicleEvent) -> dict[str, Any]:
    values: dict[str, Any] = {
        "label": event.label,
        "kind": event.kind,
        "mentions": [
            [m.statement, m.sentence, m.start, m.end, m.quote]
            + ([] if m.rule is None else [m.rule])
            for m in event.mentions
        ],
    }
    if event.id is not None:
        values["id"] = event.id
    if event.notes:
        values["notes"] = list(event.notes)
    s = event.statement
    if s is not None:
        statement: dict[str, Any] = {"text": s.text, "published": s.published.isoformat()}
        for name in _STATEMENT_FIELDS:
            if getattr(s, name) is not None:
                statement[name] = getattr(s, name)
        if s.events:
            statement["events"] = dict(s.events)
        values["statement"] = statement
    return values


def _read(name: str, instant: bool, values: dict[str, Any]) -> ChronicleEvent:
    kind = values["kind"]
    if kind not in KINDS:
        raise InvalidArgumentError("kind", kind, f"must be one of {', '.join(KINDS)}")
    label, event_id = values["label"], values.get("id")
    _check("label", label, str)
    if event_id is not None:
        _check("id", event_id, str)
    notes = values.get("notes", [])
    for note in notes:
        _check("notes", note, str)
    statement = values.get("statement")
    return ChronicleEvent(
        name,
        instant=instant,
        label=label,
        kind=kind,
        mentions=tuple(_mention(m) for m in values["mentions"]),
        statement=None if statement is None else _statement(statement),
        notes=tuple(notes),
        id=event_id,
    )


def _mention(row: Any) -> EventMention:
    if not isinstance(row, list) or len(row) not in (5, 6):
        raise InvalidArgumentError(
            "mentions", row, "a mention is [statement, sentence, start, end, quote, rule?]"
        )
    sid, sentence, start, end, quote = row[:5]
    rule = row[5] if len(row) == 6 else None
    for what, value, kind in (
        ("statement", sid, str),
        ("sentence", sentence, int),
        ("start", start, int),
        ("end", end, int),
        ("quote", quote, str),
    ):
        _check(what, value, kind)
    if rule is not None:
        _check("rule", rule, str)
    return EventMention(
        statement=sid, sentence=sentence, start=start, end=end, quote=quote, rule=rule
    )


def _statement(values: Any) -> Statement:
    if not isinstance(values, dict):
        raise InvalidArgumentError("statement", values, "must be an object")
    published = values["published"]
    _check("published", published, str)
    return Statement(
        values["text"],
        published=published,
        events=values.get("events"),
        **{name: values.get(name) for name in _STATEMENT_FIELDS},
    )


def _check(what: str, value: object, kind: type) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        article = "an" if kind.__name__[0] in "aeiou" else "a"
        raise InvalidArgumentError(what, value, f"must be {article} {kind.__name__}")
