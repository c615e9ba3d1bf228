"""Tables for people and spreadsheets: plain text, Markdown and CSV."""

from __future__ import annotations

import csv as _csv
import io
from typing import Final

from chronos.render._table import Row, Table
from chronos.time import Certainty

__all__ = ["CSV_COLUMNS", "to_csv", "to_markdown", "to_text"]

#: The columns of the CSV, in order (docs/formats.md).
CSV_COLUMNS: Final = (
    "position",
    "label",
    "when",
    "earliest_start",
    "latest_start",
    "earliest_end",
    "latest_end",
    "edtf",
    "order",
    "sources",
    "quotes",
)
#: Several sources or quotes in one cell.
_JOIN: Final = "; "


def _mark(row: Row) -> str:
    """The bracket that marks a run of uncertain order: ┌ first, │ inside, └ last."""
    if row.order is Certainty.CERTAIN:
        return " "
    first, last = row.run
    if row.position == first:
        return "┌"
    return "└" if row.position == last else "│"


def _said(row: Row) -> str:
    """Sources and quotes of a row in one cell: 'statement 1, sentence 3: "the words"'."""
    quotes = "; ".join(f"“{q}”" for q in row.quotes)
    sources = _JOIN.join(row.sources)
    if quotes and sources:
        return f"{sources}: {quotes}"
    return quotes or sources


def to_text(table: Table) -> str:
    """The chronology as an aligned plain-text table, runs of uncertain order bracketed."""
    header = ("#", "When", "Event", "Source")
    body = [(str(r.position), r.when, r.label, _said(r)) for r in table.rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(3)]
    lines = [table.title, ""]

    def line(mark: str, cells: tuple[str, str, str, str]) -> str:
        number, when, label, said = cells
        text = f"{mark} {number:>{widths[0]}}  {when:<{widths[1]}}  {label:<{widths[2]}}  {said}"
        return text.rstrip()

    lines.append(line(" ", header))
    lines.extend(line(_mark(r), cells) for r, cells in zip(table.rows, body, strict=True))
    if any(r.order is Certainty.POSSIBLE for r in table.rows):
        lines += ["", "┌ │ └  the order of these events among themselves is not certain"]
    lines += _conflict_lines(table)
    return "\n".join(lines) + "\n"


def _conflict_lines(table: Table) -> list[str]:
    """The conflicts under a plain-text table, each indented under its first line."""
    if not table.conflicts:
        return []
    lines = ["", "Conflicts:", ""]
    for conflict in table.conflicts:
        head, *rest = conflict.splitlines()
        lines.append(f"- {head}")
        lines.extend(f"  {item.strip()}" for item in rest)
    return lines


def _cell(text: str) -> str:
    """A Markdown table cell: pipes escaped, line breaks flattened."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def to_markdown(table: Table) -> str:
    """The chronology as a Markdown table (GitHub's flavour), then its conflicts."""
    lines = [
        f"# {table.title}",
        "",
        "| # | When | Event | Source | Quote | Order |",
        "|--:|---|---|---|---|---|",
    ]
    for r in table.rows:
        quotes = "; ".join(f"“{q}”" for q in r.quotes)
        cells = (str(r.position), r.when, r.label, _JOIN.join(r.sources), quotes, r.order_text)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    if table.conflicts:
        lines += ["", "## Conflicts", ""]
        for conflict in table.conflicts:
            head, *rest = conflict.splitlines()
            lines.append(f"- {_cell(head)}")
            lines.extend(f"  - {_cell(item.strip().removeprefix('- '))}" for item in rest)
    return "\n".join(lines) + "\n"


def to_csv(table: Table) -> str:
    """One row per event (columns :data:`CSV_COLUMNS`), instants in ISO 8601, CRLF lines."""
    out = io.StringIO()
    writer = _csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in table.rows:
        writer.writerow(
            (
                r.position,
                r.label,
                r.when,
                *(
                    "" if moment is None else moment.isoformat()
                    for moment in (r.earliest_start, r.latest_start, r.earliest_end, r.latest_end)
                ),
                r.edtf,
                r.order.value,
                _JOIN.join(r.sources),
                _JOIN.join(r.quotes),
            )
        )
    return out.getvalue()
