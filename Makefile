# One Makefile for the whole project; every target runs from the repo root.
PY ?= python3
DATA ?= ../shared/data

.PHONY: setup run test lint eval bench model help

help:
	@echo "make run    install and run 'factcli claims' and 'factcli entities' on seeds/"
	@echo "make test   run the test suite"
	@echo "make lint   ruff + mypy"
	@echo "make eval   accuracy figures (NER, quotes, compare) -> docs/results.md"
	@echo "make bench  speed figures -> docs/results.md"
	@echo "make model  rebuild the bundled German pipelines from $(DATA)"

setup:
	$(PY) -m pip install -q -e '.[dev]'

run: setup
	factcli articles seeds
	factcli entities seeds --label PER
	factcli claims seeds

test: setup
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check factcli tests benchmarks training
	$(PY) -m mypy

eval: setup
	$(PY) benchmarks/run_eval.py --data $(DATA)

bench: setup
	$(PY) benchmarks/run_bench.py --data $(DATA)

model: setup
	$(PY) -m pip install -q -e '.[dev,build]'
	bash training/ner/build.sh $(DATA)
	bash training/quotes/build.sh $(DATA)
