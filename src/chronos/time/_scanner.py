"""A cursor over a short string, for the hand-written TIMEX3 and EDTF value grammars.

Each method either consumes what it expects or raises :class:`ScanError` with the position
of the first character that does not fit. Callers turn that into a
:class:`~chronos.ParseError` that shows the whole input with a caret. Every method looks at
a bounded number of characters, so a grammar built on it runs in linear time.

>>> c = Cursor("1998-W06")
>>> c.digits(4, "a year"), c.take("-W"), c.digits(2, "a week"), c.at_end()
('1998', True, '06', True)
"""

from __future__ import annotations

__all__ = ["Cursor", "ScanError", "is_digit"]


class ScanError(Exception):
    """A syntax error at ``position`` of the string being scanned."""

    def __init__(self, reason: str, position: int, suggestion: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position
        self.suggestion = suggestion


def is_digit(char: str) -> bool:
    """Whether ``char`` is one ASCII digit (``str.isdigit`` also accepts ``'²'`` and ``'٣'``)."""
    return len(char) == 1 and "0" <= char <= "9"


class Cursor:
    """A position in ``text``; every method advances it or raises :class:`ScanError`."""

    __slots__ = ("pos", "text")

    def __init__(self, text: str, pos: int = 0) -> None:
        self.text = text
        self.pos = pos

    def at_end(self) -> bool:
        """Whether the whole text has been read."""
        return self.pos >= len(self.text)

    def peek(self, count: int = 1) -> str:
        """The next ``count`` characters (fewer at the end), without consuming them."""
        return self.text[self.pos : self.pos + count]

    def take(self, literal: str) -> bool:
        """Consume ``literal`` if the text continues with it."""
        if self.text.startswith(literal, self.pos):
            self.pos += len(literal)
            return True
        return False

    def expect(self, literal: str, what: str) -> None:
        """Consume ``literal`` or fail, saying ``what`` was expected."""
        if not self.take(literal):
            raise ScanError(f"expected {what}", self.pos)

    def one_of(self, allowed: str, what: str) -> str:
        """Consume one character of ``allowed``."""
        char = self.peek()
        if char and char in allowed:
            self.pos += 1
            return char
        raise ScanError(f"expected {what}", self.pos)

    def run(self, allowed: str, limit: int | None = None) -> str:
        """Consume the longest run (at most ``limit`` long) of characters in ``allowed``."""
        start = self.pos
        end = len(self.text) if limit is None else min(len(self.text), start + limit)
        while self.pos < end and self.text[self.pos] in allowed:
            self.pos += 1
        return self.text[start : self.pos]

    def digits(self, count: int, what: str, *, unknown: bool = False) -> str:
        """Exactly ``count`` ASCII digits, or ``count`` X's when ``unknown`` is allowed."""
        chunk = self.text[self.pos : self.pos + count]
        if len(chunk) == count and all("0" <= c <= "9" for c in chunk):
            self.pos += count
            return chunk
        if unknown and chunk == "X" * count:
            self.pos += count
            return chunk
        offset = next(
            (i for i, c in enumerate(chunk) if not ("0" <= c <= "9" or (unknown and c == "X"))),
            None,
        )
        if offset is None and len(chunk) < count:
            offset = 0  # the text ends too soon: point at the field that is cut short
        elif offset is None:  # digits and X mixed: point at the first change of kind
            offset = next(i for i, c in enumerate(chunk) if (c == "X") != (chunk[0] == "X"))
        raise ScanError(f"expected {what}", self.pos + offset)

    def finish(self, what: str) -> None:
        """Fail unless the whole text has been read."""
        if not self.at_end():
            raise ScanError(f"unexpected {self.text[self.pos]!r} after {what}", self.pos)
