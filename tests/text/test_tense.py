"""The tense of the clause around a mention, and how it places year-less dates and weekdays.

The DCT is Friday 25 October 2024; every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import Tense, extract

DCT = date(2024, 10, 25)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("The activist was detained on July 4.", Tense.PAST, "2024-07-04"),  # passive past
        ("The general will be tried on Monday.", Tense.FUTURE, "2024-10-28"),  # future passive
        ("The embassy reopened last Wednesday.", Tense.PAST, "2024-10-23"),  # -ed verb + cue
        ("The ferry sailed on Tuesday.", Tense.PAST, "2024-10-22"),  # -ed verb, weekday
        ("The envoy said it would meet on Thursday.", Tense.FUTURE, "2024-10-31"),  # reported
        ("The report is due on Wednesday.", Tense.FUTURE, "2024-10-30"),  # "due"
        ("On Tuesday, the court upheld the ban.", Tense.PAST, "2024-10-22"),  # verb after
        ("The minister met donors on Monday.", Tense.PAST, "2024-10-21"),  # irregular past
        ("The union has called a strike since Monday.", Tense.PAST, "2024-10-21"),  # perfect
        ("Voters are going to decide on December 1.", Tense.FUTURE, "2024-12-01"),  # going to
        ("The panel might rule on November 4.", Tense.FUTURE, "2024-11-04"),  # a modal
        # the future in the past: a plan then, ahead of it ("was/were" + plan word + "to")
        ("On Sunday, the crews were preparing to strike.", Tense.FUTURE, "2024-10-27"),
        ("The envoy was expected to land on Sunday.", Tense.FUTURE, "2024-10-27"),
        # a regular past form too short for the "-ed" rule: Sunday is behind, not ahead
        ("The rebel commander died Sunday in a raid.", Tense.PAST, "2024-10-20"),
        # "was" before anything else stays past
        ("The levy was set on Sunday.", Tense.PAST, "2024-10-20"),
        ("The mayor won't attend on Sunday.", Tense.FUTURE, "2024-10-27"),  # won't
        ("The talks are on Monday.", Tense.PRESENT, "2024-10-28"),  # present: nearest
        ("The blockade will last until Monday.", Tense.FUTURE, "2024-10-28"),  # "last" a verb
        ("The envoys agreed to meet on Thursday.", Tense.FUTURE, "2024-10-31"),  # a decision
        # "sat" before a number that is no clock time: the verb, past
        ("The pupils sat 3 exams on Thursday.", Tense.PAST, "2024-10-24"),
    ],
)
def test_tense_and_the_date_it_picks(text: str, tense: Tense, value: str) -> None:
    """The clause's tense is read and places the year-less date or weekday."""
    (m,) = extract(text, dct=DCT)
    assert m.tense is tense
    assert m.timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "a June 3 hearing": the date modifies a noun; no verb governs it, so the nearest
        ("Lawyers prepared for a November 2 hearing, officials said.", "2024-11-02"),
        # a deadline: whatever the tense, the date lies ahead of the clause's time
        ("The regulator extended the offer to November 20.", "2024-11-20"),
        ("The mayor asked them to leave by November 1.", "2024-11-01"),
        # the date a change takes effect: the past verb reports the decision, not the date
        ("The board named a new treasurer, effective Jan. 2.", "2025-01-02"),
        # ... and one nearer behind the DCT stays behind it
        ("The union signed the pact, effective Sept. 9.", "2024-09-09"),
    ],
)
def test_nearest_where_the_tense_does_not_place(text: str, value: str) -> None:
    """Attributive dates and deadlines take the nearest occurrence."""
    (m,) = extract(text, dct=DCT)
    assert m.timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a delay is news while it runs: the date it moves to is ahead, though Tuesday
        # (22 October) lies nearer behind the DCT than ahead of it
        ("The magistrate adjourned the inquest until Tuesday.", "2024-10-29"),
        # a part of the day after "postponed until", the object after the date
        ("The council postponed until Tuesday evening its vote on the levy.", "2024-10-29TEV"),
        # "to" and a date, "delayed" with its object between
        ("The airline delayed the new service to Oct. 21.", "2025-10-21"),
        # a verb and its particle: "pushed back to"
        ("The board pushed the vote back to Tuesday.", "2024-10-29"),
        # "moved" with its object
        ("The judge moved the hearing to Tuesday.", "2024-10-29"),
        # "put off": the particle makes "put" a delay
        ("The council put off the levy until Tuesday.", "2024-10-29"),
        # the "-ing" form
        ("The league is postponing the final until Tuesday.", "2024-10-29"),
        # "put" with no "off" moves nothing: the nearest Tuesday
        ("The clerk put the question to Tuesday's panel.", "2024-10-22"),
        # a clause mark ends the verb's reach: "until" of another clause is a plain deadline
        ("The talks, postponed twice, ran until Tuesday.", "2024-10-22"),
    ],
)
def test_a_delay_moves_to_a_date_ahead(text: str, value: str) -> None:
    (m,) = extract(text, dct=DCT)
    assert m.timex.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The preferred shares are redeemed on Monday.",  # "preferred" is an adjective here
        "Fighting flared due to its collapse on Monday.",  # "due to" is "because of"
    ],
)
def test_words_that_look_like_cues(text: str) -> None:
    """An adjective in -ed and a causal "due to" are not tense cues."""
    (m,) = extract(text, dct=DCT)
    assert m.tense is not Tense.FUTURE or "due" not in text
    assert m.tense is not Tense.PAST or "preferred" not in text


