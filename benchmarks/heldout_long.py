#!/usr/bin/env python3
"""chronos on whole statements: eleven press texts of several paragraphs, scored as documents.

The other held-out sets (``heldout_phrases.py``, ``heldout_placement.py``, ``heldout_blind.py``)
hold short, clean sentences with one or two timexes each. Users hand chronos whole statements:
several paragraphs, many timexes, chains of anaphora ("the following day", "that week", "two
days later", "the same month"), reported speech, tense shifts, and words that only look like
times. This set measures that. Each statement is 150-350 words in the project's own words, in
one genre: a government press release, a court ruling, an earnings release, a sports report, a
travel advisory, an obituary, a police statement, a history piece published fifty years after
its events, an informal chat log, an undated statement (``dct=None``: only its own dates
resolve, and what only a DCT could place keeps an underspecified ``XXXX-...`` value) and a
software release. Each has its own DCT (different weekdays and years). For every timex the
exact extent (TimeML span rules: signal words outside, determiners and modifiers inside),
type, value and mod were decided from ../shared/TIMEX3.md and the statement's DCT; where
TimeML allows two readings, a comment beside the item says which was taken and why. Words
that only look temporal (a name, the modal "may", "March" as a verb, a newspaper, scores,
money, percentages, ages, article and section numbers, versions, phone numbers) are listed
per statement: a mention over one of them is a spurious mention of that class.

Conventions taken where TIMEX3.md leaves a choice (each used throughout the set):

- "N units later/earlier" after a dated mention is a DATE at the anchor's grain when the
  anchor is a day ("three days later" after 17 August 1974 is 1974-08-20); "N units ago" is a
  DATE at the unit's grain ("two years ago" is a year).
- "[two days] after the letter", "[five days] before the arrest": the DURATION alone (the
  signal and the event are outside), as TIMEX3.md writes it.
- An age ("a 34-year-old man", "aged 27", "She was 91") is not a timex: the annotated files
  in ../shared/eval/data tag none of the 34 "year-old" phrases their texts hold.
- Modifiers: "about"/"around" APPROX, "more than" MORE_THAN, "under" LESS_THAN; words whose
  mod the annotated files disagree on ("almost", "nearly") are not used.
- "the three months ended June 30" is two timexes, the DURATION "the three months" and the
  DATE "June 30", as the annotated files tag that construction.
- A clock time without its own day takes the day the text is talking about (the day of the
  same sentence or message); "10 a.m. Thursday" and "tomorrow 7pm" are one timex each.
- A rate ("12,000 vehicles a day") is a SET, as TimeBank tags "15 a year".
- With ``dct=None``, explicit dates and what is anchored on them resolve; a deictic phrase
  keeps its grain with unknown fields ("last year" ``XXXX``, "Monday" ``XXXX-WXX-1``, "the
  end of this month" ``XXXX-XX`` mod END), and so does a year-less date in the statement's
  present-day thread ("31 July" ``XXXX-07-31``).

Scoring is whole-document: ``extract(text, dct=...)`` over each statement, matched against its
gold list by character offsets. Per statement (one genre each) and overall it prints precision,
recall and F1 of the exact extent, and of (extent, type, value, mod). ``--misses`` prints every
miss with its kind (missed, spurious, wrong extent, wrong value) and the phenomenon class of
the gold timex (or of the look-alike word under a spurious mention).

The set was written and committed before chronos was run on it, without reading chronos's
code, tests or guides or the other sets' items.

First run, on the commit that added the set (no expected value was changed after it: none
contradicts TIMEX3.md)::

    whole statements, scored as documents: 11 statements, 222 timexes, 67 look-alike words
    genre            DCT         words gold  sys   extent P     R    F1   full P     R    F1
    government       2026-03-10    229   19   19   100.0 100.0 100.0   100.0 100.0 100.0
    court            2024-11-14    238   19   20    95.0 100.0  97.4    85.0  89.5  87.2
    earnings         2025-07-30    226   26   26   100.0 100.0 100.0    92.3  92.3  92.3
    sports           2023-05-21    233   20   20    90.0  90.0  90.0    80.0  80.0  80.0
    travel advisory  2026-01-16    208   20   20   100.0 100.0 100.0   100.0 100.0 100.0
    obituary         2022-09-12    234   21   22    95.5 100.0  97.7    90.9  95.2  93.0
    police           2025-10-18    185   16   15    86.7  81.2  83.9    86.7  81.2  83.9
    history          2012-10-22    269   23   23   100.0 100.0 100.0    65.2  65.2  65.2
    chat             2024-02-29    170   21   14    92.9  61.9  74.3    71.4  47.6  57.1
    undated          none          237   19   20    95.0 100.0  97.4    70.0  73.7  71.8
    software release 2027-06-02    203   18   17    94.1  88.9  91.4    94.1  88.9  91.4
    all                           2432  222  216    95.8  93.2  94.5    85.2  82.9  84.0
    exact extent 207/222, extent+type+value+mod 184/222

The 44 misses (38 gold timexes not matched in full, 6 spurious mentions) by phenomenon, most
first: a year-less date or an anaphor placed in the wrong year 10 (the history piece's thread after
a look back to 1947 and 1951, "October 9" then "Two days later", "that week", "The same
month", "the following spring", "that autumn" all in 1951 not 1962, and "late September" in
the DCT's year though "Fifty years ago" opened the story; the court ruling's "January 29" and
"February 10" in the DCT's years, not the arrest's 2021; the obituary's coming memorial
"Friday, September 23" placed in 2011, the last year the text named); informal days of the
month and month names 8 ("the 29th", "the 9th" and "the 16th" twice each, "feb", "march 9",
"leap day"); a clock time joined to its date across "at" or "on" 6 ("1 July at
9:00", "June 8 at 16:00", "about 11:40 p.m. on Thursday": one mention where TIMEX3.md's
prepositions-outside rule gives two); the undated statement's deictic phrases resolved
against its own last dates 5 ("last year" 2021, "March" 2022-03, "Monday" 2022-03-14, "Friday
27 June" 2025, "the end of the year" 2025); words that only look temporal 6 ("Ruth March",
"March in with your drawings", the greeting "morning", a match's "second half", incident
"1187", the phone number's "2040"); a clock time given the DCT's day, not the day the text
talks about 3 ("10 a.m." and "6 p.m." of Monday's parade, "around 7pm" tomorrow read as the
day after); "an hour" and "2h" after "in" read as one and two o'clock 2; and one each: "due
in 3 wks" a DATE (TimeML tags "in five years" both ways; this set took the DURATION), "16/10"
of a British force not read, "The quarter" just reported read as the last one named
(Q3), and "last year" after a month read as a month (2024-07).

After the first run the misses were read as phenomena and fixed as rules, each with tests in
other words than the set's (tests/text/test_story_time.py, test_days_months_and_lines.py,
test_false_friends_in_statements.py): a look back (past perfect, an anaphor counting back)
no longer moves a history's time, a far "ago" opens it, and a future clause is the
writer's; a bare day after a copula or in a pair, and in the month the text is at; a
month heading a sentence before its day and a verb of being; lower-case short months; a
speaker's line as a sentence; "p.m." before its weekday ending no sentence; deictic
phrases kept unknown without a DCT; "last year" compared beside a year its sentence names;
surnames that are months, reference and phone numbers, a quoted verb, a greeting. No
expected value changed. The set is no longer blind to those classes. Second run::

    whole statements, scored as documents: 11 statements, 222 timexes, 67 look-alike words
    genre            DCT         words gold  sys   extent P     R    F1   full P     R    F1
    government       2026-03-10    229   19   19   100.0 100.0 100.0   100.0 100.0 100.0
    court            2024-11-14    238   19   19   100.0 100.0 100.0    89.5  89.5  89.5
    earnings         2025-07-30    226   26   26   100.0 100.0 100.0    96.2  96.2  96.2
    sports           2023-05-21    233   20   20    90.0  90.0  90.0    90.0  90.0  90.0
    travel advisory  2026-01-16    208   20   20   100.0 100.0 100.0   100.0 100.0 100.0
    obituary         2022-09-12    234   21   21   100.0 100.0 100.0   100.0 100.0 100.0
    police           2025-10-18    185   16   14    92.9  81.2  86.7    92.9  81.2  86.7
    history          2012-10-22    269   23   23   100.0 100.0 100.0    91.3  91.3  91.3
    chat             2024-02-29    170   21   18   100.0  85.7  92.3    83.3  71.4  76.9
    undated          none          237   19   19   100.0 100.0 100.0    84.2  84.2  84.2
    software release 2027-06-02    203   18   17    94.1  88.9  91.4    94.1  88.9  91.4
    all                           2432  222  216    98.1  95.5  96.8    93.1  90.5  91.8
    exact extent 212/222, extent+type+value+mod 201/222

Left (21 gold timexes, 1 spurious mention): a clock time joined to its date across "at" or
"on" (6, three spans): ``heldout_phrases.py`` expects "April 6 at 7 a.m." as one timex, this
set two, and the two sets' conventions disagree, so neither was changed; "in an hour", "in
2h" (2) now follow the rule main adopted meanwhile for hours counted from a date (the day,
not a time of day; this set wants the length) and "due in 3 wks" is read as the date (1,
TimeML tags both); the undated statement's "March", "Monday" and "the end of the year" (3)
are placed from its own last date, as a text without a DCT is read as a story; the court
ruling's "January 29" and "February 10" (2) are placed by an event ("five days before the
arrest"), which no rule reads; "The quarter" just reported and "that autumn" of the flood
(2) point to the last time named; "the 9th." and "the 16th is" heading a message (2),
"leap day" (1), "of 16/10" (1), "around 7pm" answering a question about tomorrow (1), and a
match's "second half" (spurious).

Usage::

    python benchmarks/heldout_long.py [--misses]
"""

