# make demo   — create .venv, install convert, convert the seed to out/ in every format
# make test   — run the whole test suite
# make bench  — time convert against pandoc / calibre / LibreOffice (see bench/README.md)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_2eef0502365f63f1.txt
STAMP  := $(VENV)/.installed

.PHONY: demo test bench readme-image clean bytecode

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# An editable install has no .pyc files, and where PYTHONDONTWRITEBYTECODE is set (as on
# these machines) every command would compile the package again (~0.1 s). pip compiles
# them when it installs a wheel; this does the same for the checkout. Python checks each
# .pyc against its source, so a stale one is only slower, never wrong.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q convert

demo: bytecode
	$(BIN)/convert $(SEED) --to pdf,docx,epub,json -o out/
	@ls -l out/

test: bytecode
	$(BIN)/python -m pytest -q

bench: bytecode
	$(BIN)/python bench/run.py

readme-image: $(STAMP)
	$(BIN)/python docs/make_readme_image.py

clean:
	rm -rf out/ build/ dist/ *.egg-info .pytest_cache
