"""dateline.evaluation.events: the --gold/--samples and --rams modes run and report."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation import events as ev


def test_score_gold_is_importable(shared_dir: Path):
    sg = ev.load_score_gold(shared_dir / "tools" / "score_gold.py")
    assert sg.same_person("Ana Ruiz", "Ruiz")


def test_samples_mode(shared_dir: Path, seeds_dir: Path, capsys):
    rc = ev.main(["--gold", str(shared_dir / "gold" / "seed_events.json"), "--samples", str(seeds_dir)])
    out = capsys.readouterr().out
    assert "event mentions found" in out and rc in (0, 1)


def test_rams_mode_small(shared_dir: Path, capsys):
    path = shared_dir / "data" / "rams_dev" / "dev.jsonlines"
    if not path.is_file():
        pytest.skip(f"RAMS dev not found at {path}")
    assert ev.main(["--rams", str(path), "--limit", "60"]) == 0
    out = capsys.readouterr().out
    assert "event recall" in out and "participant" in out
    assert "contact.discussion.meet" in out and "in the ordinary sense" in out


def test_speech_acts_and_arrests_are_told_apart_from_ordinary_types():
    from dateline.evaluation.rams import _ordinary

    assert _ordinary("contact.discussion.meet") and _ordinary("movement.transportperson.evacuationrescue")
    assert not _ordinary("contact.prevarication.meet") and not _ordinary("movement.transportperson.preventexit")


def _made_up_gold() -> dict:
    return {"articles": [{"file": "01_visit.txt", "published": "2031-05-06"}],
            "events": [{"id": "T1", "type": "travel", "participants": ["Ana Ruiz"], "origin": None,
                        "destination": {"name": "Lyria", "country": "XX"}, "date_start": "2031-05-06",
                        "date_end": None, "status": "occurred",
                        "mentions": [{"file": "01_visit.txt", "quote": "Ana Ruiz arrived in Lyria on Tuesday."}]}]}


@pytest.mark.parametrize("article_row", [
    {"article_id": "a1", "file": "/in/01_visit.txt"},  # an in-process run (``run_articles``)
    {"article_id": "a1", "input_id": "/in/01_visit.txt", "url": None},  # a run's output folder: no ``file`` column
])
def test_mention_report_finds_the_page_as_the_scorer_does(article_row):
    """--mentions on a run's output folder lists what the line scores: the article is found by any text field that
    names the gold file, as score_gold finds it, not only by an in-process ``file``."""
    event = {"article_id": "a1", "event_type": "travel", "participants": [{"name": "Ana Ruiz"}],
             "destination": {"name": "Lyria"}, "date_start": "2031-05-06", "date_end": "2031-05-06",
             "status": "occurred", "sentence": "Ana Ruiz arrived in Lyria on Tuesday.", "cluster_id": "c1"}
    rows = ev.mention_report({"articles": [article_row], "events": [event]}, _made_up_gold())
    assert [(r["gold"], r["found"], all(r["checks"].values())) for r in rows] == [("T1", True, True)]
