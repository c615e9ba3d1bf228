"""The scripts of ``benchmarks/`` loaded as modules, for the tests of their definitions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load(name: str, *earlier: str) -> ModuleType:
    """``benchmarks/{name}.py`` run afresh as the module ``name``, after each script of
    ``earlier`` it imports from that is not loaded yet."""
    for script in earlier:
        if script not in sys.modules:
            load(script)
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
