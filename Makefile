# News-article analysis: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?=
ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help venv reports test lint lab bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

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

test: $(STAMP) ## Run the whole suite: lint, unit tests, notebooks end to end
	$(MAKE) --no-print-directory lint
	$(BIN)/python -m pytest $(ARGS)

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
