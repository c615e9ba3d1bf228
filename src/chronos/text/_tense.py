"""The tense of the clause around a mention, read from its auxiliaries and verb forms.

A small rule set, no model: the cue nearest to the mention inside its sentence decides,
looking back first ("was arrested on July 4", "will be sentenced on Monday", "said it would
meet on Friday") and then ahead ("On Monday, the court ruled …"). The cues:

- future: "will", "shall", "'ll", "won't", "would" (the future of reported speech, unless
  "would have"), "going to", "due", "scheduled", "planned for", "expected", "set to",
  "plans to", their informal forms ("gonna", "gotta", "wanna", "hafta"), a verb of decision
  or promise before "to" and a verb ("decided to admit", "agreed to hold": the act comes
  after the decision), a modal before a verb ("could meet",
  "may vote"), the future in the past ("was going to", "were planning to");
- past: "was", "were", "had", "did", "has"/"have" (the present perfect looks back: "has
  been held since"), a verb in "-ed" ("reopened last Wednesday") or an irregular past form
  ("met", "said", "took");
- present: "is", "are", "am" ("is held on", with no nearer cue);
- future again: a verb of a timetable in the present simple ("opens", "begins", "ends",
  "expires", "hears", "resumes", "meets", "takes effect", "runs until"): news writes what
  is to come so ("the exhibition opens in March"); a present of saying or of a state
  ("says", "believes") is no cue.

A cue counts within :data:`WINDOW` tokens each way, and further off in three places: a
time that opens its sentence takes its main clause's verb, an adjunct of "with" and a
participle the verb of the clause it hangs on, and a verb group the window's edge cuts is
read to its auxiliary. The reading stops at another clause: ahead, at a subordinator
("…on 31 January, after talks broke down") or at "and"/"but"/"so" before a subject
pronoun ("turns 70 on the 22nd and I thought …"); back, at a subordinator that is no
preposition, which opens the mention's own clause ("kettles sold in 2019 once tests finish
at the end of May"). A clause without a cue has no tense (``None``): the resolver then
takes the nearest occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from chronos.phrases import Tense, Token
from chronos.text._extract_words import _FULL_MONTHS, _WEEKDAYS
from chronos.text._lapsed import FORMERLY, PLAN_WORDS

__all__ = [
    "WINDOW",
    "past_verb_before",
    "pluperfect_at",
    "tense_at",
]

#: How many tokens each way a cue may be from the mention.
WINDOW: Final = 12

_FUTURE: Final = frozenset(
    {"will", "shall", "ll", "due", "scheduled", "expected", "upcoming", "tomorrow", "slated"}
    | {"poised", "expects", "expect", "anticipates", "anticipate"}
    # "going to", "got to", "want to", "have to" as messages write them: all look ahead
    | {"gonna", "gotta", "wanna", "hafta"}
)
# Verbs of intent: a cue only before "to" ("plans to sell"); "the plan", "vacation plans"
# are nouns.
_INTENT: Final = frozenset({"plan", "plans", "intend", "intends", "hope", "hopes", "aim", "aims"})
# Verbs of decision and promise before "to" and a verb: the act decided on comes after the
# decision, whatever the tense of the decision ("agreed to hold talks on 3 March").
_DECISIONS: Final = frozenset(
    {
        *("decide", "decides", "decided", "agree", "agrees", "agreed", "vote", "votes"),
        *("voted", "promise", "promises", "promised", "pledge", "pledges", "pledged"),
        *("vow", "vows", "vowed", "threaten", "threatens", "threatened", "resolve"),
        *("resolves", "resolved"),
    }
)
# A future cue after "had" ("had been due to expire Friday") looks back: the plan lapsed.
_LAPSED: Final = frozenset({"due", "scheduled", "expected", "slated", "set"})
# "could" is as often the past of "can" ("could not be reached Wednesday") as a
# conditional: no cue either way.
_MODALS: Final = frozenset({"may", "might", "can", "should", "must"})
_PAST: Final = frozenset(
    {"was", "were", "had", "did", "has", "have", "ago", "been", "yesterday", "last"}
)
_PRESENT: Final = frozenset({"is", "are", "am"})
# Words before "last" that make it the verb ("will last", "to last"), not "last week".
_BEFORE_VERB: Final = frozenset(
    {"will", "would", "to", "could", "may", "might", "can", "should", "must", "ll", "not"}
)
#: Irregular past forms common in news; "-ed" forms are recognised by their ending.
_IRREGULAR_PAST: Final = frozenset(
    {
        *("said", "told", "went", "came", "met", "took", "made", "held", "left", "began"),
        *("saw", "won", "lost", "fell", "rose", "sent", "gave", "got", "found", "thought"),
        *("became", "brought", "bought", "paid", "sold", "struck", "fought", "ran", "wrote"),
        *("spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "wore", "led"),
        *("meant", "kept", "felt", "stood", "built", "spent", "caught", "sought", "taught"),
        *("shot", "fled", "hung", "swore", "slid", "sank", "stole", "woke", "forgot"),
        *("underwent", "withdrew", "overtook", "arose", "forbade", "won", "heard", "laid"),
        *("became", "dealt", "drew", "ate", "bore", "froze", "hid", "lit", "rode", "rang"),
        *("sang", "shook", "sat", "slept", "spun", "stuck", "stung", "swept", "swam", "tore"),
        *("unveiled", "wept", "wound", "beat", "bit", "split", "spread", "quit", "upheld"),
        *("withheld", "overrode", "undertook", "foresaw", "mistook", "oversaw", "rebuilt"),
        # regular past forms too short for the "-ed" rule
        *("died", "tied", "owed", "lied", "vied"),
    }
)
# Words in "-ed" that are not past forms.
_NOT_PAST: Final = frozenset(
    {
        *("need", "needed", "speed", "seed", "feed", "breed", "bleed", "creed", "greed"),
        *("hundred", "indeed", "united", "red", "bed", "shed", "wed", "led", "fled", "bred"),
        *("proceed", "succeed", "exceed", "embed", "deed", "weed", "steed", "tweed", "reed"),
        *("limited", "based", "related", "detailed", "concerned", "interested", "supposed"),
        *("used", "advanced", "experienced", "qualified", "armed", "tired", "naked", "wicked"),
        *("sacred", "beloved", "learned", "aged", "alleged", "biased", "varied", "skilled"),
        *("accused", "unexpected", "expected", "scheduled", "planned", "proposed", "wanted"),
        *("continued", "ongoing", "renewed", "increased", "reduced", "combined", "estimated"),
    }
)
_BEFORE_PARTICIPLE: Final = frozenset(
    {"the", "a", "an", "be", "being", "is", "are", "am", "will", "still", "its", "his", "her"}
    | {"their", "been"}
)
# Words that may follow a verb in the past but hardly an adjective in "-ed".
_AFTER_VERB: Final = frozenset(
    {
        *("the", "a", "an", "on", "in", "at", "by", "to", "for", "from", "with", "his", "her"),
        *("its", "their", "that", "this", "these", "those", "last", "early", "late", "it"),
        *("him", "them", "us", "up", "out", "off", "down", "over", "into", "about", "since"),
        *("until", "after", "before", "during", "earlier", "later", "yesterday", "today"),
        *("and", "but", "or", "as", "some", "all", "no", "more", "than", "back", "away"),
        # an object pronoun follows a verb, never an adjective: "missed u tues"
        *("me", "you", "u", "ya", "us", "them"),
        # a count or a quantity opens the object of a verb, hardly the noun of an adjective:
        # "seized two ships", "evacuated several villages" (digits are no word: see below)
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds"),
        *("thousands", "dozens", "scores", "millions", "several", "many", "both", "nearly"),
        *("almost", "roughly", "around", "least", "only", "another", "each", "every"),
        # an adverb or a preposition of place, time or cause follows a verb ("rallied ahead
        # of the vote", "clashed again", "marched through the city"), not an adjective
        *("ahead", "across", "through", "against", "behind", "amid", "despite", "along"),
        *("toward", "towards", "again", "together", "throughout", "within", "without"),
        *("upon", "onto", "when", "while", "because", "once", "where", "here", "there"),
    }
)
# Words after which a form in "-ed" is the verb of the clause ("it announced plans"), not
# an adjective ("announced plans" after "the").
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that"}
)
_SUBJECTS: Final = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "which"})
# Words after which "have" is the infinitive, not the perfect: the cue is before it. After
# "to" only when no participle follows ("is said to have met" is the perfect); after "may",
# "must", "should" it is the perfect of a guess or a duty ("may have left"), past.
_BEFORE_INFINITIVE: Final = frozenset({"will", "shall", "ll", "to", "gonna", "wanna", "gotta"})
_DAY_PARTS: Final = frozenset({"morning", "afternoon", "evening", "night"})
_STOP: Final = frozenset({";", ":", "(", ")", '"', "“", "”"})
# Words that open a clause of their own, whatever follows: no preposition among them.
_PURE_SUBORDINATORS: Final = frozenset(
    {"once", "when", "whenever", "if", "unless", "while", "whereas", "although", "though"}
    | {"because"}
)
# ... and read ahead, the prepositions that open a clause as often ("after talks broke
# down"): after the mention its verb is behind, so what follows is another event.
_CLAUSE_OPENERS: Final = _PURE_SUBORDINATORS | {"after", "before", "until", "since"}
_PRONOUN_SUBJECTS: Final = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def tense_at(tokens: Sequence[Token], start: int, end: int, first: int, last: int) -> Tense | None:
    """The tense of the clause around tokens ``[start, end)`` of a sentence whose tokens
    are ``[first, last)``.

    >>> from chronos.phrases import Scanner
    >>> def tense(text, word):
    ...     s = Scanner(text)
    ...     i = [t.text for t in s.tokens].index(word)
    ...     return tense_at(s.tokens, i, i + 1, 0, len(s.tokens))
    >>> tense("He was arrested on Monday", "Monday"), tense("She will testify on Monday", "Monday")
    (Tense.PAST, Tense.FUTURE)
    >>> tense("On Monday, the court ruled", "Monday"), tense("The vote is on Monday", "Monday")
    (Tense.PAST, Tense.PRESENT)
    """
    cue = _cue_at(tokens, start, end, first, last)
    return None if cue is None else cue[1]


def _cue_at(
    tokens: Sequence[Token], start: int, end: int, first: int, last: int
) -> tuple[int, Tense] | None:
    """The token and the tense of the cue that governs the mention at ``[start, end)``:
    back within its clause first, then ahead (see :func:`tense_at`)."""
    if _attributive(tokens, start, end, last):
        return None  # "a June 3 hearing", "the Jan. 14 deadline": no verb governs the date
    back = _from_own_clause(tokens, _walk(tokens, start - 1, first - 1, -1), last)
    found = _first_cue(tokens, back, last)
    if found is None and (adjunct := _absolute_adjunct(tokens, start, first)) is not None:
        # "…would sail from May 1, with a third ferry leaving from June 2": the adjunct has
        # no verb of its own; the clause it hangs on has
        found = _first_cue(tokens, _walk(tokens, adjunct - 1, first - 1, -1), last)
    if found is None:
        # a time that opens its sentence ("In June, <a long apposition>, a storm hit")
        # belongs to the main clause, however far on its verb is
        ahead = last if _fronted(tokens, start, end, first, last) else None
        indices = _walk(tokens, end, last, 1, ahead)
        if ahead is None:
            indices = _to_next_clause(tokens, indices, last)
        found = _first_cue(tokens, indices, last)
    return found


def _to_next_clause(tokens: Sequence[Token], indices: Sequence[int], last: int) -> Sequence[int]:
    """The tokens of ``indices`` (read ahead) before a word that opens another clause: a
    subordinator ("after talks broke down", "when the bridge fell") or "and", "but" or
    "so" before a subject pronoun ("on the 22nd and I thought"). The verb of that clause is
    not the mention's: "Mum turns 70 on the 22nd and I thought …" has no tense of its own."""
    for n, i in enumerate(indices):
        word = tokens[i].lower
        nxt = tokens[i + 1].lower if i + 1 < last else ""
        if word in _CLAUSE_OPENERS and nxt not in ("of", "that"):
            return indices[:n]
        if word in ("and", "but", "so") and nxt in _PRONOUN_SUBJECTS:
            return indices[:n]
    return indices


