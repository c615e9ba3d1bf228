"""Timeline queries: three-valued relations, date windows, and the chronology."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from chronos import Certainty, InvalidArgumentError, ParseError, Span, Timeline, UnknownEventError

CERTAIN, POSSIBLE, IMPOSSIBLE = Certainty.CERTAIN, Certainty.POSSIBLE, Certainty.IMPOSSIBLE


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """A small news timeline: dated events, linked events, and events nothing dates."""
    tl = Timeline(reference=date(2024, 10, 25))
    tl.add("conviction", when="in August 2023")
    tl.add("prison", when="since August 2023")
    tl.add("elections", when="on February 8", tense="past")
    tl.add("sentencing")
    tl.add("letter")
    tl.add("reaction", when="on 25 October 2024")
    tl.add("talks")
    tl.add("vote", when="2024-02-08", instant=True)
    tl.relate("sentencing", "after", "conviction")
    tl.relate("sentencing", "before", "elections")
    tl.relate("prison", "after", "conviction")
    tl.relate("letter", "before", "reaction", gap="at least 2 days")
    return tl


def names(events: object) -> list[str]:
    """The names of some events."""
    return [e.name for e in events]  # type: ignore[attr-defined]


class TestRelation:
    """relation(a, rel, b): CERTAIN, POSSIBLE or IMPOSSIBLE."""

    @pytest.mark.parametrize(
        ("a", "relation", "b", "answer"),
        [
            ("sentencing", "before", "elections", CERTAIN),  # said so
            ("elections", "before", "sentencing", IMPOSSIBLE),  # both take some time
            ("conviction", "before", "sentencing", CERTAIN),  # the converse of 'after'
            ("conviction", "before", "elections", CERTAIN),  # by their dates alone
            ("sentencing", "during", Span.year(2023), POSSIBLE),  # or early 2024
            ("letter", "before", "elections", POSSIBLE),  # nothing says when the letter came
            ("letter", "after", "conviction", POSSIBLE),  # likewise
            ("talks", "before", "letter", POSSIBLE),  # two undated events
            ("prison", "contains", "elections", CERTAIN),  # ongoing since August 2023
            ("elections", "during", "prison", CERTAIN),  # the converse
            ("letter", "after", "reaction", IMPOSSIBLE),  # it came at least 2 days before
            ("letter", "since", "conviction", IMPOSSIBLE),  # the letter is over, not ongoing
            ("prison", "since", "conviction", POSSIBLE),  # if it began as the conviction ended
            ("vote", "during", "elections", POSSIBLE),  # an instant on the day
            ("elections", "during", "vote", IMPOSSIBLE),  # a durative event in an instant
            ("vote", "equals", "elections", IMPOSSIBLE),  # an instant is no durative event
            ("talks", "equals", "letter", POSSIBLE),  # nothing rules it out
            ("prison", "overlaps", "sentencing", IMPOSSIBLE),  # prison outlasts the sentencing
            ("vote", "during", Span.day(2024, 2, 9), IMPOSSIBLE),  # spans are half-open
            ("elections", "IS_INCLUDED", Span.month(2024, 2), CERTAIN),  # a TimeML name
            ("sentencing", "ahead of", date(2024, 2, 9), CERTAIN),  # a cue word, a date
        ],
    )
    def test_answers(
        self, tl: Timeline, a: str, relation: str, b: object, answer: Certainty
    ) -> None:
        """Each question gets the three-valued answer the claims entail."""
        assert tl.relation(a, relation, b) is answer  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("gap", "answer"),
        [
            ("at least 2 days", CERTAIN),  # as claimed
            ("at least a day", CERTAIN),  # weaker than claimed
            ("at least 3 days", POSSIBLE),  # stronger than claimed
            ("within a day", IMPOSSIBLE),  # contradicts the claim
        ],
    )
    def test_gap(self, tl: Timeline, gap: str, answer: Certainty) -> None:
        """A gap in the question is part of what is asked."""
        assert tl.relation("reaction", "after", "letter", gap=gap) is answer

    def test_answers_refuse_bool(self, tl: Timeline) -> None:
        """A three-valued answer has no truth value of its own."""
        with pytest.raises(TypeError):
            bool(tl.relation("letter", "before", "elections"))

    def test_events_added_after_a_question(self) -> None:
        """Events added after a relation was asked, with nothing said of them yet, are in no
        certain order: the proofs the first question took from the solution (the trees of
        its bounds) know nothing of them, and must not say anything of them either. Adding an
        instant moves no bound, so nothing else tells the solution that it changed."""
        t = Timeline(reference=date(2025, 1, 1))
        t.add("talks")
        t.add("signing", instant=True)
        assert t.relation("talks", "before", "signing") is POSSIBLE
        t.add("leak", instant=True)
        t.add("denial", instant=True)
        assert t.relation("leak", "before", "denial") is POSSIBLE
        assert t.relation("denial", "before", "leak") is POSSIBLE
        assert t.relation("talks", "before", "denial") is POSSIBLE

    @pytest.mark.parametrize(
        ("args", "error"),
        [
            (("sentencing", "befor", "elections"), ParseError),  # a misspelt relation
            (("sentencing", "before", "election"), UnknownEventError),  # an unknown event
            (("sentencing", "before", "sentencing"), InvalidArgumentError),  # itself
            (("sentencing", "before", 2024), InvalidArgumentError),  # not a time
        ],
    )
    def test_refused(self, tl: Timeline, args: tuple[object, ...], error: type[Exception]) -> None:
        """A question that cannot be asked raises a ChronosError."""
        with pytest.raises(error):
            tl.relation(*args)  # type: ignore[arg-type]


class TestWindows:
    """between / before / after / during / overlapping: events by date, three-valued."""

    @pytest.mark.parametrize(
        ("method", "args", "certain", "possible"),
        [
            (
                "between",
                ("2023-08", "2024-02"),
                ["conviction", "sentencing", "vote", "elections"],
                ["letter", "talks", "conviction", "sentencing", "vote", "elections"],
            ),  # the example
            (
                "between",
                ("2023-08", "2023-08"),
                ["conviction"],
                ["letter", "talks", "conviction", "sentencing"],
            ),
            ("between", ("2024-02-09", "2024-02-09"), [], ["letter", "talks"]),  # a day after
            (
                "before",
                ("2024-02-08",),
                ["conviction"],
                ["letter", "talks", "conviction", "sentencing", "vote"],
            ),  # over by the start of that day
            ("after", ("2024-10-25",), [], ["talks"]),  # starting once the day is over
            (
                "during",
                ("2024",),
                ["vote", "elections", "reaction"],
                ["letter", "talks", "sentencing", "vote", "elections", "reaction"],
            ),  # within the year
            (
                "overlapping",
                ("2024-10-25",),
                ["prison", "reaction"],
                ["talks", "prison", "reaction"],
            ),  # sharing time with the reference day
            (
                "before",
                ("elections",),
                ["conviction", "sentencing"],
                ["letter", "talks", "conviction", "sentencing", "vote"],
            ),  # before an event: exact entailment
            ("during", ("prison",), ["vote", "elections", "reaction"], None),  # inside an event
        ],
    )
    def test_queries(
        self,
        tl: Timeline,
        method: str,
        args: tuple[object, ...],
        certain: list[str],
        possible: list[str] | None,
    ) -> None:
        """CERTAIN lists what surely qualifies; POSSIBLE adds what may, in display order."""
        query = getattr(tl, method)
        assert names(query(*args)) == certain
        if possible is not None:
            assert names(query(*args, certainty=POSSIBLE)) == possible

    def test_span_and_date_arguments(self, tl: Timeline) -> None:
        """Spans, dates and phrases name the same windows as EDTF strings."""
        assert tl.between(Span.month(2023, 8), Span.month(2024, 2)) == tl.between(
            "2023-08", "2024-02"
        )
        assert tl.before(date(2024, 2, 8)) == tl.before("2024-02-08")
        assert tl.during("in 2024") == tl.during("2024")

    @pytest.mark.parametrize(
        ("call", "error"),
        [
            (
                lambda tl: tl.between("2023-08", "2024-02", certainty=IMPOSSIBLE),
                InvalidArgumentError,
            ),
            (
                lambda tl: tl.between("2023-08", "2024-02", certainty="certain"),
                InvalidArgumentError,
            ),
            (lambda tl: tl.before("next Febuary"), ParseError),  # a misspelt phrase
            (lambda tl: tl.after(3.5), InvalidArgumentError),  # not a time
            (lambda tl: tl.between("../2023", "2024"), InvalidArgumentError),  # an open window
            (lambda tl: tl.between("2024", "2023"), InvalidArgumentError),  # ends before it starts
        ],
    )
    def test_refused(self, tl: Timeline, call: object, error: type[Exception]) -> None:
        """A window that cannot be read, or an answer that cannot be listed, is refused."""
        with pytest.raises(error):
            call(tl)  # type: ignore[operator]


class TestWindowsAfterChanges:
    """A change after a solve patches the window index; the answers are those of a rebuild."""

    FEB = Span.month(2024, 2)

    @pytest.mark.parametrize(
        ("method", "certainty", "expected"),
        [
            ("between", Certainty.CERTAIN, ["b", "c"]),  # b now in February, c added in it
            ("between", Certainty.POSSIBLE, ["d", "b", "c"]),  # d is unbounded: possible
            ("during", Certainty.CERTAIN, ["b", "c"]),  # the same window, by its other name
            ("before", Certainty.CERTAIN, ["a"]),  # over by 1 February: only January's a
            ("after", Certainty.CERTAIN, ["b", "c"]),  # starting once January is over
            ("overlapping", Certainty.CERTAIN, ["b", "c"]),  # sharing time with February
        ],
    )
    def test_changes_after_a_query_are_seen(
        self, method: str, certainty: Certainty, expected: list[str]
    ) -> None:
        """Events whose bounds moved, and events added, answer with their new bounds."""
        tl = Timeline(reference="2024-10-25")
        tl.add("a", when=Span.month(2024, 1))
        b = tl.add("b")
        d = tl.add("d")
        args = {"between": (self.FEB, self.FEB), "after": (Span.month(2024, 1),)}.get(
            method, (self.FEB,)
        )

        def ask(timeline: Timeline) -> list[str]:
            found = getattr(timeline, method)(*args, certainty=certainty)
            return [e.name for e in found]

        ask(tl)  # builds the index
        index = tl._query
        tl.relate(b, "during", self.FEB)
        tl.add("c", when=Span.day(2024, 2, 10))
        tl.relate(d, "after", "a")
        assert ask(tl) == expected
        assert tl._query is index, "patched, not rebuilt"
        assert ask(Timeline.from_json(tl.to_json())) == expected  # a fresh solve agrees

    def test_a_change_that_moves_many_events(self) -> None:
        """Dating a key event moves the 300 events counted from it: more than one query puts
        in place, so the rest wait, tested directly, and each later query puts more of them
        in place; every answer is a fresh solve's, and no structure is laid out again."""
        tl = Timeline(reference="2024-10-25")
        tl.add("key")
        for i in range(300):
            tl.add(f"e{i}")
            tl.relate(f"e{i}", "after", "key", gap=f"{i % 90 + 1} days")
        windows = [Span.month(2024, m) for m in (3, 4, 5, 6)]

        def asked(timeline: Timeline) -> list[list[str]]:
            return [
                [e.name for e in found]
                for w in windows
                for found in (
                    timeline.between(w, w),
                    timeline.between(w, w, certainty=POSSIBLE),
                    timeline.before(w),
                    timeline.after(w, certainty=POSSIBLE),
                    timeline.overlapping(w),
                )
            ]

        assert asked(tl)[0] == []  # every structure built; nothing dated yet
        index = tl._query
        assert index is not None
        structures = dict(index._pairs) | dict(index._sorted)
        tl.relate("key", "during", Span.month(2024, 3))
        fresh = Timeline.from_json(tl.to_json())
        first = [e.name for e in tl.between(windows[1], windows[1], certainty=POSSIBLE)]
        assert first, "events counted from the key may lie in April"
        assert index._waiting, "the move of 300 events is spread over the queries after it"
        assert first == [e.name for e in fresh.between(windows[1], windows[1], certainty=POSSIBLE)]
        answers = asked(tl)
        assert answers == asked(fresh)
        assert sum(map(len, answers)) > 300  # the moved events are found
        for _ in range(40):
            assert asked(tl) == answers
        assert not index._waiting, "every moved event is in place"
        assert tl._query is index
        assert dict(index._pairs) | dict(index._sorted) == structures, "none laid out again"


