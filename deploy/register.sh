#!/usr/bin/env bash
# Create the process work pool and (re)register every deployment of prefect.yaml. Idempotent: run it again after
# changing prefect.yaml or the flow's parameters. Used by the compose `register` service and tests/integration.
set -euo pipefail
: "${PREFECT_API_URL:?set PREFECT_API_URL to the server, e.g. http://prefect-server:4200/api}"
: "${DATELINE_DAILY_INPUT:?folder the daily deployment reads}"
: "${DATELINE_DAILY_OUT:?folder or s3:// URI the daily deployment writes}"
export DATELINE_ADHOC_INPUT="${DATELINE_ADHOC_INPUT:-$DATELINE_DAILY_INPUT}"
export DATELINE_ADHOC_OUT="${DATELINE_ADHOC_OUT:-$DATELINE_DAILY_OUT}"
export DATELINE_VERSION="${DATELINE_VERSION:-0.1.0}"
pool="${DATELINE_POOL:-dateline-pool}"
cd "$(dirname "$0")/.."  # prefect.yaml lives at the project root

if prefect work-pool inspect "$pool" >/dev/null 2>&1; then
  echo "work pool $pool exists"
else
  prefect work-pool create "$pool" --type process
fi
# One run at a time across *all* deployments of the pool (each deployment also has its own limit of 1): runs of
# different deployments may share an output store, and only one run may write a store's tables at a time
# (docs/production.md). Parallelism lives inside a run (worker processes, Dask), not across runs.
prefect work-queue set-concurrency-limit default 1 --pool "$pool"
# `prefect deploy --all` would do the same, but Prefect 3.8.8's CLI crashes after the first deployment
# (see flows/deploy.py); this registers every deployment of the same prefect.yaml through the Python API.
python -m dateline.flows.deploy register --prefect-file prefect.yaml