from __future__ import annotations

import argparse
import collections
from dataclasses import dataclass

# Phenomenon classes of the gold timexes.
EXP = "explicit date"
YL = "year-less date"
TXT = "year-less date placed by the text's own timeline"
NUM = "numeric date"
DOM = "day of the month"
WD = "weekday"
DEI = "deictic"
AGO = "ago"
ANA = "anaphoric"
POD = "part of day"
CLK = "clock time"
DUR = "duration"
BDUR = "approximate or bounded duration"
SET = "set"
QH = "quarter or half"
SEA = "season"
DEC = "decade or century"
MOD = "modifier early/mid/late/end"
HOL = "holiday"
VAG = "vague reference"
UND = "underspecified without a DCT"
INF = "informal spelling"

# Classes of the words that only look temporal.
MODAL = "modal 'may'"
VERB = "'march' the verb"
NAME = "name"
PAPER = "newspaper"
SCORE = "score"
MONEY = "money"
PCT = "percentage"
AGE = "age"
COUNT = "count or measure"
ORD = "ordinal of another thing"
LAW = "article or section number"
VERSION = "version number"
PHONE = "phone or reference number"
GREET = "greeting"
HALF = "half of a match"
SEASON_WORD = "'season' of a sport"


@dataclass(frozen=True)
class Gold:
    """One expected timex: its offset and extent in the text, TIMEX3 type, value and mod."""

    start: int
    extent: str
    type: str
    value: str
    cls: str
    mod: str | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.extent)

    @property
    def triple(self) -> str:
        return f"{self.type} {self.value}" + (f" mod={self.mod}" if self.mod else "")


def G(start: int, extent: str, timex: str, cls: str, mod: str | None = None) -> Gold:  # noqa: N802
    kind, value = timex.split(" ", 1)
    return Gold(start, extent, kind, value, cls, mod)


@dataclass(frozen=True)
class Lookalike:
    """A word that only looks temporal: no mention may overlap it."""

    start: int
    word: str
    cls: str

    @property
    def end(self) -> int:
        return self.start + len(self.word)


L = Lookalike


@dataclass(frozen=True)
class Statement:
    genre: str
    dct: str | None
    text: str
    gold: tuple[Gold, ...]
    lookalikes: tuple[Lookalike, ...]


STATEMENTS: list[Statement] = []


def statement(
    genre: str, dct: str | None, text: str, gold: list[Gold], lookalikes: list[Lookalike]
) -> None:
    STATEMENTS.append(Statement(genre, dct, text, tuple(gold), tuple(lookalikes)))


