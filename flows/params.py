"""The one parameter model shared by the CLI, the flow and its deployments: Prefect validates it and renders it as
a form in the UI (titles, descriptions, bounds, choices)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dateline.extractors.pipeline import DEFAULT_MODEL


class RunParameters(BaseModel):
    """What to read, where to write, and how to run."""

    model_config = ConfigDict(extra="forbid")

    inputs: list[str] = Field(
        ...,
        title="Inputs",
        description="Files, directories or glob patterns: .txt (one article per file, optional manifest.jsonl), "
        ".jsonl/.json records with a `text` field, or .parquet with the same columns.",
        min_length=1,
    )
    out: str = Field(
        "out",
        title="Output location",
        description="Folder or s3:// URI for the Parquet datasets (one sub-folder per table).",
        min_length=1,
    )
    published: date | None = Field(
        None,
        title="Fallback article date",
        description="Used for articles whose date is in neither their metadata nor their text.",
    )
    model: str = Field(DEFAULT_MODEL, title="spaCy pipeline", description="Installed spaCy pipeline package name.")
    batch_size: int = Field(
        200, ge=1, le=10_000, title="Articles per batch", description="One Prefect task processes one batch."
    )
    workers: int = Field(1, ge=1, le=64, title="Worker processes", description="Batches processed in parallel.")
    reprocess: bool = Field(
        False,
        title="Reprocess",
        description="Process articles again even if an earlier run already committed them (their rows are replaced).",
    )
    task_runner: Literal["default", "process", "dask"] = Field(
        "default",
        title="Task runner",
        description="default: in this process (workers>1 uses spaCy worker processes); dask: a Dask cluster.",
    )
    dask_address: str | None = Field(
        None,
        title="Dask scheduler address",
        description="tcp://host:8786 of an existing Dask cluster. The merge clusters its units (event type and month) "
        "as tasks there, whatever the task runner; with task_runner=dask the batch tasks run there too. Without it, "
        "task_runner=dask runs both on a temporary local cluster.",
    )
    run_date: date | None = Field(
        None,
        title="Run date",
        description="The date the run treats as 'now' for article-date inference (default: today).",
    )

    @field_validator("inputs")
    @classmethod
    def _no_blank_inputs(cls, value: list[str]) -> list[str]:
        cleaned = [v.strip() for v in value if v and v.strip()]
        if not cleaned:
            raise ValueError("at least one input path is required")
        return cleaned
