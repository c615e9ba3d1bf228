#!/usr/bin/env python3
"""How well chronicle() finds, places and orders the events of TimeML gold news.

Reads ``../shared/eval/data/*.jsonl`` (TimeBank, AQUAINT, MEANTIME; read at run time from
the project root, never copied into the project). Each document is one statement published
on its document date: ``chronicle([Statement(text, published=dct)])``.

- **Recall**: every gold EVENT that a gold TLINK ties to a TIMEX3 of the text (links to the
  document date left aside — the DCT itself, and a timex of the text whose value is the
  DCT's, such as MEANTIME's dateline — and timexes that name no calendar span): is
  there a chronicle event with a mention at its offsets (a mention that starts at the gold
  event, else one that overlaps it)?
- **Placement**: for each such link whose event was found, do the event's solved bounds
  agree with the gold relation to the timex's span? *entailed*: every solution satisfies
  it; *consistent*: some does; *contradicted*: none does.
- **Order**: for gold event–event TLINKs BEFORE/AFTER (IBEFORE/IAFTER read alike) whose two
  events were found (and are two events), ``relation(a, "before", b)``: CERTAIN, POSSIBLE,
  or IMPOSSIBLE (the gold order is contradicted).

Each figure is printed by relation type, with the largest error classes (a missed event by
its part of speech and class, a link not entailed or contradicted by its relation).

Usage::

    python benchmarks/anchoring_accuracy.py [--classes 10] [FILES...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from chronos import Certainty, ChronicleEvent, ChronosError, Span, Statement, Timex, chronicle

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"

INVERSE = {
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
    "INCLUDES": "IS_INCLUDED",
    "IS_INCLUDED": "INCLUDES",
    "DURING": "DURING_INV",
    "DURING_INV": "DURING",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "SIMULTANEOUS": "SIMULTANEOUS",
    "IDENTITY": "IDENTITY",
}
WITHIN = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"}


def lt(a: datetime | None, b: datetime | None) -> bool:
    """a < b, where None is an open end (never known to be smaller or larger)."""
    return a is not None and b is not None and a < b


def le(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and b is not None and a <= b


def judge(rel: str, es, ls, ee, le_, s: datetime, t: datetime) -> str:  # type: ignore[no-untyped-def]
    """entailed / consistent / contradicted: event bounds (es, ls, ee, le_) vs span [s, t)."""
    if rel in WITHIN:
        if le(s, es) and le(le_, t):
            return "entailed"
        return "contradicted" if lt(ls, s) or lt(t, ee) else "consistent"
    if rel in ("INCLUDES", "DURING_INV"):
        if le(ls, s) and le(t, ee):
            return "entailed"
        return "contradicted" if lt(s, es) or lt(le_, t) else "consistent"
    if rel in ("BEFORE", "IBEFORE"):
        if le(le_, s):
            return "entailed"
        return "contradicted" if lt(s, ee) else "consistent"
    if rel in ("AFTER", "IAFTER"):
        if le(t, es):
            return "entailed"
        return "contradicted" if lt(ls, t) else "consistent"
    if rel == "BEGUN_BY":  # the event starts within the span
        if le(s, es) and le(ls, t):
            return "entailed"
        return "contradicted" if lt(ls, s) or lt(t, es) else "consistent"
    if rel == "ENDED_BY":  # the event ends within the span
        if le(s, ee) and le(le_, t):
            return "entailed"
        return "contradicted" if lt(le_, s) or lt(t, ee) else "consistent"
    return "consistent"


def documents(paths: Iterable[Path]) -> Iterable[dict[str, object]]:
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--classes", type=int, default=10)
    args = ap.parse_args()
    paths = args.files or sorted(DATA.glob("*.jsonl"))
    anchored: Counter[str] = Counter()  # gold event-timex links by relation
    found_links: Counter[str] = Counter()
    verdicts: Counter[tuple[str, str]] = Counter()
    gold_events: set[tuple[str, str]] = set()
    found_events: set[tuple[str, str]] = set()
    orders: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for doc in documents(paths):
        doc_id, text, dct = str(doc["doc_id"]), str(doc["text"]), str(doc["dct"])
        tl = chronicle([Statement(text, published=dct, id=doc_id)])
        starts: dict[int, ChronicleEvent] = {}
        spans: list[tuple[int, int, ChronicleEvent]] = []
        for e in tl.events:
            if isinstance(e, ChronicleEvent) and e.kind != "statement":
                for m in e.mentions:
                    starts.setdefault(m.start, e)
                    spans.append((m.start, m.end, e))
        events = {e["eid"]: e for e in doc["events"]}  # type: ignore[attr-defined]
        timexes = {t["tid"]: t for t in doc["timexes"]}  # type: ignore[attr-defined]

        def find(
            eid: str, events: dict = events, starts: dict = starts, spans: list = spans
        ) -> ChronicleEvent | None:
            g = events[eid]
            hit = starts.get(g["start"])
            if hit is not None:
                return hit
            for a, b, e in spans:
                if a < g["end"] and g["start"] < b:
                    return e
            return None

        def kind(eid: str, events: dict = events) -> str:
            g = events[eid]
            pos = (g.get("instances") or [{}])[0].get("pos", "?")
            return f"{pos} {g.get('class', '?')}"

        for link in doc["tlinks"]:  # type: ignore[attr-defined]
            rel, a, b = link["rel"], link["from"], link["to"]
            types = (link.get("from_type"), link.get("to_type"))
            if types == ("event", "event") and rel in ("BEFORE", "AFTER", "IBEFORE", "IAFTER"):
                if a not in events or b not in events:
                    continue
                x, y = (a, b) if rel in ("BEFORE", "IBEFORE") else (b, a)
                ex, ey = find(x), find(y)
                if ex is None or ey is None or ex is ey:
                    orders["not both found"] += 1
                    continue
                answer = tl.relation(ex, "before", ey)
                orders[answer.name] += 1
                if answer is Certainty.IMPOSSIBLE:
                    errors[f"order contradicted: {kind(x)} before {kind(y)}"] += 1
                continue
            if types == ("timex", "event"):
                rel, a, b, types = INVERSE.get(rel, rel), b, a, ("event", "timex")
            if types != ("event", "timex") or b == doc.get("dct_tid") or b == "t0":
                continue
            if b in timexes and timexes[b]["value"] == doc.get("dct_value"):
                skipped["timex restates the document date (a dateline)"] += 1
                continue
            if a not in events or b not in timexes:
                continue
            t = timexes[b]
            try:
                span = Span.from_timex(Timex(t["type"], t["value"], t.get("mod")))
            except ChronosError:
                span = None  # a gold value TIMEX3 itself does not allow ("PXD" as a DATE)
            if span is None or span.start is None or span.end is None:
                skipped["timex names no calendar span"] += 1
                continue
            anchored[rel] += 1
            gold_events.add((doc_id, a))
            e = find(a)
            if e is None:
                errors[f"missed: {kind(a)}"] += 1
                continue
            found_events.add((doc_id, a))
            found_links[rel] += 1
            bounds = tl.when(e)
            v = judge(
                rel,
                bounds.earliest_start,
                bounds.latest_start,
                bounds.earliest_end,
                bounds.latest_end,
                span.start,
                span.end,
            )
            verdicts[(rel, v)] += 1
            if v != "entailed":
                errors[f"{v}: {rel}"] += 1
    total_events, hit = len(gold_events), len(found_events)
    print(f"files: {', '.join(p.name for p in paths)}")
    print(
        f"time-anchored gold events: {total_events}; found by chronicle: {hit} "
        f"({100 * hit / max(1, total_events):.1f} % recall)"
    )
    print()
    print(
        f"{'relation':<14}{'links':>7}{'found':>7}{'entailed':>10}{'consistent':>12}{'contradicted':>14}"
    )
    n = Counter[str]()
    for rel in sorted(anchored, key=lambda r: -anchored[r]):
        row = [verdicts[(rel, v)] for v in ("entailed", "consistent", "contradicted")]
        for v, k in zip(("entailed", "consistent", "contradicted"), row, strict=True):
            n[v] += k
        print(
            f"{rel:<14}{anchored[rel]:>7}{found_links[rel]:>7}{row[0]:>10}{row[1]:>12}{row[2]:>14}"
        )
    placed = sum(found_links.values())
    print(
        f"{'all':<14}{sum(anchored.values()):>7}{placed:>7}{n['entailed']:>10}"
        f"{n['consistent']:>12}{n['contradicted']:>14}"
    )
    if placed:
        print(
            f"placement of the links found: {100 * n['entailed'] / placed:.1f} % entailed, "
            f"{100 * (n['entailed'] + n['consistent']) / placed:.1f} % not contradicted, "
            f"{100 * n['contradicted'] / placed:.1f} % contradicted"
        )
    print()
    decided = sum(orders[k] for k in ("CERTAIN", "POSSIBLE", "IMPOSSIBLE"))
    print(f"gold event-event BEFORE/AFTER links: {decided + orders['not both found']}")
    print(f"  both events found: {decided}")
    for k in ("CERTAIN", "POSSIBLE", "IMPOSSIBLE"):
        print(
            f"  relation(a, before, b) is {k:<10} {orders[k]:>6} "
            f"({100 * orders[k] / max(1, decided):.1f} %)"
        )
    for k, v in skipped.items():
        print(f"left aside: {v} links whose {k}")
    print()
    print(f"largest error classes (of {sum(errors.values())}):")
    for k, v in errors.most_common(args.classes):
        print(f"  {v:>6}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