def counted_from_a_key(count: int) -> Timeline:
    """A key event, ``count`` instants each some days after it, and January 2024 dated."""
    tl = Timeline(reference="2024-10-25")
    tl.add("key")
    tl.add("january", when=Span.month(2024, 1))
    for i in range(count):
        tl.add(f"e{i}", instant=True)
        tl.relate(f"e{i}", "after", "key", gap=f"{i % 90 + 1} days")
    return tl


MARCH, APRIL, MARCH_1 = Span.month(2024, 3), Span.month(2024, 4), Span.day(2024, 3, 1)


class TestWindowsWhileEventsWait:
    """After a change that moves many events, the queries answer from the events' current
    bounds whichever way they are asked: before the events are in place, while they are
    put in place, and after."""

    @pytest.mark.parametrize(
        ("first", "then"),
        [
            # the structure of the window asked before the change answers first
            (lambda tl: tl.between(APRIL, APRIL), lambda tl: tl.between(APRIL, APRIL)),
            # a window of the other certainty: a structure laid out while events wait
            (
                lambda tl: tl.between(APRIL, APRIL),
                lambda tl: tl.between(APRIL, APRIL, certainty=POSSIBLE),
            ),
            # a one-sided window laid out while events wait, then the two-sided one
            (lambda tl: tl.between(APRIL, APRIL), lambda tl: tl.after(APRIL)),
            # the events over by April: the end's latest time, tested first and alone
            (lambda tl: tl.before(MARCH), lambda tl: tl.before(APRIL)),
            # sharing time with April: both tests, the second on those passing the first
            (lambda tl: tl.overlapping(MARCH), lambda tl: tl.overlapping(APRIL)),
            # open at one end: a test that every bound passes
            (
                lambda tl: tl.overlapping(MARCH),
                lambda tl: tl.overlapping(Span.between(date(2024, 4, 1), None)),
            ),
            # relative to an event: every event asked, those waiting read for their order
            (lambda tl: tl.between(APRIL, APRIL), lambda tl: tl.after("january")),
        ],
    )
    def test_answers_while_events_wait(self, first: object, then: object) -> None:
        """Every answer, from the query right after dating the key event (300 events wait)
        to the one after the last of them is in place, is a fresh solve's."""
        tl = counted_from_a_key(300)
        first(tl)  # type: ignore[operator]
        index = tl._query
        assert index is not None
        tl.relate("key", "during", MARCH_1)
        fresh = Timeline.from_json(tl.to_json())
        expected = names(then(fresh))  # type: ignore[operator]
        assert any(e.startswith("e") for e in expected), "events counted from the key answer"
        assert names(then(tl)) == expected  # type: ignore[operator]
        assert index._waiting, "the move is spread over the queries after it"
        for _ in range(40):
            assert names(then(tl)) == expected  # type: ignore[operator]
        assert not index._waiting, "every moved event is in place"
        assert tl._query is index

    @pytest.mark.parametrize(
        ("changes", "ask"),
        [
            # two changes before a question: the events of both wait together
            (
                [lambda tl: tl.relate("key", "during", MARCH_1), lambda tl: tl.add("later")],
                lambda tl: tl.between(APRIL, APRIL),
            ),
            # the same events moved again before they are in place: narrowed to a day
            (
                [
                    lambda tl: tl.relate("key", "during", MARCH),
                    lambda tl: tl.relate("key", "during", MARCH_1),
                ],
                lambda tl: tl.between(APRIL, APRIL),
            ),
            # and moved back: the date withdrawn, events over by April are no longer so
            (
                [
                    lambda tl: tl.relate("key", "during", MARCH_1),
                    lambda tl: tl.withdraw(tl.claims[-1]),
                ],
                lambda tl: tl.before(APRIL),
            ),
        ],
    )
    def test_changes_before_the_events_are_in_place(
        self, changes: list[object], ask: object
    ) -> None:
        """Changes that come before the events of an earlier one are in place are read on
        top of it, each asked about after it; the answers stay a fresh solve's, and the
        structure is not laid out again."""
        tl = counted_from_a_key(300)
        ask(tl)  # type: ignore[operator]
        index = tl._query
        assert index is not None
        structures = dict(index._pairs) | dict(index._sorted)
        for change in changes:
            change(tl)  # type: ignore[operator]
            fresh = Timeline.from_json(tl.to_json())
            assert names(ask(tl)) == names(ask(fresh))  # type: ignore[operator]
            assert index._waiting, "the events moved wait"
        for _ in range(40):
            assert names(ask(tl)) == names(ask(fresh))  # type: ignore[operator]
        assert dict(index._pairs) | dict(index._sorted) == structures, "none laid out again"

    def test_too_many_waiting_lays_the_structures_out_afresh(self) -> None:
        """More events waiting than an eighth of the timeline (and than 512): the structures
        are laid out afresh by the next query that needs one, from every current bound."""
        tl = counted_from_a_key(600)
        tl.between(APRIL, APRIL)
        index = tl._query
        assert index is not None
        pair = index._pairs["within"]
        tl.relate("key", "during", MARCH_1)  # 600 events move: more than 512 and 602 / 8
        fresh = Timeline.from_json(tl.to_json())
        assert names(tl.between(APRIL, APRIL)) == names(fresh.between(APRIL, APRIL))
        assert names(tl.before(APRIL)) == names(fresh.before(APRIL))
        assert index._pairs["within"] is not pair, "laid out afresh"
        assert not index._waiting


