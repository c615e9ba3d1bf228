"""Document context: what each mention is resolved against.

- **Deictic** mentions ("yesterday", "last week", "two days ago") are resolved against the
  document creation time (DCT): they speak of the writer's now, in narrative as in news.
  Without a DCT nothing stands in for it: the text's dates are not the writer's now, and
  the value keeps its unknown fields ("last year" is ``XXXX``).
- **Year-less** dates and weekdays ("February 8", "on Monday"): in news, against the DCT
  with the clause's tense; in narrative text the year (or week) is the last explicit date's,
  told forward from a day or a month (the first occurrence from a month before it; in the
  past perfect, the last before it).
- **Anaphoric** mentions ("the following day", "that year", "two days later") point back to
  the last mention that names a time, whatever the genre; with none before them, to the DCT.

A text is read as narrative when at least three of its explicit years, and more than twice
as many as lie near the DCT, are more than :data:`NARRATIVE_GAP` years from it, and two
thirds of its tensed clauses are in the past; or when it is told from one or two such years
by anaphora alone (at least two anaphoric mentions, no year near the DCT, nothing deictic
and no bare weekday), or opens on such a month or day and goes on by year-less dates, its
clauses as much in the past; or when there is no DCT at all. Without a
DCT, a mention that only a DCT could place keeps the unknown fields of its value as ``X``
(``XXXX-02-08``, ``XXXX-XX-XX``), as TimeML does.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Final, NamedTuple

import attrs

from chronos.errors import ChronosError
from chronos.phrases import Expression, Match, Scanner, Tense, Token, resolve_match
from chronos.text._anaphora import (
    REPORT_GRAINS,
    antecedent,
    inside,
    period_in_year,
    quarter_ended,
    year_over_year,
)
from chronos.text._clock_days import DAY_VALUE, on_day_of_clause
from chronos.text._extract_words import YEAR_BACK
from chronos.text._mention import Mention, day_start, span_of
from chronos.text._placing import in_news
from chronos.text._story import NEUTRAL, day_in_month, ends_before, far_back, in_narrative
from chronos.text._unknown import Readings, common, range_ends, readings
from chronos.time import Grain, Policy, Span, Timex, trusted_timex

__all__ = ["NARRATIVE_GAP", "Found", "place"]

#: How many years from the DCT an explicit year must be to count towards a narrative.
NARRATIVE_GAP: Final = 10
# Grains fine enough to be the anchor of "the following day" and of a year-less date.
_ANCHOR_TYPES: Final = frozenset({"DATE", "TIME"})
# How a year back that compares an amount opens ("last year's quarter" too).
_YEAR_BACK: Final = tuple(YEAR_BACK)
# The nouns of a length a report covers: "the first nine months", "the year ended …".
_STRETCHES: Final = frozenset({"months", "year", "weeks", "period"})
# The lengths of a stretch of months a comparison may name ("the year-earlier nine months").
_MONTH_COUNTS: Final = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
# What the tense of the clause places: a year-less date, a weekday.
_TENSED: Final = frozenset({"yearless", "weekday"})


class Found(NamedTuple):
    """A match kept by the scanner, with its sentence, tense and token extent."""

    match: Match
    #: What the value depends on (:data:`chronos.phrases.ANCHORINGS`), as the text reads
    #: it: "the next year" after a date is anaphoric, though "next year" is deictic.
    kind: str
    sentence: int
    tense: Tense | None
    #: The tense the value is placed with (none before a deadline: "by Nov. 20").
    placing: Tense | None
    #: The tokens ``[first, last)`` of the TIMEX3 extent.
    first: int
    last: int
    #: A bare unit after "the" ("the quarter"): it points back to that very unit.
    bare: bool = False
    #: A year-over-year comparison ("a year earlier", "year-ago").
    comparison: bool = False
    #: A unit phrase its neighbours make a rate ("SET": "$5 million a year") or a length
    #: ("DURATION": "the year ended July 2").
    shape: str | None = None
    #: A year naming a period: "the 1988 quarter", the period reported on, in 1988.
    in_year: bool = False
    #: The text the match was read from, when it is not the document's ("year-ago" is
    #: read as "a year ago").
    source: str | None = None
    #: What a bare anaphor is read as when nothing before it names its unit, with the
    #: text it was read from ("the latest period" is "the latest quarter" then).
    fallback: tuple[Match, str] | None = None
    #: The placing is certain ("since" puts the date before now): no genre rule revisits it.
    firm: bool = False
    #: A part of the day with no day of its own ("in the morning", "later in the day") in
    #: a clause not in the future: a part of the day the text reports.
    of_day: bool = False
    #: A part of the day after "that" or "the same" ("that morning"): the day of an
    #: earlier mention, never the DCT's when that mention names no day.
    that_day: bool = False
    #: A deictic mention that names no day ("at 10:35 a.m."): a clock time takes its day
    #: from a day named in its sentence.
    dayless: bool = False
    #: The quarter or half a comparison names itself ("the year-earlier third quarter"),
    #: as ``(number, "quarter" | "half")``.
    named: tuple[int, str] | None = None
    #: The part of an anaphor's time a word before it names ("[later that year]",
    #: "[the end of that month]"): the TIMEX3 mod, the span left whole.
    mod: str | None = None
    #: A weekday or year-less date in a plan ("see u tues", "drinks fri?"): the next one.
    plan: bool = False
    #: A clause in the past perfect ("it had rained on 28 April"): in a story, a look back.
    looking_back: bool = False
    #: Any mention in a clause in the past perfect: before the story's time, a look back
    #: that does not move it.
    pluperfect: bool = False


def place(
    scanner: Scanner,
    found: list[Found],
    dct: datetime | None,
    policy: Policy | None,
    genre: str | None,
) -> list[Mention]:
    """The mentions of ``found``, each resolved against what its context says."""
    document = text = scanner.text
    tokens = scanner.tokens
    narrative = _narrative(found, dct, text) if genre is None else genre == "narrative"
    mentions: list[Mention] = []
    times: list[Mention] = []  # the mentions naming a time: what anaphora point back to
    last_explicit: Mention | None = None  # the last explicit date: narrative's reference
    back: set[int] = set()  # the mentions that look back from the story's time
    lead: Mention | None = None  # the first quarter or half named: what a report is about
    ended: list[int] = []  # the mentions of "the quarter" before "ended <date>"
    clocks: list[tuple[int, Found, Match, str]] = []  # clock times with no day of their own
    paired: set[int] = set()  # the first ends of ranges among them
    # the sentence of the last length a report covers ("the first nine months"): a
    # comparison beside it is with that stretch, not with the quarter named up front
    stretch = -2
    sides = [] if dct is None else _deictic_sides(found, document, dct, policy)
    for item in found:
        if item.kind in _TENSED and item.placing is None and item.tense is None:
            side = _side_near(sides, item)
            if side is not None and not item.firm:
                # "Ramadan begins next week": the clause's time is the deictic one's
                item = item._replace(placing=side)
        in_month = day_in_month(
            tokens, item.first, item.last, times, item.sentence, item.match.signal
        )
        if in_month is not None:
            # "march 9 … is it the 9th or the 16th?": the day of the month the text is at
            item = item._replace(match=in_month[0], kind="absolute", source=in_month[1])
        match = item.match
        kind = item.kind
        text = document if item.source is None else item.source
        anchor: Mention | datetime | None
        expression: Expression | None
        unknown: Timex | None = None  # an anaphor finer than its antecedent: fields unknown
        try:
            if kind in ("absolute", "none"):
                anchor = None
                reference = dct if dct is not None else _reference_of(last_explicit)
                expression = _resolve(match, text, reference or NEUTRAL, item.placing, policy)
            elif kind == "anaphoric":
                ahead_of = dct if item.tense is Tense.FUTURE else None
                anchor = (
                    antecedent(
                        times,
                        match,
                        text,
                        bare=item.bare,
                        sentence=item.sentence,
                        ahead_of=ahead_of,
                    )
                    or dct
                )
                if item.fallback is not None and not isinstance(anchor, Mention):
                    # nothing to point back to: read the stand-in against the DCT
                    match, text = item.fallback
                deictic = match.anchoring == "deictic"
                within = None if not isinstance(anchor, Mention) else inside(anchor, match, text)
                if within is None:
                    expression = _anaphoric(match, text, anchor, item.placing, policy, deictic)
                else:
                    # "that day" after "1987": a day in 1987 the text does not name
                    expression = None
                    unknown = _unknown_within(match, text, within, item.placing, policy, deictic)
            elif (
                narrative
                and last_explicit is not None
                and kind == "deictic"
                and _of_the_unit(tokens, item.first, item.last)
            ):
                # "by the end of the month" in a history of 1940: the month the story is
                # at, as "the following month" is; "this month" stays the writer's
                anchor = antecedent(times, match, text, bare=False) or last_explicit
                expression = _anaphoric(match, text, anchor, item.placing, policy, True)
            elif (
                narrative
                and last_explicit is not None
                and kind in _TENSED
                and item.placing is not Tense.FUTURE
                and item.tense is not Tense.FUTURE
            ):
                # a clause in the future speaks of the writer's time, even in a history
                anchor = last_explicit
                expression = in_narrative(
                    match, text, last_explicit, kind, item.placing, policy, item.looking_back
                )
            elif (
                item.of_day
                and dct is not None
                and (day := _day_reported(times, dct, item.sentence)) is not None
            ):
                anchor = day
                expression = _anaphoric(match, text, day, item.placing, policy, True)
            elif item.that_day and times and (within := inside(times[-1], match, text)) is not None:
                # "in 1987 … that morning": a morning of 1987, its day unknown
                anchor, expression = times[-1], None
                unknown = _unknown_within(match, text, within, item.placing, policy, True)
            elif dct is not None:
                anchor = dct
                expression = _resolve(match, text, dct, item.placing, policy)
                if kind in _TENSED and not item.firm:
                    expression = in_news(expression, dct, item.placing, plan=item.plan)
                elif kind == "deictic" and match.signal in _SINCE_WORDS:
                    expression = _end_over(match, text, dct, item.placing, policy, expression)
            else:
                anchor, expression = None, None
        except ChronosError:
            continue  # a date the calendar cannot hold: not placed, not reported
        timex: Timex | None
        probed: Readings | None = None  # the two readings of a mention no reference places
        if unknown is not None:
            timex = unknown
        elif expression is None:
            probed = readings(match, text, item.placing, policy)
            timex = None if probed is None else common(*probed, weekday=kind == "weekday")
        else:
            timex = expression.timex
        if (
            timex is not None
            and timex.type == "DURATION"
            and not item.comparison
            and tokens[item.last - 1].lower in _STRETCHES
        ):
            stretch = item.sentence
        if item.shape == "ENDED":
            ended.append(len(mentions))
        elif item.shape is not None and timex is not None:
            timex = _shaped(timex, item.shape, tokens[item.last - 1].lower)
        if timex is None:
            continue
        if item.mod is not None and timex.mod is None:
            timex = trusted_timex(timex.type, timex.value, item.mod)
        relation = None if expression is None else expression.relation
        start, end = tokens[item.first].start, tokens[item.last - 1].end
        if item.source is not None and expression is not None:
            expression = attrs.evolve(
                expression,
                text=document[start:end],
                start=start,
                end=end,
                timex_start=start,
                timex_end=end,
            )
        mention = Mention(
            start=start,
            end=end,
            text=document[start:end],
            timex=timex,
            signal=match.signal,
            relation=relation if match.signal is not None else None,
            tense=item.tense,
            sentence=item.sentence,
            expression=expression,
            anchor=anchor,
        )
        if item.comparison:
            reported = lead if mention.sentence - stretch > 1 else None
            if mention.text.lower().startswith(_YEAR_BACK):
                reported = None  # "$3 million last year": a quarter beside it, or the year
            mention = year_over_year(mention, times, dct, reported)
            if item.named is not None:
                mention = _named_period(mention, item.named, dct)
            expression = mention.expression
            months = _MONTH_COUNTS.get(tokens[item.last - 2].lower)
            if tokens[item.last - 1].lower == "months" and months is not None:
                # "the year-earlier nine months": a length of months, as "the first nine
                # months" is, a year before the one reported on
                mention = attrs.evolve(mention, timex=trusted_timex("DURATION", f"P{months}M"))
        elif item.in_year and expression is not None and expression.span is not None:
            start_of = expression.span.start
            if start_of is not None:
                mention = period_in_year(mention, times, start_of.year, lead)
                expression = mention.expression
        if item.dayless and _CLOCK.search(timex.value) is not None:
            clocks.append((len(mentions), item, match, text))
        if (
            expression is None
            and probed is not None
            and _join(tokens, item.first, item.last) is not None  # a word or dash joins two
            and ((both := range_ends(probed)) is not None)
        ):
            # "from 3 June until the end of July" with no DCT: two TIMEX3s, each with its
            # unknown fields, as with one
            mentions.extend(_ends(mention, both, tokens, item))
        elif expression is not None and len(expression.parts) == 2:
            pairs = tuple((part, part.timex) for part in expression.parts)
            ends = _ends(mention, pairs, tokens, item)
            if len(ends) == 2 and dct is not None:
                ends[1] = _own_end(scanner, ends, item, dct, policy)
            if len(ends) == 2 and clocks and clocks[-1][0] == len(mentions):
                paired.add(len(mentions))  # both ends of a range of clock times
            mentions.extend(ends)
        else:
            mentions.append(mention)
        if ended and ended[-1] == len(mentions) - 2:
            # "the quarter ended Sept. 30": the quarter is known once its end is read, and
            # what points back to it ("a year earlier", "during the quarter") needs it so
            old = mentions[-2]
            mentions[-2] = quarter_ended(old, mentions[-1])
            times = [mentions[-2] if t is old else t for t in times]
            lead = mentions[-2] if lead is old else lead
        if (
            expression is not None
            and expression.span is not None
            and timex.type in _ANCHOR_TYPES
            and not item.comparison
            and not item.in_year
        ):
            # a comparison ("a year earlier") is no antecedent: the next "a year earlier"
            # or "the quarter" speaks of the period reported on, not of the one before it
            times.append(mention)
            if lead is None and expression.span.grain in REPORT_GRAINS:
                lead = mention
            if kind in ("absolute", "yearless", "anaphoric") or (kind == "weekday" and narrative):
                anchored = mention.anchor if kind == "anaphoric" else None
                if not isinstance(anchored, Mention):
                    anchored = None
                if not narrative or not (
                    (anchored is not None and id(anchored) in back)
                    or ends_before(anchored, mention)
                    or (item.pluperfect and ends_before(last_explicit, mention))
                ):
                    last_explicit = mention
                else:
                    back.add(id(mention))  # a look back: the story stays where it is
            elif kind == "deictic" and narrative and far_back(mention, dct, NARRATIVE_GAP):
                last_explicit = mention  # "fifty years ago": a time of the story
    dayless = frozenset((*(k for k, _, _, _ in clocks), *(k + 1 for k in paired)))
    starts = [token.start for token in tokens] if clocks else []
    for k, _, match, text in clocks:
        placed = on_day_of_clause(
            mentions, k, dayless, match, text, policy, tokens, starts, document, dct
        )
        parts = () if placed.expression is None else placed.expression.parts
        if k in paired and placed is not mentions[k] and len(parts) == 2:
            # a range of clock times on the day its sentence names: both ends move to it,
            # the second past midnight where it runs so ("from 10 p.m. to 5 a.m.")
            one, two = parts
            if one.timex is not None and two.timex is not None:
                mentions[k] = attrs.evolve(placed, timex=one.timex, expression=one)
                mentions[k + 1] = attrs.evolve(
                    mentions[k + 1], timex=two.timex, expression=two, anchor=placed.anchor
                )
                continue
        mentions[k] = placed
    return mentions


def _named_period(mention: Mention, named: tuple[int, str], dct: datetime | None) -> Mention:
    """A comparison that names its period ("the year-earlier third quarter"): that quarter
    or half in the year of the comparison (the period reported on, a year back); with no
    period reported on, the one a year before the latest that has begun by the DCT."""
    number, unit = named
    span = span_of(mention)
    if isinstance(mention.anchor, Mention) and span is not None and span.start is not None:
        year = span.start.year
    elif dct is not None:
        begun = _period(dct.year, number, unit).start
        year = dct.year - 1 if begun is not None and begun <= dct else dct.year - 2
    else:
        return mention
    period = _period(year, number, unit)
    expression = mention.expression
    if expression is not None:
        expression = attrs.evolve(expression, span=period, timex=period.timex)
    return attrs.evolve(mention, timex=period.timex, expression=expression)


def _period(year: int, number: int, unit: str) -> Span:
    return Span.quarter(year, number) if unit == "quarter" else Span.half(year, number)


# A clock time in a TIMEX3 value: "T10:35", "T18:00Z".
_CLOCK: Final = re.compile(r"T[0-9]{2}")
#: How many mentions back a part of the day looks for the day the text reports.
_DAY_LOOK_BACK: Final = 12


def _day_reported(times: list[Mention], dct: datetime, sentence: int) -> Mention | None:
    """The day the text reports, for a part of the day without one ("in the morning",
    "later in the day"): the latest mention naming a day (or a time in one) before it,
    when that day is over by the DCT; ``None`` when it is the DCT's day or later, or none
    was named."""
    for mention in reversed(times[-_DAY_LOOK_BACK:]):
        start = day_start(span_of(mention))
        if start is None:
            continue  # a month or a year names no day: look further back
        return mention if start.date() < dct.date() else None
    return None


_JOINS: Final = frozenset({"to", "until", "till", "through", "thru", "and"})


def _join(tokens: list[Token], first: int, last: int) -> int | None:
    """The token that joins a range's two ends: a word ("to", "and") before a dash, and a
    dash with a space beside it before one inside a word. A dash inside an end ("from
    mid-May to late June", "2024-03-01 - 2024-03-15") joins nothing."""
    inner = range(first + 1, last - 1)
    word = next((k for k in inner if tokens[k].lower in _JOINS), None)
    if word is not None:
        return word
    dashes = [k for k in inner if tokens[k].kind == "DASH"]
    spaced = [k for k in dashes if _spaced(tokens, k)]
    if spaced:
        return spaced[0]
    if len(dashes) == 1:
        return dashes[0]
    long = [k for k in dashes if tokens[k].text != "-"]  # "2024-03-01–2024-03-15"
    return long[0] if len(long) == 1 else None


def _spaced(tokens: list[Token], k: int) -> bool:
    """Whether a space stands before or after token ``k``."""
    return tokens[k - 1].end < tokens[k].start or tokens[k].end < tokens[k + 1].start


def _ends(
    mention: Mention,
    parts: tuple[tuple[Expression | None, Timex | None], ...],
    tokens: list[Token],
    item: Found,
) -> list[Mention]:
    """A range as TimeML annotates it: one TIMEX3 for each end ("from [1998] to [1999]"),
    each end with its expression and TIMEX3 (an end no reference places has no
    expression, its unknown fields ``X``)."""
    first, last = item.first, item.last
    if tokens[first].lower in ("between", "from"):
        first += 1
    join = _join(tokens, first, last)
    (one, one_timex), (two, two_timex) = parts
    if join is None or one_timex is None or two_timex is None:
        return [mention]
    out = []
    for part, timex, a, b in ((one, one_timex, first, join), (two, two_timex, join + 1, last)):
        start, end = tokens[a].start, tokens[b - 1].end
        out.append(
            attrs.evolve(
                mention,
                start=start,
                end=end,
                text=mention.text[start - mention.start : end - mention.start],
                timex=timex,
                expression=part,
            )
        )
    return out


_UNIT_LENGTHS: Final = {
    "year": "P1Y",
    "quarter": "P3M",
    "month": "P1M",
    "week": "P1W",
    "day": "P1D",
    "hour": "PT1H",
}


_UNKNOWN_UNITS: Final = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "week": "XXXX-WXX",
    "day": "XXXX-XX-XX",
}


