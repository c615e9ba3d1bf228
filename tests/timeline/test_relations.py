"""Relation names and gaps, compiled to difference constraints on event endpoints."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

import pytest

from chronos import Duration, InvalidArgumentError, ParseError
from chronos.timeline._relations import (
    DAY,
    Atom,
    Gap,
    Term,
    compile_relation,
    normalize_name,
    read_gap,
    relation_names,
    resolve_relation,
)

AS: Term = ("a", "start")
AE: Term = ("a", "end")
BS: Term = ("b", "start")
BE: Term = ("b", "end")


def le(x: Term, y: Term) -> Atom:
    """``x ≤ y``."""
    return Atom(x, y, 0, None)


def eq(x: Term, y: Term) -> Atom:
    """``x = y``."""
    return Atom(x, y, 0, 0)


class TestAllen:
    """Allen's thirteen relations, held as their closures."""

    @pytest.mark.parametrize(
        ("name", "atoms"),
        [
            ("before", {le(AE, BS)}),  # A ends by the time B starts
            ("after", {le(BE, AS)}),  # the converse
            ("meets", {eq(AE, BS)}),  # A ends exactly when B starts
            ("met by", {eq(BE, AS)}),  # the converse
            ("overlaps", {le(AS, BS), le(BS, AE), le(AE, BE)}),  # closure of a strict chain
            ("overlapped by", {le(BS, AS), le(AS, BE), le(BE, AE)}),  # the converse
            ("starts", {eq(AS, BS), le(AE, BE)}),  # same start, A ends first
            ("started by", {eq(AS, BS), le(BE, AE)}),  # same start, B ends first
            ("during", {le(BS, AS), le(AE, BE)}),  # A inside B
            ("contains", {le(AS, BS), le(BE, AE)}),  # B inside A
            ("finishes", {eq(AE, BE), le(BS, AS)}),  # same end, A starts later
            ("finished by", {eq(AE, BE), le(AS, BS)}),  # same end, B starts later
            ("equals", {eq(AS, BS), eq(AE, BE)}),  # same interval
        ],
    )
    def test_atoms(self, name: str, atoms: set[Atom]) -> None:
        """Each relation compiles to the closure of its defining inequalities."""
        assert set(resolve_relation(name).atoms) == atoms

    def test_converses_are_mirrors(self) -> None:
        """Swapping A and B in a relation's atoms gives its converse's atoms."""
        swap: dict[str, Literal["a", "b"]] = {"a": "b", "b": "a"}

        def canonical(atom: Atom) -> Atom:
            # x = y and y = x are the same equality.
            if atom.lo == atom.hi == 0 and atom.y < atom.x:
                return Atom(atom.y, atom.x, 0, 0)
            return atom

        for name in ("before", "meets", "overlaps", "starts", "during", "finishes", "equals"):
            spec = resolve_relation(name)
            mirrored = {
                canonical(Atom((swap[a.x[0]], a.x[1]), (swap[a.y[0]], a.y[1]), a.lo, a.hi))
                for a in spec.atoms
            }
            assert mirrored == {canonical(a) for a in resolve_relation(spec.converse).atoms}