# --- 1. Government press release. DCT Tuesday 10 March 2026 (ISO week 11). ---------------
statement(
    "government",
    "2026-03-10",
    "The Ministry of Water Resources announced on Tuesday that the second phase of the Kessel "
    "reservoir programme will begin next month. Minister Alma Rustow told reporters this "
    "morning that contracts worth $410 million had been signed last week and that work on the "
    "northern canal would start on April 6.\n\n"
    "The programme was launched in June 2023, after a drought left more than 2,000 villages "
    "dependent on tanker deliveries. Since the launch, the ministry has rebuilt 140 kilometres "
    "of channels, and the supply to the eastern districts has risen by 38 percent, according "
    "to figures published on 2 March.\n\n"
    "Under Article 44 of the Water Act, the ministry must report to parliament every six "
    "months. The next report is due by the end of June, Ms Rustow said, and a public hearing "
    "will be held in mid-May. She added that the second phase should take about three years "
    "and that its last section, a 12-kilometre pipeline to the port of Varna Sound, may be "
    "finished in early 2029.\n\n"
    "Asked about delays, the minister said that a dispute with a contractor had halted work "
    'for 45 days last autumn and had been settled on January 19. "Work stopped in November, '
    'but we are now ahead of the schedule we set in 2024," she said.\n\n'
    "The ministry will brief regional officials at 10 a.m. Thursday. Press enquiries: "
    "+44 20 7946 0321.",
    [
        # a past "on Tuesday" published on a Tuesday: the day itself
        G(45, "Tuesday", "DATE 2026-03-10", WD),
        G(120, "next month", "DATE 2026-04", DEI),
        G(168, "this morning", "TIME 2026-03-10TMO", POD),
        G(231, "last week", "DATE 2026-W10", DEI),
        G(292, "April 6", "DATE 2026-04-06", YL),  # "would start": the coming April 6
        G(332, "June 2023", "DATE 2023-06", EXP),
        G(591, "2 March", "DATE 2026-03-02", YL),  # "published": the last 2 March
        G(675, "every six months", "SET P6M", SET),
        G(719, "the end of June", "DATE 2026-06", MOD, "END"),  # "by" is the signal
        G(789, "mid-May", "DATE 2026-05", MOD, "MID"),
        G(842, "about three years", "DURATION P3Y", BDUR, "APPROX"),
        G(958, "early 2029", "DATE 2029", MOD, "START"),
        G(1062, "45 days", "DURATION P45D", DUR),
        G(1070, "last autumn", "DATE 2025-FA", SEA),
        G(1106, "January 19", "DATE 2026-01-19", YL),
        G(1135, "November", "DATE 2025-11", YL),  # "stopped": the last November
        G(1156, "now", "DATE PRESENT_REF", VAG),
        G(1192, "2024", "DATE 2024", EXP),
        G(1256, "10 a.m. Thursday", "TIME 2026-03-12T10:00", CLK),  # "will brief": coming
    ],
    [
        L(202, "$410 million", MONEY),
        L(374, "2,000", COUNT),
        L(545, "38 percent", PCT),
        L(607, "Article 44", LAW),
        L(889, "12-kilometre", COUNT),
        L(939, "may", MODAL),
        L(1291, "+44 20 7946 0321", PHONE),
    ],
)

# --- 2. Court ruling. DCT Thursday 14 November 2024 (ISO week 46). ------------------------
statement(
    "court",
    "2024-11-14",
    "The High Court on Wednesday overturned the conviction of Tomas Wren, a former director of "
    "the port authority, ruling that the trial judge had wrongly admitted evidence seized "
    "before a warrant was issued.\n\n"
    "Wren was arrested on 3 February 2021 and charged the following day under Section 12 of "
    "the Public Contracts Act. He was convicted in September 2022 and sentenced to six years "
    "in prison. His appeal was heard in July and lasted four days.\n\n"
    "In a 94-page judgment, Justice Maria Okafor found that investigators had searched Wren's "
    "office on January 29, five days before the arrest, and that the warrant they later relied "
    'on was not signed until February 10. "The search preceded any lawful authority by more '
    'than ten days," she wrote.\n\n'
    "The prosecution said it would study the ruling and decide by the end of the month whether "
    "to seek a retrial. Under the court's rules it has 28 days to lodge a further appeal.\n\n"
    "Wren, 58, is expected to leave Halden prison on Friday. His lawyer, Ruth March, said her "
    "client wanted to rest and see his grandchildren before making any comment. A hearing on "
    "costs has been set for December 2, and the trial of two co-defendants, postponed in 2023, "
    "will resume early next year.\n\n"
    "It is the third ruling this year in which the court has criticised the handling of "
    "evidence by the anti-corruption unit, which was reorganised two years ago.",
    [
        G(18, "Wednesday", "DATE 2024-11-13", WD),
        G(226, "3 February 2021", "DATE 2021-02-03", EXP),
        G(254, "the following day", "DATE 2021-02-04", ANA),
        G(338, "September 2022", "DATE 2022-09", EXP),
        G(370, "six years", "DURATION P6Y", DUR),
        G(415, "July", "DATE 2024-07", YL),  # the appeal: this year's July, past
        G(431, "four days", "DURATION P4D", DUR),
        # The search five days before an arrest on 3 February 2021: the story's year, not the
        # DCT's; TimeML's value is the day the text places, 2021-01-29.
        G(542, "January 29", "DATE 2021-01-29", TXT),
        G(554, "five days", "DURATION P5D", DUR),
        G(646, "February 10", "DATE 2021-02-10", TXT),  # the same thread, 2021
        G(704, "more than ten days", "DURATION P10D", BDUR, "MORE_THAN"),
        G(798, "the end of the month", "DATE 2024-11", MOD, "END"),
        G(877, "28 days", "DURATION P28D", DUR),
        G(961, "Friday", "DATE 2024-11-15", WD),  # "is expected to leave": the coming Friday
        G(1113, "December 2", "DATE 2024-12-02", YL),
        G(1174, "2023", "DATE 2023", EXP),
        G(1192, "early next year", "DATE 2025", MOD, "START"),
        G(1233, "this year", "DATE 2024", DEI),
        G(1353, "two years ago", "DATE 2022", AGO),
    ],
    [
        L(278, "Section 12", LAW),
        L(448, "94-page", COUNT),
        L(919, "58", AGE),
        L(981, "Ruth March", NAME),
        L(1220, "third", ORD),
    ],
)

