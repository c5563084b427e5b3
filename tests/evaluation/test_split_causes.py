"""benchmarks/real_news/split_causes.py: why two reports' mentions of one event sit in different clusters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bench_scripts import load_script

from dateline.extractors.records import Event, Participant, Place

SPLIT_CAUSES_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "split_causes.py"
ORVALA = Place("Orvala", "PE")


def _mod():
    return load_script(SPLIT_CAUSES_PY)


def trip(eid, art, subtype, day, who="Maria Lopez"):
    return Event(eid, art, "travel", subtype, (Participant(who, mention=who),), destination=ORVALA,
                 date_start=day, date_end=day, status="occurred")


@pytest.mark.parametrize("a, b, want", [
    (trip("a", "A", "arrive", date(2022, 4, 5)), trip("b", "A", "visit", date(2022, 4, 5)), "same article"),
    (trip("a", "A", "arrive", date(2022, 4, 5)), trip("b", "B", "depart", date(2022, 4, 8)), "dates disagree"),
    (trip("a", "A", "visit", date(2022, 4, 5)), trip("b", "B", "visit", date(2022, 4, 5), "Hans Weber"),
     "no shared person"),
    (trip("a", "A", "visit", date(2022, 4, 5)), trip("b", "B", "visit", date(2022, 4, 5)),
     "compatible, not joined"),
])
def test_pair_causes(a, b, want):
    assert _mod().pair_cause(a, b, {}) == want


@pytest.mark.parametrize("split", ["dev_f", "blind"])
def test_refuses_the_line_only_splits(split):
    with pytest.raises(SystemExit):
        _mod().main([split])


def _row(gold_id, file, event, cluster):
    return {"gold": gold_id, "file": file, "optional": False, "found": True, "cluster_id": cluster,
            "event": {"event_id": event.event_id, "article_id": event.article_id}}


def _gold(*events):
    return {"events": [{"id": i, "type": "travel", "subtype": sub, "date_start": day, "date_end": day,
                        "destination": {"name": "Orvala"}, "participants": ["Maria Lopez"],
                        "mentions": [{"file": f, "quote": q} for f, q in mentions]}
                       for i, sub, day, mentions in events]}


def test_merge_causes():
    def ev(eid, art, sentence):
        return Event(eid, art, "travel", "arrive", (Participant("Maria Lopez", mention="Maria Lopez"),),
                     destination=ORVALA, sentence=sentence)

    landed = ev("a", "A", "Maria Lopez landed in Orvala on Monday.")
    left = ev("b", "B", "Maria Lopez left Orvala on Friday.")
    pre = {e.event_id: e for e in (landed, left)}
    # an orphan: the departure's mention in A has no event of its own and fits the landing
    gold = _gold(("G1", "arrive", "2022-04-04", [("A", "Maria Lopez landed in Orvala")]),
                 ("G2", "depart", "2022-04-08", [("A", "She flew home on Friday")]))
    rows = [_row("G1", "A", landed, "c1"), _row("G2", "A", landed, "c1")]
    assert [c for c, _ in _mod().merge_rows("x", rows, gold, pre)] == ["orphan best fit"]
    # two reports of different days joined in one cluster
    gold = _gold(("G1", "arrive", "2022-04-04", [("A", "Maria Lopez landed in Orvala")]),
                 ("G2", "depart", "2022-04-08", [("B", "Maria Lopez left Orvala")]))
    rows = [_row("G1", "A", landed, "c1"), _row("G2", "B", left, "c1")]
    assert [c for c, _ in _mod().merge_rows("x", rows, gold, pre)] == ["joined across articles: day+direction"]


@pytest.mark.parametrize("own, pairs, want", [
    ({"a.txt": True}, [], "within one article"),
    ({"a.txt": True, "b.txt": False}, ["place differs"], "orphan-bound"),
    ({"a.txt": True, "b.txt": True}, ["place differs", "dates disagree", "dates disagree"],
     "two own events apart: dates disagree"),
    ({"a.txt": True, "b.txt": True}, [], "two own events apart: compatible, not joined"),
])
def test_event_class(own, pairs, want):
    assert _mod().event_class(own, pairs) == want
