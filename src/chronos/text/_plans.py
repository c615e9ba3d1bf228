"""Plans: the sentences whose untensed weekday or year-less date lies ahead of the DCT.

News reports more than it announces, so a weekday with no tense cue is the one before the
DCT unless the next is much nearer (see :mod:`chronos.text._placing`). A message that
proposes or asks about a day speaks of one to come: "see u tues", "let's do lunch wed",
"drinks after work fri?", "pick me up mon". A clause with no tense cue is read as a plan,
its weekday the next one (or the DCT's own day), when

- its sentence is a question ("u free wed?"): a question with no past cue asks about what
  is to come ("did u see the match mon?" has its cue and stays past);
- it opens with an imperative or a proposal: "let's"/"lets", "don't …", "do not …",
  "remember", or a verb before an object pronoun ("call me wed", "see u mon", "meet u
  thurs");
- "see" and a pronoun of the reader come anywhere in it ("ok see u tues");
- the whole text is a message, not prose: it opens in lower case, or writes the
  spellings of chat ("u", "ur", "pls", "lol", "tmrw"), as news never does.

A proposal quoted before a report of it ("Let's meet Tuesday to settle it, the minister
told reporters") is a clause of its own: the verb of saying after it dates the report, not
the day proposed (:func:`proposal_end`).

A past cue in the clause keeps the past ("went to the dentist mon").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Token
from chronos.text._filters import SPEECH_VERBS

__all__ = ["is_message", "plan_sentence", "proposal_end"]

# Words that open a message before its verb: "ok see u tues", "pls call me mon".
_OPENERS: Final = frozenset(
    {"ok", "okay", "so", "hey", "hi", "pls", "plz", "please", "and", "then", "oh", "yo"}
)
# Object pronouns after an imperative: "call me", "see u", "meet ya", "tell them".
_OBJECTS: Final = frozenset({"me", "us", "u", "you", "ya", "him", "her", "them"})
# Words that open a sentence and are no verb: "The US …", "Its …".
_NOT_VERBS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "our", "his", "its", "their"}
    | {"your", "ur", "for", "to", "with", "of", "in", "on", "at", "by", "from", "like"}
)
# Spellings of chat that prose does not write.
_CHAT: Final = frozenset(
    {
        *("u", "ur", "r", "ya", "pls", "plz", "lol", "omg", "btw", "thx", "idk", "tmrw"),
        *("tmr", "2moro", "2morrow", "2day", "2nite", "tonite", "wknd", "bday", "cya"),
    }
)
# Verbs that open an imperative without an object: "remember the 3rd", "don't forget".
_PROPOSALS: Final = frozenset({"let", "lets", "remember"})


def plan_sentence(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the sentence of tokens ``[first, last)`` asks about or proposes a time.

    >>> from chronos.phrases import Scanner
    >>> def plan(text):
    ...     tokens = Scanner(text).tokens
    ...     return plan_sentence(tokens, 0, len(tokens))
    >>> plan("u free wed?"), plan("Call me Monday."), plan("The court ruled Monday.")
    (True, True, False)
    """
    if first >= last:
        return False
    if any(t.text == "?" for t in tokens[max(first, last - 3) : last]):
        return True
    k = first
    while k < last and tokens[k].lower in _OPENERS:
        k += 1
    if k + 1 >= last:
        return False
    word, nxt = tokens[k].lower, tokens[k + 1]
    if word in _PROPOSALS or (word in ("dont", "don") and _verb_after_dont(tokens, k, last)):
        return True
    if word == "do" and nxt.lower == "not" and k + 2 < last and tokens[k + 2].kind == "WORD":
        return True  # "Do not travel to the coast on Friday."
    if (
        tokens[k].kind == "WORD"
        and nxt.text in _OBJECTS  # lower case: "The U.S." is no "the u"
        and word not in _OBJECTS
        and word not in _NOT_VERBS
    ):
        return True
    return any(
        tokens[i].lower == "see" and tokens[i + 1].lower in ("u", "you", "ya")
        for i in range(first, last - 1)
    )


def proposal_end(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The end of a proposal that a report of speech closes, or ``None``: the sentence of
    tokens ``[first, last)`` ends in a comma (a quote mark beside it or not), a short frame
    with a verb of saying ("the minister told reporters", "she said"), and what comes
    before the comma proposes a time, as :func:`plan_sentence` reads it.

    >>> from chronos.phrases import Scanner
    >>> def end(text):
    ...     tokens = Scanner(text).tokens
    ...     k = proposal_end(tokens, 0, len(tokens))
    ...     return None if k is None else tokens[k - 1].text
    >>> end("Let's meet Tuesday to settle it, the minister told reporters.")
    'it'
    >>> end("The plant closed Tuesday, the minister said."), end("Let's go, he said, and left.")
    (None, None)
    """
    end = last
    while end > first and tokens[end - 1].text in _CLOSING:
        end -= 1
    comma = next(
        (k for k in range(end - 1, max(first, end - _FRAME) - 1, -1) if tokens[k].text == ","),
        None,
    )
    if comma is None or not any(tokens[k].lower in SPEECH_VERBS for k in range(comma + 1, end)):
        return None
    if any(
        tokens[k].kind != "WORD" for k in range(comma + 1, end) if tokens[k].text not in _QUOTES
    ):
        return None  # "…, he said, and left", "…, he said at 5": no frame alone
    start = first
    while start < comma and tokens[start].text in _QUOTES:
        start += 1
    stop = comma - 1 if comma - 1 > start and tokens[comma - 1].text in _QUOTES else comma
    return stop if plan_sentence(tokens, start, stop) else None


#: The longest frame of a report after a quoted proposal, in tokens.
_FRAME: Final = 10
_QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
_CLOSING: Final = _QUOTES | {".", "!"}


def _verb_after_dont(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Whether "dont" or "don't" at ``k`` opens a prohibition: a word after it ("Don't miss
    the launch on Friday", "dont forget sat"). A sentence that opens so is an imperative;
    a statement puts its subject first ("They don't meet on Fridays")."""
    i = k + 1
    if i + 1 < last and tokens[i].kind == "APOSTROPHE" and tokens[i + 1].lower == "t":
        i += 2
    return i < last and tokens[i].kind == "WORD"


def is_message(text: str, tokens: Sequence[Token]) -> bool:
    """Whether ``text`` reads as a message, not prose: it opens with a lower-case letter,
    or writes a spelling of chat.

    >>> from chronos.phrases import Scanner
    >>> is_message("see u tues", Scanner("see u tues").tokens)
    True
    >>> text = "The court will sit on Tuesday."
    >>> is_message(text, Scanner(text).tokens)
    False
    """
    opening = next((c for c in text if c.isalpha()), "")
    if opening.islower():
        return True
    return any(t.kind == "WORD" and t.text in _CHAT for t in tokens)
