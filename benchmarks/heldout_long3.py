"""chronos on whole statements, third blind set: nine press texts in genres the first two lack.

``heldout_long.py`` and ``heldout_long2.py`` were each run and their misses then fixed as
rules, so neither measures any more how chronos generalizes. This set was written afterwards,
blind, to measure that again: nine whole statements of 150-300 words in the project's own
words, in genres and shapes neither earlier set has: a sports federation's doping suspension,
a parliament's sitting agenda, a health ministry's outbreak update, an airline's schedule
change, a satellite launch timeline in UTC, an informal forum post (lower case, "yday",
"tmrw", "weds", "nye"), a tax office's filing deadlines with quarters and a fiscal year, a
power company's planned outage through the night, and a library's closure notice with no
date at all (``dct=None``). Each has its own DCT (a different weekday and year). They hold
anaphora chains ("that day", "the same day", "the previous year", "the following year"),
reported speech, future plans, deadlines ("until", "by", "no later than"), durations
(adjectival, bounded, approximate), sets ("every month", "twice a month", "daily", "three
times a week", "every 15 minutes"), quarters, seasons, decades, parts of the day, clock times
with zones, ranges of clock times, and words that only look temporal (people named May,
Sunday, March, June, Easter and April, "march" the verb, the modal "may", a band named
after a year, flight and flat numbers that look like years, scores, money, percentages,
ages, article and section numbers, phone numbers), each listed per statement: a mention over
one of them is a spurious mention of that class.

For every timex the exact extent (TimeML: signal words and prepositions outside, determiners
and modifiers inside), type, value and mod were decided from ../shared/TIMEX3.md and the
statement's DCT before chronos was run on the set. The conventions are those of
``heldout_long.py`` (its docstring lists them): an age is not a timex; a clock time without
its own day takes the day the text is talking about, and "5 a.m. Friday" is one timex; "the
ten years to 2027" is two timexes, as "the three months ended June 30" is; with ``dct=None``
a deictic phrase or a year-less date keeps its grain with unknown fields. "fiscal 2027" is
the DATE ``2027``, as in ``heldout_long2.py``. A deadline's signal ("by", "until", "no later
than") is outside the extent and puts no mod on the date: the relation belongs to the
signal. Where TIMEX3.md is silent on an extent (a clock time joined to a date by "at" or
"on", "in two days" read as a date or a length, "the week of 9 March", "the first half of
2030", "midnight", "up to") the construction was avoided. A clock time with a zone ("14:02
UTC", "21:15 CET") keeps the zone inside the extent, as a.m. and p.m. are, and its value is
the clock time as written, without an offset: TIMEX3.md is silent on zones, so this is a
choice, commented beside each such item. Other choices where TimeML allows two readings are
commented beside the item.

Scoring reuses ``heldout_long.py``'s harness (``check``, ``score``, ``report``):
``extract(text, dct=...)`` over each statement, matched against its gold list by character
offsets.

The set was written and committed before chronos was run on it, without reading chronos's
code, tests, guides or changelog, or the other held-out sets' items.

First run, on the commit that added the set (3d94cd4; no expected value was changed after
it: none contradicts TIMEX3.md)::

    whole statements, third blind set: 9 statements, 160 timexes, 69 look-alike words
    genre              DCT         words gold  sys   extent P     R    F1   full P     R    F1
    sports suspension  2027-03-04    210   15   16    93.8 100.0  96.8    93.8 100.0  96.8
    parliament agenda  2026-01-19    209   21   22    95.5 100.0  97.7    86.4  90.5  88.4
    outbreak update    2024-07-06    202   18   19    89.5  94.4  91.9    84.2  88.9  86.5
    airline schedule   2029-10-02    198   18   19    94.7 100.0  97.3    84.2  88.9  86.5
    satellite launch   2030-05-22    220   18   19    94.7 100.0  97.3    78.9  83.3  81.1
    forum post         2023-12-31    178   17   16    87.5  82.4  84.8    62.5  58.8  60.6
    tax deadlines      2028-11-03    209   22   22    90.9  90.9  90.9    86.4  86.4  86.4
    power outage       2021-08-10    208   16   16   100.0 100.0 100.0    75.0  75.0  75.0
    undated notice     none          201   15   14    92.9  86.7  89.7    85.7  80.0  82.8
    all                             1835  160  163    93.3  95.0  94.1    82.2  83.8  83.0
    exact extent 152/160, extent+type+value+mod 134/160

The 33 misses (26 gold timexes not matched in full, 7 spurious mentions) by phenomenon, most
first:

- a weekday, or a clock time on a day, placed on the wrong day 10: a weekday in a future
  clause read as the past one, "On Sunday the last departure ... will leave" (2029-09-30,
  the DCT being Tuesday 2 October), "the next update comes on Tuesday", "will cut
  electricity ... on Thursday night", "closed till thursday" (4); a clock time given another
  day than the one its sentence talks about (6): "21:15 CET" of that Sunday (with it),
  "from 7 a.m." of "that day" (the DCT's day), "between 2pm and 4pm" of "weds" (the day of
  "last nite"), "around 15:40 UTC" of Friday's launch (the DCT's day), and "11 p.m." of
  Thursday night given the Friday of "5 a.m. Friday" later in the sentence;
- words that only look temporal, read as times 7: a person's name that is a month, a
  weekday or a holiday after a title or a comma ("His lawyer, May Osei", "Petra Sunday",
  "Mission director June Alvarez", "Commissioner Bruno Easter") (4); a group of digits of a
  phone number ("+47 2029 8800", "the measles line on 1450") and a flat number ("flat
  2024") read as years (3);
- a year-less date, a month, a quarter or an anaphor placed in the wrong year or month 6:
  "late July" and "In May" of past work in a text dated August 2021 put in 2022; "the fourth
  quarter" of a future entry into service (DCT May 2030) put in 2029; "feb" of "last
  winter" (2022-WI) put in 2024; "that day" pointing back past the Thursday to "2019" (read
  2019-XX-XX); "the 20th" of monthly filers put in January 2029, the month of the deadline
  just named, not the DCT's November (the text allows that reading too: the 20th of which
  month is not said; the set took the next 20th after the DCT);
- extent 5 (four mentions): "from 3 June until the end of July" read as one mention (two
  gold timexes, in the undated statement); "over eleven months" (a span, "over" the
  signal) read with MORE_THAN inside; "start of 1 July 2027" (the noun "start") read as a
  modifier with mod START; "tues." taking the sentence's full stop;
- missed 3: "nye" (New Year's Eve), "weds", and "monthly" after "Firms that file";
- one each: "14:02 UTC" given the value ``T14:02Z`` where the set writes the clock as
  written without an offset (TIMEX3.md is silent on zones, so neither contradicts it: a
  difference of convention, not a chronos error, but the set's value was not changed);
  the undated statement's "Friday" read as ``XXXX-XX-XX``, not ``XXXX-WXX-5``.

After the first run three classes were read as phenomena and fixed as rules, with tests
in other words than the set's (tests/text/test_names_and_phone_lines.py,
test_informal_day_spellings.py, test_weekday_in_a_future_clause.py): a month, a weekday or
a holiday that is part of a person's name (before a surname or after a given name, with
only a comma, a role noun, a title or the head of the sentence before the pair), a group of
digits after a country code, a phone line or "dial", and a number after "flat",
"apartment", "gate" and their kin; "weds", "nye", "nyd", and the full stop after a short
day or month in lower case, which ends the sentence; a weekday in a clause about what is
to come read as the past one ("the last" before a noun is "final", no past cue; "comes on"
a day; a state "closed till" or "remains shut until" a day; the window of the tense counts
words, not the marks inside "3,400"). No expected value changed. The set is no longer
blind to those classes. Second run::

    whole statements, third blind set: 9 statements, 160 timexes, 69 look-alike words
    genre              DCT         words gold  sys   extent P     R    F1   full P     R    F1
    sports suspension  2027-03-04    210   15   15   100.0 100.0 100.0   100.0 100.0 100.0
    parliament agenda  2026-01-19    209   21   21   100.0 100.0 100.0    90.5  90.5  90.5
    outbreak update    2024-07-06    202   18   18    94.4  94.4  94.4    94.4  94.4  94.4
    airline schedule   2029-10-02    198   18   18   100.0 100.0 100.0   100.0 100.0 100.0
    satellite launch   2030-05-22    220   18   18   100.0 100.0 100.0    83.3  83.3  83.3
    forum post         2023-12-31    178   17   17   100.0 100.0 100.0    94.1  94.1  94.1
    tax deadlines      2028-11-03    209   22   21    95.2  90.9  93.0    90.5  86.4  88.4
    power outage       2021-08-10    208   16   16   100.0 100.0 100.0    81.2  81.2  81.2
    undated notice     none          201   15   14    92.9  86.7  89.7    85.7  80.0  82.8
    all                             1835  160  158    98.1  96.9  97.5    91.1  90.0  90.6
    exact extent 155/160, extent+type+value+mod 144/160

Left (16 gold timexes not matched in full, no spurious mention): four clock times given
another day than their sentence's ("7 a.m." of "that day", "11 p.m." of Thursday night,
"around 15:40 UTC" of Friday's launch, and "14:02 UTC" with its ``Z``); the extents of
"over eleven months", "start of 1 July 2027" and "from 3 June until the end of July" (two
gold timexes); "monthly" missed; and the placements of "late July", "May", "the fourth
quarter", "feb", "that day", "the 20th" and the undated "Friday", all unchanged.

Usage::

    python benchmarks/heldout_long3.py [--misses]
"""

