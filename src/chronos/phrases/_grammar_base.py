"""The cursor the grammar rules share: token access, small matchers, problem reporting.

Rules are methods ``rule(i) -> (node, j) | None``: they read from token ``i`` and, on
success, return what they read and the index after it. They never raise; a rule that
recognises its shape but finds an impossible value (30 February) records a *problem*, which
the caller reports if nothing else reads the text. Every rule looks ahead a bounded number
of tokens, so reading one phrase takes constant time and scanning a text linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, TypeVar

from chronos.phrases import _vocabulary as vocab
from chronos.phrases._grammar_nodes import Node
from chronos.phrases._tokenizer import Token

__all__ = ["NUMBERS", "PAD", "Cursor", "Dispatch", "Result", "dispatch"]

#: Sentinel tokens after the end, so that a bounded look-ahead never leaves the lists.
PAD: Final = 32

Result = tuple[Node, int] | None
T = TypeVar("T")
#: Every dispatch key of a number token (see :meth:`Cursor.key`).
NUMBERS: Final = frozenset({"#N2", "#N4", "#NUMBER"})
#: Rules by the first token they can start with: a word, or "#KIND" for other tokens.
Dispatch = dict[str, tuple[Callable[[Any, int], Result], ...]]


def dispatch(rules: Iterable[tuple[Callable[[Any, int], Result], Iterable[str]]]) -> Dispatch:
    """A dispatch table from ``(rule, first tokens it can start with)`` pairs, in order.

    Trying only the rules a token can start keeps a failed attempt cheap, which is what
    makes scanning running text fast: most tokens start nothing.
    """
    table: dict[str, list[Callable[[Any, int], Result]]] = {}
    for rule, starters in rules:
        for key in starters:
            table.setdefault(key, []).append(rule)
    return {key: tuple(found) for key, found in table.items()}


# Words that may open a sentence or a clause in upper case yet are ordinary English when
# lower case: in running text these only count as time words when capitalised.
_CASE_SENSITIVE: Final = frozenset({"may", "march", "sun", "sat", "wed", "mar", "jan", "fall"})
# Which of them a context may make a weekday or a month in lower case, and that context.
_CASE_SENSITIVE_DAYS: Final = frozenset({"sun", "sat", "wed"})
_CASE_SENSITIVE_MONTHS: Final = frozenset({"may", "march", "mar", "jan"})
_DAY_CUES: Final = frozenset({"every", "each", "next"})
_MERIDIEM_STARTS: Final = frozenset({"am", "pm", "a", "p"})  # "9pm", "9 p.m."
# Words before "wed" that make it the verb: "they'll wed", "to wed", "we wed", "never wed".
_BEFORE_WED: Final = frozenset(
    {
        *("will", "ll", "shall", "would", "d", "to", "can", "could", "may", "might", "must"),
        *("should", "not", "never", "and", "or", "i", "we", "they", "he", "she", "who"),
    }
)
# Words after a weekday that ends a clause of a message: "call me wed after 6", "wed lol".
_AFTER_CLAUSE_DAY: Final = frozenset({"after", "before", "at", "then", "lol", "x", "xx", "pls"})


def _ends_clause(kind: str, low: str) -> bool:
    """Whether a token of ``kind`` and lower-case text ``low`` ends a clause (the end of the
    text, a mark) or is a word that may follow a weekday ending one ("after", "lol")."""
    return (kind != "WORD" and kind != "NUMBER") or low in _AFTER_CLAUSE_DAY


_AFTER_A_DAY: Final = frozenset({"at", "and", "or", "to", "through", "until", "till"})
# Forms of "be" after a lower-case month and its day: only a date is the subject there.
_BEING: Final = frozenset({"is", "was", "will", "would"})


_INDEXES: dict[int, dict[str, list[tuple[tuple[str, ...], Any]]]] = {}


def _index(table: dict[tuple[str, ...], T]) -> dict[str, list[tuple[tuple[str, ...], T]]]:
    """``table``'s entries by first word, longest first (built once per table)."""
    index = _INDEXES.get(id(table))
    if index is None:
        index = {}
        for phrase, value in sorted(table.items(), key=lambda item: -len(item[0])):
            index.setdefault(phrase[0], []).append((phrase, value))
        _INDEXES[id(table)] = index
    return index


