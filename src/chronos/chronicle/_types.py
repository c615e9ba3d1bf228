"""The values of the chronicle stage: a statement, an event found in it, and a mention of it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Final, Literal

import attrs

from chronos.errors import InvalidArgumentError
from chronos.time import calendar
from chronos.timeline import Event

__all__ = ["KINDS", "ChronicleEvent", "EventMention", "Kind", "Statement"]

Kind = Literal["statement", "reporting", "occurrence", "state"]
KINDS: Final = ("statement", "reporting", "occurrence", "state")


def _published(value: object) -> date | datetime:
    if isinstance(value, str) and len(value.strip()) == 10:
        # An ISO date alone ("2024-10-25") names a day, as a date does: the statement keeps it.
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    moment = calendar.moment_argument(value, "published")
    return value if isinstance(value, date) and not isinstance(value, datetime) else moment


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidArgumentError(attribute.name, _short(value), "must be a str")


def _check_optional(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidArgumentError(attribute.name, value, "must be a non-empty str or None")


def _events(value: object) -> tuple[tuple[str, str], ...]:
    """``events``: a mapping (or pairs) of shared event ids to the words that name them."""
    if value is None:
        return ()
    items = value.items() if isinstance(value, Mapping) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidArgumentError("events", value, "must map event ids to the words naming them")
    out: list[tuple[str, str]] = []
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise InvalidArgumentError(
                "events", value, "must map event ids to the words naming them"
            )
        key, quote = item
        for what, text in (("an event id", key), ("the words of an event", quote)):
            if not isinstance(text, str) or not text.strip():
                raise InvalidArgumentError("events", value, f"{what} must be a non-empty str")
        if any(key == k for k, _ in out):
            raise InvalidArgumentError("events", value, f"repeats the event id {key!r}")
        out.append((key, quote))
    return tuple(out)


def _check_events(instance: Statement, attribute: attrs.Attribute[Any], value: Any) -> None:
    for key, quote in value:
        if quote not in instance.text:
            raise InvalidArgumentError(
                "events", quote, f"the words of event {key!r} are not in the statement's text"
            )


def _short(value: object) -> object:
    if isinstance(value, str) and len(value) > 60:
        return value[:57] + "..."  # a message shows the start of a long input, not all of it
    return value


@attrs.frozen(repr=False)
class Statement:
    """A press statement: its text, when it was published, and who issued it.

    ``published`` is the statement's publication date (a ``date``, a naive ``datetime`` or
    an ISO string): every relative phrase in it is read against it. ``id`` names the
    statement in provenance (by default its position in the list given to ``chronicle``);
    ``title`` and ``dateline`` are kept when the text has them. ``events`` gives shared ids
    to events the text tells: ``{"vote-2025-03": "the runoff"}`` says that the event named
    by the first "the runoff" of the text is the event ``vote-2025-03``, and every
    statement that gives the same id tells the same event (kept as ``(id, words)`` pairs).

    >>> Statement("Talks resumed on Monday.", published="2025-03-13", id="mot-1")
    Statement('Talks resumed on Monday.', published=datetime.date(2025, 3, 13), id='mot-1')
    """

    text: str = attrs.field(validator=_check_text)
    published: date | datetime = attrs.field(kw_only=True, converter=_published)
    source: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional)
    id: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional)
    title: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional)
    dateline: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional)
    events: tuple[tuple[str, str], ...] = attrs.field(
        default=(), kw_only=True, converter=_events, validator=_check_events
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: date | datetime | str,
        source: str | None = None,
        id: str | None = None,
        events: Mapping[str, str] | None = None,
    ) -> Statement:
        r"""A statement whose ``title`` and ``dateline`` are read from the text itself.

        The title is a first line of at most 120 characters without a final stop, followed
        by a line break; the dateline is what opens the body before a dash: one to four
        words in capitals ("GENEVA —", "NEW YORK -"), kept without the dash.

        >>> s = Statement.from_text("Talks to resume\nGENEVA — The ministry said on Thursday "
        ...                         "that talks will resume.", published="2025-03-13")
        >>> s.title, s.dateline
        ('Talks to resume', 'GENEVA')
        """
        if not isinstance(text, str):
            raise InvalidArgumentError("text", _short(text), "must be a str")
        title = dateline = None
        first, newline, rest = text.lstrip().partition("\n")
        first = first.strip()
        if newline and rest.strip() and 0 < len(first) <= 120 and first[-1] not in ".!?:;,":
            title, body = first, rest.lstrip()
        else:
            body = text.lstrip()
        head, dash, _ = body[:60].partition(" —")
        if not dash:
            head, dash, _ = body[:60].partition(" - ")
        words = head.split()
        if dash and 1 <= len(words) <= 4 and all(w.isupper() for w in words):
            dateline = head.strip()
        return cls(
            text,
            published=published,
            source=source,
            id=id,
            title=title,
            dateline=dateline,
            events=events,
        )

    def __repr__(self) -> str:
        parts = [repr(self.text), f"published={self.published!r}"]
        for name in ("source", "id", "title", "dateline"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value!r}")
        if self.events:
            parts.append(f"events={dict(self.events)!r}")
        return f"Statement({', '.join(parts)})"


@attrs.frozen(kw_only=True)
class EventMention:
    """One place in one statement that speaks of an event.

    ``statement`` is the statement's id, ``sentence`` its sentence (from 1, as provenance
    counts), ``start``/``end`` the character offsets of the words in the statement's text and
    ``quote`` those words. ``rule`` says how the mention was tied to the event when it was
    not the first one: "same head", "nominalization", "near synonym", "pronoun",
    "predicate", "same label" or "same id" (another statement, or a shared event id) or
    ``None`` for the mention that introduced it.
    """

    statement: str
    sentence: int
    start: int
    end: int
    quote: str
    rule: str | None = None

    def __str__(self) -> str:
        return f"statement {self.statement}, sentence {self.sentence}: {self.quote!r}"


@attrs.frozen(repr=False)
class ChronicleEvent(Event):
    """An event the chronicle found: a timeline :class:`~chronos.Event` with its provenance.

    ``label`` is the short label built from the text (the predicate and its object's head:
    "extended remand", or an event noun: "elections"); the event's ``name`` is the label,
    made unique in its timeline. ``kind`` is "statement" (a statement itself), "reporting"
    (what the speaker says or does by speaking), "occurrence" (a happening) or "state"
    (something that lasts). ``mentions`` are every place that speaks of it; ``statement`` is
    the :class:`Statement` itself for a statement's own event; ``notes`` say what the
    chronicle could not read; ``id`` is the shared event id a statement gave it
    (:attr:`Statement.events`), if any.
    """

    label: str = attrs.field(kw_only=True, default="")
    kind: Kind = attrs.field(kw_only=True, default="occurrence")
    mentions: tuple[EventMention, ...] = attrs.field(kw_only=True, default=(), eq=False)
    statement: Statement | None = attrs.field(kw_only=True, default=None, eq=False)
    notes: tuple[str, ...] = attrs.field(kw_only=True, default=(), eq=False)
    id: str | None = attrs.field(kw_only=True, default=None, eq=False)

    def __repr__(self) -> str:
        return f"ChronicleEvent({self.name!r}, kind={self.kind!r})"
