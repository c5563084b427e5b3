"""Ingestion: every format, metadata sources, deterministic ids, and a rejection (never a silent drop) for bad
input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dateline.ingest import Article, InputError, Rejection, decode_bytes, read_inputs, split_txt

BODY = "Officials met in Paris on Monday to discuss trade.\n"


def _read(*paths: Path | str) -> tuple[list[Article], list[Rejection]]:
    items = list(read_inputs([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def test_txt_title_header_and_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2021-03-16 A short title\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Another title\n\n{BODY}More.\n", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"file": "b.txt", "published": "2021-03-17", "url": "https://example.org/b", "source": "Ex"}) + "\n"
    )
    articles, rejected = _read(tmp_path)
    assert not rejected
    a, b = sorted(articles, key=lambda x: x.input_id)
    assert (a.input_id, a.title, a.header_date, a.published, a.text) == ("a.txt", "A short title", date(2021, 3, 16),
                                                                         None, BODY)
    assert (b.title, b.published) == ("Another title", date(2021, 3, 17))
    assert (b.url, b.source) == ("https://example.org/b", "Ex")
    assert b.text == BODY + "More.\n"


def test_split_txt_long_first_paragraph_is_body_and_chrome_is_skipped() -> None:
    paragraph = "Word " * 60 + "end.\n"
    title, body, header = split_txt(f"• SHARE\n\n{paragraph}\nNext paragraph.\n")
    assert title is None and header is None
    assert body.startswith("Word ") and body.endswith("Next paragraph.\n")


@pytest.mark.parametrize("chrome", [
    "Share this article", "Share on Facebook, X and WhatsApp", "Follow us on Twitter", "Sign up for our newsletter",
    "Subscribe to our newsletter", "Listen to this article", "• SHARE",
])
def test_split_txt_skips_page_chrome_before_the_title(chrome: str) -> None:
    title, body, _ = split_txt(f"{chrome}\n\nMinisters meet in Lima - live updates\n\nThe talks began.\n")
    assert (title, body) == ("Ministers meet in Lima - live updates", "The talks began.\n")


@pytest.mark.parametrize("headline", ["Share prices fall as oil slides", "Follow the money: how aid flows",
                                      "Sign up for war? Young men flee the draft", "Share on the rise"])
def test_split_txt_keeps_a_headline_that_starts_like_chrome(headline: str) -> None:
    title, body, _ = split_txt(f"{headline}\n\nThe talks began.\n")
    assert (title, body) == (headline, "The talks began.\n")


@pytest.mark.parametrize("lead", [
    "The trade minister of Ruritania will make a three-day visit to Oslo beginning May 4, officials said on Monday.",
    "OSLO: The planned visit of the Ruritanian trade minister has been postponed, the ministry said on Tuesday.",
])
def test_split_txt_keeps_a_lead_sentence_on_the_first_line_as_body(lead: str) -> None:
    """A first line that is the story's opening sentence tells events; only a headline is set apart as the title."""
    title, body, _ = split_txt(f"{lead}\n\nThe talks began.\n")
    assert title is None
    assert body.startswith(lead)


def test_jsonl_json_and_parquet(tmp_path: Path) -> None:
    records = [{"id": "r1", "text": BODY, "published": "2021-03-16T10:00:00Z", "title": "T"},
               {"id": 2, "text": BODY + "x", "url": "u"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (tmp_path / "b.json").write_text(json.dumps({"articles": [{"id": "j1", "text": BODY}]}))
    rows = [{"id": "p1", "text": BODY, "published": "2021-01-02"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    articles, rejected = _read(tmp_path)
    assert not rejected
    by_id = {a.input_id: a for a in articles}
    assert set(by_id) == {"r1", "2", "j1", "p1"}
    assert by_id["r1"].published == date(2021, 3, 16) and by_id["r1"].title == "T"
    assert by_id["p1"].published == date(2021, 1, 2)


def test_ids_are_deterministic_and_depend_on_id_and_text(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": BODY}) + "\n")
    first, _ = _read(tmp_path)
    second, _ = _read(tmp_path / "a.jsonl")
    assert first[0].article_id == second[0].article_id
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": BODY + "changed"}) + "\n")
    third, _ = _read(tmp_path)
    assert third[0].article_id != first[0].article_id


def test_bad_lines_are_rejected_with_reasons_and_good_ones_kept(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "ok", "text": BODY}), "{not json", json.dumps({"id": "no-text"}),
             json.dumps({"id": "bad-date", "text": BODY, "published": "2021-02-30"}), json.dumps([1, 2]),
             json.dumps({"id": "empty", "text": "   "})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    articles, rejected = _read(tmp_path)
    assert [a.input_id for a in articles] == ["ok"]
    reasons = {r.locator: r.reason for r in rejected}
    assert set(reasons) == {"line 2", "line 3", "line 4", "line 5", "line 6"}
    assert "malformed JSON" in reasons["line 2"]
    assert "text" in reasons["line 3"] and "Field required" in reasons["line 3"]
    assert "published" in reasons["line 4"]
    assert "expected an object" in reasons["line 5"]
    assert "empty" in reasons["line 6"]
    assert all(r.raw for r in rejected)


def test_unsupported_and_binary_files_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# hi")
    (tmp_path / "page.html").write_text("<html><body>hi</body></html>")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text("Title\n\n" + BODY)
    articles, rejected = _read(tmp_path)
    assert [a.input_id for a in articles] == ["ok.txt"]
    assert {Path(r.source).name: r.stage for r in rejected} == {"notes.md": "read", "page.html": "parse",
                                                                "blob.txt": "decode"}


def test_missing_input_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        list(read_inputs([str(tmp_path / "nope")]))
    with pytest.raises(InputError, match="matches no files"):
        list(read_inputs([str(tmp_path / "*.nothing")]))


def test_glob_input(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("T\n\n" + BODY)
    (tmp_path / "sub" / "b.md").write_text("ignored by the pattern")
    articles, rejected = _read(f"{tmp_path}/**/*.txt")
    assert [a.input_id for a in articles] == ["sub/a.txt"] and not rejected


@pytest.mark.parametrize(
    ("data", "ok"),
    [("héllo".encode(), True), ("café “quoted”".encode("cp1252"), True), (b"\xff\xfe\x00\x00", False)],
)
def test_decode_bytes(data: bytes, ok: bool) -> None:
    text, problem = decode_bytes(data)
    assert (text is not None) is ok and (problem is None) is ok
