"""What a sentence's temporal expressions say of its events: dates, spans, metric gaps.

A date constrains the event of its clause (its governing verb), an event noun it modifies
("the February 8 elections"), a state noun ("on strike since 2 June") or a clause it
opens ("…, when he was found"); a duration with "after"/"before"/"within" is a metric gap
between two events. Year-less dates that modify a noun are placed by their clause's tense.
"""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Final

from chronos.chronicle._lexicon import nominal
from chronos.chronicle._model import (
    Anchor,
    Found,
    verb_entry,
)
from chronos.chronicle._sentence import Sentence
from chronos.chronicle._words import (
    CUES,
    STOPS,
    days_of,
    is_day,
    noun_after,
    object_of,
    relation_word,
    subject_of,
    tense_of,
)
from chronos.phrases import Expression, Relation
from chronos.text import Mention
from chronos.time import Span

__all__ = ["Anchoring"]

#: The verbs before "on strike", "in custody": the noun is a state of the subject.
_STAYS: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"}
    | {"stay", "stays", "stayed", "'s", "'re"}
)
#: The words between the two ends of a range ("from Monday until Friday").
_RANGE_TO: Final = frozenset({"until", "till", "to", "through", "and", "-", "–", "—"})
#: Words that make a perfect count repeated occurrences ("postponed twice since May").
_REPEATED: Final = frozenset({"twice", "thrice", "again", "repeatedly", "times", "once"})


class Anchoring(Sentence):
    """The rules of a sentence's temporal expressions (``_anchors`` runs them all)."""

    def _anchors(self) -> None:
        seen: set[int] = set()
        toks = self.toks
        self.range_ends: dict[int, str] = self._ranges()
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

    def _ranges(self) -> dict[int, str]:
        """ "in force from Monday until the end of June": the first date is where the event
        starts, the second where it ends; "between 2 and 5 June": the event is in the range.

        The text stage gives the two ends of a range as two mentions without a relation;
        read each as "during", they would put one event inside two days apart.
        """
        toks, out = self.toks, {}
        firsts = sorted(k for k, m in self.timex.items() if self.timex.get(k - 1) is not m)
        for a, b in itertools.pairwise(firsts):
            m1, m2 = self.timex[a], self.timex[b]
            if m1.relation is not None or m2.relation is not None or a == 0:
                continue
            opener = toks[a - 1].lower
            if opener == "the" and a >= 2:
                opener = toks[a - 2].lower  # "from the first of May"
            between = [toks[k].lower for k in range(a, b) if self.timex.get(k) is not m1]
            if len(between) != 1 or between[0] not in _RANGE_TO:
                continue
            if opener == "from":
                out[id(m1)], out[id(m2)] = "from", "until"
            elif opener == "between" and between[0] == "and":
                # "held between 2 and 5 June": some time in the range, not all of it
                out[id(m1)], out[id(m2)] = "not-before", "by"
        return out

    def _relation(self, m: Mention, found: Found) -> str:
        """The relation of a clause's event to its date, with tense and aspect."""
        bound = self.range_ends.get(id(m))
        if bound is not None:
            return bound  # an end of a range: the event starts (ends) in that date
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
