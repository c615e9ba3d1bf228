"""Timeline.to_json / Timeline.from_json: a lossless, versioned schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from chronos import Certainty, InvalidArgumentError, ParseError, Policy, Span, Timeline
from chronos.timeline._types import Provenance
from tests.timeline.documents import as_version_3, column, packed, unpacked

#: Documents written by chronos itself, kept to be read by later versions.
DATA = Path(__file__).parent / "data"


def example() -> Timeline:
    """A timeline with every kind of claim, a conflict and a year alternative."""
    tl = Timeline(reference=datetime(2024, 10, 25, 9, 30), policy=Policy(month_thirds=(7, 14)))
    tl.add("conviction", when="in August 2023", source="statement 1, sentence 3")
    tl.add("elections", when="on February 8", tense="past", confidence=0.8)
    tl.add("sentencing", duration="at least a day")
    tl.add("vote", when="2024-02-08", instant=True)
    tl.relate(
        "sentencing",
        "ahead of",
        "elections",
        source=Provenance(statement="1", sentence=4, quote="ahead of the February 8 elections"),
    )
    tl.relate("sentencing", "after", "conviction", gap="at least 2 days")
    tl.relate("elections", "before", "conviction")  # a conflict
    return tl


class TestRoundTrip:
    """Reading back what was written gives the same timeline."""

    def test_identity(self) -> None:
        """to_json(from_json(text)) == text, and every answer is the same."""
        tl = example()
        text = tl.to_json()
        back = Timeline.from_json(text)
        assert back.to_json() == text
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert back.claims == tl.claims
        assert back.events == tl.events
        assert back.reference_span == tl.reference_span
        assert back.policy == tl.policy

    def test_bytes_and_indent(self) -> None:
        """Indented text and bytes read back alike."""
        tl = example()
        assert Timeline.from_json(tl.to_json(indent=2).encode()).to_json() == tl.to_json()

    def test_empty(self) -> None:
        """An empty timeline round-trips too."""
        tl = Timeline(reference="2024-10-25")
        assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()

    def test_schema(self) -> None:
        """The document carries its schema name and version, and the documented fields;
        its columns of integers are packed as docs/formats.md says."""
        written = json.loads(example().to_json())
        for part, key in (("claims", "subject"), ("constraints", "left"), ("solution", "rank")):
            assert isinstance(written[part][key], str)
        document = unpacked(written)
        assert document["schema"] == "chronos.timeline"
        assert document["version"] == 4
        assert document["reference"] == "2024-10-25T09:30:00"
        assert document["policy"]["month_thirds"] == [7, 14]
        assert document["events"][3] == {"name": "vote", "instant": True}
        claims, constraints = document["claims"], document["constraints"]
        count = len(claims["kind"])
        for key in ("subject", "relation", "object", "text", "constraints"):
            assert len(claims[key]) == count
        assert sum(claims["constraints"]) == len(constraints["left"])
        for key in ("right", "bound"):
            assert len(constraints[key]) == len(constraints["left"])
        assert len(constraints["strict"]) == len(constraints["left"])
        after = claims["relation"].index("after")
        # start of sentencing (event 2: point 5) to end of conviction (event 0: point 2)
        assert edges_of(document, after) == [[5, 2, -172800]]
        assert claims["rare"][str(after)] == {"gap": "at least 2 days"}
        assert claims["text"][after] is None  # a link's text follows from its fields
        # An event's own claim: its kind (4, "structure") and its event; no text, one
        # constraint (it takes some time: its end is after its start), nothing rare.
        assert (claims["kind"][0], claims["subject"][0], claims["text"][0]) == ("4", 0, None)
        assert edges_of(document, 0) == [[2, 1, 0, "strict"]]
        assert "0" not in claims["rare"]  # confidence 1, no provenance
        elections = next(k for k, r in claims["rare"].items() if r.get("confidence") == 0.8)
        assert claims["rare"][elections]["alternatives"][0]["text"] == "8 February 2025"
        solution = document["solution"]
        points = 2 * len(document["events"]) + 1
        for key in ("latest", "latest_strict", "latest_by", "earliest", "earliest_strict"):
            assert len(solution[key]) == points
        assert len(solution["earliest_by"]) == points
        assert solution["horizon"] == 2**39  # seconds: some 17,000 years
        # Time zero is its own bound; the vote (an instant, point 7) is on 8 February 2024:
        # from its first second, and before the next day's (a strict bound).
        assert (solution["latest"][0], solution["latest_by"][0]) == (0, -2)
        day = 63842947200
        assert (solution["earliest"][7], solution["earliest_strict"][7]) == (day, "0")
        assert (solution["latest"][7], solution["latest_strict"][7]) == (day + 86400, "1")
        assert [c["set_aside"] for c in solution["conflicts"]] == [
            c.set_aside.number for c in example().conflicts
        ]

    def test_a_bound_only_the_horizon_gives(self) -> None:
        """A point that only the horizon bounds has its digit 2 (3 where the rounding moved
        it) and the horizon's time; read back, it is still no bound at all."""
        tl = Timeline(reference="2024-10-25")
        tl.add("hearing")
        tl.relate("hearing", "before", Span.month(2024, 3))  # a latest time, no earliest
        document = unpacked(json.loads(tl.to_json()))
        solution = document["solution"]
        horizon = solution["horizon"]
        # The hearing ends by 1 March 2024 (point 2), and starts strictly before its end
        # (point 1); neither has an earliest time but the horizon's: its start the horizon
        # itself, its end strictly after (3: the horizon's, and rounded down to it).
        assert solution["latest_strict"] == "010"
        assert solution["earliest_strict"] == "023"
        assert solution["earliest"][1:] == [-horizon, -horizon]
        assert solution["earliest_by"][1] == -1
        back = Timeline.from_json(tl.to_json())
        assert back.when("hearing").start.earliest is None
        assert back.when("hearing") == tl.when("hearing")
        assert back._solver.solves == 0


