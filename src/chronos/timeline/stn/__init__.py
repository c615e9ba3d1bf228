"""A Simple Temporal Network engine: difference constraints over integer points.

Edges ``t_v − t_u ≤ w``; solving gives every point its bounds by single-source shortest
paths from an origin, a negative cycle is a conflict (and its edges are the explanation),
and entailment asks for one shortest path. It knows nothing of events, phrases or calendars.

Imports nothing of chronos but :mod:`chronos.errors`.
"""

from chronos.timeline.stn._paths import gather
from chronos.timeline.stn._restore import Snapshot
from chronos.timeline.stn._scc import components
from chronos.timeline.stn._solver import Conflict, Edge, Network, SolveReport, Weakness

__all__ = [
    "Network",
    "Edge",
    "Conflict",
    "Snapshot",
    "SolveReport",
    "Weakness",
    "components",
    "gather",
]
