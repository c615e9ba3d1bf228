"""Timeline documents opened for editing in tests, written here from docs/formats.md alone.

A document of version 4 packs each column of integers as base64 (each integer 8 bytes,
signed, little-endian). :func:`unpacked` turns those columns into lists, so that a test edits
them as plain numbers, and :func:`packed` writes them back; :func:`as_version_3` gives the
same timeline as the version before wrote it (lists, and null for a bound only the horizon
gives), to test what is still read.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable
from typing import Any

#: The columns of integers of version 4, by part of the document.
PACKED: dict[str, tuple[str, ...]] = {
    "claims": ("subject", "constraints"),
    "constraints": ("left", "right", "bound"),
    "solution": (
        "latest",
        "latest_by",
        "latest_depth",
        "earliest",
        "earliest_by",
        "earliest_depth",
        "rank",
    ),
}


def integers(text: str) -> list[int]:
    """A column of integers of version 4, read as the format says."""
    raw = base64.b64decode(text, validate=True)
    return [int.from_bytes(raw[k : k + 8], "little", signed=True) for k in range(0, len(raw), 8)]


def column(values: list[int]) -> str:
    """A list of integers as a column of version 4."""
    raw = b"".join(v.to_bytes(8, "little", signed=True) for v in values)
    return base64.b64encode(raw).decode("ascii")


def unpacked(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a document of version 4 with its columns of integers as lists (those that
    are lists already kept)."""
    return _each_column(document, str, integers)


def packed(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of an unpacked document (:func:`unpacked`) with its lists packed again."""
    return _each_column(document, list, column)


def _each_column(document: dict[str, Any], kind: type, change: Callable[[Any], Any]) -> Any:
    """A copy of ``document`` with ``change`` applied to each column of integers of ``kind``."""
    out = copy.deepcopy(document)
    for part, keys in PACKED.items():
        for key in keys:
            if part in out and isinstance(out[part].get(key), kind):
                out[part][key] = change(out[part][key])
    return out


def as_version_3(document: dict[str, Any]) -> dict[str, Any]:
    """What the version before wrote for the timeline of a document of version 4: the
    columns as lists, and a bound only the horizon gives (digit 2 or 3) left out (null),
    its digit 0."""
    out = unpacked(document)
    out["version"] = 3
    solution = out.get("solution")
    if solution is not None:
        for key in ("latest", "earliest"):
            digits = solution[f"{key}_strict"]
            solution[key] = [
                None if d in "23" else t for t, d in zip(solution[key], digits, strict=True)
            ]
            solution[f"{key}_strict"] = "".join("0" if d in "23" else d for d in digits)
    return out
