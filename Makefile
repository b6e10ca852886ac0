# Two commands do everything: `make` (build) and `make test` (check). See README.md.
PYTHON    ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
DERIVED   := data/derived
export PYTHONHASHSEED := 0

.PHONY: all validate notebooks derived site handout student test unit lint lab bench bench-make freeze clean

all: validate notebooks derived site

# The hand-coded tables against helpers/schemas.toml; every later step reads them.
validate: $(STAMP)
	$(BIN)/python -m helpers validate

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "error: Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

notebooks: $(STAMP) validate
	$(BIN)/python -m helpers execute $(NOTEBOOKS)

derived: $(STAMP) validate
	$(BIN)/python -m helpers export --seeds seeds --out $(DERIVED)
	@cd seeds && sha256sum --quiet -c SHA256SUMS

# The static site (site/index.html), readable offline; rendered after the notebooks ran.
site: $(STAMP) notebooks
	$(BIN)/python -m helpers site --out site $(NOTEBOOKS)

# One printable PDF per notebook in handout/, printed from site/ by the system Chromium.
handout: site
	$(BIN)/python -m helpers.handout --site site --out handout

# Copies for students: solutions removed, exercise outputs cleared.
student: $(STAMP)
	$(BIN)/python -m helpers student --out student $(NOTEBOOKS)

# Also renders site/ and the handout and checks them in headless Chromium through Playwright,
# with axe-core (skipped without Chromium unless REQUIRE_BROWSER=1, which .ci/run sets); the
# screenshots land in site/index.png and site/notebook.png.
# pytest runs on every core (pytest-xdist), a file's tests in order on one worker (see
# tests/conftest.py); `make test WORKERS=0` runs them in this one process.
WORKERS ?= auto
test: $(STAMP) lint
	$(BIN)/python -m helpers check $(NOTEBOOKS)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile tests $(NOTEBOOKS) --nbval \
	  --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

lint: $(STAMP)
	$(BIN)/ruff check helpers tests notebooks
	$(BIN)/mypy

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP)
	$(BIN)/python -m helpers.bench

# `make` time and site size with 5, 50 and 200 articles (copies in a temporary folder).
bench-make: $(STAMP)
	$(BIN)/python -m helpers.scale

# Re-resolve the pins after changing the direct needs listed at the top of requirements.txt.
freeze: $(STAMP)
	{ grep '^#' requirements.txt; $(BIN)/python -m pip freeze --all --exclude-editable \
	  | grep -v '^pip=='; } > requirements.txt.new && mv requirements.txt.new requirements.txt

clean:
	rm -rf $(VENV) $(DERIVED) site handout student .pytest_cache
