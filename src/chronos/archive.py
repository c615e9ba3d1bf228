"""Archives of statements: statement files read, then chronicled in processes or on Dask.

An archive is an embarrassingly parallel reading of each statement (its temporal
expressions, events, anchors and links) followed by one merge and solve.
``chronicle_archive(source)`` reads a folder of statement files, a JSON-lines file of
statements, one statement file, or a list of any of them or of :class:`~chronos.Statement`
values, and returns the same :class:`~chronos.Timeline` as ``chronicle`` of those
statements — read in this process (the default), in ``jobs`` local processes, or on a
``dask.distributed`` cluster (``client=``, the optional extra ``dask``); the merge and the
solve always run here (docs/scaling.md).

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("published: 2025-03-10\\n\\nFerries resumed on 7 March.\\n")
>>> [e.name for e in chronicle_archive(folder).ordered()]
['Ferries resumed', 'statement a']
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from chronos.chronicle import Statement, chronicle
from chronos.errors import InvalidArgumentError
from chronos.timeline import Timeline

__all__ = [
    "chronicle_archive",
    "read_statements",
    "read_statement",
    "HEADERS",
    "STATEMENT_SUFFIXES",
    "JSONL_SUFFIXES",
]

#: The header lines a statement file may start with, by their key (any case); ``event``
#: lines (``event: ID = words``) may repeat, one shared event id each.
HEADERS: Final = ("published", "source", "title", "id", "event")
#: The files a folder contributes, by suffix: one statement each.
STATEMENT_SUFFIXES: Final = (".txt", ".md")
#: JSON-lines files: one statement per line, a JSON object (docs/scaling.md).
JSONL_SUFFIXES: Final = (".jsonl", ".ndjson")
#: The keys a JSON-lines statement may have; ``text`` is required.
_JSON_KEYS: Final = frozenset({"text", "events", *HEADERS} - {"event"})
#: Statements sent to a worker at once, at least and at most: fewer round trips, still a
#: balanced load (about eight chunks per process or thread between the two).
_CHUNK: Final = (16, 256)

Progress = Callable[[int, int], object]


def read_statement(
    text: str,
    *,
    name: str,
    published: date | datetime | str | None = None,
    where: str | None = None,
) -> Statement:
    """The :class:`~chronos.Statement` a statement file holds (its header lines read off).

    ``name`` is the file's id unless an ``id:`` header gives one; ``published`` (the
    ``--published`` option) gives the date when the file has none, and wins over it.
    ``event: ID = words`` lines give shared event ids (:attr:`~chronos.Statement.events`),
    one a line; a malformed one is refused, naming ``where`` (the file, by default
    ``name``) and the line.

    >>> s = read_statement("published: 2024-10-25\\nsource: Party\\n\\nHeld since May.", name="a")
    >>> s
    Statement('Held since May.', published=datetime.date(2024, 10, 25), source='Party', id='a')
    >>> read_statement("published: 2025-09-15\\nevent: opening = tunnel\\n\\nThe tunnel opened.",
    ...                name="a").events
    (('opening', 'tunnel'),)
    >>> read_statement("Held since May.", name="b.txt")
    Traceback (most recent call last):
    chronos.errors.InvalidArgumentError: published=None: b.txt has no publication date; ...
    """
    where = name if where is None else where
    headers: dict[str, str] = {}
    events: list[tuple[str, str, int]] = []  # (id, words, line number)
    lines = text.splitlines(keepends=True)
    taken = 0
    for line in lines:
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if colon and key == "event":
            events.append((*_event_line(value, f"{where}:{taken + 1}"), taken + 1))
            taken += 1
            continue
        if not colon or key not in HEADERS or key in headers or not value.strip():
            break
        headers[key] = value.strip()
        taken += 1
    body = "".join(lines[taken:])
    if taken and body.startswith(("\r\n", "\n")):
        body = body.split("\n", 1)[1]
    when = published if published is not None else headers.get("published")
    if when is None:
        raise InvalidArgumentError(
            "published",
            None,
            f"{name} has no publication date; start it with a line "
            "'published: 2024-10-25' or pass --published",
        )
    seen: set[str] = set()
    for key, words, number in events:
        if key in seen:
            raise InvalidArgumentError(
                "FILE", f"{where}:{number}", f"repeats the event id {key!r} of an earlier line"
            )
        if words not in body:
            raise InvalidArgumentError(
                "FILE",
                f"{where}:{number}",
                f"the words {words!r} of event {key!r} are not in the statement's text",
            )
        seen.add(key)
    return Statement(
        body,
        published=when,
        source=headers.get("source"),
        title=headers.get("title"),
        id=headers.get("id", name),
        events={key: words for key, words, _ in events},
    )


def _event_line(value: str, where: str) -> tuple[str, str]:
    """The shared id and the words of an ``event: ID = words`` header line."""
    key, equals, words = value.partition("=")
    key, words = key.strip(), words.strip()
    if not equals or not key or not words:
        raise InvalidArgumentError(
            "FILE",
            where,
            f"is not an event line 'event: ID = words' (got {'event:' + value.rstrip()!r})",
        )
    return key, words


def read_text(path: Path) -> str:
    """The UTF-8 text of a file (a byte order mark at its start dropped)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidArgumentError("FILE", str(path), "is not UTF-8 text") from None
    except IsADirectoryError:
        raise InvalidArgumentError("FILE", str(path), "is a folder; give a file") from None
    except OSError as exc:
        raise InvalidArgumentError("FILE", str(path), f"cannot be read ({exc.strerror})") from None


