"""The time model: calendar spans, windows, durations, vague parts and their string forms.

A :class:`Span` is what a calendar name denotes ("August 2023" is ``[2023-08-01,
2023-09-01)`` at month grain); a :class:`Window` is what is known of an instant; a
:class:`Duration` is an amount of time with bounds; a :class:`Policy` is the convention that
decides vague parts ("early", "around"). A value's own string forms live with it: ``str()``
is EDTF, ``.timex`` is the TIMEX3 triple (:class:`Timex`). The private calendar module is
the only place in chronos that imports pendulum and dateutil.

Imports nothing of chronos but :mod:`chronos.errors`.
"""

from chronos.time import _calendar as calendar
from chronos.time._calendar import floating
from chronos.time._duration import Duration
from chronos.time._grain import Grain
from chronos.time._policy import DEFAULT_POLICY, Assumption, Part, Policy, Vague
from chronos.time._scanner import Cursor, ScanError, is_digit
from chronos.time._span import Span
from chronos.time._timex import Timex, trusted_timex
from chronos.time._timex_value import is_leap
from chronos.time._window import Bounds, Certainty, Window

__all__ = [
    # the public values (re-exported by chronos)
    "Grain",
    "Span",
    "Window",
    "Bounds",
    "Certainty",
    "Duration",
    "Part",
    "Policy",
    "DEFAULT_POLICY",
    "Assumption",
    "Vague",
    "Timex",
    "floating",
    # for the stages above: calendar arithmetic (the only door to pendulum and dateutil),
    # the character cursor that EDTF and TIMEX3 values are scanned with, and TIMEX3 values
    # chronos writes itself
    "calendar",
    "Cursor",
    "ScanError",
    "is_digit",
    "is_leap",
    "trusted_timex",
]
