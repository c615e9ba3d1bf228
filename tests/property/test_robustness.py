"""Law: whatever a user feeds chronos, only a ChronosError escapes, with a bounded message.

Inputs are arbitrary text, valid phrases and documents mutated at random (characters and
words deleted, doubled, swapped, numbers blown up), and references drawn from the whole
supported calendar, its first and last weeks included. Every public parser is fed, and so
are ``Timeline.add``, ``relate``, ``from_json`` and ``extract``. After a refused change
the timeline still answers. ``benchmarks/fuzz.py`` runs the laws of the parsers, the
timeline and its JSON on a million inputs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from chronos import (
    ChronosError,
    Duration,
    Grain,
    Part,
    Relation,
    Span,
    Tense,
    Timeline,
    Timex,
    Window,
    parse,
    parse_edtf,
)
from chronos.errors import WINDOW
from chronos.render import Table
from chronos.text import extract

#: Longest message a bounded error may have: a window of the input (a repr of 80 characters
#: may take 4 per character), the caret lines, a reason and a suggestion.
LONGEST_MESSAGE = 12 * WINDOW

#: Valid phrases of every family, to be mutated.
PHRASES = (
    "since August 2023",
    "ahead of the February 8 elections",
    "two days after the letter",
    "on Monday",
    "last week",
    "the weekend",
    "tomorrow at 10:30 a.m.",
    "Q3 2024",
    "early 2020",
    "between March and May 2022",
    "for three years",
    "more than two weeks",
    "every Monday",
    "the past three months",
    "by the end of the year",
    "10 days ago",
    "in the run-up to the vote",
    "sat",
    "the 1990s",
    "mid-June",
)
CANONICAL = ("2023-08", "2024-02-08T10:30:00", "2023-08/..", "P3D", "PT30M", "2024-Q3", "2024-37")

#: The first and last weeks of the supported calendar, and the rest of it.
edge_days = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(1, 1, 14)),
    st.dates(min_value=date(9998, 12, 18), max_value=date(9998, 12, 31)),
    st.dates(min_value=date(9999, 12, 18), max_value=date(9999, 12, 31)),
)
references = st.one_of(
    edge_days,
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
)
#: Timelines take references whose year around them is in the calendar.
timeline_references = st.one_of(
    st.dates(min_value=date(2, 1, 1), max_value=date(2, 1, 14)),
    st.dates(min_value=date(9997, 12, 18), max_value=date(9997, 12, 31)),
    st.dates(min_value=date(2, 1, 1), max_value=date(9997, 12, 31)),
)


@st.composite
def mutated(draw: st.DrawFn, sources: tuple[str, ...]) -> str:
    """A valid string with a few random edits: the fuzzing reaches deep into the grammar."""
    text = draw(st.sampled_from(sources))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        edit = draw(st.sampled_from(("delete", "insert", "double", "swap", "number", "word")))
        at = draw(st.integers(min_value=0, max_value=len(text)))
        if edit == "delete":
            text = text[:at] + text[at + 1 :]
        elif edit == "insert":
            text = text[:at] + draw(st.text(min_size=1, max_size=3)) + text[at:]
        elif edit == "double":
            text = text[:at] + text[at:] + text[at:]
        elif edit == "swap" and len(text) > 1:
            at = min(at, len(text) - 2)
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        elif edit == "number":
            number = draw(st.sampled_from(("0", "00", "13", "32", "61", "99", "9999", "10000")))
            text = text[:at] + number + text[at:]
        else:
            text = text[:at] + " " + draw(st.sampled_from(PHRASES)) + " " + text[at:]
    return text


phrases = st.one_of(st.text(max_size=40), mutated(PHRASES), st.sampled_from(PHRASES))
canonical = st.one_of(st.text(max_size=30), mutated(CANONICAL), st.sampled_from(CANONICAL))

STRING_PARSERS: list[tuple[str, Callable[[str], object]]] = [
    ("Span.parse", Span.parse),
    ("Window.parse", Window.parse),
    ("Duration.parse", Duration.parse),
    ("Part.parse", Part.parse),
    ("Grain.parse", Grain.parse),
    ("Relation.parse", Relation.parse),
    ("Tense.parse", Tense.parse),
    ("Timex.parse", Timex.parse),
    ("parse_edtf", parse_edtf),
]


def only_chronos_errors(call: Callable[[], object]) -> ChronosError | None:
    """Run ``call``; a ChronosError is returned (and its message checked), anything else
    escapes and fails the test."""
    try:
        call()
    except ChronosError as error:
        assert len(str(error)) <= LONGEST_MESSAGE, str(error)[:200]  # noqa: PT017 - the law
        return error
    return None


# -- parsers ------------------------------------------------------------------------------


def check_parse(text: str, reference: date | datetime, tense: str | None) -> None:
    """``parse`` gives an expression or a ChronosError with a bounded message."""
    only_chronos_errors(lambda: parse(text, reference=reference, tense=tense))


@given(text=phrases, reference=references, tense=st.sampled_from((None, "past", "future")))
def test_parse_anywhere_in_the_calendar_gives_a_value_or_a_chronos_error(
    text: str, reference: date | datetime, tense: str | None
) -> None:
    """Any text, at any reference of the calendar: an Expression or a ChronosError."""
    check_parse(text, reference, tense)


@pytest.mark.parametrize(("name", "parser"), STRING_PARSERS)
@given(text=canonical)
def test_every_string_parser_gives_a_value_or_a_chronos_error(
    name: str, parser: Callable[[str], object], text: str
) -> None:
    """Each public parser of a string form: a value or a ChronosError, bounded."""
    only_chronos_errors(lambda: parser(text))


# -- the timeline -------------------------------------------------------------------------

gaps = st.one_of(
    st.none(), mutated(("at least 2 days", "3 to 5 fortnights", "a month", "99999 years"))
)


def check_timeline(reference: date, calls: list[tuple[str, Any, Any]]) -> None:
    """Calls of add and relate: only ChronosErrors, and the timeline answers after each."""
    tl = Timeline(reference=reference)
    for method, text, gap in calls:
        if method == "add":
            name = f"e{len(tl)}"
            only_chronos_errors(lambda: tl.add(name, when=text, duration=gap))  # noqa: B023
        elif len(tl) >= 2:
            a, b = tl.events[-1], tl.events[0]
            only_chronos_errors(lambda: tl.relate(a, text, b, gap=gap))  # noqa: B023
        for event in tl.events:
            tl.when(event)
    tl.ordered()
    assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()


timeline_calls = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.one_of(st.none(), phrases), gaps),
        st.tuples(
            st.just("relate"),
            st.one_of(mutated(("before", "after", "ahead of", "during")), st.text(max_size=10)),
            gaps,
        ),
    ),
    max_size=6,
)


@given(reference=timeline_references, calls=timeline_calls)
def test_timeline_changes_give_values_or_chronos_errors(
    reference: date, calls: list[tuple[str, Any, Any]]
) -> None:
    """add/relate with any phrase or gap at any reference: only ChronosErrors, and every
    answer still comes afterwards."""
    check_timeline(reference, calls)


def a_document() -> str:
    tl = Timeline(reference="2024-10-25")
    a = tl.add("conviction", when="in August 2023", source="statement 1")
    b = tl.add("sentencing", when="on February 8", tense="past")
    tl.relate(b, "after", a, gap="at least 2 days")
    return tl.to_json()


DOCUMENT = a_document()
DOCUMENT_TREE = json.loads(DOCUMENT)


def _replace(tree: Any, path: list[int], value: Any) -> Any:
    """``tree`` with the node reached by ``path`` (indices into its children) replaced."""
    if not path or not isinstance(tree, (dict, list)) or not tree:
        return value
    keys = list(tree) if isinstance(tree, dict) else list(range(len(tree)))
    key = keys[path[0] % len(keys)]
    copy = dict(tree) if isinstance(tree, dict) else list(tree)
    copy[key] = _replace(tree[key], path[1:], value)  # type: ignore[index]
    return copy


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(),
        st.text(max_size=8),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
documents = st.one_of(
    st.text(max_size=60),
    mutated((DOCUMENT,)),
    st.builds(
        lambda path, value: json.dumps(_replace(DOCUMENT_TREE, path, value)),
        st.lists(st.integers(min_value=0, max_value=20), max_size=6),
        json_values,
    ),
)


@given(text=documents)
def test_from_json_gives_a_timeline_or_a_chronos_error(text: str) -> None:
    """Any document — malformed, mutated, with a value replaced — gives a timeline that
    answers, or a ChronosError."""
    if only_chronos_errors(lambda: Timeline.from_json(text)) is None:
        tl = Timeline.from_json(text)
        for event in tl.events:
            tl.when(event)
        tl.ordered()


@given(text=documents)
def test_render_from_json_gives_a_table_or_a_chronos_error(text: str) -> None:
    """The chronology JSON reader refuses what it cannot read with a ChronosError."""
    only_chronos_errors(lambda: Table.from_json(text))


# -- the slow variant ---------------------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=3000)
@given(text=phrases, reference=references, tense=st.sampled_from((None, "past", "future")))
def test_parse_many_inputs(text: str, reference: date | datetime, tense: str | None) -> None:
    """The parse law on many more inputs."""
    check_parse(text, reference, tense)


@pytest.mark.slow
@settings(max_examples=600)
@given(reference=timeline_references, calls=timeline_calls)
def test_timeline_many_inputs(reference: date, calls: list[tuple[str, Any, Any]]) -> None:
    """The timeline law on many more inputs."""
    check_timeline(reference, calls)


@pytest.mark.slow
@settings(max_examples=1500)
@given(text=documents)
def test_from_json_many_inputs(text: str) -> None:
    """The from_json law on many more inputs."""
    only_chronos_errors(lambda: Timeline.from_json(text))


# -- running text ---------------------------------------------------------------------------

texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(mutated(PHRASES), st.text(max_size=12)), max_size=6).map(" ".join),
)


@given(text=texts, dct=st.one_of(st.none(), references))
def test_extract_gives_mentions_or_a_chronos_error(text: str, dct: date | datetime | None) -> None:
    """Running text with mutated phrases in it, at any document date of the calendar: a
    list of mentions or a ChronosError, bounded."""
    only_chronos_errors(lambda: extract(text, dct=dct))
