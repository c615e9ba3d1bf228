"""Dates a past clause puts behind or beside now where a cue word says otherwise: what
lasted until a date, a plan that lapsed, and a timetable verb that is part of a name. All
sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronos import Tense, extract


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a past verb of lasting before "till": the stretch is over, so is its end
        ("The repair took till March to finish.", "2024-01-20", "2023-03"),
        # with its object between verb and signal
        ("The lockout took them until October to settle.", "2024-06-20", "2023-10"),
        # "lasted until" a month nearer ahead than behind
        ("The blockade lasted until February.", "2024-01-20", "2023-02"),
        # a verb and its particle: "went on until"
        ("The sit-in went on until mid-December.", "2024-12-01", "2023-12"),
        # "stayed until", a weekday nearer ahead than behind
        ("Volunteers stayed until Saturday.", "2024-01-18", "2024-01-13"),
        # a future clause keeps the time to come
        ("The audit will last until March.", "2024-01-20", "2024-03"),
        # a past verb that is no verb of lasting: the deadline's nearest reading, as before
        ("The board extended the offer until March.", "2024-01-20", "2024-03"),
    ],
)
def test_what_lasted_until_a_date_is_over(text: str, dct: str, value: str) -> None:
    (mention,) = extract(text, dct=dct)
    assert mention.timex.value == value


@pytest.mark.parametrize(
    ("text", "dct", "value", "tense"),
    [
        # a plan that lapsed, its month just past: the nearest, not the next one
        (
            "The audit was first planned for early June but slipped.",
            "2024-07-02",
            "2024-06",
            Tense.PAST,
        ),
        # "originally scheduled", the day still ahead: the nearest again
        (
            "The hearing, originally scheduled for 9 August, was moved.",
            "2024-07-02",
            "2024-08-09",
            Tense.PAST,
        ),
        # "initially set for" a month ahead: not the one before, as "were" alone would say
        ("Talks were initially set for September.", "2024-07-02", "2024-09", Tense.PAST),
        # a plan that did not lapse stays a plan ahead
        ("The audit was planned for early June.", "2024-07-02", "2025-06", Tense.FUTURE),
    ],
)
def test_a_lapsed_plan_is_placed_where_nearest(
    text: str, dct: str, value: str, tense: Tense
) -> None:
    (mention,) = extract(text, dct=dct)
    assert (mention.timex.value, mention.tense) == (value, tense)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # "End" with a capital inside a sentence is a name, not the timetable verb "end"
        ("In April, a crew in the North End laid new pipes.", "2024-07-02", "2024-04"),
        # "Open" too
        ("In March, tickets for the Harbour Open sold out.", "2024-07-02", "2024-03"),
        # the verb in lower case is still a timetable ahead
        ("The talks end in April.", "2024-07-02", "2025-04"),
    ],
)
def test_a_timetable_verb_with_a_capital_is_a_name(text: str, dct: str, value: str) -> None:
    (mention,) = extract(text, dct=dct)
    assert mention.timex.value == value
