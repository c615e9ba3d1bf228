"""A fresh install works: ``pip install .`` into a new virtual environment (no editable
install, no test extra, nothing of the source tree on the path), then the README's
Quickstart command, run from another folder, prints the README's table."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed commands on our own files
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_pip_install_then_the_quickstart_command(tmp_path: Path) -> None:
    """The wheel pip builds from the project holds everything the command needs (the
    lexicons, the data files), with only the runtime dependencies installed."""
    environment = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(environment)
    bindir = environment / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    done = _run(python, "-m", "pip", "install", "--quiet", ROOT, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr

    # chronos comes from the new environment, not from the source tree
    where = _run(python, "-c", "import chronos; print(chronos.__file__)", cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(environment), where.stdout + where.stderr
    extras = _run(python, "-c", "import tqdm", cwd=tmp_path)
    assert extras.returncode != 0  # an optional extra, not installed by `pip install .`

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1]
    command = re.search(r"\.venv/bin/chronos (.+)$", quickstart, re.M)
    shown = re.search(r"^```\n(# Chronology.*?)^```", quickstart, re.S | re.M)
    assert command is not None
    assert shown is not None
    arguments = [
        str(ROOT / word) if word.startswith("examples/") else word
        for word in command.group(1).split()
    ]
    done = _run(bindir / "chronos", *arguments, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == shown.group(1)

    page = tmp_path / "seed.html"
    statement = ROOT / "examples/statements/seed_briefing.txt"
    done = _run(bindir / "chronos", "chronicle", statement, "-o", page, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
