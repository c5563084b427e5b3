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
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ENV_PLACEHOLDER = re.compile(r"\{\{\s*\$(\w+)\s*\}\}")
# Documented fallbacks (README, docs/production.md, deploy/register.sh): the ad-hoc deployment reads and writes
# where the daily one does unless told otherwise, and the version is the installed package's. The daily input and
# output have no sensible default: a deployment without them is refused, naming what to set.
FALLBACKS = {"DATELINE_ADHOC_INPUT": "DATELINE_DAILY_INPUT", "DATELINE_ADHOC_OUT": "DATELINE_DAILY_OUT"}


class MissingSettings(ValueError):
    """``prefect.yaml`` names environment variables that are unset and have no documented default."""


def _environment() -> dict[str, str]:
    from dateline import __version__

    env = {k: v for k, v in os.environ.items() if v}
    env.setdefault("DATELINE_VERSION", __version__)
    for name, fallback in FALLBACKS.items():
        if name not in env and fallback in env:
            env[name] = env[fallback]
    return env


def _fill(value: Any, env: Mapping[str, str], missing: set[str]) -> Any:
    if isinstance(value, str):
        missing.update(n for n in ENV_PLACEHOLDER.findall(value) if n not in env)
        return ENV_PLACEHOLDER.sub(lambda m: env.get(m.group(1), m.group(0)), value)
    if isinstance(value, Mapping):
        return {k: _fill(v, env, missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, env, missing) for v in value]
    return value


def load_specs(prefect_file: Path) -> list[dict[str, Any]]:
    """The ``deployments:`` of ``prefect_file`` with ``{{ $VAR }}`` placeholders filled from the environment, as
    ``prefect deploy`` fills them, plus the documented fallbacks (``FALLBACKS``, ``DATELINE_VERSION``).

    Why refuse rather than pass an unset placeholder through: Prefect leaves it as the literal text
    ``{{ $DATELINE_ADHOC_INPUT }}``, which then shows up as the default input path of the UI's run form."""
    config = yaml.safe_load(prefect_file.read_text())
    missing: set[str] = set()
    specs = [_fill(spec, _environment(), missing) for spec in config.get("deployments") or []]
    if missing:
        names = ", ".join(sorted(missing))
        raise MissingSettings(f"set {names} before registering or serving the deployments of {prefect_file} "
                              "(e.g. DATELINE_DAILY_INPUT=/data/in DATELINE_DAILY_OUT=/data/out; the ad-hoc "
                              "deployment defaults to the daily one's folders)")
    return specs


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
    return _register(load_specs(prefect_file))


def _register(specs: list[dict[str, Any]]) -> list[str]:
    ids = []
    for spec in specs:
        deployment_id = to_deployment(spec).apply()
        print(f"registered {spec['name']}: {deployment_id}")
        ids.append(str(deployment_id))
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.flows.deploy", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["register", "serve"], nargs="?", default="register")
    parser.add_argument("--prefect-file", type=Path, default=Path("prefect.yaml"))
    ns = parser.parse_args(argv)
    try:
        specs = load_specs(ns.prefect_file)
    except MissingSettings as exc:
        print(f"dateline deploy: {exc}", file=sys.stderr)
        return 2
    if ns.command == "register":
        _register(specs)
        return 0
    from prefect import serve

    serve(*(to_deployment(spec, serve=True) for spec in specs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