from __future__ import annotations

import sys
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
    INF,
    LAW,
    MOD as MODIFIED,
    MODAL,
    MONEY,
    NAME,
    ORD,
    PCT,
    PHONE,
    POD,
    QH,
    SCORE,
    SEA,
    SET,
    UND,
    VAG,
    VERB,
    WD,
    YL,
    Statement,
)
from heldout_long2 import (
    DOM,
    FISCAL,
    MODEL,
    main as score_and_print,
    problems as bounded_problems,
    register,
)

STATEMENTS: list[Statement] = []

# (extent, "TYPE value", class[, mod])
Item = tuple[str, ...]


def statement(genre: str, dct: str | None, text: str, gold: list[Item], alikes: list[Item]) -> None:
    """Register a statement of this set; each extent is found in the text after the one
    listed before it."""
    register(STATEMENTS, genre, dct, text, gold, alikes)


# --- 1. Sports federation suspension. DCT Thursday 4 March 2027 (ISO week 9). --------------
statement(
    "sports suspension",
    "2027-03-04",
    "The International Rowing Federation said on Thursday that it has suspended the Olympic "
    "silver medallist Tomas Dray for four years after a sample he gave at a training camp on "
    "9 November 2026 tested positive for a banned stimulant. The ban runs from 20 December "
    "2026, when his provisional suspension began, until 19 December 2030. All results since "
    "the camp are void, including his win at the Seville regatta in January, where he beat "
    "the 29-year-old world champion by two lengths.\n\n"
    "Dray, whose B sample was opened on 14 January, told the disciplinary panel at a two-day "
    "hearing last month that a supplement he bought for €35 had been contaminated. The panel "
    'found his account "plausible but unproven" and reduced nothing under Article 10.2 of the '
    "code.\n\n"
    "He has 21 days to appeal to the Court of Arbitration for Sport. His lawyer, May Osei, "
    "said the appeal would be filed by the end of next week. Under the federation's rules, "
    "Dray may train with his club again two months before the ban ends, and he must submit "
    "to testing every month. The federation's anti-doping unit carried out 1,804 tests in "
    "2026, 12% more than in the previous year. Its confidential hotline, 0800 2030 555, takes "
    "reports from athletes and coaches.",
    [
        ("Thursday", "DATE 2027-03-04", WD),  # "said on Thursday", the DCT's own day
        ("four years", "DURATION P4Y", DUR),
        ("9 November 2026", "DATE 2026-11-09", EXP),
        ("20 December 2026", "DATE 2026-12-20", EXP),
        ("19 December 2030", "DATE 2030-12-19", EXP),  # "until": the signal, no mod
        ("January", "DATE 2027-01", YL),  # a past win after the November 2026 camp
        ("14 January", "DATE 2027-01-14", YL),
        ("two-day", "DURATION P2D", DUR),  # adjectival: "a [two-day] hearing"
        ("last month", "DATE 2027-02", DEI),
        ("21 days", "DURATION P21D", DUR),
        ("the end of next week", "DATE 2027-W10", MODIFIED, "END"),  # reported future
        ("two months", "DURATION P2M", DUR),  # "[two months] before the ban ends"
        ("every month", "SET P1M", SET),
        ("2026", "DATE 2026", EXP),
        ("the previous year", "DATE 2025", ANA),  # anchored on "2026" just before
    ],
    [
        ("29-year-old", AGE),
        ("€35", MONEY),
        ("10.2", LAW),
        ("May", NAME),
        ("may", MODAL),
        ("1,804", COUNT),
        ("12%", PCT),
        ("2030", PHONE),
    ],
)

