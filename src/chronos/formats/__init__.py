"""Interchange formats beyond one value: EDTF documents (intervals, sets, qualifiers).

One EDTF date is a :class:`~chronos.Span`'s own string form and lives in
:mod:`chronos.time`; here are the larger documents of ISO 8601-2 (Extended Date/Time
Format): uncertain and approximate dates, unspecified digits, intervals with open or unknown
ends, and sets of dates.

Imports :mod:`chronos.errors` and :mod:`chronos.time`.
"""

from chronos.formats._edtf import EdtfDate, EdtfEnd, EdtfInterval, EdtfRange, EdtfSet, parse_edtf

__all__ = ["parse_edtf", "EdtfDate", "EdtfInterval", "EdtfSet", "EdtfRange", "EdtfEnd"]
