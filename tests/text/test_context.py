"""Document context: deictic, anaphoric and narrative readings, and ``dct=None``."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos import extract
from chronos.text import Mention

DCT = date(2024, 10, 25)


def _values(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, **kw)]  # type: ignore[arg-type]


class TestAnaphora:
    """Anaphoric mentions resolve against the mention they point back to."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The dam failed on 3 March 2021. The following day, rescuers arrived.", "2021-03-04"),
            ("The dam failed on 3 March 2021. Two days later, rescuers arrived.", "2021-03-05"),
            ("The law passed in 2016. That year, exports doubled.", "2016"),
            ("The law passed in 2016. The previous year, exports fell.", "2015"),
            ("The strike began in May 2019. The same month, talks failed.", "2019-05"),
            ("The strike began in May 2019. The next year, talks resumed.", "2020"),
        ],
    )
    def test_against_the_earlier_mention(self, text: str, value: str) -> None:
        """The second mention's value follows from the first's, not from the DCT."""
        first, second = extract(text, dct=DCT)
        assert second.timex.value == value
        assert second.anchor is first

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a year names no day: the day is unknown, not the first of January
            ("The reactor was sealed in 1986. That day, crowds gathered.", "1986-XX-XX"),
            # a month names no day either; its year and month still hold
            (
                "The reactor was sealed in April 1986. On the same day, crowds gathered.",
                "1986-04-XX",
            ),
            # a count of days from a year: some day of that year
            ("Ferries stopped in 2003. Three days later, the port closed.", "2003-XX-XX"),
            # a week of a year the text does not say
            ("Ferries stopped in 2003. That week, the port closed.", "2003-WXX"),
            # a month of a year: not January
            ("Ferries stopped in 2003. The same month, the port closed.", "2003-XX"),
            # a month of a quarter: the quarter's year holds
            ("Sales slid in the second quarter of 2022. That month, prices rose.", "2022-XX"),
            # a day of last week: which day is unknown, its month is known here
            ("The vote was held last week. That day, turnout fell.", "2024-10-XX"),
        ],
    )
    def test_finer_than_the_earlier_mention(self, text: str, value: str) -> None:
        """An anaphor of a finer unit than what it points back to keeps that mention's
        fields and leaves its own unknown (``X``), as TimeML writes it; no day is made up."""
        first, second = extract(text, dct=DCT)
        assert second.timex.value == value
        assert second.anchor is first
        assert second.expression is None  # no span: nothing later counts from a made-up day

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a part of the day after a year: that year's, its day unknown, not the DCT's
            ("The levee broke in 1993. That night, the river rose.", "1993-XX-XXTNI"),
            # after a month: the month holds
            ("The levee broke in June 1993. That evening, the river rose.", "1993-06-XXTEV"),
            # "the same" after a year, likewise
            ("The levee broke in 1993. The same afternoon, the river rose.", "1993-XX-XXTAF"),
        ],
    )
    def test_part_of_day_after_a_coarser_mention(self, text: str, value: str) -> None:
        """ "that night" after a year or a month is a night in it, not the DCT's night."""
        first, second = extract(text, dct=DCT)
        assert second.timex.value == value
        assert second.anchor is first

    def test_a_later_anaphor_skips_the_unknown_day(self) -> None:
        """ "the next day" after an unknown day of 1986 is still some day of 1986."""
        values = _values("It closed in 1986. That day it rained. The next day it snowed.", dct=DCT)
        assert values == [
            ("1986", "1986"),
            ("That day", "1986-XX-XX"),
            ("The next day", "1986-XX-XX"),
        ]

    def test_without_an_earlier_mention_the_dct(self) -> None:
        """With nothing before it, "the following day" is the day after the DCT."""
        (m,) = extract("The following day, the talks resume.", dct=DCT)
        assert m.timex.value == "2024-10-26"
        assert m.anchor == datetime(2024, 10, 25)


class TestDeictic:
    """Deictic mentions resolve against the DCT, and say so."""

    def test_anchor_is_the_dct(self) -> None:
        (m,) = extract("The embassy closed yesterday.", dct=DCT)
        assert m.timex.value == "2024-10-24"
        assert m.anchor == datetime(2024, 10, 25)

    def test_absolute_dates_need_no_anchor(self) -> None:
        (m,) = extract("The treaty was signed on 9 May 1950.", dct=DCT)
        assert m.timex.value == "1950-05-09"
        assert m.anchor is None


