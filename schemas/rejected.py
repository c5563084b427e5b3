"""``rejected``: every input that could not be processed, with the reason and the raw content or a pointer to it."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "rejected"
SCHEMA_VERSION = 1

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("reject_id", pa.string(), nullable=False),  # stable over source, locator and reason
        pa.field("source", pa.string(), nullable=False),  # the file (or URI) the input came from
        pa.field("locator", pa.string()),  # where in it: "line 12", "row 3", "record id=abc"
        pa.field("stage", pa.string(), nullable=False),  # read | decode | parse | validate | extract
        pa.field("reason", pa.string(), nullable=False),
        pa.field("raw", pa.large_string()),  # the raw content (truncated to 64 KiB) or null with raw_pointer
        pa.field("raw_pointer", pa.string()),  # path/byte range for content too large or binary
        pa.field("run_id", pa.string(), nullable=False),
    ],
    "Inputs that could not be processed; nothing is dropped silently.",
)