def test_no_cue_no_tense() -> None:
    """A clause without any cue leaves the tense unknown: news reports more than it
    announces, so the past occurrence unless the next one is less than half as far."""
    (m,) = extract("Monday: talks in Geneva.", dct=DCT)
    assert m.tense is None
    assert m.timex.value == "2024-10-21"  # three days back, two ahead: not half as far


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        # verbs of intent are cues before "to" only; as nouns they say nothing
        ("The cabinet plans to vote on Tuesday.", Tense.FUTURE),
        ("The board unveiled the plan on Tuesday.", Tense.PAST),
        ("Holiday plans on Tuesday.", None),
        ("The mayor hopes to reopen the bridge on Tuesday.", Tense.FUTURE),
        # "is to" + verb is an arrangement ahead
        ("The airline is to resume flights on Tuesday.", Tense.FUTURE),
        ("The envoys are to meet again on Tuesday.", Tense.FUTURE),
        # a plan that had been made is over: "had (been) due / scheduled / set to"
        ("The permit had been due to lapse on Tuesday.", Tense.PAST),
        ("The vote had been scheduled for Tuesday.", Tense.PAST),
        ("The bid had been set to expire on Tuesday.", Tense.PAST),
        # "as expected" comments on a result; "expects" looks ahead
        ("As expected, the bank lowered its rates on Tuesday.", Tense.PAST),
        ("The utility expects approval on Tuesday.", Tense.FUTURE),
        # "could" is as often the past of "can" as a conditional: no cue
        ("Nobody could be reached on Tuesday.", None),
        # after a pronoun an -ed form is the verb, though a noun follows it
        ("On Tuesday it announced layoffs.", Tense.PAST),
        # an -ed form before a count or a quantity is the verb: its object follows
        ("Coastguards rescued four fishermen on Tuesday.", Tense.PAST),
        ("Militias shelled several towns on Tuesday.", Tense.PAST),
        ("Customs officers impounded nearly 40 crates on Tuesday.", Tense.PAST),
        ("The utility restored thousands of connections on Tuesday.", Tense.PAST),
        # ... and an -ed form before a plain noun may be an adjective: no cue
        ("Preferred stock on Tuesday.", None),
    ],
)
def test_cues_and_look_alikes(text: str, tense: Tense | None) -> None:
    """Each row: a cue, or a word that only looks like one, and the tense it gives."""
    (m,) = extract(text, dct=DCT)
    assert m.tense is tense


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past clause, but the last occurrence is ten months back and the next is a
        # month away: news would have given the year, so the next one is meant
        ("The firm declared a dividend, payable Nov. 29 to holders.", "2024-11-29"),
        ("The firm declared a dividend, payable Dec. 1.", "2024-12-01"),
        # "on" ties the day to its own past verb: the day that is over, not the next one
        ("The envoy resigned on Nov. 20.", "2023-11-20"),
        # a month in a past clause is the one that is over, however near the next one is:
        # "in November", written in October, is last November
        ("The chain announced the closure in November.", "2023-11"),
        # a past clause and a date eight months back: the past one still (not five times)
        ("The chain announced the closure in February.", "2024-02"),
        # no tense cue: the past occurrence unless the next is less than half as far
        ("A rally in Oslo on Oct. 12 and in Bergen on Nov. 2.", "2024-10-12"),
        ("Stocks fell in August; the index is off its March peak.", "2024-08"),
        # a deadline in a future clause lies ahead
        ("The bank will repay the loan by August.", "2025-08"),
        # "since" places the date before now whatever the clause
        ("No one has seen him since the Nov. 30 raid.", "2023-11-30"),
        # and the date of the event it names after "of"
        ("The border has been shut since the floods of Nov. 30.", "2023-11-30"),
        ("Prices have risen since the budget speech of 30 November.", "2023-11-30"),
        # a weekday with its date: the nearest year in which they agree, tense aside
        ("The paper said in an editorial on Saturday, Oct. 26: the vote matters.", "2024-10-26"),
    ],
)
def test_news_placement(text: str, value: str) -> None:
    """How news places a year-less date around the DCT, with the tense as read."""
    assert extract(text, dct=DCT)[0].timex.value == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # "have" after "will" is the verb: the future of "will" decides
        ("The leaders will have talks on Monday.", Tense.FUTURE, "2024-10-28"),
        # ... after "to" with no participle: the infinitive, "expect" decides
        ("They expect to have results on Monday.", Tense.FUTURE, "2024-10-28"),
        # ... after "gonna", as messages write "going to"
        ("gonna have a party on Monday", Tense.FUTURE, "2024-10-28"),
        # "to have" and a participle: the perfect, past
        ("He is said to have met them on Monday.", Tense.PAST, "2024-10-21"),
        # "may have" and a participle: a guess about the past
        ("He may have left on Monday.", Tense.PAST, "2024-10-21"),
        # "would have": what did not happen, past
        ("It would have opened on Monday.", Tense.PAST, "2024-10-21"),
    ],
)
def test_have_after_a_future_word(text: str, tense: Tense, value: str) -> None:
    (m,) = extract(text, dct=DCT)
    assert (m.tense, m.timex.value) == (tense, value)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # a timetable in the present simple looks ahead: the next March, not the last
        ("The gallery reopens in March after repairs.", Tense.FUTURE, "2025-03"),
        # a hearing on a weekday: the coming one
        ("The tribunal hears the case on Tuesday.", Tense.FUTURE, "2024-10-29"),
        # "takes effect", "comes into force": the change is ahead
        ("The levy takes effect on 1 August.", Tense.FUTURE, "2025-08-01"),
        ("The treaty comes into force on 12 January.", Tense.FUTURE, "2025-01-12"),
        # a run "until" a day
        ("The fair runs until Monday.", Tense.FUTURE, "2024-10-28"),
        # ends, expires, resumes, kicks off, meets
        ("The amnesty expires on Wednesday.", Tense.FUTURE, "2024-10-30"),
        ("The league kicks off on August 9.", Tense.FUTURE, "2025-08-09"),
        ("The council meets on Thursday.", Tense.FUTURE, "2024-10-31"),
        ("Rail service resumes on Sunday.", Tense.FUTURE, "2024-10-27"),
        # arrivals, departures, returns, journeys and visits on a timetable
        ("The envoy arrives on Sunday.", Tense.FUTURE, "2024-10-27"),
        ("The last ferry departs on Saturday.", Tense.FUTURE, "2024-10-26"),
        ("The minister flies to Lagos on Tuesday.", Tense.FUTURE, "2024-10-29"),
        ("The cardinal visits the camp in December.", Tense.FUTURE, "2024-12"),
        # a broadcast: premieres, airs
        ("The documentary airs on Wednesday.", Tense.FUTURE, "2024-10-30"),
        # "goes on" sale, trial, strike: a date ahead
        ("The defendant goes on trial in February.", Tense.FUTURE, "2025-02"),
        ("Tickets go on sale on Thursday.", Tense.FUTURE, "2024-10-31"),
        ("Dock workers go on strike in January.", Tense.FUTURE, "2025-01"),
        ("The new chat show goes on air on Wednesday.", Tense.FUTURE, "2024-10-30"),
        # a present of saying is no timetable: the past verb after it decides
        ("The coach says the squad trained on Tuesday.", Tense.PAST, "2024-10-22"),
        # a present of belief likewise
        ("Her lawyer believes the letter arrived on Monday.", Tense.PAST, "2024-10-21"),
        # "starts" after a noun that makes it one ("housing starts"): the past verb holds
        ("Housing starts in April slumped.", Tense.PAST, "2024-04"),
        # "ends" after a word that makes it a noun: no cue at all, the untensed reading
        ("Loose ends from Monday remain.", None, "2024-10-21"),
        # "runs" needs a word of a stretch after it: "runs on" is how a mill works
        ("The mill runs on diesel from Monday.", None, "2024-10-21"),
    ],
)
def test_a_timetable_in_the_present_looks_ahead(text: str, tense: Tense | None, value: str) -> None:
    m = extract(text, dct=DCT)[0]
    assert (m.tense, m.timex.value) == (tense, value)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # a plural noun before the plural verb: the subject, so the verb is the present
        ("The hearings resume on Wednesday.", Tense.FUTURE, "2024-10-30"),
        # a pronoun subject
        ("They convene in January to vote.", Tense.FUTURE, "2025-01"),
        # open, close, start, end, return after a plural subject
        ("Polling stations open on Sunday.", Tense.FUTURE, "2024-10-27"),
        ("Nominations close on 4 November.", Tense.FUTURE, "2024-11-04"),
        ("The festivities start on Saturday.", Tense.FUTURE, "2024-10-26"),
        ("Pupils return on Monday.", Tense.FUTURE, "2024-10-28"),
        # the same words as nouns after a determiner: the past verb after them decides
        ("Their visit on Tuesday ended early.", Tense.PAST, "2024-10-22"),
        ("His return on Monday surprised them.", Tense.PAST, "2024-10-21"),
        ("The open on Sunday drew crowds.", Tense.PAST, "2024-10-20"),
        # a compound subject ending in a name
        ("The premier and Okonjo meet on Tuesday.", Tense.FUTURE, "2024-10-29"),
        # after "and" with no subject of its own: an infinitive, the earlier cue holds
        ("Delegates will land and meet on Tuesday.", Tense.FUTURE, "2024-10-29"),
        # after a singular noun: an infinitive after "let", no cue
        ("The board let the audit begin Monday.", None, "2024-10-21"),
        # after "to": the infinitive, the past verb before it decides
        ("Both camps refused to reopen talks on Monday.", Tense.PAST, "2024-10-21"),
        # after "not": a negation, the auxiliary before it decides
        ("The clubs did not meet on Sunday.", Tense.PAST, "2024-10-20"),
    ],
)
def test_a_plural_timetable_verb_needs_a_subject(
    text: str, tense: Tense | None, value: str
) -> None:
    m = extract(text, dct=DCT)[0]
    assert (m.tense, m.timex.value) == (tense, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an event named by its weekday is one the text reports: the last such day
        ("Lawyers will study Tuesday's verdict.", "2024-10-22"),
        ("Analysts pored over Monday's figures.", "2024-10-21"),
        # ... but a present or future clause done ahead of it puts it ahead of now
        ("Both leaders will meet ahead of Tuesday's summit.", "2024-10-29"),
        ("The city will close roads before Sunday's marathon.", "2024-10-27"),
        ("Bidding stays open until Wednesday's auction.", "2024-10-30"),
        ("The fees must be paid by Monday's hearing.", "2024-10-28"),
        # a past clause done ahead of it says nothing of now: the event the text reports
        ("Crowds had gathered before Tuesday's rally.", "2024-10-22"),
    ],
)
def test_an_event_named_by_its_weekday(text: str, value: str) -> None:
    (m,) = extract(text, dct=DCT)
    assert m.timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a form in -ed before an adverb or a preposition is the verb: past, the last Sunday
        ("Supporters rallied ahead of the count on Sunday.", "2024-10-20"),
        ("Farmers marched through the capital on Sunday.", "2024-10-20"),
        ("Rival gangs clashed again on Sunday.", "2024-10-20"),
        ("Protests resumed despite the ban on Sunday.", "2024-10-20"),
    ],
)
def test_a_past_verb_before_an_adverb(text: str, value: str) -> None:
    m = extract(text, dct=DCT)[-1]
    assert (m.tense, m.timex.value) == (Tense.PAST, value)