class TestNarrative:
    """History text takes year-less dates from its own last explicit date."""

    HISTORY = (
        "In 1911 the miners struck at Llanelli. On August 19, troops fired on the crowd. "
        "The strike had begun in 1910 and ended in 1912. Workers marched in 1913. "
        "On November 2, the inquiry opened."
    )

    def test_detected(self) -> None:
        """Explicit years a century before the DCT and past tense: a narrative."""
        values = _values(self.HISTORY, dct=DCT)
        assert ("August 19", "1911-08-19") in values
        assert ("November 2", "1913-11-02") in values

    def test_genre_overrides(self) -> None:
        """``genre="news"`` reads the same text against the DCT and the tense."""
        values = _values(self.HISTORY, dct=DCT, genre="news")
        assert ("August 19", "2024-08-19") in values

    def test_news_with_one_old_year_stays_news(self) -> None:
        """A news item recalling one old year is still news."""
        text = "The bridge, built in 1931, closed on Monday. Repairs start on November 4."
        assert _values(text, dct=DCT) == [
            ("1931", "1931"),
            ("Monday", "2024-10-21"),
            ("November 4", "2024-11-04"),
        ]

    def test_a_future_clause_speaks_of_the_writers_now(self) -> None:
        """In a history text, a year-less date in a future clause is ahead of the DCT,
        not in the story's year: "a memorial will open in March"."""
        text = self.HISTORY + " A memorial will open in March."
        values = _values(text, dct=DCT)
        assert ("November 2", "1913-11-02") in values
        assert values[-1] == ("March", "2025-03")

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # one old date, then anaphora only: a history passage; its year-less date is
            # the story's year, not the DCT's
            (
                "The flood struck in May 1927. The following week, the levee broke. "
                "Two days later, the town was evacuated. On 9 June the water fell.",
                "9 June",
                "1927-06-09",
            ),
            # the same with "that same" and "later" forms
            (
                "The expedition sailed in August 1914. That same week, a storm hit the "
                "ship. Three days later, the mast broke. On 30 August the crew landed.",
                "30 August",
                "1914-08-30",
            ),
        ],
    )
    def test_told_from_one_old_date(self, text: str, mention: str, value: str) -> None:
        """A passage told from one explicit year far from the DCT by anaphora alone
        (two or more), with nothing deictic and no bare weekday, is narrative."""
        assert (mention, value) in _values(text, dct=DCT)

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # a bare weekday is news: the days around the DCT
            (
                "The hall, opened in 1958, shut on Wednesday. The next day, the staff "
                "left. Two days later, the doors were sealed. It reopens on 2 December.",
                "Wednesday",
                "2024-10-23",
            ),
            # "ago" speaks of the writer's now
            (
                "Sixty years ago, in May 1964, the mine closed. The following week, the "
                "miners marched. That summer, the pits were flooded. On 5 May a plaque "
                "was unveiled.",
                "5 May",
                "2024-05-05",
            ),
            # a year near the DCT beside the old one
            (
                "The club was founded in 1962. That year it won the cup. The next season "
                "it was relegated. In 2023 it was sold, and on 1 March it was renamed.",
                "1 March",
                "2024-03-01",
            ),
        ],
    )
    def test_recalling_one_old_date_stays_news(self, text: str, mention: str, value: str) -> None:
        """News that recalls one old date keeps its news reading."""
        assert (mention, value) in _values(text, dct=DCT)

    @pytest.mark.parametrize(
        ("sentence", "found"),
        [
            # a part "of the month": the month the story is at, not the DCT's
            (
                "The pits stayed shut until the end of the month.",
                ("the end of the month", "1913-11"),
            ),
            # "of the next month": the one after it
            (
                "By the start of the next month, pay was cut.",
                ("the start of the next month", "1913-12"),
            ),
            # ... and of the year: the story's year
            ("At the close of the year, the union split.", ("the close of the year", "1913")),
            # "of this month" stays the writer's
            (
                "A plaque is unveiled at the end of this month.",
                ("the end of this month", "2024-10"),
            ),
        ],
    )
    def test_a_part_of_the_unit_is_the_storys(self, sentence: str, found: tuple[str, str]) -> None:
        """In narrative text, a part of "the" month or year (not "this" one) is a part of
        the one the story is at, counted from the last time named ("On November 2")."""
        assert _values(self.HISTORY + " " + sentence, dct=DCT)[-1] == found

    def test_a_part_of_the_unit_in_news_is_the_writers(self) -> None:
        """In news, "the end of the month" is the DCT's month, whatever came before."""
        text = "The court ruled on 3 March. Talks must end by the end of the month."
        assert _values(text, dct=DCT)[-1] == ("the end of the month", "2024-10")

    def test_a_day_counted_from_a_deictic_day_stays_the_writers(self) -> None:
        """ "the day before last Tuesday" in narrative text counts from the writer's last
        Tuesday: it names no part of a unit of the story."""
        text = self.HISTORY + " The day before last Tuesday, a museum opened."
        assert _values(text, dct=DCT)[-1] == ("The day before last Tuesday", "2024-10-21")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a story at a day in November meets a later month in the same year
            (
                "On 11 November 1918 the guns fell silent. On 28 June the treaty was signed.",
                [("11 November 1918", "1918-11-11"), ("28 June", "1919-06-28")],
            ),
            # ... and a look back of days stays in the story's year
            (
                "The fleet anchored on 21 November 1918. On 14 November the orders came.",
                [("21 November 1918", "1918-11-21"), ("14 November", "1918-11-14")],
            ),
            # from a month, each date after the one before, into the next year and on
            (
                "The blockade began in October 1861. On 2 December the harbour froze. On "
                "10 February the ice broke, and on 1 May the ships sailed.",
                [
                    ("October 1861", "1861-10"),
                    ("2 December", "1861-12-02"),
                    ("10 February", "1862-02-10"),
                    ("1 May", "1862-05-01"),
                ],
            ),
            # a clause in the past perfect looks back: the last such date before the story
            (
                "The mill burned on 3 February 1852. The owners had insured it on 9 March.",
                [("3 February 1852", "1852-02-03"), ("9 March", "1851-03-09")],
            ),
            # ... the same year when the date comes before the story's day in it
            (
                "The mill burned on 3 February 1852. It had been sold on 12 January.",
                [("3 February 1852", "1852-02-03"), ("12 January", "1852-01-12")],
            ),
            # "by" a date in the past perfect is a deadline met, not a look back
            (
                "The march set out on 1 March 1932. By 12 April, the marchers had reached "
                "the coast.",
                [("1 March 1932", "1932-03-01"), ("12 April", "1932-04-12")],
            ),
            # "had to" is a past duty, not a look back
            (
                "The siege ended on 4 October 1730. The garrison had to wait until 2 "
                "January for bread.",
                [("4 October 1730", "1730-10-04"), ("2 January", "1731-01-02")],
            ),
        ],
    )
    def test_a_story_is_told_forward(self, text: str, expected: list[tuple[str, str]]) -> None:
        """In narrative text, a year-less date after a day or a month is its first
        occurrence from a month before that time (a story moves forward, with looks back
        of a few weeks); in a clause in the past perfect, its last occurrence before it."""
        assert _values(text, dct=DCT, genre="narrative") == expected

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # opened on an old month, told on by year-less dates: history
            (
                "The siege of the port began in August 1863. On 7 September the fort fell, "
                "and on 30 October the last ships left.",
                "30 October",
                "1863-10-30",
            ),
            # opened on an old day
            (
                "The first train ran on 15 September 1830. On 2 October fares were cut. On "
                "1 December a second line opened.",
                "1 December",
                "1830-12-01",
            ),
        ],
    )
    def test_opened_on_an_old_month(self, text: str, mention: str, value: str) -> None:
        """A text that opens on a month or a day far from the DCT and goes on by year-less
        dates, with nothing deictic, no bare weekday and no recent year, is narrative."""
        assert (mention, value) in _values(text, dct=DCT)

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # opened on a bare old year: news recalls foundings so
            (
                "Built in 1907, the pier was closed on 2 October and will reopen on 1 May.",
                "2 October",
                "2024-10-02",
            ),
            # opened on an old month, then the writer's days
            (
                "In June 1989 the square was cleared. On 4 June this year, vigils were "
                "banned, and on 9 October a march was stopped.",
                "9 October",
                "2024-10-09",
            ),
        ],
    )
    def test_opened_on_an_old_time_stays_news(self, text: str, mention: str, value: str) -> None:
        """A bare old year opening a text, or an old month followed by the writer's days
        ("this year"), keeps the news reading."""
        assert (mention, value) in _values(text, dct=DCT)

    def test_narrative_anchor_is_the_last_explicit_date(self) -> None:
        first, second = extract(
            "In 1911 miners struck. On August 19, troops fired.", genre="narrative", dct=DCT
        )
        assert second.anchor is first


