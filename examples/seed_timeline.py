"""The seed statement as a chronology: what happened when, in what order, and why.

Two statements of the Foreign Office, published on 25 October 2024, mention a conviction, an
imprisonment, a sentencing, elections, a letter from US lawmakers, an amendment and a UN
statement. chronos links them, bounds each event, orders them and explains its answers.

Run: python examples/seed_timeline.py
"""

from __future__ import annotations

from datetime import date

from chronos import Certainty, Timeline

S1, S3 = "statement 1, sentence 1", "statement 1, sentence 3"
S21, S24 = "statement 2, sentence 1", "statement 2, sentence 4"


def build() -> Timeline:
    """The events and claims of the seed statements, each with its source."""
    tl = Timeline(reference=date(2024, 10, 25))
    conviction = tl.add("Toshakhana conviction", when="in August 2023", source=S3)
    prison = tl.add("Khan imprisoned", when="since August 2023", source=S3)
    elections = tl.add("General elections", when="on February 8", tense="past", source=S3)
    sentencing = tl.add("Sentencing in other cases", source=S3)
    letter = tl.add("US lawmakers' letter to President Biden", tense="past", source=S1)
    reaction = tl.add("Foreign Office reaction to the letter", when="on 25 October 2024")
    amendment = tl.add("26th amendment passed", tense="past", source=S24)
    ohchr = tl.add("OHCHR statement on the amendment", tense="past", source=S21)
    rejection = tl.add("Foreign Office rejects the OHCHR statement", tense="past", source=S21)
    tl.relate(prison, "after", conviction, source=S3)
    tl.relate(sentencing, "subsequent to", conviction, source=S3)
    tl.relate(sentencing, "ahead of", elections, source=S3)
    tl.relate(letter, "before", reaction, source=S1)
    tl.relate(ohchr, "after", amendment, source=S21)
    tl.relate(ohchr, "before", rejection, source=S21)
    return tl


def main() -> None:
    """Print the chronology, a few questions, and an explanation."""
    tl = build()
    print("Chronology (runs of uncertain order are bracketed):")
    print(tl.ordered())
    print()
    questions = [
        ("Sentencing in other cases", "before", "General elections"),
        ("General elections", "during", "Khan imprisoned"),
        ("US lawmakers' letter to President Biden", "after", "General elections"),
        (
            "Foreign Office rejects the OHCHR statement",
            "before",
            "OHCHR statement on the amendment",
        ),
    ]
    for a, relation, b in questions:
        answer = tl.relation(a, relation, b)
        print(f"{a} {relation} {b}? {answer.name.lower()}")
    print()
    print(tl.explain("Sentencing in other cases"))
    print()
    window = tl.between("2023-08", "2024-02", certainty=Certainty.CERTAIN)
    print("Certainly between August 2023 and February 2024:", ", ".join(e.name for e in window))
    print("Conflicts:", len(tl.conflicts))


if __name__ == "__main__":
    main()