def _shaped(timex: Timex, shape: str, unit: str) -> Timex:
    """The TIMEX3 of a unit phrase as a rate or a length."""
    if shape == "SOMEDAY":
        return trusted_timex("DATE", "FUTURE_REF", None)
    if shape == "WHEN":  # a unit the clause after it names: its fields are unknown
        return trusted_timex("DATE", _UNKNOWN_UNITS[unit], None)
    value = _UNIT_LENGTHS.get(unit)
    return timex if value is None else trusted_timex(shape, value, None)


def _own_end(
    scanner: Scanner, ends: list[Mention], item: Found, dct: datetime, policy: Policy | None
) -> Mention:
    """The second end of a range read on its own when it is a weekday or deictic: "from
    Sept. 14 to Thursday" ends on the Thursday before the DCT, not on one near Sept. 14.
    A range of two clock times keeps the range's reading: its ends are hours apart, each
    placed by the other ("from 10 p.m. Friday to 5 a.m. Saturday" is one night); so does
    a day then a clock time, which is on that day ("Friday until 5 pm")."""
    first, end = ends
    if _CLOCK.search(end.timex.value) is not None and (
        _CLOCK.search(first.timex.value) is not None
        or DAY_VALUE.match(first.timex.value) is not None  # "Friday until 5 pm": that day
        or (
            end.expression is not None
            and any(a.kind == "range" for a in end.expression.assumptions)
        )
    ):
        return end  # a clock time with no day: the first end gives it ("10 p.m. to 5 a.m.")
    tokens = scanner.tokens
    k = next((i for i in range(item.first, item.last) if tokens[i].start == end.start), None)
    match = None if k is None else scanner.match(k)
    if match is None or match.timex_end != end.end or match.anchoring not in _OWN_ENDS:
        return end
    try:
        expression = in_news(
            _resolve(match, scanner.text, dct, item.placing, policy), dct, item.placing
        )
    except ChronosError:
        return end
    if expression.timex is None:
        return end
    return attrs.evolve(end, timex=expression.timex, expression=expression, anchor=dct)