class TestWithoutDct:
    """``dct=None``: the text's own dates are the only reference; the rest stays unknown."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The decree came on February 8.", "XXXX-02-08"),  # year unknown
            ("The decree came yesterday.", "XXXX-XX-XX"),  # only a DCT would say
            ("The decree came last year.", "XXXX"),  # the year unknown
            ("The decree came in 2019.", "2019"),  # absolute: known
            ("The decree lasted three weeks.", "P3W"),  # a duration: known
        ],
    )
    def test_alone(self, text: str, value: str) -> None:
        (m,) = extract(text)
        assert m.timex.value == value

    def test_unplaced_mentions_have_no_expression(self) -> None:
        (m,) = extract("The decree came yesterday.")
        assert m.expression is None
        assert m.anchor is None

    def test_the_text_places_what_it_can(self) -> None:
        """After an explicit date, a year-less date takes its year, and anaphora resolve."""
        text = "The siege began on 4 June 1942. On July 9, the city fell. The next day, it burned."
        ms = extract(text)
        assert [(m.text, m.timex.value) for m in ms] == [
            ("4 June 1942", "1942-06-04"),
            ("July 9", "1942-07-09"),
            ("The next day", "1942-07-10"),
        ]
        assert isinstance(ms[1].anchor, Mention)


class TestPeriodsOfFinancialNews:
    """Bare units and year-over-year comparisons refer to the period reported on."""

    def test_the_quarter_is_the_one_named_before(self) -> None:
        text = "Profit fell in the third quarter. In the quarter, sales rose 4%."
        assert _values(text, dct=DCT)[-1] == ("the quarter", "2024-Q3")

    @pytest.mark.parametrize(
        ("text", "dct", "value"),
        [
            # a January report of the last quarter: "the year" is the one that quarter ends
            (
                "The mill lost $2 million in the fourth quarter and $5 million for the year.",
                date(2025, 1, 30),
                "2024",
            ),
            # the quarter's year written out, "the entire year" after it
            (
                "Sales fell in the second quarter of 2019; for the entire year they rose.",
                DCT,
                "2019",
            ),
            # a half likewise
            (
                "The fund gained 4% in the second half, and 9% over the full year.",
                date(2025, 2, 3),
                "2024",
            ),
        ],
    )
    def test_the_year_of_the_quarter_reported(self, text: str, dct: date, value: str) -> None:
        """A bare "the year" after a quarter or half with no year named between is the
        year that holds it."""
        assert _values(text, dct=dct)[-1][1] == value

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # an amount compared "with" after a quarter reported: that quarter a year back
            (
                "The bank's third-quarter net was $9 million, compared with $7 million last year.",
                ("last year", "2023-Q3"),
            ),
            # "from" and a possessive before the amount
            (
                "Second-half sales reached $80 million, up from last year's $71 million.",
                ("last year", "2023-H2"),
            ),
            # a possessive before the period noun: the extent takes it
            (
                "Exports for last year's quarter were $3 million.",
                ("last year's quarter", "2023-Q3"),
            ),
            # "the previous year" after the amount compared, as "last year"
            (
                "Third-quarter net was $9 million, against $7 million the previous year.",
                ("the previous year", "2023-Q3"),
            ),
            # "the prior year's" before the amount
            (
                "Second-half sales reached $80 million, up from the prior year's $71 million.",
                ("the prior year", "2023-H2"),
            ),
            # a percentage written in words ends the amount too
            (
                "The second-half margin was 12 percent, compared with 9 percent last year.",
                ("last year", "2023-H2"),
            ),
            # with no quarter or half reported, "the previous year" is the year before the
            # one the text is at, not the DCT's
            (
                "In 2019 the mill earned $5 million, up from $3 million the previous year.",
                ("the previous year", "2018"),
            ),
            # an amount that is not compared is last year's own figure
            ("The brewery cut its costs to $40 million last year.", ("last year", "2023")),
            # nor is "last year" without an amount before it
            (
                "Profit rose in the third quarter. Last year the firm lost money.",
                ("Last year", "2023"),
            ),
        ],
    )
    def test_a_year_back_compared(self, text: str, expected: tuple[str, str]) -> None:
        """ "last year", "the previous year", "the prior year" after an amount compared with
        another ("from", "with") is the period reported on, a year before, as "a year
        earlier" is."""
        assert _values(text, dct=DCT)[-1] == expected

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # "previous" after the unit: the one before the time last named
            ("Output reached 40 tonnes in 2021, up from 31 the year previous.", "2020"),
            # "prior", a day
            ("The dam was opened on 6 May 2022; the day prior, crews checked it.", "2022-05-05"),
            # a month
            ("Orders rose in June 2023 and fell the month prior.", "2023-05"),
        ],
    )
    def test_a_unit_then_previous_or_prior(self, text: str, value: str) -> None:
        assert _values(text, dct=DCT)[-1][1] == value

    def test_the_year_without_a_year_named_is_the_dct_year(self) -> None:
        assert _values("Sales for the year are flat.", dct=DCT) == [("the year", "2024")]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # "a year earlier" after a quarter: that quarter a year back
            ("Net income rose in the second quarter from $3 million a year earlier.", "2023-Q2"),
            # "a year ago" after a month: that month a year back
            ("Sales in September were up on a year ago.", "2023-09"),
            # "year-earlier" as an adjective, after a half
            ("Profit in the first half beat the year-earlier figure.", "2023-H1"),
        ],
    )
    def test_a_year_earlier_is_the_same_period(self, text: str, value: str) -> None:
        """The comparison is the period of the sentence, a year back."""
        assert _values(text, dct=DCT)[-1][1] == value

    def test_year_ago_as_an_adjective(self) -> None:
        """ "the year-ago quarter" compares with the quarter just named."""
        text = "Sales rose in the third quarter from the year-ago quarter."
        assert _values(text, dct=DCT) == [
            ("the third quarter", "2024-Q3"),
            ("the year-ago quarter", "2023-Q3"),
        ]

    def test_a_report_compares_with_its_own_quarter_paragraphs_later(self) -> None:
        """A report names its quarter up front; "a year earlier" three sentences on, after
        another quarter was mentioned in passing, still compares with the first one."""
        text = (
            "Acme posted higher second-quarter profit. Margins widened. After a weak "
            "first quarter, the chain cut costs. Staff numbers held. Revenue was $9 "
            "million, against $8 million a year earlier."
        )
        assert _values(text, dct=DCT)[-1] == ("a year earlier", "2023-Q2")

    def test_a_comparison_beside_a_stretch_is_not_the_quarter(self) -> None:
        """After "the first nine months", "a year earlier" compares with that stretch, so
        it is the year before, not the quarter the report named up front."""
        text = (
            "Acme posted higher third-quarter profit. Margins widened. For the first nine "
            "months, net rose to $9 million from $8 million a year earlier."
        )
        assert _values(text, dct=DCT)[-1] == ("a year earlier", "2023")

    def test_comparisons_do_not_chain(self) -> None:
        """A second "a year earlier" is the same period as the first, not a year before it;
        and "the quarter" after a comparison is the quarter reported on."""
        text = (
            "Acme's third-quarter loss widened from a year earlier. In the quarter, "
            "sales slid. Costs rose from a year earlier."
        )
        assert _values(text, dct=DCT) == [
            ("third-quarter", "2024-Q3"),
            ("a year earlier", "2023-Q3"),
            ("the quarter", "2024-Q3"),
            ("a year earlier", "2023-Q3"),
        ]

    def test_a_quarter_is_placed_as_if_untensed(self) -> None:
        """ "expects to report third-quarter results": the quarter is over, though the
        clause looks ahead (DCT in October: the third quarter just ended)."""
        text = "The insurer expects to report a third-quarter loss."
        assert _values(text, dct=DCT) == [("third-quarter", "2024-Q3")]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # the three months to Sept. 30: the third calendar quarter
            ("Profit rose for the quarter ended Sept. 30.", "2024-Q3"),
            # May to July: most of it in the second quarter
            ("Sales fell in the quarter ended July 31.", "2024-Q2"),
            # September to November: two of its months in the fourth quarter
            ("Revenue grew in the quarter ending Nov. 30.", "2024-Q4"),
        ],
    )
    def test_the_quarter_ended(self, text: str, value: str) -> None:
        """ "the quarter ended <day>" is the calendar quarter holding most of it."""
        assert _values(text, dct=DCT)[0] == ("the quarter", value)

    def test_the_quarter_ended_is_what_follows_points_back_to(self) -> None:
        """ "the quarter ended Sept. 30" is known once its end is read: "a year earlier"
        and "the quarter" after it compare with and speak of that quarter, not of a fiscal
        first quarter named before it."""
        text = (
            "The brewer's fiscal first quarter was strong. For the quarter ended Sept. 30, "
            "net rose to $12 million from $9 million a year earlier. Volumes grew in the "
            "quarter."
        )
        assert _values(text, dct=DCT)[1:] == [
            ("the quarter", "2024-Q3"),
            ("Sept. 30", "2024-09-30"),
            ("a year earlier", "2023-Q3"),
            ("the quarter", "2024-Q3"),
        ]

    def test_a_period_dated_by_its_year_is_no_antecedent(self) -> None:
        """ "the 2023 period" compares, as "a year earlier" does: "the quarter" after it
        is still the quarter reported on."""
        text = (
            "Acme's third-quarter sales rose. In the 2023 period, it lost money. "
            "Staff cuts helped in the quarter."
        )
        assert _values(text, dct=DCT) == [
            ("third-quarter", "2024-Q3"),
            ("the 2023 period", "2023-Q3"),
            ("the quarter", "2024-Q3"),
        ]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # the quarter named before it
            ("Acme posted a second-quarter loss. In the latest period, costs rose.", "2024-Q2"),
            # nothing named: the last quarter over by the DCT (25 October: the third)
            ("Costs rose in the latest period.", "2024-Q3"),
            ("Costs rose in the current period.", "2024-Q3"),
        ],
    )
    def test_the_latest_period(self, text: str, value: str) -> None:
        """ "the latest period" is the quarter a report is about."""
        found = _values(text, dct=DCT)
        assert found[-1][1] == value
        assert found[-1][0].lower().endswith("period")

    def test_a_past_clause_keeps_its_half(self) -> None:
        """ "posted first-half profit" in October is this year's first half: a past clause
        keeps the quarter or half before the DCT."""
        assert _values("Acme posted first-half profit.", dct=DCT) == [("first-half", "2024-H1")]

    def test_a_year_ago_alone_is_last_year(self) -> None:
        assert _values("The plant opened a year ago.", dct=DCT) == [("a year ago", "2023")]