def first_edge(document: dict[str, Any], number: int) -> int:
    """The index, among the document's constraints, of the first one of claim ``number``."""
    return sum(document["claims"]["constraints"][:number])


def edges_of(document: dict[str, Any], number: int) -> list[list[Any]]:
    """The constraints of claim ``number`` of a document of version 3, as [left, right,
    bound] with "strict" after the bound where it is excluded."""
    columns = document["constraints"]
    start = first_edge(document, number)
    out = []
    for k in range(start, start + document["claims"]["constraints"][number]):
        edge = [columns["left"][k], columns["right"][k], columns["bound"][k]]
        out.append([*edge, "strict"] if columns["strict"][k] == "1" else edge)
    return out


class TestVersion1:
    """A document of version 1 (written by chronos before the solution was stored) reads."""

    TEXT = (DATA / "timeline-v1.json").read_text(encoding="utf-8")

    def test_answers_as_the_timeline_it_holds(self) -> None:
        """It holds the claims of ``example()`` (written with them by an earlier chronos), and
        answers as a timeline built from them today."""
        tl, built = Timeline.from_json(self.TEXT), example()
        assert tl.claims == built.claims
        assert [str(tl.when(e)) for e in tl] == [str(built.when(e)) for e in built]
        assert [str(c) for c in tl.conflicts] == [str(c) for c in built.conflicts]
        assert str(tl.when("vote")) == "2024-02-08"
        assert tl._solver.solves == 1  # no solution in version 1: it solves

    def test_written_again_as_version_4(self) -> None:
        """Writing it again gives version 4, which reads back to the same answers."""
        tl = Timeline.from_json(self.TEXT)
        text = tl.to_json()
        assert json.loads(text)["version"] == 4
        back = Timeline.from_json(text)
        assert back.to_json() == text
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert back._solver.solves == 0


