"""Timeline: building it (add, relate) and reading bounds back (when)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from chronos import (
    Duration,
    InvalidArgumentError,
    ParseError,
    Policy,
    Span,
    Timeline,
    UnknownEventError,
)
from chronos.phrases._parse import parse
from chronos.timeline._types import Provenance

REF = date(2024, 10, 25)
D = datetime


def last(moment: datetime) -> datetime:
    """The last second before ``moment``: the latest start of an event that ends by it."""
    return moment - timedelta(seconds=1)


def timeline() -> Timeline:
    """An empty timeline with the seed statement's reference date."""
    return Timeline(reference=REF)


def window(tl: Timeline, name: str) -> tuple[object, object, object, object]:
    """The four bounds of an event: earliest/latest start, earliest/latest end."""
    b = tl.when(name)
    return (b.earliest_start, b.latest_start, b.earliest_end, b.latest_end)


class TestConstruction:
    """Timeline(reference=..., policy=...)."""

    @pytest.mark.parametrize(
        ("reference", "span"),
        [
            (date(2024, 10, 25), "2024-10-25"),  # a date: its day
            ("2024-10-25", "2024-10-25"),  # an ISO date
            (" 2024-10-25 ", "2024-10-25"),  # padded
            (D(2024, 10, 25, 10, 30), "2024-10-25T10:30:00"),  # a datetime: its second
            ("2024-10-25T10:30:00", "2024-10-25T10:30:00"),  # an ISO datetime
            ("2024-10-25T23:30+05:00", "2024-10-25T23:30:00"),  # an offset: its wall time
        ],
    )
    def test_reference(self, reference: object, span: str) -> None:
        """The reference is a day, or a second when a time is given."""
        assert str(Timeline(reference=reference).reference_span) == span  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("reference", "error"),
        [
            ("25/10/2024", InvalidArgumentError),  # not ISO: a mistake in the call
            (20241025, InvalidArgumentError),  # a number
            (None, InvalidArgumentError),  # missing
            (D(2024, 10, 25, tzinfo=timezone.utc), InvalidArgumentError),  # an aware datetime
        ],
    )
    def test_bad_reference(self, reference: object, error: type[Exception]) -> None:
        """A reference that is not a date is refused, naming 'reference'."""
        with pytest.raises(error, match="reference"):
            Timeline(reference=reference)  # type: ignore[arg-type]

    def test_policy(self) -> None:
        """A policy is kept; anything else is refused."""
        policy = Policy(month_thirds=(7, 14))
        assert Timeline(reference=REF, policy=policy).policy is policy
        with pytest.raises(InvalidArgumentError, match="policy"):
            Timeline(reference=REF, policy="strict")  # type: ignore[arg-type]

    def test_empty(self) -> None:
        """A new timeline holds nothing and has no conflicts."""
        tl = timeline()
        assert (len(tl), tl.events, tl.claims, tl.conflicts) == (0, (), (), [])
        assert repr(tl) == "<Timeline reference=2024-10-25: 0 events, 0 claims>"


