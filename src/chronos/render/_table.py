"""The chronology as a table: one :class:`Row` per event, in order, and the conflicts.

Every renderer reads a :class:`Table`, never the timeline itself: the table is built once
from a solved :class:`~chronos.Timeline` (its order, bounds, words, sources, quotes and
explanations), and it is also what the chronology JSON holds, so a chronology read back from
JSON renders exactly as the timeline it came from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, Final

import attrs

from chronos.chronicle import ChronicleEvent
from chronos.errors import InvalidArgumentError
from chronos.render._words import describe_when, moment_words
from chronos.time import Bounds, Certainty, Window
from chronos.timeline import Claim, Event, Provenance, Timeline

__all__ = ["SCHEMA", "VERSION", "Row", "Table", "as_table"]

SCHEMA: Final = "chronos.chronology"
VERSION: Final = 1
_SECOND: Final = timedelta(seconds=1)
_ORDERS: Final = {c.value: c for c in (Certainty.CERTAIN, Certainty.POSSIBLE)}


@attrs.frozen(kw_only=True)
class Row:
    """One event of a rendered chronology.

    ``position`` is the event's place in the chronology (from 1); ``run`` the first and last
    positions of the run of events it belongs to — the events whose order among themselves
    is not certain — and ``order`` is CERTAIN when that run is the event alone, POSSIBLE
    otherwise. The four instants are the event's solved bounds (``None``: unbounded);
    ``edtf`` is their hull, ``when`` the same in words. ``sources`` and ``quotes`` come from
    the claims made about the event that the timeline uses (claims set aside to repair a
    conflict are left out); ``explanation`` is the timeline's ``explain()`` of the event, or
    ``None`` when the table was built without explanations.
    """

    position: int
    label: str
    instant: bool
    earliest_start: datetime | None
    latest_start: datetime | None
    earliest_end: datetime | None
    latest_end: datetime | None
    edtf: str
    when: str
    order: Certainty
    run: tuple[int, int]
    sources: tuple[str, ...]
    quotes: tuple[str, ...]
    explanation: str | None

    @property
    def bounds(self) -> Bounds:
        """The event's bounds, as ``Timeline.when`` gave them."""
        return Bounds(
            Window(self.earliest_start, self.latest_start),
            Window(self.earliest_end, self.latest_end),
        )

    @property
    def order_text(self) -> str:
        """ "certain", or "uncertain among 2–3" for an event in a run of uncertain order."""
        if self.order is Certainty.CERTAIN:
            return "certain"
        return f"uncertain among {self.run[0]}–{self.run[1]}"

    @property
    def core(self) -> tuple[datetime, datetime] | None:
        """The time the event certainly covers — from the end of the last second it may
        start in to its earliest end — or ``None`` when no instant is certainly inside it."""
        ls, ee = self.latest_start, self.earliest_end
        if ls is None or ee is None or ee <= ls + _SECOND:
            return None
        return ls + _SECOND, ee