# --- 3. Earnings release. DCT Wednesday 30 July 2025 (ISO week 31). -----------------------
statement(
    "earnings",
    "2025-07-30",
    "Norvik Foods reported on Wednesday a second-quarter net profit of 212 million euros, up 9% "
    "from the year-ago quarter, and raised its profit outlook.\n\n"
    "Revenue for the three months ended June 30 rose to 3.1 billion euros. In the first half, "
    "sales grew 7.4% and the group opened 35 stores, most of them in April and May. Chief "
    'executive Lena Hoff said the spring had been "the strongest since 2019" and that demand '
    "for the Harvest 2.0 range had held up in July.\n\n"
    "Norvik now expects an operating margin for 2025 of between 8% and 8.5%, against 7.8% last "
    "year. It confirmed that it would close its Lyon plant by the end of the third quarter and "
    "move production to Poland over the next 18 months.\n\n"
    "The board approved an interim dividend of 0.45 euros a share, to be paid on August 21 to "
    "holders of record on August 8. The shares, which have gained about 20% since January, "
    "were up 3% at midday in Paris.\n\n"
    'Analysts had expected a profit of 198 million euros. "The quarter was better than '
    'feared," said Pia Lund of Halvor Securities, who expects the third quarter to be weaker '
    "because of high cocoa prices. Hoff said the group would update investors at a capital "
    "markets day on October 14. Norvik reports quarterly; its 2025 results are due in late "
    "February.",
    [
        G(25, "Wednesday", "DATE 2025-07-30", WD),  # published on a Wednesday: the day itself
        G(37, "second-quarter", "DATE 2025-Q2", QH),
        G(96, "the year-ago quarter", "DATE 2024-Q2", QH),
        # "the three months ended June 30": the DURATION and the DATE, as TimeBank tags it
        G(162, "the three months", "DURATION P3M", DUR),
        G(185, "June 30", "DATE 2025-06-30", YL),
        G(223, "the first half", "DATE 2025-H1", QH),
        G(303, "April", "DATE 2025-04", YL),
        G(313, "May", "DATE 2025-05", YL),
        G(349, "the spring", "DATE 2025-SP", SEA),
        G(390, "2019", "DATE 2019", EXP),
        G(453, "July", "DATE 2025-07", YL),  # the current month, past tense
        G(467, "now", "DATE PRESENT_REF", VAG),
        G(503, "2025", "DATE 2025", EXP),
        G(545, "last year", "DATE 2024", DEI),
        G(607, "the end of the third quarter", "DATE 2025-Q3", MOD, "END"),
        G(671, "the next 18 months", "DURATION P18M", DUR),
        G(768, "August 21", "DATE 2025-08-21", YL),
        G(802, "August 8", "DATE 2025-08-08", YL),  # record date, future beside the payment
        G(858, "January", "DATE 2025-01", YL),
        G(881, "midday", "TIME 2025-07-30T12:00", CLK),
        G(953, "The quarter", "DATE 2025-Q2", ANA),  # the quarter just reported
        G(1038, "the third quarter", "DATE 2025-Q3", QH),
        G(1170, "October 14", "DATE 2025-10-14", YL),
        G(1197, "quarterly", "SET P3M", SET),
        G(1212, "2025", "DATE 2025", EXP),  # "its 2025 results"
        G(1236, "late February", "DATE 2026-02", MOD, "END"),  # "are due": the coming one
    ],
    [
        L(66, "212 million euros", MONEY),
        L(88, "9%", PCT),
        L(201, "3.1 billion euros", MONEY),
        L(250, "7.4%", PCT),
        L(276, "35 stores", COUNT),
        L(420, "Harvest 2.0", VERSION),
        L(526, "8.5%", PCT),
        L(734, "0.45 euros", MONEY),
        L(933, "198 million euros", MONEY),
    ],
)

# --- 4. Sports report. DCT Sunday 21 May 2023 (ISO week 20). ------------------------------
statement(
    "sports",
    "2023-05-21",
    "Harbour City won their first league title in 31 years on Saturday, beating Eastfield 3-1 "
    "in front of 41,000 fans at Marsh Road.\n\n"
    "Captain Jonas Ekdahl, who joined the club in the summer of 2015, headed in the opener "
    "after 11 minutes, and Eastfield levelled just before the break. Two goals in the second "
    "half, from the substitute Mo Sarr and a penalty by Ekdahl, settled the match. The club's "
    "previous title came in 1992, a year before the league was reorganised.\n\n"
    "Manager Claire Dunmore, appointed in October 2021 when the team sat 17th, said her "
    "players had given everything. Her contract runs until June 2025, and she told the Sunday "
    "Herald on Friday that she may sign a new one within weeks.\n\n"
    "Harbour City play their last league game at Northgate next Sunday, then meet Rovers in "
    "the cup final on June 3. The victory parade will start at 2 p.m. Monday, and the council "
    "said roads in the centre would be closed from 10 a.m. to 6 p.m.\n\n"
    "Eastfield, who have lost four of their last five matches, drop to fifth. Their coach, "
    "Alan Mayfair, said the squad would return to training on Tuesday morning and that he "
    "would review it over the summer. He has been in charge for 18 months.\n\n"
    "Season tickets go on sale on 1 July at 9:00; holders can renew by phone on 0161 496 0000.",
    [
        G(45, "31 years", "DURATION P31Y", DUR),
        G(57, "Saturday", "DATE 2023-05-20", WD),
        G(174, "the summer of 2015", "DATE 2015-SU", SEA),
        G(221, "11 minutes", "DURATION PT11M", DUR),
        G(415, "1992", "DATE 1992", EXP),
        G(421, "a year", "DURATION P1Y", DUR),  # "[a year] before the league was reorganised"
        G(501, "October 2021", "DATE 2021-10", EXP),
        G(601, "June 2025", "DATE 2025-06", EXP),
        G(646, "Friday", "DATE 2023-05-19", WD),
        G(688, "weeks", "DURATION PXW", DUR),
        # "next Sunday" said on a Sunday: the Sunday of the next week, not today
        G(750, "next Sunday", "DATE 2023-05-28", WD),
        G(800, "June 3", "DATE 2023-06-03", YL),
        G(841, "2 p.m. Monday", "TIME 2023-05-22T14:00", CLK),
        G(918, "10 a.m.", "TIME 2023-05-22T10:00", CLK),  # the parade's day
        G(929, "6 p.m.", "TIME 2023-05-22T18:00", CLK),
        G(1080, "Tuesday morning", "TIME 2023-05-23TMO", POD),
        G(1129, "the summer", "DATE 2023-SU", SEA),  # "would review it over the summer"
        G(1167, "18 months", "DURATION P18M", DUR),
        G(1208, "1 July", "DATE 2023-07-01", YL),
        G(1218, "9:00", "TIME 2023-07-01T09:00", CLK),
    ],
    [
        L(85, "3-1", SCORE),
        L(101, "41,000", COUNT),
        # A half of a match is a part of an event, with no calendar value: not 2023-H2.
        L(296, "second half", HALF),
        L(532, "17th", ORD),
        L(629, "Sunday Herald", PAPER),
        L(662, "may", MODAL),
        L(1003, "fifth", ORD),
        L(1028, "Mayfair", NAME),
        L(1179, "Season", SEASON_WORD),
        L(1254, "0161 496 0000", PHONE),
    ],
)

