"""The dateline's place name is where the report is filed from, never an argument of a trip in the first sentence:
the parser may hang 'LIMA -' on the verb as a noun-phrase modifier, which read as a second destination of the
visit (made-up sentences)."""

from __future__ import annotations

from datetime import date


def _trips(nlp, text: str):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                            noise=find_noise(text, None))
    return [e for e in events if e.event_type == "travel"]


def test_the_dateline_is_no_destination_of_the_visit(nlp):
    trips = _trips(nlp, "BERLIN – President Hans Weber will visit Ecuador in late June in order to become the first "
                        "world leader to meet with the new king, the two governments announced.")
    assert trips and all(t.destination is None or t.destination.name != "Berlin" for t in trips)
    assert any(t.destination is not None and t.destination.name == "Ecuador" for t in trips)


def test_slot_places_and_nationality_still_read_from_their_modules(nlp):
    from dateline.extractors.events.locate import nationality_in_story
    from dateline.extractors.events.nationality import nationality_in_story as moved
    from dateline.extractors.events.slot_places import slot_place

    assert nationality_in_story is moved
    doc = nlp("Hans Weber flew to the Peruvian capital, Lima.")
    lima = next(t for t in doc if t.text == "Lima")
    place = slot_place(lima)
    assert place is not None and place.name == "Lima"


def _meetings(nlp, text: str):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2004, 3, 14),
                            noise=find_noise(text, None))
    return [e for e in events if e.event_type == "meeting"]


def test_a_later_items_dateline_names_nobody(nlp):
    from dateline.extractors.events.story import find_dateline, later_datelines

    lead = "The premier spoke yesterday of the dispute over the river, which has lasted for years. " * 10
    text = (f"{lead}\n\n14 March 2004\n\nPremier calls his neighbour\n\n"
            "NEW DELHI, March 13: Prime Minister Hans Weber telephoned his counterpart Otto Brandt on Saturday.\n")
    items = later_datelines(text, find_dateline(text))
    assert [text[s:e] for s, e in items] == ["NEW DELHI, March 13: "]
    calls = _meetings(nlp, text)
    assert calls and all("Delhi" not in p.name.title() for e in calls for p in e.participants)
    assert any({"Hans Weber", "Otto Brandt"} <= {p.name for p in e.participants} for e in calls)
    # a capitalised phrase that is no place, or a place not in capitals, opens no later item
    assert later_datelines(f"{lead}\n\nGOOD NEWS, March 13: the talks went well.\n", None) == ()
    assert later_datelines(f"{lead}\n\nNew Delhi, March 13: the talks went well.\n", None) == ()
