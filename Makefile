# The Wenzhou Gazette Archive. `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run test bench migrate ingest clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

ingest: migrate
	$(PY) manage.py ingest fixtures/issues/*.txt

run: ingest
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

bench: install
	$(PY) bench/parse_bench.py
	$(PY) bench/pdf_bench.py

clean:
	rm -rf var test-artifacts .pytest_cache
