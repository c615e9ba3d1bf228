"""``parse``: read one English temporal phrase and resolve it against a reference date.

Also the entry the extractor uses on running text: :class:`Scanner` tokenizes a text once
and reports, from any token, the longest temporal phrase that starts there
(:meth:`Scanner.match`), which :func:`resolve_match` turns into an :class:`Expression`.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
from chronos.phrases import _vocabulary as vocab
from chronos.phrases._diagnose import out_of_range
from chronos.phrases._expression import Expression, Tense
from chronos.phrases._grammar import PHRASE_STARTS, Parser
from chronos.phrases._grammar_nodes import (
    Anaphor,
    CalendarDate,
    Clock,
    DayInWeek,
    EraDate,
    Holiday,
    Node,
    NthDay,
    NumericDate,
    Partial,
    Period,
    Phrase,
    Range,
    RelativeUnit,
    Shift,
    Shifted,
    Turn,
    VaguePart,
    Weekday,
    WeekIn,
    YearPair,
)
from chronos.phrases._resolve import resolve
from chronos.phrases._tokenizer import Token, tokenize
from chronos.phrases._unplaceable import BEYOND_CALENDAR, UnplaceableError
from chronos.time import DEFAULT_POLICY, Policy, calendar as cal

__all__ = [
    "ANCHORINGS",
    "Match",
    "Scanner",
    "anchoring",
    "parse",
    "resolve_match",
    "scan",
    "tokenize",
]

_NOT_TEMPORAL: Final = "not a temporal expression"
# Content words worth suggesting for a misspelling, with the spelling to suggest.
_SUGGESTIONS: Final[dict[str, str]] = {
    **{name: name.capitalize() for name in vocab.MONTHS if len(name) > 3},
    **{name: name.capitalize() for name in vocab.WEEKDAYS if len(name) > 4},
    **{name: name for name in vocab.UNITS if len(name) > 3},
    **{name: name for name in vocab.SEASONS},
    **{name: name for name in vocab.PARTS_OF_DAY},
    **{name: name for name in vocab.DAY_WORDS},
    **{name: name for name in vocab.REFS if len(name) > 4},
    **{name: name for name in vocab.FREQUENCY_ADVERBS},
    **{name: name for name in vocab.DECADE_WORDS},
    **{name: name for name in ("yesterday", "tomorrow", "tonight", "midnight", "afternoon")},
}
# Words the grammar reads besides the vocabulary tables.
_FUNCTION_WORDS: Final = frozenset(
    {
        "of",
        "and",
        "the",
        "to",
        "a",
        "an",
        "ago",
        "hence",
        "half",
        "o",
        "clock",
        "other",
        "every",
        "each",
        "per",
        "times",
        "once",
        "twice",
        "thrice",
        "t",
        "q",
        "h",
        "s",
        "m",
        "p",
        "am",
        "pm",
        "fiscal",
        "fy",
        "tonight",
        "latter",
        "final",
        "recent",
        "that",
        "or",
        "so",
        "more",
        "less",
        "plus",
        "long",
        "year",
        "end",
        "dozen",
        "couple",
        "few",
        "several",
        "many",
        "number",
        "numerous",
        "dozens",
        "hundreds",
        "weekend",
        "midweek",
        "midyear",
        "midmonth",
        "c",
        "qtr",
        "same",
        "following",
        "prior",
        "now",
        "today",
    }
)
#: Quotes and brackets a phrase may come in, opening -> closing.
_WRAPPERS: Final[dict[str, str]] = {
    '"': '"',
    "'": "'",
    "“": "”",
    "‘": "’",
    "(": ")",
    "[": "]",
}
_KNOWN: Final = vocab.all_words() | vocab.DETERMINERS | vocab.ZONES | _FUNCTION_WORDS


def parse(
    phrase: str,
    *,
    reference: date | datetime | str,
    tense: Tense | str | None = None,
    policy: Policy | None = None,
) -> Expression:
    """Read ``phrase`` and resolve it against ``reference``.

    ``reference`` is the statement's date (a date, a naive datetime, or an ISO string such
    as ``"2024-10-25"``); it is required: chronos never reads the clock. ``tense`` is the
    tense of the clause around the phrase, which places a year-less date; ``policy`` the
    conventions for vague phrases (:data:`~chronos.DEFAULT_POLICY` if not given).

    >>> e = parse("ahead of February 8", reference="2024-10-25", tense="past")
    >>> e.relation, e.span
    (Relation.BEFORE, Span.day(2024, 2, 8))
    >>> parse("more than two years", reference="2024-10-25").timex
    Timex('DURATION', 'P2Y', mod='MORE_THAN')

    Raises :class:`~chronos.ParseError` for text that is not a temporal phrase, with a
    caret under the first thing that could not be read.
    """
    if not isinstance(phrase, str):
        raise InvalidArgumentError("phrase", phrase, "must be a str")
    moment = cal.moment_argument(reference, "reference")
    chosen_tense = None if tense is None else _tense(tense)
    chosen_policy = DEFAULT_POLICY if policy is None else _policy(policy)
    tokens = _unwrapped(tokenize(phrase))
    parser = Parser(phrase, tokens)
    found = parser.phrase(0, events=True) if tokens else None
    if found is None or parser._trailing(found.next_token) < len(tokens):
        raise _error(phrase, tokens, parser, found)
    try:
        return resolve(found, phrase, reference=moment, tense=chosen_tense, policy=chosen_policy)
    except UnplaceableError as exc:
        raise ParseError(exc.reason, text=phrase, position=found.core_start) from None
    except (InvalidArgumentError, OverflowError, ValueError) as exc:
        if isinstance(exc, ParseError):
            raise
        # The grammar checked every field, so the time model refuses only what the calendar
        # cannot hold: date arithmetic that ran past year 1 or year 9998.
        raise ParseError(BEYOND_CALENDAR, text=phrase, position=found.core_start) from exc


def _unwrapped(tokens: list[Token]) -> list[Token]:
    """The tokens inside a pair of quotes or brackets around the whole phrase ("(9 a.m.)",
    "“next week”"): the phrase as quoted, its offsets still the text's."""
    if len(tokens) > 2 and _WRAPPERS.get(tokens[0].text) == tokens[-1].text:
        return tokens[1:-1]
    return tokens


