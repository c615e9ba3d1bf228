"""Text, Markdown, CSV and the chronology JSON of the seed chronology, read back."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import attrs
import pytest

from chronos import (
    Certainty,
    InvalidArgumentError,
    Provenance,
    Statement,
    Timeline,
    chronicle,
    render,
)

#: The seed chronology, top to bottom: label, when in words, EDTF, order.
EXPECTED = [
    ("Toshakhana conviction", "August 2023", "2023-08", "certain"),
    ("Khan imprisoned", "since Aug 2023, ongoing", "2023-08/..", "uncertain among 2–3"),
    (
        "Sentencing in other cases",
        "between 1 Aug 2023 and 8 Feb 2024",
        "2023-08-01/2024-02-08",
        "uncertain among 2–3",
    ),
    ("General elections", "8 February 2024", "2024-02-08", "uncertain among 4–9"),
    ("26th amendment passed", "by 25 Oct 2024", "../2024-10-25", "uncertain among 4–9"),
    (
        "US lawmakers' letter to President Biden",
        "by 25 Oct 2024",
        "../2024-10-25",
        "uncertain among 4–9",
    ),
    ("OHCHR statement on the amendment", "by 25 Oct 2024", "../2024-10-25", "uncertain among 4–9"),
    (
        "Foreign Office reaction to the letter",
        "25 October 2024",
        "2024-10-25",
        "uncertain among 4–9",
    ),
    (
        "Foreign Office rejects the OHCHR statement",
        "25 October 2024",
        "2024-10-25",
        "uncertain among 4–9",
    ),
]


class TestTable:
    """The table every renderer reads."""

    def test_rows_in_chronological_order(self, table: render.Table) -> None:
        """One row per event, in the timeline's order, with its words, EDTF and order."""
        got = [(r.label, r.when, r.edtf, r.order_text) for r in table.rows]
        assert got == EXPECTED
        assert [r.position for r in table.rows] == list(range(1, 10))

    def test_rows_carry_the_solved_bounds(self, seed: Timeline, table: render.Table) -> None:
        """Each row's bounds are the timeline's ``when()`` of its event."""
        for row in table.rows:
            assert row.bounds == seed.when(row.label)
            assert row.edtf == str(seed.when(row.label))

    def test_runs_follow_the_chronology(self, seed: Timeline, table: render.Table) -> None:
        """Rows of one run of uncertain order share the run's first and last position."""
        runs = [tuple(e.name for e in run) for run in seed.ordered().runs]
        assert runs[0] == ("Toshakhana conviction",)
        by_run: dict[tuple[int, int], list[str]] = {}
        for row in table.rows:
            by_run.setdefault(row.run, []).append(row.label)
        assert [tuple(v) for v in by_run.values()] == runs
        assert table.rows[0].order is Certainty.CERTAIN
        assert all(r.order is Certainty.POSSIBLE for r in table.rows[1:])

    def test_sources_and_quotes_of_active_claims(self, table: render.Table) -> None:
        """Sources and quotes come from the claims about the event; the claim set aside to
        repair the conflict ("a summary") is not among them."""
        conviction = table.rows[0]
        assert conviction.sources == ("statement 1, sentence 3",)
        assert conviction.quotes == ("found guilty in the Toshakhana case in August 2023",)
        assert all("a summary" not in r.sources for r in table.rows)

    def test_explanation_is_the_timelines(self, seed: Timeline, table: render.Table) -> None:
        """Each row carries ``explain()`` of its event."""
        for row in table.rows:
            assert row.explanation == str(seed.explain(row.label))

    def test_conflicts_listed(self, seed: Timeline, table: render.Table) -> None:
        """The conflict of the timeline, in words, with the claim set aside."""
        assert table.conflicts == tuple(str(c) for c in seed.conflicts)
        (conflict,) = table.conflicts
        assert "off by 182 days" in conflict
        assert "set aside: Toshakhana conviction during 2024-03 (a summary)" in conflict

    def test_core_is_from_latest_start_to_earliest_end(self, table: render.Table) -> None:
        """The certain core: the elections' day has none (an event within a day may be any
        part of it), the imprisonment runs certainly from 1 Sep 2023 (it began by the end of
        August) to 26 Oct 2024 (it is still going on when the reference day is over)."""
        rows = {r.label: r for r in table.rows}
        assert rows["General elections"].core is None
        assert rows["Sentencing in other cases"].core is None
        assert rows["Khan imprisoned"].core == (datetime(2023, 9, 1), datetime(2024, 10, 26))

    def test_without_explanations(self, seed: Timeline, table: render.Table) -> None:
        """``explain=False`` leaves every explanation out and changes nothing else; the
        formats that show no explanation read the same from either table."""
        bare = render.table(seed, explain=False)
        assert all(row.explanation is None for row in bare.rows)
        assert [attrs.evolve(row, explanation=None) for row in table.rows] == list(bare.rows)
        for name in ("text", "md", "csv", "timelinejs", "ics"):
            renderer = render.FORMATS[name]
            assert renderer(bare) == renderer(table) == renderer(seed), name
        assert render.Table.from_json(render.json(seed, explain=False)) == bare
        assert 'class="explanation"' not in render.html(seed, explain=False)
        assert 'class="explanation"' in render.html(seed)

    def test_explain_must_be_a_bool(self, seed: Timeline) -> None:
        """``explain`` is True or False, nothing that merely looks like one."""
        with pytest.raises(InvalidArgumentError, match="explain"):
            render.table(seed, explain="no")  # type: ignore[arg-type]

    def test_bad_argument(self) -> None:
        """Anything but a timeline or a table is refused, naming the argument."""
        with pytest.raises(InvalidArgumentError, match="timeline"):
            render.table("not a timeline")  # type: ignore[arg-type]

    def test_empty_timeline(self) -> None:
        """A timeline without events renders as a table without rows."""
        tl = Timeline(reference="2024-10-25")
        assert render.table(tl).rows == ()
        assert render.csv(tl).splitlines() == [",".join(render.CSV_COLUMNS)]


