""" "around" and "about" modify a time only where they govern it: after a verb whose
particle or preposition they are, or before a time a possessive ties to an event, the time
is read alone, with no APPROX (docs/extraction.md, "around" as a particle). All sentences
are written for these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "get around" is to evade: the ruling is Wednesday's, no approximation
        ("Insurers hope to get around Wednesday's ruling.", [("Wednesday", "DATE 2024-10-23")]),
        # the same verb in the past, the day standing alone after the particle
        ("The landlords got around Tuesday by renaming the fee.", [("Tuesday", "DATE 2024-10-22")]),
        # "turn around" (to reverse) before a possessive: the date of the decision
        ("Can the board turn around Monday's vote?", [("Monday", "DATE 2024-10-21")]),
        # "centred around" before a holiday: the festival's theme, not a time near Easter
        ("The fair was centred around Easter.", [("Easter", "DATE 2024-03-31")]),
        # a year after a verb stays approximate: "built around" a year is the usual reading
        ("The mill was built around 1850.", [("around 1850", "DATE 1850 APPROX")]),
        # "about" after a verb of speech: the vote is spoken of, not approximated
        ("Nobody asked about Thursday's audit.", [("Thursday", "DATE 2024-10-24")]),
        # "about" before a possessive with no verb before it: the event's date
        ("Doubts grew about Sunday's referendum.", [("Sunday", "DATE 2024-10-20")]),
        # a governed time keeps its APPROX: "around" before a weekday after an intransitive verb
        (
            "The frost should arrive around Wednesday.",
            [("around Wednesday", "DATE 2024-10-30 APPROX")],
        ),
        # a clock time after "came": arrival at about that hour
        ("The guests came around 8 p.m.", [("around 8 p.m.", "TIME 2024-10-25T20:00 APPROX")]),
        # a count after a verb of speech: "about" still approximates the count
        ("We spoke about three weeks ago.", [("about three weeks ago", "DATE 2024-10-04 APPROX")]),
        # "round" as the particle of "come" before a weekday
        ("The council came round Friday's plan at last.", [("Friday", "DATE 2024-10-25")]),
    ],
)
def test_around_as_particle(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found