# --- 5. Travel advisory. DCT Friday 16 January 2026 (ISO week 3). -------------------------
statement(
    "travel advisory",
    "2026-01-16",
    "TRAVEL ADVISORY: MERIDIA (updated 16 January 2026)\n\n"
    "The Foreign Ministry advises against all but essential travel to the coastal provinces "
    "of Meridia. This advice replaces the one issued on 9 January and follows three days of "
    "unrest in the port city of Calva.\n\n"
    "A daily curfew is in force in Calva and two neighbouring towns. Since Wednesday the main "
    "airport has been closed to all but relief flights, and several airlines have cancelled "
    "their services for the next ten days. Travellers already in the region should leave by "
    "commercial means within 72 hours if they can, or register with the embassy and stay "
    "indoors tonight.\n\n"
    "Checkpoints on the coastal highway, closed on Tuesday, are expected to reopen on Monday, "
    "January 19, but delays of more than four hours are likely.\n\n"
    "Elections are scheduled for March 29, and campaigning begins in mid-February. "
    "Demonstrations have taken place every Friday since the autumn, and further protests are "
    "planned for this weekend and for 1 February, the anniversary of the 2019 constitution.\n\n"
    "This advice is reviewed weekly; the next review is due on January 23. Consular staff can "
    "be reached on +1 555 0142 (option 3). Travel insurance may not cover trips made against "
    "this advice: check section 4.2 of your policy.",
    [
        G(34, "16 January 2026", "DATE 2026-01-16", EXP),
        G(190, "9 January", "DATE 2026-01-09", YL),
        G(212, "three days", "DURATION P3D", DUR),
        G(263, "daily", "SET P1D", SET),
        G(331, "Wednesday", "DATE 2026-01-14", WD),
        G(456, "the next ten days", "DURATION P10D", DUR),
        G(548, "72 hours", "DURATION PT72H", DUR),
        G(616, "tonight", "TIME 2026-01-16TNI", POD),
        G(672, "Tuesday", "DATE 2026-01-13", WD),
        G(707, "Monday, January 19", "DATE 2026-01-19", YL),
        G(741, "more than four hours", "DURATION PT4H", BDUR, "MORE_THAN"),
        G(803, "March 29", "DATE 2026-03-29", YL),
        G(839, "mid-February", "DATE 2026-02", MOD, "MID"),
        G(885, "every Friday", "SET XXXX-WXX-5", SET),
        G(904, "the autumn", "DATE 2025-FA", SEA),  # "since the autumn": the last one
        G(953, "this weekend", "DATE 2026-W03-WE", DEI),
        G(974, "1 February", "DATE 2026-02-01", YL),
        G(1009, "2019", "DATE 2019", EXP),
        G(1053, "weekly", "SET P1W", SET),
        G(1087, "January 23", "DATE 2026-01-23", YL),
    ],
    [
        L(1132, "+1 555 0142", PHONE),
        L(1145, "option 3", COUNT),
        L(1173, "may", MODAL),
        L(1225, "section 4.2", LAW),
    ],
)

# --- 6. Obituary. DCT Monday 12 September 2022 (ISO week 37). -----------------------------
statement(
    "obituary",
    "2022-09-12",
    "Agnes Vollmer, the engineer who designed the Lind Fjord Bridge, died at her home in Oslo "
    "on Saturday. She was 91.\n\n"
    "Born on 14 March 1931 in Bergen, Vollmer was the only woman in her class when she "
    "graduated in 1954. She spent the next eight years at a shipyard in Gothenburg, and in the "
    "spring of 1962 she joined the state roads agency, where she stayed for three decades.\n\n"
    "Her best-known work, the bridge across the Lind fjord, took six years to build. "
    "Construction began in May 1968 and the bridge opened on 17 August 1974; three days later "
    "a storm struck the coast and the bridge came through it without damage. In the 1980s she "
    "led the agency's research office and wrote the country's first code for cable-stayed "
    "bridges, published in 1986 and revised in 2001.\n\n"
    "Vollmer retired in 1992 but kept an office at the university until two years ago, and "
    'she was still answering letters from students last month, her son Erik said. "March in '
    'with your drawings and do not leave until everyone understands them," she used to tell '
    "them.\n\n"
    "She received the King's Medal of Merit in 2011. The bridge now carries about 12,000 "
    "vehicles a day.\n\n"
    "Her husband, the composer Harald Vollmer, died in 2009. She is survived by two sons and "
    "four grandchildren. A memorial service will be held at Oslo Cathedral on Friday, "
    "September 23.",
    [
        G(92, "Saturday", "DATE 2022-09-10", WD),
        G(123, "14 March 1931", "DATE 1931-03-14", EXP),
        G(210, "1954", "DATE 1954", EXP),
        G(226, "the next eight years", "DURATION P8Y", DUR),
        G(283, "the spring of 1962", "DATE 1962-SP", SEA),
        G(358, "three decades", "DURATION P30Y", DUR),
        G(434, "six years", "DURATION P6Y", DUR),
        G(476, "May 1968", "DATE 1968-05", EXP),
        G(510, "17 August 1974", "DATE 1974-08-17", EXP),
        G(526, "three days later", "DATE 1974-08-20", ANA),
        G(618, "the 1980s", "DATE 198", DEC),
        G(739, "1986", "DATE 1986", EXP),
        G(759, "2001", "DATE 2001", EXP),
        G(785, "1992", "DATE 1992", EXP),
        G(833, "two years ago", "DATE 2020", AGO),
        G(898, "last month", "DATE 2022-08", DEI),
        G(1075, "2011", "DATE 2011", EXP),
        G(1092, "now", "DATE PRESENT_REF", VAG),
        G(1126, "a day", "SET P1D", SET),  # a rate, as TimeBank tags "15 a year"
        G(1184, "2009", "DATE 2009", EXP),
        G(1295, "Friday, September 23", "DATE 2022-09-23", YL),
    ],
    [
        L(110, "91", AGE),
        L(689, "first", ORD),
        L(930, "March", VERB),
        L(1110, "12,000", COUNT),
    ],
)