class TestText:
    """The plain-text table."""

    def test_lines(self, seed: Timeline) -> None:
        """A title, a header, one line per event in order with its bracket, then notes."""
        lines = render.text(seed).splitlines()
        assert lines[0] == "Chronology as of 25 October 2024"
        assert lines[2].split() == ["#", "When", "Event", "Source"]
        rows = lines[3:12]
        marks = [line[0] for line in rows]
        assert marks == [" ", "┌", "└", "┌", "│", "│", "│", "│", "└"]
        for line, (label, when, _, _) in zip(rows, EXPECTED, strict=True):
            assert f"  {when}  " in line
            assert f"  {label}  " in line
        assert "statement 1, sentence 3: “found guilty in the Toshakhana case" in rows[0]
        assert "is not certain" in lines[13]
        assert "Conflicts:" in lines
        assert "off by 182 days" in render.text(seed)

    def test_columns_aligned(self, seed: Timeline) -> None:
        """The event column starts at the same place on every row."""
        lines = render.text(seed).splitlines()[2:12]
        starts = {line.index(label) for line, (label, *_) in zip(lines[1:], EXPECTED, strict=True)}
        assert starts == {lines[0].index("Event")}


class TestMarkdown:
    """The Markdown table: a header, a rule, one row per event."""

    def test_table(self, seed: Timeline) -> None:
        """Cells read back by splitting on unescaped pipes give the rows."""
        lines = render.markdown(seed).splitlines()
        assert lines[0] == "# Chronology as of 25 October 2024"
        assert lines[2] == "| # | When | Event | Source | Quote | Order |"
        body = lines[4:13]
        cells = [[c.strip() for c in line.strip("|").split(" | ")] for line in body]
        assert [(c[2], c[1], c[5]) for c in cells] == [(e[0], e[1], e[3]) for e in EXPECTED]
        assert cells[0][3] == "statement 1, sentence 3"
        assert cells[0][4] == "“found guilty in the Toshakhana case in August 2023”"
        assert "## Conflicts" in lines

    def test_pipes_escaped(self) -> None:
        """A pipe in a label does not split its cell."""
        tl = Timeline(reference="2024-10-25")
        tl.add("talks | round two", when="in 2024")
        row = render.markdown(tl).splitlines()[4]
        assert "talks \\| round two" in row
        assert row.count(" | ") == 5


