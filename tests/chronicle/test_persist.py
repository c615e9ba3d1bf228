"""A chronicle through JSON: its events come back with labels, kinds, mentions and ids.

(The round trip on any text is a law in tests/property/test_chronicle_laws.py.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from chronos import ChronicleEvent, ParseError, Statement, Timeline, chronicle
from chronos.timeline import Event, register_event_type

FERRY = Statement(
    "The ferry company said on Monday that the crossing resumed after the storm.",
    published="2025-02-05",
    source="Ferry company",
    id="ferry",
    events={"storm-feb": "the storm"},
)


def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(chronicle([FERRY]).to_json())
    return loaded


def test_a_loaded_chronicle_has_the_chronicles_events() -> None:
    tl = chronicle([FERRY])
    back = Timeline.from_json(tl.to_json())
    storm = back.event("storm")
    assert isinstance(storm, ChronicleEvent)
    assert (storm.label, storm.kind, storm.id) == ("storm", "occurrence", "storm-feb")
    assert [(m.statement, m.sentence, m.quote, m.rule) for m in storm.mentions] == [
        ("ferry", 1, "storm", None)
    ]
    own = back.event("statement ferry")
    assert isinstance(own, ChronicleEvent)
    assert own.statement == FERRY
    assert str(back.when("storm")) == str(tl.when("storm"))


def test_the_record_of_an_event_names_its_type_and_mentions() -> None:
    records = {r["name"]: r for r in document()["events"]}
    at = FERRY.text.index("storm")
    assert records["storm"] == {
        "name": "storm",
        "instant": False,
        "type": "chronicle",
        "label": "storm",
        "kind": "occurrence",
        "mentions": [["ferry", 1, at, at + 5, "storm"]],
        "id": "storm-feb",
    }


# Each row: a change to the storm's record, and the words of the error it gives.
BROKEN = [
    # an unknown kind
    ({"kind": "rumour"}, "kind='rumour': must be one of statement, reporting"),
    # a mention that is not a list of five or six
    ({"mentions": [["ferry", 1, 68]]}, "a mention is [statement, sentence, start, end, quote"),
    # a sentence that is not a number
    ({"mentions": [["ferry", "1", 68, 73, "storm"]]}, "sentence='1': must be an int"),
    # a type this chronos does not know
    ({"type": "rumour"}, "type='rumour': is not an event type this chronos reads"),
]


@pytest.mark.parametrize(("change", "words"), BROKEN, ids=[w for _, w in BROKEN])
def test_a_broken_event_record_is_a_parse_error(change: dict[str, Any], words: str) -> None:
    doc = document()
    record = next(r for r in doc["events"] if r["name"] == "storm")
    record.update(change)
    with pytest.raises(ParseError) as caught:
        Timeline.from_json(json.dumps(doc))
    assert words in str(caught.value)


def test_the_timeline_stage_alone_names_the_stage_to_import() -> None:
    # in a fresh interpreter that imported only chronos.timeline, the chronicle's events
    # cannot be read: the error says what to import instead of losing them
    program = (
        "import sys; from chronos.timeline import Timeline\n"
        "try:\n"
        "    Timeline.from_json(sys.stdin.read())\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", program],
        input=chronicle([FERRY]).to_json(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("ParseError")
    assert "import its stage first" in done.stdout


class Sighting(Event):
    """An event type of a stage above the timeline's, as a test of the registry."""


def test_register_event_type_needs_a_codec_or_a_loader() -> None:
    with pytest.raises(Exception, match="takes cls, write and read, or load alone"):
        register_event_type("sighting", Sighting)
    with pytest.raises(Exception, match="must be a subclass of Event"):
        register_event_type("sighting", str, write=lambda e: {}, read=lambda n, i, v: Event(n))  # type: ignore[arg-type]
