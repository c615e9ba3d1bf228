"""``chronicle(..., map=, progress=)``: statements read elsewhere, the same chronology here."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from chronos import InvalidArgumentError, Statement, chronicle

#: Three statements whose events merge across statements and conflict (the ferry closed on
#: 3 March for one, 4 March for another), and one the others do not mention.
STATEMENTS = [
    Statement(
        "The ferry service was suspended on 3 March after a storm damaged the pier. "
        "Repairs began two days after the storm.",
        published="2025-03-10",
        id="operator",
    ),
    Statement(
        "Crews said the ferry service was suspended on 4 March and resumed on Sunday.",
        published="2025-03-11",
        id="crews",
    ),
    Statement(
        "The council has met weekly since January and will vote on the budget in April.",
        published="2025-03-12",
        id="council",
    ),
]


def _names(statements: list[Statement], **options: Any) -> list[str]:
    return [e.name for e in chronicle(statements, **options).ordered()]


def test_a_process_pool_gives_the_chronology_of_one_process() -> None:
    """Read in two spawned processes, the timeline is the one read here: same JSON, same
    order, same conflicts."""
    alone = chronicle(STATEMENTS)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        pooled = chronicle(STATEMENTS, map=pool.map)
    assert pooled.to_json() == alone.to_json()
    assert [e.name for e in pooled.ordered()] == [e.name for e in alone.ordered()]
    assert [str(c) for c in pooled.conflicts] == [str(c) for c in alone.conflicts]
    assert alone.conflicts  # the case is one where merging matters


def test_progress_counts_every_statement_read_in_order() -> None:
    """progress(done, total) is called before the first statement and after each one."""
    calls: list[tuple[int, int]] = []
    chronicle(STATEMENTS, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_progress_follows_the_map_as_its_results_arrive() -> None:
    """With a map, progress is told of each result when the map gives it, not at the end."""
    seen: list[str] = []

    def watching_map(read: Callable[[Any], Any], items: list[Any]) -> Iterable[Any]:
        for item in items:
            seen.append(f"read {item[0]}")
            yield read(item)

    chronicle(STATEMENTS, map=watching_map, progress=lambda d, t: seen.append(f"{d}/{t}"))
    assert seen == ["0/3", "read operator", "1/3", "read crews", "2/3", "read council", "3/3"]


def _reversed_map(read: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    return [read(item) for item in reversed(items)]


def _short_map(read: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    return [read(item) for item in items[:-1]]


def _long_map(read: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    return [read(item) for item in [*items, items[0]]]


@pytest.mark.parametrize(
    ("options", "argument", "words"),
    [
        # results out of the order of the statements: refused, naming the statement
        ({"map": _reversed_map}, "map", "for statement 'operator': not its reading, in order"),
        # one result missing
        ({"map": _short_map}, "map", "gave 2 results for 3 statements"),
        # one result too many
        ({"map": _long_map}, "map", "gave more than 3 results for 3 statements"),
        # not callable
        ({"map": 3}, "map", "must be callable as map(function, items)"),
        ({"progress": "50%"}, "progress", "must be callable as progress(done, total)"),
    ],
)
def test_a_map_or_progress_that_cannot_serve_is_refused(
    options: dict[str, Any], argument: str, words: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        chronicle(STATEMENTS, **options)
    assert caught.value.argument == argument
    assert words in str(caught.value)
