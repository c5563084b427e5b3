"""``events``: meeting and travel mentions, one row per mention, linked across articles by ``cluster_id``."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "events"
SCHEMA_VERSION = 1

PARTICIPANT = pa.struct(
    [
        pa.field("name", pa.string()),  # canonical full name, or a group ("Chinese counterparts")
        pa.field("role", pa.string()),
        pa.field("country_code", pa.string()),  # ISO 3166-1 alpha-2
        pa.field("mention", pa.string()),  # surface string in the sentence
    ]
)
PLACE = pa.struct(
    [
        pa.field("name", pa.string()),
        pa.field("country_code", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
    ]
)

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("event_type", pa.string(), nullable=False),  # meeting | travel
        pa.field("subtype", pa.string()),  # bilateral talks, two-plus-two talks, summit, courtesy call, depart, ...
        pa.field("participants", pa.list_(PARTICIPANT)),
        pa.field("location", PLACE),  # where a meeting takes place
        pa.field("origin", PLACE),  # travel: from
        pa.field("destination", PLACE),  # travel: to
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("date_value", pa.string()),  # TIMEX3 value of the attached expression
        pa.field("status", pa.string(), nullable=False),  # occurred | planned | cancelled | unknown
        pa.field("trigger", pa.string(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
        pa.field("confidence", pa.float32(), nullable=False),
        pa.field("cluster_id", pa.string()),  # same value for the same real-world event across articles
    ],
    "Meeting and travel events with participants, places, dates, status and evidence.",
)
