"""``rejected``: every input that could not be processed, with the reason and the raw content or a pointer to it."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "rejected"
SCHEMA_VERSION = 2  # 2 adds article_id

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
        # the article whose extraction failed (stage "extract"); null for inputs rejected before they became an
        # article. The store drops a re-processed article's old failure rows by it, like its other batch rows.
        pa.field("article_id", pa.string()),
    ],
    "Inputs that could not be processed; nothing is dropped silently.",
)
