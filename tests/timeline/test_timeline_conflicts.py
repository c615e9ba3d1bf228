"""Conflicts (minimal contradictions, repaired) and explanations (why each bound)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from chronos import InvalidArgumentError, Timeline, UnknownEventError
from chronos.timeline._network import consistent


def contradiction(**confidences: float) -> Timeline:
    """An August event claimed to come after a February event."""
    tl = Timeline(reference=date(2024, 10, 25))
    tl.add("a", when="in August 2023", source="s1", confidence=confidences.get("a", 1.0))
    tl.add("b", when="on 8 February 2024", confidence=confidences.get("b", 1.0))
    tl.relate("b", "before", "a", source="s2", confidence=confidences.get("rel", 1.0))
    return tl


class TestConflicts:
    """Contradictory claims never raise: they are reported and the weakest is set aside."""

    def test_reported(self) -> None:
        """The conflict lists its claims in cycle order, with sources and slack."""
        (conflict,) = contradiction().conflicts
        assert [c.text for c in conflict.claims] == [
            "a in August 2023 (2023-08)",
            "b before a",
            "b on 8 February 2024 (2024-02-08)",
        ]
        assert conflict.sources == ("s1", "s2")
        assert conflict.slack == timedelta(days=160)
        assert conflict.set_aside.text == "b before a"

    def test_explained(self) -> None:
        """str() explains the conflict in words."""
        (conflict,) = contradiction().conflicts
        assert str(conflict) == (
            "these claims cannot all hold (off by 160 days):\n"
            "  - a in August 2023 (2023-08) (s1)\n"
            "  - b before a (s2)\n"
            "  - b on 8 February 2024 (2024-02-08)\n"
            "set aside: b before a (s2)"
        )

    def test_is_a_negative_cycle(self) -> None:
        """The constraints close a cycle of negative weight, consistent without any one."""
        (conflict,) = contradiction().conflicts
        edges = [(str(c.left), str(c.right)) for c in conflict.constraints]
        for (_, right), (left, _) in zip(edges, edges[1:] + edges[:1], strict=True):
            assert right == left
        tl = contradiction()
        (found,) = tl._solver.ensure_solved().conflicts
        cycle = [(e.u, e.v, e.weight) for e in found.edges]
        assert not consistent(cycle)
        for k in range(len(cycle)):
            assert consistent(cycle[:k] + cycle[k + 1 :])

    def test_rest_still_solves(self) -> None:
        """Once the weakest claim is set aside, the others hold as if it were never made."""
        tl = contradiction()
        assert str(tl.when("b")) == "2024-02-08"
        assert str(tl.when("a")) == "2023-08"
        assert [c.text for c in tl.set_aside] == ["b before a"]
        (relation,) = [c for c in tl.claims if c.kind == "relation"]
        assert tl.is_set_aside(relation)
        assert not tl.is_set_aside(tl.claims[0])

    @pytest.mark.parametrize(
        ("confidences", "set_aside"),
        [
            ({}, "b before a"),  # equal confidence: the newest claim gives way
            ({"a": 0.5}, "a in August 2023 (2023-08)"),  # the least confident gives way
            ({"b": 0.4, "a": 0.5}, "b on 8 February 2024 (2024-02-08)"),  # the least of all
            ({"rel": 0.9, "a": 0.9, "b": 0.9}, "b before a"),  # a tie again: the newest
        ],
    )
    def test_weakest_set_aside(self, confidences: dict[str, float], set_aside: str) -> None:
        """The claim set aside is the least confident, then the most recent."""
        (conflict,) = contradiction(**confidences).conflicts
        assert conflict.set_aside.text == set_aside

    def test_instant_conflict(self) -> None:
        """Two durative events cannot each come before the other: off by an instant."""
        tl = Timeline(reference="2024-10-25")
        tl.add("x"), tl.add("y")
        tl.relate("x", "before", "y")
        tl.relate("y", "before", "x")
        (conflict,) = tl.conflicts
        assert conflict.slack == timedelta(0)
        assert "off by an instant" in str(conflict)

    def test_several(self) -> None:
        """Independent contradictions are each reported."""
        tl = contradiction()
        tl.add("c", when="in 2020")
        tl.relate("c", "after", "b")
        assert [c.set_aside.text for c in tl.conflicts] == ["b before a", "c after b"]

    def test_year_alternative_offered(self) -> None:
        """A year-less date whose other reading lifts the conflict is offered."""
        tl = Timeline(reference="2024-10-25")
        tl.add("reaction", when="on 25 October 2024")
        tl.add("vote", when="on February 8", tense="future")
        tl.relate("vote", "before", "reaction")
        (conflict,) = tl.conflicts
        assert conflict.suggestion is not None
        assert conflict.suggestion.startswith("did you mean 8 February 2024?")
        assert conflict.explain().endswith(conflict.suggestion)

    def test_no_alternative_when_it_would_not_help(self) -> None:
        """Neither reading of the date lifts this conflict: nothing is offered."""
        tl = Timeline(reference="2024-10-25")
        tl.add("conviction", when="in August 2023")
        tl.add("vote", when="on February 8", tense="future")
        tl.relate("vote", "before", "conviction")
        assert tl.conflicts
        assert all(conflict.suggestion is None for conflict in tl.conflicts)

    def test_set_aside_claim_comes_back_when_its_cycle_breaks(self) -> None:
        """A claim set aside for a cycle is taken back once a stronger claim on that cycle is
        set aside itself, so that asking along the way changes nothing: the same claims give
        way as when the timeline is solved once at the end.

        "hearing equals ruling" cannot hold (the hearing takes time, the ruling is an
        instant). Its first constraints, added after a solve, contradict the weaker "appeal
        overlaps ruling", which is set aside for a cycle through them; its last ones
        contradict each other, and it is set aside. "appeal overlaps ruling" must then come
        back, and the younger, equally confident "ruling during filing" give way to it.
        """

        def story(ask: bool) -> list[str]:
            tl = Timeline(reference=datetime(2025, 1, 1))
            tl.add("hearing", when=date(2024, 1, 7))
            tl.add("ruling", instant=True)
            tl.add("appeal", instant=True)
            tl.add("filing", when=date(2024, 1, 4), instant=True)
            tl.relate("appeal", "overlaps", "ruling", confidence=0.5)
            tl.relate("hearing", "before", "appeal")
            if ask:
                tl.when("appeal")  # solved here: what follows changes the solution in place
            tl.relate("ruling", "during", "filing", confidence=0.5)
            tl.relate("hearing", "equals", "ruling")
            return [c.text for c in tl.set_aside]

        expected = ["ruling during filing", "hearing equals ruling"]
        assert story(ask=False) == expected
        assert story(ask=True) == expected

    def test_added_after_conflict(self) -> None:
        """Claims added after a repair still count, incrementally."""
        tl = contradiction()
        assert len(tl.conflicts) == 1
        tl.add("c")
        tl.relate("c", "after", "b", gap="a week")
        assert tl.when("c").earliest_start == datetime(2024, 2, 15)


@pytest.fixture
def sentencing() -> Timeline:
    """The seed's sentencing, between the conviction and the elections."""
    tl = Timeline(reference=date(2024, 10, 25))
    tl.add("conviction", when="in August 2023")
    tl.add("elections", when="on February 8", tense="past")
    tl.add("sentencing")
    tl.relate("sentencing", "after", "conviction", source="statement 1, sentence 3")
    tl.relate("sentencing", "before", "elections", source="statement 1, sentence 4")
    return tl


