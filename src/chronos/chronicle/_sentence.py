"""The reading of one sentence: where its verbs are, which event each word tells, links.

``Sentence`` holds what every rule reads: the sentence's tokens and temporal expressions,
where a word can be a verb, which verb governs a position, and the events told so far
(one per token). The rules build on it: ``Anchoring`` (``_anchors``) reads what the
temporal expressions say, ``_find`` the cue words, reports, predicates and anaphora.
"""

from __future__ import annotations

import bisect
from typing import Final

from chronos.chronicle._lexicon import nominal, verb as verb_of
from chronos.chronicle._model import (
    PRONOUNS,
    Found,
    Link,
    Told,
    base_verb,
    nominal_entry,
    rule_of,
    verb_entry,
    verb_place,
)
from chronos.chronicle._types import Kind
from chronos.chronicle._words import (
    AUX,
    CUES,
    DETERMINERS,
    MODALS,
    OCCURRING,
    PARTICLES,
    REACTIONS,
    REALIZING,
    STOPS,
    Tok,
    definite,
    group_of,
    modifier,
    object_of,
    subject_head,
    tense_of,
)
from chronos.text import Mention

__all__ = ["Sentence"]

_STRONG: Final = frozenset({";", "—", "–"})
#: "the bombing that killed": a past form after a relative pronoun is its clause's verb.
_RELATIVE: Final = frozenset({"that", "which", "who"})
#: The words after which a bare base form is a verb ("will resume", "to visit").
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "'re", "am", "'m"})
_BEFORE_BASE: Final = MODALS | {"not", "n't", "they", "we", "i", "you"}
#: The relative pronouns that open a clause about a thing (not "who": a person).
_WHICH: Final = frozenset({"which", "that"})


