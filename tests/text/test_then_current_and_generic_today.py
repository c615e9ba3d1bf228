""" "then" before an adjective of the present makes it a past time, and "today" in the two
clearly generic shapes is the present age, not the DCT's day (docs/extraction.md, "Vague
references and weeks"). All sentences are written for these tests; the DCT is Friday 25
October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the then current": current at a past time, "then" inside
        ("Bonds were swapped at the then current yield.", [("then current", "DATE PAST_REF")]),
        # hyphenated, with "present"
        ("The then-present owners sold the mill.", [("then-present", "DATE PAST_REF")]),
        # "current" alone stays the writer's present
        ("The current owners sold the mill.", [("current", "DATE PRESENT_REF")]),
        # "today's" before a plural noun of agents: the present age
        ("Today's shipbuilders weld by laser.", [("Today", "DATE PRESENT_REF")]),
        # before a collective noun of an age, mid-sentence
        ("Phones shape how today's children read.", [("today", "DATE PRESENT_REF")]),
        # "Today," then a quantified subject and a verb of habit
        ("Today, few ferries carry cars.", [("Today", "DATE PRESENT_REF")]),
        # "today's" before a noun of the day's events: the DCT's day
        ("Today's hearing was adjourned.", [("Today", "DATE 2024-10-25")]),
        # a quantified subject with "are": a state on the day
        ("Today, most ferries are idle.", [("Today", "DATE 2024-10-25")]),
        # a quantified subject in a past clause: what happened on the day
        ("Today, many ferries sailed late.", [("Today", "DATE 2024-10-25")]),
        # "today" after its verb: the day
        ("All ferries were cancelled today.", [("today", "DATE 2024-10-25")]),
    ],
)
def test_then_current_and_generic_today(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found
