#!/usr/bin/env python
"""`make run`: gunicorn and the job-queue worker side by side, stopped together.

A small supervisor: starts `gunicorn sakip.wsgi` (2 workers x 4 threads) and
`manage.py db_worker` (runs queued document generation and imports), forwards Ctrl+C or
SIGTERM to both, stops both when its parent (`make`) dies, and when either one exits stops the other and exits with its code, so
killing `make run` never leaves a worker behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent


def perintah(port: str) -> dict[str, list[str]]:
    bin_ = Path(sys.executable).parent
    return {
        "web": [
            str(bin_ / "gunicorn"),
            "sakip.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "120",
            "--access-logfile",
            "-",
        ],
        "antrean": [sys.executable, str(AKAR / "manage.py"), "db_worker", "--interval", "0.5"],
    }


def main() -> int:
    port = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PORT", "8000")
    anak = {nama: subprocess.Popen(cmd, cwd=AKAR) for nama, cmd in perintah(port).items()}
    berhenti = False

    def hentikan(signum, _frame) -> None:
        nonlocal berhenti
        berhenti = True

    signal.signal(signal.SIGINT, hentikan)
    signal.signal(signal.SIGTERM, hentikan)
    kode = 0
    induk = os.getppid()  # `make`: when it is killed, this loop sees a new parent and stops
    while not berhenti and os.getppid() == induk:
        selesai = {n: p.poll() for n, p in anak.items() if p.poll() is not None}
        if selesai:
            nama, kode = next(iter(selesai.items()))
            print(f"{nama} berhenti (kode {kode}); menghentikan yang lain.", file=sys.stderr)
            break
        time.sleep(0.3)
    for p in anak.values():
        if p.poll() is None:
            p.terminate()
    batas = time.monotonic() + 15
    for p in anak.values():
        try:
            p.wait(timeout=max(0.1, batas - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return kode


if __name__ == "__main__":
    sys.exit(main())
