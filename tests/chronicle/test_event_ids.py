"""Shared event ids: statements that give one id to words of their text tell one event.

Every sentence here is written for this file; none is taken from the development
statements or the evaluation data.
"""

from __future__ import annotations

import pytest

from chronos import ChronicleEvent, InvalidArgumentError, Statement, add_statement, chronicle


def events(tl: object) -> list[ChronicleEvent]:
    return [e for e in tl.events if isinstance(e, ChronicleEvent) and e.kind != "statement"]  # type: ignore[attr-defined]


def with_id(tl: object, key: str) -> ChronicleEvent:
    (event,) = [e for e in events(tl) if e.id == key]
    return event


PORT = Statement(
    "The harbour tunnel was opened on Friday, the port authority said.",
    published="2025-09-15",
    source="Port authority",
    id="port",
    events={"tunnel-opening": "The harbour tunnel"},
)
CITY = Statement(
    "Traffic eased after the inauguration of the crossing on 12 September.",
    published="2025-09-16",
    source="City council",
    id="city",
    events={"tunnel-opening": "the inauguration of the crossing"},
)


def test_two_wordings_with_one_id_are_one_event_with_both_mentions() -> None:
    tl = chronicle([PORT, CITY])
    opening = with_id(tl, "tunnel-opening")
    assert [(m.statement, m.rule) for m in opening.mentions][:1] == [("port", None)]
    assert ("city", "same id") in [(m.statement, m.rule) for m in opening.mentions]
    # without the ids, the two statements' words are two events
    plain = [Statement(s.text, published=s.published, id=s.id) for s in (PORT, CITY)]
    assert len(events(chronicle(plain))) == len(events(tl)) + 1


def test_statements_that_agree_about_an_event_with_one_id_give_no_conflict() -> None:
    tl = chronicle([PORT, CITY])
    assert str(tl.when(with_id(tl, "tunnel-opening"))) == "2025-09-12"  # Friday, 12 September
    assert tl.conflicts == []


def test_one_id_given_to_days_that_disagree_is_a_conflict_quoting_both() -> None:
    later = Statement(
        "Traffic eased after the inauguration of the crossing on 10 September.",
        published="2025-09-16",
        source="City council",
        id="city",
        events={"tunnel-opening": "the inauguration of the crossing"},
    )
    tl = chronicle([PORT, later])
    (conflict,) = tl.conflicts
    text = str(conflict)
    assert "Port authority, sentence 1: 'Friday'" in text
    assert "City council, sentence 1: '10 September'" in text


def test_different_ids_keep_two_events_that_the_label_would_merge() -> None:
    a = Statement("The bridge opened on 3 March.", published="2025-03-10", id="a")
    b = Statement("The bridge opened on 4 March.", published="2025-03-11", id="b")
    assert len(events(chronicle([a, b]))) == 1  # merged by label, with a conflict
    a2 = Statement(a.text, published=a.published, id="a", events={"north": "bridge"})
    b2 = Statement(b.text, published=b.published, id="b", events={"south": "bridge"})
    tl = chronicle([a2, b2])
    assert sorted(e.id or "" for e in events(tl)) == ["north", "south"]
    assert tl.conflicts == []


def test_one_id_merges_events_told_far_apart() -> None:
    # the label rule keeps a strike told in March and one told in September apart ...
    text = "The union said dockers ended the strike."
    a = Statement(text, published="2025-03-01", id="a")
    b = Statement(text, published="2025-09-01", id="b")
    assert [e.label for e in events(chronicle([a, b]))].count("ended strike") == 2
    # ... the id says they are one
    ids = {"dock-strike": "ended the strike"}
    a2 = Statement(a.text, published=a.published, id="a", events=ids)
    b2 = Statement(b.text, published=b.published, id="b", events=ids)
    assert [e.label for e in events(chronicle([a2, b2]))].count("ended strike") == 1


def test_words_that_tell_no_event_found_become_one() -> None:
    s = Statement(
        "Ministers met in Oslo. The talks were cordial.",
        published="2025-05-02",
        id="o",
        events={"oslo-round": "Ministers met in Oslo"},
    )
    (event,) = events(chronicle([s]))
    assert (event.id, event.label, event.mentions[0].quote) == (
        "oslo-round",
        "Ministers met in Oslo",
        "Ministers met in Oslo",
    )


def test_add_statement_keeps_the_ids() -> None:
    assert [e.id for e in add_statement(chronicle([PORT]), CITY).events] == [
        e.id for e in chronicle([PORT, CITY]).events
    ]


def test_the_events_paste_back_in_the_repr() -> None:
    assert repr(PORT).endswith("events={'tunnel-opening': 'The harbour tunnel'})")
    assert PORT.events == (("tunnel-opening", "The harbour tunnel"),)


BAD = [
    # the words must be in the text, quoted in the message
    ({"vote": "the ballot"}, "'the ballot': the words of event 'vote' are not in"),
    # an id and words must be non-empty strings
    ({"": "talks"}, "an event id must be a non-empty str"),
    ({"vote": 3}, "the words of an event must be a non-empty str"),
    # a list of ids is not a mapping of ids to words
    (["vote"], "must map event ids to the words naming them"),
    ("vote", "must map event ids to the words naming them"),
]


@pytest.mark.parametrize(("given", "words"), BAD, ids=[w for _, w in BAD])
def test_bad_events_are_an_error_naming_the_argument(given: object, words: str) -> None:
    with pytest.raises(InvalidArgumentError, match="events") as caught:
        Statement("The talks resumed on Monday.", published="2025-05-02", events=given)  # type: ignore[arg-type]
    assert words in str(caught.value)


def test_two_ids_for_one_event_are_refused() -> None:
    s = Statement(
        "The talks resumed on Monday.",
        published="2025-05-02",
        id="t",
        events={"round-1": "talks resumed", "round-2": "resumed"},
    )
    with pytest.raises(InvalidArgumentError, match="'round-1' and 'round-2' name one event"):
        chronicle([s])
