#!/usr/bin/env bash
# Start the Prefect API + UI against the database in PREFECT_SERVER_DATABASE_CONNECTION_URL (PostgreSQL in
# production; Prefect runs its migrations on start). Used by docker-compose.yml and tests/integration.
set -euo pipefail
: "${PREFECT_SERVER_DATABASE_CONNECTION_URL:?set it to postgresql+asyncpg://user:pass@host:port/prefect}"
exec prefect server start --host "${PREFECT_SERVER_HOST:-0.0.0.0}" --port "${PREFECT_SERVER_PORT:-4200}"
