"""Words that only look temporal in whole statements: surnames that are months, reference
and phone numbers, a verb opening a quotation, a greeting heading a message.

All sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a capitalised month after a capitalised given name is a surname
        ("Her agent, Lena June, declined to comment.", []),
        ("The inquiry heard from Peter August on Tuesday.", [("Tuesday", "DATE 2024-10-22")]),
        # ... but a word that dates the month keeps it a month, capitalised or not
        ("Last July was the wettest on record.", [("Last July", "DATE 2024-07")]),
        ("Since April the plant has been idle.", [("April", "DATE 2024-04")]),
        # ... and so does its day after a weekday
        ("The vote is set for Monday April 7.", [("Monday April 7", "DATE 2025-04-07")]),
        # a number after a word that files a record is a reference, not a year
        ("Please quote case 2031 when you write.", []),
        ("The fault was logged as ticket 1998.", []),
        # the last group of a phone number is not a year
        ("Call the helpline on 0300 123 2019 for advice.", []),
        ("Lines are open on +44 161 496 2020.", []),
        # a verb opening a quotation, as at the head of a sentence
        ('The coach shouted: "March on, all of you!"', []),
        # a part of the day heading a message and closed by "!" or "," is a greeting
        ("tom: evening! anyone up for a drink?", []),
        ("Morning, everyone. The meeting starts soon.", [("soon", "DATE FUTURE_REF")]),
        # ... while one that dates a clause stays a time
        ("tom: the evening was long", [("the evening", "TIME 2024-10-25TEV")]),
    ],
)
def test_what_only_looks_temporal(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found
