# Subscout: `make run` starts everything, `make test` runs every test.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
UV := $(shell command -v uv 2>/dev/null || echo $(BIN)/uv)
CHROMIUM ?= /usr/bin/chromium

.PHONY: install run test test-unit test-postgres test-e2e check format bench wrk bullmq demo-data chromium postgres clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv
	uv sync --frozen --python python3.11
	@touch $@

run: install
	$(BIN)/subscout run

test: install chromium postgres
	$(BIN)/pytest tests --ignore=tests/e2e
	scripts/with-postgres $(BIN)/pytest tests --ignore=tests/e2e -p no:cacheprovider
	$(BIN)/pytest tests/e2e

test-postgres: install postgres
	scripts/with-postgres $(BIN)/pytest tests --ignore=tests/e2e -p no:cacheprovider

test-unit: install
	$(BIN)/pytest tests --ignore=tests/e2e

test-e2e: install chromium
	$(BIN)/pytest tests/e2e

postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

check: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

bench: install chromium wrk bullmq
	$(BIN)/python bench/run_all.py

# BullMQ, the original design's queue, as the queue benchmark's second anchor (only when node is here).
bullmq:
	@command -v npm >/dev/null 2>&1 || { echo "node/npm missing: the BullMQ comparison is skipped"; exit 0; }; \
	test -d bench/node/node_modules/bullmq || { mkdir -p bench/node && cd bench/node && npm install --no-audit --no-fund --silent bullmq@5; }

wrk:
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

demo-data: install
	$(BIN)/python scripts/gen_demo_mailbox.py
	$(BIN)/python scripts/gen_demo_statement.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
