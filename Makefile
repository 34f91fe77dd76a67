# make demo   — create .venv, install convert, convert the seed to out/ in every format
# make test   — run the whole test suite (~5-8 min on two cores; outside validators are used where installed)
# make check  — the quick tests that need no outside tool (under a minute)
# make bench  — time convert against Typst / pandoc / calibre / LibreOffice in one run (bench/README.md)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_2eef0502365f63f1.txt
STAMP  := $(VENV)/.installed

.PHONY: demo test check bench readme-image clean bytecode

# pip -qq: only errors. A successful install is not news, and setuptools' notices about
# editable installs (and the index warnings of some pip configurations) are not for users.
$(STAMP): pyproject.toml
	@echo "Installing convert and its dependencies into $(VENV)/ (a minute or two the first time)..."
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -qq --upgrade pip
	@$(BIN)/python -m pip install -qq -e '.[test]'
	@touch $(STAMP)

# An editable install has no .pyc files, and where PYTHONDONTWRITEBYTECODE is set (as on
# these machines) every command would compile the package again (~0.1 s). pip compiles
# them when it installs a wheel; this does the same for the checkout. Python checks each
# .pyc against its source, so a stale one is only slower, never wrong.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q convert

demo: bytecode
	@echo "Converting $(SEED) to PDF, DOCX, EPUB and JSON in out/:"
	@$(BIN)/convert $(SEED) --to pdf,docx,epub,json -o out/
	@ls -l out/ | tail -n +2
	@echo "Next: . $(VENV)/bin/activate, then: convert FILE --to pdf (or run $(VENV)/bin/convert; see README, Quick start)"

# On every core (pytest-xdist; each test that drives LibreOffice or chromium gives it a
# profile of its own, so they run side by side): under CI=true the suite took 9.5-10 min
# on one core of these machines, 7.5 min on two.
test: bytecode
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4

# No LibreOffice, Java/EPUBCheck, chromium, qpdf, poppler or pandoc (tests/conftest.py:
# CONVERT_NO_TOOLS makes a test that asks for one skip), no test marked slow, the
# "check" Hypothesis profile (5 examples), on up to 4 cores (pytest-xdist). The corpus
# floors (tests/test_corpus.py's scored tests, ~50 s of one core) are marked slow
# (tests/conftest.py). Where PYTHONDONTWRITEBYTECODE is set (as on these machines) pytest
# cannot keep its assert-rewritten test modules and every worker rewrites all ~180 of them
# on every run (~5 s each): check lets Python write bytecode, into .venv/pycache (not
# beside the sources).
check: bytecode
	PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache CONVERT_NO_TOOLS=1 $(BIN)/python -m pytest -q -n auto --maxprocesses 4 -m "not slow and not validator"

# The bench extra (Typst, the PDF anchor) on top of the test install; pandoc, calibre and
# LibreOffice are system packages, timed where installed. Results: bench/results.md.
$(VENV)/.bench-installed: $(STAMP) pyproject.toml
	@$(BIN)/python -m pip install -qq -e '.[test,bench]'
	@touch $@

bench: bytecode $(VENV)/.bench-installed
	$(BIN)/python bench/run.py

readme-image: $(STAMP)
	$(BIN)/python docs/make_readme_image.py

clean:
	rm -rf out/ build/ dist/ *.egg-info .pytest_cache
