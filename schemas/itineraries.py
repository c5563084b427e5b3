"""``itineraries``: per traveller, the ordered stops built from travel and meeting events."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "itineraries"
SCHEMA_VERSION = 1

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("traveler", pa.string(), nullable=False),
        pa.field("stop_index", pa.int32(), nullable=False),
        pa.field("place", pa.string(), nullable=False),
        pa.field("country_code", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("arrive", pa.date32()),
        pa.field("depart", pa.date32()),
        pa.field("event_ids", pa.list_(pa.string())),
    ],
    "Ordered stops per traveller with arrive/depart dates and the events they rest on.",
)
