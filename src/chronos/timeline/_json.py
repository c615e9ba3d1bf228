"""A timeline as JSON, and back: a versioned, documented schema (``docs/formats.md``).

Version 2 (written)::

    {
      "schema": "chronos.timeline",
      "version": 2,
      "reference": "2024-10-25",                 # ISO date, or datetime for a second
      "policy": {"month_thirds": [10, 20], "around_units": 1,
                 "day_first": true, "duration_approx": 0.25},
      "events": [{"name": "Toshakhana conviction", "instant": false}, ...],
                                                  # + "type" and its values: an event of a
                                                  # stage above (``_event_types``)
      "claims": [                                 # in order of arrival: the list index is
        {"kind": "structure", "subject": "Toshakhana conviction"},   # the claim's number
        {
          "kind": "when",                         # when | relation | tense | duration
          "subject": "Toshakhana conviction",
          "relation": "during",
          "object": "2023-08",                    # an event's name or an EDTF span; or absent
          "text": "Toshakhana conviction in August 2023 (in 2023-08)",
          "constraints": [[1, 0, -63826444800], [0, 2, 63829123200]],
          # only when not the default: "confidence" (1.0), "gap", "provenance",
          # "assumptions", "alternatives"
        }, ...
      ],
      "solution": {"ticks": 2, "horizon": 1099511627776,
                   "latest": [...], "latest_by": [...],
                   "earliest": [...], "earliest_by": [...], "rank": [...],
                   "conflicts": [{"cycle": [12, 3, [5, 0]], "set_aside": 7}]}
    }

A constraint ``[left, right, bound]`` says ``t(right) − t(left) ≤ bound`` seconds, and
``[left, right, bound, "strict"]`` says ``<``; an endpoint is a point number: 0 for the
calendar's time zero (0001-01-01T00:00), ``2i + 1`` for the start of ``events[i]`` and
``2i + 2`` for its end. An event's own claim ("structure": it takes some time, or is an
instant) carries its text and constraints only when they are not the ones its event implies.

The solution holds, for every point, its latest and earliest time in ticks (``ticks`` per
second: 2 — a bound ``b`` seconds is ``2b``, a strict one ``2b - 1`` if latest and ``2b + 1``
if earliest; a solution without ``ticks`` was written at 2**20 per second, a strict bound a
tick less per strict constraint on the way, and is read as the codes it names) and the
constraint that gives each — its index among all constraints of the document in
order, -1 for the horizon, -2 for time zero itself — and each conflict as its cycle of
constraints (``[u, v]`` for the horizon between two points) with the claim set aside, and
every point's rank (the order of the groups of points linked both ways, which `relation()`
uses to keep its search between two events; optional). Reading checks it in one pass over
the constraints (:mod:`chronos.timeline.stn._restore`): a solution that is not the solution
of the claims is dropped, and the timeline solves again; ranks that rise along a constraint
are dropped, and found again by the first search that needs them.

Version 1 (read): endpoints are ``[event name, "start" | "end"]`` or ``null``, every field of
every claim is written, and there is no solution.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import accumulate, chain, compress, repeat
from operator import and_, is_, itemgetter, not_, sub
from typing import Any, Final, TypeVar

import attrs

from chronos.errors import WINDOW, ChronosError, InvalidArgumentError, ParseError
from chronos.time import Assumption, Policy
from chronos.timeline._collector import collector_paused
from chronos.timeline._compile import LONGEST, Edge3
from chronos.timeline._event_types import event_from_record, event_record
from chronos.timeline._network import (
    OLD_TICKS,
    ORIGIN,
    TICKS,
    end_point,
    from_old_ticks,
    start_point,
)
from chronos.timeline._state import KINDS, State
from chronos.timeline._types import Event, Provenance
from chronos.timeline.stn import Snapshot

__all__ = ["READS", "SCHEMA", "VERSION", "Document", "dump", "load"]

T = TypeVar("T")

SCHEMA: Final = "chronos.timeline"
VERSION: Final = 2
#: The versions this chronos reads.
READS: Final = (1, 2)
_PROVENANCE_KEYS: Final = ("source", "statement", "sentence", "quote", "rule")
#: The deepest nesting a document may have: the schema needs 6 levels. A document that
#: does not read is measured, so that the error says how deep it went.
MAX_DEPTH: Final = 32
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")
_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}
_KIND_CODE: Final = {kind: code for code, kind in enumerate(KINDS)}
_STRUCTURE: Final = _KIND_CODE["structure"]
_RELATION: Final = _KIND_CODE["relation"]
#: The fields most claims have; the others are looked for only where a claim has more.
_COMMON: Final = frozenset(("kind", "subject", "relation", "object", "text", "constraints"))
_SOLUTION_LISTS: Final = ("latest", "latest_by", "earliest", "earliest_by")
_NO_PROVENANCE: Final = Provenance()


@attrs.frozen
class Document:
    """A timeline document, read and checked, by column: what a timeline is rebuilt from.

    Claim ``k`` has ``kinds[k]`` (an index into ``KINDS``), ``subjects[k]``, …; ``texts[k]`` is
    an index into ``STRUCTURE_TEXTS`` for an event's own claim. Edge ``j`` is
    ``(us[j], vs[j], ws[j])`` of claim ``cids[j]``, in order. ``solution`` is as written
    (None if the document has none); the timeline checks it.
    """

    reference: str
    policy: Policy
    events: list[Event]
    kinds: bytearray
    subjects: list[str]
    relations: list[str]
    objects: list[str | None]
    texts: list[str | None]
    confidences: list[float]
    provenance: dict[int, Provenance]
    assumptions: dict[int, tuple[Assumption, ...]]
    gaps: dict[int, str]
    us: array[int]
    vs: array[int]
    ws: array[int]
    cids: array[int]
    alternatives: dict[int, list[tuple[str, list[Edge3]]]]
    solution: Snapshot | None


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
    count = len(claims)
    constraints: list[list[list[Any]]] = [[] for _ in range(count)]
    us, vs, ws, cids = solver.edge_arrays()
    for item, cid in zip(_items(us, vs, ws), cids, strict=True):
        constraints[cid].append(item)
    index = {e.name: i for i, e in enumerate(events)}
    subjects, relations, objects, texts = (
        claims.subject,
        claims.relation,
        claims.object,
        claims.text,
    )
    confidences, kinds = claims.confidence, claims.kind
    provenance, assumptions, gaps = claims.provenance, claims.assumptions, claims.gap
    alternatives = state.alternatives
    records: list[dict[str, Any]] = []
    append = records.append
    for number in range(count):
        subject = subjects[number]
        text = texts[number]
        items = constraints[number]
        if (
            kinds[number] == _STRUCTURE
            and text is None
            and number not in provenance
            and confidences[number] == 1.0
        ):
            own = index[subject]
            if items == _own_items(own, instant=events[own].instant) and not (
                number in assumptions or number in gaps or number in alternatives
            ):
                append({"kind": "structure", "subject": subject})
                continue
        obj = objects[number]
        record: dict[str, Any] = {
            "kind": KINDS[kinds[number]],
            "subject": subject,
            "relation": relations[number],
        }
        if obj is not None:
            record["object"] = obj
        if text is not None:
            record["text"] = text
        record["constraints"] = items
        if confidences[number] != 1.0:
            record["confidence"] = confidences[number]
        if number in gaps:
            record["gap"] = gaps[number]
        if number in provenance:
            p = provenance[number]
            record["provenance"] = {
                k: getattr(p, k) for k in _PROVENANCE_KEYS if getattr(p, k) is not None
            }
        if number in assumptions:
            record["assumptions"] = [{"kind": a.kind, "text": a.text} for a in assumptions[number]]
        if number in alternatives:
            record["alternatives"] = [
                {"text": alt, "constraints": _items(*zip(*edges, strict=True)) if edges else []}
                for alt, edges in alternatives[number]
            ]
        append(record)
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
        "claims": records,
        "solution": {
            "ticks": TICKS,
            "horizon": snapshot.horizon,
            "latest": snapshot.latest,
            "latest_by": snapshot.latest_by,
            "earliest": snapshot.earliest,
            "earliest_by": snapshot.earliest_by,
            "rank": snapshot.rank,
            "conflicts": [
                {"cycle": [r if isinstance(r, int) else list(r) for r in refs], "set_aside": cid}
                for refs, cid in snapshot.conflicts
            ],
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def _items(us: Sequence[int], vs: Sequence[int], ws: Sequence[int]) -> list[list[Any]]:
    """Edges as the document's constraints: a bound in whole seconds, "strict" if rounded."""
    bounds = [-(-w // TICKS) for w in ws]
    return [
        [u, v, b] if b * TICKS == w else [u, v, b, "strict"]
        for u, v, b, w in zip(us, vs, bounds, ws, strict=True)
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


def _cut(reason: str) -> str:
    """A reason cut to two windows of text, so that the message stays bounded."""
    return reason if len(reason) <= 2 * WINDOW else reason[: 2 * WINDOW] + "…"


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
        raise InvalidArgumentError("version", version, "this chronos reads versions 1 and 2")
    p = document["policy"]
    policy = Policy(
        month_thirds=tuple(p["month_thirds"]),
        around_units=p["around_units"],
        day_first=p["day_first"],
        duration_approx=p["duration_approx"],
    )
    events = []
    for record in document["events"]:
        if "type" in record:  # an event of a stage above: chronicle's, with its mentions
            events.append(event_from_record(record))
            continue
        if not isinstance(record["instant"], bool):
            raise InvalidArgumentError("instant", record["instant"], "must be a bool")
        events.append(Event(record["name"], instant=record["instant"]))
    index: dict[str, int] = {}
    for i, event in enumerate(events):
        if index.setdefault(event.name, i) != i:
            raise InvalidArgumentError("name", event.name, "names two events of the document")
    records = document["claims"]
    if not isinstance(records, list):
        raise InvalidArgumentError("claims", records, "must be a list")
    if version == 1:
        records = [_from_version_1(record, index) for record in records]
    reader = _Claims(events, index, records)
    us, vs, ws = reader.edges()
    solution = document.get("solution") if version == 2 else None
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
        cids=reader.cids,
        alternatives=reader.alternatives,
        solution=None if solution is None else _snapshot(solution),
    )


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
        self.gaps = {k: _text("gap", r["gap"]) for k, r in _having(rare, "gap")}
        texts = _column(records, "text")
        _texts("text", texts, optional=True)
        # Fields a claim leaves out: an event's own text and constraints; a link's text.
        codes = self.kinds
        absent = list(map(is_, texts, repeat(None)))
        absent_codes = set(compress(codes, absent))
        links = map(and_, absent, map(_RELATION.__eq__, codes))
        owns = map(and_, absent, map(_STRUCTURE.__eq__, codes))
        if not (
            absent_codes <= {_RELATION, _STRUCTURE}
            and None not in compress(objects, links)
            and all(map(index.__contains__, compress(self.subjects, owns)))
        ):
            for k in compress(range(len(texts)), absent):
                if codes[k] == _STRUCTURE and self.subjects[k] not in index:
                    subject = self.subjects[k]
                    raise InvalidArgumentError(
                        "subject", subject, "is not an event of the document"
                    )
                if not (codes[k] == _RELATION and objects[k] is not None):
                    raise InvalidArgumentError("text", None, "must be a str")
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
        self.cids = array("q", chain.from_iterable(map(repeat, range(len(items)), map(len, items))))
        confidences = _column(records, "confidence", 1.0)
        if not (
            set(map(type, confidences)) <= {float, int}
            and all(map((0.0).__lt__, confidences))
            and all(map((1.0).__ge__, confidences))
        ):
            bad = next(c for c in confidences if type(c) not in (float, int) or not 0 < c <= 1)
            raise InvalidArgumentError("confidence", bad, "must be a number in (0, 1]")
        self.confidences = list(map(float, confidences))
        self.provenance: dict[int, Provenance] = {}
        for k, r in _having(rare, "provenance"):
            found = r["provenance"]
            provenance = Provenance(**{key: found[key] for key in found})
            if provenance != _NO_PROVENANCE:
                self.provenance[k] = provenance
        self.assumptions = {
            k: tuple(
                Assumption(_text("kind", a["kind"]), _text("text", a["text"]))
                for a in r["assumptions"]
            )
            for k, r in _having(rare, "assumptions")
        }
        self.alternatives = {
            k: [
                (_text("text", alt["text"]), self.edges_of(alt["constraints"]))
                for alt in r["alternatives"]
            ]
            for k, r in _having(rare, "alternatives")
        }

    def edges(self) -> tuple[array[int], array[int], array[int]]:
        """Every constraint read, checked, as (tails, heads, weights in ticks)."""
        return _edges(self.items, self.points)

    def edges_of(self, items: Any) -> list[Edge3]:
        if not isinstance(items, list):
            raise InvalidArgumentError("constraints", items, "must be a list")
        return list(zip(*_edges(items, self.points), strict=True))


def _column(records: list[dict[str, Any]], key: str, default: Any = None) -> list[Any]:
    """The value of ``key`` in every record (``default`` where it is absent), in bulk."""
    return list(map(dict.get, records, repeat(key), repeat(default)))


def _having(
    records: list[tuple[int, dict[str, Any]]], key: str
) -> list[tuple[int, dict[str, Any]]]:
    """The numbered claims that have ``key`` (with a value other than null)."""
    return [(k, r) for k, r in records if key in r and r[key] is not None]


def _texts(name: str, values: list[Any], *, optional: bool = False) -> list[Any]:
    """``values``, if each is a str (or None, if ``optional``)."""
    allowed = {str, type(None)} if optional else {str}
    if not set(map(type, values)) <= allowed:
        bad = next(v for v in values if type(v) not in allowed)
        raise InvalidArgumentError(name, bad, "must be a str")
    return values


def _own_items(index: int, *, instant: bool) -> list[list[Any]]:
    """The constraints of the own claim of event ``index``, as written."""
    s, e = start_point(index), end_point(index)
    return [[e, s, 0], [s, e, 0]] if instant else [[e, s, 0, "strict"]]


def _edges(items: list[Any], points: int) -> tuple[array[int], array[int], array[int]]:
    """Constraints ``[left, right, bound(, "strict")]`` as three checked columns."""
    if not set(map(type, items)) <= {list}:
        bad = next(item for item in items if not isinstance(item, list))
        raise InvalidArgumentError("constraint", bad, "must be a list")
    sizes = list(map(len, items))
    if not set(sizes) <= {3, 4}:
        bad = next(item for item in items if len(item) not in (3, 4))
        raise InvalidArgumentError("constraint", bad, "must be [left, right, bound]")
    strict = list(map((4).__eq__, sizes))
    if not set(map(itemgetter(3), compress(items, strict))) <= {"strict"}:
        bad = next(item for item in items if len(item) == 4 and item[3] != "strict")
        raise InvalidArgumentError("constraint", bad, "has an unknown flag")
    if not items:
        return array("q"), array("q"), array("q")
    # zip stops at the shortest: the three columns every constraint has.
    us, vs, bounds = list(zip(*items))[:3]  # noqa: B905 - stops at the shortest on purpose
    for name, column in (("left", us), ("right", vs)):
        if not set(map(type, column)) <= {int} or (
            column and (min(column) < 0 or max(column) >= points)
        ):
            bad = next(p for p in column if type(p) is not int or not 0 <= p < points)
            raise InvalidArgumentError(name, bad, f"must be a point number below {points}")
    if not set(map(type, bounds)) <= {int}:
        bad = next(b for b in bounds if type(b) is not int)
        raise InvalidArgumentError("bound", bad, "must be an int")
    ws = list(map(sub, map(TICKS.__mul__, bounds), strict))
    if ws and max(max(ws), -min(ws)) > LONGEST:
        bad = next(b for b, w in zip(bounds, ws, strict=True) if abs(w) > LONGEST)
        raise InvalidArgumentError(
            "bound", bad, "reaches beyond the supported calendar (0001-01-01 to 9999-12-31)"
        )
    return array("q", us), array("q", vs), array("q", ws)


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(name, value, "must be a str")
    return value


def _snapshot(solution: Any) -> Snapshot:
    """The solution as written; its values are checked against the claims when adopted."""
    if not isinstance(solution, dict):
        raise InvalidArgumentError("solution", solution, "must be an object")
    lists = []
    for key in _SOLUTION_LISTS:
        value = solution[key]
        if not isinstance(value, list) or not set(map(type, value)) <= {int}:
            raise InvalidArgumentError(key, _cut(repr(value)), "must be a list of ints")
        lists.append(value)
    horizon = solution["horizon"]
    if type(horizon) is not int:
        raise InvalidArgumentError("horizon", horizon, "must be an int")
    conflicts = []
    for found in solution["conflicts"]:
        cycle, chosen = found["cycle"], found["set_aside"]
        if not isinstance(cycle, list) or type(chosen) is not int:
            raise InvalidArgumentError("conflicts", found, "must be a cycle and a claim number")
        refs: list[int | tuple[int, int]] = []
        for ref in cycle:
            if type(ref) is int:
                refs.append(ref)
            elif isinstance(ref, list) and len(ref) == 2 and all(type(p) is int for p in ref):
                refs.append((ref[0], ref[1]))
            else:
                raise InvalidArgumentError("cycle", ref, "must hold constraint numbers or [u, v]")
        conflicts.append((refs, chosen))
    latest, latest_by, earliest, earliest_by = lists
    if solution.get("ticks", OLD_TICKS) == OLD_TICKS:
        # Written before strictness was a flag: the same bounds, as codes.
        latest = from_old_ticks(latest, upper=True)
        earliest = from_old_ticks(earliest, upper=False)
        horizon = 2 * (horizon // OLD_TICKS)
    elif solution["ticks"] != TICKS:
        raise InvalidArgumentError("ticks", solution["ticks"], f"must be {TICKS} or {OLD_TICKS}")
    # Written since ranks were kept with the solution; absent, they are found on first need.
    rank = solution.get("rank")
    if rank is not None and (not isinstance(rank, list) or not set(map(type, rank)) <= {int}):
        raise InvalidArgumentError("rank", _cut(repr(rank)), "must be a list of ints")
    return Snapshot(
        origin=ORIGIN,
        horizon=horizon,
        latest=latest,
        latest_by=latest_by,
        earliest=earliest,
        earliest_by=earliest_by,
        conflicts=conflicts,
        rank=rank,
    )


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
