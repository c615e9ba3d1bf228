"""Reading a timeline document in bulk: each column checked at once, with no object made
per claim or per constraint, and an error that names the column and shows the item.

The columns of version 3 (:class:`_Columns`), and the checks the claims of earlier versions
share with them.
"""

from __future__ import annotations

import binascii
import sys
from array import array
from base64 import b64decode, b64encode
from collections.abc import Sequence
from itertools import compress, repeat
from operator import and_, is_, is_not, itemgetter
from typing import Any, Final

from chronos.errors import WINDOW, InvalidArgumentError
from chronos.time import Assumption
from chronos.timeline._compile import LONGEST, Edge3
from chronos.timeline._network import gather, weights_of
from chronos.timeline._state import KINDS
from chronos.timeline._types import Event, Provenance

__all__ = [
    "_FROM_DIGITS",
    "_KIND_CODE",
    "_RELATION",
    "_STRUCTURE",
    "_Columns",
    "_check_defaults",
    "_cut",
    "_edges",
    "_gaps",
    "_object",
    "_having",
    "_packed",
    "_unpacked",
    "_rare_fields",
    "_text",
    "_texts",
]

_KIND_CODE: Final = {kind: code for code, kind in enumerate(KINDS)}
_STRUCTURE: Final = _KIND_CODE["structure"]
_RELATION: Final = _KIND_CODE["relation"]
_NO_PROVENANCE: Final = Provenance()
#: The digits a column string holds, as codes 0-9.
_FROM_DIGITS: Final = bytes.maketrans(b"0123456789", bytes(range(10)))
#: The bytes of one integer of a packed column (version 4): signed, little-endian.
WIDTH: Final = 8
#: Whether the machine's own order must be turned to read or write one.
_SWAP: Final = sys.byteorder != "little"


class _Columns:
    """The claims and constraints of a document of version 3 or 4, each column checked in
    bulk: no object is made per claim or per constraint. ``packed``: the columns of ints
    are packed (version 4, :func:`_unpacked`), not lists."""

    def __init__(
        self, events: list[Event], claims: Any, constraints: Any, *, packed: bool = False
    ) -> None:
        ints = _unpacked if packed else _ints
        self.points = points = 2 * len(events) + 1
        claims = _object("claims", claims)
        kind = claims["kind"]
        if not isinstance(kind, str) or not kind.isascii() or kind.strip("01234"):
            bad = (
                next((c for c in kind if c not in "01234"), kind) if isinstance(kind, str) else kind
            )
            raise InvalidArgumentError("kind", bad, "must be a string of the digits 0 to 4")
        self.kinds = kinds = bytearray(kind.encode("ascii").translate(_FROM_DIGITS))
        count = len(kinds)
        names = [e.name for e in events]
        subject = ints("subject", claims["subject"], count, len(names), what="an event number")
        self.subjects: list[str] = list(gather(names, subject))
        self.relations: list[str] = _texts("relation", _list("relation", claims["relation"], count))
        self.objects: list[str | None] = _texts(
            "object", _list("object", claims["object"], count), optional=True
        )
        self.texts: list[str | None] = _texts(
            "text", _list("text", claims["text"], count), optional=True
        )
        found = _object("rare", claims["rare"])
        if not set(map(type, found.values())) <= {dict}:
            bad = next(r for r in found.values() if type(r) is not dict)
            raise InvalidArgumentError("rare", bad, "must map claim numbers to objects")
        keys = list(found)
        if all(map(str.isdigit, keys)) and all(map(str.isascii, keys)):
            numbers = list(map(int, keys))  # in bulk: every key a number (as written)
        else:
            numbers = [int(k) if k.isdigit() and k.isascii() else -1 for k in keys]
        if numbers and not (min(numbers) >= 0 and max(numbers) < count):
            bad = next(k for k, n in zip(found, numbers, strict=True) if not 0 <= n < count)
            raise InvalidArgumentError("rare", bad, f"must be a claim number below {count}")
        rare = list(zip(numbers, found.values(), strict=True))
        self.confidences = array("d", [1.0]) * count
        for k, r in _having(rare, "confidence"):
            value = r["confidence"]
            if type(value) not in (float, int) or not 0 < value <= 1:
                raise InvalidArgumentError("confidence", value, "must be a number in (0, 1]")
            self.confidences[k] = float(value)
        self.gaps = _gaps(rare)
        self.provenance, self.assumptions, self.alternatives = _rare_fields(rare, points)
        self.suspended = _suspended(rare, kinds)
        sizes = ints("constraints", claims["constraints"], count, None, what="a count")
        self.counts: Sequence[int] = sizes
        columns = _object("constraints", constraints)
        size = sum(sizes)
        self.us: Sequence[int] = ints("left", columns["left"], size, points, what="a point number")
        self.vs: Sequence[int] = ints(
            "right", columns["right"], size, points, what="a point number"
        )
        bounds = ints("bound", columns["bound"], size, None, low=None)
        flags = columns["strict"]
        if (
            not isinstance(flags, str)
            or len(flags) != size
            or not flags.isascii()
            or flags.strip("01")
        ):
            raise InvalidArgumentError(
                "strict", _cut(repr(flags)), f"must be a string of {size} digits 0 or 1"
            )
        ws = weights_of(bounds, flags.encode("ascii").translate(_FROM_DIGITS))
        if ws and max(max(ws), -min(ws)) > LONGEST:
            bad = next(b for b, w in zip(bounds, ws, strict=True) if abs(w) > LONGEST)
            raise InvalidArgumentError(
                "bound", bad, "reaches beyond the supported calendar (0001-01-01 to 9999-12-31)"
            )
        self.ws = ws

    def edges(self) -> tuple[array[int], array[int], array[int]]:
        """Every constraint read, checked, as (tails, heads, weights in ticks)."""
        return _int_array(self.us), _int_array(self.vs), array("q", self.ws)


