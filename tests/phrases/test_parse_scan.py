"""The tokenizer and the scanning entry: the grammar started at any token of running text
reports the longest temporal phrase there, with character offsets."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.phrases._expression import Relation
from chronos.phrases._parse import Scanner, resolve_match, scan
from chronos.phrases._tokenizer import tokenize

REF = date(2024, 10, 25)


class TestTokenize:
    """The token table splits text into kinds, keeping offsets and spacing."""

    @pytest.mark.parametrize(
        ("text", "kinds"),
        [
            ("since August 2023", ["WORD", "WORD", "NUMBER"]),  # words and a number
            ("26th", ["ORDINAL"]),  # an ordinal
            ("the 1990s", ["WORD", "DECADE"]),  # a decade
            ("1990's", ["DECADE"]),  # a decade with an apostrophe
            ("'90s", ["APOSTROPHE", "DECADE"]),  # a two-digit decade
            ("10:30", ["NUMBER", "COLON", "NUMBER"]),  # a clock time
            ("26/10/2023", ["NUMBER", "SLASH", "NUMBER", "SLASH", "NUMBER"]),  # slashes
            ("2019–21", ["NUMBER", "DASH", "NUMBER"]),  # an en dash
            ("Oct.", ["WORD", "DOT"]),  # an abbreviation
            ("year’s", ["WORD", "APOSTROPHE", "WORD"]),  # a typographic apostrophe
            ("€5", ["OTHER", "NUMBER"]),  # anything else is OTHER
            ("", []),  # nothing
            ("  \t\n ", []),  # only white space
        ],
    )
    def test_kinds(self, text: str, kinds: list[str]) -> None:
        """Each token has the kind of the first table row that matches."""
        assert [t.kind for t in tokenize(text)] == kinds

    def test_offsets_and_spacing(self) -> None:
        """Tokens keep their offsets and whether white space came before them."""
        tokens = tokenize("on 3 May, 2023")
        assert [(t.start, t.end) for t in tokens] == [(0, 2), (3, 4), (5, 8), (8, 9), (10, 14)]
        assert [t.spaced for t in tokens] == [True, True, True, False, True]

    def test_lower_case_and_one_apostrophe(self) -> None:
        """Words are lower-cased for the grammar; every apostrophe reads as "'"."""
        assert [t.lower for t in tokenize("New Year’s")] == ["new", "year", "'", "s"]

    def test_text_round_trips(self) -> None:
        """The tokens' texts at their offsets are the text's own characters."""
        text = "Khan, held since August 2023, was sentenced ahead of the vote."
        assert all(text[t.start : t.end] == t.text for t in tokenize(text))


class TestScan:
    """``Scanner.match`` from a token gives the longest phrase starting there."""

    TEXT = (
        "Imran Khan has been imprisoned since August 2023 after his conviction, and was "
        "sentenced ahead of the February 8 elections; two days after the letter, on "
        "Tuesday evening, officials said the review would take more than two years."
    )

    @pytest.mark.parametrize(
        ("word", "phrase", "timex", "relation"),
        [
            ("since", "since August 2023", "August 2023", "SINCE"),  # with its signal
            ("August", "August 2023", "August 2023", None),  # from inside the phrase
            ("ahead", "ahead of the February 8", "February 8", "BEFORE"),  # dated event
            ("February", "February 8", "February 8", None),  # the date alone
            ("two", "two days", "two days", None),  # an offset needs its anchor parsed
            ("on", "on Tuesday evening", "Tuesday evening", "ON"),  # a part of a day
            ("more", "more than two years", "more than two years", None),  # a duration
        ],
    )
    def test_match(self, word: str, phrase: str, timex: str, relation: str | None) -> None:
        """The match's offsets cut the phrase and its TIMEX3 extent out of the text."""
        scanner = Scanner(self.TEXT)
        index = next(i for i, t in enumerate(scanner.tokens) if t.text == word)
        found = scanner.match(index)
        assert found is not None
        assert self.TEXT[found.start : found.end] == phrase
        assert self.TEXT[found.timex_start : found.timex_end] == timex
        assert found.relation == relation

    @pytest.mark.parametrize("word", ["Imran", "imprisoned", "conviction", "officials", "the"])
    def test_no_match(self, word: str) -> None:
        """A token that starts no temporal phrase gives ``None``."""
        scanner = Scanner(self.TEXT)
        index = next(i for i, t in enumerate(scanner.tokens) if t.text == word)
        assert scanner.match(index) is None

    def test_every_phrase_in_a_text(self) -> None:
        """Matching, then jumping past each match, finds the text's phrases in order."""
        scanner = Scanner(self.TEXT)
        found = []
        i = 0
        while i < len(scanner.tokens):
            match = scanner.match(i)
            if match is None:
                i += 1
                continue
            found.append(self.TEXT[match.timex_start : match.timex_end])
            i = match.next_token
        assert found == [
            "August 2023",
            "February 8",
            "two days",
            "Tuesday evening",
            "more than two years",
        ]

    @pytest.mark.parametrize(
        ("text", "word", "matches"),
        [
            ("The court may rule in May 2025.", "may", False),  # a verb
            ("The court may rule in May 2025.", "May", True),  # a month
            ("Troops march on. In March 2020 …", "march", False),  # a verb
            ("Prices fall in the fall.", "fall", False),  # a verb
            ("Prices fall in the fall.", "in", True),  # "in the fall" is the season
        ],
    )
    def test_case_decides_ambiguous_words(self, text: str, word: str, matches: bool) -> None:
        """In running text "may", "march" and "fall" are time words only capitalised."""
        scanner = Scanner(text)
        index = next(i for i, t in enumerate(scanner.tokens) if t.text == word)
        assert (scanner.match(index) is not None) is matches

    def test_out_of_range_token(self) -> None:
        """A start token outside the text gives ``None``."""
        assert Scanner("since 2020").match(5) is None
        assert Scanner("").match(0) is None

    def test_scan_shortcut(self) -> None:
        """``scan(text, i)`` is ``Scanner(text).match(i)``."""
        found = scan("held since August 2023", 1)
        assert found is not None
        assert (found.start, found.end) == (5, 22)

    def test_resolve_match(self) -> None:
        """A match resolves against a reference like a parsed phrase."""
        text = "sentenced ahead of the February 8 elections"
        found = scan(text, 1)
        assert found is not None
        expr = resolve_match(found, text, reference=REF, tense="past")
        assert (expr.relation, str(expr.span)) == (Relation.BEFORE, "2024-02-08")
        assert (expr.start, expr.end) == (10, 33)
