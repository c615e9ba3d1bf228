"""Explanations: why each bound of an event is what it is, and what would lift a conflict.

A bound is the weight of a shortest path in the network; the path is a chain of claims. The
latest end of the sentencing is the start of the elections (it came ahead of them), whose
latest start is the end of 8 February 2024 (they were held that day): the explanation lists
exactly those claims, with their sources and the assumptions behind them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

import attrs

from chronos.time import Assumption, Bounds, calendar as cal
from chronos.timeline._compile import Edge3
from chronos.timeline._network import TICKS, consistent, end_point, start_point
from chronos.timeline._state import State
from chronos.timeline._types import Claim, Constraint, Event, distinct_claims, format_instant

__all__ = ["Explanation", "Reason", "explain", "suggestion_for"]

Which = Literal["earliest start", "latest start", "earliest end", "latest end"]
_ORDER: Final[tuple[Which, ...]] = ("earliest start", "latest start", "earliest end", "latest end")


@attrs.frozen(kw_only=True)
class Reason:
    """One bound of an event and the chain of constraints that yields it.

    ``constraints`` runs from the calendar to the bounded endpoint (for a latest time) or
    from the endpoint to the calendar (for an earliest time); it is empty when nothing
    bounds the endpoint on that side.
    """

    which: Which
    event: str
    value: datetime | None
    constraints: tuple[Constraint, ...]
    #: Whether the bound itself is not reached: the event starts (or ends) just before it.
    strict: bool = False

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The distinct claims of the chain, structural ones left out, in chain order."""
        return distinct_claims(self.constraints)

    @property
    def assumptions(self) -> tuple[Assumption, ...]:
        """The assumptions the chain's claims rest on."""
        return tuple(a for claim in self.claims for a in claim.assumptions)

    def __str__(self) -> str:
        head = f"{self.which} of {self.event}"
        if self.value is None:
            return f"{head}: unbounded — no claim limits it"
        moment = _seconds(self.value)
        if self.which == "latest start" and self.strict:
            shown = f"before {format_instant(moment + 1)}"
        else:
            shown = format_instant(moment)
        if self.which == "latest end":
            shown = f"{shown} (over by then)"
        claims = self.claims
        if not claims:
            return f"{head}: {shown}"
        because = "; ".join(claim.describe() for claim in claims)
        text = f"{head}: {shown}, because {because}"
        assumptions = self.assumptions
        if assumptions:
            text += " — assuming " + "; ".join(a.text for a in assumptions)
        return text


@attrs.frozen(kw_only=True)
class Explanation:
    """The bounds of an event and a :class:`Reason` for each of the four."""

    event: Event
    bounds: Bounds
    reasons: tuple[Reason, ...]

    def reason(self, which: Which) -> Reason:
        """The reason for one bound: "earliest start", "latest start", "earliest end" or
        "latest end"."""
        for r in self.reasons:
            if r.which == which:
                return r
        from chronos.errors import InvalidArgumentError

        raise InvalidArgumentError("which", which, f"must be one of {', '.join(_ORDER)}")

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim behind any of the bounds."""
        seen: dict[int, Claim] = {}
        for r in self.reasons:
            for claim in r.claims:
                seen.setdefault(claim.number, claim)
        return tuple(seen.values())

    def __str__(self) -> str:
        lines = [f"{self.event.name}: {self.bounds}"]
        lines.extend(f"  {r}" for r in self.reasons)
        return "\n".join(lines)


def _seconds(moment: datetime) -> int:
    return cal.to_seconds(moment)


def explain(state: State, index: int, bounds: Bounds) -> Explanation:
    """The explanation of event ``index``, whose solved bounds are ``bounds``."""
    solver = state.solver
    event = state.events[index]
    values = {
        "earliest start": bounds.earliest_start,
        "latest start": bounds.latest_start,
        "earliest end": bounds.earliest_end,
        "latest end": bounds.latest_end,
    }
    reasons = []
    for which in _ORDER:
        point = start_point(index) if which.endswith("start") else end_point(index)
        value = values[which]
        if value is None:
            reasons.append(Reason(which=which, event=event.name, value=None, constraints=()))
            continue
        if which.startswith("earliest"):
            chain = solver.explain_lower(point)
            bound = solver.lower(point)
        else:
            chain = solver.explain_upper(point)
            bound = solver.upper(point)
        strict = bound is not None and bound % TICKS != 0
        constraints = tuple(state.constraint((e.u, e.v, e.weight), e.cid) for e in chain)
        reasons.append(
            Reason(
                which=which, event=event.name, value=value, constraints=constraints, strict=strict
            )
        )
    return Explanation(event=event, bounds=bounds, reasons=tuple(reasons))


def suggestion_for(state: State, found: Any) -> str | None:
    """A "did you mean …?" when another reading of a claim on the cycle would lift it."""
    readings = state.alternatives
    if not readings:
        return None
    cids = [e.cid for e in found.edges]
    cycle: list[Edge3] | None = None
    for cid in dict.fromkeys(c for c in cids if c is not None):
        alternatives = readings.get(cid)
        if not alternatives:
            continue
        if cycle is None:
            cycle = [(e.u, e.v, e.weight) for e in found.edges]
        rest = [edge for edge, c in zip(cycle, cids, strict=True) if c != cid]
        for text, edges in alternatives:
            if consistent(rest + edges):
                claim = state.claims[cid]
                return f"did you mean {text}? (read so, {claim.text!r} would not conflict)"
    return None