_OWN_ENDS: Final = frozenset({"weekday", "deictic"})


#: How many tokens from a mention a deictic one may be to give it its side of the DCT.
SIDE_REACH: Final = 6


def _side_near(sides: list[tuple[int, int, int, Tense]], item: Found) -> Tense | None:
    """The one side of the DCT the deictic mentions near ``item`` in its sentence lie on."""
    near = {
        side
        for sentence, first, last, side in sides
        if sentence == item.sentence
        and (0 <= first - item.last <= SIDE_REACH or 0 <= item.first - last <= SIDE_REACH)
    }
    if len(near) != 1:
        return None
    side = next(iter(near))
    return None if side is Tense.PRESENT else side


def _deictic_sides(
    found: list[Found], text: str, dct: datetime, policy: Policy | None
) -> list[tuple[int, int, int, Tense]]:
    """(sentence, first token, last token, side) of each deictic mention: the side of the
    DCT it lies on, "next week", "tomorrow" ahead (``FUTURE``), "yesterday", "last month"
    behind (``PAST``), one holding the DCT ``PRESENT``. A year-less date without a tense
    cue takes its time from the deictic mention beside it."""
    sides: list[tuple[int, int, int, Tense]] = []
    # a DCT given as a date is its whole day (a date-time's end is itself)
    length = timedelta(days=1) if dct.time() == time(0) else timedelta(0)
    for item in found:
        if item.kind != "deictic" or item.source is not None:
            continue
        try:
            span = _resolve(item.match, text, dct, item.placing, policy).span
        except ChronosError:
            continue
        if span is None or span.start is None or span.end is None:
            continue
        if span.start - dct >= length:
            side = Tense.FUTURE
        elif span.end <= dct:
            side = Tense.PAST
        else:
            side = Tense.PRESENT
        sides.append((item.sentence, item.first, item.last, side))
    return sides


