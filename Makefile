# ScanLens developer commands. `make run` and `make test` are the two a new user needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE ?= resources/samples/chest_pneumonia_person1003_virus_1685.jpeg

.PHONY: venv run test lint train translations

# Compiled translations (.qm, gitignored) are built from the committed Qt Linguist .ts files.
TS := $(wildcard resources/translations/scanlens_*.ts)
QM := $(TS:.ts=.qm)

# What the application needs, and nothing else (make run).
$(VENV)/.installed-app: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e .
	touch $@

# Everything for development on top (make test): test and lint tools, training tools, PyInstaller.
$(VENV)/.installed: $(VENV)/.installed-app
	# torch==2.13.0 is the CPU build on disk; pinning it keeps pip from pulling a CUDA build.
	$(PY) -m pip install torch==2.13.0
	$(PY) -m pip install -e '.[dev,export,package]'  # package: PyInstaller for the frozen-app test
	touch $@

venv: $(VENV)/.installed $(QM)

run: $(VENV)/.installed-app $(QM)
	$(VENV)/bin/scanlens $(SAMPLE)

$(QM): resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-app
	$(PY) -m desktop_app.i18n.build release $<

# After changing user-visible strings: refresh the .ts files from the code, then compile them (README, Languages).
translations: $(VENV)/.installed-app
	$(PY) -m desktop_app.i18n.build update
	$(PY) -m desktop_app.i18n.build release

test: venv
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(PY) -m pytest -q

lint: venv
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

# --- Packaging: see README, "Install without internet / packaging" ----------------------------------
DIST := dist/ScanLens
WHEELHOUSE ?= wheelhouse
OFFLINE_VENV ?= scanlens-offline
# Wheels for another machine: make wheelhouse WHEEL_PLATFORM=win_amd64 WHEEL_PYTHON=3.11
WHEEL_PLATFORM ?=
WHEEL_PYTHON ?= 3.11
WHEEL_TARGET := $(if $(WHEEL_PLATFORM),--platform $(WHEEL_PLATFORM) --python-version $(WHEEL_PYTHON) --implementation cp)

.PHONY: dist dist-test wheelhouse install-offline

$(VENV)/.installed-package: $(VENV)/.installed
	$(PY) -m pip install -e '.[package]'
	touch $@

# One-folder frozen app in dist/ScanLens/ (ScanLens.app on macOS), built by PyInstaller from build.spec.
dist: $(VENV)/.installed-package
	@start=$$(date +%s); $(VENV)/bin/pyinstaller --noconfirm build.spec \
	  && echo "built $(DIST) in $$(( $$(date +%s) - start )) s, $$(du -sh $(DIST) | cut -f1)"

# Build, then run the frozen app's self-test, `analyze --json` and desktop integration (tests marked slow).
dist-test: dist
	SCANLENS_DIST=$(CURDIR)/$(DIST) $(PY) -m pytest -q -rs -m slow tests/test_packaging.py

# Every wheel needed to install ScanLens with no network: the project's own wheel plus its runtime deps.
wheelhouse: $(VENV)/.installed $(QM)  # the wheel ships the compiled translations
	rm -rf $(WHEELHOUSE)
	$(PY) -m pip wheel --no-deps --wheel-dir $(WHEELHOUSE) .
	$(PY) -m pip download --only-binary=:all: $(WHEEL_TARGET) --dest $(WHEELHOUSE) $(WHEELHOUSE)/scanlens-*.whl
	@ls $(WHEELHOUSE) | wc -l | xargs echo "wheels:"; du -sh $(WHEELHOUSE)

# Install from wheelhouse/ into a new virtualenv without touching the network, then check it.
install-offline:
	@test -d $(WHEELHOUSE) || { echo "no $(WHEELHOUSE)/ here: run 'make wheelhouse' where there is internet"; exit 1; }
	$(PYTHON) -m venv $(OFFLINE_VENV)
	$(OFFLINE_VENV)/bin/python -m pip install --no-index --find-links $(WHEELHOUSE) scanlens
	$(OFFLINE_VENV)/bin/scanlens self-test

# Mutation fuzzing of the file loaders and the analyse path (tools/fuzz.py): every mangled DICOM/PNG/JPEG
# must end in an image or a clear refusal. Failing inputs go to build/fuzz-failures/. Niced: the CPU is
# shared with training. Reproduce one case with: $(PY) -m tools.fuzz --seed SEED --case N
FUZZ_SEED ?= 0
FUZZ_JOBS ?= 2
.PHONY: fuzz fuzz-quick

fuzz: venv
	nice -n 19 $(PY) -m tools.fuzz --cases 10000 --seed $(FUZZ_SEED) --jobs $(FUZZ_JOBS)

fuzz-quick: venv
	nice -n 19 $(PY) -m tools.fuzz --cases 300 --seed $(FUZZ_SEED) --jobs $(FUZZ_JOBS)
