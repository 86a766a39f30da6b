# ScanLens developer commands. `make run` and `make test` are the two a new user needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE ?= resources/samples/chest_pneumonia_person1003_virus_1685.jpeg

.PHONY: venv run test lint train

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	# torch==2.13.0 is the CPU build on disk; pinning it keeps pip from pulling a CUDA build.
	$(PY) -m pip install torch==2.13.0
	$(PY) -m pip install -e '.[dev,export]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(VENV)/bin/scanlens $(SAMPLE)

test: venv
	$(PY) -m ruff check .
	$(PY) -m pytest -q

lint: venv
	$(PY) -m ruff check .
