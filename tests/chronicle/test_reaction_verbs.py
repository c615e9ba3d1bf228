"""Verbs of reaction: refusing, judging and acclaiming what someone else did or said.

A reaction is a reporting act (anchored to the statement's day unless it carries its own
date) whose object came before it. Every sentence here is written for this file; none is
taken from the development statements or the evaluation data.
"""

from __future__ import annotations

import pytest

from chronos import Certainty, ChronicleEvent, Statement, chronicle

DAY = "2025-01-08"  # a Wednesday

# Each row: the sentence, the reaction's label, and the event its object names (None where
# the object is no event noun of the lexicon: then it is kept in the label only).
REACTIONS = [
    # dismissing: the object is kept in the label, the day is the clause's own
    ("The minister on Monday dismissed his remarks as baseless.", "dismissed remarks", "remarks"),
    # rebuffing a request
    ("The ministry rebuffed the request on Tuesday.", "rebuffed request", None),
    # a two-word reaction: "brushed aside", its particle kept in the label
    ("The governor brushed aside the petition on Monday.", "brushed aside petition", None),
    # condemning, with a doubled consonant in the past ("slammed")
    ("Opposition leaders slammed the verdict on Tuesday.", "slammed verdict", "verdict"),
    # deploring, with "-ied" in the past ("decried")
    ("Rights groups decried the sentence on Monday.", "decried sentence", "sentence"),
    # acclaiming
    ("Neighbouring states hailed the agreement on Tuesday.", "hailed agreement", "agreement"),
    # welcoming (British spelling of a judging verb next)
    ("The chamber welcomed the inquiry on Monday.", "welcomed inquiry", "inquiry"),
    ("Teachers criticised the reform on Tuesday.", "criticised reform", None),
    # denouncing, in the present perfect and without a date: the statement's day
    ("The federation has denounced the ban.", "denounced ban", None),
    # refuting a claim, undated: the statement's day
    ("The embassy refuted the allegation.", "refuted allegation", None),
]


@pytest.mark.parametrize(("text", "label", "thing"), REACTIONS, ids=[r[0] for r in REACTIONS])
def test_a_reaction_is_a_report_after_what_it_reacts_to(
    text: str, label: str, thing: str | None
) -> None:
    tl = chronicle([Statement(text, published=DAY, id="s")])
    event = tl.event(label)
    assert isinstance(event, ChronicleEvent)
    assert event.kind == "reporting"
    if thing is not None:
        assert tl.relation(thing, "before", label) is Certainty.CERTAIN
    if "Monday" in text or "Tuesday" in text:
        assert str(tl.when(label)) == ("2025-01-06" if "Monday" in text else "2025-01-07")
    else:
        assert str(tl.when(label)) == DAY
