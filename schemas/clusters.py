"""``clusters``: one row per real-world event, merged from the ``events`` mentions that share its ``cluster_id``."""

import pyarrow as pa

from ._builder import make_schema
from .events import PARTICIPANT, PLACE

TABLE = "clusters"
SCHEMA_VERSION = 1

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("event_type", pa.string(), nullable=False),
        pa.field("subtype", pa.string()),
        pa.field("participants", pa.list_(PARTICIPANT)),  # union over the mentions, by canonical name
        pa.field("location", PLACE),
        pa.field("origin", PLACE),
        pa.field("destination", PLACE),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("status", pa.string(), nullable=False),  # a later report that it happened beats "expected to"
        pa.field("n_mentions", pa.int32(), nullable=False),
        pa.field("article_ids", pa.list_(pa.string())),
        pa.field("event_ids", pa.list_(pa.string())),
    ],
    "Real-world events: the mentions of one cluster merged into one row.",
)
