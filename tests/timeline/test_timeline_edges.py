"""Timeline at its edges: failed changes leave no trace, the calendar's ends, hostile JSON,
labels, and events of another timeline."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from chronos import (
    Certainty,
    ChronosError,
    InvalidArgumentError,
    ParseError,
    Span,
    Timeline,
    UnknownEventError,
)
from tests.timeline.documents import as_version_3

REF = "2000-01-01"
BEYOND = "reaches beyond the supported calendar (0001-01-01 to 9999-12-31)"


def snapshot(tl: Timeline) -> tuple[Any, ...]:
    """Everything a user reads back from a timeline."""
    return (
        tl.to_json(),
        [str(tl.when(e)) for e in tl.events],
        [entry.event.name for entry in tl.ordered().entries],
        [str(c.set_aside) for c in tl.conflicts],
    )


class TestAFailedChangeLeavesTheTimelineAsItWas:
    @pytest.mark.parametrize(
        ("change", "argument", "value"),
        [
            # a when= that reads as a length longer than the calendar
            (lambda tl: tl.add("e", when="99999 years"), "when", "99999 years"),
            # the same length as duration=
            (lambda tl: tl.add("e", duration="99999 years"), "duration", "99999 years"),
            # a gap between two events longer than the calendar
            (lambda tl: tl.relate("a", "after", "b", gap="99999 years"), "gap", "99999 years"),
            # a gap whose longest reading (9999 years of 366 days) is longer than the calendar
            (lambda tl: tl.relate("a", "after", "b", gap="9999 years"), "gap", "9999 years"),
            # the same gap before a span
            (
                lambda tl: tl.relate("a", "before", Span.year(2000), gap="99999 years"),
                "gap",
                "99999 years",
            ),
        ],
    )
    def test_a_claim_beyond_the_calendar_is_refused_and_leaves_no_trace(
        self, change: Any, argument: str, value: str
    ) -> None:
        """The call raises naming its argument, its value and why; nothing of it stays."""
        tl = Timeline(reference=REF)
        tl.add("a", when="in 1999")
        tl.add("b")
        before = snapshot(tl)
        with pytest.raises(InvalidArgumentError) as info:
            change(tl)
        assert (info.value.argument, info.value.value, info.value.reason) == (
            argument,
            value,
            BEYOND,
        )
        assert snapshot(tl) == before
        assert "e" not in tl

    def test_the_timeline_keeps_working_after_a_refused_change(self) -> None:
        """The reproducer of the issue: ordered(), to_json() and when() answer afterwards."""
        tl = Timeline(reference=REF)
        with pytest.raises(InvalidArgumentError):
            tl.add("e", when="99999 years")
        assert len(tl) == 0
        assert tl.ordered().entries == ()
        assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()
        with pytest.raises(UnknownEventError):
            tl.when("e")
        tl.add("e", when="in 1999")  # the name is free again
        assert str(tl.when("e")) == "1999"


class TestAGapBeyondTheCalendar:
    def test_a_chain_past_the_calendar_end_is_bounded_at_the_edge(self) -> None:
        """Two gaps of 5,000 years after 2000 place c after the calendar's end: when(c) says
        it starts at the calendar's last second or later, as relation() says it is after."""
        tl = Timeline(reference=REF)
        b = tl.add("b", when="in 2000")
        a, c = tl.add("a"), tl.add("c")
        tl.relate(a, "after", b, gap="5000 years")
        tl.relate(c, "after", a, gap="5000 years")
        assert tl.when(c).earliest_start == datetime(9999, 12, 31, 23, 59, 59)
        assert tl.when(c).latest_start is None
        assert tl.relation(c, "after", b) is Certainty.CERTAIN

    def test_a_chain_past_the_calendar_start_is_bounded_at_the_edge(self) -> None:
        """3,000 years before 2000 ends before year 1: the latest end is the calendar's first
        instant, not "unbounded"."""
        tl = Timeline(reference=REF)
        x = tl.add("x", when="in 2000")
        y = tl.add("y")
        tl.relate(y, "before", x, gap="3000 years")
        assert tl.when(y).latest_end == datetime(1, 1, 1)
        assert tl.when(y).earliest_start is None
        assert tl.relation(y, "before", x) is Certainty.CERTAIN