class TestWindowStructuresAndTheCollector:
    """A structure just laid out is traced by the garbage collector at once, not by
    whatever call next crosses the collector's threshold."""

    @pytest.mark.parametrize(
        ("enabled", "oldest"),
        [
            (True, True),  # collector on: the structure's lists are in the oldest generation
            (False, False),  # collector off: nothing is collected, the lists are young
        ],
    )
    def test_structure_handed_to_the_oldest_generation(self, enabled: bool, oldest: bool) -> None:
        """With the collector on, the lists of a structure just laid out are in generation
        2; with it off, the query collects nothing."""
        tl = counted_from_a_key(50)
        was = gc.isenabled()
        gc.collect()
        try:
            if not enabled:
                gc.disable()
            tl.between(APRIL, APRIL)
            index = tl._query
            assert index is not None
            codes = index._pairs["within"]._codes
            in_oldest = any(o is codes for o in gc.get_objects(generation=2))
        finally:
            if was:
                gc.enable()
        assert in_oldest is oldest


class TestOrdered:
    """ordered(): a linear extension of certain precedence, uncertain runs marked."""

    def test_order(self, tl: Timeline) -> None:
        """Every certainly-earlier event comes first."""
        order = names(tl.ordered())
        assert order == [
            "conviction",
            "prison",
            "sentencing",
            "elections",
            "vote",
            "letter",
            "reaction",
            "talks",
        ]
        for i, a in enumerate(order):
            for b in order[:i]:
                assert tl.relation(a, "before", b) is not CERTAIN

    def test_runs(self, tl: Timeline) -> None:
        """Consecutive events whose order is not certain form a run."""
        runs = [names(run) for run in tl.ordered().runs]
        assert runs == [
            ["conviction"],
            ["prison", "sentencing"],
            ["elections", "vote", "letter"],
            ["reaction", "talks"],
        ]

    def test_text(self, tl: Timeline) -> None:
        """str() is a chronology with the EDTF hull of each event and runs bracketed."""
        lines = str(tl.ordered()).splitlines()
        assert lines[0] == "  2023-08                conviction"
        assert lines[1].startswith("┌ 2023-08/..")
        assert lines[2].endswith("sentencing  (order with the above uncertain)")

    def test_sequence(self, tl: Timeline) -> None:
        """A chronology is a sequence of events."""
        chronology = tl.ordered()
        assert len(chronology) == 8
        assert chronology[0].name == "conviction"
        assert [e.name for e in chronology[:2]] == ["conviction", "prison"]
        assert chronology.entries[1].certainly_after_previous is True

    def test_empty(self) -> None:
        """An empty timeline has an empty chronology."""
        assert list(Timeline(reference="2024-10-25").ordered()) == []

    def test_chain_without_dates(self) -> None:
        """Events linked only to each other are ordered by their links."""
        tl = Timeline(reference="2024-10-25")
        for name in "dcba":
            tl.add(name)
        tl.relate("a", "before", "b")
        tl.relate("b", "meets", "c")
        tl.relate("c", "before", "d", gap="a week")
        chronology = tl.ordered()
        assert names(chronology) == ["a", "b", "c", "d"]
        assert [len(run) for run in chronology.runs] == [1, 1, 1, 1]

    @pytest.mark.parametrize(
        ("added", "claims", "expected"),
        [
            # Two chains over by the calendar's first second: their ends are tied with the
            # origin itself (no rank of the network's orders that tie), yet each chain keeps
            # its order; between the two chains nothing is certain.
            (
                ("late", "b", "a", "c"),
                (
                    ("a", "before", Span.day(1, 1, 1)),
                    ("b", "before", "a"),
                    ("c", "after", "late"),
                    ("late", "before", Span.day(1, 1, 1)),
                ),
                [("b", False), ("late", False), ("a", False), ("c", False)],
            ),
            # Two events equal (their points on one cycle of tied links), one before them and
            # one after, one unlinked: the cycle goes as one, after what precedes it.
            (
                ("lone", "d", "b", "a", "c"),
                (("a", "equals", "b"), ("c", "before", "a"), ("d", "after", "b")),
                [("c", False), ("b", True), ("a", False), ("lone", False), ("d", False)],
            ),
            # No date: a chain of three and one more before its last; the events with the
            # most to follow them first, the unlinked one where the added order puts it.
            (
                ("lone", "r", "q", "p", "x"),
                (("p", "before", "q"), ("q", "before", "r"), ("x", "before", "r")),
                [("p", False), ("q", True), ("x", False), ("lone", False), ("r", False)],
            ),
        ],
    )
    def test_ties_of_latest_times_broken_by_links(
        self,
        added: tuple[str, ...],
        claims: tuple[tuple[str, str, str | Span], ...],
        expected: list[tuple[str, bool]],
    ) -> None:
        """Events whose latest times tie are ordered by the tight links between their
        points: never one after an event it certainly precedes."""
        check_order(added, "", claims, expected)

    @pytest.mark.parametrize(
        ("added", "instants", "claims", "expected"),
        [
            # An instant that meets an event is over when the event starts: their starts are
            # bound to one time, and the instant, whose end is too, goes first (added last).
            (("e", "i"), "i", (("i", "meets", "e"),), [("i", False), ("e", True)]),
            # An instant that starts an event likewise, whatever the order added.
            (("e", "i"), "i", (("i", "starts", "e"),), [("i", False), ("e", True)]),
            # An event between two instants it is met by and meets; an unlinked event first,
            # as added first.
            (
                ("b", "j", "e", "i"),
                "ij",
                (("i", "meets", "e"), ("e", "meets", "j")),
                [("b", False), ("i", False), ("e", True), ("j", True)],
            ),
            # Two instants that meet one event: both before it, in the order added (each is
            # over when the other starts, at one time).
            (
                ("e", "i2", "i1"),
                ("i1", "i2"),
                (("i1", "meets", "e"), ("i2", "meets", "e")),
                [("i2", False), ("i1", True), ("e", True)],
            ),
        ],
    )
    def test_starts_bound_to_one_time_broken_by_ends(
        self,
        added: tuple[str, ...],
        instants: str | tuple[str, ...],
        claims: tuple[tuple[str, str, str], ...],
        expected: list[tuple[str, bool]],
    ) -> None:
        """Events whose starts are bound to one time go by their ends: never one after an
        event it certainly precedes, unless that one certainly precedes it too (two instants
        at one time)."""
        check_order(added, instants, claims, expected)

    def test_undated_order_through_points_not_tied(self) -> None:
        """With no date, an event of exactly 10 days during one of at most 10 days starts
        with it: the order entailed between their starts runs through both their ends, whose
        latest times are not those of the starts. An instant over before the first is over
        before the second too, and is listed first (it was listed after the second); the two
        events, bound to one time at both ends, in the order added."""
        tl = Timeline(reference="2024-10-25")
        tl.add("exact", duration="10 days")
        tl.add("outer", duration="at most 10 days")
        tl.add("mark", instant=True)
        tl.relate("exact", "during", "outer")
        tl.relate("exact", "after", "mark")
        assert tl.relation("mark", "before", "outer") is CERTAIN
        assert names(tl.ordered()) == ["mark", "exact", "outer"]

    def test_undated_order_by_lengths_and_gaps(self) -> None:
        """With no date, an order entailed by a longer gap after a shorter length holds:
        y ends at least 5 days before w starts, w finishes x, x lasts at most 3 days, so y
        ends at least 2 days before x starts. Every time here is bounded by the horizon
        alone; their seconds still order them (tied, x would come first, as added first)."""
        tl = Timeline(reference="2024-10-25")
        tl.add("x", duration="at most 3 days")
        tl.add("w")
        tl.add("y")
        tl.relate("w", "finishes", "x")
        tl.relate("y", "before", "w", gap="at least 5 days")
        assert tl.relation("y", "before", "x") is CERTAIN
        assert str(tl.when("x")) == str(tl.when("y")) == "../.."
        assert names(tl.ordered()) == ["y", "x", "w"]