def _packed(values: Sequence[int]) -> str:
    """A column of ints as version 4 writes it: the base64 of each as 8 bytes, signed,
    little-endian (a value beyond 64 bits is an OverflowError)."""
    column = _int_array(values)
    if _SWAP:
        column = array("q", column)
        column.byteswap()
    return b64encode(column.tobytes()).decode("ascii")


def _unpacked(
    name: str,
    value: Any,
    count: int | None,
    below: int | None = None,
    *,
    low: int | None = 0,
    what: str = "an integer",
) -> array[int]:
    """The ints of a packed column of version 4 (see :func:`_packed`), if it holds ``count``
    of them (None: any number), each at least ``low`` and below ``below`` (either None: no
    such limit); ``what`` names such an int in the error, which names the column and shows
    the item and its place.
    """
    if not isinstance(value, str):
        raise InvalidArgumentError(name, _cut(repr(value)), "must be a string of base64")
    try:
        raw = b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidArgumentError(name, _cut(value), f"is not base64 ({exc})") from None
    if len(raw) % WIDTH:
        raise InvalidArgumentError(
            name,
            _cut(value),
            f"must hold integers of {WIDTH} bytes: its {len(raw)} bytes are not a whole number"
            " of them",
        )
    if count is not None and len(raw) // WIDTH != count:
        raise InvalidArgumentError(
            name, _cut(value), f"must hold {count} integers, not {len(raw) // WIDTH}"
        )
    column = array("q")
    column.frombytes(raw)
    if _SWAP:
        column.byteswap()
    if column and (
        (low is not None and min(column) < low) or (below is not None and max(column) >= below)
    ):
        at, bad = next(
            (k, v)
            for k, v in enumerate(column)
            if (low is not None and v < low) or (below is not None and v >= below)
        )
        raise InvalidArgumentError(name, bad, f"must be {what} {_limits(low, below)} (item {at})")
    return column


def _int_array(column: Sequence[int]) -> array[int]:
    """``column`` as an array of 64-bit ints: itself if it is one (read packed)."""
    return column if isinstance(column, array) and column.typecode == "q" else array("q", column)


