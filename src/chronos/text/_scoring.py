"""TempEval-3 scoring of extracted temporal expressions against gold annotations.

The measures of UzZaman et al. (2013), as TempEval-3 defined them: **strict** span F1
(identical extents), **relaxed** span F1 (overlapping extents, matched one to one, largest
overlap first), and **type** and **value** F1 over the relaxed matches whose attribute
equals the gold one (precision over the system's mentions, recall over the gold ones).

Errors are kept with a *class* — the shape of the text or of the two values, digits
written ``9`` — so that a report can list the biggest classes first.
"""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Final

import attrs

from chronos.errors import InvalidArgumentError
from chronos.text._mention import Mention
from chronos.text._timeml import read_timeml

__all__ = ["GoldDocument", "GoldTimex", "Score", "Scores", "ScoredError", "read_gold", "score"]

_DIGITS: Final = re.compile(r"[0-9]")


@attrs.frozen
class GoldTimex:
    """A gold TIMEX3: extent, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@attrs.frozen
class GoldDocument:
    """A document with its creation date and gold timexes."""

    doc_id: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]


@attrs.frozen
class Score:
    """Precision, recall and F1 of one measure, from its counts."""

    correct: int
    system: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class ScoredError:
    """One miss, spurious mention or wrong type/value, with its class."""

    doc_id: str
    kind: str
    error_class: str
    text: str
    gold: str
    system: str


@attrs.frozen
class Scores:
    """The four TempEval-3 measures over a corpus, and the errors behind them."""

    documents: int
    strict: Score
    relaxed: Score
    type: Score
    value: Score
    errors: tuple[ScoredError, ...] = attrs.field(repr=False)

    def report(self) -> str:
        """The scores as a table, one measure a line."""
        lines = [f"{self.documents} documents, {self.relaxed.gold} gold timexes, "
                 f"{self.relaxed.system} system timexes"]  # fmt: skip
        for name in ("strict", "relaxed", "type", "value"):
            s: Score = getattr(self, name)
            lines.append(
                f"{name:8s} P {100 * s.precision:6.2f}  R {100 * s.recall:6.2f}  "
                f"F1 {100 * s.f1:6.2f}"
            )
        return "\n".join(lines)

    def error_classes(self) -> list[tuple[str, str, int]]:
        """(kind, class, count) of the errors, the biggest class first."""
        counts = collections.Counter((e.kind, e.error_class) for e in self.errors)
        return [(k, c, n) for (k, c), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]

    def errors_tsv(self) -> str:
        """Every error as a TSV row, grouped by class, the biggest class first."""
        rank = {(k, c): i for i, (k, c, _) in enumerate(self.error_classes())}
        counts = collections.Counter((e.kind, e.error_class) for e in self.errors)
        rows = sorted(self.errors, key=lambda e: (rank[(e.kind, e.error_class)], e.doc_id))
        out = ["kind\tclass\tcount\tdoc\ttext\tgold\tsystem"]
        for e in rows:
            n = counts[(e.kind, e.error_class)]
            fields = (e.kind, e.error_class, str(n), e.doc_id, repr(e.text), e.gold, e.system)
            out.append("\t".join(_cell(f) for f in fields))
        return "\n".join(out) + "\n"


def score(
    documents: Iterable[GoldDocument],
    extractor: Callable[[str, date | None], Sequence[Mention]],
) -> Scores:
    """Score ``extractor(text, dct)`` on ``documents`` with the TempEval-3 measures."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = docs = 0
    errors: list[ScoredError] = []
    for doc in documents:
        docs += 1
        system = list(extractor(doc.text, doc.dct))
        gold = doc.timexes
        n_gold += len(gold)
        n_sys += len(system)
        pairs = _match(gold, system)
        matched_gold = {g for g, _ in pairs}
        matched_sys = {s for _, s in pairs}
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            typed = s.timex.type.upper() == g.type.upper()
            type_ok += typed
            if not typed:
                shape = f"{g.type.upper()} → {s.timex.type.upper()}"
                errors.append(ScoredError(doc.doc_id, "type", shape, g.text, g.type, s.timex.type))
            good = bool(g.value) and s.timex.value.upper() == g.value.upper()
            value_ok += good
            if (g.start, g.end) != (s.start, s.end):
                shape = f"{_shape(g.text)} → {_shape(s.text)}"
                errors.append(ScoredError(doc.doc_id, "extent", shape, g.text, g.text, s.text))
            if not good:
                shape = f"{_shape(g.value)} → {_shape(s.timex.value)}"
                errors.append(
                    ScoredError(doc.doc_id, "value", shape, g.text, g.value, s.timex.value)
                )
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                errors.append(
                    ScoredError(doc.doc_id, "missed", _shape(g.text), g.text, g.value, "")
                )
        for si, s in enumerate(system):
            if si not in matched_sys:
                errors.append(
                    ScoredError(doc.doc_id, "spurious", _shape(s.text), s.text, "", s.timex.value)
                )
    return Scores(
        docs,
        Score(strict, n_sys, n_gold),
        Score(relaxed, n_sys, n_gold),
        Score(type_ok, n_sys, n_gold),
        Score(value_ok, n_sys, n_gold),
        tuple(errors),
    )


def _cell(text: str) -> str:
    """A TSV cell: tabs and line breaks inside it written as escapes."""
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _shape(text: str) -> str:
    """The class of an error's text or value: lower case, digits as 9."""
    return _DIGITS.sub("9", " ".join(text.lower().split()))


def _match(gold: Sequence[GoldTimex], system: Sequence[Mention]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching, largest overlap first (both lists are in text order,
    so each gold timex is compared with the system mentions near it only)."""
    candidates: list[tuple[int, int, int]] = []
    ordered = sorted(range(len(system)), key=lambda k: system[k].start)
    starts = [system[k].start for k in ordered]
    import bisect

    for gi, g in enumerate(gold):
        k = bisect.bisect_left(starts, g.end)
        j = k - 1
        while j >= 0:
            s = system[ordered[j]]
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((overlap, gi, ordered[j]))
            elif s.end <= g.start and g.start - s.start > 1000:
                break
            j -= 1
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return pairs


def read_gold(path: str | Path) -> list[GoldDocument]:
    """The gold documents of a ``.tml`` file or a JSONL file in the shared evaluation
    format (one document a line: ``doc_id``, ``dct``, ``text``, ``timexes``)."""
    file = Path(path)
    if not file.is_file():
        raise InvalidArgumentError("path", str(path), "is not a file")
    if file.suffix == ".jsonl":
        docs = []
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                docs.append(
                    GoldDocument(
                        str(raw.get("doc_id", f"{file.name}:{number}")),
                        _date(raw.get("dct")),
                        raw["text"],
                        tuple(
                            GoldTimex(
                                t["start"], t["end"], t["text"], t["type"], t.get("value", "")
                            )
                            for t in raw["timexes"]
                        ),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise InvalidArgumentError(
                    "path", f"{file}:{number}", f"not a gold document ({exc})"
                ) from None
        return docs
    doc = read_timeml(file.read_bytes())
    timexes = tuple(
        GoldTimex(t.start, t.end, t.text, t.type or "", t.value or "") for t in doc.timexes
    )
    return [GoldDocument(doc.doc_id or file.stem, doc.dct, doc.text, timexes)]


def _date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
