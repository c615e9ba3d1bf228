#!/usr/bin/env python3
"""chronos on blind held-out sentences: press text, a history narrative and informal messages.

A fourth set beside ``heldout_phrases.py`` and ``heldout_placement.py``, measured by the same
harness and rules (exact extent, type, value and mod; a negative item is right when nothing
overlaps its word). Unlike those two, it was written blind: without reading chronos's code,
its tests, its extraction and parsing guides or the other sets' items, so it was not written
for classes chronos was known to handle or to miss. Its sentences are the project's own and
spread over what such text holds: explicit dates in their common spellings (including a
day-first numeric date where the dateline fixes the order), year-less dates, weekdays in past
and future clauses, deictic and anaphoric expressions, "ago", parts of the day, clock times
(with a zone), durations (adjectival, approximate, bounded), recurrences, quarters and fiscal
years, seasons, decades and centuries, the two ends of a range, holidays, vague references,
informal spellings, and words that only look like times (a name, a verb, a newspaper, a score,
money, an article number, a version, a phone number). The expected TIMEX3 of every item was
decided from TimeML's conventions (../shared/TIMEX3.md) and the item's DCT before chronos was
run on it; where TimeML allows two readings, a comment beside the item says which one was
taken and why. The three DCTs are the other sets' (news Wednesday 12 March 2025, informal
Thursday 12 June 2025, narrative an article on September 1939 published 1 September 2009).
There are 172 items: 122 news, 20 narrative and 30 informal, of which 19 are words that must
not be read; 27 classes.

First run, on the commit that added the items (no expected value was changed after it: none
contradicts TIMEX3.md, so none was corrected)::

    blind set (written without reading chronos, never tuned on): 172 items
                            news         narrative          informal               all
    parse        97/99    98.0 %   10/10   100.0 %   25/26    96.2 %  132/135   97.8 %
    extract     118/122   96.7 %   17/20    85.0 %   27/30    90.0 %  162/172   94.2 %

The misses by class, most first (parse and extract together): the history text's year-less
and anaphoric phrases 3 (extract: "[The following Sunday]" and "By [the mid-1930s]" read
without their determiner or pre-modifier, and "the end of the month" placed in the DCT's
month, 2009-09, not the text's September 1939); informal ordinary 3 ("a couple of weeks" given
mod APPROX by both APIs, where this set reads "a couple" as two; "lately" not read); clock
time 2 ("midnight" as T00:00, the start of the DCT's day, where this set writes T24:00, its
end, in both APIs: a curfew that "begins at midnight" then lies in the past); duration 2 ("two
and a half years" as P2Y6M where this set writes P2.5Y, the same length in another string,
both APIs); one each for an informal US date ("6/20" not read), a name ("the Summer Palace"
read as DATE 2025-SU) and a weekday in a present-tense schedule ("begins ... on Sunday" read
as the past Sunday, 2025-03-09, not the coming one). The set is short, clean sentences with
one or two timexes each, so its rate is not a rate on long running text.

After the first run, the misses were read as phenomena and fixed as rules, each with tests
in other words than the set's (an anaphoric weekday, a part "of the" month or year in a
history text, the article of "the mid-1930s" before a clause, a season that heads a name,
"lately", midnight in a future clause, present-tense timetable verbs); no expected value
changed. The set is no longer blind to those classes. Second run: parse 133/135, extract
169/172 (news 121/122, narrative 20/20, informal 28/30); left are "two and a half years",
"a couple of weeks" and "my flight is 6/20".

Usage::

    python benchmarks/heldout_blind.py [--misses]
"""

from __future__ import annotations

import argparse

import heldout_phrases as hp
from heldout_phrases import (
    INFORMAL_DCT,
    NARRATIVE_DCT,
    NEWS_DCT,
    informal,
    narrative,
    negative,
    news,
)

START = len(hp.ITEMS)

