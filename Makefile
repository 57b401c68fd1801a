# Two commands on a fresh machine: `make run`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_API_HOST ?= 127.0.0.1
export PREFECT_SERVER_API_PORT ?= 4200

.PHONY: install compile run test server bench clean

$(BIN)/casualties: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,compile]'
	@touch $@

install: $(BIN)/casualties

# The extractor's hot modules compiled with mypyc (~1.5x faster, ~150 s; optional: without mypy or
# a C compiler it warns and the pure Python runs). Rebuilt whenever a source changes, and a build
# that no longer matches its sources is never loaded (flows/extract/compiled/).
COMPILED_SOURCES := $(addprefix flows/extract/,figures.py dates.py totals.py numbers.py lexicon.py model.py compiled/__init__.py compiled/__main__.py)
build/mypyc/stamp.json: $(COMPILED_SOURCES) $(BIN)/casualties
	$(BIN)/python -m flows.extract.compiled build

compile: install
	$(BIN)/python -m flows.extract.compiled build

# Ingest the bundled example articles into the default warehouse and show a trend table.
run: install build/mypyc/stamp.json
	$(BIN)/casualties ingest examples/
	$(BIN)/casualties sql "SELECT * FROM trend_daily ORDER BY collection, period"

test: install build/mypyc/stamp.json
	$(BIN)/pytest -q

# A local Prefect server with this project's settings (UI at http://127.0.0.1:4200), for
# `casualties serve`: schedules need a real server. Ctrl-C stops it.
server: install
	@echo "Prefect server for casualty-etl: UI at http://$(PREFECT_SERVER_API_HOST):$(PREFECT_SERVER_API_PORT)"
	@echo "In other shells: export PREFECT_API_URL=http://$(PREFECT_SERVER_API_HOST):$(PREFECT_SERVER_API_PORT)/api"
	$(BIN)/prefect server start --host $(PREFECT_SERVER_API_HOST) --port $(PREFECT_SERVER_API_PORT)

# Extraction speed and memory on one core, beside gdelt-regkg (installed into benchmarks/.venv-peer).
# Extra options: make bench BENCH_ARGS='--no-peer' (see benchmarks/README.md).
bench: install build/mypyc/stamp.json
	$(BIN)/python benchmarks/extract_speed.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .prefect .pytest_cache warehouse/*.duckdb build/mypyc build/mypyc-tmp