class TestCsv:
    """The CSV, read back with the csv module."""

    def test_rows(self, seed: Timeline, table: render.Table) -> None:
        """A header, then one row per event with ISO instants, EDTF, order and sources."""
        reader = csv.DictReader(io.StringIO(render.csv(seed), newline=""))
        assert tuple(reader.fieldnames or ()) == render.CSV_COLUMNS
        rows = list(reader)
        assert [r["label"] for r in rows] == [e[0] for e in EXPECTED]
        for got, row in zip(rows, table.rows, strict=True):
            for column in ("earliest_start", "latest_start", "earliest_end", "latest_end"):
                value = getattr(row, column)
                assert got[column] == ("" if value is None else value.isoformat())
            assert got["edtf"] == row.edtf
            assert got["when"] == row.when
            assert got["order"] == row.order.value
            assert got["sources"].split("; ") == list(row.sources)
        first = rows[0]
        assert (first["earliest_start"], first["latest_end"]) == (
            "2023-08-01T00:00:00",
            "2023-09-01T00:00:00",
        )
        assert rows[1]["latest_end"] == ""  # still going on: no latest end
        assert rows[4]["earliest_start"] == ""  # nothing bounds the start


class TestChronologyJson:
    """The chronology JSON: versioned, documented, and read back to the same table."""

    def test_round_trip(self, seed: Timeline, table: render.Table) -> None:
        """JSON → table → JSON is the identity, and the table read back is the same."""
        text = render.json(seed)
        back = render.Table.from_json(text)
        assert back == table
        assert back.to_json() == text
        assert render.markdown(back) == render.markdown(seed)

    def test_document(self, seed: Timeline) -> None:
        """The schema name and version, the reference, and one object per event."""
        document = json.loads(render.json(seed, indent=2))
        assert (document["schema"], document["version"]) == ("chronos.chronology", 1)
        assert document["reference"] == "2024-10-25T00:00:00"
        assert document["reference_end"] == "2024-10-26T00:00:00"
        assert len(document["events"]) == 9
        first = document["events"][0]
        assert first["label"] == "Toshakhana conviction"
        assert first["earliest_start"] == "2023-08-01T00:00:00"
        assert first["order"] == "certain"
        assert first["run"] == [1, 1]
        assert len(document["conflicts"]) == 1

    @pytest.mark.parametrize(
        ("text", "argument"),
        [
            ("not json", "text"),  # not JSON at all
            ("[1, 2]", "text"),  # JSON, but not an object
            ('{"schema": "chronos.timeline", "version": 1}', "schema"),  # another schema
            ('{"schema": "chronos.chronology", "version": 2}', "version"),  # a later version
            ('{"schema": "chronos.chronology", "version": 1}', "text"),  # fields missing
            (
                '{"schema": "chronos.chronology", "version": 1, "reference": "2024-10-25",'
                ' "reference_end": null, "events": [{"position": 1}], "conflicts": []}',
                "text",
            ),  # an event without its fields
        ],
    )
    def test_bad_documents(self, text: str, argument: str) -> None:
        """A document that is not a chronology raises a chronos error naming what is wrong."""
        with pytest.raises(InvalidArgumentError, match=argument):
            render.Table.from_json(text)


