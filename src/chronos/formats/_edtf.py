"""EDTF (ISO 8601-2, levels 0–2): dates, intervals and sets, read, written and spanned.

Three value types, one per shape of an EDTF string, each with ``parse`` and a canonical
``str()`` that are inverses, a ``level`` (the lowest EDTF level that can write it) and a
``span`` (the chronos :class:`~chronos.Span` hull of everything it can denote):

- :class:`EdtfDate` — ``1985-04-12``, ``201X``, ``2004-06~``, ``?2004-06-~11``, ``2023-22``,
  ``Y-17E7``, ``1950S2``, ``2004-01-01T10:10:10Z``;
- :class:`EdtfInterval` — ``1964/2008``, ``2004-06/..``, ``/2006`` (unknown start),
  ``2004-06-~01/2004-06-~20``;
- :class:`EdtfSet` — ``[1667,1668,1670..1672]`` (one of), ``{1960,1961-12}`` (all of),
  with :class:`EdtfRange` members such as ``1670..1672`` and ``..1760-12-03``.

:func:`parse_edtf` reads any of them. Qualifiers and unspecified digits say what is known,
not where: they never change the hull. chronos's spans cover the years 1–9998, so
``span`` raises :class:`~chronos.InvalidArgumentError` for a value that reaches outside
them (``-0044``, ``XXXX``, ``Y170000002``), though such values parse and format fine.

>>> parse_edtf("156X-12-25").span
Span.parse('1560-12-25/1569-12-25')
>>> parse_edtf("2004-06-~01/2004-06-~20").level
2
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta
from typing import Any, Final, Literal, TypeAlias, TypeVar

import attrs

from chronos.errors import InvalidArgumentError, ParseError
from chronos.formats._edtf_syntax import (
    GROUPINGS,
    DateFields,
    Instant,
    bounds,
    format_date,
    scan_date,
)
from chronos.time import Cursor, Grain, ScanError, Span, calendar as cal

__all__ = [
    "Edtf",
    "EdtfDate",
    "EdtfEnd",
    "EdtfInterval",
    "EdtfRange",
    "EdtfSet",
    "Qualifier",
    "parse_edtf",
]

#: ``?`` uncertain, ``~`` approximate, ``%`` both.
Qualifier: TypeAlias = Literal["?", "~", "%"]
_QUALIFIERS: Final = (None, "?", "~", "%")
# The grains a hull is given from its ends alone, coarsest first. Seasons, quarters, thirds
# and halves are named by the value (2023-22), never inferred: 1984-1X is three months, not
# a quarter. Weeks and parts of days are not EDTF's at all.
_INFERRED: Final = (
    Grain.CENTURY,
    Grain.DECADE,
    Grain.YEAR,
    Grain.MONTH,
    Grain.DAY,
    Grain.SECOND,
)
_NAMED: Final = {
    **dict.fromkeys(range(21, 33), Grain.SEASON),
    **dict.fromkeys(range(33, 37), Grain.QUARTER),
    **dict.fromkeys(range(37, 40), Grain.THIRD),
    **dict.fromkeys(range(40, 42), Grain.HALF),
}


class EdtfEnd(enum.Enum):
    """An end of an interval that is not a date: open (``..``) or unknown (empty).

    >>> str(EdtfInterval(EdtfDate("2004", "06"), EdtfEnd.OPEN))
    '2004-06/..'
    """

    OPEN = ".."
    UNKNOWN = ""

    def __repr__(self) -> str:
        return f"EdtfEnd.{self.name}"


# -- dates ------------------------------------------------------------------------------------


def _check_date_fields(instance: EdtfDate) -> tuple[Instant, Instant]:
    """The first and last instant of a valid date; InvalidArgumentError for an invalid one."""
    for name in ("month", "day", "time", "zone"):
        value = getattr(instance, name)
        if value is not None and not isinstance(value, str):
            raise InvalidArgumentError(name, value, "must be a str or None")
    if not isinstance(instance.year, str):
        raise InvalidArgumentError("year", instance.year, "must be a str, such as '2004'")
    for name in ("exponent", "significant"):
        value = getattr(instance, name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise InvalidArgumentError(name, value, "must be an int or None")
    for name in ("year_qualifier", "month_qualifier", "day_qualifier"):
        value = getattr(instance, name)
        if value not in _QUALIFIERS:
            raise InvalidArgumentError(name, value, "must be '?', '~', '%' or None")
    fields = _fields(instance)
    text = format_date(fields)
    cursor = Cursor(text)
    try:
        scanned = scan_date(cursor)
        cursor.finish("the date")
    except ScanError as error:
        raise InvalidArgumentError("date", text, f"not an EDTF date: {error.reason}") from None
    if scanned != fields:
        raise InvalidArgumentError(
            "date", fields, f"is not how EDTF writes {text!r}; use EdtfDate.parse({text!r})"
        )
    found = bounds(fields)
    if found is None:  # scan_date refuses a date that denotes nothing: never met
        raise InvalidArgumentError("date", text, "denotes no span")
    return found


@attrs.frozen(repr=False)
class EdtfDate:
    """One EDTF date, with its components as written (strings, since digits may be ``X``).

    ``year`` is the sign and digits (``'2004'``, ``'-0044'``, ``'201X'``, ``'170000002'``;
    with an ``exponent`` its mantissa, ``'-17'`` for ``Y-17E7``); ``month`` is ``'01'`` to
    ``'12'`` or a sub-year grouping ``'21'`` to ``'41'`` (seasons, quarters, quadrimesters,
    semestrals); a qualifier per component says it is uncertain (``?``), approximate
    (``~``) or both (``%``).

    >>> d = EdtfDate.parse("2004-06~-11")
    >>> d.year_qualifier, d.month_qualifier, d.day_qualifier, str(d)
    ('~', '~', None, '~2004-~06-11')
    >>> EdtfDate("2023", "22").span
    Span.season(2023, 'summer')
    """

    year: str
    month: str | None = None
    day: str | None = None
    time: str | None = attrs.field(default=None, kw_only=True)
    zone: str | None = attrs.field(default=None, kw_only=True)
    exponent: int | None = attrs.field(default=None, kw_only=True)
    significant: int | None = attrs.field(default=None, kw_only=True)
    year_qualifier: Qualifier | None = attrs.field(default=None, kw_only=True)
    month_qualifier: Qualifier | None = attrs.field(default=None, kw_only=True)
    day_qualifier: Qualifier | None = attrs.field(default=None, kw_only=True)
    # The first and last instant the date can denote, worked out once by the constructor.
    _instants: tuple[Instant, Instant] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_instants", _check_date_fields(self))

    @classmethod
    def parse(cls, text: str) -> EdtfDate:
        """The date written as ``text`` (the inverse of ``str()``).

        >>> EdtfDate.parse("1985-04-12T23:20:30+04:30").zone
        '+04:30'
        """
        return _expect(_parse(text), cls, text)

    @property
    def level(self) -> int:
        """The lowest EDTF level (0, 1 or 2) that can write this date.

        >>> [EdtfDate.parse(s).level for s in ("1985-04", "201X", "2004-?06", "1950S2")]
        [0, 1, 2, 2]
        """
        level = 0
        if self.exponent is not None or self.significant is not None:
            return 2
        if self.year.startswith("-") or len(self.year) > 4:
            level = 1
        if self.month is not None and "X" not in self.month and int(self.month) in GROUPINGS:
            level = max(level, 1 if int(self.month) <= 24 else 2)
        present = [self.year_qualifier]
        if self.month is not None:
            present.append(self.month_qualifier)
            if self.day is not None:
                present.append(self.day_qualifier)
        if any(q is not None for q in present):
            level = max(level, 1 if len(set(present)) == 1 else 2)
        if self.has_unspecified_digits:
            level = max(level, 1 if self._unspecified_from_the_right() else 2)
        return level

    def _unspecified_from_the_right(self) -> bool:
        """Whether the X digits are level 1's: 201X, 20XX, 2004-XX, 2004-06-XX, 2004-XX-XX."""
        year, month, day = self.year, self.month, self.day
        if "X" in year:
            return (
                month is None and year in (f"{year[:3]}X", f"{year[:2]}XX") and "X" not in year[:2]
            )
        # The year is all digits, so the X's are in the month or the day.
        if month is None:
            return False
        if day is None:
            return month == "XX"
        return day == "XX" and (month == "XX" or "X" not in month)

    @property
    def has_unspecified_digits(self) -> bool:
        """Whether some digit is ``X``.

        >>> EdtfDate.parse("2004-XX").has_unspecified_digits
        True
        """
        return "X" in self.year + (self.month or "") + (self.day or "")

    @property
    def is_uncertain(self) -> bool:
        """Whether some component is uncertain (``?`` or ``%``).

        >>> EdtfDate.parse("2004?-06").is_uncertain, EdtfDate.parse("2004-06~").is_uncertain
        (True, False)
        """
        return any(q in ("?", "%") for q in self._qualifiers())

    @property
    def is_approximate(self) -> bool:
        """Whether some component is approximate (``~`` or ``%``).

        >>> EdtfDate.parse("2004-~06").is_approximate
        True
        """
        return any(q in ("~", "%") for q in self._qualifiers())

    def _qualifiers(self) -> tuple[str | None, ...]:
        return (self.year_qualifier, self.month_qualifier, self.day_qualifier)

    @property
    def span(self) -> Span:
        """The hull of every instant the date can denote, at the coarsest grain that fits.

        ``201X`` is the decade 2010–2019, ``2004-XX-XX`` the year 2004, ``1950S2`` the
        century 1900–1999; a date-time is its second, the zone not applied (chronos's time
        axis is floating local time). Raises :class:`InvalidArgumentError` outside the
        years 1–9998.

        >>> EdtfDate.parse("1985-04-XX").span
        Span.month(1985, 4)
        """
        start, end = _hull(self)
        return Span(start, end, _grain(self))

    def __str__(self) -> str:
        return format_date(_fields(self))

    def __repr__(self) -> str:
        return f"EdtfDate.parse({str(self)!r})"


