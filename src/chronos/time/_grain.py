"""Grains: the calendar units in which a span is stated, from a second to a century."""

from __future__ import annotations

import enum
from typing import Final

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean

__all__ = ["Grain"]


class Grain(enum.Enum):
    """The calendar unit a value is stated in, finest first.

    >>> Grain.MONTH.is_finer_than(Grain.YEAR)
    True
    >>> Grain.parse("quarter")
    Grain.QUARTER
    """

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part of day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    THIRD = "third"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    def __repr__(self) -> str:
        return f"Grain.{self.name}"

    @property
    def rank(self) -> int:
        """The position of this grain from the finest (0, a second) to the coarsest."""
        return _RANK[self]

    def is_finer_than(self, other: Grain) -> bool:
        """Whether this grain is strictly finer than ``other``."""
        if not isinstance(other, Grain):
            raise InvalidArgumentError("other", other, "must be a Grain")
        return _RANK[self] < _RANK[other]

    @classmethod
    def parse(cls, text: str) -> Grain:
        """The grain named by ``text`` (its value or its name, any case)."""
        if not isinstance(text, str):
            raise InvalidArgumentError("text", text, "must be a str")
        key = text.strip().lower().replace("_", " ")
        for grain in cls:
            if key == grain.value:
                return grain
        raise ParseError(
            "not a grain",
            text=text,
            argument="text",
            suggestion=did_you_mean(key, [g.value for g in cls]),
        )


_RANK = {grain: index for index, grain in enumerate(Grain)}

# The members as module globals, for the functions that run for every span and timex: a
# global is several times quicker to read than a member looked up on the enum class.
SECOND: Final = Grain.SECOND
MINUTE: Final = Grain.MINUTE
HOUR: Final = Grain.HOUR
PART_OF_DAY: Final = Grain.PART_OF_DAY
DAY: Final = Grain.DAY
WEEK: Final = Grain.WEEK
MONTH: Final = Grain.MONTH
QUARTER: Final = Grain.QUARTER
SEASON: Final = Grain.SEASON
THIRD: Final = Grain.THIRD
HALF: Final = Grain.HALF
YEAR: Final = Grain.YEAR
DECADE: Final = Grain.DECADE
CENTURY: Final = Grain.CENTURY
