"""TimeML in and out: read ``.tml`` documents, write text with TIMEX3 tags.

The reader uses the standard library's expat parser with entity expansion off: a document
that declares entities (the "billion laughs" attack, external entities) is refused at the
first declaration with a :class:`~chronos.ParseError`, before any expansion; so is an
undeclared entity. The five XML entities and character references read as usual.

Offsets are Python string offsets into the document's text — the character data inside
``<TEXT>`` (or the whole body, if there is no ``<TEXT>``), tags removed, references decoded
— so ``doc.text[t.start:t.end] == t.text`` for every annotation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Final
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

import attrs

from chronos.errors import InvalidArgumentError, ParseError
from chronos.text._mention import Mention

__all__ = ["Annotation", "TimeMLDocument", "TLink", "read_timeml", "write_timeml"]

_TAGGED: Final = frozenset({"TIMEX3", "EVENT", "SIGNAL"})


@attrs.frozen
class Annotation:
    """A TIMEX3, EVENT or SIGNAL of a TimeML document: its tag, id, extent and attributes.

    ``attributes`` holds every attribute as written (``type``, ``value``, ``mod``,
    ``class``, …); :attr:`type`, :attr:`value` and :attr:`mod` read the TIMEX3 ones.
    """

    tag: str
    id: str
    start: int
    end: int
    text: str
    attributes: Mapping[str, str] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def type(self) -> str | None:
        return self.attributes.get("type")

    @property
    def value(self) -> str | None:
        return self.attributes.get("value")

    @property
    def mod(self) -> str | None:
        return self.attributes.get("mod")


@attrs.frozen
class TLink:
    """A TLINK: the relation ``rel`` from one annotation (or instance) to another."""

    id: str
    rel: str
    source: str
    target: str
    attributes: Mapping[str, str] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen
class TimeMLDocument:
    """A TimeML document: its id, creation time, text and annotations."""

    doc_id: str | None
    dct: date | None
    dct_value: str | None
    text: str
    timexes: tuple[Annotation, ...] = ()
    events: tuple[Annotation, ...] = ()
    signals: tuple[Annotation, ...] = ()
    tlinks: tuple[TLink, ...] = ()


class _Reader:
    """Expat callbacks that collect the text and the annotations with their offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.in_text = False
        self.saw_text = False
        self.body: list[str] = []  # character data outside <TEXT>, for a document without it
        self.open: list[tuple[str, dict[str, str], int]] = []
        # (tag, id, start, end, attributes): the text is cut once the document is read
        self.annotations: list[tuple[str, str, int, int, dict[str, str]]] = []
        self.body_annotations: list[tuple[str, str, int, int, dict[str, str]]] = []
        self.body_length = 0
        self.tlinks: list[TLink] = []
        self.doc_id: list[str] = []
        self.in_docid = False
        self.in_dct = False
        self.dct_value: str | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "TEXT":
            self.in_text = self.saw_text = True
        elif name == "DOCID":
            self.in_docid = True
        elif name == "DCT":
            self.in_dct = True
        elif (
            name == "TIMEX3"
            and (self.in_dct or attributes.get("functionInDocument") == "CREATION_TIME")
            and not self.in_text
        ):
            self.dct_value = attributes.get("value")
        elif name == "TLINK":
            source = attributes.get("eventInstanceID") or attributes.get("timeID") or ""
            target = (
                attributes.get("relatedToEventInstance") or attributes.get("relatedToTime") or ""
            )
            self.tlinks.append(
                TLink(
                    attributes.get("lid", ""),
                    attributes.get("relType", ""),
                    source,
                    target,
                    attributes,
                )
            )
        if name in _TAGGED:
            where = self.length if self.in_text else self.body_length
            self.open.append((name, attributes, where))

    def end(self, name: str) -> None:
        if name == "TEXT":
            self.in_text = False
        elif name == "DOCID":
            self.in_docid = False
        elif name == "DCT":
            self.in_dct = False
        if name in _TAGGED and self.open and self.open[-1][0] == name:
            tag, attributes, start = self.open.pop()
            if self.in_dct:
                return
            ident = attributes.get("tid") or attributes.get("eid") or attributes.get("sid") or ""
            if self.in_text:
                self.annotations.append((tag, ident, start, self.length, attributes))
            elif not self.saw_text:
                self.body_annotations.append((tag, ident, start, self.body_length, attributes))

    def data(self, chunk: str) -> None:
        if self.in_text:
            self.parts.append(chunk)
            self.length += len(chunk)
        elif self.in_docid:
            self.doc_id.append(chunk)
        elif not self.saw_text and not self.in_dct:
            self.body.append(chunk)
            self.body_length += len(chunk)


def _refuse_entities(*_: object) -> None:
    raise _EntityDeclaredError


class _EntityDeclaredError(Exception):
    pass


