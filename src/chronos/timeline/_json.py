"""A timeline as JSON, and back: a versioned, documented schema.

::

    {
      "schema": "chronos.timeline",
      "version": 1,
      "reference": "2024-10-25",                 # ISO date, or datetime for a second
      "policy": {"month_thirds": [10, 20], "around_units": 1,
                 "day_first": true, "duration_approx": 0.25},
      "events": [{"name": "Toshakhana conviction", "instant": false}, ...],
      "claims": [                                 # in order of arrival: the list index is
        {                                         # the claim's number (its recency)
          "kind": "when",                         # when | relation | tense | duration | structure
          "subject": "Toshakhana conviction",
          "relation": "during",
          "object": "2023-08",                    # an event's name, an EDTF span, or null
          "text": "Toshakhana conviction in August 2023 (in 2023-08)",
          "confidence": 1.0,
          "gap": null,                            # the gap as written, if any
          "provenance": {"source": "statement 1, sentence 3"},   # only the keys known
          "assumptions": [{"kind": "year", "text": "…"}],
          "constraints": [[null, ["Toshakhana conviction", "end"], 63826444800], ...],
          "alternatives": [{"text": "8 February 2025", "constraints": [...]}]
        }, ...
      ]
    }

A constraint ``[left, right, bound]`` says ``t(right) − t(left) ≤ bound`` seconds, and
``[left, right, bound, "strict"]`` says ``<``; an endpoint is ``[event name, "start" | "end"]``
or ``null`` for the calendar's time zero (0001-01-01T00:00). Loading replays the constraints
as stored, so a timeline reads back the same even if a later chronos compiles phrases
differently.
"""

from __future__ import annotations

import functools
import gc
import json
import re
from collections.abc import Callable
from datetime import datetime
from itertools import accumulate
from typing import Any, Final, ParamSpec, TypeVar

import attrs

from chronos.errors import WINDOW, ChronosError, InvalidArgumentError, ParseError
from chronos.time import Assumption, Policy
from chronos.timeline._compile import Edge3, check_edges
from chronos.timeline._network import ORIGIN, TICKS, ceil_seconds, end_point, start_point
from chronos.timeline._state import State
from chronos.timeline._types import ClaimKind, Event, Provenance

__all__ = ["SCHEMA", "VERSION", "Document", "StoredClaim", "dump", "load"]

T = TypeVar("T")

SCHEMA: Final = "chronos.timeline"
VERSION: Final = 1
_PROVENANCE_KEYS: Final = ("source", "statement", "sentence", "quote")
#: The deepest nesting a document may have: the schema needs 6 levels, and a parser must
#: never recurse as deep as a hostile document asks.
MAX_DEPTH: Final = 32
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")
_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}


@attrs.frozen
class StoredClaim:
    """One claim as a document stores it: what :meth:`Timeline._add_claim` takes back."""

    kind: ClaimKind
    subject: str
    relation: str
    object: str | None
    text: str
    edges: list[Edge3]
    provenance: Provenance
    confidence: float
    assumptions: tuple[Assumption, ...]
    alternatives: list[tuple[str, list[Edge3]]]
    gap: str | None


@attrs.frozen
class Document:
    """A timeline document, read and checked: what a timeline is rebuilt from."""

    reference: str
    policy: Policy
    events: list[Event]
    claims: list[StoredClaim]


P = ParamSpec("P")
R = TypeVar("R")