def _from_own_clause(tokens: Sequence[Token], indices: Sequence[int], last: int) -> Sequence[int]:
    """The tokens of ``indices`` (read back) after a subordinator that opens the mention's
    own clause ("once tests finish at the end of May"): a verb before it belongs to the
    main clause or a participle there ("kettles sold in 2019 once …"), not the mention's."""
    for n, i in enumerate(indices):
        nxt = tokens[i + 1].lower if i + 1 < last else ""
        if tokens[i].lower in _PURE_SUBORDINATORS and nxt != "of":
            return indices[:n]
    return indices


def pluperfect_at(tokens: Sequence[Token], start: int, end: int, first: int, last: int) -> bool:
    """Whether the clause around tokens ``[start, end)`` is in the past perfect: the cue
    :func:`tense_at` reads is "had", a past looking further back ("it had rained on 28
    April"), "had to" (a past duty) left out.

    >>> from chronos.phrases import Scanner
    >>> def back(text, word):
    ...     s = Scanner(text)
    ...     i = [t.text for t in s.tokens].index(word)
    ...     return pluperfect_at(s.tokens, i, i + 1, 0, len(s.tokens))
    >>> back("On 2 May the mill had burned", "May"), back("On 2 May the mill burned", "May")
    (True, False)
    >>> back("She had left on 2 May", "May"), back("She had to leave on 2 May", "May")
    (True, False)
    """
    cue = _cue_at(tokens, start, end, first, last)
    if cue is None:
        return False
    i = cue[0]
    if tokens[i].lower != "had":
        return _after_had(tokens, i)  # "had left", "had been shot"
    return i + 1 >= last or tokens[i + 1].lower != "to"


