"""``articles``: one row per ingested article, whatever happened to it."""

import pyarrow as pa

from ._builder import make_schema

TABLE = "articles"
SCHEMA_VERSION = 3  # 2: published_source may be html-metadata or feed-metadata; 3: story_day

SCHEMA = make_schema(
    TABLE,
    SCHEMA_VERSION,
    [
        pa.field("article_id", pa.string(), nullable=False),  # stable_id over input_id and text
        pa.field("input_id", pa.string(), nullable=False),  # the record's own id, else the file path
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("published", pa.date32()),  # the article date every relative expression is resolved against
        # metadata | html-metadata | feed-metadata | header | inferred | fallback | unknown
        pa.field("published_source", pa.string(), nullable=False),
        # the text the date was inferred from; for html-/feed-metadata what the page or feed entry gave it in
        pa.field("published_evidence", pa.string()),
        # a page with no date of its own: the day of its story's dated reports (``extractors.story_day``), where the
        # merge places its undated mentions; never used to resolve its expressions, and null on a dated page
        pa.field("story_day", pa.date32()),
        pa.field("n_chars", pa.int64(), nullable=False),
        pa.field("n_timexes", pa.int32(), nullable=False),
        pa.field("n_events", pa.int32(), nullable=False),
        pa.field("headline_matches_body", pa.bool_()),  # False: the title was not used for extraction
        pa.field("noise_chars", pa.int64(), nullable=False),  # characters skipped as captions/boilerplate/embeds
        pa.field("status", pa.string(), nullable=False),  # ok | error: <reason> (errors also land in rejected)
        pa.field("text", pa.large_string(), nullable=False),  # the text all character offsets refer to
        pa.field("run_id", pa.string(), nullable=False),
    ],
    "One row per article; offsets in other tables index `text`.",
)
