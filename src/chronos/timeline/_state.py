"""What a timeline holds, as the modules that read it see it: events, claims, the solver.

The :class:`~chronos.Timeline` class owns its state and changes it; the modules that answer
from it — explanations, queries, the chronology, JSON — take a :class:`State` instead of the
class, so that none of them imports the class that imports them. A ``State`` shares the
timeline's own lists (it is a view, not a copy): it is always up to date and costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from chronos.timeline._compile import Edge3
from chronos.timeline._network import ORIGIN, TICKS, Solver, ceil_seconds
from chronos.timeline._types import Claim, Constraint, Endpoint, Event

__all__ = ["Alternatives", "State"]

#: The other readings of a claim (a year-less date's other year): their text and edges.
Alternatives = dict[int, list[tuple[str, list[Edge3]]]]


@attrs.frozen
class State:
    """A timeline's events (by index), claims (by number), alternatives and solver."""

    events: list[Event]
    claims: list[Claim]
    alternatives: Alternatives
    solver: Solver

    def endpoint(self, point: int) -> Endpoint:
        """The endpoint that network point ``point`` stands for (the origin has no event)."""
        if point == ORIGIN:
            return Endpoint(None)
        index, odd = divmod(point - 1, 2)
        return Endpoint(self.events[index].name, "end" if odd else "start")

    def constraints(self, edges: Iterable[tuple[Edge3, int | None]]) -> tuple[Constraint, ...]:
        """The edges ``(edge, cid)`` in words, each endpoint made once (a conflict on a long
        cycle names every point twice)."""
        made: dict[int, Endpoint] = {}
        claims = self.claims
        out = []
        for (u, v, w), cid in edges:
            left = made.get(u)
            if left is None:
                left = made[u] = self.endpoint(u)
            right = made.get(v)
            if right is None:
                right = made[v] = self.endpoint(v)
            claim = None if cid is None else claims[cid]
            out.append(Constraint(left, right, -(-w // TICKS), strict=w % TICKS != 0, claim=claim))
        return tuple(out)

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