class TestShapesOfUnitPhrases:
    """Neighbours decide what a plain unit phrase is."""

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            # a rate after a quantity
            ("The mine yields $40 million a year.", [("a year", "SET", "P1Y")]),
            ("Volunteers answer hundreds of calls a day.", [("a day", "SET", "P1D")]),
            # the length of a reporting period
            (
                "For the year ended March 31, revenue fell.",
                [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")],
            ),
            # "the 2023 quarter": the quarter just named, in 2023
            (
                "Sales rose in the second quarter from the 2023 quarter.",
                [
                    ("the second quarter", "DATE", "2024-Q2"),
                    ("the 2023 quarter", "DATE", "2023-Q2"),
                ],
            ),
            # a period noun before a year-back phrase: one comparison, the whole phrase
            (
                "Net rose in the third quarter from the same period last year.",
                [
                    ("the third quarter", "DATE", "2024-Q3"),
                    ("the same period last year", "DATE", "2023-Q3"),
                ],
            ),
            (
                "Sales in the third quarter beat the quarter a year ago.",
                [
                    ("the third quarter", "DATE", "2024-Q3"),
                    ("the quarter a year ago", "DATE", "2023-Q3"),
                ],
            ),
            # a comparison keeps the period it qualifies
            (
                "Profit in the first half beat the comparable year-ago period.",
                [
                    ("the first half", "DATE", "2024-H1"),
                    ("the comparable year-ago period", "DATE", "2023-H1"),
                ],
            ),
        ],
    )
    def test_shape(self, text: str, found: list[tuple[str, str, str]]) -> None:
        assert [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=DCT)] == found


