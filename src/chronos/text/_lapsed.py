"""Dates that a past clause puts behind or beside now, where a cue word says otherwise.

- **Something that lasted until a date** ("it took till February to fix", "the strike
  lasted until March", "the queue went on until May"): a past verb of lasting before
  "until" or "till" ends a stretch that is over, so the date is the one before now, not
  the nearest one a deadline would take ("extended the offer to Nov. 20").
- **A plan that lapsed** ("was first planned for late July but was put back", "originally
  scheduled for 3 March", "initially set for Friday"): the plan is not the text's, so the
  date is placed where it is nearest, as a date with no tense cue is, not ahead as a plan
  would put it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Token

__all__ = ["FORMERLY", "PLAN_WORDS", "lapsed_plan", "lasted_until"]

# Past verbs of lasting, before "until" or "till" (with their particle where they need
# one: "went on", "held out", "dragged on").
_LASTING: Final = frozenset(
    {"took", "lasted", "waited", "stayed", "remained", "continued", "persisted", "ran"}
    | {"worked", "endured", "survived", "sat", "stood", "slept", "queued", "camped"}
)
_LASTING_WITH: Final = {
    "on": frozenset({"went", "dragged", "carried", "held", "lived"}),
    "out": frozenset({"held", "hung", "lasted"}),
    "up": frozenset({"stayed", "kept"}),
}
# Plan words that a lapsed plan uses, and the words before them that say it lapsed.
PLAN_WORDS: Final = frozenset(
    {"planned", "scheduled", "set", "slated", "due", "expected", "meant", "intended"}
)
FORMERLY: Final = frozenset({"first", "originally", "initially", "once", "previously"})


def lasted_until(tokens: Sequence[Token], first: int) -> bool:
    """Whether the date at token ``first`` follows "until" or "till" right after a past
    verb of lasting ("lasted until", "went on till"), or after one and "it" ("it took till
    February" reads "took it till")."""
    if first < 2 or tokens[first - 1].lower not in ("until", "till", "til"):
        return False
    k = first - 2
    word = tokens[k].lower
    if word in _LASTING_WITH and k > 0 and tokens[k - 1].lower in _LASTING_WITH[word]:
        return True
    if word in ("it", "them", "him", "her", "us", "me") and k > 0:
        word = tokens[k - 1].lower  # "took it until", "kept them till"
    return word in _LASTING


def lapsed_plan(tokens: Sequence[Token], first: int) -> bool:
    """Whether the date at token ``first`` is what a plan that lapsed named: "for" (or
    "on") after a plan word after "first", "originally" or "initially" ("first planned
    for late July", "originally scheduled for 3 March")."""
    if first < 3 or tokens[first - 1].lower not in ("for", "on"):
        return False
    return tokens[first - 2].lower in PLAN_WORDS and tokens[first - 3].lower in FORMERLY
