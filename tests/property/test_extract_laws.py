"""Laws of ``extract`` on generated and adversarial text.

- Any ``str`` gives a list of mentions, never an exception; each mention's offsets cut its
  own text out of the input, in order, without overlap.
- The work grows linearly with the text: doubling a text (of news prose or of adversarial
  units — a run of digits, "May" repeated, nested brackets) at most doubles the grammar
  steps and the mentions, within a constant.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from chronos import extract
from chronos.phrases import Scanner
from chronos.text._extract import _scan

DCT = date(2024, 10, 25)
WORDS = [
    "May", "march", "since", "the", "following", "day", "on", "Monday", "2023", "1,000",
    "last", "week", "Oct.", "3", ",", ".", "ago", "two", "years", "-", "old", "$", "%",
    "Article", "370", "the Sunday Times", "\n\n", "will", "was", "by", "at", "9", "p.m.",
]  # fmt: skip


@given(st.text(max_size=300))
def test_any_str_gives_mentions_that_cut_the_text(text: str) -> None:
    """Arbitrary characters: a list, offsets in order, each cutting its text."""
    _check(text)


@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_temporal_looking_text_gives_consistent_mentions(text: str) -> None:
    """Words that start phrases, in any order: the same law, with and without a DCT."""
    _check(text)
    for m in extract(text):
        assert m.timex.value


def _check(text: str) -> None:
    mentions = extract(text, dct=DCT)
    end = 0
    for m in mentions:
        assert end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        end = m.end


UNITS = [
    "The minister said on Monday that talks held since May 2023 would end by Oct. 3, 2025. ",
    "9" * 1000,
    "May ",
    "(" * 50 + "[" * 50,
    "Article 370 and 2,000 troops, 30% and $5, the 26th amendment, a 64-year-old. ",
]


@pytest.mark.parametrize("unit", UNITS, ids=["prose", "digits", "may", "brackets", "false"])
def test_work_grows_linearly(unit: str) -> None:
    """Twice the text costs at most twice the grammar steps and mentions (plus a constant)."""

    def work(copies: int) -> tuple[int, int]:
        scanner = Scanner(unit * copies)
        found = _scan(scanner, None)
        return scanner.steps, len(found)

    small_steps, small_found = work(100)
    large_steps, large_found = work(200)
    assert large_steps <= 2 * small_steps + 50
    assert large_found <= 2 * small_found + 2


@pytest.mark.slow
def test_adversarial_texts_of_the_issue() -> None:
    """A line of 100,000 digits, 50,000 "May", 10,000 nested brackets: read, each once."""
    assert extract("1" * 100_000, dct=DCT) == []
    assert extract("(" * 10_000 + "in May 2023" + ")" * 10_000, dct=DCT)[0].text == "May 2023"
    mays = extract("May " * 50_000, dct=DCT)
    assert len(mays) <= 50_000