class TestTheDayReported:
    """A part of the day, a clock time or "the previous <weekday>" without a day of its own
    takes the day the text reports, not the DCT's (Friday 25 October 2024)."""

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # a part of the day in a past clause: the day named before it
            (
                "Bonds slid on Tuesday. Buyers returned in the afternoon.",
                "the afternoon",
                "2024-10-22TAF",
            ),
            # the same without an article, before a noun
            (
                "Grain futures jumped Wednesday. They peaked in evening trading.",
                "evening",
                "2024-10-23TEV",
            ),
            # "later in the day": the reported day, at its end
            ("The ferry left Monday; it docked later in the day.", "the day", "2024-10-21"),
            # an edge of the day likewise: "the start of the day" is the reported day's
            (
                "Copper sank on Wednesday. Traders sold at the start of the day.",
                "the start of the day",
                "2024-10-23",
            ),
            # "the close of the day" after a dateline
            (
                "Harbour strike\nOctober 14 , 2024\nBy the close of the day , no ship sailed.",
                "the close of the day",
                "2024-10-14",
            ),
            # a month named between them names no day: the weekday still counts
            (
                "The mill shut on Tuesday after a bad August. Crews left in the morning.",
                "the morning",
                "2024-10-22TMO",
            ),
            # no earlier day: the DCT's own
            ("Crews left in the morning.", "the morning", "2024-10-25TMO"),
            # the day named is the DCT's day: nothing changes
            ("The mill shut today. Crews left in the morning.", "the morning", "2024-10-25TMO"),
            # a clause in the future speaks of the DCT's day
            (
                "The mill shut on Tuesday. Crews will leave in the evening.",
                "the evening",
                "2024-10-25TEV",
            ),
            # a clock time on the weekday its sentence named before it
            (
                "The drone took off Wednesday from a field near Lyon at 14:10 UTC.",
                "14:10 UTC",
                "2024-10-23T14:10Z",
            ),
            # ... or after it, past a time in another zone in brackets
            (
                "The quake struck at 6:15 a.m. (0415 GMT) Tuesday, officials said.",
                "6:15 a.m.",
                "2024-10-22T06:15",
            ),
            # a sentence without a day: the DCT's
            ("The polls closed at 8 p.m.", "8 p.m.", "2024-10-25T20:00"),
            # "the previous Friday": the one before the Friday the text reported
            (
                "The index ended Friday 2% below the previous Friday.",
                "the previous Friday",
                "2024-10-18",
            ),
        ],
    )
    def test_value(self, text: str, mention: str, value: str) -> None:
        assert (mention, value) in _values(text, dct=DCT)

    def test_anchor_is_the_day_named(self) -> None:
        """The clock time says which mention gave it its day."""
        day, clock = extract("The drone took off Wednesday from a meadow at 14:10 UTC.", dct=DCT)
        assert clock.anchor is day


