"""The seed chronology in every format chronos renders: text, Markdown, CSV, JSON and more.

The Foreign Office statements of 25 October 2024 speak of a conviction in August 2023, an
imprisonment since then, sentencing in other cases before the 8 February elections, a
letter from US lawmakers, a constitutional amendment and a UN human-rights statement. The
claims below are that story told in this project's own words, each with its source; one
mistaken summary contradicts the others, so the chronology also lists a conflict.

Run: python examples/render_chronology.py [FOLDER]
(the files are written to FOLDER, or to a temporary folder that is removed afterwards).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from chronos import Provenance, Span, Timeline, render


def said(statement: str, sentence: int, quote: str) -> Provenance:
    """Where a claim comes from: a statement, its sentence, and the words that say it."""
    return Provenance(statement=statement, sentence=sentence, quote=quote)


def build() -> Timeline:
    """The seed chronology: nine events, their claims, and one contradicting summary."""
    tl = Timeline(reference=date(2024, 10, 25))
    conviction = tl.add(
        "Toshakhana conviction",
        when="in August 2023",
        source=said("1", 3, "found guilty in the Toshakhana case in August 2023"),
    )
    prison = tl.add(
        "Khan imprisoned",
        when="since August 2023",
        source=said("1", 3, "held in prison since August 2023"),
    )
    elections = tl.add(
        "General elections",
        when="on February 8",
        tense="past",
        source=said("1", 3, "the vote of February 8"),
    )
    sentencing = tl.add(
        "Sentencing in other cases", source=said("1", 3, "sentenced in further cases")
    )
    letter = tl.add(
        "US lawmakers' letter to President Biden",
        tense="past",
        source=said("1", 1, "more than sixty members of Congress wrote to the President"),
    )
    reaction = tl.add(
        "Foreign Office reaction to the letter",
        when="on 25 October 2024",
        source=said("1", 1, "the Foreign Office answered the letter"),
    )
    amendment = tl.add(
        "26th amendment passed",
        tense="past",
        source=said("2", 4, "both houses passed the amendment"),
    )
    ohchr = tl.add(
        "OHCHR statement on the amendment",
        tense="past",
        source=said("2", 1, "the UN rights office commented on the amendment"),
    )
    rejection = tl.add(
        "Foreign Office rejects the OHCHR statement",
        when="on 25 October 2024",
        source=said("2", 1, "the Foreign Office answered the UN office"),
    )
    tl.relate(prison, "after", conviction, source=said("1", 3, "imprisoned after the conviction"))
    tl.relate(sentencing, "subsequent to", conviction, source=said("1", 3, "then sentenced"))
    tl.relate(sentencing, "ahead of", elections, source=said("1", 3, "before the vote"))
    tl.relate(letter, "before", reaction, source=said("1", 1, "reacted to the letter"))
    tl.relate(ohchr, "after", amendment, source=said("2", 1, "commented on the amendment"))
    tl.relate(rejection, "after", ohchr, source=said("2", 1, "dismissed the UN comment"))
    # A mistaken summary dates the conviction to March 2024, against statement 1: the
    # chronology keeps the statement and lists the conflict.
    tl.relate(conviction, "during", Span.month(2024, 3), source="a summary", confidence=0.5)
    return tl


#: The files written: the format comes from the suffix, TimelineJS is named.
FILES = [
    ("chronology.txt", None),
    ("chronology.md", None),
    ("chronology.csv", None),
    ("chronology.json", None),
    ("timelinejs.json", "timelinejs"),
    ("chronology.ics", None),
    ("chronology.html", None),
    ("chronology.png", None),  # the plot needs matplotlib: pip install 'chronos[plot]'
    ("chronology.svg", None),
]


def write_all(tl: Timeline, folder: Path) -> list[Path]:
    """Write the chronology in every format to ``folder``; return the paths written."""
    return [render.write(tl, folder / name, format=format) for name, format in FILES]


def main(argv: list[str]) -> None:
    """Print the Markdown table, then write every format and list the files."""
    tl = build()
    print(render.markdown(tl))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(argv[0]) if argv else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for path in write_all(tl, folder):
            print(f"wrote {path.name} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
