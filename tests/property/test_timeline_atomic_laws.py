"""Law: a change to a timeline is all or nothing.

A stateful test interleaves valid and invalid calls to ``Timeline.add`` and
``Timeline.relate``. After every step the timeline must equal one built from the calls
that succeeded, and only: a call that raised left nothing behind — no event, no claim, no
edge in the network, no stale query index.
"""

from __future__ import annotations

from typing import Any

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from chronos import ChronosError, Span, Timeline

REFERENCE = "2024-10-25"
NAMES = (
    "letter",
    "reaction",
    "vote",
    "talks",
    "café",  # written with one character for é
    "cafe\u0301",  # the same name, é written as e and a combining accent
    "the summit ",
    "ruling",
    "appeal",
    "hearing",
)
#: Valid values of each argument, and values that must be refused (the last one of each
#: call breaks at most one argument, so that most calls reach the network before failing).
VALID: dict[str, tuple[object, ...]] = {
    "when": (
        None,
        "in August 2023",
        "since August 2023",
        "on February 8",
        "two days after the letter",  # valid once "letter" exists
        "ahead of the vote",  # valid once "vote" exists
        Span.month(2024, 9),
    ),
    "duration": (None, "3 days", "at least a week"),
    "tense": (None, "past", "future"),
    "confidence": (1.0, 0.5),
    "gap": (None, "at least 2 days", "a month", "within a week", "2000 years"),
    "relation": ("before", "after", "during", "meets"),
}
INVALID: dict[str, tuple[object, ...]] = {
    "when": (
        "99999 years",  # a length beyond the calendar
        "February 30, 2024",  # no such day
        "after the nonexistent summit",  # no such event
        "qwerty",  # not a phrase
    ),
    "duration": ("99999 years", "9999 years", "-3 days", "soon"),
    "tense": ("sometime",),
    "confidence": (0.0, 2.0),
    "gap": ("99999 years", "9999 years", "x"),
    "relation": ("sideways",),
}


@st.composite
def arguments(draw: st.DrawFn, names: tuple[str, ...]) -> dict[str, Any]:
    """Keyword arguments, all valid or with one of them broken."""
    broken = draw(st.sampled_from((None, None, *names)))
    return {
        name: draw(st.sampled_from(INVALID[name] if name == broken else VALID[name]))
        for name in names
    }


def fingerprint(tl: Timeline) -> tuple[Any, ...]:
    """What a user can see of a timeline: its JSON, every window, the order, the conflicts."""
    windows = tuple(str(tl.when(e)) for e in tl.events)
    order = tuple(entry.event.name for entry in tl.ordered().entries)
    conflicts = tuple(str(c.set_aside) for c in tl.conflicts)
    return (tl.to_json(), windows, order, conflicts, len(tl), len(tl.claims))


class AllOrNothing(RuleBasedStateMachine):
    """Valid and invalid changes, each checked against a rebuild from the successful ones."""

    def __init__(self) -> None:
        super().__init__()
        self.timeline = Timeline(reference=REFERENCE)
        # Built in step from the successful calls only, and solved at the same moments (the
        # invariant reads both after every step), so that a repair of conflicts made
        # incrementally is compared with the same repair.
        self.rebuilt = Timeline(reference=REFERENCE)

    def _try(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        try:
            getattr(self.timeline, method)(*args, **kwargs)
        except ChronosError:
            return  # refused: the invariant checks that it left no trace
        getattr(self.rebuilt, method)(*args, **kwargs)

    @rule(
        name=st.sampled_from(NAMES),
        kwargs=arguments(("when", "duration", "tense", "confidence")),
    )
    def add(self, name: str, kwargs: dict[str, Any]) -> None:
        self._try("add", (name,), kwargs)

    @precondition(lambda self: len(self.timeline) > 0)
    @rule(data=st.data(), kwargs=arguments(("relation", "gap")))
    def relate(self, data: st.DataObject, kwargs: dict[str, Any]) -> None:
        # Mostly events the timeline holds, sometimes a name it does not know.
        held = tuple(e.name for e in self.timeline.events)
        known = st.sampled_from(held)
        subject = data.draw(st.one_of(known, known, known, st.sampled_from(NAMES)))
        obj = data.draw(st.one_of(known, known, st.just(Span.day(2024, 2, 8))))
        relation = kwargs.pop("relation")
        self._try("relate", (subject, relation, obj), kwargs)

    @invariant()
    def equals_the_rebuild_from_successful_changes(self) -> None:
        assert fingerprint(self.timeline) == fingerprint(self.rebuilt)


AllOrNothing.TestCase.settings = settings(stateful_step_count=12)
TestAllOrNothing = AllOrNothing.TestCase
