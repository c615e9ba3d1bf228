"""The seed briefing as an interactive HTML timeline, written to a temporary folder.

Runs the command the README gives,
``chronos chronicle examples/statements/seed_briefing.txt -o seed.html``, through
``chronos.cli.main``: one self-contained page (no network, no CDN) with a row per event,
a dark bar for the time the event certainly covers and a light band for its possible range,
zoom by year, month and day, and each event's quotes, sources and explanation on hover or
click. The page is then read back with the standard library's HTML parser, to list the
rows it shows, top to bottom. Open it in any browser to see it.

Run: python examples/html_timeline.py [FOLDER]
(the page is written to FOLDER, or to a temporary folder that is removed afterwards).
"""

from __future__ import annotations

import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from chronos.cli import main as chronos

STATEMENT = Path(__file__).resolve().parent / "statements" / "seed_briefing.txt"


class Rows(HTMLParser):
    """The event names of the page's rows, in the order they are drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._in_name = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_name = tag == "span" and ("class", "name") in attrs

    def handle_data(self, data: str) -> None:
        if self._in_name:
            self.names.append(data)
            self._in_name = False


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(argv[0]) if argv else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        page = folder / "seed.html"
        status = chronos(["chronicle", str(STATEMENT), "-o", str(page)])
        if status != 0:
            return status
        html = page.read_text(encoding="utf-8")
        rows = Rows()
        rows.feed(html)
        print(f"wrote {page.name}: {len(html):,} characters, one file, no network needed")
        print(f"{len(rows.names)} rows, top to bottom:")
        for number, name in enumerate(rows.names, 1):
            print(f"  {number:2d}. {name}")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