# --- 2. Parliament sitting agenda. DCT Monday 19 January 2026 (ISO week 4). ---------------
statement(
    "parliament agenda",
    "2026-01-19",
    "The Speaker's Office today published the agenda of the National Assembly for the sitting "
    "that opens on Tuesday morning. Members will first debate the 2026 budget, which the "
    "government tabled on 8 January. Three days have been set aside for the debate, and the "
    "final vote must be held no later than 30 January, the deadline fixed by Section 81 of "
    "the constitution.\n\n"
    "On Thursday afternoon the house will question the chair of the finance committee, Petra "
    "Sunday, about the cost of the northern bypass, which opened in 2019 at a price of 410 "
    "million crowns. Farmers' unions have said they will march on the assembly that day, and "
    "the police may close the square from 7 a.m.\n\n"
    "Question time will be held every Wednesday, and each member may put questions to "
    "ministers twice a month. The house will sit until 27 March, break for two weeks over "
    "Easter and return on 13 April. A bill to cut the notice period for strikes from 14 days "
    "to seven days, introduced last autumn, is listed for a second reading in early March. "
    "Visitors to the public gallery must book 48 hours in advance by calling 020 1990 4411; "
    "groups of more than 30 are asked to write to the Serjeant-at-Arms.",
    [
        ("today", "DATE 2026-01-19", DEI),
        ("Tuesday morning", "TIME 2026-01-20TMO", POD),
        ("2026", "DATE 2026", EXP),  # "the [2026] budget": a date on an event noun
        ("8 January", "DATE 2026-01-08", YL),
        ("Three days", "DURATION P3D", DUR),
        ("30 January", "DATE 2026-01-30", YL),  # "no later than": the signal, no mod
        ("Thursday afternoon", "TIME 2026-01-22TAF", POD),
        ("2019", "DATE 2019", EXP),
        ("that day", "DATE 2026-01-22", ANA),  # the Thursday just named
        ("7 a.m.", "TIME 2026-01-22T07:00", CLK),  # the day the sentence talks about
        ("every Wednesday", "SET XXXX-WXX-3", SET),
        ("twice a month", "SET P1M", SET),  # TIMEX3.md's own example (freq 2X)
        ("27 March", "DATE 2026-03-27", YL),
        ("two weeks", "DURATION P2W", DUR),
        ("Easter", "DATE 2026-04-05", HOL),  # Western Easter Sunday 2026
        ("13 April", "DATE 2026-04-13", YL),
        ("14 days", "DURATION P14D", DUR),
        ("seven days", "DURATION P7D", DUR),
        ("last autumn", "DATE 2025-FA", SEA),
        ("early March", "DATE 2026-03", MODIFIED, "START"),
        ("48 hours", "DURATION PT48H", DUR),
    ],
    [
        ("81", LAW),
        ("Sunday", NAME),
        ("410", MONEY),
        ("march", VERB),
        ("may", MODAL),
        ("may", MODAL),
        ("second", ORD),
        ("1990", PHONE),
        ("30", COUNT),
    ],
)

