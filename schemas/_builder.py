"""What every table module shares: schema metadata and one builder from rows to a typed Arrow table."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import pyarrow as pa

VERSION_KEY = b"dateline.schema_version"
TABLE_KEY = b"dateline.table"


def make_schema(table: str, version: int, fields: list[pa.Field], doc: str) -> pa.Schema:
    """A schema that carries its table name, integer version and description in its metadata (which survives the
    Parquet round trip, so a reader can tell which version wrote a file)."""
    metadata = {TABLE_KEY: table.encode(), VERSION_KEY: str(version).encode(), b"doc": doc.encode()}
    return pa.schema(fields, metadata=metadata)


def _as_dict(row: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    if isinstance(row, Mapping):
        return dict(row)
    raise TypeError(f"rows must be dataclasses or mappings, got {type(row).__name__}")


# values that are already plain (checked by exact type first: ``is_dataclass`` on every cell of a batch's tables
# was half of building them)
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None), date, datetime})


def _plain(value: Any) -> Any:
    """Nested dataclasses and tuples to dicts and lists, as Arrow expects them."""
    if type(value) in _SCALAR_TYPES:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def build_table(schema: pa.Schema, rows: Iterable[Any]) -> pa.Table:
    """Rows (dataclasses or dicts) to a table of exactly ``schema``.

    Checks the keys first: ``pa.Table.from_pylist`` silently drops unknown keys and accepts None in non-nullable
    fields, so a typo would otherwise become an all-null column. Missing keys are an error too.
    """
    names = set(schema.names)
    table_name = schema.metadata[TABLE_KEY].decode()
    records = []
    for row in rows:
        record = {k: _plain(v) for k, v in _as_dict(row).items()}
        if set(record) != names:
            extra, missing = sorted(set(record) - names), sorted(names - set(record))
            raise ValueError(f"{table_name}: row keys do not match the schema (unknown {extra}, missing {missing})")
        for f in schema:
            if not f.nullable and record[f.name] is None:
                raise ValueError(f"{table_name}: column {f.name!r} may not be null")
        records.append(record)
    return pa.Table.from_pylist(records, schema=schema)
