"""Register dateline's deployments, as declared in ``prefect.yaml``, through Prefect's Python API, or serve them.

``prefect.yaml`` is the single declaration (names, cron schedule, work pool, concurrency limit, default parameters).
Why not only ``prefect deploy --all``: in Prefect 3.8.8 that command crashes right after creating the *first*
deployment (it lists the pool's workers with ``limit``/``offset`` = null, which the 3.8.8 server refuses with a
422), so the second deployment is never created. ``flow.to_deployment(...).apply()`` does the same registration
without that call. On a Prefect where the CLI works, ``prefect deploy --all`` registers the same deployments.

Usage::

    python -m dateline.flows.deploy register [--prefect-file prefect.yaml]   # needs PREFECT_API_URL
    python -m dateline.flows.deploy serve                                     # no work pool: runs in this process
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml


def load_specs(prefect_file: Path) -> list[dict[str, Any]]:
    """The ``deployments:`` of ``prefect_file`` with ``{{ $VAR }}`` placeholders filled from the environment, as
    ``prefect deploy`` fills them (Prefect's templating reads ``os.environ`` for ``$`` placeholders)."""
    from prefect.utilities.templating import apply_values

    config = yaml.safe_load(prefect_file.read_text())
    return [apply_values(spec, {}, remove_notset=False) for spec in config.get("deployments") or []]


def to_deployment(spec: Mapping[str, Any], *, serve: bool = False):  # -> RunnerDeployment
    """One ``prefect.yaml`` deployment entry as a ``RunnerDeployment`` (module-path entrypoint: workers import the
    installed package and need no code pull)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType
    from prefect.utilities.importtools import import_object

    flow = import_object(spec["entrypoint"])
    limit = spec.get("concurrency_limit")
    if isinstance(limit, Mapping):
        limit = ConcurrencyLimitConfig(**limit)
    pool = spec.get("work_pool") or {}
    schedules = [Cron(s["cron"], timezone=s.get("timezone"), active=s.get("active", True))
                 for s in spec.get("schedules") or []]
    return flow.to_deployment(
        name=spec["name"],
        schedules=schedules,
        concurrency_limit=limit,
        parameters=spec.get("parameters"),
        description=spec.get("description"),
        tags=spec.get("tags"),
        version=spec.get("version"),
        enforce_parameter_schema=spec.get("enforce_parameter_schema", True),
        work_pool_name=None if serve else pool.get("name"),
        work_queue_name=None if serve else pool.get("work_queue_name"),
        job_variables=None if serve else pool.get("job_variables"),
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def register(prefect_file: Path) -> list[str]:
    """Create or update every deployment; return their ids. The work pool must exist (``deploy/register.sh``)."""
    ids = []
    for spec in load_specs(prefect_file):
        deployment_id = to_deployment(spec).apply()
        print(f"registered {spec['name']}: {deployment_id}")
        ids.append(str(deployment_id))
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.flows.deploy", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["register", "serve"], nargs="?", default="register")
    parser.add_argument("--prefect-file", type=Path, default=Path("prefect.yaml"))
    ns = parser.parse_args(argv)
    if ns.command == "register":
        register(ns.prefect_file)
        return 0
    from prefect import serve

    serve(*(to_deployment(spec, serve=True) for spec in load_specs(ns.prefect_file)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