_END_KINDS: Final = ("END",) * PAD
_END_LOWS: Final = ("",) * PAD
_END_SPACED: Final = (True,) * PAD
_END_KEYS: Final = ("#END",) * PAD


class Cursor:
    """Tokens of one text as parallel lists, with the helpers every rule uses."""

    def __init__(self, text: str, tokens: Sequence[Token], *, running_text: bool = False) -> None:
        self.text = text
        self.tokens = tokens
        self.n = len(tokens)
        kinds: list[str] = []
        lows: list[str] = []
        spaced: list[bool] = []
        # The dispatch key of every token (see :meth:`key`), computed once.
        keys: list[str] = []
        for kind, _, low, _, _, space in tokens:
            kinds.append(kind)
            lows.append(low)
            spaced.append(space)
            if kind == "WORD":
                keys.append(low)
            elif kind == "NUMBER":
                size = len(low)
                keys.append("#N2" if size <= 2 else "#N4" if size == 4 else "#NUMBER")
            else:
                keys.append("#" + kind)
        kinds += _END_KINDS
        lows += _END_LOWS
        spaced += _END_SPACED
        keys += _END_KEYS
        self.kind, self.low, self.spaced, self.keys = kinds, lows, spaced, keys
        self.running_text = running_text
        #: (token index, reason): an impossible value met on the way, reported on failure.
        self.problem: tuple[int, str] | None = None
        #: Rule invocations, for the linear-time law.
        self.steps = 0

    # -- token tests ----------------------------------------------------------------------

    def at_end(self, i: int) -> bool:
        """Whether ``i`` is past the last token."""
        return i >= self.n

    def word(self, i: int, word: str) -> bool:
        """Whether token ``i`` is the word ``word`` (any case)."""
        return self.low[i] == word

    def words(self, i: int, words: Sequence[str]) -> int:
        """The index after the words ``words`` read from ``i``, or -1.

        A hyphen between two of the words is read too: "run-up" is "run" "up".
        """
        low = self.low
        first = True
        for w in words:
            if not first and self.kind[i] == "DASH" and not self.spaced[i]:
                i += 1
            if low[i] != w:
                return -1
            i += 1
            first = False
        return i

    def one_of(self, i: int, table: dict[tuple[str, ...], T]) -> tuple[T, int] | None:
        """The longest multi-word entry of ``table`` read from ``i``, with the index after it."""
        index = _INDEXES.get(id(table))
        if index is None:
            index = _index(table)
        entries = index.get(self.low[i])
        if entries is None:
            return None
        for phrase, value in entries:  # longest first
            j = self.words(i, phrase)
            if j > 0:
                return value, j
        return None

    def names_a_time(self, i: int) -> bool:
        """Whether token ``i`` is a unit, a weekday, a month, a season or a part of the day:
        what makes a "next" or "last" before it a cue of its own ("the week after next
        month's vote", "the week before last Tuesday")."""
        low = self.low[i]
        return (
            low in vocab.UNITS
            or low in vocab.WEEKDAYS
            or low in vocab.MONTHS
            or low in vocab.SEASONS
            or low in vocab.PARTS_OF_DAY
        )

    def lookup(self, i: int, table: dict[str, T]) -> T | None:
        """The value of token ``i`` in a one-word ``table``, honouring case in running text."""
        low = self.low[i]
        value = table.get(low)
        if value is None:
            return None
        if (
            self.running_text
            and low in _CASE_SENSITIVE
            and not self.tokens[i].text[0].isupper()
            and not self._dated(i)
        ):
            return None
        return value

    def _dated(self, i: int) -> bool:
        """Whether the lower-case word ``i`` ("sat", "sun", "wed", "jan", "may") stands where
        only a weekday or a month can: a weekday after "every", "each" or "next" or before a
        part of the day or a clock time ("every sat", "sun morning", "sat 9pm"); a month
        before its day ("jan 5th", "may 3,"), a number no word follows."""
        low, kind = self.low, self.kind
        word = low[i]
        if word in _CASE_SENSITIVE_DAYS:
            if i > 0 and low[i - 1] in _DAY_CUES:
                return True
            if low[i + 1] in vocab.PARTS_OF_DAY:
                return True
            if word == "wed" and _ends_clause(kind[i + 1], low[i + 1]) and i > 0:
                # "lunch wed?", "see u wed": a weekday that ends its clause after a word
                # that is no subject or auxiliary ("they'll wed", "to wed" are the verb)
                return kind[i - 1] == "WORD" and low[i - 1] not in _BEFORE_WED
            return kind[i + 1] == "NUMBER" and (
                kind[i + 2] == "COLON" or low[i + 2] in _MERIDIEM_STARTS
            )
        if word in _CASE_SENSITIVE_MONTHS:
            if kind[i + 1] == "ORDINAL":
                return True
            if kind[i + 1] != "NUMBER" or len(low[i + 1]) > 2:
                return False
            # "may 3 people" is the modal; "march 9 is mia's party" the month: a verb of
            # being after "may 3" or "march 9" makes the pair a date
            return kind[i + 2] != "WORD" or low[i + 2] in _AFTER_A_DAY or low[i + 2] in _BEING
        return False

    def number(self, i: int, digits: int | None = None) -> int | None:
        """The value of a NUMBER token (of exactly ``digits`` digits if given), or ``None``."""
        if self.kind[i] != "NUMBER":
            return None
        text = self.low[i]
        if digits is not None and len(text) != digits:
            return None
        if len(text) > 9:  # never a date part, and int() of huge strings is slow
            return None
        return int(text)

    def touching(self, i: int) -> bool:
        """Whether token ``i`` follows the previous one with no space between."""
        return not self.spaced[i]

    def skip(self, i: int, word: str) -> int:
        """``i + 1`` if token ``i`` is ``word``, else ``i``: an optional word."""
        return i + 1 if self.low[i] == word else i

    def skip_kind(self, i: int, kind: str) -> int:
        """``i + 1`` if token ``i`` is of ``kind``, else ``i``."""
        return i + 1 if self.kind[i] == kind else i

    def abbreviation_dot(self, i: int) -> int:
        """Skip the full stop of an abbreviation ("Oct.") when it touches the word."""
        return i + 1 if self.kind[i] == "DOT" and not self.spaced[i] else i

    # -- offsets and problems ---------------------------------------------------------

    def start_of(self, i: int) -> int:
        """The character offset where token ``i`` starts (the text's end past the last)."""
        return self.tokens[i].start if i < self.n else len(self.text)

    def end_of(self, j: int) -> int:
        """The character offset where the token before ``j`` ends."""
        return self.tokens[j - 1].end if j > 0 else 0

    def report(self, i: int, reason: str) -> None:
        """Remember an impossible value at token ``i`` (the first one met wins)."""
        if self.problem is None:
            self.problem = (min(i, self.n), reason)

    # -- combinators --------------------------------------------------------------------

    def key(self, i: int) -> str:
        """The dispatch key of token ``i``: its word, or "#" and its kind.

        Numbers are told apart by length — "#N2" for one or two digits (a day, an hour),
        "#N4" for four (a year), "#NUMBER" for any other — since few rules take all three.
        """
        return self.keys[i]

    def dispatched(self, i: int, table: Dispatch) -> Result:
        """The longest result of the rules of ``table`` that token ``i`` can start."""
        rules = table.get(self.keys[i])
        if rules is None:
            return None
        self.steps += 1
        best: Result = None
        for rule in rules:
            found = rule(self, i)
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def longest(self, i: int, rules: Sequence[Callable[[int], Result]]) -> Result:
        """The result of the rule that reads furthest from ``i`` (the first on a tie)."""
        self.steps += 1
        best: Result = None
        for rule in rules:
            found = rule(i)
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best
