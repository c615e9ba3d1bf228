"""``extract``: TimeML extents, signals, values and the false friends of running text.

All sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos import InvalidArgumentError, Relation, Timex, extract
from chronos.text import Mention

DCT = date(2024, 10, 25)


def _found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=dct)]


class TestExtents:
    """TimeML extents: signals outside, determiners and modifiers inside."""

    @pytest.mark.parametrize(
        ("text", "extent", "signal"),
        [
            ("Rahim has been detained since March 2022.", "March 2022", "since"),  # signal out
            ("The board met ahead of the May 6 ballot.", "May 6", "ahead of"),  # in a noun phrase
            ("Shops shut in the last week of June.", "the last week of June", "in"),  # of a month
            ("Output rose in early December.", "early December", "in"),  # modifier in
            ("The plant shut two years ago.", "two years ago", None),  # "ago" in
            ("He must answer by Thursday.", "Thursday", "by"),  # a deadline
            ("They talked for three hours.", "three hours", "for"),  # a duration
            ("The curfew ends on Sunday.", "Sunday", "on"),  # a weekday
            # "the day before" a named day is one day, the whole phrase its extent
            ("Troops left the day before last Monday.", "the day before last Monday", None),
            # ... after a dated day too
            ("Ballots closed the day after 3 May 2021.", "the day after 3 May 2021", None),
        ],
    )
    def test_extent_and_signal(self, text: str, extent: str, signal: str | None) -> None:
        """The mention covers the TIMEX3 extent; the signal is kept on it."""
        (m,) = extract(text, dct=DCT)
        assert m.text == extent
        assert text[m.start : m.end] == extent
        assert m.signal == signal

    def test_the_day_before_a_named_day(self) -> None:
        """ "the day before last Monday" is the Sunday before it, one DATE."""
        assert _found("Troops left the day before last Monday.") == [
            ("the day before last Monday", "DATE", "2024-10-20")
        ]

    def test_relation_comes_from_the_signal(self) -> None:
        """ "since" gives SINCE, "ahead of" BEFORE; a bare date has no signal, no relation."""
        ms = extract("Held since May 2021, tried ahead of the June 3 hearing, freed 2023.", dct=DCT)
        assert [(m.text, m.relation) for m in ms] == [
            ("May 2021", Relation.SINCE),
            ("June 3", Relation.BEFORE),
            ("2023", None),
        ]

    def test_full_stop_after_a_word_is_outside(self) -> None:
        """ "on Friday." ends the sentence; "Oct." keeps its abbreviation stop."""
        assert _found("The vote is on Friday.") == [("Friday", "DATE", "2024-10-25")]
        assert [m.text for m in extract("It opened on Oct. 3 in Lyon.", dct=DCT)] == ["Oct. 3"]


class TestNoFalsePositives:
    """Words and numbers that only look temporal give no mention."""

    @pytest.mark.parametrize(
        "text",
        [
            "Officials may announce more cuts.",  # "may" the modal
            "May they find peace, the priest said.",  # "May" heading a sentence
            "Farmers march on the capital every spring.",  # "march" the verb (spring stays)
            "She writes for the Sunday Times.",  # a newspaper
            "The army sent 2,000 troops.",  # a number with a comma
            "Parliament debated the 26th amendment.",  # an ordinal of a law
            "The court struck down Article 370.",  # a label
            "Police imposed Section 144 in the district.",  # a label
            "Call 555-1234 for tickets.",  # a phone number
            "The home side won 3-1.",  # a score
            "Tickets cost $1,999 each.",  # money
            "Turnout was 2010 percent of target.",  # a percentage with a year-like number
            "Upgrade to version 2.0 now.",  # a version ("now" stays)
            "A 64-year-old man was hurt.",  # an age
            "He read the Sun before work.",  # "Sun" the paper
            "Call back as soon as possible.",  # "as soon as": a conjunction
            "The bank cut its long-term debt.",  # an adjective of a thing
            "Analysts doubt future growth.",  # the same
            "Governor Jan Brewer signed it.",  # "Jan" the name
            "Good evening, and welcome.",  # a greeting
            "She told CBS's 60 Minutes it was over.",  # a title
            "Thousands joined the March for Life.",  # a name with a month in it
            "A deal is a matter of days away.",  # an idiom
            "The minister later resigned.",  # "later" alone orders events
            "As noted earlier, the bridge is shut.",  # "earlier" alone
            "The insurer expects near-term profit to slip.",  # "near-term" + noun
            "Ministers praised the long-term partnership.",  # after "the" still an adjective
            "The family bought a second-hand van.",  # "second" an ordinal, not a unit
            "The region buys about three-quarters of its fuel abroad.",  # a fraction
            "Pension funds own more than a quarter of the bond market.",  # a fraction
            'The envoy appeared on the "This Week" programme.',  # a show
            "Listen to Radio Today for more.",  # a show after a name
            "Members of the now-banned party marched.",  # "now-" in an adjective
            "Crowds toured the soon-to-open bridge.",  # "soon-to-" likewise
            "The hostage was freed soon after the raid.",  # "soon" qualifies "after"
            "Sales grew, and a trickle soon turned into a flood.",  # soon after a past event
            "The now-closed mill stood idle.",  # "now-" in fresh wording
            "Voters backed the soon-to-be-built dam.",  # "soon-to-be-" likewise
            "Marchers filled the avenue in the May for Peace rally.",  # another month's name
        ],
    )
    def test_nothing_found(self, text: str) -> None:
        """No mention, or only the genuine one the sentence also holds."""
        found = [m.text for m in extract(text, dct=DCT)]
        genuine = {"spring", "now", "every spring"}
        assert [f for f in found if f not in genuine] == [], found

    @pytest.mark.parametrize(
        ("text", "extent"),
        [
            ("The vote was put off to a later date.", "a later date"),  # the noun is the head
            ("Talks resume at a later stage.", "a later stage"),  # likewise, fresh wording
            ("Costs rose from year-earlier levels.", "year-earlier"),  # a comparison
            ("Revenue beat a year-earlier figure.", "year-earlier"),  # not "a year"
            ("Plans for the long term are vague.", "the long term"),  # a noun phrase
            ("Acme booked a second-quarter loss.", "second-quarter"),  # not "a second"
            ("Growth stalled for two quarters of losses.", "two quarters"),  # no share of a whole
            ('"Today, we act," the mayor said.', "Today"),  # a quotation opens with it
        ],
    )
    def test_the_same_words_as_times(self, text: str, extent: str) -> None:
        """Where the same words do name a time, the mention stays."""
        assert [m.text for m in extract(text, dct=DCT)] == [extent]

    def test_the_month_and_the_year_still_read(self) -> None:
        """The filters do not swallow the real thing next to a false friend."""
        assert _found("In May 2019 the army sent 2,000 troops.") == [
            ("May 2019", "DATE", "2019-05")
        ]


class TestValues:
    """Values in TimeML's conventions against the DCT."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The ministry said yesterday it would act.", "2024-10-24"),  # deictic day
            ("Exports fell last month.", "2024-09"),  # deictic month
            ("The reform passed in 1999.", "1999"),  # a year
            ("Prices have risen for three years.", "P3Y"),  # a duration
            ("Talks resume next week.", "2024-W44"),  # a week
            ("Markets are calm now.", "PRESENT_REF"),  # a vague reference
            # after a superlative, "in" a length is the stretch compared over, whatever the
            # tense (a headline has none)
            ("Rupee sinks to weakest level in four years", "P4Y"),
            ("Turnout was the highest in over a decade.", "P10Y"),
            ("Farmers will face the worst drought in 30 years.", "P30Y"),
            # ... within its clause only: here the plant reopens five years from now
            ("The plant, the largest, reopens in five years.", "2029"),
            # ... and a verb group ends the superlative's phrase: "most" is the subject's
            ("Most stalls will shut in December.", "2024-12"),
            # "first" likewise, before a verb of the present
            ("The first ferries are due in May.", "2025-05"),
            # a cued month with its day is the day, not the month and a stray number
            ("The clinic was bombed last Jan. 16 at dawn.", "2024-01-16"),
        ],
    )
    def test_value(self, text: str, value: str) -> None:
        """Each sentence has one mention with this value."""
        (m,) = extract(text, dct=DCT)
        assert m.timex.value == value