class TestWrite:
    """``render.write``: the format by suffix or by name, the bytes as the format has them."""

    @pytest.mark.parametrize(
        ("name", "format", "first_bytes"),
        [
            ("c.txt", None, b"Chronology as of 25 October 2024\n"),  # text
            ("c.md", None, b"# Chronology as of"),  # Markdown
            ("c.csv", None, b"position,label,when,"),  # CSV, CRLF kept
            ("c.json", None, b'{"schema": "chronos.chronology"'),  # the chronology JSON
            ("c.ics", None, b"BEGIN:VCALENDAR\r\n"),  # iCalendar, CRLF kept
            ("c.HTML", None, b"<!DOCTYPE html>"),  # the suffix in any case
            ("c.json", "timelinejs", b'{\n "title"'),  # TimelineJS by name
            ("chronology", "md", b"# Chronology"),  # no suffix, the format named
        ],
    )
    def test_formats(
        self, seed: Timeline, tmp_path: Path, name: str, format: str | None, first_bytes: bytes
    ) -> None:
        """The file holds exactly what the renderer gives, encoded as UTF-8."""
        path = render.write(seed, tmp_path / name, format=format)
        data = path.read_bytes()
        assert data.startswith(first_bytes)
        renderer = render.FORMATS[format or render.SUFFIXES[path.suffix.lower()]]
        assert data == renderer(seed).encode("utf-8")

    def test_crlf_kept(self, seed: Timeline, tmp_path: Path) -> None:
        """CSV rows end in CRLF, as the csv module writes them."""
        data = render.write(seed, tmp_path / "c.csv").read_bytes()
        assert data.count(b"\r\n") == 10
        assert b"\r\r\n" not in data

    def test_plot_by_suffix(self, seed: Timeline, tmp_path: Path) -> None:
        """A .png path gives the plot."""
        data = render.write(seed, tmp_path / "c.png").read_bytes()
        assert data.startswith(b"\x89PNG\r\n")

    @pytest.mark.parametrize(
        ("name", "format", "argument"),
        [
            ("c.docx", None, "path"),  # a suffix no format has
            ("chronology", None, "path"),  # no suffix, no format
            ("c.txt", "pdf", "format"),  # a format chronos does not write
        ],
    )
    def test_refused(
        self, seed: Timeline, tmp_path: Path, name: str, format: str | None, argument: str
    ) -> None:
        """What cannot be written is refused, naming the argument, and nothing is written."""
        with pytest.raises(InvalidArgumentError, match=argument):
            render.write(seed, tmp_path / name, format=format)
        assert not (tmp_path / name).exists()


# -- the Source column: the statement's source and the sentence ------------------------------


def test_the_source_column_names_the_source_and_the_sentence() -> None:
    """A chronicled statement's source is what the Source column shows, with the sentence;
    an event two statements tell lists both; a statement without a source is named by id."""
    port = Statement(
        "The terminal closed on 5 June. Talks resumed on 16 June.",
        published="2025-06-20",
        source="Port authority",
        id="harbour",
    )
    union = Statement(
        "The dockers said the terminal closed on 5 June.", published="2025-06-21", id="union"
    )
    table = render.table(chronicle([port, union]), explain=False)
    sources = {row.label: row.sources for row in table.rows}
    assert sources["terminal closed"] == (
        "Port authority, sentence 1",
        "statement union, sentence 1",
    )
    assert sources["Talks resumed"] == ("Port authority, sentence 2",)
    assert sources["statement harbour"] == ("Port authority",)
    markdown = render.markdown(table).splitlines()
    assert any(
        "| Talks resumed | Port authority, sentence 2 | “16 June” |" in line for line in markdown
    )
    text = render.text(table)
    assert "Port authority, sentence 1; statement union, sentence 1" in text


def test_an_event_no_claim_places_is_sourced_by_its_mentions() -> None:
    """An event the text names but does not date ("urged the minister to seek a review")
    has no claim; its row still says where the text speaks of it, with the statement's
    source as the other rows give it."""
    statement = Statement(
        "On Tuesday the council urged the minister to seek a review of the tender.",
        published="2025-03-14",
        source="City council",
        id="council",
    )
    tl = chronicle([statement])
    table = render.table(tl, explain=False)
    undated = [row for row in table.rows if not any(c.subject == row.label for c in tl.claims)]
    assert [(row.label, row.sources, row.quotes) for row in undated] == [
        ("seek review", ("City council, sentence 1",), ("seek a review",))
    ]


@pytest.mark.parametrize(
    ("provenance", "where"),
    [
        # a source and a sentence: both
        (
            Provenance(source="Port authority", statement="harbour", sentence=2),
            "Port authority, sentence 2",
        ),
        # a source alone (a statement's own event, a claim made by hand)
        (Provenance(source="FO briefing"), "FO briefing"),
        (Provenance(source="FO briefing", statement="fo"), "FO briefing"),
        # no source: the statement and sentence
        (Provenance(statement="harbour", sentence=2), "statement harbour, sentence 2"),
        (Provenance(statement="harbour"), "statement harbour"),
        # nothing known
        (Provenance(quote="on Friday"), None),
    ],
)
def test_provenance_where(provenance: Provenance, where: str | None) -> None:
    assert provenance.where == where
