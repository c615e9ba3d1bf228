"""Queries over a solved timeline: date windows by sorted bounds, and the chronology.

A date-window query is a two-sided *dominance* query on the bounds of events: "certainly
between X and Y" is ``earliest start ≥ X and latest end ≤ Y``. The index keeps each pair of
bounds a query needs in sorted blocks (:mod:`chronos.timeline._blocks`): blocks of a few
hundred events in order of one bound, each also holding the other bound of its events in
order, so a query bisects its way through some n / 512 blocks and reads off the events that
qualify — never a scan of the whole timeline. One-sided queries ("over by X") bisect blocks
of one bound. Each structure is laid out, in O(n log n), by the first query that needs it.

After an incremental change the structures are updated, not built again: each event whose
bounds moved is taken out of its blocks and put back where its new bounds belong, O(log n +
512) a move. A change can move thousands of events at once (an exact gap carries a date to
every event counted from the same key event), and so can many changes made between two
queries: so that no query pays for all of them, the events whose bounds moved *wait*, and
one query puts at most :data:`FOLD` of them in place (none when it comes first after a
change that moved more than that). Every query leaves the waiting events out of what its
structure answers and tests them on their current bounds instead, read off the solution in
bulk: the bound its first test is on once for all of them, by the first query that needs
it after a change (kept, in their order, for the queries after), and the bound of each
other test only for the events that passed the first. The columns of bounds of a waiting
event are read only when it is put in place, found (to order the answer), or a structure is
laid out: the query right after a change reads one bound of each event that moved (and
another of those that pass), where it read both bounds of every moved point and wrote them.
Only a full re-solve (when any bound may have moved), or more waiting events than an eighth
of the timeline, lays the structures out afresh.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from itertools import compress, repeat
from operator import add, and_, eq, gt, le as le_, neg
from typing import Final, overload

import attrs

from chronos.time import Bounds, Certainty, calendar as cal
from chronos.timeline._blocks import INF, Dominance, Sorted
from chronos.timeline._network import TICKS, Solver, end_point, gather, start_point
from chronos.timeline._state import State
from chronos.timeline._types import Event

__all__ = ["Chronology", "Entry", "QueryIndex", "by_relation", "chronology"]

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
#: A test of a waiting event: ``low <= bounds <= high`` for its bounds in one column.
_Test = tuple[str, int, int]
#: Moves of one event in one structure made per query, at most (none when the query comes
#: first after a change that moved more events than that: its own cost is then reading
#: their bounds). The rest of a large change waits for the queries after it, each testing
#: the events still waiting directly.
FOLD: Final = 256
#: Events waiting beyond this share of all events (and beyond :data:`_WAITING_FLOOR`) lay
#: the structures out afresh instead.
_WAITING_SHARE: Final = 8
_WAITING_FLOOR: Final = 512
#: Each column of bounds: of the event's start (else its end), its lower bound (else its
#: upper one).
_COLUMNS: Final = {
    "es": (True, True),
    "ls": (True, False),
    "ee": (False, True),
    "le": (False, False),
}
#: The bounds a column holds as they are: those a date can name (others are open).
_DATED: Final = (0, cal.to_seconds(datetime(9999, 12, 31, 23, 59, 59)) * TICKS)


class QueryIndex:
    """The bounds of every event, and the structures built from them on demand."""

    __slots__ = (
        "_events",
        "_mark",
        "_pairs",
        "_pending",
        "_solver",
        "_sorted",
        "_waiting",
        "ee",
        "es",
        "le",
        "ls",
    )

    def __init__(
        self,
        events: Sequence[Event],
        es: array[int],
        ls: array[int],
        ee: array[int],
        le: array[int],
        solver: Solver,
    ) -> None:
        self._events = events
        self.es, self.ls, self.ee, self.le = es, ls, ee, le
        self._pairs: dict[str, Dominance] = {}
        self._sorted: dict[str, Sorted] = {}
        self._solver = solver
        self._mark = solver.mark()
        # The start point (2i + 1) of each event i whose bounds may have moved since its
        # columns were read, and that the structures built may not have in place: it
        # *waits*. The columns of the other events are their current bounds.
        self._waiting: set[int] = set()
        # None, or the waiting events' start points, and their current bounds in the columns
        # read since the latest change (the column a query tests first), in that order.
        self._pending: tuple[list[int], dict[str, list[int]]] | None = None

    @classmethod
    def build(cls, state: State) -> QueryIndex:
        """The index of a timeline's solved bounds (open bounds as ±infinity)."""
        lows, ups = state.solver.all_bounds()
        n = len(state.events)
        # Event i has its start at point 2i + 1 and its end at 2i + 2; every bound at once
        # (one pass over the labels each way: cheaper than gathering each column's points).
        starts, ends = slice(start_point(0), end_point(n - 1), 2), slice(end_point(0), None, 2)
        # Bounds in machine integers: reading and writing them touches no Python object.
        es = array("q", _dated(lows[starts], -INF))
        ee = array("q", _dated(lows[ends], -INF))
        ls = array("q", _dated(ups[starts], INF))
        le = array("q", _dated(ups[ends], INF))
        return cls(state.events, es, ls, ee, le, state.solver)

    def refresh(self, state: State) -> bool:
        """Bring the index up to date with ``state``: the events whose bounds moved wait,
        and some of the events waiting are put in place in the structures (see
        :meth:`_fold`); False if it must be built anew (after a full re-solve)."""
        solver = state.solver
        changed = solver.changed_since(self._mark) if solver is self._solver else None
        if changed is None:
            return False
        n, known = len(state.events), len(self.es)
        if not changed and n == known:  # nothing moved: only put waiting events in place
            if self._waiting:
                self._fold(FOLD)
            return True
        # Event i has its start at point 2i + 1 and its end at 2i + 2: (p - 1) | 1 is the
        # start point of the event of point p (and -1 for the origin, point 0).
        moved = {(p - 1) | 1 for p in changed}
        moved.discard(-1)
        if n > known:
            # An added event's bounds are all read: each moves from "none yet".
            moved.update(range(start_point(known), start_point(n), 2))
            for bounds in (self.es, self.ls, self.ee, self.le):
                bounds.extend([-INF] * (n - known))
        self._waiting |= moved
        self._pending = None
        self._events = state.events
        self._mark = solver.mark()
        self._fold(FOLD - len(moved))
        return True

    def _read(self, name: str, starts: Sequence[int]) -> list[int]:
        """Column ``name`` of the events whose start points are ``starts``, read off the
        solution."""
        return _column(self._solver, name, starts)

    def _read_all(self, starts: Sequence[int]) -> None:
        """Every column of the events whose start points are ``starts``, read off the
        solution and written."""
        self._write(starts, {name: self._read(name, starts) for name in _COLUMNS})

    def _current(self, name: str) -> tuple[list[int], list[int]]:
        """The waiting events' start points and their current bounds in column ``name``
        (read by the first call that asks for it after a change)."""
        if self._pending is None:
            self._pending = (list(self._waiting), {})
        starts, columns = self._pending
        values = columns.get(name)
        if values is None:
            values = columns[name] = self._read(name, starts)
        return starts, values

    def _fresh(self, items: Iterable[int]) -> None:
        """The columns of the events of ``items`` that wait, read (they still wait)."""
        waiting = self._waiting
        if not waiting:
            return
        starts = [s for s in map(start_point, items) if s in waiting]
        if starts:
            self._read_all(starts)

    def _write(self, starts: Sequence[int], columns: dict[str, list[int]]) -> None:
        """Column ``name`` of the event of ``starts[j]`` is now ``columns[name][j]``."""
        for name, values in columns.items():
            bounds = self._bounds(name)
            for s, value in zip(starts, values, strict=True):
                bounds[s >> 1] = value

    def _flush(self) -> None:
        """Every column of every event read (a structure is laid out from them)."""
        if self._waiting:
            self._read_all(list(self._waiting))
            if not self._pairs and not self._sorted:
                self._waiting.clear()  # no structure to put them in place in
                self._pending = None

    def _fold(self, budget: int) -> None:
        """Put waiting events where their bounds now belong in each structure built (their
        columns read), at most ``budget`` moves of one event in one structure."""
        waiting = self._waiting
        built = len(self._pairs) + len(self._sorted)
        if not waiting or not built:
            return
        if len(waiting) > max(_WAITING_FLOOR, len(self.es) // _WAITING_SHARE):
            # So much waiting that laying each structure out afresh (by the next query that
            # needs it, which reads the bounds of the events waiting first) costs less.
            self._pairs.clear()
            self._sorted.clear()
            return
        count = min(len(waiting), budget // built)
        if count <= 0:
            return
        if self._pending is None:
            self._pending = (list(waiting), {})
        starts, known = self._pending
        tail = starts[-count:]
        columns = {
            name: known[name][-count:] if name in known else self._read(name, tail)
            for name in _COLUMNS
        }
        self._write(tail, columns)
        items = [s >> 1 for s in tail]
        for name, index in self._sorted.items():
            index.set_many(items, columns[name])
        for name, pair in self._pairs.items():
            a_name, a_sign, b_name, b_sign = _PAIRS[name]
            a, b = columns[a_name], columns[b_name]
            pair.set_many(items, _signed(a, a_sign), _signed(b, b_sign))
        del starts[-count:]
        for values in known.values():
            del values[-count:]
        waiting.difference_update(tail)

    def _bounds(self, name: str) -> array[int]:
        bounds: array[int] = getattr(self, name)
        return bounds

    def _pair(self, name: str) -> Dominance:
        pair = self._pairs.get(name)
        if pair is None:
            a_name, a_sign, b_name, b_sign = _PAIRS[name]
            self._flush()
            a, b = self._bounds(a_name), self._bounds(b_name)
            pair = self._pairs[name] = Dominance(_signed(a, a_sign), _signed(b, b_sign))
            _traced()
        return pair

    def _one(self, name: str) -> Sorted:
        index = self._sorted.get(name)
        if index is None:
            self._flush()
            index = self._sorted[name] = Sorted(self._bounds(name))
            _traced()
        return index

    def between(self, lo: int, hi: int, certainty: Certainty) -> list[Event]:
        """Events inside ``[lo, hi]`` (ticks): certainly, or possibly."""
        if certainty is Certainty.CERTAIN:
            ids = self._pair("within").query(-lo, -hi)
            return self._answer(ids, ("es", lo, INF), ("le", -INF, hi))
        ids = self._pair("within?").query(hi, lo)
        return self._answer(ids, ("ee", -INF, hi), ("ls", lo, INF))

    def before(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events over by ``moment`` (ticks)."""
        name = "le" if certainty is Certainty.CERTAIN else "ee"
        return self._answer(self._one(name).at_most(moment), (name, -INF, moment))

    def after(self, moment: int, certainty: Certainty) -> list[Event]:
        """Events that start at ``moment`` (ticks) or later."""
        name = "es" if certainty is Certainty.CERTAIN else "ls"
        return self._answer(self._one(name).at_least(moment), (name, moment, INF))

    def overlapping(self, lo: int | None, hi: int | None, certainty: Certainty) -> list[Event]:
        """Events that share time with ``[lo, hi)`` (open ends allowed)."""
        p = INF if hi is None else hi - 1
        q = -INF if lo is None else lo + 1
        name = "overlap" if certainty is Certainty.CERTAIN else "overlap?"
        a_name, _, b_name, _ = _PAIRS[name]
        return self._answer(self._pair(name).query(p, q), (a_name, -INF, p), (b_name, q, INF))

    def events(self) -> Sequence[Event]:
        """The events the index holds, by their index in the timeline."""
        return self._events

    def key(self, i: int) -> tuple[int, int, int, int, int]:
        """The display order of event ``i``: by its bounds, then the order added (read
        where stale: see :meth:`in_order`)."""
        return (self.es[i], self.ls[i], self.ee[i], self.le[i], i)

    def in_order(self, ids: list[int]) -> list[Event]:
        """The events of ``ids`` in display order (:meth:`key`)."""
        self._fresh(ids)
        events = self._events
        return [events[i] for i in sorted(ids, key=self.key)]

    def _answer(self, ids: list[int], *tests: _Test) -> list[Event]:
        """The events of ``ids`` (from a structure) but those waiting, and the waiting
        events whose current bounds pass every test ``(column, low, high)``, in display
        order: the first test on all of them, each other on those that passed."""
        if self._waiting:
            waiting = self._waiting
            ids = [i for i in ids if start_point(i) not in waiting]
            (name, low, high), *rest = tests
            starts, values = self._current(name)
            found = [s for s, v in zip(starts, values, strict=True) if low <= v <= high]
            for name, low, high in rest:
                values = self._read(name, found)
                found = [s for s, v in zip(found, values, strict=True) if low <= v <= high]
            ids += [s >> 1 for s in found]
        # Only the events found are put in order: no rank of every event to compute first,
        # which after a change that moved most bounds would cost as much as the index.
        return self.in_order(ids)


def _traced() -> None:
    """Let the garbage collector trace a structure just laid out, now.

    A structure holds two lists of one code per event and some n / 512 lists of codes, all
    new: the collector traces every new container at its next young collection, which would
    fall in whatever call next crosses its threshold (at 100,000 events, a few ms on the
    first query after a change, or on an unrelated change). Collected here, by the query
    that lays the structure out (a one-off O(n log n)), the two young generations hand it
    to the oldest, which only a full collection traces. Nothing happens if the collector is
    disabled."""
    if gc.isenabled():
        gc.collect(1)


def _column(solver: Solver, name: str, starts: Sequence[int]) -> list[int]:
    """Column ``name`` of the events whose start points are ``starts``, read off the
    solution: the bound where a date can name it, else -INF for a lower bound and INF for an
    upper one (open)."""
    of_start, lower = _COLUMNS[name]
    points = starts if of_start else list(map(add, starts, repeat(1)))
    if lower:
        return solver.lowers_of(points, within=_DATED, otherwise=-INF)
    return solver.uppers_of(points, within=_DATED, otherwise=INF)


def _signed(values: Sequence[int], sign: int) -> Sequence[int]:
    """``values`` times ``sign`` (1 or -1)."""
    return values if sign > 0 else list(map(neg, values))


def _dated(values: list[int | None], otherwise: int) -> list[int]:
    """Each bound where a date can name it, else ``otherwise`` (as :func:`_column` reads
    them one column at a time)."""
    low, high = _DATED
    return [v if v is not None and low <= v <= high else otherwise for v in values]


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
    return index.in_order(found)


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