# --- news (DCT Wednesday 12 March 2025, ISO week 11) ------------------------------------
E = "explicit date"
news(
    E,
    "The agreement was signed on the 3rd of May, 2024, in Geneva.",
    "the 3rd of May, 2024",
    "DATE 2024-05-03",
    phrase="on the 3rd of May, 2024",
)
news(
    E,
    "Voting closes on May 3rd, 2026, the commission said.",
    "May 3rd, 2026",
    "DATE 2026-05-03",
    phrase="on May 3rd, 2026",
)
news(
    E,
    "Under the plan the levy rises to 4 percent on 1 April 2026.",
    "1 April 2026",
    "DATE 2026-04-01",
    phrase="on 1 April 2026",
)
news(E, "The filing, dated 2024-11-05, was made public this week.", "2024-11-05", "DATE 2024-11-05")
news(
    E,
    "The court set a hearing for Sept. 9, 2025.",
    "Sept. 9, 2025",
    "DATE 2025-09-09",
    phrase="for Sept. 9, 2025",
)
news(E, "Turnout in the 2022 election was the lowest on record.", "2022", "DATE 2022")

N = "numeric date, day first"
# The dateline writes the DCT day first (12.03.2025), and month first 04.03.2025 would be
# 3 April 2025, after the DCT, which the past "met" rules out: only 4 March is possible.
news(
    N,
    "The council first met on 04.03.2025 to discuss the tariffs.",
    "04.03.2025",
    "DATE 2025-03-04",
    context="BRUSSELS, 12.03.2025 - ",
)
# 24 cannot be a month: day first whatever the context.
news(
    N,
    "Payments made after 24.02.2025 will be refunded, the tax office said.",
    "24.02.2025",
    "DATE 2025-02-24",
    phrase="after 24.02.2025",
)

Y = "year-less date"
news(
    Y,
    "The two leaders last met on the twelfth of January.",
    "the twelfth of January",
    "DATE 2025-01-12",
    phrase="on the twelfth of January",
    tense="past",
)
news(
    Y,
    "Ballots must arrive by April 30, officials said.",
    "April 30",
    "DATE 2025-04-30",
    phrase="by April 30",
    tense="future",
)
news(
    Y,
    "Shares closed at a record high on 7 March.",
    "7 March",
    "DATE 2025-03-07",
    phrase="on 7 March",
    tense="past",
)
news(
    Y,
    "The strike began on Feb. 27 and ended two days later.",
    "Feb. 27",
    "DATE 2025-02-27",
    phrase="on Feb. 27",
    tense="past",
)

W = "weekday"
news(
    W,
    "The minister resigned on Sunday after the leak.",
    "Sunday",
    "DATE 2025-03-09",
    phrase="on Sunday",
    tense="past",
)
news(
    W,
    "Talks will resume on Friday in Doha.",
    "Friday",
    "DATE 2025-03-14",
    phrase="on Friday",
    tense="future",
)
# From a Wednesday, "next Tuesday" is the Tuesday of next week; the nearest coming Tuesday is
# the same day here, so both readings agree.
news(
    W,
    "The union has called a strike for next Tuesday.",
    "next Tuesday",
    "DATE 2025-03-18",
    phrase="for next Tuesday",
    tense="future",
)
news(W, "The vote took place last Thursday.", "last Thursday", "DATE 2025-03-06", tense="past")
news(
    W,
    "Police said Monday that three people had been detained.",
    "Monday",
    "DATE 2025-03-10",
    tense="past",
)
news(W, "A verdict is expected Thursday.", "Thursday", "DATE 2025-03-13", tense="future")
news(
    W,
    "By Saturday the river had receded.",
    "Saturday",
    "DATE 2025-03-08",
    phrase="By Saturday",
    tense="past",
)
news(
    W,
    "The president begins a two-week visit to Asia on Sunday.",
    "Sunday",
    "DATE 2025-03-16",
    phrase="on Sunday",
    tense="future",
)

R = "deictic day, week, month, year"
news(R, "Inflation eased last month, the statistics office said.", "last month", "DATE 2025-02")
news(R, "The company will publish its results next week.", "next week", "DATE 2025-W12")
news(R, "The firm has cut 300 jobs this year.", "this year", "DATE 2025")
news(R, "Yesterday's decision surprised analysts.", "Yesterday", "DATE 2025-03-11")
news(R, "The plant will close tomorrow.", "tomorrow", "DATE 2025-03-13")
news(R, "The embassy is closed today.", "today", "DATE 2025-03-12")
news(R, "The report is due the day after tomorrow.", "the day after tomorrow", "DATE 2025-03-14")
news(R, "Negotiators have met twice this week.", "this week", "DATE 2025-W11")
news(R, "The central bank raised rates four times last year.", "last year", "DATE 2024")