class TestSynonyms:
    """TimeML TLINK names and the cue words of news prose."""

    @pytest.mark.parametrize(
        ("name", "same_as"),
        [
            ("IBEFORE", "meets"),  # TimeML immediately before
            ("IAFTER", "met by"),  # TimeML immediately after
            ("INCLUDES", "contains"),  # TimeML
            ("IS_INCLUDED", "during"),  # TimeML, underscores
            ("DURING", "during"),  # TimeML DURING read as is-included
            ("DURING_INV", "contains"),  # TimeML
            ("SIMULTANEOUS", "equals"),  # TimeML
            ("IDENTITY", "equals"),  # TimeML
            ("BEGINS", "starts"),  # TimeML
            ("BEGUN_BY", "started by"),  # TimeML
            ("ENDS", "finishes"),  # TimeML
            ("ENDED_BY", "finished by"),  # TimeML
            ("ahead of", "before"),  # news cue
            ("prior to", "before"),  # news cue
            ("Preceding", "before"),  # any case
            ("following", "after"),  # news cue
            ("subsequent to", "after"),  # news cue
            ("subsequent", "after"),  # news cue, bare
            ("later than", "after"),  # news cue
            ("throughout", "contains"),  # A holds all through B
            ("met-by", "met by"),  # dashes as spaces
        ],
    )
    def test_same_atoms(self, name: str, same_as: str) -> None:
        """The name compiles exactly like the relation it stands for."""
        assert resolve_relation(name).atoms == resolve_relation(same_as).atoms

    @pytest.mark.parametrize(
        ("name", "atoms", "ongoing"),
        [
            ("since", {le(BS, AS), le(AS, BE)}, True),  # starts within B, still going on
            ("ever since", {le(BS, AS), le(AS, BE)}, True),  # synonym
            ("until", {le(BS, AE), le(AE, BE)}, False),  # ends within B
            ("till", {le(BS, AE), le(AE, BE)}, False),  # synonym
            ("by", {le(AE, BE)}, False),  # over by the end of B
            ("no later than", {le(AE, BE)}, False),  # synonym
            ("on or after", {le(BS, AS)}, False),  # starts no earlier than B: mirror of "by"
            ("no earlier than", {le(BS, AS)}, False),  # synonym
            ("not earlier than", {le(BS, AS)}, False),  # synonym, with "not"
            ("as of", {le(AS, BE), le(BS, AE)}, False),  # holds at some moment of B
            ("within", {le(BS, AS), le(AE, BE)}, False),  # without a gap: during
        ],
    )
    def test_cues(self, name: str, atoms: set[Atom], ongoing: bool) -> None:
        """Cue words with a meaning of their own compile to their documented atoms."""
        spec = resolve_relation(name)
        assert set(spec.atoms) == atoms
        assert spec.ongoing is ongoing

    @pytest.mark.parametrize(
        ("name", "atoms"),
        [
            ("the following day", {le(BE, AS), Atom(BE, AS, None, 2 * DAY)}),  # next calendar day
            ("the next day", {le(BE, AS), Atom(BE, AS, None, 2 * DAY)}),  # synonym
            ("the day before", {le(AE, BS), Atom(AE, BS, None, 2 * DAY)}),  # previous day
            ("the same day", {Atom(BS, AE, None, DAY), Atom(AS, BE, None, DAY)}),  # one day
        ],
    )
    def test_day_cues(self, name: str, atoms: set[Atom]) -> None:
        """Day-level cues are metric: the later event starts within two days of the end."""
        assert set(resolve_relation(name).atoms) == atoms

    def test_every_listed_name_resolves(self) -> None:
        """Every name relation_names() lists is accepted."""
        for name in relation_names():
            assert resolve_relation(name).atoms

    @pytest.mark.parametrize(
        ("raw", "normal"),
        [
            ("IS_INCLUDED", "is included"),  # underscores
            ("  Met-By ", "met by"),  # dashes, case, padding
            ("ahead   of", "ahead of"),  # runs of spaces
        ],
    )
    def test_normalize(self, raw: str, normal: str) -> None:
        """Names are looked up in one normal form."""
        assert normalize_name(raw) == normal


