"""Queries over a solved timeline: date windows by sorted bounds, and the chronology.

A date-window query is a two-sided *dominance* query on the bounds of events: "certainly
between X and Y" is ``earliest start ≥ X and latest end ≤ Y``. Events are sorted by one bound
and a segment tree keeps the maximum of the other, so a query costs O(log n) plus O(log n)
per event reported — never a scan of the whole timeline. The index is built on the first
query after a solve; after an incremental change it is patched, not rebuilt: the events
whose bounds moved (and events added since) are set apart as *dirty*, their bounds updated
in place, the structures' answers for them ignored and each of them tested directly. A
query then costs O(log n + k + d) for d dirty events, and the index is rebuilt once d
passes :data:`DIRTY_LIMIT` (or after a full re-solve, when any bound may have moved).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from heapq import merge
from itertools import compress, repeat
from operator import add, and_, le
from typing import Final, overload

import attrs

from chronos.time import Bounds, Certainty, calendar as cal
from chronos.timeline._network import ORIGIN, TICKS, end_point, gather, start_point
from chronos.timeline._state import State
from chronos.timeline._types import Event

__all__ = ["Chronology", "Entry", "QueryIndex", "by_relation", "chronology"]

INF: Final = 2**62
#: Dirty events beyond which the next query rebuilds the index rather than patch it.
DIRTY_LIMIT: Final = 2000
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

    __slots__ = ("_cache", "_dirty", "_events", "_mark", "ee", "es", "le", "ls")

    def __init__(
        self,
        events: Sequence[Event],
        es: list[int],
        ls: list[int],
        ee: list[int],
        le: list[int],
        mark: tuple[int, int] = (0, 0),
    ) -> None:
        self._events = events
        self.es, self.ls, self.ee, self.le = es, ls, ee, le
        self._cache: dict[str, Dominance | Sorted] = {}
        self._mark = mark
        self._dirty: set[int] = set()

    @classmethod
    def build(cls, state: State) -> QueryIndex:
        """The index of a timeline's solved bounds (open bounds as ±infinity)."""
        lows, ups = state.solver.all_bounds()
        n = len(state.events)
        # Event i has its start at point 2i + 1 and its end at 2i + 2.
        starts, ends = slice(start_point(0), end_point(n - 1), 2), slice(end_point(0), None, 2)
        es = list(map(_low, lows[starts]))
        ee = list(map(_low, lows[ends]))
        ls = list(map(_high, ups[starts]))
        le = list(map(_high, ups[ends]))
        return cls(state.events, es, ls, ee, le, state.solver.mark())

    def refresh(self, state: State) -> bool:
        """Bring the index up to date with ``state`` by patching; False if it must be built
        anew (a full re-solve, or too many events changed)."""
        solver = state.solver
        changed = solver.changed_since(self._mark)
        if changed is None:
            return False
        known = len(self.es)
        fresh = {(p - 1) >> 1 for p in changed if p != ORIGIN}
        fresh.update(range(known, len(state.events)))
        if len(fresh) > DIRTY_LIMIT or len(self._dirty | fresh) > DIRTY_LIMIT:
            return False
        for arrays in (self.es, self.ls, self.ee, self.le):
            arrays.extend([0] * (len(state.events) - known))
        for i in fresh:
            s, e = start_point(i), end_point(i)
            self.es[i], self.ls[i] = _low(solver.lower(s)), _high(solver.upper(s))
            self.ee[i], self.le[i] = _low(solver.lower(e)), _high(solver.upper(e))
        self._dirty |= fresh
        self._events = state.events
        self._mark = solver.mark()
        return True

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
        es, ls, ee, le = self.es, self.ls, self.ee, self.le
        if certainty is Certainty.CERTAIN:
            # earliest start >= lo and latest end <= hi, negated into the a <= p, b >= q form
            index = self._dominance("within", lambda: ([-x for x in es], [-x for x in le]))
            return self._answer(index.query(-lo, -hi), lambda i: es[i] >= lo and le[i] <= hi)
        # some solution has lo <= start and end <= hi
        index = self._dominance("within?", lambda: (ee, ls))
        return self._answer(index.query(hi, lo), lambda i: ee[i] <= hi and ls[i] >= lo)

    def before(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events over by ``moment`` (ticks)."""
        keys = self.le if certainty is Certainty.CERTAIN else self.ee
        name = "le" if certainty is Certainty.CERTAIN else "ee"
        ids = self._sorted(name, keys).at_most(moment)
        return self._answer(ids, lambda i: keys[i] <= moment)

    def after(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events that start at ``moment`` (ticks) or later."""
        keys = self.es if certainty is Certainty.CERTAIN else self.ls
        name = "es" if certainty is Certainty.CERTAIN else "ls"
        ids = self._sorted(name, keys).at_least(moment)
        return self._answer(ids, lambda i: keys[i] >= moment)

    def overlapping(self, lo: int | None, hi: int | None, certainty: Certainty) -> list[Event]:
        """Events that share time with ``[lo, hi)`` (open ends allowed)."""
        p = INF if hi is None else hi - 1
        q = -INF if lo is None else lo + 1
        if certainty is Certainty.CERTAIN:
            a, b, name = self.ls, self.ee, "overlap"
        else:
            a, b, name = self.es, self.le, "overlap?"
        ids = self._dominance(name, lambda: (a, b)).query(p, q)
        return self._answer(ids, lambda i: a[i] <= p and b[i] >= q)

    def events(self) -> Sequence[Event]:
        """The events the index holds, by their index in the timeline."""
        return self._events

    def key(self, i: int) -> tuple[int, int, int, int, int]:
        """The display order of event ``i``: by its bounds, then the order added."""
        return (self.es[i], self.ls[i], self.ee[i], self.le[i], i)

    def _answer(self, ids: list[int], test: Callable[[int], bool]) -> list[Event]:
        """The events of ``ids`` (from the structures) that are not dirty, and the dirty
        events that pass ``test`` on their current bounds, in display order."""
        dirty = self._dirty
        extra: list[int] = []
        if dirty:
            ids = [i for i in ids if i not in dirty]
            extra = sorted((i for i in dirty if test(i)), key=self.key)
        events = self._events
        # Only the events found are put in order: no rank of every event to compute first,
        # which after a change that moved most bounds would cost as much as the index.
        clean = sorted(ids, key=self.key)
        if extra:
            return [events[i] for i in merge(clean, extra, key=self.key)]
        return [events[i] for i in clean]


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


def chronology(state: State, bounds: Sequence[Bounds]) -> Chronology:
    """The chronology of a timeline (see :meth:`Timeline.ordered`); ``bounds`` holds the
    bounds of every event, by index."""
    solver = state.solver
    n = len(state.events)
    if n == 0:
        return Chronology(())
    latest, earliest = solver.schedules()
    keys = solver.order_keys(latest)
    # Event i has its start at point 2i + 1 and its end at 2i + 2: by its start's place
    # among the points, its latest time then its key. The keys are distinct, so no two
    # events tie there and the end is never needed: one int per event, sorted as ints (a
    # tuple each would be compared item by item).
    starts = slice(start_point(0), end_point(n - 1), 2)
    scale = max(keys) + 1
    places = list(map(add, map(scale.__mul__, latest[starts]), keys[starts]))
    order = sorted(range(n), key=places.__getitem__)
    # Whether each event certainly starts once the previous one is over. Either schedule is
    # a solution: one with the previous event still going on when this one starts shows the
    # order is not certain, with no search; the rest are asked at once. In bulk: each
    # column gathered at once.
    after = list(map(add, map((2).__mul__, order[1:]), repeat(start_point(0))))
    before = list(map(add, map((2).__mul__, order[:-1]), repeat(end_point(0))))
    maybe = map(
        and_,
        map(le, gather(latest, before), gather(latest, after)),
        map(le, gather(earliest, before), gather(earliest, after)),
    )
    asked = list(compress(range(n - 1), maybe))
    certain = [False] * n
    answers = solver.entails_all(gather(after, asked), gather(before, asked), 0)
    for k, yes in zip(asked, answers, strict=True):
        certain[k + 1] = yes
    events = state.events
    return Chronology(tuple(map(Entry, gather(events, order), gather(bounds, order), certain)))
