"""Two statements about one strike, merged into one chronology, and their conflict explained.

The rail operator and the drivers' union both tell when the drivers walked out and when
services came back. chronicle merges the events the two statements share (same label,
dates close enough to be one event), keeps every mention with its source, and when the two
disagree about a date it reports the conflict — both claims, with the words of each — and
sets the later claim aside. explain() then says where the dates shown come from.

Run: python examples/merge_conflict.py
"""

from __future__ import annotations

from chronos import Statement, chronicle, render

OPERATOR = Statement(
    "Drivers walked out on 2 May and services resumed on 9 May, the operator said on Monday.",
    published="2025-05-13",
    source="Rail operator",
    id="operator",
)
UNION = Statement(
    "The union said drivers walked out on 3 May. Services resumed on 9 May after talks.",
    published="2025-05-14",
    source="Drivers' union",
    id="union",
)


def main() -> None:
    tl = chronicle([OPERATOR, UNION])
    print(render.markdown(tl))
    print()
    shared = [e for e in tl.ordered() if len({m.statement for m in e.mentions}) > 1]
    print("Told by both statements:")
    for event in shared:
        where = "; ".join(f"{m.statement}: {m.quote!r}" for m in event.mentions)
        print(f"  {event.name} ({where})")
    print()
    (conflict,) = tl.conflicts
    kept = next(c for c in conflict.claims if c != conflict.set_aside)
    print(f"The statements disagree; the chronology keeps {kept.source!r}.")
    print("Why the walkout is dated as it is:")
    print(tl.explain("Drivers walked out"))


if __name__ == "__main__":
    main()
