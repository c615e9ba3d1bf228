"""The time a story is at: what a look back leaves alone (``chronos.text._story``).

A history places its year-less dates in the year of the last date it is at. A look back — a
date in the past perfect before that time, an anaphor that counts backward, and an anaphor
pointing to such a look back — does not move it; a deictic phrase that reaches back into
the story's years ("eighty years ago") names one of its times; a clause in the future
speaks of the writer's time. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from chronos import extract


def _value(text: str, dct: str, extent: str) -> str:
    found = {m.text: str(m.timex) for m in extract(text, dct=dct)}
    return found[extent]


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        # two years in the past perfect look back from March 1871: "2 April" returns to
        # the story's year, not to 1865
        (
            "In March 1871 the mill burned down. Its owners had insured it in 1860 and "
            "again in 1865. On 2 April the workers marched to the town hall.",
            "2021-03-01",
            "2 April",
            "DATE 1871-04-02",
        ),
        # a plain past is no look back: the story goes back to 1865 and stays there
        (
            "In March 1871 the mill burned down; it had opened in 1850. In 1865 its owners "
            "insured it. On 2 April the insurers paid.",
            "2021-03-01",
            "2 April",
            "DATE 1865-04-02",
        ),
        # "the year before" counts back from June 1905 and "that March" points to it: both
        # look back, and "9 July" is in 1905
        (
            "In June 1905 the dockers struck. Their union had been founded the year before, "
            "and its first meeting took place that March. On 9 July the owners gave way.",
            "2005-06-01",
            "9 July",
            "DATE 1905-07-09",
        ),
        # ... while "that March" itself is the March of the year before
        (
            "In June 1905 the dockers struck. Their union had been founded the year before, "
            "and its first meeting took place that March. On 9 July the owners gave way.",
            "2005-06-01",
            "that March",
            "DATE 1904-03",
        ),
        # "eighty years ago" in a history is 1940, and the siege's "early May" is in it,
        # though the past perfect and "in" read alone would put it before the DCT
        (
            "Eighty years ago the city fell. The siege had begun in early May, and the "
            "walls, built in 1520, rebuilt in 1688 and mended in 1871, were breached.",
            "2020-06-30",
            "early May",
            "DATE 1940-05 START",
        ),
        # a memorial to come, in an obituary full of old years: the writer's Friday, June 12
        (
            "She was born in 1921, married in 1946 and retired in 1983. A memorial will be "
            "held on Friday, June 12.",
            "2020-06-01",
            "Friday, June 12",
            "DATE 2020-06-12",
        ),
    ],
)
def test_the_time_a_story_is_at(text: str, dct: str, extent: str, value: str) -> None:
    assert _value(text, dct, extent) == value
