"""A phrase copied with the quotes or brackets around it is read as the phrase inside them;
its offsets stay those of the text given. The reference is Wednesday 17 September 2025."""

from __future__ import annotations

import pytest

from chronos import ParseError, parse

REF = "2025-09-17"


@pytest.mark.parametrize(
    ("phrase", "timex", "inside"),
    [
        # straight double quotes
        ('"6.30 p.m."', "TIME 2025-09-17T18:30", "6.30 p.m."),
        # round brackets
        ("(9 a.m.)", "TIME 2025-09-17T09:00", "9 a.m."),
        # typographic quotes
        ("“the coming week”", "DATE 2025-W39", "the coming week"),
        # square brackets, as an editor's insertion
        ("[October 2024]", "DATE 2024-10", "October 2024"),
        # single quotes
        ("'Thursday'", "DATE 2025-09-18", "Thursday"),
        # a signal inside the brackets stays outside the TIMEX3 extent
        ("(since 2019)", "DATE 2019", "2019"),
    ],
)
def test_quoted_phrases(phrase: str, timex: str, inside: str) -> None:
    e = parse(phrase, reference=REF, tense="future")
    assert (str(e.timex), phrase[e.timex_start : e.timex_end]) == (timex, inside)


@pytest.mark.parametrize(
    "phrase",
    [
        # an opening bracket that is never closed
        "(Thursday",
        # a pair that does not match
        "(Thursday]",
        # something else inside the brackets as well
        "(see Thursday)",
        # nothing inside
        "()",
    ],
)
def test_what_quotes_do_not_mend(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)
