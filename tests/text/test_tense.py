"""The tense of the clause around a mention, and how it places year-less dates and weekdays.

The DCT is Friday 25 October 2024; every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import Tense, extract

DCT = date(2024, 10, 25)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("The activist was detained on July 4.", Tense.PAST, "2024-07-04"),  # passive past
        ("The general will be tried on Monday.", Tense.FUTURE, "2024-10-28"),  # future passive
        ("The embassy reopened last Wednesday.", Tense.PAST, "2024-10-23"),  # -ed verb + cue
        ("The ferry sailed on Tuesday.", Tense.PAST, "2024-10-22"),  # -ed verb, weekday
        ("The envoy said it would meet on Thursday.", Tense.FUTURE, "2024-10-31"),  # reported
        ("The report is due on Wednesday.", Tense.FUTURE, "2024-10-30"),  # "due"
        ("On Tuesday, the court upheld the ban.", Tense.PAST, "2024-10-22"),  # verb after
        ("The minister met donors on Monday.", Tense.PAST, "2024-10-21"),  # irregular past
        ("The union has called a strike since Monday.", Tense.PAST, "2024-10-21"),  # perfect
        ("Voters are going to decide on December 1.", Tense.FUTURE, "2024-12-01"),  # going to
        ("The panel could rule on November 4.", Tense.FUTURE, "2024-11-04"),  # a modal
        ("The mayor won't attend on Sunday.", Tense.FUTURE, "2024-10-27"),  # won't
        ("The talks are on Monday.", Tense.PRESENT, "2024-10-28"),  # present: nearest
    ],
)
def test_tense_and_the_date_it_picks(text: str, tense: Tense, value: str) -> None:
    """The clause's tense is read and places the year-less date or weekday."""
    (m,) = extract(text, dct=DCT)
    assert m.tense is tense
    assert m.timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "a June 3 hearing": the date modifies a noun; no verb governs it, so the nearest
        ("Lawyers prepared for a November 2 hearing, officials said.", "2024-11-02"),
        # a deadline: whatever the tense, the date lies ahead of the clause's time
        ("The regulator extended the offer to November 20.", "2024-11-20"),
        ("The mayor asked them to leave by November 1.", "2024-11-01"),
    ],
)
def test_nearest_where_the_tense_does_not_place(text: str, value: str) -> None:
    """Attributive dates and deadlines take the nearest occurrence."""
    (m,) = extract(text, dct=DCT)
    assert m.timex.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The preferred shares are redeemed on Monday.",  # "preferred" is an adjective here
        "Fighting flared due to its collapse on Monday.",  # "due to" is "because of"
    ],
)
def test_words_that_look_like_cues(text: str) -> None:
    """An adjective in -ed and a causal "due to" are not tense cues."""
    (m,) = extract(text, dct=DCT)
    assert m.tense is not Tense.FUTURE or "due" not in text
    assert m.tense is not Tense.PAST or "preferred" not in text


def test_no_cue_no_tense() -> None:
    """A clause without any cue leaves the tense unknown: the nearest occurrence."""
    (m,) = extract("Monday: talks in Geneva.", dct=DCT)
    assert m.tense is None
    assert m.timex.value == "2024-10-28"  # three days ahead beats four days back