# --- 3. Health ministry outbreak update. DCT Saturday 6 July 2024 (ISO week 27). ----------
statement(
    "outbreak update",
    "2024-07-06",
    "The Ministry of Health reported 38 new cases of measles in the past seven days, bringing "
    "the total since the outbreak was declared in late April to 412. Most cases are in "
    "children under five; a 14-year-old boy admitted on Wednesday night remains in intensive "
    "care. Two patients have died, the second on 29 June.\n\n"
    "Vaccination teams have given 61,000 doses since 20 May, and the ministry aims to reach "
    "95% of children in the Harlen district by the end of the month. Clinics in the district "
    "will stay open daily until 31 July, and a second round of vaccination will start in "
    'mid-August. "We may see new cases for six weeks," the chief epidemiologist, Dr Ana '
    'Weekes, said on Friday, "but the curve has been flat since mid-June."\n\n'
    "The outbreak is the largest since 2019, when 1,200 cases were recorded over eleven "
    "months. Schools in the district will close a week early, on 12 July, and holiday camps "
    "must check every child's vaccination record before admitting them. The ministry "
    "publishes figures twice a week; the next update comes on Tuesday. Parents with questions "
    "can call the measles line on 1450, and family doctors can order extra doses through the "
    "regional pharmacy.",
    [
        ("the past seven days", "DURATION P7D", DUR),
        ("late April", "DATE 2024-04", MODIFIED, "END"),
        ("Wednesday night", "TIME 2024-07-03TNI", POD),  # past: the Wednesday before the DCT
        ("29 June", "DATE 2024-06-29", YL),
        ("20 May", "DATE 2024-05-20", YL),
        ("the end of the month", "DATE 2024-07", MODIFIED, "END"),
        ("daily", "SET P1D", SET),
        ("31 July", "DATE 2024-07-31", YL),
        ("mid-August", "DATE 2024-08", MODIFIED, "MID"),
        ("six weeks", "DURATION P6W", DUR),
        ("Friday", "DATE 2024-07-05", WD),  # "said on Friday", the day before the DCT
        ("mid-June", "DATE 2024-06", MODIFIED, "MID"),
        ("2019", "DATE 2019", EXP),
        ("eleven months", "DURATION P11M", DUR),
        ("a week", "DURATION P1W", DUR),  # "[a week] early": the length alone
        ("12 July", "DATE 2024-07-12", YL),
        ("twice a week", "SET P1W", SET),
        ("Tuesday", "DATE 2024-07-09", WD),  # future: the Tuesday after the DCT
    ],
    [
        ("412", COUNT),
        ("five", AGE),
        ("14-year-old", AGE),
        ("second", ORD),
        ("61,000", COUNT),
        ("95%", PCT),
        ("second", ORD),
        ("may", MODAL),
        ("Weekes", NAME),
        ("1,200", COUNT),
        ("1450", PHONE),
    ],
)

