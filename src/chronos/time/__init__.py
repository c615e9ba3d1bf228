"""The time model: calendar spans, windows, durations, vague parts and their string forms.

A :class:`Span` is what a calendar name denotes ("August 2023" is ``[2023-08-01,
2023-09-01)`` at month grain); a :class:`Window` is what is known of an instant; a
:class:`Duration` is an amount of time with bounds; a :class:`Policy` is the convention that
decides vague parts ("early", "around"). A value's own string forms live with it: ``str()``
is EDTF, ``.timex`` is the TIMEX3 triple (:class:`Timex`). The private calendar module is
the only place in chronos that imports pendulum and dateutil.

Imports nothing of chronos but :mod:`chronos.errors`.
"""
