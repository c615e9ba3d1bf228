"""``Timex``: the TIMEX3 ``(type, value, mod)`` triple of TimeML, validated.

TIMEX3 is how temporal expressions are annotated and scored (TimeBank, TempEval, MEANTIME).
A :class:`Timex` holds the attributes chronos reads and writes — ``type``, ``value``, ``mod``
and, for recurrences, ``freq`` and ``quant`` — and checks that they are well formed; the
grammar of values is in :mod:`chronos.time._timex_value`. The value that names a calendar
unit is computed here too (:func:`span_value`); a :class:`~chronos.Span` owns both of its
conversions, ``span.timex`` and ``Span.from_timex(timex)``, and this module knows nothing of
spans.

>>> Timex("DATE", "2023-08")
Timex('DATE', '2023-08')
>>> str(Timex.parse("DATE 2024 START"))
'DATE 2024 START'
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
from chronos.time import _calendar as cal
from chronos.time._grain import (
    CENTURY as _CENTURY,
    DAY as _DAY,
    DECADE as _DECADE,
    HALF as _HALF,
    HOUR as _HOUR,
    MINUTE as _MINUTE,
    MONTH as _MONTH,
    PART_OF_DAY as _PART_OF_DAY,
    QUARTER as _QUARTER,
    SEASON as _SEASON,
    THIRD as _THIRD,
    WEEK as _WEEK,
    YEAR as _YEAR,
    Grain,
)
from chronos.time._scanner import ScanError
from chronos.time._timex_value import MODS, REFERENCES, SEASONS, TYPES, scan_value

__all__ = ["Timex", "span_value", "trusted_timex", "unit_value"]

_THIRD_MODS: Final = ("START", "MID", "END")
#: The month a season starts in -> its TimeML code; the hour a part of the day starts at
#: -> its code.
_SEASON_AT: Final = {month: code for code, month in SEASONS.items()}
_PART_AT: Final = {hour: code for code, (_, hour, _) in cal.PARTS_OF_DAY.items()}
# Patterns re compiles (and keeps) on first use: only a SET timex or Timex.parse needs them.
_FREQ: Final = r"[0-9]+[XYQMWDH]"
_QUANT: Final = r"[A-Za-z]+"
_WORD: Final = r"\S+"


# -- unit values ----------------------------------------------------------------------


def unit_value(start: datetime, grain: Grain) -> tuple[str, str, str | None]:
    """``(type, value, mod)`` of the unit of ``grain`` that starts at ``start``."""
    y = f"{start.year:04d}"
    if grain is _YEAR:
        return "DATE", y, None
    if grain is _MONTH:
        return "DATE", f"{y}-{start.month:02d}", None
    if grain is _WEEK:
        iso = start.isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None
    if grain is _QUARTER:
        return "DATE", f"{y}-Q{(start.month - 1) // 3 + 1}", None
    if grain is _HALF:
        return "DATE", f"{y}-H{(start.month - 1) // 6 + 1}", None
    if grain is _THIRD:
        return "DATE", y, _THIRD_MODS[(start.month - 1) // 4]
    if grain is _SEASON:
        return "DATE", f"{y}-{_SEASON_AT[start.month]}", None
    if grain is _DECADE:
        return "DATE", f"{start.year // 10:03d}", None
    if grain is _CENTURY:
        return "DATE", f"{start.year // 100:02d}", None
    day = f"{y}-{start.month:02d}-{start.day:02d}"
    if grain is _DAY:
        return "DATE", day, None
    if grain is _PART_OF_DAY:
        return "TIME", f"{day}T{_PART_AT[start.hour]}", None
    if grain is _HOUR:
        return "TIME", f"{day}T{start.hour:02d}:00", None
    if grain is _MINUTE:
        return "TIME", f"{day}T{start.hour:02d}:{start.minute:02d}", None
    return "TIME", f"{day}T{start.hour:02d}:{start.minute:02d}:{start.second:02d}", None


def _containing_unit(first: datetime, after: datetime, grain: Grain) -> datetime | None:
    """The start of the unit of ``grain`` that holds ``[first, after)``, if one does."""
    if grain is _DECADE or grain is _CENTURY:
        # By arithmetic: the decade 9990s ends past the last year a Span can hold.
        years = 10 if grain is _DECADE else 100
        index = first.year // years
        if index != cal.last_unit(after, Grain.YEAR).year // years:
            return None
        return datetime(max(index * years, 1), 1, 1)
    # The unit Span.unit(first, grain) would make, without making it.
    try:
        start = cal.floor(first, grain)
        cal.check_year(start.year, "moment")
        end = cal.following(start, grain)
    except (ValueError, OverflowError):
        # The night or winter that holds the first hours of year 1 starts in year 0,
        # which datetime cannot hold; a coarser unit will do.
        return None
    return start if after <= end else None


_FINE_TO_COARSE: Final = sorted(Grain, key=lambda g: g.rank)
# For each grain of a span: the grains whose units may name it, finest first.
_CANDIDATES: Final = {
    grain: tuple(g for g in _FINE_TO_COARSE if not g.is_finer_than(grain)) for grain in Grain
}


def span_value(
    start: datetime | None, end: datetime | None, grain: Grain, shown: object
) -> tuple[str, str, str | None]:
    """``(type, value, mod)`` of the TIMEX3 that names the span ``[start, end)`` of ``grain``.

    One unit maps to its value: ``2024``, ``2024-08``, ``2024-08-05``, ``2024-W06``,
    ``2024-Q1``, ``2024-H1``, ``2023-SU`` (autumn is ``FA``; a winter is named by the year
    of its December), ``199`` (the 1990s), ``19`` (1900–1999). TimeML has no thirds of a
    year, so a third is its year with the mod ``START``, ``MID`` or ``END`` ("early 2024" is
    ``2024`` START). Parts of a day, hours, minutes and seconds are of type TIME:
    ``2024-02-08TEV``, ``2024-02-08T10:00`` (an hour, written hh:00 the TimeML way),
    ``2024-02-08T10:30``, ``2024-02-08T10:30:15``.

    A span of several units takes the value of the smallest unit, of the span's grain or
    coarser, that contains it (finest grain first; a quarter before a season of the same
    length). A span open at one end takes its known end: the first unit with mod
    ``ON_OR_AFTER`` ("since August 2023"), or the last unit with mod ``ON_OR_BEFORE`` (at
    month grain when the grain is a third, so the mod stays free).

    Raises :class:`InvalidArgumentError`, showing ``shown`` as the argument ``span``, for a
    span open at both ends or one that no single unit contains (one that runs across a
    century boundary).

    >>> span_value(datetime(2022, 3, 1), datetime(2022, 6, 1), Grain.MONTH, "…")
    ('DATE', '2022-SP', None)
    >>> span_value(datetime(2023, 8, 1), None, Grain.MONTH, "…")
    ('DATE', '2023-08', 'ON_OR_AFTER')
    """
    if start is None or end is None:
        if grain is Grain.THIRD:
            grain = Grain.MONTH
        if start is not None:
            kind, value, _ = unit_value(start, grain)
            return kind, value, "ON_OR_AFTER"
        if end is not None:
            kind, value, _ = unit_value(cal.last_unit(end, grain), grain)
            return kind, value, "ON_OR_BEFORE"
        raise InvalidArgumentError(
            "span", shown, "is open at both ends: no TIMEX3 value denotes all of time"
        )
    if start.year <= cal.MAX_YEAR and cal.following(start, grain) == end:
        # One whole unit (the usual case): its own value.
        return unit_value(start, grain)
    for candidate in _CANDIDATES[grain]:
        first = _containing_unit(start, end, candidate)
        if first is not None:
            return unit_value(first, candidate)
    raise InvalidArgumentError(
        "span", shown, "no single TIMEX3 value covers it (it runs across a century boundary)"
    )


# -- validation ---------------------------------------------------------------------------


def _check_name(argument: str, value: object, names: tuple[str, ...]) -> None:
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, "must be a str")
    if value not in names:
        guess = did_you_mean(value.upper(), names)
        hint = f"; did you mean {guess!r}?" if guess is not None else ""
        raise InvalidArgumentError(argument, value, f"must be one of {', '.join(names)}{hint}")


def _check_type(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    _check_name("type", value, TYPES)


def _check_value(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if not isinstance(value, str):
        raise InvalidArgumentError("value", value, "must be a str")
    try:
        scan_value(instance.type, value)
    except ScanError as bad:
        raise ParseError(
            f"not a TIMEX3 {instance.type} value: {bad.reason}",
            text=value,
            position=bad.position,
            suggestion=bad.suggestion,
            argument="value",
        ) from None


def _check_mod(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    if value is not None:
        _check_name("mod", value, MODS)


def _check_freq(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if value is None:
        return
    if not isinstance(value, str) or re.fullmatch(_FREQ, value) is None:
        raise InvalidArgumentError(
            "freq", value, "must be a count and X or a unit, as in 2X (twice) or 3D"
        )
    if instance.type != "SET":
        raise InvalidArgumentError("freq", value, "only a SET timex has a frequency")


def _check_quant(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if value is None:
        return
    if not isinstance(value, str) or re.fullmatch(_QUANT, value) is None:
        raise InvalidArgumentError("quant", value, "must be one word, such as EVERY or EACH")
    if instance.type != "SET":
        raise InvalidArgumentError("quant", value, "only a SET timex has a quantifier")


# -- construction without the checks ------------------------------------------------------

_new = object.__new__


def _trusted(cls: type[Timex], kind: str, value: str, mod: str | None = None) -> Timex:
    """A timex made without the checks of ``__init__``, for a value chronos wrote itself
    (:func:`unit_value`, a duration's own value) and a mod from :data:`MODS`."""
    if cls is not Timex:  # a subclass may have fields of its own: its __init__ makes it
        return cls(kind, value, mod)
    timex = _new(cls)
    _set_type(timex, kind)  # the slots' own setters, defined below the class
    _set_value(timex, value)
    _set_mod(timex, mod)
    _set_freq(timex, None)
    _set_quant(timex, None)
    return timex


def trusted_timex(kind: str, value: str, mod: str | None = None) -> Timex:
    """``Timex(kind, value, mod)`` for parts valid by construction (see ``_trusted``)."""
    return _trusted(Timex, kind, value, mod)


# -- the type -----------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Timex:
    """A TIMEX3 ``type``, ``value`` and ``mod`` (plus ``freq`` and ``quant`` for a SET).

    The constructor checks every attribute: a malformed value raises :class:`ParseError`
    with a caret under the first bad character, a type or mod that is not TimeML's raises
    :class:`InvalidArgumentError`. ``str()`` writes the compact form ``TYPE VALUE [MOD]
    [freq=F] [quant=Q]``, which :meth:`parse` reads back.

    >>> t = Timex("DATE", "2024", "START")
    >>> t, str(t)
    (Timex('DATE', '2024', mod='START'), 'DATE 2024 START')
    >>> Timex.parse("DATE 2024-Q1").value
    '2024-Q1'

    A span gives its own timex (``span.timex``), and :meth:`Span.from_timex` gives the
    span a value denotes.
    """

    type: str = attrs.field(validator=_check_type)
    value: str = attrs.field(validator=_check_value)
    mod: str | None = attrs.field(default=None, validator=_check_mod)
    freq: str | None = attrs.field(default=None, kw_only=True, validator=_check_freq)
    quant: str | None = attrs.field(default=None, kw_only=True, validator=_check_quant)

    # -- named constructors -------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> Timex:
        """The timex written by ``str()``: ``TYPE VALUE [MOD] [freq=F] [quant=Q]``.

        Words are separated by white space; the type comes first, then the value, then
        the mod if there is one, then ``freq=`` and ``quant=`` in any order.

        >>> Timex.parse("SET P1M freq=2X")
        Timex('SET', 'P1M', freq='2X')
        >>> Timex.parse("DURATION P3Y MORE_THAN").mod
        'MORE_THAN'
        """
        if not isinstance(text, str):
            raise InvalidArgumentError("text", text, "must be a str")
        return _parse_timex(text)

    # -- properties ---------------------------------------------------------------------

    @property
    def has_unknown_digits(self) -> bool:
        """Whether the value leaves digits unknown (``XXXX-02-08``, ``PXY``).

        >>> Timex("DATE", "1998-XX-XX").has_unknown_digits
        True
        """
        return "X" in self.value

    @property
    def is_reference(self) -> bool:
        """Whether the value is a vague reference: ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.

        >>> Timex("DATE", "PAST_REF").is_reference
        True
        """
        return self.value in REFERENCES

    # -- text ---------------------------------------------------------------------------

    def __str__(self) -> str:
        words = [self.type, self.value]
        if self.mod is not None:
            words.append(self.mod)
        if self.freq is not None:
            words.append(f"freq={self.freq}")
        if self.quant is not None:
            words.append(f"quant={self.quant}")
        return " ".join(words)

    def __repr__(self) -> str:
        args = [repr(self.type), repr(self.value)]
        for name in ("mod", "freq", "quant"):
            field = getattr(self, name)
            if field is not None:
                args.append(f"{name}={field!r}")
        return f"Timex({', '.join(args)})"


# The slot setters of a frozen class: what ``_trusted`` sets the fields with.
_set_type, _set_value, _set_mod, _set_freq, _set_quant = (
    Timex.__dict__[f.name].__set__ for f in attrs.fields(Timex)
)


# -- parsing the compact form -------------------------------------------------------------


def _parse_timex(text: str) -> Timex:
    words = [(m.start(), m.group()) for m in re.finditer(_WORD, text)]
    if not words:
        raise ParseError("empty timex (expected e.g. 'DATE 2024-08')", text=text, argument="text")
    at, kind = words[0]
    if kind not in TYPES:
        raise ParseError(
            f"not a TIMEX3 type (expected one of {', '.join(TYPES)})",
            text=text,
            position=at,
            suggestion=did_you_mean(kind.upper(), TYPES),
            argument="text",
        )
    if len(words) < 2:
        raise ParseError(
            "expected a value after the type", text=text, position=len(text), argument="text"
        )
    at, value = words[1]
    try:
        scan_value(kind, value)
    except ScanError as bad:
        raise ParseError(
            f"not a TIMEX3 {kind} value: {bad.reason}",
            text=text,
            position=at + bad.position,
            suggestion=bad.suggestion,
            argument="text",
        ) from None
    mod: str | None = None
    extra: dict[str, str] = {}
    for index, (at, word) in enumerate(words[2:]):
        key, equals, setting = word.partition("=")
        if not equals:
            if index > 0 or word not in MODS:
                reason = (
                    f"not a TIMEX3 mod (expected one of {', '.join(MODS)})"
                    if index == 0
                    else "expected freq=… or quant=… after the mod"
                )
                raise ParseError(
                    reason,
                    text=text,
                    position=at,
                    suggestion=did_you_mean(word.upper(), MODS) if index == 0 else None,
                    argument="text",
                )
            mod = word
            continue
        if key not in ("freq", "quant") or key in extra:
            reason = "repeated attribute" if key in extra else "expected freq= or quant="
            raise ParseError(
                reason,
                text=text,
                position=at,
                suggestion=did_you_mean(key, ("freq", "quant")) if key not in extra else None,
                argument="text",
            )
        pattern = _FREQ if key == "freq" else _QUANT
        if re.fullmatch(pattern, setting) is None:
            what = "a count and X or a unit, as in 2X" if key == "freq" else "one word, as EVERY"
            raise ParseError(
                f"{key} must be {what}",
                text=text,
                position=at + len(key) + 1,
                argument="text",
            )
        if kind != "SET":
            raise ParseError(f"only a SET timex has {key}", text=text, position=at, argument="text")
        extra[key] = setting
    return Timex(kind, value, mod, freq=extra.get("freq"), quant=extra.get("quant"))
