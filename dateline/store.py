"""The output store: Parquet datasets under one root (a local folder or an ``s3://`` URI), written atomically.

Layout (every ``<table>/`` is a dataset for ``pyarrow.dataset.dataset(root/<table>)``):

- ``articles/``, ``temporal_expressions/``, ``rejected/``: one ``part-<batch key>.parquet`` per batch, where the batch
  key (``b_...``) is a hash of the batch's article ids, so re-processing the same batch replaces its files.
  ``rejected/`` also holds the rejections of inputs that never reached a batch, as ``part-<rejections key>.parquet``
  (``r_...``, a hash of their ids): no manifest part commits those, so recovery and superseding leave them alone.
- ``events/``, ``clusters/``, ``itineraries/``: rebuilt by each run's merge step from ``_staging/events/`` (all events
  ever extracted, one part per batch) and written as one file each, replaced in a single atomic step.
- ``_state/processed/``: one part per committed batch listing its article ids. It is written *last*: a batch counts
  as done only once its manifest part exists, so after a crash ``recover()`` deletes parts without one and the
  next run processes those articles again. Incremental runs skip article ids already listed here.

Atomicity: each file is written under a hidden ``.tmp/`` name and moved into place (a rename on a local disk, one
PUT on S3), so readers never see a partial file. ``pyarrow.dataset`` ignores names starting with ``.`` or ``_``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from .ids import stable_id
from .schemas import TABLES

if TYPE_CHECKING:
    from .ingest import Rejection

STAGING_EVENTS = "_staging/events"
PROCESSED = "_state/processed"
BATCH_KEY_PREFIX = "b"
REJECTIONS_KEY_PREFIX = "r"
# A batch's data parts: each is named like the batch's manifest part, which commits them. ``rejected/`` also holds
# ingest-rejection parts, told apart by name (``is_batch_part``).
BATCH_DATA = ("articles", "temporal_expressions", "rejected", STAGING_EVENTS)


class StoreError(RuntimeError):
    """The output location cannot be used (not writable, not reachable): a configuration error."""


def batch_key(article_ids: Iterable[str]) -> str:
    return stable_id(BATCH_KEY_PREFIX, *sorted(article_ids))


def is_batch_part(name: str) -> bool:
    """Whether a part file's name is a batch's (``part-<batch key>.parquet``). Only batch parts are committed by a
    manifest part, so only they can be orphans: a folder's other files (ingest rejections, the empty placeholder
    of ``ensure_tables``) belong to no batch, and recovery must not delete them for lacking a manifest part."""
    return name.startswith(f"part-{BATCH_KEY_PREFIX}_")


S3_ENDPOINT_VARS = ("DATELINE_S3_ENDPOINT", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")


def _filesystem_from_uri(uri: str) -> tuple[pafs.FileSystem, str]:
    """``FileSystem.from_uri``, plus a self-hosted S3 endpoint (MinIO, moto, Ceph) from the environment.

    With ``DATELINE_S3_ENDPOINT`` (or ``AWS_ENDPOINT_URL_S3`` / ``AWS_ENDPOINT_URL``) set to e.g.
    ``http://minio:9000``, ``s3://`` roots go to that endpoint, over its scheme, and a missing bucket is created (a
    self-hosted store is the deployment's own). Credentials come from the usual AWS variables either way."""
    endpoint = next((os.environ[v] for v in S3_ENDPOINT_VARS if os.environ.get(v)), None)
    if not uri.startswith("s3://") or not endpoint:
        return pafs.FileSystem.from_uri(uri)
    scheme, _, host = endpoint.rpartition("://")
    fs = pafs.S3FileSystem(endpoint_override=host, scheme=scheme or "https", allow_bucket_creation=True,
                           region=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1")
    return fs, uri.removeprefix("s3://")


@dataclass
class OutputStore:
    root: str
    filesystem: pafs.FileSystem | None = None

    def __post_init__(self) -> None:
        if self.filesystem is None:
            self.filesystem, path = _filesystem_from_uri(self._uri(self.root))
            self.root = path.rstrip("/") or "/"
        self.fs: pafs.FileSystem = self.filesystem

    @staticmethod
    def _uri(root: str) -> str:
        if "://" in root:
            return root
        from pathlib import Path

        return Path(root).expanduser().resolve().as_uri()

    # ------------------------------------------------------------------------------------------------ basics

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def check_writable(self) -> None:
        """Fail fast, with the reason, if the root cannot be created or written."""
        probe = self.path(".tmp", f"probe-{uuid.uuid4().hex}")
        try:
            self.fs.create_dir(self.path(".tmp"), recursive=True)
            with self.fs.open_output_stream(probe) as out:
                out.write(b"ok")
            self.fs.delete_file(probe)
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(f"output location {self.root!r} is not writable: {exc}") from exc

    def _write_atomically(self, relpath: str, fill: Callable[[pa.NativeFile], object]) -> str:
        """Let ``fill`` write ``root/relpath`` under a temp name, then move it into place; return the final path."""
        final = self.path(relpath)
        self.fs.create_dir(final.rsplit("/", 1)[0], recursive=True)
        self.fs.create_dir(self.path(".tmp"), recursive=True)
        tmp = self.path(".tmp", uuid.uuid4().hex)
        with self.fs.open_output_stream(tmp) as out:
            fill(out)
        self.fs.move(tmp, final)
        return final

    def write(self, relpath: str, table: pa.Table) -> str:
        """Write ``table`` as Parquet to ``root/relpath`` atomically; return the final path."""
        return self._write_atomically(relpath, lambda out: pq.write_table(table, out, compression="zstd"))

    def write_bytes(self, relpath: str, data: bytes) -> str:
        """Write a non-table file (the HTML report) atomically, like ``write``; return the final path."""
        return self._write_atomically(relpath, lambda out: out.write(data))

    def files(self, relpath: str) -> list[str]:
        selector = pafs.FileSelector(self.path(relpath), allow_not_found=True, recursive=False)
        return sorted(
            info.path for info in self.fs.get_file_info(selector)
            if info.type == pafs.FileType.File and info.base_name.endswith(".parquet")
            and not info.base_name.startswith((".", "_"))
        )

    def read(self, relpath: str, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
        files = self.files(relpath)
        if not files:
            return (schema or pa.schema([])).empty_table() if columns is None else pa.table({})
        dataset = ds.dataset(files, filesystem=self.fs, format="parquet", schema=schema)
        return dataset.to_table(columns=columns)

    # ------------------------------------------------------------------------------------------------ batches

    def processed_ids(self) -> set[str]:
        """Article ids of every committed batch."""
        table = self.read(PROCESSED, columns=["article_id"])
        return set(table.column("article_id").to_pylist()) if table.num_columns else set()

    def commit_batch(self, key: str, tables: dict[str, pa.Table], events: pa.Table, manifest: pa.Table,
                     supersede: bool = True) -> None:
        """Write one batch's parts, then its manifest part (the commit marker), then drop older copies of the
        same articles left by a previous run with other batch boundaries.

        ``supersede=False`` when the caller knows no committed batch holds these articles (a run's new articles:
        none is in ``processed_ids()``, and only batches listed there can hold them), so no manifest part is read;
        looking costs one read per committed batch, a number that grows with the store's whole history."""
        article_ids = set(manifest.column("article_id").to_pylist())
        for name, table in tables.items():
            self.write(f"{name}/part-{key}.parquet", table)
        self.write(f"{STAGING_EVENTS}/part-{key}.parquet", events)
        self.write(f"{PROCESSED}/part-{key}.parquet", manifest)
        if supersede:
            self._supersede(article_ids, keep=f"part-{key}.parquet")

    def _supersede(self, article_ids: set[str], keep: str) -> None:
        """Drop ``article_ids`` from every other batch's parts. Only the small manifest parts are scanned (their
        ``article_id`` column): a batch's data parts share its manifest part's name, so only batches that really
        held these articles are read and rewritten, and a commit costs the same early or late in a big run. That
        includes a batch's ``rejected`` part (its extraction failures carry ``article_id``), so an article that now
        succeeds, or fails again in another batch, leaves no stale failure row; ingest-rejection parts are named by
        no manifest and never touched.

        Data parts are rewritten first and the manifest part last, so a crash in between leaves the old manifest
        naming articles whose rows already live only in the new batch (harmless: the ids are processed either way)
        rather than rows whose manifest no longer lists them (duplicates no later run would notice)."""
        if not article_ids:
            return
        wanted = pa.array(sorted(article_ids))
        for manifest in self.files(PROCESSED):
            name = manifest.rsplit("/", 1)[1]
            if name == keep:
                continue
            ids = pq.read_table(manifest, columns=["article_id"], filesystem=self.fs).column("article_id")
            if not pc.any(pc.is_in(ids, value_set=wanted)).as_py():
                continue
            for folder in (*BATCH_DATA, PROCESSED):
                self._drop_rows(f"{folder}/{name}", wanted)

    def _drop_rows(self, relpath: str, article_ids: pa.Array) -> None:
        file = self.path(relpath)
        if self.fs.get_file_info(file).type != pafs.FileType.File:
            return
        table = pq.read_table(file, filesystem=self.fs)
        if "article_id" not in table.column_names:
            return
        stale = pc.is_in(table.column("article_id"), value_set=article_ids)
        if not pc.any(stale).as_py():
            return
        rest = table.filter(pc.invert(stale))
        if rest.num_rows:
            self.write(relpath, rest)
        else:
            self.fs.delete_file(file)

    def recover(self) -> list[str]:
        """Delete batch parts that have no manifest part (left by a run killed mid-batch) and stale temp files.
        Returns what was removed. Files not named like a batch part (ingest rejections) are kept: see
        ``is_batch_part``."""
        committed = {f.rsplit("/", 1)[1] for f in self.files(PROCESSED)}
        removed = []
        for folder in BATCH_DATA:
            for file in self.files(folder):
                name = file.rsplit("/", 1)[1]
                if is_batch_part(name) and name not in committed:
                    self.fs.delete_file(file)
                    removed.append(file)
        tmp = self.path(".tmp")
        if self.fs.get_file_info(tmp).type == pafs.FileType.Directory:
            self.fs.delete_dir_contents(tmp, missing_dir_ok=True)
        return removed

    def write_rejections(self, table: pa.Table) -> None:
        """Rejections of inputs that never reached a batch (unreadable files, malformed lines), keyed by content so
        that a re-run over the same inputs replaces them."""
        if table.num_rows:
            key = stable_id(REJECTIONS_KEY_PREFIX, *sorted(table.column("reject_id").to_pylist()))
            self.write(f"rejected/part-{key}.parquet", table)

    def replace_merged(self, tables: dict[str, pa.Table]) -> None:
        """Replace each merged table by one file (one atomic move each), then remove files of earlier versions."""
        for name, table in tables.items():
            final = f"{name}/part-0.parquet"
            self.write(final, table)
            for file in self.files(name):
                if not file.endswith("/part-0.parquet"):
                    self.fs.delete_file(file)

    def ensure_tables(self) -> None:
        """Give every table at least an empty file with its schema, so readers find all six datasets even when a
        run produced no rows for some of them."""
        for name, module in TABLES.items():
            if not self.files(name):
                self.write(f"{name}/part-empty.parquet", module.SCHEMA.empty_table())

    def published_dates(self, article_ids: Iterable[str] | None = None) -> dict[str, object]:
        """Article id -> the day the merge anchors the article by (``None`` when unknown), for the articles given or
        all of them: its publication date, else the day its story lent it at extraction (``story_day``, written
        once, so every later merge reads the same day whatever the staging parts). Columns of the articles table,
        filtered in Arrow; files written before ``story_day`` existed read it as null."""
        files = self.files("articles")
        wanted = None if article_ids is None else sorted(set(article_ids))
        if not files or wanted == []:  # a batch without events asks for none (an empty list has no Arrow type)
            return {}
        dataset = ds.dataset(files, filesystem=self.fs, format="parquet", schema=TABLES["articles"].SCHEMA)
        where = None if wanted is None else pc.field("article_id").isin(pa.array(wanted, pa.string()))
        table = dataset.to_table(columns=["article_id", "published", "story_day"], filter=where)
        return {a: p if p is not None else s for a, p, s in zip(*(table.column(c).to_pylist() for c in (
            "article_id", "published", "story_day")), strict=True)}

    def own_days(self, article_ids: Iterable[str]) -> dict[str, object]:
        """Article id -> the page's own day (its ``published`` column: metadata or read from the page), for the
        articles given that have one; never the day a story lent it (``story_day`` is no firm day to weigh an
        event's status by: ``extractors.events.page_day_status``)."""
        files = self.files("articles")
        wanted = sorted(set(article_ids))
        if not files or not wanted:
            return {}
        dataset = ds.dataset(files, filesystem=self.fs, format="parquet", schema=TABLES["articles"].SCHEMA)
        where = pc.field("article_id").isin(pa.array(wanted, pa.string()))
        table = dataset.to_table(columns=["article_id", "published"], filter=where)
        return {a: p for a, p in zip(table.column("article_id").to_pylist(), table.column("published").to_pylist(),
                                     strict=True) if p is not None}

    def staged_events(self) -> pa.Table:
        return self.read(STAGING_EVENTS, schema=TABLES["events"].SCHEMA)


class RejectionSink:
    """Collects a run's rejections and writes them to ``rejected/`` every ``flush_every``, so an input that is mostly
    bad (a million malformed lines) never piles up in memory. Keeps the first ``keep`` for the run report; ``len``
    is the total so far. List-like enough for the flow: ``append``, ``len``, slicing the kept ones."""

    def __init__(self, store: OutputStore, run_id: str, flush_every: int = 1_000, keep: int = 50) -> None:
        self.store, self.run_id, self.flush_every, self.keep = store, run_id, flush_every, keep
        self.pending: list[Rejection] = []
        self.kept: list[Rejection] = []
        self.count = 0

    def append(self, rejection: Rejection) -> None:
        self.pending.append(rejection)
        self.count += 1
        if len(self.kept) < self.keep:
            self.kept.append(rejection)
        if len(self.pending) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            from .tables import rejections_table  # tables imports the extractors: only when there is something to write

            self.store.write_rejections(rejections_table(self.pending, self.run_id))
            self.pending = []

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int | slice) -> Rejection | list[Rejection]:
        return self.kept[index]

    def __iter__(self) -> Iterator[Rejection]:
        return iter(self.kept)
