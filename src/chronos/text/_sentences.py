"""Sentence boundaries in news prose, over the tokens of a text.

A full stop ends a sentence unless it closes an abbreviation that news prose writes before
a name or a number ("Gen.", "Sen.", "Oct.", "No."), an initial ("J. R. Smith", "U.S."), or
a number ("3.5"); a question or exclamation mark always ends one; so does a blank line, or a
line break after a line without final punctuation (a headline, a dateline). What follows a
boundary must look like the start of a sentence: a capital, a digit or a quotation mark.

The splitter reads each token once: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Scanner, Token

__all__ = ["ABBREVIATIONS", "sentence_spans", "sentence_starts"]

#: Words written with a full stop before a name or a number, which do not end a sentence.
ABBREVIATIONS: Final = frozenset(
    {
        # titles and ranks
        *("mr", "mrs", "ms", "dr", "prof", "rev", "hon", "pres", "gov", "sen", "rep"),
        *("gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig"),
        *("insp", "supt", "det", "amb", "atty", "messrs", "mme", "mlle", "sr", "jr", "st"),
        # months and weekdays
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat"),
        "sun",
        # places, numbers, references
        *("mt", "ft", "ave", "blvd", "rd", "no", "nos", "vol", "pp", "art", "sec", "fig"),
        *("vs", "approx", "est", "dept", "univ", "assn", "bros", "ca", "cf", "al"),
        # states as news agencies abbreviate them
        *("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind"),
        *("kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb"),
        *("nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis"),
    }
)
# Abbreviations written in lower case that never end a sentence before a name: "Roe v.
# Wade", "Brown vs. Board". ("etc." and "et al." often end one, and stay out.)
_LOWER_ABBREVIATIONS: Final = frozenset({"v", "vs", "cf", "viz"})
_CALENDAR_ABBREVIATIONS: Final = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
_ENDS: Final = frozenset({"?", "!"})
# The longest line read as a headline when it ends without punctuation.
_HEADLINE: Final = 60
_CLOSERS: Final = frozenset({'"', "'", "”", "’", ")", "»"})
_OPENERS: Final = frozenset({'"', "“", "‘", "'", "(", "«"})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character offsets of each sentence of ``text``, in order.

    A sentence runs from its first token to the end of its last one; the sentences are the
    ones :func:`~chronos.extract` numbers in ``Mention.sentence``.

    >>> text = "Gen. Smith met envoys on Oct. 3. They left."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Gen. Smith met envoys on Oct. 3.', 'They left.']
    """
    tokens = Scanner(text).tokens
    if not tokens:
        return []
    starts = sentence_starts(text, tokens)
    ends = [*starts[1:], len(tokens)]
    return [(tokens[a].start, tokens[b - 1].end) for a, b in zip(starts, ends, strict=True)]


def sentence_starts(text: str, tokens: Sequence[Token]) -> list[int]:
    """The index of the first token of each sentence of ``text`` (``[0]`` at least).

    >>> from chronos.phrases import Scanner
    >>> s = Scanner("Gen. Smith met U.S. envoys on Oct. 3. They left.\\n\\nNew talks")
    >>> [s.tokens[i].text for i in sentence_starts(s.text, s.tokens)]
    ['Gen', 'They', 'New']
    """
    starts = [0]
    n = len(tokens)
    for i in range(n - 1):
        token = tokens[i]
        following = tokens[i + 1]
        gap = text[token.end : following.start]
        if "\n" in gap and _line_break_ends(text, tokens, i, gap):
            starts.append(i + 1)
            continue
        kind = token.kind
        if not gap and following.text not in _CLOSERS:
            continue  # "3.5", "U.S.-led": a stop that touches the next token ends nothing
        if kind == "DOT":
            if _abbreviation(tokens, i) or _meridiem_before_day(tokens, i):
                continue
        elif not (kind == "OTHER" and token.text in _ENDS):
            continue
        j = i + 1
        while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            j += 1  # a quotation that closes with the sentence
        # after "?" or "!" a lower-case word opens a sentence too, as messages write one
        opens = (
            _opens(tokens[j]) or (kind != "DOT" and tokens[j].kind == "WORD") if j < n else False
        )
        if opens and j - 1 > starts[-1] and not _aside(tokens, j):
            starts.append(j)
    return starts


def _line_break_ends(text: str, tokens: Sequence[Token], i: int, gap: str) -> bool:
    """Whether the line break in ``gap`` after token ``i`` ends a sentence."""
    if gap.count("\n") >= 2:
        return True  # a blank line: a new paragraph
    if _speaker(tokens, i + 1):
        return True  # "sam: see you at 7": each line of a chat log is a message of its own
    # A single line break ends a line without final punctuation when a capital opens the
    # next and the line is short (a headline, a dateline); wrapped prose runs on.
    if tokens[i].kind not in ("WORD", "NUMBER") or not _opens(tokens[i + 1]):
        return False
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    return tokens[i].end - line_start <= _HEADLINE


def _meridiem_before_day(tokens: Sequence[Token], i: int) -> bool:
    """Whether the full stop at ``i`` closes "a.m." or "p.m." before the weekday or month its
    clock time is on ("at 2 p.m. Monday, and …", "10 a.m. June 3"): one expression, no end."""
    return (
        i >= 3
        and i + 1 < len(tokens)
        and tokens[i - 1].lower == "m"
        and tokens[i - 2].kind == "DOT"
        and tokens[i - 3].lower in ("a", "p")
        and tokens[i + 1].lower in _DAY_NAMES
    )


_DAY_NAMES: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "today", "tomorrow", "tonight"}
)


def _speaker(tokens: Sequence[Token], j: int) -> bool:
    """Whether a line opens at token ``j`` with a speaker's name and a colon, as each line
    of a chat log or a transcript does ("dana: morning", "Officer Kemp: we arrived")."""
    k = j
    while k < len(tokens) and k - j < _NAME_WORDS and tokens[k].kind == "WORD":
        k += 1
    return j < k < len(tokens) and tokens[k].kind == "COLON" and not tokens[k].spaced


# The most words a speaker's name before its colon holds.
_NAME_WORDS: Final = 3


def _abbreviation(tokens: Sequence[Token], i: int) -> bool:
    """Whether the full stop at token ``i`` closes an abbreviation or an initial."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.end != tokens[i].start:
        return False  # "… ended . Then": a spaced stop ends the sentence
    if before.kind == "WORD":
        if len(before.text) == 1 and before.text.isupper():
            return True  # an initial, "U.S.", "J. R. Smith"
        if before.text in _LOWER_ABBREVIATIONS:
            return True  # "Roe v. Wade", "the Lakers vs. the Celtics"
        if before.lower in ABBREVIATIONS and before.text[0].isupper():
            # "Gen. Smith", "Oct. 3"; but "… held in Oct. The talks" ends a sentence: after
            # a month or a weekday only a number or a lower-case word continues it.
            if before.lower in _CALENDAR_ABBREVIATIONS and i + 1 < len(tokens):
                after = tokens[i + 1]
                return not (after.kind == "WORD" and after.text[0].isupper())
            return True
    return False


def _aside(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` opens a bracketed number, which glosses what precedes it rather
    than opening a sentence: "at 10:35 a.m. (0735 GMT)", "a 5 p.m. (2200 GMT) deadline"."""
    return tokens[j].text == "(" and j + 1 < len(tokens) and tokens[j + 1].kind == "NUMBER"


def _opens(token: Token) -> bool:
    """Whether ``token`` can open a sentence."""
    first = token.text[0]
    return first.isupper() or first.isdigit() or token.text in _OPENERS
