"""The verb and event-noun lexicons (``verbs.txt``, ``nominals.txt``), read once.

Each word form maps to its lemma and class; regular inflections ("-s", "-ed", "-ing",
a doubled final consonant) are made here, irregular ones are written in the file.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Final, NamedTuple

__all__ = ["Nominal", "Verb", "nominal", "nominals", "verb", "verbs"]

_VOWELS: Final = frozenset("aeiou")


class Verb(NamedTuple):
    """A verb form's lemma and class (O, S, R or P; see verbs.txt)."""

    lemma: str
    cls: str
    base: bool  # the form is the bare base ("resume"), which needs a modal or "to"
    guessed: bool = False  # an "-ed" form not in the lexicon, a verb only in a verb's place


class Nominal(NamedTuple):
    """An event noun: its lemma, the verb it nominalizes (or None) and its synonym group."""

    lemma: str
    verb: str | None
    group: frozenset[str]


def _lines(name: str) -> list[list[str]]:
    text = resources.files("chronos.chronicle").joinpath(name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _regular(base: str) -> list[str]:
    stem = base[:-1] if base.endswith("e") else base
    forms = [base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")]
    forms += [stem + "ed", stem + "ing"]
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms += [base[:-1] + "ied", base[:-1] + "ies"]
    consonant = base[-1] not in _VOWELS | {"w", "x", "y"}
    if len(base) >= 3 and consonant and base[-2] in _VOWELS and base[-3] not in _VOWELS | {"a"}:
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]  # "stopped"
    return forms


@cache
def verbs() -> dict[str, Verb]:
    """Every verb form of the lexicon."""
    table: dict[str, Verb] = {}
    irregulars = {form for _base, _cls, *forms in _lines("verbs.txt") for form in forms}
    for fields in _lines("verbs.txt"):
        base, cls, *irregular = fields
        for form in [*_regular(base), *irregular]:
            table.setdefault(form, Verb(base, cls, False))
        if base not in irregulars:  # "found" is read as "find"'s past, not as "to found"
            table[base] = Verb(base, cls, True)
    return table


#: Words in "-ed" that are not past forms.
_NOT_PAST: Final = frozenset(
    {"hundred", "united", "naked", "wicked", "sacred", "kindred", "morning", "evening"}
    | {"during", "including", "according", "following", "regarding", "concerning", "building"}
)


def verb(word: str) -> Verb | None:
    """The verb form ``word``: from the lexicon, or an unlisted past form in "-ed".

    An unlisted "-ed" or "-ing" word is a guessed occurrence whose lemma drops the ending;
    the sentence reader takes it as a verb only where nothing else can stand.
    """
    found = verbs().get(word)
    if found is not None:
        return found
    if not word.isalpha() or nominal(word) is not None or word in _NOT_PAST:
        return None
    if len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"):
        return Verb(word[:-2], "O", False, True)
    if len(word) >= 6 and word.endswith("ing") and not word.endswith(("thing", "ling", "ring")):
        return Verb(word[:-3], "O", False, True)  # "was assembling": only after "be"
    return None


@cache
def nominals() -> dict[str, Nominal]:
    """Every event noun of the lexicon, singular and plural."""
    rows = _lines("nominals.txt")
    table: dict[str, Nominal] = {}
    for noun, verb, *synonyms in rows:
        group = frozenset({noun, *synonyms})
        entry = Nominal(noun, None if verb == "-" else verb, group)
        table[noun] = entry
        table.setdefault(_plural(noun), entry)
    for noun, _verb, *synonyms in rows:
        # a near synonym that has no line of its own names an event of the same group
        for word in synonyms:
            if word not in table:
                entry = Nominal(word, None, table[noun].group)
                table[word] = entry
                table.setdefault(_plural(word), entry)
    return table


def _plural(noun: str) -> str:
    """The regular plural: "mutinies", "crashes", "votes"."""
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


#: Suffixes that make a noun of a verb, and how the verb's base ends before them.
_NOMINAL_SUFFIXES: Final = (
    ("ment", ("", "e")),  # postponement, announcement
    ("al", ("", "e")),  # dismissal, approval, withdrawal
    ("ation", ("", "e", "ate")),  # cancellation→cancel, detonation
    ("ion", ("", "e")),  # election, rejection, suspension→suspend (below)
    ("sion", ("d", "de", "t")),  # extension, suspension, decision, admission
    ("ure", ("", "e")),  # closure, seizure
    ("ance", ("", "e")),  # appearance
)


@cache
def nominal(word: str) -> Nominal | None:
    """The event noun ``word``: from the lexicon, else by its verb's nominal suffix.

    "dismissal", "postponement", "closure", "extension" name the event of a verb of the
    lexicon without a line of their own; a plural is read as its singular.
    """
    table = nominals()
    found = table.get(word)
    if found is not None or len(word) < 6:
        return found
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if singular != word and singular in table:
        return table[singular]
    bases = verbs()
    for suffix, endings in _NOMINAL_SUFFIXES:
        if not singular.endswith(suffix):
            continue
        stem = singular[: -len(suffix)]
        for ending in endings:
            verb = bases.get(stem + ending) or bases.get(stem[:-1] + ending)  # "cancellation"
            if verb is not None and verb.base:
                return Nominal(singular, verb.lemma, frozenset({singular}))
    return None
