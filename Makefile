# sakip — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
# the suite on every core (pytest-xdist); `make test PARALEL=` runs it in one process
PARALEL ?= -n auto --dist loadgroup

.PHONY: run test install browser lint format arsitektur bench clean

$(VENV)/.terpasang: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.terpasang

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py muat_demo
	@echo ""
	@echo "SAKIP berjalan di http://127.0.0.1:$(PORT)/  (hentikan dengan Ctrl+C)"
	@echo "gunicorn melayani halaman; db_worker mengerjakan antrean tugas (dokumen, impor besar)"
	$(PY) jalankan.py $(PORT)

# Browser tests drive the system Chromium; as root it is installed when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Memasang chromium dari paket Debian…"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium tidak ditemukan: pasang paket 'chromium' (sudo apt-get install chromium)"; exit 1; \
	  fi; }

test: install browser lint arsitektur
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PARALEL)

# Fails on an import of a higher app from a lower one, or of another app's views
# (contracts in pyproject.toml, [tool.importlinter]; docs/ARCHITECTURE.md explains them).
arsitektur: install
	$(VENV)/bin/lint-imports --no-cache --no-logo

lint: install
	$(PY) -m ruff check sakip bench conftest.py jalankan.py
	$(PY) -m ruff format --check sakip bench conftest.py jalankan.py

format:
	$(PY) -m ruff check --fix sakip bench conftest.py jalankan.py
	$(PY) -m ruff format sakip bench conftest.py jalankan.py

# Each script runs as a module from the repository root, so `sakip` imports without path tricks.
bench: install
	@for f in bench/bench_*.py; do m=bench.$$(basename $$f .py); echo "== $$m"; $(PY) -m $$m || exit 1; done

clean:
	rm -rf $(VENV) staticfiles sakip.sqlite3
