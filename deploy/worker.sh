#!/usr/bin/env bash
# Start a process worker for the dateline pool: it polls the server and runs each flow run in a subprocess of this
# environment (the installed dateline package + spaCy model). Start one per machine; they share the output store.
set -euo pipefail
: "${PREFECT_API_URL:?set PREFECT_API_URL to the server, e.g. http://prefect-server:4200/api}"
exec prefect worker start --pool "${DATELINE_POOL:-dateline-pool}" --type process \
  --name "${DATELINE_WORKER_NAME:-dateline-$(hostname)-$$}"
