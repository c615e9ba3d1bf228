"""The engine's values: edges, conflicts, solve reports, and the state of a solution."""

from __future__ import annotations

from array import array
from collections.abc import Callable, MutableSequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from chronos.errors import InvalidArgumentError
from chronos.timeline.stn._paths import Csr
from chronos.timeline.stn._structure import Tree

__all__ = [
    "MAX_WEIGHT",
    "Conflict",
    "Edge",
    "SolveReport",
    "Weakness",
    "_Job",
    "_Repair",
    "_Solution",
    "_Strongest",
    "_check_count",
    "_check_int",
]

#: Weights and the horizon stay within this magnitude, so scaled weights fit 64-bit arrays.
MAX_WEIGHT = 2**60


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


#: Maps a cid to a sort key; the claim with the smallest key is the weakest.
Weakness = Callable[[int], _Ordered]


class Edge(NamedTuple):
    """One edge ``t_v - t_u <= weight``; ``cid`` is None for an implicit horizon edge."""

    u: int
    v: int
    weight: int
    cid: int | None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A simple negative cycle: claims that cannot all hold, and the one set aside for it."""

    edges: tuple[Edge, ...]
    #: The total weight of the cycle, always negative: by how much the claims disagree.
    slack: int
    #: The cid set aside to break this cycle (perhaps already set aside for another one).
    set_aside: int

    @property
    def cids(self) -> tuple[int, ...]:
        """The distinct constraint ids on the cycle, in cycle order."""
        return tuple(dict.fromkeys(e.cid for e in self.edges if e.cid is not None))


@dataclass(frozen=True, slots=True)
class SolveReport:
    """What a solve found and did."""

    conflicts: tuple[Conflict, ...]
    #: Every cid set aside by the repair, in the order they were set aside.
    set_aside: tuple[int, ...]
    #: Edge relaxations attempted, both directions together.
    scanned: int
    #: Whether the relaxation budget ran out and Goldberg–Radzik finished the work.
    fallback: bool


class _Strongest:
    """A weakness key ordered the other way round, so that a heap pops the strongest first."""

    __slots__ = ("key",)

    def __init__(self, key: _Ordered) -> None:
        self.key = key

    def __lt__(self, other: _Strongest) -> bool:
        return bool(other.key < self.key)


@dataclass(slots=True)
class _Repair:
    weakness: Weakness
    conflicts: list[Conflict] = field(default_factory=list)
    order: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Job:
    """The parameters of a solve, kept to solve again after a change."""

    origin: int
    horizon: int
    weakness: Weakness
    budget: int | None
    scan_budget: int


@dataclass(slots=True)
class _Solution:
    job: _Job
    fwd: Csr
    rev: Csr
    up: MutableSequence[int]
    up_pred: array[int]
    low: MutableSequence[int]
    low_pred: array[int]
    exact: bool
    report: SolveReport
    #: Every point's rank, a valid order of the live edges (the levels of their components
    #: at the solve, or as read back and checked), kept valid by every change after; None
    #: only for a solution read back without valid ranks (found again on first need).
    rank: array[int] | None
    stale: bool = False
    #: For every cid set aside, the conflict that keeps it aside: a negative cycle of it and
    #: stronger live cids (a certificate, checked again whenever one of those leaves).
    certs: dict[int, Conflict] = field(default_factory=dict)
    #: cid -> the set-aside cids whose certificate uses it (perhaps stale: checked on use).
    dependents: dict[int, set[int]] = field(default_factory=dict)
    #: The two trees of predecessors as intervals (upper, lower), the mark of the bounds
    #: they were taken from, and the questions asked since they went out of date.
    trees: tuple[Tree, Tree] | None = None
    trees_mark: tuple[int, int] = (-1, -1)
    trees_missed: int = 0
    #: For a solution read back: every point's parent in the two trees of predecessors (-1
    #: for a root), and the mark of the bounds they hold for. Until the bounds move, a
    #: question walks them up from its points (:func:`~chronos.timeline.stn._restore.on_path`)
    #: instead of numbering the whole trees first.
    parents: tuple[list[int], list[int]] | None = None
    #: Whether each point's edge to its parent there is strict, both trees.
    parents_strict: tuple[bytearray, bytearray] = (bytearray(), bytearray())
    parents_mark: tuple[int, int] = (-1, -1)
    #: The steps walked up those parents so far (bounded: see :meth:`Answers.proves`).
    parents_walked: int = 0
    #: The steps walked up the predecessors (``up_pred``, ``low_pred``) by questions asked
    #: while no trees were numbered for the bounds, or -1 once that budget ran out
    #: (see :meth:`Answers.proves`).
    walked: int = 0


def _check_int(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidArgumentError(name, value, "must be an int")
    return value


def _check_count(name: str, value: object) -> int:
    count = _check_int(name, value)
    if count < 0:
        raise InvalidArgumentError(name, value, "must not be negative")
    return count
