"""A verb of another clause does not give a mention its tense.

Reading ahead, a subordinator ("after", "when", "until", "once") or "and"/"but" before a
subject pronoun opens another clause, whose verb tells of another event; reading back, a
pure subordinator ("once", "when", "if") opens the mention's own clause, so a verb before
it is the main clause's or a participle's. A clause left without a cue has no tense, and
its date is the nearest one.

The DCT is Wednesday 22 October 2025; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from chronos import Tense, extract

DCT = "2025-10-22"


@pytest.mark.parametrize(
    ("text", "extent", "tense", "value"),
    [
        # a clause after "and" + a pronoun: its past verb is not the date's
        ("Grandad turns 90 on the 30th and we ordered a cake.", "the 30th", None, "2025-10-30"),
        ("The fair closes on 2 November but they left early.", "2 November", Tense.FUTURE, ""),
        # a clause after a comma and "after": its past verb is not the date's, when the
        # mention's own "will" is too far back to be read
        (
            "Nurses will hold a series of rolling walkouts across hospitals in the north and "
            "the west of the region on 3 November, after pay talks collapsed.",
            "3 November",
            None,
            "2025-11-03",
        ),
        # ... nor after "when"
        ("Sales peak on 14 November when shoppers got paid.", "14 November", None, "2025-11-14"),
        # reading back: a participle before "once" belongs to the main clause's object
        (
            "Refunds cover bikes bought in 2024 once checks finish in mid-November.",
            "mid-November",
            None,
            "2025-11",
        ),
        # neighbours: the mention's own verb still decides, ahead or behind
        ("The pier was closed on 3 October after storms.", "3 October", Tense.PAST, "2025-10-03"),
        ("On 9 October, when the pier closed, it rained.", "9 October", Tense.PAST, "2025-10-09"),
        # "after" as a preposition before the mention does not stop the verb behind it
        (
            "The mayor was arrested after a raid on 12 October.",
            "12 October",
            Tense.PAST,
            "2025-10-12",
        ),
    ],
)
def test_the_tense_is_the_mentions_clause(
    text: str, extent: str, tense: Tense | None, value: str
) -> None:
    (m,) = [m for m in extract(text, dct=DCT) if m.text == extent]
    assert m.tense is tense
    if value:
        assert m.timex.value == value
