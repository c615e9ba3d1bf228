"""The grammar of one EDTF date (ISO 8601-2, levels 0–2): scanning, formatting and bounds.

A date is read into :class:`DateFields` — its components as written — which
:func:`format_date` writes back in the canonical form, and :func:`bounds` turns into the
first and last instant it can denote. The grammar (``d`` a digit, ``x`` a digit or ``X``)::

    date       component ('-' component ('-' component)?)? ('T' time)?
    component  qualifier? body qualifier?
    qualifier  '?' (uncertain) | '~' (approximate) | '%' (both)
    year       '-'? xxxx ('S' d+)?  |  'Y' '-'? d+ ('E' d+)? ('S' d+)?
    month      xx                    01–12, or a sub-year grouping 21–41
    day        xx
    time       hh ':' mm ':' ss zone?         only after a complete, unqualified date
    zone       'Z' | [+-] hh (':' mm)?

A qualifier *before* a component applies to that component alone (level 2: ``2004-?06``);
one *after* it applies to it and to every component on its left (``2004-06~`` is an
approximate year and month). A ``Y`` year has more than four digits unless it has an
exponent (``Y-17E7`` is -170,000,000); ``S`` gives the significant digits (``1950S2`` is
some year from 1900 to 1999). ``X`` digits are allowed in four-digit years from 0000 on,
in months and in days; each must leave at least one real date.

>>> from chronos.time import Cursor
>>> fields = scan_date(Cursor("2004-06~-11"))
>>> fields.year_qualifier, fields.month_qualifier, fields.day_qualifier
('~', '~', None)
>>> format_date(fields)
'~2004-~06-11'
>>> bounds(scan_date(Cursor("156X-12-25")))
((1560, 12, 25, 0, 0, 0), (1569, 12, 25, 23, 59, 59))
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from typing import Final, NamedTuple

from chronos.time import Cursor, ScanError, is_digit, is_leap

__all__ = [
    "GROUPINGS",
    "MAX_Y_DIGITS",
    "DateFields",
    "Instant",
    "bounds",
    "format_date",
    "format_year",
    "scan_date",
    "year_value",
]

#: A moment as (year, month, day, hour, minute, second), for any year, even outside datetime's.
Instant = tuple[int, int, int, int, int, int]

#: Sub-year grouping code -> (first month, number of months). chronos's seasons are
#: meteorological; a southern season is the northern one six months away, and a season
#: that runs across a new year (winter 24, southern summer 30) starts in the December of
#: the year it is written with.
GROUPINGS: Final[dict[int, tuple[int, int]]] = {
    21: (3, 3),  # spring
    22: (6, 3),  # summer
    23: (9, 3),  # autumn
    24: (12, 3),  # winter
    25: (3, 3),  # spring, northern hemisphere
    26: (6, 3),
    27: (9, 3),
    28: (12, 3),
    29: (9, 3),  # spring, southern hemisphere
    30: (12, 3),
    31: (3, 3),
    32: (6, 3),
    33: (1, 3),  # quarters
    34: (4, 3),
    35: (7, 3),
    36: (10, 3),
    37: (1, 4),  # quadrimesters (thirds of a year)
    38: (5, 4),
    39: (9, 4),
    40: (1, 6),  # semestrals (halves)
    41: (7, 6),
}

_DIGITS: Final = "0123456789"
_QUALIFIERS: Final = {"?": 1, "~": 2, "%": 3}
_QUALIFIER_OF: Final = {1: "?", 2: "~", 3: "%"}
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: Letter-prefixed years: at most this many digits, and an exponent of at most two digits.
MAX_Y_DIGITS: Final = 30


class DateFields(NamedTuple):
    """The components of an EDTF date as written; ``None`` where absent."""

    year: str  # sign and digits; the mantissa when there is an exponent
    month: str | None = None
    day: str | None = None
    time: str | None = None
    zone: str | None = None
    exponent: int | None = None
    significant: int | None = None
    year_qualifier: str | None = None
    month_qualifier: str | None = None
    day_qualifier: str | None = None


# -- scanning -------------------------------------------------------------------------------


def scan_date(c: Cursor) -> DateFields:
    """Read one date at the cursor, stopping before whatever follows it (``/``, ``,``, ``..``)."""
    flags = [0, 0, 0]
    starts = [c.pos, -1, -1]
    flags[0] |= _prefix(c)
    year, exponent, significant = _scan_year(c)
    if is_digit(c.peek()) and exponent is None and len(year.lstrip("-")) == 4:
        at = c.pos
        more = year.lstrip("-") + c.run(_DIGITS, MAX_Y_DIGITS)
        sign = "-" if year.startswith("-") else ""
        raise ScanError("a year of more than four digits is written with a Y", at, f"Y{sign}{more}")
    _suffix(c, flags, 0)
    parts: list[str] = []
    for index in (1, 2):
        if c.peek() != "-":
            break
        if index == 2 and "X" not in parts[0] and int(parts[0]) in GROUPINGS:
            raise ScanError("a season or other grouping of months takes no day", c.pos)
        c.pos += 1
        flags[index] |= _prefix(c)
        starts[index] = c.pos
        field = c.run(_DIGITS + "X", 2)
        if len(field) < 2:
            what = "a two-digit month (01-12) or grouping (21-41)" if index == 1 else "a day"
            raise ScanError(f"expected {what}", c.pos)
        if index == 1:
            _check_month(field, starts[1])
        parts.append(field)
        _suffix(c, flags, index)
    month = parts[0] if parts else None
    day = parts[1] if len(parts) > 1 else None
    time = zone = None
    if c.peek() == "T":
        if day is None or "X" in year + "".join(parts) or any(flags):
            raise ScanError("a time of day needs a complete date without qualifiers", c.pos)
        c.pos += 1
        time, zone = _scan_time(c)
    year_q, month_q, day_q = (_QUALIFIER_OF.get(flag) for flag in flags)
    fields = DateFields(
        year=year,
        month=month,
        day=day,
        time=time,
        zone=zone,
        exponent=exponent,
        significant=significant,
        year_qualifier=year_q,
        month_qualifier=month_q,
        day_qualifier=day_q,
    )
    if bounds(fields) is None:
        where = starts[2] if day is not None else starts[0]
        if "X" in year + "".join(parts) or fields.significant is not None:
            raise ScanError("no calendar date matches these digits", where)
        raise ScanError(f"no day {day} in {format_year(fields)}-{month}", where)
    return fields


def _prefix(c: Cursor) -> int:
    char = c.peek()
    if char in _QUALIFIERS and char:
        c.pos += 1
        return _QUALIFIERS[char]
    return 0


def _suffix(c: Cursor, flags: list[int], index: int) -> None:
    char = c.peek()
    if char in _QUALIFIERS and char:
        c.pos += 1
        for left in range(index + 1):
            flags[left] |= _QUALIFIERS[char]


def _scan_year(c: Cursor) -> tuple[str, int | None, int | None]:
    exponent = significant = None
    if c.take("Y"):
        sign = "-" if c.take("-") else ""
        start = c.pos
        digits = c.run(_DIGITS, MAX_Y_DIGITS + 1)
        if not digits:
            raise ScanError("expected the digits of the year after Y", c.pos)
        if digits[0] == "0":
            raise ScanError("a Y year has no leading zero", start)
        if len(digits) > MAX_Y_DIGITS:
            raise ScanError(f"a Y year has at most {MAX_Y_DIGITS} digits", start + MAX_Y_DIGITS)
        if c.take("E"):
            at = c.pos
            written = c.run(_DIGITS, 3)
            if not written or written[0] == "0" or len(written) > 2:
                raise ScanError("expected an exponent from 1 to 99 after E", at)
            exponent = int(written)
        elif len(digits) <= 4:
            raise ScanError(
                "a Y year has more than four digits (or an exponent)", start, f"{sign}{digits:0>4}"
            )
        year = sign + digits
        size = len(digits) + (exponent or 0)
    else:
        sign = "-" if c.take("-") else ""
        start = c.pos
        digits = c.run(_DIGITS + "X", 4)
        if len(digits) < 4:
            raise ScanError("expected a four-digit year", c.pos)
        if sign and "X" in digits:
            raise ScanError("unspecified digits are allowed in years from 0000 on", start)
        if sign and digits == "0000":
            raise ScanError("the year 0000 has no sign", start - 1)
        year = sign + digits
        size = 4
    if c.peek() == "S":
        at = c.pos
        c.pos += 1
        written = c.run(_DIGITS, 3)
        if "X" in year or not written or written[0] == "0" or int(written) > size:
            raise ScanError(
                f"expected a number of significant digits from 1 to {size} (and no X)", at
            )
        significant = int(written)
    return year, exponent, significant


def _check_month(field: str, position: int) -> None:
    if "X" not in field:
        number = int(field)
        if 1 <= number <= 12 or number in GROUPINGS:
            return
        raise ScanError("expected a month (01-12) or a sub-year grouping (21-41)", position)
    if not _matching(field, 12):
        raise ScanError(f"no month matches {field}", position)


def _scan_time(c: Cursor) -> tuple[str, str | None]:
    start = c.pos
    for index, (largest, what) in enumerate(((23, "hours"), (59, "minutes"), (59, "seconds"))):
        if index:
            c.expect(":", f"':' and {what} (EDTF writes hh:mm:ss)")
        field = c.digits(2, f"two-digit {what}")
        if int(field) > largest:
            raise ScanError(f"{what} must be at most {largest}", c.pos - 2)
    time = c.text[start : c.pos]
    zone_start = c.pos
    if c.take("Z"):
        return time, "Z"
    if c.peek() in ("+", "-") and c.peek():
        c.pos += 1
        if int(c.digits(2, "the hours of a zone offset")) > 14:
            raise ScanError("a zone offset is at most 14 hours", c.pos - 2)
        if is_digit(c.peek()):
            fixed = f"{c.text[zone_start : c.pos]}:{c.text[c.pos : c.pos + 2]}"
            raise ScanError(
                "EDTF writes a zone offset as ±hh:mm",
                c.pos,
                c.text[:zone_start] + fixed + c.text[c.pos + 2 :],
            )
        if c.take(":") and int(c.digits(2, "the minutes of a zone offset")) > 59:
            raise ScanError("a zone offset's minutes are at most 59", c.pos - 2)
        return time, c.text[zone_start : c.pos]
    return time, None


# -- formatting -----------------------------------------------------------------------------


def format_year(fields: DateFields) -> str:
    """The year as EDTF writes it: ``2004``, ``-0044``, ``Y170000002``, ``Y-17E7``, ``1950S2``."""
    year = fields.year
    digits = year.lstrip("-")
    if fields.exponent is not None:
        text = f"Y{year}E{fields.exponent}"
    elif len(digits) > 4:
        text = f"Y{year}"
    else:
        text = year
    return text if fields.significant is None else f"{text}S{fields.significant}"


def format_date(fields: DateFields) -> str:
    """The canonical string of a date.

    A qualifier shared by every component goes at the end (level 1: ``2004-06-11%``);
    otherwise each qualified component carries its own in front (level 2: ``?2004-06-~11``).
    """
    components = [(format_year(fields), fields.year_qualifier)]
    if fields.month is not None:
        components.append((fields.month, fields.month_qualifier))
        if fields.day is not None:
            components.append((fields.day, fields.day_qualifier))
    shared = {q for _, q in components}
    common = shared.pop() if len(shared) == 1 else None
    if common is not None:
        text = "-".join(body for body, _ in components) + common
    else:
        text = "-".join(f"{q or ''}{body}" for body, q in components)
    if fields.time is not None:
        text += f"T{fields.time}{fields.zone or ''}"
    return text


# -- bounds ---------------------------------------------------------------------------------


def year_value(fields: DateFields) -> int:
    """The year as a number (a four-digit year must not contain ``X``)."""
    return int(fields.year + "0" * (fields.exponent or 0))


@cache
def _matching(pattern: str, largest: int) -> tuple[int, ...]:
    """The numbers from 1 to ``largest`` whose two digits fit ``pattern`` (X: any digit)."""
    return tuple(
        n
        for n in range(1, largest + 1)
        if all(p in ("X", d) for p, d in zip(pattern, f"{n:02d}", strict=True))
    )


def _month_days(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap(year) else _MONTH_DAYS[month - 1]


def _years(fields: DateFields, ascending: bool) -> Iterator[int]:
    year = fields.year
    if "X" in year:
        choices = [(_DIGITS if ascending else _DIGITS[::-1]) if d == "X" else d for d in year]
        for combination in itertools.product(*choices):
            yield int("".join(combination))
        return
    value = year_value(fields)
    if fields.significant is None:
        yield value
        return
    size = len(year.lstrip("-")) + (fields.exponent or 0)
    unit = 10 ** (size - fields.significant)
    low = abs(value) - abs(value) % unit
    span = (low, low + unit - 1) if value >= 0 else (-(low + unit - 1), -low)
    yield from (range(span[0], span[1] + 1) if ascending else range(span[1], span[0] - 1, -1))


def _in_year(fields: DateFields, year: int, first: bool) -> Instant | None:
    """The first (or last) instant the date can denote within ``year``, if any."""
    month = fields.month
    if month is not None and "X" not in month and int(month) in GROUPINGS:
        start, length = GROUPINGS[int(month)]
        if first:
            return (year, start, 1, 0, 0, 0)
        last_year, last_month = divmod(year * 12 + start - 1 + length - 1, 12)
        return (last_year, last_month + 1, _month_days(last_year, last_month + 1), 23, 59, 59)
    months = _matching("XX", 12) if month is None else _matching(month, 12)
    for m in months if first else reversed(months):
        longest = _month_days(year, m)
        if fields.day is None:
            days = [1, longest]
        else:
            days = [d for d in _matching(fields.day, 31) if d <= longest]
        if not days:
            continue
        day = days[0] if first else days[-1]
        if fields.time is not None:
            h, mi, s = (int(part) for part in fields.time.split(":"))
            return (year, m, day, h, mi, s)
        return (year, m, day, 0, 0, 0) if first else (year, m, day, 23, 59, 59)
    return None


def bounds(fields: DateFields) -> tuple[Instant, Instant] | None:
    """The first and the last instant (to the second) the date can denote; None if none."""
    # Only 29 February depends on the year: if the date fits a common year, any year will do.
    if _in_year(fields, 2001, True) is not None:
        needs_leap = False
    elif _in_year(fields, 2000, True) is not None:
        needs_leap = True
    else:
        return None
    found: list[Instant] = []
    for first in (True, False):
        for year in _years(fields, ascending=first):
            if needs_leap and not is_leap(year):
                continue
            instant = _in_year(fields, year, first)
            if instant is not None:
                found.append(instant)
                break
        else:
            return None
    return found[0], found[1]