def _resolve(
    match: Match,
    text: str,
    reference: datetime,
    tense: Tense | None,
    policy: Policy | None,
    anchor: datetime | None = None,
) -> Expression:
    return resolve_match(
        match, text, reference=reference, tense=tense, policy=policy, anchor=anchor
    )


_SINCE_WORDS: Final = frozenset({"since", "ever since"})
# The unit of a period, by the shape of its value: its previous one is read for an end
# not yet over.
_PERIOD_UNITS: Final = (
    (re.compile(r"^[0-9]{4}$"), Grain.YEAR),
    (re.compile(r"^[0-9]{4}-Q[1-4]$"), Grain.QUARTER),
    (re.compile(r"^[0-9]{4}-H[12]$"), Grain.HALF),
    (re.compile(r"^[0-9]{4}-[0-9]{2}$"), Grain.MONTH),
    (re.compile(r"^[0-9]{4}-W[0-9]{2}$"), Grain.WEEK),
)


def _end_over(
    match: Match,
    text: str,
    dct: datetime,
    tense: Tense | None,
    policy: Policy | None,
    expression: Expression,
) -> Expression:
    """``expression``, the end of a period after "since" ("since year-end", "since the end
    of the month"): a stretch that began then began before now, so an end not yet over by
    the DCT is the previous period's (the end of last year, of last month)."""
    timex, span = expression.timex, expression.span
    if timex is None or timex.mod != "END" or span is None or span.end is None:
        return expression
    if span.end <= dct + timedelta(days=1):
        return expression
    unit = next((grain for shape, grain in _PERIOD_UNITS if shape.match(timex.value)), None)
    current = None if unit is None else Span.unit(dct, unit)
    if current is None or current.start is None:
        return expression
    # a moment in the previous period: the last day before the current one began
    earlier = _resolve(match, text, current.start - timedelta(days=1), tense, policy)
    end = None if earlier.span is None else earlier.span.end
    return earlier if end is not None and end <= dct + timedelta(days=1) else expression


