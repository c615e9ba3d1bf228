"""The ``chronos`` command: statements to a chronology, phrases, extraction, scores, reasons.

``chronos chronicle FILE|DIR|-`` reads press statements and prints their chronology (text,
Markdown, CSV, JSON, TimelineJS, iCalendar or HTML); ``chronos parse``, ``chronos extract``,
``chronos evaluate`` and ``chronos explain`` give the other stages. ``main(argv)`` runs it
and returns the exit status (docs/cli.md):

- 0: done;
- 1: the input was refused (a file that cannot be read, a date that is not one, an event
  the chronology does not hold): one line on stderr, ``chronos: error: …``;
- 2: the command line itself is wrong (argparse's usage errors, one line too);
- 70: a fault of chronos itself, reported in one line; ``--debug`` shows the traceback.

A reader that stops early (``chronos chronicle … | head``) ends the command quietly, with
status 141 as a program killed by SIGPIPE would have.

>>> main(["parse", "since August 2023", "--reference", "2024-10-25"])
relation:   SINCE
span:       2023-08
timex:      DATE 2023-08
0
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from chronos import evaluate, render
from chronos.archive import (
    HEADERS,
    JSONL_SUFFIXES,
    STATEMENT_SUFFIXES,
    chronicle_archive,
    read_statement,
    read_statements,
    read_text,
)
from chronos.chronicle import Statement, chronicle
from chronos.errors import ChronosError, InvalidArgumentError
from chronos.phrases import Expression, parse
from chronos.text import Mention, extract, write_timeml

__all__ = ["main", "read_statement", "HEADERS", "STATEMENT_SUFFIXES", "JSONL_SUFFIXES"]

#: Seconds of work before the progress bar shows (on a terminal, with chronos[progress]).
PROGRESS_DELAY = 1.0
#: The exit statuses (the module docstring).
INPUT_ERROR, USAGE_ERROR, INTERNAL_ERROR, BROKEN_PIPE = 1, 2, 70, 141

PROG = "chronos"

_EXAMPLES = {
    "chronos": """examples:
  chronos chronicle statement.txt                  the chronology as a text table
  chronos chronicle statements/ --format md        a folder of statements, as Markdown
  chronos chronicle archive.jsonl -j 4 -o out.html an archive, 4 processes
  chronos chronicle - --published 2024-10-25 < statement.txt
  chronos parse "ahead of the February 8 elections" --reference 2024-10-25 --tense past
  chronos extract statement.txt --dct 2024-10-25 --format timeml
  chronos evaluate gold/*.tml
  chronos explain statement.txt sentencing

Run "chronos COMMAND --help" for the options of each command.""",
    "chronicle": """A statement file is UTF-8 text. It may start with header lines
("published: 2024-10-25", "source: Party spokesperson", "title: …", "id: …", and
"event: ID = words" lines giving the event those words name an id shared with other
statements), ended by the first line that is not one; a blank line after them is
dropped. --published gives (or overrides) the publication date of every statement read.
A folder contributes its .txt and .md files, in the order of their names; a .jsonl file
one statement per line ({"id": …, "published": …, "source": …, "title": …, "events":
{ID: words, …}, "text": …}). On a terminal, work
that takes more than a second shows a progress bar (with chronos[progress]).

examples:
  chronos chronicle statement.txt
  chronos chronicle statement.txt --format csv -o chronology.csv
  chronos chronicle statements/ -o timeline.html     the format from the suffix
  chronos chronicle archive.jsonl --jobs 4 -o chronology.json
  chronos chronicle - --published 2024-10-25 --format md < statement.txt""",
    "parse": """examples:
  chronos parse "since August 2023" --reference 2024-10-25
  chronos parse "ahead of February 8" --reference 2024-10-25 --tense past
  chronos parse "two days after the letter" --reference 2024-10-25 --format json""",
    "extract": """Every temporal expression of a text, resolved against the document date
(--dct). tsv: one line per expression (start, end, text, type, value, mod, signal,
tense, sentence); json: a list of objects with the same keys; timeml: the text with
TIMEX3 tags.

examples:
  chronos extract statement.txt --dct 2024-10-25
  chronos extract statement.txt --dct 2024-10-25 --format timeml > statement.tml
  chronos extract - --dct 2024-10-25 --format json < statement.txt""",
    "evaluate": """Scores chronos's extraction with the TempEval-3 measures on TimeML (.tml) or
JSON-lines gold files, as "python -m chronos.evaluate" does.

examples:
  chronos evaluate gold/*.tml
  chronos evaluate gold.jsonl --classes 10 --errors errors.tsv""",
    "explain": """Chronicles the statements (as "chronos chronicle" does) and prints why the
event's earliest and latest dates are what they are: the claims and assumptions behind
each bound.

examples:
  chronos explain statement.txt sentencing
  chronos explain statements/ "bridge opening" --published 2025-03-12""",
}

_TSV_COLUMNS = ("start", "end", "text", "type", "value", "mod", "signal", "tense", "sentence")


def _jobs(value: str) -> int:
    """A number of processes: a whole number, 1 or more."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return jobs


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error reported in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _date(value: str) -> date | datetime:
    """A date from the command line: an ISO date or a naive ISO date-time."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO date (expected e.g. 2024-10-25)"
        ) from None
    if moment.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"{value!r} has a time zone; give the local time")
    return moment


def _read_text(path: str) -> str:
    """The UTF-8 text of ``path`` (``-``: standard input)."""
    if path == "-":
        return sys.stdin.read()
    return read_text(Path(path))


def _statements(source: str, published: date | datetime | None) -> list[Statement]:
    """The statements of a file, a folder, a JSON-lines file or standard input."""
    if source == "-":
        return [read_statement(sys.stdin.read(), name="stdin", published=published)]
    return read_statements(source, published=published)


@contextlib.contextmanager
def _progress_bar(what: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for work past a second, with the extra ``progress`` (tqdm).

    None, and nothing shown, when stderr is not a terminal or tqdm is not installed.
    """
    if not sys.stderr.isatty():
        yield None
        return
    try:
        tqdm: Any = importlib.import_module("tqdm").tqdm
    except ImportError:
        yield None
        return
    bar: Any = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(
                total=total,
                desc=what,
                unit=" statements",
                delay=PROGRESS_DELAY,
                leave=False,
                file=sys.stderr,
                dynamic_ncols=True,
            )
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


def _chronicle(args: argparse.Namespace) -> None:
    statements = _statements(args.source, args.published)
    with _progress_bar("reading") as progress:
        timeline = chronicle_archive(statements, jobs=args.jobs, progress=progress)
    if args.output is not None:
        with _plot_extra("-o", args.output):
            render.write(timeline, args.output, format=args.format)
    else:
        _out(render.FORMATS[args.format or "text"](timeline))
    if args.plot is not None:
        with _plot_extra("--plot", args.plot):
            render.plot(timeline, args.plot)


@contextlib.contextmanager
def _plot_extra(option: str, path: Path) -> Iterator[None]:
    """A plot asked for without matplotlib installed: refused, naming the extra."""
    try:
        yield
    except ImportError:
        raise InvalidArgumentError(
            option, str(path), "a plot needs matplotlib: pip install 'chronos[plot]'"
        ) from None


def _expression_lines(e: Expression, indent: str = "") -> list[str]:
    fields: list[tuple[str, object]] = [
        ("relation", None if e.relation is None else e.relation.name),
        ("span", e.span),
        ("duration", e.duration),
        ("offset", e.offset),
        ("anchor", e.anchor_event),
        ("timex", e.timex),
    ]
    lines = [f"{indent}{key + ':':11s} {value}" for key, value in fields if value is not None]
    lines += [f"{indent}{'assumes:':11s} {a.text}" for a in e.assumptions]
    for alternative in e.alternatives:
        lines.append(f"{indent}or:")
        lines += _expression_lines(alternative, indent + "  ")
    return lines


def _expression_json(e: Expression) -> dict[str, object]:
    def text(value: object) -> str | None:
        return None if value is None else str(value)

    return {
        "text": e.text,
        "relation": None if e.relation is None else e.relation.name,
        "span": text(e.span),
        "duration": text(e.duration),
        "offset": text(e.offset),
        "anchor": e.anchor_event,
        "timex": None
        if e.timex is None
        else {"type": e.timex.type, "value": e.timex.value, "mod": e.timex.mod},
        "assumptions": [{"kind": a.kind, "text": a.text} for a in e.assumptions],
        "alternatives": [_expression_json(a) for a in e.alternatives],
    }


def _parse(args: argparse.Namespace) -> None:
    expression = parse(args.phrase, reference=args.reference, tense=args.tense)
    if args.format == "json":
        _out(json.dumps(_expression_json(expression), ensure_ascii=False, indent=2))
    else:
        _out("\n".join(_expression_lines(expression)))


def _row(m: Mention) -> dict[str, object]:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.timex.type,
        "value": m.timex.value,
        "mod": m.timex.mod,
        "signal": m.signal,
        "tense": None if m.tense is None else m.tense.name.lower(),
        "sentence": m.sentence,
    }


def _extract(args: argparse.Namespace) -> None:
    name = "stdin" if args.file == "-" else Path(args.file).stem
    text = read_statement(_read_text(args.file), name=name, published=args.dct).text
    mentions = extract(text, dct=args.dct)
    if args.format == "json":
        _out(json.dumps([_row(m) for m in mentions], ensure_ascii=False, indent=2))
    elif args.format == "timeml":
        doc_id = None if args.file == "-" else Path(args.file).stem
        dct = args.dct.date() if isinstance(args.dct, datetime) else args.dct
        _out(write_timeml(text, mentions, dct=dct, doc_id=doc_id))
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        writer.writerow(_TSV_COLUMNS)
        for m in mentions:
            row = _row(m)
            writer.writerow(["" if row[c] is None else row[c] for c in _TSV_COLUMNS])
        _out(buffer.getvalue())


def _explain(args: argparse.Namespace) -> None:
    timeline = chronicle(_statements(args.source, args.published))
    names = [event.name for event in timeline.ordered()]
    if args.event not in names:
        listed = "; ".join(names)
        raise InvalidArgumentError(
            "EVENT", args.event, f"is not an event of this chronology; its events: {listed}"
        )
    _out(str(timeline.explain(args.event)))


def _evaluate(args: argparse.Namespace) -> None:
    evaluate.run(args)


def _parser() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    raw = argparse.RawDescriptionHelpFormatter
    top = _Parser(
        prog=PROG,
        description="Turn press statements into chronologies.",
        epilog=_EXAMPLES["chronos"],
        formatter_class=raw,
    )
    top.add_argument("--debug", action="store_true", help="show the traceback of an error")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, summary: str, run: Callable[[argparse.Namespace], None]) -> _Parser:
        sub: _Parser = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=_EXAMPLES[name],
            formatter_class=raw,
            parents=[common],
        )
        sub.set_defaults(run=run)
        return sub

    published = "the publication date of the statements (YYYY-MM-DD); wins over their header"
    sub = command("chronicle", "print the chronology of press statements", _chronicle)
    sub.add_argument(
        "source", metavar="FILE|DIR|-", help="a statement, a folder or .jsonl file of them, or -"
    )
    sub.add_argument("--published", type=_date, metavar="DATE", help=published)
    sub.add_argument(
        "--format",
        choices=list(render.FORMATS),
        help="the output format (default: text, or the one the suffix of -o names)",
    )
    sub.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT")
    sub.add_argument(
        "--plot", type=Path, metavar="OUT.png", help="also draw it (needs chronos[plot])"
    )
    sub.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="read the statements in N local processes (default: 1, this one)",
    )

    sub = command("parse", "resolve one temporal phrase against a reference date", _parse)
    sub.add_argument("phrase", metavar="PHRASE", help="the phrase, quoted")
    sub.add_argument("--reference", type=_date, required=True, metavar="DATE", help="its date")
    sub.add_argument(
        "--tense", choices=["past", "present", "future"], help="the tense of its clause"
    )
    sub.add_argument("--format", choices=["text", "json"], default="text", help="output")

    sub = command("extract", "find and resolve the temporal expressions of a text", _extract)
    sub.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    sub.add_argument("--dct", type=_date, required=True, metavar="DATE", help="document date")
    sub.add_argument("--format", choices=["tsv", "json", "timeml"], default="tsv")

    sub = command("evaluate", "score the extraction on TimeML or JSONL gold files", _evaluate)
    evaluate.add_arguments(sub)

    sub = command("explain", "why an event of the chronology is dated as it is", _explain)
    sub.add_argument("source", metavar="FILE|DIR|-", help="a statement, a folder of them, or -")
    sub.add_argument("event", metavar="EVENT", help="the event's name in the chronology")
    sub.add_argument("--published", type=_date, metavar="DATE", help=published)
    return top


def _one_line(exc: BaseException) -> str:
    """The message of ``exc`` in one line: a caret display (ParseError) is left out, its
    suggestion kept."""
    lines = str(exc).splitlines() or [type(exc).__name__]
    return "; ".join([lines[0], *(line for line in lines[1:] if line and not line[0].isspace())])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``chronos`` command on ``argv`` (``sys.argv[1:]`` if None); the exit status."""
    args = _parser().parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    try:
        args.run(args)
    except BrokenPipeError:
        # The reader has gone (| head): nothing more can be written, so stop quietly and
        # keep Python from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
    except ChronosError as exc:
        if debug:
            traceback.print_exc()
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return INPUT_ERROR
    except OSError as exc:
        if debug:
            traceback.print_exc()
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return INPUT_ERROR
    except Exception as exc:
        if debug:
            traceback.print_exc()
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {_one_line(exc)} "
            "(run with --debug for the traceback)",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    return 0
