#!/usr/bin/env python3
"""Which words after a signal ``parse`` reads as an anchor event, on real news text.

Every "since / after / following / before / ahead of / until / prior to" in the texts of
``../shared/eval/data/*.jsonl`` and ``../shared/eval/statements/*.txt`` (read at run time,
relative to the project root; nothing is copied into the project) is cut out with the next
four words (up to the next punctuation) and parsed alone. The report counts the phrases read
as anchored to an event and the ones refused, and sorts the refused ones by class, so that a
change to the rule of docs/parsing.md ("What names an event") shows what it gains and loses.

Usage::

    python benchmarks/anchor_events.py [--show N]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from chronos import ParseError, parse

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
REFERENCE = "2024-10-25"
_SIGNAL = re.compile(
    r"\b(since|after|following|before|ahead of|until|prior to)\s+([^.,;:()\"\n]{1,60})", re.I
)
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "these", "those"]
)
_FUNCTION = frozenset(["all", "then", "now", "that", "this", "so", "which", "what", "to"])


def texts() -> list[str]:
    """Every text of the evaluation data."""
    out = [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("statements/*.txt"))]
    for path in sorted(EVAL.glob("data/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                out.append(text)
    return out


def refusal_class(words: list[str]) -> str:
    """Why a refused phrase is not a noun phrase, by its shape."""
    low = [w.lower() for w in words]
    if low[0] in _PRONOUNS or (len(low) > 1 and low[1] in _PRONOUNS):
        return "a clause with a pronoun subject"
    if low[0].isdigit() or low[0][:1].isdigit():
        return "a number, then a clause"
    if all(w in _FUNCTION for w in low[:2]):
        return "function words"
    return "other"


def main(argv: list[str] | None = None) -> int:
    """Run the measure and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--show", type=int, default=5, help="examples shown per class")
    args = options.parse_args(argv)
    read = refused = 0
    classes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for text in texts():
        for match in _SIGNAL.finditer(text):
            words = match.group(2).split()[:4]
            phrase = f"{match.group(1)} {' '.join(words)}"
            try:
                expression = parse(phrase, reference=REFERENCE)
            except ParseError:
                refused += 1
                classes[refusal_class(words)][phrase] += 1
                continue
            if expression.anchor_event is not None:
                read += 1
    print(f"signal phrases read as anchored events: {read}; refused: {refused}")
    for name, found in sorted(classes.items(), key=lambda item: -sum(item[1].values())):
        shown = ", ".join(repr(p) for p, _ in found.most_common(args.show))
        print(f"  {sum(found.values()):4d}  {name}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