class TestVersion2:
    """A document of version 2 (claims one object each, their constraints inside them) reads,
    its solution with it."""

    TEXT = (DATA / "timeline-v2.json").read_text(encoding="utf-8")

    def test_answers_as_the_timeline_it_holds_without_solving(self) -> None:
        """It holds ``example()`` (written by an earlier chronos), and answers as it does from
        the solution it carries."""
        tl, built = Timeline.from_json(self.TEXT), example()
        assert tl.claims == built.claims
        assert [tl.when(e) for e in tl] == [built.when(e) for e in built]
        assert [str(c) for c in tl.conflicts] == [str(c) for c in built.conflicts]
        assert str(tl.ordered()) == str(built.ordered())
        assert tl._solver.solves == 0

    def test_written_again_as_version_4(self) -> None:
        """Writing it again gives what the timeline it holds writes today: its bounds, written
        in ticks of old, are the seconds and strict flags of today's codes (the ranks apart:
        any that never rise along a constraint serve, and the ones it carries checked)."""
        again = json.loads(Timeline.from_json(self.TEXT).to_json())
        today = json.loads(example().to_json())
        assert again["version"] == 4
        del again["solution"]["rank"], today["solution"]["rank"]
        assert again == today

    @pytest.mark.parametrize(
        ("key", "at", "ticks"),
        [
            ("latest", 5, -(2**20)),  # a second earlier: tighter than any chain of claims
            ("earliest", 1, 2**20),  # a second later: a claim broken
            ("latest", 7, 1),  # past the bound by a tick: the bound itself not excluded
        ],
    )
    def test_a_solution_edited_by_hand_is_found_out(self, key: str, at: int, ticks: int) -> None:
        """Its bounds, in ticks, read as whole seconds and strict flags and are checked as
        those of version 3: edited, they are dropped and the claims solved."""
        document = json.loads(self.TEXT)
        document["solution"][key][at] += ticks
        tl = Timeline.from_json(json.dumps(document))
        built = example()
        assert [tl.when(e) for e in tl] == [built.when(e) for e in built]
        assert tl._solver.solves == 1

    @pytest.mark.parametrize(
        ("edit", "reason"),
        [
            (lambda d: {**d, "claims": {}}, "claims"),  # columns, not claims of version 2
            (
                lambda d: {**d, "claims": [{**d["claims"][1], "constraints": [[0, 99, 0]]}]},
                "99",
            ),  # a point of no event
            (
                lambda d: {**d, "claims": [{**d["claims"][1], "constraints": [[0, 1, 0, "soft"]]}]},
                "flag",
            ),  # an unknown flag
            (
                lambda d: {**d, "claims": [{**d["claims"][0], "confidence": 7}]},
                "confidence",
            ),  # a confidence out of range
        ],
    )
    def test_refused(self, edit: Callable[[dict[str, Any]], Any], reason: str) -> None:
        """A claim of version 2 is checked as it always was."""
        with pytest.raises(ParseError, match=reason):
            Timeline.from_json(json.dumps(edit(json.loads(self.TEXT))))


def chained() -> Timeline:
    """``example()`` and a chain of "before" links from the vote to the elections: bounds
    that many strict claims lead to."""
    tl = example()
    names = ["hearing", "appeal", "ruling", "release"]
    for name in names:
        tl.add(name)
    tl.relate(names[0], "after", "vote")
    for a, b in pairwise(names):
        tl.relate(a, "before", b)
    tl.relate(names[-1], "before", "elections")
    return tl


class TestVersion3OfOld:
    """A document of version 3 written while strictness was an amount (a strict bound a tick
    of 2**-20 second less per strict claim on the way) reads without solving: it holds the
    same whole seconds and strict flags as one written today."""

    TEXT = (DATA / "timeline-v3-ticks.json").read_text(encoding="utf-8")

    def test_answers_as_today_without_solving(self) -> None:
        """It holds ``chained()`` with its solution, and answers as it does."""
        tl, built = Timeline.from_json(self.TEXT), chained()
        assert tl.claims == built.claims
        assert [tl.when(e) for e in tl] == [built.when(e) for e in built]
        assert [str(c) for c in tl.conflicts] == [str(c) for c in built.conflicts]
        assert str(tl.ordered()) == str(built.ordered())
        assert tl._solver.solves == 0

    def test_written_again_as_today(self) -> None:
        """Written again, it is what ``chained()`` writes today, bound for bound and flag for
        flag; only the trees and ranks it carries may differ (of equally tight chains, the
        old engine kept the one with the most strict claims; any that checks serves)."""
        again = json.loads(Timeline.from_json(self.TEXT).to_json())
        today = json.loads(chained().to_json())
        for key in ("rank", "latest_by", "latest_depth", "earliest_by", "earliest_depth"):
            del again["solution"][key], today["solution"][key]
        assert again == today

    def test_a_strict_flag_taken_off_is_found_out(self) -> None:
        """The end of the chain is strictly before the elections' latest time: said not to be
        strict, the bound is refused and the claims solved."""
        document = json.loads(self.TEXT)
        flags = document["solution"]["latest_strict"]
        at = flags.index("1", 9)  # a point of the chain (points 9 to 16)
        document["solution"]["latest_strict"] = flags[:at] + "0" + flags[at + 1 :]
        tl = Timeline.from_json(json.dumps(document))
        built = chained()
        assert [tl.when(e) for e in tl] == [built.when(e) for e in built]
        assert tl._solver.solves == 1


