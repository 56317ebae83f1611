# The two commands of the README: `make demo` and `make test`.
# Both install what they need on a fresh Debian 12 machine (as root), then run.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast lint typecheck bench soak system-deps venv translations screenshots clean

system-deps:
	@sh scripts/system-deps.sh --with-postgres

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip >/dev/null
	@$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

venv: system-deps $(STAMP)

demo: venv translations
	@sh scripts/run-demo.sh $(BIN)/citizen-assistant

# The .qm catalogs are build outputs (gitignored), made from the .ts sources.
translations: venv
	@$(BIN)/python scripts/translations.py build

# PNGs of every main screen in every language, from a real window under Xvfb.
screenshots: venv translations
	@PYTHONPATH=. xvfb-run -a -s "-screen 0 1400x1000x24" $(BIN)/python scripts/screenshots.py docs/screenshots

# The tests start their own pcscd (in a private mount namespace, so a system
# pcscd is left alone), vpcd readers on free ports, gateway processes and a
# PostgreSQL server, and stop all of them at the end.
test: venv translations
	@$(BIN)/python -m ruff check app gateway tests bench scripts
	@$(BIN)/python -m mypy
	@$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow" $(PYTEST_ARGS)

# The long runs: 100 SIGKILLs while sending, and whatever else is marked slow.
soak: venv translations
	@$(BIN)/python -m pytest -q -p no:cacheprovider -m slow $(PYTEST_ARGS)

test-fast: venv translations
	@$(BIN)/python -m pytest -q -m "not pcsc and not opensc and not slow" $(PYTEST_ARGS)

lint: venv
	@$(BIN)/python -m ruff check app gateway tests bench scripts
	@$(BIN)/python -m mypy

bench: venv translations
	@$(BIN)/python -m bench.card_read
	@$(BIN)/python -m bench.sign_submit
	@$(BIN)/python -m bench.gateway
	@$(BIN)/python -m bench.startup

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
