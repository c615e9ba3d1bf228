"""Why a phrase that looks like a date or a time did not read: the field out of range.

The grammar reads only fields in range, so "2024-13-01" or "25:00" simply do not match it.
When a phrase does not read, :func:`out_of_range` looks at its tokens for the shapes of a
numeric date or time and names the field that is out of range, as "no such day" does for
"February 30, 2024":

>>> from chronos.phrases._tokenizer import tokenize
>>> out_of_range(tokenize("2024-13-01"))
(2, 'no such month: 13 (months run 1 to 12)')
>>> out_of_range(tokenize("week 54 of 2024"))
(1, 'no such week: 2024 has 52 weeks')
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from chronos.phrases._tokenizer import Token
from chronos.time import calendar as cal

__all__ = ["out_of_range"]

_YEARS: Final = f"years run {cal.MIN_YEAR} to {cal.MAX_YEAR}"


def out_of_range(tokens: Sequence[Token]) -> tuple[int, str] | None:
    """The token of the first field out of range and the reason, if a shape is found."""
    for i in range(len(tokens)):
        found = _at(tokens, i)
        if found is not None:
            return found
    return None


def _number(tokens: Sequence[Token], i: int) -> int | None:
    if i < len(tokens) and tokens[i].kind == "NUMBER" and len(tokens[i].text) <= 6:
        return int(tokens[i].text)
    return None


def _kind(tokens: Sequence[Token], i: int) -> str | None:
    return tokens[i].kind if i < len(tokens) else None


def _at(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    token = tokens[i]
    lower = token.lower
    first = _number(tokens, i)
    if first is not None and len(token.text) == 4 and _kind(tokens, i + 1) == "DASH":
        return _iso_date(tokens, i)
    if first is not None and _kind(tokens, i + 1) == "COLON":
        return _clock(tokens, i, first)
    if first is not None and _kind(tokens, i + 1) == "SLASH" and _kind(tokens, i + 3) == "SLASH":
        second = _number(tokens, i + 2)
        if second is not None and first > 12 and second > 12:
            return i, f"no such month: neither {first} nor {second} is a month (1 to 12)"
        return None
    if lower in ("q", "h") and i + 1 < len(tokens) and not tokens[i + 1].spaced:
        count = _number(tokens, i + 1)
        top, name = (4, "quarter") if lower == "q" else (2, "half")
        if count is not None and not 1 <= count <= top:
            plural = "quarters" if lower == "q" else "halves"
            return i, f"no such {name}: {token.text}{count} ({plural} run 1 to {top})"
        return None
    if lower == "week":
        return _week(tokens, i, _number(tokens, i + 1), i + 1)
    if token.kind == "ORDINAL" and _kind(tokens, i + 1) == "WORD" and tokens[i + 1].lower == "week":
        digits = token.text.rstrip("abcdefghijklmnopqrstuvwxyz")
        count = int(digits) if digits.isdigit() and len(digits) <= 6 else None
        return _week(tokens, i, count, i)
    if lower == "year":
        year = _number(tokens, i + 1)
        if year is not None and not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
            return i + 1, f"no such year: {year} ({_YEARS})"
    return None


def _iso_date(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    month = _number(tokens, i + 2)
    if month is None:
        return None
    if not 1 <= month <= 12:
        return i + 2, f"no such month: {month} (months run 1 to 12)"
    return None  # a day out of its month: the grammar says so itself ("no such day")


def _clock(tokens: Sequence[Token], i: int, hour: int) -> tuple[int, str] | None:
    minute = _number(tokens, i + 2)
    if minute is None:
        return None
    if hour > 24 or (hour == 24 and minute > 0):
        return i, f"no such hour: {hour} (hours run 0 to 23, and 24:00 ends a day)"
    if minute > 59:
        return i + 2, f"no such minute: {minute} (minutes run 0 to 59)"
    second = _number(tokens, i + 4) if _kind(tokens, i + 3) == "COLON" else None
    if second is not None and second > 59:
        return i + 4, f"no such second: {second} (seconds run 0 to 59)"
    return None


def _week(tokens: Sequence[Token], i: int, count: int | None, at: int) -> tuple[int, str] | None:
    if count is None:
        return None
    year = None
    for k in range(at + 1, min(at + 4, len(tokens))):
        value = _number(tokens, k)
        if value is not None and len(tokens[k].text) == 4:
            year = value
            break
    if year is not None and cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        weeks = date(year, 12, 28).isocalendar()[1]
        if not 1 <= count <= weeks:
            return at, f"no such week: {year} has {weeks} weeks"
        return None
    if not 1 <= count <= 53:
        return at, f"no such week: {count} (weeks run 1 to 53)"
    return None