def read_statements(
    source: object, *, published: date | datetime | str | None = None
) -> list[Statement]:
    """The statements of a folder, a JSON-lines file, a statement file, or a list of them.

    A folder gives its ``.txt`` and ``.md`` files in the order of their names (not its
    subfolders); a ``.jsonl`` file one statement per line, an object with ``text`` and
    ``published`` and, optionally, ``id`` (by default the file's name and the line number,
    ``archive:3``), ``source``, ``title`` and ``events`` (an object of shared event ids to
    the words of the text naming them); any other file one statement, its header lines
    read off. A list may mix paths and :class:`~chronos.Statement` values. ``published``
    gives the date of every statement read from a file and wins over their own.
    """
    if isinstance(source, (str, Path)):
        return _from_path(Path(source), published)
    if isinstance(source, Statement):
        return [source]
    if isinstance(source, bytes) or not isinstance(source, Iterable):
        raise InvalidArgumentError(
            "source", source, "must be a folder, a file, or a list of paths and Statement values"
        )
    out: list[Statement] = []
    for item in source:
        if isinstance(item, Statement):
            out.append(item)
        elif isinstance(item, (str, Path)):
            out += _from_path(Path(item), published)
        else:
            raise InvalidArgumentError("source", item, "is neither a path nor a Statement")
    if not out:
        raise InvalidArgumentError("source", [], "holds no statement")
    return out


def _from_path(path: Path, published: date | datetime | str | None) -> list[Statement]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in STATEMENT_SUFFIXES)
        if not files:
            suffixes = " or ".join(STATEMENT_SUFFIXES)
            raise InvalidArgumentError("DIR", str(path), f"holds no statement ({suffixes} file)")
        return [
            read_statement(read_text(p), name=p.stem, published=published, where=str(p))
            for p in files
        ]
    if path.suffix in JSONL_SUFFIXES:
        return list(_json_lines(path, published))
    return [read_statement(read_text(path), name=path.stem, published=published, where=str(path))]


