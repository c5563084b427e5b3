"""Article-date inference: metadata -> header -> publication line -> dateline -> update line -> URL date ->
self-dating phrases -> weekday+date pairs -> fallback. The page texts are made up, in forms real news pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date
from dateline.extractors.temporal.article_date import most_recent_year

RUN = date(2026, 11, 23)


def _doc(nlp, shared, name):
    return nlp.make_doc((shared / "samples" / "seeds" / name).read_text(encoding="utf-8"))


def test_000_inferred_from_today_and_weekday_pair(blank, shared):
    got = infer_article_date(_doc(blank, shared, "000_5d79c838e0e00b24.txt"), run_date=RUN)
    assert got.value == date(2021, 3, 17) and got.source == "inferred"
    assert "17 March" in got.evidence


def test_002_has_no_date_in_text(blank, shared):
    doc = _doc(blank, shared, "002_6163d538cdfa4352.txt")
    assert infer_article_date(doc, run_date=RUN).source == "unknown"
    got = infer_article_date(doc, fallback=date(2021, 3, 16), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 16), "fallback")


def test_003_header_passed_by_ingestion(blank, shared):
    doc = _doc(blank, shared, "003_2b19ab9e10605249.txt")
    got = infer_article_date(doc, header=date(2021, 3, 16), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 16), "header")


def test_metadata_wins(blank):
    doc = blank("TOKYO, March 16 (Reuters) - Talks were held today (17 March).")
    got = infer_article_date(doc, metadata=date(2021, 3, 18), header=date(2021, 1, 1), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 18), "metadata")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("TOKYO, March 16 (Reuters) - Blinken met Motegi.", date(2026, 3, 16)),
        ("TOKYO, March 16, 2021 (Reuters) - Blinken met Motegi.", date(2021, 3, 16)),
        ("WASHINGTON (AP) — March 3, 2021 — The Senate voted.", date(2021, 3, 3)),
        ("The ministers said this Tuesday, March 16, that talks went well.", date(2021, 3, 16)),
        ("Blinken spoke on Tuesday (16 March) in Tokyo.", date(2021, 3, 16)),
    ],
)
def test_inferred_patterns(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


def test_weekday_pair_year_is_most_recent_coincidence():
    assert most_recent_year(3, 16, RUN, weekday=1) == date(2021, 3, 16)  # Tuesday 16 March
    assert most_recent_year(3, 16, date(2021, 3, 15), weekday=1) == date(2010, 3, 16)


def test_unknown_without_anything(blank):
    got = infer_article_date(blank("No dates here at all."), run_date=RUN)
    assert got.value is None and got.source == "unknown"


def test_yearless_dateline_takes_year_from_weekday_pair(blank):
    doc = blank("TOKYO, March 17 (Reuters) - Blinken, who arrived on Tuesday (16 March), met Motegi.")
    got = infer_article_date(doc, run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 17), "inferred")


def test_yearless_dateline_takes_the_year_of_the_same_day_written_in_full_below(blank):
    body = " ".join(["The minister toured the port and met traders in the old town."] * 12)
    doc = blank("LIMA, Apr 23 (Agency): The minister Saturday arrived here on his first visit.\n\n" + body
                + "\n\nMinister visits port pic.example/abc - Ministry (@Ministry) April 23, 2022\n")
    got = infer_article_date(doc, run_date=RUN)
    assert got.value == date(2022, 4, 23)  # Saturday in 2022; 2023's Sunday would be "the day after" it


@pytest.mark.parametrize(
    "text, expected",
    [
        # a byline timestamp and a year-less wire dateline under a byline (datelines are found on any header line)
        ("By Ann Lee and Tom Roe\nMarch 16, 2021 9:05 AM GMT+1\n\nPARIS, March 16 (AFP) - Ministers met.",
         date(2021, 3, 16)),
        ("By Ann Lee\n\nPARIS, March 16 (AFP) - Ministers met.", date(2026, 3, 16)),
        ("Published: 16 March 2021\n\nBy Ann Lee\n\nShe left on Tuesday, March 9, for Lima.", date(2021, 3, 16)),
        ("Posted on Tuesday, 16 March 2021\nThe talks opened.", date(2021, 3, 16)),
        ("Updated 6:41 AM EST, Tue March 16, 2021\nThe talks opened.", date(2021, 3, 16)),
        ("By Ann Lee | Mar 16, 2021\nThe talks opened.", date(2021, 3, 16)),
        ("Tue 16 Mar 2021 13.05 GMT\n\nThe talks opened.", date(2021, 3, 16)),
        ("2021-03-16T09:05:00Z\nThe talks opened.", date(2021, 3, 16)),
        ("Lima, 16 March 2021 – The envoy concluded her visit.", date(2021, 3, 16)),
        # an update line is later than the writing: the dateline wins and takes the year the update line states
        ("Updated: March 18, 2021\nTOKYO, March 16 (Reuters) - Blinken met Motegi.", date(2021, 3, 16)),
    ],
)
def test_page_furniture(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


def test_publication_line_beats_a_reported_weekday_date_pair(blank):
    text = ("A long week\nPublished: 28 August 2023\n\nThe envoy left the capital on Sunday, August 20, and returned "
            "on Friday.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2023, 8, 28) and got.evidence == "Published: 28 August 2023 [publication_label_line]"


def test_a_body_sentence_opening_with_a_label_word_is_not_a_publication_line(blank):
    body = "Ministers met in Lima. " * 40
    text = f"{body}\nDated March 3, the memo was leaked.\nUpdated figures released on March 5 showed a fall."
    assert infer_article_date(blank(text), run_date=RUN).source == "unknown"
    footer = infer_article_date(blank(f"{body}\nPublished: 3 March 2021\n"), run_date=RUN)
    assert footer.value == date(2021, 3, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outlet's own stamp, bracketed after the place or alone on a line with a slash between outlets
        ("Home | World\nTalks resume\nLIMA (Coast Herald / North Wire - 3rd May, 2019) The ministers met.",
         date(2019, 5, 3)),
        ("Open Menu\nCoast Herald / North Point News - 23rd Jul, 2021\nThe delegation arrived on Friday.",
         date(2021, 7, 23)),
        # a byline stamp with a clock time, a relative time beside it: the absolute one is taken
        ("Open Menu\nAda Kern 6 minutes ago Thu 19th December 2019 | 10:55 PM\nThe envoys met.", date(2019, 12, 19)),
        ("Ada Kern Fri 23rd July 2021 | 11:20 PM\nThe envoys met on Friday.", date(2021, 7, 23)),
        ("Ada Kern Published May 12, 2022 | 09:10 AM\nThe envoys met on Thursday.", date(2022, 5, 12)),
        ("Posted by Ada Kern on March 9, 2015\nThe mayor welcomed the delegation.", date(2015, 3, 9)),
        ("Written by Ada Kern | 11 November 2011\nThe visit began.", date(2011, 11, 11)),
        # a source line, a time-first stamp, a masthead with a second calendar
        ("Talks open\nNPA 22 Feb 2021\nISLAMABAD: The minister will travel tomorrow (Tuesday).", date(2021, 2, 22)),
        ("Close\n20:09 17 February 2017\nMinisters meet\nThe ministers met on Friday.", date(2017, 2, 17)),
        ("Daily Example\nMonday, 6 May, 2019, Ramzan 1, 1440 A.H.\nThe minister spoke on Sunday.", date(2019, 5, 6)),
        # datelines real wires write
        ("HELSINKI, FINLAND — July 16, 2018\nThe two presidents are to meet.", date(2018, 7, 16)),
        ("BONN, Germany, Feb. 17, 2017, Kyodo\nThe ministers held talks.", date(2017, 2, 17)),
        ("MINSK, 29 November 2016 (Steppe Wire – TASS) - The ministers are meeting.", date(2016, 11, 29)),
        ("Islamabad, 3rd May 2019: The trade ministers met on Friday.", date(2019, 5, 3)),
        # numeric stamps: the number above 12 is the day; a dash or dot is read day first
        ("Date: 14/02/2016\nThe minister received the ambassador.", date(2016, 2, 14)),
        ("Dated: 03.04.2019\nThe minister received the ambassador.", date(2019, 4, 3)),
        ("Last Update 2024-07-18 16:55:00\nThe minister toured three districts.", date(2024, 7, 18)),
        # an ISO line with page counters after it, a month in capitals, a reading-time tail
        ("Leaders talk\n\n2018-11-01 0 Comments 51 Views\n\nThe leaders spoke.", date(2018, 11, 1)),
        ("Posted On: 09 APR 2025 7:11PM by Press Desk\nThe seminar opened.", date(2025, 4, 9)),
        ("Wire\nOct 02, 2020  •   •  < 1 minute read\n\nZAGREB — The minister spoke.", date(2020, 10, 2)),
        ("Ann Lee\n4 March 2021 · 3 min read\nThe envoys held talks.", date(2021, 3, 4)),
        ("PUBLISHED: 15:05 GMT, 3 June 2016 | UPDATED: 09:12 GMT, 4 June 2016\nThe queen hosted a banquet.",
         date(2016, 6, 3)),
        ("Published at 12:00 AM, Wed Mar 3, 2021\nLast update on: Thu Mar 4, 2021 03:15 AM\nThey met.",
         date(2021, 3, 3)),
        ("Ministers of three countries to meet in Paris - 4 April, 2003\n\nThey meet on Friday.", date(2003, 4, 4)),
        ("MOSCOW, March 17, 2004. (Volga Novosti) - The minister spoke.", date(2004, 3, 17)),
        ("Riyadh, Jumada II 26, 1440, March 3, 2019, SPA -- The crown prince received the minister.", date(2019, 3, 3)),
        ("KYODO NEWS - Mar 3, 2019 - 22:15 | World\nThe ministers agreed to resume talks.", date(2019, 3, 3)),
        ("Mar 3, 2019 10:05 AM EST | Last Updated: Mar 4, 2019\nThey met.", date(2019, 3, 3)),
        ("Ann Lee / 3 March 2021\nThey met.", date(2021, 3, 3)),
        ("Publish Date: 3 March 2019\nThey met.", date(2019, 3, 3)),
        ("Mayor welcomes delegation\nMarch 3, 2019 by Ann Lee\nThe mayor met the delegation.", date(2019, 3, 3)),
        ("Nairobi, Kenya | 3 March 2019 | Africa\nThe leaders met on Sunday.", date(2019, 3, 3)),
        ("Visit begins | News\n\n/ 05:34 AM February 08, 2015\n\nMANILA — The president arrives.", date(2015, 2, 8)),
        ("ADDIS ABABA (HAN) January 27, 2016 – Some ministers gathered in a retreat.", date(2016, 1, 27)),
        ("The president hosted his counterpart on Thursday (22/12/2022) morning at the palace.", date(2022, 12, 22)),
        # a byline closed by the date with no separator; a label glued to its date; a clock with a bracketed zone
        ("Envoy arrives\n\nBy ANN LEE and TOM ROE 21 March 2016, 12:00AM\n\nLIMA (AP) The envoy arrived on Sunday.",
         date(2016, 3, 21)),
        ("Talks put off\n  • PublishedMarch 14, 2017\nThe visit was postponed.", date(2017, 3, 14)),
        ("Regional Desk 28 May 2011 12:00 (UTC +04:00)\nThe minister began a tour on Friday.", date(2011, 5, 28)),
        # a section label and a stamp with a bracketed zone; a byline closed by a date with no mark before it; a
        # dateline in capitals with no comma
        ("Envoys meet\n\nRegional News Digest 14 June 2012 09:30 (UTC +03:00)\n\nThe envoys met on Thursday.",
         date(2012, 6, 14)),
        ("By ANN LEE and BO LIND 21 March 2016, 12:00AM\n\nOSLO (Wire) The ministers met on Sunday.",
         date(2016, 3, 21)),
        ("By Ann Lee\n\nLeaders meet\n\nLIMA 5 February 2019: The ministers met on Monday.", date(2019, 2, 5)),
    ],
)
def test_real_page_stamps(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Updated 9 June 2020 | Published 7 June 2020\nThe leaders met.", date(2020, 6, 7)),
        ("Wire | Oslo | Updated: 05-05-2021 21:41 IST | Created: 04-05-2021 21:41 IST\nThey met.", date(2021, 5, 4)),
        ("Updated on March 3, 2020\nBy Ann Lee, March 2, 2020\nThe envoy met rebel leaders.", date(2020, 3, 2)),
        ("Last Updated : Aug 26, 2019 09:02 AM IST\nThe leaders will meet.\n" + "They met. " * 80
         + "\nFirst Published on Aug 25, 2019 08:45 pm\n", date(2019, 8, 25)),
        ("By NNS | Updated: January 15, 2020 14:55 IST\nThe minister left.", date(2020, 1, 15)),  # only an update
    ],
)
def test_the_original_date_beats_the_updated_one(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


def test_page_chrome_showing_today_loses_to_a_labelled_date(blank):
    text = "Thursday, April 25, 2024\nMenu\nPresidents hold talks\nPosted on 3 March 2016\nThey met on Thursday."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2016, 3, 3)


@pytest.mark.parametrize(
    "text, url, expected, year_from",
    [
        # a year-less dateline never takes the run date's year when the page states its own
        ("By Staff Reporter | Mon 4 Mar 2019\nISLAMABAD, Mar 4 (APP): The speaker met a delegation.", None,
         date(2019, 3, 4), None),
        ("ISLAMABAD, Sept 7 (APP): The chief minister met the envoy here on Friday.\n\nCopyright © 2018 Vale Times.",
         None, date(2018, 9, 7), "copyright"),
        ("New Delhi [India], July 31 (ANI): The prime minister arrived.\n(c) 2022 Example Syndication", None,
         date(2022, 7, 31), "copyright"),
        ("NAIROBI, Kenya, Nov 2 – Regional leaders met on Monday.\n\nCopyright 2020 Example Standard", None,
         date(2020, 11, 2), "copyright"),
        ("CAIRO, April 12 (Xinhua) -- The ministers met on Wednesday.", "https://example.org/2017/04/talks.html",
         date(2017, 4, 12), "URL"),
        ("ROME, March 12 (AGI) - Two prime ministers met.", "https://example.org/12-Mar-2019/talks",
         date(2019, 3, 12), "URL"),
        ("SEOUL, March 4 (Yonhap) -- The ministers met.", "https://example.co.kr/view/AEN20210304001200315",
         date(2021, 3, 4), "URL"),
        ("BEIJING, May 11 (Xinhua) -- The presidents met.", "http://example.cn/n3/2017/0511/c90000-9214079.html",
         date(2017, 5, 11), "URL"),
        # the URL is stated evidence, the copyright line only a bound: the URL wins
        ("KABUL, Oct 2 (PNA) - The ministers held talks.\nCopyright 2024 Example Online",
         "https://example.net/news/2013/talks", date(2013, 10, 2), "URL"),
        # a copyright line bounds the year a weekday+date pair fixes
        ("The envoy arrived here today (Tuesday, June 9) for talks.\n© 2015 Example Herald", None,
         date(2015, 6, 9), "not after the copyright line"),
    ],
)
def test_a_day_month_takes_the_year_the_page_states(blank, text, url, expected, year_from):
    got = infer_article_date(blank(text), run_date=RUN, url=url)
    assert (got.value, got.source) == (expected, "inferred"), got
    if year_from:
        assert year_from in got.evidence


def test_a_full_date_in_the_url_dates_a_page_with_none_in_its_text(blank):
    got = infer_article_date(blank("The minister arrived on Tuesday."), run_date=RUN,
                             url="https://www.example.com/2019/10/13/minister-arrives")
    assert (got.value, got.source) == (date(2019, 10, 13), "inferred") and got.evidence.startswith("URL ")
    assert infer_article_date(blank("The minister arrived on Tuesday."), run_date=RUN).source == "unknown"


def test_a_year_month_folder_then_a_day_folder_in_the_url_dates_the_page(blank):
    got = infer_article_date(blank("The president stressed unity on a tour of the province."), run_date=RUN,
                             url="http://www.example.com/english/199905/04/story_TopNews.html")
    assert got.value == date(1999, 5, 4)


def test_a_relative_time_alone_dates_nothing(blank):
    got = infer_article_date(blank("Posted: 2 hours ago\nThe ministers met on Sunday."), run_date=RUN)
    assert got.source == "unknown"


def test_body_sentences_with_a_date_and_time_are_not_stamps(blank):
    text = "On March 3 at 10 am, the ministers met.\nThe talks published on May 5, 2019 were leaked."
    assert infer_article_date(blank(text), run_date=RUN).source == "unknown"


def test_every_rule_has_a_name_a_pattern_and_a_production():
    from dateline.extractors.temporal.article_date import PRODUCTIONS, RULES, TIERS

    assert len({r.rule.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert r.rule.production in PRODUCTIONS and r.rule.regex.pattern
        assert r.tier in (*TIERS, "year", "copyright")


def test_a_long_menu_does_not_push_the_byline_out_of_the_header(blank):
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Opinion", "Video", "Sign in"] * 12)
    text = (f"{menu}\nEnvoys agree on a plan\nBy Ann Lee | April 2, 2018\n"
            "The envoys agreed on a plan on Sunday after three days of talks in the capital.")
    assert len(menu) > 600
    assert infer_article_date(blank(text), run_date=RUN).value == date(2018, 4, 2)


def test_a_dated_line_deep_in_the_body_is_not_page_furniture(blank):
    prose = "The envoys met again in the capital and agreed to keep talking next week. " * 12
    assert infer_article_date(blank(f"{prose}\nMarch 3, 2019\n"), run_date=RUN).source == "unknown"


def test_todays_date_in_the_page_chrome_gives_way_to_the_urls_date(blank):
    text = "Tuesday, April 15, 2025\nSteelband welcome\nThe vice-president lands on Monday with a delegation."
    got = infer_article_date(blank(text), run_date=RUN, url="http://example.tt/news/2013-05-25/welcome")
    assert got.value == date(2013, 5, 25) and "passed over 'Tuesday, April 15, 2025'" in got.evidence
    # a labelled date is no chrome: it wins over the URL's
    text = "Posted on 3 March 2016\nThe presidents met."
    assert infer_article_date(blank(text), run_date=RUN, url="http://example.tt/2016-02-01/x").value == date(2016, 3, 3)


def test_a_year_less_dateline_takes_the_year_of_any_full_date_in_the_header(blank):
    # (a line of only the date and furniture would be the page's own date line: here the date sits in prose)
    text = ("Ministers meet allies\nLink [2022-03-26 23:13:22] saved from the wire feed\n"
            "ISLAMABAD, Mar 26 (APP):The minister met a delegation.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2022, 3, 26) and "year from a date in the page header" in got.evidence


def test_todays_date_in_the_page_chrome_gives_way_to_a_dateline_days_before_it(blank):
    text = ("Thursday, April 25, 2024\nMenu\nMinisters meet allies\nISLAMABAD, Mar 26 (APP): The minister met a "
            "delegation here on Saturday.\n\nCopyright 2022 Example")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2022, 3, 26) and "passed over 'Thursday, April 25, 2024'" in got.evidence
    # a blog's date header above its post, with no dateline to contradict it, is the post's date
    text = "Wednesday, April 15, 2009\n\nPrime minister visiting the capital\n\nThe prime minister is on a visit."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2009, 4, 15)


def test_a_year_less_dateline_takes_a_year_its_sentence_weekday_agrees_with(blank):
    # 14 April fell on a Friday in 2023 (and on a Saturday, the day after one, in 2018): the latest such year
    text = "BEIJING, April 14 (Xinhua) -- The two presidents held talks in Beijing on Friday afternoon."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2023, 4, 14) and "the Friday its sentence names" in got.evidence
    # a weekday ahead ('will meet on Monday') says nothing about the dateline's day: the run date's year stands
    text = "BEIJING, April 14 (Xinhua) -- The two presidents will meet on Monday."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2026, 4, 14) and "not after the run date" in got.evidence
    # a dateline alone on its line: the weekday comes from the next sentence (29 January 2024 was a Monday)
    text = "VIETNAM, January 29 -\n\nHANOI — The president arrived in Hanoi on Monday afternoon."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2024, 1, 29)
    # a stated year wins over any weekday
    text = "By Ann Lee | April 14, 2019\nBEIJING, April 14 (Xinhua) -- The presidents met on Friday."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2019, 4, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        # other stories' dates above the byline, an event's date in the title, a programme of dated lines
        ("Related\nTalks collapse | March 1, 2019\nEnvoy resigns | Feb 27, 2019\n\nBy Ann Lee | March 5, 2019\n"
         "They met.", date(2019, 3, 5)),
        ("Summit set for June 10, 2019\nPosted: May 28, 2019\nLeaders will meet next month.", date(2019, 5, 28)),
        ("Programme\nMarch 10, 2019 10:00 Arrival\nMarch 11, 2019 09:00 Talks\nPublished 2 March 2019\nThey meet.",
         date(2019, 3, 2)),
        # a weather box's today lends no year past the copyright line's
        ("Lima 22°C Thursday, April 25, 2024\nLIMA, March 3 (Reuters) - The ministers met on Sunday.\n\n"
         "Copyright 2019 Example Wire", date(2019, 3, 3)),
        # another story's stamp months after a year-less dateline's day is not this page's
        ("Most Read\n2024-09-20 17:42:41\nOther story\n\nLink [2022-03-26 23:13:22]\nISLAMABAD, Mar 26 (APP):The "
         "minister met a delegation here on Saturday.", date(2022, 3, 26)),
    ],
)
def test_other_dates_in_the_header_do_not_date_the_page(blank, text, expected):
    assert infer_article_date(blank(text), run_date=RUN).value == expected


def test_wire_page_furniture(blank):
    # today's date in the chrome above the page's own weekday stamp: the earlier stamp is the page's
    text = "Sun, 21 Jul 2024\n\n\nSat, 23 Nov 2013   ||   Nigeria,\n\nThe secretary has arrived in Geneva."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2013, 11, 23) and "passed over 'Sun, 21 Jul 2024'" in got.evidence
    # a stamp with a relative time after it, a credit closing the text, a date closing the URL's article id
    text = "#World News\nAugust 25, 2016 / 8:42 PM / a year ago\n\nGENEVA (Reuters) - The secretary arrived."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2016, 8, 25)
    text = "The secretary arrived in the capital on Tuesday.\n(Example News Agency March 16, 2005)\n"
    assert infer_article_date(blank(text), run_date=RUN).value == date(2005, 3, 16)
    got = infer_article_date(blank("SINGAPORE (Reuters) - The ministers met."), run_date=RUN,
                             url="https://www.example.com/article/us-talks-idUSSP12688420080723")
    assert got.value == date(2008, 7, 23)
    # a weekday stamp four days after a related story's line is still the page's own, not chrome
    text = "Talks collapse | March 1, 2019\n\nTuesday, March 5, 2019\nMinisters meet\nThe ministers met."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2019, 3, 5)


def test_news_site_chrome_and_glued_labels(blank):
    # 'Today's Paper | date' is the site's today; a label glued to the outlet's name by the markup still labels
    text = ("Today's Paper | June 17, 2020\n\nPM arrives for a visit\n\nExample.comUpdated June 16, 2020\n\n"
            "The prime minister arrived on Tuesday.")
    assert infer_article_date(blank(text), run_date=RUN).value == date(2020, 6, 16)
    text = "Today's Paper | April 13, 2022\n\nExample.comPublished April 12, 2022 - Updated April 13, 2022 12:54pm\n"
    assert infer_article_date(blank(text), run_date=RUN).value == date(2022, 4, 12)
    text = "Briefing by the minister on one year in government (May 31, 2015)\n\nMinister: Good afternoon."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2015, 5, 31)


def test_an_ambiguous_numeric_stamp_is_read_the_way_the_dateline_agrees_with(blank):
    text = "Source: Wire | 03-12-2009 08:10\n\nWASHINGTON, March 11 (Xinhua) -- The president is to meet a minister."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2009, 3, 12) and "read the other way round" in got.evidence
    # alone, a dash is read day first
    alone = infer_article_date(blank("Source: Wire | 03-12-2009 08:10\nThey met."), run_date=RUN)
    assert alone.value == date(2009, 12, 3)


def test_chrome_weekday_today_above_an_iso_stamp_and_a_comma_without_space(blank):
    text = "Friday May 25, 2018\nHome > News\n\nLeaders meet\n\n2013-06-08 08:48 Wire  Web Editor: Ann Lee\nThey met."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2013, 6, 8)
    text = "Agency WORLD\nPublished March 24,2021\nSubscribe\nThe minister met the secretary of state."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2021, 3, 24)


def test_a_published_date_label_beats_a_dateline_a_day_before_it(blank):
    text = ("World\nPublished date: 12th Aug 1997\n\nTalks resume\n\n"
            "Valletta, Aug. 11: Negotiators from the two sides met on Monday and agreed to meet again.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(1997, 8, 12) and "publication_label_line" in got.evidence
