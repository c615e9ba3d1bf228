"""The ``chronos`` command, run for real: ``python -m chronos`` and the installed console
script, in a subprocess, on statement files the tests write. Outputs are read back with
their consumers (csv, json, icalendar, the TimeML reader)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from chronos import chronicle, render
from chronos.cli import read_statement
from chronos.timeml import read_timeml

#: The console script ``pip install`` puts next to the interpreter.
SCRIPT = Path(sys.executable).parent / ("chronos.exe" if sys.platform == "win32" else "chronos")

HARBOUR = (
    "published: 2025-06-20\n"
    "source: Port authority\n"
    "\n"
    "Dock workers have been on strike since 2 June. The authority said the container "
    "terminal closed on 5 June and reopened on 18 June, two days after talks resumed.\n"
)
UNION = (
    "published: 2025-06-21\n"
    "source: Dockers' union\n"
    "\n"
    "The union said the container terminal closed on 6 June.\n"
)


def run(
    *args: str, stdin: str | None = None, script: bool = False
) -> subprocess.CompletedProcess[str]:
    """The command's exit status, stdout and stderr."""
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "chronos"]
    return subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [*command, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "statements"
    root.mkdir()
    (root / "a-harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "b-union.txt").write_text(UNION, encoding="utf-8")
    (root / "notes.csv").write_text("not,a,statement\n", encoding="utf-8")
    return root


def _one_error_line(done: subprocess.CompletedProcess[str], status: int) -> str:
    """The single stderr line of a refused command, checked: no traceback, nothing on stdout."""
    assert done.returncode == status, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_console_script_prints_the_chronology_table(harbour: Path) -> None:
    """The installed ``chronos`` script chronicles a file: a text table, events in order."""
    assert SCRIPT.exists(), "pip install -e . installs the chronos console script"
    done = run("chronicle", str(harbour), script=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("Chronology as of 20 June 2025")
    out = done.stdout
    assert out.index("terminal closed") < out.index("talks") < out.index("reopened")


def test_csv_reads_back_one_row_per_event_in_order(harbour: Path) -> None:
    """--format csv: csv reads the header of CSV_COLUMNS and the dated events, in order."""
    done = run("chronicle", str(harbour), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == list(render.CSV_COLUMNS)
    by_label = {row["label"]: row for row in rows}
    closed = next(row for label, row in by_label.items() if "closed" in label)
    reopened = next(row for label, row in by_label.items() if "reopened" in label)
    # the day each is said to happen, as ISO bounds
    assert closed["earliest_start"] == "2025-06-05T00:00:00"
    assert reopened["earliest_start"] == "2025-06-18T00:00:00"
    assert int(closed["position"]) < int(reopened["position"])
    assert [int(row["position"]) for row in rows] == list(range(1, len(rows) + 1))


def test_json_is_the_chronology_schema(harbour: Path) -> None:
    """--format json: the chronology JSON (schema chronos.chronology), read by json."""
    done = run("chronicle", str(harbour), "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["schema"] == "chronos.chronology"
    table = render.Table.from_json(done.stdout)
    assert any("reopened" in row.label for row in table.rows)


def test_ics_to_a_file_by_its_suffix(harbour: Path, tmp_path: Path) -> None:
    """-o OUT.ics without --format: iCalendar, read back by icalendar, stable UIDs."""
    out = tmp_path / "harbour.ics"
    done = run("chronicle", str(harbour), "-o", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    reopened = next(e for summary, e in events.items() if "reopened" in summary)
    assert str(reopened.decoded("DTSTART")) == "2025-06-18"  # an all-day event
    assert all(str(e["UID"]) == render.icalendar_uid(s) for s, e in events.items())


def test_a_folder_merges_its_statements_and_skips_other_files(folder: Path) -> None:
    """A folder contributes its .txt/.md statements; the union's date conflicts with the
    authority's, and the conflict is listed."""
    done = run("chronicle", str(folder), "--format", "md")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Chronology as of")
    assert "set aside: terminal closed during 2025-06-06" in done.stdout  # the conflict
    assert "statement a-harbour" in done.stdout
    assert "statement b-union" in done.stdout
    assert "notes" not in done.stdout


def test_shared_event_ids_in_header_lines_merge_one_event(tmp_path: Path) -> None:
    """Two statements name the tunnel's opening in different words; their ``event:`` lines
    give it one id, so the chronology holds one opening, told by both, and their dates
    conflict. Without the lines, the two openings stay apart."""
    texts = {
        "a-port": ("2025-09-15", "The harbour tunnel", "The harbour tunnel was opened on Friday."),
        "b-city": ("2025-09-16", "The new crossing", "The new crossing was inaugurated on 10 May."),
    }
    for with_ids in (True, False):
        folder = tmp_path / f"ids-{with_ids}"
        folder.mkdir()
        for name, (published, words, text) in texts.items():
            header = f"published: {published}\n"
            header += f"event: tunnel-opening = {words}\n" if with_ids else ""
            (folder / f"{name}.txt").write_text(f"{header}\n{text}\n", encoding="utf-8")
        done = run("chronicle", str(folder), "--format", "json")
        assert done.returncode == 0, done.stderr
        chronology = json.loads(done.stdout)
        labels = [e["label"] for e in chronology["events"]]
        if with_ids:
            assert labels == ["tunnel opened", "statement a-port", "statement b-city"]
            (conflict,) = chronology["conflicts"]
            assert "'10 May'" in conflict
            assert "'Friday'" in conflict
        else:  # the opening of each statement: two events, at their own dates
            assert len(labels) == 4
            assert chronology["conflicts"] == []


def test_stdin_with_published(tmp_path: Path) -> None:
    """``-`` reads standard input; --published gives its date."""
    text = "Ferries stopped running on 3 March, the operator said."
    done = run("chronicle", "-", "--published", "2025-03-10", "--format", "csv", stdin=text)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    stopped = next(row for row in rows if "stopped" in row["label"])
    assert stopped["earliest_start"] == "2025-03-03T00:00:00"


def test_published_option_wins_over_the_header(harbour: Path) -> None:
    """--published replaces the file's own date: "on 5 June" is placed a year later."""
    done = run("chronicle", str(harbour), "--published", "2026-06-20", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert any(row["earliest_start"].startswith("2026-06-05") for row in rows)


# Each row: the command line, its exit status, and words its one stderr line must hold.
REFUSED = [
    (["chronicle", "{tmp}/missing.txt"], 1, ["chronos: error:", "missing.txt", "cannot be read"]),
    # ^ a file that is not there
    (["chronicle", "{tmp}/undated.txt"], 1, ["no publication date", "--published"]),
    # ^ a statement with no date, and no --published
    (["chronicle", "{tmp}/latin1.txt", "--published", "2025-01-01"], 1, ["not UTF-8"]),
    # ^ bytes that are not UTF-8
    (["chronicle", "{tmp}/empty"], 1, ["holds no statement"]),
    # ^ a folder with no statement file
    (["chronicle", "{tmp}/bad-event.txt"], 1, ["bad-event.txt:2'", "'event: ID = words'"]),
    # ^ an event line without '=': the file and the line are named
    (["chronicle", "{tmp}/undated.txt", "--published", "25/10/2024"], 2, ["not an ISO date"]),
    # ^ a date in another convention
    (["parse", "ahead of Febuary 8", "--reference", "2024-10-25"], 1, ["did you mean 'February'"]),
    # ^ a misspelt month: the caret display left out, the suggestion kept
    (["parse", "on Monday"], 2, ["--reference"]),
    # ^ no reference date: chronos never reads the clock
    (
        ["explain", "{tmp}/undated.txt", "the moon landing", "--published", "2025-01-01"],
        1,
        ["'the moon landing'", "its events:"],
    ),
    # ^ an event the chronology does not hold: its events are listed
    (["chronicle", "{tmp}/undated.txt", "--format", "pdf"], 2, ["invalid choice: 'pdf'"]),
    # ^ a format chronos does not write
    (["evaluate", "{tmp}/missing.tml"], 1, ["missing.tml"]),
    # ^ a gold file that is not there
    ([], 2, ["required", "COMMAND"]),
    # ^ no command at all
]


@pytest.mark.parametrize(
    ("args", "status", "words"), REFUSED, ids=[" ".join(r[0]) for r in REFUSED]
)
def test_refused_input_is_one_line_on_stderr(
    tmp_path: Path, args: list[str], status: int, words: list[str]
) -> None:
    """Bad input: a non-zero status and one clear line on stderr, no traceback."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "undated.txt").write_text("The ferry stopped on 3 March.", encoding="utf-8")
    (tmp_path / "bad-event.txt").write_text(
        "published: 2025-09-15\nevent: ferry-stop The ferry\n\nThe ferry stopped on 3 March.",
        encoding="utf-8",
    )
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 closed on 3 March.".encode("latin-1"))
    done = run(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    line = _one_error_line(done, status)
    assert all(word in line for word in words), line


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    """--debug adds the traceback to the same one-line message."""
    done = run("chronicle", str(tmp_path / "missing.txt"), "--debug")
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert done.stderr.splitlines()[-1].startswith("chronos: error:")


def test_a_reader_that_stops_early_ends_it_quietly() -> None:
    """Output into a closed pipe (``| head``) ends with status 141 and nothing on stderr.

    The command reads its statement from stdin, so the pipe is closed before it writes.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "chronos", "chronicle", "-", "--published", "2025-03-10"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(b"Ferries stopped running on 3 March.", timeout=120)
    assert (process.returncode, stderr) == (141, b"")


def test_parse_prints_the_reading_and_its_alternative() -> None:
    """parse: relation, span, TIMEX3 and the other reading of a year-less date, as JSON."""
    done = run(
        "parse", "ahead of February 8", "--reference", "2024-10-25", "--tense", "past",
        "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert (reading["relation"], reading["span"]) == ("BEFORE", "2024-02-08")
    assert reading["timex"] == {"type": "DATE", "value": "2024-02-08", "mod": None}
    assert [a["span"] for a in reading["alternatives"]] == ["2025-02-08"]
    assert reading["assumptions"][0]["kind"] == "year"


def test_parse_text_lines() -> None:
    """parse, as text: one ``key: value`` line each."""
    done = run("parse", "since August 2023", "--reference", "2024-10-25")
    assert done.stdout.splitlines() == [
        "relation:   SINCE",
        "span:       2023-08",
        "timex:      DATE 2023-08",
    ]


def test_extract_tsv_offsets_point_into_the_statement_text(harbour: Path) -> None:
    """extract: one TSV row per expression of the text after the header lines."""
    done = run("extract", str(harbour), "--dct", "2025-06-20")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout), delimiter="\t"))
    body = HARBOUR.split("\n\n", 1)[1]
    assert [row["text"] for row in rows] == ["2 June", "5 June", "18 June", "two days"]
    assert all(body[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)
    assert rows[0]["value"] == "2025-06-02"
    assert rows[0]["signal"] == "since"


def test_extract_timeml_reads_back(harbour: Path) -> None:
    """extract --format timeml: the TimeML reader gives the text, the DCT and the values."""
    done = run("extract", str(harbour), "--dct", "2025-06-20", "--format", "timeml")
    document = read_timeml(done.stdout)
    assert str(document.dct) == "2025-06-20"
    assert document.text.startswith("Dock workers")
    assert [t.value for t in document.timexes][:3] == ["2025-06-02", "2025-06-05", "2025-06-18"]


def test_evaluate_scores_a_gold_file(tmp_path: Path) -> None:
    """evaluate: TempEval-3 scores of a TimeML gold file, as JSON."""
    gold = tmp_path / "gold.tml"
    gold.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-20" '
        'functionInDocument="CREATION_TIME">2025-06-20</TIMEX3></DCT><TEXT>The terminal '
        'closed on <TIMEX3 tid="t1" type="DATE" value="2025-06-05">5 June</TIMEX3>.</TEXT>'
        "</TimeML>",
        encoding="utf-8",
    )
    done = run("evaluate", str(gold), "--json")
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["documents"] == 1
    assert scores["strict"]["f1"] == 1.0
    assert scores["value"]["f1"] == 1.0


def test_explain_gives_the_reasons_of_an_event(harbour: Path) -> None:
    """explain: the event's bounds, then a line per bound with the claim behind it."""
    listed = run("chronicle", str(harbour), "--format", "csv")
    labels = [row["label"] for row in csv.DictReader(io.StringIO(listed.stdout))]
    reopened = next(label for label in labels if "reopened" in label)
    done = run("explain", str(harbour), reopened)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{reopened}: 2025-06-18")
    assert any(line.strip().startswith("earliest start of") for line in lines[1:])


@pytest.mark.parametrize("command", ["", "chronicle", "parse", "extract", "evaluate", "explain"])
def test_help_shows_examples(command: str) -> None:
    """--help of the command and of each subcommand exits 0 with examples of its use."""
    done = run(*([command] if command else []), "--help")
    assert done.returncode == 0, done.stderr
    assert "examples:" in done.stdout
    assert f"chronos {command}".strip() in done.stdout.split("examples:")[1]


def test_the_readme_quickstart_command_prints_the_table_it_shows() -> None:
    """The README's Quickstart runs ``chronos chronicle …`` on an example statement; the
    installed script, run from the project root, prints exactly the table shown below it."""
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1]
    command = re.search(r"\.venv/bin/chronos (.+)$", quickstart, re.M)
    shown = re.search(r"^```\n(# Chronology.*?)^```", quickstart, re.S | re.M)
    assert command is not None
    assert shown is not None
    done = subprocess.run(  # noqa: S603 - the README's own command, split on spaces
        [str(SCRIPT), *command.group(1).split()],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == shown.group(1)


@pytest.mark.parametrize("name", list(render.FORMATS))
def test_every_format_is_the_library_renderers_output(harbour: Path, name: str) -> None:
    """--format F prints what ``chronos.render.FORMATS[F]`` gives for the same statement."""
    timeline = chronicle([read_statement(HARBOUR, name="harbour")])
    done = run("chronicle", str(harbour), "--format", name)
    assert done.returncode == 0, done.stderr
    expected = render.FORMATS[name](timeline)
    # stdout is read in text mode: CRLF (CSV, iCalendar) arrives as LF
    assert done.stdout == expected.replace("\r\n", "\n").rstrip("\n") + "\n"


def test_plot_draws_a_png(harbour: Path, tmp_path: Path) -> None:
    """--plot OUT.png draws the chronology as well as printing it (the plot extra)."""
    pytest.importorskip("matplotlib", reason="the optional extra plot")
    from PIL import Image

    out = tmp_path / "harbour.png"
    done = run("chronicle", str(harbour), "--plot", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Chronology as of 20 June 2025")
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.width > 100


def test_a_plot_without_matplotlib_names_the_extra(harbour: Path, tmp_path: Path) -> None:
    """Where matplotlib cannot be imported, -o OUT.png is refused in one line naming the
    extra to install (the interpreter is made unable to import it, as where it is absent)."""
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "from chronos.cli import main\n"
        "sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-c", code, "chronicle", str(harbour), "-o", str(tmp_path / "a.png")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = _one_error_line(done, 1)
    assert "pip install 'chronos[plot]'" in line
    assert not (tmp_path / "a.png").exists()


def test_a_byte_order_mark_does_not_hide_the_header(tmp_path: Path) -> None:
    """A statement saved with a UTF-8 byte order mark still has its published: line read."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + HARBOUR.encode("utf-8"))
    done = run("chronicle", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Chronology as of 20 June 2025")
