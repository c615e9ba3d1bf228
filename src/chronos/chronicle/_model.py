"""What the reading of one statement holds: events, anchors, links, and what carries over.

``Found`` is an event of one statement before the timeline is built, ``Anchor`` what a
temporal expression says of it, ``Link`` a relation the text states between two of them;
``Told`` is what carries from one sentence of a statement to the next (the events told so
far, indexed for anaphora). The helpers say where a word can be a verb or an event noun.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from chronos.chronicle._lexicon import Nominal, Verb, nominal, verb as verb_of
from chronos.chronicle._types import EventMention, Kind
from chronos.chronicle._words import DETERMINERS, NOT_SUBJECT, STOPS, Tok, day_of
from chronos.time import Span

__all__ = [
    "PRONOUNS",
    "Anchor",
    "Found",
    "Link",
    "Reading",
    "Told",
    "base_verb",
    "nominal_entry",
    "realis",
    "rule_of",
    "verb_entry",
    "verb_place",
]

#: Event nouns that name whatever event was told just before ("the move").
PRONOUNS: Final = frozenset({"move", "step"})


class Anchor:
    """What a temporal expression says of an event: a relation name and a span."""

    __slots__ = ("quote", "relation", "sentence", "span")

    def __init__(self, relation: str, span: Span, sentence: int, quote: str) -> None:
        self.relation, self.span, self.sentence, self.quote = relation, span, sentence, quote


class Found:
    """An event of one statement, before the timeline is built."""

    __slots__ = (
        "anchors",
        "event_id",
        "group",
        "head",
        "key",
        "kind",
        "label",
        "mentions",
        "noun",
        "tense",
    )

    def __init__(self, label: str, kind: Kind, key: str, head: str, group: frozenset[str]) -> None:
        self.label, self.kind, self.key, self.head, self.group = label, kind, key, head, group
        self.mentions: list[EventMention] = []
        self.anchors: list[Anchor] = []
        self.tense: str | None = None
        self.noun = False  # an event noun ("the elections"), not a predicate
        self.event_id: str | None = None  # the shared id its statement gave it


class Link:
    """A relation between two events that the text states, with the rule that read it."""

    __slots__ = ("a", "b", "gap", "quote", "relation", "rule", "sentence")

    def __init__(
        self, a: Found, relation: str, b: Found, sentence: int, quote: str, rule: str
    ) -> None:
        self.a, self.relation, self.b, self.sentence = a, relation, b, sentence
        self.quote, self.rule = quote, rule
        self.gap: str | None = None


class Reading:
    """What one statement says: its events (in the order first told) and links."""

    __slots__ = ("events", "links", "notes", "references")

    def __init__(self) -> None:
        self.events: list[Found] = []
        self.links: list[Link] = []
        self.notes: list[str] = []
        #: definite event nouns that name no event of their statement ("the letter"), which
        #: an earlier statement's event may answer
        self.references: list[EventMention] = []


class Told:
    """What carries from one sentence of a statement to the next."""

    def __init__(self, text: str, sid: str, published: date | datetime, reading: Reading) -> None:
        self.text, self.sid, self.reading = text, sid, reading
        day = day_of(published)
        self.day = Span.of(day)
        self.day_start = datetime(day.year, day.month, day.day)
        self.previous: list[Found] = []  # the events of the sentence before
        self.last: Found | None = None  # the last event told
        self.noun_dates: set[int] = set()  # ids of mentions that date an event noun
        self.narrative: Span | None = None  # the last day that dated a predicate
        self.known: set[int] = set()  # ids of the events told so far
        #: events by ("head", word) and ("group", word), in the order told
        self.told: dict[tuple[str, str | None], list[tuple[int, Found]]] = {}

    def mention(self, found: Found, sentence: int, a: Tok, b: Tok, rule: str | None) -> None:
        found.mentions.append(
            EventMention(
                statement=self.sid,
                sentence=sentence,
                start=a.start,
                end=b.end,
                quote=self.text[a.start : b.end],
                rule=rule,
            )
        )

    def earlier(self, word: str, exclude: list[Found]) -> Found | None:
        """The earlier event a definite noun names again, by the anaphora rules."""
        entry = nominal(word)
        if entry is None:
            return None
        if word in PRONOUNS or entry.lemma in PRONOUNS:
            # "the move": the nearest event told in the sentence before, not a report, and
            # one told as happening ("asked him to press for …" names no move)
            pool = [e for e in self.previous if e.kind != "reporting" and realis(e)]
            return pool[-1] if pool else None
        # the latest event whose head is the noun or its verb, or whose group holds the noun
        best: tuple[int, Found] | None = None
        for key in (("head", entry.lemma), ("head", entry.verb), ("group", entry.lemma)):
            for number, e in reversed(self.told.get(key, ())):
                if e not in exclude:
                    if best is None or number > best[0]:
                        best = (number, e)
                    break
        return None if best is None else best[1]

    def tell(self, events: list[Found]) -> None:
        """Add a sentence's new events to the statement's, in order, and index them."""
        for e in events:
            if id(e) in self.known:
                continue
            self.known.add(id(e))
            number = len(self.reading.events)
            self.reading.events.append(e)
            self.told.setdefault(("head", e.head), []).append((number, e))
            for word in e.group:
                self.told.setdefault(("group", word), []).append((number, e))


def realis(found: Found) -> bool:
    """Whether an event is told as happening: an event noun, or a verb in a real tense."""
    return found.noun or found.tense in ("past", "perfect", "pluperfect", "present", "future")


def verb_place(prev: str, nxt: str, dated: bool) -> bool:
    """Whether an unlisted "-ed" word stands where only a verb can.

    After an auxiliary ("was weakened"), or after a word that can end a subject and before
    an article, a preposition, a particle, a date or the end of a clause ("the owners signed
    a contract", "the jury retired on Monday").
    """
    if prev in ("is", "are", "was", "were", "be", "been", "has", "have", "had"):
        return True
    if not prev[:1].isalpha() or prev in NOT_SUBJECT or prev in ("very", "more", "most"):
        return False
    if nxt[:1].isdigit() or nxt in ("$", "€", "£"):
        return True  # "shares jumped 5 %", "profit plunged $2 million"
    return dated or nxt in DETERMINERS or nxt in _AFTER_VERB or nxt in STOPS or nxt == ""


_AFTER_VERB: Final = frozenset(
    [
        "on",
        "in",
        "at",
        "to",
        "from",
        "after",
        "before",
        "since",
        "until",
        "by",
        "for",
        "with",
        "into",
        "over",
        "down",
        "up",
        "off",
        "out",
        "ahead",
        "about",
        "against",
    ]
)


def base_verb(word: str) -> bool:
    found = verb_of(word)
    return found is not None and found.base


def verb_entry(word: str) -> Verb:
    found = verb_of(word)
    if found is None:
        raise AssertionError(f"{word!r} was checked to be a verb")
    return found


def nominal_entry(word: str) -> Nominal:
    entry = nominal(word)
    if entry is None:
        raise AssertionError(f"{word!r} was checked to be an event noun")
    return entry


def rule_of(target: Found, word: str) -> str:
    entry = nominal_entry(word)
    if word in PRONOUNS or entry.lemma in PRONOUNS:
        return "pronoun"
    if target.head == entry.lemma:
        return "same head"
    if target.head == entry.verb:
        return "nominalization"
    return "near synonym"
