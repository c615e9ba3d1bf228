"""The subject of a verb event: one event with its verb, and found past a relative clause.

Every sentence here is written for this file; none is taken from the development
statements or the evaluation data.
"""

from __future__ import annotations

import pytest

from chronos import ChronicleEvent, Statement, Timeline, chronicle

DAY = "2025-01-08"  # a Wednesday


def read(text: str) -> Timeline:
    return chronicle([Statement(text, published=DAY, id="s")])


def labels(tl: Timeline) -> list[str]:
    return sorted(
        e.name for e in tl.events if isinstance(e, ChronicleEvent) and e.kind != "statement"
    )


# Each row: a sentence whose verb takes an event noun without a determiner as its subject,
# and the events it tells: the noun is the verb's event, not one more event beside it.
SUBJECT_NOUNS = [
    # a noun in "-ing", before a metric gap
    ("Shooting resumed three days after the truce.", ["Shooting resumed", "truce"]),
    # a plural event noun, before a date
    ("Negotiations stalled on Monday.", ["Negotiations stalled"]),
    # an "-ing" noun with a manner adverb between it and the verb
    ("Shelling abruptly intensified on Tuesday.", ["Shelling intensified"]),
    # a noun with a modifier, before a cue
    ("Street protests spread after the arrests.", ["arrests", "protests spread"]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_NOUNS, ids=[r[0] for r in SUBJECT_NOUNS])
def test_an_event_noun_subject_is_its_verbs_event(text: str, expected: list[str]) -> None:
    assert labels(read(text)) == sorted(expected)


# Each row: a sentence whose main verb follows a relative clause on its subject, and the
# label of the main verb's event: the subject's head reaches it past the clause.
PAST_RELATIVE_CLAUSES = [
    # ", which …," with its own date
    ("The treaty, which was ratified on Monday, expired on Tuesday.", "treaty expired"),
    # ", who …," on a person
    ("The envoy, who arrived on Monday, left on Tuesday.", "envoy left"),
    # a relative clause with an object of its own
    ("The coalition, which won the vote on Monday, split on Tuesday.", "coalition split"),
    # "whose" opens the clause
    ("The airline, whose pilots struck on Monday, resumed flights on Tuesday.", "resumed flights"),
]


@pytest.mark.parametrize(
    ("text", "label"), PAST_RELATIVE_CLAUSES, ids=[r[0] for r in PAST_RELATIVE_CLAUSES]
)
def test_the_subject_reaches_the_label_past_a_relative_clause(text: str, label: str) -> None:
    tl = read(text)
    assert label in labels(tl)
    assert str(tl.when(label)) == "2025-01-07"


def test_the_subject_noun_is_a_mention_of_its_verbs_event() -> None:
    """The noun is kept as a place where the text names the event, tied to the verb."""
    tl = read("Shooting resumed three days after the truce.")
    event = tl.event("Shooting resumed")
    assert isinstance(event, ChronicleEvent)
    assert [(m.quote, m.start, m.rule) for m in event.mentions] == [
        ("resumed", 9, None),
        ("Shooting", 0, "predicate"),
    ]
