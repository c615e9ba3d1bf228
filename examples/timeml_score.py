"""A TimeML file tagged by chronos and scored against a hand-annotated one.

The gold file below is a short court report annotated by hand in TimeML: each temporal
expression in a TIMEX3 tag with its type and value, the document creation time in a DCT.
The script writes it to a temporary folder, reads it back as the scorer does
(``chronos.text.read_gold``), tags its raw text with ``chronos.extract`` and writes that
as TimeML (``chronos.text.write_timeml``, what ``chronos extract FILE --format timeml``
prints), then scores the tagging with the TempEval-3 measures (``chronos.text.score``,
what ``chronos evaluate GOLD`` prints): strict and relaxed extent, type and value, with
every error listed by class.

Run: python examples/timeml_score.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from chronos import extract
from chronos.text import read_gold, score, write_timeml

GOLD = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>court_report</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-14" functionInDocument="CREATION_TIME">\
2025-03-14</TIMEX3></DCT>
<TEXT>The regional court adjourned the hearing on \
<TIMEX3 tid="t1" type="DATE" value="2025-03-11">Tuesday</TIMEX3> until \
<TIMEX3 tid="t2" type="DATE" value="2025-04-02">2 April</TIMEX3>. Lawyers for the two \
families have argued the case for <TIMEX3 tid="t3" type="DURATION" value="P3Y">three \
years</TIMEX3>. A verdict is expected <TIMEX3 tid="t4" type="DATE" value="2025-04">next \
month</TIMEX3>, <TIMEX3 tid="t5" type="DURATION" value="P2W">two weeks</TIMEX3> after the \
final submissions, the clerk said <TIMEX3 tid="t6" type="DATE" value="2025-03-14">\
today</TIMEX3>. Protests outside the building have grown over \
<TIMEX3 tid="t7" type="DURATION" value="PXM">the past few months</TIMEX3>.</TEXT>
</TimeML>
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        gold_path = Path(scratch) / "court_report.tml"
        gold_path.write_text(GOLD, encoding="utf-8")
        (document,) = read_gold(gold_path)

        mentions = extract(document.text, dct=document.dct)
        tagged = write_timeml(document.text, mentions, dct=document.dct, doc_id="court_report")
        tagged_path = Path(scratch) / "court_report.chronos.tml"
        tagged_path.write_text(tagged, encoding="utf-8")
        print(f"chronos's tagging ({tagged_path.name}):")
        print(tagged)
        print()

        scores = score([document], lambda text, dct: extract(text, dct=dct))
        print(scores.report())
        print()
        print("errors by class:" if scores.errors else "no errors")
        for kind, error_class, count in scores.error_classes():
            print(f"  {kind} {error_class} ({count})")
        for error in scores.errors:
            print(f"  {error.kind}: {error.text!r} gold {error.gold!r}, chronos {error.system!r}")


if __name__ == "__main__":
    main()
