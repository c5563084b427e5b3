"""Cross-article clustering keeps apart meetings that share only the traveller (made-up events, no model needed)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

D = date(2022, 5, 10)
ROME = Place("Rome", "IT", 41.89, 12.48)


def meeting(eid: str, art: str, people: list[str], *, subtype: str = "meeting", loc: Place | None = ROME,
            start: date | None = D, status: str = "occurred") -> Event:
    """A meeting whose people are all named in its own sentence."""
    parts = tuple(Participant(p, mention=p) for p in people)
    return Event(eid, art, "meeting", subtype, parts, location=loc, date_start=start, date_end=start, status=status)


def test_meetings_sharing_only_the_traveller_stay_apart():
    # "Hans Weber met Maria Lopez in Rome on Tuesday" / "Ana Ruiz and Bo Lind received Weber in Rome on Tuesday"
    a = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    b = meeting("e2", "B", ["Ana Ruiz", "Bo Lind", "Hans Weber"])
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id
    assert {p.name for p in out[0].participants} == {"Hans Weber", "Maria Lopez"}  # nobody borrowed from b


def test_a_report_naming_more_of_the_same_meeting_still_links():
    # one outlet names the host only, another adds the minister who sat in: the same meeting
    a = meeting("e1", "A", ["Hans Weber", "Maria Lopez"], status="planned")
    b = meeting("e2", "B", ["Weber", "Lopez", "Bo Lind"], subtype="talks")
    out = cluster_events([a, b])
    assert out[0].cluster_id == out[1].cluster_id


def test_a_mention_naming_only_the_traveller_joins_his_meeting():
    # "Weber held talks in Rome on Tuesday" names one party: nothing says it is another meeting
    a = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    b = meeting("e2", "B", ["Hans Weber"], subtype="talks")
    out = cluster_events([a, b])
    assert out[0].cluster_id == out[1].cluster_id


def test_the_right_counterpart_wins_over_one_sharing_only_the_traveller():
    # the traveller met Lopez and, the same day, Ruiz and Lind; a third report of the Lopez meeting joins that one
    lopez = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    others = meeting("e2", "B", ["Ana Ruiz", "Bo Lind", "Hans Weber"])
    lopez_again = meeting("e3", "B", ["Weber", "Lopez"], subtype="talks", loc=None)
    ids = {e.event_id: e.cluster_id for e in cluster_events([others, lopez, lopez_again])}
    assert ids["e1"] != ids["e2"]
    assert ids["e3"] == ids["e1"]


def test_a_party_read_from_a_pronoun_does_not_split_a_meeting():
    # "she met Hans Weber" ('she' resolved, perhaps wrongly, to Maria Lopez) and "Weber met Ana Ruiz": one meeting
    a = Event("e1", "A", "meeting", "meeting", (Participant("Maria Lopez", mention="she"),
                                                Participant("Hans Weber", mention="Hans Weber")),
              location=ROME, date_start=D, date_end=D, status="occurred")
    b = meeting("e2", "B", ["Hans Weber", "Ana Ruiz"], subtype="talks")
    out = cluster_events([a, b])
    assert out[0].cluster_id == out[1].cluster_id


def test_a_summit_naming_nobody_joins_the_one_meeting_of_its_days_and_place():
    # "the two leaders held a summit in Rome on Tuesday" and "Hans Weber met Maria Lopez in Rome on Tuesday"
    named = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    unnamed = meeting("e2", "B", [], subtype="summit")
    ids = {e.event_id: e.cluster_id for e in cluster_events([named, unnamed])}
    assert ids["e1"] == ids["e2"]


def test_a_summit_naming_nobody_stays_alone_when_two_meetings_fit():
    lopez = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    ruiz = meeting("e2", "A", ["Ana Ruiz", "Bo Lind"])
    unnamed = meeting("e3", "B", [], subtype="summit")
    ids = {e.event_id: e.cluster_id for e in cluster_events([lopez, ruiz, unnamed])}
    assert ids["e3"] not in {ids["e1"], ids["e2"]}


def test_talks_naming_nobody_or_on_other_days_join_no_named_meeting():
    named = meeting("e1", "A", ["Hans Weber", "Maria Lopez"])
    talks = meeting("e2", "B", [], subtype="talks")  # "talks were held in Rome on Tuesday": any talks
    summit_later = meeting("e3", "C", [], subtype="summit", start=date(2022, 5, 11))
    ids = {e.event_id: e.cluster_id for e in cluster_events([named, talks, summit_later])}
    assert ids["e1"] not in {ids["e2"], ids["e3"]}