def _object(name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidArgumentError(name, _cut(repr(value)), "must be an object")
    return value


def _list(name: str, value: Any, count: int) -> list[Any]:
    """``value`` if it is a list of ``count`` items."""
    if not isinstance(value, list) or len(value) != count:
        raise InvalidArgumentError(name, _cut(repr(value)), f"must be a list of {count} items")
    return value


def _ints(
    name: str,
    value: Any,
    count: int,
    below: int | None,
    *,
    low: int | None = 0,
    what: str = "an integer",
) -> list[int]:
    """``value`` if it is a list of ``count`` ints, each at least ``low`` and below ``below``
    (either None: no such limit); ``what`` names such an int in the error."""
    _list(name, value, count)
    if not set(map(type, value)) <= {int}:
        bad = next(v for v in value if type(v) is not int)
        raise InvalidArgumentError(name, bad, "must be an int")
    if value and (
        (low is not None and min(value) < low) or (below is not None and max(value) >= below)
    ):
        bad = next(
            v for v in value if (low is not None and v < low) or (below is not None and v >= below)
        )
        raise InvalidArgumentError(name, bad, f"must be {what} {_limits(low, below)}")
    checked: list[int] = value
    return checked


def _limits(low: int | None, below: int | None) -> str:
    """The range of ints from ``low`` to below ``below`` in words (None: no such limit)."""
    ends = ([] if low is None else [f"from {low}"]) + ([] if below is None else [f"to {below - 1}"])
    return " ".join(ends)


def _check_defaults(
    codes: bytearray,
    subjects: list[str],
    objects: list[str | None],
    texts: list[str | None],
    index: dict[str, int] | None,
) -> None:
    """Refuse a text left out where it does not follow from the claim: only an event's own
    claim (of an event of the document) and a link (to an object) may leave it out.
    ``index`` None: every subject is an event of the document (read by its number)."""
    absent = list(map(is_, texts, repeat(None)))
    absent_codes = set(compress(codes, absent))
    links = map(and_, absent, map(_RELATION.__eq__, codes))
    if (
        absent_codes <= {_RELATION, _STRUCTURE}
        and None not in compress(objects, links)
        and (
            index is None
            or all(
                map(
                    index.__contains__,
                    compress(subjects, map(and_, absent, map(_STRUCTURE.__eq__, codes))),
                )
            )
        )
    ):
        return
    for k in compress(range(len(texts)), absent):
        if codes[k] == _STRUCTURE and index is not None and subjects[k] not in index:
            raise InvalidArgumentError("subject", subjects[k], "is not an event of the document")
        if not (codes[k] == _RELATION and objects[k] is not None):
            raise InvalidArgumentError("text", None, "must be a str")


def _gaps(rare: list[tuple[int, dict[str, Any]]]) -> dict[int, str]:
    having = _having(rare, "gap")
    gaps = list(map(dict.__getitem__, map(itemgetter(1), having), repeat("gap")))
    if not set(map(type, gaps)) <= {str}:
        for gap in gaps:
            _text("gap", gap)
    return dict(zip(map(itemgetter(0), having), gaps, strict=True))


def _suspended(rare: list[tuple[int, dict[str, Any]]], kinds: bytearray) -> frozenset[int]:
    """The numbered claims written as suspended (an event's own claim never is)."""
    flags = _having(rare, "suspended")
    for k, r in flags:
        flag = r["suspended"]
        if type(flag) is not bool:
            raise InvalidArgumentError("suspended", flag, "must be true or false")
        if flag and kinds[k] == _STRUCTURE:
            raise InvalidArgumentError(
                "suspended", flag, "an event's own claim cannot be suspended"
            )
    return frozenset(k for k, r in flags if r["suspended"])


def _rare_fields(
    rare: list[tuple[int, dict[str, Any]]], points: int
) -> tuple[
    dict[int, Provenance],
    dict[int, tuple[Assumption, ...]],
    dict[int, list[tuple[str, list[Edge3]]]],
]:
    """The provenance, assumptions and other readings of the numbered claims that have them."""
    provenance: dict[int, Provenance] = {}
    for k, r in _having(rare, "provenance"):
        found = r["provenance"]
        if not isinstance(found, dict):
            raise InvalidArgumentError("provenance", found, "must be an object")
        made = Provenance(**{key: found[key] for key in found})
        if made != _NO_PROVENANCE:
            provenance[k] = made
    assumptions = {
        k: tuple(
            Assumption(_text("kind", a["kind"]), _text("text", a["text"])) for a in r["assumptions"]
        )
        for k, r in _having(rare, "assumptions")
    }
    alternatives = {
        k: [
            (_text("text", alt["text"]), _edges_of(alt["constraints"], points))
            for alt in r["alternatives"]
        ]
        for k, r in _having(rare, "alternatives")
    }
    return provenance, assumptions, alternatives


def _edges_of(items: Any, points: int) -> list[Edge3]:
    if not isinstance(items, list):
        raise InvalidArgumentError("constraints", items, "must be a list")
    return list(zip(*_edges(items, points), strict=True))


def _having(
    records: list[tuple[int, dict[str, Any]]], key: str
) -> list[tuple[int, dict[str, Any]]]:
    """The numbered claims that have ``key`` (with a value other than null), in bulk."""
    values = map(dict.get, map(itemgetter(1), records), repeat(key))
    return list(compress(records, map(is_not, values, repeat(None))))


def _texts(name: str, values: list[Any], *, optional: bool = False) -> list[Any]:
    """``values``, if each is a str (or None, if ``optional``)."""
    allowed = {str, type(None)} if optional else {str}
    if not set(map(type, values)) <= allowed:
        bad = next(v for v in values if type(v) not in allowed)
        raise InvalidArgumentError(name, bad, "must be a str")
    return values


def _edges(items: list[Any], points: int) -> tuple[array[int], array[int], array[int]]:
    """Constraints ``[left, right, bound(, "strict")]`` as three checked columns."""
    if not set(map(type, items)) <= {list}:
        bad = next(item for item in items if not isinstance(item, list))
        raise InvalidArgumentError("constraint", bad, "must be a list")
    sizes = list(map(len, items))
    if not set(sizes) <= {3, 4}:
        bad = next(item for item in items if len(item) not in (3, 4))
        raise InvalidArgumentError("constraint", bad, "must be [left, right, bound]")
    strict = list(map((4).__eq__, sizes))
    if not set(map(itemgetter(3), compress(items, strict))) <= {"strict"}:
        bad = next(item for item in items if len(item) == 4 and item[3] != "strict")
        raise InvalidArgumentError("constraint", bad, "has an unknown flag")
    if not items:
        return array("q"), array("q"), array("q")
    # zip stops at the shortest: the three columns every constraint has.
    us, vs, bounds = list(zip(*items))[:3]  # noqa: B905 - stops at the shortest on purpose
    for name, column in (("left", us), ("right", vs)):
        if not set(map(type, column)) <= {int} or (
            column and (min(column) < 0 or max(column) >= points)
        ):
            bad = next(p for p in column if type(p) is not int or not 0 <= p < points)
            raise InvalidArgumentError(name, bad, f"must be a point number below {points}")
    if not set(map(type, bounds)) <= {int}:
        bad = next(b for b in bounds if type(b) is not int)
        raise InvalidArgumentError("bound", bad, "must be an int")
    ws = weights_of(bounds, bytes(strict))
    if ws and max(max(ws), -min(ws)) > LONGEST:
        bad = next(b for b, w in zip(bounds, ws, strict=True) if abs(w) > LONGEST)
        raise InvalidArgumentError(
            "bound", bad, "reaches beyond the supported calendar (0001-01-01 to 9999-12-31)"
        )
    return array("q", us), array("q", vs), array("q", ws)


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(name, value, "must be a str")
    return value


def _cut(reason: str) -> str:
    """A reason cut to two windows of text, so that the message stays bounded."""
    return reason if len(reason) <= 2 * WINDOW else reason[: 2 * WINDOW] + "…"
