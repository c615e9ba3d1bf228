"""``Timeline``: events, the claims made about them, and what follows from the claims.

Every event is an unknown interval ``[start, end]`` on the integer time axis (seconds since
0001-01-01). What statements say about events — "in August 2023", "since August 2023",
"ahead of the elections", "at least two days before the reaction" — compiles to difference
constraints on their endpoints: a Simple Temporal Network (:mod:`chronos.timeline.stn`).
Solving it gives every endpoint a window; conflicting claims are reported and the weakest is set
aside; queries answer in three values. ``docs/timeline.md`` describes the semantics.

>>> from datetime import date
>>> tl = Timeline(reference=date(2024, 10, 25))
>>> conviction = tl.add("conviction", when=Span.month(2023, 8))
>>> sentencing = tl.add("sentencing")
>>> claim = tl.relate(sentencing, "after", conviction)
>>> str(tl.when(sentencing))
'2023-08/..'
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from chronos.errors import InvalidArgumentError, ParseError, UnknownEventError, for_argument
from chronos.time import (
    DEFAULT_POLICY,
    Assumption,
    Bounds,
    Certainty,
    Policy,
    Span,
)
from chronos.timeline._collector import collector_paused
from chronos.timeline._compile import (
    Edge3,
    Pending,
    check_edges,
    duration_claim,
    edges,
    ongoing_edge,
    read_amount,
    span_edges_of,
    ticks,
    when_claims,
)
from chronos.timeline._network import (
    ORIGIN,
    Solver,
    bounds_of_events,
    end_point,
    floor_seconds,
    start_point,
    window_of as _window,
)
from chronos.timeline._relations import (
    compile_relation,
    read_gap,
    resolve_relation as _resolve_relation,
)
from chronos.timeline._state import STRUCTURE_TEXTS, Claims, State, link_text, own_edges
from chronos.timeline._types import (
    Claim,
    ClaimKind,
    Conflict,
    Constraint,
    Event,
    Provenance,
    label,
)
from chronos.timeline._when import check_tense, read_when, reference_span

if TYPE_CHECKING:
    from chronos.timeline._explain import Explanation
    from chronos.timeline._json import Document
    from chronos.timeline._query import Chronology, QueryIndex

__all__ = ["Timeline"]

_NO_PROVENANCE = Provenance()


class Timeline:
    """Events, claims about them with their provenance, and the chronology that follows.

    ``reference`` is the statement's publication date (a ``date``, a naive ``datetime`` or an
    ISO string): relative phrases are resolved against it and "ongoing" means still going on
    when it is over. ``policy`` decides vague phrases.
    """

    __slots__ = (
        "_alternatives",
        "_chronology",
        "_claims",
        "_events",
        "_index",
        "_policy",
        "_query",
        "_reference",
        "_reference_span",
        "_solver",
        "_state",
    )

    def __init__(self, *, reference: date | datetime | str, policy: Policy | None = None) -> None:
        self._reference_span, self._reference = reference_span(reference)
        if policy is not None and not isinstance(policy, Policy):
            raise InvalidArgumentError("policy", policy, "must be a Policy or None")
        self._policy = DEFAULT_POLICY if policy is None else policy
        self._events: list[Event] = []
        self._index: dict[str, int] = {}
        self._claims = Claims(self._events, self._index)
        self._alternatives: dict[int, list[tuple[str, list[Edge3]]]] = {}
        self._solver = Solver(self._weakness)
        self._state = State(self._events, self._claims, self._alternatives, self._solver)
        self._query: QueryIndex | None = None
        self._chronology: Chronology | None = None

    # -- what the timeline holds --------------------------------------------------------

    @property
    def reference(self) -> datetime:
        """The reference instant (the start of the reference day for a date)."""
        return self._reference

    @property
    def reference_span(self) -> Span:
        """The reference as a span: its day, or its second for a datetime."""
        return self._reference_span

    @property
    def policy(self) -> Policy:
        """The policy for vague phrases."""
        return self._policy

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event, in the order added."""
        return tuple(self._events)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim in force (structural ones, withdrawn and suspended ones left out), in
        the order made."""
        claims = self._claims
        return tuple(
            claims[i]
            for i in range(len(claims))
            if not claims.is_structure(i) and claims.in_force(i)
        )

    @property
    def suspended(self) -> tuple[Claim, ...]:
        """The claims left out by :meth:`suspend` until :meth:`restore`, in the order made."""
        return tuple(self._claims[i] for i in sorted(self._claims.suspended))

    def constraints(self, claim: Claim) -> tuple[Constraint, ...]:
        """The difference constraints a claim (in force or suspended) compiled to."""
        number = self._claim(claim)
        edges = self._solver.edges_of(number)
        return tuple(self._state.constraint(e, number) for e in edges)

    def event(self, name: str) -> Event:
        """The event called ``name``."""
        return self._events[self._lookup(name, "name")]

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Event):
            index = self._index.get(item.name)
            return index is not None and self._events[index] is item
        return isinstance(item, str) and _label(item) in self._index

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(list(self._events))

    def __repr__(self) -> str:
        # Cheap on purpose: a repr never triggers a solve.
        held = self._claims
        events = len(self._events)
        claims = len(held) - events - len(held.withdrawn) - len(held.suspended)
        return f"<Timeline reference={self._reference_span}: {events} events, {claims} claims>"

    # -- adding -------------------------------------------------------------------------

    def add(
        self,
        name: str | Event,
        *,
        when: object = None,
        tense: str | None = None,
        instant: bool = False,
        duration: object = None,
        source: str | Provenance | None = None,
        confidence: float = 1.0,
    ) -> Event:
        """Add an event, with what is known of its time; return it.

        ``when`` is a phrase ("in August 2023", "since August 2023", "on February 8"), an
        ``Expression``, a ``Span``, a ``date`` or an EDTF string. ``tense`` ("past",
        "present", "future") places a year-less date and, for past and future, says the
        event is over by the end of the reference day or starts after it begins.
        ``instant`` events have no length; ``duration`` bounds the length ("3 days",
        "at least a week", a ``Duration`` or a ``timedelta``).

        >>> tl = Timeline(reference="2024-10-25")
        >>> tl.add("reaction", when="2024-10-25")
        Event('reaction')

        ``name`` may also be an :class:`Event` value: the timeline then keeps that very
        value (its name and ``instant``), so a stage above can hand it events that carry
        more than a name (the chronicle's events carry their mentions).
        """
        given: Event | None = None
        if isinstance(name, Event):
            given = name
            name, instant = given.name, given.instant
        if not isinstance(name, str) or not name.strip():
            raise InvalidArgumentError("name", name, "must be a non-empty str")
        name = _label(name)
        if name in self._index:
            raise InvalidArgumentError("name", name, "is already an event of this timeline")
        if not isinstance(instant, bool):
            raise InvalidArgumentError("instant", instant, "must be a bool")
        tense = check_tense(tense)
        provenance = _provenance(source)
        _check_confidence(confidence)
        index = len(self._events)
        s, e = start_point(index), end_point(index)
        reference = self._reference_span
        pending: list[Pending] = []
        if when is not None:
            reading = read_when(when, reference=self._reference, tense=tense, policy=self._policy)
            last = self._events[-1].name if self._events else None
            found = when_claims(
                name, (s, e), reading, when, reference=reference, index=self._index, last=last
            )
            check_edges("when", when, (edge for p in found for edge in _all_edges(p)))
            pending += found
        if duration is not None:
            claim = duration_claim(name, s, e, read_amount(duration))
            check_edges("duration", duration, claim.edges)
            pending.append(claim)
        if tense == "past":
            text = f"{name} is over by the end of the reference ({reference})"
            edge = (ORIGIN, e, ticks(reference.end))
            pending.append(Pending("tense", "by", str(reference), text, [edge]))
        elif tense == "future":
            text = f"{name} starts once the reference ({reference}) has begun"
            edge = (s, ORIGIN, -ticks(self._reference))
            pending.append(Pending("tense", "after", str(reference), text, [edge]))
        # Everything is checked: only now does the timeline change.
        event = given if given is not None else Event(name, instant=instant)
        self._add_event(event)
        for p in pending:
            self._add_claim(
                p.kind,
                name,
                p.relation,
                p.object,
                p.text,
                p.edges,
                provenance=provenance,
                confidence=confidence,
                assumptions=p.assumptions,
                alternatives=p.alternatives,
                gap=p.gap,
            )
        return event

    def relate(
        self,
        subject: Event | str,
        relation: str,
        object: Event | str | Span | date | datetime,
        *,
        gap: object = None,
        source: str | Provenance | None = None,
        confidence: float = 1.0,
    ) -> Claim:
        """Claim that ``subject`` stands in ``relation`` to ``object`` (an event or a time).

        ``relation`` is one of Allen's thirteen, a TimeML TLINK name or a cue word
        ("ahead of", "since", "following", …); ``gap`` ("at least 2 days", "a month",
        "within a week") is the time between the two, for before/after/within.

        >>> tl = Timeline(reference="2024-10-25")
        >>> letter, reaction = tl.add("letter"), tl.add("reaction", when="2024-10-25")
        >>> print(tl.relate(letter, "before", reaction, gap="at least 2 days"))
        letter before reaction, at least 2 days
        """
        a = self._lookup(subject, "subject")
        spec = _resolve_relation(relation)
        parsed_gap = None if gap is None else read_gap(gap)
        atoms = compile_relation(spec, parsed_gap)
        provenance = _provenance(source)
        _check_confidence(confidence)
        name = self._events[a].name
        if isinstance(object, (Event, str)):
            b = self._lookup(object, "object")
            if b == a:
                raise InvalidArgumentError(
                    "object", object, f"an event cannot be related to itself ({name!r})"
                )
            target = self._events[b].name
            out = edges(atoms, (start_point(a), end_point(a)), (start_point(b), end_point(b)))
        else:
            span = _as_span(object, "object")
            target = str(span)
            out = span_edges_of(spec.name, atoms, (start_point(a), end_point(a)), span)
        if spec.ongoing:
            out.append(ongoing_edge((start_point(a), end_point(a)), self._reference_span))
        check_edges("gap", gap, out)
        text = link_text(name, spec.name, target, None if parsed_gap is None else parsed_gap.text)
        return self._add_claim(
            "relation",
            name,
            spec.name,
            target,
            text,
            out,
            provenance=provenance,
            confidence=confidence,
            gap=None if parsed_gap is None else parsed_gap.text,
        )

    # -- answers ------------------------------------------------------------------------

    def when(self, event: Event | str) -> Bounds:
        """The window of the event's start and of its end (the instant it is over).

        >>> tl = Timeline(reference="2024-10-25")
        >>> b = tl.when(tl.add("talks", when=Span.month(2024, 9)))
        >>> str(b), b.earliest_start, b.latest_end
        ('2024-09', datetime.datetime(2024, 9, 1, 0, 0), datetime.datetime(2024, 10, 1, 0, 0))
        """
        i = self._lookup(event, "event")
        solver = self._solver
        s, e = start_point(i), end_point(i)
        start = _window(solver.lower(s), solver.upper(s), end=False)
        return Bounds(start, _window(solver.lower(e), solver.upper(e), end=True))

    def _all_bounds(self) -> list[Bounds]:
        """``when`` of every event, by index, made in one pass."""
        lows, ups = self._solver.all_bounds()
        with collector_paused():
            return bounds_of_events(lows, ups)

    def relation(
        self,
        subject: Event | str,
        relation: str,
        object: Event | str | Span | date | datetime,
        *,
        gap: object = None,
    ) -> Certainty:
        """Whether ``subject relation object`` holds: certainly, possibly, or certainly not.

        CERTAIN: every solution satisfies the relation; POSSIBLE: some does; IMPOSSIBLE:
        none does. Events that are not instants take some time, so "the elections before the
        sentencing" is IMPOSSIBLE when the sentencing came ahead of them. Bounds decide
        first; when they cannot, exact distance queries do.

        >>> tl = Timeline(reference="2024-10-25")
        >>> a, b = tl.add("a", when=Span.month(2023, 8)), tl.add("b", when=Span.month(2024, 2))
        >>> tl.relation(a, "before", b), tl.relation(b, "before", a)
        (Certainty.CERTAIN, Certainty.IMPOSSIBLE)
        """
        a = self._lookup(subject, "subject")
        spec = _resolve_relation(relation)
        parsed_gap = None if gap is None else read_gap(gap)
        atoms = compile_relation(spec, parsed_gap)
        points = (start_point(a), end_point(a))
        if isinstance(object, (Event, str)):
            b = self._lookup(object, "object")
            if b == a:
                raise InvalidArgumentError("object", object, "an event cannot be related to itself")
            closed = edges(atoms, points, (start_point(b), end_point(b)))
        else:
            closed = span_edges_of(spec.name, atoms, points, _as_span(object, "object"))
        if spec.ongoing:
            closed.append(ongoing_edge(points, self._reference_span))
        solver = self._solver
        if all(solver.entails(u, v, w) for u, v, w in closed):
            return Certainty.CERTAIN
        return Certainty.POSSIBLE if solver.admits(closed) else Certainty.IMPOSSIBLE

    @property
    def conflicts(self) -> list[Conflict]:
        """Every contradiction found, with the claim set aside to repair it.

        In the order of the claims set aside (oldest first).
        """
        found = list(self._solver.ensure_solved().conflicts)
        if len({c.set_aside for c in found}) == len(found):
            found.sort(key=lambda c: c.set_aside)
        else:  # claims of a cycle tell apart two conflicts with one claim set aside
            found.sort(key=lambda c: (c.set_aside, c.cids))
        with collector_paused():
            return [self._conflict(c) for c in found]

    @property
    def set_aside(self) -> tuple[Claim, ...]:
        """The claims the repair of conflicts no longer uses."""
        self._solver.ensure_solved()
        return tuple(self._claims[c] for c in self._solver.network.report.set_aside)

    def is_set_aside(self, claim: Claim) -> bool:
        """Whether ``claim`` was set aside to repair a conflict (a suspended one is not)."""
        number = self._claim(claim)
        self._solver.ensure_solved()
        return self._solver.is_set_aside(number)

    # -- taking claims back ---------------------------------------------------------------

    def withdraw(self, claim: Claim) -> None:
        """Take ``claim`` back for good: every answer afterwards is that of the timeline
        made without it (a claim set aside for a conflict through it may come back), and
        ``to_json`` no longer writes it. Bounds are repaired in place, never solved anew.

        ``claim`` is a :class:`Claim` in force or suspended (as ``claims``, ``suspended``,
        ``relate`` or a conflict give it); the numbers of the other claims do not change.

        >>> tl = Timeline(reference="2024-10-25")
        >>> vote = tl.add("vote", when="2024-02-08")
        >>> rumour = tl.relate(vote, "after", Span.month(2024, 3), confidence=0.5)
        >>> [str(c.set_aside) for c in tl.conflicts]
        ['vote after 2024-03']
        >>> tl.withdraw(rumour)
        >>> tl.conflicts, [c.text for c in tl.claims]
        ([], ['vote in 2024-02-08'])
        """
        number = self._claim(claim)
        self._solver.withdraw(number)
        self._claims.suspended.discard(number)
        self._claims.withdrawn.add(number)
        self._chronology = None

    def suspend(self, claim: Claim) -> None:
        """Leave ``claim`` out until :meth:`restore`, to ask what follows without it: every
        answer meanwhile is that of the timeline made without it. It is kept (``suspended``)
        and written by ``to_json`` as suspended.

        >>> tl = Timeline(reference="2024-10-25")
        >>> report = tl.relate(tl.add("count"), "after", tl.add("vote", when="2024-02-08"))
        >>> tl.suspend(report); str(tl.when("count")), tl.suspended == (report,)
        ('../..', True)
        >>> tl.restore(report); str(tl.when("count")), tl.suspended
        ('2024-02-08/..', ())
        """
        number = self._claim(claim)
        if number in self._claims.suspended:
            raise InvalidArgumentError("claim", claim, "is suspended already")
        self._solver.suspend(number)
        self._claims.suspended.add(number)
        self._chronology = None

    def restore(self, claim: Claim) -> None:
        """Take a suspended ``claim`` into account again: every answer is then that of the
        timeline made with it, in its place (by the conflict rule, as old as it was)."""
        number = self._claim(claim)
        if number not in self._claims.suspended:
            raise InvalidArgumentError("claim", claim, "is not suspended")
        self._claims.suspended.discard(number)
        self._solver.restore(number)
        self._chronology = None

    def explain(self, event: Event | str) -> Explanation:
        """Why each bound of the event is what it is: the claims and assumptions behind it."""
        from chronos.timeline._explain import explain

        i = self._lookup(event, "event")
        return explain(self._state, i, self.when(self._events[i]))

    def ordered(self) -> Chronology:
        """The events in an order consistent with every certain precedence.

        Runs of events whose relative order is not certain are marked as such. Kept until
        the timeline changes.
        """
        from chronos.timeline._query import chronology

        if self._chronology is None:
            with collector_paused():
                self._chronology = chronology(self._state, self._all_bounds())
        return self._chronology

    def between(
        self,
        start: object,
        end: object,
        *,
        certainty: Certainty = Certainty.CERTAIN,
    ) -> list[Event]:
        """Events that lie (certainly, or possibly) between the start of ``start`` and the
        end of ``end`` (spans, dates, EDTF strings or phrases)."""
        lo = self._time(start, "start")
        hi = self._time(end, "end")
        if lo.start is None or hi.end is None:
            raise InvalidArgumentError("start", start, "a window needs both ends")
        if hi.end <= lo.start:
            raise InvalidArgumentError("end", end, f"ends before the window starts ({lo})")
        return self._index_query().between(
            ticks(lo.start), ticks(hi.end), _check_certainty(certainty)
        )

    def during(self, when: object, *, certainty: Certainty = Certainty.CERTAIN) -> list[Event]:
        """Events that lie within ``when`` (a time, or an event)."""
        if isinstance(when, Event) or (isinstance(when, str) and when in self._index):
            return self._by_relation("during", when, certainty)
        return self.between(when, when, certainty=certainty)

    def before(self, when: object, *, certainty: Certainty = Certainty.CERTAIN) -> list[Event]:
        """Events over by the start of ``when`` (a time, or an event)."""
        if isinstance(when, Event) or (isinstance(when, str) and when in self._index):
            return self._by_relation("before", when, certainty)
        span = self._time(when, "when")
        if span.start is None:
            raise InvalidArgumentError("when", when, "has no start")
        return self._index_query().before(ticks(span.start), _check_certainty(certainty))

    def after(self, when: object, *, certainty: Certainty = Certainty.CERTAIN) -> list[Event]:
        """Events that start once ``when`` (a time, or an event) is over."""
        if isinstance(when, Event) or (isinstance(when, str) and when in self._index):
            return self._by_relation("after", when, certainty)
        span = self._time(when, "when")
        if span.end is None:
            raise InvalidArgumentError("when", when, "has no end")
        return self._index_query().after(ticks(span.end), _check_certainty(certainty))

    def overlapping(self, when: object, *, certainty: Certainty = Certainty.CERTAIN) -> list[Event]:
        """Events that share some time with ``when`` (a span, date, EDTF string or phrase)."""
        span = self._time(when, "when")
        lo = None if span.start is None else ticks(span.start)
        hi = None if span.end is None else ticks(span.end)
        return self._index_query().overlapping(lo, hi, _check_certainty(certainty))

    # -- persistence ----------------------------------------------------------------------

    def to_json(self, *, indent: int | None = None) -> str:
        """The whole timeline as JSON (versioned schema, see ``docs/timeline.md``)."""
        from chronos.timeline._json import dump

        return dump(
            self._state,
            reference=self._reference,
            grain=self._reference_span.grain.value,
            policy=self._policy,
            indent=indent,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """The timeline written by :meth:`to_json`."""
        from chronos.timeline._json import load

        return load(text, cls._rebuilt)

    @classmethod
    def _rebuilt(cls, document: Document) -> Timeline:
        """The timeline a read JSON document describes: its events, its claims with the
        constraints as stored, and the solution written with them if it checks."""
        timeline = cls(reference=document.reference, policy=document.policy)
        events = document.events
        timeline._events.extend(events)
        names = map(attrgetter("name"), events)
        timeline._index.update(zip(names, range(len(events)), strict=True))
        solver = timeline._solver
        solver.network.add_points(2 * len(events))
        timeline._claims.extend(
            document.kinds,
            document.subjects,
            document.relations,
            document.objects,
            document.texts,
            document.confidences,
            provenance=document.provenance,
            assumptions=document.assumptions,
            gap=document.gaps,
        )
        timeline._alternatives.update(document.alternatives)
        # The points were checked as the document was read (each below 2n + 1).
        solver.add_claims(document.us, document.vs, document.ws, document.counts, checked=True)
        for number in sorted(document.suspended):
            timeline._claims.suspended.add(number)
            solver.suspend(number)
        if document.solution is not None:
            solver.adopt(document.solution)
        return timeline

    # -- internals ------------------------------------------------------------------------

    def _weakness(self, cid: int) -> tuple[float, int]:
        return self._claims.weakness(cid)

    def _claim(self, claim: object) -> int:
        """The number of ``claim``, a claim of this timeline still held (in force or
        suspended) other than an event's own."""
        if not isinstance(claim, Claim):
            raise InvalidArgumentError(
                "claim", claim, "must be a Claim (as relate() or the claims property give it)"
            )
        number = claim.number
        claims = self._claims
        if type(number) is not int or not 0 <= number < len(claims) or claims[number] != claim:
            raise InvalidArgumentError("claim", claim, "is not a claim of this timeline")
        if number in claims.withdrawn:
            raise InvalidArgumentError("claim", claim, "was withdrawn")
        if claims.is_structure(number):
            raise InvalidArgumentError(
                "claim", claim, "is an event's own claim, which holds as long as the event"
            )
        return number

    def _lookup(self, item: object, argument: str) -> int:
        if isinstance(item, Event):
            # The very event this timeline handed out: an equal one from another timeline
            # is not silently bound by its name.
            index = self._index.get(item.name)
            if index is None:
                raise UnknownEventError(argument, item, self._index)
            if self._events[index] is not item:
                raise UnknownEventError(argument, item)
            return index
        if not isinstance(item, str):
            raise InvalidArgumentError(argument, item, "must be an Event or an event's name")
        index = self._index.get(item)
        if index is None:
            index = self._index.get(_label(item))
        if index is None:
            raise UnknownEventError(argument, item, self._index)
        return index

    def _add_event(self, event: Event, *, structure: bool = True) -> None:
        if event.name in self._index:
            raise InvalidArgumentError("name", event.name, "is already an event of this timeline")
        index = len(self._events)
        self._events.append(event)
        self._index[event.name] = index
        self._solver.add_event()
        self._chronology = None
        if not structure:
            return
        self._add_claim(
            "structure",
            event.name,
            "structure",
            None,
            STRUCTURE_TEXTS[event.instant].format(event.name),
            own_edges(index, instant=event.instant),
            provenance=_NO_PROVENANCE,
            confidence=1.0,
        )

    def _add_claim(
        self,
        kind: ClaimKind,
        subject: str,
        relation: str,
        obj: str | None,
        text: str,
        edges: Sequence[Edge3],
        *,
        provenance: Provenance,
        confidence: float,
        assumptions: tuple[Assumption, ...] = (),
        alternatives: Sequence[tuple[str, list[Edge3]]] = (),
        gap: str | None = None,
    ) -> Claim:
        claim = self._claims.append(
            kind,
            subject,
            relation,
            obj,
            text,
            provenance=provenance,
            confidence=confidence,
            assumptions=assumptions,
            gap=gap,
        )
        if alternatives:
            self._alternatives[claim.number] = list(alternatives)
        self._chronology = None
        self._solver.add_claim(claim.number, edges)
        return claim

    def _time(self, value: object, argument: str) -> Span:
        if isinstance(value, Span):
            return value
        if isinstance(value, (date, datetime, str)):
            try:
                reading = read_when(
                    value, reference=self._reference, tense=None, policy=self._policy
                )
            except ParseError as exc:
                raise for_argument(exc, argument) from exc
            if reading.span is not None:
                return reading.span
            if reading.parts is not None:
                return reading.parts[0].hull(reading.parts[1])
        raise InvalidArgumentError(
            argument, value, "must be a Span, a date or a phrase naming a time"
        )

    def _index_query(self) -> QueryIndex:
        from chronos.timeline._query import QueryIndex

        query = self._query
        if query is None or not query.refresh(self._state):
            query = self._query = QueryIndex.build(self._state)
        return query

    def _by_relation(self, relation: str, when: object, certainty: Certainty) -> list[Event]:
        from chronos.timeline._query import by_relation

        other = self._lookup(when, "when")
        target = self._events[other]

        def related(i: int) -> Certainty:
            return self.relation(self._events[i], relation, target)

        return by_relation(self._index_query(), other, related, _check_certainty(certainty))

    def _conflict(self, found: Any) -> Conflict:
        from chronos.timeline._explain import suggestion_for

        constraints = self._state.constraints(found.edges)
        return Conflict(
            constraints=constraints,
            slack=timedelta(seconds=floor_seconds(-found.slack)),
            set_aside=self._claims[found.set_aside],
            suggestion=suggestion_for(self._state, found),
        )


# -- helpers ----------------------------------------------------------------------------


def _label(name: str) -> str:
    normal = label(name)
    return normal if isinstance(normal, str) else name


def _check_confidence(confidence: object) -> None:
    ok = isinstance(confidence, (int, float)) and not isinstance(confidence, bool)
    if not ok or not 0 < confidence <= 1:  # type: ignore[operator]
        raise InvalidArgumentError("confidence", confidence, "must be a number in (0, 1]")


def _check_certainty(certainty: object) -> Certainty:
    if certainty not in (Certainty.CERTAIN, Certainty.POSSIBLE):
        raise InvalidArgumentError(
            "certainty", certainty, "must be Certainty.CERTAIN or Certainty.POSSIBLE"
        )
    return Certainty.CERTAIN if certainty is Certainty.CERTAIN else Certainty.POSSIBLE


def _provenance(source: object) -> Provenance:
    if source is None:
        return _NO_PROVENANCE
    if isinstance(source, Provenance):
        return source
    if isinstance(source, str):
        return Provenance(source=source)
    raise InvalidArgumentError("source", source, "must be a str, a Provenance or None")


def _all_edges(pending: Pending) -> Iterator[Edge3]:
    yield from pending.edges
    for _, alternative in pending.alternatives:
        yield from alternative


def _as_span(value: object, argument: str) -> Span:
    if isinstance(value, Span):
        return value
    if isinstance(value, (date, datetime)):
        if isinstance(value, datetime) and value.tzinfo is not None:
            raise InvalidArgumentError(argument, value, "must be naive")
        return Span.of(value)
    raise InvalidArgumentError(
        argument, value, "must be an Event, an event's name, a Span or a date"
    )
