"""Queries over a solved timeline: date windows by sorted bounds, and the chronology.

A date-window query is a two-sided *dominance* query on the bounds of events: "certainly
between X and Y" is ``earliest start ≥ X and latest end ≤ Y``. The index keeps each pair of
bounds a query needs in sorted blocks (:mod:`chronos.timeline._blocks`): blocks of a few
hundred events in order of one bound, each also holding the other bound of its events in
order, so a query bisects its way through some n / 512 blocks and reads off the events that
qualify — never a scan of the whole timeline. One-sided queries ("over by X") bisect blocks
of one bound. Each structure is laid out, in O(n log n), by the first query that needs it.

After an incremental change the structures are updated, not built again. The next query
reads the bounds that moved (in bulk) and takes each event whose bounds moved out of its
blocks and puts it back where its new bounds belong, O(log n + 512) a move. A change can
move thousands of events at once (an exact gap carries a date to every event counted from
the same key event): so that no query pays for all of them, one query makes at most
:data:`FOLD` moves (fewer when it first reads many moved bounds), and the events not yet in
place *wait*: every query leaves them out of what the structures answer and tests them
directly on their current bounds, until the queries after the change have put them all in
place. Only a full re-solve (when any bound may have moved), or more waiting events than an
eighth of the timeline, lays the structures out afresh.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from itertools import compress, repeat
from operator import add, and_, eq, ge, gt, le as le_, neg, not_, rshift, sub
from typing import Final, overload

import attrs

from chronos.time import Bounds, Certainty, calendar as cal
from chronos.timeline._blocks import INF, Dominance, Sorted
from chronos.timeline._network import ORIGIN, TICKS, end_point, gather, start_point
from chronos.timeline._state import State
from chronos.timeline._types import Event

__all__ = ["Chronology", "Entry", "QueryIndex", "by_relation", "chronology"]

_MAX_TICKS: Final = cal.to_seconds(datetime(9999, 12, 31, 23, 59, 59)) * TICKS
#: The bounds each two-sided structure orders its events by: (a, sign, b, sign), the query
#: being ``sign * a ≤ p and sign * b ≥ q``.
_PAIRS: Final = {
    # earliest start ≥ lo and latest end ≤ hi, negated into the a ≤ p, b ≥ q form
    "within": ("es", -1, "le", -1),
    # some solution has lo ≤ start and end ≤ hi: earliest end ≤ hi, latest start ≥ lo
    "within?": ("ee", 1, "ls", 1),
    # certainly shares time: latest start ≤ p, earliest end ≥ q
    "overlap": ("ls", 1, "ee", 1),
    # possibly shares time: earliest start ≤ p, latest end ≥ q
    "overlap?": ("es", 1, "le", 1),
}
#: A test of a waiting event: ``op(bounds[i], value)``.
_Test = tuple["array[int]", Callable[[int, int], bool], int]
#: Moves of one event in one structure made per query, at most: fewer when the query
#: first reads many moved bounds (but an eighth of it always). The rest of a large change
#: waits for the queries after it, each testing the events still waiting directly.
FOLD: Final = 512
#: Events waiting beyond this share of all events (and beyond :data:`FOLD`) lay the
#: structures out afresh instead.
_WAITING_SHARE: Final = 8


class QueryIndex:
    """The bounds of every event, and the structures built from them on demand."""

    __slots__ = ("_events", "_mark", "_pairs", "_sorted", "_waiting", "ee", "es", "le", "ls")

    def __init__(
        self,
        events: Sequence[Event],
        es: array[int],
        ls: array[int],
        ee: array[int],
        le: array[int],
        mark: tuple[int, int] = (0, 0),
    ) -> None:
        self._events = events
        self.es, self.ls, self.ee, self.le = es, ls, ee, le
        self._pairs: dict[str, Dominance] = {}
        self._sorted: dict[str, Sorted] = {}
        self._mark = mark
        # Events whose bounds moved and that the structures do not have in place yet.
        self._waiting: set[int] = set()

    @classmethod
    def build(cls, state: State) -> QueryIndex:
        """The index of a timeline's solved bounds (open bounds as ±infinity)."""
        lows, ups = state.solver.all_bounds()
        n = len(state.events)
        # Event i has its start at point 2i + 1 and its end at 2i + 2.
        starts, ends = slice(start_point(0), end_point(n - 1), 2), slice(end_point(0), None, 2)
        # Bounds in machine integers: reading and writing them touches no Python object.
        es = array("q", _lows(lows[starts]))
        ee = array("q", _lows(lows[ends]))
        ls = array("q", _highs(ups[starts]))
        le = array("q", _highs(ups[ends]))
        return cls(state.events, es, ls, ee, le, state.solver.mark())

    def refresh(self, state: State) -> bool:
        """Bring the index up to date with ``state``: the bounds that moved read, and some
        of the events that moved put in place in the structures (see :meth:`_fold`); False
        if it must be built anew (after a full re-solve)."""
        solver = state.solver
        changed = solver.changed_since(self._mark)
        if changed is None:
            return False
        n, known = len(state.events), len(self.es)
        if not changed and n == known:  # nothing moved: only put waiting events in place
            if self._waiting:
                self._fold(FOLD)
            return True
        points = set(changed)
        points.discard(ORIGIN)
        if n > known:
            # An added event's bounds are all read: each moves from "none yet".
            points.update(range(start_point(known), end_point(n - 1) + 1))
            for bounds in (self.es, self.ls, self.ee, self.le):
                bounds.extend([-INF - 1] * (n - known))
        if points:
            # Event i has its start at point 2i + 1 (odd) and its end at 2i + 2 (even).
            listed = list(points)
            odd = list(map(and_, listed, repeat(1)))
            starts = list(compress(listed, odd))
            ends = list(compress(listed, map(not_, odd)))
            lows, ups = solver.bounds_of(starts + ends)
            cut = len(starts)
            of_starts = list(map(rshift, starts, repeat(1)))
            of_ends = list(map(sub, map(rshift, ends, repeat(1)), repeat(1)))
            # A point is logged as moved only if one of its bounds did (or was set back,
            # which costs a structure a comparison): the event of each waits to be put in
            # place in the structures.
            for bounds, items, new in (
                (self.es, of_starts, _lows(lows[:cut])),
                (self.ls, of_starts, _highs(ups[:cut])),
                (self.ee, of_ends, _lows(lows[cut:])),
                (self.le, of_ends, _highs(ups[cut:])),
            ):
                deque(map(bounds.__setitem__, items, new), maxlen=0)
            self._waiting.update(of_starts, of_ends)
        if changed or n > known:
            self._events = state.events
            self._mark = solver.mark()
        self._fold(max(FOLD - len(points), FOLD // 8))
        return True

    def _fold(self, budget: int) -> None:
        """Put waiting events where their bounds now belong in each structure built, at most
        ``budget`` moves of one event in one structure."""
        waiting = self._waiting
        built = len(self._pairs) + len(self._sorted)
        if not waiting or not built or len(waiting) > max(FOLD, len(self.es) // _WAITING_SHARE):
            # Nothing to do; or nothing built, or so much waiting that laying each
            # structure out afresh (by the next query that needs it) costs less.
            if waiting and built:
                self._pairs.clear()
                self._sorted.clear()
            waiting.clear()
            return
        count = min(len(waiting), max(budget // built, 1))
        items = sorted(waiting.pop() for _ in range(count))
        for name, index in self._sorted.items():
            index.set_many(items, list(map(self._bounds(name).__getitem__, items)))
        for name, pair in self._pairs.items():
            a_name, a_sign, b_name, b_sign = _PAIRS[name]
            a = list(map(self._bounds(a_name).__getitem__, items))
            b = list(map(self._bounds(b_name).__getitem__, items))
            pair.set_many(
                items,
                a if a_sign > 0 else list(map(neg, a)),
                b if b_sign > 0 else list(map(neg, b)),
            )

    def _bounds(self, name: str) -> array[int]:
        bounds: array[int] = getattr(self, name)
        return bounds

    def _pair(self, name: str) -> Dominance:
        pair = self._pairs.get(name)
        if pair is None:
            a_name, a_sign, b_name, b_sign = _PAIRS[name]
            a, b = self._bounds(a_name), self._bounds(b_name)
            pair = self._pairs[name] = Dominance(
                a if a_sign > 0 else list(map(neg, a)), b if b_sign > 0 else list(map(neg, b))
            )
        return pair

    def _one(self, name: str) -> Sorted:
        index = self._sorted.get(name)
        if index is None:
            index = self._sorted[name] = Sorted(self._bounds(name))
        return index

    def between(self, lo: int, hi: int, certainty: Certainty) -> list[Event]:
        """Events inside ``[lo, hi]`` (ticks): certainly, or possibly."""
        if certainty is Certainty.CERTAIN:
            ids = self._pair("within").query(-lo, -hi)
            return self._answer(ids, (self.es, ge, lo), (self.le, le_, hi))
        ids = self._pair("within?").query(hi, lo)
        return self._answer(ids, (self.ee, le_, hi), (self.ls, ge, lo))

    def before(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events over by ``moment`` (ticks)."""
        name = "le" if certainty is Certainty.CERTAIN else "ee"
        return self._answer(self._one(name).at_most(moment), (self._bounds(name), le_, moment))

    def after(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events that start at ``moment`` (ticks) or later."""
        name = "es" if certainty is Certainty.CERTAIN else "ls"
        return self._answer(self._one(name).at_least(moment), (self._bounds(name), ge, moment))

    def overlapping(self, lo: int | None, hi: int | None, certainty: Certainty) -> list[Event]:
        """Events that share time with ``[lo, hi)`` (open ends allowed)."""
        p = INF if hi is None else hi - 1
        q = -INF if lo is None else lo + 1
        name = "overlap" if certainty is Certainty.CERTAIN else "overlap?"
        a_name, _, b_name, _ = _PAIRS[name]
        return self._answer(
            self._pair(name).query(p, q),
            (self._bounds(a_name), le_, p),
            (self._bounds(b_name), ge, q),
        )

    def events(self) -> Sequence[Event]:
        """The events the index holds, by their index in the timeline."""
        return self._events

    def key(self, i: int) -> tuple[int, int, int, int, int]:
        """The display order of event ``i``: by its bounds, then the order added."""
        return (self.es[i], self.ls[i], self.ee[i], self.le[i], i)

    def _answer(self, ids: list[int], *tests: _Test) -> list[Event]:
        """The events of ``ids`` (from a structure) but those waiting, and the waiting
        events that pass every test ``(bounds, op, value)`` (``op(bounds[i], value)``) on
        their current bounds, in display order."""
        waiting = self._waiting
        if waiting:
            ids = [i for i in ids if i not in waiting]
            passing = list(waiting)
            for bounds, op, value in tests:
                tested = map(op, map(bounds.__getitem__, passing), repeat(value))
                passing = list(compress(passing, tested))
            ids += passing
        # Only the events found are put in order: no rank of every event to compute first,
        # which after a change that moved most bounds would cost as much as the index.
        events = self._events
        return [events[i] for i in sorted(ids, key=self.key)]


def _lows(values: list[int | None]) -> list[int]:
    """:func:`_low` of each value."""
    top = _MAX_TICKS
    return [-INF if v is None or v < 0 or v > top else v for v in values]


def _highs(values: list[int | None]) -> list[int]:
    """:func:`_high` of each value."""
    top = _MAX_TICKS
    return [INF if v is None or v < 0 or v > top else v for v in values]


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
    # among the points, its latest time then its key; one int per event, sorted as ints (a
    # tuple each would be compared item by item). Two starts tie there only when they are
    # bound to one time; then the event whose end is placed first goes first (an instant
    # that meets an event is over when the event starts), then the order added: a second
    # sort, by the ends, under the first (Python's sort keeps the order of equal items).
    starts = slice(start_point(0), end_point(n - 1), 2)
    scale = max(keys) + 1
    places = list(map(add, map(scale.__mul__, latest[starts]), keys[starts]))
    order = sorted(range(n), key=places.__getitem__)
    ranked = gather(places, order)
    if any(map(eq, ranked[1:], ranked[:-1])):
        ends = slice(end_point(0), None, 2)
        finish = list(map(add, map(scale.__mul__, latest[ends]), keys[ends]))
        order = sorted(range(n), key=finish.__getitem__)
        order.sort(key=places.__getitem__)
    # Whether each event certainly starts once the previous one is over. Either schedule is
    # a solution: one with the previous event still going on when this one starts shows the
    # order is not certain, with no search; the rest are asked at once. In bulk: each
    # column gathered at once.
    after = list(map(add, map((2).__mul__, order[1:]), repeat(start_point(0))))
    before = list(map(add, map((2).__mul__, order[:-1]), repeat(end_point(0))))
    maybe = map(
        and_,
        map(le_, gather(latest, before), gather(latest, after)),
        map(le_, gather(earliest, before), gather(earliest, after)),
    )
    asked = list(compress(range(n - 1), maybe))
    us, vs = gather(after, asked), gather(before, asked)
    # A chain of claims that avoids the origin and puts the end before the start, when both
    # share their latest time, is a path of links tight in that schedule (it weighs no more
    # than the times' difference, nothing, and no link weighs less than the difference of
    # its ends' times), along which the keys never rise: an end whose key is above the
    # start's has none, and only the bounds (a chain through the origin) can still order
    # the pair. Most pairs of events no date separates are settled so, with no search.
    apart = list(
        map(
            and_,
            map(eq, gather(latest, vs), gather(latest, us)),
            map(gt, gather(keys, vs), gather(keys, us)),
        )
    )
    certain = [False] * n
    answers = solver.entails_all(us, vs, 0, apart=apart)
    for k, yes in zip(asked, answers, strict=True):
        certain[k + 1] = yes
    events = state.events
    return Chronology(tuple(map(Entry, gather(events, order), gather(bounds, order), certain)))
