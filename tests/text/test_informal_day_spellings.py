"""Spellings of days that messages and posters use: "weds", "nye", "nyd", and the full stop
after a short day written in lower case, which ends the sentence. All sentences are
written for these tests; the DCT is Thursday 28 December 2023."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2023, 12, 28)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "weds" after "on"
        ("the vet can see him on weds", [("weds", "2024-01-03")]),
        # ... ending a question
        ("cinema weds?", [("weds", "2024-01-03")]),
        # ... with its part of the day, in the past
        ("it was weds night i think", [("weds night", "2023-12-27TNI")]),
        # ... after "every": a set
        ("every weds we swim laps", [("every weds", "XXXX-WXX-3")]),
        # ... capitalised, before its date
        ("Weds 3 Jan suits me", [("Weds 3 Jan", "2024-01-03")]),
        # "weds" the verb after its subject is no day
        ("She weds her fiance in a barn", []),
        # ... after a modal
        ("they will weds next to the lake", []),
        # "nye" in lower case
        ("what r u up to on nye?", [("nye", "2023-12-31")]),
        # ... in capitals
        ("NYE party at mine!!", [("NYE", "2023-12-31")]),
        # "nyd": New Year's Day
        ("gonna sleep all of nyd", [("nyd", "2024-01-01")]),
        # "Nye" with a capital alone is a surname
        ("Aneurin Nye chaired the meeting.", []),
    ],
)
def test_informal_spellings_of_days(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "extents"),
    [
        # a lower-case short weekday before a stop that ends the sentence
        ("boiler broke tues. landlord is useless", ["tues"]),
        # ... at the end of the text
        ("got my results back on thurs.", ["thurs"]),
        # ... "fri." before a lower-case sentence
        ("paid rent fri. now skint", ["fri", "now"]),
        # ... "wed." in a plan
        ("dentist wed. then work", ["wed"]),
        # ... a short month
        ("moved house in oct. it was chaos", ["oct"]),
        # a capitalised abbreviation keeps its stop
        ("The panel sat on Thurs. and Fri.", ["Thurs.", "Fri."]),
        # a stop before the day of the month is inside the date
        ("rent due sept. 30", ["sept. 30"]),
    ],
)
def test_stop_after_a_short_day(text: str, extents: list[str]) -> None:
    assert [m.text for m in extract(text, dct=DCT)] == extents