@attrs.frozen(kw_only=True)
class Table:
    """A solved chronology, ready to render: the reference, the rows in order, the conflicts.

    ``conflicts`` holds each conflict of the timeline in words (the claims that cannot all
    hold, how far off they are and the claim set aside). Build one with :func:`as_table`
    (``chronos.render.table``); :meth:`to_json` and :meth:`from_json` are inverses.
    """

    reference: datetime
    reference_end: datetime | None
    rows: tuple[Row, ...]
    conflicts: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """ "Chronology as of 25 October 2024"."""
        return f"Chronology as of {moment_words(self.reference, short=False)}"

    def to_json(self, *, indent: int | None = None) -> str:
        """The chronology JSON (schema ``chronos.chronology``, version 1; docs/formats.md)."""
        document = {
            "schema": SCHEMA,
            "version": VERSION,
            "reference": self.reference.isoformat(),
            "reference_end": _iso(self.reference_end),
            "events": [_row_document(row) for row in self.rows],
            "conflicts": list(self.conflicts),
        }
        return json.dumps(document, ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Table:
        """The table written by :meth:`to_json`."""
        try:
            document = json.loads(text)
        except (ValueError, TypeError) as error:
            raise InvalidArgumentError("text", _cut(text), f"is not JSON ({error})") from None
        if not isinstance(document, dict):
            raise InvalidArgumentError("text", _cut(text), "must hold a JSON object")
        if document.get("schema") != SCHEMA:
            raise InvalidArgumentError(
                "schema", document.get("schema"), f"must be {SCHEMA!r}: not a chronology"
            )
        if document.get("version") != VERSION:
            raise InvalidArgumentError(
                "version", document.get("version"), f"this chronos reads version {VERSION}"
            )
        try:
            return cls(
                reference=datetime.fromisoformat(document["reference"]),
                reference_end=_instant(document["reference_end"]),
                rows=tuple(_read_row(item) for item in document["events"]),
                conflicts=tuple(_text(c) for c in document["conflicts"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidArgumentError(
                "text", _cut(text), f"is not a valid chronology document ({error!r})"
            ) from None


def _cut(text: object) -> object:
    return text[:80] if isinstance(text, (str, bytes)) else text


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _instant(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"an instant must be an ISO string or null, not {value!r}")
    return datetime.fromisoformat(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {value!r}")
    return value


def _row_document(row: Row) -> dict[str, Any]:
    return {
        "position": row.position,
        "label": row.label,
        "instant": row.instant,
        "earliest_start": _iso(row.earliest_start),
        "latest_start": _iso(row.latest_start),
        "earliest_end": _iso(row.earliest_end),
        "latest_end": _iso(row.latest_end),
        "edtf": row.edtf,
        "when": row.when,
        "order": row.order.value,
        "run": list(row.run),
        "sources": list(row.sources),
        "quotes": list(row.quotes),
        "explanation": row.explanation,
    }


def _read_row(item: dict[str, Any]) -> Row:
    first, last = item["run"]
    instant = item["instant"]
    if not isinstance(instant, bool):
        raise TypeError(f"instant must be true or false, not {instant!r}")
    return Row(
        position=int(item["position"]),
        label=_text(item["label"]),
        instant=instant,
        earliest_start=_instant(item["earliest_start"]),
        latest_start=_instant(item["latest_start"]),
        earliest_end=_instant(item["earliest_end"]),
        latest_end=_instant(item["latest_end"]),
        edtf=_text(item["edtf"]),
        when=_text(item["when"]),
        order=_ORDERS[item["order"]],
        run=(int(first), int(last)),
        sources=tuple(_text(s) for s in item["sources"]),
        quotes=tuple(_text(q) for q in item["quotes"]),
        explanation=None if item["explanation"] is None else _text(item["explanation"]),
    )


def as_table(chronology: Timeline | Table, *, explain: bool = True) -> Table:
    """The table of a timeline (a table is returned as it is).

    ``explain=False`` leaves each row's ``explanation`` out (``None``): an explanation is as
    long as the chain of claims behind the event's bounds, so along long chains explaining
    every event costs time and space that grow faster than the chronology.

    >>> tl = Timeline(reference="2024-10-25")
    >>> row, = as_table(tl.add("talks", when="in August 2023") and tl).rows
    >>> row.label, row.when, row.edtf, row.order_text
    ('talks', 'August 2023', '2023-08', 'certain')
    """
    if isinstance(chronology, Table):
        return chronology
    if not isinstance(chronology, Timeline):
        raise InvalidArgumentError("timeline", chronology, "must be a Timeline or a render.Table")
    if not isinstance(explain, bool):
        raise InvalidArgumentError("explain", explain, "must be True or False")
    tl = chronology
    reference_end = tl.reference_span.end
    about: dict[str, list[Claim]] = {}
    sources: dict[str, str] = {}
    for claim in tl.claims:
        if not tl.is_set_aside(claim):
            about.setdefault(claim.subject, []).append(claim)
        given = claim.provenance
        if given.statement is not None and given.source is not None:
            sources.setdefault(given.statement, given.source)
    order = tl.ordered()
    rows: list[Row] = []
    position = 0
    for run in order.runs:
        first = position + 1
        last = position + len(run)
        for event in run:
            position += 1
            bounds = tl.when(event)
            claims = about.get(event.name, [])
            said = [c.provenance for c in claims] or _mentioned(event, sources)
            rows.append(
                Row(
                    position=position,
                    label=event.name,
                    instant=event.instant,
                    earliest_start=bounds.earliest_start,
                    latest_start=bounds.latest_start,
                    earliest_end=bounds.earliest_end,
                    latest_end=bounds.latest_end,
                    edtf=str(bounds),
                    when=describe_when(bounds, reference_end=reference_end),
                    order=Certainty.CERTAIN if len(run) == 1 else Certainty.POSSIBLE,
                    run=(first, last),
                    sources=_distinct(p.where for p in said),
                    quotes=_distinct(p.quote for p in said),
                    explanation=str(tl.explain(event)) if explain else None,
                )
            )
    conflicts = tuple(str(c) for c in tl.conflicts)
    return Table(
        reference=tl.reference, reference_end=reference_end, rows=tuple(rows), conflicts=conflicts
    )


def _mentioned(event: Event, sources: dict[str, str]) -> list[Provenance]:
    """Where the text speaks of an event no claim places ("urged to seek the release"): its
    mentions, so that every row says where it was read. ``sources`` names each statement
    as its claims do."""
    if not isinstance(event, ChronicleEvent):
        return []
    return [
        Provenance(
            source=sources.get(m.statement),
            statement=m.statement,
            sentence=m.sentence,
            quote=m.quote,
        )
        for m in event.mentions
    ]


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    """The values that are not None, each once, in the order met."""
    seen: dict[str, None] = {}
    for value in values:
        if value is not None:
            seen.setdefault(value, None)
    return tuple(seen)
