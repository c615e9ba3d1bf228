"""The documentation is executed: every ``>>>`` block in README.md and docs/ runs.

Blocks in one file share a namespace, top to bottom, like a reader working through the
page. A test also fails when a public name is not documented anywhere in docs/.
"""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import chronos

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
#: The stage packages: the only modules that ``import chronos`` may leave as its attributes.
STAGES = {"errors", "time", "formats", "phrases", "timeline", "text", "chronicle", "render"}
#: Modules above the stages (``chronos.timeml``, ``python -m chronos.evaluate``, the
#: ``chronos`` command and ``python -m chronos``).
ENTRY_MODULES = {"timeml", "evaluate", "archive", "cli", "__main__"}
#: Every fenced block, with its language: a block in another language (```json) is matched
#: whole too, so that its closing fence is never taken for the opening of the next block.
FENCE = re.compile(r"^```(\w*)[ \t]*\n(.*?)^```", re.S | re.M)
RUN = {"", "python", "pycon"}


def _blocks(page: Path) -> list[str]:
    found = FENCE.findall(page.read_text(encoding="utf-8"))
    return [block for language, block in found if language in RUN and ">>>" in block]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples_run(page: Path) -> None:
    """Every >>> example on the page gives the output written under it."""
    blocks = _blocks(page)
    globs: dict[str, object] = {"chronos": chronos}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    for number, block in enumerate(blocks, 1):
        test = parser.get_doctest(block, globs, f"{page.name}[{number}]", str(page), 0)
        runner.run(test, clear_globs=False)
        globs.update(test.globs)  # DocTest copies its globals; carry them to the next block
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"


def test_every_page_has_examples() -> None:
    """Each docs page and the README show at least one runnable example."""
    assert all(_blocks(page) for page in PAGES)


def test_every_public_name_is_documented() -> None:
    """Each name in chronos.__all__ appears in docs/ as code (`Name`)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    missing = [n for n in chronos.__all__ if f"`{n}" not in text and f"chronos.{n}" not in text]
    assert missing == []


def test_all_is_exactly_the_public_namespace() -> None:
    """__all__ lists every public name of chronos and nothing it lacks.

    The names are those ``dir(chronos)`` lists, which includes the ones chronos imports on
    first use (the Timeline); each of them must also resolve. A stage module is not a name
    of its own, unless it is callable as its entry point (``chronos.chronicle([...])``).
    """
    public = {
        name
        for name in dir(chronos)
        if not name.startswith("_")
        and (not isinstance(getattr(chronos, name), ModuleType) or callable(getattr(chronos, name)))
    }
    assert set(chronos.__all__) == public
    assert len(chronos.__all__) == len(set(chronos.__all__))
    loaded = {
        name
        for name, value in vars(chronos).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }
    assert loaded <= set(chronos.__all__)
    # The only modules chronos holds as attributes are its stages, once imported.
    modules = {name for name, v in vars(chronos).items() if isinstance(v, ModuleType)}
    assert modules <= STAGES | ENTRY_MODULES


def test_import_leaves_the_timeline_for_first_use() -> None:
    """``import chronos`` does not load the timeline subsystem; naming it does."""
    code = (
        "import sys, chronos\n"
        "lazy = ('chronos.timeline', 'chronos.timeline.stn')\n"
        "assert not any(m in sys.modules for m in lazy), sorted(sys.modules)\n"
        "from chronos import Timeline\n"
        "assert Timeline is chronos.Timeline\n"
        "assert Timeline is sys.modules['chronos.timeline._timeline'].Timeline\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code
