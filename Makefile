# rasd — the two set-up commands: `make demo` (main job) and `make test` (whole test suite).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench clean-db

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

## The main job: analyse the bundled fictional example corpus into ./rasd.db and write report.html
demo: $(STAMP)
	$(BIN)/rasd analyze examples/corpus --db rasd.db -o report.html --retrieved 2025-03-16

## The whole test suite (lint, types, tests): what .ci/run calls
test: $(STAMP)
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest -n 2 --dist loadfile -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -n 2 --dist loadfile -q

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py --limit 5000