def past_verb_before(tokens: Sequence[Token], start: int, first: int, last: int) -> bool:
    """Whether the word just before token ``start`` is a verb in the past tense itself
    ("the quarter ended Oct. 31", "the offer expired Dec. 1"), not an auxiliary: the date
    is that verb's, as "on" ties a date to its verb.

    >>> from chronos.phrases import Scanner
    >>> s = Scanner("The quarter ended Oct. 31")
    >>> past_verb_before(s.tokens, 3, 0, len(s.tokens))
    True
    """
    if start - 1 < first:
        return False
    word = tokens[start - 1].lower
    if word in _PAST or tokens[start - 1].kind != "WORD":
        return False  # "was", "had": an auxiliary, the verb is elsewhere
    return _cue(tokens, start - 1, last) is Tense.PAST


def _walk(
    tokens: Sequence[Token], i: int, stop: int, step: int, to: int | None = None
) -> Sequence[int]:
    """The tokens from ``i`` towards ``stop`` (excluded) a cue may be on: :data:`WINDOW`
    of them, and a verb group the window's edge cuts is read whole ("will be named … in
    March": the auxiliary before "be" decides); with ``to``, every token up to it."""
    if to is not None:
        return range(i, to, step)
    # the window counts words: a mark or a group that touches the token before it ("3,400",
    # "1.5", "Sunday's") is no word of its own
    out = []
    words = 0
    k = i
    while (k < stop if step > 0 else k > stop) and words < WINDOW:
        out.append(k)
        if tokens[k].spaced or k == 0 or tokens[k - 1].kind not in ("NUMBER", "WORD"):
            words += 1
        k += step
    if step < 0 and out:
        k = out[-1]
        # the window ends on a passive's "be"/"been" or its participle: read back to the
        # auxiliary (at most "will not be named": three words)
        while k - 1 > stop and len(out) < WINDOW + 3 and _in_verb_group(tokens, k):
            k -= 1
            out.append(k)
    return out