# --- 7. Police statement. DCT Saturday 18 October 2025 (ISO week 42). ---------------------
statement(
    "police",
    "2025-10-18",
    "Statement from Riverside Police, Saturday 18 October 2025\n\n"
    "Officers were called to a jewellery shop in Canal Street at about 11:40 p.m. on Thursday "
    "after an alarm went off. Two men had forced the rear door and were gone within six "
    "minutes, taking watches worth around £90,000.\n\n"
    "A 34-year-old man was arrested on Friday morning at an address in Hollins Road and "
    "remains in custody. A second man, aged 27, was arrested yesterday afternoon and has been "
    "released on bail until 12 November.\n\n"
    "Detectives believe the same pair carried out a similar raid in Milton on 28 September, "
    'and a failed attempt at a shop in Dale Street two weeks earlier. "We have spent the last '
    "48 hours going through camera footage, and we are grateful to everyone who has come "
    'forward," said Detective Inspector Grace Kemp.\n\n'
    "Anyone who was near Canal Street on Thursday night is asked to call 101, quoting incident "
    "1187 of 16/10. Extra patrols will run in the city centre until Halloween. The shop "
    "reopened this morning.\n\n"
    "Last year the force recorded 14 raids of this kind, against six in 2023.",
    [
        G(33, "Saturday 18 October 2025", "DATE 2025-10-18", EXP),
        # the clock time takes its day from the "on Thursday" that follows it
        G(119, "about 11:40 p.m.", "TIME 2025-10-16T23:40", CLK, "APPROX"),
        G(139, "Thursday", "DATE 2025-10-16", WD),
        G(227, "six minutes", "DURATION PT6M", DUR),
        G(312, "Friday morning", "TIME 2025-10-17TMO", POD),
        G(417, "yesterday afternoon", "TIME 2025-10-17TAF", POD),
        G(473, "12 November", "DATE 2025-11-12", YL),
        G(560, "28 September", "DATE 2025-09-28", YL),
        G(620, "two weeks earlier", "DATE 2025-09-14", ANA),  # two weeks before 28 September
        G(654, "the last 48 hours", "DURATION PT48H", DUR),
        G(831, "Thursday night", "TIME 2025-10-16TNI", POD),
        G(893, "16/10", "DATE 2025-10-16", NUM),  # a British force (£): day first
        G(948, "Halloween", "DATE 2025-10-31", HOL),
        G(977, "this morning", "TIME 2025-10-18TMO", POD),
        G(992, "Last year", "DATE 2024", DEI),
        G(1059, "2023", "DATE 2023", EXP),
    ],
    [
        L(268, "£90,000", MONEY),
        L(280, "34-year-old", AGE),
        L(400, "27", AGE),
        L(863, "101", PHONE),
        L(885, "1187", PHONE),
        L(1021, "14 raids", COUNT),
    ],
)

# --- 8. History piece. DCT Monday 22 October 2012; its events are in 1962. ----------------
statement(
    "history",
    "2012-10-22",
    "Fifty years ago, the river Aln burst its banks and drowned the lower town of Harwick. "
    "Rain had been falling since late September, but the storm that did the damage arrived on "
    "the evening of October 3, 1962. It rained without a break for four days. By the morning "
    "of October 7 the water stood two metres deep in the market square, and 1,400 people had "
    "been taken to the school on Hill Lane.\n\n"
    "The council had been warned the previous year that the old embankment would not hold: a "
    "report delivered that March called for a new wall, at a cost the council said it could "
    "not meet. The town had flooded before, in 1947 and again in the winter of 1951.\n\n"
    "The water began to fall on October 9. Two days later the first families returned to "
    "find their houses full of mud. The Harwick Gazette, printed that week on a borrowed press "
    "in Alnmouth, listed eleven dead. The same month the government promised money for a new "
    "embankment; work started the following spring and took three years.\n\n"
    "Survivors still gather at the war memorial every October. Mary Holt, who was nine that "
    'autumn, remembers carrying her baby brother up the stairs in the dark. "We thought it '
    'would be over in an hour," she told the Gazette in 1987. "It was a week before we saw '
    'the street again."\n\n'
    "The wall was tested in 2007, when the Aln rose higher than in 1962, and it held. Today "
    "the market square is a car park, and a line on the bank's wall shows where the water "
    "stopped.",
    [
        G(0, "Fifty years ago", "DATE 1962", AGO),
        G(114, "late September", "DATE 1962-09", MOD, "END"),  # the story's year
        G(175, "the evening of October 3, 1962", "TIME 1962-10-03TEV", POD),
        G(237, "four days", "DURATION P4D", DUR),
        G(251, "the morning of October 7", "TIME 1962-10-07TMO", TXT),
        G(419, "the previous year", "DATE 1961", ANA),  # before the flood's year
        G(496, "that March", "DATE 1961-03", ANA),  # the March of that previous year
        G(608, "1947", "DATE 1947", EXP),
        G(626, "the winter of 1951", "DATE 1951-WI", SEA),
        # The story returns to its main thread after a look back to 1947 and 1951: the
        # flood's October, 1962, not the last year named.
        G(674, "October 9", "DATE 1962-10-09", TXT),
        G(685, "Two days later", "DATE 1962-10-11", ANA),
        G(791, "that week", "DATE 1962-W41", ANA),
        G(854, "The same month", "DATE 1962-10", ANA),
        G(934, "the following spring", "DATE 1963-SP", ANA),
        G(964, "three years", "DURATION P3Y", DUR),
        G(1021, "every October", "SET XXXX-10", SET),
        G(1060, "that autumn", "DATE 1962-FA", ANA),
        G(1168, "an hour", "DURATION PT1H", DUR),
        G(1202, "1987", "DATE 1987", EXP),
        G(1216, "a week", "DURATION P1W", DUR),
        G(1280, "2007", "DATE 2007", EXP),
        G(1319, "1962", "DATE 1962", EXP),
        G(1338, "Today", "DATE 2012-10-22", DEI),  # the present of the article: the DCT
    ],
    [
        L(334, "1,400", COUNT),
        L(766, "Harwick Gazette", PAPER),
        L(1055, "nine", AGE),
    ],
)

