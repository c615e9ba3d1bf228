"""``python -m chronos.evaluate GOLD...``: score ``chronos.extract`` with the TempEval-3
measures on TimeML ``.tml`` files or JSONL gold files.

Prints strict and relaxed span F1 and type and value F1 over the relaxed matches;
``--errors FILE`` writes every miss, spurious mention, wrong extent, wrong type and wrong
value as TSV, grouped by class with the biggest class first; ``--classes N`` prints the N
biggest classes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from chronos.errors import ChronosError
from chronos.text import Mention, extract, read_gold, score

__all__ = ["main", "add_arguments", "run"]


def _extract(text: str, dct: date | None) -> list[Mention]:
    return extract(text, dct=dct)


def add_arguments(options: argparse.ArgumentParser) -> None:
    """Give ``options`` this command's arguments (also ``chronos evaluate``'s)."""
    options.add_argument("gold", nargs="+", type=Path, help=".tml or .jsonl gold files")
    options.add_argument("--errors", type=Path, help="write the errors to this TSV file")
    options.add_argument("--classes", type=int, default=0, help="print the N biggest classes")
    options.add_argument("--json", action="store_true", help="print the scores as JSON")


def run(args: argparse.Namespace) -> None:
    """Score the gold files ``args`` names and print the scores.

    Raises :class:`~chronos.ChronosError` for a gold file that cannot be read.
    """
    documents = []
    for path in args.gold:
        documents.extend(read_gold(path))
    scores = score(documents, _extract)
    if args.json:
        measures = {
            name: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
            for name, s in (
                ("strict", scores.strict),
                ("relaxed", scores.relaxed),
                ("type", scores.type),
                ("value", scores.value),
            )
        }
        print(json.dumps({"documents": scores.documents, **measures}))
    else:
        print(scores.report())
    for kind, error_class, count in scores.error_classes()[: args.classes]:
        print(f"{count:5d}  {kind:8s} {error_class}")
    if args.errors is not None:
        args.errors.write_text(scores.errors_tsv(), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit status is 0, 2 for a file that cannot be read, or 141 when
    the reader of its output has gone (``| head``)."""
    options = argparse.ArgumentParser(
        prog="python -m chronos.evaluate", description=(__doc__ or "").splitlines()[0]
    )
    add_arguments(options)
    args = options.parse_args(argv)
    try:
        run(args)
    except BrokenPipeError:
        # The reader has gone (| head): stop quietly, as a program killed by SIGPIPE
        # would, and keep Python from complaining when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except ChronosError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
