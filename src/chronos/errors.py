"""The errors chronos raises, all rooted at :class:`ChronosError`.

::

    ChronosError
    ├── ParseError (also ValueError)      text that is not what was expected, with a caret
    ├── InvalidArgumentError (also ValueError)
    │                                     an argument out of range or of the wrong shape
    ├── UnknownEventError (also KeyError) an event that the timeline does not hold
    └── AmbiguousTruthError (also TypeError)
                                          bool() of a three-valued answer

Every error names the argument at fault and shows the input. Internal exceptions never
escape: a chronos function that fails raises one of these.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "AmbiguousTruthError",
    "ChronosError",
    "InvalidArgumentError",
    "ParseError",
    "UnknownEventError",
    "did_you_mean",
    "for_argument",
    "shown",
    "WINDOW",
]


#: How many characters of an input a message shows at most: a window around the problem.
WINDOW = 80


class ChronosError(Exception):
    """The root of every error chronos raises on purpose."""


class ParseError(ChronosError, ValueError):
    """Text that could not be read, shown with a caret under the problem.

    >>> err = ParseError("no such month", text="Febuary 8", position=0, suggestion="February")
    >>> print(err)
    no such month: 'Febuary 8'
      Febuary 8
      ^
    did you mean 'February'?
    """

    def __init__(
        self,
        reason: str,
        *,
        text: str,
        position: int = 0,
        suggestion: str | None = None,
        argument: str | None = None,
    ) -> None:
        self.reason = reason
        self.text = text
        self.position = max(0, min(position, len(text)))
        self.suggestion = suggestion
        self.argument = argument
        super().__init__(self._render())

    def _render(self) -> str:
        where = f"{self.argument}: " if self.argument else ""
        text, position = self.text, self.position
        # However long the input, the message shows a window of it around the problem.
        lo = max(0, min(position - WINDOW // 2, len(text) - WINDOW))
        hi = min(len(text), lo + WINDOW)
        before = "…" if lo > 0 else ""
        after = "…" if hi < len(text) else ""
        piece = text[lo:hi]
        lines = [f"{where}{self.reason}: {before}{piece!r}{after}"]
        # The caret line only makes sense for a single line of printable characters.
        if piece.isprintable():
            lines.append(f"  {before}{piece}{after}")
            lines.append("  " + " " * (len(before) + position - lo) + "^")
            if before or after:
                lines.append(f"  at offset {position} of {len(text)} characters")
        elif before or after:
            lines.append(f"  at offset {position} of {len(text)} characters")
        else:
            lines.append(f"  at offset {position}")
        if self.suggestion is not None:
            lines.append(f"did you mean {shown(self.suggestion)}?")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_parse_error,
            (self.reason, self.text, self.position, self.suggestion, self.argument),
        )


def for_argument(error: ParseError, argument: str) -> ParseError:
    """The same parse error, naming ``argument``: for a caller that passed its text on.

    >>> inner = ParseError("expected a number", text="three dayz", position=6)
    >>> str(for_argument(inner, "duration")).splitlines()[0]
    "duration: expected a number: 'three dayz'"
    """
    return ParseError(
        error.reason,
        text=error.text,
        position=error.position,
        suggestion=error.suggestion,
        argument=argument,
    )


def _rebuild_parse_error(
    reason: str, text: str, position: int, suggestion: str | None, argument: str | None
) -> ParseError:
    return ParseError(
        reason, text=text, position=position, suggestion=suggestion, argument=argument
    )


class InvalidArgumentError(ChronosError, ValueError):
    """An argument chronos cannot use, named together with the value it was given.

    >>> print(InvalidArgumentError("month", 13, "must be between 1 and 12"))
    month=13: must be between 1 and 12
    """

    def __init__(self, argument: str, value: object, reason: str) -> None:
        self.argument = argument
        self.value = value
        self.reason = reason
        super().__init__(f"{argument}={shown(value)}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.argument, self.value, self.reason))


class UnknownEventError(ChronosError, KeyError):
    """An event that the timeline does not hold."""

    def __init__(self, argument: str, value: object, known: Iterable[str] = ()) -> None:
        self.argument = argument
        self.value = value
        self.suggestion = did_you_mean(str(value), known)
        hint = f"; did you mean {self.suggestion!r}?" if self.suggestion is not None else ""
        self.message = f"{argument}={shown(value)}: no such event in this timeline{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # The suggestion is the one name of the vocabulary worth keeping.
        known = () if self.suggestion is None else (self.suggestion,)
        return (type(self), (self.argument, self.value, known))


class AmbiguousTruthError(ChronosError, TypeError):
    """``bool()`` of a three-valued answer, which has no single truth value."""


def shown(value: object) -> str:
    """``repr(value)`` cut to about :data:`WINDOW` characters, or a description of a value
    holding an int too long to write out.

    >>> shown(13), shown(10**5000), shown({"days": 10**5000})
    ('13', '<an int of 16610 bits>', '<a dict holding an int too long to write out>')
    >>> shown("x" * 1000)[-30:]
    "x'… (a str of 1000 characters)"
    """
    if isinstance(value, str) and len(value) > WINDOW:
        return f"{value[: WINDOW - 8]!r}… (a str of {len(value)} characters)"
    try:
        text = repr(value)
    except ValueError:  # int → str is refused beyond sys.get_int_max_str_digits() digits
        if isinstance(value, int):
            return f"<an int of {value.bit_length()} bits>"
        return f"<a {type(value).__name__} holding an int too long to write out>"
    if len(text) > 2 * WINDOW:
        kind = type(value).__name__
        article = "an" if kind[:1] in "aeiou" else "a"
        return f"{text[:WINDOW]}… ({article} {kind} written in {len(text)} characters)"
    return text


def did_you_mean(word: str, vocabulary: Iterable[str]) -> str | None:
    """The closest entry of ``vocabulary`` to ``word``, or ``None`` when none is close.

    >>> did_you_mean("febuary", ["january", "february", "march"])
    'february'
    """
    matches = difflib.get_close_matches(word, list(vocabulary), n=1, cutoff=0.75)
    return matches[0] if matches else None
