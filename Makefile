# Two commands on a fresh machine (Python 3.11 + pip):
#   make demo   set up, then dry-run the seed articles (no tokens, throwaway SQLite)
#   make test   set up, then run the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench replay clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/digestbot dry-run seeds/

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

replay: $(STAMP)
	$(VENV)/bin/digestbot replay --jsonl --every article seeds/*.txt > /tmp/seeds.jsonl
	$(PY) ../shared/bench/score_deltas.py ../shared/bench/seeds_gold.json /tmp/seeds.jsonl

clean:
	rm -rf $(VENV) build *.egg-info
