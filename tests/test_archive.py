"""``chronos.chronicle_archive``: folders and JSON-lines files of statements, read in local
processes or on a real Dask cluster (a ``LocalCluster`` on loopback), equal to ``chronicle``
in one process."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import chronos
from chronos import InvalidArgumentError, Statement, chronicle, chronicle_archive
from chronos.archive import read_statements

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive() -> list[Statement]:
    """120 generated statements: shared events merge across them, some conflict."""
    generate = runpy.run_path(str(ROOT / "examples/archive_dask.py"))["generate"]
    return list(generate(120, seed=7))


def _same(a: chronos.Timeline, b: chronos.Timeline) -> None:
    assert a.to_json() == b.to_json()
    assert [e.name for e in a.ordered()] == [e.name for e in b.ordered()]
    assert [str(c) for c in a.conflicts] == [str(c) for c in b.conflicts]


def test_the_generated_archive_merges_and_conflicts(archive: list[Statement]) -> None:
    """The archive the tests use is one where the merge matters."""
    tl = chronicle(archive)
    assert tl.conflicts
    assert any(len({m.statement for m in e.mentions}) > 1 for e in tl.events)


def test_local_processes_give_the_chronology_of_one(archive: list[Statement]) -> None:
    """jobs=2 reads in two spawned processes; the chronology equals chronicle()'s."""
    _same(chronicle_archive(archive, jobs=2), chronicle(archive))


def test_a_dask_cluster_gives_the_chronology_of_one(archive: list[Statement]) -> None:
    """On a LocalCluster on loopback (two in-process workers talking over TCP, so that every
    statement and reading is serialized), the chronology equals chronicle()'s, and progress
    is told of every statement."""
    distributed = pytest.importorskip("distributed", reason="the optional extra dask")
    calls: list[tuple[int, int]] = []
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        timeline = chronicle_archive(
            archive, client=client, progress=lambda d, t: calls.append((d, t))
        )
        by_address = chronicle_archive(archive[:10], client=cluster.scheduler_address)
    _same(timeline, chronicle(archive))
    _same(by_address, chronicle(archive[:10]))
    assert calls == [(n, 120) for n in range(121)]


def test_without_dask_a_client_is_refused_naming_the_extra() -> None:
    """Where dask.distributed cannot be imported, a scheduler address is refused with an
    InvalidArgumentError that names the extra (the interpreter is made unable to import it,
    as where it is not installed)."""
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "import chronos\n"
        "s = chronos.Statement('Talks resumed on 3 May.', published='2025-05-06', id='a')\n"
        "try:\n"
        "    chronos.chronicle_archive([s], client='tcp://127.0.0.1:8786')\n"
        "except chronos.InvalidArgumentError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(  # noqa: S603 - fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout == (
        "InvalidArgumentError client='tcp://127.0.0.1:8786': a Dask cluster needs the "
        "optional extra dask: pip install 'chronos[dask]'\n"
    )


def test_a_folder_a_jsonl_file_and_a_list_read_the_same(tmp_path: Path) -> None:
    """The same two statements as a folder of files, as JSON lines, and as a mixed list."""
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "published: 2025-03-10\nsource: Operator\n\nThe ferry resumed on 7 March.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "published: 2025-03-11\n\nThe ferry resumed on 8 March.\n", encoding="utf-8"
    )
    (folder / "notes.csv").write_text("not a statement", encoding="utf-8")
    lines = tmp_path / "archive.jsonl"
    records = [
        {"id": "a", "published": "2025-03-10", "source": "Operator", "text": "The ferry "},
        {"id": "b", "published": "2025-03-11", "text": "The ferry "},
    ]
    records[0]["text"] += "resumed on 7 March.\n"
    records[1]["text"] += "resumed on 8 March.\n"
    lines.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    from_folder = read_statements(folder)
    assert [(s.id, s.source) for s in from_folder] == [("a", "Operator"), ("b", None)]
    assert read_statements(lines) == from_folder
    assert read_statements([folder / "a.txt", from_folder[1]]) == from_folder
    _same(chronicle_archive(lines), chronicle(from_folder))
    _same(chronicle_archive(str(folder), jobs=2), chronicle(from_folder))


