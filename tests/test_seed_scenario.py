"""The seed scenario: the press statement chronos started from, as a timeline.

Facts (from ``shared/seed``), the statement published on 25 October 2024: Imran Khan was
convicted in the Toshakhana case in August 2023 and has been imprisoned since then; he was
sentenced in other cases after the conviction and ahead of the February 8 elections; over 60
US lawmakers wrote to President Biden and the Foreign Office reacted; the OHCHR commented on
the 26th constitutional amendment after parliament passed it, and the Foreign Office rejected
that statement.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from chronos import Certainty, Timeline

CERTAIN, POSSIBLE, IMPOSSIBLE = Certainty.CERTAIN, Certainty.POSSIBLE, Certainty.IMPOSSIBLE
D = datetime


def last(moment: datetime) -> datetime:
    """The last second before ``moment``."""
    return moment - timedelta(seconds=1)


CONVICTION = "Toshakhana conviction"
PRISON = "Khan imprisoned"
ELECTIONS = "General elections"
SENTENCING = "Sentencing in other cases"
LETTER = "US lawmakers' letter to President Biden"
REACTION = "Foreign Office reaction to the letter"
AMENDMENT = "26th amendment passed"
OHCHR = "OHCHR statement on the 26th amendment"
REJECTION = "Foreign Office rejects the OHCHR statement"


@pytest.fixture(scope="module")
def seed() -> Timeline:
    """The seed statements' claims, each with its source."""
    tl = Timeline(reference=date(2024, 10, 25))
    s1, s3 = "statement 1, sentence 1", "statement 1, sentence 3"
    tl.add(CONVICTION, when="in August 2023", source=s3)
    tl.add(PRISON, when="since August 2023", source=s3)
    tl.add(ELECTIONS, when="on February 8", tense="past", source=s3)
    tl.add(SENTENCING, source=s3)
    tl.add(LETTER, tense="past", source=s1)
    tl.add(REACTION, tense="past", source=s1)
    tl.add(AMENDMENT, tense="past", source="statement 2, sentence 4")
    tl.add(OHCHR, tense="past", source="statement 2, sentence 1")
    tl.add(REJECTION, tense="past", source="statement 2, sentence 1")
    tl.relate(PRISON, "after", CONVICTION, source=s3)
    tl.relate(SENTENCING, "subsequent to", CONVICTION, source=s3)
    tl.relate(SENTENCING, "ahead of", ELECTIONS, source=s3)
    tl.relate(LETTER, "before", REACTION, source=s1)
    tl.relate(OHCHR, "after", AMENDMENT, source="statement 2, sentence 1")
    tl.relate(OHCHR, "before", REJECTION, source="statement 2, sentence 1")
    return tl


class TestBounds:
    """Every event's window, exactly."""

    @pytest.mark.parametrize(
        ("event", "bounds", "edtf"),
        [
            (
                CONVICTION,
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2023, 8, 1), D(2023, 9, 1)),
                "2023-08",
            ),
            (
                PRISON,
                (D(2023, 8, 1), last(D(2023, 9, 1)), D(2024, 10, 26), None),
                "2023-08/..",
            ),  # ongoing
            (
                ELECTIONS,
                (D(2024, 2, 8), last(D(2024, 2, 9)), D(2024, 2, 8), D(2024, 2, 9)),
                "2024-02-08",
            ),
            (
                SENTENCING,
                (D(2023, 8, 1), last(D(2024, 2, 9)), D(2023, 8, 1), D(2024, 2, 9)),
                "2023-08-01/2024-02-08",
            ),  # between the conviction and the elections
            (LETTER, (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)), "../2024-10-25"),
            (REACTION, (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)), "../2024-10-25"),
            (AMENDMENT, (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)), "../2024-10-25"),
            (OHCHR, (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)), "../2024-10-25"),
            (REJECTION, (None, last(D(2024, 10, 26)), None, D(2024, 10, 26)), "../2024-10-25"),
        ],
    )
    def test_window(
        self, seed: Timeline, event: str, bounds: tuple[object, ...], edtf: str
    ) -> None:
        """Earliest/latest start and end, and the EDTF hull."""
        b = seed.when(event)
        assert (b.earliest_start, b.latest_start, b.earliest_end, b.latest_end) == bounds
        assert str(b) == edtf

    def test_no_conflicts(self, seed: Timeline) -> None:
        """The statements agree with each other."""
        assert seed.conflicts == []


