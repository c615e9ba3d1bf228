#!/usr/bin/env python3
"""chronos on whole statements, second blind set: nine press texts in genres the first set lacks.

``heldout_long.py`` was run, and its misses were then fixed as rules, so it no longer measures
how chronos generalizes. This set was written afterwards, blind, to measure that again: nine
whole statements of 150-300 words in the project's own words, in genres the first set does not
have: a central-bank rate decision, an election-commission timetable, a humanitarian situation
report, a storm bulletin, a merger announcement, a museum retrospective about the 1920s
published a century later (its thread runs in the 1920s), a rail strike update, a product
recall notice and a personal e-mail thread. Each has its own DCT (a different weekday and
year). They hold anaphora chains ("two days later", "The following day", "That summer", "The
following spring"), reported speech, future plans, deadlines ("until", "by"), durations,
sets ("every Saturday", "weekly", "every six weeks"), quarters and a fiscal year, parts of
the day and clock times, and words that only look temporal (a governor named March, "march"
the verb, a union leader named Friday, a forecaster named Winter, the modal "may", "summer
time", model numbers that look like years, batch codes, versions, scores, money,
percentages, ages, article and regulation numbers, phone numbers), each listed per
statement: a mention over one of them is a spurious mention of that class.

For every timex the exact extent (TimeML: signal words and prepositions outside, determiners
and modifiers inside), type, value and mod were decided from ../shared/TIMEX3.md and the
statement's DCT before chronos was run on the set. The conventions are those of
``heldout_long.py`` (its docstring lists them): "N units later" after a dated mention is a
DATE at the anchor's grain; an age is not a timex; a clock time without its own day takes the
day the text is talking about, and "midday Monday" / "9 tonight" are one timex each. Where
TIMEX3.md is silent on an extent (a clock time joined to a date by "at" or "on", "in two
weeks" read as a date or a length, "the past week", "almost") the construction was avoided.
Choices where TimeML allows two readings are commented beside the item. "fiscal 2026" is the
DATE ``2026``, as the annotated files in ../shared/eval/data tag "fiscal 1989".

Scoring reuses ``heldout_long.py``'s harness (``check``, ``score``): ``extract(text,
dct=...)`` over each statement, matched against its gold list by character offsets.

The set was written and committed before chronos was run on it, without reading chronos's
code, tests, guides or changelog, or the other held-out sets' items.

First run, on the commit that added the set (ec57676; no expected value was changed after
it: none contradicts TIMEX3.md)::

    whole statements, second blind set: 9 statements, 173 timexes, 71 look-alike words
    genre              DCT         words gold  sys   extent P     R    F1   full P     R    F1
    central bank       2025-12-17    202   18   19    94.7 100.0  97.3    94.7 100.0  97.3
    election timetable 2027-02-01    199   22   22   100.0 100.0 100.0    95.5  95.5  95.5
    situation report   2024-08-16    189   18   17   100.0  94.4  97.1   100.0  94.4  97.1
    storm bulletin     2023-10-29    174   17   17    88.2  88.2  88.2    82.4  82.4  82.4
    merger             2026-06-04    198   16   17    94.1 100.0  97.0    94.1 100.0  97.0
    retrospective      2021-04-10    185   19   19    94.7  94.7  94.7    94.7  94.7  94.7
    strike             2028-01-11    180   22   24    91.7 100.0  95.7    87.5  95.5  91.3
    product recall     2022-05-09    199   18   20    85.0  94.4  89.5    80.0  88.9  84.2
    email thread       2025-03-13    166   23   22    95.5  91.3  93.3    68.2  65.2  66.7
    all                             1692  173  177    93.8  96.0  94.9    88.1  90.2  89.1
    exact extent 166/173, extent+type+value+mod 156/173

The 26 misses (17 gold timexes not matched in full, 9 spurious mentions) by phenomenon, most
first:

- words that only look temporal, read as times 9: the clocks' "summer time" and "winter
  time" read as seasons (2); a range of batch codes "2106 to 2203" read as two years (2);
  a person's name, "May Lindqvist" after a lower-case title and the union leader "Carl
  Friday" (2); "a Paris weekly", a newspaper, read as a SET (1); "the minutes of this
  meeting" read as a duration (1); "tickets for strike days" read as a duration (1);
- a year-less date, a day of the month or a month placed in the wrong year or month 5: "31
  January" of a planned stoppage ("will hold ... on 31 January", DCT 11 January 2028) in
  2027; "the end of May" of tests still to finish in 2021 (after "sold in 2019 and 2020");
  the birthday "the 22nd" in the previous month (2025-02, the DCT being 13 March); "April"
  of "Easter 2022, when it snowed in April" in 2024, not the Easter's year; and "the 29th"
  then in April 2024, not in the March the thread is planning;
- a clock time given the wrong day or half of the day 4: an e-mail about "dinner tomorrow
  night" whose "6.50pm" takes the DCT's day and whose "7:30" (twice) reads as a morning
  time; "suspended at 05:45" (past) given the day of "will not resume before Tuesday" in
  the same sentence;
- a clock-time range "from 6 p.m. until midday Monday" not read at all 2;
- missed 3: "the 2nd" after "planned for September", "monthly" of a magazine that
  "appeared monthly until" its last issue, and "that weekend" pointing back to "the 22nd";
- extent or type 3: "9 tonight" read as "tonight" alone; "over eight months" (a span,
  "over" the signal) read with MORE_THAN inside; "in the four weeks before the vote" read
  as the date four weeks after the DCT, not the DURATION.

After the first run the largest class, words that only look temporal, was read as
phenomena and three of its kinds were fixed as rules in the extractor's filters, with tests
in other words than the set's (tests/text/test_labelled_lists_papers_and_clock_seasons.py):
the numbers of a labelled list or range ("codes", "numbers", "flights", "lots" ... and the
numbers "to", "and", "through" or a dash join to a labelled one), "weekly" or "daily"
naming a newspaper after "a" and a place, and the clocks' "summer time" and "winter time"
without a determiner. No expected value changed. The set is no longer blind to those
kinds. Second run::

    whole statements, second blind set: 9 statements, 173 timexes, 71 look-alike words
    genre              DCT         words gold  sys   extent P     R    F1   full P     R    F1
    central bank       2025-12-17    202   18   19    94.7 100.0  97.3    94.7 100.0  97.3
    election timetable 2027-02-01    199   22   22   100.0 100.0 100.0    95.5  95.5  95.5
    situation report   2024-08-16    189   18   17   100.0  94.4  97.1   100.0  94.4  97.1
    storm bulletin     2023-10-29    174   17   15   100.0  88.2  93.8    93.3  82.4  87.5
    merger             2026-06-04    198   16   17    94.1 100.0  97.0    94.1 100.0  97.0
    retrospective      2021-04-10    185   19   18   100.0  94.7  97.3   100.0  94.7  97.3
    strike             2028-01-11    180   22   24    91.7 100.0  95.7    87.5  95.5  91.3
    product recall     2022-05-09    199   18   18    94.4  94.4  94.4    88.9  88.9  88.9
    email thread       2025-03-13    166   23   22    95.5  91.3  93.3    68.2  65.2  66.7
    all                             1692  173  172    96.5  96.0  96.2    90.7  90.2  90.4
    exact extent 166/173, extent+type+value+mod 156/173

Left (17 gold timexes, 4 spurious mentions): the value and extent classes above, all
unchanged, and four look-alikes: a person's name that is a month or a weekday ("May
Lindqvist" after a lower-case title, "Carl Friday"; news writes "Clinton Friday said" for
the weekday, so a given name alone does not decide it), "the minutes of this meeting" and
"strike days".

Then a second class, three of the five dates placed in the wrong year or month, was read
as one phenomenon: the tense of the mention's clause taken from a verb of another clause
("on 31 January, after talks broke down", "on the 22nd and I thought", "sold in 2019 and
2020, once tests finish at the end of May"). Reading ahead now stops at a subordinator or
at "and"/"but"/"so" before a pronoun, reading back at a subordinator that is no
preposition; tests in other words in tests/text/test_tense_of_another_clause.py. No
expected value changed. The set is no longer blind to that class either. Third run::

    whole statements, second blind set: 9 statements, 173 timexes, 71 look-alike words
    genre              DCT         words gold  sys   extent P     R    F1   full P     R    F1
    central bank       2025-12-17    202   18   19    94.7 100.0  97.3    94.7 100.0  97.3
    election timetable 2027-02-01    199   22   22   100.0 100.0 100.0    95.5  95.5  95.5
    situation report   2024-08-16    189   18   17   100.0  94.4  97.1   100.0  94.4  97.1
    storm bulletin     2023-10-29    174   17   15   100.0  88.2  93.8    93.3  82.4  87.5
    merger             2026-06-04    198   16   17    94.1 100.0  97.0    94.1 100.0  97.0
    retrospective      2021-04-10    185   19   18   100.0  94.7  97.3   100.0  94.7  97.3
    strike             2028-01-11    180   22   24    91.7 100.0  95.7    91.7 100.0  95.7
    product recall     2022-05-09    199   18   18    94.4  94.4  94.4    94.4  94.4  94.4
    email thread       2025-03-13    166   23   22    95.5  91.3  93.3    72.7  69.6  71.1
    all                             1692  173  172    96.5  96.0  96.2    92.4  91.9  92.2
    exact extent 166/173, extent+type+value+mod 159/173

Left after it (14 gold timexes, 4 spurious mentions): clock times given the wrong day or
half of the day 4 and the range "from 6 p.m. until midday Monday" 2; "April" of "Easter
2022, when it snowed in April" and "the 29th" after it 2; missed "the 2nd", "monthly" and
"that weekend" 3; "9 tonight", "over eight months", "the four weeks" 3; and the four
look-alikes named above.

Usage::

    python benchmarks/heldout_long2.py [--misses]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_long import (
    AGE,
    ANA,
    BDUR,
    CLK,
    COUNT,
    DEC,
    DEI,
    DUR,
    EXP,
    HOL,
    LAW,
    MOD as MODIFIED,
    MODAL,
    MONEY,
    NAME,
    PAPER,
    PCT,
    PHONE,
    POD,
    QH,
    SCORE,
    SEA,
    SET,
    TXT,
    VERB,
    VERSION,
    WD,
    YL,
    G,
    Gold,
    L,
    Lookalike,
    Statement,
    check,
    report,
)

DOM = "day of the month"
SEASON_TERM = "'summer time' / 'winter time' of the clocks"
MODEL = "model or batch number"
FISCAL = "fiscal year"

STATEMENTS: list[Statement] = []

# (extent, "TYPE value", class[, mod])
Item = tuple[str, ...]


def _find(text: str, word: str, after: int) -> int:
    match = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)").search(text, after)
    if match is None:
        raise ValueError(f"{word!r} not found after offset {after}")
    return match.start()


def register(
    statements: list[Statement],
    genre: str,
    dct: str | None,
    text: str,
    gold: list[Item],
    alikes: list[Item],
) -> None:
    """Add a statement to ``statements``; each extent is found in the text after the one
    listed before it (the third set registers its statements through this too)."""
    golds: list[Gold] = []
    at = 0
    for extent, timex, cls, *mod in gold:
        start = _find(text, extent, at)
        golds.append(G(start, extent, timex, cls, mod[0] if mod else None))
        at = start + len(extent)
    lookalikes: list[Lookalike] = []
    at = 0
    for word, cls in alikes:
        start = _find(text, word, at)
        lookalikes.append(L(start, word, cls))
        at = start + len(word)
    statements.append(Statement(genre, dct, text, tuple(golds), tuple(lookalikes)))


def statement(genre: str, dct: str | None, text: str, gold: list[Item], alikes: list[Item]) -> None:
    """Register a statement of this set (see :func:`register`)."""
    register(STATEMENTS, genre, dct, text, gold, alikes)


# --- 1. Central-bank rate decision. DCT Wednesday 17 December 2025 (ISO week 51). ----------
statement(
    "central bank",
    "2025-12-17",
    "The Monetary Policy Committee of the Bank of Varland voted on Wednesday to lower its "
    "policy rate by 25 basis points to 3.75%, the third cut this year. The decision was "
    "published at 12:00, and Governor Ines March explained it at a press conference this "
    "afternoon. Inflation eased to 2.4% in November, she said, down from a peak of 6.1% in the "
    'summer of 2023. "We may need to move again in the first quarter, but nothing is '
    'decided," she told reporters. The bank has now lowered rates four times, and wage growth '
    "has slowed for six months.\n\n"
    "The committee meets every six weeks. Its next decisions are due on January 28 and "
    "February 25, and the minutes of this meeting will be released on 31 December. Staff "
    "projections published alongside the decision see growth of 1.2% in 2026 and inflation "
    "back at the 2% target by the end of next year.\n\n"
    "Commercial lenders have until Friday to tell customers how the cut will pass through to "
    "variable mortgages. Asked whether the rate could fall below 3% during 2026, Ms March "
    'said the committee would "march carefully, one meeting at a time". The bank\'s next '
    "Financial Stability Report is scheduled for mid-March.",
    [
        ("Wednesday", "DATE 2025-12-17", WD),  # the DCT's own weekday, past tense
        ("this year", "DATE 2025", DEI),
        ("12:00", "TIME 2025-12-17T12:00", CLK),
        ("this afternoon", "TIME 2025-12-17TAF", POD),
        ("November", "DATE 2025-11", YL),  # past tense: the last November
        ("the summer of 2023", "DATE 2023-SU", SEA),
        ("the first quarter", "DATE 2026-Q1", QH),  # a future move: the next first quarter
        ("now", "DATE PRESENT_REF", DEI),
        ("six months", "DURATION P6M", DUR),
        ("every six weeks", "SET P6W", SET),
        ("January 28", "DATE 2026-01-28", YL),  # future: the next January 28
        ("February 25", "DATE 2026-02-25", YL),
        ("31 December", "DATE 2025-12-31", YL),
        ("2026", "DATE 2026", EXP),
        ("the end of next year", "DATE 2026", MODIFIED, "END"),
        ("Friday", "DATE 2025-12-19", WD),  # a deadline ahead: the coming Friday
        ("2026", "DATE 2026", EXP),
        ("mid-March", "DATE 2026-03", MODIFIED, "MID"),  # scheduled: the next March
    ],
    [
        ("25 basis points", COUNT),
        ("3.75%", PCT),
        ("March", NAME),
        ("2.4%", PCT),
        ("6.1%", PCT),
        ("may", MODAL),
        ("1.2%", PCT),
        ("2%", PCT),
        ("3%", PCT),
        ("March", NAME),
        ("march", VERB),
    ],
)

# --- 2. Election-commission timetable. DCT Monday 1 February 2027 (ISO week 5). -----------
statement(
    "election timetable",
    "2027-02-01",
    "The Independent Electoral Commission today published the timetable for the general "
    "election on Thursday 6 May. Voters who are not yet registered have until 12 April to do "
    "so, commission chair Rafael Mayo said. Candidates may submit nomination papers from 22 "
    "March; nominations close on 2 April, and the final list of candidates will be published "
    "two days later. Postal ballots go out in late April. On 6 May polling stations will be "
    "open from 7 a.m. to 10 p.m.\n\n"
    "Campaign broadcasts will air daily in the four weeks before the vote. Spending limits "
    "apply from Wednesday, and parties must report donations every Friday until the vote. The "
    "official campaign period lasts 35 days.\n\n"
    "Mr Mayo said the commission had hired 41,000 poll workers since the last election in "
    '2022, and that their training would run through March. "Article 12 of the Electoral Act '
    'gives us 60 days to certify the results, but we expect to finish within a fortnight," '
    "he said. Turnout in 2022 was 64.3%. Questions can be sent to the hotline on 0800 2027 "
    "1100.\n\n"
    "The previous timetable, announced in January 2022, was criticised for leaving three weeks "
    "between the close of nominations and the vote.",
    [
        ("today", "DATE 2027-02-01", DEI),
        ("Thursday 6 May", "DATE 2027-05-06", YL),
        ("12 April", "DATE 2027-04-12", YL),
        ("22 March", "DATE 2027-03-22", YL),
        ("2 April", "DATE 2027-04-02", YL),
        ("two days later", "DATE 2027-04-04", ANA),  # after 2 April, at its day grain
        ("late April", "DATE 2027-04", MODIFIED, "END"),
        ("6 May", "DATE 2027-05-06", YL),
        ("7 a.m.", "TIME 2027-05-06T07:00", CLK),  # the day of the sentence: 6 May
        ("10 p.m.", "TIME 2027-05-06T22:00", CLK),
        ("daily", "SET P1D", SET),
        ("the four weeks", "DURATION P4W", DUR),  # like "the three months ended June 30"
        ("Wednesday", "DATE 2027-02-03", WD),  # rules that start: the coming Wednesday
        ("every Friday", "SET XXXX-WXX-5", SET),
        ("35 days", "DURATION P35D", DUR),
        ("2022", "DATE 2022", EXP),
        ("March", "DATE 2027-03", YL),  # future training: the next March
        ("60 days", "DURATION P60D", DUR),
        ("a fortnight", "DURATION P2W", DUR),
        ("2022", "DATE 2022", EXP),
        ("January 2022", "DATE 2022-01", EXP),
        ("three weeks", "DURATION P3W", DUR),
    ],
    [
        ("Mayo", NAME),
        ("may", MODAL),
        ("41,000", COUNT),
        ("Article 12", LAW),
        ("64.3%", PCT),
        ("0800 2027 1100", PHONE),
    ],
)

# --- 3. Humanitarian situation report. DCT Friday 16 August 2024 (ISO week 33). ----------
statement(
    "situation report",
    "2024-08-16",
    "Situation report 14, Lower Sarn floods. This report covers the seven days to 15 August; "
    "the next one will be issued on Friday 23 August.\n\n"
    "Heavy rain fell across the upper valley on 8 August, and the Sarn burst its banks two "
    "days later. By Sunday 11 August some 23,000 people had left their homes. The following "
    "day, the first convoy of 18 trucks reached Kerrow with 40 tonnes of food and water "
    "purification tablets. Access to the eastern districts was cut again on Tuesday when a "
    "second bridge collapsed; engineers expect a temporary crossing to be ready within 72 "
    "hours.\n\n"
    "Since the start of the month, health teams have recorded 312 cases of acute watery "
    "diarrhoea, 41 of them in the last 48 hours. Mobile clinics now visit each camp weekly. "
    "The cholera vaccination campaign planned for September will start on the 2nd if "
    "supplies arrive in time.\n\n"
    "Funding: the flash appeal launched on 12 August seeks $28.5 million for three months, "
    "and 19% of it has been received. Partners may contact the coordination cell on +44 20 "
    "7946 0321. The cluster meets daily at the Kerrow school.",
    [
        ("the seven days", "DURATION P7D", DUR),  # like "the three months ended June 30"
        ("15 August", "DATE 2024-08-15", YL),
        ("Friday 23 August", "DATE 2024-08-23", YL),
        ("8 August", "DATE 2024-08-08", YL),
        ("two days later", "DATE 2024-08-10", ANA),
        ("Sunday 11 August", "DATE 2024-08-11", YL),
        ("The following day", "DATE 2024-08-12", ANA),  # after Sunday 11 August
        ("Tuesday", "DATE 2024-08-13", WD),  # past tense: the Tuesday before the DCT
        ("72 hours", "DURATION PT72H", DUR),
        ("the start of the month", "DATE 2024-08", MODIFIED, "START"),
        ("the last 48 hours", "DURATION PT48H", DUR),
        ("now", "DATE PRESENT_REF", DEI),
        ("weekly", "SET P1W", SET),
        ("September", "DATE 2024-09", YL),
        ("the 2nd", "DATE 2024-09-02", DOM),  # the 2nd of the September just named
        ("12 August", "DATE 2024-08-12", YL),
        ("three months", "DURATION P3M", DUR),
        ("daily", "SET P1D", SET),
    ],
    [
        ("Situation report 14", COUNT),
        ("23,000", COUNT),
        ("18 trucks", COUNT),
        ("312 cases", COUNT),
        ("$28.5 million", MONEY),
        ("19%", PCT),
        ("may", MODAL),
        ("+44 20 7946 0321", PHONE),
    ],
)

# --- 4. Storm bulletin. DCT Sunday 29 October 2023 (ISO week 43). --------------------------
statement(
    "storm bulletin",
    "2023-10-29",
    "The National Weather Service raised its warning for Storm Odile to red for the northern "
    "coast this morning. Gusts of 140 km/h are expected from 6 p.m. until midday Monday. "
    "Forecaster Leo Winter said the storm had deepened faster than the models predicted on "
    "Friday, when it was still 900 km offshore.\n\n"
    "Between 80 and 120 mm of rain may fall within 24 hours on saturated ground, and rainfall this "
    "month is already the highest since 1987. Residents of low-lying streets should move "
    "their cars before 5 p.m. Ferry services were suspended at 05:45 and will not resume "
    "before Tuesday. Schools in the warning area will stay closed tomorrow.\n\n"
    "The last red warning, for Storm Hugo in February 2020, lasted 19 hours. Clocks went back "
    "at 3 a.m. today as summer time ended, and the service reminded people that the times in "
    "its bulletins are now winter time. Updates are issued every three hours, and the next "
    "full forecast will be published at 4 p.m. To report fallen power lines, call 0300 123 "
    "4567.",
    [
        ("this morning", "TIME 2023-10-29TMO", POD),
        ("6 p.m.", "TIME 2023-10-29T18:00", CLK),  # no day of its own: today
        ("midday Monday", "TIME 2023-10-30T12:00", CLK),  # one timex, like "10 a.m. Thursday"
        ("Friday", "DATE 2023-10-27", WD),
        ("24 hours", "DURATION PT24H", DUR),
        ("this month", "DATE 2023-10", DEI),
        ("1987", "DATE 1987", EXP),
        ("5 p.m.", "TIME 2023-10-29T17:00", CLK),
        ("05:45", "TIME 2023-10-29T05:45", CLK),
        ("Tuesday", "DATE 2023-10-31", WD),  # future: the coming Tuesday
        ("tomorrow", "DATE 2023-10-30", DEI),
        ("February 2020", "DATE 2020-02", EXP),
        ("19 hours", "DURATION PT19H", DUR),
        ("3 a.m. today", "TIME 2023-10-29T03:00", CLK),
        ("now", "DATE PRESENT_REF", DEI),
        ("every three hours", "SET PT3H", SET),
        ("4 p.m.", "TIME 2023-10-29T16:00", CLK),
    ],
    [
        ("140 km/h", COUNT),
        ("Winter", NAME),
        ("900 km", COUNT),
        ("120 mm", COUNT),
        ("may", MODAL),
        ("summer time", SEASON_TERM),
        ("winter time", SEASON_TERM),
        ("0300 123 4567", PHONE),
    ],
)

# --- 5. Merger announcement. DCT Thursday 4 June 2026 (ISO week 23). -----------------------
statement(
    "merger",
    "2026-06-04",
    "Halden Industries and Morrow Foods announced today that they have agreed to combine in "
    "an all-share deal valued at $6.2 billion. The transaction, approved by both boards on "
    "Tuesday, is expected to close in the fourth quarter of 2026, subject to shareholder votes "
    "and clearance by competition authorities in the EU and the U.S. Morrow shareholders will "
    "receive 1.35 Halden shares for each share they hold.\n\n"
    "In fiscal 2026, Morrow reported revenue of $2.9 billion, up 7% from the previous year. "
    "Halden will publish its second-quarter results on August 6. The combined company expects "
    "cost savings of $180 million by the end of 2028 and will hold an investor day in early "
    "September.\n\n"
    "Either party may end the agreement if the deal has not closed by 30 June 2027, a date "
    "that can be extended once by three months. A break fee of $190 million applies. The "
    "companies first discussed a combination in the spring of 2024, but talks ended that "
    "summer. Shares of Morrow rose 14% by midday.\n\n"
    "The boards will meet every month to track the integration, said Halden chief executive "
    "May Lindqvist, who will lead the combined group for at least two years after closing.",
    [
        ("today", "DATE 2026-06-04", DEI),
        ("Tuesday", "DATE 2026-06-02", WD),
        ("the fourth quarter of 2026", "DATE 2026-Q4", QH),
        ("fiscal 2026", "DATE 2026", FISCAL),  # as the annotated files tag "fiscal 1989"
        ("the previous year", "DATE 2025", ANA),  # the year before fiscal 2026
        ("second-quarter", "DATE 2026-Q2", QH),
        ("August 6", "DATE 2026-08-06", YL),
        ("the end of 2028", "DATE 2028", MODIFIED, "END"),
        ("early September", "DATE 2026-09", MODIFIED, "START"),
        ("30 June 2027", "DATE 2027-06-30", EXP),
        ("three months", "DURATION P3M", DUR),
        ("the spring of 2024", "DATE 2024-SP", SEA),
        ("that summer", "DATE 2024-SU", ANA),  # the summer of the spring of 2024
        ("midday", "TIME 2026-06-04T12:00", CLK),
        ("every month", "SET P1M", SET),
        ("at least two years", "DURATION P2Y", BDUR, "EQUAL_OR_MORE"),
    ],
    [
        ("$6.2 billion", MONEY),
        ("1.35", COUNT),
        ("$2.9 billion", MONEY),
        ("7%", PCT),
        ("$180 million", MONEY),
        ("may", MODAL),
        ("$190 million", MONEY),
        ("14%", PCT),
        ("May", NAME),
    ],
)

# --- 6. Museum retrospective about the 1920s. DCT Saturday 10 April 2021 (ISO week 14). ----
# The present-day frame (the show) resolves against the DCT; the story's year-less dates and
# anaphors take their year from the story's own last date.
statement(
    "retrospective",
    "2021-04-10",
    "The Corran Gallery's retrospective of the photographer Edith Vance opens on Friday and "
    "runs until 29 August. It follows Vance from her first studio in 1921 to the closing of "
    "her magazine in 1929.\n\n"
    "Vance arrived in Lisbon in March 1921 with a borrowed camera. That summer she "
    "photographed the harbour daily, and by December she had sold her first series to a Paris "
    "weekly. Two years later she married the printer Jules Abril and opened a studio on the "
    "Rua Nova. The 1920s were the making of her: in 1925 she exhibited in four cities.\n\n"
    "Her best-known picture, of dockers resting on the quay, was taken on 3 May 1926. On 14 "
    "October she sailed for New York, where she stayed for six weeks. The following spring "
    "she founded the magazine Lumen, which appeared monthly until its last issue in November "
    "1929. Vance died in 1968, aged 71.\n\n"
    'The curator, Marta Abril, said: "We may never know who paid for that first studio." The '
    "show brings together 140 prints, 30 of them never exhibited. Tickets cost €12, and the "
    "gallery is closed on Mondays.",
    [
        ("Friday", "DATE 2021-04-16", WD),  # opens: the coming Friday, in the writer's present
        ("29 August", "DATE 2021-08-29", YL),
        ("1921", "DATE 1921", EXP),
        ("1929", "DATE 1929", EXP),
        ("March 1921", "DATE 1921-03", EXP),
        ("That summer", "DATE 1921-SU", ANA),
        ("daily", "SET P1D", SET),
        ("December", "DATE 1921-12", TXT),
        ("Two years later", "DATE 1923", ANA),  # after 1921 (its December): years, so a year
        ("The 1920s", "DATE 192", DEC),
        ("1925", "DATE 1925", EXP),
        ("3 May 1926", "DATE 1926-05-03", EXP),
        ("14 October", "DATE 1926-10-14", TXT),
        ("six weeks", "DURATION P6W", DUR),
        ("The following spring", "DATE 1927-SP", ANA),
        ("monthly", "SET P1M", SET),
        ("November 1929", "DATE 1929-11", EXP),
        ("1968", "DATE 1968", EXP),
        ("Mondays", "SET XXXX-WXX-1", SET),
    ],
    [
        ("weekly", PAPER),  # "a Paris weekly": a newspaper, not a recurrence
        ("Abril", NAME),
        ("aged 71", AGE),
        ("Abril", NAME),
        ("may", MODAL),
        ("140 prints", COUNT),
        ("€12", MONEY),
    ],
)

# --- 7. Rail strike update. DCT Tuesday 11 January 2028 (ISO week 2; 2028 is a leap year). -
statement(
    "strike",
    "2028-01-11",
    "The rail union RMTU said on Tuesday that its members will hold a 48-hour strike from "
    "Thursday of next week and a further one-day stoppage on 31 January, after talks with "
    "Northline broke down last night. The talks at the conciliation service had lasted nine "
    "hours.\n\n"
    "Members have refused overtime every Saturday since early December, and drivers staged a "
    "week-long walkout in the autumn. The dispute began in October, when Northline announced "
    "plans to close 40 ticket offices over the next two years. The last strike, on 14 "
    "November, cost the company £3.1 million.\n\n"
    "Northline said it had offered a 4.5% rise for 2028 and a further 3% in April 2029. "
    "Section 14 of the Trade Union Act requires notice of 14 days, and the union says it gave "
    "notice yesterday. Both sides are due back at the table on Friday.\n\n"
    "Union general secretary Carl Friday said members would march to the company's head "
    "office on Saturday morning. Passengers holding tickets for strike days can claim refunds "
    "until 29 February. The union's executive reviews the overtime ban every four weeks.",
    [
        ("Tuesday", "DATE 2028-01-11", WD),  # the DCT's own weekday
        ("48-hour", "DURATION PT48H", DUR),
        ("Thursday of next week", "DATE 2028-01-20", WD),
        ("one-day", "DURATION P1D", DUR),
        ("31 January", "DATE 2028-01-31", YL),
        ("last night", "TIME 2028-01-10TNI", POD),
        ("nine hours", "DURATION PT9H", DUR),
        ("every Saturday", "SET XXXX-WXX-6", SET),
        ("early December", "DATE 2027-12", MODIFIED, "START"),
        ("week-long", "DURATION P1W", DUR),
        ("the autumn", "DATE 2027-FA", SEA),  # past tense: the last autumn
        ("October", "DATE 2027-10", YL),
        ("the next two years", "DURATION P2Y", DUR),
        ("14 November", "DATE 2027-11-14", YL),
        ("2028", "DATE 2028", EXP),
        ("April 2029", "DATE 2029-04", EXP),
        ("14 days", "DURATION P14D", DUR),
        ("yesterday", "DATE 2028-01-10", DEI),
        ("Friday", "DATE 2028-01-14", WD),
        ("Saturday morning", "TIME 2028-01-15TMO", POD),
        ("29 February", "DATE 2028-02-29", YL),
        ("every four weeks", "SET P4W", SET),
    ],
    [
        ("40 ticket offices", COUNT),
        ("£3.1 million", MONEY),
        ("4.5%", PCT),
        ("3%", PCT),
        ("Section 14", LAW),
        ("Carl Friday", NAME),
        ("march", VERB),
    ],
)

# --- 8. Product recall notice. DCT Monday 9 May 2022 (ISO week 19). ------------------------
statement(
    "product recall",
    "2022-05-09",
    "Voltra Appliances is recalling about 86,000 KettlePro 3000 electric kettles sold between "
    "January 2021 and March 2022, after reports that the base can overheat. The affected "
    "units carry batch codes 2106 to 2203 on the underside and run firmware version 1.12. "
    "Kettles bought after 1 April 2022 are not affected.\n\n"
    "Voltra received its first complaint on 4 February and has since been told of 27 "
    "incidents, three of them in the last ten days. Customers should stop using the kettle "
    "now and register for a refund, which will be paid within 14 days of a claim. A courier "
    "will collect the kettle within 48 hours. The recall runs until 31 December, and a "
    "replacement model will go on sale in the third quarter.\n\n"
    "The company said it may extend the recall to the KettlePro 2000, sold in 2019 and 2020, "
    "once tests finish at the end of May. The Office for Product Safety, which was notified on "
    "Friday, said the notice met the requirements of Regulation 9 of the 2005 rules. Voltra "
    "shares fell 6% this morning.\n\n"
    "The company last recalled a product in 2017, when 12,000 toasters were returned over "
    "eight months. The helpline is 0800 555 0199.",
    [
        ("January 2021", "DATE 2021-01", EXP),
        ("March 2022", "DATE 2022-03", EXP),
        ("1 April 2022", "DATE 2022-04-01", EXP),
        ("4 February", "DATE 2022-02-04", YL),
        ("the last ten days", "DURATION P10D", DUR),
        ("now", "DATE PRESENT_REF", DEI),
        ("14 days", "DURATION P14D", DUR),
        ("48 hours", "DURATION PT48H", DUR),
        ("31 December", "DATE 2022-12-31", YL),
        ("the third quarter", "DATE 2022-Q3", QH),
        ("2019", "DATE 2019", EXP),
        ("2020", "DATE 2020", EXP),
        ("the end of May", "DATE 2022-05", MODIFIED, "END"),
        ("Friday", "DATE 2022-05-06", WD),
        ("2005", "DATE 2005", EXP),  # "the [2005] rules", like "the [1998] budget"
        ("this morning", "TIME 2022-05-09TMO", POD),
        ("2017", "DATE 2017", EXP),
        ("eight months", "DURATION P8M", DUR),
    ],
    [
        ("86,000", COUNT),
        ("KettlePro 3000", MODEL),
        ("2106", MODEL),
        ("2203", MODEL),
        ("1.12", VERSION),
        ("27", COUNT),
        ("may", MODAL),
        ("KettlePro 2000", MODEL),
        ("Regulation 9", LAW),
        ("6%", PCT),
        ("12,000", COUNT),
        ("0800 555 0199", PHONE),
    ],
)

# --- 9. Personal e-mail thread, all sent on the DCT, Thursday 13 March 2025 (ISO week 11). -
statement(
    "email thread",
    "2025-03-13",
    "Priya wrote: Hi Tom, still on for dinner tomorrow night? My train gets in at 6.50pm, so "
    "7:30 is the earliest I can make it. Also, Mum turns 70 on the 22nd and I thought we "
    "could book the lake house for that weekend.\n\n"
    "Tom wrote: Tomorrow night works, 7:30 it is. The lake house is free from Friday 21 March "
    "to Monday 24 March, I checked this morning. I'll pay the deposit by Monday. The last "
    "time we all went was Easter 2023, right?\n\n"
    "Priya wrote: No, Easter 2022, when it snowed in April! Can you also ask Dad whether he's "
    "free on the 29th? He's been working every Saturday since January. And remind me, does "
    "your new job start on 1 April or on 8 April?\n\n"
    "Tom wrote: 1 April, no joke. The first two weeks are training in Leeds. Ring me on "
    "07700 900461 after 9 tonight, I'm in meetings until then. The score last night was 2-1 "
    "to us, by the way.",
    [
        ("tomorrow night", "TIME 2025-03-14TNI", POD),
        ("6.50pm", "TIME 2025-03-14T18:50", CLK),  # the day the message is about: tomorrow
        ("7:30", "TIME 2025-03-14T19:30", CLK),  # a dinner after a 6.50pm train: evening
        ("the 22nd", "DATE 2025-03-22", DOM),
        ("that weekend", "DATE 2025-W12-WE", ANA),  # the weekend of Saturday 22 March
        ("Tomorrow night", "TIME 2025-03-14TNI", POD),
        ("7:30", "TIME 2025-03-14T19:30", CLK),
        ("Friday 21 March", "DATE 2025-03-21", YL),
        ("Monday 24 March", "DATE 2025-03-24", YL),
        ("this morning", "TIME 2025-03-13TMO", POD),
        ("Monday", "DATE 2025-03-17", WD),  # a deadline ahead: the coming Monday
        ("Easter 2023", "DATE 2023-04-09", HOL),  # the holiday's day, Easter Sunday
        ("Easter 2022", "DATE 2022-04-17", HOL),
        ("April", "DATE 2022-04", ANA),  # the April of Easter 2022
        ("the 29th", "DATE 2025-03-29", DOM),
        ("every Saturday", "SET XXXX-WXX-6", SET),
        ("January", "DATE 2025-01", YL),
        ("1 April", "DATE 2025-04-01", YL),
        ("8 April", "DATE 2025-04-08", YL),
        ("1 April", "DATE 2025-04-01", YL),
        ("The first two weeks", "DURATION P2W", DUR),
        ("9 tonight", "TIME 2025-03-13T21:00", CLK),
        ("last night", "TIME 2025-03-12TNI", POD),
    ],
    [
        ("70", AGE),
        ("07700 900461", PHONE),
        ("2-1", SCORE),
    ],
)


def problems(statements: Sequence[Statement] = STATEMENTS) -> list[str]:
    """The first set's consistency check, plus this set's length bound of 150-300 words
    (the third set's too, which it is given)."""
    found = check(statements)
    for number, st in enumerate(statements, 1):
        words = len(st.text.split())
        if words > 300:
            found.append(f"statement {number} ({st.genre}): {words} words, more than 300")
    return found


def main(
    statements: Sequence[Statement] = STATEMENTS,
    title: str = "whole statements, second blind set",
    doc: str | None = __doc__,
) -> None:
    """Score ``statements`` and print the table (the third set prints through this too)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    report(statements, title, problems(statements), width=19, misses_too=args.misses)


if __name__ == "__main__":
    main()