class TestAddWhen:
    """add(name, when=...): what the phrase says about the event's endpoints."""

    @pytest.mark.parametrize(
        ("when", "tense", "bounds"),
        [
            # within the month: start and end both inside August
            (
                "in August 2023",
                None,
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1)),
            ),
            # starts in August, still going on when the reference day is over
            (
                "since August 2023",
                None,
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2024, 10, 26), None),
            ),
            # a year-less date in the past tense: the latest one before the reference
            (
                "on February 8",
                "past",
                (D(2024, 2, 8), last(D(2024, 2, 9)), D(2024, 2, 8), D(2024, 2, 9)),
            ),
            # in the future tense: the next one
            (
                "on February 8",
                "future",
                (D(2025, 2, 8), last(D(2025, 2, 9)), D(2025, 2, 8), D(2025, 2, 9)),
            ),
            # an explicit date
            (
                "on 25 October 2024",
                None,
                (D(2024, 10, 25), last(D(2024, 10, 26)), D(2024, 10, 25), D(2024, 10, 26)),
            ),
            # ends within March
            ("until March 2024", None, (None, last(D(2024, 4, 1)), D(2024, 3, 1), D(2024, 4, 1))),
            # over by the end of March
            ("by March 2024", None, (None, last(D(2024, 4, 1)), None, D(2024, 4, 1))),
            # over by the start of March
            ("before March 2024", None, (None, last(D(2024, 3, 1)), None, D(2024, 3, 1))),
            # starts once March is over
            ("after March 2024", None, (D(2024, 4, 1), None, D(2024, 4, 1), None)),
            # starts in March, ends in May
            (
                "from March to May 2022",
                None,
                (D(2022, 3, 1), last(D(2022, 4, 1)), D(2022, 5, 1), D(2022, 6, 1)),
            ),
            # an EDTF string is a span
            ("2023-08", None, (D(2023, 8, 1), last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1))),
            # an EDTF interval
            (
                "2023-08/2023-10",
                None,
                (D(2023, 8, 1), last(D(2023, 11, 1)), D(2023, 8, 1), D(2023, 11, 1)),
            ),
            # an open EDTF interval: only the start is bounded
            ("2023-08/..", None, (D(2023, 8, 1), None, D(2023, 8, 1), None)),
        ],
    )
    def test_phrases(
        self, when: str, tense: str | None, bounds: tuple[object, object, object, object]
    ) -> None:
        """Each phrase constrains the endpoints as documented."""
        tl = timeline()
        tl.add("x", when=when, tense=tense)
        assert window(tl, "x") == bounds

    @pytest.mark.parametrize(
        ("when", "bounds"),
        [
            (
                Span.month(2023, 8),
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1)),
            ),  # a Span
            (
                date(2024, 2, 8),
                (D(2024, 2, 8), last(D(2024, 2, 9)), D(2024, 2, 8), D(2024, 2, 9)),
            ),  # its day
            (
                D(2024, 2, 8, 10, 30),
                (D(2024, 2, 8, 10, 30),) * 3 + (D(2024, 2, 8, 10, 30, 1),),
            ),  # a datetime: its second
            (
                parse("since August 2023", reference=REF),
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2024, 10, 26), None),
            ),  # an Expression
        ],
    )
    def test_values(self, when: object, bounds: tuple[object, ...]) -> None:
        """Spans, dates, datetimes and parsed expressions are accepted as they are."""
        tl = timeline()
        tl.add("x", when=when)
        assert window(tl, "x") == bounds

    def test_instant(self) -> None:
        """An instant's start and end are one moment: it starts in a second and is over by
        the next."""
        tl = timeline()
        tl.add("vote", when=date(2024, 2, 8), instant=True)
        b = tl.when("vote")
        assert (b.earliest_start, b.latest_start) == (D(2024, 2, 8), last(D(2024, 2, 9)))
        assert (b.earliest_end, b.latest_end) == (D(2024, 2, 8), D(2024, 2, 9))
        assert str(b) == "2024-02-08"

    @pytest.mark.parametrize(
        ("tense", "bounds"),
        [
            (
                "past",
                (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)),
            ),  # over by the end of the day
            ("future", (D(2024, 10, 25), None, D(2024, 10, 25), None)),  # starts once it began
            ("present", (None, None, None, None)),  # says nothing by itself
            ("PAST", (None, last(D(2024, 10, 26)), None, D(2024, 10, 26))),  # any case
        ],
    )
    def test_tense(self, tense: str, bounds: tuple[object, ...]) -> None:
        """A tense without a date still places the event against the reference."""
        tl = timeline()
        tl.add("x", tense=tense)
        assert window(tl, "x") == bounds

    @pytest.mark.parametrize(
        ("duration", "bounds"),
        [
            # the year 2020 and at least 200 days long
            ("at least 200 days", (D(2020, 1, 1), D(2020, 6, 15), D(2020, 7, 19), D(2021, 1, 1))),
            # exactly 300 days
            (timedelta(days=300), (D(2020, 1, 1), D(2020, 3, 7), D(2020, 10, 27), D(2021, 1, 1))),
            # a calendar year is 365 or 366 days: 2020 (a leap year) leaves a day of play
            (Duration.of(years=1), (D(2020, 1, 1), D(2020, 1, 2), D(2020, 12, 31), D(2021, 1, 1))),
        ],
    )
    def test_duration(self, duration: object, bounds: tuple[object, ...]) -> None:
        """A duration bounds the time from start to end."""
        tl = timeline()
        tl.add("x", when=Span.year(2020), duration=duration)
        assert window(tl, "x") == bounds

    def test_stated_duration(self) -> None:
        """A phrase that states a length ("for three years") bounds it too."""
        tl = timeline()
        tl.add("term", when="for three years")
        tl.relate("term", "started by", Span.day(2020, 1, 1))
        b = tl.when("term")
        assert (b.earliest_end, b.latest_end) == (D(2022, 12, 31), D(2023, 1, 1))

    @pytest.mark.parametrize(
        ("when", "bounds"),
        [
            # the second calendar day after the letter's: one to three days after it ended
            (
                "two days after the letter",
                (D(2024, 10, 21), D(2024, 10, 24), D(2024, 10, 21), None),
            ),
            # the calendar day after: up to two days after it ended
            ("the following day", (D(2024, 10, 20), D(2024, 10, 23), D(2024, 10, 20), None)),
            # a week is seven calendar days: six to eight days after it ended
            ("a week after the letter", (D(2024, 10, 26), D(2024, 10, 29), D(2024, 10, 26), None)),
            # anchors match on words: "his letter" is the letter
            ("after his letter", (D(2024, 10, 20), None, D(2024, 10, 20), None)),
        ],
    )
    def test_anchored(self, when: str, bounds: tuple[object, ...]) -> None:
        """A phrase anchored to an event relates to that event."""
        tl = timeline()
        tl.add("the letter", when=date(2024, 10, 20))
        tl.add("reply", when=when)
        assert window(tl, "reply") == bounds

    def test_within_reference(self) -> None:
        """'within a month', anchored to nothing, is within a month of the reference."""
        tl = timeline()
        tl.add("talks", when="within a month")
        b = tl.when("talks")
        assert (b.latest_start, b.earliest_end) == (D(2024, 11, 26), D(2024, 9, 24))

    def test_returns_the_event(self) -> None:
        """add returns an Event that stands for its name everywhere."""
        tl = timeline()
        event = tl.add("Toshakhana conviction", when="in August 2023")
        assert repr(event) == "Event('Toshakhana conviction')"
        assert tl.event("Toshakhana conviction") == event
        assert "Toshakhana conviction" in tl
        assert event in tl
        assert list(tl) == [event]

    def test_claims_keep_provenance(self) -> None:
        """Claims made by add carry its source, confidence and assumptions."""
        tl = timeline()
        tl.add(
            "elections",
            when="on February 8",
            tense="past",
            source="statement 1, sentence 3",
            confidence=0.9,
        )
        when, tense = tl.claims
        assert when.text == "elections on February 8 (2024-02-08)"
        assert when.source == "statement 1, sentence 3"
        assert when.confidence == 0.9
        assert [a.kind for a in when.assumptions] == ["year"]
        assert tense.kind == "tense"


