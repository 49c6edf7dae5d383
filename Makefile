# Set-up is part of each target: a fresh clone needs only `make serve` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve test test-fast lint build evaluate gazetteer places clean

$(STAMP): pyproject.toml package.json package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(PYTHON) scripts/build_web_assets.py
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# KG_PORT=8001 make serve listens on another port (kg serve says so when 8000 is taken).
serve: $(STAMP)
	$(BIN)/kg serve --check-port
	$(BIN)/kg build data/articles
	$(BIN)/kg serve

# The architecture contracts, lint and types, then the whole suite.
test: lint
	$(BIN)/pytest -q

# The edit-test loop: no spaCy model, no servers, nothing slow (under 15 s).
test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not model and not server and not slow"

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check
	$(BIN)/mypy

evaluate: $(STAMP)
	$(BIN)/kg evaluate ../shared/corpus/dev

gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py ../shared/data/sources

places: $(STAMP)
	$(BIN)/python scripts/build_places.py ../shared/data/sources

clean:
	rm -rf $(VENV) build dist src/*.egg-info
