# Fra krisesenter til egen bolig: build, serve, test.
# Every target sets up what it needs on first run (virtual environment, node_modules).

PYTHON_BASE := $(shell scripts/find-python)
VENV        := .venv
PY          := $(VENV)/bin/python
PY_STAMP    := $(VENV)/.installed
NODE_STAMP  := node_modules/.installed
# Pure-Python wheels of pytest and hypothesis for the test run inside Pyodide (tests/pyodide/).
PYODIDE_WHEELS := .cache/pyodide-wheels
PYODIDE_STAMP  := $(PYODIDE_WHEELS)/.downloaded
# Lighthouse and the fontsource fonts (plain Material's Google Fonts, emulated) for `make bench`
# only, pinned in bench/package-lock.json (`make test` never needs them).
BENCH_STAMP    := bench/node_modules/.installed
# `make lock` resolves with pip-tools, pinned here.
PIP_TOOLS   := pip-tools==7.6.2
HOST        ?= 127.0.0.1
PORT        ?= 8000

export NO_MKDOCS_2_WARNING := 1

.PHONY: system setup site bundle serve preview test test-firefox bench lint format lock clean

## system: install the Debian packages the tests need (scripts/system-packages.txt)
system:
	scripts/ensure-system-packages

setup: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): requirements.lock pyproject.toml
	$(PYTHON_BASE) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# setuptools leaves *.egg-info here; stale, it would shadow the plugins' entry points.
	rm -rf *.egg-info
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(PYODIDE_STAMP): tests/pyodide/requirements.txt | $(PY_STAMP)
	rm -rf $(PYODIDE_WHEELS)
	$(PY) -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
	  --python-version 3.14 --implementation py --abi none --platform any \
	  --dest $(PYODIDE_WHEELS) -r tests/pyodide/requirements.txt
	touch $@

## site: build the website into site/ (strict: every warning is an error)
site: setup
	$(VENV)/bin/mkdocs build --strict --site-dir site

## bundle: build the offline bundle: dist/<name>-<version>/ and dist/<name>-<version>.zip
bundle: setup
	@# Its own build folder: the bundle's plan pages differ (no connect-src), and site/ may be served.
	BUNDLE=true $(VENV)/bin/mkdocs build --strict --site-dir .cache/bundle-site

## serve: build, then serve site/ on http://$(HOST):$(PORT)
serve: site
	@echo "Nettstedet: http://$(HOST):$(PORT)/"
	$(PY) -m http.server --bind $(HOST) --directory site $(PORT)

## preview: for editors: serve the site, rebuild on every save and reload the page in the browser.
## The preview has no CSP (its reload script is inline); `make site` builds the site unchanged.
preview: setup
	@echo "Forhåndsvisning: http://$(HOST):$(PORT)/ (oppdateres når du lagrer en fil)"
	$(VENV)/bin/mkdocs serve --livereload --dev-addr $(HOST):$(PORT)

## test: lint and every test (unit, build, browser), then the py_widgets tests inside Pyodide
test: system lint $(PYODIDE_STAMP)
	$(PY) -m pytest
	$(PY) -m tests.pyodide.export_templates .cache/templates-json
	node tests/pyodide/run.mjs $(PYODIDE_WHEELS)
	$(MAKE) --no-print-directory test-firefox

## test-firefox: the site, the plan builder and the offline bundle in Debian's Firefox ESR
test-firefox: site bundle
	node --test --test-concurrency=1 --test-reporter=spec tests/firefox/

## bench: size and speed against plain Material and bare Pyodide (< 10 min); writes bench/results.md
bench: setup $(BENCH_STAMP)
	$(PY) -m bench.run

$(BENCH_STAMP): bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	touch $@

## lint: ruff, mypy --strict (plugins/, py_widgets/) and eslint; changes nothing
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	npx --no-install eslint .

## format: let ruff and eslint fix what they can
format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	npx --no-install eslint --fix .

## lock: re-pin requirements.lock from requirements.in, with the hash of every file (pip-tools)
lock:
	rm -rf .cache/lock-venv
	$(PYTHON_BASE) -m venv .cache/lock-venv
	.cache/lock-venv/bin/pip install --quiet --disable-pip-version-check $(PIP_TOOLS)
	CUSTOM_COMPILE_COMMAND="make lock" .cache/lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links \
	  --output-file requirements.lock requirements.in

clean:
	rm -rf site site-nginx dist .cache