def _bulk(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic garbage collector paused (and resumed as it was).

    Writing or reading a timeline makes a few objects per claim and no reference cycles; the
    collector would still walk every live object again at each of its full passes, which
    makes the work grow faster than the timeline (about twice the time at 30,000 events).
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


@_bulk
def dump(
    state: State, *, reference: datetime, grain: str, policy: Policy, indent: int | None = None
) -> str:
    """The JSON text of a timeline: its state, its reference instant (of ``grain``, "day"
    or "second") and its policy."""

    def endpoint(point: int) -> list[str] | None:
        end = state.endpoint(point)
        return None if end.event is None else [end.event, end.end]

    def constraints(edges: list[tuple[int, int, int]]) -> list[Any]:
        out: list[Any] = []
        for u, v, w in edges:
            item: list[Any] = [endpoint(u), endpoint(v), ceil_seconds(w)]
            if w % TICKS:
                item.append("strict")
            out.append(item)
        return out

    claims = []
    for claim in state.claims:
        p = claim.provenance
        record: dict[str, Any] = {
            "kind": claim.kind,
            "subject": claim.subject,
            "relation": claim.relation,
            "object": claim.object,
            "text": claim.text,
            "confidence": claim.confidence,
            "gap": claim.gap,
            "provenance": {k: getattr(p, k) for k in _PROVENANCE_KEYS if getattr(p, k) is not None},
            "assumptions": [{"kind": a.kind, "text": a.text} for a in claim.assumptions],
            "constraints": constraints(state.solver.edges_of(claim.number)),
        }
        alternatives = state.alternatives.get(claim.number)
        if alternatives:
            record["alternatives"] = [
                {"text": text, "constraints": constraints(edges)} for text, edges in alternatives
            ]
        claims.append(record)
    document = {
        "schema": SCHEMA,
        "version": VERSION,
        "reference": _format_reference(reference, grain),
        "policy": {
            "month_thirds": list(policy.month_thirds),
            "around_units": policy.around_units,
            "day_first": policy.day_first,
            "duration_approx": policy.duration_approx,
        },
        "events": [{"name": e.name, "instant": e.instant} for e in state.events],
        "claims": claims,
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def _format_reference(moment: datetime, grain: str) -> str:
    return moment.date().isoformat() if grain == "day" else moment.isoformat()


@_bulk
def load(text: str | bytes, build: Callable[[Document], T]) -> T:
    """``build`` of the document written by :func:`dump`; a ``ParseError`` for anything else,
    including a document that ``build`` refuses."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise InvalidArgumentError("text", text, "must be the str (or bytes) of a JSON document")
    shown = text if isinstance(text, str) else bytes(text).decode("utf-8", "replace")
    _check_depth(shown)
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        position = getattr(exc, "pos", 0) or 0
        raise ParseError("not JSON", text=shown, position=position, argument="text") from exc
    try:
        return build(_read(document))
    except ChronosError as exc:
        if isinstance(exc, ParseError) and exc.argument == "text":
            raise
        raise ParseError(
            f"not a chronos timeline ({_cut(str(exc))})", text=shown, argument="text"
        ) from exc
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError) as exc:
        raise ParseError(
            f"not a chronos timeline ({type(exc).__name__}: {_cut(str(exc))})",
            text=shown,
            argument="text",
        ) from exc


def _cut(reason: str) -> str:
    """A reason cut to two windows of text, so that the message stays bounded."""
    return reason if len(reason) <= 2 * WINDOW else reason[: 2 * WINDOW] + "…"


def _check_depth(text: str) -> None:
    """Refuse a document nested deeper than :data:`MAX_DEPTH`, before it is parsed.

    Linear in the text, in the regular expression engine and ``accumulate``: strings are
    dropped (a bracket in a name does not count), then the brackets left are summed.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = max(accumulate(map(_STEP.__getitem__, brackets)), default=0)
    if depth > MAX_DEPTH:
        # The offset of the first bracket too deep, for the caret.
        level = 0
        position = 0
        for position, char in enumerate(text):  # noqa: B007 - the loop finds it
            level += _STEP.get(char, 0)
            if level > MAX_DEPTH:
                break
        raise ParseError(
            f"nested deeper than {MAX_DEPTH} levels", text=text, position=position, argument="text"
        )


def _read(document: Any) -> Document:
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise InvalidArgumentError("schema", _get(document, "schema"), f"must be {SCHEMA!r}")
    version = document.get("version")
    if version != VERSION:
        raise InvalidArgumentError("version", version, f"this chronos reads version {VERSION}")
    p = document["policy"]
    policy = Policy(
        month_thirds=tuple(p["month_thirds"]),
        around_units=p["around_units"],
        day_first=p["day_first"],
        duration_approx=p["duration_approx"],
    )
    events = []
    for record in document["events"]:
        if not isinstance(record["instant"], bool):
            raise InvalidArgumentError("instant", record["instant"], "must be a bool")
        events.append(Event(record["name"], instant=record["instant"]))
    index: dict[str, int] = {}
    for i, event in enumerate(events):
        if index.setdefault(event.name, i) != i:
            raise InvalidArgumentError("name", event.name, "names two events of the document")

    def point(endpoint: Any) -> int:
        if endpoint is None:
            return ORIGIN
        name, end = endpoint
        i = index[name]
        if end not in ("start", "end"):
            raise InvalidArgumentError("end", end, "must be 'start' or 'end'")
        return start_point(i) if end == "start" else end_point(i)

    def edges(items: Any) -> list[tuple[int, int, int]]:
        out = []
        for item in items:
            left, right, bound, *flags = item
            if not isinstance(bound, int) or isinstance(bound, bool):
                raise InvalidArgumentError("bound", bound, "must be an int")
            if flags not in ([], ["strict"]):
                raise InvalidArgumentError("constraint", item, "has an unknown flag")
            edge = (point(left), point(right), bound * TICKS - len(flags))
            check_edges("bound", bound, (edge,))
            out.append(edge)
        return out

    claims = []
    for record in document["claims"]:
        confidence = record["confidence"]
        if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
            raise InvalidArgumentError("confidence", confidence, "must be a number in (0, 1]")
        if not 0 < confidence <= 1:
            raise InvalidArgumentError("confidence", confidence, "must be a number in (0, 1]")
        provenance = Provenance(**{k: record["provenance"][k] for k in record["provenance"]})
        alternatives = [
            (alt["text"], edges(alt["constraints"])) for alt in record.get("alternatives", ())
        ]
        claims.append(
            StoredClaim(
                kind=record["kind"],
                subject=record["subject"],
                relation=record["relation"],
                object=record["object"],
                text=record["text"],
                edges=edges(record["constraints"]),
                provenance=provenance,
                confidence=confidence,
                assumptions=tuple(Assumption(a["kind"], a["text"]) for a in record["assumptions"]),
                alternatives=alternatives,
                gap=record["gap"],
            )
        )
    return Document(document["reference"], policy, events, claims)


def _get(document: Any, key: str) -> Any:
    return document.get(key) if isinstance(document, dict) else document
