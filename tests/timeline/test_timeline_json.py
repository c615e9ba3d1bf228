"""Timeline.to_json / Timeline.from_json: a lossless, versioned schema."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from chronos import ParseError, Policy, Timeline
from chronos.timeline._types import Provenance


def example() -> Timeline:
    """A timeline with every kind of claim, a conflict and a year alternative."""
    tl = Timeline(reference=datetime(2024, 10, 25, 9, 30), policy=Policy(month_thirds=(7, 14)))
    tl.add("conviction", when="in August 2023", source="statement 1, sentence 3")
    tl.add("elections", when="on February 8", tense="past", confidence=0.8)
    tl.add("sentencing", duration="at least a day")
    tl.add("vote", when="2024-02-08", instant=True)
    tl.relate(
        "sentencing",
        "ahead of",
        "elections",
        source=Provenance(statement="1", sentence=4, quote="ahead of the February 8 elections"),
    )
    tl.relate("sentencing", "after", "conviction", gap="at least 2 days")
    tl.relate("elections", "before", "conviction")  # a conflict
    return tl


class TestRoundTrip:
    """Reading back what was written gives the same timeline."""

    def test_identity(self) -> None:
        """to_json(from_json(text)) == text, and every answer is the same."""
        tl = example()
        text = tl.to_json()
        back = Timeline.from_json(text)
        assert back.to_json() == text
        assert [back.when(e) for e in back] == [tl.when(e) for e in tl]
        assert [str(c) for c in back.conflicts] == [str(c) for c in tl.conflicts]
        assert back.claims == tl.claims
        assert back.events == tl.events
        assert back.reference_span == tl.reference_span
        assert back.policy == tl.policy

    def test_bytes_and_indent(self) -> None:
        """Indented text and bytes read back alike."""
        tl = example()
        assert Timeline.from_json(tl.to_json(indent=2).encode()).to_json() == tl.to_json()

    def test_empty(self) -> None:
        """An empty timeline round-trips too."""
        tl = Timeline(reference="2024-10-25")
        assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()

    def test_schema(self) -> None:
        """The document carries its schema name and version, and the documented fields."""
        document = json.loads(example().to_json())
        assert document["schema"] == "chronos.timeline"
        assert document["version"] == 1
        assert document["reference"] == "2024-10-25T09:30:00"
        assert document["policy"]["month_thirds"] == [7, 14]
        assert document["events"][3] == {"name": "vote", "instant": True}
        claim = next(c for c in document["claims"] if c["relation"] == "after")
        assert claim["constraints"] == [[["sentencing", "start"], ["conviction", "end"], -172800]]
        assert claim["gap"] == "at least 2 days"
        structure = document["claims"][0]
        assert structure["constraints"] == [
            [["conviction", "end"], ["conviction", "start"], 0, "strict"]
        ]
        elections = next(c for c in document["claims"] if c["text"].startswith("elections on"))
        assert elections["alternatives"][0]["text"] == "8 February 2025"


class TestMalformed:
    """Anything but a chronos timeline is a ParseError naming 'text'."""

    @pytest.mark.parametrize(
        ("edit", "reason"),
        [
            (lambda d: "{not json", "not JSON"),  # not JSON at all
            (lambda d: {**d, "schema": "other"}, "schema"),  # another schema
            (lambda d: {**d, "version": 2}, "version"),  # a later version
            (lambda d: {k: v for k, v in d.items() if k != "events"}, "events"),  # a field missing
            (lambda d: {**d, "events": [{"name": "", "instant": False}]}, "name"),  # a bad name
            (lambda d: {**d, "reference": "yesterday"}, "reference"),  # a bad reference
            (
                lambda d: {**d, "claims": [{**d["claims"][0], "kind": "rumour"}]},
                "kind",
            ),  # an unknown kind of claim
            (
                lambda d: {
                    **d,
                    "claims": [{**d["claims"][0], "constraints": [[None, ["nobody", "end"], 0]]}],
                },
                "nobody",
            ),  # an unknown event
            (
                lambda d: {**d, "claims": [{**d["claims"][0], "constraints": [[None, None, 1.5]]}]},
                "bound",
            ),  # a bound that is not an int
            (
                lambda d: {**d, "claims": [{**d["claims"][0], "confidence": 7}]},
                "confidence",
            ),  # a confidence out of range
        ],
    )
    def test_refused(self, edit: object, reason: str) -> None:
        """The error says what is wrong and the input is shown."""
        document = json.loads(example().to_json())
        edited = edit(document)  # type: ignore[operator]
        text = edited if isinstance(edited, str) else json.dumps(edited)
        with pytest.raises(ParseError, match=reason) as info:
            Timeline.from_json(text)
        assert info.value.argument == "text"

    def test_not_text(self) -> None:
        """A value that is not JSON text is refused."""
        from chronos import InvalidArgumentError

        with pytest.raises(InvalidArgumentError, match="text"):
            Timeline.from_json(42)  # type: ignore[arg-type]
