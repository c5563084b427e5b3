"""Article dates a page states through its markup's noise: a date element run into the lead or into its clock time, a
sentence saying when the piece was published, a photo credit set off by pipes. The page texts are made up, in forms
real pages take."""

from __future__ import annotations

from datetime import date

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)


def test_a_date_run_into_the_lead_dates_the_page(blank):
    text = ("Minister lands in Lima\n"
            "March 3, 2011The minister landed late on Friday at the city's airport, where she was welcomed.\n"
            "She will hold talks on Saturday.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2011, 3, 3) and "date_glued_to_lead" in got.evidence
    # a date that opens a sentence with a space after it is a reported day, not the page's
    spaced = "Minister lands in Lima\nOn March 1, 2011 The minister said she would come.\nShe arrived on Friday."
    assert "date_glued_to_lead" not in (infer_article_date(blank(spaced), run_date=RUN).evidence or "")


def test_a_date_run_into_its_clock_time_dates_the_page(blank):
    text = "12 October 200916:35\n\nQuestion: Minister, what will you discuss in Quito on Friday?\nAnswer: Trade."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2009, 10, 12) and "date_glued_to_clock" in got.evidence
    assert infer_article_date(blank("October 12, 200904:05 pm\n\nThe talks began."), run_date=RUN).value \
        == date(2009, 10, 12)
    # the same line read as the title by the .txt reader
    titled = infer_article_date(blank("Question: what will you discuss?\nAnswer: Trade."), run_date=RUN,
                                title="12 October 200916:35")
    assert titled.value == date(2009, 10, 12)
    # inside a sentence, or with more text on its line, it is no header date
    inline = "Talks resume\nThe record, 12 October 200916:35 local, was broken.\n"
    assert "date_glued_to_clock" not in (infer_article_date(blank(inline), run_date=RUN).evidence or "")


def test_a_sentence_saying_when_the_piece_was_published_beats_the_dateline(blank):
    text = ("This is an archive article published on March 20, 2000\n\n"
            "LIMA, MARCH 19: The minister arrived here on Sunday for a three-day visit.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2000, 3, 20) and "publication_sentence" in got.evidence
    first = "Talks resume\nThis story was first published on 3 May 2019.\n\nThe two sides met on Thursday."
    assert infer_article_date(blank(first), run_date=RUN).value == date(2019, 5, 3)
    # a treaty or a letter published on a day is no page date
    letter = "Talks resume\nThe letter was published on March 20, 2000, by the ministry.\n"
    assert "publication_sentence" not in (infer_article_date(blank(letter), run_date=RUN).evidence or "")


def test_a_caption_with_a_piped_photo_credit_is_weak_evidence(blank):
    caption = ("The minister waves as she boards her plane at the airport in Lima on March 6, 2011. "
               "PHOTO | ANN LEE |\n\n")
    got = infer_article_date(blank(caption + "The minister left for Quito on Sunday."), run_date=RUN)
    assert got.value == date(2011, 3, 6) and "photo_caption_date" in got.evidence
    # the body's reported weekday+date pair still beats it
    got = infer_article_date(blank(caption + "They met on Friday (March 4, 2011)."), run_date=RUN)
    assert got.value == date(2011, 3, 4)


def test_a_stamp_line_after_a_user_handle_dates_the_page(blank):
    text = ("Harbour council backs ferry plan\nmarenko, Mar. 4, 2019, 8:15 a.m.\n"
            "The harbour council voted late Friday to back a new ferry link, the mayor said.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2019, 3, 4) and "stamp_with_clock" in got.evidence
    # a body sentence of lowercase words ending in a date and a clock time is no stamp
    body = "Harbour council backs ferry plan\nthe vote is set for Mar. 9, 2019, 8:15 a.m.\nThe mayor spoke."
    assert "stamp_with_clock" not in (infer_article_date(blank(body), run_date=RUN).evidence or "")


def test_a_weekday_after_the_clock_settles_a_numeric_dates_order(blank):
    # 5 March 2012 is a Monday, 3 May 2012 a Thursday: the slash's month-first default gives way
    text = "Another minister to quit?\nBy xq7\n\n5/3/2012 09:20 am Mon\nRumours are growing in the capital."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2012, 3, 5)
    # 4 March 2019 is a Monday, 3 April 2019 a Wednesday: the dash's day-first default gives way
    dashed = "Port strike enters second week\n03-04-2019 10:00 Mon\nDock workers stayed off the job."
    assert infer_article_date(blank(dashed), run_date=RUN).value == date(2019, 3, 4)
    # a weekday fitting neither reading leaves the default
    neither = "Port strike enters second week\n03-04-2019 10:00 Fri\nDock workers stayed off the job."
    assert infer_article_date(blank(neither), run_date=RUN).value == date(2019, 4, 3)
