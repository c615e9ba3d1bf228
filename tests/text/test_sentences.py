"""Sentence boundaries in news prose."""

from __future__ import annotations

import itertools

import pytest

from chronos import extract
from chronos.phrases import Scanner
from chronos.text._sentences import sentence_starts


def _sentences(text: str) -> list[str]:
    s = Scanner(text)
    starts = [*sentence_starts(text, s.tokens), len(s.tokens)]
    return [
        text[s.tokens[a].start : s.tokens[b - 1].end]
        for a, b in itertools.pairwise(starts)
        if b > a
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gen. Okafor spoke. Troops left.", 2),  # a title is not an end
        ("The U.S. envoy arrived. She left.", 2),  # initials inside a sentence
        ("J. R. Malik signed it. Then he left.", 2),  # initials of a name
        ("It was held on Oct. 3 in Lagos. Then rain.", 2),  # a month abbreviation and a day
        ("It opened in Oct. The crowds came.", 2),  # a month abbreviation ends a sentence
        ("Is it over? No! Not yet.", 3),  # question and exclamation marks
        ('"We will stay." The crowd cheered.', 2),  # a closing quotation
        ("Headline without a stop\nBody text starts here.", 2),  # a headline line
        ("A line that wraps\nin lower case goes on.", 1),  # a wrapped line
        ("One paragraph\n\nanother paragraph", 2),  # a blank line
        ("Output grew 3.5 percent. Costs fell.", 2),  # a decimal number
        ("Mr. and Mrs. Diallo left St. Louis.", 1),  # several titles
        ("The ferry sank at 4 a.m. (0200 GMT) near Kos.", 1),  # a bracketed gloss of a number
        ("The ferry sank at 4 a.m. (Its crew survived.)", 2),  # a bracketed sentence
        ("The judges cited Roe v. Wade on Monday. They ruled later.", 2),  # "v." in a case
        ("It was the Lakers vs. Celtics game. Fans cheered.", 2),  # "vs." before a name
        ("Compare the old rule (cf. Article 3). Nothing changed.", 2),  # "cf."
        ("Two men cited the law. Lawyers for them did not.", 2),  # "law." ends a sentence
    ],
)
def test_sentence_count(text: str, count: int) -> None:
    """Each text has this many sentences."""
    assert len(_sentences(text)) == count, _sentences(text)


def test_mentions_know_their_sentence() -> None:
    """``Mention.sentence`` counts from 0."""
    ms = extract(
        "Gen. Okafor arrived on Monday. He left on Oct. 3. Talks end in 2025.", dct="2024-10-25"
    )
    assert [(m.text, m.sentence) for m in ms] == [("Monday", 0), ("Oct. 3", 1), ("2025", 2)]
