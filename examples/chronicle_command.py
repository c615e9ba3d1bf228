"""A press statement to a Markdown chronology, as the ``chronos`` command makes it.

``examples/statements/harbour.txt`` is a statement file: ``published:``, ``source:`` and
``title:`` lines, then its text. This script runs the command the README's Quickstart
runs, ``chronos chronicle examples/statements/harbour.txt --format md``, through
``chronos.cli.main`` (the same code as the installed ``chronos`` script).

Run: python examples/chronicle_command.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from chronos.cli import main

STATEMENT = Path(__file__).resolve().parent / "statements" / "harbour.txt"

if __name__ == "__main__":
    sys.exit(main(["chronicle", str(STATEMENT), "--format", "md"]))
