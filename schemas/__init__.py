"""The single source of truth for every table dateline writes: one module per table with its pyarrow schema, its
name and an integer ``SCHEMA_VERSION`` stored in the schema metadata."""

from types import ModuleType

from . import articles, clusters, events, itineraries, rejected, temporal_expressions
from ._builder import TABLE_KEY, VERSION_KEY, build_table

TABLES: dict[str, ModuleType] = {
    m.TABLE: m for m in (articles, temporal_expressions, events, clusters, itineraries, rejected)
}

__all__ = ["TABLES", "TABLE_KEY", "VERSION_KEY", "build_table"]
