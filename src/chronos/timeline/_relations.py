"""Relation names and metric gaps, compiled to difference constraints on event endpoints.

Every event is an interval ``[start, end]`` on the integer time axis (seconds). A relation
between an event ``A`` and an event (or a span) ``B`` is a conjunction of *atoms*
``lo ≤ y − x ≤ hi`` on their endpoints: a Simple Temporal Network is exactly a set of such
atoms. An STN holds closed convex sets, so each relation is held as its closure: "before"
admits "meets" (A may end the moment B starts), "overlaps" admits its limiting cases.

The names read here, case-insensitive, with ``_``/``-`` as spaces:

- Allen's thirteen: before, after, meets, met by, overlaps, overlapped by, starts,
  started by, during, contains, finishes, finished by, equals;
- the TimeML TLINK names: BEFORE, AFTER, IBEFORE, IAFTER, INCLUDES, IS_INCLUDED, DURING,
  DURING_INV, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY, IDENTITY;
- the cue words of news prose: since, until/till, by, ahead of, prior to, preceding,
  earlier than, following, subsequent (to), later than, throughout, within, as of, and the
  day-level cues "the following day"/"the next day"/"the day after", "the day before"/
  "the previous day" and "the same day".

A gap ("at least 2 days", "a month", "within a week", "between 3 and 5 days") measures the
time from the end of the earlier event to the start of the later one; calendar amounts are
ranges (a month is 28 to 31 days), see :func:`read_gap`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Final, Literal

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
from chronos.time import Duration

__all__ = [
    "Atom",
    "Gap",
    "RelationSpec",
    "Term",
    "compile_relation",
    "normalize_name",
    "read_gap",
    "relation_names",
    "resolve_relation",
]

Side = Literal["a", "b"]
End = Literal["start", "end"]
Term = tuple[Side, End]

DAY: Final = 86400
_AS: Final[Term] = ("a", "start")
_AE: Final[Term] = ("a", "end")
_BS: Final[Term] = ("b", "start")
_BE: Final[Term] = ("b", "end")


@attrs.frozen
class Atom:
    """``lo ≤ y − x ≤ hi`` in seconds on two endpoints (``None``: no bound on that side)."""

    x: Term
    y: Term
    lo: int | None
    hi: int | None


@attrs.frozen
class Gap:
    """A time between two events, in whole seconds: ``minimum`` to ``maximum`` (open: None).

    >>> read_gap("at least 2 days")
    Gap(minimum=172800, maximum=None, text='at least 2 days')
    """

    minimum: int
    maximum: int | None
    text: str

    @property
    def duration(self) -> Duration:
        """The gap as a :class:`Duration`."""
        hi = None if self.maximum is None else timedelta(seconds=self.maximum)
        return Duration.between(timedelta(seconds=self.minimum), hi)

    def describe(self) -> str:
        """The gap in words, for explanations."""
        return self.text


@attrs.frozen
class RelationSpec:
    """What a relation name means: its canonical name, its atoms, how a gap applies."""

    name: str
    atoms: tuple[Atom, ...]
    #: "before"/"after": the gap is between A and B in that order; "within": on either side.
    gap_mode: Literal["before", "after", "within", "none"] = "none"
    #: "since": the subject is also still going on at the reference.
    ongoing: bool = False
    #: The name of the converse relation (B rel' A), for explanations.
    converse: str = ""


def _eq(x: Term, y: Term) -> Atom:
    return Atom(x, y, 0, 0)


def _le(x: Term, y: Term) -> Atom:
    """``x ≤ y``."""
    return Atom(x, y, 0, None)


_ALLEN: Final[dict[str, tuple[tuple[Atom, ...], str]]] = {
    "before": ((_le(_AE, _BS),), "after"),
    "after": ((_le(_BE, _AS),), "before"),
    "meets": ((_eq(_AE, _BS),), "met by"),
    "met by": ((_eq(_BE, _AS),), "meets"),
    "overlaps": ((_le(_AS, _BS), _le(_BS, _AE), _le(_AE, _BE)), "overlapped by"),
    "overlapped by": ((_le(_BS, _AS), _le(_AS, _BE), _le(_BE, _AE)), "overlaps"),
    "starts": ((_eq(_AS, _BS), _le(_AE, _BE)), "started by"),
    "started by": ((_eq(_AS, _BS), _le(_BE, _AE)), "starts"),
    "during": ((_le(_BS, _AS), _le(_AE, _BE)), "contains"),
    "contains": ((_le(_AS, _BS), _le(_BE, _AE)), "during"),
    "finishes": ((_eq(_AE, _BE), _le(_BS, _AS)), "finished by"),
    "finished by": ((_eq(_AE, _BE), _le(_AS, _BS)), "finishes"),
    "equals": ((_eq(_AS, _BS), _eq(_AE, _BE)), "equals"),
}

#: Every other accepted name -> the Allen relation it is held as.
_SYNONYMS: Final[dict[str, str]] = {
    # TimeML TLINK names
    "ibefore": "meets",
    "iafter": "met by",
    "includes": "contains",
    "is included": "during",
    "during inv": "contains",
    "simultaneous": "equals",
    "identity": "equals",
    "begins": "starts",
    "begun by": "started by",
    "ends": "finishes",
    "ended by": "finished by",
    # Allen's names in other spellings
    "precedes": "before",
    "preceded by": "after",
    "equal": "equals",
    "overlapping": "overlaps",
    "is during": "during",
    "includes during": "contains",
    # cue words of news prose
    "ahead of": "before",
    "prior to": "before",
    "preceding": "before",
    "earlier than": "before",
    "in the run up to": "before",
    "following": "after",
    "subsequent": "after",
    "subsequent to": "after",
    "subsequently": "after",
    "later than": "after",
    "in the wake of": "after",
    "throughout": "contains",
    "at the same time as": "equals",
}

# Cue words with a meaning of their own (not one of Allen's relations).
_CUES: Final[dict[str, tuple[tuple[Atom, ...], str, str]]] = {
    # A starts within B and is still going on at the reference.
    "since": ((_le(_BS, _AS), _le(_AS, _BE)), "since", "began"),
    # A ends within B.
    "until": ((_le(_BS, _AE), _le(_AE, _BE)), "until", "ended"),
    # A is over by the end of B.
    "by": ((_le(_AE, _BE),), "by", "by"),
    # A starts no earlier than B starts: "on or after 3 May", the mirror of "by".
    "on or after": ((_le(_BS, _AS),), "on or after", "on or before"),
    # A holds at some moment of B.
    "as of": ((_le(_AS, _BE), _le(_BS, _AE)), "as of", "as of"),
    # Both on one calendar day: within a day of each other.
    "the same day": (
        (Atom(_BS, _AE, None, DAY), Atom(_AS, _BE, None, DAY)),
        "the same day",
        "the same day",
    ),
    # A starts on the calendar day after the one B ends on: the time from B's end to A's
    # start is between zero and two days, whatever hour each happened at.
    "the following day": (
        (_le(_BE, _AS), Atom(_BE, _AS, None, 2 * DAY)),
        "the following day",
        "the day before",
    ),
    "the day before": (
        (_le(_AE, _BS), Atom(_AE, _BS, None, 2 * DAY)),
        "the day before",
        "the following day",
    ),
}
_CUE_SYNONYMS: Final[dict[str, str]] = {
    "ever since": "since",
    "till": "until",
    "up until": "until",
    "up to": "until",
    "no later than": "by",
    "no earlier than": "on or after",
    "not earlier than": "on or after",
    "as at": "as of",
    "the next day": "the following day",
    "next day": "the following day",
    "following day": "the following day",
    "the day after": "the following day",
    "a day later": "the following day",
    "the previous day": "the day before",
    "the preceding day": "the day before",
    "previous day": "the day before",
    "a day earlier": "the day before",
    "day before": "the day before",
    "same day": "the same day",
    "on the same day": "the same day",
}

_GAP_MODE: Final[dict[str, Literal["before", "after"]]] = {
    "before": "before",
    "after": "after",
    "meets": "before",
    "met by": "after",
}


def normalize_name(name: str) -> str:
    """A relation name as looked up: lower case, ``_``/``-`` as spaces, spaces collapsed.

    >>> normalize_name("IS_INCLUDED"), normalize_name("  Met-By ")
    ('is included', 'met by')
    """
    return " ".join(name.lower().replace("_", " ").replace("-", " ").split())


def relation_names() -> tuple[str, ...]:
    """Every relation name :func:`resolve_relation` accepts, normalized, sorted."""
    names = {*_ALLEN, *_SYNONYMS, *_CUES, *_CUE_SYNONYMS, "within"}
    return tuple(sorted(names))


def resolve_relation(name: object) -> RelationSpec:
    """The meaning of a relation name, or a ``ParseError`` with the nearest known name.

    >>> resolve_relation("ahead of").name
    'before'
    >>> resolve_relation("IS_INCLUDED").atoms == resolve_relation("during").atoms
    True
    >>> resolve_relation("befor")
    Traceback (most recent call last):
    ...
    chronos.errors.ParseError: relation: not a relation name: 'befor'
      befor
      ^
    did you mean 'before'?
    """
    if not isinstance(name, str):
        raise InvalidArgumentError("relation", name, "must be a relation name (a str)")
    return _resolve(name)


@lru_cache(maxsize=1024)
def _resolve(name: str) -> RelationSpec:
    key = normalize_name(name)
    key = _SYNONYMS.get(key, _CUE_SYNONYMS.get(key, key))
    if key in _ALLEN:
        atoms, converse = _ALLEN[key]
        return RelationSpec(key, atoms, _GAP_MODE.get(key, "none"), converse=converse)
    if key == "within":
        atoms, converse = _ALLEN["during"]
        return RelationSpec("within", atoms, "within", converse="contains")
    if key in _CUES:
        atoms, canonical, converse = _CUES[key]
        mode: Literal["before", "after", "none"] = "none"
        return RelationSpec(canonical, atoms, mode, ongoing=key == "since", converse=converse)
    raise ParseError(
        "not a relation name",
        text=name,
        argument="relation",
        suggestion=did_you_mean(key, relation_names()),
    )


def compile_relation(spec: RelationSpec, gap: Gap | None) -> tuple[Atom, ...]:
    """The atoms of ``A spec B`` with ``gap`` applied.

    >>> spec = resolve_relation("before")
    >>> compile_relation(spec, read_gap("at least 2 days"))
    (Atom(x=('a', 'end'), y=('b', 'start'), lo=172800, hi=None),)
    """
    if gap is None:
        return spec.atoms
    if spec.gap_mode == "none":
        raise InvalidArgumentError(
            "gap", gap.text, f"the relation {spec.name!r} takes no gap (before/after/within do)"
        )
    if spec.gap_mode == "before":
        return (Atom(_AE, _BS, max(gap.minimum, 0), gap.maximum),)
    if spec.gap_mode == "after":
        return (Atom(_BE, _AS, max(gap.minimum, 0), gap.maximum),)
    # "within G of B": A lies no further than G from B, on either side.
    if gap.maximum is None:
        raise InvalidArgumentError("gap", gap.text, "'within' needs a gap with an upper bound")
    return (Atom(_BE, _AS, None, gap.maximum), Atom(_AE, _BS, None, gap.maximum))


# -- gaps -------------------------------------------------------------------------------

_NUMBERS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
}
_UNITS: Final[dict[str, tuple[str, int]]] = {
    "second": ("seconds", 1),
    "minute": ("minutes", 1),
    "hour": ("hours", 1),
    "day": ("days", 1),
    "week": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "month": ("months", 1),
    "year": ("years", 1),
    "decade": ("years", 10),
}
# Qualifiers in front of an amount -> how they bound it.
_QUALIFIERS: Final[dict[str, str]] = {
    "at least": "min",
    "no less than": "min",
    "not less than": "min",
    "more than": "more",
    "over": "more",
    "longer than": "more",
    "at most": "max",
    "no more than": "max",
    "not more than": "max",
    "up to": "max",
    "within": "max",
    "less than": "less",
    "under": "less",
    "fewer than": "less",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "exactly": "exact",
    "just": "exact",
}
_SUFFIXES: Final[dict[str, str]] = {"or more": "min", "or less": "max", "or so": "about"}
_TRAILING: Final = ("later", "earlier", "apart", "after", "before")
_TOKEN: Final = re.compile(r"\d+|[a-z]+")
_ISO: Final = re.compile(r"PT?\d")


def read_gap(gap: object) -> Gap:
    """The gap written as a phrase, a ``Duration``, a ``timedelta`` or a TimeML value.

    Amounts are calendar ranges: "a month" is 28 to 31 days, "a year" 365 or 366.
    Qualifiers bound them: "at least"/"no less than" and "… or more" keep the minimum and
    open the maximum; "at most"/"up to"/"within"/"no more than" run from zero to the
    maximum; "more than"/"less than" are strict (one second beyond); "about" widens by the
    default policy's ``duration_approx``; "between 3 and 5 days" and "3 to 5 days" give a
    range. A trailing "later", "earlier" or "apart" is allowed.

    >>> g = read_gap("a month")
    >>> g.minimum // 86400, g.maximum // 86400
    (28, 31)
    >>> read_gap("within a week").maximum // 86400
    7
    >>> read_gap("two days or more").minimum // 86400
    2
    >>> read_gap("2 dais")
    Traceback (most recent call last):
    ...
    chronos.errors.ParseError: gap: not a unit of time: '2 dais'
      2 dais
        ^
    did you mean 'days'?
    """
    if isinstance(gap, Gap):
        return gap
    if isinstance(gap, timedelta):
        seconds = _whole_seconds(gap, "gap")
        if seconds < 0:
            raise InvalidArgumentError("gap", gap, "must not be negative")
        return Gap(seconds, seconds, _describe_seconds(seconds))
    if isinstance(gap, Duration):
        lo = _whole_seconds(gap.minimum, "gap")
        hi = None if gap.maximum is None else _whole_seconds(gap.maximum, "gap")
        if hi == lo:
            text = _describe_seconds(lo)
        elif hi is None:
            text = f"at least {_describe_seconds(lo)}"
        else:
            text = f"{_describe_seconds(lo)} to {_describe_seconds(hi)}"
        return Gap(lo, hi, text)
    if not isinstance(gap, str):
        raise InvalidArgumentError(
            "gap", gap, "must be a phrase such as 'at least 2 days', a Duration or a timedelta"
        )
    return _read_text(gap)


@lru_cache(maxsize=4096)
def _read_text(gap: str) -> Gap:
    """A gap phrase read once: phrases recur across claims, and a Gap is immutable."""
    text = gap.strip()
    if _ISO.match(text):
        lo, hi = _iso_bounds(text)
        return Gap(lo, hi, text)
    return _GapReader(gap).read()


def _iso_bounds(text: str) -> tuple[int, int | None]:
    d = Duration.parse(text)
    hi = None if d.maximum is None else int(d.maximum.total_seconds())
    return int(d.minimum.total_seconds()), hi


def _whole_seconds(delta: timedelta, argument: str) -> int:
    if delta.microseconds:
        raise InvalidArgumentError(argument, delta, "must be a whole number of seconds")
    return delta.days * DAY + delta.seconds


def _describe_seconds(seconds: int) -> str:
    for size, unit in ((DAY, "day"), (3600, "hour"), (60, "minute")):
        if seconds and seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return f"{seconds} second{'s' if seconds != 1 else ''}"


class _GapReader:
    """A small recursive-descent reader of gap phrases.

    ::

        gap      := "between" amount "and" amount
                  | [qualifier] amount ["to" amount] [suffix] [trailing]
        amount   := part ("and" part)*        part := count unit | count "-" unit
        count    := digits | number word | "a" | "an" | "a couple of"
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self.tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(lowered)]
        self.i = 0

    def fail(self, reason: str, suggestion: str | None = None) -> ParseError:
        at = self.tokens[self.i][1] if self.i < len(self.tokens) else len(self.text)
        return ParseError(
            reason, text=self.text, position=at, suggestion=suggestion, argument="gap"
        )

    def peek_words(self, words: tuple[str, ...]) -> bool:
        found = tuple(t for t, _ in self.tokens[self.i : self.i + len(words)])
        return found == words

    def take_phrase(self, table: dict[str, str]) -> str | None:
        for phrase in sorted(table, key=lambda p: -len(p.split())):
            words = tuple(phrase.split())
            if self.peek_words(words):
                self.i += len(words)
                return table[phrase]
        return None

    def read(self) -> Gap:
        if not self.tokens:
            raise self.fail("an empty gap (expected e.g. 'at least 2 days')")
        if self.peek_words(("between",)):
            self.i += 1
            low = self.count_or_amount(compound=False)
            if not self.peek_words(("and",)):
                raise self.fail("expected 'and' after the first amount")
            self.i += 1
            hi = self.amount()
            lo = self.scaled(low) if isinstance(low, int) else low
            self.finish()
            return self.ranged(lo, hi)
        qualifier = self.take_phrase(_QUALIFIERS)
        first = self.count_or_amount()
        if self.peek_words(("to",)) and qualifier is None:
            self.i += 1
            second = self.amount()
            if isinstance(first, int):
                first = self.scaled(first)
            self.finish()
            return self.ranged(first, second)
        if isinstance(first, int):
            first = self.with_unit(first)
        suffix = self.take_phrase(_SUFFIXES)
        if suffix is not None and qualifier is not None:
            raise self.fail("two qualifiers on one gap")
        self.finish()
        return self.qualified(qualifier or suffix or "exact", first)

    def finish(self) -> None:
        if self.i < len(self.tokens) and self.tokens[self.i][0] in _TRAILING:
            self.i += 1
        if self.i < len(self.tokens):
            raise self.fail("unexpected words after the gap")

    def count(self) -> int:
        if self.i >= len(self.tokens):
            raise self.fail("expected an amount such as '2 days'")
        word = self.tokens[self.i][0]
        if word.isdigit():
            self.i += 1
            return int(word)
        if self.peek_words(("a", "couple", "of")):
            self.i += 3
            return 2
        if word in _NUMBERS:
            self.i += 1
            return _NUMBERS[word]
        raise self.fail("expected a number", did_you_mean(word, _NUMBERS))

    def count_or_amount(self, *, compound: bool = True) -> Duration | int:
        n = self.count()
        if self.i < len(self.tokens) and self.unit_key(self.tokens[self.i][0]) is not None:
            return self.with_unit(n, compound=compound)
        if self.peek_words(("to",)) or self.peek_words(("and",)):
            return n
        return self.with_unit(n)

    def unit_key(self, word: str) -> tuple[str, int] | None:
        singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
        return _UNITS.get(singular)

    def with_unit(self, n: int, *, compound: bool = True) -> Duration:
        if self.i >= len(self.tokens):
            raise self.fail("expected a unit of time (days, weeks, months, …)")
        word = self.tokens[self.i][0]
        unit = self.unit_key(word)
        if unit is None:
            plural = [f"{u}s" for u in _UNITS]
            raise self.fail("not a unit of time", did_you_mean(word, plural + list(_UNITS)))
        self.i += 1
        name, size = unit
        amount = Duration.of(**{name: n * size})
        if compound and self.peek_words(("and",)) and self.i + 1 < len(self.tokens):
            self.i += 1
            more = self.with_unit(self.count())
            return _add(amount, more)
        return amount

    def amount(self) -> Duration:
        return self.with_unit(self.count())

    def scaled(self, n: int) -> Duration:
        # "3 to 5 days": the first count takes the unit of the amount just read.
        unit_word = self.tokens[self.i - 1][0]
        unit = self.unit_key(unit_word)
        if unit is None:
            raise self.fail("expected a unit of time")
        name, size = unit
        return Duration.of(**{name: n * size})

    def ranged(self, lo: Duration, hi: Duration) -> Gap:
        top = hi.maximum
        if top is not None and top < lo.minimum:
            raise self.fail("the range's first amount is larger than its second")
        return Gap(
            _whole_seconds(lo.minimum, "gap"),
            None if top is None else _whole_seconds(top, "gap"),
            self.text.strip(),
        )

    def qualified(self, how: str, amount: Duration) -> Gap:
        shaped = {
            "exact": amount,
            "min": amount.at_least(),
            "more": amount.more_than(),
            "max": amount.at_most(),
            "less": amount.less_than(),
            "about": amount.about(),
        }[how]
        hi = shaped.maximum
        return Gap(
            _whole_seconds(shaped.minimum, "gap"),
            None if hi is None else _whole_seconds(hi, "gap"),
            self.text.strip(),
        )


def _add(a: Duration, b: Duration) -> Duration:
    hi = None if a.maximum is None or b.maximum is None else a.maximum + b.maximum
    return Duration.between(a.minimum + b.minimum, hi)
