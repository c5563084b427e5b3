"""Bad input mixed with good, through the whole flow (one run under the session Prefect harness): every bad record
lands in ``rejected`` with a reason, every good record beside it is processed, and the run completes. Configuration
errors (missing input, unwritable output) fail ``dateline run`` at once with exit code 2 and the message.

Decisions, checked here:
- Windows-1252 text (old archives) is decoded and processed; so is non-English text (dateline does not detect
  languages: a German article is processed and simply yields few English expressions). Both are ``status == "ok"``.
- A 5 MB article is rejected at ingestion ("more than the limit of 2,000,000"): no news article is that long, and
  texts under the limit but over spaCy's comfortable size are processed in pieces (tested below, in-process).
- A single 50,000-character sentence is processed (spaCy is linear in length; the per-article time limit covers the
  extractors after it).
- ``published`` that is no date (``2021-02-30``, ``yesterday``) or is implausible (year 9999) rejects the record: a
  wrong anchor would silently mis-date every relative expression in it.
- A second copy of a record (same id and text) and a reused id with other text are rejected as duplicates.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest

GOOD = ("Foreign ministers met in Paris on Monday to discuss trade, officials said. "
        "The talks will resume next week in Berlin.\n")
RUN_DATE = date(2026, 11, 23)
FIVE_MB = 5 * 1024 * 1024


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad-input") / "in"
    sub = root / "sub"
    sub.mkdir(parents=True)
    (root / "good1.txt").write_text(f"Ministers meet\n\n{GOOD}", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    (root / "invalid_utf8.txt").write_bytes(b"Leaders met \x81\x8d\x8f\x90\x9d in \xc3(Paris\x81 \x01\x02\x03")
    (root / "cp1252.txt").write_bytes("Caf\u00e9 owners\n\nThe caf\u00e9 owners met in Paris on Monday, "
                                      "\u201cfinally\u201d, officials said.\n".encode("cp1252"))
    (root / "page.txt").write_text("<!DOCTYPE html><html><body><p>Ministers met.</p></body></html>", encoding="utf-8")
    (root / "page.html").write_text("<html><body>Ministers met.</body></html>", encoding="utf-8")
    (root / "huge.txt").write_text("Word " * (FIVE_MB // 5), encoding="utf-8")
    (sub / "good2.txt").write_text(f"Second title\n\n{GOOD}The minister flew to Tokyo on Tuesday.\n",
                                   encoding="utf-8")
    (sub / "german.txt").write_text("Minister trifft Amtskollegen\n\nDie Au\u00dfenminister trafen sich am Montag "
                                    "in Berlin, um \u00fcber Handel zu sprechen.\n", encoding="utf-8")
    long_sentence = ("the delegates and the ministers and the officials " * 1000)[:50_000]
    lines = [
        _line({"id": "ok-1", "text": GOOD, "published": "2021-03-16"}),
        "{this is not json\n",
        _line({"id": "no-text", "title": "Only a title"}),
        _line({"id": "feb30", "text": GOOD + " feb", "published": "2021-02-30"}),
        _line({"id": "yesterday", "text": GOOD + " y", "published": "yesterday"}),
        _line({"id": "y9999", "text": GOOD + " far", "published": "9999-01-01"}),
        _line(["a", "list"]),
        _line({"id": "ok-2", "text": "A Kyiv summit was held on 3 March 2022. " + GOOD}),
        "\n",
        _line({"id": "ok-1", "text": GOOD, "published": "2021-03-16"}),  # an exact second copy
        _line({"id": "ok-2", "text": "Different text under a reused id."}),
        _line({"id": "long-sentence", "text": long_sentence}),
        _line({"id": "huge-record", "text": "x " * (FIVE_MB // 2)}),
        _line({"id": "chinese", "text": "\u5916\u4ea4\u90e8\u957f\u5468\u4e00\u5728\u5df4\u9ece\u4f1a\u6664\u3002"}),
        _line({"id": "ok-3", "text": GOOD + "More later.", "published": "2021-03-17T09:30:00Z"}),
    ]
    with (root / "mixed.jsonl").open("wb") as handle:
        for line in lines:
            handle.write(line.encode("utf-8"))
            if line.startswith('{"id": "ok-2", "text": "A Kyiv'):
                handle.write(b'{"id": "bad-bytes", "text": "caf\xc3\x28 \x81\x8d"}\n')  # invalid UTF-8 line
    (root / "empty.jsonl").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def run(corpus: Path, tmp_path_factory: pytest.TempPathFactory, prefect_harness) -> tuple[dict, dict[str, list]]:
    from dateline.flows.extract import extract_events
    from dateline.flows.params import RunParameters

    out = tmp_path_factory.mktemp("bad-out") / "out"
    started = time.perf_counter()
    summary = extract_events(RunParameters(inputs=[str(corpus)], out=str(out), run_date=RUN_DATE, batch_size=4))
    summary["_seconds"] = time.perf_counter() - started
    tables = {name: ds.dataset(out / name, format="parquet").to_table().to_pylist()
              for name in ("articles", "rejected")}
    return summary, tables


EXPECTED_OK = {"good1.txt", "cp1252.txt", "sub/good2.txt", "sub/german.txt", "ok-1", "ok-2", "ok-3",
               "long-sentence", "chinese"}

# (file name, locator or None, a phrase of the reason)
EXPECTED_REJECTED = [
    ("empty.txt", None, "text is empty"),
    ("binary.txt", None, "binary content"),
    ("photo.jpg", None, "unsupported file type"),
    ("invalid_utf8.txt", None, "invalid UTF-8"),
    ("page.txt", None, "HTML page"),
    ("page.html", None, "no article in the HTML page"),
    ("huge.txt", None, "more than the limit of 2,000,000"),
    ("mixed.jsonl", "line 2", "malformed JSON"),
    ("mixed.jsonl", "line 3", "text: Field required"),
    ("mixed.jsonl", "line 4", "day is out of range"),
    ("mixed.jsonl", "line 5", "published"),
    ("mixed.jsonl", "line 6", "year 9999"),
    ("mixed.jsonl", "line 7", "record is a JSON list"),
    ("mixed.jsonl", "line 9", "invalid UTF-8"),
    ("mixed.jsonl", "line 11", "duplicate article"),
    ("mixed.jsonl", "line 12", "duplicate id 'ok-2'"),
    ("mixed.jsonl", "line 14", "more than the limit of 2,000,000"),
]


def test_every_good_record_is_processed(run) -> None:
    summary, tables = run
    articles = tables["articles"]
    assert {a["input_id"] for a in articles} == EXPECTED_OK
    assert len(articles) == len(EXPECTED_OK)
    assert all(a["status"] == "ok" for a in articles), [(a["input_id"], a["status"]) for a in articles]
    assert summary["articles_ok"] == len(EXPECTED_OK) and summary.get("articles_failed", 0) == 0


@pytest.mark.parametrize(("name", "locator", "phrase"), EXPECTED_REJECTED)
def test_every_bad_record_is_rejected_with_its_reason(run, name: str, locator: str | None, phrase: str) -> None:
    _, tables = run
    matches = [r for r in tables["rejected"] if r["source"].endswith("/" + name) and r["locator"] == locator]
    assert len(matches) == 1, [(r["source"], r["locator"], r["reason"]) for r in tables["rejected"]]
    assert phrase in matches[0]["reason"], matches[0]["reason"]
    assert matches[0]["stage"] in {"read", "decode", "parse", "validate"}


def test_nothing_else_is_rejected_and_nothing_is_lost(run) -> None:
    summary, tables = run
    assert len(tables["rejected"]) == len(EXPECTED_REJECTED)
    assert summary["rejected"] == len(EXPECTED_REJECTED)


def test_windows_1252_and_non_english_are_processed_as_text(run) -> None:
    _, tables = run
    by_id = {a["input_id"]: a for a in tables["articles"]}
    assert "caf\u00e9 owners met in Paris" in by_id["cp1252.txt"]["text"]
    assert "\u201cfinally\u201d" in by_id["cp1252.txt"]["text"]
    assert "Au\u00dfenminister" in by_id["sub/german.txt"]["text"]
    assert by_id["long-sentence"]["n_chars"] == 50_000


def test_rejected_raw_content_is_bounded(run) -> None:
    _, tables = run
    assert all(len(r["raw"] or "") <= 65_536 for r in tables["rejected"])


def test_configuration_errors_exit_2_with_the_message(corpus: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    from dateline.cli import main

    assert main(["run", str(corpus), str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["run", str(corpus), "--out", str(blocker / "sub")]) == 2
    assert "not writable" in capsys.readouterr().err


def test_read_only_output_exits_2(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import os

    from dateline.cli import main

    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        if os.access(read_only, os.W_OK):  # root ignores permission bits
            pytest.skip("running as root: a read-only directory is still writable")
        assert main(["run", str(corpus), "--out", str(read_only / "out")]) == 2
        assert "not writable" in capsys.readouterr().err
    finally:
        read_only.chmod(0o700)
