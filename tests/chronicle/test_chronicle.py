"""chronicle(): events, labels, anchors, links, anaphora and merging, rule by rule.

Every sentence here is written for this file; none is taken from the development
statements or the evaluation data.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

import chronos
from chronos import Certainty, ChronicleEvent, Statement, Timeline, add_statement, chronicle
from chronos.chronicle import MAX_TEXT

DAY = "2025-01-08"  # a Wednesday


def read(text: str, published: str = DAY, sid: str = "s") -> Timeline:
    return chronicle([Statement(text, published=published, id=sid)])


def labels(tl: Timeline) -> list[str]:
    return [e.name for e in tl.events if isinstance(e, ChronicleEvent) and e.kind != "statement"]


# -- events and labels -------------------------------------------------------------------

LABELS = [
    # a predicate with a date, labelled with its object's head
    ("The agency seized two tankers on Monday.", ["seized tankers"]),
    # an intransitive takes its subject's head; a particle stays with its verb
    ("The old dam broke down in 2019.", ["dam broke down"]),
    # a report without a date is an event too, labelled by its verb alone
    ("The mayor said the water was safe.", ["said"]),
    # a reaction keeps what it reacts to, which becomes an event of its own
    ("The council rejected the proposal.", ["rejected proposal", "proposal"]),
    # an event noun dated by the text, with its modifiers
    # … and the clause's predicate is an event too
    (
        "Voters went to the polls in the March 3 local elections.",
        ["local elections", "went to polls"],
    ),
    # every predicate of a sentence that carries a date is an event, each with its own label
    (
        "Firefighters reached the village on Sunday and evacuated the school.",
        ["reached village", "evacuated school"],
    ),
    # an event noun between the same stops as a date is an event, though it is not dated
    ("Troops opened fire on Monday during a curfew.", ["opened fire", "curfew"]),
    ("Shops closed early on Monday amid a curfew.", ["Shops closed", "curfew"]),
    # … unless it is the object its predicate's label already holds
    ("Parliament held a vote on Monday.", ["held vote"]),
    # "found" is the past of "find" (not "to found"); "hit" is a past as well as a base
    ("Divers found the wreck on Monday.", ["found wreck"]),
    ("Storms hit the coast on Monday.", ["Storms", "hit coast"]),
    # a past form after "that", "which", "who" is the verb of a relative clause
    (
        "The fire that destroyed the market started on 2 January.",
        ["destroyed market", "market started"],
    ),
    # an unlisted "-ed" word before a number is a verb ("plunged 12 %")
    ("Exports plunged 12 % in December.", ["Exports plunged"]),
    # a participle clause after a comma is an event; a reporting one is not
    ("Troops left the town on Sunday, ending the curfew.", ["left town", "ending curfew"]),
    ("Troops left the town on Sunday, adding to the confusion.", ["left town"]),
    # a gerund after a preposition is an event ("for violating")
    (
        "Police closed the site on Friday for violating safety rules.",
        ["closed site", "violating safety"],
    ),
    # a base form after "will" across an adverb ("will now receive")
    ("The carrier will now receive the aircraft in March.", ["receive aircraft"]),
    # a base form before "by" is a verb, not a participle of a noun ("to exercise by")
    ("The airline holds options to exercise by 2026.", ["options exercise"]),
    # "did" before "not" or a verb is an auxiliary, not a second event
    (
        "The board met on Tuesday, although it did not approve the merger.",
        ["board met", "approve merger"],
    ),
    # after a date, a pronoun and a modal open a clause: "Friday" does not date "strike"
    ("The union said on Friday it would strike.", ["said", "strike"]),
    # a verb without date, cue or report is not an event
    ("The minister visited a school and toured its library.", []),
    # praising is a reaction, a report: its sentence's verbs are events
    (
        "The minister visited a school and praised its teachers.",
        ["visited school", "praised teachers"],
    ),
    # "the vote" after a determiner is a noun; alone it is not dated, so no event
    ("The vote was close.", []),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t for t, _ in LABELS])
def test_labels(text: str, expected: list[str]) -> None:
    assert sorted(labels(read(text))) == sorted(expected)


def test_each_statement_is_an_event_on_its_publication_day() -> None:
    tl = read("Nothing here is dated.", published="2025-01-08")
    (event,) = tl.events
    assert isinstance(event, ChronicleEvent)
    assert (event.name, event.kind, str(tl.when(event))) == (
        "statement s",
        "statement",
        "2025-01-08",
    )
    assert event.statement is not None
    assert event.statement.id == "s"


FROM_TEXT = [
    # a headline line and a capitalised place before a dash
    ("Port reopens\nODESA — The port reopened on Monday.", "Port reopens", "ODESA"),
    # two words of place, a hyphen for a dash
    ("NEW YORK - The agency said on Monday it would act.", None, "NEW YORK"),
    # a first line that ends with a stop is the body, not a title
    ("The port reopened on Monday.\nShips left.", None, None),
    # a dash inside a sentence is no dateline
    ("The port — closed for weeks — reopened on Monday.", None, None),
]


@pytest.mark.parametrize(("text", "title", "dateline"), FROM_TEXT, ids=[t for t, _, _ in FROM_TEXT])
def test_title_and_dateline_read_from_the_text(
    text: str, title: str | None, dateline: str | None
) -> None:
    s = Statement.from_text(text, published=DAY, id="x")
    assert (s.title, s.dateline) == (title, dateline)
    assert s.text == text


def test_a_title_names_the_statement() -> None:
    s = Statement(
        "Port reopens\n\nThe port reopened on Monday.", published=DAY, title="Port reopens"
    )
    tl = chronicle([s])
    own = tl.event("Port reopens")
    assert isinstance(own, ChronicleEvent)
    assert own.kind == "statement"
    assert [(m.start, m.end, m.quote) for m in own.mentions] == [(0, 12, "Port reopens")]


# -- anchors -------------------------------------------------------------------------------

ANCHORS = [
    # ON: inside the span; the past tense takes the Monday before publication
    ("The agency seized two tankers on Monday.", "seized tankers", "2025-01-06"),
    # ON with the future: the next Friday
    ("The court will hear the case on Friday.", "hear case", "2025-01-10"),
    # a month and a year
    ("The firm filed the complaint in November 2024.", "filed complaint", "2024-11"),
    # SINCE with a state: starts in the span, still going on (open end)
    ("The envoy has been detained since 12 December.", "envoy detained", "2024-12-12/.."),
    # SINCE with an occurrence: between the start of the span and publication
    (
        "The hearing has been postponed twice since 20 December.",
        "hearing postponed",
        "2024-12-20/2025-01-08",
    ),
    # BY: over by the end of the span
    (
        "The ministry expects the treaty to be signed by the end of March.",
        "treaty signed",
        "../2025-03",
    ),
    # BEFORE / AFTER a date
    ("The militia withdrew before 1 January.", "militia withdrew", "../2024"),
    # a report without a date: the publication day
    ("The embassy said the talks were useful.", "said", "2025-01-08"),
    # a report with its own date takes it
    ("The embassy said on Monday that the talks were useful.", "said", "2025-01-06"),
    # a report in the pluperfect came earlier: over by the publication day
    ("The minister had said the port was safe.", "said", "../2025-01-08"),
    # in the perfect it is the statement's news: on the publication day
    ("The minister has said the port is safe.", "said", "2025-01-08"),
    # a report that is not made ("would not comment") is not placed
    ("The lawyers would not comment on the case.", "comment", "../.."),
]


@pytest.mark.parametrize(("text", "event", "when"), ANCHORS, ids=[t for t, _, _ in ANCHORS])
def test_anchors(text: str, event: str, when: str) -> None:
    tl = read(text)
    assert str(tl.when(event)) == when


#: Predicates of a dated sentence that do not govern its date: placed by their tense alone.
UNDATED_PREDICATES = [
    # told in the past: over by the publication day, but not put on the report's Monday
    ("Officials said on Monday that the ferry sank.", "ferry sank", "../2025-01-08"),
    # the date goes to the first verb only; the second is not guessed to share it
    (
        "Firefighters reached the village on Sunday and evacuated the school.",
        "evacuated school",
        "../2025-01-08",
    ),
    # a modal ("would"): not told as happening, so nothing is said of its time
    ("The union said on Friday it would strike.", "strike", "../.."),
    # a negated verb: nothing is said of its time either
    (
        "The board met on Tuesday, although it did not approve the merger.",
        "approve merger",
        "../..",
    ),
    # inside an "if" clause: a condition, not an event that happened
    (
        "The envoy said on Monday the army will withdraw if the rebels disarmed.",
        "rebels disarmed",
        "../..",
    ),
    # "by" a date, for a verb after "to"
    ("The airline holds options to exercise by 2026.", "options exercise", "../2026"),
    # a gerund takes its time from its sentence, which is not read: not placed
    ("Police closed the site on Friday for violating safety rules.", "violating safety", "../.."),
    # an infinitive whose form looks past ("to cut") has no tense
    ("The firm said on Monday it plans to cut 300 jobs.", "cut jobs", "../.."),
    # a participle takes its time from its sentence, which is not read: not placed
    ("Troops left the town on Sunday, ending the curfew.", "ending curfew", "../.."),
    # "could have": a possibility, not a perfect
    ("Police said on Friday the fire could have started earlier.", "fire started", "../.."),
    # the same with another modal, verb and names
    ("Engineers said on Monday the leak may have begun earlier.", "leak begun", "../.."),
]


WHEN = [
    # "since November, when …": the clause after "when" is at the date before it
    (
        "Her family has looked after the boy since November, when he was rescued at sea.",
        "rescued",
        "2024-11",
    ),
    # "on 5 June when …", without a comma
    (
        "The terminal closed on 5 June when dock workers walked out.",
        "workers walked out",
        "2025-06-05",
    ),
    # a modal verb after "when" is not placed ("when it would reopen")
    ("The ministry said on 2 June when the terminal would reopen.", "terminal reopen", "../.."),
]


@pytest.mark.parametrize(("text", "event", "when"), WHEN, ids=[t for t, _, _ in WHEN])
def test_when_after_a_date_places_its_clause_in_the_date(text: str, event: str, when: str) -> None:
    assert str(read(text, published="2025-06-20").when(event)) == when


@pytest.mark.parametrize(
    ("text", "event", "when"), UNDATED_PREDICATES, ids=[t for t, _, _ in UNDATED_PREDICATES]
)
def test_undated_predicates_are_placed_by_their_tense_alone(
    text: str, event: str, when: str
) -> None:
    assert str(read(text).when(event)) == when


def test_since_a_date_after_an_event_noun_dates_the_noun() -> None:
    # "held since March after her arrest": the arrest started the detention in March
    tl = read("The reporter has been held since March after her arrest at the border.")
    assert str(tl.when("arrest")) == "2024-03"
    assert tl.relation("arrest", "before", "reporter held") is Certainty.CERTAIN
    # a comma between the date and "after" changes nothing, whatever the words
    tl = read("The editor has been detained since May, after his arrest at the airport.")
    assert str(tl.when("arrest")) == "2024-05"
    tl = read("The activist has been held since June, after the raid on his office.")
    assert str(tl.when("raid")) == "2024-06"
    # a noun with a date of its own keeps it; "after" without "since" dates nothing
    tl = read("The reporter was freed on Monday after her trial.")
    assert str(tl.when("trial")) == "../2025-01-06"


WITHIN = [
    # "within two days of": at most three calendar days from 3 December, either side
    (
        "The minister resigned on 3 December, within two days of the vote.",
        ("minister resigned", "vote", "at most 3 days"),
        (datetime(2024, 12, 7), datetime(2024, 11, 30)),
    ),
    # the "within" phrase first, another count and names
    (
        "Within three days of the ruling, the mayor resigned on 12 December.",
        ("mayor resigned", "ruling", "at most 4 days"),
        (datetime(2024, 12, 17), datetime(2024, 12, 8)),
    ),
    # a week is seven days
    (
        "The general stepped down on 20 December, within a week of the strike.",
        ("general stepped down", "strike", "at most 8 days"),
        (datetime(2024, 12, 29), datetime(2024, 12, 12)),
    ),
]


@pytest.mark.parametrize(("text", "claim", "window"), WITHIN)
def test_within_a_count_of_an_event_bounds_the_distance_on_either_side(
    text: str, claim: tuple[str, str, str], window: tuple[datetime, datetime]
) -> None:
    tl = read(text)
    (within,) = [c for c in tl.claims if c.relation == "within"]
    assert (within.subject, within.object, within.gap) == claim
    other = tl.when(claim[1])
    assert (other.latest_start, other.earliest_end) == window


def test_within_a_length_without_a_number_links_nothing() -> None:
    # "within hours": no number, no bound, no link
    tl = read("Talks collapsed within hours of the summit.")
    assert [c for c in tl.claims if c.relation == "within"] == []


FUTURE_FROM = [
    # "will … from" a day: starts that day, and nothing says when it ends
    ("Tolls will be collected from 1 April.", "Tolls collected", (2025, 4, 1), (2025, 4, 1)),
    # "from next month": starts in that month
    ("The new rules will apply from next month.", "rules apply", (2025, 2, 1), (2025, 2, 28)),
]


@pytest.mark.parametrize(("text", "event", "first", "last"), FUTURE_FROM)
def test_a_future_from_a_date_starts_then(
    text: str, event: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    tl = read(text)
    b = tl.when(event)
    assert tl.conflicts == []
    assert (b.earliest_start, b.latest_start) == (
        datetime(*first),
        datetime(*last, 23, 59, 59),
    )
    assert b.latest_end is None


RESULTING_STATES = [
    # a perfect passive with "since" a date: the state the closing left, still going on
    ("Roads into the valley have been closed since 2 March.", "valley closed", "2024-03-02/.."),
    # "since" an event with a date of its own
    ("The border has been shut since the floods of 2 March 2024.", "border shut", "2024-03-02/.."),
    # an active perfect counts what happened since: over by publication, not a state
    ("The firm has hired fifty people since March.", "hired people", "2024-03-01/2025-01-08"),
    # repeated ("postponed twice since"): occurrences, not a state
    ("The vote has been postponed twice since May.", "vote postponed", "2024-05-01/2025-01-08"),
]


@pytest.mark.parametrize(("text", "event", "when"), RESULTING_STATES)
def test_a_perfect_passive_since_a_date_is_a_state_that_goes_on(
    text: str, event: str, when: str
) -> None:
    tl = read(text)
    found = tl.event(event)
    assert isinstance(found, ChronicleEvent)
    assert str(tl.when(found)) == when
    assert (found.kind == "state") is when.endswith("/..")


STATE_NOUNS = [
    # "on strike since": the noun is a state that starts in the span and goes on
    ("Dock workers have been on strike since 2 June.", "strike", "2024-06-02/.."),
    # "in custody until": over by the end of the span
    ("The driver remained in custody until 3 January.", "custody", "../2025-01-03"),
    # "was on trial in March": inside the span
    ("The former mayor was on trial in March 2024.", "trial", "2024-03"),
]


@pytest.mark.parametrize(("text", "event", "when"), STATE_NOUNS, ids=[t for t, _, _ in STATE_NOUNS])
def test_a_state_named_by_a_noun_takes_its_clause_date(text: str, event: str, when: str) -> None:
    tl = read(text)
    found = tl.event(event)
    assert isinstance(found, ChronicleEvent)
    assert (found.kind, str(tl.when(found))) == ("state", when)


def test_a_state_noun_since_a_date_is_ongoing() -> None:
    b = read("Dock workers have been on strike since 2 June.").when("strike")
    assert b.earliest_end == datetime(2025, 1, 9)


def test_since_a_state_is_ongoing_after_the_publication_day() -> None:
    b = read("The envoy has been detained since 12 December.").when("envoy detained")
    assert b.earliest_end == datetime(2025, 1, 9)
    assert b.latest_end is None


def test_the_pluperfect_ends_a_state_before_publication() -> None:
    # "had been detained since": told as over, so not claimed ongoing
    b = read("The envoy had been detained since 12 December.").when("envoy detained")
    assert b.earliest_end is None or b.earliest_end < datetime(2025, 1, 9)


def test_a_perfect_for_a_past_period_starts_with_it() -> None:
    b = read("Imports have dropped for the past three months.").when("Imports dropped")
    assert b.earliest_start == datetime(2024, 10, 8)
    assert b.latest_end is None


def test_a_scheduled_noun_date_stays_ahead() -> None:
    # "has been scheduled" is a perfect, but what is scheduled is to come
    tl = read("A June 3 hearing has been scheduled in the district court.", published="2025-05-14")
    assert str(tl.when("hearing")) == "2025-06-03"
    tl = read("A June 3 hearing was held in the district court.", published="2025-05-14")
    assert str(tl.when("hearing")) == "2024-06-03"


def test_a_noun_date_is_read_in_the_tense_of_its_clause() -> None:
    # "the February 8 elections" in a past clause: February 2024, not the nearest February
    tl = read(
        "The opposition was weakened ahead of the February 8 elections.", published="2024-10-25"
    )
    assert str(tl.when("elections")) == "2024-02-08"
    tl = read(
        "The opposition will campaign ahead of the February 8 elections.", published="2024-10-25"
    )
    assert str(tl.when("elections")) == "2025-02-08"


# -- links -----------------------------------------------------------------------------------

ORDERS = [
    # a cue before a clause
    (
        "The strike ended on Friday after the owners signed a new contract.",
        "signed contract",
        "strike ended",
    ),
    # a cue before an event noun
    ("Prices rose on Monday following the announcement.", "announcement", "Prices rose"),
    # "ahead of" a dated event noun
    ("The rebels withdrew ahead of the March 3 talks.", "rebels withdrew", "talks"),
    # "subsequent" after the event told before it
    ("He has been jailed since May after his arrest and subsequent trial.", "arrest", "trial"),
    # "then" across sentences
    (
        "The jury retired on Monday. It then acquitted the driver.",
        "jury retired",
        "acquitted driver",
    ),
    # a metric gap, in calendar days
    (
        "The plant closed on 6 January, three days after inspectors issued a warning.",
        "issued warning",
        "plant closed",
    ),
    # a reaction comes after what it reacts to
    ("The union condemned the dismissal.", "dismissal", "condemned dismissal"),
]


@pytest.mark.parametrize(("text", "earlier", "later"), ORDERS, ids=[t for t, _, _ in ORDERS])
def test_orders(text: str, earlier: str, later: str) -> None:
    tl = read(text)
    assert tl.relation(earlier, "before", later) is Certainty.CERTAIN


def test_a_gap_in_days_places_the_earlier_event_on_its_day() -> None:
    tl = read("The plant closed on 6 January, three days after inspectors issued a warning.")
    assert str(tl.when("issued warning")) == "2025-01-03"


def test_no_order_without_a_cue() -> None:
    tl = read("The dam broke on Monday. Villagers have protested since December.")
    a, b = "dam broke", "Villagers protested"
    assert tl.relation(a, "before", b) is not Certainty.CERTAIN
    assert tl.relation(b, "before", a) is not Certainty.CERTAIN


# -- anaphora ------------------------------------------------------------------------------------

ANAPHORA = [
    # a verb whose subject is an event noun of the sentence tells what became of it
    (
        "Shares rose on Monday after talks with the lenders resumed.",
        "talks",
        "resumed",
        "predicate",
    ),
    # same head: "a letter … the letter"
    (
        "Officials rejected a letter from the governors. The letter asked for funds.",
        "letter",
        "letter",
        "same head",
    ),
    # nominalization: "decided … the decision"
    (
        "The board decided on Monday to sell. Shares fell after the decision.",
        "board decided",
        "decision",
        "nominalization",
    ),
    # near synonym: "the vote … the ballot"
    (
        "Parliament held a vote on Monday. Two ministers resigned after the ballot.",
        "held vote",
        "ballot",
        "near synonym",
    ),
    # "the move": the nearest event of the sentence before
    (
        "Rebels seized the airport on Sunday. The government condemned the move.",
        "seized airport",
        "the move",
        "pronoun",
    ),
]


@pytest.mark.parametrize(
    ("text", "event", "quote", "rule"), ANAPHORA, ids=[r for *_, r in ANAPHORA]
)
def test_anaphora(text: str, event: str, quote: str, rule: str) -> None:
    found = read(text).event(event)
    assert isinstance(found, ChronicleEvent)
    assert (quote, rule) in [(m.quote, m.rule) for m in found.mentions]


def test_the_move_is_never_an_infinitive_only_intended() -> None:
    # "to block the convoy" tells a purpose, not something done: "the move" is the seizure
    tl = read(
        "Rebels seized the bridge on Sunday to block the convoy. The government condemned the move."
    )
    seized = tl.event("seized bridge")
    assert isinstance(seized, ChronicleEvent)
    assert ("the move", "pronoun") in [(m.quote, m.rule) for m in seized.mentions]


def test_an_indefinite_noun_is_a_new_event_not_a_reference() -> None:
    tl = read("Officials rejected a letter on Monday. Officials rejected a letter on Tuesday.")
    assert labels(tl).count("letter") + labels(tl).count("letter #2") == 2


# -- merging statements ----------------------------------------------------------------------

FIRST = Statement("The tanker sank on 2 March.", published="2025-03-05", id="coastguard")
SECOND = Statement(
    "The tanker sank on 4 March, the owners said.", published="2025-03-06", id="owners"
)


CROSS_STATEMENT = [
    # same head: "a letter" in one statement, "the letter" in the next
    (
        "Forty lawmakers sent a letter to the president on Monday.",
        "The ministry said the letter was an interference.",
        "sent letter",
        ("b", "letter", "same head"),
    ),
    # nominalization: "decided" in one statement, "the decision" in the next
    (
        "The cabinet decided on Tuesday to raise fuel taxes.",
        "Drivers said the decision was unfair.",
        "cabinet decided",
        ("b", "decision", "nominalization"),
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "event", "mention"),
    CROSS_STATEMENT,
    ids=[m[2] for *_, m in CROSS_STATEMENT],
)
def test_a_definite_noun_names_an_earlier_statements_event(
    first: str, second: str, event: str, mention: tuple[str, str, str]
) -> None:
    tl = chronicle(
        [
            Statement(first, published="2025-01-08", id="a"),
            Statement(second, published="2025-01-09", id="b"),
        ]
    )
    found = tl.event(event)
    assert isinstance(found, ChronicleEvent)
    assert mention in [(m.statement, m.quote, m.rule) for m in found.mentions]


def test_across_statements_neither_near_synonyms_nor_the_move_refer() -> None:
    tl = chronicle(
        [
            Statement("Parliament held a vote on Monday.", published="2025-01-08", id="a"),
            Statement(
                "Critics said the ballot and the move were rushed.", published="2025-01-09", id="b"
            ),
        ]
    )
    held = tl.event("held vote")
    assert isinstance(held, ChronicleEvent)
    assert [m.statement for m in held.mentions] == ["a"]


def test_the_same_event_in_two_statements_is_one_event_with_both_mentions() -> None:
    tl = chronicle(
        [FIRST, Statement("The tanker sank on 2 March.", published="2025-03-06", id="b")]
    )
    sank = tl.event("tanker sank")
    assert isinstance(sank, ChronicleEvent)
    assert [(m.statement, m.rule) for m in sank.mentions] == [
        ("coastguard", None),
        ("b", "same label"),
    ]
    assert tl.conflicts == []


def test_a_disagreement_is_a_conflict_naming_both_statements_and_their_words() -> None:
    tl = chronicle([FIRST, SECOND])
    (conflict,) = tl.conflicts
    text = str(conflict)
    assert "statement coastguard, sentence 1: '2 March'" in text
    assert "statement owners, sentence 1: '4 March'" in text


def test_dates_far_apart_are_two_events_not_a_conflict() -> None:
    # the same label, dated years apart: two sinkings, no contradiction
    later = Statement("The tanker sank on 2 March 2019.", published="2025-03-06", id="archive")
    tl = chronicle([FIRST, later])
    assert sorted(labels(tl)) == ["tanker sank", "tanker sank #2"]
    assert tl.conflicts == []


def test_a_predicate_without_a_head_never_merges() -> None:
    a = Statement("It opened on 2 March.", published="2025-03-05", id="a")
    b = Statement("It opened on 3 March.", published="2025-03-06", id="b")
    tl = chronicle([a, b])
    assert sorted(labels(tl)) == ["opened", "opened #2"]
    assert tl.conflicts == []


@pytest.mark.parametrize(
    ("published", "merged"),
    [
        ("2025-03-07", True),  # two days later: the same undated strike, told twice
        ("2025-04-05", True),  # 31 days apart: still near enough
        ("2025-09-01", False),  # half a year later: another strike, not a contradiction
    ],
)
def test_an_undated_event_merges_only_across_statements_published_near_it(
    published: str, merged: bool
) -> None:
    a = Statement("Dockers ended the strike after talks.", published="2025-03-05", id="a")
    b = Statement("Dockers ended the strike after talks.", published=published, id="b")
    tl = chronicle([a, b])
    assert ("ended strike #2" not in labels(tl)) is merged
    assert tl.conflicts == []


def test_reports_are_never_merged() -> None:
    a = Statement("The navy said the crew was safe.", published="2025-03-05", id="a")
    b = Statement("The owners said the crew was safe.", published="2025-03-06", id="b")
    assert sorted(labels(chronicle([a, b]))) == ["said", "said #2"]


def test_add_statement_equals_the_batch_and_keeps_the_first_timeline() -> None:
    first = chronicle([FIRST])
    before = first.to_json()
    both = add_statement(first, SECOND)
    assert both.to_json() == chronicle([FIRST, SECOND]).to_json()
    assert first.to_json() == before


def test_chronicle_is_deterministic() -> None:
    assert chronicle([FIRST, SECOND]).to_json() == chronicle([FIRST, SECOND]).to_json()


# -- bad input ------------------------------------------------------------------------------

BAD = [
    # published that is not a date
    (lambda: Statement("x", published="yesterday"), "published='yesterday'"),
    (lambda: Statement("x", published=20250101), "published=20250101"),
    # a text that is not a str
    (lambda: Statement(b"bytes", published=DAY), "text=b'bytes'"),
    # duplicate ids
    (
        lambda: chronicle(
            [Statement("a", published=DAY, id="x"), Statement("b", published=DAY, id="x")]
        ),
        "repeats the id 'x'",
    ),
    # not statements
    (lambda: chronicle("The port reopened."), "statements='The port reopened.'"),
    (lambda: chronicle([]), "at least one Statement"),
    (lambda: chronicle([Statement("a", published=DAY), "b"]), "item 2 is not a Statement"),
    (lambda: add_statement(Timeline(reference=DAY), FIRST), "holds no statement"),
]


@pytest.mark.parametrize(("call", "words"), BAD, ids=[w for _, w in BAD])
def test_bad_input_is_a_chronos_error_naming_the_argument(call: object, words: str) -> None:
    with pytest.raises(chronos.InvalidArgumentError) as caught:
        call()  # type: ignore[operator]
    assert words in str(caught.value)


def test_an_empty_text_is_a_chronology_of_the_statement() -> None:
    tl = read("")
    assert [e.name for e in tl.events] == ["statement s"]


def test_another_language_is_not_read_and_says_so() -> None:
    text = (
        "Die Regierung hat am Montag beschlossen, die Grenze nach zwei Wochen wieder zu "
        "öffnen, nachdem die Verhandlungen mit den Nachbarländern erfolgreich waren."
    )
    tl = read(text)
    (own,) = tl.events
    assert isinstance(own, ChronicleEvent)
    assert "only English is read" in own.notes[0]


def test_a_long_text_is_read_whole() -> None:
    # half a megabyte of prose, every sentence an event (benchmarks/bench_chronicle.py
    # reads 5 MB and prints the time): nothing is dropped, anaphora stays local
    text = "The council met on Monday. Officials rejected the plan after the vote. " * 7_000
    tl = chronicle([Statement(text, published=DAY)])
    met = [e for e in tl.events if e.name.startswith("council met")]
    assert len(met) == 7_000
    assert str(tl.when(met[-1])) == "2025-01-06"


def test_a_text_past_the_limit_is_refused_before_reading() -> None:
    text = "a" * (MAX_TEXT + 1)
    with pytest.raises(chronos.InvalidArgumentError, match="at most 8,000,000 are read"):
        chronicle([Statement(text, published=DAY)])


def test_datetime_and_date_publication() -> None:
    a = chronicle(
        [Statement("The port reopened on Monday.", published=datetime(2025, 1, 8, 14, 30))]
    )
    b = chronicle([Statement("The port reopened on Monday.", published=date(2025, 1, 8))])
    assert str(a.when("port reopened")) == str(b.when("port reopened")) == "2025-01-06"


def test_the_chronicle_package_is_callable_whichever_is_imported_first() -> None:
    code = (
        "import chronos.chronicle, chronos\n"
        "from chronos import Statement\n"
        "s = Statement('The port reopened on Monday.', published='2025-01-08')\n"
        "tl = chronos.chronicle([s])\n"
        "assert str(tl.when('port reopened')) == '2025-01-06'\n"
        "assert chronos.chronicle.Statement is Statement\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code
