"""dateline.evaluation.event_census: mentions with an event of their own, orphans and misses, on hand-built rows."""

from __future__ import annotations

from dateline.evaluation.event_census import census, date_class

GOLD = {
    "articles": [{"file": "a.txt", "published": "2024-05-10"}],
    "events": [
        {"id": "T1", "type": "travel", "participants": ["Ana Ruiz"], "date_start": "2024-05-09", "date_end": None,
         "status": "occurred", "mentions": [{"file": "a.txt", "quote": "Ruiz arrived in Oslo on Thursday"}]},
        {"id": "T2", "type": "travel", "participants": ["Ana Ruiz"], "date_start": "2024-05-11", "date_end": None,
         "status": "planned", "mentions": [{"file": "a.txt", "quote": "She will fly on to Bergen on Saturday"}]},
        {"id": "M1", "type": "meeting", "participants": ["Ana Ruiz", "Per Lund"], "date_start": None,
         "date_end": None, "status": "occurred", "mentions": [{"file": "a.txt", "quote": "Ruiz met Lund"}]},
    ],
}
CHECKS_OK = {"participants": True, "place": True, "dates": True, "status": True}


def _row(gold: str, event: dict | None, **wrong: bool) -> dict:
    return {"gold": gold, "file": "a.txt", "optional": False, "found": event is not None,
            "checks": {**CHECKS_OK, **wrong} if event is not None else {}, "event": event,
            "cluster_id": None}


def test_a_mention_whose_best_fit_is_another_mentions_event_is_an_orphan_not_a_date_error():
    arrival = {"sentence": "Ruiz arrived in Oslo on Thursday.", "date_start": "2024-05-09", "status": "occurred"}
    rows = [_row("T1", arrival), _row("T2", arrival, dates=False, status=False), _row("M1", None)]
    c = census(rows, GOLD)
    assert c.counts() == {"own": 1, "orphan": 1, "missed": 1}
    orphan = next(f for f in c.fates if f.fate == "orphan")
    assert orphan.gold == "T2" and orphan.shares_with == ("T1",)
    assert not c.date_classes and not c.status_classes  # counted on own events only


def test_wrong_dates_and_status_on_own_events_are_classed():
    meeting = {"sentence": "Ruiz met Lund on Friday.", "date_start": "2024-05-10", "status": "planned"}
    c = census([_row("M1", meeting, dates=False, status=False)], GOLD)
    assert c.date_classes == {"meeting: gold null, emitted the article's day": 1}
    assert c.status_classes == {"meeting: gold occurred, emitted planned": 1}
    assert "own event 1 (fully right 0)" in c.report()


def test_date_classes_use_the_articles_day_as_landmark():
    assert date_class("2024-05-09", None, "2024-05-10") == "gold has a day, emitted null"
    assert date_class("2024-05-09", "2024-05-10", "2024-05-10") == "emitted the article's day, gold another"
    assert date_class("2024-05-10", "2024-05-08", "2024-05-10") == "gold is the article's day, emitted another"
    assert date_class("2024-05-09", "2024-05-09", "2024-05-10") == "first day right, last day differs"
    assert date_class(None, "2024-05-01", "2024-05-10") == "gold null, emitted a day before the article's"


def test_census_flag_prints_the_report(shared_dir, seeds_dir, capsys):
    from dateline.evaluation import events as ev

    ev.main(["--gold", str(shared_dir / "gold" / "seed_events.json"), "--samples", str(seeds_dir), "--census"])
    out = capsys.readouterr().out
    assert "required mentions 30: own event 30 (fully right 30)" in out