# --- 4. Airline schedule change. DCT Tuesday 2 October 2029 (ISO week 40). ----------------
statement(
    "airline schedule",
    "2029-10-02",
    "Nordvik Air said today that it will suspend its daily flights between Tromsø and "
    "Reykjavik from 28 October until 29 March 2030. Passengers already booked will be moved "
    "to a service via Oslo or refunded in full, and must choose no later than 15 October.\n\n"
    "The airline blamed a shortage of pilots and the late delivery of two A321 jets, which "
    "were due in the second quarter and are expected early next year. Chief executive Ola "
    "March said the cut would save about 9 million euros over the winter.\n\n"
    "The Hamburg route changes too. On Sunday the last departure under the old timetable will "
    "leave Tromsø at 21:15 CET. From Monday the route will be flown three times a week, with "
    "larger aircraft. Customers who booked before 1 September may change their tickets free "
    "of charge for 30 days, and those who cannot travel at all will get a voucher valid for "
    "a year. Flight NV 2030 to Bergen is not affected.\n\n"
    "The airline carried 1.9 million passengers last year, 6% more than before the pandemic, "
    "and expects to add two routes to Scotland in the summer. Its customer line, +47 2029 "
    "8800, has extra staff this week.",
    [
        ("today", "DATE 2029-10-02", DEI),
        ("daily", "SET P1D", SET),
        ("28 October", "DATE 2029-10-28", YL),
        ("29 March 2030", "DATE 2030-03-29", EXP),
        ("15 October", "DATE 2029-10-15", YL),
        ("the second quarter", "DATE 2029-Q2", QH),  # past "were due": this year's
        ("early next year", "DATE 2030", MODIFIED, "START"),
        ("the winter", "DATE 2029-WI", SEA),  # the coming winter, Dec 2029 to Feb 2030
        ("Sunday", "DATE 2029-10-07", WD),
        # the zone inside the extent, the clock as written (TIMEX3.md is silent on zones)
        ("21:15 CET", "TIME 2029-10-07T21:15", CLK),
        ("Monday", "DATE 2029-10-08", WD),
        ("three times a week", "SET P1W", SET),  # freq 3X, as "twice a month" is 2X
        ("1 September", "DATE 2029-09-01", YL),  # "booked before": past
        ("30 days", "DURATION P30D", DUR),
        ("a year", "DURATION P1Y", DUR),  # "valid for [a year]"
        ("last year", "DATE 2028", DEI),
        ("the summer", "DATE 2030-SU", SEA),  # a plan: the next summer, after this winter
        ("this week", "DATE 2029-W40", DEI),
    ],
    [
        ("A321", MODEL),
        ("March", NAME),
        ("9", MONEY),
        ("may", MODAL),
        ("2030", MODEL),
        ("1.9", COUNT),
        ("6%", PCT),
        ("2029", PHONE),
    ],
)

