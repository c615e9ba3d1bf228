"""Lengths of time as news writes them: adjectives ("a week-long strike"), emphasis ("a mere
36 hours"), compounds and bounds, bare unit nouns, and the convention for "the past …".
Read by ``parse`` and ``extract``; the reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex", "extent"),
    [
        # one unit as an adjective with "-long": the article and the noun stay outside
        ("a week-long strike", "DURATION P1W", "week-long"),
        # the same in one word
        ("a yearlong inquiry", "DURATION P1Y", "yearlong"),
        # an hour
        ("an hour-long speech", "DURATION PT1H", "hour-long"),
        # a counted adjective, as before
        ("a two-week visit", "DURATION P2W", "two-week"),
        # "the" as well as "a"
        ("the 90-day deadline", "DURATION P90D", "90-day"),
        # plural units with "-long": a length of unknown count
        ("decades-long", "DURATION PXY", "decades-long"),
        # emphasis before an amount stays outside the extent, as TimeML leaves it
        ("a mere 36 hours", "DURATION PT36H", "36 hours"),
        ("just two days ago", "DATE 2024-10-23", "two days ago"),
        ("only six months", "DURATION P6M", "six months"),
        ("another two weeks", "DURATION P2W", "two weeks"),
        ("a further 10 days", "DURATION P10D", "10 days"),
        # a bound stays inside, with its mod
        ("at least 30 years", "DURATION P30Y EQUAL_OR_MORE", "at least 30 years"),
        # an emphasis then a bound
        ("just under two hours", "DURATION PT2H LESS_THAN", "just under two hours"),
        # a compound length
        ("2 years and 3 months", "DURATION P2Y3M", "2 years and 3 months"),
        # a period noun after an adjectival length stays inside, as TimeML has it
        ("a six-year term", "DURATION P6Y", "a six-year term"),
    ],
)
def test_length(phrase: str, timex: str, extent: str) -> None:
    e = parse(phrase, reference=REF)
    assert str(e.timex) == timex
    assert e.text[e.timex_start : e.timex_end] == extent


@pytest.mark.parametrize(
    "phrase",
    [
        "a mere",  # emphasis with no amount
        "just Friday",  # emphasis before a date, which no TimeML extent takes
        "a week-long",  # an article with no noun after the adjective
        "a week-long hunger strike",  # only one noun is read after the adjective
    ],
)
def test_not_read(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # the unit the text is about: alone, it points back to the preceding event
        ("the week", "DATE XXXX-WXX"),
        ("the year", "DATE XXXX"),
        # a bare unit with an article is one of it
        ("a day", "DURATION P1D"),
        # a bare plural is an unknown count
        ("years", "DURATION PXY"),
    ],
)
def test_bare_unit_nouns(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_bare_unit_points_back_like_that() -> None:
    """ "the week" read alone is placed like "that week": by the event before it."""
    e = parse("the week", reference=REF)
    assert (e.span, e.anchor_event) == (None, "(the preceding event)")


@pytest.mark.parametrize(
    ("phrase", "timex", "span"),
    [
        # a count makes a stretch ending at the reference
        ("the past three months", "DURATION P3M", "2024-07-25/2024-10-24"),
        ("the last two weeks", "DURATION P2W", "2024-10-11/2024-10-24"),
        # a single unit of a year or less is the previous calendar unit, like "last week"
        ("the past week", "DATE 2024-W42", "2024-W42"),
        ("the past year", "DATE 2023", "2023"),
        ("this past month", "DATE 2024-09", "2024-09"),
        # a decade or a century after "past" is the stretch: no calendar decade is meant
        ("the past decade", "DURATION P10Y", "2014-10-25/2024-10-24"),
        ("the past century", "DURATION P100Y", "1924-10-25/2024-10-24"),
    ],
)
def test_the_past_convention(phrase: str, timex: str, span: str) -> None:
    e = parse(phrase, reference=REF)
    assert (str(e.timex), str(e.span)) == (timex, span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML's extent: the adjective only
        ("Dockers began a week-long strike.", [("week-long", "DURATION P1W")]),
        ("Officials held a daylong meeting.", [("daylong", "DURATION P1D")]),
        # the emphasis stays outside
        ("The ceasefire lasted a mere 36 hours.", [("36 hours", "DURATION PT36H")]),
        # a bound stays inside
        (
            "He has lived there for at least 30 years.",
            [("at least 30 years", "DURATION P30Y EQUAL_OR_MORE")],
        ),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected


@pytest.mark.parametrize(
    ("phrase", "timex", "extent"),
    [
        # a vague count joined to a singular unit is an adjectival length
        ("a several-year stint", "DURATION PXY", "several-year"),
        # "few" as well
        ("a few-week pause", "DURATION PXW", "few-week"),
    ],
)
def test_vague_adjectival_lengths(phrase: str, timex: str, extent: str) -> None:
    e = parse(phrase, reference=REF)
    assert (str(e.timex), e.text[e.timex_start : e.timex_end]) == (timex, extent)


def test_a_plural_after_the_dash_is_no_adjective() -> None:
    with pytest.raises(ParseError):
        parse("several-years", reference=REF)
