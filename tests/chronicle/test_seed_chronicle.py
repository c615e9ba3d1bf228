"""The reference scenario, from text alone: one statement in the project's own words.

The statement tells the same story as the reference scenario (a foreign ministry answering a
lawmakers' letter and a UN rights office) in sentences written for this test. Every fact
below is read by ``chronicle`` from the text; nothing is added by hand.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import chronos
from chronos import Certainty

TEXT = """Islamabad answers US lawmakers and the UN rights office

ISLAMABAD — Pakistan has sharply reacted to a letter in which more than sixty members of the \
US Congress asked President Biden to press for the freedom of Imran Khan, the founder of the \
PTI. A Foreign Office spokeswoman termed the move an interference in the internal affairs of \
a sovereign state.
Khan has been imprisoned since August 2023 after his conviction in the Toshakhana case and \
subsequent sentencing in further cases ahead of the February 8 elections. The letter also \
asked American diplomats to visit him in jail.
The Foreign Office also rejected the statement of the UN human rights office regarding the \
26th constitutional amendment, saying it rested on misinformation. The governing coalition \
passed the disputed legislation through both houses of parliament with the support of its \
allies."""


@pytest.fixture(scope="module")
def timeline() -> chronos.Timeline:
    return chronos.chronicle([chronos.Statement(TEXT, published="2024-10-25", id="fo")])


#: The labels chronicle builds from the text (predicate + object head, or the event noun).
LABELS = {
    "conviction": "conviction in the Toshakhana case",
    "imprisoned": "Khan imprisoned",
    "sentencing": "sentencing in further cases",
    "elections": "elections",
    "amendment": "26th constitutional amendment",
    "statement": "statement of the UN human rights office",
    "rejected": "rejected statement",
    "letter": "letter",
    "reacted": "reacted to letter",
    "termed": "termed move",
}


def find(tl: chronos.Timeline, word: str) -> chronos.ChronicleEvent:
    event = tl.event(LABELS[word])
    assert isinstance(event, chronos.ChronicleEvent)
    assert event.label == LABELS[word]
    return event


def test_the_events_and_their_kinds(timeline: chronos.Timeline) -> None:
    kinds = {e.label: e.kind for e in timeline.events}
    assert kinds == {
        "statement fo": "statement",
        **{LABELS[w]: "reporting" for w in ("reacted", "termed", "rejected")},
        # the other predicates of sentences that report: what was asked, what it rested on
        "press for freedom": "occurrence",
        "rested": "occurrence",
        "Khan imprisoned": "state",
        **{
            LABELS[w]: "occurrence"
            for w in ("conviction", "sentencing", "elections", "amendment", "statement", "letter")
        },
    }


def test_the_conviction_is_in_august_2023(timeline: chronos.Timeline) -> None:
    # "imprisoned since August 2023 after his conviction": the conviction started it
    assert str(timeline.when(find(timeline, "conviction"))) == "2023-08"


def test_the_imprisonment_starts_in_august_2023_and_goes_on(timeline: chronos.Timeline) -> None:
    b = timeline.when(find(timeline, "imprisoned"))
    assert (b.earliest_start, b.latest_start) == (
        datetime(2023, 8, 1),
        datetime(2023, 8, 31, 23, 59, 59),
    )
    assert b.earliest_end == datetime(2024, 10, 26)  # still going on when the day is over
    assert b.latest_end is None


def test_the_elections_are_those_of_8_february_2024(timeline: chronos.Timeline) -> None:
    # the year-less date is read in the clause's past: the February before publication
    assert str(timeline.when(find(timeline, "elections"))) == "2024-02-08"


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("conviction", "imprisoned"),  # imprisoned … after his conviction
        ("conviction", "sentencing"),  # subsequent sentencing
        ("sentencing", "elections"),  # ahead of the February 8 elections
        ("amendment", "statement"),  # the statement regarding the amendment
        ("statement", "rejected"),  # rejected the statement
        ("letter", "reacted"),  # reacted to a letter
        ("letter", "termed"),  # termed the move (the move: the letter)
    ],
)
def test_orders_the_text_gives(timeline: chronos.Timeline, earlier: str, later: str) -> None:
    a, b = find(timeline, earlier), find(timeline, later)
    assert timeline.relation(a, "before", b) is Certainty.CERTAIN


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("imprisoned", "sentencing"),  # the text does not say which came first
        ("letter", "elections"),  # the letter is undated
        ("letter", "amendment"),
        ("amendment", "elections"),
    ],
)
def test_no_order_where_the_text_gives_none(
    timeline: chronos.Timeline, one: str, other: str
) -> None:
    a, b = find(timeline, one), find(timeline, other)
    assert timeline.relation(a, "before", b) is not Certainty.CERTAIN
    assert timeline.relation(b, "before", a) is not Certainty.CERTAIN


@pytest.mark.parametrize("reaction", ["reacted", "termed", "rejected"])
def test_the_reactions_are_on_the_publication_day(
    timeline: chronos.Timeline, reaction: str
) -> None:
    assert str(timeline.when(find(timeline, reaction))) == "2024-10-25"


def test_the_passage_is_a_mention_of_the_amendment(timeline: chronos.Timeline) -> None:
    amendment = find(timeline, "amendment")
    rules = {m.quote: m.rule for m in amendment.mentions}
    assert rules["legislation"] == "near synonym"
    assert rules["passed the disputed legislation"] == "predicate"
    b = timeline.when(amendment)
    assert b.latest_end == datetime(2024, 10, 26)  # told in the past: over by publication


def test_the_letter_collects_its_mentions(timeline: chronos.Timeline) -> None:
    letter = find(timeline, "letter")
    assert [(m.sentence, m.quote, m.rule) for m in letter.mentions] == [
        (2, "letter", None),
        (3, "the move", "pronoun"),
        (5, "letter", "same head"),
    ]
    first = letter.mentions[0]
    assert TEXT[first.start : first.end] == "letter"
    assert timeline.conflicts == []


# -- the seed briefing of the examples, as the README's Quickstart reads it ------------------

BRIEFING = Path(__file__).resolve().parents[2] / "examples" / "statements" / "seed_briefing.txt"


@pytest.fixture(scope="module")
def briefing() -> chronos.Timeline:
    header, _, text = BRIEFING.read_text(encoding="utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    assert fields["published"] == "2024-10-25"
    statement = chronos.Statement(
        text, published=fields["published"], source=fields["source"], id="fo"
    )
    return chronos.chronicle([statement])


#: The briefing's events by the words that tell them.
BRIEFING_LABELS = {
    "conviction": "conviction in the Toshakhana case",
    "imprisoned": "Khan imprisoned",
    "sentencing": "sentencing in other cases",
    "elections": "elections",
    "passage": "26th constitutional amendment",  # "…, which parliament passed on Monday"
    "statement": "statement of the UN human rights office",
    "rejected statement": "rejected statement",
    "letter": "letter",
    "rejected letter": "rejected letter",
}


def told(tl: chronos.Timeline, word: str) -> chronos.ChronicleEvent:
    event = tl.event(BRIEFING_LABELS[word])
    assert isinstance(event, chronos.ChronicleEvent)
    return event


def test_the_briefing_dates_the_passage_by_its_relative_clause(briefing: chronos.Timeline) -> None:
    passage = told(briefing, "passage")
    assert [(m.quote, m.rule) for m in passage.mentions] == [
        ("26th constitutional amendment", None),
        ("passed", "predicate"),
    ]
    assert str(briefing.when(passage)) == "2024-10-21"  # the Monday before the Friday briefing


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("conviction", "imprisoned"),  # since August 2023, after his conviction
        ("conviction", "sentencing"),  # his subsequent sentencing
        ("sentencing", "elections"),  # ahead of the February 8 elections
        ("passage", "statement"),  # the statement on the amendment, which parliament passed
        ("statement", "rejected statement"),  # rejected the statement
        ("letter", "rejected letter"),  # rejected a letter
    ],
)
def test_the_briefing_orders_what_its_text_orders(
    briefing: chronos.Timeline, earlier: str, later: str
) -> None:
    a, b = told(briefing, earlier), told(briefing, later)
    assert briefing.relation(a, "before", b) is Certainty.CERTAIN


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("imprisoned", "sentencing"),  # which came first is not told
        ("letter", "elections"),  # the letter is undated
        ("letter", "passage"),
        ("letter", "statement"),
        ("rejected letter", "rejected statement"),  # both at the briefing, in no told order
    ],
)
def test_the_briefing_orders_nothing_its_text_does_not(
    briefing: chronos.Timeline, one: str, other: str
) -> None:
    a, b = told(briefing, one), told(briefing, other)
    assert briefing.relation(a, "before", b) is not Certainty.CERTAIN
    assert briefing.relation(b, "before", a) is not Certainty.CERTAIN


@pytest.mark.parametrize("reaction", ["rejected letter", "rejected statement"])
def test_the_briefing_reactions_are_on_the_publication_day(
    briefing: chronos.Timeline, reaction: str
) -> None:
    b = briefing.when(told(briefing, reaction))
    assert str(b) == "2024-10-25"
    assert b.latest_end is not None
    assert b.latest_end <= datetime(2024, 10, 26)
    assert briefing.conflicts == []
