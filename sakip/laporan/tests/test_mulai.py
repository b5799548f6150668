"""Start-up: a command that draws nothing and lays out no PDF imports neither matplotlib nor
a PDF engine (Typst, WeasyPrint); python-docx is imported by sakip.penilaian.lhe at URL load
since the i14 merge."""

import os
import subprocess
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[3]
BERAT = ("weasyprint", "matplotlib", "typst")


def _modul_berat(tmp_path, *perintah) -> set[str]:
    """Heavy top-level modules a `manage.py` command imported (python -X importtime)."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'mulai.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "sakip.settings",
    }
    jalan = subprocess.run(
        [sys.executable, "-X", "importtime", "manage.py", *perintah],
        cwd=AKAR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert jalan.returncode == 0, jalan.stderr[-2000:]
    dimuat = {
        baris.rsplit("|", 1)[-1].strip()
        for baris in jalan.stderr.splitlines()
        if baris.startswith("import time:")
    }
    return {m for m in BERAT if m in dimuat}


def test_the_system_check_loads_every_url_without_weasyprint_or_matplotlib(tmp_path):
    # `check` imports every app, model, admin and URL module (and so every view)
    assert _modul_berat(tmp_path, "check") == set()


def test_the_budget_command_does_not_import_them_either(tmp_path):
    assert _modul_berat(tmp_path, "help", "impor_anggaran") == set()