A = "ago"
# A count of days gives a day; two weeks before 12 March is Wednesday 26 February.
news(A, "The ship was seized two weeks ago.", "two weeks ago", "DATE 2025-02-26")
news(A, "The law was passed three years ago.", "three years ago", "DATE 2022")
news(A, "The mayor took office eight months ago.", "eight months ago", "DATE 2024-07")

T = "anaphoric"
news(
    T,
    "The following day, the delegations exchanged drafts.",
    "The following day",
    "DATE 2025-03-04",
    context="The talks opened in Vienna on Monday, March 3. ",
)
news(
    T,
    "That year it sold 40,000 units.",
    "That year",
    "DATE 2011",
    context="The company was founded in 2011. ",
)
# "later" has no anchor of its own in the clause, so it stays inside the extent (as in
# TimeBank's "a year later"); the value is the day two days after 27 February.
news(
    T,
    "The strike began on Feb. 27 and ended two days later.",
    "two days later",
    "DATE 2025-03-01",
    in_text=True,
)
# Two weeks after a day is read as a day (14 June + 14 days), not as the week it falls in.
news(
    T,
    "Two weeks later it was grounded.",
    "Two weeks later",
    "DATE 2019-06-28",
    context="The airline's first flight was on 14 June 2019. ",
)
news(
    T,
    "By the end of that month, 12,000 people had left.",
    "the end of that month",
    "DATE 2023-10 mod=END",
    context="Flooding hit the region in October 2023. ",
)

P = "part of day"
news(
    P,
    "The explosion happened early this morning.",
    "early this morning",
    "TIME 2025-03-12TMO mod=START",
)
news(
    P,
    "Protesters gathered on Tuesday evening.",
    "Tuesday evening",
    "TIME 2025-03-11TEV",
    phrase="on Tuesday evening",
    tense="past",
)
news(P, "The ministry will respond tonight.", "tonight", "TIME 2025-03-12TNI")
news(
    P,
    "The tanker ran aground late Sunday night.",
    "late Sunday night",
    "TIME 2025-03-09TNI mod=END",
    tense="past",
)
news(P, "The prime minister will speak this afternoon.", "this afternoon", "TIME 2025-03-12TAF")
news(P, "Traffic was halted yesterday morning.", "yesterday morning", "TIME 2025-03-11TMO")

C = "clock time"
news(
    C,
    "Polls open at 7 a.m. Thursday.",
    "7 a.m. Thursday",
    "TIME 2025-03-13T07:00",
    phrase="at 7 a.m. Thursday",
    tense="future",
)
news(
    C,
    "The market closed at 4 p.m. Tuesday after a volatile session.",
    "4 p.m. Tuesday",
    "TIME 2025-03-11T16:00",
    phrase="at 4 p.m. Tuesday",
    tense="past",
)
news(
    C,
    "The deadline expires at noon tomorrow.",
    "noon tomorrow",
    "TIME 2025-03-13T12:00",
    phrase="at noon tomorrow",
)
# Midnight at the end of today: ISO 8601's 24:00 of the day, as TimeBank writes it.
news(
    C,
    "The curfew begins at midnight.",
    "midnight",
    "TIME 2025-03-12T24:00",
    phrase="at midnight",
    tense="future",
)
news(
    C,
    "Witnesses said the shooting began around 7:15 p.m. Monday.",
    "around 7:15 p.m. Monday",
    "TIME 2025-03-10T19:15 mod=APPROX",
    tense="past",
)

Z = "clock time with zone"
# The zone is inside the extent and, for UTC/GMT, in the value as ISO 8601's "Z" (the form
# MEANTIME's annotators write for "18:00 UTC").
news(
    Z,
    "The statement was released at 14:00 GMT.",
    "14:00 GMT",
    "TIME 2025-03-12T14:00Z",
    phrase="at 14:00 GMT",
    tense="past",
)
news(
    Z,
    "The launch is scheduled for 09:30 UTC Friday.",
    "09:30 UTC Friday",
    "TIME 2025-03-14T09:30Z",
    phrase="for 09:30 UTC Friday",
    tense="future",
)

