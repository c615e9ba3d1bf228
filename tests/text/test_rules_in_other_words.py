"""The rules of anaphoric weekdays, a part "of the" unit in history text, seasons that head
a name, "lately" and midnight in a future clause, each checked once more in wording of
another kind than their own tests use (other dates, names and word order). All sentences
are written for these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"
FALL = "Rebels took the airport on 2 April 1975. "  # a Wednesday


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the preceding" and a weekday after a Wednesday: the Thursday of the week before
        (
            FALL + "The preceding Thursday, the embassy had emptied.",
            [("2 April 1975", "DATE 1975-04-02"), ("The preceding Thursday", "DATE 1975-03-27")],
        ),
        # "the following" and an abbreviated weekday with its stop
        (
            FALL + "The following Tues., the envoy flew out.",
            [("2 April 1975", "DATE 1975-04-02"), ("The following Tues.", "DATE 1975-04-08")],
        ),
        # a history text (years far from the DCT): "the end of the year" is the story's
        (
            "Rebels took the airport in April 1975. Fighting went on until the end of the year."
            " The war had begun in 1955. In 1973 a treaty was signed.",
            [
                ("April 1975", "DATE 1975-04"),
                ("the end of the year", "DATE 1975 END"),
                ("1955", "DATE 1955"),
                ("1973", "DATE 1973"),
            ],
        ),
        # seasons heading names, plural and after "the"
        ("Tickets for the Winter Carnival sold out.", []),
        ("Guests toured the Spring Gardens.", []),
        # "lately" after a clause, "of late" still left out
        (
            "The ferry has been late of late, and lately the buses too.",
            [("lately", "DATE PAST_REF")],
        ),
        # midnight in a future clause before the report: the end of the DCT's day
        (
            "The blackout will lift at midnight, officials said.",
            [("midnight", "TIME 2024-10-25T24:00")],
        ),
    ],
)
def test_rules_in_other_words(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found