def _tense(tense: object) -> Tense | None:
    if tense is None or isinstance(tense, Tense):
        return tense
    if isinstance(tense, str):
        return Tense.parse(tense)
    raise InvalidArgumentError("tense", tense, "must be a Tense, a str or None")


def _policy(policy: object) -> Policy:
    if policy is None:
        return DEFAULT_POLICY
    if isinstance(policy, Policy):
        return policy
    raise InvalidArgumentError("policy", policy, "must be a Policy or None")


@functools.lru_cache(maxsize=4096)
def _suggestion(word: str) -> str | None:
    """The content word ``word`` looks like a misspelling of (each word is compared once:
    a long text repeats its words)."""
    return did_you_mean(word, _SUGGESTIONS)


def _error(text: str, tokens: list[Token], parser: Parser, found: Phrase | None) -> ParseError:
    """The error for text that did not read: the first unknown word (with a suggestion),
    else the problem met on the way, else the first token after what did read."""
    if not text.strip():
        return ParseError(f"{_NOT_TEMPORAL} (the text is empty)", text=text)
    for token in tokens:
        if token.kind != "WORD" or token.lower in _KNOWN:
            continue
        suggestion = _suggestion(token.lower)
        if suggestion is not None:
            return ParseError(
                _NOT_TEMPORAL,
                text=text,
                position=token.start,
                suggestion=_SUGGESTIONS[suggestion],
            )
    if parser.problem is not None:
        index, reason = parser.problem
        return ParseError(reason, text=text, position=parser.start_of(index))
    field = out_of_range(tokens)
    if field is not None:
        index, reason = field
        return ParseError(reason, text=text, position=tokens[index].start)
    position = 0
    if found is not None:
        position = parser.start_of(found.next_token)
    else:
        for token in tokens:
            if token.kind == "WORD" and token.lower not in _KNOWN:
                position = token.start
                break
    return ParseError(_NOT_TEMPORAL, text=text, position=position)


# -- scanning running text ------------------------------------------------------------------


@attrs.frozen
class Match:
    """A temporal phrase found in running text: where it is and what the grammar read.

    ``start``/``end`` are the character offsets of the whole phrase (signal words
    included), ``timex_start``/``timex_end`` those of the TIMEX3 extent, ``next_token`` the
    index of the first token after it.
    """

    start: int
    end: int
    timex_start: int
    timex_end: int
    next_token: int
    relation: str | None
    phrase: Phrase = attrs.field(repr=False)

    @property
    def signal(self) -> str | None:
        """The signal words before the TIMEX3 extent ("since", "ahead of"), lower case."""
        return self.phrase.signal

    @property
    def anchoring(self) -> str:
        """What the phrase's value depends on, one of :data:`ANCHORINGS` (see
        :func:`anchoring`)."""
        return anchoring(self.phrase.core)


