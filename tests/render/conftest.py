"""The example chronology every renderer is tested on: ``examples/render_chronology.py``.

The tests render the same timeline the example script renders, loaded from the script itself
so that the two cannot drift apart.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from chronos import Timeline, render

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "render_chronology.py"


def load_example() -> ModuleType:
    """The example script as a module (its ``main`` is not run)."""
    spec = importlib.util.spec_from_file_location("render_chronology", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def example() -> ModuleType:
    """The example script's module."""
    return load_example()


@pytest.fixture(scope="session")
def seed(example: ModuleType) -> Timeline:
    """The seed chronology of the example script, solved."""
    tl: Timeline = example.build()
    return tl


@pytest.fixture(scope="session")
def table(seed: Timeline) -> render.Table:
    """The seed chronology as a render table."""
    return render.table(seed)