class TestReference:
    @pytest.mark.parametrize(
        "reference",
        [
            "0001-01-01",  # the first day: "last week" has no representable answer
            date(1, 6, 1),  # in year 1, as a date
            "9999-12-31",  # the last day: "tomorrow" has none
            datetime(9998, 6, 1, 12, 0),  # in the last year phrases can name
        ],
    )
    def test_a_reference_without_a_neighbourhood_is_refused_naming_reference(
        self, reference: object
    ) -> None:
        """The error names the user's argument (not an internal one) and the supported
        years."""
        with pytest.raises(InvalidArgumentError) as info:
            Timeline(reference=reference)  # type: ignore[arg-type]
        assert info.value.argument == "reference"
        assert info.value.value == reference
        assert "years 2 to 9997" in info.value.reason

    @pytest.mark.parametrize(
        ("reference", "shown"),
        [
            ("0002-01-01", "0002-01-01"),  # the first day accepted
            ("9997-12-31", "9997-12-31"),  # the last day accepted
            ("9997-12-31T23:59:59", "9997-12-31T23:59:59"),  # its last second
        ],
    )
    def test_the_references_at_the_edges_are_accepted(self, reference: str, shown: str) -> None:
        """The years 2 to 9997 work, to their first and last second."""
        assert str(Timeline(reference=reference).reference_span) == shown


class TestFromJsonHostileInput:
    @staticmethod
    def document() -> dict[str, Any]:
        """A small document, as version 3 wrote it (its columns lists: a bound of any size
        can be written there)."""
        tl = Timeline(reference="2024-10-25")
        a = tl.add("a", when="in 2024")
        tl.relate(tl.add("b"), "after", a)
        return as_version_3(json.loads(tl.to_json()))

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("[" * 1000, "nested deeper than 32 levels"),  # was a RecursionError
            ('{"a":' * 100_000, "nested deeper than 32 levels"),  # objects as deep
            ("[" * 40 + "]" * 40, "nested deeper than 32 levels"),  # balanced, but too deep
            ("9" * 5000, "not JSON"),  # more digits than int() reads
            ("[1e400]", "not a chronos timeline"),  # an infinite number, at the top
            ('["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]', "not a chronos timeline"),  # in a str
        ],
    )
    def test_malformed_text_is_a_parse_error(self, text: str, reason: str) -> None:
        """Every malformed document is a ParseError naming text, however it is malformed."""
        with pytest.raises(ParseError) as info:
            Timeline.from_json(text)
        assert info.value.argument == "text"
        assert info.value.reason.startswith(reason)
        assert len(str(info.value)) < 600  # a window of the document, not all of it

    @pytest.mark.parametrize(
        ("path", "value", "inside"),
        [
            (
                ("version",),
                99,
                "version=99: this chronos reads versions 1 to 4",
            ),  # unknown version
            (("events", 1, "name"), "a", "name='a': names two events"),  # colliding ids
            (("events", 1, "name"), " a ", "name='a': names two events"),  # the same, spaced
            (("constraints", "bound", -1), 10**30, "bound=10"),  # a huge bound
            pytest.param(
                ("constraints", "bound", -1),
                10**4000,
                "(an int written in 4001 characters)",  # shown cut short
                id="a bound of 4001 digits",
            ),
            (("claims", "rare", "3"), {"confidence": float("inf")}, "confidence=inf"),  # infinite
            (("claims", "rare", "3"), {"confidence": 0}, "confidence=0"),  # out of (0, 1]
            (("reference",), "9999-12-31", "reference='9999-12-31'"),  # no neighbourhood
        ],
    )
    def test_a_document_chronos_cannot_have_written_is_refused(
        self, path: tuple[Any, ...], value: object, inside: str
    ) -> None:
        """The message says which field is wrong and why."""
        document = self.document()
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(ParseError) as info:
            Timeline.from_json(json.dumps(document))
        assert info.value.reason.startswith("not a chronos timeline (")
        assert inside in info.value.reason


class TestLabels:
    @pytest.mark.parametrize(
        ("added", "looked_up"),
        [
            ("café", "cafe\u0301"),  # é as one character, looked up as e + combining accent
            ("cafe\u0301", "café"),  # the other way round
            ("state of emergency", "state  of\temergency "),  # white space collapsed
            ("state\u00a0of emergency", "state of emergency"),  # a no-break space is a space
        ],
    )
    def test_two_spellings_of_one_label_name_one_event(self, added: str, looked_up: str) -> None:
        """Labels are kept in NFC with white space collapsed; a lookup reads them so too."""
        tl = Timeline(reference="2024-10-25")
        event = tl.add(added, when="in 2024")
        assert looked_up in tl
        assert tl.event(looked_up) is event
        assert str(tl.when(looked_up)) == "2024"
        with pytest.raises(InvalidArgumentError) as info:
            tl.add(looked_up)
        assert info.value.reason == "is already an event of this timeline"

    def test_case_matters(self) -> None:
        """ "Vote" and "vote" are two events (as documented in docs/timeline.md)."""
        tl = Timeline(reference="2024-10-25")
        tl.add("Vote")
        tl.add("vote")
        assert [e.name for e in tl.events] == ["Vote", "vote"]