U = "duration"
news(
    U, "The hostages were held for 18 months.", "18 months", "DURATION P18M", phrase="for 18 months"
)
news(
    U,
    "Prices have risen in the past three months.",
    "the past three months",
    "DURATION P3M",
    phrase="in the past three months",
)
news(U, "Talks could take several weeks.", "several weeks", "DURATION PXW")
news(
    U, "The reactor was shut for a few days.", "a few days", "DURATION PXD", phrase="for a few days"
)
# ISO 8601 allows a decimal fraction on the last component; TimeBank writes "P2.5Y".
news(U, "She served two and a half years in prison.", "two and a half years", "DURATION P2.5Y")
# Half an hour is written in the unit below, as TimeBank writes "a minute and a half" PT1M30S.
news(U, "The meeting lasted half an hour.", "half an hour", "DURATION PT30M")
# "within" is a signal: outside the extent and, being a preposition, no mod on the length.
news(
    U,
    "A decision is expected within 48 hours.",
    "48 hours",
    "DURATION PT48H",
    phrase="within 48 hours",
)

UA = "adjectival duration"
news(UA, "The president begins a two-week visit to Asia on Sunday.", "two-week", "DURATION P2W")
news(UA, "Tenants must receive 30-day notice.", "30-day", "DURATION P30D")
news(UA, "Nurses are working 12-hour shifts.", "12-hour", "DURATION PT12H")
news(UA, "The new government unveiled a 100-day plan.", "100-day", "DURATION P100D")

UM = "approximate or bounded duration"
news(
    UM,
    "The trial is expected to last about six weeks.",
    "about six weeks",
    "DURATION P6W mod=APPROX",
)
news(
    UM,
    "The outage lasted more than four hours.",
    "more than four hours",
    "DURATION PT4H mod=MORE_THAN",
)
news(
    UM,
    "Applicants have at least 60 days to respond.",
    "at least 60 days",
    "DURATION P60D mod=EQUAL_OR_MORE",
)
news(
    UM,
    "The ceasefire has held for less than a week.",
    "less than a week",
    "DURATION P1W mod=LESS_THAN",
    phrase="for less than a week",
)
news(UM, "The ban can last up to 90 days.", "up to 90 days", "DURATION P90D mod=EQUAL_OR_LESS")
# "almost" stays below the length: LESS_THAN, as TimeBank annotates "almost a hundred years".
news(
    UM,
    "The dispute has dragged on for almost three years.",
    "almost three years",
    "DURATION P3Y mod=LESS_THAN",
    phrase="for almost three years",
)

S = "set"
news(S, "The committee meets every Monday.", "every Monday", "SET XXXX-WXX-1")
news(S, "Inspectors visit the site twice a year.", "twice a year", "SET P1Y")
news(S, "The figures are published monthly.", "monthly", "SET P1M")
news(S, "Markets are closed on Sundays.", "Sundays", "SET XXXX-WXX-7", phrase="on Sundays")
news(S, "Patients must take the drug every eight hours.", "every eight hours", "SET PT8H")
# A season of every year, as TimeBank writes "each July" XXXX-07.
news(S, "Each spring the river floods the valley.", "Each spring", "SET XXXX-SP")
news(S, "The data is updated daily.", "daily", "SET P1D")
news(S, "Bins are collected every other week.", "every other week", "SET P2W")

Q = "quarter, half, fiscal year"
news(
    Q,
    "Profit rose 8% in the fourth quarter of 2024.",
    "the fourth quarter of 2024",
    "DATE 2024-Q4",
    phrase="in the fourth quarter of 2024",
)
news(
    Q,
    "The chain expects weaker sales in the first half.",
    "the first half",
    "DATE 2025-H1",
    phrase="in the first half",
    tense="future",
)
news(
    Q,
    "The group will report second-quarter earnings in July.",
    "second-quarter",
    "DATE 2025-Q2",
    tense="future",
)
# A fiscal year is named by its year, as TimeBank writes "fiscal 1989" 1989 (when it starts
# is the company's, not the text's).
news(
    Q,
    "Revenue for fiscal 2024 came in at $3 billion.",
    "fiscal 2024",
    "DATE 2024",
    phrase="for fiscal 2024",
)
news(Q, "Deliveries slumped in Q3 2024.", "Q3 2024", "DATE 2024-Q3", phrase="in Q3 2024")
news(Q, "Margins widened last quarter.", "last quarter", "DATE 2024-Q4")

