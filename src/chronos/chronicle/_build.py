"""``chronicle``: statements → one Timeline, events merged across statements with provenance."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Any, Final

import attrs

from chronos.chronicle._find import Anchor, Found, Reading, read_statement
from chronos.chronicle._lexicon import nominal
from chronos.chronicle._types import ChronicleEvent, EventMention, Statement
from chronos.chronicle._words import AUX, day_before, day_of
from chronos.errors import ChronosError, InvalidArgumentError
from chronos.text import sentence_spans
from chronos.time import Span
from chronos.timeline import Claim, Provenance, Timeline

__all__ = ["MAX_TEXT", "add_statement", "chronicle"]

#: The longest statement read (characters). 5 MB reads in seconds; more is refused.
MAX_TEXT: Final = 8_000_000


#: ``progress(done, total)``: called with the number of statements read so far, and how many.
Progress = Callable[[int, int], object]
#: A ``map(function, items)`` like the built-in one: the results in the order of ``items``.
Mapper = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]


def chronicle(
    statements: Iterable[Statement],
    *,
    progress: Progress | None = None,
    map: Mapper | None = None,
) -> Timeline:
    """The chronology that ``statements`` tell, as a solved :class:`~chronos.Timeline`.

    Each statement is an event at its publication date; the events found in its text are
    anchored by their temporal expressions, ordered by cue words, tied to earlier mentions
    by conservative anaphora, and merged across statements when they carry the same label.
    Every claim keeps its provenance (statement id, sentence, the words). The timeline's
    reference is the earliest publication date; every phrase is read against its own
    statement's.

    Reading each statement (its expressions, events, anchors and links) is most of the
    work, and each is read on its own: ``map`` is called once as ``map(read, items)`` and
    may read them elsewhere — ``ProcessPoolExecutor().map`` in local processes — as long as
    it gives the results in the order of the items; the merge and the timeline are built
    here, so the chronology is the same however the statements were read. ``progress`` is
    called as ``progress(done, total)`` before the first statement and after each one read.

    >>> s = Statement("The court extended his remand on Saturday.", published="2025-01-06",
    ...               id="court")
    >>> tl = chronicle([s])
    >>> [e.name for e in tl.ordered()]
    ['extended remand', 'statement court']
    >>> str(tl.when("extended remand"))
    '2025-01-04'
    """
    given = _statements(statements)
    readings = _read_all(given, progress, map)
    for (sid, s), reading in zip(given, readings, strict=True):
        _identify(s, sid, reading)
    timeline = Timeline(reference=min(day_of(s.published) for _, s in given))
    unique = _Names()
    days = {sid: Span.of(day_of(s.published)) for sid, s in given}
    own: dict[str, str] = {}  # statement id → the name of the statement's own event
    for sid, s in given:
        own[sid] = unique(s.title or f"statement {sid}")
    for (sid, s), reading in zip(given, readings, strict=True):
        timeline.add(
            ChronicleEvent(
                own[sid],
                label=own[sid],
                kind="statement",
                statement=s,
                notes=tuple(reading.notes),
                mentions=_title(s, sid),
            ),
            when=Span.of(s.published),
            source=Provenance(
                source=s.source, statement=sid, quote=f"published {s.published.isoformat()}"
            ),
        )
    into, ident = _merge(given, readings)
    merged: dict[int, list[Found]] = {}  # id(event) → the later statements' events merged in
    for reading in readings:
        for found in reading.events:
            if id(found) in into:
                merged.setdefault(id(into[id(found)]), []).append(found)
    referred = _references(readings, into)
    name_of: dict[int, str] = {}
    for reading in readings:
        for found in reading.events:
            if id(found) in into:
                continue
            name = name_of[id(found)] = unique(found.label)
            mentions = [*found.mentions]
            for other in merged.get(id(found), ()):
                mentions += other.mentions
            mentions += referred.get(id(found), ())
            timeline.add(
                ChronicleEvent(
                    name,
                    label=found.label,
                    kind=found.kind,
                    mentions=tuple(mentions),
                    id=ident.get(id(found)),
                )
            )

    def named(found: Found) -> str:
        return name_of[id(into.get(id(found), found))]

    for (sid, s), reading in zip(given, readings, strict=True):
        for found in reading.events:
            _anchor(timeline, named(found), found, s, sid, days[sid])
        for link in reading.links:
            a, b = named(link.a), named(link.b)
            if a != b:
                where = attrs.evolve(_where(s, sid, link.sentence, link.quote), rule=link.rule)
                relation = {"since": "after", "until": "before"}.get(link.relation, link.relation)
                _relate(timeline, a, relation, b, link.gap, where)
    return timeline


def _read(item: tuple[str, Statement]) -> tuple[str, Reading]:
    """What one statement says (a module-level function, so that it can be sent to another
    process)."""
    sid, s = item
    return sid, read_statement(s.text, sid, s.published)


def _read_all(
    given: list[tuple[str, Statement]], progress: Progress | None, map: Mapper | None
) -> list[Reading]:
    if progress is not None and not callable(progress):
        raise InvalidArgumentError(
            "progress", progress, "must be callable as progress(done, total)"
        )
    if map is not None and not callable(map):
        raise InvalidArgumentError("map", map, "must be callable as map(function, items)")
    total = len(given)
    results: Iterator[Any] = iter((map or builtins.map)(_read, given))
    readings: list[Reading] = []
    if progress is not None:
        progress(0, total)
    for (sid, _s), result in zip(given, results, strict=False):
        if not (isinstance(result, tuple) and len(result) == 2 and result[0] == sid):
            wrong = f"gave {_short(result)} for statement {sid!r}: not its reading, in order"
            raise InvalidArgumentError("map", map, wrong)
        readings.append(result[1])
        if progress is not None:
            progress(len(readings), total)
    if len(readings) < total:
        raise InvalidArgumentError(
            "map", map, f"gave {len(readings)} results for {total} statements"
        )
    if next(results, None) is not None:
        raise InvalidArgumentError(
            "map", map, f"gave more than {total} results for {total} statements"
        )
    return readings


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _identify(s: Statement, sid: str, reading: Reading) -> None:
    """Give the events a statement names in its ``events`` their shared ids.

    The event is the one whose mention shares the most characters with the first place of
    the words in the text; words that tell no event the reading found are an event of
    their own, labelled by the words, which the id ties to the other statements' event.
    """
    for key, quote in s.events:
        start = s.text.find(quote)
        end = start + len(quote)
        best, most = None, 0
        for found in reading.events:
            for m in found.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap <= 0 and _subject(s.text, end, m.start):
                    overlap = 1  # "the runoff was held": the words are its verb's subject
                if m.statement == sid and overlap > most:
                    best, most = found, overlap
        if best is None:
            best = _declared(s.text, sid, quote.strip(), start + len(quote) - len(quote.lstrip()))
            reading.events.append(best)
        if best.event_id is not None:
            raise InvalidArgumentError(
                "events",
                dict(s.events),
                f"{best.event_id!r} and {key!r} name one event of statement {sid!r} "
                f"({best.label!r}): give it one id",
            )
        best.event_id = key


def _subject(text: str, end: int, verb: int) -> bool:
    """Whether only auxiliaries stand between words ending at ``end`` and a verb."""
    between = text[end:verb]
    return end <= verb and len(between) <= 24 and all(w.lower() in AUX for w in between.split())


def _declared(text: str, sid: str, quote: str, start: int) -> Found:
    """An event that only a statement's ``events`` names: the words, as an event noun
    (labelled without a leading article: "the runoff" is "runoff")."""
    words = quote.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an", "this", "that"):
        words = words[1:]
    label = " ".join(words)
    head = words[-1].lower()
    found = Found(label, "occurrence", label.lower(), head, frozenset({head}))
    found.noun = True
    sentence = next((n for n, (a, b) in enumerate(sentence_spans(text), 1) if a <= start < b), 1)
    found.mentions.append(
        EventMention(
            statement=sid, sentence=sentence, start=start, end=start + len(quote), quote=quote
        )
    )
    return found


def _merge(
    given: list[tuple[str, Statement]], readings: list[Reading]
) -> tuple[dict[int, Found], dict[int, str]]:
    """Events of later statements that are an earlier event, and the shared id of each.

    An event with a shared id is the first event given that id, in any statement. Else an
    event of a later statement is an earlier statement's event with the same label key and
    compatible dates, unless the two carry different ids. Reports are never merged by
    label (each statement's "said" is its own act).
    """
    first: dict[str, Found] = {}
    home: dict[int, str] = {}
    day: dict[str, date] = {}
    into: dict[int, Found] = {}
    by_id: dict[str, Found] = {}
    ident: dict[int, str] = {}  # id(event kept) → its shared id
    for (sid, statement), reading in zip(given, readings, strict=True):
        day[sid] = day_of(statement.published)
        for found in reading.events:
            home[id(found)] = sid
            key = found.event_id
            root, rule = (by_id.get(key), "same id") if key is not None else (None, "")
            if root is None and _by_label(found):
                earlier = first.get(found.key)
                other = None if earlier is None else ident.get(id(earlier))
                if (
                    earlier is None
                    or (other is not None and key is not None and other != key)
                    or not _compatible(earlier, found, abs(day[sid] - day[home[id(earlier)]]))
                ):
                    first[found.key] = found  # none yet, another event by its id, or far apart
                elif home[id(earlier)] != sid:
                    root, rule = earlier, "same label"
            if root is None:
                if key is not None:
                    by_id[key] = found
                    ident[id(found)] = key
                continue
            into[id(found)] = root
            if key is not None:
                by_id[key] = root
                ident[id(root)] = key
            found.mentions[:] = [attrs.evolve(m, rule=m.rule or rule) for m in found.mentions]
    return into, ident


def _by_label(found: Found) -> bool:
    """Whether an event may merge by its label: not a report, not a bare predicate."""
    # "opened" alone could be anything: a predicate merges with its head
    return found.kind != "reporting" and (found.noun or " " in found.key)


def _references(readings: list[Reading], into: dict[int, Found]) -> dict[int, list[EventMention]]:
    """Definite nouns that name an earlier statement's event: its mentions, by event.

    A statement's "the letter" that names no event of its own statement is a mention of the
    latest event told before it, in an earlier statement, with the same head ("same head")
    or the verb the noun nominalizes ("nominalization") — never a near synonym or "the
    move" across statements, and never a report.
    """
    heads: dict[str, Found] = {}  # the latest event, by head, of the statements read so far
    out: dict[int, list[EventMention]] = {}
    for reading in readings:
        for m in reading.references:
            entry = nominal(m.quote.lower())
            if entry is None:
                continue
            for key, rule in ((entry.lemma, "same head"), (entry.verb, "nominalization")):
                target = None if key is None else heads.get(key)
                if target is not None:
                    target = into.get(id(target), target)
                    out.setdefault(id(target), []).append(attrs.evolve(m, rule=rule))
                    break
        for found in reading.events:
            if found.kind != "reporting":
                heads[found.head] = found
                # "sent a letter": the letter is the object's event noun
                obj = None if found.noun else nominal(found.key.rsplit(" ", 1)[-1])
                if obj is not None:
                    heads[obj.lemma] = found
    return out


#: How far apart two statements may date an event and still tell the same one: further
#: apart, they tell two events with the same label; closer, a disagreement (a conflict).
_SAME_EVENT: Final = timedelta(days=31)


def _compatible(a: Found, b: Found, apart: timedelta) -> bool:
    """Whether two statements' events with one label can be one event: dates near enough.

    An event one of them does not date ("the strike") is the same only when the statements
    were published near each other (``apart``, the days between them): a strike told a
    year later is another strike, not a contradiction of the first.
    """
    ha, hb = _hull(a), _hull(b)
    if ha is None or hb is None:
        return apart <= _SAME_EVENT
    gap = max(hb[0] - ha[1], ha[0] - hb[1], timedelta(0))
    return gap <= _SAME_EVENT


def _hull(found: Found) -> tuple[datetime, datetime] | None:
    spans = [a.span for a in found.anchors if a.relation == "during"]
    starts = [s.start for s in spans if s.start is not None]
    ends = [s.end for s in spans if s.end is not None]
    if not starts or not ends:
        return None
    return (min(starts), max(ends))


def add_statement(timeline: Timeline, statement: Statement) -> Timeline:
    """The chronology of the statements ``timeline`` was made from, and ``statement``.

    The result equals ``chronicle`` of all of them, in order; ``timeline`` itself is left as
    it was (a function of the chronicle stage, not a method, so that the timeline stage
    never depends on this one). Only a timeline made by ``chronicle`` knows its statements:
    claims added to it by hand are not carried over.
    """
    if not isinstance(timeline, Timeline):
        raise InvalidArgumentError("timeline", timeline, "must be a Timeline made by chronicle()")
    if not isinstance(statement, Statement):
        raise InvalidArgumentError("statement", statement, "must be a Statement")
    before = [
        e.statement
        for e in timeline.events
        if isinstance(e, ChronicleEvent) and e.statement is not None
    ]
    if not before:
        raise InvalidArgumentError(
            "timeline", timeline, "holds no statement: make it with chronicle()"
        )
    return chronicle([*before, statement])


# -- the arguments ---------------------------------------------------------------------------


def _statements(statements: object) -> list[tuple[str, Statement]]:
    if isinstance(statements, Statement):
        statements = [statements]
    if isinstance(statements, (str, bytes)) or not isinstance(statements, Iterable):
        raise InvalidArgumentError(
            "statements", statements, "must be an iterable of Statement values"
        )
    out: list[tuple[str, Statement]] = []
    seen: set[str] = set()
    for n, s in enumerate(statements, 1):
        if not isinstance(s, Statement):
            raise InvalidArgumentError("statements", s, f"item {n} is not a Statement")
        if len(s.text) > MAX_TEXT:
            raise InvalidArgumentError(
                "statements",
                f"Statement({s.text[:30]!r}...)",
                f"item {n} holds {len(s.text):,} characters; at most {MAX_TEXT:,} are read",
            )
        sid = s.id if s.id is not None else str(n)
        if sid in seen:
            raise InvalidArgumentError("statements", sid, f"item {n} repeats the id {sid!r}")
        seen.add(sid)
        out.append((sid, s))
    if not out:
        raise InvalidArgumentError("statements", [], "must hold at least one Statement")
    return out


def _title(s: Statement, sid: str) -> tuple[EventMention, ...]:
    """The statement's own mention: its title, where the text holds it."""
    title = s.title
    at = -1 if title is None else s.text.find(title, 0, 2 * len(title) + 200)
    if title is None or at < 0:
        return ()
    return (EventMention(statement=sid, sentence=1, start=at, end=at + len(title), quote=title),)


class _Names:
    """Unique event names: a label, then "label #2", "label #3"… (amortized O(1))."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.count: dict[str, int] = {}

    def __call__(self, name: str) -> str:
        n = self.count.get(name, 1)
        out = name
        while out in self.taken:
            n += 1
            out = f"{name} #{n}"
        self.count[name] = n
        self.taken.add(out)
        return out


# -- claims ---------------------------------------------------------------------------------


def _where(s: Statement, sid: str, sentence: int, quote: str) -> Provenance:
    """A claim's provenance: the statement's source (its name for readers), its id, the
    sentence and the words."""
    return Provenance(source=s.source, statement=sid, sentence=sentence, quote=quote)


def _anchor(timeline: Timeline, name: str, found: Found, s: Statement, sid: str, day: Span) -> None:
    for a in found.anchors:
        _claim(timeline, name, a, _where(s, sid, a.sentence, a.quote), day)
    if found.anchors:
        return
    first = found.mentions[0]
    where = _where(s, sid, first.sentence, first.quote)
    if found.kind == "reporting" and found.tense not in ("pluperfect", "future"):
        if found.tense != "modal":  # "would not comment": no act to place
            # a report is the speaker's act: on the day the statement tells it
            _try(lambda: timeline.relate(name, "during", day, source=where))
    elif found.tense in ("past", "perfect", "pluperfect"):
        # "had said": an earlier report, over by the publication day
        _try(lambda: timeline.relate(name, "by", day, source=where))
    elif found.tense == "future":
        _try(lambda: timeline.relate(name, "after", day_before(day), source=where))


def _claim(timeline: Timeline, name: str, a: Anchor, where: Provenance, day: Span) -> None:
    if a.relation == "since-ongoing":  # starts in the span, still going on at publication
        _try(lambda: timeline.relate(name, "since", a.span, source=where))
        _try(lambda: timeline.relate(name, "contains", day, source=where))
    elif a.relation == "since-over":  # "adjourned twice since mid-December": in between
        _try(lambda: timeline.relate(name, "after", day_before(a.span), source=where))
        _try(lambda: timeline.relate(name, "by", day, source=where))
    elif a.relation == "from":  # "from Monday until …": starts in the span, and ends later
        _try(lambda: timeline.relate(name, "after", day_before(a.span), source=where))
        _try(lambda: timeline.relate(name, "as of", a.span, source=where))
    elif a.relation == "not-before":  # "between 2 and 5 June": not before the first day
        _try(lambda: timeline.relate(name, "after", day_before(a.span), source=where))
    elif a.relation == "ongoing":
        _try(lambda: timeline.relate(name, "contains", day, source=where))
    else:
        _try(lambda: timeline.relate(name, a.relation, a.span, source=where))


def _relate(
    timeline: Timeline, a: str, relation: str, b: str, gap: str | None, where: Provenance
) -> None:
    _try(lambda: timeline.relate(a, relation, b, gap=gap, source=where))


def _try(make: Callable[[], Claim]) -> None:
    try:
        make()
    except ChronosError:
        return  # a claim the calendar cannot hold (a gap past 9999) is left out, not guessed