class TestOrder:
    """The chronology of the seed."""

    def test_order(self, seed: Timeline) -> None:
        """A linear extension of every certain precedence."""
        assert [e.name for e in seed.ordered()] == [
            CONVICTION,
            PRISON,
            SENTENCING,
            ELECTIONS,
            AMENDMENT,
            LETTER,
            OHCHR,
            REACTION,
            REJECTION,
        ]

    def test_runs(self, seed: Timeline) -> None:
        """The imprisonment and the sentencing are not ordered; nor are the October events."""
        runs = [[e.name for e in run] for run in seed.ordered().runs]
        assert runs == [
            [CONVICTION],
            [PRISON, SENTENCING],
            [ELECTIONS, AMENDMENT, LETTER, OHCHR, REACTION, REJECTION],
        ]

    @pytest.mark.parametrize(
        ("a", "relation", "b", "answer"),
        [
            (CONVICTION, "before", SENTENCING, CERTAIN),  # "subsequent sentencing"
            (SENTENCING, "before", ELECTIONS, CERTAIN),  # "ahead of the February 8 elections"
            (CONVICTION, "before", ELECTIONS, CERTAIN),  # by transitivity
            (ELECTIONS, "during", PRISON, CERTAIN),  # imprisoned since August 2023, still
            (SENTENCING, "during", PRISON, POSSIBLE),  # perhaps sentenced before jailed
            (AMENDMENT, "before", REJECTION, CERTAIN),  # amendment, statement, rejection
            (LETTER, "before", REACTION, CERTAIN),  # the reaction answered the letter
            (LETTER, "after", ELECTIONS, POSSIBLE),  # the statement does not date the letter
            (REACTION, "after", REJECTION, POSSIBLE),  # two reactions of one day, or not
            (ELECTIONS, "before", SENTENCING, IMPOSSIBLE),  # the sentencing came first
            (REJECTION, "before", OHCHR, IMPOSSIBLE),  # a rejection follows what it rejects
        ],
    )
    def test_relations(
        self, seed: Timeline, a: str, relation: str, b: str, answer: Certainty
    ) -> None:
        """Three-valued answers about the seed."""
        assert seed.relation(a, relation, b) is answer


class TestExplanation:
    """The sentencing's bounds, justified from the statement."""

    def test_latest_end(self, seed: Timeline) -> None:
        """Over by the end of 8 February 2024: ahead of the elections, which were that day."""
        reason = seed.explain(SENTENCING).reason("latest end")
        assert reason.value == D(2024, 2, 9)
        assert [c.text for c in reason.claims] == [
            f"{ELECTIONS} on February 8 (2024-02-08)",
            f"{SENTENCING} before {ELECTIONS}",
        ]
        assert {c.source for c in reason.claims} == {"statement 1, sentence 3"}

    def test_earliest_start(self, seed: Timeline) -> None:
        """Not before 1 August 2023: after the conviction, which came in August 2023."""
        reason = seed.explain(SENTENCING).reason("earliest start")
        assert reason.value == D(2023, 8, 1)
        assert [c.text for c in reason.claims] == [
            f"{SENTENCING} after {CONVICTION}",
            f"{CONVICTION} in August 2023 (2023-08)",
        ]


class TestIssueExample:
    """The calls of issue 4, as written there."""

    def test_example(self) -> None:
        """Dated reaction, a two-day gap before it, and the sentencing between two events."""
        tl = Timeline(reference=date(2024, 10, 25))
        conviction = tl.add("Toshakhana conviction", when="in August 2023")
        prison = tl.add("Khan imprisoned", when="since August 2023")
        elections = tl.add("General elections", when="on February 8", tense="past")
        sentencing = tl.add("Sentencing in other cases")
        letter = tl.add("US lawmakers' letter to President Biden")
        reaction = tl.add("Foreign Office reaction", when="on 25 October 2024")
        tl.relate(sentencing, "after", conviction)
        tl.relate(sentencing, "before", elections, source="statement 1, sentence 4")
        tl.relate(letter, "before", reaction, gap="at least 2 days")
        assert str(tl.when(sentencing)) == "2023-08-01/2024-02-08"
        assert str(tl.when(prison)) == "2023-08/.."
        assert tl.when(letter).latest_end == D(2024, 10, 24)
        assert tl.relation(sentencing, "before", elections) is CERTAIN
        assert [e.name for e in tl.between("2023-08", "2024-02", certainty=POSSIBLE)] == [
            "US lawmakers' letter to President Biden",
            "Toshakhana conviction",
            "Sentencing in other cases",
            "General elections",
        ]
        assert tl.conflicts == []
        assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()
