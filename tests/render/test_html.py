"""The HTML timeline of the seed chronology, opened in a real headless Chromium.

Debian's ``chromium`` is driven by Playwright through its own executable (no browser is
downloaded). ``.ci/run`` installs chromium when it is missing, so in CI (``CI=true``) a
missing browser fails these tests; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api as playwright

from chronos import Timeline, render

#: The flags this closed network needs: nothing in the background may try to go out.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Debian's chromium; a failure in CI, a skip with the reason elsewhere."""
    path = shutil.which("chromium")
    if path is None:
        reason = (
            "Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[playwright.Browser]:
    """One headless Chromium for the module, with a fresh profile (Playwright's own)."""
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory, seed: Timeline) -> Path:
    """The seed chronology's HTML, written to a temporary folder."""
    path = tmp_path_factory.mktemp("html") / "chronology.html"
    path.write_text(render.html(seed), encoding="utf-8")
    return path


class Opened:
    """A page opened in the browser, with what it logged and asked for."""

    def __init__(self, browser: playwright.Browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def _console(self, message: playwright.ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")


@pytest.fixture
def opened(browser: playwright.Browser, page_file: Path) -> Iterator[Opened]:
    """The seed chronology's page, freshly opened."""
    view = Opened(browser, page_file)
    yield view
    view.context.close()


def test_loads_offline_without_errors(opened: Opened, page_file: Path) -> None:
    """No console error or warning, no script error, and no request but the page itself."""
    assert opened.errors == []
    assert opened.requests == [page_file.as_uri()]
    assert opened.page.title() == "Chronology as of 25 October 2024"


def test_one_bar_per_event_in_order(opened: Opened, table: render.Table) -> None:
    """One bar per event, top to bottom in the chronology's order, on the row of its label."""
    bars = opened.page.query_selector_all(".bar")
    assert len(bars) == len(table.rows) == 9
    tops = []
    for bar in bars:
        box = bar.bounding_box()
        assert box is not None
        assert box["width"] >= 4  # visible, even for one day
        tops.append((box["y"], int(bar.get_attribute("data-position") or 0)))
    assert [position for _, position in sorted(tops)] == list(range(1, 10))
    labels = opened.page.locator(".event-row .name").all_inner_texts()
    assert labels == [row.label for row in table.rows]


def test_bars_span_their_bounds(opened: Opened, table: render.Table) -> None:
    """The band runs from the earliest start to the latest end: the sentencing's band ends
    where the elections' band does (both over by the end of 8 February 2024), and only the
    imprisonment has a dark core, which starts where the conviction's band ends. (At the
    day zoom, where a day is wider than the least width a bar is given.)"""
    page = opened.page
    page.click("button[data-zoom='day']")

    def box(selector: str) -> dict[str, float]:
        found = page.locator(selector).bounding_box()
        assert found is not None
        return found

    sentencing, elections = box(".bar[data-position='3']"), box(".bar[data-position='4']")
    assert (
        abs((sentencing["x"] + sentencing["width"]) - (elections["x"] + elections["width"])) < 1.5
    )
    assert page.locator(".core").count() == 1
    core, conviction = box(".bar[data-position='2'] .core"), box(".bar[data-position='1']")
    assert abs(core["x"] - (conviction["x"] + conviction["width"])) < 1.5


def test_hover_shows_quote_sources_and_explanation(opened: Opened, table: render.Table) -> None:
    """Hovering a bar shows its quotes, sources and explanation; leaving hides them."""
    page = opened.page
    assert page.locator("#tip").is_hidden()
    for row in (table.rows[0], table.rows[1], table.rows[6]):
        page.hover(f".bar[data-position='{row.position}']")
        tip = page.locator("#tip")
        assert tip.is_visible()
        text = tip.inner_text()
        for quote in row.quotes:
            assert quote in text
        assert "Sources: " + "; ".join(row.sources) in text
        assert row.explanation.splitlines()[1].strip() in text
    page.mouse.move(5, 5)
    assert page.locator("#tip").is_hidden()


def test_click_pins_and_escape_closes(opened: Opened) -> None:
    """A click keeps an event's details open when the pointer leaves; Escape closes them."""
    page = opened.page
    page.click(".bar[data-position='4']")
    page.mouse.move(5, 5)
    assert "the vote of February 8" in page.locator("#tip").inner_text()
    page.keyboard.press("Escape")
    assert page.locator("#tip").is_hidden()


@pytest.mark.parametrize(
    ("zoom", "unit"),
    [
        ("year", "year"),  # a year is some hundreds of pixels: ticks name years
        ("month", "month"),  # ticks name months
        ("day", "day"),  # ticks name days
        ("fit", "month"),  # the whole chronology on screen: some fifteen months
    ],
)
def test_zoom(opened: Opened, zoom: str, unit: str) -> None:
    """Each zoom button sets the scale and the axis names its unit; bars keep their order."""
    page = opened.page
    page.click(f"button[data-zoom='{zoom}']")
    assert page.locator(".axis .ticks").get_attribute("data-unit") == unit
    assert page.locator(f"button[data-zoom='{zoom}']").get_attribute("aria-pressed") == "true"
    ticks = page.locator(".axis .tick").all_inner_texts()
    assert ticks
    if unit == "day":
        assert "8 Feb" in ticks
    if unit == "year":
        assert "2024" in ticks
    assert opened.errors == []


def test_zoom_widens_the_track(opened: Opened) -> None:
    """Days are wider than months, months wider than years."""
    page = opened.page
    widths = {}
    for zoom in ("year", "month", "day"):
        page.click(f"button[data-zoom='{zoom}']")
        box = page.locator(".bar[data-position='3']").bounding_box()
        assert box is not None
        widths[zoom] = box["width"]
    assert widths["year"] < widths["month"] < widths["day"]


def test_conflicts_listed(opened: Opened) -> None:
    """The conflict is on the page, with the claim set aside."""
    text = opened.page.locator(".conflicts").inner_text()
    assert "off by 182 days" in text
    assert "set aside: Toshakhana conviction during 2024-03 (a summary)" in text


def test_screenshot_is_not_blank(opened: Opened, tmp_path: Path) -> None:
    """A screenshot shows the bars: the band's and the core's colours are on it."""
    from PIL import Image

    shot = tmp_path / "timeline.png"
    opened.page.screenshot(path=str(shot), full_page=True)
    with Image.open(shot) as image:
        pixels = image.convert("RGB")
        colours = {colour for _, colour in pixels.getcolors(maxcolors=1 << 20) or []}
    assert len(colours) > 50
    assert (0x1F, 0x4E, 0x79) in colours  # the dark core
    assert (0xB8, 0xCD, 0xE4) in colours  # the light band


def test_page_is_self_contained(seed: Timeline) -> None:
    """Nothing in the page points outside it, and its policy forbids loading anything."""
    page = render.html(seed)
    assert re.search(r"(?:src|href)\s*=", page) is None
    assert "http://" not in page
    assert "https://" not in page
    assert "default-src 'none'" in page


def test_text_is_escaped() -> None:
    """Markup in a label or quote is shown as text, never run."""
    tl = Timeline(reference="2024-10-25")
    tl.add("<script>alert(1)</script>", when="in 2020", source="<b>a</b>")
    page = render.html(tl)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;a&lt;/b&gt;" in page


def _timeline(case: str) -> Timeline:
    """Small timelines at the edges of what a page must show."""
    tl = Timeline(reference="2024-10-25")
    if case == "undated":
        tl.add("nothing known")
    elif case == "hours":
        tl.add("briefing", when="2024-10-25T11:00/2024-10-25T12:30")
        tl.add("statement", when="2024-10-25T15:00", instant=True)
    elif case == "centuries":
        tl.add("founding", when="in 1066")
        tl.add("talks", when="in 2020")
    return tl


@pytest.mark.parametrize(
    ("case", "bars"),
    [
        ("empty", 0),  # no events: the axis and the reference only
        ("undated", 1),  # an event nothing bounds: a band over the whole view
        ("hours", 2),  # hours of one day, an instant among them
        ("centuries", 2),  # a thousand years: the axis names decades or more
    ],
)
def test_edge_timelines_load_cleanly(
    browser: playwright.Browser, tmp_path: Path, case: str, bars: int
) -> None:
    """Each page loads without errors, with its bars, at every zoom."""
    path = tmp_path / f"{case}.html"
    path.write_text(render.html(_timeline(case)), encoding="utf-8")
    view = Opened(browser, path)
    try:
        assert view.page.locator(".bar").count() == bars
        for zoom in ("year", "month", "day", "fit"):
            view.page.click(f"button[data-zoom='{zoom}']")
        assert view.errors == []
        if case == "centuries":
            assert view.page.locator(".axis .ticks").get_attribute("data-unit") == "decade"
    finally:
        view.context.close()