# --- 5. Satellite launch timeline. DCT Wednesday 22 May 2030 (ISO week 21). ---------------
statement(
    "satellite launch",
    "2030-05-22",
    "The Varland Space Agency confirmed this morning that its weather satellite Meteo-3 will "
    "be launched on Friday on flight VA 2031 from Kourou, with lift-off set for 14:02 UTC. "
    "The launch window lasts 28 minutes; if it is missed, the next attempt will be made on "
    "Saturday.\n\n"
    "The countdown follows a fixed timeline. The first stage separates about three minutes "
    "after lift-off. The 2,140-kilogram satellite leaves the upper stage 52 minutes into the "
    "flight, and a ground station in Norway should pick up its first signal around 15:40 UTC. "
    "Mission director June Alvarez said the team could hold the count for no more than 40 "
    "minutes.\n\n"
    "Engineers began fuelling the satellite on 16 May, and the rocket was rolled out to the "
    "pad last night. The satellite will be tested in orbit for six months and should enter "
    "service in the fourth quarter.\n\n"
    "Meteo-3 replaces Meteo-1, which was launched in March 2011 with a seven-year design life "
    "and still sends pictures. Its twin, Meteo-2, was lost in a launch failure in 2018. The "
    "new satellite will image Europe every 15 minutes, and the coast of Varland every five "
    'minutes during storms. "Forecasters may get far better warnings of flash floods," Ms '
    "Alvarez said, adding that 86% of the satellite's cost of 310 million euros was met by "
    "the national budget.",
    [
        ("this morning", "TIME 2030-05-22TMO", POD),
        ("Friday", "DATE 2030-05-24", WD),
        # the zone inside the extent, the clock as written (TIMEX3.md is silent on zones)
        ("14:02 UTC", "TIME 2030-05-24T14:02", CLK),
        ("28 minutes", "DURATION PT28M", DUR),
        ("Saturday", "DATE 2030-05-25", WD),
        ("about three minutes", "DURATION PT3M", BDUR, "APPROX"),
        ("52 minutes", "DURATION PT52M", DUR),
        ("around 15:40 UTC", "TIME 2030-05-24T15:40", CLK, "APPROX"),  # zone: as above
        ("no more than 40 minutes", "DURATION PT40M", BDUR, "EQUAL_OR_LESS"),
        ("16 May", "DATE 2030-05-16", YL),
        ("last night", "TIME 2030-05-21TNI", POD),
        ("six months", "DURATION P6M", DUR),
        ("the fourth quarter", "DATE 2030-Q4", QH),
        ("March 2011", "DATE 2011-03", EXP),
        ("seven-year", "DURATION P7Y", DUR),
        ("2018", "DATE 2018", EXP),
        ("every 15 minutes", "SET PT15M", SET),
        ("every five minutes", "SET PT5M", SET),
    ],
    [
        ("2031", MODEL),
        ("2,140-kilogram", COUNT),
        ("June", NAME),
        ("may", MODAL),
        ("86%", PCT),
        ("310", MONEY),
    ],
)

# --- 6. Informal forum post. DCT Sunday 31 December 2023 (ISO week 52). -------------------
statement(
    "forum post",
    "2023-12-31",
    "ok so quick update for anyone following my thread from tues. the landlord finally "
    "replied last nite and says the boiler guy can come on weds between 2pm and 4pm. been "
    "without heating for 9 days lol. he also says i owe him the rest of the deposit "
    "(£950!!) by jan 15th or he'll take me to the small claims court, which tbh he may "
    "actually do.\n\n"
    "last winter the exact same thing happened and it took till feb to get fixed, so not "
    "holding my breath. my neighbour in flat 2024 (yes really, the building is huge) says "
    "it's been like this since the 90s and nobody ever fixes anything properly.\n\n"
    "anyway happy nye everyone!! we're doing fireworks on the roof tonight and then the derby "
    "tmrw, hoping for 2-1 to us. will post again on tuesday, or sooner if the "
    "guy actually shows up.\n\n"
    "ps does anyone know if the council office opens on the 2nd? their site doesn't say and "
    "idk who to ask. edit: my mate rang them yday, apparently closed till thursday. great.",
    [
        ("tues", "DATE 2023-12-26", INF),  # past: the Tuesday before the DCT
        ("last nite", "TIME 2023-12-30TNI", INF),
        ("weds", "DATE 2024-01-03", INF),  # future: the Wednesday after the DCT
        ("2pm", "TIME 2024-01-03T14:00", CLK),  # a range: two timexes, "between" outside
        ("4pm", "TIME 2024-01-03T16:00", CLK),
        ("9 days", "DURATION P9D", DUR),
        ("jan 15th", "DATE 2024-01-15", INF),
        ("last winter", "DATE 2022-WI", SEA),  # this winter, around the DCT, is 2023-WI
        ("feb", "DATE 2023-02", INF),  # the February of that winter
        ("the 90s", "DATE 199", DEC),
        ("nye", "DATE 2023-12-31", HOL),
        ("tonight", "TIME 2023-12-31TNI", POD),
        ("tmrw", "DATE 2024-01-01", INF),
        ("tuesday", "DATE 2024-01-02", INF),
        ("the 2nd", "DATE 2024-01-02", DOM),
        ("yday", "DATE 2023-12-30", INF),
        ("thursday", "DATE 2024-01-04", INF),
    ],
    [
        ("£950", MONEY),
        ("may", MODAL),
        ("2024", PHONE),
        ("2-1", SCORE),
    ],
)