# --- 9. Informal chat log. DCT Thursday 29 February 2024 (ISO week 9, a leap day). -------
statement(
    "chat",
    "2024-02-29",
    "dana: morning!! are we still on for tomorrow?\n"
    "sam: yes, around 7pm at the usual place\n"
    "sam: I may be a bit late tho, the trains are on strike till Saturday\n"
    "dana: ugh. can't believe it's the 29th already, feb just flew by\n"
    "sam: leap day!! my cousin only gets a real birthday every four years lol\n"
    "dana: haha ok so tomorrow 7pm, I'll book a table\n"
    "sam: also are you free next weekend? march 9 is mia's party\n"
    "dana: I'd march across town for mia. wait is it the 9th or the 16th?\n"
    "sam: the 9th. the 16th is her brother's thing\n"
    "dana: ok. haven't seen her since christmas\n"
    "sam: same, it's been 2 months\n"
    "dana: btw the report is due in 3 wks and I've done nothing since monday\n"
    "sam: lol same. I'm off work on mon, I'll start it\n"
    "dana: leaving the office in 2h, gonna nap for 20 mins first\n"
    "sam: text me when you're out\n"
    "dana: will do. may the trains be kind to you\n",
    [
        G(36, "tomorrow", "DATE 2024-03-01", DEI),
        G(56, "around 7pm", "TIME 2024-03-01T19:00", CLK, "APPROX"),  # tomorrow's plan
        G(146, "Saturday", "DATE 2024-03-02", WD),
        G(185, "the 29th", "DATE 2024-02-29", DOM),
        G(203, "feb", "DATE 2024-02", INF),
        G(225, "leap day", "DATE 2024-02-29", HOL),  # said of today
        G(272, "every four years", "SET P4Y", SET),
        G(310, "tomorrow 7pm", "TIME 2024-03-01T19:00", CLK),
        G(365, "next weekend", "DATE 2024-W10-WE", DEI),  # the weekend of 9-10 March
        G(379, "march 9", "DATE 2024-03-09", INF),
        G(450, "the 9th", "DATE 2024-03-09", DOM),  # of March, the month just named
        G(461, "the 16th", "DATE 2024-03-16", DOM),
        G(476, "the 9th", "DATE 2024-03-09", DOM),
        G(485, "the 16th", "DATE 2024-03-16", DOM),
        G(550, "christmas", "DATE 2023-12-25", HOL),
        G(581, "2 months", "DURATION P2M", DUR),
        G(621, "3 wks", "DURATION P3W", INF),
        G(655, "monday", "DATE 2024-02-26", WD),  # "since monday": this week's, past
        G(693, "mon", "DATE 2024-03-04", INF),  # "I'm off work on mon": the coming one
        G(740, "2h", "DURATION PT2H", INF),
        G(758, "20 mins", "DURATION PT20M", INF),
    ],
    [
        # a greeting, not a reference to a part of the day
        L(6, "morning", GREET),
        L(93, "may", MODAL),
        L(412, "march across", VERB),
        L(816, "may", MODAL),
    ],
)

# --- 10. Undated statement: dct=None. -----------------------------------------------------
statement(
    "undated",
    None,
    "STATEMENT ON THE CLOSURE OF THE ELDON FIELD CLINIC\n\n"
    "The board of Medica Nord regrets to announce that its field clinic in Eldon will close "
    "at the end of this month. The clinic opened on 4 May 2017, two weeks after the first "
    "cases of cholera were reported in the district, and has treated more than 60,000 "
    "patients.\n\n"
    "At first the clinic employed 14 staff; by 2019 it had 85, most of them recruited locally. "
    "The floods of August 2020 destroyed the original building, and for the next five months "
    "patients were seen in tents. A new building was opened on 12 January 2021 by the "
    "regional governor, who came back the following year.\n\n"
    "Funding from the two main donors ended last year, and an appeal launched in March raised "
    "only a third of the 1.2 million dollars needed to run the clinic for 12 months. The board "
    "decided on Monday that it could not commit to a budget it cannot meet.\n\n"
    "Patients currently in treatment will be transferred to the district hospital in Kora "
    "over the next two weeks. The last outpatient consultations will take place on Friday 27 "
    "June. Staff have been offered posts in other projects until the end of the year.\n\n"
    "The clinic's telephone line, 0800 555 2040, will be answered daily until 31 July. The "
    "board thanks the people of Eldon, and the ministry of health, for eight years of work "
    "together.",
    [
        G(142, "the end of this month", "DATE XXXX-XX", UND, "END"),
        G(186, "4 May 2017", "DATE 2017-05-04", EXP),
        G(198, "two weeks", "DURATION P2W", DUR),
        G(358, "2019", "DATE 2019", EXP),
        G(420, "August 2020", "DATE 2020-08", EXP),
        G(473, "the next five months", "DURATION P5M", DUR),
        G(552, "12 January 2021", "DATE 2021-01-12", EXP),
        G(608, "the following year", "DATE 2022", ANA),
        G(668, "last year", "DATE XXXX", UND),
        # The appeal follows "last year" in the present-day thread, not the 2021-2022
        # history: its year is as unknown as the statement's own.
        G(705, "March", "DATE XXXX-03", UND),
        G(787, "12 months", "DURATION P12M", DUR),
        G(819, "Monday", "DATE XXXX-WXX-1", UND),
        G(889, "currently", "DATE PRESENT_REF", VAG),
        G(970, "the next two weeks", "DURATION P2W", DUR),
        # The weekday would fit several years; the set does not ask a reader to guess one.
        G(1043, "Friday 27 June", "DATE XXXX-06-27", UND),
        G(1113, "the end of the year", "DATE XXXX", UND, "END"),
        G(1196, "daily", "SET P1D", SET),
        G(1208, "31 July", "DATE XXXX-07-31", UND),
        G(1287, "eight years", "DURATION P8Y", DUR),
    ],
    [
        L(298, "60,000", COUNT),
        L(345, "14 staff", COUNT),
        L(370, "85", COUNT),
        L(738, "1.2 million dollars", MONEY),
        L(1164, "0800 555 2040", PHONE),
    ],
)

# --- 11. Software release. DCT Wednesday 2 June 2027 (ISO week 22). -----------------------
statement(
    "software release",
    "2027-06-02",
    "Kestrel Systems today released version 4.12 of its Falcon database, eight months after "
    "version 4.0. The update, which the company had promised for the end of May, adds "
    "recovery to any moment in the previous 30 days and cuts the time a full backup takes "
    "from six hours to under 45 minutes.\n\n"
    "It also fixes a bug that made scheduled jobs run an hour early after the clocks changed "
    "on 28 March. Falcon 4.12 requires runtime 3.9 or later and is free for existing "
    "customers.\n\n"
    "Customers on the 3.x line will receive security fixes until 31 December 2028; after that, "
    "support will be available only under the extended plan, billed annually. Chief "
    "technology officer Priya Nandakumar said the team now ships a minor release every six "
    "weeks and plans a major version, 5.0, for the second half of next year.\n\n"
    "Revenue from cloud subscriptions grew 41% in the first quarter, and the company expects "
    "to pass 10,000 paying customers before the autumn. Kestrel, founded in 2011, has offices "
    "in Utrecht and Pune and employs 640 people.\n\n"
    "A webinar on the release will be held on June 8 at 16:00. Questions can be sent to "
    "press@kestrel.example or by phone to +31 20 555 0199.",
    [
        G(16, "today", "DATE 2027-06-02", DEI),
        G(68, "eight months", "DURATION P8M", DUR),
        G(147, "the end of May", "DATE 2027-05", MOD, "END"),
        G(194, "the previous 30 days", "DURATION P30D", DUR),
        G(258, "six hours", "DURATION PT6H", DUR),
        G(271, "under 45 minutes", "DURATION PT45M", BDUR, "LESS_THAN"),
        G(339, "an hour", "DURATION PT1H", DUR),
        G(381, "28 March", "DATE 2027-03-28", YL),
        G(530, "31 December 2028", "DATE 2028-12-31", EXP),
        G(623, "annually", "SET P1Y", SET),
        G(689, "now", "DATE PRESENT_REF", VAG),
        G(715, "every six weeks", "SET P6W", SET),
        G(767, "the second half of next year", "DATE 2028-H2", QH),
        G(843, "the first quarter", "DATE 2027-Q1", QH),
        G(925, "the autumn", "DATE 2027-FA", SEA),  # "expects ... before the autumn": coming
        G(957, "2011", "DATE 2011", EXP),
        G(1061, "June 8", "DATE 2027-06-08", YL),
        G(1071, "16:00", "TIME 2027-06-08T16:00", CLK),
    ],
    [
        L(39, "4.12", VERSION),
        L(95, "4.0", VERSION),
        L(398, "4.12", VERSION),
        L(420, "3.9 or later", VERSION),
        L(487, "3.x", VERSION),
        L(758, "5.0", VERSION),
        L(836, "41%", PCT),
        L(894, "10,000", COUNT),
        L(1007, "640", COUNT),
        L(1140, "+31 20 555 0199", PHONE),
    ],
)


