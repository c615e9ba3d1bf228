"""Finding the events of one statement: predicates, event nouns, anchors, cues, anaphora.

A statement is read sentence by sentence over its word tokens. A verb of the lexicon is an
event when its sentence carries a temporal expression, a relation cue or a report; an event
noun is an event when the text dates it, orders it, reacts to it, names an earlier event
again, or stands between the same stops as a date. Each rule is a method below;
docs/chronicle.md lists them. The values a reading builds are in ``_model``.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime, timedelta
from typing import Final

from chronos.chronicle._lexicon import nominal, verb as verb_of
from chronos.chronicle._model import (
    PRONOUNS,
    Anchor,
    Found,
    Link,
    Reading,
    Told,
    base_verb,
    nominal_entry,
    rule_of,
    verb_entry,
    verb_place,
)
from chronos.chronicle._types import EventMention, Kind
from chronos.chronicle._words import (
    ABOUT,
    ADVERBS,
    CUES,
    DETERMINERS,
    MODALS,
    PARTICLES,
    REACTIONS,
    SAYING,
    STOPS,
    TWO_WORD_CUES,
    Tok,
    day_before,
    days_of,
    definite,
    group_of,
    is_day,
    is_english,
    modifier,
    noun_after,
    object_of,
    relation_word,
    subject_head,
    subject_of,
    tense_of,
    tokenize,
)
from chronos.phrases import Expression, Relation
from chronos.text import Mention, extract, sentence_spans
from chronos.time import Span

__all__ = ["Anchor", "Found", "Link", "Reading", "day_before", "read_statement"]

#: The longest stretch read as one sentence (tokens): longer runs without a full stop are
#: read in pieces, so that no rule looks further than this and the reading stays linear.
MAX_SENTENCE: Final = 300
_STRONG: Final = frozenset({";", "—", "–"})
#: The verbs before "on strike", "in custody": the noun is a state of the subject.
_STAYS: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"}
    | {"stay", "stays", "stayed", "'s", "'re"}
)
#: "the bombing that killed": a past form after a relative pronoun is its clause's verb.
_RELATIVE: Final = frozenset({"that", "which", "who"})
#: Words that make a perfect count repeated occurrences ("postponed twice since May").
_REPEATED: Final = frozenset({"twice", "thrice", "again", "repeatedly", "times", "once"})
#: Prepositions after which a verb's "-ing" form is a gerund that names an event.
_GERUND_AFTER: Final = frozenset({"for", "by", "while", "without", "about", "of", "in", "on"})
_PERSONAL: Final = frozenset({"he", "she", "it", "who", "which", "that"})
#: The words after which a bare base form is a verb ("will resume", "to visit").
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "'re", "am", "'m"})
_BEFORE_BASE: Final = MODALS | {"not", "n't", "they", "we", "i", "you"}


def read_statement(text: str, sid: str, published: date | datetime) -> Reading:
    """The events and links of one statement (its own event is added by the chronicle)."""
    reading = Reading()
    tokens = tokenize(text)
    if not is_english(tokens):
        reading.notes.append(
            f"statement {sid}: only English is read, and this text does not read as English; "
            "its chronology holds the statement alone"
        )
        return reading
    mentions = extract(text, dct=published)
    starts = [t.start for t in tokens]
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for i in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)):
            by_token[i] = m
    statement = Told(text, sid, published, reading)
    for number, (a, b) in enumerate(sentence_spans(text), 1):
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        for piece in range(lo, hi, MAX_SENTENCE):
            end = min(hi, piece + MAX_SENTENCE)
            timex = {i - piece: by_token[i] for i in range(piece, end) if i in by_token}
            _Sentence(statement, number, tokens[piece:end], timex).read()
    return reading


class _Sentence:
    """The reading of one sentence."""

    def __init__(self, st: Told, number: int, toks: list[Tok], timex: dict[int, Mention]):
        self.st, self.number, self.toks, self.timex = st, number, toks, timex
        self.text = st.text
        self.events: dict[int, Found] = {}  # token index → the event told there
        self.referred: set[int] = set()  # tokens read as a reference to an event
        self.verbs = [i for i, t in enumerate(toks) if verb_of(t.lower) and self._is_verb(i)]
        strong = 0
        self.strong: list[int] = []  # strong stops up to each token (prefix counts)
        for t in toks:
            strong += t.lower in _STRONG
            self.strong.append(strong)

    def read(self) -> None:
        self._anchors()
        self._cues()
        self._subsequent()
        self._reports()
        self._about()
        self._adverbs()
        self._anaphora()
        self._predicates()
        st = self.st
        ordered = [self.events[k] for k in sorted(self.events)]
        st.tell(ordered)
        if ordered:
            st.last = ordered[-1]
        st.previous = ordered

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
        if head:
            words.append(head)
        elif verb.cls != "R":
            subject = subject_head(toks, i)
            if subject is not None:  # "the bridge opened": an intransitive, with its subject
                head = toks[subject].text
                words.insert(0, head)
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

    # -- 1. temporal expressions -----------------------------------------------------------

    def _anchors(self) -> None:
        seen: set[int] = set()
        toks = self.toks
        for first in sorted(self.timex):
            m = self.timex[first]
            if id(m) in seen:
                continue
            seen.add(id(m))
            last = max(
                k for k in range(first, min(len(toks), first + 40)) if self.timex.get(k) is m
            )
            if m.expression is None:
                continue
            g = self.governor(first)
            expression = self._by_tense(m, g)
            span = expression.span
            if span is None:
                if m.timex.type == "DURATION":
                    self._metric(m, first, last, g)
                continue
            span = self._reanchor(m, span)
            self._when(m, last, g, span)
            noun = noun_after(toks, last + 1, determiner=False)
            if noun is None and first >= 2 and toks[first - 1].lower == "of":
                noun = (
                    first - 2 if nominal(toks[first - 2].lower) is not None else None
                )  # "the truce of 12 June"
            if noun is None and g is not None and verb_entry(toks[g].lower).cls == "P":
                noun = subject_of(toks, g)  # "a conference is planned for September"
            if noun is not None:
                self._noun_date(m, first, noun, span)
                continue
            state = self._state_noun(first - len((m.signal or "").split()))
            if state is not None:
                self._clause_date(m, state, span, nominal=True)
                continue
            if g is not None:
                self._clause_date(m, g, span)
            before = first - 1 - len((m.signal or "").split())
            if (
                m.relation is Relation.ON
                and before >= 0
                and nominal(toks[before].lower)
                and (g is None or object_of(toks, g, self.timex) != before)
            ):
                # "talks on Monday", "a mission in December": the noun is dated too
                target = self.event_at(before, nominal=True)
                target.anchors.append(
                    Anchor("during", span, self.number, self.text[m.start : m.end])
                )

    def _noun_date(self, m: Mention, first: int, noun: int, span: Span) -> None:
        """ "the February 8 elections": the noun's date; the signal orders the clause to it."""
        self.st.noun_dates.add(id(m))
        target = self.event_at(noun, nominal=True)
        quote = self.text[m.start : m.end]
        target.anchors.append(Anchor("during", span, self.number, quote))
        relation = relation_word(m.relation)
        governor = self.cue_governor(first - len((m.signal or "").split()))
        if relation not in (None, "during") and governor is not None and relation is not None:
            gov = self.event_at(governor[0], nominal=governor[1])
            said = f"{m.signal} {quote}" if m.signal else quote
            self.link(gov, relation, target, said, "cue")

    def _when(self, m: Mention, last: int, g: int | None, span: Span) -> None:
        """ "since November, when he was found", "on 5 June when workers walked out".

        "when" right after a date opens a clause about that time: its verb is in the span.
        """
        toks, j = self.toks, last + 1
        if j < len(toks) and toks[j].lower == ",":
            j += 1
        if j >= len(toks) or toks[j].lower != "when":
            return
        v = next((k for k in self.verbs if j < k <= j + 8), None)
        if v is None or v == g or self.strong[v] != self.strong[j]:
            return
        if any(toks[k].lower in STOPS for k in range(j + 1, v)):
            return
        target = self.event_at(v, nominal=False)
        if target.tense in ("past", "perfect", "pluperfect", "present", "future"):
            quote = self.text[m.start : toks[v].end]
            target.anchors.append(Anchor("during", span, self.number, quote))

    def _state_noun(self, i: int) -> int | None:
        """ "on strike since 2 June", "remains in custody until Friday": the noun's state.

        An event noun right before token ``i``, after "on", "in" or "under" that follows a
        form of "be", "remain" or "stay", names a state; its clause's date is the state's.
        """
        toks, k = self.toks, i - 1
        if k < 2 or nominal(toks[k].lower) is None or k in self.timex:
            return None
        if toks[k - 1].lower not in ("on", "in", "under") or toks[k - 2].lower not in _STAYS:
            return None
        found = self.event_at(k, nominal=True)
        if found.noun and not found.anchors:
            found.kind = "state"
        return k

    def _clause_date(self, m: Mention, g: int, span: Span, *, nominal: bool = False) -> None:
        target = self.event_at(g, nominal=nominal)
        if m.relation is Relation.SINCE and not nominal and self._resulting_state(g):
            target.kind = "state"
        relation = self._relation(m, target)
        if (
            relation in ("until", "since-ongoing")
            and target.kind == "occurrence"
            and any(a.relation == "during" for a in target.anchors)
        ):
            return  # "extended the remand on Saturday until 20 January": the remand's end
        if m.timex.type == "DURATION" and span.start is not None:
            if relation != "since-ongoing":
                return  # "for the past week" of an event that is over: its start is not said
            span = Span.of(span.start.date())  # "has fallen for six months": since that day
        if relation == "during" and is_day(span):
            self.st.narrative = span
        target.anchors.append(Anchor(relation, span, self.number, self.text[m.start : m.end]))

    def _resulting_state(self, v: int) -> bool:
        """ "have been closed since 2 March": a perfect passive with "since" names the state
        the closing left, which goes on (unlike "has hired fifty since March")."""
        toks = self.toks
        if any(t.lower in _REPEATED for t in toks[v + 1 : v + 4]):
            return False  # "has been postponed twice since": each postponement is over
        return (
            v >= 2
            and toks[v - 1].lower == "been"
            and toks[v - 2].lower in ("has", "have", "'s", "'ve")
        )

    def _relation(self, m: Mention, found: Found) -> str:
        """The relation of a clause's event to its date, with tense and aspect."""
        if m.relation is Relation.SINCE:
            if found.tense == "future":
                return "since"  # "will be collected from 1 April": it starts then
            ongoing = found.kind == "state" and found.tense != "pluperfect"
            return "since-ongoing" if ongoing else "since-over"
        if m.relation is Relation.DURING and m.timex.type == "DURATION":
            return "since-ongoing" if found.tense == "perfect" else "during"
        return relation_word(m.relation) or "during"

    def _by_tense(self, m: Mention, g: int | None) -> Expression:
        """A year-less date that modifies a noun, placed by the tense of its clause.

        The text stage takes the nearest occurrence for "the February 8 elections"; in a
        clause in the past ("has been held … ahead of the February 8 elections") the
        chronicle takes the reading before the publication day instead.
        """
        expression = m.expression
        if expression is None:
            raise AssertionError("a mention without expression is skipped before")
        span = expression.span
        if m.tense is not None or g is None or not expression.alternatives or span is None:
            return expression
        if tense_of(self.toks, g) not in ("past", "perfect", "pluperfect"):
            return expression
        if verb_entry(self.toks[g].lower).cls == "P":
            return expression  # "a June 3 hearing has been scheduled": still to come
        if span.start is None or span.start < self.st.day_start:
            return expression
        for other in expression.alternatives:
            o = other.span
            if o is not None and o.start is not None and o.start < self.st.day_start:
                return other
        return expression

    def _reanchor(self, m: Mention, span: Span) -> Span:
        """An anaphoric day counted from the day a predicate is at, not from a noun's date.

        "since the truce of 12 June … the previous day": the date of an event noun is
        background; "the previous day" counts from the last day that dated a predicate.
        """
        anchor, here = m.anchor, self.st.narrative
        if not isinstance(anchor, Mention) or id(anchor) not in self.st.noun_dates:
            return span
        base = None if anchor.expression is None else anchor.expression.span
        if base is None or here is None or not (is_day(base) and is_day(span) and is_day(here)):
            return span
        if span.start is None or base.start is None or here.start is None:
            return span
        return Span.of((here.start + (span.start - base.start)).date())

    def _metric(self, m: Mention, first: int, last: int, g: int | None) -> None:
        """ "two days after he published …", "after a week of negotiations"."""
        toks, nxt = self.toks, last + 1
        if nxt >= len(toks) or g is None:
            return
        if toks[nxt].lower == "of" and m.relation is Relation.WITHIN:
            self._within(m, nxt + 1, g)
            return
        if toks[nxt].lower == "of" and m.relation is Relation.AFTER:
            n = noun_after(toks, nxt + 1)
            if n is not None:
                quote = self.text[m.start : toks[n].end]
                gov = self.event_at(g, nominal=False)
                self.link(gov, "after", self.event_at(n, nominal=True), quote, "cue")
            return
        cue = CUES.get(toks[nxt].lower)
        complement = self._complement(nxt + 1) if cue in ("after", "before") else None
        if complement is None or cue is None or complement[0] == g:
            return
        gov = self.event_at(g, nominal=False)
        other = self.event_at(complement[0], nominal=complement[1])
        quote = self.text[m.start : toks[complement[0]].end]
        made = self.link(gov, cue, other, quote, "cue")
        days = days_of(m.timex.value)
        if made is None or days is None:
            if made is not None:
                made.gap = m.text
            return
        # a count of days counts calendar days: "two days after" is one to three days later
        made.gap = f"between {max(0, days - 1)} and {days + 1} days"
        day = next((a.span for a in gov.anchors if a.relation == "during" and is_day(a.span)), None)
        if day is not None and day.start is not None and other.kind == "occurrence":
            shift = timedelta(days=days if cue == "after" else -days)
            other.anchors.append(
                Anchor("during", Span.of((day.start - shift).date()), self.number, quote)
            )

    def _within(self, m: Mention, j: int, g: int) -> None:
        """ "resigned within two days of the vote": the two are at most that far apart, on
        either side. A count of days counts calendar days, so one more day is allowed; a
        length without a number ("within hours") bounds nothing and links nothing."""
        days = days_of(m.timex.value)
        if days is None:
            return
        complement = self._complement(j)
        if complement is None or complement[0] == g:
            return
        gov = self.event_at(g, nominal=False)
        other = self.event_at(complement[0], nominal=complement[1])
        quote = self.text[m.start : self.toks[complement[0]].end]
        made = self.link(gov, "within", other, quote, "cue")
        if made is not None:
            made.gap = f"at most {days + 1} days"

    # -- 2. cue words --------------------------------------------------------------------------

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

    def _signals(self) -> set[int]:
        """The tokens that are a temporal expression's signal ("since" of "since August")."""
        out: set[int] = set()
        for first in self.timex:
            m = self.timex[first]
            if not m.signal or (first - 1 in self.timex and self.timex[first - 1] is m):
                continue
            j = first - 1
            while j >= 0 and self.toks[j].lower in DETERMINERS:
                j -= 1
            out.update(range(max(0, j - len(m.signal.split()) + 1), j + 1))
        return out

    def _cues(self) -> None:
        toks, signals = self.toks, self._signals()
        for i, t in enumerate(toks):
            cue, width = CUES.get(t.lower), 1
            if cue is None and i + 1 < len(toks):
                cue, width = TWO_WORD_CUES.get((t.lower, toks[i + 1].lower)), 2
            if cue is None or i in signals or i in self.timex or i + width in self.timex:
                continue
            if i - 1 in self.timex and self.timex[i - 1].timex.type == "DURATION":
                continue  # "two days after": a metric gap, read with the duration
            if t.lower == "since" and i + 1 < len(toks) and toks[i + 1].lower == "then":
                self._since_then(i)
                continue
            complement = self._complement(i + width)
            governor = self.cue_governor(i)
            if complement is None or governor is None or governor[0] == complement[0]:
                continue
            gov = self.event_at(governor[0], nominal=governor[1])
            other = self.event_at(complement[0], nominal=complement[1])
            quote = self.text[t.start : toks[complement[0]].end]
            made = self.link(gov, cue, other, quote, "cue")
            if made is not None and cue == "since":
                if not governor[1] and self._resulting_state(governor[0]):
                    gov.kind = "state"
                self._ongoing(gov, quote)
            if made is not None and cue == "after" and complement[1]:
                self._since_after(i, other, quote)

    def _since_after(self, i: int, other: Found, quote: str) -> None:
        """ "held since August 2023 after his conviction": the conviction is in August 2023.

        "after" right after a "since" date tells what started the state at that date: the
        event it names (an event noun without a date of its own) falls in the same span.
        """
        k = i - 2 if i >= 2 and self.toks[i - 1].text == "," else i - 1
        m = self.timex.get(k)  # "since March after", "since March, after"
        if m is None or m.relation is not Relation.SINCE or m.expression is None:
            return
        span = m.expression.span
        if span is None or span.start is None or other.anchors:
            return
        other.anchors.append(Anchor("during", span, self.number, quote))

    def _before(self, i: int) -> Found | None:
        """The event told last before token ``i``: in this sentence, else the one before."""
        here = [e for k, e in sorted(self.events.items()) if k < i]
        return here[-1] if here else self.st.last

    def _since_then(self, i: int) -> None:
        g = self.governor(i)
        if g is None:
            return
        gov = self.event_at(g, nominal=False)
        before = self._before(min(g, i))
        if before is not None and self.link(gov, "after", before, "since then", "cue"):
            self._ongoing(gov, "since then")

    def _ongoing(self, found: Found, quote: str) -> None:
        """A state "since" an event goes on at publication, unless told in the pluperfect."""
        if found.kind == "state" and found.tense != "pluperfect":
            found.anchors.append(Anchor("ongoing", self.st.day, self.number, quote))

    def _subsequent(self) -> None:
        """ "and subsequent sentencing": after the event told just before it."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.lower != "subsequent" or i + 1 >= len(toks):
                continue
            n = noun_after(toks, i + 1)
            earlier = self._before(i)
            if n is None or earlier is None:
                continue
            later = self.event_at(n, nominal=True)
            self.link(later, "after", earlier, self.text[t.start : toks[n].end], "cue")

    def _adverbs(self) -> None:
        """ "then", "later", "earlier": the clause after (before) the event told before it."""
        for i, t in enumerate(self.toks):
            relation = ADVERBS.get(t.lower)
            if relation is None or i in self.timex or (i > 0 and self.toks[i - 1].lower == "since"):
                continue
            g = self.governor(i)
            if g is None or tense_of(self.toks, g) == "modal":  # "could have started earlier"
                continue
            before = self._before(min(g, i))
            if before is not None:
                self.link(self.event_at(g, nominal=False), relation, before, t.text, "cue")

    # -- 3. reports, what they react to and what said things are about ---------------------------

    def _reports(self) -> None:
        toks = self.toks
        for v in self.verbs:
            verb = verb_entry(toks[v].lower)
            if verb.cls != "R":
                continue
            report = self.event_at(v, nominal=False)
            obj = object_of(toks, v, self.timex) if verb.lemma in REACTIONS else None
            if obj is None or nominal(toks[obj].lower) is None:
                continue
            self.referred.add(obj)
            if toks[obj].lower in PRONOUNS:
                target = self.st.earlier(toks[obj].lower, exclude=[])
                if target is None:
                    continue
                self.st.mention(target, self.number, toks[max(0, obj - 1)], toks[obj], "pronoun")
            else:
                target = self.event_at(obj, nominal=True)
            quote = self.text[toks[v].start : toks[obj].end]
            self.link(target, "before", report, quote, "reaction")

    def _about(self) -> None:
        """ "the statement … regarding the amendment": what is said of an event comes after it."""
        toks = self.toks
        for k in sorted(self.events):
            if toks[k].lower.rstrip("s") not in SAYING:
                continue
            about = next(
                (j for j in range(k + 1, min(len(toks), k + 25)) if toks[j].lower in ABOUT), None
            )
            n = None if about is None else noun_after(toks, about + 1)
            if about is None or n is None:
                continue
            topic = self.event_at(n, nominal=True)
            self.link(
                topic, "before", self.events[k], self.text[toks[about].start : toks[n].end], "about"
            )

    # -- 4. the other predicates of a sentence that tells something --------------------------

    def _predicates(self) -> None:
        """Every verb of a sentence that carries a date, a cue or a report is an event.

        Only the verb that governs a date takes it; the others are placed by their tense
        alone (told in the past: over by the publication day), so that a verb never takes a
        date that is not its own.
        """
        if not (self.timex or self.events):
            return
        toks = self.toks
        for v in self.verbs:
            if v in self.events:
                continue
            low = toks[v].lower
            entry = verb_entry(low)
            nxt = toks[v + 1].lower if v + 1 < len(toks) else ""
            object_next = nxt in DETERMINERS or nxt[:1].isdigit()  # "the index shows a gain"
            if (
                not entry.base
                and low == entry.lemma + "s"
                and toks[v - 1].lower not in _PERSONAL
                and not object_next
            ):
                continue  # "based on media reports": an "-s" word after a noun may be a plural
            subject = self._noun_subject(v)
            if subject is not None:
                # "two days after talks with the union resumed": what became of the talks
                self.st.mention(subject, self.number, toks[v], toks[v], "predicate")
                if subject.tense is None:
                    subject.tense = tense_of(toks, v)
                continue
            found = self.event_at(v, nominal=False)
            # "… or draconian laws have been enacted": the object of a verb that governs
            # nothing is not read closely enough to name an event for anaphora
            found.group = frozenset({found.head})
        self._participles()
        self._clause_nouns()

    def _participles(self) -> None:
        """ ", seeking …", ", formally ending …": a participle clause of a dated sentence.

        Its time is its sentence's, which is not read: it is found, not placed. A reporting
        participle (", adding …") is left out, as its day would be taken for the statement's.
        """
        toks = self.toks
        for i in range(1, len(toks)):
            low = toks[i].lower
            entry = verb_of(low) if low.endswith("ing") else None
            if entry is None or entry.guessed or entry.cls == "R":
                continue
            if i in self.events or i in self.timex:
                continue
            prev = toks[i - 1].lower
            if prev == "," or (prev.endswith("ly") and i > 1 and toks[i - 2].lower == ","):
                self.event_at(i, nominal=False)
            elif prev in _GERUND_AFTER and (i + 1 == len(toks) or toks[i + 1].lower != "of"):
                self.event_at(i, nominal=False)  # "closed it for violating …", "by issuing"

    def _noun_subject(self, v: int) -> Found | None:
        """The event noun of this sentence that is the subject of the verb at ``v``.

        "talks with the union resumed": the noun is at most five words before the verb,
        with only its complement between (no stop, no cue, no other verb).
        """
        toks = self.toks
        for k in range(v - 1, max(-1, v - 6), -1):
            low = toks[k].lower
            if low in STOPS or low in CUES or (k in self.verbs and k != v) or k in self.timex:
                return None
            found = self.events.get(k)
            if found is not None:
                return found if found.noun else None
        return None

    def _clause_nouns(self) -> None:
        """The event nouns of a date's own stretch of words (between stops) are events.

        "a 12 % drop in the third quarter", "the ceremony held on Friday": the noun is an
        event of the text; only the date's governor takes the date, the noun is found.
        """
        toks = self.toks
        told = [
            (m.start, m.end)
            for e in self.events.values()
            for m in e.mentions
            if m.sentence == self.number and m.statement == self.st.sid
        ]
        for first in self.timex:
            lo = first
            while lo > 0 and toks[lo - 1].lower not in STOPS and first - lo < 12:
                lo -= 1
            hi = first
            while hi + 1 < len(toks) and toks[hi + 1].lower not in STOPS and hi - first < 12:
                hi += 1
            for k in range(lo, hi + 1):
                low = toks[k].lower
                if k in self.events or k in self.timex or k in self.referred or k in self.verbs:
                    continue
                if nominal(low) is None or low in PRONOUNS or definite(toks, k):
                    continue  # a definite noun is left to anaphora, which may tie it back
                if any(a <= toks[k].start < b for a, b in told):
                    continue  # "held a vote": the object is part of its predicate's event
                self.event_at(k, nominal=True)

    # -- 5. anaphora -----------------------------------------------------------------------------

    def _anaphora(self) -> None:
        """A definite event noun that names an earlier event again is a mention of it."""
        toks, st = self.toks, self.st
        here = list(self.events.values())
        for i, t in enumerate(toks):
            if (
                i in self.events
                or i in self.timex
                or i in self.referred
                or nominal(t.lower) is None
            ):
                continue
            if not definite(toks, i):
                continue
            target = st.earlier(t.lower, exclude=here)
            if target is None:
                if t.lower not in PRONOUNS:
                    # "the letter" with nothing before it here: an earlier statement's?
                    st.reading.references.append(
                        EventMention(
                            statement=st.sid,
                            sentence=self.number,
                            start=t.start,
                            end=t.end,
                            quote=t.text,
                            rule=None,
                        )
                    )
                continue
            st.mention(target, self.number, t, t, rule_of(target, t.lower))
            v = next((v for v in self.verbs if v < i and object_of(toks, v, self.timex) == i), None)
            if v is not None and v not in self.events and verb_entry(toks[v].lower).cls == "O":
                # "passed the legislation": the predicate says what became of it
                st.mention(target, self.number, toks[v], t, "predicate")
                if target.tense is None:
                    target.tense = tense_of(toks, v)