def _in_verb_group(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is inside a verb group that goes on before it: a participle
    after "be"/"been"/"being", or "be"/"been"/"not" after the word before it."""
    word = tokens[k].lower
    before = tokens[k - 1].lower
    if word in ("be", "been", "being", "not"):
        return True
    return before in ("be", "been", "being")


def _absolute_adjunct(tokens: Sequence[Token], start: int, first: int) -> int | None:
    """The index of the "with" that opens an adjunct with no verb of its own around the
    mention at ``start`` ("…, with a third ferry leaving each Sunday from June 2"): a
    "with" after a comma, a word in "-ing" between it and the mention; else ``None``."""
    participle = False
    for k in range(start - 1, max(first, start - WINDOW) - 1, -1):
        word = tokens[k].lower
        if word == "with":
            comma = k > first and tokens[k - 1].text == ","
            return k if participle and comma else None
        if tokens[k].kind == "WORD" and len(word) > 4 and word.endswith("ing"):
            participle = True
    return None


def _fronted(tokens: Sequence[Token], start: int, end: int, first: int, last: int) -> bool:
    """Whether the mention at ``[start, end)`` opens its sentence as an adverbial: at most
    a preposition before it and a comma after it ("In June, …", "On Monday, …")."""
    return start - first <= 1 and end < last and tokens[end].text == ","


def _first_cue(
    tokens: Sequence[Token], indices: Sequence[int], last: int
) -> tuple[int, Tense] | None:
    """The first cue among ``indices`` and its tense, stopping at a clause mark."""
    for i in indices:
        token = tokens[i]
        if token.kind == "OTHER" and token.lower in _STOP:
            return None
        found = _cue(tokens, i, last)
        if found is not None:
            return i, found
    return None


def _attributive(tokens: Sequence[Token], start: int, end: int, last: int) -> bool:
    """Whether the mention modifies a noun after a determiner: "a June 3 hearing"."""
    if start == 0 or end >= last:
        return False
    before, after = tokens[start - 1], tokens[end]
    if before.lower not in ("a", "an", "the", "s", "its", "their", "his", "her"):
        return False
    return after.kind == "WORD" and after.text.islower() and after.lower not in _AFTER_VERB


def _cue(tokens: Sequence[Token], i: int, last: int) -> Tense | None:
    """The tense token ``i`` marks, if it is a cue."""
    token = tokens[i]
    if token.kind != "WORD":
        return None
    word = token.lower
    nxt = tokens[i + 1].lower if i + 1 < last else ""
    if word in PLAN_WORDS and i > 0 and tokens[i - 1].lower in FORMERLY:
        return None  # "was originally scheduled for": a plan that lapsed, the verb decides
    if word in _FUTURE:
        if word == "ll" and (i == 0 or tokens[i - 1].kind != "APOSTROPHE"):
            return None
        if word == "due" and nxt == "to" and i + 2 < last and tokens[i + 2].lower in _AFTER_VERB:
            return None  # "due to its loss": because of
        if word == "expected" and i > 0 and tokens[i - 1].lower == "as":
            return None  # "as expected, profit fell": a comment, not a plan
        if word in _LAPSED and _after_had(tokens, i):
            return Tense.PAST  # "had been scheduled to expire Friday"
        return Tense.FUTURE
    if word in _INTENT:
        return Tense.FUTURE if nxt == "to" else None
    if word in _PRESENT and nxt == "to" and _verb_after(tokens, i + 2, last):
        return Tense.FUTURE  # "is to resume trading Tuesday"
    if word == "would" or word in _MODALS:
        if nxt == "have":
            return Tense.PAST
        if word in _MODALS and not _verb_after(tokens, i + 1, last):
            return None  # "the May elections" is not a modal
        return Tense.FUTURE
    if word == "won" and nxt == "'" and i + 2 < last and tokens[i + 2].lower == "t":
        return Tense.FUTURE
    if nxt == "to" and word in ("going", "set", "planning", "preparing", "about"):
        return Tense.PAST if word in _LAPSED and _after_had(tokens, i) else Tense.FUTURE
    if word == "to" and nxt == "be":
        return Tense.FUTURE
    if word == "to" and _decided(tokens, i) and _verb_after(tokens, i + 1, last):
        return Tense.FUTURE  # "decided to admit them in early March": after the decision
    if word == "planned" and nxt == "for":
        return Tense.PAST if _after_had(tokens, i) else Tense.FUTURE  # "was planned for May"
    if word in _PAST:
        if word in ("has", "have") and nxt == "to":
            return None  # "has to": an obligation, not the perfect
        if word == "have" and i > 0 and _infinitive_have(tokens[i - 1].lower, nxt):
            return None  # "will have talks", "gonna have an exam": the verb after "will"
        if word in ("was", "were") and _planned(tokens, i + 1, last):
            return Tense.FUTURE  # "were planning to march on Monday": the future in the past
        if word == "last" and i > 0 and tokens[i - 1].lower in _BEFORE_VERB:
            return None  # "will last until Monday": the verb, the cue is before it
        if word == "last" and _final(tokens, i, last):
            return None  # "the last bus will leave": the final one, no time past
        return Tense.PAST
    if word in _PRESENT:
        return Tense.PRESENT
    if word in _SCHEDULE and _scheduled(tokens, i, last):
        return Tense.FUTURE  # "the exhibition opens in March": a timetable, ahead
    irregular = word in _IRREGULAR_PAST
    if nxt in ("until", "till") and _state_until(tokens, i):
        return Tense.FUTURE  # "remains closed until Friday": a state that ends ahead
    if word == "sat" and _clock_or_part_after(tokens, i + 1, last):
        return None  # "drinks sat 9pm", "sat night": the weekday ("sat 9 hours" the verb)
    if irregular or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        before = tokens[i - 1].lower if i > 0 else ""
        if before in _BEFORE_PARTICIPLE:
            return None  # "the announced plan", "will be sentenced": not the verb of the clause
        after = tokens[i + 1] if i + 1 < last else None
        if (
            not irregular
            and before not in _SUBJECTS
            and after is not None
            and after.kind == "WORD"
            and after.text.islower()
            and nxt not in _AFTER_VERB
        ):
            return None  # "preferred shares", "unspecified date": an adjective
        return Tense.PAST
    return None


# The plural forms where they are no noun ("the talks resume on Monday", "the two meet
# Friday"); each needs a subject before it (see ``_plural_subject``).
_PLURAL_SCHEDULE: Final = frozenset(
    {"resume", "begin", "reopen", "expire", "convene", "reconvene", "meet"}
    | {"open", "close", "start", "end", "arrive", "depart", "return", "travel", "visit"}
)
# Verbs of a timetable in the present simple: news uses them for what is to come ("the
# exhibition opens in March", "the court hears the appeal on Monday", "the ban takes effect
# on 1 July"). A present of saying or of a state ("says", "believes") is no such cue.
_SCHEDULE: Final = frozenset(
    {"opens", "reopens", "starts", "begins", "hears", "closes", "ends", "expires"}
    | {"resumes", "runs", "meets", "convenes", "reconvenes", "kicks", "takes", "take"}
    | {"comes", "come", "goes", "go", "lapses", "concludes", "wraps"}
    | {"arrives", "departs", "returns", "travels", "visits", "flies", "premieres", "airs"}
    | _PLURAL_SCHEDULE
)
# The word each of them needs after it, where alone it is another verb or a noun: "takes
# effect", "kicks off", "comes into force", "goes into effect", "runs until March".
_SCHEDULE_NEXT: Final = {
    "kicks": frozenset({"off"}),
    "takes": frozenset({"effect"}),
    "take": frozenset({"effect"}),
    "comes": frozenset({"into", "on", "out"}),
    "come": frozenset({"into", "on", "out"}),
    "goes": frozenset({"into", "on"}),
    "go": frozenset({"into", "on"}),
    "wraps": frozenset({"up"}),
    "runs": frozenset({"until", "till", "through", "to", "from", "for"}),
}
# Days and months after "comes on" that make it a release ahead.
_DAY_NAMES: Final = _WEEKDAYS | _FULL_MONTHS | {"tomorrow"}
# What "go on" a timetable names: "goes on sale", "go on trial", "goes on air".
_GO_ON: Final = frozenset({"sale", "trial", "strike", "display", "air", "tour", "show"})
# Words before an "-s" form that make it a plural noun: "housing starts", "home runs",
# "loose ends", "the opens", "two starts".
_NOUN_BEFORE: Final = _DETERMINERS | {"of", "housing", "home", "bank", "loose", "false"}


def _scheduled(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether the timetable verb at ``i`` is the verb of its clause: the word it needs
    after it ("takes effect"), no noun-making word or number before it, and no "and" or
    "of" after it ("starts and stops", "the ends of")."""
    word = tokens[i].lower
    nxt = tokens[i + 1].lower if i + 1 < last else ""
    if (
        tokens[i].text[:1].isupper()
        and i > 0
        and tokens[i - 1].kind == "WORD"
        and not _title_case(tokens, last)
    ):
        return False  # "the West End", "the US Open": a capital inside a sentence, a name
    needs = _SCHEDULE_NEXT.get(word)
    if needs is not None and nxt not in needs:
        return False
    if word in ("comes", "come") and nxt in ("on", "out"):
        # "the next update comes on Tuesday", "the report comes out on Friday": a release
        # on a day ahead; "comes on the heels of" is no timetable
        k = i + 3 if nxt == "out" and i + 2 < last and tokens[i + 2].lower == "on" else i + 2
        return k < last and (tokens[k].kind == "NUMBER" or tokens[k].lower in _DAY_NAMES)
    if (
        word in ("go", "goes")
        and nxt == "on"
        and (i + 2 >= last or tokens[i + 2].lower not in _GO_ON)
    ):
        return False  # "the talks go on": they last; "go on sale" is a date ahead
    if nxt in ("and", "or", "of", "'", "s"):
        return False
    if i == 0:
        return True
    before = tokens[i - 1]
    if before.kind == "NUMBER" or before.lower in _NOUN_BEFORE:
        return False
    if word in _PLURAL_SCHEDULE and not _plural_subject(before):
        return False  # "and meet with", "let the offensive begin": an infinitive
    return before.lower not in _NOT_PRESENT


def _title_case(tokens: Sequence[Token], last: int) -> bool:
    """Whether the words before ``last`` are written in title case, as a headline is ("The
    Garden Show Opens on Sunday"): at least three words of four letters or more after the
    first word, none of them in lower case. A capital then marks no name."""
    long = [t.text for t in tokens[1:last] if t.kind == "WORD" and len(t.text) > 3]
    return len(long) >= 3 and all(word[:1].isupper() for word in long)


def _plural_subject(before: Token) -> bool:
    """Whether the word before a plural timetable verb can end its subject: a pronoun
    ("they meet"), a plural noun ("the talks resume") or a name ("… and Arafat meet")."""
    if before.kind != "WORD":
        return False
    word = before.lower
    if word in ("they", "we", "you", "i", "both", "two", "sides"):
        return True
    return (word.endswith("s") and not word.endswith("ss")) or before.text[:1].isupper()


# Words before a timetable verb that make it an infinitive, a negation or an adjective, not
# the present: "will meet" (the cue is "will"), "to resume", "did not meet", "can't begin".
_NOT_PRESENT: Final = frozenset(
    {"will", "to", "ll", "would", "did", "does", "do", "not", "t", "never", "n't"}
    | {"could", "may", "might", "can", "should", "must", "shall", "let", "lets"}
    # after a copula or an auxiliary the form is an adjective or a participle: "was open
    # Friday", "is closed", "had begun" (the copula is the clause's cue)
    | {"was", "were", "is", "are", "am", "be", "been", "being", "has", "have", "had"}
)


# After "was"/"were", the words of a plan ahead of then: "was going to", "were planning
# to", "was due to", "was set to", "were about to", "was expected to".
_PLANNED: Final = frozenset(
    {"going", "planning", "preparing", "due", "set", "about", "expected", "scheduled"}
    | {"slated", "poised", "hoping", "intending", "aiming"}
)


def _clock_or_part_after(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Whether a clock time ("9pm", "9 p.m.", "9:30") or a part of the day ("night") is at
    ``k``: what makes a "sat" before it the weekday rather than the verb."""
    if k >= last:
        return False
    if tokens[k].lower in _DAY_PARTS:
        return True
    if tokens[k].kind != "NUMBER" or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.kind == "COLON" or after.lower in ("am", "pm"):
        return True
    return after.lower in ("a", "p") and k + 2 < len(tokens) and tokens[k + 2].kind == "DOT"


# Words after "the last" that make it a time gone by ("the last week", "the last time"),
# not the final one of a series ("the last bus", "its last flight").
_TIME_AFTER_LAST: Final = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
    | {"century", "centuries", "night", "nights", "weekend", "weekends", "quarter", "time"}
    | {"times", "hour", "hours", "minute", "minutes", "season", "summer", "winter", "spring"}
    | {"autumn", "fall", "few", "two", "three", "four", "five", "six", "seven", "eight"}
    | {"nine", "ten", "several", "couple", "session", "term"}
)


def _final(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether "last" at ``i`` means "final": after a determiner or a possessive and
    before a word that is no time ("the last bus", "her last match")."""
    if i == 0 or i + 1 >= last:
        return False
    before = tokens[i - 1].lower
    if before not in _DETERMINERS and before not in ("his", "her", "its", "their", "our"):
        return False
    after = tokens[i + 1]
    return after.kind == "WORD" and after.lower not in _TIME_AFTER_LAST


# Verbs of a state in the present before a participle or an adjective and "until": "is
# closed until Friday", "stays shut till Monday", "remains open until March".
_STATE_VERBS: Final = frozenset(
    {"is", "are", "am", "be", "remains", "remain", "stays", "stay", "keeps", "sits"}
)
_STATES: Final = frozenset({"open", "shut", "closed", "suspended", "off", "down", "up"})


def _state_until(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i``, before "until" or "till", is a state that holds now: a
    verb of state itself ("stays until Monday"); a participle or an adjective of state
    after one ("is postponed until", "remains open until"); a word of state ("closed",
    "shut", "open") after an adverb ("apparently closed") or heading its clause ("closed
    till thursday"). After a subject a participle is the verb of the past ("he worked
    until Friday"); after "was" or "remained" a state of the past."""
    word = tokens[i].lower
    if word in _STATE_VERBS - {"is", "are", "am", "be"}:
        return True
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.lower in _STATE_VERBS:
        return word in _STATES or (len(word) > 4 and word.endswith("ed"))
    if word not in _STATES:
        return False  # "postponed twice, ran until Tuesday": the verb of the past
    if before is None or before.kind != "WORD":
        return True  # "…, closed till thursday"
    return before.lower.endswith("ly") and len(before.lower) > 3


def _infinitive_have(before: str, after: str) -> bool:
    """Whether "have" between ``before`` and ``after`` is the infinitive of the verb, not
    the auxiliary of the perfect."""
    if before not in _BEFORE_INFINITIVE:
        return False
    if before != "to":
        return True
    perfect = after == "been" or after in _IRREGULAR_PAST or after.endswith("ed")
    return not perfect


def _planned(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether tokens ``i``… are a plan word and "to": the future in the past."""
    return i + 1 < last and tokens[i].lower in _PLANNED and tokens[i + 1].lower == "to"


def _decided(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb of decision comes just before the "to" at ``i``, as a verb: not after
    a determiner ("their pledge to cut" is a noun)."""
    if i == 0 or tokens[i - 1].lower not in _DECISIONS:
        return False
    return i < 2 or tokens[i - 2].lower not in _DETERMINERS


def _after_had(tokens: Sequence[Token], i: int) -> bool:
    """Whether "had" or "had been" comes just before token ``i``."""
    k = i - 1
    if k >= 0 and tokens[k].lower == "been":
        k -= 1
    return k >= 0 and tokens[k].lower == "had"


def _verb_after(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether a lower-case word follows a modal (so the modal is one: "may vote")."""
    if i >= last:
        return False
    token = tokens[i]
    return token.kind == "WORD" and token.text.islower() and token.lower not in ("and", "or")
