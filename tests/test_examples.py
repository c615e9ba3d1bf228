"""Every script in examples/ runs to completion and prints something."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))
#: The arguments an example runs with here: a long run made small.
ARGUMENTS = {
    # 2,000 statements on 1, 2 and 4 worker processes take a minute; 60 on 1 and 2, seconds
    "archive_dask.py": ["--statements", "60", "--workers", "1", "2"],
}


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    """The example exits 0 with output and nothing on stderr."""
    done = subprocess.run(  # noqa: S603 - our own example scripts
        [sys.executable, str(script), *ARGUMENTS.get(script.name, [])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert done.stderr == ""


def test_there_are_examples() -> None:
    """The examples folder is not empty."""
    assert EXAMPLES
    assert set(ARGUMENTS) <= {p.name for p in EXAMPLES}  # no argument for a lost example