class TestStoredSolution:
    """A document carries its solution; reading checks it instead of solving."""

    def test_a_loaded_timeline_does_not_solve(self) -> None:
        """Every answer comes from the stored solution: the solver never runs."""
        tl = example()
        back = Timeline.from_json(tl.to_json())
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert back.set_aside == tl.set_aside
        assert str(back.ordered()) == str(tl.ordered())
        assert str(back.explain("sentencing")) == str(tl.explain("sentencing"))
        assert back._solver.solves == 0

    def test_questions_walk_the_trees_read_back(self) -> None:
        """The first questions of a loaded timeline walk its trees of predecessors up from
        their two events instead of numbering every point first, and answer as the timeline
        written, before and after a claim moves the bounds."""
        tl = Timeline(reference="2024-10-25")
        names = [f"step {i}" for i in range(12)]
        tl.add(names[0], when="2024-01-02")
        for name in names[1:]:
            tl.add(name)
        for earlier, later in pairwise(names):
            tl.relate(earlier, "before", later)  # a chain: only its trees decide far pairs
        # Unlinked, each with a latest time only: no tree path, whatever the bounds say.
        for name, month in (("hearing", 3), ("ruling", 1)):
            tl.add(name)
            tl.relate(name, "before", Span.month(2024, month))
        names += ["hearing", "ruling"]
        back = Timeline.from_json(tl.to_json())
        pairs = [(a, b) for a in names for b in names if a != b]
        asked = [back.relation(a, "before", b) for a, b in pairs]
        assert asked == [tl.relation(a, "before", b) for a, b in pairs]
        assert back.relation(names[0], "before", names[11]) is Certainty.CERTAIN
        assert back.relation("hearing", "before", "ruling") is Certainty.POSSIBLE
        solution = back._solver.network._current()
        assert solution.trees is None  # walked, not numbered
        assert back._solver.solves == 0
        for changed in (tl, back):
            changed.relate(names[-1], "before", Span.month(2024, 6))
        assert [back.relation(a, "after", b) for a, b in pairs] == [
            tl.relation(a, "after", b) for a, b in pairs
        ]

    def test_many_questions_on_deep_trees_number_them_once(self) -> None:
        """Walks up the trees read back are paid from a budget (a few steps per point, and a
        few thousand whatever the size): questions that would walk a long chain again and
        again (as ``ordered()`` asks them) number the trees once the budget is spent, and
        answer as the timeline written."""
        tl, names = _dated_chain(400)
        back = Timeline.from_json(tl.to_json())
        solution = back._solver.network._current()
        # Each question below walks the chain up from its far end: about 700 steps, 280,000
        # for the 400 (the budget at 801 points: 32 steps a point and 65,536).
        far = [(names[k % 200], names[399 - k % 7]) for k in range(400)]
        asked = [back.relation(a, "before", b) for a, b in far]
        assert asked == [tl.relation(a, "before", b) for a, b in far]
        assert set(asked) == {Certainty.CERTAIN}
        assert solution.trees is not None  # the budget spent: numbered
        assert solution.parents is None
        assert back._solver.solves == 0
        assert str(back.ordered()) == str(tl.ordered())

    def test_the_first_questions_walk_and_ordered_needs_no_trees(self) -> None:
        """A few questions on a deep chain read back walk up its trees (no O(n) numbering
        for them); ``ordered()``, which asks about every event at once, decides its
        neighbours by bounds, ranks and searches, numbers no tree and walks none, and
        answers as the timeline written."""
        tl, names = _dated_chain(400)
        back = Timeline.from_json(tl.to_json())
        solution = back._solver.network._current()
        far = [(names[k], names[399 - k]) for k in range(20)]  # walks of 760 steps or so
        asked = [back.relation(a, "before", b) for a, b in far]
        assert asked == [tl.relation(a, "before", b) for a, b in far]
        assert solution.trees is None  # walked, within the budget
        assert solution.parents is not None
        walked = solution.parents_walked
        assert str(back.ordered()) == str(tl.ordered())
        assert solution.trees is None  # not numbered for ordered()
        assert solution.parents is not None
        assert solution.parents_walked == walked
        assert back._solver.solves == 0

    def test_after_a_solve_far_questions_walk_until_a_walk_spends_the_budget(self) -> None:
        """After a solve, a question about the two ends of a long chain walks the chain's
        length up the trees of bounds and numbers none; the walks share a budget of about
        half what numbering costs (8 steps per point and 65,536 more), and the question
        whose walk would spend it numbers the trees at once, rather than leave the search to
        cross the chain; every later question is answered by them."""
        tl, names = _dated_chain(1200)
        assert tl.relation(names[600], "before", names[603]) is Certainty.CERTAIN
        solution = tl._solver.network._current()
        assert solution.trees is None  # walked, three steps
        assert tl.relation(names[5], "before", names[1195]) is Certainty.CERTAIN
        assert solution.trees is None  # walked, not numbered
        assert solution.walked >= 1190  # the walk went from one end to the other
        budget = 8 * len(solution.up) + 65536
        asked = 0
        while solution.trees is None:
            assert tl.relation(names[1190], "before", names[7]) is Certainty.IMPOSSIBLE
            asked += 1
            assert asked <= budget // 1183 + 1  # every question walks 1,183 steps or more
        assert asked >= budget // (4 * 1200)  # many far questions walked first
        assert solution.walked == -1  # numbered: no more walks for these bounds
        assert tl.relation(names[7], "before", names[1190]) is Certainty.CERTAIN

    @pytest.mark.parametrize("version", [3, 4])
    @pytest.mark.parametrize(
        "edit",
        [
            lambda s: s["latest"].__setitem__(5, s["latest"][5] - 86400),  # a bound too tight
            lambda s: s["earliest"].__setitem__(7, s["earliest"][7] + 1),  # moved by a second
            lambda s: s["latest_depth"].__setitem__(3, s["latest_depth"][3] + 1),  # a depth
            lambda s: s.__setitem__("latest_strict", "0" * 9),  # strict bounds said not to be
            lambda s: s.__setitem__("earliest_strict", "1" + s["earliest_strict"][1:]),  # time zero
            lambda s: s["latest_by"].__setitem__(5, -1),  # the horizon, not the claim
            lambda s: s["latest_by"].__setitem__(5, 0),  # an edge that does not lead there
            lambda s: s["latest_by"].__setitem__(5, -3),  # no such code
            lambda s: s["latest_by"].__setitem__(5, 99),  # no such edge
            lambda s: s["conflicts"].pop(),  # a conflict left out
            lambda s: s["conflicts"][0].__setitem__("set_aside", 0),  # another claim set aside
            lambda s: s["conflicts"][0]["cycle"].reverse(),  # not a cycle of the network
            lambda s: s.__setitem__("horizon", 2**41),  # another horizon
            lambda s: s["latest"].append(0),  # a point too many
        ],
    )
    def test_a_stale_solution_is_solved_again(
        self, edit: Callable[[dict[str, Any]], None], version: int
    ) -> None:
        """A solution edited by hand (or written before the claims were) does not check: the
        timeline solves again, and answers as the one written; in the document of today and
        in one of version 3 (whose trees are taken down from time zero)."""
        self.assert_solved_again(version, edit)

    @pytest.mark.parametrize(
        ("version", "edit"),
        [
            (3, lambda s: s["latest"].__setitem__(5, None)),  # left out where claims give it
            (4, lambda s: s.__setitem__("latest_strict", "01010" + "2" + "111")),  # likewise
            (4, lambda s: s.__setitem__("latest_strict", "2" + s["latest_strict"][1:])),  # zero
            (4, lambda s: s["latest_depth"].__setitem__(5, 0)),  # a root that is none
            (4, lambda s: s["latest"].__setitem__(6, s["latest"][6] + 1)),  # not tight
        ],
    )
    def test_a_bound_said_to_be_the_horizons_is_found_out(
        self, version: int, edit: Callable[[dict[str, Any]], None]
    ) -> None:
        """A bound left out (version 3) or flagged as the horizon's (version 4) where the
        claims give one, a depth that does not hold, a bound above what its chain gives: the
        timeline solves again."""
        self.assert_solved_again(version, edit)

    @staticmethod
    def assert_solved_again(version: int, edit: Callable[[dict[str, Any]], None]) -> None:
        """``example()`` written in ``version``, its solution edited: read back, it solves
        on the first question, and answers as the timeline written."""
        tl = example()
        document = unpacked(json.loads(tl.to_json()))
        if version == 3:
            document = as_version_3(document)
        edit(document["solution"])
        back = Timeline.from_json(json.dumps(document if version == 3 else packed(document)))
        assert back._solver.solves == 0  # nothing asked yet
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert back._solver.solves == 1

    @pytest.mark.parametrize("version", [3, 4])
    def test_depths_are_optional(self, version: int) -> None:
        """Without the depths of its chains, a solution is checked all the same (the trees
        are then walked breadth first) and adopted."""
        tl = example()
        document = unpacked(json.loads(tl.to_json()))
        if version == 3:
            document = as_version_3(document)
        del document["solution"]["latest_depth"], document["solution"]["earliest_depth"]
        back = Timeline.from_json(json.dumps(document if version == 3 else packed(document)))
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert back._solver.solves == 0

    def test_a_version_3_document_of_today_reads_without_solving(self) -> None:
        """The timeline of a document written in version 3 (lists, null for the horizon's
        bounds) reads back without solving, and writes the version 4 of today."""
        tl = chained()
        tl.add("undated")
        tl.relate("undated", "before", "hearing")
        text = json.dumps(as_version_3(unpacked(json.loads(tl.to_json()))))
        assert "null" in text  # bounds only the horizon gives
        back = Timeline.from_json(text)
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert back._solver.solves == 0
        assert back.to_json() == tl.to_json()

    def test_a_claim_added_by_hand_is_taken_into_account(self) -> None:
        """A claim added to a document makes its solution stale, not wrong."""
        tl = example()
        document = unpacked(json.loads(tl.to_json()))
        claims, constraints = document["claims"], document["constraints"]
        for key, value in (
            ("subject", 3),
            ("relation", "before"),
            ("object", "conviction"),
            ("text", None),
            ("constraints", 1),
        ):
            claims[key].append(value)
        claims["kind"] += "1"  # a relation
        for key, value in (("left", 1), ("right", 8), ("bound", 0)):  # end of the vote <=
            constraints[key].append(value)  # the start of the conviction
        constraints["strict"] += "0"
        back = Timeline.from_json(json.dumps(packed(document)))
        tl.relate("vote", "before", "conviction")
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert back._solver.solves == 1

    @pytest.mark.parametrize(
        ("number", "edge", "bound"),
        [
            (1, 0, -63826444800 - 86400),  # the conviction starts a day later: a bound broken
            (1, 1, 63829123200 + 86400),  # it ends a day later: a bound no chain gives
            (6, 0, -172800),  # the sentencing lasts two days, not one
            (4, 0, 63843033600 - 3600),  # the elections over an hour earlier: a claim broken
        ],
    )
    def test_a_constraint_edited_by_hand_is_found_out(
        self, number: int, edge: int, bound: int
    ) -> None:
        """A constraint changed in the file, its solution left as it was: the bounds no longer
        satisfy it (or no longer follow from it), and the timeline solves again."""
        document = unpacked(json.loads(example().to_json()))
        document["constraints"]["bound"][first_edge(document, number) + edge] = bound
        back = Timeline.from_json(json.dumps(packed(document)))
        back.when("conviction")
        assert back._solver.solves == 1
        del document["solution"]
        fresh = Timeline.from_json(json.dumps(packed(document)))
        assert [back.when(e) for e in back] == [fresh.when(e) for e in fresh]

    @pytest.mark.parametrize(
        ("edit", "field"),
        [
            (lambda s: s.__setitem__("latest", "all"), "latest"),  # not a list
            (lambda s: s["earliest_by"].__setitem__(1, 1.5), "earliest_by"),  # not an int
            (lambda s: s.__setitem__("horizon", None), "horizon"),  # no horizon
            (lambda s: s["conflicts"][0].__setitem__("cycle", [True]), "cycle"),  # not an edge
            (lambda s: s.__setitem__("latest_strict", [0] * 9), "latest_strict"),  # not a string
            (lambda s: s.__setitem__("earliest_strict", "yes"), "earliest_strict"),  # not 0 or 1
            (lambda s: s["latest"].__setitem__(3, 1.5), "latest"),  # not an int
        ],
    )
    def test_a_malformed_solution_is_refused(
        self, edit: Callable[[dict[str, Any]], None], field: str
    ) -> None:
        """A solution of the wrong shape is a ParseError naming the field (in a document of
        version 3, whose columns are lists)."""
        document = as_version_3(unpacked(json.loads(example().to_json())))
        edit(document["solution"])
        with pytest.raises(ParseError, match=field):
            Timeline.from_json(json.dumps(document))