def _json_lines(path: Path, published: date | datetime | str | None) -> Iterator[Statement]:
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidArgumentError("FILE", where, f"is not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InvalidArgumentError("FILE", where, "is not an object with a 'text' string")
        unknown = sorted(set(record) - _JSON_KEYS)
        if unknown:
            known = ", ".join(sorted(_JSON_KEYS))
            wrong = f"has unknown keys {unknown} (known: {known})"
            raise InvalidArgumentError("FILE", where, wrong)
        when = published if published is not None else record.get("published")
        if when is None:
            raise InvalidArgumentError("FILE", where, "has no 'published' date")
        events = record.get("events")
        if events is not None and not isinstance(events, dict):
            wrong = "has 'events' that is not an object of event ids to the words naming them"
            raise InvalidArgumentError("FILE", where, wrong)
        try:
            yield Statement(
                record["text"],
                published=when,
                source=record.get("source"),
                title=record.get("title"),
                id=record.get("id", f"{path.stem}:{number}"),
                events=events,
            )
        except InvalidArgumentError as exc:
            reason = str(exc) if exc.argument == "events" else exc.reason
            raise InvalidArgumentError("FILE", where, reason) from None


def chronicle_archive(
    source: object,
    *,
    client: object = None,
    jobs: int = 1,
    published: date | datetime | str | None = None,
    progress: Progress | None = None,
) -> Timeline:
    """The chronology of an archive: ``chronicle(read_statements(source))``, read in parallel.

    ``jobs`` local processes read the statements (1: this process); ``client``, a
    ``dask.distributed.Client`` or the address of a Dask scheduler (the optional extra
    ``dask``), reads them on that cluster's workers instead. The events, merge and solve
    are built here from what the workers read, so the result equals ``chronicle`` of the
    same statements in one process. ``progress(done, total)`` is told of each statement
    read.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise InvalidArgumentError("jobs", jobs, "must be a whole number of processes, 1 or more")
    if client is not None and jobs != 1:
        raise InvalidArgumentError("jobs", jobs, "is for local processes; with a client, give 1")
    statements = read_statements(source, published=published)
    if client is not None:
        return _on_dask(statements, client, progress)
    if jobs == 1 or len(statements) == 1:
        return chronicle(statements, progress=progress)
    # spawn: a fresh interpreter per process, the same on every platform, and never a fork
    # of a process that runs threads (a Dask client, a progress bar)
    context = multiprocessing.get_context("spawn")
    chunk = _chunk(len(statements), jobs)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return chronicle(
            statements,
            progress=progress,
            map=lambda read, items: pool.map(read, items, chunksize=chunk),
        )


def _on_dask(statements: list[Statement], client: object, progress: Progress | None) -> Timeline:
    try:
        # by name: the optional extra is typed here as what it is, any module
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise InvalidArgumentError(
            "client",
            client,
            "a Dask cluster needs the optional extra dask: pip install 'chronos[dask]'",
        ) from None
    if isinstance(client, str):
        with distributed.Client(client) as connected:
            return _on_client(statements, connected, progress)
    if not isinstance(client, distributed.Client):
        raise InvalidArgumentError(
            "client", client, "must be a dask.distributed.Client or a scheduler's address"
        )
    return _on_client(statements, client, progress)


def _on_client(statements: list[Statement], client: Any, progress: Progress | None) -> Timeline:
    def dask_map(read: Callable[[Any], Any], items: list[Any]) -> Iterator[Any]:
        size = _chunk(len(items), max(1, sum(client.nthreads().values())))
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        futures = client.map(_read_chunk, [read] * len(chunks), chunks, pure=False)
        try:
            for future in futures:  # in order; each chunk as soon as it is read
                yield from future.result()
        finally:
            client.cancel(futures)

    return chronicle(statements, progress=progress, map=dask_map)


def _chunk(items: int, workers: int) -> int:
    """How many statements go to a worker at once: about eight chunks per worker."""
    low, high = _CHUNK
    return max(low, min(high, items // (8 * workers)))


def _read_chunk(read: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """A worker's task: ``read`` of each item (module-level, so that it travels by name)."""
    return [read(item) for item in items]