# --- 7. Tax office filing deadlines. DCT Friday 3 November 2028 (ISO week 44). ------------
statement(
    "tax deadlines",
    "2028-11-03",
    "The Revenue Office reminded businesses on Friday that VAT returns for the third quarter "
    "must be filed no later than 30 November. Returns for the fourth quarter are due by 31 "
    "January, the same day as company tax returns for fiscal 2027. Firms that file monthly have "
    "until the 20th, as before.\n\n"
    "From 1 January, paper returns will no longer be accepted. The change was announced in "
    "the spring and had already been put back twice from its original start of 1 July 2027. "
    "Commissioner Bruno Easter said 97% of firms now file online, up from 61% in 2019.\n\n"
    "Businesses hit by the October floods may ask for an extension of 90 days. Requests must "
    "reach the office by 15 December and should quote the firm's tax number and Section 12 of "
    "the Tax Code. An extension moves the deadline only; interest is still charged on late "
    "payments.\n\n"
    "Last year 14% of returns arrived late, and in the ten years to 2027 the share of late "
    "returns halved. Late filers pay a fixed penalty of €100 plus 5% of the tax due. The "
    "helpline, 0300 2027 1010, will take calls this weekend and on Saturday 11 November, when "
    "a second reminder goes out by post to every registered firm.",
    [
        ("Friday", "DATE 2028-11-03", WD),
        ("the third quarter", "DATE 2028-Q3", QH),
        ("30 November", "DATE 2028-11-30", YL),
        ("the fourth quarter", "DATE 2028-Q4", QH),
        ("31 January", "DATE 2029-01-31", YL),  # a deadline after the fourth quarter
        ("the same day", "DATE 2029-01-31", ANA),
        ("fiscal 2027", "DATE 2027", FISCAL),
        ("monthly", "SET P1M", SET),
        ("the 20th", "DATE 2028-11-20", DOM),  # the next 20th after the DCT
        ("1 January", "DATE 2029-01-01", YL),
        ("the spring", "DATE 2028-SP", SEA),
        ("1 July 2027", "DATE 2027-07-01", EXP),
        ("now", "DATE PRESENT_REF", VAG),
        ("2019", "DATE 2019", EXP),
        ("October", "DATE 2028-10", YL),  # "the [October] floods", just past
        ("90 days", "DURATION P90D", DUR),
        ("15 December", "DATE 2028-12-15", YL),
        ("Last year", "DATE 2027", DEI),
        ("the ten years", "DURATION P10Y", DUR),
        ("2027", "DATE 2027", EXP),
        ("this weekend", "DATE 2028-W44-WE", DEI),
        ("Saturday 11 November", "DATE 2028-11-11", YL),
    ],
    [
        ("Easter", NAME),
        ("97%", PCT),
        ("61%", PCT),
        ("may", MODAL),
        ("12", LAW),
        ("14%", PCT),
        ("€100", MONEY),
        ("5%", PCT),
        ("2027", PHONE),
        ("second", ORD),
    ],
)