SE = "season"
# In March, "next autumn" is the coming autumn of 2025, not that of 2026.
news(SE, "The works are due to finish next autumn.", "next autumn", "DATE 2025-FA")
news(SE, "Last summer's floods cost the region dearly.", "Last summer", "DATE 2024-SU")
news(SE, "The treaty will be signed this spring.", "this spring", "DATE 2025-SP")
news(
    SE,
    "Gas prices peaked in the winter of 2022.",
    "the winter of 2022",
    "DATE 2022-WI",
    phrase="in the winter of 2022",
)

X = "decade, century"
news(
    X,
    "Unemployment last reached that level in the 1990s.",
    "the 1990s",
    "DATE 199",
    phrase="in the 1990s",
)
news(
    X,
    "The bridge dates from the 19th century.",
    "the 19th century",
    "DATE 18",
    phrase="from the 19th century",
)
news(
    X,
    "The scheme was first tried in the early 1980s.",
    "the early 1980s",
    "DATE 198 mod=START",
    phrase="in the early 1980s",
)

M = "modifier early/mid/late/end"
news(
    M,
    "The ruling is expected by mid-October.",
    "mid-October",
    "DATE 2025-10 mod=MID",
    phrase="by mid-October",
    tense="future",
)
news(M, "The factory closed in late 2024.", "late 2024", "DATE 2024 mod=END", phrase="in late 2024")
news(
    M,
    "The line should open by the end of next year.",
    "the end of next year",
    "DATE 2026 mod=END",
    phrase="by the end of next year",
)
news(M, "Talks resume early next week.", "early next week", "DATE 2025-W12 mod=START")

G = "range end"
# Each end of a range is its own timex; the signals "from", "to", "between", "and" are out.
news(
    G,
    "The exhibition runs from 4 April to 29 June.",
    "4 April",
    "DATE 2025-04-04",
    phrase="from 4 April",
    tense="future",
)
news(G, "The exhibition runs from 4 April to 29 June.", "29 June", "DATE 2025-06-29", in_text=True)
news(G, "Between 2019 and 2021 the firm tripled its debt.", "2019", "DATE 2019")
news(G, "Between 2019 and 2021 the firm tripled its debt.", "2021", "DATE 2021", in_text=True)
news(
    G,
    "Tonight's curfew will run from 10 p.m. to 5 a.m.",
    "10 p.m.",
    "TIME 2025-03-12T22:00",
    in_text=True,
)
# A night curfew ends the next morning.
news(
    G,
    "Tonight's curfew will run from 10 p.m. to 5 a.m.",
    "5 a.m.",
    "TIME 2025-03-13T05:00",
    in_text=True,
)
news(G, "Tonight's curfew will run from 10 p.m. to 5 a.m.", "Tonight", "TIME 2025-03-12TNI")

H = "holiday"
news(
    H,
    "The shops will reopen after Easter.",
    "Easter",
    "DATE 2025-04-20",
    phrase="after Easter",
    tense="future",
)
news(
    H,
    "The tower was evacuated on New Year's Eve.",
    "New Year's Eve",
    "DATE 2024-12-31",
    phrase="on New Year's Eve",
    tense="past",
)
news(
    H,
    "The fireworks on the Fourth of July will be cancelled.",
    "the Fourth of July",
    "DATE 2025-07-04",
    phrase="on the Fourth of July",
    tense="future",
)
news(
    H,
    "Retail sales slumped over Christmas.",
    "Christmas",
    "DATE 2024-12-25",
    phrase="over Christmas",
    tense="past",
)

V = "vague reference"
news(V, "Prices have risen sharply recently.", "recently", "DATE PAST_REF")
news(V, "The minister is currently in Brussels.", "currently", "DATE PRESENT_REF")
news(V, "A decision will come soon.", "soon", "DATE FUTURE_REF")
news(V, "Now the company faces a fine.", "Now", "DATE PRESENT_REF")
news(V, "Such attacks were rare in the past.", "the past", "DATE PAST_REF", phrase="in the past")
# TIMEX3.md gives "in coming months" as FUTURE_REF; the determiner is inside the extent.
news(
    V,
    "The bank will cut rates in the coming months.",
    "the coming months",
    "DATE FUTURE_REF",
    phrase="in the coming months",
)