class TestExplain:
    """explain(event): the chain of claims and assumptions behind each bound."""

    @pytest.mark.parametrize(
        ("which", "value", "claims"),
        [
            (
                "earliest start",
                datetime(2023, 8, 1),
                ["sentencing after conviction", "conviction in August 2023 (2023-08)"],
            ),  # the conviction's month, through 'after'
            (
                "latest end",
                datetime(2024, 2, 9),
                ["elections on February 8 (2024-02-08)", "sentencing before elections"],
            ),  # the elections' day, through 'before'
        ],
    )
    def test_chain(
        self, sentencing: Timeline, which: str, value: datetime, claims: list[str]
    ) -> None:
        """Each bound comes with the claims of the path that produced it."""
        reason = sentencing.explain("sentencing").reason(which)  # type: ignore[arg-type]
        assert reason.value == value
        assert [c.text for c in reason.claims] == claims

    def test_assumptions(self, sentencing: Timeline) -> None:
        """The year taken for 'February 8' is an assumption behind the latest end."""
        reason = sentencing.explain("sentencing").reason("latest end")
        assert [a.kind for a in reason.assumptions] == ["year"]
        assert "2025-02-08 is kept as the other reading" in str(reason)

    def test_text(self, sentencing: Timeline) -> None:
        """str() gives the bounds and one line per bound, with sources."""
        lines = str(sentencing.explain("sentencing")).splitlines()
        assert lines[0] == "sentencing: 2023-08-01/2024-02-08"
        assert lines[4].startswith(
            "  latest end of sentencing: 2024-02-09 (over by then), because elections on "
            "February 8 (2024-02-08); sentencing before elections (statement 1, sentence 4)"
        )

    def test_unbounded(self, sentencing: Timeline) -> None:
        """A bound nothing gives is said to be open."""
        sentencing.add("talks")
        reason = sentencing.explain("talks").reason("earliest start")
        assert reason.value is None
        assert reason.constraints == ()
        assert str(reason) == "earliest start of talks: unbounded — no claim limits it"

    def test_claims(self, sentencing: Timeline) -> None:
        """Explanation.claims gathers every claim behind any bound."""
        texts = {c.text for c in sentencing.explain("sentencing").claims}
        assert texts == {
            "sentencing after conviction",
            "conviction in August 2023 (2023-08)",
            "elections on February 8 (2024-02-08)",
            "sentencing before elections",
        }

    def test_refused(self, sentencing: Timeline) -> None:
        """Unknown events and bounds are refused by name."""
        with pytest.raises(UnknownEventError):
            sentencing.explain("sentence")
        with pytest.raises(InvalidArgumentError, match="which"):
            sentencing.explain("sentencing").reason("middle")  # type: ignore[arg-type]
