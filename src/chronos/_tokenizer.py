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
from typing import Final, NamedTuple

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


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order, whitespace dropped.

    >>> [(t.kind, t.text) for t in tokenize("10:30 a.m.")]  # doctest: +NORMALIZE_WHITESPACE
    [('NUMBER', '10'), ('COLON', ':'), ('NUMBER', '30'), ('WORD', 'a'), ('DOT', '.'),
     ('WORD', 'm'), ('DOT', '.')]
    """
    tokens: list[Token] = []
    spaced = True
    append = tokens.append
    for match in _SCANNER.finditer(text):
        kind = match.lastgroup
        if kind == "SPACE":
            spaced = True
            continue
        value = match.group()
        start, end = match.span()
        if kind == "WORD":
            append(Token("WORD", value, value.lower(), start, end, spaced))
        else:
            # One apostrophe for the grammar: "New Year’s" and "New Year's" read alike.
            lower = "'" if kind == "APOSTROPHE" else value.lower() if kind in _LETTERED else value
            append(Token(kind or "OTHER", value, lower, start, end, spaced))
        spaced = False
    return tokens