#: What a phrase's value depends on besides its words:
#:
#: - ``"absolute"``: nothing ("26 October 2023", "the 1990s");
#: - ``"yearless"``: the year it falls in ("February 8", "in March", "Christmas");
#: - ``"weekday"``: the week it falls in ("on Monday", "Friday night");
#: - ``"deictic"``: the moment of speaking ("yesterday", "last week", "two days ago");
#: - ``"anaphoric"``: a time mentioned before it ("the following day", "that year");
#: - ``"none"``: no moment at all (a duration, a recurrence, "recently").
ANCHORINGS: Final = ("absolute", "none", "yearless", "weekday", "deictic", "anaphoric")
_RANK: Final = {name: rank for rank, name in enumerate(ANCHORINGS)}


def anchoring(node: Node | None) -> str:
    """What the value of a phrase's core ``node`` depends on (one of :data:`ANCHORINGS`).

    >>> [scan(p).anchoring for p in ("in May 2023", "on May 3", "yesterday", "for a week")]
    ['absolute', 'yearless', 'deictic', 'none']
    """
    if isinstance(node, (CalendarDate, Holiday)):
        if node.cue is not None or (node.year is not None and node.year.offset is not None):
            return "deictic"
        return "yearless" if node.year is None else "absolute"
    if isinstance(node, (NumericDate, EraDate, YearPair)):
        return "absolute"
    if isinstance(node, NthDay):
        # "the 12th" is placed near the time of the text, as a weekday is
        return "weekday" if node.base is None else anchoring(node.base)
    if isinstance(node, DayInWeek):
        return anchoring(node.week)
    if isinstance(node, Shifted):
        return anchoring(node.base)
    if isinstance(node, Weekday):
        return "weekday" if node.cue is None else "deictic"
    if isinstance(node, (RelativeUnit, Shift, Period)):
        return "deictic"
    if isinstance(node, Turn):
        return "absolute" if node.year is not None else "deictic"
    if isinstance(node, Anaphor):
        return "anaphoric"
    if isinstance(node, (WeekIn, VaguePart, Partial)):
        return anchoring(node.base)
    if isinstance(node, Clock):
        return "deictic" if node.base is None else anchoring(node.base)
    if isinstance(node, Range):
        first, last = anchoring(node.first), anchoring(node.last)
        # "from March to May 2022": the year of the second end holds for both.
        if first == "yearless" and last == "absolute":
            return "absolute"
        return first if _RANK[first] > _RANK[last] else last
    # a duration, a recurrence, a vague reference ("recently"), or no core at all
    return "none"


class Scanner:
    """The tokens of one text and a grammar over them, to match phrases at any token.

    >>> s = Scanner("The vote was held on Monday, two days after the letter.")
    >>> m = s.match(4)
    >>> s.text[m.start:m.end], m.relation
    ('on Monday', 'ON')
    """

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise InvalidArgumentError("text", text, "must be a str")
        self.text = text
        self.tokens = tokenize(text)
        self._parser = Parser(text, self.tokens, running_text=True)
        keys = self._parser.keys
        #: The indices of the tokens a phrase can start at, by the grammar's table of first
        #: tokens; no rule is tried at any other token.
        self.starts: list[int] = [i for i in range(len(self.tokens)) if keys[i] in PHRASE_STARTS]

    @property
    def steps(self) -> int:
        """Grammar rule invocations so far (a measure of work, for the linear-time law)."""
        return self._parser.steps

    def match(self, start_token: int) -> Match | None:
        """The longest temporal phrase that starts at token ``start_token``, or ``None``."""
        if not 0 <= start_token < len(self.tokens):
            return None
        found = self._parser.phrase(start_token)
        if found is None:
            return None
        return Match(
            found.start,
            found.end,
            found.core_start,
            found.core_end,
            found.next_token,
            found.relation,
            found,
        )


def scan(text: str, start_token: int = 0) -> Match | None:
    """The longest temporal phrase starting at token ``start_token`` of ``text``.

    >>> m = scan("Imprisoned since August 2023 after a conviction", 1)
    >>> m.relation, m.start, m.end
    ('SINCE', 11, 28)
    """
    return Scanner(text).match(start_token)


def resolve_match(
    match: Match,
    text: str,
    *,
    reference: date | datetime | str,
    tense: Tense | str | None = None,
    policy: Policy | None = None,
    anchor: datetime | None = None,
) -> Expression:
    """The expression a match in ``text`` denotes at ``reference``; an anaphoric match is
    placed against ``anchor`` when it is given (the time it points back to)."""
    try:
        return resolve(
            match.phrase,
            text,
            reference=cal.moment_argument(reference, "reference"),
            tense=_tense(tense),
            policy=_policy(policy),
            anchored_at=anchor,
        )
    except UnplaceableError as exc:
        raise ParseError(exc.reason, text=text, position=match.timex_start) from None
    except (InvalidArgumentError, OverflowError, ValueError) as exc:
        if isinstance(exc, ParseError):
            raise
        raise ParseError(BEYOND_CALENDAR, text=text, position=match.timex_start) from exc