def test_jsonl_ids_default_to_the_file_and_line(tmp_path: Path) -> None:
    """A JSON-lines statement without an id is named by its file and line number."""
    lines = tmp_path / "wire.jsonl"
    lines.write_text(
        '{"published": "2025-01-02", "text": "Talks resumed."}\n\n'
        '{"published": "2025-01-03", "text": "Talks stalled."}\n',
        encoding="utf-8",
    )
    assert [s.id for s in read_statements(lines)] == ["wire:1", "wire:3"]
    assert [s.id for s in read_statements(lines, published="2025-02-01")] == ["wire:1", "wire:3"]
    assert {s.published for s in read_statements(lines, published="2025-02-01")} == {
        chronos.Span.day(2025, 2, 1).start.date()
    }


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # not JSON at all
        ("published: 2025-01-02", "is not JSON"),
        # JSON, but not an object with a text
        ('["Talks resumed."]', "is not an object with a 'text' string"),
        ('{"published": "2025-01-02", "text": 3}', "is not an object with a 'text' string"),
        # a key the format does not have (a misspelt one would be lost silently)
        ('{"published": "2025-01-02", "text": "a", "date": "x"}', "has unknown keys ['date']"),
        # no date
        ('{"text": "Talks resumed."}', "has no 'published' date"),
        # a date that is not one
        ('{"published": "last week", "text": "a"}', "is not an ISO date"),
    ],
)
def test_a_bad_jsonl_line_is_refused_with_its_place(tmp_path: Path, line: str, words: str) -> None:
    lines = tmp_path / "wire.jsonl"
    lines.write_text('{"published": "2025-01-02", "text": "a"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InvalidArgumentError) as caught:
        read_statements(lines)
    assert caught.value.argument == "FILE"
    assert str(caught.value).startswith(f"FILE='{lines}:2': ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("options", "argument", "words"),
    [
        # processes are counted from 1
        ({"jobs": 0}, "jobs", "1 or more"),
        ({"jobs": 2.5}, "jobs", "1 or more"),
        ({"jobs": True}, "jobs", "1 or more"),
        # local processes and a cluster are two ways to read; one at a time
        ({"jobs": 2, "client": "tcp://127.0.0.1:1"}, "jobs", "with a client, give 1"),
        # a client that is not one
        ({"client": 8786}, "client", "must be a dask.distributed.Client"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], argument: str, words: str) -> None:
    s = Statement("Talks resumed on 3 May.", published="2025-05-06", id="a")
    with pytest.raises(InvalidArgumentError) as caught:
        chronicle_archive([s], **options)  # type: ignore[arg-type]
    assert caught.value.argument == argument
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("source", "words"),
    [
        # neither a path nor statements
        (42, "must be a folder, a file, or a list"),
        (b"archive.jsonl", "must be a folder, a file, or a list"),
        ([Statement("a", published="2025-01-01"), 3], "is neither a path nor a Statement"),
        ([], "holds no statement"),
    ],
)
def test_a_source_that_is_not_one_is_refused(source: object, words: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        read_statements(source)
    assert caught.value.argument == "source"
    assert words in str(caught.value)


# Two statements that name one event in different words; the shared id says it is one.
PORT = "The harbour tunnel was opened on Friday, the port authority said."
CITY = "The new crossing was inaugurated on 10 September, the council said."


def _shared_id_files(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "a-port.txt").write_text(
        "published: 2025-09-15\nsource: Port authority\n"
        f"event: tunnel-opening = The harbour tunnel\n\n{PORT}",
        encoding="utf-8",
    )
    (folder / "b-city.txt").write_text(
        "published: 2025-09-16\nsource: City council\n"
        f"Event:  tunnel-opening =  The new crossing \n\n{CITY}",
        encoding="utf-8",
    )
    lines = tmp_path / "wire.jsonl"
    records = [
        {"id": "a-port", "published": "2025-09-15", "source": "Port authority", "text": PORT,
         "events": {"tunnel-opening": "The harbour tunnel"}},
        {"id": "b-city", "published": "2025-09-16", "source": "City council", "text": CITY,
         "events": {"tunnel-opening": "The new crossing"}},
    ]  # fmt: skip
    lines.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder, lines


def test_shared_event_ids_are_read_from_header_lines_and_jsonl(tmp_path: Path) -> None:
    """An ``event: ID = words`` header line (any case, spaces around the parts dropped) and
    a JSON-lines ``events`` object give the same statements as ``Statement(events=...)``,
    and chronicle_archive merges the event they name across the two statements."""
    folder, lines = _shared_id_files(tmp_path)
    expected = [
        Statement(PORT, published="2025-09-15", source="Port authority", id="a-port",
                  events={"tunnel-opening": "The harbour tunnel"}),
        Statement(CITY, published="2025-09-16", source="City council", id="b-city",
                  events={"tunnel-opening": "The new crossing"}),
    ]  # fmt: skip
    assert read_statements(folder) == expected
    assert read_statements(lines) == expected
    for source in (folder, lines):
        tl = chronicle_archive(source)
        (tunnel,) = [e for e in tl.events if e.id == "tunnel-opening"]
        assert [(m.statement, m.quote) for m in tunnel.mentions] == [
            ("a-port", "opened"),
            ("b-city", "inaugurated"),
        ]
        assert len(tl.conflicts) == 1  # Friday 12 September against 10 September
    # without the ids, the two stay apart and nothing conflicts
    plain = chronicle_archive([Statement(s.text, published=s.published, id=s.id) for s in expected])
    assert not any(e.id == "tunnel-opening" for e in plain.events)
    assert not plain.conflicts


BAD_EVENT_LINES = [
    # no '=' between the id and the words
    ("event: tunnel-opening The harbour tunnel", 2, "is not an event line 'event: ID = words'"),
    # an id without words
    ("event: tunnel-opening =", 2, "is not an event line"),
    # words without an id
    ("event: = The harbour tunnel", 2, "is not an event line"),
    # words the text does not hold (the id is right, the words are misspelt)
    ("event: tunnel-opening = The harbor tunnel", 2, "the words 'The harbor tunnel' of event"),
    # one id twice: the second line is the one named
    ("event: t = tunnel\nevent: t = opened", 3, "repeats the event id 't'"),
]


@pytest.mark.parametrize(("line", "number", "words"), BAD_EVENT_LINES)
def test_a_bad_event_line_is_refused_with_its_file_and_line(
    tmp_path: Path, line: str, number: int, words: str
) -> None:
    path = tmp_path / "port.txt"
    path.write_text(f"published: 2025-09-15\n{line}\n\n{PORT}\n", encoding="utf-8")
    with pytest.raises(InvalidArgumentError) as caught:
        chronicle_archive(path)
    assert caught.value.argument == "FILE"
    assert str(caught.value).startswith(f"FILE='{path}:{number}': ")
    assert words in str(caught.value)


BAD_EVENTS_OBJECTS = [
    # a list, not an object of ids to words
    ('["tunnel-opening"]', "has 'events' that is not an object"),
    # words the text does not hold
    ('{"tunnel-opening": "The bridge"}', "the words of event 'tunnel-opening' are not in"),
    # words that are not a string
    ('{"tunnel-opening": 3}', "the words of an event must be a non-empty str"),
    # an empty id
    ('{"": "The harbour tunnel"}', "an event id must be a non-empty str"),
]


@pytest.mark.parametrize(("events", "words"), BAD_EVENTS_OBJECTS)
def test_a_bad_events_object_is_refused_with_its_file_and_line(
    tmp_path: Path, events: str, words: str
) -> None:
    lines = tmp_path / "wire.jsonl"
    good = json.dumps({"published": "2025-09-15", "text": PORT})
    bad = f'{{"published": "2025-09-15", "events": {events}, "text": {json.dumps(PORT)}}}'
    lines.write_text(f"{good}\n{bad}\n", encoding="utf-8")
    with pytest.raises(InvalidArgumentError) as caught:
        chronicle_archive(lines)
    assert str(caught.value).startswith(f"FILE='{lines}:2': ")
    assert words in str(caught.value)
