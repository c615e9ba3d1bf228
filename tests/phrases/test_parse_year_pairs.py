"""A period across two consecutive years, written as sports seasons, school and fiscal
years are: one DATE over both calendar years, its TIMEX3 value the year it opens (TimeML
has no value for two years). Alone, "2019-20" stays a range of two years."""

from __future__ import annotations

import pytest

from chronos import ParseError, Relation, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex", "span"),
    [
        # a slash and two digits, a sports season
        ("the 2021/22 season", "DATE 2021", "2021/2022"),
        # an en dash and an academic year
        ("the 2022–23 academic year", "DATE 2022", "2022/2023"),
        # a hyphen, four digits for the second year, a school year
        ("the 2025-2026 school year", "DATE 2025", "2025/2026"),
        # "fiscal" first needs no noun after
        ("fiscal 2023-24", "DATE 2023", "2023/2024"),
        ("FY2026/27", "DATE 2026", "2026/2027"),
        # a financial year, a tax year, a campaign
        ("the 2020/21 financial year", "DATE 2020", "2020/2021"),
        ("the 2018-19 tax year", "DATE 2018", "2018/2019"),
        ("the 2016/17 campaign", "DATE 2016", "2016/2017"),
        # across a century, with its two digits
        ("the 1999/00 season", "DATE 1999", "1999/2000"),
    ],
)
def test_a_period_across_two_years(phrase: str, timex: str, span: str) -> None:
    e = parse(phrase, reference=REF)
    assert (str(e.timex), str(e.span)) == (timex, span)
    assert any(a.kind == "period" for a in e.assumptions)


@pytest.mark.parametrize(
    "phrase",
    [
        # years that do not follow each other name no one season
        "the 2021/23 season",
        # a space after the slash: no written pair
        "the 2021/ 22 season",
    ],
)
def test_pairs_that_are_not_a_period(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


def test_a_bare_pair_stays_a_range() -> None:
    # without a noun or "fiscal": the range it always was, from one year to the next
    e = parse("2017-18", reference=REF)
    assert e.relation is Relation.FROM_TO
    assert [str(p.timex) for p in e.parts] == ["DATE 2017", "DATE 2018"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the extent takes the article and the noun, the signal stays out
        (
            "The club was relegated in the 2022/23 season.",
            [("the 2022/23 season", "2022", "in")],
        ),
        # "fiscal" with the pair
        ("Budget cuts hit fiscal 2025-26 hardest.", [("fiscal 2025-26", "2025", None)]),
        # a bare pair: two TIMEX3s, as any range
        ("Output fell over 2019-20.", [("2019", "2019", "over"), ("20", "2020", "over")]),
    ],
)
def test_extract_a_period_across_two_years(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.timex.value, m.signal) for m in extract(text, dct=REF)] == found