class TestNamedComparison:
    """A year-over-year comparison that names its quarter or half is that one, a year
    before the period reported on (DCT 25 October 2024)."""

    @pytest.mark.parametrize(
        ("text", "mention", "value"),
        [
            # the ordinal agrees with the period reported on
            (
                "Margins widened in the third quarter from the year-earlier third quarter.",
                "the year-earlier third quarter",
                "2023-Q3",
            ),
            # "year-ago" and a half
            (
                "Orders rose in the first half from the year-ago first half.",
                "the year-ago first half",
                "2023-H1",
            ),
            # nothing reported before it: the latest second quarter begun by the DCT, a year
            # back
            (
                "In the year-ago second quarter, the mine lost money.",
                "the year-ago second quarter",
                "2023-Q2",
            ),
            # a fourth quarter that has begun by the DCT
            (
                "Sales trailed the year-earlier fourth quarter.",
                "the year-earlier fourth quarter",
                "2023-Q4",
            ),
            # a comparison that names a quarter is no month a year back, though a month was
            # the last period named: the last quarter over by the DCT, a year before
            (
                "The mine switched auditors in May. In the year-ago quarter, it lost money.",
                "the year-ago quarter",
                "2023-Q3",
            ),
            # ... and a half likewise
            ("Margins in the year-earlier half were thin.", "the year-earlier half", "2023-H1"),
        ],
    )
    def test_value(self, text: str, mention: str, value: str) -> None:
        assert (mention, value) in _values(text, dct=DCT)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # the latest year named is the edge of a stretch after "since": the DCT's year
        (
            "The mill has lost money since 2015. For the whole year, it expects a loss.",
            "the whole year",
            "2024",
        ),
        # ... or after "by"
        (
            "The plan closes ten mines by 2030. Output for the full year will fall.",
            "the full year",
            "2024",
        ),
        # a year named for itself is still the one the text is about
        ("The mill lost money in 2022. For the whole year, output fell.", "the whole year", "2022"),
    ],
)
def test_a_bare_unit_skips_the_edges_of_stretches(text: str, mention: str, value: str) -> None:
    """ "The full year" points back to a year the text is about, not to "since 2015"."""
    assert (mention, value) in _values(text, dct=DCT)


