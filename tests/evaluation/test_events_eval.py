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
