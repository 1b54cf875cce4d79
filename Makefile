# News-article analysis: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PATH_FILE := $(VENV)/.path-file
ARTICLE ?=
ARGS ?=
# The offline report template, installed where `jupyter nbconvert --template offline` finds it.
TEMPLATE_LINK := $(VENV)/share/jupyter/nbconvert/templates/offline
# JupyterLab refuses to start as root unless told; only then is it told.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)
# ARTICLE is one file (spaces and all) when a file has that whole name, else several.
space := $(subst ,, )
ARTICLES = $(if $(wildcard $(subst $(space),\ ,$(ARTICLE))),"$(ARTICLE)",$(ARTICLE))

.DEFAULT_GOAL := help
.PHONY: help venv reports test browser-deps lint lab bench clean FORCE

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (news analysis)" >/dev/null
	@touch $(STAMP)

# Put the project on the venv's path (an offline editable install of analysis/), with the
# start-up line that makes papermill by hand print a notebook's error as one line. The
# stamp holds the folder it was written for: from another folder (a moved or second copy
# of the project on the same venv), the path is written again.
$(PATH_FILE): analysis/papermill_errors.py $(if $(filter $(CURDIR),$(file < $(PATH_FILE))),,FORCE) | $(STAMP)
	$(BIN)/python -c "import site, analysis.papermill_errors as p; p.write_path_file(site.getsitepackages()[0], '$(CURDIR)')"
	@echo '$(CURDIR)' > $@

FORCE:

# The runner's offline template, for `jupyter nbconvert --to html --template offline` by hand.
$(TEMPLATE_LINK): | $(STAMP)
	@mkdir -p $(dir $@)
	ln -sfn "$(CURDIR)/analysis/runner/templates/offline" $@

venv: $(STAMP) $(PATH_FILE) $(TEMPLATE_LINK) ## Create or refresh .venv (pinned requirements.txt, kernel, nbconvert template)

reports: $(STAMP) $(PATH_FILE) ## Render the HTML reports of every article in seeds/ (or ARTICLE="a path" or "a b")
	$(BIN)/python -m analysis run $(ARTICLES) $(ARGS)

test: $(STAMP) $(PATH_FILE) $(TEMPLATE_LINK) browser-deps ## Run the whole suite: lint, unit tests, notebooks end to end
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

lab: $(STAMP) $(PATH_FILE) $(TEMPLATE_LINK) ## Open JupyterLab at the project root, notebooks/ shown (ARGS go to jupyter lab)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks $(ROOT_FLAG) $(ARGS)

bench: $(STAMP) ## Run the benchmarks in bench/ (prints numbers, compares to baselines)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## Remove generated reports and caches (keeps .venv)
	rm -rf reports/*/ reports/index.html .pytest_cache .ruff_cache
