# Thin wrapper: everything lives in scripts/dev.py so that a machine with only Python works too.
PY ?= python3

.PHONY: run test lint slow
run:
	$(PY) scripts/dev.py run
test:
	$(PY) scripts/dev.py test
lint:
	$(PY) scripts/dev.py lint
slow:
	EVIDENCE_APP_SLOW=1 $(PY) scripts/dev.py test
