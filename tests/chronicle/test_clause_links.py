"""Links read from "when" and "while" joining two clauses.

"when" puts the main clause's event at the time of the other ("as of": they share a
moment, neither is ordered); a main clause in the pluperfect was over before it. "while"
over an activity going on puts the main event during it; a contrastive "while" links
nothing. Every sentence here is written for this file; none is taken from the development
statements or the evaluation data.
"""

from __future__ import annotations

import pytest

from chronos import Statement, chronicle

DAY = "2025-01-08"

# Each row: the sentence, and the link the clause gives as (subject, relation, object), or
# None where no link may be read.
ROWS: list[tuple[str, tuple[str, str, str] | None]] = [
    # "when" after the main clause, both in the past: at the time of
    (
        "The ferry sank when the storm struck the harbour.",
        ("ferry sank", "as of", "struck harbour"),
    ),
    # a fronted "When" clause: the main verb is the first after its comma
    (
        "When the guards opened the gates, prisoners escaped.",
        ("prisoners escaped", "as of", "opened gates"),
    ),
    # a pluperfect main clause was over before the "when" clause's event
    (
        "When the inspectors arrived, the factory had closed.",
        ("factory closed", "before", "inspectors arrived"),
    ),
    # the same, in fresh wording: a fronted "When" over an intransitive verb
    (
        "When the referee whistled, the fans invaded the pitch.",
        ("invaded pitch", "as of", "referee whistled"),
    ),
    # the same, in fresh wording: a pluperfect main clause before its "when" clause
    (
        "The miners had left when the tunnel collapsed.",
        ("miners left", "before", "tunnel collapsed"),
    ),
    # a pluperfect "when" clause came first: the main event is after it
    (
        "When the ballots had been counted, the mayor resigned.",
        ("mayor resigned", "after", "ballots counted"),
    ),
    # a pluperfect progressive is going on at that time: no order, only a shared moment
    (
        "The engineer had been repairing the line when the storm struck.",
        ("repairing line", "as of", "storm struck"),
    ),
    # a future main clause with a present "when" clause (the tense of time clauses)
    ("The council will vote when the report arrives.", ("council vote", "as of", "report arrives")),
    # "while" over a progressive: during it
    (
        "The envoy signed the accord while he was visiting Oslo.",
        ("signed accord", "during", "visiting Oslo"),
    ),
    # "whilst", fronted, over a progressive
    (
        "Whilst the crew was campaigning, a fire broke out.",
        ("fire broke out", "during", "crew campaigning"),
    ),
    # "while" over talks "under way": the noun names the activity
    (
        "Militias shelled the port while negotiations were under way.",
        ("shelled port", "during", "negotiations"),
    ),
    # a gerund clause of "while" opening the sentence
    (
        "While visiting the region, the president opened a clinic.",
        ("opened clinic", "during", "visiting region"),
    ),
    # NO link: a contrastive "while" between two judgements
    ("While the ministry welcomed the findings, the opposition rejected them.", None),
    # NO link: "while" without an activity going on contrasts two facts
    ("Exports rose while imports fell.", None),
    # NO link: the same contrast, in fresh wording
    ("Rents climbed while wages stagnated.", None),
    # NO link: "when" asks a question after a verb of saying
    ("The spokesman declined to say when the talks resumed.", None),
    # NO link: "when" after "unclear" asks a question
    ("It remained unclear when the convoy left.", None),
    # NO link: a reduced clause without a subject ("when questioned")
    ("The suspect confessed when questioned.", None),
    # NO link: present with present is what holds each time, not one time
    ("Prices rise when demand grows.", None),
    # NO link: the "when" clause hangs on a phrase past a comma ("… old when")
    ("The court heard from the widow, 40 years old when her husband vanished.", None),
    # NO link: a conditional main verb is not told as happening
    ("The union would strike when the contract expired.", None),
]


def _clause_links(text: str) -> list[tuple[str, str, str]]:
    tl = chronicle([Statement(text, published=DAY, id="s")])
    return [
        (c.subject, c.relation, c.object or "")
        for c in tl.claims
        if c.kind == "relation"
        and (c.provenance.quote or "").lower().startswith(("when ", "while ", "whilst "))
    ]


@pytest.mark.parametrize(("text", "link"), ROWS, ids=[r[0] for r in ROWS])
def test_when_and_while_clauses(text: str, link: tuple[str, str, str] | None) -> None:
    assert _clause_links(text) == ([] if link is None else [link])


def test_explain_names_the_clause_that_made_the_link() -> None:
    tl = chronicle(
        [
            Statement(
                "When the inspectors arrived on Monday, the factory had closed.",
                published=DAY,
                id="s",
            )
        ]
    )
    # the order comes from the "when" clause, and explain() quotes it
    assert "factory closed before inspectors arrived" in str(tl.explain("factory closed"))
    assert "'When the inspectors arrived'" in str(tl.explain("factory closed"))
    # and it names the rule of reading that made the link, through JSON as well
    assert "(rule: when clause)" in str(tl.explain("factory closed"))
    loaded = tl.from_json(tl.to_json())
    assert "(rule: when clause)" in str(loaded.explain("factory closed"))
