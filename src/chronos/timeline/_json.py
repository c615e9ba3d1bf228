"""A timeline as JSON, and back: a versioned, documented schema (``docs/formats.md``).

Version 4 (written), laid out by column so that reading makes a few long columns rather
than an object per claim and per constraint, each column of integers packed (below)::

    {
      "schema": "chronos.timeline",
      "version": 4,
      "reference": "2024-10-25",                 # ISO date, or datetime for a second
      "policy": {"month_thirds": [10, 20], "around_units": 1,
                 "day_first": true, "duration_approx": 0.25},
      "events": [{"name": "Toshakhana conviction", "instant": false}, ...],
                                                  # + "type" and its values: an event of a
                                                  # stage above (``_event_types``)
      "claims": {                                 # item k of each column: claim number k
        "kind": "40...",                          # a digit each: the index in KINDS
        "subject": "AAAAAAAAAAA...",              # integers: the index of its event
        "relation": ["structure", "during", ...],
        "object": [null, "2023-08", ...],         # an event's name, an EDTF span, or null
        "text": [null, "Toshakhana conviction in August 2023 (2023-08)", ...],
                                                  # null: the text that follows (own, link)
        "constraints": "AQAAAAAAAAA...",          # integers: how many, the next ones in
                                                  # "constraints"
        "rare": {"3": {"confidence": 0.8, "gap": ..., "provenance": {...},
                       "assumptions": [...], "alternatives": [...],
                       "suspended": true}},       # left out until restored
      },
      "constraints": {"left": "...", "right": "...", "bound": "...",   # integers
                      "strict": "1001..."},
      "solution": {"horizon": 549755813888,       # seconds
                   "latest": "...", "latest_strict": "030...", "latest_by": "...",
                   "latest_depth": "...", "earliest": "...", "earliest_strict": "...",
                   "earliest_by": "...", "earliest_depth": "...", "rank": "...",
                   "conflicts": [{"cycle": [12, 3, [5, 0]], "set_aside": 7}]}
    }

A column of integers is the standard base64 (padded) of each integer as 8 bytes, signed,
little-endian: ``"AQAAAAAAAAADAAAAAAAAAA=="`` is ``[1, 3]``. It decodes in bulk
(:func:`~chronos.timeline._json_columns._unpacked`); one that is not base64, is not a whole
number of 8-byte integers, has another count than its column needs, or holds a point or
event number out of range is refused, naming the column and showing the item.

Constraint ``j`` says ``t(right[j]) − t(left[j]) ≤ bound[j]`` seconds, ``<`` where
``strict[j]`` is "1"; an endpoint is a point number: 0 for the calendar's time zero
(0001-01-01T00:00), ``2i + 1`` for the start of ``events[i]`` and ``2i + 2`` for its end.

The solution holds, for every point, its latest time rounded up and its earliest rounded
down to the second, and a digit each: 1 where the rounding moved it, plus 2 where only the
horizon bounds it (the time is then the horizon's); the constraint that gives each — its
index, -1 for the horizon, -2 for time zero itself — and the depth of the chain behind it;
each conflict as its cycle of constraints (``[u, v]`` for the horizon between two points)
with the claim set aside, and every point's rank (the order of the groups of points linked
both ways, which `relation()` uses to keep its search between two events; optional). No
value is in the engine's units. Reading checks it in one pass over the constraints, every
label read from what is written (:mod:`chronos.timeline.stn._restore`): a solution that is
not the solution of the claims is dropped, and the timeline solves again; ranks that rise
along a constraint are dropped, and found again by the first search that needs them.

Version 3 (read): as version 4 with each column of integers a JSON list, and null for a
bound only the horizon gives (its digit 0 or 1); those points' labels are taken down the
trees. Version 2 (read): the claims a list of objects (``kind``, ``subject`` by name,
``relation``, ``object``, ``text``, ``constraints`` as ``[left, right, bound(, "strict")]``,
the rest where not the default; an event's own claim just its kind and subject), and the
solution's times in ticks of 2**-20 second. Version 1 (read): endpoints are ``[event name,
"start" | "end"]`` or ``null``, every field of every claim is written, and there is no
solution.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, attrgetter, is_, itemgetter, le, ne, not_
from typing import Any, Final, TypeVar

import attrs

from chronos.errors import ChronosError, InvalidArgumentError, ParseError
from chronos.time import Assumption, Policy
from chronos.timeline._collector import collector_paused
from chronos.timeline._compile import Edge3
from chronos.timeline._event_types import event_from_record, event_record
from chronos.timeline._json_columns import (
    _FROM_DIGITS,
    _KIND_CODE,
    _STRUCTURE,
    _check_defaults,
    _Columns,
    _cut,
    _edges,
    _gaps,
    _object,
    _packed,
    _rare_fields,
    _texts,
    _unpacked,
)
from chronos.timeline._network import (
    ORIGIN,
    TICKS,
    end_point,
    seconds_of,
    start_point,
)
from chronos.timeline._state import KINDS, Alternatives, Claims, State
from chronos.timeline._types import Event, Provenance
from chronos.timeline.stn import Snapshot

__all__ = ["READS", "SCHEMA", "VERSION", "Document", "dump", "load"]

T = TypeVar("T")

SCHEMA: Final = "chronos.timeline"
VERSION: Final = 4
#: The versions this chronos reads.
READS: Final = (1, 2, 3, 4)
_PROVENANCE_KEYS: Final = ("source", "statement", "sentence", "quote", "rule")
#: The deepest nesting a document may have: the schema needs 6 levels. A document that
#: does not read is measured, so that the error says how deep it went.
MAX_DEPTH: Final = 32
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")
_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}
#: The fields most claims have; the others are looked for only where a claim has more.
_COMMON: Final = frozenset(("kind", "subject", "relation", "object", "text", "constraints"))
#: Ticks to the second in the solution of a document of version 2.
_V2_TICKS: Final = 2**20
_NO_PROVENANCE: Final = Provenance()
#: Codes 0-9 as the digits a column string holds (version 3).
_TO_DIGITS: Final = bytes.maketrans(bytes(range(10)), b"0123456789")
#: A bound's digit of version 4 (0-3) to its two flags: rounded (bit 0), the horizon's (bit 1).
_ROUNDED: Final = bytes.maketrans(b"0123", b"\0\1\0\1")
_HORIZONS: Final = bytes.maketrans(b"0123", b"\0\0\1\1")
_TWICE: Final = bytes.maketrans(b"\0\1", b"\0\2")


@attrs.frozen
class Document:
    """A timeline document, read and checked, by column: what a timeline is rebuilt from.

    Claim ``k`` has ``kinds[k]`` (an index into ``KINDS``), ``subjects[k]``, …; ``texts[k]`` is
    an index into ``STRUCTURE_TEXTS`` for an event's own claim. Edge ``j`` is
    ``(us[j], vs[j], ws[j])``, ``counts[k]`` of them for claim ``k``, in order, each point
    checked (a point of the document's events, or 0). ``solution``
    is as written (None if the document has none); the timeline checks it.
    """

    reference: str
    policy: Policy
    events: list[Event]
    kinds: bytearray
    subjects: list[str]
    relations: list[str]
    objects: list[str | None]
    texts: list[str | None]
    confidences: Sequence[float]
    provenance: dict[int, Provenance]
    assumptions: dict[int, tuple[Assumption, ...]]
    gaps: dict[int, str]
    us: array[int]
    vs: array[int]
    ws: array[int]
    #: How many edges each claim has: edges of claim 0 first, then claim 1, …
    counts: Sequence[int]
    alternatives: dict[int, list[tuple[str, list[Edge3]]]]
    solution: Snapshot | None
    #: The claims written as suspended (left out until restored).
    suspended: frozenset[int] = frozenset()


# -- writing ------------------------------------------------------------------------------


@collector_paused()
def dump(
    state: State, *, reference: datetime, grain: str, policy: Policy, indent: int | None = None
) -> str:
    """The JSON text of a timeline: its state, its reference instant (of ``grain``, "day"
    or "second") and its policy. Solves first if nothing was asked yet."""
    solver = state.solver
    snapshot = solver.snapshot()
    claims = state.claims
    events = state.events
    us, vs, ws, cids = solver.edge_arrays()
    if not all(map(le, cids, islice(cids, 1, None))):
        # The engine keeps each claim's edges together, claims in order; should it not, the
        # document still does (a stable sort: each claim's edges in their order).
        order = sorted(range(len(cids)), key=cids.__getitem__)
        us, vs, ws, cids = ([column[k] for k in order] for column in (us, vs, ws, cids))
    # Each claim's count of constraints, counted in a list (faster than a Counter).
    counts = [0] * len(claims)
    for cid in cids:
        counts[cid] += 1
    bounds, strict = seconds_of(ws)
    index = {e.name: i for i, e in enumerate(events)}
    alternatives = state.alternatives
    confidences = claims.confidence
    weak = compress(range(len(confidences)), map((1.0).__ne__, confidences))
    # A claim withdrawn is not written: the claims after it move up (``kept``: the numbers
    # written, in order; ``place``: a number's place among them).
    gone = sorted(claims.withdrawn)
    kept: Sequence[int] = range(len(claims))
    if gone:
        kept = [k for k in kept if k not in claims.withdrawn]

    def place(number: int) -> int:
        return number - bisect_left(gone, number)

    def column(values: Sequence[T]) -> Sequence[T]:
        return [values[k] for k in kept] if gone else values

    rare = {
        str(place(number)): _rare_record(claims, alternatives, number)
        for number in sorted(
            {
                *weak,
                *claims.gap,
                *claims.provenance,
                *claims.assumptions,
                *alternatives,
                *claims.suspended,
            }
        )
        if number not in claims.withdrawn
    }
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
        "events": [
            {"name": e.name, "instant": e.instant} if type(e) is Event else event_record(e)
            for e in events
        ],
        "claims": {
            "kind": bytes(column(claims.kind)).translate(_TO_DIGITS).decode("ascii"),
            "subject": _packed(list(map(index.__getitem__, column(claims.subject)))),
            "relation": column(claims.relation),
            "object": column(claims.object),
            "text": column(claims.text),
            "constraints": _packed(list(map(counts.__getitem__, kept))),
            "rare": rare,
        },
        "constraints": {
            "left": _packed(us),
            "right": _packed(vs),
            "bound": _packed(bounds),
            "strict": _digits(strict),
        },
        "solution": {
            "horizon": snapshot.horizon // TICKS,
            "latest": _packed(snapshot.latest),  # type: ignore[arg-type] # no None: see below
            "latest_strict": _bound_digits(snapshot.latest_inexact, snapshot.latest_horizon),
            "latest_by": _packed(snapshot.latest_by),
            "earliest": _packed(snapshot.earliest),  # type: ignore[arg-type]
            "earliest_strict": _bound_digits(snapshot.earliest_inexact, snapshot.earliest_horizon),
            "earliest_by": _packed(snapshot.earliest_by),
            "latest_depth": _packed(_given(snapshot.latest_depth)),
            "earliest_depth": _packed(_given(snapshot.earliest_depth)),
            "rank": _packed(_given(snapshot.rank)),
            "conflicts": [
                {
                    "cycle": [r if isinstance(r, int) else list(r) for r in refs],
                    "set_aside": place(cid),
                }
                for refs, cid in snapshot.conflicts
            ],
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def _digits(flags: bytes | None) -> str:
    """Flags (bytes 0 or 1) as a string of digits."""
    return "" if flags is None else flags.translate(_TO_DIGITS).decode("ascii")


def _given(value: Sequence[int] | None) -> Sequence[int]:
    """A column the engine's snapshot always has."""
    if value is None:
        raise ValueError("a snapshot of the engine has every column")
    return value


def _bound_digits(rounded: bytes | None, horizon: bytes | None) -> str:
    """A bound's two flags as one digit each (version 4): 1 where rounding moved it, plus 2
    where only the horizon bounds the point (the engine writes every bound, the horizon's
    included: see ``Snapshot``)."""
    if rounded is None or horizon is None:
        raise ValueError("a snapshot of the engine has every flag")
    return bytes(map(add, rounded, horizon.translate(_TWICE))).translate(_TO_DIGITS).decode("ascii")


def _rare_record(claims: Claims, alternatives: Alternatives, number: int) -> dict[str, Any]:
    """What claim ``number`` has beyond the columns: a confidence other than 1, a gap, its
    provenance, assumptions and other readings, and whether it is suspended."""
    record: dict[str, Any] = {}
    confidence = claims.confidence[number]
    if confidence != 1.0:
        record["confidence"] = confidence
    if number in claims.gap:
        record["gap"] = claims.gap[number]
    if number in claims.provenance:
        p = claims.provenance[number]
        record["provenance"] = {
            k: getattr(p, k) for k in _PROVENANCE_KEYS if getattr(p, k) is not None
        }
    if number in claims.assumptions:
        record["assumptions"] = [
            {"kind": a.kind, "text": a.text} for a in claims.assumptions[number]
        ]
    if number in alternatives:
        record["alternatives"] = [
            {"text": alt, "constraints": _items(*zip(*edges, strict=True)) if edges else []}
            for alt, edges in alternatives[number]
        ]
    if number in claims.suspended:
        record["suspended"] = True
    return record


def _items(us: Sequence[int], vs: Sequence[int], ws: Sequence[int]) -> list[list[Any]]:
    """Edges as a claim's other readings write them: ``[left, right, bound]`` in whole
    seconds, and "strict" after the bound where it is excluded."""
    bounds, strict = seconds_of(ws)
    return [
        [u, v, b, "strict"] if flag else [u, v, b]
        for u, v, b, flag in zip(us, vs, bounds, strict, strict=True)
    ]


def _format_reference(moment: datetime, grain: str) -> str:
    return moment.date().isoformat() if grain == "day" else moment.isoformat()


# -- reading ------------------------------------------------------------------------------


@collector_paused()
def load(text: str | bytes, build: Callable[[Document], T]) -> T:
    """``build`` of the document written by :func:`dump`; a ``ParseError`` for anything else,
    including a document that ``build`` refuses."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise InvalidArgumentError("text", text, "must be the str (or bytes) of a JSON document")
    shown = text if isinstance(text, str) else bytes(text).decode("utf-8", "replace")
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        _check_depth(shown)
        position = getattr(exc, "pos", 0) or 0
        raise ParseError("not JSON", text=shown, position=position, argument="text") from exc
    try:
        return build(_read(document))
    except ChronosError as exc:
        if isinstance(exc, ParseError) and exc.argument == "text":
            raise
        _check_depth(shown)
        raise ParseError(
            f"not a chronos timeline ({_cut(str(exc))})", text=shown, argument="text"
        ) from exc
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError) as exc:
        _check_depth(shown)
        raise ParseError(
            f"not a chronos timeline ({type(exc).__name__}: {_cut(str(exc))})",
            text=shown,
            argument="text",
        ) from exc


def _check_depth(text: str) -> None:
    """Refuse a document nested deeper than :data:`MAX_DEPTH`.

    Run on a document that does not read, so that a hostile one is told what is wrong with it
    (the JSON parser itself stops at the interpreter's recursion limit). Linear in the text,
    in the regular expression engine and ``accumulate``: strings are dropped (a bracket in a
    name does not count), then the brackets left are summed.
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
    if version not in READS or type(version) is not int:
        raise InvalidArgumentError("version", version, "this chronos reads versions 1 to 4")
    p = document["policy"]
    policy = Policy(
        month_thirds=tuple(p["month_thirds"]),
        around_units=p["around_units"],
        day_first=p["day_first"],
        duration_approx=p["duration_approx"],
    )
    events = _events(document["events"])
    names = list(map(attrgetter("name"), events))
    index = dict(zip(names, range(len(names)), strict=True))
    if len(index) != len(names):
        twice = next(name for k, name in enumerate(names) if index[name] != k)
        raise InvalidArgumentError("name", twice, "names two events of the document")
    records = document["claims"]
    reader: _Claims | _Columns
    if version >= 3:
        reader = _Columns(events, records, document["constraints"], packed=version == 4)
        # Every subject read by its number: an event of the document.
        _check_defaults(reader.kinds, reader.subjects, reader.objects, reader.texts, None)
    else:
        if not isinstance(records, list):
            raise InvalidArgumentError("claims", records, "must be a list")
        if version == 1:
            records = [_from_version_1(record, index) for record in records]
        reader = _Claims(events, index, records)
    us, vs, ws = reader.edges()
    solution = document.get("solution") if version >= 2 else None
    return Document(
        reference=document["reference"],
        policy=policy,
        events=events,
        kinds=reader.kinds,
        subjects=reader.subjects,
        relations=reader.relations,
        objects=reader.objects,
        texts=reader.texts,
        confidences=reader.confidences,
        provenance=reader.provenance,
        assumptions=reader.assumptions,
        gaps=reader.gaps,
        us=us,
        vs=vs,
        ws=ws,
        counts=reader.counts,
        alternatives=reader.alternatives,
        solution=None
        if solution is None
        else _snapshot(solution, version)
        if version < 4
        else _snapshot_packed(solution),
        suspended=reader.suspended,
    )


def _events(records: Any) -> list[Event]:
    """The events of a document: in bulk where none is of a stage above (chronicle's, with
    its mentions: each read by its stage)."""
    if not isinstance(records, list) or not set(map(type, records)) <= {dict}:
        raise InvalidArgumentError("events", _cut(repr(records)), "must be a list of objects")
    if not any(map(dict.__contains__, records, repeat("type"))):
        return Event.many(
            list(map(itemgetter("name"), records)), list(map(itemgetter("instant"), records))
        )
    events = []
    for record in records:
        if "type" in record:
            events.append(event_from_record(record))
            continue
        if not isinstance(record["instant"], bool):
            raise InvalidArgumentError("instant", record["instant"], "must be a bool")
        events.append(Event(record["name"], instant=record["instant"]))
    return events


class _Claims:
    """The claims of a document read into columns, each column checked at once."""

    def __init__(self, events: list[Event], index: dict[str, int], records: list[Any]) -> None:
        self.points = 2 * len(events) + 1
        if not set(map(type, records)) <= {dict}:
            bad = next(r for r in records if type(r) is not dict)
            raise InvalidArgumentError("claim", bad, "must be an object")
        kinds = list(map(itemgetter("kind"), records))
        try:
            self.kinds = bytearray(map(_KIND_CODE.__getitem__, kinds))
        except (KeyError, TypeError):
            bad = next(k for k in kinds if not isinstance(k, str) or k not in _KIND_CODE)
            raise InvalidArgumentError("kind", bad, f"must be one of {', '.join(KINDS)}") from None
        self.subjects: list[str] = _texts("subject", list(map(itemgetter("subject"), records)))
        self.relations: list[str] = _texts("relation", _column(records, "relation", "structure"))
        objects = _column(records, "object")
        _texts("object", objects, optional=True)
        self.objects: list[str | None] = objects
        # The few claims with more than the common fields.
        rare = [
            (k, records[k])
            for k in compress(range(len(records)), map(not_, map(_COMMON.issuperset, records)))
        ]
        self.gaps = _gaps(rare)
        texts = _column(records, "text")
        _texts("text", texts, optional=True)
        codes = self.kinds
        _check_defaults(codes, self.subjects, objects, texts, index)
        self.texts: list[str | None] = texts
        items = _column(records, "constraints")
        if not set(map(type, items)) <= {list, type(None)}:
            bad = next(c for c in items if type(c) is not list)
            raise InvalidArgumentError("constraints", bad, "must be a list")
        # An event's own claim without constraints has those its event implies (an event
        # that takes time: [end, start, 0, "strict"], as _own_items writes them).
        left_out = list(compress(range(len(items)), map(is_, items, repeat(None))))
        if set(map(codes.__getitem__, left_out)) - {_STRUCTURE}:
            raise InvalidArgumentError("constraints", None, "must be a list")
        try:
            owners = list(map(index.__getitem__, map(self.subjects.__getitem__, left_out)))
        except KeyError as exc:
            subject = exc.args[0]
            raise InvalidArgumentError(
                "subject", subject, "is not an event of the document"
            ) from None
        made = [
            [[2 * i + 2, 2 * i + 1, 0, "strict"]]
            if not events[i].instant
            else _own_items(i, instant=True)
            for i in owners
        ]
        deque(map(items.__setitem__, left_out, made), maxlen=0)
        self.items = list(chain.from_iterable(items))
        self.counts: Sequence[int] = list(map(len, items))
        confidences = _column(records, "confidence", 1.0)
        if not (
            set(map(type, confidences)) <= {float, int}
            and all(map((0.0).__lt__, confidences))
            and all(map((1.0).__ge__, confidences))
        ):
            bad = next(c for c in confidences if type(c) not in (float, int) or not 0 < c <= 1)
            raise InvalidArgumentError("confidence", bad, "must be a number in (0, 1]")
        self.confidences = list(map(float, confidences))
        self.provenance, self.assumptions, self.alternatives = _rare_fields(rare, self.points)
        self.suspended: frozenset[int] = frozenset()  # written from version 3 on

    def edges(self) -> tuple[array[int], array[int], array[int]]:
        """Every constraint read, checked, as (tails, heads, weights in ticks)."""
        return _edges(self.items, self.points)


def _column(records: list[dict[str, Any]], key: str, default: Any = None) -> list[Any]:
    """The value of ``key`` in every record (``default`` where it is absent), in bulk."""
    return list(map(dict.get, records, repeat(key), repeat(default)))


def _own_items(index: int, *, instant: bool) -> list[list[Any]]:
    """The constraints of the own claim of event ``index``, as written."""
    s, e = start_point(index), end_point(index)
    return [[e, s, 0], [s, e, 0]] if instant else [[e, s, 0, "strict"]]


def _snapshot(solution: Any, version: int) -> Snapshot:
    """The solution as written; its values are checked against the claims when adopted.

    Version 3 holds bounds in whole seconds (null: none but the horizon) with a string of
    flags for the strict ones; version 2 held them in ticks of 2**20 to the second, which
    read as the same whole seconds and flags.
    """
    solution = _object("solution", solution)
    by = []
    for key in ("latest_by", "earliest_by"):
        value = solution[key]
        if not isinstance(value, list) or not set(map(type, value)) <= {int}:
            raise InvalidArgumentError(key, _cut(repr(value)), "must be a list of ints")
        by.append(value)
    horizon = solution["horizon"]
    if type(horizon) is not int:
        raise InvalidArgumentError("horizon", horizon, "must be an int")
    bounds: list[list[int | None]] = []
    flags: list[bytes] = []
    for key in ("latest", "earliest"):
        value = solution[key]
        allowed = {int, type(None)} if version >= 3 else {int}
        if not isinstance(value, list) or not set(map(type, value)) <= allowed:
            kind = "ints or nulls" if version >= 3 else "ints"
            raise InvalidArgumentError(key, _cut(repr(value)), f"must be a list of {kind}")
        if version >= 3:
            strict = solution[f"{key}_strict"]
            if not isinstance(strict, str) or not strict.isascii() or strict.strip("01"):
                raise InvalidArgumentError(
                    f"{key}_strict", _cut(repr(strict)), "must be a string of digits 0 or 1"
                )
            bounds.append(value)
            flags.append(strict.encode("ascii").translate(_FROM_DIGITS))
            continue
        # Ticks: the latest time rounded up to the second, the earliest down.
        seconds = (
            [-(-t // _V2_TICKS) for t in value]
            if key == "latest"
            else [t // _V2_TICKS for t in value]
        )
        bounds.append(list(seconds))
        flags.append(bytes(map(ne, map(_V2_TICKS.__mul__, seconds), value)))
    conflicts = _conflicts(solution["conflicts"])
    # Optional: without ranks, the first search finds them; without depths, reading finds
    # the order of the trees itself.
    optional = []
    for key in ("rank", "latest_depth", "earliest_depth"):
        value = solution.get(key)
        if value is not None and (
            not isinstance(value, list) or not set(map(type, value)) <= {int}
        ):
            raise InvalidArgumentError(key, _cut(repr(value)), "must be a list of ints")
        optional.append(value)
    rank, latest_depth, earliest_depth = optional
    return Snapshot(
        origin=ORIGIN,
        # The horizon in the network's units: written in seconds since version 3.
        horizon=(horizon if version >= 3 else horizon // _V2_TICKS) * TICKS,
        latest=bounds[0],
        latest_by=by[0],
        earliest=bounds[1],
        earliest_by=by[1],
        conflicts=conflicts,
        rank=rank,
        unit=TICKS,
        latest_inexact=flags[0],
        earliest_inexact=flags[1],
        latest_depth=latest_depth,
        earliest_depth=earliest_depth,
    )


def _snapshot_packed(solution: Any) -> Snapshot:
    """The solution of a document of version 4: its columns of ints packed, every bound
    written (the horizon's too, flagged), each flag digit the rounding (1) plus the horizon
    (2). Only their form is checked here: values that are not the solution (a wrong length,
    an edge that is none) are not adopted, and the timeline solves again."""
    solution = _object("solution", solution)
    horizon = solution["horizon"]
    if type(horizon) is not int:
        raise InvalidArgumentError("horizon", horizon, "must be an int")
    # Arrays: the check reads them as ints with no look at each item.
    columns: dict[str, array[int]] = {}
    for key in ("latest", "earliest", "latest_by", "earliest_by"):
        columns[key] = _unpacked(key, solution[key], None, low=None)
    flags: dict[str, tuple[bytes, bytes]] = {}
    for key in ("latest", "earliest"):
        digits = solution[f"{key}_strict"]
        if not isinstance(digits, str) or not digits.isascii() or digits.strip("0123"):
            raise InvalidArgumentError(
                f"{key}_strict", _cut(repr(digits)), "must be a string of digits 0 to 3"
            )
        raw = digits.encode("ascii")
        flags[key] = (raw.translate(_ROUNDED), raw.translate(_HORIZONS))
    # Optional: without ranks, the first search finds them; without depths, reading finds
    # the order of the trees itself.
    optional: dict[str, array[int] | None] = {}
    for key in ("rank", "latest_depth", "earliest_depth"):
        value = solution.get(key)
        optional[key] = None if value is None else _unpacked(key, value, None, low=None)
    return Snapshot(
        origin=ORIGIN,
        horizon=horizon * TICKS,
        latest=columns["latest"],
        latest_by=columns["latest_by"],
        earliest=columns["earliest"],
        earliest_by=columns["earliest_by"],
        conflicts=_conflicts(solution["conflicts"]),
        rank=optional["rank"],
        unit=TICKS,
        latest_inexact=flags["latest"][0],
        earliest_inexact=flags["earliest"][0],
        latest_depth=optional["latest_depth"],
        earliest_depth=optional["earliest_depth"],
        latest_horizon=flags["latest"][1],
        earliest_horizon=flags["earliest"][1],
    )


def _conflicts(found: Any) -> list[tuple[list[int | tuple[int, int]], int]]:
    """The conflicts of a solution, each its cycle (constraint numbers, or ``[u, v]`` for
    the horizon) and the claim set aside."""
    if not isinstance(found, list):
        raise InvalidArgumentError("conflicts", _cut(repr(found)), "must be a list")
    conflicts = []
    for item in found:
        cycle, chosen = _object("conflicts", item)["cycle"], item["set_aside"]
        if not isinstance(cycle, list) or type(chosen) is not int:
            raise InvalidArgumentError("conflicts", item, "must be a cycle and a claim number")
        refs: list[int | tuple[int, int]] = []
        for ref in cycle:
            if type(ref) is int:
                refs.append(ref)
            elif isinstance(ref, list) and len(ref) == 2 and all(type(p) is int for p in ref):
                refs.append((ref[0], ref[1]))
            else:
                raise InvalidArgumentError("cycle", ref, "must hold constraint numbers or [u, v]")
        conflicts.append((refs, chosen))
    return conflicts


def _from_version_1(record: Any, index: dict[str, int]) -> Any:
    """A claim of version 1 in the terms of version 2: endpoints as point numbers."""
    if not isinstance(record, dict):
        raise InvalidArgumentError("claim", record, "must be an object")

    def point(endpoint: Any) -> int:
        if endpoint is None:
            return ORIGIN
        name, end = endpoint
        i = index[name]
        if end not in ("start", "end"):
            raise InvalidArgumentError("end", end, "must be 'start' or 'end'")
        return start_point(i) if end == "start" else end_point(i)

    def items(found: Any) -> list[Any]:
        return [[point(item[0]), point(item[1]), *item[2:]] for item in found]

    out = dict(record)
    for key in ("kind", "subject", "relation", "object", "text", "confidence", "gap"):
        out[key] = record[key]
    out["provenance"], out["assumptions"] = record["provenance"], record["assumptions"]
    out["constraints"] = items(record["constraints"])
    if "alternatives" in record:
        out["alternatives"] = [
            {"text": alt["text"], "constraints": items(alt["constraints"])}
            for alt in record["alternatives"]
        ]
    return out


def _get(document: Any, key: str) -> Any:
    return document.get(key) if isinstance(document, dict) else document
