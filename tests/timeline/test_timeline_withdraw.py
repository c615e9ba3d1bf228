"""Claims taken back: ``withdraw`` for good, ``suspend`` for a "what if", ``restore``.

Each change leaves the timeline answering as one built without the claim (or with it, once
restored), repaired in place: no solve after the first, the window index patched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from chronos import ChronosError, Claim, InvalidArgumentError, Span, Timeline


def story() -> tuple[Timeline, dict[str, Claim]]:
    """A vote on 8 February 2024, a count after it, a rumour that the vote came in March
    (less confident: set aside), and a report that the count came before the vote (set
    aside: the claims it contradicts are older)."""
    tl = Timeline(reference=date(2024, 10, 25))
    vote = tl.add("vote", when="on 8 February 2024")
    count = tl.add("count")
    claims = {
        "vote date": tl.claims[0],
        "count after vote": tl.relate(count, "after", vote, source="report A"),
        "rumour": tl.relate(vote, "during", Span.month(2024, 3), confidence=0.5),
        "count before vote": tl.relate(count, "before", vote, gap="at least 2 days"),
    }
    return tl, claims


def texts(claims: tuple[Claim, ...]) -> list[str]:
    return [c.text for c in claims]


VOTE = "vote on 8 February 2024 (2024-02-08)"
# (what is done, in order; set aside after it; claims in force after it; the count's bounds)
ROWS: list[tuple[list[tuple[str, str]], list[str], list[str], str]] = [
    # Nothing taken back: the rumour and the late report are set aside.
    (
        [],
        ["vote during 2024-03", "count before vote, at least 2 days"],
        [VOTE, "count after vote", "vote during 2024-03", "count before vote, at least 2 days"],
        "2024-02-08/..",
    ),
    # The rumour withdrawn: it is gone, and the report is still set aside by older claims.
    (
        [("withdraw", "rumour")],
        ["count before vote, at least 2 days"],
        [VOTE, "count after vote", "count before vote, at least 2 days"],
        "2024-02-08/..",
    ),
    # The date of the vote withdrawn: the rumour no longer contradicts anything and comes
    # back; the count is after a vote in March.
    (
        [("withdraw", "vote date")],
        ["count before vote, at least 2 days"],
        ["count after vote", "vote during 2024-03", "count before vote, at least 2 days"],
        "2024-03/..",
    ),
    # "What if the count was not after the vote?": the report that it came before stands.
    (
        [("suspend", "count after vote")],
        ["vote during 2024-03"],
        [VOTE, "vote during 2024-03", "count before vote, at least 2 days"],
        "../2024-02-06",
    ),
    # Restored: as old as it was, it wins again and the report gives way again.
    (
        [("suspend", "count after vote"), ("restore", "count after vote")],
        ["vote during 2024-03", "count before vote, at least 2 days"],
        [VOTE, "count after vote", "vote during 2024-03", "count before vote, at least 2 days"],
        "2024-02-08/..",
    ),
    # A suspended claim withdrawn for good: it is neither in force nor suspended.
    (
        [("suspend", "count after vote"), ("withdraw", "count after vote")],
        ["vote during 2024-03"],
        [VOTE, "vote during 2024-03", "count before vote, at least 2 days"],
        "../2024-02-06",
    ),
    # A claim set aside may itself be suspended: nothing else moves.
    (
        [("suspend", "count before vote")],
        ["vote during 2024-03"],
        [VOTE, "count after vote", "vote during 2024-03"],
        "2024-02-08/..",
    ),
]


def apply(tl: Timeline, claims: dict[str, Claim], steps: list[tuple[str, str]]) -> None:
    change: dict[str, Callable[[Claim], None]] = {
        "withdraw": tl.withdraw,
        "suspend": tl.suspend,
        "restore": tl.restore,
    }
    for action, which in steps:
        change[action](claims[which])


@pytest.mark.parametrize(("steps", "aside", "in_force", "count"), ROWS)
@pytest.mark.parametrize("asked_first", [True, False], ids=["solved", "unsolved"])
def test_answers_after_taking_claims_back(
    steps: list[tuple[str, str]],
    aside: list[str],
    in_force: list[str],
    count: str,
    asked_first: bool,
) -> None:
    """The same answers whether the timeline was solved before the change or not."""
    tl, claims = story()
    if asked_first:
        tl.when("count")
    apply(tl, claims, steps)
    assert texts(tl.set_aside) == aside
    assert [c.set_aside.text for c in tl.conflicts] == aside
    assert texts(tl.claims) == in_force
    assert str(tl.when("count")) == count
    assert tl._solver.solves == 1, "repaired in place, solved once"


@pytest.mark.parametrize(("steps", "aside", "in_force", "count"), ROWS)
def test_json_keeps_suspended_claims_and_drops_withdrawn_ones(
    steps: list[tuple[str, str]], aside: list[str], in_force: list[str], count: str
) -> None:
    """Read back, a timeline holds the same claims in force and suspended, answers at once
    and the same, and a suspended claim restored after reading acts as it would have."""
    tl, claims = story()
    apply(tl, claims, steps)
    back = Timeline.from_json(tl.to_json())
    assert back.to_json() == tl.to_json()
    assert texts(back.claims) == in_force
    assert texts(back.suspended) == texts(tl.suspended)
    assert texts(back.set_aside) == aside
    assert str(back.when("count")) == count
    assert back._solver.solves == 0, "the stored solution answers"
    for mine, theirs in zip(tl.suspended, back.suspended, strict=True):
        tl.restore(mine)
        back.restore(theirs)
    assert texts(back.set_aside) == texts(tl.set_aside)
    assert back.when("count") == tl.when("count")


def test_withdrawn_claims_are_written_as_never_made() -> None:
    """The JSON of a timeline with claims withdrawn is that of the timeline built without
    them: the claims after them move up, and the conflicts name the claims by their new
    place. (The ranks of the points, an aid to searches, need only respect the constraints:
    the changed timeline keeps its own.)"""
    tl, claims = story()
    tl.when("count")
    tl.withdraw(claims["count after vote"])
    fresh = Timeline(reference=date(2024, 10, 25))
    fresh.add("vote", when="on 8 February 2024")
    fresh.add("count")
    fresh.relate("vote", "during", Span.month(2024, 3), confidence=0.5)
    fresh.relate("count", "before", "vote", gap="at least 2 days")
    mine, theirs = json.loads(tl.to_json()), json.loads(fresh.to_json())
    del mine["solution"]["rank"], theirs["solution"]["rank"]
    assert mine == theirs


def test_the_window_index_is_patched_not_rebuilt() -> None:
    """A change moves few bounds: the window index answers after it without a rebuild."""
    tl, claims = story()
    assert tl.during("2024-03") == []
    index = tl._query
    tl.withdraw(claims["vote date"])
    assert [e.name for e in tl.during("2024-03")] == ["vote"]
    tl.suspend(claims["rumour"])
    assert tl.during("2024-03") == []
    tl.restore(claims["rumour"])
    assert [e.name for e in tl.during("2024-03")] == ["vote"]
    assert tl._query is index


def test_numbers_of_other_claims_stay() -> None:
    """Claims keep their numbers: a claim held by the caller still names the same claim."""
    tl, claims = story()
    tl.withdraw(claims["count after vote"])
    assert tl.claims[1:] == (claims["rumour"], claims["count before vote"])
    constraints = tl.constraints(claims["rumour"])
    assert constraints
    assert {c.claim for c in constraints} == {claims["rumour"]}


def other_timelines_claim() -> Claim:
    tl, _ = story()
    tl.add("recount")
    return tl.relate("recount", "after", "count")


def structure_claim() -> Claim:
    return Claim(
        number=0,
        kind="structure",
        subject="vote",
        relation="structure",
        object=None,
        text="vote takes some time",
    )


# (change, argument, what the error says)
BAD: list[tuple[str, Callable[[dict[str, Claim]], object], str]] = [
    # A claim's number is not a claim: numbers move when a timeline is read back.
    ("withdraw", lambda c: 3, "must be a Claim"),
    # Nor is its text: two claims may say the same.
    ("suspend", lambda c: "vote during 2024-03", "must be a Claim"),
    # None, by mistake.
    ("restore", lambda c: None, "must be a Claim"),
    # A claim of another timeline.
    ("withdraw", lambda c: other_timelines_claim(), "is not a claim of this timeline"),
    # A claim whose number is ours but whose words are not.
    (
        "suspend",
        lambda c: Claim(
            number=c["rumour"].number,
            kind="relation",
            subject="vote",
            relation="during",
            object="2024-04",
            text="vote during 2024-04",
        ),
        "is not a claim of this timeline",
    ),
    # A Claim made by hand whose number is no number.
    (
        "withdraw",
        lambda c: Claim(
            number="2",  # type: ignore[arg-type]
            kind="relation",
            subject="count",
            relation="after",
            object="vote",
            text="count after vote",
        ),
        "is not a claim of this timeline",
    ),
    # An event's own claim holds as long as the event.
    ("withdraw", lambda c: structure_claim(), "is an event's own claim"),
    # Restoring a claim in force.
    ("restore", lambda c: c["rumour"], "is not suspended"),
]


@pytest.mark.parametrize(("change", "argument", "says"), BAD)
def test_bad_claims_are_refused(
    change: str, argument: Callable[[dict[str, Claim]], object], says: str
) -> None:
    """An error naming the argument and showing it; the timeline unchanged."""
    tl, claims = story()
    before = tl.to_json()
    value = argument(claims)
    with pytest.raises(InvalidArgumentError, match=says) as raised:
        getattr(tl, change)(value)
    assert str(raised.value).startswith(f"claim={value!r}"[:40])
    assert tl.to_json() == before


# (the change that came first, the change refused after it, what the error says)
TWICE = [
    # Withdrawn twice.
    ("withdraw", "withdraw", "was withdrawn"),
    # A withdrawn claim cannot be suspended or brought back.
    ("withdraw", "suspend", "was withdrawn"),
    ("withdraw", "restore", "was withdrawn"),
    # Suspended twice.
    ("suspend", "suspend", "is suspended already"),
]


@pytest.mark.parametrize(("first", "then", "says"), TWICE)
def test_changes_that_cannot_follow(first: str, then: str, says: str) -> None:
    tl, claims = story()
    getattr(tl, first)(claims["rumour"])
    with pytest.raises(InvalidArgumentError, match=says):
        getattr(tl, then)(claims["rumour"])


def test_constraints_and_set_aside_of_a_suspended_claim() -> None:
    """A suspended claim still shows its constraints, and is not "set aside" (no repair
    chose it); a withdrawn one has neither."""
    tl, claims = story()
    tl.suspend(claims["rumour"])
    assert {c.claim for c in tl.constraints(claims["rumour"])} == {claims["rumour"]}
    assert tl.is_set_aside(claims["rumour"]) is False
    tl.withdraw(claims["rumour"])
    with pytest.raises(InvalidArgumentError, match="was withdrawn"):
        tl.constraints(claims["rumour"])
    with pytest.raises(InvalidArgumentError, match="was withdrawn"):
        tl.is_set_aside(claims["rumour"])


def test_repr_counts_claims_in_force() -> None:
    tl, claims = story()
    tl.withdraw(claims["rumour"])
    tl.suspend(claims["count after vote"])
    assert repr(tl) == "<Timeline reference=2024-10-25: 2 events, 2 claims>"


def flag(document: dict[str, Any], number: int, value: object) -> None:
    """Claim ``number`` of a document marked suspended (or not) by hand."""
    document["claims"]["rare"].setdefault(str(number), {})["suspended"] = value


def test_a_solution_through_a_suspended_claim_is_not_trusted() -> None:
    """A document edited by hand to suspend a claim its stored conflicts go through: the
    stored solution does not check, and the timeline solves as the claims say."""
    tl, claims = story()
    document = json.loads(tl.to_json())
    flag(document, claims["vote date"].number, True)
    back = Timeline.from_json(json.dumps(document))
    assert texts(back.suspended) == [VOTE]
    assert texts(back.set_aside) == ["count before vote, at least 2 days"]
    assert str(back.when("vote")) == "2024-03"
    assert back._solver.solves == 1


# (the value of "suspended" in a claim of the document, what the error says)
BAD_FLAGS = [
    # Not a boolean.
    ("yes", "must be true or false"),
    # A number is not a boolean either.
    (1, "must be true or false"),
]


@pytest.mark.parametrize(("value", "says"), BAD_FLAGS)
def test_bad_suspended_flags_are_refused(value: object, says: str) -> None:
    tl, claims = story()
    document = json.loads(tl.to_json())
    flag(document, claims["rumour"].number, value)
    with pytest.raises(ChronosError, match=says):
        Timeline.from_json(json.dumps(document))


def test_an_events_own_claim_is_never_suspended_in_a_document() -> None:
    tl, _ = story()
    document = json.loads(tl.to_json())
    flag(document, 0, True)  # the vote's own claim
    with pytest.raises(ChronosError, match="own claim cannot be suspended"):
        Timeline.from_json(json.dumps(document))


def test_a_stored_conflict_through_a_suspended_claim_is_not_trusted() -> None:
    """Two equal claims date the vote, a weaker one contradicts them. A document edited to
    suspend the second, its stored conflict moved onto the second's constraint (the bounds
    still rest on the first): that conflict is no contradiction of the claims in force, so
    the stored solution is dropped and the conflict found again through the first."""
    tl = Timeline(reference="2024-10-25")
    tl.add("vote")
    first = tl.relate("vote", "during", Span.day(2024, 2, 8))
    tl.relate("vote", "during", Span.day(2024, 2, 8))
    tl.relate("vote", "during", Span.month(2024, 3), confidence=0.5)
    document = json.loads(tl.to_json())
    # Constraints by index: the vote's own 0; the first date 1-3; the second 4-6.
    ((cycle, _),) = [(c["cycle"], c["set_aside"]) for c in document["solution"]["conflicts"]]
    assert 3 in cycle
    document["solution"]["conflicts"][0]["cycle"] = [6 if r == 3 else r for r in cycle]
    flag(document, 2, True)
    back = Timeline.from_json(json.dumps(document))
    (conflict,) = back.conflicts
    assert conflict.claims[0] == first
    assert back._solver.solves == 1
