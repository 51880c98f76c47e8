# The Wenzhou Gazette Archive. `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run test bench migrate ingest clean serve load

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
	$(PY) manage.py build_data_dump

# The server and one background worker (uploads are processed by it), stopped together.
run: ingest
	@[ -n "$$EMAIL_URL" ] || echo "EMAIL_URL 未设置：订阅提醒邮件写入 $${GAZETTE_DATA_DIR:-var}/mail/，不会真正发送"
	$(PY) -m gazette.with_worker $(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

bench: install
	$(PY) bench/parse_bench.py --ingest
	$(PY) bench/pdf_bench.py

# Production: gunicorn and one background worker, debug off (DJANGO_SECRET_KEY must be set), static
# files collected for WhiteNoise. Behind an HTTPS proxy also set DJANGO_SECURE=1 and DJANGO_ALLOWED_HOSTS;
# docs/production.md runs the two as separate services instead.
serve: export DJANGO_DEBUG = 0
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py build_data_dump
	GUNICORN_BIND=$(HOST):$(PORT) $(PY) -m gazette.with_worker \
		$(BIN)/gunicorn --config gazette/gunicorn_conf.py gazette.wsgi:application

# The two load runs of docs/production.md against gunicorn on 127.0.0.1 (not part of `make test`).
load: install
	$(PY) bench/load.py $(LOAD_ARGS)

clean:
	rm -rf var test-artifacts .pytest_cache

.PHONY: bench-search
bench-search: install
	$(PY) bench/search_bench.py

# Browser tests need the system Chromium and a CJK font (never `playwright install`: it downloads);
# the page checks (tests/test_page_checks.py) run the Nu HTML Checker, a Java program, and npm
# installs it and axe-core. tests/pdfgen.py typesets in Song and Kai (the arphic GB fonts) and Hei.
# Idempotent: apt runs only when a package or command is missing.
TEST_PACKAGES := chromium fonts-wqy-zenhei fonts-arphic-gbsn00lp fonts-arphic-gkai00mp default-jre-headless
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
.PHONY: test-deps browser-deps node-deps
test-deps:
	@missing=""; for p in $(TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
browser-deps: test-deps

# axe-core and vnu-jar at the versions pinned in package-lock.json. npm ci runs again only when the
# lockfile changes, so `make test` needs no network once they are installed; --ignore-scripts
# because vnu-jar's install script would download a Java runtime (Debian's is used).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)
node-deps: test-deps $(NODE_STAMP)

test: test-deps node-deps

# OCR of whole degraded fixture issues: scores, pages/min per stage, memory (about 30 min; not in `bench`).
.PHONY: bench-ocr
bench-ocr: install
	$(PY) bench/ocr_bench.py $(OCR_BENCH_ARGS)

.PHONY: bench-site
bench-site: install
	$(PY) bench/site_bench.py

bench: bench-site

# Uncached cost of every public page kind at 5 and 240 synthetic issues (issue 18's page-cost targets).
.PHONY: bench-pages
bench-pages: install
	$(PY) bench/page_cost_bench.py

bench: bench-pages
