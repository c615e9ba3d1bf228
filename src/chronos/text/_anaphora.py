"""What anaphoric mentions point back to, and the comparisons of financial news.

- An anaphor of a unit ("the following day", "that year", "the quarter") points back to the
  latest mention at that unit or a finer one ("that year" after "on 3 March 2021" is 2021);
  a bare "the quarter" / "the year" / "the month" to the latest mention at exactly that
  unit (a bare unit other than a quarter or a half only in its sentence or the
  :data:`BARE_REACH` before it; a bare "the week" or "the month" also to a day named in
  its sentence or the one before), else to the DCT's; a mention after "since", "until"
  or "by" names the edge of a span, not the time the text is about, and is skipped.
  Only the last :data:`LOOK_BACK` mentions are searched, so the search stays linear in
  the text.
- A year-over-year comparison ("a year earlier", "a year ago", "the year-earlier period")
  next to a period the text reports on ("the third quarter", "the first half", "September")
  is that period a year before: 1988-Q3 after "the third quarter" of 1989.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

import attrs

from chronos.errors import ChronosError
from chronos.phrases import Match, Token, resolve_match
from chronos.text._mention import Mention, span_of
from chronos.time import Grain, Span

__all__ = [
    "LOOK_BACK",
    "REPORT_GRAINS",
    "antecedent",
    "inside",
    "unit_beside_event",
    "period_in_year",
    "quarter_ended",
    "year_over_year",
]

#: How many earlier mentions an anaphor or a comparison looks back over.
LOOK_BACK: Final = 12
#: How many sentences back a bare unit other than a quarter or a half finds its own unit:
#: further back the text has moved on ("next year" said of a plan five sentences before
#: "the full year" of a forecast).
BARE_REACH: Final = 2
_PROBE: Final = datetime(2001, 7, 4)
# Periods a comparison reuses: a quarter, a half, a month (by its TIMEX3 value).
_PERIOD: Final = re.compile(r"^([0-9]{4})(-(?:Q[1-4]|H[12]|[0-9]{2}))$")
_PERIOD_GRAINS: Final = frozenset({Grain.QUARTER, Grain.HALF, Grain.MONTH})
# The periods a financial report is about, however far back it named them.
REPORT_GRAINS: Final = frozenset({Grain.QUARTER, Grain.HALF})


# Words that open an anaphor of the time before the one the text is at.
_ANAPHORS_BACK: Final = ("the previous ", "the prior ")
# Words that open an anaphor of the same time as the one before it.
_SAME: Final = ("that ", "the same ")
# Signals that make a mention the edge of a span rather than the time a text is about.
_BOUNDARIES: Final = frozenset({"since", "ever since", "until", "till", "by", "through"})


def antecedent(
    times: list[Mention],
    match: Match,
    text: str,
    *,
    bare: bool,
    sentence: int | None = None,
    ahead_of: datetime | None = None,
) -> Mention | None:
    """The earlier mention ``match`` (anaphoric, in sentence ``sentence``) points back to,
    or ``None``. ``ahead_of`` is the DCT when the anaphor's clause is in the future: a
    time over by then is no antecedent ("the bypass opened in 2019 … they will march
    that day" is the day named before 2019)."""
    try:
        probe = resolve_match(match, text, reference=_PROBE, anchor=_PROBE)
    except ChronosError:
        return None
    if ahead_of is not None and not bare:
        times = [t for t in times if not _over_by(t, ahead_of)]
    grain = probe.span.grain if probe.span is not None else None
    words = text[match.timex_start : match.timex_end].lower()
    if not bare and words.startswith(_SAME) and times:
        # "that same day", "that autumn": the time the text is at, whatever its unit;
        # a coarser one leaves the finer fields unknown ("last October … that same day")
        return times[-1]
    for mention in reversed(times[-LOOK_BACK:]):
        span = span_of(mention)
        if span is None:
            continue  # never so: only mentions with a span are listed
        if grain is None:
            return mention
        if bare:
            if mention.signal in _BOUNDARIES:
                continue  # "since 1992", "by 2012": the edge of a span, not its topic
            if span.grain is grain:
                if grain in REPORT_GRAINS or sentence is None:
                    return mention  # a report's quarter, however far back it was named
                if mention.sentence >= sentence - BARE_REACH:
                    return mention
                continue
            if grain in (Grain.WEEK, Grain.MONTH) and _day_nearby(span.grain, mention, sentence):
                return mention  # "slid on Friday. For the week, …": the week of that day
            if grain is Grain.YEAR and span.grain in REPORT_GRAINS:
                return mention  # "lost $8 billion in the fourth quarter; for the year, …"
        elif span.grain is grain or span.grain.is_finer_than(grain):
            return mention
    return None if bare or not times else times[-1]


def _over_by(mention: Mention, moment: datetime) -> bool:
    """Whether the time ``mention`` names is over by ``moment``."""
    span = span_of(mention)
    return span is not None and span.end is not None and span.end <= moment


def _day_nearby(grain: Grain, mention: Mention, sentence: int | None) -> bool:
    """Whether ``mention`` names a day (or a time of one) in ``sentence`` or the one before
    it: the day a bare "the week" is the week of."""
    if sentence is None or mention.sentence < sentence - 1:
        return False
    return grain is Grain.DAY or grain.is_finer_than(Grain.DAY)


def inside(anchor: Mention, match: Match, text: str) -> tuple[datetime, datetime] | None:
    """Two moments inside ``anchor``'s span, when ``match`` (anaphoric) is of a finer unit
    than the span ("that day" after "1987", "the same month" after "in 2019"): the text
    says the anaphor falls in that span, not where, so what differs between the two
    readings is unknown. ``None`` when the span fixes the anaphor's unit, or is open."""
    expression = anchor.expression
    span = None if expression is None else expression.span
    if span is None or span.start is None or span.end is None:
        return None
    try:
        probe = resolve_match(match, text, reference=_PROBE, anchor=_PROBE)
    except ChronosError:
        return None
    grain = None if probe.span is None else probe.span.grain
    if grain is None or not grain.is_finer_than(span.grain):
        return None
    # a tenth in from each edge: inside the span, yet in another day, week and month of it
    margin = (span.end - span.start) / 10
    return span.start + margin, span.end - margin


def year_over_year(
    mention: Mention, times: list[Mention], dct: datetime | None, lead: Mention | None = None
) -> Mention:
    """``mention`` ("a year earlier") as the period reported on, a year before; or, with no
    such period, the last quarter or half over by the DCT a year before, when the mention
    names one ("the year-ago quarter"), else the year before the DCT. ``lead`` is the first
    quarter or half the text named, the period a report is about."""
    found = _reported_period(mention, times, lead)
    if found is not None:
        span, earlier = found
        return _as(mention, span.shift(years=-1), earlier)
    if dct is None or mention.text.lower().startswith(_ANAPHORS_BACK):
        # "up from $3 million the previous year" with no quarter reported: the year before
        # the one the text is at, as the anaphor reads it
        return mention
    noun = _NOUN_GRAINS.get(mention.text.rsplit(None, 1)[-1].lower())
    if noun in REPORT_GRAINS:
        # "the year-ago quarter" with no quarter named: the last one over by the DCT
        current = Span.unit(dct, noun)
        if current.start is not None:
            over = Span.unit(current.start - timedelta(days=1), noun)
            return _as(mention, over.shift(years=-1), dct)
    if mention.timex.value in ("PAST_REF", "XXXX") or mention.text[:1] != "a":
        return _as(mention, Span.year(dct.year - 1), dct)
    return mention


def period_in_year(
    mention: Mention, times: list[Mention], year: int, lead: Mention | None = None
) -> Mention:
    """ "the 1988 quarter": the period reported on, in ``year``; else the year."""
    found = _reported_period(mention, times, lead)
    if found is None:
        return mention
    span, earlier = found
    start = span.start
    if start is None:
        return mention
    return _as(mention, span.shift(years=year - start.year), earlier)


def _reported_period(
    mention: Mention, times: list[Mention], lead: Mention | None
) -> tuple[Span, Mention] | None:
    """The period a report is about: the latest quarter, half or month named in the
    mention's sentence or the one before (of the unit the comparison names, if it names
    one: "the year-ago quarter"); else ``lead``, the first quarter or half the text
    named (a report names its quarter up front and compares with "a year earlier"
    paragraphs later)."""
    noun = _NOUN_GRAINS.get(mention.text.rsplit(None, 1)[-1].lower())
    for earlier in reversed(times[-LOOK_BACK:]):
        if earlier.sentence < mention.sentence - 1:
            break
        year = _year_of(earlier)
        if year is not None and noun is None and earlier.sentence == mention.sentence:
            # "a margin for 2025 of 8%, against 7.8% last year": the year its sentence names
            return year, earlier
        found = _period_of(earlier)
        if found is not None and (noun is None or found.grain is noun):
            return found, earlier
    if lead is not None:
        found = _period_of(lead)
        if found is not None and found.grain in REPORT_GRAINS and noun in (None, found.grain):
            return found, lead
    return None


# The period a comparison names by its noun ("the year-ago quarter"): a reported period
# of another unit is not the one compared.
_NOUN_GRAINS: Final = {"quarter": Grain.QUARTER, "half": Grain.HALF, "month": Grain.MONTH}


def _year_of(mention: Mention) -> Span | None:
    """The span of a mention naming a calendar year ("2025"), else ``None``."""
    expression = mention.expression
    if expression is None or expression.span is None or expression.span.grain is not Grain.YEAR:
        return None
    return expression.span if _YEAR.match(mention.timex.value) is not None else None


_YEAR: Final = re.compile(r"^[0-9]{4}$")


def _period_of(mention: Mention) -> Span | None:
    """The span of a mention naming a quarter, a half or a month, else ``None``."""
    expression = mention.expression
    if _PERIOD.match(mention.timex.value) is None or expression is None:
        return None
    span = expression.span
    if span is None or span.grain not in _PERIOD_GRAINS:
        return None
    return span


def quarter_ended(mention: Mention, end: Mention) -> Mention:
    """ "the quarter ended Sept. 30": the calendar quarter holding most of the three months
    that end on ``end`` (the date after "ended"), i.e. the one holding their middle, a month
    and a half before the end; ``mention`` unchanged if ``end`` names no day."""
    expression = end.expression
    if expression is None or expression.span is None or expression.span.grain is not Grain.DAY:
        return mention
    last = expression.span.start
    if last is None or end.start < mention.end:
        return mention
    middle = last - timedelta(days=45)
    return _as(mention, Span.unit(middle, Grain.QUARTER), end)


def _as(mention: Mention, span: Span, anchor: Mention | datetime) -> Mention:
    expression = mention.expression
    if expression is not None:
        expression = attrs.evolve(expression, span=span, timex=span.timex)
    return attrs.evolve(mention, timex=span.timex, expression=expression, anchor=anchor)


# Units a "the … before the vote" counts in, and the words that place it beside the event.
_EVENT_UNITS: Final = frozenset({"day", "week", "month", "year"})
# Prepositions a scan may start at before "the": "in the week prior to the vote".
_BEFORE_THE: Final = frozenset({"in", "during", "on", "for", "over", "throughout", "by"})
_BESIDE: Final = frozenset({"before", "after", "prior"})
# Words after "the week before" that make it deictic, not a unit beside an event.
_DEICTIC_AFTER: Final = frozenset({"last", "next", "this", "yesterday", "today", "tomorrow"})


def unit_beside_event(tokens: list[Token], i: int) -> tuple[str, int, int] | None:
    """ "the week prior to the vote", "the day before the count": a unit placed by an event
    the text names without a date. The unit is the TIMEX3 ("[the week] prior to the
    vote"), the signal and the event outside it, as in "[two days] after the letter"; its
    value is the unit before (or after) the time the text is at, read as the anaphor "the
    week prior", "the day before" is. Returns the phrase it is read as and the tokens
    ``[first, last)`` of its extent."""
    if i + 1 < len(tokens) and tokens[i].lower in _BEFORE_THE:
        i += 1
    if i + 3 >= len(tokens) or tokens[i].lower != "the":
        return None
    unit, side = tokens[i + 1].lower, tokens[i + 2].lower
    if unit not in _EVENT_UNITS or side not in _BESIDE:
        return None
    k = i + 3
    if side == "prior":
        if tokens[k].lower != "to" or k + 1 >= len(tokens):
            return None
        k += 1
    if tokens[k].kind != "WORD" or tokens[k].lower in _DEICTIC_AFTER:
        return None  # "the day before 3 March", "the week before last": no event after it
    return f"the {unit} {side}", i, i + 2
