"""Queries over a solved timeline: date windows by sorted bounds, and the chronology.

A date-window query is a two-sided *dominance* query on the bounds of events: "certainly
between X and Y" is ``earliest start ≥ X and latest end ≤ Y``. Events are sorted by one bound
and a segment tree keeps the maximum of the other, so a query costs O(log n) plus O(log n)
per event reported — never a scan of the whole timeline. The index is built on the first
query after a change.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Final, overload

import attrs

from chronos.time import Bounds, Certainty, calendar as cal
from chronos.timeline._network import TICKS, end_point, start_point
from chronos.timeline._state import State
from chronos.timeline._types import Event

__all__ = ["Chronology", "Entry", "QueryIndex", "by_relation", "chronology"]

INF: Final = 2**62
_MAX_TICKS: Final = cal.to_seconds(datetime(9999, 12, 31, 23, 59, 59)) * TICKS


class Dominance:
    """The items with ``a ≤ P`` and ``b ≥ Q``: sorted by ``a``, a max-segment-tree over ``b``."""

    __slots__ = ("_a", "_ids", "_size", "_tree")

    def __init__(self, a: Sequence[int], b: Sequence[int]) -> None:
        order = sorted(range(len(a)), key=a.__getitem__)
        self._a = [a[i] for i in order]
        self._ids = order
        size = 1
        while size < max(len(order), 1):
            size *= 2
        tree = [-INF - 1] * (2 * size)
        for k, i in enumerate(order):
            tree[size + k] = b[i]
        for k in range(size - 1, 0, -1):
            left, right = tree[2 * k], tree[2 * k + 1]
            tree[k] = left if left > right else right
        self._tree = tree
        self._size = size

    def query(self, p: int, q: int) -> list[int]:
        """The ids with ``a ≤ p`` and ``b ≥ q``."""
        prefix = bisect_right(self._a, p)
        if prefix == 0:
            return []
        tree, size, ids = self._tree, self._size, self._ids
        found: list[int] = []
        stack = [(1, 0, size)]
        while stack:
            node, lo, hi = stack.pop()
            if lo >= prefix or tree[node] < q:
                continue
            if node >= size:
                found.append(ids[lo])
                continue
            mid = (lo + hi) // 2
            stack.append((2 * node + 1, mid, hi))
            stack.append((2 * node, lo, mid))
        return found


class Sorted:
    """The items with ``key ≤ p`` (or ``≥ p``) by bisection of one sorted key."""

    __slots__ = ("_ids", "_keys")

    def __init__(self, keys: Sequence[int]) -> None:
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self._keys = [keys[i] for i in order]
        self._ids = order

    def at_most(self, p: int) -> list[int]:
        """The ids whose key is ``≤ p``."""
        return self._ids[: bisect_right(self._keys, p)]

    def at_least(self, p: int) -> list[int]:
        """The ids whose key is ``≥ p``."""
        return self._ids[bisect_left(self._keys, p) :]


class QueryIndex:
    """The bounds of every event, and the indexes built from them on demand."""

    __slots__ = ("_cache", "_events", "_rank", "ee", "es", "le", "ls")

    def __init__(
        self,
        events: Sequence[Event],
        es: list[int],
        ls: list[int],
        ee: list[int],
        le: list[int],
    ) -> None:
        self._events = events
        self.es, self.ls, self.ee, self.le = es, ls, ee, le
        self._cache: dict[str, Dominance | Sorted] = {}
        self._rank: list[int] | None = None

    @classmethod
    def build(cls, state: State) -> QueryIndex:
        """The index of a timeline's solved bounds (open bounds as ±infinity)."""
        lows, ups = state.solver.all_bounds()
        n = len(state.events)
        es = [_low(lows[start_point(i)]) for i in range(n)]
        ee = [_low(lows[end_point(i)]) for i in range(n)]
        ls = [_high(ups[start_point(i)]) for i in range(n)]
        le = [_high(ups[end_point(i)]) for i in range(n)]
        return cls(list(state.events), es, ls, ee, le)

    def _dominance(
        self, name: str, keys: Callable[[], tuple[Sequence[int], Sequence[int]]]
    ) -> Dominance:
        index = self._cache.get(name)
        if not isinstance(index, Dominance):
            index = self._cache[name] = Dominance(*keys())
        return index

    def _sorted(self, name: str, keys: Sequence[int]) -> Sorted:
        index = self._cache.get(name)
        if not isinstance(index, Sorted):
            index = self._cache[name] = Sorted(keys)
        return index

    def between(self, lo: int, hi: int, certainty: Certainty) -> list[Event]:
        """Events inside ``[lo, hi]`` (ticks): certainly, or possibly."""
        if certainty is Certainty.CERTAIN:
            # earliest start >= lo and latest end <= hi, negated into the a <= p, b >= q form
            index = self._dominance(
                "within", lambda: ([-x for x in self.es], [-x for x in self.le])
            )
            ids = index.query(-lo, -hi)
        else:
            # some solution has lo <= start and end <= hi
            ids = self._dominance("within?", lambda: (self.ee, self.ls)).query(hi, lo)
        return self._events_of(ids)

    def before(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events over by ``moment`` (ticks)."""
        if certainty is Certainty.CERTAIN:
            ids = self._sorted("le", self.le).at_most(moment)
        else:
            ids = self._sorted("ee", self.ee).at_most(moment)
        return self._events_of(ids)

    def after(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events that start at ``moment`` (ticks) or later."""
        if certainty is Certainty.CERTAIN:
            ids = self._sorted("es", self.es).at_least(moment)
        else:
            ids = self._sorted("ls", self.ls).at_least(moment)
        return self._events_of(ids)

    def overlapping(self, lo: int | None, hi: int | None, certainty: Certainty) -> list[Event]:
        """Events that share time with ``[lo, hi)`` (open ends allowed)."""
        p = INF if hi is None else hi - 1
        q = -INF if lo is None else lo + 1
        if certainty is Certainty.CERTAIN:
            ids = self._dominance("overlap", lambda: (self.ls, self.ee)).query(p, q)
        else:
            ids = self._dominance("overlap?", lambda: (self.es, self.le)).query(p, q)
        return self._events_of(ids)

    def events(self) -> Sequence[Event]:
        """The events the index holds, by their index in the timeline."""
        return self._events

    def key(self, i: int) -> tuple[int, int, int, int, int]:
        """The display order of event ``i``: by its bounds, then the order added."""
        return (self.es[i], self.ls[i], self.ee[i], self.le[i], i)

    def _events_of(self, ids: list[int]) -> list[Event]:
        rank = self._rank
        if rank is None:
            rank = [0] * len(self._events)
            for position, i in enumerate(sorted(range(len(rank)), key=self.key)):
                rank[i] = position
            self._rank = rank
        events = self._events
        return [events[i] for i in sorted(ids, key=rank.__getitem__)]


def _low(value: int | None) -> int:
    return -INF if value is None or value < 0 or value > _MAX_TICKS else value


def _high(value: int | None) -> int:
    return INF if value is None or value < 0 or value > _MAX_TICKS else value


def by_relation(
    index: QueryIndex, other: int, related: Callable[[int], Certainty], certainty: Certainty
) -> list[Event]:
    """The events ``i`` other than ``other`` for which ``related(i)`` is at least ``certainty``,
    in the index's order."""
    wanted = (
        (Certainty.CERTAIN,)
        if certainty is Certainty.CERTAIN
        else (Certainty.CERTAIN, Certainty.POSSIBLE)
    )
    events = index.events()
    found = [i for i in range(len(events)) if i != other and related(i) in wanted]
    return [events[i] for i in sorted(found, key=index.key)]


@attrs.frozen
class Entry:
    """One event of a chronology, its bounds, and whether it certainly follows the previous."""

    event: Event
    bounds: Bounds
    certainly_after_previous: bool


@attrs.frozen
class Chronology:
    """Events in an order consistent with every certain precedence.

    Iterating gives the events; :attr:`runs` groups consecutive events whose relative order
    is not certain (each run is a tuple of one or more events).
    """

    entries: tuple[Entry, ...]

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in order."""
        return tuple(e.event for e in self.entries)

    @property
    def runs(self) -> tuple[tuple[Event, ...], ...]:
        """Maximal groups of consecutive events not certainly ordered among themselves."""
        runs: list[list[Event]] = []
        for entry in self.entries:
            if runs and not entry.certainly_after_previous:
                runs[-1].append(entry.event)
            else:
                runs.append([entry.event])
        return tuple(tuple(run) for run in runs)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.entries)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...
    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        return self.events[index]

    def __str__(self) -> str:
        lines = []
        width = max((len(str(e.bounds)) for e in self.entries), default=0)
        runs = self.runs
        k = 0
        for run in runs:
            for j, _ in enumerate(run):
                entry = self.entries[k]
                k += 1
                if len(run) == 1:
                    mark = "  "
                elif j == 0:
                    mark = "┌ "
                elif j == len(run) - 1:
                    mark = "└ "
                else:
                    mark = "│ "
                note = "  (order with the above uncertain)" if j > 0 else ""
                lines.append(f"{mark}{entry.bounds!s:<{width}}  {entry.event.name}{note}")
        return "\n".join(lines)


def chronology(state: State, when: Callable[[Event], Bounds]) -> Chronology:
    """The chronology of a timeline (see :meth:`Timeline.ordered`); ``when`` gives the
    bounds of an event."""
    solver = state.solver
    n = len(state.events)
    if n == 0:
        return Chronology(())
    ranks = solver.point_ranks()
    position = [0] * solver.point_count
    for rank, point in enumerate(ranks):
        position[point] = rank
    order = sorted(range(n), key=lambda i: (position[start_point(i)], position[end_point(i)], i))
    entries = []
    previous: int | None = None
    for i in order:
        event = state.events[i]
        certain = previous is not None and solver.entails(start_point(i), end_point(previous), 0)
        entries.append(Entry(event, when(event), certain))
        previous = i
    return Chronology(tuple(entries))