class TestArguments:
    """Bad arguments raise InvalidArgumentError naming them; any str reads."""

    def test_text_must_be_a_str(self) -> None:
        with pytest.raises(InvalidArgumentError, match="text"):
            extract(b"in 2023", dct=DCT)  # type: ignore[arg-type]

    @pytest.mark.parametrize("dct", [20241025, "25/10/2024", [2024, 10, 25]])
    def test_dct_must_be_a_date(self, dct: object) -> None:
        with pytest.raises(InvalidArgumentError, match="dct"):
            extract("yesterday", dct=dct)  # type: ignore[arg-type]

    def test_genre_must_be_known(self) -> None:
        with pytest.raises(InvalidArgumentError, match="genre"):
            extract("yesterday", dct=DCT, genre="poetry")

    @pytest.mark.parametrize(
        "dct", [DCT, datetime(2024, 10, 25, 9, 30), "2024-10-25", "2024-10-25T09:30"]
    )
    def test_dct_forms(self, dct: object) -> None:
        """A date, a naive datetime and ISO strings are all accepted."""
        (m,) = extract("It happened yesterday.", dct=dct)  # type: ignore[arg-type]
        assert m.timex.value == "2024-10-24"

    def test_empty_and_blank_text(self) -> None:
        assert extract("", dct=DCT) == []
        assert extract("   \n\n ", dct=DCT) == []


