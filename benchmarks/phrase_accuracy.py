#!/usr/bin/env python3
"""How often ``chronos.parse`` gives the gold TIMEX3 of real news phrases.

Every TIMEX3 in ``../shared/eval/data/*.jsonl`` (read at run time, relative to the project
root; nothing is copied into the project) is parsed on its own with its document's date as
the reference, and the resulting ``timex`` (type, value, mod) is compared with the gold one.

The phrases are cut out of their sentences, so some gold values cannot be reached from the
phrase and the document date alone. Those are reported apart:

- **needs an earlier date**: the gold annotation anchors the phrase to another timex of the
  text, not to the document date ("the following day" after "on March 3");
- **needs the tense**: the phrase is only right when the clause's tense is given
  (``parse(..., tense="past")`` or ``"future"`` gives the gold value).

Usage::

    python benchmarks/phrase_accuracy.py [--misses misses.tsv] [--data DIR]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from datetime import date
from pathlib import Path

from chronos import ParseError
from chronos.phrases._parse import parse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"


def _triple(expr: object) -> tuple[str, str, str] | None:
    timex = getattr(expr, "timex", None)
    if timex is None:
        return None
    return (timex.type, timex.value, timex.mod or "")


def _read(data: Path) -> list[tuple[str, str, date, dict[str, str], bool]]:
    """(file, doc id, DCT, gold timex, anchored to another timex) for every gold timex."""
    rows = []
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            dct = date.fromisoformat(doc["dct"])
            dct_like = {doc.get("dct_tid")}
            dct_like |= {
                t["tid"] for t in doc["timexes"] if t.get("functionInDocument") == "CREATION_TIME"
            }
            for timex in doc["timexes"]:
                anchor = timex.get("anchorTimeID")
                elsewhere = anchor is not None and anchor not in dct_like
                rows.append((path.stem, doc["doc_id"], dct, timex, elsewhere))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the measure and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--data", type=Path, default=DEFAULT_DATA)
    options.add_argument("--misses", type=Path, help="write the misses to this TSV file")
    args = options.parse_args(argv)
    rows = _read(args.data)
    if not rows:
        print(f"no gold data under {args.data}", file=sys.stderr)
        return 1
    totals: collections.Counter[str] = collections.Counter()
    by_kind: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    misses: list[str] = []
    for source, doc_id, dct, gold, elsewhere in rows:
        kind = gold["type"]
        want = (gold["type"], gold["value"], gold.get("mod") or "")
        try:
            got = _triple(parse(gold["text"], reference=dct))
            error = ""
        except ParseError as exc:
            got, error = None, str(exc).splitlines()[0]
        bucket = "needs an earlier date" if elsewhere else "from the phrase"
        if got is not None and got[1] != want[1] and not elsewhere:
            for tense in ("past", "future"):
                other = _triple(parse(gold["text"], reference=dct, tense=tense))
                if other is not None and other[1] == want[1]:
                    bucket = "needs the tense"
                    break
        counts = by_kind[kind]
        for counter in (totals, counts):
            counter["all"] += 1
            counter[bucket] += 1
            if got is not None:
                counter["read"] += 1
                counter["type"] += got[0] == want[0]
                counter["value"] += got[1] == want[1]
                counter["mod"] += got[2] == want[2]
                counter["exact"] += got == want
                counter[f"value|{bucket}"] += got[1] == want[1]
        if got != want:
            ours = error if got is None else "\t".join(got)
            misses.append(
                "\t".join((source, doc_id, str(dct), bucket, kind, gold["text"], *want, ours))
            )
    _report("all", totals)
    for kind in sorted(by_kind):
        _report(kind, by_kind[kind])
    print()
    for bucket in ("from the phrase", "needs the tense", "needs an earlier date"):
        n = totals[bucket]
        right = totals[f"value|{bucket}"]
        print(f"{bucket:24} {n:5} timexes, value right {right:5} ({_pct(right, n)})")
    if args.misses is not None:
        header = "source\tdoc\tdct\tbucket\tkind\ttext\tgold type\tgold value\tgold mod\tours\n"
        args.misses.write_text(header + "\n".join(misses) + "\n", encoding="utf-8")
        print(f"\n{len(misses)} misses written to {args.misses}")
    return 0


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def _report(name: str, c: collections.Counter[str]) -> None:
    n = c["all"]
    print(
        f"{name:9} {n:5} timexes  read {_pct(c['read'], n)}  type {_pct(c['type'], n)}  "
        f"value {_pct(c['value'], n)}  mod {_pct(c['mod'], n)}  all three {_pct(c['exact'], n)}"
    )


if __name__ == "__main__":
    sys.exit(main())
