"""What names an event after a signal word: a noun phrase, never garbage."""

from __future__ import annotations

import pytest

from chronos import ParseError, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "event"),
    [
        ("since his arrest", "his arrest"),  # a possessive determiner and a noun
        ("after Khan's conviction", "Khan's conviction"),  # a possessive name
        ("two days after the letter", "the letter"),  # an article and a noun
        ("after Brexit", "Brexit"),  # a proper name alone
        ("following the Geneva talks", "the Geneva talks"),  # a name inside the phrase
        ("after lunch", "lunch"),  # a bare noun known as an event
        ("since independence", "independence"),  # a bare noun with a nominal ending
        ("after lengthy negotiations", "lengthy negotiations"),  # an adjective and a plural
        ("since taking office", "taking office"),  # a gerund
        ("before an indictment", "an indictment"),  # fresh wording, an article
        ("until their departure", "their departure"),  # fresh wording, a possessive
        ("after US sanctions", "US sanctions"),  # an acronym spelt like a pronoun is a name
        ("since going public", "going public"),  # a five-letter gerund
        ("after talks", "talks"),  # a plural of five letters
        ("after ads", "ads"),  # the shortest plural: three letters
        ("since retirement", "retirement"),  # a nominal ending, -ment
        ("after midday prayers", "midday prayers"),  # a plural head after a noun
    ],
)
def test_a_noun_phrase_names_the_anchor_event(phrase: str, event: str) -> None:
    """The words after the signal are the anchor event."""
    assert parse(phrase, reference=REF).anchor_event == event


@pytest.mark.parametrize(
    "phrase",
    [
        "since qwerty zzz",  # lower-case words that are no nouns
        "after the the the",  # determiners without a noun
        "after after",  # a signal word is no event
        "since since August 2023",  # a noun phrase never starts with a preposition
        "before and or",  # function words only
        "after asdf",  # fresh garbage
        "until it rains",  # a clause with a pronoun subject, not a noun phrase
        "until I go",  # "I" is a pronoun, not an acronym: one letter
        "after sing song",  # a four-letter word in -ing is no gerund, "song" no event noun
        "after tennis",  # a word in -is is no plural
        "after bonus",  # nor one in -us
        "after chess",  # nor one in -ss
        "after ax",  # two letters are too few for a plural or an ending
        "over 60 lawmakers",  # a quantity of people: never was an event
    ],
)
def test_garbage_is_not_an_event(phrase: str) -> None:
    """Words that form no noun phrase make the phrase unreadable."""
    with pytest.raises(ParseError) as info:
        parse(phrase, reference=REF)
    assert info.value.reason == "not a temporal expression"
    assert info.value.text == phrase