def _fields(date: EdtfDate) -> DateFields:
    return DateFields(
        year=date.year,
        month=date.month,
        day=date.day,
        time=date.time,
        zone=date.zone,
        exponent=date.exponent,
        significant=date.significant,
        year_qualifier=date.year_qualifier,
        month_qualifier=date.month_qualifier,
        day_qualifier=date.day_qualifier,
    )


def _date_of(fields: DateFields) -> EdtfDate:
    return EdtfDate(
        fields.year,
        fields.month,
        fields.day,
        time=fields.time,
        zone=fields.zone,
        exponent=fields.exponent,
        significant=fields.significant,
        year_qualifier=fields.year_qualifier,  # type: ignore[arg-type]
        month_qualifier=fields.month_qualifier,  # type: ignore[arg-type]
        day_qualifier=fields.day_qualifier,  # type: ignore[arg-type]
    )


def _instants(date: EdtfDate) -> tuple[Instant, Instant]:
    return date._instants


def _hull(date: EdtfDate) -> tuple[datetime, datetime]:
    first, last = _instants(date)
    if first[0] < cal.MIN_YEAR or last[0] > cal.MAX_YEAR:
        raise InvalidArgumentError(
            "date",
            str(date),
            f"reaches outside the years {cal.MIN_YEAR}–{cal.MAX_YEAR} that chronos's spans "
            "cover (there is no year 0 and no year before it on chronos's time axis)",
        )
    return datetime(*first), datetime(*last) + timedelta(seconds=1)


