"""Strongly connected components of a small graph given as lists of successors.

The engine's own networks are laid out by point (:func:`~chronos.timeline.stn._structure.
condense` reads those); this serves the graphs built on the side: the edges tight in value
among a few points (:func:`~chronos.timeline.stn._paths.strict_cycles`) and the tight links
between tied points that ``ordered()`` breaks ties by.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["components"]


def components(graph: Sequence[Sequence[int]]) -> list[int]:
    """The component of every node of ``graph`` (``graph[k]``: the nodes ``k`` has an edge
    to), by iterative Tarjan in O(nodes + edges), no recursion.

    Components are numbered as Tarjan closes them, sinks first: a component is numbered
    above every component it has an edge into.

    >>> components([[1], [0, 2], []])
    [1, 1, 0]
    """
    n = len(graph)
    index = [-1] * n
    low = [0] * n
    comp = [-1] * n
    onstack = bytearray(n)
    stack: list[int] = []
    counter = 0
    ncomp = 0
    for root in range(n):
        if index[root] >= 0:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        onstack[root] = 1
        work = [(root, 0)]
        while work:
            node, i = work[-1]
            edges = graph[node]
            if i < len(edges):
                work[-1] = (node, i + 1)
                nxt = edges[i]
                if index[nxt] < 0:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    onstack[nxt] = 1
                    work.append((nxt, 0))
                elif onstack[nxt] and index[nxt] < low[node]:
                    low[node] = index[nxt]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[node] < low[parent]:
                    low[parent] = low[node]
            if low[node] == index[node]:
                while True:
                    x = stack.pop()
                    onstack[x] = 0
                    comp[x] = ncomp
                    if x == node:
                        break
                ncomp += 1
    return comp
