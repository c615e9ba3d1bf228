""" "past" before a plural unit with no count is a length of unknown count, the adjective
inside the extent, as "recent years" is; after a verb "past" is the preposition and stays
outside (docs/extraction.md, "Vague references and weeks"). All sentences are written for
these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after "in": years of unknown count, "past" inside
        ("Harvests were thin in past years.", [("past years", "DURATION PXY")]),
        # months, after "than"
        ("Queues are shorter than in past months.", [("past months", "DURATION PXM")]),
        # decades, heading the sentence
        ("Past decades saw two famines.", [("Past decades", "DURATION PXY")]),
        # with the article, after "over"
        ("Fees doubled over the past weeks.", [("the past weeks", "DURATION PXW")]),
        # "recent" keeps its place beside "past"
        (
            "Unlike past centuries, recent years were mild.",
            [("past centuries", "DURATION PXY"), ("recent years", "DURATION PXY")],
        ),
        # a count keeps the stretch that ends at the DCT
        ("Fees doubled over the past two weeks.", [("the past two weeks", "DURATION P2W")]),
        # after a verb of motion "past" is the preposition: the length alone
        ("The convoy crawled past weeks of rubble.", [("weeks", "DURATION PXW")]),
    ],
)
def test_past_plural_unit(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found
