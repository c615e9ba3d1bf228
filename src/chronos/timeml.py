"""TimeML in and out: ``read_timeml`` reads a ``.tml`` document (DCT, text, TIMEX3, EVENT,
SIGNAL, TLINK, exact character offsets) and ``write_timeml`` writes text with TIMEX3 tags.

The code lives in the text stage (:mod:`chronos.text`); this module gives it the name the
field knows it by. Entity expansion is off: a document that declares entities is refused.

>>> from chronos import extract
>>> from chronos.timeml import read_timeml, write_timeml
>>> text = "The court met on Monday; the following day, it ruled."
>>> doc = read_timeml(write_timeml(text, extract(text, dct="2024-10-25")))
>>> doc.text == text, [(t.text, t.value) for t in doc.timexes]
(True, [('Monday', '2024-10-21'), ('the following day', '2024-10-22')])
"""

from chronos.text import Annotation, TimeMLDocument, TLink, read_timeml, write_timeml

__all__ = ["read_timeml", "write_timeml", "TimeMLDocument", "Annotation", "TLink"]
