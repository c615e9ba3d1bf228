"""The incremental law: whatever sequence of changes and questions a timeline goes through,
its answers equal those of a timeline built afresh from the same claims and solved at once.

A stateful test: hypothesis drives a timeline through random additions of events, dated
claims and relations (true of a hidden ground truth, or contradicting it), asking questions
in between so that every cache (bounds, the window index, the chronology, the engine's
ranks) is warm when the next change arrives. After every step, a batch timeline — the same
events and claims, replayed in order and solved once — must set aside the very same claims
(the repair is a function of the claims alone, not of when solves happened) and agree on
every bound, the chronology, every window query and relations. The claims still in use,
replayed alone, never conflict: what the repair set aside is exactly what broke the cycles.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from chronos import Certainty, Claim, Event, Span, Timeline

REFERENCE = datetime(2025, 1, 1)
ORIGIN_DAY = datetime(2024, 1, 1)
DAY = 86400
#: Relations and whether each holds between two true intervals (closures, as compiled).
HOLDS = {
    "before": lambda a, b: a[1] <= b[0],
    "equals": lambda a, b: a == b,
    "starts": lambda a, b: a[0] == b[0] and a[1] <= b[1],
    "finishes": lambda a, b: b[0] <= a[0] and a[1] == b[1],
    "after": lambda a, b: b[1] <= a[0],
    "during": lambda a, b: b[0] <= a[0] and a[1] <= b[1],
    "contains": lambda a, b: a[0] <= b[0] and b[1] <= a[1],
    "overlaps": lambda a, b: a[0] <= b[0] <= a[1] <= b[1],
    "meets": lambda a, b: a[1] == b[0],
}
WINDOWS = [Span.month(2024, m) for m in (1, 2, 3)] + [Span.year(2024)]
#: Every window query, each answering from its own structure of the window index.
WINDOW_QUERIES: list[Callable[[Timeline, Span, Certainty], list[Event]]] = [
    lambda tl, w, c: tl.between(w, w, certainty=c),
    lambda tl, w, c: tl.before(w, certainty=c),
    lambda tl, w, c: tl.after(w, certainty=c),
    lambda tl, w, c: tl.overlapping(w, certainty=c),
]


def at(day: int) -> datetime:
    """The start of day ``day`` after ORIGIN_DAY."""
    return ORIGIN_DAY + timedelta(days=day)


class Growing(RuleBasedStateMachine):
    """A timeline changed step by step, and the log to build it again in one go: the state
    and the steps the stateful laws share (each declares its own rules)."""

    def __init__(self) -> None:
        super().__init__()
        self.tl = Timeline(reference=REFERENCE)
        # ("add", name, instant) or ("relate", claim, args, kwargs), in the order they happened
        self.log: list[tuple[object, ...]] = []
        self.truth: list[tuple[int, int]] = []  # (first day, day after the last) per event

    def _add_event(self, first: int, length: int, anchor: str, confidence: float) -> None:
        """A new event, an instant (length 0) or one that takes days, perhaps dated exactly or
        within a wider span, the date perhaps less certain than the relations to come (so
        that a relation may push it aside)."""
        name = f"e{len(self.truth)}"
        self.truth.append((first, first + length))
        self.tl.add(name, instant=length == 0)
        self.log.append(("add", name, length == 0))
        if anchor != "none":
            pad = 0 if anchor == "exact" else 7
            span = Span.between(at(max(0, first - pad)), at(first + max(length, 1) + pad))
            self._relate((name, "during", span), {} if confidence == 1.0 else {"confidence": 0.7})

    def _relate(self, args: tuple[object, ...], kwargs: dict[str, object]) -> None:
        claim = self.tl.relate(*args, **kwargs)  # type: ignore[arg-type]
        self.log.append(("relate", claim, args, kwargs))


class Changes(Growing):
    """A timeline changed step by step, and the log to build it again in one go."""

    @rule(
        first=st.integers(0, 80),
        length=st.sampled_from((0, 1, 1, 2, 5, 20)),
        anchor=st.sampled_from(("none", "none", "exact", "wider")),
        confidence=st.sampled_from((1.0, 1.0, 0.7)),
    )
    def add_event(self, first: int, length: int, anchor: str, confidence: float) -> None:
        self._add_event(first, length, anchor, confidence)

    @precondition(lambda self: len(self.truth) >= 2)
    @rule(data=st.data())
    def relate_truly(self, data: st.DataObject) -> None:
        """A relation the ground truth satisfies, sometimes with a gap."""
        i, j = data.draw(st.lists(st.integers(0, len(self.truth) - 1), min_size=2, max_size=2))
        a, b = self.truth[i], self.truth[j]
        true = [r for r, test in HOLDS.items() if i != j and test(a, b)]
        if not true:
            return
        relation = data.draw(st.sampled_from(true))
        kwargs: dict[str, object] = {}
        if relation == "before" and b[0] - a[1] >= 1 and data.draw(st.booleans()):
            kwargs["gap"] = f"at least {b[0] - a[1]} days"
        self._relate((f"e{i}", relation, f"e{j}"), kwargs)

    @precondition(lambda self: len(self.truth) >= 2)
    @rule(data=st.data())
    def relate_falsely(self, data: st.DataObject) -> None:
        """Any relation at all, perhaps more confident than what it contradicts (which then
        gives way) or less: it may be set aside, or push older claims aside. A relation of
        several constraints may push weaker claims aside with its first ones and then be set
        aside itself ("equals" between an instant and an event that takes time cannot hold):
        the claims it pushed aside must come back."""
        i, j = data.draw(st.lists(st.integers(0, len(self.truth) - 1), min_size=2, max_size=2))
        if i != j:
            relation = data.draw(st.sampled_from(sorted(HOLDS)))
            confidence = data.draw(st.sampled_from((1.0, 1.0, 0.5, 0.8, 0.3)))
            kwargs: dict[str, object] = {} if confidence == 1.0 else {"confidence": confidence}
            self._relate((f"e{i}", relation, f"e{j}"), kwargs)

    @precondition(lambda self: len(self.truth) >= 1)
    @rule(data=st.data())
    def ask(self, data: st.DataObject) -> None:
        """A question, so that the solution and the caches exist when the next change comes."""
        kind = data.draw(st.sampled_from(("when", "between", "ordered", "relation")))
        if kind == "when":
            self.tl.when(f"e{data.draw(st.integers(0, len(self.truth) - 1))}")
        elif kind == "between":
            window = data.draw(st.sampled_from(WINDOWS))
            certainty = data.draw(st.sampled_from((Certainty.CERTAIN, Certainty.POSSIBLE)))
            query = data.draw(st.sampled_from(WINDOW_QUERIES))
            query(self.tl, window, certainty)
        elif kind == "ordered":
            self.tl.ordered()
        elif len(self.truth) >= 2:
            self.tl.relation("e0", "before", f"e{len(self.truth) - 1}")

    def batch(self, *, in_use_only: bool = False) -> Timeline:
        """The same events and claims (or only those still in use), replayed and solved at
        once."""
        fresh = Timeline(reference=REFERENCE)
        for entry in self.log:
            if entry[0] == "add":
                fresh.add(entry[1], instant=entry[2])  # type: ignore[arg-type]
                continue
            _, claim, args, kwargs = entry
            assert isinstance(claim, Claim)
            if not (in_use_only and self.tl.is_set_aside(claim)):
                fresh.relate(*args, **kwargs)  # type: ignore[arg-type]
        return fresh

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Every answer of the changed timeline is the batch solve's, set-aside claims
        included."""
        if not self.truth:
            return
        assert self.batch(in_use_only=True).conflicts == []
        fresh = self.batch()
        assert [c.number for c in self.tl.set_aside] == [c.number for c in fresh.set_aside]
        assert [c.set_aside.number for c in self.tl.conflicts] == [
            c.set_aside.number for c in fresh.conflicts
        ]
        names = [f"e{i}" for i in range(len(self.truth))]
        assert [self.tl.when(n) for n in names] == [fresh.when(n) for n in names]
        mine, theirs = self.tl.ordered(), fresh.ordered()
        assert [e.event.name for e in mine.entries] == [e.event.name for e in theirs.entries]
        assert mine.runs == theirs.runs
        for window in WINDOWS:
            for certainty in (Certainty.CERTAIN, Certainty.POSSIBLE):
                for query in WINDOW_QUERIES:
                    assert query(self.tl, window, certainty) == query(fresh, window, certainty)
        for a, b in itertools.pairwise(names):
            assert self.tl.relation(a, "before", b) == fresh.relation(a, "before", b)


Changes.TestCase.settings = settings(stateful_step_count=30, deadline=None)
test_incremental_answers_equal_a_batch_solve = Changes.TestCase
