"""A month, a weekday or a holiday that is part of a person's name, and digits of a phone
number or of a flat that look like a year. All sentences are written for these tests; the
DCT is Thursday 5 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2026, 3, 5)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a month as a given name after a comma, a surname after it
        ("The board's auditor, June Alvarez, resigned.", []),
        # ... the same shape with other names and verb
        ("The club's coach, August Lindqvist, stepped down.", []),
        # ... after a role noun in lower case
        ("Our treasurer April Kowalczyk signed the accounts.", []),
        # ... heading the sentence
        ("July Mensah chairs the inquiry.", []),
        # ... after a capitalised title
        ("Senator May Whitcombe spoke first.", []),
        # a weekday as a given name after a role noun
        ("The goalkeeper Friday Okafor saved two penalties.", []),
        # a weekday as a surname between commas
        ("The ward's matron, Grace Sunday, retired.", []),
        # ... after a role noun and a given name
        ("Site engineer Omar Tuesday checked the crane.", []),
        # a holiday as a surname after a title and a given name
        ("Inspector Lena Easter took the call.", []),
        # ... heading a sentence after a given name, as a surname
        ("Later, Nadia Christmas thanked the volunteers.", []),
        # a holiday as a given name before a surname, after a comma
        ("The caretaker, Easter Adeyemi, locked up.", []),
        # a weekday after a subject, as news writes it: still the day
        ("President Alvarez Saturday vowed to rebuild.", [("Saturday", "DATE 2026-02-28")]),
        # ... after a country heading the sentence
        ("Peru Monday recalled its envoy.", [("Monday", "DATE 2026-03-02")]),
        # a month after a preposition before a capitalised subject: the month
        ("In June Parliament rose early.", [("June", "DATE 2025-06")]),
        # a weekday after "On" before a capitalised subject: the day
        ("On Monday Congress adjourned.", [("Monday", "DATE 2026-03-02")]),
        # a feast with its qualifier stays the feast
        ("Happy Easter to all our readers.", [("Easter", "DATE 2026-04-05")]),
        # a holiday followed by a date part is the holiday
        ("Easter Monday was quiet.", [("Easter Monday", "DATE 2026-04-06")]),
    ],
)
def test_date_word_in_a_persons_name(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a group after a country code
        ("Reach the desk on +33 2019 7700 any time.", []),
        # ... with a three-digit group after it
        ("Dial +1 1998 555 0100 for help.", []),
        # a number after a helpline and "on"
        ("Ring the helpline on 2021 for advice.", []),
        # a number after a hotline and a colon
        ("The tenants' hotline: 1987.", []),
        # a number after "dial"
        ("In an emergency dial 2020 from any phone.", []),
        # a flat number
        ("He rents flat 2030 on the top floor.", []),
        # an apartment number, capitalised at the head of a sentence
        ("Apartment 2019 was flooded again.", []),
        # a gate number
        ("Boarding is at gate 2011.", []),
        # a line that opened in a year keeps the year: "in" stands between
        ("The tram line opened in 2019.", [("2019", "DATE 2019")]),
        # a call on a year's results keeps the year: "call" takes no number
        ("Analysts joined the call on 2025 results.", [("2025", "DATE 2025")]),
    ],
)
def test_phone_and_flat_numbers_are_no_years(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found