F = "not a time"
negative("news", F, "Theresa May told MPs the deal was dead.", "May")
negative("news", F, "Farmers plan to march on the capital.", "march")
negative("news", F, "The Sunday Times reported the figures first.", "Sunday")
negative("news", F, "Arsenal won 2-1 at home.", "2-1")
negative("news", F, "The government invoked Article 50 to start the exit.", "50")
negative("news", F, "The insurer paid $2.5 billion in claims.", "$2.5 billion")
negative("news", F, "Version 2.0 of the app added encryption.", "2.0")
negative("news", F, "Readers can call the hotline on 0800 123 4567.", "0800 123 4567")
negative("news", F, "The company sold 1,945 homes.", "1,945")
negative("news", F, "Interstate 95 was closed in both directions.", "95")
negative("news", F, "The Boeing 737 returned to service.", "737")
negative("news", F, "Tourists queued outside the Summer Palace in Beijing.", "Summer")
negative("news", F, "A magnitude 7.1 earthquake struck offshore.", "7.1")

# --- narrative (an article on 1939, DCT 1 September 2009; the text before each sentence
# ends "German troops crossed the Polish border on 1 September 1939.") ---------------------
NY = "history: year-less and anaphoric"
narrative(
    NY,
    "On 3 September Britain and France declared war on Germany.",
    "3 September",
    "DATE 1939-09-03",
    phrase="On 3 September",
    anaphoric=True,
)
narrative(
    NY,
    "The Soviet invasion followed on 17 September.",
    "17 September",
    "DATE 1939-09-17",
    phrase="on 17 September",
    anaphoric=True,
)
narrative(
    NY,
    "Warsaw held out until the end of the month.",
    "the end of the month",
    "DATE 1939-09 mod=END",
    anaphoric=True,
)
# 1 September 1939 was a Friday.
narrative(
    NY,
    "The following Sunday, Britain declared war.",
    "The following Sunday",
    "DATE 1939-09-03",
    anaphoric=True,
)
narrative(
    NY,
    "The following spring, the occupiers began building camps.",
    "The following spring",
    "DATE 1940-SP",
    anaphoric=True,
)
narrative(
    NY,
    "That autumn, the occupiers closed the universities.",
    "That autumn",
    "DATE 1939-FA",
    anaphoric=True,
)
narrative(
    NY,
    "The previous March, Germany had occupied Prague.",
    "The previous March",
    "DATE 1939-03",
    anaphoric=True,
)
# In a text on 1939, "the twenties" are the 1920s, not the 2020s of the DCT.
narrative(
    NY, "Warsaw had grown quickly in the twenties.", "the twenties", "DATE 192", anaphoric=True
)
narrative(
    NY,
    "By the mid-1930s the army had few modern tanks.",
    "the mid-1930s",
    "DATE 193 mod=MID",
    phrase="By the mid-1930s",
)

NE = "history: explicit"
narrative(
    NE,
    "On Sunday, 17 September 1939, the Red Army crossed the eastern frontier.",
    "Sunday, 17 September 1939",
    "DATE 1939-09-17",
    phrase="On Sunday, 17 September 1939",
)
narrative(
    NE,
    "By the summer of 1940 France too had fallen.",
    "the summer of 1940",
    "DATE 1940-SU",
    phrase="By the summer of 1940",
)
narrative(NE, "By 1945 the city lay in ruins.", "1945", "DATE 1945", phrase="By 1945")
narrative(
    NE,
    "In the 1920s Poland had fought a war with the Soviets.",
    "the 1920s",
    "DATE 192",
    phrase="In the 1920s",
)
narrative(NE, "It became the 20th century's deadliest conflict.", "the 20th century", "DATE 19")

