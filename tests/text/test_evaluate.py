"""``python -m chronos.evaluate``: TempEval-3 measures on files the test writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from chronos.evaluate import main
from chronos.text import GoldDocument, GoldTimex, Mention, read_gold, score
from chronos.time import Timex

TML = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-25" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Talks began on <TIMEX3 tid="t1" type="DATE" value="2024-10-21">Monday</TIMEX3>; <TIMEX3 tid="t2" type="DATE" value="2024-10-22">the following day</TIMEX3> they stalled for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>"""  # noqa: E501 - TimeML written as it comes, one element a line


def test_measures_on_hand_made_mentions() -> None:
    """One exact match, one overlapping match with a wrong value, one miss, one spurious:
    strict 1/3 of 3, relaxed 2 of 3, value 1 of 3."""
    text = "On Monday, for two whole days, and in 2023."
    gold = (
        GoldTimex(3, 9, "Monday", "DATE", "2024-10-21"),
        GoldTimex(15, 29, "two whole days", "DURATION", "P2D"),
        GoldTimex(10, 13, "for", "DATE", "XXXX"),  # a gold timex nothing overlaps
    )
    system = [
        Mention(start=3, end=9, text="Monday", timex=Timex("DATE", "2024-10-21")),
        Mention(start=15, end=18, text="two", timex=Timex("DURATION", "P2Y")),
        Mention(start=37, end=41, text="2023", timex=Timex("DATE", "2023")),
    ]
    scores = score([GoldDocument("d", None, text, gold)], lambda _t, _d: system)
    assert (scores.strict.correct, scores.relaxed.correct, scores.value.correct) == (1, 2, 1)
    assert (scores.relaxed.system, scores.relaxed.gold) == (3, 3)
    assert round(scores.relaxed.f1, 4) == round(2 / 3, 4)
    kinds = sorted(e.kind for e in scores.errors)
    assert kinds == ["extent", "missed", "spurious", "value"]


def test_type_errors_are_classed_by_the_two_types() -> None:
    """A relaxed match whose type differs is a "type" error, classed "GOLD → SYSTEM"."""
    text = "Prices rose over the weekend and fell daily."
    gold = (
        GoldTimex(16, 27, "the weekend", "DURATION", "P2D"),
        GoldTimex(37, 42, "daily", "SET", "P1D"),
    )
    system = [
        Mention(start=16, end=27, text="the weekend", timex=Timex("DATE", "2024-W43-WE")),
        Mention(start=37, end=42, text="daily", timex=Timex("SET", "P1D")),
    ]
    scores = score([GoldDocument("d", None, text, gold)], lambda _t, _d: system)
    assert scores.type.correct == 1
    assert [
        (e.kind, e.error_class, e.gold, e.system) for e in scores.errors if e.kind == "type"
    ] == [("type", "DURATION → DATE", "DURATION", "DATE")]


def test_command_on_a_tml_and_a_jsonl_file(tmp_path: Path) -> None:
    """Both formats read; the report, the JSON and the errors file agree."""
    tml = tmp_path / "talks.tml"
    tml.write_text(TML, encoding="utf-8")
    doc = read_gold(tml)[0]
    jsonl = tmp_path / "talks.jsonl"
    line = {
        "doc_id": "talks-json",
        "dct": "2024-10-25",
        "text": doc.text,
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in doc.timexes
        ],
    }
    jsonl.write_text(json.dumps(line) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.tsv"
    done = subprocess.run(  # noqa: S603 - a fixed command
        [sys.executable, "-m", "chronos.evaluate", str(tml), str(jsonl), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["documents"] == 2
    # extract finds all three with the gold values: every measure is perfect
    for measure in ("strict", "relaxed", "type", "value"):
        assert result[measure]["f1"] == 1.0, measure
    assert main([str(tml), "--errors", str(errors)]) == 0
    assert errors.read_text(encoding="utf-8").splitlines() == [
        "kind\tclass\tcount\tdoc\ttext\tgold\tsystem"
    ]


def test_errors_are_grouped_biggest_class_first() -> None:
    """Two spurious years and one spurious weekday: the years' class comes first."""
    text = "In 2021, 2022 and on Monday."
    system = [
        Mention(start=3, end=7, text="2021", timex=Timex("DATE", "2021")),
        Mention(start=9, end=13, text="2022", timex=Timex("DATE", "2022")),
        Mention(start=21, end=27, text="Monday", timex=Timex("DATE", "2024-10-21")),
    ]
    scores = score([GoldDocument("d", None, text, ())], lambda _t, _d: system)
    assert scores.error_classes() == [("spurious", "9999", 2), ("spurious", "monday", 1)]
    rows = scores.errors_tsv().splitlines()[1:]
    assert [r.split("\t")[1] for r in rows] == ["9999", "9999", "monday"]


def test_unreadable_file_exits_2(tmp_path: Path, capsys: object) -> None:
    assert main([str(tmp_path / "absent.tml")]) == 2


def test_errors_file_keeps_one_error_a_line() -> None:
    """A line break inside an extent is written as an escape: one TSV row per error."""
    text = "Held until Friday\nSeptember 18, 2024 was the date."
    gold = (GoldTimex(18, 36, "September 18, 2024", "DATE", "2024-09-18"),)
    system = [
        Mention(start=11, end=36, text=text[11:36], timex=Timex("DATE", "2024-09-20")),
    ]
    scores = score([GoldDocument("d", None, text, gold)], lambda _t, _d: system)
    rows = scores.errors_tsv().splitlines()
    assert len(rows) == 1 + len(scores.errors)
    assert all(len(row.split("\t")) == 7 for row in rows)


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path: Path) -> None:
    """Output into a closed pipe (``| head``) ends with status 141 and nothing on stderr."""
    gold = tmp_path / "gold.tml"
    gold.write_text(TML, encoding="utf-8")
    process = subprocess.Popen(  # noqa: S603 - a fixed interpreter and arguments
        [sys.executable, "-m", "chronos.evaluate", str(gold), "--classes", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr) == (141, b"")
