"""The layout is a contract: stages import only the stages below them, checked by import-linter.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``) and are described in
``docs/architecture.md``. These tests run them on the code as it is, and on copies of the
code with one forbidden import added, to show that each contract notices what it forbids.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the same reader, before it joined the standard library
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PYPROJECT = ROOT / "pyproject.toml"
#: import-linter's ``lint-imports`` command, run by the suite's own interpreter.
LINT = [
    sys.executable,
    "-c",
    "import sys; from importlinter.cli import lint_imports_command as run; sys.exit(run())",
]
#: The stage packages, lowest first: what ``ls src/chronos`` shows.
STAGES = ["errors", "time", "formats", "phrases", "timeline", "text", "chronicle", "render"]
#: Modules above every stage: names the field knows a stage's features by, and commands.
ENTRY_MODULES = {"timeml.py", "evaluate.py", "archive.py", "cli.py", "__main__.py"}
#: The command line, the top layer: no stage imports it.
COMMAND = "cli"
#: The layers contract, bottom first: timeline and text are independent siblings.
LAYERS = [
    "errors",
    "time",
    "formats",
    "phrases",
    "text | timeline",
    "chronicle",
    "render",
    COMMAND,
]


def _lint(source_root: Path, cwd: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the ``chronos`` under ``source_root`` with the project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    selected = [arg for contract in contracts for arg in ("--contract", contract)]
    command = [*LINT, str(PYPROJECT), "--no-cache", "--no-logo", *selected]
    return subprocess.run(  # noqa: S603 - a fixed interpreter and arguments
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_every_contract_is_kept(tmp_path: Path) -> None:
    """The code as it is keeps every contract in pyproject.toml."""
    done = _lint(SRC, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in done.stdout


def test_the_stages_are_the_packages_of_chronos() -> None:
    """``ls src/chronos`` shows the pipeline: the stage packages and the public namespace."""
    entries = {p.name for p in (SRC / "chronos").iterdir() if p.name != "__pycache__"}
    packages = {p.name for p in (SRC / "chronos").iterdir() if (p / "__init__.py").exists()}
    assert packages == set(STAGES) - {"errors"}
    assert entries == {*packages, "__init__.py", "errors.py", "py.typed", *ENTRY_MODULES}
    layers = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"][0]
    assert layers["layers"] == LAYERS[::-1]
    assert {name for layer in LAYERS for name in layer.split(" | ")} == {*STAGES, COMMAND}


def test_each_stage_says_what_it_does_and_offers() -> None:
    """Each stage's __init__ has a docstring and a static __all__ of what it offers above."""
    import importlib

    for stage in [*STAGES[1:], "timeline.stn"]:
        module = importlib.import_module(f"chronos.{stage}")
        assert module.__doc__, stage
        assert module.__all__, stage
        assert all(hasattr(module, name) for name in module.__all__), stage


def test_no_import_circle_between_any_two_modules() -> None:
    """No module of chronos reaches itself through its imports (strongly connected
    components of the module graph, function-level and TYPE_CHECKING imports included)."""
    graph = grimp.build_graph("chronos")
    modules = sorted(m for m in graph.modules if m.startswith("chronos"))
    circles = [
        (a, b)
        for a in modules
        for b in graph.find_modules_directly_imported_by(a)
        if b.startswith("chronos") and b != a and graph.chain_exists(importer=b, imported=a)
    ]
    assert circles == []


# Each row: the module a forbidden import is added to, the import (inside a function, where
# it would not run at import time), and the contract that must notice it.
FORBIDDEN = [
    ("time/_span.py", "from chronos.phrases import parse", "stages"),
    # ^ the time model reaches up to phrases
    ("phrases/_grammar.py", "from chronos.timeline import Timeline", "stages"),
    # ^ phrases reach up to the timeline
    ("timeline/_timeline.py", "from chronos.render import markdown", "stages"),
    # ^ a timeline method that renders itself: the timeline reaches up to render
    ("text/_extract.py", "from chronos.timeline import Timeline", "stages"),
    # ^ the text stage reaches sideways to the timeline (independent siblings)
    ("timeline/_timeline.py", "from chronos.text import extract", "stages"),
    # ^ and the timeline to the text stage
    ("timeline/_timeline.py", "from chronos.chronicle import chronicle", "stages"),
    # ^ a Timeline.add_statement method that calls up into the chronicle stage
    ("text/_extract.py", "from chronos.chronicle import Statement", "stages"),
    # ^ the text stage reaches up to the chronicle that reads it
    ("chronicle/_build.py", "from chronos.render import markdown", "stages"),
    # ^ the chronicle reaches up to the renderers above it
    ("render/_html.py", "from chronos.cli import main", "stages"),
    # ^ a renderer reaches up to the command line that calls it
    ("errors.py", "from chronos.time import Span", "stages"),
    # ^ the errors module, below everything, imports the time model
    ("timeline/stn/_paths.py", "from chronos.timeline._types import Event", "engine"),
    # ^ the engine learns about events
    ("timeline/stn/_solver.py", "from chronos.time import Span", "engine"),
    # ^ the engine learns about calendars
    ("timeline/stn/_solver.py", "from chronos.timeline import Timeline", "engine"),
    # ^ the engine imports the stage it serves, through the stage's __init__
    ("phrases/_parse.py", "from chronos.time._span import Span", "private"),
    # ^ a stage reaches into another stage's private module instead of its __init__
    ("time/_grain.py", "from chronos.time._span import Span", "acyclic"),
    # ^ a circle inside one stage: the span imports the grain
    ("phrases/_vocabulary.py", "import pendulum", "calendar"),
    # ^ calendar arithmetic outside the calendar module
    ("render/_tables.py", "import matplotlib.pyplot", "plot"),
    # ^ the optional plotting library reached from outside the plot module
]


@pytest.mark.parametrize(("module", "statement", "contract"), FORBIDDEN)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, module: str, statement: str, contract: str
) -> None:
    """A copy of chronos with one forbidden import added fails exactly the contract for it."""
    copy = tmp_path / "src"
    shutil.copytree(SRC / "chronos", copy / "chronos", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "chronos" / module
    target.write_text(
        target.read_text() + f"\n\ndef _forbidden() -> None:\n    {statement}  # noqa\n"
    )
    done = _lint(copy, tmp_path, contract)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BROKEN" in done.stdout
    assert "0 kept, 1 broken" in done.stdout