ND = "history: duration and deictic"
narrative(
    ND,
    "Within a fortnight German columns were near Warsaw.",
    "a fortnight",
    "DURATION P2W",
    phrase="Within a fortnight",
)
narrative(ND, "The Polish campaign lasted five weeks.", "five weeks", "DURATION P5W")
narrative(ND, "Six years of war followed.", "Six years", "DURATION P6Y")
# "today" in a history article is the article's own day, the DCT.
narrative(ND, "The anniversary is marked in Gdansk today.", "today", "DATE 2009-09-01")

negative("narrative", F, "Jan Karski carried the report to London.", "Jan")
negative("narrative", F, "The 10th Army advanced on Warsaw.", "10th")

# --- informal (DCT Thursday 12 June 2025, ISO week 24) ----------------------------------
IS = "informal spelling"
informal(IS, "r u free tmrw?", "tmrw", "DATE 2025-06-13")
informal(
    IS, "see u on the 20th!", "the 20th", "DATE 2025-06-20", phrase="on the 20th", tense="future"
)
informal(IS, "party sat night, u in?", "sat night", "TIME 2025-06-14TNI", tense="future")
informal(IS, "got back from lisbon last wknd", "last wknd", "DATE 2025-W23-WE")
informal(IS, "cant make it 2morrow sorry", "2morrow", "DATE 2025-06-13")
informal(IS, "out tonite, txt me", "tonite", "TIME 2025-06-12TNI")
informal(
    IS, "haven't seen her since xmas", "xmas", "DATE 2024-12-25", phrase="since xmas", tense="past"
)
# US month/day in an informal message; 20 cannot be a month.
informal(IS, "my flight is 6/20", "6/20", "DATE 2025-06-20", tense="future")
informal(IS, "rent due jun 30", "jun 30", "DATE 2025-06-30", tense="future")
# From a Thursday, next Tuesday falls in next week under every reading.
informal(IS, "lets do next tues", "next tues", "DATE 2025-06-17", tense="future")

IO = "informal ordinary"
informal(IO, "i told u on monday", "monday", "DATE 2025-06-09", phrase="on monday", tense="past")
informal(IO, "saw it 3 days ago", "3 days ago", "DATE 2025-06-09")
informal(IO, "missed the bus this morning ugh", "this morning", "TIME 2025-06-12TMO")
informal(IO, "dentist at 3pm", "3pm", "TIME 2025-06-12T15:00", phrase="at 3pm")
informal(IO, "took 45 mins to get here", "45 mins", "DURATION PT45M")
# "a couple of" is two, as counted units go.
informal(IO, "it's been a couple of weeks", "a couple of weeks", "DURATION P2W")
informal(IO, "we do pizza every friday", "every friday", "SET XXXX-WXX-5")
informal(IO, "i go to the gym every day", "every day", "SET P1D")
informal(IO, "kids are with me every weekend", "every weekend", "SET XXXX-WXX-WE")
informal(IO, "been so tired lately", "lately", "DATE PAST_REF")
informal(IO, "nobody writes letters nowadays", "nowadays", "DATE PRESENT_REF")
informal(
    IO, "cant wait for summer!!", "summer", "DATE 2025-SU", phrase="for summer", tense="future"
)
informal(IO, "halloween party at mine??", "halloween", "DATE 2025-10-31", tense="future")
informal(
    IO, "thanksgiving at grandmas this year?", "thanksgiving", "DATE 2025-11-27", tense="future"
)
informal(IO, "the 4th of july bbq is ON", "the 4th of july", "DATE 2025-07-04", tense="future")
informal(
    IO,
    "they're getting wed in august",
    "august",
    "DATE 2025-08",
    phrase="in august",
    tense="future",
)

negative("informal", F, "may i borrow ur charger", "may")
negative("informal", F, "they're getting wed in august", "wed")
negative("informal", F, "that film is a 10/10", "10/10")
negative("informal", F, "sat next to her in class", "sat")

ITEMS = hp.ITEMS[START:]


def _check() -> None:
    """Every extent must be in its sentence: the harness measures its first occurrence."""
    for item in ITEMS:
        if not item.extent or item.extent not in item.text:
            raise SystemExit(f"extent {item.extent!r} not in {item.text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    _check()
    print(f"DCTs: news {NEWS_DCT}, narrative {NARRATIVE_DCT}, informal {INFORMAL_DCT}\n")
    misses = hp._table(
        ITEMS, "blind set (written without reading chronos; fixes made after its first run)"
    )
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