class TestUnknownNames:
    """An unknown relation name is a ParseError with the nearest known name."""

    @pytest.mark.parametrize(
        ("name", "suggestion"),
        [
            ("befor", "before"),  # a typo
            ("overlap", "overlaps"),  # a missing letter
            ("ahaed of", "ahead of"),  # a swapped pair
            ("sometime", None),  # nothing near
        ],
    )
    def test_did_you_mean(self, name: str, suggestion: str | None) -> None:
        """The error names the argument, shows the input and suggests a near miss."""
        with pytest.raises(ParseError) as info:
            resolve_relation(name)
        assert info.value.argument == "relation"
        assert info.value.suggestion == suggestion
        assert name in str(info.value)

    def test_not_a_string(self) -> None:
        """A relation that is not a str is an InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError, match="relation"):
            resolve_relation(3)


class TestReadGap:
    """Gaps as phrases, Durations, timedeltas and TimeML values."""

    @pytest.mark.parametrize(
        ("text", "minimum", "maximum"),
        [
            ("2 days", 2 * DAY, 2 * DAY),  # an exact amount
            ("two days later", 2 * DAY, 2 * DAY),  # a word number, a trailing 'later'
            ("at least 2 days", 2 * DAY, None),  # a minimum
            ("2 days or more", 2 * DAY, None),  # a minimum, as a suffix
            ("more than 2 days", 2 * DAY + 1, None),  # strictly more
            ("within a week", 0, 7 * DAY),  # up to
            ("at most 3 hours", 0, 3 * 3600),  # up to
            ("up to a fortnight", 0, 14 * DAY),  # a fortnight is two weeks
            ("less than an hour", 0, 3599),  # strictly less
            ("a month", 28 * DAY, 31 * DAY),  # a calendar month is a range
            ("a year", 365 * DAY, 366 * DAY),  # so is a year
            ("1 year and 2 months", 424 * DAY, 428 * DAY),  # a compound amount
            ("between 3 and 5 days", 3 * DAY, 5 * DAY),  # a range
            ("3 to 5 days", 3 * DAY, 5 * DAY),  # a range, shorter
            ("a couple of weeks", 14 * DAY, 14 * DAY),  # "a couple" is two
            ("about a week", 453600, 756000),  # widened by the default policy's 25%
            ("P2D", 2 * DAY, 2 * DAY),  # a TimeML value
            # the boundaries
            ("0 days", 0, 0),  # a zero gap: the two touch
            ("0 seconds", 0, 0),  # a zero gap in another unit
            ("up to 3 days", 0, 3 * DAY),  # "up to" has a lower bound of 0, not of 3 days
            ("up to 0 days", 0, 0),  # at most nothing
            ("at least 0 days", 0, None),  # no bound at all above
            ("between 0 and 3 days", 0, 3 * DAY),  # a range from zero
            ("3 to 5 fortnights", 42 * DAY, 70 * DAY),  # the unit scales both ends
            ("3 to 5 weeks", 21 * DAY, 35 * DAY),  # the same with weeks
            ("2 to 3 hours", 7200, 10800),  # and with hours
        ],
    )
    def test_phrases(self, text: str, minimum: int, maximum: int | None) -> None:
        """Each phrase gives the documented bounds, in seconds."""
        gap = read_gap(text)
        assert (gap.minimum, gap.maximum) == (minimum, maximum)

    @pytest.mark.parametrize(
        ("value", "minimum", "maximum"),
        [
            (timedelta(days=2), 2 * DAY, 2 * DAY),  # a timedelta is exact
            (Duration.of(months=1), 28 * DAY, 31 * DAY),  # a Duration keeps its range
            (Duration.of(days=2).at_least(), 2 * DAY, None),  # and its openness
            (Gap(5, 9, "5–9 s"), 5, 9),  # a Gap is itself
        ],
    )
    def test_values(self, value: object, minimum: int, maximum: int | None) -> None:
        """Values other than phrases keep their bounds."""
        gap = read_gap(value)
        assert (gap.minimum, gap.maximum) == (minimum, maximum)

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("", "empty"),  # nothing
            ("2", "unit"),  # no unit
            ("days", "number"),  # no number
            ("2 dais", "not a unit"),  # a typo, with a suggestion
            ("at least", "amount"),  # a qualifier alone
            ("between 5 days and 3 days", "larger"),  # a reversed range
            ("between 2 days", "'and'"),  # half a range
            ("2 days 3", "unexpected"),  # trailing words
            ("at least 2 days or more", "two qualifiers"),  # twice qualified
        ],
    )
    def test_malformed(self, text: str, reason: str) -> None:
        """A malformed gap is a ParseError naming 'gap', with the input and a caret."""
        with pytest.raises(ParseError) as info:
            read_gap(text)
        assert info.value.argument == "gap"
        assert reason in info.value.reason
        assert "^" in str(info.value)

    @pytest.mark.parametrize(
        ("text", "reason", "position"),
        [
            ("3 days and", "unexpected words after the gap", 7),  # a trailing "and"
            ("2 days and 3", "expected a unit of time (days, weeks, months, …)", 12),  # no unit
            ("3 to", "expected an amount such as '2 days'", 4),  # a range without its second end
        ],
    )
    def test_malformed_ends(self, text: str, reason: str, position: int) -> None:
        """The reason and the caret's offset, exactly, for gaps that stop short."""
        with pytest.raises(ParseError) as info:
            read_gap(text)
        assert (info.value.argument, info.value.text) == ("gap", text)
        assert (info.value.reason, info.value.position) == (reason, position)

    def test_suggestion(self) -> None:
        """A misspelt unit gets a 'did you mean'."""
        with pytest.raises(ParseError, match="did you mean 'days'"):
            read_gap("2 dais")

    @pytest.mark.parametrize(
        "value",
        [
            5,  # a bare number: of what?
            timedelta(days=-1),  # negative
            timedelta(microseconds=5),  # not whole seconds
            None,  # nothing
        ],
    )
    def test_bad_values(self, value: object) -> None:
        """Values that are not gaps are an InvalidArgumentError naming 'gap'."""
        with pytest.raises(InvalidArgumentError, match="gap"):
            read_gap(value)


class TestCompile:
    """Gaps applied to relations."""

    @pytest.mark.parametrize(
        ("name", "atoms"),
        [
            ("before", (Atom(AE, BS, 2 * DAY, None),)),  # from A's end to B's start
            ("after", (Atom(BE, AS, 2 * DAY, None),)),  # from B's end to A's start
            ("meets", (Atom(AE, BS, 2 * DAY, None),)),  # a gap turns meets into before
        ],
    )
    def test_gap(self, name: str, atoms: tuple[Atom, ...]) -> None:
        """The gap bounds the time between the earlier event's end and the later's start."""
        assert compile_relation(resolve_relation(name), read_gap("at least 2 days")) == atoms

    def test_within_gap(self) -> None:
        """'within G of B' keeps A no further than G from B, on either side."""
        atoms = compile_relation(resolve_relation("within"), read_gap("a week"))
        assert set(atoms) == {Atom(BE, AS, None, 7 * DAY), Atom(AE, BS, None, 7 * DAY)}

    def test_within_needs_a_maximum(self) -> None:
        """'within at least a week' says nothing: an InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError, match="upper bound"):
            compile_relation(resolve_relation("within"), read_gap("at least a week"))

    @pytest.mark.parametrize(
        "name",
        [
            "during",  # no gap between nested events
            "overlaps",  # nor between overlapping ones
            "since",  # a cue with a meaning of its own
        ],
    )
    def test_gap_refused(self, name: str) -> None:
        """Relations without an order between the two take no gap."""
        with pytest.raises(InvalidArgumentError, match="takes no gap"):
            compile_relation(resolve_relation(name), read_gap("2 days"))
