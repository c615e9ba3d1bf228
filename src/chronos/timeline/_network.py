"""The timeline's view of the STN engine: event points, claim ids, entailment, a schedule.

:mod:`chronos.timeline.stn` solves the network (bounds, negative cycles and their repair,
incremental adds, explanation chains, A* distance queries). This module adds what a
timeline needs on top of it and the engine does not offer:

- the layout of points: the origin (time zero on the calendar axis) is point 0, event ``i``
  has its start at ``2i + 1`` and its end at ``2i + 2``;
- exact three-valued answers for a conjunction of atoms: entailment atom by atom, and
  consistency by projecting the minimal network onto the few points involved (an STN is
  decomposable, so a consistent assignment of those points extends to a full solution);
- the latest schedule (every point at its latest time, the horizon included: the solved
  upper bounds), which is itself a solution, used to order events: ties in it are broken by
  the graph of tight edges, so that the order is a linear extension of every entailed
  precedence;
- a tiny Bellman–Ford for checking a handful of edges (a conflict with one claim replaced).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from itertools import compress, repeat
from operator import add, and_, eq, lt, mul, ne, or_, sub, truth
from typing import Final

from chronos.errors import InvalidArgumentError
from chronos.time import Bounds, Window, calendar as cal
from chronos.timeline.stn import (
    Edge,
    Network,
    Snapshot,
    SolveReport,
    Weakness,
    components,
    gather,
)

__all__ = [
    "bounds_of_events",
    "HORIZON",
    "ORIGIN",
    "TICKS",
    "Solver",
    "ceil_seconds",
    "consistent",
    "end_point",
    "floor_seconds",
    "gather",
    "plus",
    "seconds_of",
    "start_point",
    "weights_of",
    "window_of",
]

#: The origin point: time zero of the calendar axis (0001-01-01T00:00).
ORIGIN: Final = 0
#: Ticks per second: the network's weights and bounds are *bound codes* (see
#: :mod:`chronos.timeline.stn`), ``2 * s`` for "at most ``s`` seconds" and ``2 * s - 1`` for
#: "less than ``s`` seconds", so that an event that takes time can be said to take *some*
#: time — its end strictly after its start — while every bound stays a whole number of
#: seconds. Strictness is a flag, not an amount: a chain of strict links ("a before b before
#: c") gives one strict bound, not a bound a tick lower per link. Rounded outward to the
#: second (:func:`floor_seconds`, :func:`ceil_seconds`), a code is the second it names.
TICKS: Final = 2
#: Every point lies within this many ticks of the origin (2**39 seconds, about 17,000 years),
#: beyond anything the calendar can name, so a bound that only the horizon gives is no bound.
HORIZON: Final = 2**40
#: The last second of the calendar, in ticks.
_MAX_TICKS: Final = cal.to_seconds(datetime(9999, 12, 31, 23, 59, 59)) * TICKS


def floor_seconds(ticks: int) -> int:
    """The whole second at or before ``ticks``: an earliest time, rounded outward."""
    return ticks // TICKS


def ceil_seconds(ticks: int) -> int:
    """The whole second at or after ``ticks``: a latest time, rounded outward."""
    return -(-ticks // TICKS)


def seconds_of(weights: Sequence[int]) -> tuple[list[int], bytes]:
    """Weights as a document writes them, in bulk: each bound in whole seconds (rounded up)
    and a byte per weight, 1 where the bound itself is excluded (strict). A document never
    holds the network's own units."""
    bounds = [-(-w // TICKS) for w in weights]
    return bounds, bytes(map(ne, map(TICKS.__mul__, bounds), weights))


def weights_of(bounds: Sequence[int], strict: bytes | bytearray) -> list[int]:
    """The network's weights of bounds in whole seconds, strict where ``strict`` has a 1 (the
    inverse of :func:`seconds_of`), in bulk."""
    return list(map(sub, map(TICKS.__mul__, bounds), strict))


def plus(a: int, b: int) -> int:
    """The bound of ``t_v - t_u`` from ``t_w - t_u`` bounded by ``a`` and ``t_v - t_w`` by ``b``
    (codes): the seconds add up, strict if either is.

    >>> plus(2 * 3 - 1, 2 * 4 - 1), plus(2 * 3, 2 * 4 - 1), plus(2 * 3, 2 * 4)
    (13, 13, 14)
    """
    return a + b + (a & b & 1)


Atom = tuple[int, int, int]  # (u, v, w): t_v - t_u <= w


def start_point(index: int) -> int:
    """The point of the start of event ``index``."""
    return 2 * index + 1


def end_point(index: int) -> int:
    """The point of the end of event ``index``."""
    return 2 * index + 2


class Solver:
    """An STN of event endpoints whose constraint ids are claim numbers."""

    __slots__ = ("_claims", "_held", "_net", "_solved", "_weakness", "_withdrawn")

    def __init__(self, weakness: Weakness) -> None:
        self._net = Network(coded=True)
        self._net.add_point()
        # Which claim numbers have edges in the engine (a claim about an open end of a span
        # may have none); the engine keeps the edges themselves.
        self._claims = bytearray()
        self._weakness = weakness
        self._solved = False
        # Claims suspended (their edges disabled in the engine), and claims withdrawn for good
        # with how many edges each had (the engine keeps the ids of removed edges).
        self._held: set[int] = set()
        self._withdrawn: dict[int, int] = {}

    @property
    def network(self) -> Network:
        """The engine underneath."""
        return self._net

    @property
    def point_count(self) -> int:
        """Points, the origin included."""
        return self._net.point_count

    def add_event(self) -> None:
        """Add the two points of one more event."""
        self._net.add_points(2)

    def add_claim(self, cid: int, atoms: Iterable[Atom]) -> None:
        """Add every edge of claim ``cid`` (propagated at once if the network is solved)."""
        claims = self._claims
        if len(claims) <= cid:
            claims.extend(bytes(cid + 1 - len(claims)))
        for u, v, w in atoms:
            claims[cid] = 1
            self._net.add_constraint(u, v, w, cid)

    def add_claims(
        self,
        us: Sequence[int],
        vs: Sequence[int],
        ws: Sequence[int],
        counts: Sequence[int],
        *,
        checked: bool = False,
    ) -> None:
        """Add many edges at once: ``counts[k]`` of them, in order, for claim ``k`` = 0, 1, …;
        edge ``j`` is ``(us[j], vs[j], ws[j])`` (the network not solved, and no claim added
        yet: a timeline being read). ``checked``: every point is known to be one of the
        network's (a document read checks them)."""
        if self._claims:
            raise InvalidArgumentError("claims", len(self._claims), "must be added first")
        self._net.add_runs(us, vs, ws, counts, checked=checked)
        self._claims.extend(map(truth, counts))

    def edge_arrays(self) -> tuple[Sequence[int], Sequence[int], Sequence[int], Sequence[int]]:
        """Every edge ever added as (tails, heads, weights, claim numbers), by edge id: the
        edges of each claim together, claims in the order they were added."""
        return self._net.edge_arrays()

    @property
    def solves(self) -> int:
        """How many full solves ran (see :attr:`Network.solves`)."""
        return self._net.solves

    def snapshot(self) -> Snapshot:
        """The solution as plain data, its bounds in whole seconds (rounded outward, flagged
        where that moved them), solving first if nothing was asked yet; each edge named by
        its place among the edges still held (:meth:`edge_arrays`)."""
        self.ensure_solved()
        snap = self._net.snapshot(unit=TICKS)
        if not self._withdrawn:
            return snap
        place = self._places()

        def ref(r: int | tuple[int, int]) -> int | tuple[int, int]:
            return r if isinstance(r, tuple) else place[r]

        return replace(
            snap,
            latest_by=[place[e] if e >= 0 else e for e in snap.latest_by],
            earliest_by=[place[e] if e >= 0 else e for e in snap.earliest_by],
            conflicts=[([ref(r) for r in refs], cid) for refs, cid in snap.conflicts],
        )

    def _places(self) -> array[int]:
        """The place of every edge id among the edges still held (-1 for one withdrawn): the
        edges of each claim are together, claims in the order they were added."""
        cids = self.edge_arrays()[3]
        gone = sorted(self._withdrawn.items())
        place = array("q")
        k = 0
        for held, cid in enumerate(cids):
            while k < len(gone) and gone[k][0] < cid:
                place.extend([-1] * gone[k][1])
                k += 1
            place.append(held)
        for _, count in gone[k:]:
            place.extend([-1] * count)
        return place

    def adopt(self, snapshot: Snapshot) -> bool:
        """Take a written solution instead of solving, if it checks; see :meth:`Network.adopt`."""
        if self._solved or snapshot.horizon != HORIZON or snapshot.origin != ORIGIN:
            return False  # a solution of another frame is not this timeline's
        self._solved = self._net.adopt(snapshot, weakness=self._weakness)
        return self._solved

    def edges_of(self, cid: int) -> list[Atom]:
        """The edges of claim ``cid`` as added."""
        if cid >= len(self._claims) or not self._claims[cid]:
            return []
        return [(e.u, e.v, e.weight) for e in self._net.edges(cid)]

    def ensure_solved(self) -> SolveReport:
        """Solve if nothing was solved yet; the engine keeps the solution current after that."""
        if not self._solved:
            self._solved = True
            return self._net.solve(ORIGIN, HORIZON, weakness=self._weakness)
        return self._net.report

    def is_active(self, cid: int) -> bool:
        """Whether claim ``cid`` takes part (neither set aside by a repair nor suspended)."""
        if cid >= len(self._claims) or not self._claims[cid]:
            return cid not in self._held
        return self._net.is_enabled(cid)

    def is_set_aside(self, cid: int) -> bool:
        """Whether a repair set claim ``cid`` aside (a suspended claim is not)."""
        return cid not in self._held and not self.is_active(cid)

    # -- taking claims out ---------------------------------------------------------------

    def withdraw(self, cid: int) -> None:
        """Take claim ``cid`` out for good, in place (see :meth:`Network.remove`)."""
        self._held.discard(cid)
        if cid < len(self._claims) and self._claims[cid]:
            self._withdrawn[cid] = len(self._net.edges(cid))
            self._claims[cid] = 0
            self._net.remove(cid)

    def suspend(self, cid: int) -> None:
        """Leave claim ``cid`` out until :meth:`restore`, in place (:meth:`Network.disable`)."""
        self._held.add(cid)
        if cid < len(self._claims) and self._claims[cid]:
            self._net.disable(cid)

    def restore(self, cid: int) -> None:
        """Take a suspended claim into account again, decided by the rule as if just made."""
        self._held.discard(cid)
        if cid < len(self._claims) and self._claims[cid]:
            self._net.enable(cid)

    def mark(self) -> tuple[int, int]:
        """A token for the current bounds (see :meth:`changed_since`)."""
        self.ensure_solved()
        return self._net.mark()

    def changed_since(self, mark: tuple[int, int]) -> list[int] | None:
        """The points whose bounds moved since ``mark`` (None: perhaps every point)."""
        self.ensure_solved()
        return self._net.changed_since(mark)

    # -- bounds -------------------------------------------------------------------------

    def lower(self, point: int) -> int | None:
        """The earliest time of ``point`` (ticks), None if unbounded."""
        self.ensure_solved()
        return self._net.lower(point)

    def upper(self, point: int) -> int | None:
        """The latest time of ``point`` (ticks), None if unbounded."""
        self.ensure_solved()
        return self._net.upper(point)

    def all_bounds(self) -> tuple[list[int | None], list[int | None]]:
        """Every lower and upper bound (ticks), by point."""
        self.ensure_solved()
        return self._net.bounds()

    def lowers_of(
        self, points: Sequence[int], *, within: tuple[int, int], otherwise: int
    ) -> list[int]:
        """The earliest time (ticks) of each of ``points``; ``otherwise`` where unbounded or
        outside ``within``."""
        self.ensure_solved()
        return self._net.lowers_of(points, within=within, otherwise=otherwise)

    def uppers_of(
        self, points: Sequence[int], *, within: tuple[int, int], otherwise: int
    ) -> list[int]:
        """The latest time (ticks) of each of ``points``; ``otherwise`` where unbounded or
        outside ``within``."""
        self.ensure_solved()
        return self._net.uppers_of(points, within=within, otherwise=otherwise)

    def explain_upper(self, point: int) -> tuple[Edge, ...]:
        """The chain of edges from the origin that gives ``point`` its upper bound."""
        self.ensure_solved()
        return self._net.explain_upper(point)

    def explain_lower(self, point: int) -> tuple[Edge, ...]:
        """The chain of edges to the origin that gives ``point`` its lower bound."""
        self.ensure_solved()
        return self._net.explain_lower(point)

    # -- entailment ---------------------------------------------------------------------

    def entails(self, u: int, v: int, w: int) -> bool:
        """Whether every solution has ``t_v - t_u <= w``: bounds first, then the trees of the
        solution, then one A* query."""
        self.ensure_solved()
        net = self._net
        hi, lo = net.upper(v), net.lower(u)
        if hi is not None and lo is not None and plus(hi, -lo) <= w:
            return True
        if u == v:
            return w >= 0
        if net.proves(u, v, w):
            return True
        return net.within(u, v, w)

    def admits(self, atoms: Sequence[Atom]) -> bool:
        """Whether some solution satisfies every atom (exact, by projection)."""
        self.ensure_solved()
        for u, v, w in atoms:
            # A single atom is possible unless its negation is entailed: of ``<= s`` (code
            # 2s), ``> s``, that is t_u - t_v < -s (code -2s - 1); of ``< s``, ``>= s``.
            if self.entails(v, u, -w - 1):
                return False
        if len(atoms) <= 1:
            return True
        points = sorted({ORIGIN, *(p for u, v, _ in atoms for p in (u, v))})
        index = {p: k for k, p in enumerate(points)}
        k = len(points)
        dist: list[list[int | None]] = [[None] * k for _ in range(k)]
        for i, p in enumerate(points):
            dist[i][i] = 0
            for j, q in enumerate(points):
                if i != j:
                    dist[i][j] = self._net.distance(p, q)
        for u, v, w in atoms:
            i, j = index[u], index[v]
            old = dist[i][j]
            dist[i][j] = w if old is None else min(old, w)
        return not _negative_cycle_dense(dist)

    # -- a schedule and an order --------------------------------------------------------

    def schedules(self) -> tuple[list[int], list[int]]:
        """Every point's latest and earliest time (codes, the horizon included), read off
        the solved bounds."""
        self.ensure_solved()
        return self._net.schedules()

    def entails_all(
        self,
        us: Sequence[int],
        vs: Sequence[int],
        w: int,
        *,
        apart: Sequence[bool] | None = None,
    ) -> list[bool]:
        """:meth:`entails` of every pair ``(us[k], vs[k])``, in bulk (``ordered()`` asks one
        per event): the bounds, the ranks, and a search for the pairs neither decides; a pair
        ``apart`` flags (no chain within ``w`` avoids the origin) by the bounds alone."""
        self.ensure_solved()
        return self._net.within_all(us, vs, w, apart=apart)

    def order_keys(self, latest: Sequence[int]) -> list[int]:
        """A key for every point such that the points sorted by ``(latest[p], key[p])`` are
        a linear extension of every entailed ``t_x <= t_y`` that a chain of claims gives
        without passing through the origin over a link of more than 0 seconds, points bound
        to one time sharing their key. (Two points tied in their latest time and ordered only
        through the origin, by a date each, may come in either order: their bounds decide
        them, and a caller that needs them checks the bounds first, as ``ordered()`` does
        for its marks.)

        Points are sorted by their latest times ``latest`` (an entailed ``t_x <= t_y`` gives
        ``latest[x] <= latest[y]``); points tied in it are ordered by the tight edges between
        them (an entailed ``t_x <= t_y`` between tied points is a path of tight edges from
        ``y`` to ``x``, whose points between need not be tied; with strictness a flag, ties
        are common): a point comes after every point such a path reaches, the one with the
        longest chain of points to follow it first, otherwise in the order of the points.
        The points of one component of tight edges (a cycle of them, whose points lie at
        fixed distances: tied ones at one time) share their key, so that a caller
        ordering things by two points each can break the tie by the second (an instant that
        meets an event starts with it, and goes first). Along every tight edge between points
        other than the origin the key never rises, and it falls unless both ends share a
        component: no path of tight edges leads from a point to one whose key is above its
        own. O(m + n log n).
        """
        t = latest
        n = len(t)
        us, vs, ws = self._net.live_edges()
        # The tight edges (the later end's latest time is the earlier end's plus the edge's
        # seconds, strict or not: a code of 2s or 2s - 1 weighs s), in bulk: each column
        # gathered at once (a loop over the edges that reads both ends' times costs several
        # times as much on a large network whose links are in no order of their points). An
        # entailed order between two tied points is a path of them, whose points between
        # need not be tied (an event of exactly 10 days inside one of at most 10 days starts
        # with it, through both their ends). Of the edges of the origin, only those that
        # weigh 0 seconds: the others tie no two points an edge between events would not.
        # The edges of the origin and the loops, few, are sorted out among the tight ones
        # only (an edge whose ends are both points of events has a point other than the
        # origin, 0, at each end: a product of its ends that is not 0).
        seconds = map(add, ws, map(and_, ws, repeat(1)))
        tight = list(map(eq, map(sub, gather(t, vs), gather(t, us)), seconds))
        tails = list(compress(us, tight))
        heads = list(compress(vs, tight))
        if not all(map(mul, tails, heads)) or any(map(eq, tails, heads)):
            light = map({0, -1}.__contains__, compress(ws, tight))
            inner = map(truth, map(mul, tails, heads))
            keep = list(map(and_, map(ne, tails, heads), map(or_, inner, light)))
            tails = list(compress(tails, keep))
            heads = list(compress(heads, keep))
        del tight, us, vs, ws
        # The network's ranks never rise along an edge: the tied edges are followed from the
        # highest rank down, and only those between points of one rank can close a cycle, so
        # only their points need Tarjan. An edge of the origin, whose rank says nothing,
        # leaves every point at one level (Tarjan on all the tied points, in one graph).
        level = [0] * n if not all(map(mul, tails, heads)) else self._net.ranks()
        at_tail = gather(level, tails)
        at_head = gather(level, heads)
        if any(map(lt, at_tail, at_head)):  # not a valid rank after all: one level
            at_tail = at_head = (0,) * len(tails)
        level_pairs = compress(zip(tails, heads, strict=True), map(eq, at_tail, at_head))
        # rep[p]: the first point of p's tied component; comp[p]: Tarjan's number of it among
        # the components of its level (sinks first), 0 for a point on its own.
        rep: list[int] | range = range(n)
        comp = [0] * n
        points: dict[int, int] = {}
        graph: list[list[int]] = []
        for a, b in level_pairs:
            ka = points.setdefault(a, len(points))
            if ka == len(graph):
                graph.append([])
            kb = points.setdefault(b, len(points))
            if kb == len(graph):
                graph.append([])
            graph[ka].append(kb)
        turn: Sequence[int] = at_tail
        if graph:
            numbers = components(graph)
            first = [n] * (max(numbers) + 1)
            for p, k in points.items():
                c = numbers[k]
                comp[p] = c
                if p < first[c]:
                    first[c] = p
            rep = list(rep)
            for p, k in points.items():
                rep[p] = first[numbers[k]]
            scale = max(comp) + 1
            turn = list(map(add, map(scale.__mul__, at_tail), gather(comp, tails)))
        # height[rep[p]]: the longest chain of tied components that must come after p's (of
        # tied points, the one with the most to come after it goes first: a latest time is
        # shared by a whole chain of "before" links, and the point with the most to follow it
        # is the one whose time is the most squeezed). Every tied edge leads to a level no
        # higher, and within a level to a component numbered no higher: taken from the
        # highest down, a component's height is final before its edges are followed. The
        # edges are put in that order in bulk, so that the loop reads them one after another.
        order = sorted(range(len(tails)), key=turn.__getitem__, reverse=True)
        above, below = gather(tails, order), gather(heads, order)
        if graph:
            above, below = gather(rep, above), gather(rep, below)
        height = [0] * n
        for c, d in zip(above, below, strict=True):
            if c != d:
                rise = height[c] + 1
                if rise > height[d]:
                    height[d] = rise
        # Tallest first, then by the first point of the component.
        top = max(height) + 1
        tall = height if isinstance(rep, range) else gather(height, rep)
        return list(map(add, map(n.__mul__, map(top.__sub__, tall)), rep))


def _negative_cycle_dense(dist: list[list[int | None]]) -> bool:
    k = len(dist)
    for m in range(k):
        row_m = dist[m]
        for i in range(k):
            dim = dist[i][m]
            if dim is None:
                continue
            row_i = dist[i]
            for j in range(k):
                dmj = row_m[j]
                if dmj is None:
                    continue
                cand = dim + dmj + (dim & dmj & 1)
                cur = row_i[j]
                if cur is None or cand < cur:
                    row_i[j] = cand
        if any((dist[i][i] or 0) < 0 for i in range(k)):
            return True
    return False


def consistent(edges: Iterable[Atom]) -> bool:
    """Whether a handful of edges has no negative cycle (Floyd–Warshall over bound codes: a
    cycle of strict links of zero seconds is one, though relaxing strict labels never
    lowers them around it)."""
    edge_list = list(edges)
    nodes = sorted({p for u, v, _ in edge_list for p in (u, v)})
    index = {p: k for k, p in enumerate(nodes)}
    dist: list[list[int | None]] = [[None] * len(nodes) for _ in nodes]
    for k in range(len(nodes)):
        dist[k][k] = 0
    for u, v, w in edge_list:
        old = dist[index[u]][index[v]]
        dist[index[u]][index[v]] = w if old is None else min(old, w)
    return not _negative_cycle_dense(dist)


def bounds_of_events(lows: Sequence[int | None], ups: Sequence[int | None]) -> list[Bounds]:
    """The bounds of every event from the bounds of every point (ticks, by point, the origin
    first: event ``i`` has its start at ``2i + 1`` and its end at ``2i + 2``), in bulk.

    A window met again (events in the same month) is made once, and so are bounds met
    again when few windows are (events with the same dates, or with none, as in a timeline
    with no date, where every event's are the horizon's): a :class:`~chronos.time.Bounds`
    is a frozen value, and one made per event would be as many objects to make and, once
    made, for the cyclic collector to walk. Where most windows differ, so do most bounds,
    and each event gets its own.
    """
    starts, distinct = _windows_of(lows[1::2], ups[1::2], end=False)
    ends, more = _windows_of(lows[2::2], ups[2::2], end=True)
    if 2 * min(distinct, more) > len(starts):
        return list(map(Bounds, starts, ends))
    made: dict[tuple[int, int], Bounds] = {}
    out = []
    for start, end, key in zip(
        starts, ends, zip(map(id, starts), map(id, ends), strict=True), strict=True
    ):
        bounds = made.get(key)
        if bounds is None:
            bounds = made[key] = Bounds(start, end)
        out.append(bounds)
    return out


def _windows_of(
    lows: Sequence[int | None], ups: Sequence[int | None], *, end: bool
) -> tuple[list[Window], int]:
    """``window_of`` of many bounds at once, and how many differ: a window met again
    (events in the same month) is made once, and so is each instant."""
    made: dict[tuple[int | None, int | None], Window] = {}
    out = []
    for lo, hi in zip(lows, ups, strict=True):
        key = (lo, hi)
        window = made.get(key)
        if window is None:
            window = made[key] = window_of(lo, hi, end=end)
        out.append(window)
    return out, len(made)


def window_of(lo: int | None, hi: int | None, *, end: bool) -> Window:
    """The window between two bounds in ticks, to the second.

    A start is the instant an event begins: it falls in the second its tick is in. An end is
    the instant the event is over, exclusive: at the latest it is over by the next whole
    second. Both round outward, so the window always holds the true bounds.

    A bound beyond the calendar is shown at the calendar's edge, which is still a true bound
    (an earliest time after 9999-12-31 is later than its last second; a latest time before
    0001-01-01 is earlier than its first): claims that place an event beyond the calendar
    never leave it unbounded. A bound beyond the calendar on the far side (an earliest
    time before year 1, a latest after 9999) is no bound there.
    """
    earliest = latest = None
    if lo is not None and lo >= 0:
        earliest = cal.from_seconds(floor_seconds(min(lo, _MAX_TICKS)))
    if hi is not None and hi <= _MAX_TICKS:
        latest = cal.from_seconds(max(0, ceil_seconds(hi) if end else floor_seconds(hi)))
    return Window(earliest, latest)
