"""The error of a phrase that reads but names no time, before ``parse`` turns it into a
``ParseError`` with the phrase and a caret."""

from __future__ import annotations

from typing import Final, TypeVar

from chronos.time import calendar as cal

__all__ = ["BEYOND_CALENDAR", "UnplaceableError", "known"]

T = TypeVar("T")

#: The reason given for a phrase whose answer the calendar cannot hold.
BEYOND_CALENDAR: Final = (
    f"the answer falls outside the supported calendar (years {cal.MIN_YEAR} to {cal.MAX_YEAR})"
)


class UnplaceableError(Exception):
    """A phrase that reads but names no time (31/02/2024 either way round)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def known(value: T | None) -> T:
    """``value``; a span end or a unit that is missing while resolving is one the calendar
    could not hold (its arithmetic ran past year 1 or year 9998)."""
    if value is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    return value
