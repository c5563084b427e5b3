"""``temporal_expressions``: every TIMEX3 found in an article, resolved against the article date."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "temporal_expressions"
SCHEMA_VERSION = 1

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("timex_id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
        pa.field("type", pa.string(), nullable=False),  # DATE | TIME | DURATION | SET
        pa.field("value", pa.string(), nullable=False),  # TIMEX3 value: 2021-03-16, 2021-W10, 2021-04, P1Y, PRESENT_REF
        pa.field("mod", pa.string()),  # TIMEX3 mod: START | MID | END | APPROX | ...
        pa.field("start_date", pa.date32()),  # inclusive range the value covers; null for durations and sets
        pa.field("end_date", pa.date32()),
        pa.field("granularity", pa.string()),
        pa.field("rule", pa.string(), nullable=False),  # the rule that produced the value
        pa.field("direction", pa.string()),  # past | future: the tense bias applied
        pa.field("note", pa.string()),  # e.g. a weekday that contradicts the explicit date
        pa.field("anchor", pa.date32()),  # the article date used
    ],
    "Temporal expressions with TIMEX3 values and calendar ranges.",
)
