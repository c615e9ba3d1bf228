"""Ranges of dates ("from Monday until the end of June") and the event nouns of unrest,
violence, disasters and the courts.

Every sentence here is written for this file; none is taken from the development
statements or the evaluation data.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from chronos import Certainty, Statement, Timeline, chronicle
from chronos.chronicle._lexicon import nominal

DAY = "2025-05-14"  # a Wednesday


def read(text: str) -> Timeline:
    return chronicle([Statement(text, published=DAY, id="s")])


RANGES = [
    # a future state from one day to another: starts on the first, ends on the second
    ("The museum will be shut from 1 July until 15 August.", "museum shut",
     (datetime(2025, 7, 1), datetime(2025, 7, 1, 23, 59, 59)),
     (datetime(2025, 8, 15), datetime(2025, 8, 16))),
    # "to" and a past range: over on its last day, not still going on
    ("The bridge was closed from 2 April to 9 April.", "bridge closed",
     (datetime(2025, 4, 2), datetime(2025, 4, 2, 23, 59, 59)),
     (datetime(2025, 4, 9), datetime(2025, 4, 10))),
    # "through" and a month's end ("the end of June" is its last third)
    ("Roadworks will continue from 2 June through the end of June.", "Roadworks continue",
     (datetime(2025, 6, 2), datetime(2025, 6, 2, 23, 59, 59)),
     (datetime(2025, 6, 21), datetime(2025, 7, 1))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "start", "end"), RANGES, ids=[r[0] for r in RANGES])
def test_a_range_starts_the_event_on_its_first_date_and_ends_it_on_its_last(
    text: str, event: str, start: tuple[datetime, datetime], end: tuple[datetime, datetime]
) -> None:
    tl = read(text)
    b = tl.when(event)
    assert (b.earliest_start, b.latest_start) == start
    assert (b.earliest_end, b.latest_end) == end
    assert tl.conflicts == []


def test_between_two_dates_is_some_time_in_the_range() -> None:
    tl = read("Inspectors visited the plant between 5 and 9 May.")
    b = tl.when("visited plant")
    assert (b.earliest_start, b.latest_end) == (datetime(2025, 5, 5), datetime(2025, 5, 10))
    assert b.latest_start == datetime(2025, 5, 9, 23, 59, 59)  # it need not take all five days


def test_a_weekday_range_in_the_future_gives_no_conflict() -> None:
    tl = read("The curfew will stay in force from Monday until the end of June.")
    assert tl.conflicts == []
    b = tl.when("curfew stay")
    assert b.latest_end == datetime(2025, 7, 1)


NOUNS = [
    # unrest
    "mutiny", "insurrection", "rebellion", "insurgency", "unrest", "looting", "lockout",
    # violence
    "stabbing", "shelling", "airstrike", "execution", "incursion", "skirmish",
    # disasters
    "hurricane", "cyclone", "landslide", "wildfire", "heatwave", "derailment", "blackout",
    # legal proceedings
    "indictment", "arraignment", "lawsuit", "injunction", "extradition", "impeachment",
]  # fmt: skip


@pytest.mark.parametrize("noun", NOUNS)
def test_the_nouns_of_unrest_violence_disasters_and_courts_are_events(noun: str) -> None:
    entry = nominal(noun)
    assert entry is not None
    assert nominal(noun[:-1] + "ies" if noun.endswith("y") else noun + "s") == entry


ORDERED_BY_A_NOUN = [
    # "within" a count of days of an event noun: at most that many days apart
    ("Two officers resigned within a week of the mutiny.", "officers resigned", "mutiny"),
    ("Power returned within two days of the blackout.", "Power returned", "blackout"),
    # "after", "ahead of" and "since" an event noun
    ("Trains resumed on Friday after the derailment.", "Trains resumed", "derailment"),
    ("Shops were boarded up ahead of the cyclone.", "Shops boarded up", "cyclone"),
    ("The senator has been detained since his indictment.", "senator detained", "indictment"),
]


@pytest.mark.parametrize(
    ("text", "event", "noun"), ORDERED_BY_A_NOUN, ids=[t for t, _, _ in ORDERED_BY_A_NOUN]
)
def test_a_cue_before_one_of_these_nouns_links_the_two(text: str, event: str, noun: str) -> None:
    tl = read(text)
    links = [c for c in tl.claims if {c.subject, c.object} == {event, noun}]
    assert links, [str(c) for c in tl.claims]
    if "within" not in text:
        later, earlier = (event, noun) if "ahead" not in text else (noun, event)
        assert tl.relation(earlier, "before", later) is Certainty.CERTAIN