class Sentence:
    """One sentence of a statement, and the events told in it so far."""

    def __init__(self, st: Told, number: int, toks: list[Tok], timex: dict[int, Mention]):
        self.st, self.number, self.toks, self.timex = st, number, toks, timex
        self.text = st.text
        self.events: dict[int, Found] = {}  # token index → the event told there
        self.referred: set[int] = set()  # tokens read as a reference to an event
        self.subjects: set[int] = set()  # subjects in a verb event's label ("Fighting resumed")
        self.verbs = [i for i, t in enumerate(toks) if verb_of(t.lower) and self._is_verb(i)]
        #: verb → the event noun whose event it carries out ("which parliament passed")
        self.realizes: dict[int, int] = {}
        self._realized()
        strong = 0
        self.strong: list[int] = []  # strong stops up to each token (prefix counts)
        for t in toks:
            strong += t.lower in _STRONG
            self.strong.append(strong)

    # -- positions ------------------------------------------------------------------------

    def _is_verb(self, i: int) -> bool:
        toks, t = self.toks, self.toks[i]
        verb = verb_entry(t.lower)
        if i in self.timex or (t.text[0].isupper() and i > 0):
            return False
        prev = toks[i - 1].lower if i > 0 else ""
        relative = prev in _RELATIVE and not verb.base and not t.lower.endswith(("s", "ing"))
        if (prev in DETERMINERS or prev.endswith("'s")) and not relative:
            return False  # "the vote", "a report", "Khan's release": a noun
        if verb.base and prev not in _BEFORE_BASE:
            # a bare base form needs "will", "to", "did"…, maybe across an adverb ("will now")
            adverb = prev.endswith("ly") or prev in ("now", "also", "still", "then", "soon")
            if not (adverb and i > 1 and toks[i - 2].lower in _BEFORE_BASE):
                return False
        if (
            not verb.base
            and t.lower == verb.lemma + "s"
            and (not prev[:1].isalpha() or prev in ("of", "and", "or", "the", "in", "on"))
        ):
            return False  # "However, comments on …": a plural noun
        if t.lower.endswith("ing") and prev not in _BE and i + 1 not in self.timex:
            return False  # "citing", "calling for": participles of manner, unless dated
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if verb.lemma == "do" and (nxt in ("not", "n't") or base_verb(nxt)):
            return False  # "did not approve", "did approve": an auxiliary
        if verb.guessed and not verb_place(prev, nxt, i + 1 in self.timex):
            return False
        if verb.guessed and t.lower.endswith("ing") and prev not in _BE:
            return False
        auxiliary = prev in ("is", "are", "was", "were", "be", "been", "has", "have", "had")
        # "the statement made by": a reduced relative, part of its noun
        return verb.base or not (nxt == "by" and not auxiliary and prev[:1].isalpha())

    def governor(self, i: int) -> int | None:
        """The verb whose clause holds token ``i``: the nearest before it, else after it."""
        k = bisect.bisect_left(self.verbs, i)
        if k > 0:
            v = self.verbs[k - 1]
            if self.strong[i] == self.strong[v]:
                return v
        return self.verbs[k] if k < len(self.verbs) else None

    def cue_governor(self, i: int) -> tuple[int, bool] | None:
        """The event a cue at ``i`` orders: an event noun just before it, else the verb."""
        toks, g = self.toks, self.governor(i)
        for k in range(i - 1, max(-1 if g is None else g, i - 12), -1):
            low = toks[k].lower
            if low in STOPS or k in self.timex or (g is not None and k == g):
                break
            if nominal(low) is not None and low not in PRONOUNS:
                if g is not None and object_of(toks, g, self.timex) == k:
                    break  # "called for his release since…": the verb's own object
                return (k, True)
        return None if g is None else (g, False)

    def event_at(self, i: int, *, nominal: bool) -> Found:
        found = self.events.get(i)
        if found is None and not nominal and i in self.realizes:
            # "the amendment, which parliament passed on Monday": the amendment's event
            found = self.event_at(self.realizes[i], nominal=True)
            toks = self.toks
            last = i + 1 if i + 1 < len(toks) and toks[i + 1].lower == "place" else i
            self.st.mention(found, self.number, toks[i], toks[last], "predicate")
            if found.tense is None:
                found.tense = tense_of(self.toks, i)
            self.events[i] = found
        if found is None:
            found = self._nominal(i) if nominal else self._verb(i)
            self.events[i] = found
        return found

    def link(self, a: Found, relation: str, b: Found, quote: str, rule: str) -> Link | None:
        if a is b:
            return None
        made = Link(a, relation, b, self.number, quote, rule)
        self.st.reading.links.append(made)
        return made

    # -- verbs that carry out an event noun's event ------------------------------------------

    def _realized(self) -> None:
        """Verbs whose object is an event noun of their sentence, in a relative clause or a
        passive: the verb tells the noun's event itself, and its date is the event's.

        "the amendment, which parliament passed on Monday" (an object relative), "the
        elections, which were held on 8 February" and "the elections were held on
        8 February" (a passive), "the report made by the office on Monday" (a participle
        before "by"). Only verbs that carry out what their object names (``REALIZING``:
        passed, held, signed, issued…) say so: "the ceasefire, which rebels violated on
        Monday" does not date the ceasefire. A verb of happening (``OCCURRING``: occurred,
        happened, took place) tells the event of its event-noun subject.
        """
        toks, n = self.toks, len(self.toks)
        for v in range(1, n):
            low = toks[v].lower
            entry = verb_of(low)
            if entry is None or entry.base or v in self.timex:
                continue
            if entry.lemma in OCCURRING or (
                entry.lemma == "take" and v + 1 < n and toks[v + 1].lower == "place"
            ):
                self._occurred(v)
                continue
            if entry.lemma not in REALIZING:
                continue
            nxt = toks[v + 1].lower if v + 1 < n else ""
            if low.endswith(("s", "ing")) or nxt in PARTICLES:
                continue  # "passes", "holding", "held up": not a completed act on the noun
            if object_of(toks, v, self.timex) is not None:
                continue  # the object is not the noun before: not a gap
            noun = self._realized_noun(v, nxt)
            if noun is None or noun in self.timex:
                continue
            word = toks[noun].lower
            if nominal(word) is None or word in PRONOUNS:
                continue
            if v not in self.verbs:
                if noun != v - 1 or nxt != "by":
                    continue
                bisect.insort(self.verbs, v)  # "made by": the verb of its own clause
            self.realizes[v] = noun

    def _occurred(self, v: int) -> None:
        """ "the vote took place on Sunday", "the blast, which occurred on Monday": a verb of
        happening whose subject is an event noun tells the noun's event."""
        toks, k = self.toks, v - 1
        while k >= 0 and v - k <= 2 and toks[k].lower in ("has", "have", "had"):
            k -= 1
        if k < 0 or v not in self.verbs:
            return
        noun = self._antecedent(k) if toks[k].lower in _WHICH else k
        if noun is None or noun in self.timex:
            return
        word = toks[noun].lower
        if nominal(word) is not None and word not in PRONOUNS:
            self.realizes[v] = noun

    def _realized_noun(self, v: int, nxt: str) -> int | None:
        """The noun a relative clause or passive at ``v`` is about, by its shape."""
        toks, k = self.toks, v - 1
        passive = False
        while k >= 0 and v - k <= 3 and toks[k].lower in AUX:
            passive = passive or toks[k].lower in _BE
            k -= 1
        if k < 0:
            return None
        if toks[k].lower in _WHICH:
            # "which was passed": a passive relative, the noun its subject
            return self._antecedent(k) if passive else None
        dated = v + 1 in self.timex or v + 2 in self.timex  # "held (on) 8 February"
        if not passive and toks[k].lower == "," and k > 0 and (nxt == "by" or dated):
            return k - 1  # "the vote, held on 2 March": a participle after a comma
        if passive or v - k > 1 or toks[k].lower in STOPS:
            if not passive:
                return self._object_relative(k)
            return k  # "the elections were held on 8 February"
        # a participle right after its noun: "the elections held on 8 February",
        # "the statement made by the office"; else an object relative "which parliament passed"
        if nominal(toks[k].lower) is not None and (nxt == "by" or dated):
            return k
        return self._object_relative(k)

    def _object_relative(self, k: int) -> int | None:
        """ "which parliament passed": the words from ``k`` back are the clause's subject,
        after "which" or "that"; the noun before that is what the verb carried out."""
        toks = self.toks
        for r in range(k, max(-1, k - 6), -1):
            low = toks[r].lower
            if low in _WHICH:
                return self._antecedent(r) if r < k else None
            if low in STOPS or low in CUES or r in self.timex or r in self.verbs:
                return None
        return None

    def _antecedent(self, r: int) -> int | None:
        """The noun a relative pronoun at ``r`` refers to: right before it ("the law that"),
        or before a comma ("the amendment, which")."""
        toks = self.toks
        h = r - 1
        if h >= 1 and toks[h].lower == "," and toks[r].lower == "which":
            h -= 1
        if h < 0 or toks[h].lower in STOPS:
            return None
        return h

    # -- events ---------------------------------------------------------------------------

    def _verb(self, i: int) -> Found:
        toks = self.toks
        verb = verb_entry(toks[i].lower)
        words = [toks[i].text]
        j = i + 1
        if (
            j < len(toks)
            and toks[j].lower in PARTICLES
            and (toks[j].lower not in ("for", "to") or j + 1 not in self.timex)
        ):
            words.append(toks[j].text)  # "broke down", "called for", "reacted to"
        obj = object_of(toks, i, self.timex)
        if verb.cls == "R" and verb.lemma not in REACTIONS:
            obj = None  # what is said is a clause, not part of the label
        head = "" if obj is None else toks[obj].text
        subject = None
        if head:
            words.append(head)
        elif verb.cls != "R":
            subject = subject_head(toks, i)
            if subject is not None:  # "the bridge opened": an intransitive, with its subject
                head = toks[subject].text
                words.insert(0, head)
                self.subjects.add(subject)
        kind: Kind = (
            "reporting" if verb.cls == "R" else "state" if verb.cls == "S" else "occurrence"
        )
        key = f"{verb.lemma} {head.lower()}".strip()
        group = frozenset({verb.lemma})
        noun = None if obj is None else nominal(toks[obj].lower)
        if noun is not None:
            group |= group_of(noun)  # "held a vote": the vote, as the ballot names it later
        found = Found(" ".join(words), kind, key, verb.lemma, group)
        found.tense = tense_of(toks, i)
        self.st.mention(found, self.number, toks[i], toks[i if obj is None else obj], None)
        if subject is not None and nominal(toks[subject].lower) is not None:
            # "Fighting resumed": the event noun names the verb's event, one event
            self.st.mention(found, self.number, toks[subject], toks[subject], "predicate")
        return found

    def _nominal(self, i: int) -> Found:
        toks, st = self.toks, self.st
        word = toks[i].lower
        entry = nominal_entry(word)
        if definite(toks, i):
            earlier = st.earlier(word, exclude=[])
            if earlier is not None:
                st.mention(earlier, self.number, toks[i], toks[i], rule_of(earlier, word))
                return earlier
        first = i
        while first > 0 and i - first < 4 and modifier(toks[first - 1]):
            if first - 1 in self.timex:
                break
            first -= 1
        last = i
        if i + 2 < len(toks) and toks[i + 1].lower in ("in", "of", "against"):
            # "conviction in the Toshakhana case": the noun with its complement
            k = i + 2
            while k < min(len(toks), i + 8) and k not in self.timex:
                low = toks[k].lower
                if not (modifier(toks[k]) or low in DETERMINERS or low == "other"):
                    break
                k += 1
            if k - 1 > i + 1 and toks[k - 1].lower not in DETERMINERS:
                last = k - 1
        label = self.text[toks[first].start : toks[last].end]
        found = Found(label, "occurrence", entry.lemma, entry.lemma, group_of(entry))
        found.noun = True
        st.mention(found, self.number, toks[first], toks[last], None)
        return found

    # -- what a cue governs --------------------------------------------------------------

    def _complement(self, j: int) -> tuple[int, bool] | None:
        """The event a cue governs: a clause's verb or an event noun, within a few words."""
        for k in range(j, min(len(self.toks), j + 7)):
            low = self.toks[k].lower
            if low in STOPS or low in CUES:
                return None
            if k > j and k in self.verbs:
                return (k, False)
            if nominal(low) is not None:
                return (k, True)
        return None

    def _before(self, i: int) -> Found | None:
        """The event told last before token ``i``: in this sentence, else the one before."""
        here = [e for k, e in sorted(self.events.items()) if k < i]
        return here[-1] if here else self.st.last
