"""Laws of Timeline.to_json / from_json: the round trip answers every question the same,
without solving, and a solution edited by hand never changes an answer.

Timelines are built as a user builds them: claims, questions in between (so that later claims
are propagated into a solution already there), contradictions repaired by setting claims aside.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, strategies as st

from chronos import Certainty, Span, Timeline
from tests.property.test_timeline_laws import REFERENCE, RELATIONS
from tests.timeline.documents import as_version_3, packed, unpacked


@st.composite
def used_timelines(draw: st.DrawFn) -> Timeline:
    """Dated events and random relations, often contradictory, some added after a question."""
    tl = Timeline(reference=REFERENCE)
    n = draw(st.integers(min_value=2, max_value=7))
    for i in range(n):
        tl.add(f"e{i}", instant=draw(st.booleans()))
        if draw(st.booleans()):
            day = draw(st.integers(min_value=0, max_value=20))
            tl.relate(f"e{i}", "during", Span.day(2024, 1, 1 + day))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    for _ in range(draw(st.integers(min_value=0, max_value=3 * n))):
        i, j = draw(st.sampled_from(pairs))
        relation = draw(st.sampled_from(RELATIONS))
        confidence = draw(st.sampled_from((1.0, 0.5)))
        tl.relate(f"e{i}", relation, f"e{j}", confidence=confidence)
        if draw(st.booleans()):
            tl.when(f"e{j}")  # a question: the claims after it change a solution in place
    return tl


def answers(tl: Timeline) -> dict[str, Any]:
    """Everything a user can ask of a timeline, as plain values."""
    names = [e.name for e in tl]
    return {
        "when": [tl.when(e) for e in tl],
        "conflicts": [str(c) for c in tl.conflicts],
        "set aside": [c.number for c in tl.set_aside],
        "is set aside": [tl.is_set_aside(c) for c in tl.claims],
        "ordered": str(tl.ordered()),
        "explain": [str(tl.explain(e)) for e in tl],
        "relation": [
            tl.relation(a, r, b)
            for a in names
            for b in names
            if a != b
            for r in ("before", "during")
        ],
        "between": [e.name for e in tl.between("2024-01", "2024-02", certainty=Certainty.POSSIBLE)],
    }


@given(used_timelines())
def test_a_loaded_timeline_answers_the_same_without_solving(tl: Timeline) -> None:
    """from_json(to_json(tl)) answers every question as tl does, set-aside claims and the
    chronology included, and its solver never runs: the written solution is the solution."""
    text = tl.to_json()
    back = Timeline.from_json(text)
    assert answers(back) == answers(tl)
    assert back._solver.solves == 0
    assert back.to_json() == text


solution_edits = st.tuples(
    st.sampled_from(
        ("latest", "latest_by", "earliest", "earliest_by", "latest_strict", "earliest_strict")
    ),
    st.integers(min_value=0, max_value=30),
    st.sampled_from((-86400, -1, 1, 86400)),
)


def edited(solution: dict[str, Any], key: str, at: int, delta: int) -> None:
    """A bound moved by ``delta`` seconds (one left out, null in version 3, is given one:
    ``delta``), a strict flag turned over (the horizon's digit kept), or a predecessor moved
    to a neighbouring point."""
    values = solution[key]
    at %= len(values)
    if key.endswith("_strict"):
        solution[key] = values[:at] + "1032"[int(values[at])] + values[at + 1 :]
    elif key in ("latest", "earliest"):
        values[at] = delta if values[at] is None else values[at] + delta
    else:
        values[at] += 1 if delta > 0 else -1


@given(used_timelines(), solution_edits, st.sampled_from((3, 4)))
def test_an_edited_solution_is_the_solution_or_is_solved_again(
    tl: Timeline, edit: tuple[str, int, int], version: int
) -> None:
    """A bound, a strict flag or a predecessor changed by hand is either still the solution
    of the claims, and then answers as the timeline written does, or is found out, and then
    the timeline solves its claims as if no solution had been written; in a document of
    today and in one of version 3."""
    document = unpacked(json.loads(tl.to_json()))
    if version == 3:
        document = as_version_3(document)
    edited(document["solution"], *edit)
    if version == 4:
        document = packed(document)
    back = Timeline.from_json(json.dumps(document))
    found = answers(back)
    if back._solver.solves == 0:
        # Still the solution: every answer is the same; an explanation may take another
        # chain of claims of the same length.
        expected = answers(tl)
        del found["explain"], expected["explain"]
    else:
        del document["solution"]
        expected = answers(Timeline.from_json(json.dumps(document)))
    assert found == expected


@given(used_timelines(), st.integers(min_value=0, max_value=30), st.integers(-2, 16))
def test_edited_ranks_never_change_an_answer(tl: Timeline, at: int, rank: int) -> None:
    """The ranks written with a solution only steer relation()'s search: a rank set by hand is
    either still sound (never rising along a constraint), and kept, or found out and dropped;
    either way every answer, relation() included, is the one the written timeline gives, and
    the loaded timeline still does not solve."""
    document = unpacked(json.loads(tl.to_json()))
    ranks = document["solution"]["rank"]
    ranks[at % len(ranks)] = rank
    back = Timeline.from_json(json.dumps(packed(document)))
    assert answers(back) == answers(tl)
    assert back._solver.solves == 0


@given(used_timelines())
def test_a_document_of_version_3_reads_as_the_one_of_today(tl: Timeline) -> None:
    """The timeline written as version 3 wrote it (lists, null for the horizon's bounds)
    reads back without solving, answers as the timeline written, and writes today's
    document again: the two versions hold the same solution."""
    text = tl.to_json()
    old = json.dumps(as_version_3(json.loads(text)))
    back = Timeline.from_json(old)
    assert answers(back) == answers(tl)
    assert back._solver.solves == 0
    assert back.to_json() == text
