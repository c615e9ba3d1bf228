"""Work that makes many small objects and no reference cycles, without the collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (and resume it as it was) around work that makes a
    few objects per event and no reference cycles: its full passes walk every live object
    again, which makes such work grow faster than the timeline."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
