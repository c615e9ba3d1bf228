"""``extract`` on plans: an untensed weekday that a message proposes or asks about is ahead.

All sentences are written for these tests; the DCT is Friday 25 October 2024, so the
Monday before it is the 21st (four days back) and the one after it the 28th (three ahead).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2024, 10, 25)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an imperative with an object pronoun, in a message: the coming Tuesday
        ("ring me tues after lunch", [("tues", "DATE 2024-10-29")]),
        # "see" and the reader anywhere in the sentence
        ("ok great, see ya thurs", [("thurs", "DATE 2024-10-31")]),
        # a proposal opening with "lets"
        ("lets try the new place tues", [("tues", "DATE 2024-10-29")]),
        # a question without a tense word, in prose: the one to come
        ("Dinner on Tuesday?", [("Tuesday", "DATE 2024-10-29")]),
        # "don't forget" opens a reminder
        ("Don't forget the recital on Wednesday.", [("Wednesday", "DATE 2024-10-30")]),
        # any prohibition that opens a sentence looks ahead
        ("Don't miss the harvest fair on Monday.", [("Monday", "DATE 2024-10-28")]),
        ("Do not travel to the islands on Monday.", [("Monday", "DATE 2024-10-28")]),
        ("dont miss the bus mon", [("mon", "DATE 2024-10-28")]),
        # "don't" after its subject is a statement: the news reading stays
        ("Ferries don't sail on Monday, the operator said.", [("Monday", "DATE 2024-10-21")]),
        # the DCT's own weekday in a plan is today, not next week
        ("grab a pint fri?", [("fri", "DATE 2024-10-25")]),
        # a lower-case "mon" that ends its clause, after a noun
        ("haircut mon", [("mon", "DATE 2024-10-28")]),
        # a lower-case "wed" before "after", in a question
        ("football wed after school?", [("wed", "DATE 2024-10-30")]),
        # a past cue keeps the past in a message: "-ed" before an object pronoun is a verb
        ("texted u mon", [("mon", "DATE 2024-10-21")]),
        # ... and an irregular past form
        ("saw the doctor tues", [("tues", "DATE 2024-10-22")]),
        # a question with a past cue asks about the past
        ("Did the ferry sail on Tuesday?", [("Tuesday", "DATE 2024-10-22")]),
        # prose with no tense word and no plan keeps the news reading (before the DCT)
        ("Markets in Tokyo, Monday.", [("Monday", "DATE 2024-10-21")]),
        # "The U.S." opens no imperative: "U" is no object pronoun
        ("The U.S. embassy, Monday.", [("Monday", "DATE 2024-10-21")]),
    ],
)
def test_plans_read_ahead(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # "wed" the verb after a modal, "to" or a subject
        "they might wed.",
        "hoping to wed.",
        "we wed!",
        # "mon" as a word of address
        "alright mon?",
        "c'mon!",
    ],
)
def test_short_words_that_are_no_weekday(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a proposal before the report of it: the coming Tuesday, not the past one "told"
        # would give it
        ("Let's vote on it Tuesday, the chairman told the board.", "2024-10-29"),
        # quote marks around the proposal, the comma inside them
        ('"Let\'s talk again Monday," the envoy said.', "2024-10-28"),
        # typographic quotes and an imperative with its object
        ("“Ring me Thursday,” the agent wrote.", "2024-10-31"),
        # a prohibition, the speaker named after the verb
        ("Don't sign anything before Wednesday, warned the lawyer.", "2024-10-30"),
        # a statement before the report keeps the report's past
        ("The depot shut on Tuesday, the mayor told reporters.", "2024-10-22"),
        # a frame that goes on after the verb is no frame: the past holds
        ("Let's hope it lasts, she said on Tuesday.", "2024-10-22"),
    ],
)
def test_a_proposal_before_its_report(text: str, value: str) -> None:
    assert [m.timex.value for m in extract(text, dct=DCT)][-1] == value
