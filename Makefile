# Two entry points: `make build` (the seed graph into output/) and `make test`.
# Both create or reuse .venv and install what they need from pyproject.toml.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test browser bench screenshot lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(VENV)/bin/kg build seeds/ -o output/

# The page tests drive Debian's chromium (downloads nothing else), with CJK fonts for screenshots;
# installed here when missing.
browser:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "chromium is missing: install Debian's chromium package for the page tests" >&2; exit 1; fi; }

test: $(STAMP) browser
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/run.py --compiled

screenshot: $(STAMP) browser
	$(PY) scripts/screenshot.py docs/screenshot.png

lint: $(STAMP)
	$(PY) -m pip install -q ruff mypy
	$(PY) -m ruff check src tests
	$(PY) -m mypy src

clean:
	rm -rf $(VENV) output/graph.* output/report.json
