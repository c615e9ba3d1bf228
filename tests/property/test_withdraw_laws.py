"""The law of claims taken back: a timeline whose claims were withdrawn, suspended and
restored, in any order and between any questions, answers as a timeline built afresh from
the claims it still holds in force, in the order they were first made.

A stateful test: hypothesis drives one timeline through random events, dated claims,
relations true of a hidden ground truth or contradicting it, withdrawals, suspensions and
restorations, asking questions in between so that the solution and every cache (the window
index, the chronology, the engine's trees and ranks) are warm when the next change comes.
After every step a batch timeline — the events, and the claims neither withdrawn nor
suspended, replayed in order and solved once — must agree on the claims in force, the claims
set aside and the conflicts, every bound and its explanation, the chronology, window
queries and relations; the timeline read back from its JSON must hold the same suspended
claims and answer as it does; and the changed timeline has still solved only once.

And anything that is not one of the timeline's claims is refused by each change, naming the
argument, with nothing changed.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.stateful import invariant, precondition, rule

from chronos import Certainty, Claim, InvalidArgumentError, Timeline
from tests.property.strategies import anything
from tests.property.test_incremental_laws import HOLDS, REFERENCE, WINDOWS, Growing


def said(claims: tuple[Claim, ...]) -> list[tuple[str, float]]:
    """Claims as said, without their numbers (a batch timeline numbers them anew)."""
    return [(c.text, c.confidence) for c in claims]


def answers(tl: Timeline, names: list[str]) -> dict[str, object]:
    """Every answer the law compares, by question, claim numbers left out."""
    chronology = tl.ordered()
    return {
        "claims": said(tl.claims),
        "set_aside": said(tl.set_aside),
        "conflicts": [str(c.set_aside) for c in tl.conflicts],
        "when": [tl.when(n) for n in names],
        "explain": [[(r.which, r.value, r.strict) for r in tl.explain(n).reasons] for n in names],
        "ordered": [e.event.name for e in chronology.entries],
        "runs": chronology.runs,
        "between": [
            tl.between(window, window, certainty=certainty)
            for window in WINDOWS
            for certainty in (Certainty.CERTAIN, Certainty.POSSIBLE)
        ],
        "relation": [tl.relation(a, "before", b) for a, b in itertools.pairwise(names)],
    }


def rests_on_claims_in_force(tl: Timeline, names: list[str]) -> None:
    """Every explanation and conflict cites claims in force only (a cycle may cite the
    claim it set aside): nothing withdrawn or suspended, and a bound never rests on a claim
    set aside. Which of several equally tight chains an explanation shows is not compared
    with a batch build: both are true, and the tie may fall either way."""
    in_force = set(tl.claims)
    for name in names:
        for claim in tl.explain(name).claims:
            assert claim in in_force, (name, claim)
            assert not tl.is_set_aside(claim), (name, claim)
    for conflict in tl.conflicts:
        assert set(conflict.claims) <= in_force


def same(mine: dict[str, object], theirs: dict[str, object]) -> None:
    """Each answer equal, the question named where one is not."""
    for question, answer in mine.items():
        assert answer == theirs[question], question


class Withdrawals(Growing):
    """A timeline changed step by step, claims taken back among the changes."""

    def __init__(self) -> None:
        super().__init__()
        self.withdrawn: list[Claim] = []
        self.solves = 0

    def held(self) -> list[Claim]:
        """The claims still held (in force or suspended), oldest first."""
        return sorted(self.tl.claims + self.tl.suspended, key=lambda c: c.number)

    @rule(
        first=st.integers(0, 80),
        length=st.sampled_from((0, 1, 2, 20)),
        anchor=st.sampled_from(("none", "exact", "wider")),
        confidence=st.sampled_from((1.0, 0.7)),
    )
    def add_event(self, first: int, length: int, anchor: str, confidence: float) -> None:
        self._add_event(first, length, anchor, confidence)

    @precondition(lambda self: len(self.truth) >= 2)
    @rule(data=st.data(), truly=st.booleans())
    def relate(self, data: st.DataObject, truly: bool) -> None:
        """A relation the ground truth satisfies, or any relation at all, perhaps more
        confident than what it contradicts (which then gives way) or less."""
        i, j = data.draw(st.lists(st.integers(0, len(self.truth) - 1), min_size=2, max_size=2))
        if i == j:
            return
        a, b = self.truth[i], self.truth[j]
        choices = [r for r, test in HOLDS.items() if test(a, b)] if truly else sorted(HOLDS)
        if not choices:
            return
        relation = data.draw(st.sampled_from(choices))
        confidence = 1.0 if truly else data.draw(st.sampled_from((1.0, 0.5, 0.8, 0.3)))
        kwargs: dict[str, object] = {} if confidence == 1.0 else {"confidence": confidence}
        self._relate((f"e{i}", relation, f"e{j}"), kwargs)

    @precondition(lambda self: bool(self.held()))
    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        """A claim taken back for good: in force, set aside, or suspended."""
        claim = data.draw(st.sampled_from(self.held()))
        self.tl.withdraw(claim)
        self.withdrawn.append(claim)

    @precondition(lambda self: bool(self.tl.claims))
    @rule(data=st.data())
    def suspend(self, data: st.DataObject) -> None:
        """A claim left out for a "what if": in force, or set aside by a repair."""
        self.tl.suspend(data.draw(st.sampled_from(self.tl.claims)))

    @precondition(lambda self: bool(self.tl.suspended))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        """A suspended claim taken into account again, as old as it was."""
        self.tl.restore(data.draw(st.sampled_from(self.tl.suspended)))

    @precondition(lambda self: len(self.truth) >= 2)
    @rule(data=st.data())
    def ask(self, data: st.DataObject) -> None:
        """A question, so that the solution and the caches exist when the next change comes."""
        kind = data.draw(st.sampled_from(("when", "between", "ordered", "relation")))
        if kind == "when":
            self.tl.when(f"e{data.draw(st.integers(0, len(self.truth) - 1))}")
        elif kind == "between":
            self.tl.between(WINDOWS[0], WINDOWS[1], certainty=Certainty.POSSIBLE)
        elif kind == "ordered":
            self.tl.ordered()
        else:
            self.tl.relation("e0", "before", f"e{len(self.truth) - 1}")
        self.solves = self.solves or self.tl._solver.solves

    def batch(self) -> Timeline:
        """The events and the claims in force, replayed in the order made, solved once."""
        fresh = Timeline(reference=REFERENCE)
        kept = {c.number for c in self.tl.claims}
        for entry in self.log:
            if entry[0] == "add":
                fresh.add(entry[1], instant=entry[2])  # type: ignore[arg-type]
                continue
            _, claim, args, kwargs = entry
            assert isinstance(claim, Claim)
            if claim.number in kept:
                fresh.relate(*args, **kwargs)  # type: ignore[arg-type]
        return fresh

    @invariant()
    def equals_a_batch_build(self) -> None:
        """Every answer is that of the timeline built from the claims in force alone."""
        if not self.truth:
            return
        names = [f"e{i}" for i in range(len(self.truth))]
        mine = answers(self.tl, names)
        same(mine, answers(self.batch(), names))
        rests_on_claims_in_force(self.tl, names)
        back = Timeline.from_json(self.tl.to_json())
        assert said(back.suspended) == said(self.tl.suspended)
        same(answers(back, names), mine)
        assert back._solver.solves == 0, "a timeline read back answers without solving"
        # In place: the one solve of the first question, never another.
        assert self.tl._solver.solves <= 1

    @invariant()
    def withdrawn_claims_are_refused(self) -> None:
        """A claim withdrawn cannot be withdrawn, suspended or restored again."""
        for claim in self.withdrawn[-2:]:
            for change in (self.tl.withdraw, self.tl.suspend, self.tl.restore):
                with pytest.raises(InvalidArgumentError, match="was withdrawn"):
                    change(claim)


Withdrawals.TestCase.settings = settings(
    settings(), stateful_step_count=25, max_examples=min(settings().max_examples, 40)
)
test_taking_claims_back_equals_a_batch_build = Withdrawals.TestCase


def _small_timeline() -> Timeline:
    tl = Timeline(reference=REFERENCE)
    tl.add("e0", instant=True)
    tl.add("e1")
    tl.relate("e0", "during", WINDOWS[0])
    tl.relate("e1", "after", "e0")
    return tl


@given(value=anything)
def test_anything_but_a_claim_is_refused(value: object) -> None:
    """Whatever is passed that is not one of the timeline's claims, each change raises an
    InvalidArgumentError naming ``claim`` and leaves the timeline as it was."""
    tl = _small_timeline()
    before = tl.to_json()
    for change in (tl.withdraw, tl.suspend, tl.restore):
        with pytest.raises(InvalidArgumentError) as raised:
            change(value)  # type: ignore[arg-type]
        assert str(raised.value).startswith("claim=")
    assert tl.to_json() == before
