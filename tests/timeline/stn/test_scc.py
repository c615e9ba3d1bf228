"""Strongly connected components of graphs given as lists of successors: which nodes share
a component, and the order Tarjan closes them in (sinks first), which ``ordered()`` relies on."""

from __future__ import annotations

import pytest

from chronos.timeline.stn import components


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        # no nodes, no components
        ([], []),
        # one node without edges: its own component
        ([[]], [0]),
        # a self-loop is still one node's component
        ([[0]], [0]),
        # a path 0 -> 1 -> 2: three components, the sink first
        ([[1], [2], []], [2, 1, 0]),
        # a cycle of three: one component
        ([[1], [2], [0]], [0, 0, 0]),
        # a cycle 0 <-> 1 with an edge out to 2: the sink 2 closes first
        ([[1], [0, 2], []], [1, 1, 0]),
        # two cycles joined by one edge (1 -> 2): the second closes first
        ([[1], [0, 2], [3], [2]], [1, 1, 0, 0]),
        # two nodes unconnected: numbered in the order they are reached
        ([[], []], [0, 1]),
        # an edge into a node reached earlier from another root: no merge
        ([[], [0]], [0, 1]),
    ],
)
def test_components(graph: list[list[int]], expected: list[int]) -> None:
    assert components(graph) == expected


def test_a_long_chain_needs_no_recursion() -> None:
    """200,000 nodes in a line: iterative, so no recursion limit is met; every component
    is numbered above the one it has an edge into."""
    n = 200_000
    comp = components([[k + 1] for k in range(n - 1)] + [[]])
    assert comp == list(range(n - 1, -1, -1))
