"""A report in the past tells in the pluperfect what happened before it: "officials said on
Monday that the levee had collapsed" puts the collapse before the saying. Every sentence here is
written for this file; none is taken from the development statements or the evaluation
data.
"""

from __future__ import annotations

import pytest

from chronos import Certainty, Statement, chronicle

DAY = "2025-01-08"

# Each row: the sentence, and the link the report gives as (subject, relation, object), or
# None where none may be read.
ROWS: list[tuple[str, tuple[str, str, str] | None]] = [
    # "that" and a pluperfect occurrence: before the report
    (
        "Engineers said on Monday that the levee had collapsed.",
        ("levee collapsed", "before", "said"),
    ),
    # no "that", a date between the report and its clause
    (
        "The ministry announced on Friday the convoy had crossed the border.",
        ("crossed border", "before", "announced"),
    ),
    # a perfect report ("has said") likewise
    (
        "The coastguard has confirmed the trawler had sunk.",
        ("trawler sunk", "before", "confirmed"),
    ),
    # a state in the pluperfect may still hold when it is said: no order
    ("Residents said the bridge had been closed for weeks.", None),
    # a progressive likewise
    ("Diplomats said the envoys had been negotiating all night.", None),
    # a verb not told as happening: no order
    ("The club said the coach had not resigned.", None),
    # a past report whose clause is in the simple past: the order is not told
    ("Witnesses said the gunmen fled on foot.", None),
    # a report in the present tense: the pluperfect is not the past of its past
    ("The agency says the talks had stalled.", None),
]


def _report_links(text: str) -> list[tuple[str, str, str]]:
    tl = chronicle([Statement(text, published=DAY, id="s")])
    return [
        (c.subject, c.relation, c.object or "")
        for c in tl.claims
        if c.kind == "relation" and c.provenance.rule == "reported past"
    ]


@pytest.mark.parametrize(("text", "link"), ROWS, ids=[r[0] for r in ROWS])
def test_reported_past(text: str, link: tuple[str, str, str] | None) -> None:
    assert _report_links(text) == ([] if link is None else [link])


def test_the_order_is_certain_and_explained() -> None:
    tl = chronicle(
        [
            Statement(
                "Police said on Tuesday the suspect had left the country.", published=DAY, id="s"
            )
        ]
    )
    left = next(e.name for e in tl.events if "left" in e.name)
    said = next(e.name for e in tl.events if e.name == "said")
    assert tl.relation(left, "before", said) is Certainty.CERTAIN
    assert "said on Tuesday the suspect had left" in str(tl.explain(left))
