# News-article analysis: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?=
ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help venv reports test browser-deps lint lab bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# Put the project on the venv's path (an offline editable install of analysis/).
	$(BIN)/python -c "import pathlib, site; pathlib.Path(site.getsitepackages()[0], 'news-analysis.pth').write_text('$(CURDIR)\\n')"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (news analysis)" >/dev/null
	@touch $(STAMP)

venv: $(STAMP) ## Create or refresh .venv from the pinned requirements.txt

reports: $(STAMP) ## Render the HTML reports of every article in seeds/ (or ARTICLE=path)
	$(BIN)/python -m analysis run $(ARTICLE) $(ARGS)

test: $(STAMP) browser-deps ## Run the whole suite: lint, unit tests, notebooks end to end
	$(MAKE) --no-print-directory lint
	$(BIN)/python -m pytest $(ARGS)

browser-deps: ## Install chromium for the browser tests (apt-get, as root) if missing
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" != 0 ]; then \
	  echo "browser-deps: chromium missing and not root: browser tests will be skipped"; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "browser-deps: chromium missing and no apt-get: browser tests will be skipped"; \
	else (apt-get update && apt-get install -y --no-install-recommends chromium) || \
	  echo "browser-deps: apt-get could not install chromium: browser tests will be skipped"; \
	fi

lint: $(STAMP) ## ruff, formatting and notebooks-without-outputs checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/nbstripout --verify notebooks/*.ipynb

lab: $(STAMP) ## Open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: $(STAMP) ## Run the benchmarks in bench/ (prints numbers, compares to baselines)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## Remove generated reports and caches (keeps .venv)
	rm -rf reports/*/ reports/index.html .pytest_cache .ruff_cache