def _grain(date: EdtfDate) -> Grain:
    """A grouping's own grain, else the coarsest grain of the hull of what the date denotes."""
    start, end = _hull(date)
    named = None
    if date.month is not None and "X" not in date.month:
        named = _NAMED.get(int(date.month))
    return _fit(start, end, Grain.CENTURY if named is None else named)


def _fit(start: datetime | None, end: datetime | None, at_most: Grain) -> Grain:
    """``at_most`` if both known ends align to it, else the coarsest finer inferred grain."""
    for grain in (at_most, *_INFERRED):
        if at_most.is_finer_than(grain):
            continue
        # is_aligned is False, not an error, where the unit would start in year 0.
        if (start is None or cal.is_aligned(start, grain)) and (
            end is None or cal.is_aligned(end, grain)
        ):
            return grain
    return Grain.SECOND  # pragma: no cover - every whole second aligns to SECOND


def _finest(grains: list[Grain]) -> Grain:
    return min(grains, key=lambda g: g.rank)


# -- intervals ---------------------------------------------------------------------------------


def _check_end(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance
    if not isinstance(value, (EdtfDate, EdtfEnd)):
        raise InvalidArgumentError(attribute.name, value, "must be an EdtfDate or an EdtfEnd")


@attrs.frozen(repr=False)
class EdtfInterval:
    """An EDTF interval ``start/end``; an end is a date, open (``..``) or unknown (empty).

    >>> i = EdtfInterval.parse("2004-06/..")
    >>> i.end, i.level, str(i.span)
    (EdtfEnd.OPEN, 1, '2004-06/..')
    """

    start: EdtfDate | EdtfEnd = attrs.field(validator=_check_end)
    end: EdtfDate | EdtfEnd = attrs.field(validator=_check_end)

    def __attrs_post_init__(self) -> None:
        if isinstance(self.start, EdtfDate) and isinstance(self.end, EdtfDate):
            if _instants(self.start)[0] > _instants(self.end)[1]:
                raise InvalidArgumentError("end", self.end, f"ends before {self.start} starts")
        elif not isinstance(self.start, EdtfDate) and not isinstance(self.end, EdtfDate):
            raise InvalidArgumentError("end", self.end, "an interval needs at least one date")

    @classmethod
    def parse(cls, text: str) -> EdtfInterval:
        """The interval written as ``text`` (the inverse of ``str()``).

        >>> EdtfInterval.parse("/2006").start
        EdtfEnd.UNKNOWN
        """
        return _expect(_parse(text), cls, text)

    @property
    def level(self) -> int:
        """The lowest EDTF level that can write this interval.

        Open and unknown ends are level 1, and so are ends of level 1, except that ends with
        unspecified digits (``2004-06-XX/2004-07-03``) are level 2, as ISO 8601-2 has it.

        >>> EdtfInterval.parse("1984?/2004-06~").level, EdtfInterval.parse("201X/2020").level
        (1, 2)
        """
        levels = [
            (2 if end.has_unspecified_digits else end.level) if isinstance(end, EdtfDate) else 1
            for end in (self.start, self.end)
        ]
        return max(levels)

    @property
    def span(self) -> Span:
        """From the earliest start to the latest end; an open or unknown end stays open.

        >>> EdtfInterval.parse("2004-02-01/2005").span
        Span.parse('2004-02-01/2005-12-31')
        """
        start = _hull(self.start)[0] if isinstance(self.start, EdtfDate) else None
        end = _hull(self.end)[1] if isinstance(self.end, EdtfDate) else None
        grains = [_grain(d) for d in (self.start, self.end) if isinstance(d, EdtfDate)]
        return Span(start, end, _fit(start, end, _finest(grains)))

    def __str__(self) -> str:
        return f"{_end_text(self.start)}/{_end_text(self.end)}"

    def __repr__(self) -> str:
        return f"EdtfInterval.parse({str(self)!r})"


def _end_text(end: EdtfDate | EdtfEnd) -> str:
    return end.value if isinstance(end, EdtfEnd) else str(end)


# -- sets --------------------------------------------------------------------------------------


def _check_optional_date(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance
    if value is not None and not isinstance(value, EdtfDate):
        raise InvalidArgumentError(attribute.name, value, "must be an EdtfDate or None")


@attrs.frozen(repr=False)
class EdtfRange:
    """A run of consecutive values in an EDTF set: ``1670..1672``; ``None`` is an open side.

    >>> str(EdtfRange(None, EdtfDate("1760", "12", "03")))
    '..1760-12-03'
    """

    start: EdtfDate | None = attrs.field(validator=_check_optional_date)
    end: EdtfDate | None = attrs.field(validator=_check_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise InvalidArgumentError("end", None, "a range needs at least one date")
        if (
            self.start is not None
            and self.end is not None
            and _instants(self.start)[0] > _instants(self.end)[1]
        ):
            raise InvalidArgumentError("end", self.end, f"ends before {self.start} starts")

    def __str__(self) -> str:
        start = "" if self.start is None else str(self.start)
        end = "" if self.end is None else str(self.end)
        return f"{start}..{end}"

    def __repr__(self) -> str:
        return f"EdtfRange({self.start!r}, {self.end!r})"


def _to_members(value: Any) -> Any:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def _check_members(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    if not isinstance(value, tuple) or not value:
        raise InvalidArgumentError("members", value, "must be a non-empty sequence")
    for index, member in enumerate(value):
        if not isinstance(member, (EdtfDate, EdtfRange)):
            raise InvalidArgumentError("members", member, "must be an EdtfDate or an EdtfRange")
        if isinstance(member, EdtfRange):
            if member.start is None and index != 0:
                raise InvalidArgumentError("members", member, "only the first can be open before")
            if member.end is None and index != len(value) - 1:
                raise InvalidArgumentError("members", member, "only the last can be open after")


@attrs.frozen(repr=False)
class EdtfSet:
    """An EDTF set: one of its members (``[…]``) or all of them (``{…}``), level 2.

    >>> s = EdtfSet.parse("[1667,1668,1670..1672]")
    >>> len(s.members), s.all_of, str(s.span)
    (3, False, '1667/1672')
    """

    members: tuple[EdtfDate | EdtfRange, ...] = attrs.field(
        converter=_to_members, validator=_check_members
    )
    all_of: bool = attrs.field(default=False, kw_only=True)

    @classmethod
    def parse(cls, text: str) -> EdtfSet:
        """The set written as ``text`` (the inverse of ``str()``).

        >>> EdtfSet.parse("{1960,1961-12}").all_of
        True
        """
        return _expect(_parse(text), cls, text)

    @property
    def level(self) -> int:
        """Always 2: sets are a level 2 feature.

        >>> EdtfSet.parse("[2004]").level
        2
        """
        return 2

    @property
    def span(self) -> Span:
        """The hull of all members; an open range at either end leaves that end open.

        >>> EdtfSet.parse("[..1760-12-03]").span
        Span.parse('../1760-12-03')
        """
        dates: list[EdtfDate] = []
        for member in self.members:
            if isinstance(member, EdtfRange):
                dates.extend(d for d in (member.start, member.end) if d is not None)
            else:
                dates.append(member)
        hulls = [_hull(d) for d in dates]
        first, last = self.members[0], self.members[-1]
        open_start = isinstance(first, EdtfRange) and first.start is None
        open_end = isinstance(last, EdtfRange) and last.end is None
        start = None if open_start else min(lo for lo, _ in hulls)
        end = None if open_end else max(hi for _, hi in hulls)
        return Span(start, end, _fit(start, end, _finest([_grain(d) for d in dates])))

    def __str__(self) -> str:
        inside = ",".join(str(member) for member in self.members)
        return f"{{{inside}}}" if self.all_of else f"[{inside}]"

    def __repr__(self) -> str:
        return f"EdtfSet.parse({str(self)!r})"


#: Any EDTF value.
Edtf: TypeAlias = EdtfDate | EdtfInterval | EdtfSet


# -- parsing -----------------------------------------------------------------------------------


def parse_edtf(text: str) -> Edtf:
    """The EDTF value written as ``text``: a date, an interval or a set.

    Raises :class:`ParseError` with a caret under the first character that is not EDTF.

    >>> parse_edtf("1964/2008")
    EdtfInterval.parse('1964/2008')
    >>> parse_edtf("{1960,1961-12}").level
    2
    """
    return _parse(text)


_SHAPES: Final = {EdtfDate: "a date", EdtfInterval: "an interval", EdtfSet: "a set"}


_Shape = TypeVar("_Shape", EdtfDate, EdtfInterval, EdtfSet)


def _expect(value: Edtf, kind: type[_Shape], text: str) -> _Shape:
    if not isinstance(value, kind):
        raise ParseError(
            f"{_SHAPES[type(value)]}, not {_SHAPES[kind]} (parse_edtf reads every shape)",
            text=text,
            argument="text",
        )
    return value


def _parse(text: str) -> Edtf:
    if not isinstance(text, str):
        raise InvalidArgumentError("text", text, "must be a str")
    try:
        return _read(text)
    except ScanError as error:
        suggestion = error.suggestion
        squeezed = "".join(text.split())
        if suggestion is None and squeezed != text and squeezed:
            try:
                _read(squeezed)
                suggestion = squeezed
            except ScanError:
                pass
        raise ParseError(
            f"not EDTF: {error.reason}",
            text=text,
            position=error.position,
            suggestion=suggestion,
            argument="text",
        ) from None


def _read(text: str) -> Edtf:
    if not text:
        raise ScanError("empty text (expected a date such as 2004-06-11)", 0)
    if text[0] in "[{":
        return _read_set(text)
    slash = text.find("/")
    if slash < 0:
        cursor = Cursor(text)
        date = _read_date(cursor)
        cursor.finish("the date")
        return date
    second = text.find("/", slash + 1)
    if second >= 0:
        raise ScanError("an interval has a single '/'", second)
    start = _read_end(text, 0, slash)
    end = _read_end(text, slash + 1, len(text))
    if not isinstance(start, EdtfDate) and not isinstance(end, EdtfDate):
        raise ScanError("an interval needs at least one date", slash)
    if (
        isinstance(start, EdtfDate)
        and isinstance(end, EdtfDate)
        and _instants(start)[0] > _instants(end)[1]
    ):
        raise ScanError("the interval ends before it starts", slash + 1)
    return EdtfInterval(start, end)


def _read_end(text: str, begin: int, stop: int) -> EdtfDate | EdtfEnd:
    side = text[begin:stop]
    if side == "":
        return EdtfEnd.UNKNOWN
    if side == "..":
        return EdtfEnd.OPEN
    cursor = Cursor(text, begin)
    date = _read_date(cursor)
    if cursor.pos != stop:
        what = "the start" if stop < len(text) else "the end"
        raise ScanError(f"unexpected {text[cursor.pos]!r} after {what} of the interval", cursor.pos)
    return date


def _read_date(cursor: Cursor) -> EdtfDate:
    return _date_of(scan_date(cursor))


def _read_set(text: str) -> EdtfSet:
    closer = "]" if text[0] == "[" else "}"
    cursor = Cursor(text, 1)
    members: list[EdtfDate | EdtfRange] = []
    while True:
        at = cursor.pos
        if cursor.take(".."):
            if members:
                raise ScanError("only the first member can be open before ('..1760')", at)
            members.append(EdtfRange(None, _read_date(cursor)))
        else:
            if cursor.peek() == closer and not members:
                raise ScanError("a set needs at least one member", at)
            date = _read_date(cursor)
            if cursor.take(".."):
                if cursor.peek() in (",", closer) and cursor.peek():
                    members.append(EdtfRange(date, None))
                else:
                    end = _read_date(cursor)
                    if _instants(date)[0] > _instants(end)[1]:
                        raise ScanError("the range ends before it starts", at)
                    members.append(EdtfRange(date, end))
            else:
                members.append(date)
        if cursor.take(","):
            last = members[-1]
            if isinstance(last, EdtfRange) and last.end is None:
                raise ScanError("only the last member can be open after ('1760-12..')", at)
            continue
        if cursor.take(closer):
            cursor.finish("the set")
            return EdtfSet(members, all_of=closer == "}")
        raise ScanError(f"expected ',' or {closer!r}", cursor.pos)
