"""A month as a given name after a verb, "with" or "and"; an adjective of state after a
copula that is no timetable verb; an approximate clock time after a day; and the Orthodox
Easter in running text. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronos import Tense, extract


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a past verb, then a month and a surname: a person
        ("The panel questioned June Okafor on Monday.", [("Monday", "DATE 2024-03-18")]),
        # a verb of meeting in the present
        ("The mayor meets April Lindqvist at noon.", [("noon", "TIME 2024-03-20T12:00")]),
        # "with"
        ("Talks with May Brennan stalled.", []),
        # "and" between two people
        ("Dr Osei and August Ferrante signed it.", []),
        # a month after a verb that takes a date stays a date ("expected June")
        ("Results are expected June 3.", [("June 3", "DATE 2024-06-03")]),
        # a month after a preposition, before a capitalised word, stays a date
        ("In March Parliament sat late.", [("March", "DATE 2024-03")]),
        # a weekday after a verb stays a day: news writes "met Friday"
        ("Envoys met Friday Nations officials.", [("Friday", "DATE 2024-03-15")]),
    ],
)
def test_a_month_before_a_surname_after_a_verb_is_a_name(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct="2024-03-20")] == want


@pytest.mark.parametrize(
    ("text", "value", "tense"),
    [
        # "open" after "was" is an adjective of state, not the timetable verb: past
        ("The clinic was open Saturday.", "2024-03-16", Tense.PAST),
        # "closed" after "were"
        ("The gates were closed Sunday.", "2024-03-17", Tense.PAST),
        # after "is": the present, the nearest
        ("The hall is open Thursday.", "2024-03-21", Tense.PRESENT),
        # a plural subject right before the verb: still the timetable ahead
        ("The museums open Sunday.", "2024-03-24", Tense.FUTURE),
    ],
)
def test_a_state_after_a_copula_is_no_timetable(text: str, value: str, tense: Tense) -> None:
    (mention,) = extract(text, dct="2024-03-20")
    assert (mention.timex.value, mention.tense) == (value, tense)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of the day "at about" a bare hour
        ("Come by tonight at about 8.", ("tonight at about 8", "TIME 2024-03-20T20:00 APPROX")),
        # "at around" after an evening of a weekday, minutes too
        (
            "Doors open Friday evening at around 7:45.",
            ("Friday evening at around 7:45", "TIME 2024-03-22T19:45 APPROX"),
        ),
        # a day then "at about" a full clock time
        (
            "The convoy left yesterday at about 6 a.m.",
            ("yesterday at about 6 a.m.", "TIME 2024-03-19T06:00 APPROX"),
        ),
        # a date then "at around"
        (
            "Polls close on 2 April at around 9 p.m.",
            ("2 April at around 9 p.m.", "TIME 2024-04-02T21:00 APPROX"),
        ),
        # without the approximation: no mod
        ("Come by tonight at 8.", ("tonight at 8", "TIME 2024-03-20T20:00")),
    ],
)
def test_a_clock_after_a_day_keeps_its_approximation(text: str, want: tuple[str, str]) -> None:
    (mention,) = extract(text, dct="2024-03-20")
    assert (mention.text, str(mention.timex)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the Orthodox Easter is the Julian one, weeks after the Western
        ("Monasteries fill for Orthodox Easter.", ("Orthodox Easter", "DATE 2024-05-05")),
        # with "Sunday"
        ("Orthodox Easter Sunday fell late.", ("Orthodox Easter Sunday", "DATE 2024-05-05")),
        # its Good Friday
        ("Shops shut on Orthodox Good Friday.", ("Orthodox Good Friday", "DATE 2024-05-03")),
        # the plain word is still the Western Easter
        ("Shops shut at Easter.", ("Easter", "DATE 2024-03-31")),
    ],
)
def test_orthodox_easter_in_text(text: str, want: tuple[str, str]) -> None:
    (mention,) = extract(text, dct="2024-03-20")
    assert (mention.text, str(mention.timex)) == want
