"""A page that spells one person's name two ways ('Teodor' in a caption, 'Theodor' in the text) tells one
meeting, not two each with a counterpart the other seems to lack. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings, names

from dateline.extractors.events.name_variants import others_than, same_person

DAY = date(2019, 3, 13)  # a Wednesday


def test_a_name_spelt_two_ways_on_one_page_is_one_person():
    assert same_person("Teodor Dolan", "Theodor Dolan")
    assert not same_person("Ana Dolan", "Ava Dolan")  # short names one letter apart are often two people
    assert not same_person("Theodor Dolan", "Theodor Dolan Jr")
    assert others_than({"Teodor Dolan", "Anton Belsky"}, ["Theodor Dolan"]) == {"Anton Belsky"}


def test_the_welcome_told_in_a_caption_and_in_the_text_is_one_meeting(nlp):
    text = ("Foreign Minister Teodor Dolan welcomes Lorvian Foreign Minister Anton Belsky at Tarsa "
            "International Airport yesterday.\n"
            "Lorvian Foreign Minister Anton Belsky arrived in Tarsa yesterday for a two-day visit.\n"
            "He was received at Tarsa International Airport by Foreign Minister Theodor Dolan.\n")
    welcomes = [m for m in meetings(nlp, text, DAY) if "Anton Belsky" in names(m)]
    assert len(welcomes) == 1