class TestAddErrors:
    """add refuses what it cannot use, naming the argument, and changes nothing."""

    @pytest.mark.parametrize(
        ("kwargs", "error", "argument"),
        [
            ({"name": ""}, InvalidArgumentError, "name"),  # an empty name
            ({"name": 5}, InvalidArgumentError, "name"),  # not a str
            ({"name": "a"}, InvalidArgumentError, "name"),  # already there
            ({"when": "in Agust 2023"}, ParseError, "when"),  # a misspelt phrase
            ({"when": ""}, ParseError, "when"),  # an empty phrase
            ({"when": 2023}, InvalidArgumentError, "when"),  # a number
            ({"when": "after the banquet"}, UnknownEventError, "when"),  # an unknown anchor
            ({"tense": "pasted"}, ParseError, "tense"),  # not a tense
            ({"tense": 1}, InvalidArgumentError, "tense"),  # not a str
            ({"instant": "yes"}, InvalidArgumentError, "instant"),  # not a bool
            ({"duration": "3 dais"}, ParseError, "duration"),  # a misspelt unit
            ({"duration": -1}, InvalidArgumentError, "duration"),  # not a length
            ({"confidence": 0}, InvalidArgumentError, "confidence"),  # not in (0, 1]
            ({"confidence": 1.5}, InvalidArgumentError, "confidence"),  # not in (0, 1]
            ({"confidence": True}, InvalidArgumentError, "confidence"),  # a bool
            ({"source": 7}, InvalidArgumentError, "source"),  # not a str
        ],
    )
    def test_refused(
        self, kwargs: dict[str, object], error: type[Exception], argument: str
    ) -> None:
        """The error names the argument and the timeline is unchanged."""
        tl = timeline()
        tl.add("a", when="in August 2023")
        before = tl.to_json()
        arguments = {"name": "b", **kwargs}
        with pytest.raises(error, match=argument):
            tl.add(**arguments)  # type: ignore[arg-type]
        assert tl.to_json() == before

    def test_parse_error_shows_the_phrase(self) -> None:
        """A phrase that cannot be read is shown with a caret."""
        tl = timeline()
        with pytest.raises(ParseError) as info:
            tl.add("x", when="in Agust 2023")
        assert info.value.argument == "when"
        assert "in Agust 2023" in str(info.value)
        assert "^" in str(info.value)