class TestEventOfAnotherTimeline:
    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda tl, other: tl.when(other), "event"),  # when()
            (lambda tl, other: tl.relate(other, "before", "b"), "subject"),  # relate subject
            (lambda tl, other: tl.relate("b", "after", other), "object"),  # relate object
            (lambda tl, other: tl.relation(other, "before", "b"), "subject"),  # relation()
            (lambda tl, other: tl.explain(other), "event"),  # explain()
        ],
    )
    def test_an_equal_event_of_another_timeline_is_unknown(self, call: Any, argument: str) -> None:
        """An Event handed out by another timeline is not bound by its name."""
        tl, elsewhere = Timeline(reference="2024-10-25"), Timeline(reference="2024-10-25")
        tl.add("a")
        tl.add("b")
        other = elsewhere.add("a")
        before = snapshot(tl)
        with pytest.raises(UnknownEventError) as info:
            call(tl, other)
        assert (info.value.argument, info.value.value) == (argument, other)
        assert other not in tl
        assert snapshot(tl) == before

    def test_its_own_event_and_its_name_are_known(self) -> None:
        """The event the timeline handed out, and its name, still work."""
        tl = Timeline(reference="2024-10-25")
        a = tl.add("a", when="in 2024")
        assert a in tl
        assert "a" in tl
        assert str(tl.when(a)) == str(tl.when("a")) == "2024"


def test_every_refusal_is_a_chronos_error() -> None:
    """The refusals above are all ChronosErrors, caught by one except clause."""
    tl = Timeline(reference=REF)
    for call in (
        lambda: tl.add("e", when="99999 years"),
        lambda: Timeline(reference="9999-12-31"),
        lambda: Timeline.from_json("[" * 1000),
    ):
        with pytest.raises(ChronosError):
            call()


class TestArgumentErrors:
    """Each refusal names the argument, keeps the value given and says why, exactly."""

    @pytest.mark.parametrize(
        ("call", "argument", "value", "reason"),
        [
            (lambda tl: tl.add(""), "name", "", "must be a non-empty str"),  # empty name
            (lambda tl: tl.add(5), "name", 5, "must be a non-empty str"),  # not a str
            (lambda tl: tl.add("a"), "name", "a", "is already an event of this timeline"),
            (lambda tl: tl.add("c", instant=1), "instant", 1, "must be a bool"),  # 1 is no bool
            (
                lambda tl: tl.add("c", tense=5),
                "tense",
                5,
                "must be 'past', 'present', 'future' or None",
            ),
            (lambda tl: tl.add("c", confidence=0), "confidence", 0, "must be a number in (0, 1]"),
            (
                lambda tl: tl.add("c", confidence=1.5),
                "confidence",
                1.5,
                "must be a number in (0, 1]",
            ),
            (lambda tl: tl.add("c", source=5), "source", 5, "must be a str, a Provenance or None"),
            (
                lambda tl: tl.relate("a", "before", "a"),
                "object",
                "a",
                "an event cannot be related to itself ('a')",
            ),
            (
                lambda tl: tl.relate("a", "before", 5),
                "object",
                5,
                "must be an Event, an event's name, a Span or a date",
            ),
            (
                lambda tl: tl.before("2024", certainty=Certainty.IMPOSSIBLE),
                "certainty",
                Certainty.IMPOSSIBLE,
                "must be Certainty.CERTAIN or Certainty.POSSIBLE",
            ),
            (
                lambda tl: tl.between("2024", "2023"),
                "end",
                "2023",
                "ends before the window starts (2024)",
            ),
            (
                lambda tl: Timeline(reference=5),
                "reference",
                5,
                "must be a date, a datetime or an ISO string",
            ),
            (
                lambda tl: Timeline(reference="2024-10-25", policy="x"),
                "policy",
                "x",
                "must be a Policy or None",
            ),
        ],
    )
    def test_the_error_names_argument_value_and_reason(
        self, call: Any, argument: str, value: object, reason: str
    ) -> None:
        tl = Timeline(reference="2024-10-25")
        tl.add("a")
        tl.add("b")
        with pytest.raises(InvalidArgumentError) as info:
            call(tl)
        assert (info.value.argument, info.value.value, info.value.reason) == (
            argument,
            value,
            reason,
        )
