"""Finding the events of one statement: predicates, event nouns, anchors, cues, anaphora.

A statement is read sentence by sentence over its word tokens. A verb of the lexicon is an
event when its sentence carries a temporal expression, a relation cue or a report; an event
noun is an event when the text dates it, orders it, reacts to it, names an earlier event
again, or stands between the same stops as a date. Each rule is a method: the sentence's
positions and events are read in ``_sentence``, its temporal expressions in ``_anchors``,
the cue words, reports, predicates and anaphora below; docs/chronicle.md lists them. The
values a reading builds are in ``_model``.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Final

from chronos.chronicle._anchors import Anchoring
from chronos.chronicle._lexicon import nominal, verb as verb_of
from chronos.chronicle._model import (
    PRONOUNS,
    Anchor,
    Found,
    Link,
    Reading,
    Told,
    rule_of,
    verb_entry,
)
from chronos.chronicle._types import EventMention
from chronos.chronicle._words import (
    ABOUT,
    ADVERBS,
    AUX,
    CUES,
    DETERMINERS,
    NOT_SUBJECT,
    REACTIONS,
    SAYING,
    STOPS,
    TWO_WORD_CUES,
    day_before,
    definite,
    is_english,
    noun_after,
    object_of,
    tense_of,
    tokenize,
)
from chronos.phrases import Relation
from chronos.text import Mention, extract, sentence_spans

__all__ = ["Anchor", "Found", "Link", "Reading", "day_before", "read_statement"]

#: The longest stretch read as one sentence (tokens): longer runs without a full stop are
#: read in pieces, so that no rule looks further than this and the reading stays linear.
MAX_SENTENCE: Final = 300
#: Prepositions after which a verb's "-ing" form is a gerund that names an event.
_GERUND_AFTER: Final = frozenset({"for", "by", "while", "without", "about", "of", "in", "on"})
#: Words before "when" that make it ask a question ("asked when", "unclear when").
_ASK: Final = frozenset(
    {"know", "knew", "known", "unclear", "clear", "unknown", "sure", "ask", "asked", "asking"}
    | {"decide", "decided", "wonder", "wondered", "learn", "learned", "learnt", "see", "saw"}
)
_PERSONAL: Final = frozenset({"he", "she", "it", "who", "which", "that"})
#: Words after a gerund that show it opens a clause ("while clinging to", "while in").
_AFTER_GERUND: Final = frozenset({"to", "in", "on", "at", "for", "with", "from", "into", "through"})
_CLAUSE_CUES: Final = frozenset({"when", "while", "whilst"})
#: The forms of "be" that make a progressive ("was travelling") or a state of activity.
_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "been", "being", "'re"})
#: The tenses of a clause told as happening (not "modal": "would", "if", negated).
_TOLD: Final = frozenset({"past", "perfect", "pluperfect", "present", "future"})


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


def _says(word: str) -> bool:
    """Whether a word is a verb of saying ("said when", "declined to say when")."""
    entry = verb_of(word)
    return entry is not None and entry.cls == "R"


class _Sentence(Anchoring):
    """The reading of one sentence: every rule, in order."""

    def read(self) -> None:
        self._anchors()
        self._cues()
        self._clauses()
        self._subsequent()
        self._reports()
        self._reported_before()
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

    # -- 2. cue words --------------------------------------------------------------------------

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

    def _clauses(self) -> None:
        """ "when" and "while" joining two clauses: the main clause's event is at the time
        of the other's.

        "the talks collapsed when the delegation walked out", "When the police arrived, the
        crowd had dispersed": the two hold at a common moment ("as of"), which orders
        neither; a main clause in the pluperfect ("had dispersed") was over before. "while"
        is read as time only over an activity going on (a progressive, "while talks were
        under way", "while travelling"): the main event falls during it. Otherwise "while"
        contrasts two claims ("While the ministry welcomed the report, …") and links nothing;
        so does a clause of saying or judging on either side, a verb not told as happening,
        and "when" right after a date (read with the date) or after a verb ("asked when").
        """
        toks = self.toks
        for i, t in enumerate(toks):
            word = "while" if t.lower == "whilst" else t.lower
            if word not in ("when", "while"):
                continue
            k = i - 2 if i >= 2 and toks[i - 1].lower == "," else i - 1
            if (k in self.timex and word == "when") or (
                i > 0 and (toks[i - 1].lower in _ASK or _says(toks[i - 1].lower))
            ):
                continue  # "on 5 June when …" (an anchor); "said when", "unclear when"
            sub = self._clause_event(i)
            if sub is None:
                continue
            main = self._main_clause(i, sub[0])
            if main is None:
                continue
            m_tense, s_tense = tense_of(toks, main), sub[2]
            between = [x.lower for x in toks[i + 1 : sub[0]]]
            subject = any(not (x.endswith("ly") or x in AUX) for x in between)
            if not subject and not (word == "while" and sub[0] == i + 1 and s_tense is None):
                continue  # "when written", "when visiting": a clause without its own time
            if m_tense not in _TOLD or (s_tense is not None and s_tense not in _TOLD):
                continue
            if s_tense in ("present", "future") and m_tense != "future":
                continue  # "lowers the value when they are translated": what holds each time
            if any(verb_entry(toks[v].lower).cls == "R" for v in (main, sub[0]) if v in self.verbs):
                continue  # "While the ministry welcomed …, the opposition called it …"
            if word == "while" and not sub[3]:
                continue  # "while" without an activity going on: a contrast
            ongoing = toks[main].lower.endswith("ing") or verb_entry(toks[main].lower).cls == "S"
            if m_tense == "pluperfect" and s_tense != "pluperfect" and not ongoing:
                relation = "before"  # "the crowd had dispersed when the police arrived"
            elif s_tense == "pluperfect" and m_tense != "pluperfect":
                relation = "after"  # "when the vote had been counted, they left"
            else:
                relation = "during" if word == "while" else "as of"
            a = self.event_at(main, nominal=False)
            b = self.event_at(sub[0], nominal=sub[1])
            quote = self.text[t.start : toks[sub[0]].end]
            self.link(a, relation, b, quote, f"{word} clause")

    def _clause_event(self, i: int) -> tuple[int, bool, str | None, bool] | None:
        """The event of the clause "when"/"while" at ``i`` opens: its position, whether it
        is a noun, its tense and whether it is an activity going on (a progressive, "talks
        were under way", "while travelling")."""
        toks = self.toks
        for k in range(i + 1, min(len(toks), i + 9)):
            low = toks[k].lower
            if low in STOPS or low in CUES or low in _CLAUSE_CUES or k in self.timex:
                return None
            if k in self.verbs:
                prev = toks[k - 1].lower
                going = low.endswith("ing") and (prev in _BE_FORMS or k == i + 1)
                return (k, False, tense_of(toks, k), going)
            if k == i + 1 and low.endswith("ing") and verb_of(low) is not None:
                nxt = toks[k + 1].lower if k + 1 < len(toks) else "."
                if nxt in STOPS or nxt in DETERMINERS or nxt in _AFTER_GERUND:
                    return (k, False, None, True)  # "while travelling in Asia": a clause
                return None  # "while operating profit …": a noun phrase, maybe
            if low in _BE_FORMS and nominal(toks[k - 1].lower) is not None:
                rest = [x.lower for x in toks[k + 1 : k + 4]]
                if rest[:1] in (["underway"], ["ongoing"], ["continuing"]) or rest[:2] in (
                    ["under", "way"],
                    ["in", "progress"],
                    ["in", "session"],
                ):
                    return (k - 1, True, tense_of(toks, k), True)  # "talks were under way"
                return None
        return None

    def _main_clause(self, i: int, sub: int) -> int | None:
        """The main clause's verb for a "when"/"while" clause at ``i``: the verb before it
        in the same clause, or, for a clause that opens the sentence ("When …, the crowd
        had dispersed"), the first verb after the comma that closes it."""
        toks = self.toks
        if i == 0 or (i == 1 and not toks[0].lower.isalpha()):
            comma = next(
                (k for k in range(sub + 1, min(len(toks), sub + 15)) if toks[k].lower == ","), None
            )
            if comma is None:
                return None
            v = next((v for v in self.verbs if comma < v <= comma + 8), None)
            if v is None or self.strong[v] != self.strong[i]:
                return None
            if any(
                toks[k].lower in STOPS or toks[k].lower in _CLAUSE_CUES for k in range(comma + 1, v)
            ):
                return None
            return v
        before = [v for v in self.verbs if v < i and self.strong[v] == self.strong[i]]
        # "told the family of Howes, 37 years old when …": past a stop, the clause may hang
        # on a phrase of its own; only a comma right before "when" is read over
        last = i - 1 if toks[i - 1].lower == "," else i
        if not before or any(toks[k].lower in STOPS for k in range(before[-1], last)):
            return None
        v = before[-1]
        if any(
            toks[k].lower in ("when", "while", "if", "because", "although") for k in range(v + 1, i)
        ):
            return None
        return v

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

    def _reported_before(self) -> None:
        """ "said on Tuesday that the camp had opened": what a report in the past tells in
        the pluperfect happened before the report (the past of its past). The first verb
        of the reported clause is read, within a few words and before any stop; a state
        ("had been closed", or any "had been" form) may still hold when it is said, so only
        an occurrence in the active is ordered, and a verb not told as happening ("had not
        opened") is not."""
        toks = self.toks
        for v in self.verbs:
            if verb_entry(toks[v].lower).cls != "R" or tense_of(toks, v) not in ("past", "perfect"):
                continue
            for k in range(v + 1, min(len(toks), v + 12)):
                if toks[k].lower in STOPS:
                    break
                if k not in self.verbs:
                    continue
                if tense_of(toks, k) == "pluperfect" and verb_entry(toks[k].lower).cls != "R":
                    told = self.event_at(k, nominal=False)
                    passive = toks[k - 1].lower == "been"  # "had been closed": a state
                    if (
                        told.kind == "occurrence"
                        and not passive
                        and not toks[k].lower.endswith("ing")
                    ):
                        quote = self.text[toks[v].start : toks[k].end]
                        self.link(
                            told, "before", self.event_at(v, nominal=False), quote, "reported past"
                        )
                break  # the reported clause's first verb decides

    def _about(self) -> None:
        """ "the statement … regarding the amendment": what is said of an event comes after it."""
        toks = self.toks
        for k in sorted(self.events):
            if toks[k].lower.rstrip("s") not in SAYING:
                continue
            about = next(
                (j for j in range(k + 1, min(len(toks), k + 25)) if toks[j].lower in ABOUT), None
            )
            if about is None:
                about = self._on_topic(k)
            n = None if about is None else noun_after(toks, about + 1)
            if about is None or n is None:
                continue
            topic = self.event_at(n, nominal=True)
            self.link(
                topic, "before", self.events[k], self.text[toks[about].start : toks[n].end], "about"
            )

    def _on_topic(self, k: int) -> int | None:
        """ "the statement of the rights office on the amendment": "on" within the said
        thing's own noun phrase (no stop, verb or date between), before an event noun that
        ends its phrase, names what it is about ("the letter on Monday" is a date; "remarks
        on the campaign trail" are about a trail)."""
        toks = self.toks
        for j in range(k + 1, min(len(toks) - 1, k + 10)):
            low = toks[j].lower
            if low in STOPS or low in CUES or j in self.verbs or j in self.timex:
                return None
            if low != "on":
                continue
            n = noun_after(toks, j + 1)
            if n is None or any(x in self.timex for x in range(j + 1, n + 1)):
                return None
            after = toks[n + 1].lower if n + 1 < len(toks) else ""
            ends = after in STOPS or after in NOT_SUBJECT or after in ("which", "that", "")
            return j if ends or n + 1 in self.verbs else None
        return None

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
                if k in self.subjects:
                    continue  # "Fighting resumed on Monday": the noun is its verb's event
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