def read_timeml(document: str | bytes) -> TimeMLDocument:
    """Read a TimeML document (the contents of a ``.tml`` file).

    >>> doc = read_timeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-25" '
    ...     'functionInDocument="CREATION_TIME">2024-10-25</TIMEX3></DCT><TEXT>Held '
    ...     'since <TIMEX3 tid="t1" type="DATE" value="2023-08">August 2023</TIMEX3>.</TEXT>'
    ...     '</TimeML>')
    >>> doc.dct, doc.text, doc.timexes[0].value, doc.text[doc.timexes[0].start:doc.timexes[0].end]
    (datetime.date(2024, 10, 25), 'Held since August 2023.', '2023-08', 'August 2023')
    """
    if not isinstance(document, (str, bytes)):
        raise InvalidArgumentError("document", document, "must be a str or bytes")
    reader = _Reader()
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_entities  # type: ignore[assignment]
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.data
    parser.buffer_text = True
    try:
        parser.Parse(document, True)
    except _EntityDeclaredError:
        raise _error(
            document, parser, "entity declarations are not read (entity expansion is off)"
        ) from None
    except expat.ExpatError as exc:
        raise _error(
            document, parser, f"not well-formed TimeML: {expat.errors.messages[exc.code]}"
        ) from None
    if reader.saw_text:
        text, raw = "".join(reader.parts), reader.annotations
    else:
        text, raw = "".join(reader.body), reader.body_annotations
    annotations = [Annotation(tag, i, a, b, text[a:b], attrs_) for tag, i, a, b, attrs_ in raw]
    return TimeMLDocument(
        doc_id="".join(reader.doc_id).strip() or None,
        dct=_date(reader.dct_value),
        dct_value=reader.dct_value,
        text=text,
        timexes=tuple(a for a in annotations if a.tag == "TIMEX3"),
        events=tuple(a for a in annotations if a.tag == "EVENT"),
        signals=tuple(a for a in annotations if a.tag == "SIGNAL"),
        tlinks=tuple(reader.tlinks),
    )


def _error(document: str | bytes, parser: expat.XMLParserType, reason: str) -> ParseError:
    """A ParseError showing the line where the parser stopped."""
    text = document.decode("utf-8", "replace") if isinstance(document, bytes) else document
    lines = text.splitlines() or [""]
    line = lines[min(max(parser.ErrorLineNumber, 1), len(lines)) - 1]
    column = parser.ErrorColumnNumber
    if len(line) > 160:
        low = max(0, column - 80)
        line, column = line[low : low + 160], column - low
    return ParseError(
        f"{reason} (line {parser.ErrorLineNumber})",
        text=line,
        position=column,
        argument="document",
    )


def _date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def write_timeml(
    text: str,
    mentions: Iterable[Mention],
    *,
    dct: date | None = None,
    doc_id: str | None = None,
) -> str:
    """A TimeML document: ``text`` with a TIMEX3 tag around each mention.

    Mentions must not overlap. Each TIMEX3 gets a ``tid`` (t1, t2, …), ``type``, ``value``,
    ``mod`` if any, and ``anchorTimeID`` when it was resolved against an earlier mention (or
    ``t0``, the DCT). Reading the result gives the text and the mentions back.

    >>> from chronos import extract
    >>> text = "Held since August 2023."
    >>> out = write_timeml(text, extract(text, dct="2024-10-25"), dct=date(2024, 10, 25))
    >>> print(out.splitlines()[3])
    <TEXT>Held since <TIMEX3 tid="t1" type="DATE" value="2023-08">August 2023</TIMEX3>.</TEXT>
    >>> 'functionInDocument="CREATION_TIME">2024-10-25</TIMEX3></DCT>' in out
    True
    """
    if not isinstance(text, str):
        raise InvalidArgumentError("text", text, "must be a str")
    chosen = sorted(mentions, key=lambda m: (m.start, m.end))
    ids = {id(m): f"t{k}" for k, m in enumerate(chosen, start=1)}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if doc_id is not None:
        out.append(f"<DOCID>{escape(doc_id)}</DOCID>")
    if dct is not None:
        day = dct.isoformat()[:10]
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    body: list[str] = []
    at = 0
    for m in chosen:
        if m.start < at or m.end > len(text) or text[m.start : m.end] != m.text:
            raise InvalidArgumentError("mentions", m, "overlap or do not match the text")
        body.append(escape(text[at : m.start]))
        attributes = [("tid", ids[id(m)]), ("type", m.timex.type), ("value", m.timex.value)]
        if m.timex.mod:
            attributes.append(("mod", m.timex.mod))
        if isinstance(m.anchor, Mention) and id(m.anchor) in ids:
            attributes.append(("anchorTimeID", ids[id(m.anchor)]))
        elif m.anchor is not None and not isinstance(m.anchor, Mention) and dct is not None:
            attributes.append(("anchorTimeID", "t0"))
        tag = " ".join(f"{k}={quoteattr(v)}" for k, v in attributes)
        body.append(f"<TIMEX3 {tag}>{escape(m.text)}</TIMEX3>")
        at = m.end
    body.append(escape(text[at:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out)