class TestBoundsShared:
    """ordered() makes the bounds of events that have the same ones once where few windows
    differ: a frozen value, shared by every entry that has it."""

    MARCH = Span.month(2024, 3)

    @pytest.mark.parametrize(
        ("claims", "shared", "apart"),
        [
            # No date at all: every event's bounds are the horizon's, one value for all.
            ({}, [("a", "b"), ("b", "c"), ("c", "e")], []),
            # Four events in one month and nothing else about them: one value; the undated
            # event its own.
            (
                dict.fromkeys("abcd", MARCH),
                [("a", "b"), ("b", "c"), ("c", "d")],
                [("a", "e")],
            ),
            # Three in one month, two a month later: two values, though both months have the
            # same shape.
            (
                {**dict.fromkeys("abc", MARCH), **dict.fromkeys("de", Span.month(2024, 4))},
                [("a", "b"), ("b", "c"), ("d", "e")],
                [("a", "d")],
            ),
            # A day inside the others' month: its start window differs, so do its bounds.
            (
                {**dict.fromkeys("abce", MARCH), "d": Span.day(2024, 3, 5)},
                [("a", "c"), ("c", "e")],
                [("a", "d")],
            ),
        ],
    )
    def test_same_bounds_one_value(
        self,
        claims: dict[str, Span],
        shared: list[tuple[str, str]],
        apart: list[tuple[str, str]],
    ) -> None:
        """Events with equal bounds share one Bounds; each entry's equals when()."""
        tl = Timeline(reference="2024-10-25")
        for name in "abcde":
            tl.add(name, when=claims.get(name))
        bounds = {e.event.name: e.bounds for e in tl.ordered().entries}
        for name, value in bounds.items():
            assert value == tl.when(name)
        for x, y in shared:
            assert bounds[x] is bounds[y]
        for x, y in apart:
            assert bounds[x] != bounds[y]

    def test_bounds_that_mostly_differ_are_each_made(self) -> None:
        """Where most windows differ (each event on its own day), each event's bounds are
        made for it, equal to when()."""
        tl = Timeline(reference="2024-10-25")
        for day in range(1, 9):
            tl.add(f"d{day}", when=Span.day(2024, 3, day))
        entries = tl.ordered().entries
        assert [e.event.name for e in entries] == [f"d{day}" for day in range(1, 9)]
        assert [e.bounds for e in entries] == [tl.when(f"d{day}") for day in range(1, 9)]


def check_order(
    added: tuple[str, ...],
    instants: str | tuple[str, ...],
    claims: tuple[tuple[str, str, str | Span], ...],
    expected: list[tuple[str, bool]],
) -> None:
    """``ordered()`` of the events ``added`` (``instants`` among them) under ``claims`` is
    ``expected`` (each with whether it is certainly after the one before), and lists no
    event after one it certainly precedes, unless that one certainly precedes it too."""
    tl = Timeline(reference="2024-10-25")
    for name in added:
        tl.add(name, instant=name in instants)
    for subject, relation, other in claims:
        tl.relate(subject, relation, other)
    entries = tl.ordered().entries
    assert [(e.event.name, e.certainly_after_previous) for e in entries] == expected
    order = [name for name, _ in expected]
    for i, later in enumerate(order):
        for earlier in order[:i]:
            if tl.relation(later, "before", earlier) is CERTAIN:
                assert tl.relation(earlier, "before", later) is CERTAIN
