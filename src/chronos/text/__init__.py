"""Running text: every temporal expression of a statement, in its context.

``extract(text, dct=...)`` scans a text with the phrase grammar (from any token, skipping
the tokens that start nothing), keeps each temporal expression's TimeML extent with the
signal that governs it, reads the tense of its clause, and resolves it against what the
document says: the creation date for deictic expressions, the mention an anaphoric one
points back to, the text's own last explicit date in narrative. The TimeML reader and
writer and the TempEval-3 scorer live here too.

Imports :mod:`chronos.errors`, :mod:`chronos.time`, :mod:`chronos.phrases`.
"""

from chronos.text._extract import GENRES, extract
from chronos.text._mention import Mention
from chronos.text._scoring import (
    GoldDocument,
    GoldTimex,
    Score,
    ScoredError,
    Scores,
    read_gold,
    score,
)
from chronos.text._sentences import sentence_spans
from chronos.text._timeml import Annotation, TimeMLDocument, TLink, read_timeml, write_timeml

__all__ = [
    "extract",
    "Mention",
    "GENRES",
    "sentence_spans",
    # TimeML in and out
    "read_timeml",
    "write_timeml",
    "TimeMLDocument",
    "Annotation",
    "TLink",
    # TempEval-3 scoring
    "score",
    "read_gold",
    "Scores",
    "Score",
    "ScoredError",
    "GoldDocument",
    "GoldTimex",
]
