"""Two press statements about one bridge, turned into one chronology with provenance.

Run: python examples/chronicle_statements.py
"""

from __future__ import annotations

from chronos import Statement, chronicle

MINISTRY = Statement(
    "Ministry confirms bridge opening\n\n"
    "The transport ministry said on Tuesday that the new river bridge opened on 3 March, two "
    "days after inspectors signed the safety report. Tolls will be collected from 1 April.",
    published="2025-03-12",
    source="Ministry of Transport",
    id="ministry",
    title="Ministry confirms bridge opening",
)
UNION = Statement(
    "Workers have protested since the bridge opened. The union said the bridge opened on 4 March.",
    published="2025-03-14",
    source="Builders' union",
    id="union",
)


def main() -> None:
    timeline = chronicle([MINISTRY, UNION])
    print(timeline.ordered())
    print()
    for event in timeline.ordered():
        print(f"{event.name} ({event.kind}):")
        for mention in event.mentions:
            print(f"  {mention}" + (f"  [{mention.rule}]" if mention.rule else ""))
    print()
    for conflict in timeline.conflicts:
        print(conflict)


if __name__ == "__main__":
    main()