def check(statements: list[Statement] | None = None) -> list[str]:
    """The item definitions' own consistency: offsets, order, no overlap. Runs no chronos."""
    problems: list[str] = []
    for number, st in enumerate(STATEMENTS if statements is None else statements, 1):
        where = f"statement {number} ({st.genre})"
        words = len(st.text.split())
        if not 150 <= words <= 350:
            problems.append(f"{where}: {words} words, not 150-350")
        for kind, spans in (("gold", st.gold), ("look-alike", st.lookalikes)):
            previous_end = 0
            for span in spans:
                word = span.extent if isinstance(span, Gold) else span.word
                if st.text[span.start : span.end] != word:
                    got = st.text[span.start : span.end]
                    problems.append(f"{where}: {kind} {word!r} at {span.start} reads {got!r}")
                if span.start < previous_end:
                    problems.append(
                        f"{where}: {kind} {word!r} at {span.start} overlaps or is out of order"
                    )
                previous_end = span.end
        for gold in st.gold:
            for alike in st.lookalikes:
                if gold.start < alike.end and alike.start < gold.end:
                    problems.append(f"{where}: {gold.extent!r} overlaps look-alike {alike.word!r}")
            if gold.type not in ("DATE", "TIME", "DURATION", "SET"):
                problems.append(f"{where}: {gold.extent!r} has type {gold.type!r}")
    return problems


def _triple(timex: object) -> str:
    kind = getattr(timex, "type", "")
    value = getattr(timex, "value", "")
    mod = getattr(timex, "mod", None)
    return f"{kind} {value}" + (f" mod={mod}" if mod else "")


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    extent: int = 0
    full: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.system += other.system
        self.extent += other.extent
        self.full += other.full


def _prf(correct: int, system: int, gold: int) -> str:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}"


def score(st: Statement) -> tuple[Tally, list[tuple[str, str, str]]]:
    """Score one statement as a document; return its tally and its misses (kind, class, text)."""
    from chronos import extract

    mentions = extract(st.text, dct=st.dct)
    tally = Tally(gold=len(st.gold), system=len(mentions))
    misses: list[tuple[str, str, str]] = []
    by_span = {(m.start, m.end): m for m in mentions}
    for gold in st.gold:
        found = by_span.get((gold.start, gold.end))
        if found is not None:
            tally.extent += 1
            got = _triple(found.timex)
            if got == gold.triple:
                tally.full += 1
            else:
                misses.append(
                    ("wrong value", gold.cls, f"{gold.extent!r}: want {gold.triple}, got {got}")
                )
            continue
        near = [m for m in mentions if m.start < gold.end and gold.start < m.end]
        if near:
            shown = ", ".join(f"{m.text!r} {_triple(m.timex)}" for m in near)
            misses.append(("wrong extent", gold.cls, f"{gold.extent!r} {gold.triple}: got {shown}"))
        else:
            misses.append(("missed", gold.cls, f"{gold.extent!r} {gold.triple}"))
    for m in mentions:
        if any(m.start < g.end and g.start < m.end for g in st.gold):
            continue
        alikes = [a for a in st.lookalikes if m.start < a.end and a.start < m.end]
        cls = f"look-alike: {alikes[0].cls}" if alikes else "not annotated"
        misses.append(("spurious", cls, f"{m.text!r} {_triple(m.timex)}"))
    return tally, misses


def report(
    statements: list[Statement],
    title: str,
    problems: list[str],
    *,
    width: int,
    misses_too: bool,
) -> None:
    """Score ``statements`` and print the table, the misses by class and, with
    ``misses_too``, every miss; ``problems`` of the set's own check stop it first."""
    if problems:
        raise SystemExit("\n".join(problems))
    golds = sum(len(st.gold) for st in statements)
    alikes = sum(len(st.lookalikes) for st in statements)
    print(f"{title}: {len(statements)} statements, {golds} timexes, {alikes} look-alike words")
    print(
        f"{'genre':{width}}{'DCT':11}{'words':>6}{'gold':>5}{'sys':>5}"
        f"   {'extent P     R    F1':>17}   {'full P     R    F1':>17}"
    )
    total = Tally()
    misses: list[tuple[str, str, str, str]] = []
    for st in statements:
        tally, found = score(st)
        total.add(tally)
        misses += [(kind, cls, st.genre, text) for kind, cls, text in found]
        print(
            f"{st.genre:{width}}{st.dct or 'none':11}{len(st.text.split()):6}{tally.gold:5}"
            f"{tally.system:5}   {_prf(tally.extent, tally.system, tally.gold)}"
            f"   {_prf(tally.full, tally.system, tally.gold)}"
        )
    words = sum(len(st.text.split()) for st in statements)
    print(
        f"{'all':{width}}{'':11}{words:6}{total.gold:5}{total.system:5}"
        f"   {_prf(total.extent, total.system, total.gold)}"
        f"   {_prf(total.full, total.system, total.gold)}"
    )
    print(
        f"exact extent {total.extent}/{total.gold}, extent+type+value+mod {total.full}/{total.gold}"
    )
    print("\nmisses by kind and class, most first:")
    counts = collections.Counter((kind, cls) for kind, cls, _, _ in misses)
    for (kind, cls), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3}  {kind:13} {cls}")
    if misses_too:
        print()
        for kind, cls, genre, text in sorted(misses, key=lambda m: (m[0], m[1], m[2])):
            print(f"{kind:13} {cls:44} {genre:{width}} {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    report(
        STATEMENTS,
        "whole statements, scored as documents",
        check(),
        width=17,
        misses_too=args.misses,
    )


if __name__ == "__main__":
    main()