def _reference_of(mention: Mention | None) -> datetime | None:
    """The moment an earlier mention names: the start of its span."""
    if mention is None or mention.expression is None or mention.expression.span is None:
        return None
    return mention.expression.span.start


# The units "the" makes the one a story is at ("the end of the month"), and the words
# between "the" and the unit that keep it so ("the next month").
_STORY_UNITS: Final = frozenset({"day", "week", "month", "year", "decade", "century"})
_STORY_CUES: Final = frozenset({"next", "following", "previous", "preceding", "same"})


def _of_the_unit(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a deictic mention names a part "of the" unit rather than of "this", "last" or
    "next" one: "the end of [the month]", "the start of [the next month]" — in narrative
    text the unit the story is at, not the writer's. ("The day before last Tuesday" is
    counted from "last Tuesday", the writer's.)"""
    for k in range(first + 1, last):
        if tokens[k].lower not in _STORY_UNITS:
            continue
        j = k - 1
        if tokens[j].lower in _STORY_CUES and j > first:
            j -= 1
        return tokens[j].lower == "the" and j > first and tokens[j - 1].lower == "of"
    return False


def _anaphoric(
    match: Match,
    text: str,
    anchor: Mention | datetime | None,
    tense: Tense | None,
    policy: Policy | None,
    deictic: bool,
) -> Expression | None:
    """ "the following day" against what it points back to; a phrase the grammar reads as
    deictic ("the next year") takes that moment as its reference."""
    if anchor is None:
        return None
    if isinstance(anchor, Mention):
        moment = _reference_of(anchor)
        if moment is None:
            return None  # an anchor open at its start names no moment to count from
        reference = anchor.expression.reference if anchor.expression is not None else moment
    else:
        moment = reference = anchor
    if deictic:
        return _resolve(match, text, moment, tense, policy)
    return _resolve(match, text, reference, tense, policy, anchor=moment)


def _unknown_within(
    match: Match,
    text: str,
    within: tuple[datetime, datetime],
    tense: Tense | None,
    policy: Policy | None,
    deictic: bool,
) -> Timex | None:
    """The TIMEX3 of an anaphor of a finer unit than its antecedent ("that day" after
    "1987" is ``1987-XX-XX``): read from two moments inside the antecedent's span, the
    fields on which the two readings differ are unknown."""
    try:
        one = _anaphoric(match, text, within[0], tense, policy, deictic)
        two = _anaphoric(match, text, within[1], tense, policy, deictic)
    except ChronosError:
        return None
    if one is None or two is None:
        return None
    return common(one, two)


def _narrative(found: list[Found], dct: datetime | None, text: str) -> bool:
    """Whether the text reads as narrative: no DCT; or explicit years mostly far from it
    and mostly past-tense clauses."""
    if dct is None:
        return True
    far = near = anaphoric = recent = yearless = 0
    opened_far = False  # the text opens on an old month or day ("In September 1939, …")
    for index, item in enumerate(found):
        kind = item.match.anchoring
        anaphoric += kind == "anaphoric"
        recent += kind in ("deictic", "weekday")
        yearless += kind == "yearless" and (anaphoric > 0 or opened_far)
        if kind != "absolute":
            continue
        stated = _stated(item.match, text)
        if stated is None:
            continue
        year, grain = stated
        if abs(year - dct.year) > NARRATIVE_GAP:
            far += 1
            opened_far = opened_far or (index == 0 and grain.rank <= Grain.MONTH.rank)
        else:
            near += 1
    # a passage told from one old date by anaphora alone ("In March 1942 … Two weeks later
    # … The next day …"), or by an anaphor and the year-less dates after it ("In 1850 …
    # That autumn … On 2 November"), or that opens on an old month or day and goes on by
    # year-less dates ("In September 1939 … On 3 October … On 20 December"; a bare old
    # year, as in "founded in 1850", opens news as well), with nothing that speaks of the
    # writer's now ("last week", "two days ago") or of the days around it (a bare weekday:
    # news), is history
    told_from_one = far >= 1 and near == 0 and anaphoric + yearless >= 2 and recent == 0
    if (far < 3 or far <= 2 * near) and not told_from_one:
        return False
    tensed = [item.tense for item in found if item.tense is not None]
    past = sum(1 for t in tensed if t is Tense.PAST)
    return past * 3 >= 2 * len(tensed)


def _stated(match: Match, text: str) -> tuple[int, Grain] | None:
    """The year an absolute match names, and its grain, read from its value."""
    try:
        expression = resolve_match(match, text, reference=NEUTRAL)
    except ChronosError:
        return None
    span = expression.span
    if span is None or span.start is None:
        return None
    return span.start.year, span.grain
