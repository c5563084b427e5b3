"""The output store: atomic writes, the processed manifest as commit marker, recovery after a crash, and
superseding older copies of re-processed articles. Plain tables with the columns the store looks at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from dateline.store import PROCESSED, STAGING_EVENTS, OutputStore, StoreError, batch_key

if TYPE_CHECKING:
    from dateline.extractors.process import ArticleResult


def _ids(*ids: str) -> pa.Table:
    return pa.table({"article_id": list(ids)})


def _commit(store: OutputStore, *ids: str) -> str:
    key = batch_key(ids)
    tables = {"articles": _ids(*ids), "temporal_expressions": _ids(*ids), "rejected": pa.table({"reject_id": []})}
    store.commit_batch(key, tables, _ids(*ids), _ids(*ids))
    return key


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_write_moves_a_complete_file_into_place_and_leaves_no_temp(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    final = store.write("articles/part-x.parquet", _ids("a", "b"))
    assert pq.read_table(final).column("article_id").to_pylist() == ["a", "b"]
    assert _names(tmp_path / ".tmp") == set()


def test_a_write_that_fails_midway_leaves_nothing_visible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = OutputStore(str(tmp_path))

    def broken(table, out, **kwargs):
        out.write(b"PAR1 partial")  # some bytes reach the temp file, then the writer dies
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", broken)
    with pytest.raises(OSError, match="disk full"):
        store.write("articles/part-x.parquet", _ids("a"))
    assert not (tmp_path / "articles" / "part-x.parquet").exists()
    assert store.files("articles") == []
    monkeypatch.undo()
    store.recover()
    assert _names(tmp_path / ".tmp") == set()


def test_commit_marks_articles_processed_only_with_the_manifest(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    key = _commit(store, "a", "b")
    assert store.processed_ids() == {"a", "b"}
    for folder in ("articles", "temporal_expressions", STAGING_EVENTS, PROCESSED):
        assert _names(tmp_path / folder) == {f"part-{key}.parquet"}, folder


def test_recover_removes_parts_of_uncommitted_batches_and_temp_files(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    committed = _commit(store, "a")
    # a run killed after writing a batch's data parts but before its manifest part
    orphan = f"part-{batch_key(['z'])}.parquet"
    store.write(f"articles/{orphan}", _ids("z"))
    store.write(f"{STAGING_EVENTS}/{orphan}", _ids("z"))
    (tmp_path / ".tmp" / "dead.parquet").write_bytes(b"PAR1")
    removed = store.recover()
    assert sorted(Path(r).name for r in removed) == [orphan, orphan]
    assert _names(tmp_path / "articles") == {f"part-{committed}.parquet"}
    assert _names(tmp_path / ".tmp") == set()
    assert store.processed_ids() == {"a"}


def test_recommitting_articles_in_other_batches_supersedes_old_copies(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    _commit(store, "a", "b")
    _commit(store, "b", "c")  # "b" again, other batch boundaries (a re-run with another --batch-size)
    rows = ds.dataset(tmp_path / "articles", format="parquet").to_table().column("article_id").to_pylist()
    assert sorted(rows) == ["a", "b", "c"]
    manifest = ds.dataset(tmp_path / PROCESSED, format="parquet").to_table().column("article_id").to_pylist()
    assert sorted(manifest) == ["a", "b", "c"]
    _commit(store, "a", "c")  # every article of the first batch now lives elsewhere: its files disappear
    assert len(store.files("articles")) == 2
    rows = ds.dataset(tmp_path / "articles", format="parquet").to_table().column("article_id").to_pylist()
    assert sorted(rows) == ["a", "b", "c"]


def test_batch_key_ignores_order() -> None:
    assert batch_key(["b", "a"]) == batch_key(["a", "b"]) != batch_key(["a"])


def test_unwritable_root_is_a_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="not writable"):
        OutputStore(str(blocker / "out")).check_writable()


def test_merged_tables_are_replaced_by_one_file(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    store.write("events/part-old.parquet", _ids("x"))
    store.replace_merged({"events": _ids("y")})
    assert store.files("events") == [str(tmp_path / "events" / "part-0.parquet")]


def test_rejection_sink_writes_as_it_goes_and_keeps_a_few_for_the_report(tmp_path: Path) -> None:
    from dateline.ingest import Rejection
    from dateline.store import RejectionSink

    store = OutputStore(str(tmp_path))
    sink = RejectionSink(store, "run", flush_every=10, keep=3)
    for i in range(25):
        sink.append(Rejection("f.jsonl", f"malformed JSON {i}", "parse", f"line {i}", raw="x" * 100))
    assert len(store.files("rejected")) == 2 and len(sink.pending) == 5  # two chunks written, five pending
    sink.flush()
    rows = ds.dataset(tmp_path / "rejected", format="parquet").to_table()
    assert rows.num_rows == 25 == len(sink) and len(set(rows.column("reject_id").to_pylist())) == 25
    assert [r.locator for r in sink[:50]] == ["line 0", "line 1", "line 2"]


# ---------------------------------------------------------------------------------------------- rejected rows
# Real batch tables (``dateline.tables.batch_tables``) from hand-made results, some with an extraction error: the
# store must treat a batch's ``rejected`` part like its other data, and ingest rejections as no batch's.


def _results(*outcomes: tuple[str, bool]) -> list[ArticleResult]:
    """One ``ArticleResult`` per (input id, ok); a failed one carries an error, as ``process_articles`` gives it."""
    from dateline.extractors.process import ArticleResult
    from dateline.extractors.records import ArticleDate, NoiseReport
    from dateline.ingest import Article, make_article_id

    results = []
    for input_id, ok in outcomes:
        article = Article(make_article_id(input_id, f"text of {input_id}"), input_id, f"text of {input_id}",
                          origin="corpus.jsonl", locator=f"record id={input_id}")
        results.append(ArticleResult(article, ArticleDate(None, "unknown"), (), NoiseReport(), (),
                                     error=None if ok else "boom"))
    return results


def _commit_results(store: OutputStore, *outcomes: tuple[str, bool], run_id: str = "run") -> None:
    from dateline.tables import batch_tables

    results = _results(*outcomes)
    batch = batch_tables(results, run_id)
    store.commit_batch(batch_key(r.article.article_id for r in results), batch.tables, batch.events, batch.manifest)


def _ingest_rejections(store: OutputStore) -> str:
    """Write two ingest-time rejections as the flow's ``RejectionSink`` does; return their part's file name."""
    from dateline.ingest import Rejection
    from dateline.store import RejectionSink

    sink = RejectionSink(store, "run")
    sink.append(Rejection("bad.jsonl", "malformed JSON", "parse", "line 3", raw="{"))
    sink.append(Rejection("blob.txt", "undecodable", "decode", raw_pointer="blob.txt"))
    sink.flush()
    (name,) = _names(Path(store.root) / "rejected") - _batch_parts(store)
    return name


def _batch_parts(store: OutputStore) -> set[str]:
    return {Path(f).name for f in store.files(PROCESSED)}


def _rejected(store: OutputStore) -> list[dict]:
    return store.read("rejected").to_pylist()


def _failures(store: OutputStore) -> list[tuple[str, str]]:
    """(input id, run id) of every extraction-failure row, sorted."""
    return sorted((r["locator"].removeprefix("record id="), r["run_id"]) for r in _rejected(store)
                  if r["stage"] == "extract")


def test_extraction_failures_carry_the_article_id_and_ingest_rejections_none(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    _ingest_rejections(store)
    _commit_results(store, ("a", True), ("b", False))
    (b,) = [r.article.article_id for r in _results(("b", False))]
    by_stage = {r["stage"]: r["article_id"] for r in _rejected(store)}
    assert by_stage == {"parse": None, "decode": None, "extract": b}


def test_reprocess_with_other_batch_boundaries_leaves_one_failure_row_per_failed_article(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    ingest = _ingest_rejections(store)
    _commit_results(store, ("a", False), ("b", True), run_id="first")
    _commit_results(store, ("c", False), ("d", True), run_id="first")
    assert _failures(store) == [("a", "first"), ("c", "first")]
    # --reprocess with another batch size: a and c fail again, now together in one batch
    _commit_results(store, ("a", False), ("c", False), run_id="second")
    _commit_results(store, ("b", True), ("d", True), run_id="second")
    assert _failures(store) == [("a", "second"), ("c", "second")]
    rejected_parts = _names(tmp_path / "rejected")
    assert rejected_parts == {ingest} | _batch_parts(store)
    assert sorted(r["reason"] for r in _rejected(store) if r["stage"] != "extract") == ["malformed JSON", "undecodable"]


def test_an_article_that_failed_then_succeeds_on_reprocess_has_no_failure_row_left(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    ingest = _ingest_rejections(store)
    _commit_results(store, ("a", False), ("b", True), ("c", False), run_id="first")
    _commit_results(store, ("a", True), run_id="second")  # a alone, now fine
    assert _failures(store) == [("c", "first")]
    _commit_results(store, ("b", True), ("c", True), run_id="second")  # the first batch's articles all moved on
    assert _failures(store) == []
    assert _names(tmp_path / "rejected") == {ingest} | _batch_parts(store)
    assert len(_rejected(store)) == 2  # the ingest rejections, untouched


def test_recover_deletes_an_orphan_rejected_batch_part_but_keeps_ingest_rejections(tmp_path: Path) -> None:
    store = OutputStore(str(tmp_path))
    ingest = _ingest_rejections(store)
    _commit_results(store, ("a", False))
    committed = _names(tmp_path / "rejected") - {ingest}
    # a run killed after writing a batch's rejected part but before its manifest part
    orphan = f"part-{batch_key(['z'])}.parquet"
    store.write(f"rejected/{orphan}", store.read("rejected"))
    removed = store.recover()
    assert [Path(r).name for r in removed] == [orphan]
    assert _names(tmp_path / "rejected") == {ingest} | committed
    assert len(_rejected(store)) == 3  # two ingest rejections and a's failure


def test_a_commit_of_new_articles_reads_no_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's new articles are in no committed batch, so their commit skips the superseding scan, which reads one
    manifest part per committed batch (the store's whole history)."""
    store = OutputStore(str(tmp_path))
    for i in range(3):
        _commit(store, f"old{i}")
    read = []
    real = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda *a, **k: read.append(a[0]) or real(*a, **k))
    ids = ("new1", "new2")
    store.commit_batch(batch_key(ids), {"articles": _ids(*ids)}, _ids(*ids), _ids(*ids), supersede=False)
    assert read == []
    assert store.processed_ids() == {"old0", "old1", "old2", "new1", "new2"}
    _commit(store, "new1")  # the default still supersedes: re-processing moves the article to its new batch
    assert len(read) >= 4
    assert sorted(ds.dataset(str(tmp_path / PROCESSED)).to_table().column("article_id").to_pylist()) == \
        ["new1", "new2", "old0", "old1", "old2"]