# --- 8. Planned power outage. DCT Tuesday 10 August 2021 (ISO week 32). -------------------
statement(
    "power outage",
    "2021-08-10",
    "Harbour Power will cut electricity to 3,400 homes in the Old Town on Thursday night to "
    "replace a cable laid in the 1960s. Supply will be switched off at 11 p.m. and should be "
    "back by 5 a.m. Friday, the company said on Tuesday. The work was first planned for late "
    "July but was put back after a fault at the Mill Street substation.\n\n"
    "Customers who rely on medical equipment have been called and will be offered a "
    "generator for the six hours. Shops that open early can ask for 48-hour notice of any "
    "further change. Street lights and traffic signals will stay on, and residents may notice "
    "flickering after the power returns.\n\n"
    "A second outage, for the streets north of the harbour, is planned for Sunday 22 August, "
    "between 6 a.m. and noon. In May, a similar job in the West End took two days, after "
    "crews found a gas main where the plans showed none.\n\n"
    "The company has replaced 40 km of old cable since 2018 and aims to finish the programme "
    "by the end of 2024. It spends about 2 million pounds on the work each year, a sum the "
    "regulator allows it to recover through bills. Faults can be reported on 0800 1965 220.",
    [
        ("Thursday night", "TIME 2021-08-12TNI", POD),
        ("the 1960s", "DATE 196", DEC),
        ("11 p.m.", "TIME 2021-08-12T23:00", CLK),  # the Thursday night the text is on
        ("5 a.m. Friday", "TIME 2021-08-13T05:00", CLK),  # one timex, "by" outside
        ("Tuesday", "DATE 2021-08-10", WD),
        ("late July", "DATE 2021-07", MODIFIED, "END"),
        ("the six hours", "DURATION PT6H", DUR),
        ("48-hour", "DURATION PT48H", DUR),
        ("Sunday 22 August", "DATE 2021-08-22", YL),
        ("6 a.m.", "TIME 2021-08-22T06:00", CLK),  # a range: two timexes
        ("noon", "TIME 2021-08-22T12:00", CLK),
        ("May", "DATE 2021-05", YL),  # the month, heading a sentence
        ("two days", "DURATION P2D", DUR),
        ("2018", "DATE 2018", EXP),
        ("the end of 2024", "DATE 2024", MODIFIED, "END"),
        ("each year", "SET P1Y", SET),
    ],
    [
        ("3,400", COUNT),
        ("may", MODAL),
        ("40", COUNT),
        ("2", MONEY),
        ("1965", PHONE),
    ],
)

# --- 9. Library closure notice, with no date of its own (dct=None). -----------------------
statement(
    "undated notice",
    None,
    "Riverside Library will close for refurbishment from 3 June until the end of July, the "
    "board of trustees has announced. The building has hardly changed since it opened in "
    "October 1987; a reading room was added the following year, and the heating has failed "
    "three times this winter.\n\n"
    "The chair of the trustees, Margaret April, said the work would take eight weeks and cost "
    "£1.2 million, 40% of it from a national grant awarded last year. Staff may be moved to "
    "the Kingsmere branch for two months.\n\n"
    "During the closure a mobile library will park in the market square every Saturday. "
    "Books due while the library is shut can be kept until 15 August without a fine, and "
    "films and games can be borrowed until Friday. Members aged 65 "
    "and over can ask for books to be delivered to their homes.\n\n"
    "The reopening, planned for 1 September, will start with a concert by the local band "
    "Route 1980 and a week of free events for children. The library has been run by the "
    "town since 1952 and lends about 90,000 books a year. Questions about the closure can be "
    "sent to the trustees or asked by phone on 01632 1987 40.",
    [
        ("3 June", "DATE XXXX-06-03", UND),  # the notice's own present thread, year unknown
        ("the end of July", "DATE XXXX-07", UND, "END"),
        ("October 1987", "DATE 1987-10", EXP),
        ("the following year", "DATE 1988", ANA),
        ("this winter", "DATE XXXX-WI", UND),
        ("eight weeks", "DURATION P8W", DUR),
        ("last year", "DATE XXXX", UND),
        ("two months", "DURATION P2M", DUR),
        ("every Saturday", "SET XXXX-WXX-6", SET),
        ("15 August", "DATE XXXX-08-15", UND),
        ("Friday", "DATE XXXX-WXX-5", UND),
        ("1 September", "DATE XXXX-09-01", UND),
        ("a week", "DURATION P1W", DUR),
        ("1952", "DATE 1952", EXP),
        ("a year", "SET P1Y", SET),  # a rate, "books a year", as TimeBank's "15 a year"
    ],
    [
        ("April", NAME),
        ("1.2", MONEY),
        ("40%", PCT),
        ("may", MODAL),
        ("65", AGE),
        ("1980", NAME),
        ("90,000", COUNT),
        ("1987", PHONE),
    ],
)


def problems() -> list[str]:
    """The first set's consistency check, plus the length bound of 150-300 words."""
    return bounded_problems(STATEMENTS)


def main() -> None:
    score_and_print(STATEMENTS, "whole statements, third blind set", __doc__)


if __name__ == "__main__":
    main()
