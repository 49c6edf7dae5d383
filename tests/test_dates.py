"""Date finder and resolver: (sentence, published, expected) cases written for these rules."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kg.extract.dates import DateMention, find_dates

D = dt.date
WED = D(2025, 12, 3)  # a Wednesday
TUE = D(2026, 3, 10)  # a Tuesday

# expected: list of (mention text, start ISO, end ISO or None, granularity)
CASES: list[tuple[str, dt.date | None, list[tuple[str, str, str | None, str]]]] = [
    # day-month ranges, every dash and connector
    ("Ministers meet on March 17–18 in Oslo.", TUE, [("March 17–18", "2026-03-17", "2026-03-18", "day")]),
    ("Ministers meet on March 17-18, 2026 in Oslo.", TUE, [("March 17-18, 2026", "2026-03-17", "2026-03-18", "day")]),
    ("The forum runs 17—19 March 2026 in Oslo.", TUE, [("17—19 March 2026", "2026-03-17", "2026-03-19", "day")]),
    ("Talks are set for Mar. 17 to 19.", TUE, [("Mar. 17 to 19", "2026-03-17", "2026-03-19", "day")]),
    ("Drills take place between 2 and 6 April.", TUE, [("between 2 and 6 April", "2026-04-02", "2026-04-06", "day")]),
    ("Drills take place from April 2 to 6.", TUE, [("from April 2 to 6", "2026-04-02", "2026-04-06", "day")]),
    ("Drills ran from Feb. 26 to March 2.", TUE, [("from Feb. 26 to March 2", "2026-02-26", "2026-03-02", "day")]),
    ("The talks ran 30 December–2 January 2026.", TUE, [("30 December–2 January 2026", "2025-12-30", "2026-01-02", "day")]),
    ("Envoys met on Oct. 8-9 last year.", TUE, [("Oct. 8-9 last year", "2025-10-08", "2025-10-09", "day")]),
    # two following days joined by "and" are one span; two days apart are two dates
    ("Leaders gathered in Lima on 27 and 28 March 2002.", TUE, [("27 and 28 March 2002", "2002-03-27", "2002-03-28", "day")]),
    ("The envoys will meet on June 4 and 5.", TUE, [("June 4 and 5", "2026-06-04", "2026-06-05", "day")]),
    ("Talks held on the 9th and 10th of May 2024 ended well.", TUE,
     [("the 9th and 10th of May 2024", "2024-05-09", "2024-05-10", "day")]),
    ("Votes took place on 3 and 10 March 2024.", TUE, [("10 March 2024", "2024-03-10", None, "day")]),
    # single days
    ("The accord was signed on Feb. 18.", TUE, [("Feb. 18", "2026-02-18", None, "day")]),
    ("The accord was signed on 18 February.", TUE, [("18 February", "2026-02-18", None, "day")]),
    ("The accord was signed on February 18, 2024.", TUE, [("February 18, 2024", "2024-02-18", None, "day")]),
    ("The accord was signed on the 18th of February 2024.", TUE, [("the 18th of February 2024", "2024-02-18", None, "day")]),
    ("Filed 2024-02-18 with the registry.", TUE, [("2024-02-18", "2024-02-18", None, "day")]),
    ("It closed on Sunday, Sept. 7.", D(2025, 9, 8), [("Sunday, Sept. 7", "2025-09-07", None, "day")]),
    ("The envoy arrives Sept 21st.", D(2025, 9, 8), [("Sept 21st", "2025-09-21", None, "day")]),
    # year omitted: nearest, unless tense says otherwise
    ("Elections are on January 10.", WED, [("January 10", "2026-01-10", None, "day")]),
    ("The deal was struck on November 28.", WED, [("November 28", "2025-11-28", None, "day")]),
    ("Parliament ratified it on May 3.", WED, [("May 3", "2025-05-03", None, "day")]),
    ("The ministers will meet on May 3.", WED, [("May 3", "2026-05-03", None, "day")]),
    ("The forum will be held in Riga on March 18-19.", D(2024, 3, 10), [("March 18-19", "2024-03-18", "2024-03-19", "day")]),
    ("A vote is to be held on Friday.", WED, [("Friday", "2025-12-05", None, "day")]),
    # deictic days
    ("The envoy left yesterday.", WED, [("yesterday", "2025-12-02", None, "day")]),
    ("Talks resume today in Doha.", WED, [("today", "2025-12-03", None, "day")]),
    ("Tomorrow the vote is held.", WED, [("Tomorrow", "2025-12-04", None, "day")]),
    ("He told USA Today that the deal was close.", WED, []),
    # weekdays
    ("The cabinet approved the plan on Monday.", WED, [("Monday", "2025-12-01", None, "day")]),
    ("The cabinet meets on Friday to approve the plan.", WED, [("Friday", "2025-12-05", None, "day")]),
    ("The cabinet is expected to vote on Friday.", WED, [("Friday", "2025-12-05", None, "day")]),
    ("The envoy landed in Accra on Friday.", TUE, [("Friday", "2026-03-06", None, "day")]),
    ("Wednesday is set aside for bilateral meetings.", WED, [("Wednesday", "2025-12-03", None, "day")]),
    ("Delegates gathered last Wednesday.", WED, [("last Wednesday", "2025-11-26", None, "day")]),
    ("Delegates gather next Monday.", WED, [("next Monday", "2025-12-08", None, "day")]),
    ("Thursday's vote passed easily.", D(2025, 12, 5), [("Thursday", "2025-12-04", None, "day")]),
    # weeks, months, years
    ("Negotiators met last week in Geneva.", WED, [("last week", "2025-11-24", None, "week")]),
    ("A second round is due this week.", WED, [("this week", "2025-12-01", None, "week")]),
    ("The minister said earlier this month that talks were stalled.", WED, [("earlier this month", "2025-12-01", None, "month")]),
    ("A decision is expected next month.", WED, [("next month", "2026-01-01", None, "month")]),
    ("The bloc will expand next year.", WED, [("next year", "2026-01-01", None, "year")]),
    ("Aid will rise over the next year.", WED, []),
    ("The fleet docked there in July.", WED, [("July", "2025-07-01", None, "month")]),
    ("The fleet will dock there in February.", WED, [("February", "2026-02-01", None, "month")]),
    ("The treaty entered into force in mid-August 2019.", WED, [("August 2019", "2019-08-01", None, "month")]),
    ("The country applied last March.", TUE, [("last March", "2025-03-01", None, "month")]),
    ("The two states have been allies since 2016.", WED, [("2016", "2016-01-01", None, "year")]),
    ("Trade doubled from 2010 to 2015.", WED, [("2010 to 2015", "2010-01-01", "2015-01-01", "year")]),
    ("Sanctions ran from March to June 2022.", WED, [("March to June 2022", "2022-03-01", "2022-06-01", "month")]),
    # numbers that are not dates
    ("Leaders opened the 16th summit of the bloc.", WED, []),
    ("Some 34 countries have applied to join.", WED, []),
    ("The air force flies F-16 jets.", WED, []),
    ("The 2+2 dialogue covers defence and foreign policy.", WED, []),
    ("Article 5 commits allies to mutual defence.", WED, []),
    ("The motion passed by 188 votes to 6.", WED, []),
    ("Troop numbers rose to 2,000 in the region.", WED, []),
    ("She met Theresa May and said Britain may join.", WED, []),
    ("The march on the capital drew 5,000 people.", WED, []),
    ("The army has 1500 tanks.", WED, []),
    ("Officials in the 1990s drafted the text.", WED, []),
    ("It was agreed on the 18th.", WED, []),
    # without a publication date only self-contained dates survive
    ("Signed on Monday, ratified on 4 July 2019.", None, [("4 July 2019", "2019-07-04", None, "day")]),
]


def _ids(case: tuple) -> str:
    return case[0][:40]


@pytest.mark.parametrize("sentence,published,expected", CASES, ids=[_ids(c) for c in CASES])
def test_find_dates(sentence: str, published: dt.date | None, expected: list) -> None:
    found = find_dates(sentence, published)
    got = [
        (m.text, m.start_date.isoformat(), m.end_date.isoformat() if m.end_date else None, m.granularity)
        for m in found
    ]
    assert got == expected
    for m in found:
        assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(
    "prefer,expected",
    [("nearest", "2026-03-13"), ("past", "2026-03-06"), ("future", "2026-03-13"), ("auto", "2026-03-13")],
)
def test_weekday_preference(prefer: str, expected: str) -> None:
    # no tense cue around the weekday: "auto" falls back to "nearest"
    (m,) = find_dates("Friday: the envoys in Accra", TUE, prefer=prefer)
    assert m.start_date.isoformat() == expected


def test_unknown_preference_is_rejected() -> None:
    with pytest.raises(ValueError):
        find_dates("on Friday", TUE, prefer="soonest")


def test_mentions_sorted_and_disjoint() -> None:
    text = "Signed on Monday, June 2, 2025, ratified in July and in force since 2026-01-01."
    found = find_dates(text, WED)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert isinstance(found[0], DateMention)
    assert [m.granularity for m in found] == ["day", "month", "day"]


def test_scheduled_present_tense_resolves_forward():
    # "arrives in X on <date>" after a past-tense clause: the arrival is still ahead
    text = "The senate had approved the deal days before the minister arrives in Oslo on March 3-4."
    [d] = find_dates(text, dt.date(2026, 2, 27))
    assert (d.start_date, d.end_date) == (dt.date(2026, 3, 3), dt.date(2026, 3, 4))


@pytest.mark.parametrize("text, start, granularity", [
    ("One year ago today, the pact was signed.", "2023-03-10", "day"),
    ("Two days ago the minister arrived.", "2024-03-08", "day"),
    ("A year ago the summit failed.", "2023-01-01", "year"),
    ("three weeks ago", "2024-02-18", "week"),
])
def test_counted_back_from_publication(text, start, granularity):
    found = find_dates(text, dt.date(2024, 3, 10))
    assert [(d.start_date.isoformat(), d.granularity) for d in found] == [(start, granularity)]


@pytest.mark.parametrize("text, expected", [
    # a range with its year, then a day without one
    ("Talks ran from 5 to 17 September 1978, and the accords were signed on 17 September.",
     ["1978-09-05", "1978-09-17"]),
    # a month-and-year, then a day (relative clause)
    ("The treaty, which was signed in March 2019, entered into force on 4 July.",
     ["2019-03-01", "2019-07-04"]),
    # a bare year opening the sentence, capitalised preposition
    ("In 1962, on October 16, Kennedy was shown the photographs.", ["1962-01-01", "1962-10-16"]),
    # a new sentence resets: the second day resolves against publication
    ("The pact was signed on 2 May 2001. On October 28 the ministers met.",
     ["2001-05-02", "2025-10-28"]),
    # a relative year as an adverb is one; as a possessive it dates its noun only
    ("Last year, when it chaired the bloc, India hosted the summit on July 4.", ["2024-01-01", "2024-07-04"]),
    ("Last year's deal lapses on 5 May.", ["2024-01-01", "2026-05-05"]),
])
def test_year_less_day_takes_the_sentences_written_year(text, expected):
    found = find_dates(text, dt.date(2025, 12, 4))
    assert [d.start_date.isoformat() for d in found] == expected


# -- dates told from another date ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # counted forward or back from the day told before
    ("The pact was signed on 3 May 2024. Two days later, the envoy left.", ["2024-05-03", "2024-05-05"]),
    ("Talks ended on Friday, May 10. A week earlier, the ministers had met.", ["2024-05-10", "2024-05-03"]),
    # "the next/following day", "the following Thursday": from the end of a range
    ("The summit ran on 6-7 May. The next day, the king flew home.", ["2024-05-06", "2024-05-08"]),
    ("Chile voted on 6 May, and Peru followed the following Thursday.", ["2024-05-06", "2024-05-09"]),
    ("It was tabled on 9 May; the previous Monday the cabinet approved it.", ["2024-05-09", "2024-05-06"]),
    # "the same day", "later that day", chained anchors
    ("Peru signed on 2 May 2024. Chile signed later that day.", ["2024-05-02", "2024-05-02"]),
    ("Peru signed on 2 May 2024. The next day Bolivia signed, and two days later Chile did.",
     ["2024-05-02", "2024-05-03", "2024-05-05"]),
])
def test_dates_told_from_another_date(text, expected):
    assert [m.start_date.isoformat() for m in find_dates(text, D(2024, 5, 20))] == expected


@pytest.mark.parametrize("text", [
    # nothing to count from, or a date of some other event named after the phrase
    "A day later, the envoy left.",
    "The vote came three days after the summit.",
    "The cabinet met the day before the vote.",
    # a date two sentences back belongs to another event
    "Peru signed on 2 May 2024. The Senate debated it. The House approved it later the same day.",
])
def test_no_date_without_an_anchor_just_before(text):
    assert [m for m in find_dates(text, D(2024, 5, 20)) if m.text != "2 May 2024"] == []


@pytest.mark.parametrize("text, expected", [
    # a participle with its by-phrase has no tense: the clause's future decides
    ("Leaders will meet on Tuesday, followed by the East Asia Summit on Friday.", ["2026-03-10", "2026-03-13"]),
    ("The forum opens next week, chaired by Chile, on Friday.", ["2026-03-16", "2026-03-13"]),
    # a past verb still reads the past
    ("Chile signed on Monday, followed by Peru on Friday.", ["2026-03-09", "2026-03-06"]),
])
def test_a_participle_with_its_agent_tells_no_tense(text, expected):
    assert [m.start_date.isoformat() for m in find_dates(text, TUE)] == expected


@pytest.mark.parametrize("text, expected", [
    # "had been due / expected / set to": a plan told in the past perfect is still ahead of its time
    ("He had been due to sign it in Athens on March 19.", "2026-03-19"),
    ("The talks had been expected to open on 20 March.", "2026-03-20"),
    ("They have been scheduled to meet on March 25.", "2026-03-25"),
])
def test_a_plan_told_in_the_perfect_is_ahead(text, expected):
    assert [m.start_date.isoformat() for m in find_dates(text, TUE)] == [expected]
