"""The plot of the seed chronology, written as PNG and SVG and read back from the file."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from chronos import InvalidArgumentError, Span, Timeline, render

SVG = "{http://www.w3.org/2000/svg}text"


def texts(path: Path) -> list[str]:
    """Every text of an SVG file, in document order."""
    root = ET.parse(path).getroot()  # noqa: S314 - a file this test has just written
    return [t.text or "" for t in root.iter(SVG)]


class TestPng:
    """The PNG, opened with Pillow."""

    def test_bars_drawn(self, seed: Timeline, tmp_path: Path) -> None:
        """A picture tall enough for nine rows, with the band's and the core's colours."""
        path = render.plot(seed, tmp_path / "chronology.png")
        assert path == tmp_path / "chronology.png"
        with Image.open(path) as image:
            assert image.format == "PNG"
            width, height = image.size
            assert width >= 1000
            assert height >= 9 * 40
            colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1 << 20) or []}
        assert (0xB8, 0xCD, 0xE4) in colours  # the light band of the possible range
        assert (0x1F, 0x4E, 0x79) in colours  # the dark bar of the certain core


class TestSvg:
    """The SVG, parsed as XML: its labels are text."""

    def test_labels_in_order(self, seed: Timeline, table: render.Table, tmp_path: Path) -> None:
        """Every event's label and date in words, top to bottom, then the title and legend."""
        found = texts(render.plot(seed, tmp_path / "chronology.svg"))
        expected = [part for row in table.rows for part in (row.label, row.when)]
        start = found.index(expected[0])
        assert found[start : start + len(expected)] == expected
        assert "Chronology as of 25 October 2024" in found
        assert {"certainly going on", "possible range", "the reference"} <= set(found)
        assert "order among these not certain" in found

    def test_same_chronology_same_file(self, seed: Timeline, tmp_path: Path) -> None:
        """Two plots of one chronology are the same bytes: no date, no random ids."""
        a = render.plot(seed, tmp_path / "a.svg").read_bytes()
        b = render.plot(seed, tmp_path / "b.svg").read_bytes()
        assert a == b

    def test_title(self, seed: Timeline, tmp_path: Path) -> None:
        """``title`` replaces the default one."""
        found = texts(render.plot(seed, tmp_path / "t.svg", title="Khan: the record"))
        assert "Khan: the record" in found


class TestDateAxis:
    """The date axis names days, months, years or decades as the extent asks.

    Each row: two events at the ends of the extent, and tick labels the axis must show.
    """

    @pytest.mark.parametrize(
        ("first", "last", "ticks"),
        [
            (Span.day(2024, 2, 6), Span.day(2024, 2, 9), {"06", "07", "08", "09"}),  # days
            (Span.month(2024, 1), Span.month(2024, 3), {"Jan", "Feb", "Mar"}),  # months
            (Span.year(2019), Span.year(2022), {"2019", "2020", "2021", "2022"}),  # years
            (Span.year(1960), Span.year(2020), {"1960", "1980", "2000", "2020"}),  # decades
        ],
    )
    def test_ticks(self, first: Span, last: Span, ticks: set[str], tmp_path: Path) -> None:
        """The tick labels of a two-event chronology spanning the extent, published on the
        day the second event starts (the reference is shown too)."""
        assert last.start is not None
        tl = Timeline(reference=last.start)
        tl.add("first", when=first)
        tl.add("second", when=last)
        found = texts(render.plot(tl, tmp_path / "axis.svg"))
        ticks_shown = found[: found.index("first")]
        assert ticks <= set(ticks_shown)
        assert "order among these not certain" not in found  # two events, certainly ordered


class TestLarge:
    """A chronology too large to label is drawn in a bounded picture, rows unlabelled."""

    def test_unlabelled_past_the_limit(self, tmp_path: Path) -> None:
        """One event more than the labelled rows: the same height, no label, a count."""
        from chronos.render._plot import LABELLED

        tl = Timeline(reference="2024-10-25")
        for i in range(LABELLED + 1):
            tl.add(f"event {i}", when=Span.year(1900 + i % 120))
        found = texts(render.plot(tl, tmp_path / "large.svg"))
        assert f"{LABELLED + 1:,} events, first at the top (too many to label)" in found
        assert "event 0" not in found
        with Image.open(render.plot(tl, tmp_path / "large.png")) as image:
            assert image.size[1] <= (1.6 + 0.42 * LABELLED) * 120 + 1


class TestArguments:
    """Bad paths are refused before anything is drawn."""

    @pytest.mark.parametrize(
        "name",
        ["chronology.gif", "chronology", "chronology.png.txt"],  # not PNG or SVG; no suffix
    )
    def test_suffix(self, seed: Timeline, tmp_path: Path, name: str) -> None:
        """Only .png and .svg are written; the error names the path."""
        with pytest.raises(InvalidArgumentError, match="path"):
            render.plot(seed, tmp_path / name)
        assert not (tmp_path / name).exists()


def test_the_core_never_imports_matplotlib() -> None:
    """Importing chronos and rendering every text format loads no matplotlib."""
    code = (
        "import sys, chronos\n"
        "tl = chronos.Timeline(reference='2024-10-25')\n"
        "tl.add('talks', when='in 2020')\n"
        "for render in chronos.render.FORMATS.values(): render(tl)\n"
        "assert not any(m.startswith('matplotlib') for m in sys.modules), 'matplotlib loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code


def test_without_matplotlib_the_error_says_what_to_install(tmp_path: Path) -> None:
    """Where matplotlib cannot be imported, plot raises ImportError naming the extra."""
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None  # as if it were not installed\n"
        "import chronos\n"
        "tl = chronos.Timeline(reference='2024-10-25')\n"
        "tl.add('talks', when='in 2020')\n"
        "try:\n"
        f"    chronos.render.plot(tl, {str(tmp_path / 'p.png')!r})\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(  # noqa: S603 - fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "pip install 'chronos[plot]'" in done.stdout
    assert not (tmp_path / "p.png").exists()
