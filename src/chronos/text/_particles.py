"""Words that modify a time only where they govern it.

"around" and "about" make a time approximate ("around 7:15 p.m.", "about a month ago"),
but both are also particles and prepositions of verbs: "get around the ruling" is to evade
it, "talk about Monday's vote" to speak of it. There they govern no time, and the time
after them is read alone, with no ``APPROX``:

- before a named time that a possessive ties to an event ("around Wednesday's ruling",
  "about Friday's vote"): the word governs the event, the time is the event's date;
- after a verb that takes the word as its particle or preposition ("get around", "turn
  around", "work around", "come around", "go around", "revolve around"; "talk about",
  "worry about", "ask about", "bring about"), before a named day or date ("got around
  Wednesday"). Before a count or a clock time the word still approximates it: "talked
  about two weeks ago" and "came around 5 p.m." keep their ``APPROX``.

"over" before a length is "more than" where the length measures something ("waited over
an hour", "lasted over a week", "in over six years", "just over a day", "it has been over
a year": ``MORE_THAN``, inside the extent), and the stretch a total accrues across after
any other verb or noun, or heading its clause ("1,200 cases were recorded over eleven
months", "to be repaid over three years", "Over two days, …"): a preposition, outside the
extent, the length read alone with no mod, as TimeML annotates "over [three years]".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from chronos.phrases import Match, Token

__all__ = ["over_across", "particle_not_modifier"]


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# The verbs whose particle "around" ("round") is: to evade, reverse, circle or centre on.
_AROUND_VERBS: Final = _forms(
    "get gets got gotten getting",
    "turn turns turned turning",
    "work works worked working",
    "come comes came coming",
    "go goes went gone going",
    "revolve revolves revolved revolving",
    "centre centres centred centring center centers centered centering",
    "skirt skirts skirted skirting",
    "steer steers steered steering",
    "circle circles circled circling",
)
# The verbs (and a few nouns) whose preposition "about" is: to speak, think or ask of.
_ABOUT_VERBS: Final = _forms(
    "talk talks talked talking",
    "think thinks thought thinking",
    "worry worries worried worrying",
    "forget forgets forgot forgotten forgetting",
    "care cares cared caring",
    "know knows knew known knowing",
    "hear hears heard hearing",
    "ask asks asked asking",
    "learn learns learned learnt learning",
    "read reads reading",
    "write writes wrote written writing",
    "argue argues argued arguing",
    "complain complains complained complaining",
    "speak speaks spoke spoken speaking",
    "wonder wonders wondered wondering",
    "bring brings brought bringing",
    "come comes came coming",
    "questions question concerns concern doubts fears news details worries",
)
_PARTICLE_VERBS: Final = {"around": _AROUND_VERBS, "round": _AROUND_VERBS, "about": _ABOUT_VERBS}
# What a time must depend on to be a named day or date rather than a count or a clock; a
# year after a verb is most often approximated ("built around 300 BC"), so only a day or
# a date is named after one.
_NAMED: Final = frozenset({"weekday", "yearless", "absolute"})
_NAMED_AFTER_VERB: Final = frozenset({"weekday", "yearless"})


def particle_not_modifier(
    tokens: Sequence[Token], i: int, match: Callable[[int], Match | None]
) -> bool:
    """Whether "around" or "about" at token ``i`` is a particle or a preposition before the
    time after it, not its modifier (see the module's note); ``match`` reads a phrase at a
    token."""
    verbs = _PARTICLE_VERBS.get(tokens[i].lower)
    if verbs is None:
        return False
    inner = match(i + 1)
    if inner is None or inner.anchoring not in _NAMED:
        return False
    if i > 0 and tokens[i - 1].lower in verbs and inner.anchoring in _NAMED_AFTER_VERB:
        return True  # "ways to get around Wednesday"
    k = inner.next_token
    return (
        k + 1 < len(tokens) and tokens[k].kind == "APOSTROPHE" and tokens[k + 1].lower == "s"
    )  # "around Wednesday's ruling": the event's date


# The words after which "over" before a length means "more than": prepositions, degree
# adverbs, copulas and verbs whose object is the length itself (time spent, waited, taken).
_OVER_MORE: Final = _forms(
    "in for of than after within to from at by under into",
    "just well slightly little bit already now still nearly almost barely",
    "is are was were be been being s am",
    "spend spends spent spending wait waits waited waiting",
    "last lasts lasted lasting take takes took taken taking",
    "serve serves served serving live lives lived living stay stays stayed staying",
    "sleep sleeps slept sleeping keep keeps kept keeping hold holds held holding",
    "queue queues queued queuing queueing",
    "delayed detained stranded trapped stuck missing aged",
)


def over_across(tokens: Sequence[Token], i: int, got: Match | None) -> bool:
    """Whether "over" at token ``i`` is the preposition of the stretch a total accrues
    across ("recorded over eleven months"), not "more than" (see the module's note):
    ``got``, the phrase read at ``i``, is a length that takes "over" inside it."""
    if tokens[i].lower != "over" or got is None or got.anchoring != "none":
        return False
    if got.timex_start != tokens[i].start or i + 1 >= len(tokens):
        return False
    if i == 0 or tokens[i - 1].kind not in ("WORD", "APOSTROPHE"):
        return True  # "Over two days, …", "…, over three years"
    return tokens[i - 1].lower not in _OVER_MORE