@pytest.mark.parametrize(
    ("text", "word", "tense", "value"),
    [
        # a time that opens the sentence belongs to the main clause, however long the
        # apposition before its verb: last December, not the coming one
        (
            "In December, a fortnight after the spring congress of the farmers' union of "
            "the western provinces, a storm flooded the valley.",
            "December",
            Tense.PAST,
            "2023-12",
        ),
        # the same with a future main clause: the coming Monday, not the one just gone
        (
            "On Monday, after a long round of talks between the unions, the employers and "
            "the ministry of labour in the capital, the council will vote.",
            "Monday",
            Tense.FUTURE,
            "2024-10-28",
        ),
        # an adjunct of "with" and a participle has no tense: the clause it hangs on has
        (
            "The operator said two ferries would sail from the harbour on weekdays from "
            "March 3, with a third vessel joining the route on Sundays from September 30.",
            "September 30",
            Tense.FUTURE,
            "2025-09-30",
        ),
        # … a past clause as well: last November, not next month
        (
            "The inspectors reported that the plant had shut its first unit, with the "
            "second reactor following it in November.",
            "November",
            Tense.PAST,
            "2023-11",
        ),
        # a passive verb group cut by the window's edge is read whole: "will" decides
        (
            "The veteran pilot will be named head of the coastal rescue service for a "
            "mission in September.",
            "September",
            Tense.FUTURE,
            "2025-09",
        ),
        # with "not" inside the group too
        (
            "The pilot will not be named head of the coastal rescue service for a mission "
            "in September.",
            "September",
            Tense.FUTURE,
            "2025-09",
        ),
        # "been" is a past cue of its own: nothing to read beyond it
        (
            "The veteran pilot had been named head of the coastal rescue service for a "
            "mission in November.",
            "November",
            Tense.PAST,
            "2023-11",
        ),
    ],
)
def test_a_cue_beyond_the_window(text: str, word: str, tense: Tense, value: str) -> None:
    """Where twelve words hold no cue, the clause's verb is looked for where it is: after
    a fronted time, before a "with" adjunct, at the head of a cut verb group."""
    (m,) = [m for m in extract(text, dct=DCT) if m.text == word]
    assert (m.tense, m.timex.value) == (tense, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day right after its own past verb is that verb's: a week ahead is no past
        ("The lease expired Nov. 30 and was not renewed.", "2023-11-30"),
        # a period's end, written just after the verb that ends it
        ("The fiscal quarter ended Oct. 31, the company said.", "2023-10-31"),
        # another verb, another day
        ("The contract lapsed Dec. 4, officials said.", "2023-12-04"),
        # no past verb just before the day: its tense is another verb's, a day ahead stays
        ("The firm declared a dividend, payable Dec. 1.", "2024-12-01"),
    ],
)
def test_a_day_right_after_its_past_verb(text: str, value: str) -> None:
    """A date right after a verb in the past is tied to it, as "on" ties one: the last
    occurrence before the DCT, however close the next one."""
    m = next(
        m
        for m in extract(text, dct=DCT)
        if m.timex.value[:4].isdigit() and len(m.timex.value) == 10
    )
    assert m.timex.value == value
