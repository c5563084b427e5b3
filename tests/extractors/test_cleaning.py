"""find_noise: ranges of non-article text, and whether the headline belongs to the body."""

from __future__ import annotations

from dateline.extractors.cleaning import find_noise, headline_matches_body, in_noise

CAPTION = "The minister (left) meets her counterpart in Paris on Monday. | POOL / VIA REUTERS"


def _texts(text: str, report) -> list[tuple[str, str]]:
    return [(text[s:e], why) for s, e, why in report.ignored]


def test_second_copy_of_a_caption_is_noise_first_is_kept():
    text = f"Opening paragraph of the story.\n\n{CAPTION}\n{CAPTION}\n\nClosing paragraph."
    report = find_noise(text, None)
    assert _texts(text, report) == [(CAPTION, "repeated line")]
    first = text.index(CAPTION)
    assert report.ignored[0][0] > first  # the first copy stays article text


def test_truncated_copy_before_the_full_caption_is_noise():
    short = CAPTION[:45]
    text = f"Story text here.\n\n{short}\n{CAPTION}\n\nMore story."
    assert _texts(text, find_noise(text, None)) == [(short, "repeated line")]


def test_share_subscribe_and_gallery_boilerplate():
    text = ("• SHARE\n\nThe story begins.\n\nBy subscribing, you can help us get the story right.\n\nSUBSCRIBE NOW\n\n"
            "PHOTO GALLERY (CLICK TO ENLARGE)")
    reasons = [why for _, why in _texts(text, find_noise(text, None))]
    assert reasons == ["boilerplate"] * 4


def test_inline_slideshow_marker_is_cut_out_of_its_line():
    text = "He said it was under threat.”Slideshow ( 5 images )\n\nNext paragraph."
    got = _texts(text, find_noise(text, None))
    assert got == [("Slideshow ( 5 images )", "boilerplate")]
    start = text.index("He")
    assert not in_noise(find_noise(text, None), start, text.index("\n"))


def test_embedded_tweet_line():
    tweet = ("Great talks today in Rome. pic.twitter.com/AbC123xyz — Jane Doe (@janedoe) "
             "June 3, 2022")
    text = f"The envoy arrived on Friday.\n\n{tweet}\n\nShe left on Sunday."
    assert _texts(text, find_noise(text, None)) == [(tweet, "embedded post")]


def test_headline_match():
    body = "The foreign minister met her Italian counterpart in Rome on Friday to discuss migration."
    assert headline_matches_body("Foreign minister meets Italian counterpart in Rome", body) is True
    assert headline_matches_body("Incarceration of blogger for stating valley facts", body) is False
    assert headline_matches_body(None, body) is None
    assert find_noise(body, "Volcano erupts on remote island").headline_matches_body is False


def test_an_agency_and_timestamp_line_is_boilerplate_but_prose_with_a_bar_is_not():
    stamp = "Wire | Lima | Updated: 02-09-2023 21:40 PET | Created: 02-09-2023 21:40 PET"
    prose = "The vote | a poll the party updated."
    text = f"{stamp}\nThe minister's visit has been deferred.\n{prose}\n"
    assert _texts(text, find_noise(text, None)) == [(stamp, "boilerplate")]


def test_a_bulleted_title_case_line_is_another_story_s_headline_and_a_bulleted_sentence_is_not():
    related = "  • Minister Meets British Parliament Speaker"
    text = f"The story begins.\n\n{related}\n\n• The minister said talks would resume.\n\n• Share"
    got = _texts(text, find_noise(text, None))
    assert got[0] == (related, "boilerplate") and len(got) == 2  # the sentence stays article text
