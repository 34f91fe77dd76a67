# make demo   — create .venv, install convert, convert the seed to out/ in every format
# make test   — run the whole test suite
# make bench  — time convert against pandoc / calibre / LibreOffice (see bench/README.md)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_2eef0502365f63f1.txt
STAMP  := $(VENV)/.installed

.PHONY: demo test bench readme-image clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/convert $(SEED) --to pdf,docx,epub,json -o out/
	@ls -l out/

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

readme-image: $(STAMP)
	$(BIN)/python docs/make_readme_image.py

clean:
	rm -rf out/ build/ dist/ *.egg-info .pytest_cache