class TestRangeEnds:
    """A range's first end, a bare weekday, is placed from the DCT by its clause's tense,
    as the weekday alone would be; the DCT is Friday 25 October 2024."""

    @pytest.mark.parametrize(
        ("text", "ends"),
        [
            # a future clause: next Tuesday, not a Tuesday in the week of the end
            (
                "Checkpoints will stay from Tuesday until the end of November.",
                [("Tuesday", "2024-10-29"), ("the end of November", "2024-11")],
            ),
            # a future clause with a dated end: next Tuesday, not the one just gone
            (
                "The bridge will be shut from Tuesday until 15 December.",
                [("Tuesday", "2024-10-29"), ("15 December", "2024-12-15")],
            ),
            # "through" without "from"
            (
                "Voting will run Wednesday through November 8.",
                [("Wednesday", "2024-10-30"), ("November 8", "2024-11-08")],
            ),
            # a past clause with two weekdays: days over by now, Saturday not tomorrow
            (
                "The museum stayed closed from Tuesday to Saturday.",
                [("Tuesday", "2024-10-15"), ("Saturday", "2024-10-19")],
            ),
            # a past clause whose days fit this week: they stay this week's
            (
                "The museum stayed closed from Sunday to Thursday.",
                [("Sunday", "2024-10-20"), ("Thursday", "2024-10-24")],
            ),
            # "between ... and" in a future clause
            (
                "Inspectors will visit between Monday and Wednesday.",
                [("Monday", "2024-10-28"), ("Wednesday", "2024-10-30")],
            ),
        ],
    )
    def test_weekday_first_end(self, text: str, ends: list[tuple[str, str]]) -> None:
        """Each end is where the table says."""
        assert _values(text, dct=DCT) == ends


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # a winter straddles New Year: its January is in the year after its December
        (
            "The ship sailed on 4 October 1872. The following winter was cruel. On 8 "
            "February, ice closed the strait. Later that year, the crew came home.",
            "8 February",
            "1873-02-08",
        ),
        # what points back to that date follows it
        (
            "The ship sailed on 4 October 1872. The following winter was cruel. On 8 "
            "February, ice closed the strait. Later that year, the crew came home.",
            "Later that year",
            "1873",
        ),
        # the December of that winter is the year it starts in
        (
            "The mine opened in May 1903. That winter was long; on 21 December the shaft flooded.",
            "21 December",
            "1903-12-21",
        ),
        # a season dated by its year, not an anaphor, places the date the same way
        (
            "The blockade ran from 1812 to 1814, and the war ended in 1815. In the winter "
            "of 1812 the port starved; on 17 January the first ship broke through.",
            "17 January",
            "1813-01-17",
        ),
        # one anaphor and a year-less date after it tell a passage from an old date: the
        # date is in the text's time, not the DCT's year
        (
            "The chapel was consecrated in April 1788. That autumn a storm struck; on 30 "
            "October the spire fell.",
            "30 October",
            "1788-10-30",
        ),
        # a spring after a named month of the year before
        (
            "The canal was dug in August 1820. The following spring, barges came. On 11 May "
            "the first toll was paid.",
            "11 May",
            "1821-05-11",
        ),
    ],
)
def test_a_year_less_date_after_a_season_follows_the_season(
    text: str, mention: str, value: str
) -> None:
    assert dict(_values(text, dct=DCT))[mention] == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # the end of a period after "since": this year's is not over, so last year's
        ("The index is up 9% since year-end.", "year-end", ("2023", "END")),
        # the same in words
        ("Rents have climbed since the end of the year.", "the end of the year", ("2023", "END")),
        # a month's end likewise: September's, written in October
        ("Deposits have grown since month-end.", "month-end", ("2024-09", "END")),
        # an end already over stays as it is
        ("Prices have eased since the end of last year.", "the end of last year", ("2023", "END")),
        # a start is over by now already
        (
            "Prices have eased since the start of the year.",
            "the start of the year",
            ("2024", "START"),
        ),
        # without "since", the end to come
        ("The deal should close by year-end.", "year-end", ("2024", "END")),
    ],
)
def test_since_the_end_of_a_period(text: str, mention: str, value: tuple[str, str]) -> None:
    """A stretch since the end of a period began before now: an end not over by the DCT is
    the previous period's."""
    (m,) = [m for m in extract(text, dct=DCT) if m.text == mention]
    assert (m.timex.value, m.timex.mod) == value
