"""The output store: atomic writes, the processed manifest as commit marker, recovery after a crash, and
superseding older copies of re-processed articles. Plain tables with the columns the store looks at."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from dateline.store import PROCESSED, STAGING_EVENTS, OutputStore, StoreError, batch_key


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
    store.write("articles/part-orphan.parquet", _ids("z"))
    store.write(f"{STAGING_EVENTS}/part-orphan.parquet", _ids("z"))
    (tmp_path / ".tmp" / "dead.parquet").write_bytes(b"PAR1")
    removed = store.recover()
    assert sorted(Path(r).name for r in removed) == ["part-orphan.parquet", "part-orphan.parquet"]
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