def changed(document: dict[str, Any], part: str, key: str, *edit: Any) -> dict[str, Any]:
    """A copy of ``document`` with ``document[part][key]`` replaced by ``edit[-1]``, or its
    item ``edit[0]`` replaced by ``edit[1]``."""
    copy = json.loads(json.dumps(document))
    if len(edit) == 1:
        copy[part][key] = edit[0]
    else:
        copy[part][key][edit[0]] = edit[1]
    return copy


class TestMalformed:
    """Anything but a chronos timeline is a ParseError naming 'text'."""

    @pytest.mark.parametrize(
        ("edit", "reason"),
        [
            (lambda d: "{not json", "not JSON"),  # not JSON at all
            (lambda d: {**d, "schema": "other"}, "schema"),  # another schema
            (lambda d: {**d, "version": 5}, "version"),  # a later version
            (lambda d: {**d, "version": True}, "version"),  # not a number
            (lambda d: {k: v for k, v in d.items() if k != "events"}, "events"),  # a field missing
            (lambda d: {**d, "events": [{"name": "", "instant": False}]}, "name"),  # a bad name
            (lambda d: {**d, "reference": "yesterday"}, "reference"),  # a bad reference
            (lambda d: changed(d, "claims", "kind", "7" * 12), "kind"),  # an unknown kind
            (lambda d: changed(d, "constraints", "left", 0, 99), "99"),  # a point of no event
            (lambda d: changed(d, "constraints", "left", 0, None), "left"),  # not a point number
            (lambda d: changed(d, "claims", "subject", 0, 9), "subject"),  # the claim of no event
            (lambda d: changed(d, "constraints", "strict", "2" * 19), "strict"),  # an unknown flag
            (lambda d: changed(d, "claims", "text", 1, None), "text"),  # a date claim says its text
            (lambda d: changed(d, "constraints", "bound", 0, 1.5), "bound"),  # not an int
            (lambda d: changed(d, "constraints", "bound", 0, 10**12), "calendar"),  # out of reach
            (
                lambda d: changed(d, "claims", "rare", {"0": {"confidence": 7}}),
                "confidence",
            ),  # a confidence out of range
            (lambda d: changed(d, "claims", "rare", {"x": {}}), "rare"),  # not a claim number
            (lambda d: changed(d, "claims", "rare", {"12": {}}), "rare"),  # a claim too many
            (lambda d: changed(d, "claims", "relation", ["before"]), "relation"),  # a column short
            (lambda d: changed(d, "claims", "constraints", 0, 2), "left"),  # a constraint short
            (lambda d: changed(d, "constraints", "strict", "1"), "strict"),  # flags short
            (lambda d: changed(d, "claims", "relation", 0, 5), "relation"),  # not a str
            (lambda d: changed(d, "claims", "object", 0, 5), "object"),  # not a str
            (lambda d: changed(d, "constraints", "bound", "0"), "bound"),  # not a list
        ],
    )
    def test_refused(self, edit: object, reason: str) -> None:
        """The error says what is wrong and the input is shown (a document of version 3: its
        columns are lists; those of version 4 below)."""
        document = as_version_3(unpacked(json.loads(example().to_json())))
        edited = edit(document)  # type: ignore[operator]
        text = edited if isinstance(edited, str) else json.dumps(edited)
        with pytest.raises(ParseError, match=reason) as info:
            Timeline.from_json(text)
        assert info.value.argument == "text"

    @pytest.mark.parametrize(
        ("part", "key", "value", "shown"),
        [
            ("constraints", "left", column([0] * 18), "must hold 19 integers, not 18"),  # short
            ("constraints", "right", column([0] * 20), "must hold 19 integers, not 20"),  # long
            ("constraints", "left", "AQ==", "not a whole number"),  # 1 byte: not 8 wide
            ("constraints", "bound", "AAAAAAAAAAAAAAAAAAAAAAAAAA==", "not a whole number"),  # 19
            ("constraints", "left", "AQAA*AAAAAA=", "is not base64"),  # a character not base64
            ("constraints", "left", "AQAAAAAAAAA", "is not base64"),  # the padding left out
            ("constraints", "left", [2, 1, 0], "must be a string of base64"),  # a list of old
            ("constraints", "left", column([99] + [0] * 18), "left=99"),  # a point of no event
            ("constraints", "right", column([0] * 18 + [-1]), "(item 18)"),  # below time zero
            ("claims", "subject", column([4] + [0] * 11), "subject=4"),  # no such event
            ("claims", "constraints", column([-1] + [1] * 11), "constraints=-1"),  # a count
            ("constraints", "bound", column([2**62] + [0] * 18), "calendar"),  # out of reach
            ("solution", "latest", "!!!!", "latest="),  # not base64, in the solution
            ("solution", "rank", "AA==", "rank="),  # not 8 bytes wide
            ("solution", "latest_strict", "014" + "0" * 6, "latest_strict"),  # a digit past 3
        ],
    )
    def test_a_packed_column_that_is_not_is_refused(
        self, part: str, key: str, value: object, shown: str
    ) -> None:
        """A column of integers of version 4 that is not base64, not a whole number of
        8-byte integers, of the wrong length, or holds a number out of range: a ParseError
        that names the column and shows the item (the integer, and its place)."""
        document = json.loads(example().to_json())
        document[part][key] = value
        with pytest.raises(ParseError) as info:
            Timeline.from_json(json.dumps(document))
        assert info.value.argument == "text"
        assert f"{key}=" in info.value.reason
        assert shown in info.value.reason
        # Raised, underneath, as an InvalidArgumentError naming the column.
        cause = info.value.__cause__
        assert isinstance(cause, InvalidArgumentError)
        assert cause.argument == key

    def test_not_text(self) -> None:
        """A value that is not JSON text is refused."""
        from chronos import InvalidArgumentError

        with pytest.raises(InvalidArgumentError, match="text"):
            Timeline.from_json(42)  # type: ignore[arg-type]


def _dated_chain(length: int) -> tuple[Timeline, list[str]]:
    """A chain of ``length`` events linked by "before", the first one dated: the trees of
    its solution are as deep as the chain."""
    tl = Timeline(reference="2024-10-25")
    names = [f"step {i}" for i in range(length)]
    tl.add(names[0], when="2024-01-02")
    for name in names[1:]:
        tl.add(name)
    for earlier, later in pairwise(names):
        tl.relate(earlier, "before", later)
    return tl, names
