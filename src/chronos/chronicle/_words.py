"""Words of a statement and what the chronicle reads from a few of them.

A statement is read as a flat list of word tokens (letters with inner apostrophes and
hyphens, numbers, single marks), made by one regular expression without nested repetition,
so tokenizing is linear in the text. The helpers here look at a bounded number of tokens
around a position: each costs O(1) whatever the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date, datetime, timedelta
from typing import Final

from chronos.chronicle._lexicon import Nominal, nominal, verb as verb_of, verbs
from chronos.phrases import DETERMINERS as PHRASE_DETERMINERS, Relation
from chronos.time import Span

__all__ = [
    "ABOUT",
    "ADVERBS",
    "AUX",
    "CUES",
    "DETERMINERS",
    "MODALS",
    "NOT_SUBJECT",
    "PARTICLES",
    "REACTIONS",
    "OCCURRING",
    "REALIZING",
    "SAYING",
    "STOPS",
    "TWO_WORD_CUES",
    "Tok",
    "day_before",
    "days_of",
    "definite",
    "group_of",
    "is_day",
    "is_english",
    "modifier",
    "noun_after",
    "object_of",
    "relation_word",
    "subject_head",
    "subject_of",
    "tense_of",
    "tokenize",
]

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:st|nd|rd|th)?|[^\w\s]")
#: The words that open a noun phrase: the phrase grammar's, and "such" and "another".
DETERMINERS: Final = PHRASE_DETERMINERS | {"such", "another"}
_DEFINITE: Final = frozenset(["the", "his", "her", "its", "their", "our", "this", "that"])
MODALS: Final = frozenset(
    [
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "to",
        "did",
        "do",
        "does",
    ]
)
AUX: Final = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "am", "'s"]
)
NOT_SUBJECT: Final = DETERMINERS | frozenset(
    [
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "as",
        "than",
        "and",
        "or",
        "but",
    ]
)
PARTICLES: Final = frozenset({"down", "up", "off", "out", "for", "to", "aside"})
#: Words that end the noun phrase after a verb.
_PHRASE_ENDS: Final = frozenset(
    [
        "ahead",
        "in",
        "of",
        "on",
        "against",
        "over",
        "without",
        "within",
        "into",
        "through",
        "under",
        "across",
        "toward",
        "towards",
        "among",
        "between",
        "from",
        "to",
        "that",
        "at",
        "for",
        "by",
        "with",
        "and",
        "as",
        "amid",
        "despite",
        "per",
        "via",
        "which",
        "who",
        "near",
        "outside",
        "inside",
        "behind",
        "beyond",
        "around",
        "off",
        # a subordinate clause begins
        "if",
        "unless",
        "whether",
        "although",
        "though",
        "because",
        "while",
        "when",
        "where",
    ]
)
_ADVERBIAL: Final = frozenset(
    ["twice", "once", "again", "also", "still", "largely", "already", "never"]
)
#: Adverbs of place and time that can stand where an object would ("left there", "came soon").
_PLACE_AND_TIME: Final = frozenset(["afterwards", "soon", "meanwhile", "here", "there"])
_NOT_MODIFIERS: Final = frozenset(
    [
        "subsequent",
        "subsequently",
        "such",
        "other",
        "also",
        "ahead",
        "prior",
        "which",
        "who",
        "whose",
        "regarding",
        "concerning",
        "about",
        "including",
        "while",
        "when",
    ]
)
STOPS: Final = frozenset({",", ";", ":", "—", "–", ".", "(", ")", '"', "“", "”", "!", "?"})
#: Cue words and the relation they give the governing event to their complement.
CUES: Final = {
    "after": "after",
    "following": "after",
    "since": "since",
    "before": "before",
    "until": "until",
    "till": "until",
    "during": "during",
}
TWO_WORD_CUES: Final = {
    ("ahead", "of"): "before",
    ("prior", "to"): "before",
    ("subsequent", "to"): "after",
}
#: Adverbs that order their clause after (or before) the event told just before it.
ADVERBS: Final = {"then": "after", "later": "after", "subsequently": "after", "earlier": "before"}
#: Reporting verbs that take what they react to as their object: it came first. They are
#: the verbs of answering, refusing, judging and acclaiming ("rejected the claim",
#: "brushed aside the offer", "slammed the ruling", "hailed the deal").
REACTIONS: Final = frozenset(
    {"reject", "react", "respond", "reply", "deny", "dismiss", "rebuff", "brush", "refute"}
    | {"rebut", "repudiate", "term", "condemn", "criticize", "criticise", "denounce"}
    | {"decry", "deplore", "lament", "slam", "lambast", "castigate", "ridicule"}
    | {"welcome", "hail", "praise", "applaud", "commend"}
)
#: Verbs that carry out the event their object names: "passed the amendment" is the
#: amendment's passage, "held the elections" the elections, "issued a statement" the
#: statement. Verbs that start, end or act on an event ("imposed a curfew", "violated the
#: ceasefire", "postponed the vote") are not among them: they do not tell its time.
REALIZING: Final = frozenset(
    {"pass", "adopt", "approve", "enact", "ratify", "sign", "conclude", "reach", "strike"}
    | {"hold", "conduct", "stage", "organize", "issue", "publish", "release", "send", "write"}
    | {"deliver", "make", "file", "lodge", "submit", "table", "agree", "perform"}
)
#: Verbs whose subject is the event that happens: "the vote took place", "the blast
#: occurred" ("take" only before "place").
OCCURRING: Final = frozenset({"occur", "happen", "unfold"})
#: Words that introduce what a said thing is about.
ABOUT: Final = frozenset({"regarding", "concerning", "about"})
#: Nouns of what is said: one "regarding" an event came after it.
SAYING: Final = frozenset(
    {"statement", "remark", "comment", "report", "announcement", "letter", "message"}
)
#: Frequent English words: a text of some length without them is not read as English.
_COMMON: Final = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "on",
        "for",
        "that",
        "was",
        "has",
        "have",
        "by",
        "with",
        "as",
        "at",
        "from",
        "it",
        "be",
        "are",
        "said",
    ]
)


class Tok:
    """One word token: its text, lower-cased text (with ’ read as ') and offsets."""

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.lower = text.lower().replace("’", "'")


def tokenize(text: str) -> list[Tok]:
    """The word tokens of ``text``."""
    return [Tok(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def is_english(tokens: list[Tok]) -> bool:
    """Whether a text reads as English: one word in twelve at least is a common one.

    Texts of fewer than twelve words are given the benefit of the doubt.
    """
    words = [t.lower for t in tokens if t.lower[0].isalpha()]
    if len(words) < 12:
        return True
    return sum(1 for w in words if w in _COMMON) * 12 >= len(words)


def modifier(t: Tok) -> bool:
    """Whether a word may stand before a noun inside its phrase ("constitutional", "26th")."""
    low = t.lower
    if low in STOPS or low in NOT_SUBJECT or low in CUES or low in _DEFINITE:
        return False
    if low in _NOT_MODIFIERS or low in _PRONOUN_SUBJECTS or low in MODALS or low in AUX:
        return False  # "on Friday it would strike": a clause begins, not a noun phrase
    return low not in verbs() and nominal(low) is None and low[0].isalnum()


def definite(toks: list[Tok], i: int) -> bool:
    """Whether the event noun at ``i`` is definite: "the …", "his …", "the lawmakers' …"."""
    j = i - 1
    while j >= 0 and modifier(toks[j]) and toks[j].lower not in DETERMINERS and i - j < 5:
        j -= 1
    return j >= 0 and (toks[j].lower in _DEFINITE or toks[j].lower.endswith(("'s", "'")))


def noun_after(toks: list[Tok], j: int, *, determiner: bool = True) -> int | None:
    """The event noun that heads the words from ``j`` ("the February 8 elections")."""
    for k in range(j, min(len(toks), j + 4)):
        low = toks[k].lower
        if nominal(low) is not None:
            return k
        if not modifier(toks[k]) and not (determiner and k == j and low in DETERMINERS):
            return None
    return None


def object_of(toks: list[Tok], v: int, timex: Container[int]) -> int | None:
    """The head of the noun phrase right after a verb (and its particle), if any."""
    j = v + 1
    if j < len(toks) and toks[j].lower in PARTICLES:
        j += 1
    head = None
    for k in range(j, min(len(toks), j + 6)):
        low = toks[k].lower
        if low in STOPS or low in _PHRASE_ENDS or low in CUES or k in timex:
            break
        if k > j and (low in MODALS or low in AUX):
            break
        verb = verb_of(low)
        if head is not None and verb is not None and not verb.base:
            break  # "the statement made by": a participle after the head
        if low in _ADVERBIAL or (low.endswith("ly") and head is None):
            continue  # "resumed briefly", "adjourned twice": not an object
        if low in ADVERBS or low in _PLACE_AND_TIME:
            break  # "started earlier", "arrived there": an adverb ends the object's place
        if head is not None and low in DETERMINERS:
            break  # "termed the move an interference": a second noun phrase begins
        if low[0].isalpha() and low not in DETERMINERS:
            head = k
    return head


def subject_of(toks: list[Tok], v: int) -> int | None:
    """The event noun just before a verb, across its auxiliaries ("a conference is planned")."""
    k = v - 1
    while k >= 0 and (toks[k].lower in AUX or toks[k].lower in MODALS):
        k -= 1
    return k if k >= 0 and nominal(toks[k].lower) is not None else None


def subject_head(toks: list[Tok], v: int) -> int | None:
    """The head noun of a verb's subject, right before it ("the second round ended"), or
    before a relative clause on it ("the deal, which was signed on Monday, collapsed")."""
    opening = _relative_clause_before(toks, v)
    if opening is not None:
        v = opening
    k = v - 1
    while k >= 0 and v - k <= 4 and (toks[k].lower in AUX or toks[k].lower in MODALS):
        k -= 1
    while k >= 0 and v - k <= 4 and toks[k].lower.endswith("ly"):
        k -= 1  # "largely held"
    if k < 0 or v - k > 4:
        return None
    low = toks[k].lower
    if low in _PRONOUN_SUBJECTS or low in STOPS or low in NOT_SUBJECT or low in CUES:
        return None
    if low in _SUBORDINATORS:
        return None  # "While travelling, …": a clause opens, nothing is its subject
    plural = low.endswith("s") and not low.endswith("ss")  # "Imports dropped"
    if not low[0].isalpha() or (low in verbs() and nominal(low) is None and not plural):
        return None  # "the hearing has been postponed": a noun in "-ing" may be a subject
    return k


#: The words that open a subordinate clause: never a verb's subject.
_SUBORDINATORS: Final = frozenset(
    {"when", "while", "whilst", "if", "unless", "whether", "although", "though", "because"}
)
_PRONOUN_SUBJECTS: Final = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which"})
#: The words that open a relative clause after a comma.
_RELATIVES: Final = frozenset({"which", "who", "whom", "whose"})


def _relative_clause_before(toks: list[Tok], v: int) -> int | None:
    """The comma that opens a relative clause ending right before the verb at ``v``.

    ", which was signed on Monday," before "collapsed": the clause runs from a comma and a
    relative word to a comma before the verb, with no other stop between (at most 20
    words). None when the verb does not follow such a clause.
    """
    if v < 1 or toks[v - 1].lower != ",":
        return None
    for j in range(v - 2, max(-1, v - 22), -1):
        low = toks[j].lower
        if low in STOPS:
            if low == "," and j + 1 < v - 1 and toks[j + 1].lower in _RELATIVES:
                return j
            return None
    return None


def tense_of(toks: list[Tok], i: int) -> str | None:
    """The tense of the verb at ``i``: future, perfect, pluperfect, present, past, modal or None.

    "modal" is a verb that is not told as happening: after a modal other than "will"
    ("would", "could", "may"; "could have emerged"), in an "if", "unless" or "whether"
    clause, or negated ("did not plan"). Nothing is inferred from it.
    """
    for k in range(i - 1, max(-1, i - 9), -1):
        low = toks[k].lower
        if low in STOPS:
            break
        if low in _HYPOTHETICAL:
            return "modal"
    for k in range(i - 1, max(-1, i - 4), -1):
        low = toks[k].lower
        if low in _NEGATION or low in _MODAL:
            return "modal"
        if low in ("will", "shall", "'ll"):
            return "future"
        if low == "to" and k == i - 1:
            return None  # "plans to cut": an infinitive, whose form may look past
        if low == "had":
            return "pluperfect"
        if low in ("has", "have", "'ve"):
            return "modal" if k > 0 and toks[k - 1].lower in _MODAL else "perfect"
        if low in ("is", "are", "am"):
            return "present"
        if low in ("was", "were", "did"):
            return "past"
        if low in STOPS:
            break
    low = toks[i].lower
    verb = verb_of(low)
    if verb is None or verb.base or low.endswith("ing"):
        return None  # a base form or a participle in "-ing" has no tense of its own
    if low.endswith("s") and not low.endswith("ss"):
        return "present"
    return "past"


#: Words before a verb that tell it is not said to happen: modals, negation, conditions.
_MODAL: Final = frozenset({"would", "could", "should", "may", "might", "must", "can", "'d"})
_NEGATION: Final = frozenset({"not", "n't", "never", "no"})
_HYPOTHETICAL: Final = frozenset({"if", "unless", "whether"})


def relation_word(relation: Relation | None) -> str | None:
    """The timeline relation a mention's relation gives its event and span."""
    if relation is None:
        return None
    return {
        Relation.ON: "during",
        Relation.DURING: "during",
        Relation.AS_OF: "during",
        Relation.SINCE: "since",
        Relation.UNTIL: "until",
        Relation.BY: "by",
        Relation.ON_OR_AFTER: "on or after",
        Relation.BEFORE: "before",
        Relation.AFTER: "after",
    }.get(relation)


def days_of(value: str) -> int | None:
    """The number of days of a TIMEX3 duration "PnD" or "PnW", else None."""
    if len(value) > 2 and value[0] == "P" and value[1:-1].isdigit() and value[-1] in "DW":
        return int(value[1:-1]) * (7 if value[-1] == "W" else 1)
    return None


def is_day(span: Span) -> bool:
    """Whether a span is one calendar day."""
    start, end = span.start, span.end
    return start is not None and end is not None and end - start == timedelta(days=1)


def day_before(span: Span) -> Span:
    """The day before a span starts: "starts once that day is over" = starts in the span."""
    start = span.start
    return span if start is None else Span.of((start - timedelta(days=1)).date())


def day_of(moment: date | datetime) -> date:
    """The calendar day of a date or datetime."""
    return moment.date() if isinstance(moment, datetime) else moment


def group_of(entry: Nominal) -> frozenset[str]:
    """The words that name the same kind of event as an event noun (with its verb)."""
    return entry.group | ({entry.verb} if entry.verb else set())
