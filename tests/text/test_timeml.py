"""TimeML in and out: the reader, the writer, the round trip, and hostile documents."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import ParseError, extract
from chronos.timeml import read_timeml, write_timeml

DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>harbour-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">March 14, 2024</TIMEX3></DCT>
<TEXT>The harbour <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2024-03-11">Monday</TIMEX3> &amp; stayed shut for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""  # noqa: E501 - TimeML written as it comes, one element a line


def test_reader_gives_text_offsets_and_annotations() -> None:
    """Tags are removed, references decoded, offsets cut each annotation's text."""
    doc = read_timeml(DOCUMENT)
    assert doc.doc_id == "harbour-1"
    assert doc.dct == date(2024, 3, 14)
    assert doc.text == "The harbour closed on Monday & stayed shut for three days."
    assert [(t.id, t.text, t.type, t.value) for t in doc.timexes] == [
        ("t1", "Monday", "DATE", "2024-03-11"),
        ("t2", "three days", "DURATION", "P3D"),
    ]
    for annotation in (*doc.timexes, *doc.events, *doc.signals):
        assert doc.text[annotation.start : annotation.end] == annotation.text
    assert [(e.id, e.text, e.attributes["class"]) for e in doc.events] == [
        ("e1", "closed", "OCCURRENCE")
    ]
    assert [(s.id, s.text) for s in doc.signals] == [("s1", "on")]
    assert [(link.rel, link.source, link.target) for link in doc.tlinks] == [
        ("IS_INCLUDED", "ei1", "t1")
    ]


def test_bytes_read_like_str() -> None:
    assert read_timeml(DOCUMENT.encode("utf-8")) == read_timeml(DOCUMENT)


def test_round_trip_through_extract() -> None:
    """Written with extract's mentions and read back: the same text, extents and values."""
    text = (
        "Officials said on Tuesday that the port, shut since May 2023 <under review>, "
        "would reopen next month. Two days later, the minister resigned."
    )
    dct = date(2024, 10, 25)
    mentions = extract(text, dct=dct)
    doc = read_timeml(write_timeml(text, mentions, dct=dct, doc_id="port & co"))
    assert doc.text == text
    assert doc.dct == dct
    assert doc.doc_id == "port & co"
    assert [(t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes] == [
        (m.start, m.end, m.timex.type, m.timex.value, m.timex.mod) for m in mentions
    ]
    # "next month" is anchored to the DCT; "Two days later" to the latest mention at day
    # grain or finer, "Tuesday" (t1), not to the month named since
    anchors = {t.text: t.attributes.get("anchorTimeID") for t in doc.timexes}
    assert anchors["next month"] == "t0"
    assert anchors["Two days later"] == "t1"


def test_writer_refuses_mentions_that_do_not_fit() -> None:
    (m,) = extract("It ended in 1999.", dct="2024-10-25")
    from chronos import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="mentions"):
        write_timeml("A different text entirely.", [m])


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (  # billion laughs: refused at the first declaration, nothing expanded
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(
                f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                for i in range(1, 10)
            )
            + "]><TimeML><TEXT>&lol9;</TEXT></TimeML>",
            "entity declarations are not read",
        ),
        (  # an external entity: refused the same way
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<TimeML><TEXT>&x;</TEXT></TimeML>",
            "entity declarations are not read",
        ),
        ("<TimeML><TEXT>&nbsp;</TEXT></TimeML>", "undefined entity"),  # undeclared
        ("<TimeML><TEXT>open", "not well-formed"),  # truncated
    ],
    ids=["billion-laughs", "external", "undeclared", "truncated"],
)
def test_hostile_or_broken_documents_raise_parse_error(document: str, reason: str) -> None:
    """A ChronosError naming the argument and the line, never an expansion or a hang."""
    with pytest.raises(ParseError, match=reason) as info:
        read_timeml(document)
    assert info.value.argument == "document"


def test_reader_argument_must_be_text() -> None:
    from chronos import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="document"):
        read_timeml(42)  # type: ignore[arg-type]
