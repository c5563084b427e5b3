"""dateline: event extraction for news (resolved dates, meetings, travel, itineraries) as Parquet, run by Prefect."""

__version__ = "0.1.0"
