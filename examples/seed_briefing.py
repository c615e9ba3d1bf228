"""The seed briefing as a statement, turned into a Markdown chronology by the ``chronos`` command.

``examples/statements/seed_briefing.txt`` tells, in this project's own words, what the
Foreign Office said at its briefing of 25 October 2024: a letter of US lawmakers about
Imran Khan, held since August 2023 after his conviction and his sentencing ahead of the
February 8 elections, and a UN statement on the 26th amendment. It is a statement file:
``published:``, ``source:`` and ``title:`` lines, then the text. This script runs the
command of the README's Quickstart,
``chronos chronicle examples/statements/seed_briefing.txt --format md``, through
``chronos.cli.main`` (the same code as the installed ``chronos`` script), then explains one
row of the table with ``chronos explain``.

Run: python examples/seed_briefing.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from chronos.cli import main

STATEMENT = Path(__file__).resolve().parent / "statements" / "seed_briefing.txt"

if __name__ == "__main__":
    status = main(["chronicle", str(STATEMENT), "--format", "md"])
    if status == 0:
        print()
        print("Why the sentencing is dated as it is:")
        status = main(["explain", str(STATEMENT), "sentencing in other cases"])
    sys.exit(status)