class TestRelate:
    """relate(subject, relation, object, gap=..., source=..., confidence=...)."""

    @pytest.mark.parametrize(
        ("relation", "gap", "bounds"),
        [
            # after the August conviction: starts once it could be over
            ("after", None, (D(2023, 8, 1), None, D(2023, 8, 1), None)),
            ("following", None, (D(2023, 8, 1), None, D(2023, 8, 1), None)),  # a cue word
            ("subsequent to", None, (D(2023, 8, 1), None, D(2023, 8, 1), None)),  # a cue word
            ("IAFTER", None, (D(2023, 8, 1), D(2023, 9, 1), D(2023, 8, 1), None)),  # TimeML
            # at least a month after: 28 days at the least
            ("after", "at least a month", (D(2023, 8, 29), None, D(2023, 8, 29), None)),
            # during the conviction: inside August
            ("during", None, (D(2023, 8, 1), last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1))),
            # starts within it and is still going on
            ("since", None, (D(2023, 8, 1), D(2023, 9, 1), D(2024, 10, 26), None)),
            # ends within it
            ("until", None, (None, last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1))),
            # before it: over by its latest start
            ("ahead of", None, (None, last(D(2023, 9, 1)), None, D(2023, 9, 1))),
            # within a week of it, either side
            ("within", "a week", (None, D(2023, 9, 8), D(2023, 7, 25), None)),
        ],
    )
    def test_bounds(self, relation: str, gap: str | None, bounds: tuple[object, ...]) -> None:
        """Each relation to an August 2023 event bounds the subject as documented."""
        tl = timeline()
        tl.add("conviction", when="in August 2023")
        tl.add("x")
        tl.relate("x", relation, "conviction", gap=gap)
        assert window(tl, "x") == bounds

    @pytest.mark.parametrize(
        ("relation", "time", "bounds"),
        [
            (
                "before",
                Span.day(2024, 2, 8),
                (None, last(D(2024, 2, 8)), None, D(2024, 2, 8)),
            ),  # a Span
            ("after", date(2024, 2, 8), (D(2024, 2, 9), None, D(2024, 2, 9), None)),  # a date
            (
                "during",
                Span.year(2024),
                (D(2024, 1, 1), last(D(2025, 1, 1)), D(2024, 1, 1), D(2025, 1, 1)),
            ),
            (
                "before",
                Span.parse("../2023-12"),
                (None, None, None, None),
            ),  # an open start: nothing
        ],
    )
    def test_to_a_time(self, relation: str, time: object, bounds: tuple[object, ...]) -> None:
        """An event relates to a span or a date as to a fixed interval."""
        tl = timeline()
        tl.add("x")
        tl.relate("x", relation, time)  # type: ignore[arg-type]
        assert window(tl, "x") == bounds

    def test_claim(self) -> None:
        """relate returns the claim, with its text, source and constraints."""
        tl = timeline()
        letter, reaction = tl.add("letter"), tl.add("reaction", when="on 25 October 2024")
        claim = tl.relate(
            letter, "before", reaction, gap="at least 2 days", source="statement 1, sentence 1"
        )
        assert claim.text == "letter before reaction, at least 2 days"
        assert claim.source == "statement 1, sentence 1"
        assert claim.gap == "at least 2 days"
        assert [c.text for c in tl.constraints(claim)] == [
            "end of letter ≤ start of reaction − 2 days"
        ]
        assert str(claim) == "letter before reaction, at least 2 days (statement 1, sentence 1)"

    def test_provenance(self) -> None:
        """A Provenance keeps statement, sentence and quoted words."""
        tl = timeline()
        tl.add("a"), tl.add("b")
        where = Provenance(statement="1", sentence=4, quote="ahead of the February 8 elections")
        claim = tl.relate("a", "ahead of", "b", source=where)
        assert claim.provenance == where
        assert claim.source == "statement 1, sentence 4: 'ahead of the February 8 elections'"

    @pytest.mark.parametrize(
        ("args", "kwargs", "error", "argument"),
        [
            (("sentencing", "after", "convicton"), {}, UnknownEventError, "object"),  # a typo
            (("sentence", "after", "conviction"), {}, UnknownEventError, "subject"),  # unknown
            (("conviction", "after", "conviction"), {}, InvalidArgumentError, "itself"),  # self
            (("sentencing", "aftr", "conviction"), {}, ParseError, "relation"),  # a typo
            (("sentencing", 3, "conviction"), {}, InvalidArgumentError, "relation"),  # not a str
            (("sentencing", "after", "conviction"), {"gap": "2 dais"}, ParseError, "gap"),
            (
                ("sentencing", "during", "conviction"),
                {"gap": "2 days"},
                InvalidArgumentError,
                "gap",
            ),
            (("sentencing", "after", 2023), {}, InvalidArgumentError, "object"),  # a number
            ((5, "after", "conviction"), {}, InvalidArgumentError, "subject"),  # not an event
            (
                ("sentencing", "after", "conviction"),
                {"confidence": 2},
                InvalidArgumentError,
                "confidence",
            ),
        ],
    )
    def test_refused(
        self,
        args: tuple[object, ...],
        kwargs: dict[str, object],
        error: type[Exception],
        argument: str,
    ) -> None:
        """Bad arguments raise a ChronosError naming the argument; the timeline is unchanged."""
        tl = timeline()
        tl.add("conviction", when="in August 2023")
        tl.add("sentencing")
        before = tl.to_json()
        with pytest.raises(error, match=argument):
            tl.relate(*args, **kwargs)  # type: ignore[arg-type]
        assert tl.to_json() == before

    def test_did_you_mean_event(self) -> None:
        """An unknown event's name gets the nearest known one."""
        tl = timeline()
        tl.add("conviction")
        with pytest.raises(UnknownEventError, match="did you mean 'conviction'"):
            tl.when("convicton")


