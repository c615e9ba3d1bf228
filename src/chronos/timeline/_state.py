"""What a timeline holds, as the modules that read it see it: events, claims, the solver.

The :class:`~chronos.Timeline` class owns its state and changes it; the modules that answer
from it — explanations, queries, the chronology, JSON — take a :class:`State` instead of the
class, so that none of them imports the class that imports them. A ``State`` shares the
timeline's own lists (it is a view, not a copy): it is always up to date and costs nothing.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import Final, overload

import attrs

from chronos.time import Assumption
from chronos.timeline._compile import Edge3
from chronos.timeline._network import ORIGIN, TICKS, Solver, ceil_seconds, end_point, start_point
from chronos.timeline._types import (
    Built,
    Claim,
    ClaimKind,
    Constraint,
    Endpoint,
    Event,
    Provenance,
)
from chronos.timeline.stn import Edge

__all__ = [
    "KINDS",
    "STRUCTURE_TEXTS",
    "Alternatives",
    "Claims",
    "State",
    "link_text",
    "own_edges",
]

#: The kinds of claim, by the code the columns keep.
KINDS: Final[tuple[ClaimKind, ...]] = ("when", "relation", "tense", "duration", "structure")
_CODE: Final = {kind: code for code, kind in enumerate(KINDS)}
#: The text of an event's own claim, by whether the event is an instant.
STRUCTURE_TEXTS: Final = ("{} takes some time", "{} is an instant")
_NO_PROVENANCE: Final = Provenance()
_STRUCTURE: Final = _CODE["structure"]
_RELATION: Final = _CODE["relation"]


def own_edges(index: int, *, instant: bool) -> list[Edge3]:
    """The edges of the own claim of event ``index``: an instant's start is its end; any other
    event ends at least a tick after it starts (it takes some time)."""
    s, e = start_point(index), end_point(index)
    return [(e, s, 0), (s, e, 0)] if instant else [(e, s, -1)]


def link_text(subject: str, relation: str, obj: str, gap: str | None) -> str:
    """The text of a link (``relate``): "a before b", and its gap after a comma."""
    text = f"{subject} {relation} {obj}"
    return text if gap is None else f"{text}, {gap}"


class Claims(Sequence[Claim]):
    """Every claim of a timeline, by number, kept by column rather than one object each.

    A timeline holds several claims per event (its own structure, its dates, each link), so
    the columns are what decides its memory: a byte for the kind, shared strings, a float,
    and the rare fields (provenance, assumptions, a gap) only where a claim has them. A text
    that follows from the other fields is not kept (``None``): an event's own claim
    (``STRUCTURE_TEXTS``) and a link's (:func:`link_text`). ``claims[i]`` makes the
    :class:`Claim` value on demand; equal every time, not the same object.
    """

    __slots__ = (
        "assumptions",
        "confidence",
        "events",
        "gap",
        "kind",
        "names",
        "object",
        "provenance",
        "relation",
        "subject",
        "suspended",
        "text",
        "withdrawn",
    )

    def __init__(self, events: list[Event], index: dict[str, int]) -> None:
        # The timeline's own event list and name index (shared, not copied).
        self.events, self.names = events, index
        self.kind = bytearray()
        self.subject: list[str] = []
        self.relation: list[str] = []
        self.object: list[str | None] = []
        #: The text, or None where it is the default one.
        self.text: list[str | None] = []
        self.confidence = array("d")
        self.provenance: dict[int, Provenance] = {}
        self.assumptions: dict[int, tuple[Assumption, ...]] = {}
        self.gap: dict[int, str] = {}
        #: Claims taken back for good (their numbers are not given again) and claims left
        #: out until restored: neither takes part, neither is among the claims in force.
        self.withdrawn: set[int] = set()
        self.suspended: set[int] = set()

    def in_force(self, number: int) -> bool:
        """Whether claim ``number`` is made and stands: neither withdrawn nor suspended."""
        return number not in self.withdrawn and number not in self.suspended

    def default_text(self, number: int) -> str | None:
        """The text claim ``number`` has unless it says otherwise (None: it must say)."""
        code, subject = self.kind[number], self.subject[number]
        if code == _STRUCTURE:
            own = self.names.get(subject)
            if own is None:
                return None
            return STRUCTURE_TEXTS[self.events[own].instant].format(subject)
        obj = self.object[number]
        if code == _RELATION and obj is not None:
            return link_text(subject, self.relation[number], obj, self.gap.get(number))
        return None

    def append(
        self,
        kind: ClaimKind,
        subject: str,
        relation: str,
        obj: str | None,
        text: str,
        *,
        provenance: Provenance,
        confidence: float,
        assumptions: tuple[Assumption, ...],
        gap: str | None,
    ) -> Claim:
        """Add a claim (its fields checked by the caller) and return it."""
        number = len(self.kind)
        claim = Claim(
            number=number,
            kind=kind,
            subject=subject,
            relation=relation,
            object=obj,
            text=text,
            provenance=provenance,
            confidence=confidence,
            assumptions=assumptions,
            gap=gap,
        )
        self.kind.append(_CODE[kind])
        self.subject.append(subject)
        self.relation.append(relation)
        self.object.append(obj)
        self.text.append(None)
        self.confidence.append(confidence)
        if provenance != _NO_PROVENANCE:
            self.provenance[number] = provenance
        if assumptions:
            self.assumptions[number] = assumptions
        if gap is not None:
            self.gap[number] = gap
        if self.default_text(number) != text:
            self.text[number] = text
        return claim

    def extend(
        self,
        kinds: bytes | bytearray,
        subjects: list[str],
        relations: list[str],
        objects: list[str | None],
        texts: list[str | None],
        confidences: Sequence[float],
        *,
        provenance: dict[int, Provenance],
        assumptions: dict[int, tuple[Assumption, ...]],
        gap: dict[int, str],
    ) -> None:
        """Add many claims at once, column by column (every value checked by the caller, a
        text None only where :meth:`default_text` gives one; the keys of the rare fields are
        claim numbers)."""
        self.kind += kinds
        self.subject += subjects
        self.relation += relations
        self.object += objects
        self.text += texts
        self.confidence.extend(confidences)
        self.provenance.update(provenance)
        self.assumptions.update(assumptions)
        self.gap.update(gap)

    def __len__(self) -> int:
        return len(self.kind)

    @overload
    def __getitem__(self, number: int) -> Claim: ...

    @overload
    def __getitem__(self, number: slice) -> Sequence[Claim]: ...

    def __getitem__(self, number: int | slice) -> Claim | Sequence[Claim]:
        if isinstance(number, slice):
            return [self[i] for i in range(len(self))[number]]
        if number < 0:
            number += len(self)
        text = self.text[number]
        return Claim(
            number=number,
            kind=KINDS[self.kind[number]],
            subject=self.subject[number],
            relation=self.relation[number],
            object=self.object[number],
            text=self.default_text(number) if text is None else text,  # type: ignore[arg-type]
            provenance=self.provenance.get(number, _NO_PROVENANCE),
            confidence=self.confidence[number],
            assumptions=self.assumptions.get(number, ()),
            gap=self.gap.get(number),
        )

    def __iter__(self) -> Iterator[Claim]:
        return map(self.__getitem__, range(len(self)))

    def is_structure(self, number: int) -> bool:
        """Whether claim ``number`` is an event's own (never set aside)."""
        return self.kind[number] == _STRUCTURE

    def weakness(self, number: int) -> tuple[float, int]:
        """The repair key of claim ``number``: the smallest is set aside first."""
        if self.kind[number] == _STRUCTURE:
            return (float("inf"), 0)
        return (self.confidence[number], -number)


