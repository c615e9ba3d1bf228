"""Split text into tokens with their character offsets, by a table of named patterns.

The table is the whole lexical grammar: each row names a kind of token and gives the
pattern for it. Every pattern is a simple run of one character class (with at most a fixed
suffix), so the combined scanner never backtracks more than the length of one token and
runs in time linear in the text. Whitespace is dropped, but every token remembers whether
whitespace came before it, since "2023-10-26" and "2023 - 10 - 26" read differently.

>>> [t.text for t in tokenize("since Oct. 26, 2023")]
['since', 'Oct', '.', '26', ',', '2023']
>>> tokenize("the 1990s")[1]
Token(kind='DECADE', text='1990s', lower='1990s', start=4, end=9, spaced=True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from chronos.phrases._vocabulary import SHORTHANDS

__all__ = ["TOKEN_TABLE", "Token", "tokenize"]

#: (kind, pattern), tried in order at each position; the first that matches wins. Words
#: come first only because they are the commonest token: no two rows match the same text,
#: except that ORDINAL and DECADE must be tried before NUMBER.
TOKEN_TABLE: Final[tuple[tuple[str, str], ...]] = (
    ("WORD", r"[A-Za-z]+"),
    ("SPACE", r"\s+"),
    ("ORDINAL", r"[0-9]+(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z0-9])"),
    ("DECADE", r"[0-9]+0'?[sS](?![A-Za-z0-9])"),
    ("NUMBER", r"[0-9]+"),
    ("DASH", r"[-‐‑‒–—]"),
    ("SLASH", r"/"),
    ("COLON", r":"),
    ("COMMA", r","),
    ("DOT", r"\."),
    ("APOSTROPHE", r"['’‘]"),
    ("OTHER", r"."),
)

_SCANNER: Final = re.compile(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in TOKEN_TABLE), re.DOTALL
)


# Token kinds other than words that may hold letters ("26TH", "1990S").
_LETTERED: Final = frozenset({"ORDINAL", "DECADE"})


class Token(NamedTuple):
    """One token: its kind, its text (and lower-cased text) and where it is in the input.

    A named tuple rather than an attrs class: tokens are made by the thousand per text and
    never leave the parser, so the cheapest immutable record is the right one.
    """

    kind: str
    text: str
    lower: str
    start: int
    end: int
    spaced: bool


# The named tuple's own __new__ is a Python function around this one; tokens are made by
# the thousand, so they are made directly.
_token: Final = tuple.__new__
_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_DIGITS: Final = frozenset("0123456789")
_ALNUM: Final = _LETTERS | _DIGITS
# Informal spellings of words: those of letters only are looked up as a word is read,
# those with a digit ("2moro", "b4") where a run of letters and digits is read.
_SHORT_WORDS: Final = {k: v for k, v in SHORTHANDS.items() if k.isalpha()}
_SHORT_MIXED: Final = {k: v for k, v in SHORTHANDS.items() if not k.isalpha()}
_SHORT_MIXED_FIRST: Final = frozenset(k[0] for k in _SHORT_MIXED) | frozenset(
    k[0].upper() for k in _SHORT_MIXED
)


def _kind_of(mark: str) -> str:
    """The kind the table gives the one-character token ``mark``."""
    match = _SCANNER.fullmatch(mark)
    return "OTHER" if match is None or match.lastgroup is None else match.lastgroup


# The marks read without the scanner, their kinds given by the table itself.
_MARKS: Final = {mark: _kind_of(mark) for mark in "-‐‑‒–—/:,.'’‘"}


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order, whitespace dropped.

    >>> [(t.kind, t.text) for t in tokenize("10:30 a.m.")]  # doctest: +NORMALIZE_WHITESPACE
    [('NUMBER', '10'), ('COLON', ':'), ('NUMBER', '30'), ('WORD', 'a'), ('DOT', '.'),
     ('WORD', 'm'), ('DOT', '.')]
    """
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    end = 0
    # The table's scanner costs the same for every token it matches, which is most of the
    # time of a short phrase; so the commonest shapes are read here, as the table would
    # read them, and only the rest is left to the scanner. ``str.split`` splits at exactly
    # the characters the SPACE row matches.
    for run in text.split():
        start = find(run, end)
        end = start + len(run)
        if run.isascii():
            if run.isalpha():
                lower = run.lower()
                lower = _SHORT_WORDS.get(lower, lower)
                append(_token(Token, ("WORD", run, lower, start, end, True)))
                continue
            if run.isdigit():
                append(_token(Token, ("NUMBER", run, run, start, end, True)))
                continue
        _read_run(text, start, end, append)
    return tokens


def _read_run(text: str, i: int, end: int, append: Callable[[Token], None]) -> None:
    """The tokens of ``text[i:end]``, a run without white space (so the first is spaced).

    Runs of letters, runs of digits that no letter or apostrophe follows (so no ordinal or
    decade), and the marks of ``_MARKS`` are read directly; anything else is matched by the
    table's scanner.
    """
    spaced = True
    while i < end:
        char = text[i]
        j = i + 1
        kind: str | None = None
        if char in _SHORT_MIXED_FIRST:
            k = j
            while k < end and text[k] in _ALNUM:
                k += 1
            short = _SHORT_MIXED.get(text[i:k].lower())
            if short is not None:  # "2moro", "b4": one word, as its spelling in full
                append(_token(Token, ("WORD", text[i:k], short, i, k, spaced)))
                spaced = False
                i = k
                continue
        if char in _LETTERS:
            while j < end and text[j] in _LETTERS:
                j += 1
            kind = "WORD"
        elif char in _DIGITS:
            while j < end and text[j] in _DIGITS:
                j += 1
            if j == end or (text[j] not in _LETTERS and text[j] not in "'’‘"):
                kind = "NUMBER"
        else:
            kind = _MARKS.get(char)
        if kind is None:
            match = _SCANNER.match(text, i, end)
            # The OTHER row matches any character; a non-match would be one character.
            kind = "OTHER" if match is None else match.lastgroup or "OTHER"
            j = i + 1 if match is None else match.end()
        value = text[i:j]
        if kind == "WORD":
            lower = value.lower()
            lower = _SHORT_WORDS.get(lower, lower)
        elif kind in _LETTERED:
            lower = value.lower()
        elif kind == "APOSTROPHE":
            lower = "'"  # one apostrophe for the grammar: "New Year’s" reads as "Year's"
        else:
            lower = value
        append(_token(Token, (kind, value, lower, i, j, spaced)))
        spaced = False
        i = j