class TestWhen:
    """when(event): the windows of start and end, and their EDTF hull."""

    def test_chain(self) -> None:
        """Bounds flow along chains of relations, non-strictly."""
        tl = timeline()
        tl.add("a", when="in August 2023")
        tl.add("b")
        tl.add("c", when="on 8 February 2024")
        tl.relate("b", "after", "a")
        tl.relate("b", "before", "c")
        assert window(tl, "b") == (D(2023, 8, 1), last(D(2024, 2, 9)), D(2023, 8, 1), D(2024, 2, 9))
        assert str(tl.when("b")) == "2023-08-01/2024-02-08"

    def test_unbounded(self) -> None:
        """An event nothing bounds has open windows."""
        tl = timeline()
        tl.add("x")
        assert str(tl.when("x")) == "../.."

    def test_by_event_or_name(self) -> None:
        """An event and its name give the same answer."""
        tl = timeline()
        event = tl.add("x", when="in August 2023")
        assert tl.when(event) == tl.when("x")

    def test_incremental_equals_batch(self) -> None:
        """Asking between adds gives the same bounds as adding everything first."""
        claims = [("b", "after", "a"), ("b", "before", "c"), ("d", "after", "b")]
        step, batch = timeline(), timeline()
        for tl in (step, batch):
            tl.add("a", when="in August 2023")
            tl.add("b")
            tl.add("c", when="on 8 February 2024")
            tl.add("d")
        for claim in claims:
            step.relate(*claim)
            step.when("b")
        for claim in claims:
            batch.relate(*claim)
        assert [step.when(e) for e in step] == [batch.when(e) for e in batch]