#: The other readings of a claim (a year-less date's other year): their text and edges.
Alternatives = dict[int, list[tuple[str, list[Edge3]]]]


@attrs.frozen
class State:
    """A timeline's events (by index), claims (by number), alternatives and solver."""

    events: list[Event]
    claims: Claims
    alternatives: Alternatives
    solver: Solver

    def endpoint(self, point: int) -> Endpoint:
        """The endpoint that network point ``point`` stands for (the origin has no event)."""
        if point == ORIGIN:
            return Endpoint(None)
        index, odd = divmod(point - 1, 2)
        return Endpoint(self.events[index].name, "end" if odd else "start")

    def constraints(self, edges: Sequence[Edge]) -> Built[Constraint]:
        """The engine's ``edges`` in words, each made when it is first read and each
        endpoint made once (a conflict on a long cycle names every point twice)."""
        made: dict[int, Endpoint] = {}

        def endpoint(point: int) -> Endpoint:
            found = made.get(point)
            if found is None:
                found = made[point] = self.endpoint(point)
            return found

        def make(i: int) -> Constraint:
            edge = edges[i]
            w, cid = edge.weight, edge.cid
            return Constraint(
                endpoint(edge.u),
                endpoint(edge.v),
                -(-w // TICKS),
                strict=w % TICKS != 0,
                claim=None if cid is None else self.claims[cid],
            )

        return Built(len(edges), make)

    def constraint(self, edge: Edge3, cid: int | None) -> Constraint:
        """The edge ``t_v − t_u ≤ w`` of claim ``cid`` (``None``: the horizon), in words."""
        u, v, w = edge
        return Constraint(
            self.endpoint(u),
            self.endpoint(v),
            ceil_seconds(w),
            strict=w % TICKS != 0,
            claim=None if cid is None else self.claims[cid],
        )
