"""An event noun dated by the verb that carries it out, and a said thing "on" an event.

"the budget bill, which the assembly adopted on 2 June": the relative clause tells when the
bill was adopted, and that is the bill's event. Every sentence here is written for this
file; none is taken from the development statements or the evaluation data.
"""

from __future__ import annotations

import itertools

import pytest

from chronos import Certainty, ChronicleEvent, Statement, Timeline, chronicle

DAY = "2025-06-18"  # a Wednesday


def read(text: str) -> Timeline:
    return chronicle([Statement(text, published=DAY, id="s")])


def carried_by(tl: Timeline, verb: str) -> ChronicleEvent:
    """The event that the verb ``verb`` (a mention's first word) was read as a mention of."""
    (event,) = [
        e
        for e in tl.events
        if isinstance(e, ChronicleEvent) and any(m.quote.split()[0] == verb for m in e.mentions)
    ]
    return event


REALIZED = [
    # an object relative after a comma: the bill's event is its adoption
    ("The opposition denounced the budget bill, which the assembly adopted on 2 June.",
     "adopted", "budget bill", "2025-06-02"),
    # "that" right after the noun, a subject of two words and a relative date
    ("Farmers marched against the law that the upper house approved last month.",
     "approved", "law", "2025-05"),
    # a passive relative: the noun is the subject of the passive
    ("Monitors praised the referendum, which was conducted on 11 May.",
     "conducted", "referendum", "2025-05-11"),
    # a passive main clause, with a place between the verb and its date
    ("The summit was held in Lisbon on 9 June.", "held", "summit", "2025-06-09"),
    # a participle right after its noun, with its date
    ("Turnout fell sharply in the elections held on 1 June.", "held", "elections", "2025-06-01"),
    # a participle before "by": the verb of its own clause, whose date is the report's
    ("Unions rejected the report published by the commission on 12 June.",
     "published", "report", "2025-06-12"),
    # a verb of happening with an event-noun subject: in a main clause ...
    ("The referendum took place on 25 May amid heavy rain.", "took", "referendum",
     "2025-05-25"),
    # ... and in a relative clause after a comma
    ("Firefighters traced the blast, which occurred on 14 June, to a gas leak.",
     "occurred", "blast", "2025-06-14"),
    # a perfect in the relative clause
    ("Lawyers challenged the agreement, which the two firms have signed on Monday.",
     "signed", "agreement", "2025-06-16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verb", "label", "when"), REALIZED, ids=[r[0] for r in REALIZED])
def test_a_verb_that_carries_out_an_event_noun_dates_it(
    text: str, verb: str, label: str, when: str
) -> None:
    tl = read(text)
    event = carried_by(tl, verb)
    assert event.label == label
    assert [m.rule for m in event.mentions if m.quote.split()[0] == verb] == ["predicate"]
    assert str(tl.when(event)) == when


NOT_REALIZED = [
    # "broke" acts on the truce, it does not carry it out: the truce takes no date
    ("Rebels ended the truce, which the army broke on 5 June.", "broke"),
    # a content clause: "signed" has its own object, so the report is not what was signed
    ("Officials denied the report that the ministry had signed a deal on 3 June.", "signed"),
    # "imposed" starts a curfew that lasts: its day is not the curfew's
    ("Residents defied the curfew, which the army imposed on 2 June.", "imposed"),
    # a verb of happening whose subject is not an event noun
    ("Little happened in the port on 3 June.", "happened"),
    # "held up": a particle makes another verb
    ("Drivers blamed the protest, which was held up on 4 June.", "held"),
]


@pytest.mark.parametrize(("text", "verb"), NOT_REALIZED, ids=[t for t, _ in NOT_REALIZED])
def test_a_verb_that_does_not_carry_out_the_noun_is_its_own_event(text: str, verb: str) -> None:
    tl = read(text)
    event = carried_by(tl, verb)
    assert [m.rule for m in event.mentions] == [None]  # the verb introduced its own event
    assert not any(m.rule == "predicate" for e in tl.events for m in getattr(e, "mentions", ()))


def test_a_later_definite_noun_names_the_event_the_relative_clause_dated() -> None:
    tl = read(
        "Diplomats praised the accord, which both sides signed on 10 June. The rebels withdrew "
        "two days after the accord."
    )
    accord = carried_by(tl, "signed")
    assert [(m.quote, m.rule) for m in accord.mentions] == [
        ("accord", None),
        ("signed", "predicate"),
        ("accord", "same head"),
    ]
    b = tl.when("rebels withdrew")  # "two days after": one to three days after the signing
    assert (str(b.earliest_start), str(b.latest_start)) == (
        "2025-06-11 00:00:00",
        "2025-06-14 00:00:00",
    )


ON_TOPIC = [
    # a said thing "on" an event: the event came first, the reaction last
    ("The minister welcomed the regulator's report on the merger, which the board approved "
     "on 9 June.", ["merger", "regulator's report", "welcomed report"]),
    # "on" after the said thing's complement, in the same noun phrase
    ("The party rejected the statement of the electoral board on the referendum, which was "
     "conducted on 11 May.", ["referendum", "statement of the electoral board",
                              "rejected statement"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "chain"), ON_TOPIC, ids=[t for t, _ in ON_TOPIC])
def test_a_said_thing_on_an_event_comes_after_it(text: str, chain: list[str]) -> None:
    tl = read(text)
    for earlier, later in itertools.pairwise(chain):
        assert tl.relation(earlier, "before", later) is Certainty.CERTAIN, (earlier, later)


NOT_ON_TOPIC = [
    # "on" before a date dates the letter; it names no topic
    "The ministry rejected the letter on Monday.",
    # "on the campaign trail": the event noun is a modifier, the phrase is about a trail
    "The party rejected his remarks on the election campaign trail last week.",
]


@pytest.mark.parametrize("text", NOT_ON_TOPIC)
def test_on_before_a_date_or_a_longer_noun_phrase_names_no_topic(text: str) -> None:
    tl = read(text)
    assert not any((c.provenance.quote or "").startswith("on ") for c in tl.claims)
