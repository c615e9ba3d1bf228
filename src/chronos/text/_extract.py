"""``extract``: every temporal expression of a text, with its TIMEX3, tense and context.

One pass of the phrase grammar over the text's tokens finds the matches: a scanner tries
the grammar only at the tokens its table of first tokens allows, takes the longest phrase
there, and goes on after it. Each match gets its sentence, the tense of its clause and a
verdict from the filters (ages, labels, quantities, names); then the document's context
places each one (:mod:`chronos.text._context`).
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Final

import attrs

from chronos.errors import InvalidArgumentError
from chronos.phrases import COUNTRY_TITLES, Match, Scanner, Tense, Token
from chronos.text._anaphora import unit_beside_event
from chronos.text._context import Found, place
from chronos.text._extract_words import (
    _A_YEAR_AGO,
    _A_YEAR_AGO_TEXT,
    _BACK_REFERENCES,
    _COMPARED,
    _COMPARISONS,
    _DEADLINES,
    _EDGES_OF_DAY,
    _LATEST_QUARTER,
    _LENGTH_UNITS,
    _PARTS_OF_DAY,
    _SINCE,
    _TAKING_EFFECT,
    _TENSED,
    _THE_QUARTER,
    _THE_QUARTER_TEXT,
    YEAR_BACK,
    _after_superlative,
    _after_that,
    _bare_unit,
    _between_amounts,
    _core_tokens,
    _counted_run,
    _country_of,
    _full_stop,
    _latest_period,
    _names_a_day,
    _of_a_noun,
    _offset_before,
    _ordinal_period,
    _period_before,
    _run_named,
    _shape,
    _shared_plural,
    _since_the_event_of,
    _trimmed,
    _weekday_and_date,
    _with_period_noun,
    _year_ago,
    _year_period,
    after_delay,
    compared_last_year,
    event_day,
    month_first,
    slash_event_day,
)
from chronos.text._filters import dropped
from chronos.text._generic import generic_today
from chronos.text._lapsed import lapsed_plan, lasted_until
from chronos.text._mention import Mention
from chronos.text._particles import over_across, particle_not_modifier
from chronos.text._plans import is_message, plan_sentence, proposal_end
from chronos.text._sentences import sentence_starts
from chronos.text._tense import past_verb_before, pluperfect_at, tense_at
from chronos.time import Policy, calendar

__all__ = ["GENRES", "extract"]

#: The kinds of document :func:`extract` knows; ``None`` lets it decide.
GENRES: Final = ("news", "narrative")


def extract(
    text: str,
    *,
    dct: date | datetime | str | None = None,
    policy: Policy | None = None,
    genre: str | None = None,
) -> list[Mention]:
    """Every temporal expression in ``text``, in order, as :class:`Mention` values.

    ``dct`` is the document's creation time (its publication date; a ``date``, a naive
    ``datetime`` or an ISO string): deictic expressions ("yesterday", "last week") are
    resolved against it. Without it the text's own dates are the only reference, and a
    mention that only a DCT could place keeps the unknown fields of its value as ``X``.
    ``genre`` is ``"news"`` or ``"narrative"``; by default the text decides (see
    ``docs/extraction.md``). ``policy`` holds the conventions for vague phrases.

    >>> [(m.text, m.timex.value, m.signal) for m in extract(
    ...     "Khan has been held since August 2023 and will appear in court on Monday.",
    ...     dct="2024-10-25")]
    [('August 2023', '2023-08', 'since'), ('Monday', '2024-10-28', 'on')]

    Any ``str`` gives a list (perhaps empty); a ``text`` that is not a ``str``, a ``dct``
    that is not a date and an unknown ``genre`` raise :class:`~chronos.InvalidArgumentError`.
    """
    if not isinstance(text, str):
        raise InvalidArgumentError("text", text, "must be a str")
    reference = calendar.moment_argument(dct, "dct", optional=True)
    if genre is not None and genre not in GENRES:
        raise InvalidArgumentError("genre", genre, f"must be one of {', '.join(GENRES)} or None")
    if policy is not None and not isinstance(policy, Policy):
        raise InvalidArgumentError("policy", policy, "must be a Policy or None")
    scanner = Scanner(text)
    found = _scan(scanner, reference)
    if policy is None and month_first(scanner.tokens):
        # a text that writes "July 9" reads its slash dates month first ("7/8/07")
        policy = Policy(day_first=False)
    return place(scanner, found, reference, policy, genre)


def _scan(scanner: Scanner, dct: datetime | None) -> list[Found]:
    """The matches of the text that pass the filters, with sentence and tense."""
    tokens = scanner.tokens
    text = scanner.text
    starts = sentence_starts(text, tokens)
    n = len(tokens)
    found: list[Found] = []
    country: tuple[str | None] | None = None  # the one country the text names, once read
    message: bool | None = None  # whether the text is a message, not prose, once read
    plans: dict[int, bool] = {}  # whether a sentence is a plan, read once per sentence
    # where a proposal a report of speech closes ends in a sentence, read once per sentence
    proposals: dict[int, int | None] = {}
    resume = 0
    match = scanner.match
    for i in scanner.starts:
        if i < resume:
            continue
        if tokens[i].lower in ("a", "one") and _year_ago(tokens, i + 1, _COMPARED):
            continue  # "a year-earlier loss": the comparison is read from "year" on
        first_end = _between_amounts(tokens, i)
        if first_end is not None:
            # "between 60 and 90 days": two ends, as a range of dates is; the first takes
            # the second's unit
            first_text = f"{tokens[i + 1].text} {first_end}"
            read = _read_as(first_text, bisect.bisect_right(starts, i) - 1, i + 1, i + 2)
            if read is not None:
                found.append(read)
                resume = i + 3
                continue
        day = slash_event_day(tokens, i, dct) if tokens[i].kind == "NUMBER" else None
        if day is not None:
            # "the 9/11 attacks": one day in history, read either way round
            read = _read_as(day, bisect.bisect_right(starts, i) - 1, i, i + 3)
            if read is not None:
                found.append(read)
                resume = i + 3
                continue
        got: Match | None = match(i)
        if got is not None and particle_not_modifier(tokens, i, match):
            continue  # "get around Wednesday's ruling": the day is read alone, after it
        if over_across(tokens, i, got):
            continue  # "recorded over eleven months": the length is read alone, after it
        beside = unit_beside_event(tokens, i) if tokens[i].kind == "WORD" else None
        if beside is not None and (got is None or got.next_token <= beside[1] + 2):
            # "the week prior to the vote": the anaphor "the week prior", the event outside
            stand_text, a, last = beside
            if a >= 2 and tokens[a - 1].text == "," and found and found[-1].last == a - 1:
                # "Oct. 12, the day before the plunge": the apposition names that day
                stand_text = "that " + tokens[a + 1].lower
            read = _read_as(stand_text, bisect.bisect_right(starts, i) - 1, a, last)
            if read is not None and read.kind == "anaphoric":
                found.append(read)
                resume = last + 1
                continue
        if got is None and _THE_QUARTER is not None and _latest_period(tokens, i):
            # "the latest period": the period a report is about, read as "the quarter"
            sentence = bisect.bisect_right(starts, i) - 1
            found.append(
                Found(
                    _THE_QUARTER,
                    "anaphoric",
                    sentence,
                    None,
                    None,
                    i,
                    i + 3,
                    bare=True,
                    source=_THE_QUARTER_TEXT,
                    fallback=_LATEST_QUARTER,
                )
            )
            resume = i + 3
            continue
        # "a second consecutive day": the grammar reads "a second", a length
        run = _counted_run(tokens, i)
        if run is not None and (got is None or got.next_token < run[1]):
            # "for a third straight day", "the eighth day of the blockade": the latest day
            # of a run the news reports, the DCT's own
            run_text, last = run
            sentence = bisect.bisect_right(starts, i) - 1
            named = _run_named(tokens, last, run_text)
            own = None if named is None else match(named)
            if named is not None and own is not None and own.timex_start == tokens[named].start:
                # "a third straight month in May": the run is at the time it names, placed
                # as that time is, with the tense of its clause
                end = starts[sentence + 1] if sentence + 1 < len(starts) else n
                tense_of = tense_at(tokens, i, last, starts[sentence], end)
                read = _read_as(text[own.timex_start : own.timex_end], sentence, i, last)
                if read is not None:
                    found.append(read._replace(tense=tense_of, placing=tense_of))
                    resume = last
                    continue
            read = _read_as(run_text, sentence, i, last)
            if read is not None:
                found.append(read._replace(kind="deictic"))
                resume = last
                continue
        if got is None or _ordinal_period(tokens, i + 3) is not None:
            if _A_YEAR_AGO is not None and (
                _year_ago(tokens, i)
                or (_year_ago(tokens, i, _COMPARED) and _ordinal_period(tokens, i + 3))
            ):
                # "the year-ago quarter": a comparison the grammar has no phrase for; it is
                # read as "a year ago" and placed like one.
                sentence = bisect.bisect_right(starts, i) - 1
                end = starts[sentence + 1] if sentence + 1 < len(starts) else n
                a, b = _with_period_noun(tokens, (i, i + 3), end)
                found.append(
                    Found(
                        _A_YEAR_AGO,
                        "deictic",
                        sentence,
                        None,
                        None,
                        a,
                        b,
                        comparison=True,
                        source=_A_YEAR_AGO_TEXT,
                        named=_ordinal_period(tokens, i + 3) if b > i + 3 else None,
                    )
                )
                resume = b
                continue
            if got is None:
                continue
        sentence = bisect.bisect_right(starts, i) - 1
        first_token = starts[sentence]
        last_token = starts[sentence + 1] if sentence + 1 < len(starts) else n
        offset = _offset_before(scanner, got, i)
        if offset is not None:
            # "[eight days] after [Oct. 12]": the stated gap is a TIMEX3 of its own
            gap, after, gap_text = offset
            found.append(Found(gap, "none", sentence, None, None, i, after, source=gap_text))
        core = _core_tokens(scanner, got, i)
        if _full_stop(tokens, core):
            # "on Friday.": the grammar reads the stop of an abbreviation ("Fri."); after a
            # whole word it ends the sentence and is not part of the extent.
            core = (core[0], core[1] - 1)
            got = attrs.evolve(got, timex_end=tokens[core[1] - 1].end)
        if got.timex_end <= got.timex_start or dropped(tokens, core[0], core[1], first_token):
            resume = max(resume, i + 1)
            continue
        resume = got.next_token
        if sentence not in proposals:
            proposals[sentence] = proposal_end(tokens, first_token, last_token)
        quoted = proposals[sentence]
        if quoted is not None and core[1] > quoted:
            quoted = None
        # "Let's meet Tuesday, the minister told reporters": the proposal is its own clause
        clause_end = last_token if quoted is None else quoted
        tense: Tense | None = tense_at(tokens, core[0], core[1], first_token, clause_end)
        if tense is Tense.PAST and core[1] - core[0] == 1 and tokens[core[0]].lower == "soon":
            # "a trickle that soon became a flood": soon after a past event, not the future
            resume = max(resume, i + 1)
            continue
        placing = tense
        if (
            got.anchoring in _TENSED
            and core[1] + 1 < len(tokens)
            and tokens[core[1]].kind == "APOSTROPHE"
            and tokens[core[1] + 1].lower == "s"
        ):
            if not (tense in (Tense.FUTURE, Tense.PRESENT) and got.signal in _AHEAD_OF_EVENT):
                placing = Tense.PAST  # "Wednesday's ruling": an event the text reports
            # else "will debate ahead of Sunday's vote", "talks go on until Friday's
            # deadline": what the clause does now or later comes before it, so it is ahead
        elif got.anchoring in _TENSED and (
            got.signal in _DEADLINES
            or got.signal in _TAKING_EFFECT
            or (core[0] > 0 and tokens[core[0] - 1].lower in _DEADLINES)
        ):
            # a deadline lies ahead of its clause: ahead of now in a future clause, else
            # wherever is nearest ("extended the offer to Nov. 20"); a delay is news while
            # it runs, so the date it moves to is ahead ("postponed the vote until Tuesday")
            delayed = tense is Tense.FUTURE or after_delay(tokens, core[0])
            placing = Tense.FUTURE if delayed else None
        if got.anchoring in _TENSED and tense is Tense.PAST and lasted_until(tokens, core[0]):
            placing = Tense.PAST  # "it took till February": a stretch that is over
        if got.anchoring in _TENSED and lapsed_plan(tokens, core[0]):
            placing = None  # "first planned for late July": where it is nearest
        if got.signal == "in" and _after_superlative(tokens, core[0], first_token):
            placing = Tense.PAST  # "its lowest level in six years": a stretch up to now
        if tense is None and got.signal == "in" and tokens[core[1] - 1].lower in _LENGTH_UNITS:
            # "lost 900 points in thirty minutes": with no tense cue, news reports how long
            # something took more often than it announces a time to come, and a time of day
            # half an hour after a DCT that is a day is none anyone can name
            placing = Tense.PAST
        firm = got.anchoring in _TENSED and (
            got.signal in _SINCE or _since_the_event_of(tokens, core[0])
        )
        if got.anchoring in _TENSED and tense is Tense.PAST and _of_a_noun(tokens, core[0]):
            firm = True  # "the vote of 2 March was delayed": the one before now
        if (
            got.anchoring in _TENSED
            and tense is Tense.PAST
            and past_verb_before(tokens, core[0], first_token, clause_end)
        ):
            firm = True  # "the quarter ended Oct. 31": the date of that verb, before now
        if firm:
            placing = Tense.PAST  # "since the Oct. 23 attack": before now, however long
        if got.anchoring in _TENSED and _weekday_and_date(tokens, core):
            placing = None  # "Saturday, April 25": the year nearest in which they agree
        plan = False
        if got.anchoring in _TENSED and tense is None and placing is None and not firm:
            # "see u tues", "drinks fri?": a message proposes or asks about a day to come
            if message is None:
                message = is_message(text, tokens)
            if not message and sentence not in plans:
                plans[sentence] = plan_sentence(tokens, first_token, last_token)
            plan = message or plans[sentence] or quoted is not None
        core = _trimmed(tokens, core, last_token)
        if (
            core[1] - core[0] == 1
            and tokens[core[0]].lower == "later"
            and first_token < core[0]
            and core[1] < last_token
            and tokens[core[0] - 1].lower in ("a", "an")
            and tokens[core[1]].lower in _LATER_NOUNS
        ):
            core = (core[0] - 1, core[1] + 1)  # "[a later date]": the noun is the head
        if (
            core[0] >= 2
            and tokens[core[0] - 1].kind == "DASH"
            and not tokens[core[0] - 1].spaced
            and not tokens[core[0]].spaced
            and tokens[core[0] - 2].lower in ("post", "pre")
        ):
            core = (core[0] - 2, core[1])  # "the [post-1959] politics": one word
        if (
            got.anchoring == "deictic"
            and core[0] > first_token
            and tokens[core[0]].lower in ("previous", "preceding")
            and tokens[core[0] - 1].lower == "the"
        ):
            core = (core[0] - 1, core[1])  # "[the previous Friday]": before the day last named
        comparison = False
        if core[1] - core[0] == 1 and tokens[core[0]].lower in ("earlier", "ago"):
            a = core[0]
            if (
                a >= 2
                and tokens[a - 1].kind == "DASH"
                and tokens[a - 2].lower == "year"
                and not tokens[a - 1].spaced
                and not tokens[a].spaced
            ):
                core, comparison = (a - 2, core[1]), True  # "year-earlier", "year-ago"
        if comparison:
            core = _with_period_noun(tokens, core, last_token)
        else:
            framed = _period_before(tokens, core, first_token)
            if framed is not None:
                core, comparison = framed, True  # "the same period last year"
                while found and found[-1].last > core[0]:
                    found.pop()  # "the quarter" of "the quarter a year ago" is inside it
        in_year = _year_period(tokens, core, first_token, last_token)
        if in_year is not None:
            core = in_year
        resume = max(resume, core[1])
        words = " ".join(t.lower for t in tokens[core[0] : core[1]])
        shape = _shape(tokens, core, words, first_token, last_token)
        comparison = comparison or words in _COMPARISONS
        if not comparison and words in YEAR_BACK:
            compared = compared_last_year(tokens, core, last_token)
            if compared is not None:
                # "a loss of $3 million last year" beside a quarter reported: its quarter
                core, comparison = (core[0], compared), True
                resume = max(resume, compared)
                words = " ".join(t.lower for t in tokens[core[0] : core[1]])
        bare = got.anchoring == "anaphoric" and _bare_unit(words.split())
        source: str | None = None
        if words == "independence day":
            if country is None:
                country = (_country_of(tokens),)
            if country[0] is not None:
                # the Independence Day of the one country the text names
                source = f"Independence Day in {COUNTRY_TITLES[country[0]]}"
                got = Scanner(source).match(0) or got
        elif (day := event_day(tokens, core, dct)) is not None:
            # "since the Sept. 11 attacks": one day in history, not this year's
            source = day
            got = Scanner(source).match(0) or got
        elif (plural := _shared_plural(tokens, core)) is not None:
            # "on Monday and Tuesday nights": every Monday night, as "Tuesday nights" is
            source = f"{tokens[core[0]].text} {plural}"
            got = Scanner(source).match(0) or got
        elif core[1] - core[0] == 1 and generic_today(tokens, core[0], first_token, tense):
            # "today's carmakers", "Today, most workers own a phone": the present age
            source = "nowadays"
            got = Scanner(source).match(0) or got
        kind = got.anchoring
        head = core[0] + 1 if tokens[core[0]].lower in _PART_WORDS else core[0]
        if (
            kind == "deictic"
            and core[1] - head > 2
            and tokens[head].lower == "the"
            and tokens[head + 1].lower in _BACK_REFERENCES
        ):
            kind = "anaphoric"  # "the next day": the day after the last date named
        that_day = kind == "deictic" and words in _PARTS_OF_DAY and _after_that(tokens, core)
        if that_day:
            # "[that morning]", "[the same night]": the determiner is inside, as in "that day"
            core = (core[0] - (1 if tokens[core[0] - 1].lower == "that" else 2), core[1])
        mod = None
        if kind == "anaphoric" and head == core[0]:
            part = _part_before(tokens, core[0], first_token)
            if part is not None:
                # "[later that year]", "[the end of that month]": a part of the anaphor's
                # time, the words inside the extent and their part the mod
                core, mod = (part[0], core[1]), part[1]
        pluperfect = tense is Tense.PAST and pluperfect_at(
            tokens, core[0], core[1], first_token, clause_end
        )
        found.append(
            Found(
                got,
                kind,
                sentence,
                tense,
                placing,
                core[0],
                core[1],
                bare,
                comparison,
                in_year=in_year is not None,
                shape=shape,
                firm=firm,
                of_day=kind == "deictic"
                and (words in _PARTS_OF_DAY or words in _EDGES_OF_DAY)
                and placing is not Tense.FUTURE,
                that_day=that_day,
                dayless=kind == "deictic" and not _names_a_day(tokens, core),
                source=source,
                mod=mod,
                plan=plan,
                # "by November 30, troops had entered": a deadline, not a look back
                looking_back=placing is Tense.PAST and kind == "yearless" and pluperfect,
                pluperfect=pluperfect,
            )
        )
    return found


def _read_as(source: str, sentence: int, first: int, last: int) -> Found | None:
    """``source`` read in place of tokens ``[first, last)`` of ``sentence``, as the text
    would be if it wrote it so ("the 9/11 attacks" as "2001-09-11", "the week prior to the
    vote" as "the week prior"); ``None`` where the grammar does not read it."""
    match = Scanner(source).match(0)
    if match is None:
        return None
    return Found(match, match.anchoring, sentence, None, None, first, last, source=source)


# The signals before an event named by its weekday ("Sunday's vote") that put it after a
# present or future clause, so ahead of now: "ahead of", "before", "until", "by".
_AHEAD_OF_EVENT: Final = frozenset({"ahead of", "before", "until", "till", "by", "up until"})
# Nouns after "a later" that make the phrase a time to come: "[a later date]".
_LATER_NOUNS: Final = frozenset({"date", "time", "stage"})
# Words that name a part of the time after them: "early the next year", "later that day".
_PART_WORDS: Final = {"early": "START", "earlier": "START", "late": "END", "later": "END"}
_PART_PHRASES: Final = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}


def _part_before(tokens: list[Token], k: int, first: int) -> tuple[int, str] | None:
    """The first token and the mod of words before token ``k`` (an anaphor) that name a
    part of its time: "later" ("later that year"), "early", "the end of" ("the end of that
    month"); ``None`` without them."""
    if k - 1 >= first and tokens[k - 1].lower in _PART_WORDS:
        return k - 1, _PART_WORDS[tokens[k - 1].lower]
    if (
        k - 3 >= first
        and tokens[k - 1].lower == "of"
        and tokens[k - 2].lower in _PART_PHRASES
        and tokens[k - 3].lower == "the"
    ):
        return k - 3, _PART_PHRASES[tokens[k - 2].lower]
    return None
