"""Laws of Timeline: bounds, conflicts, three-valued answers, incrementality, persistence.

The brute force here (Floyd–Warshall over every pair of points) is for tests only: it is
exact and cubic, so networks stay at 25 events or fewer.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given, strategies as st

from chronos import Certainty, Span, Timeline
from chronos.time import _calendar as cal
from chronos.timeline._compile import edges as compile_edges, span_edges_of
from chronos.timeline._network import ORIGIN, TICKS, consistent, end_point, plus, start_point
from chronos.timeline._relations import compile_relation, resolve_relation

REFERENCE = datetime(2025, 1, 1)
ORIGIN_DAY = datetime(2024, 1, 1)
DAY = 86400
#: Relations a ground truth is tested against, and whether each holds for (a, b).
RELATIONS = ("before", "after", "meets", "during", "contains", "overlaps", "starts", "equals")

Truth = tuple[int, int]  # start and end, in seconds since ORIGIN_DAY
Call = tuple[str, tuple[object, ...], dict[str, object]]
Case = tuple[list[tuple[Truth, bool]], list[Call]]


@st.composite
def truths(draw: st.DrawFn, *, max_events: int = 8) -> list[tuple[Truth, bool]]:
    """Events of a ground truth: (start, end) in seconds, and whether each is an instant."""
    n = draw(st.integers(min_value=2, max_value=max_events))
    events = []
    for _ in range(n):
        start = draw(st.integers(min_value=0, max_value=60)) * DAY + draw(
            st.sampled_from((0, 3600, 43200))
        )
        instant = draw(st.booleans()) and draw(st.booleans())
        length = 0 if instant else draw(st.sampled_from((3600, DAY, 3 * DAY, 10 * DAY)))
        events.append(((start, start + length), instant))
    return events


def holds(relation: str, a: Truth, b: Truth) -> bool:
    """Whether ``relation`` holds between two true intervals (closures, as compiled)."""
    (as_, ae), (bs, be) = a, b
    return {
        "before": ae <= bs,
        "after": be <= as_,
        "meets": ae == bs,
        "during": bs <= as_ and ae <= be,
        "contains": as_ <= bs and be <= ae,
        "overlaps": as_ <= bs <= ae <= be,
        "starts": as_ == bs and ae <= be,
        "equals": as_ == bs and ae == be,
    }[relation]


def at(seconds: int) -> datetime:
    """The datetime ``seconds`` after ORIGIN_DAY."""
    return ORIGIN_DAY + timedelta(seconds=seconds)


@st.composite
def true_timelines(draw: st.DrawFn, *, max_events: int = 8) -> Case:
    """A ground truth and claims it satisfies: dates around events, relations, gaps."""
    events = draw(truths(max_events=max_events))
    calls: list[Call] = []
    for i, ((s, e), _) in enumerate(events):
        if draw(st.booleans()):
            first = s // DAY
            last = max(first, (e - 1) // DAY) + draw(st.integers(min_value=0, max_value=3))
            span = Span.between(at(first * DAY), at((last + 1) * DAY))
            calls.append(("relate", (f"e{i}", "during", span), {}))
    pairs = draw(st.integers(min_value=0, max_value=2 * len(events)))
    for _ in range(pairs):
        i = draw(st.integers(min_value=0, max_value=len(events) - 1))
        j = draw(st.integers(min_value=0, max_value=len(events) - 1))
        if i == j:
            continue
        a, b = events[i][0], events[j][0]
        true = [r for r in RELATIONS if holds(r, a, b)]
        if not true:
            continue
        relation = draw(st.sampled_from(true))
        kwargs: dict[str, object] = {}
        if relation == "before" and draw(st.booleans()):
            gap = b[0] - a[1]
            kwargs["gap"] = draw(
                st.sampled_from(
                    (
                        f"at least {gap // DAY} days",
                        f"within {gap // DAY + 1} days",
                        timedelta(seconds=gap),
                    )
                )
            )
        calls.append(("relate", (f"e{i}", relation, f"e{j}"), kwargs))
    return events, calls


def build(events: list[tuple[Truth, bool]], calls: list[Call]) -> Timeline:
    """The timeline of the events and claims, made through the public API."""
    tl = Timeline(reference=REFERENCE)
    for i, (_, instant) in enumerate(events):
        tl.add(f"e{i}", instant=instant)
    for _, args, kwargs in calls:
        tl.relate(*args, **kwargs)  # type: ignore[arg-type]
    return tl


def all_pairs(tl: Timeline) -> list[list[int | None]]:
    """Floyd–Warshall over every active edge: the brute-force minimal network (ticks: bound
    codes, joined by ``plus``, strict if any edge on the way is)."""
    solver = tl._solver
    n = solver.point_count
    dist: list[list[int | None]] = [[None] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for claim_number in range(len(tl._claims)):
        if not solver.is_active(claim_number):
            continue
        for u, v, w in solver.edges_of(claim_number):
            old = dist[u][v]
            dist[u][v] = w if old is None else min(old, w)
    for k in range(n):
        dk = dist[k]
        for i in range(n):
            dik = dist[i][k]
            if dik is None:
                continue
            di = dist[i]
            for j in range(n):
                dkj = dk[j]
                if dkj is not None and (di[j] is None or plus(dik, dkj) < di[j]):  # type: ignore[operator]
                    di[j] = plus(dik, dkj)
    return dist


@given(true_timelines())
def test_ground_truth_lies_within_bounds(case: Case) -> None:
    """Claims made from a ground truth never exclude it: it lies inside every window."""
    events, calls = case
    tl = build(events, calls)
    assert tl.conflicts == []
    for i, ((s, e), _) in enumerate(events):
        b = tl.when(f"e{i}")
        for lo, hi, value in (
            (b.earliest_start, b.latest_start, s),
            (b.earliest_end, b.latest_end, e),
        ):
            moment = at(value)
            assert lo is None or lo <= moment
            assert hi is None or moment <= hi


@given(true_timelines(max_events=25))
def test_bounds_equal_brute_force_all_pairs(case: Case) -> None:
    """Every bound equals the all-pairs shortest path from or to the origin."""
    events, calls = case
    tl = build(events, calls)
    dist = all_pairs(tl)
    solver = tl._solver
    for point in range(1, solver.point_count):
        up, down = dist[ORIGIN][point], dist[point][ORIGIN]
        assert solver.upper(point) == up
        assert solver.lower(point) == (None if down is None else -down)


@given(true_timelines(max_events=12))
def test_the_chronology_never_puts_an_event_after_one_it_certainly_precedes(case: Case) -> None:
    """ordered() is a linear extension of the certain order: no event is listed after an
    event that it certainly ends before, unless that one certainly ends before it too (two
    instants at one time). Ties of latest times, which a chain of strict links makes common,
    are broken by the links; starts bound to one time (an instant that meets an event), by
    the ends."""
    events, calls = case
    tl = build(events, calls)
    entries = tl.ordered().entries
    names = [entry.event.name for entry in entries]
    for i, first in enumerate(names):
        for later in names[i + 1 :]:
            if tl.relation(later, "before", first) is Certainty.CERTAIN:
                assert tl.relation(first, "before", later) is Certainty.CERTAIN


def flags_follow_entailment(tl: Timeline) -> None:
    """Each entry's ``certainly_after_previous`` is what the engine says, one pair at a time,
    of the previous event's end and the entry's start (bounds, trees, then a search)."""
    entries = tl.ordered().entries
    index = {event.name: i for i, event in enumerate(tl.events)}
    for previous, entry in pairwise(entries):
        before = end_point(index[previous.event.name])
        after = start_point(index[entry.event.name])
        assert entry.certainly_after_previous is tl._solver.entails(after, before, 0), entry


@given(true_timelines(max_events=12))
def test_the_chronology_says_certainly_after_exactly_when_the_claims_entail_it(
    case: Case,
) -> None:
    """ordered() marks an event certainly after the previous one exactly when the claims
    entail that the previous one is over when it starts: the pairs it settles without a
    search (both schedules, the bounds, the ranks, the links tight in the latest schedule)
    are settled as a search would settle them."""
    events, calls = case
    flags_follow_entailment(build(events, calls))


@st.composite
def undated_timelines(draw: st.DrawFn) -> Timeline:
    """Events with no date at all, their lengths bounded and their gaps measured both ways
    (at least so long, within so long): every latest and earliest time is the horizon's, and
    the order the claims entail rests on the sums of those lengths and gaps alone."""
    events = draw(truths(max_events=7))
    tl = Timeline(reference=REFERENCE)
    for i, ((s, e), instant) in enumerate(events):
        if instant or not draw(st.booleans()):
            tl.add(f"e{i}", instant=instant)
            continue
        days = -(-(e - s) // DAY)
        tl.add(
            f"e{i}", duration=draw(st.sampled_from((f"at most {days} days", f"{e - s} seconds")))
        )
    for _ in range(draw(st.integers(min_value=1, max_value=2 * len(events)))):
        i = draw(st.integers(min_value=0, max_value=len(events) - 1))
        j = draw(st.integers(min_value=0, max_value=len(events) - 1))
        (a, b) = events[i][0], events[j][0]
        true = [r for r in RELATIONS if i != j and holds(r, a, b)]
        if not true:
            continue
        relation = draw(st.sampled_from(true))
        gap = b[0] - a[1]
        if relation == "before" and gap >= DAY and draw(st.booleans()):
            kind = draw(st.sampled_from(("at least", "within")))
            days = gap // DAY if kind == "at least" else -(-gap // DAY)
            tl.relate(f"e{i}", relation, f"e{j}", gap=f"{kind} {days} days")
        else:
            tl.relate(f"e{i}", relation, f"e{j}")
    return tl


@given(undated_timelines())
def test_the_chronology_of_undated_events_follows_the_lengths_and_gaps_claimed(
    tl: Timeline,
) -> None:
    """With no date anywhere, ordered() is still a linear extension of the certain order: an
    order entailed by a path of longer and shorter gaps ("w finishes x, x lasts at most 3
    days, y at least 5 days before w") keeps its events in that order. A rule that gave up
    the seconds of times only the horizon bounds (all of them, here) would tie every point
    and lose it. Two events each certainly before the other (two instants at one time) may
    come in either order."""
    assert tl.conflicts == []
    names = [entry.event.name for entry in tl.ordered().entries]
    for i, first in enumerate(names):
        for later in names[i + 1 :]:
            if tl.relation(later, "before", first) is Certainty.CERTAIN:
                assert tl.relation(first, "before", later) is Certainty.CERTAIN, (later, first)


@given(undated_timelines())
def test_with_no_date_the_chronology_says_certainly_after_as_the_claims_do(
    tl: Timeline,
) -> None:
    """With no date anywhere (every latest time the horizon's: every pair tied, and every
    link tight or not by its lengths and gaps alone), the marks of ordered() are still
    exactly what the claims entail."""
    flags_follow_entailment(tl)


@st.composite
def tangled_timelines(draw: st.DrawFn) -> Timeline:
    """A few dated events and random relations, often contradictory."""
    tl = Timeline(reference=REFERENCE)
    n = draw(st.integers(min_value=2, max_value=6))
    for i in range(n):
        tl.add(f"e{i}", instant=draw(st.booleans()))
        if draw(st.booleans()):
            day = draw(st.integers(min_value=0, max_value=20))
            tl.relate(f"e{i}", "during", Span.day(2024, 1, 1 + day))
    for _ in range(draw(st.integers(min_value=1, max_value=3 * n))):
        i, j = draw(st.sampled_from([(i, j) for i in range(n) for j in range(n) if i != j]))
        relation = draw(st.sampled_from(RELATIONS))
        confidence = draw(st.sampled_from((1.0, 0.5)))
        tl.relate(f"e{i}", relation, f"e{j}", confidence=confidence)
    return tl


@given(tangled_timelines())
def test_conflict_is_a_negative_cycle_consistent_without_any_one_constraint(tl: Timeline) -> None:
    """Each conflict is a simple negative cycle; dropping any one of its edges lifts it."""
    report = tl._solver.ensure_solved()
    for found in report.conflicts:
        cycle = [(e.u, e.v, e.weight) for e in found.edges]
        assert sum(w for _, _, w in cycle) < 0
        for (_, v, _), (u, _, _) in zip(cycle, cycle[1:] + cycle[:1], strict=True):
            assert v == u
        assert not consistent(cycle)
        for k in range(len(cycle)):
            assert consistent(cycle[:k] + cycle[k + 1 :])
    # What remains once the weakest claims are set aside is consistent.
    dist = all_pairs(tl)
    assert all((dist[i][i] or 0) >= 0 for i in range(len(dist)))
    assert len(tl.conflicts) == len(report.conflicts)


@given(true_timelines(), st.randoms(use_true_random=False))
def test_adding_one_by_one_equals_adding_at_once_in_any_order(
    case: Case, rng: random.Random
) -> None:
    """Solving between claims, in any order, ends with the bounds of one batch solve."""
    events, calls = case
    batch = build(events, calls)
    shuffled = list(calls)
    rng.shuffle(shuffled)
    step = Timeline(reference=REFERENCE)
    for i, (_, instant) in enumerate(events):
        step.add(f"e{i}", instant=instant)
        step.when(f"e{i}")
    for _, args, kwargs in shuffled:
        step.relate(*args, **kwargs)  # type: ignore[arg-type]
        step.when(str(args[0]))
    assert [step.when(f"e{i}") for i in range(len(events))] == [
        batch.when(f"e{i}") for i in range(len(events))
    ]
    solver_a, solver_b = step._solver, batch._solver
    for point in range(solver_a.point_count):
        assert (solver_a.lower(point), solver_a.upper(point)) == (
            solver_b.lower(point),
            solver_b.upper(point),
        )


@given(
    true_timelines(max_events=6),
    st.sampled_from((*RELATIONS, "since", "until", "by", "as of", "the following day")),
    st.data(),
)
def test_three_valued_answers_agree_with_brute_force(
    case: Case, relation: str, data: st.DataObject
) -> None:
    """CERTAIN iff every atom is entailed; IMPOSSIBLE iff the atoms admit no solution."""
    events, calls = case
    tl = build(events, calls)
    n = len(events)
    i = data.draw(st.integers(min_value=0, max_value=n - 1))
    target: str | Span
    if data.draw(st.booleans()):
        j = data.draw(st.integers(min_value=0, max_value=n - 1).filter(lambda j: j != i))
        target = f"e{j}"
    else:
        day = data.draw(st.integers(min_value=0, max_value=70))
        target = Span.day(2024, 1, 1).shift(days=day)
    answer = tl.relation(f"e{i}", relation, target)

    spec = resolve_relation(relation)
    points = (start_point(i), end_point(i))
    if isinstance(target, Span):
        atoms = span_edges_of(spec.name, spec.atoms, points, target)
    else:
        j = int(target[1:])
        atoms = compile_edges(compile_relation(spec, None), points, (start_point(j), end_point(j)))
    if spec.ongoing:
        atoms.append((points[1], ORIGIN, -cal.to_seconds(datetime(2025, 1, 2)) * TICKS))
    dist = all_pairs(tl)
    certain = all(dist[u][v] is not None and dist[u][v] <= w for u, v, w in atoms)  # type: ignore[operator]
    network = [
        (u, v, w)
        for u in range(len(dist))
        for v in range(len(dist))
        if u != v and (w := dist[u][v]) is not None
    ]
    possible = consistent(network + atoms)
    expected = Certainty.of(certain=certain, possible=possible)
    assert answer is expected


@given(tangled_timelines(), st.sampled_from((None, 2)))
def test_json_round_trip_is_the_identity(tl: Timeline, indent: int | None) -> None:
    """Reading back what to_json wrote gives the same document and the same answers."""
    text = tl.to_json(indent=indent)
    back = Timeline.from_json(text)
    assert back.to_json(indent=indent) == text
    assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
    assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]


@given(
    true_timelines(max_events=10),
    st.sampled_from(RELATIONS),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=1, max_value=9),
)
def test_the_first_relation_after_a_solve_needs_no_numbered_trees(
    case: Case, relation: str, first: int, step: int
) -> None:
    """The first relation() after a solve, and those after it, answer alike whether the
    trees of the solution are walked (as they are until many questions were asked) or were
    numbered before the first question."""
    events, calls = case
    walked, numbered = build(events, calls), build(events, calls)
    numbered._solver.ensure_solved()
    net = numbered._solver._net
    solution = net._current()
    solution.walked = -1  # no walks: the next question numbers the trees
    net.proves(start_point(0), end_point(0), 0)
    assert solution.trees is not None
    n = len(events)
    i = first % n
    j = (i + step) % n or (1 if i == 0 else 0)
    for a, b in ((i, j), (j, i), (i, (j + 1) % n)):
        if a != b:
            assert walked.relation(f"e{a}", relation, f"e{b}") is numbered.relation(
                f"e{a}", relation, f"e{b}"
            )
    assert walked._solver._net._current().trees is None
