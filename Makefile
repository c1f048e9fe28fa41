# Two commands for a new user: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
ESSAY_PACK := fixtures/trotski-deel-2.yaml
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export DEBUG ?= 1

.PHONY: run test test-postgres lint format setup clean bench chromium gettext

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependencies change, so re-running is fast.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

setup: $(VENV)/.installed-run
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py load_study_pack $(ESSAY_PACK)
	$(BIN)/python manage.py generate_bank
	$(BIN)/python manage.py seed_demo

# The task worker that loads and generates uploaded essays runs beside the web server and
# stops with it. TASKS_BACKEND=rq (with REDIS_URL) runs an RQ worker instead of the database one.
WORKER = $(if $(filter rq,$(TASKS_BACKEND)),rqworker --job-class django_tasks_rq.Job default,db_worker --no-reload)

run: setup
	@echo "studyapp is serving on http://$(HOST):$(PORT)/ with a task worker (Ctrl-C stops both)"
	@$(BIN)/python manage.py $(WORKER) & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# The i18n test runs makemessages, which needs GNU gettext.
gettext:
	@command -v xgettext >/dev/null 2>&1 || { \
	  echo "Installing GNU gettext for the translation tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext; }

test: $(VENV)/.installed-test chromium gettext
	$(BIN)/ruff check studyapp tests bench
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: $(VENV)/.installed-test chromium gettext
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check studyapp tests bench
	$(BIN)/ruff format --check studyapp tests bench

format: $(VENV)/.installed-test
	$(BIN)/ruff format studyapp tests bench
	$(BIN)/ruff check --fix studyapp tests bench

clean:
	rm -rf $(VENV) var

# Every figure is printed beside its baseline from the same run. REDIS_URL, when set, is the
# cache of the two-server load run; the PostgreSQL runs make and drop their own database.
bench: $(VENV)/.installed-run
	$(BIN)/python bench/generation.py
	$(BIN)/python bench/answer.py
	$(BIN)/python bench/quiz_start.py
	$(BIN)/python bench/dashboard.py --aim-ms 300
	$(BIN)/python bench/dashboard.py --learners 1000 --answers 300000 --runs 5 --aim-ms 1000
	$(BIN)/python bench/export.py
	$(BIN)/python bench/load.py --database both --servers 2