def test_mention_repr_pastes_back() -> None:
    """The repr is code that builds an equal mention (expression and anchor left out)."""
    (m,) = extract("Talks broke down on Monday.", dct=DCT)
    namespace = {"Mention": Mention, "Timex": Timex, "Relation": Relation}
    import chronos

    namespace["Tense"] = chronos.Tense
    assert eval(repr(m), namespace) == m  # noqa: S307 - the repr under test


class TestTimeMLConventions:
    """Where TimeML draws extents differently from a phrase reading."""

    def test_a_range_is_two_timexes(self) -> None:
        """ "from [1998] to [2001]": one TIMEX3 for each end."""
        assert _found("Rates rose from 1998 to 2001.") == [
            ("1998", "DATE", "1998"),
            ("2001", "DATE", "2001"),
        ]
        assert [m.text for m in extract("It ran between May and July 2023.", dct=DCT)] == [
            "May",
            "July 2023",
        ]

    @pytest.mark.parametrize(
        ("text", "extent"),
        [
            ("They began a two-week strike.", "two-week"),  # an adjectival duration
            ("The firm posted a 48-hour notice.", "48-hour"),  # digits
            ("The third-quarter loss widened.", "third-quarter"),  # an adjectival period
        ],
    )
    def test_adjectival_compounds_keep_no_article(self, text: str, extent: str) -> None:
        (m,) = extract(text, dct=DCT)
        assert m.text == extent

    @pytest.mark.parametrize(
        ("text", "extent"),
        [
            ("Costs rose in the fiscal first quarter.", "the fiscal first quarter"),
            ("Its fiscal second-quarter profit fell.", "fiscal second-quarter"),
            ("It is calm right now.", "now"),
            (
                "The paper wrote on Tuesday, October 22:\n\nThe strike is over.",
                "Tuesday, October 22",
            ),
        ],
    )
    def test_more_extents(self, text: str, extent: str) -> None:
        """ "fiscal" belongs to its quarter; a colon after a date ends it, not a clock."""
        assert [m.text for m in extract(text, dct=DCT)] == [extent]

    def test_earlier_before_a_weekday_stays_outside(self) -> None:
        """ "earlier [Friday]", "later in [the day]"."""
        assert [m.text for m in extract("The envoy left earlier Friday.", dct=DCT)] == ["Friday"]


class TestRangeCues:
    """Two times joined by "to" in running text are a range only when their ends are of one
    size or a range cue ("from", "between") opens them."""

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            # a weekday, then a month's figures: two mentions, the month not a range's end
            (
                "The agency will issue a correction Tuesday to November's data.",
                [("Tuesday", "DATE", "2024-10-29"), ("November", "DATE", "2023-11")],
            ),
            # with "from", the same ends are a range, each end its own TIMEX3
            (
                "Talks will run from Tuesday to November.",
                [("Tuesday", "DATE", "2024-10-29"), ("November", "DATE", "2024-11")],
            ),
        ],
    )
    def test_range_or_two_times(self, text: str, found: list[tuple[str, str, str]]) -> None:
        """The mentions and their values are those the table gives."""
        assert _found(text) == found
