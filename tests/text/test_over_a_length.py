""" "over" before a length: "more than" where the length measures something, the
preposition of a stretch a total accrues across elsewhere (TimeML's "over [three years]").
All sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronos import extract


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a total counted across a stretch: "over" is the preposition, outside, no mod
        ("Rainfall was logged over nine weeks.", ("nine weeks", "DURATION P9W")),
        # a debt paid across years
        ("The grant is paid out over four years.", ("four years", "DURATION P4Y")),
        # heading its sentence, before a comma
        ("Over ten days, the fire spread east.", ("ten days", "DURATION P10D")),
        # after a noun
        ("Its profit over six quarters doubled.", ("six quarters", "DURATION P18M")),
        # a length spent waiting: "more than", inside, MORE_THAN
        ("Fans queued over three hours.", ("over three hours", "DURATION PT3H MORE_THAN")),
        # after "for"
        ("The mine was shut for over a decade.", ("over a decade", "DURATION P10Y MORE_THAN")),
        # after a copula
        ("It has been over a month.", ("over a month", "DURATION P1M MORE_THAN")),
        # after a degree adverb
        ("The climb took well over a day.", ("well over a day", "DURATION P1D MORE_THAN")),
        # after a verb of lasting
        ("The hearing could last over a week.", ("over a week", "DURATION P1W MORE_THAN")),
        # "over" before a named period is a signal, as before
        ("Sales slid over the past month.", ("the past month", "DATE 2024-04")),
    ],
)
def test_over_before_a_length(text: str, want: tuple[str, str]) -> None:
    (mention,) = extract(text, dct="2024-05-20")
    assert (mention.text, str(mention.timex)) == want
