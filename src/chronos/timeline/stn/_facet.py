"""The state the mixins of :class:`~chronos.timeline.stn._solver.Network` work on.

:class:`~chronos.timeline.stn._answers.Answers`,
:class:`~chronos.timeline.stn._persist.Persistence`,
:class:`~chronos.timeline.stn._batch.Batch` and
:class:`~chronos.timeline.stn._repair.Repairs` each hold part of the network's methods;
the attributes and the methods they use of one another are declared here, once, for the
type checker. At run time this is an empty class with no instance dict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from array import array
    from collections.abc import Iterable, Sequence

    from chronos.timeline.stn._model import Conflict, Edge, _Solution
    from chronos.timeline.stn._paths import Csr

__all__ = ["Facet"]


class Facet:
    """A part of the network: its state, seen from one mixin."""

    if not TYPE_CHECKING:
        # No instance dict (the network's own slots hold the state); hidden from mypy, which
        # would otherwise refuse the network's attributes assigned in the mixins.
        __slots__ = ()

    if TYPE_CHECKING:
        _coded: bool
        _aside: set[int]
        _disabled: set[int]
        _by_cid: dict[int, int]
        _changed: array[int]
        _epoch: int
        _shift: int
        _src: array[int]
        _dst: array[int]
        _w: array[int]
        _cid: array[int]
        _live: bytearray
        _solution: _Solution | None
        _solves: int
        _structured: bool
        _incremental_budget: int | None
        _search_after: int

        @property
        def point_count(self) -> int: ...
        def _current(self) -> _Solution: ...
        def _check_point(self, name: str, value: object) -> None: ...
        def _edges_of(self, cid: int) -> list[int]: ...
        def _edge(self, e: int) -> Edge: ...
        def _lateness(self, cid: int) -> int: ...
        def _set_live(self, edges: Iterable[int], flag: int) -> None: ...
        def _restore_aside(self) -> None: ...
        def _columns(self) -> tuple[list[int], list[int], list[int]]: ...
        def _layout(
            self, columns: tuple[Sequence[int], Sequence[int], Sequence[int]] | None = None
        ) -> tuple[Csr, Csr]: ...
        def _needs_exact(self, horizon: int) -> bool: ...
        def _trim_log(self) -> None: ...
        def _scaled_horizon(self, horizon: int) -> int: ...
        def _total(self, edges: Iterable[Edge | tuple[int, int, int, int | None]]) -> int: ...
        def _step_edge(
            self, g: Csr, head: int, code: int, origin: int, horizon: int, forward: bool
        ) -> Edge: ...
        def _certify(self, s: _Solution, conflict: Conflict) -> None: ...
        def _canonical(
            self, s: _Solution, pending: Iterable[int], *, budget: int | None = None
        ) -> bool: ...
