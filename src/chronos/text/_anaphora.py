"""What anaphoric mentions point back to, and the comparisons of financial news.

- An anaphor of a unit ("the following day", "that year", "the quarter") points back to the
  latest mention at that unit or a finer one ("that year" after "on 3 March 2021" is 2021);
  a bare "the quarter" / "the year" / "the month" to the latest mention at exactly that
  unit, else to the DCT's. Only the last :data:`LOOK_BACK` mentions are searched, so the
  search stays linear in the text.
- A year-over-year comparison ("a year earlier", "a year ago", "the year-earlier period")
  next to a period the text reports on ("the third quarter", "the first half", "September")
  is that period a year before: 1988-Q3 after "the third quarter" of 1989.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

import attrs

from chronos.errors import ChronosError
from chronos.phrases import Match, resolve_match
from chronos.text._mention import Mention
from chronos.time import Grain, Span

__all__ = ["LOOK_BACK", "antecedent", "year_over_year"]

#: How many earlier mentions an anaphor or a comparison looks back over.
LOOK_BACK: Final = 12
_PROBE: Final = datetime(2001, 7, 4)
# Periods a comparison reuses: a quarter, a half, a month (by its TIMEX3 value).
_PERIOD: Final = re.compile(r"^([0-9]{4})(-(?:Q[1-4]|H[12]|[0-9]{2}))$")
_PERIOD_GRAINS: Final = frozenset({Grain.QUARTER, Grain.HALF, Grain.MONTH})


def antecedent(times: list[Mention], match: Match, text: str, *, bare: bool) -> Mention | None:
    """The earlier mention ``match`` (anaphoric) points back to, or ``None``."""
    try:
        probe = resolve_match(match, text, reference=_PROBE, anchor=_PROBE)
    except ChronosError:
        return None
    grain = probe.span.grain if probe.span is not None else None
    for mention in reversed(times[-LOOK_BACK:]):
        span = None if mention.expression is None else mention.expression.span
        if span is None:
            continue  # never so: only mentions with a span are listed
        if grain is None:
            return mention
        if bare:
            if span.grain is grain:
                return mention
        elif span.grain is grain or span.grain.is_finer_than(grain):
            return mention
    return None if bare or not times else times[-1]


def year_over_year(mention: Mention, times: list[Mention], dct: datetime | None) -> Mention:
    """``mention`` ("a year earlier") as the period reported on nearby, a year before; or,
    with no such period, the year before the DCT."""
    for earlier in reversed(times[-LOOK_BACK:]):
        if earlier.sentence < mention.sentence - 1:
            break
        found = _PERIOD.match(earlier.timex.value)
        expression = earlier.expression
        if found is None or expression is None or expression.span is None:
            continue
        if expression.span.grain not in _PERIOD_GRAINS:
            continue
        return _as(mention, expression.span.shift(years=-1), earlier)
    if mention.timex.value in ("PAST_REF", "XXXX") and dct is not None:
        return _as(mention, Span.year(dct.year - 1), dct)
    return mention


def _as(mention: Mention, span: Span, anchor: Mention | datetime) -> Mention:
    expression = mention.expression
    if expression is not None:
        expression = attrs.evolve(expression, span=span, timex=span.timex)
    return attrs.evolve(mention, timex=span.timex, expression=expression, anchor=anchor)
