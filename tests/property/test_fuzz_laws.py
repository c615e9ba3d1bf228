"""Any text given to any chronos parser gives a value or a ParseError that shows the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, strategies as st

from chronos import Duration, Grain, ParseError, Part, Span, Window

PARSERS: list[tuple[str, Callable[[str], object]]] = [
    ("Span.parse", Span.parse),
    ("Window.parse", Window.parse),
    ("Duration.parse", Duration.parse),
    ("Part.parse", Part.parse),
    ("Grain.parse", Grain.parse),
]

# Text that looks like the canonical forms, so the fuzzing reaches past the first character.
near_canonical = st.text(alphabet="0123456789-/.TWXQSPYMDH:EV?~%", max_size=24)


@pytest.mark.parametrize(("name", "parser"), PARSERS)
@given(text=st.one_of(st.text(max_size=40), near_canonical))
def test_parser_gives_value_or_parse_error_with_input(
    name: str, parser: Callable[[str], object], text: str
) -> None:
    """A parser returns a value or raises ParseError whose message contains repr(text)."""
    try:
        parser(text)
    except ParseError as exc:
        assert repr(text) in str(exc), name  # noqa: PT017 - the law is about the message
