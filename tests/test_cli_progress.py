"""``chronos chronicle``'s progress bar, on a real pseudo-terminal, and ``--jobs N``.

The command runs in a subprocess whose stderr is the slave side of ``os.openpty()``, as in a
terminal; what it draws is read from the master side. The bar is tqdm's (the optional extra
``progress``), shown for work past a second, and never when stderr is not a terminal or
tqdm cannot be imported.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytest.importorskip("tqdm", reason="the optional extra progress")

PLACES = ["Arden", "Belmont", "Corvale", "Dunmore", "Eastwick", "Fairholm"]


#: Sentences of the archives: the first costs reading and holds no event (so that the
#: merge and solve after it are instant); the second tells events that merge across
#: statements and conflict ("the station" closed on another day in each).
WEATHER = (
    "Rain and wind in {place} on {day} May, with cool air along the coast, "
    "clear skies inland by evening and light showers over the hills {k}."
)
STATIONS = "The station in {place} closed on {day} May and reopened on {next} May."


def _archive(path: Path, count: int, sentence: str = WEATHER) -> Path:
    """A JSON-lines archive of ``count`` statements of a dozen sentences each."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            place = PLACES[n % len(PLACES)]
            day = 1 + n % 27
            text = " ".join(
                sentence.format(place=place, day=day, next=day + 1, k=k) for k in range(12)
            )
            record = {"id": f"s{n}", "published": "2025-06-02", "text": text}
            out.write(json.dumps(record) + "\n")
    return path


def _code(block: str | None) -> str:
    blocked = f"sys.modules[{block!r}] = None\n" if block else ""
    return f"import sys\n{blocked}from chronos.cli import main\nsys.exit(main(sys.argv[1:]))"


def _on_terminal(args: list[str], block: str | None = None) -> tuple[int, str]:
    """Run ``chronos ARGS`` with stderr on a pseudo-terminal: its status, and all it drew."""
    master, slave = os.openpty()
    # a terminal window of 24 lines of 80 columns (a new pseudo-terminal has none: 0 × 0)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-c", _code(block), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    drawn = b""
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the last holder of the slave side has gone
                break
            if not data:
                break
            drawn += data
    finally:
        os.close(master)
    return process.wait(timeout=60), drawn.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def long_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _archive(tmp_path_factory.mktemp("archive") / "wire.jsonl", 500)


@pytest.mark.slow
def test_a_terminal_shows_a_bar_for_work_past_a_second(long_archive: Path, tmp_path: Path) -> None:
    """On a terminal, a chronicle that takes seconds draws tqdm's bar, counting the statements
    read, and wipes it when done; the chronology still goes to its file."""
    out = tmp_path / "out.md"
    started = time.monotonic()
    status, drawn = _on_terminal(["chronicle", str(long_archive), "-o", str(out)])
    assert status == 0, drawn
    assert time.monotonic() - started > 1.5  # the work is long enough for the bar to show
    counts = [int(n) for n in re.findall(r"reading: +\d+%\|[^|]*\| (\d+)/500 \[", drawn)]
    assert counts, drawn
    assert counts == sorted(counts)
    assert "statements/s]" in drawn
    assert re.search(r"\r {20,}\r$", drawn), drawn  # the bar is wiped when the work is done
    assert out.read_text(encoding="utf-8").startswith("# Chronology as of 2 June 2025")


@pytest.mark.slow
def test_piped_stderr_shows_nothing(long_archive: Path, tmp_path: Path) -> None:
    """The same work with stderr piped (not a terminal): stderr stays empty."""
    out = tmp_path / "out.md"
    done = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-c", _code(None), "chronicle", str(long_archive), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert out.exists()


@pytest.mark.slow
def test_without_tqdm_a_terminal_shows_nothing(long_archive: Path, tmp_path: Path) -> None:
    """Where tqdm cannot be imported (the extra is missing), the terminal gets nothing and
    the command does its work."""
    out = tmp_path / "out.md"
    status, drawn = _on_terminal(["chronicle", str(long_archive), "-o", str(out)], block="tqdm")
    assert (status, drawn) == (0, "")
    assert out.exists()


def test_work_under_a_second_draws_nothing(tmp_path: Path) -> None:
    """A statement read in a blink leaves the terminal untouched."""
    status, drawn = _on_terminal(["chronicle", str(_archive(tmp_path / "one.jsonl", 1))])
    assert (status, drawn) == (0, "")


def test_jobs_prints_what_one_process_prints(tmp_path: Path) -> None:
    """--jobs 2 reads in two processes; every format prints the same bytes as --jobs 1."""
    archive = _archive(tmp_path / "wire.jsonl", 24, STATIONS)
    outputs = {}
    for jobs in ("1", "2"):
        done = subprocess.run(  # noqa: S603 - our own command
            [
                sys.executable,
                "-m",
                "chronos",
                "chronicle",
                str(archive),
                "-j",
                jobs,
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        outputs[jobs] = done.stdout
    assert outputs["1"] == outputs["2"]
    chronology = json.loads(outputs["1"])
    assert len(chronology["events"]) > 24
    assert chronology["conflicts"]  # the merge across statements mattered


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_number_of_processes(value: str) -> None:
    done = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "chronos", "chronicle", "x.txt", "--jobs", value],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert f"argument -j/--jobs: {value!r} is not a number of processes (1 or more)" in done.stderr
