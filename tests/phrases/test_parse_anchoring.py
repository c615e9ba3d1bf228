"""What a phrase's value depends on (``Match.anchoring``), and anaphora placed against an
anchor (``resolve_match(..., anchor=...)``): the two things the text stage asks of phrases."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronos.phrases import ANCHORINGS, Relation, Scanner, resolve_match


def _match(phrase: str):  # type: ignore[no-untyped-def]
    m = Scanner(phrase).match(0)
    assert m is not None
    return m


@pytest.mark.parametrize(
    ("phrase", "anchoring"),
    [
        ("26 October 2023", "absolute"),  # a full date
        ("26/10/2023", "absolute"),  # numeric
        ("the 1990s", "absolute"),  # a decade
        ("from March to May 2022", "absolute"),  # the second end's year holds for both
        ("February 8", "yearless"),  # no year
        ("Christmas", "yearless"),  # a holiday without a year
        ("mid-March", "yearless"),  # a vague part of a year-less month
        ("Monday", "weekday"),  # a weekday
        ("Friday evening", "weekday"),  # a part of a weekday
        ("yesterday", "deictic"),  # relative to now
        ("last August", "deictic"),  # a cue makes a month deictic
        ("two weeks ago", "deictic"),  # a shift
        ("the past three months", "deictic"),  # a period up to now
        ("the following day", "anaphoric"),  # points back
        ("three days later", "anaphoric"),  # points back with an amount
        ("that year", "anaphoric"),  # points back
        ("three years", "none"),  # a duration
        ("every Monday", "none"),  # a recurrence
        ("recently", "none"),  # a vague reference
    ],
)
def test_anchoring(phrase: str, anchoring: str) -> None:
    """Each phrase depends on this, and it is one of ANCHORINGS."""
    assert _match(phrase).anchoring == anchoring
    assert anchoring in ANCHORINGS


@pytest.mark.parametrize(
    ("phrase", "anchor", "span"),
    [
        ("the following day", datetime(2021, 3, 3), "2021-03-04"),  # one day on
        ("two days later", datetime(2021, 3, 3), "2021-03-05"),  # an amount on
        ("three weeks earlier", datetime(2021, 3, 3), "2021-02-10"),  # an amount back
        ("that year", datetime(2016, 5, 1), "2016"),  # the anchor's own unit
        ("the same month", datetime(2019, 5, 9), "2019-05"),  # the anchor's own unit
        ("the previous year", datetime(2016, 5, 1), "2015"),  # one unit back
    ],
)
def test_anaphor_placed_against_its_anchor(phrase: str, anchor: datetime, span: str) -> None:
    """With an anchor, an anaphor becomes a span at that place, related ON it."""
    text = phrase
    e = resolve_match(_match(text), text, reference="2024-10-25", anchor=anchor)
    assert str(e.span) == span
    assert e.relation is Relation.ON
    assert e.anchor_event is None


def test_without_an_anchor_the_anaphor_stays_open() -> None:
    """No anchor: the expression still points to the preceding event, as parse() gives it."""
    e = resolve_match(_match("the following day"), "the following day", reference="2024-10-25")
    assert e.span is None
    assert e.relation is Relation.AFTER


def test_the_scanner_skips_tokens_that_start_nothing() -> None:
    """``starts`` lists only tokens the grammar's first-token table allows."""
    s = Scanner("Officials gathered quietly, then on Monday they voted.")
    words = [s.tokens[i].text for i in s.starts]
    assert not {"Officials", "gathered", "quietly"} & set(words)
    assert {"on", "Monday"} <= set(words)
