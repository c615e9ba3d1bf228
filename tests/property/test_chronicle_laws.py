"""Laws of chronicle(): any text gives a timeline, deterministically, within its statements.

Texts are drawn from words that matter to the reader (verbs, event nouns, cue words, dates,
determiners, punctuation) so that the rules fire in every combination, not only on prose.
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from chronos import ChronicleEvent, Statement, Timeline, add_statement, chronicle

WORDS = [
    *("the", "a", "his", "The", "It", "then", "later", "since", "after", "before", "until"),
    *("ahead", "of", "following", "subsequent", "regarding", "on", "in", "by", "for"),
    *("said", "rejected", "signed", "arrested", "held", "has", "been", "will", "resume"),
    *("was", "had", "opened", "vote", "ballot", "letter", "move", "elections", "decision"),
    *("Monday", "3", "March", "2024", "two", "days", "the previous day", "last", "week"),
    *(",", ".", ";", "—", "\n\n", "ministers", "council", "talks", "treaty", "proposal"),
]
texts = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


@given(texts, texts)
def test_any_text_gives_a_timeline_with_its_statements(a: str, b: str) -> None:
    s1 = Statement(a, published="2025-01-08", id="one")
    s2 = Statement(b, published="2025-02-01", id="two")
    tl = chronicle([s1, s2])
    assert isinstance(tl, Timeline)
    own = [e for e in tl.events if isinstance(e, ChronicleEvent) and e.kind == "statement"]
    assert [e.name for e in own] == ["statement one", "statement two"]
    # every mention quotes its statement's text at its offsets
    texts_by_id = {"one": a, "two": b}
    for event in tl.events:
        assert isinstance(event, ChronicleEvent)
        for m in event.mentions:
            assert texts_by_id[m.statement][m.start : m.end] == m.quote
    # solving answers for every event (conflicts are reported, never raised)
    for event in tl.events:
        tl.when(event)


@given(texts, texts)
def test_chronicle_is_deterministic_and_add_statement_is_the_batch(a: str, b: str) -> None:
    s1 = Statement(a, published="2025-01-08", id="one")
    s2 = Statement(b, published="2025-02-01", id="two")
    batch = chronicle([s1, s2]).to_json()
    assert chronicle([s1, s2]).to_json() == batch
    assert add_statement(chronicle([s1]), s2).to_json() == batch


def _provenance(tl: Timeline) -> list[tuple[object, ...]]:
    """Everything a chronicle's event adds to a timeline's event, by event."""
    out: list[tuple[object, ...]] = []
    for e in tl.events:
        assert isinstance(e, ChronicleEvent)
        out.append((e.name, e.instant, e.label, e.kind, e.mentions, e.id, e.notes, e.statement))
    return out


@given(texts, texts, st.booleans())
def test_json_keeps_every_event_with_its_provenance(a: str, b: str, ids: bool) -> None:
    events = {"first": a.split()[0]} if ids and a.split() else None
    s1 = Statement(a, published="2025-01-08", id="one", source="Port", events=events)
    s2 = Statement(b, published="2025-02-01", id="two")
    tl = chronicle([s1, s2])
    text = tl.to_json()
    back = Timeline.from_json(text)
    assert _provenance(back) == _provenance(tl)
    assert back.to_json() == text
    # a loaded chronicle takes one more statement as the batch would
    assert add_statement(Timeline.from_json(chronicle([s1]).to_json()), s2).to_json() == text
