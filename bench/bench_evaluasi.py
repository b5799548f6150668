"""How long the evaluation takes for the demo 2023: IKPA, its 12-month history, the LKE worksheet
with every prefill rule, and the LHE PDF/DOCX, each against the budget summary of the same office
and year (the anchor, measured side by side in the same run). Prints lines for the README.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

ULANG = 3


def _waktu(fungsi, ulang: int = ULANG) -> tuple[float, object]:
    terbaik, hasil = float("inf"), None
    for _ in range(ulang):
        awal = time.perf_counter()
        hasil = fungsi()
        terbaik = min(terbaik, time.perf_counter() - awal)
    return terbaik, hasil


def main() -> None:
    with tempfile.TemporaryDirectory() as sementara:
        folder = Path(sementara)
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder / 'bench.sqlite3'}")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        from sakip.anggaran.ringkasan import ringkasan
        from sakip.demo.anggaran import muat_demo_anggaran
        from sakip.demo.muat import muat_semua
        from sakip.evaluasi import ikpa, lke
        from sakip.organisasi.models import Satker
        from sakip.penilaian.lembar import susun_lembar
        from sakip.penilaian.lhe import render_lhe

        call_command("migrate", verbosity=0)
        muat_semua()
        satker = Satker.objects.get(kode="3674")
        muat_demo_anggaran(satker)
        U = get_user_model()
        perencana, evaluator = (
            U.objects.get(username="perencana"),
            U.objects.get(username="evaluator-banten"),
        )
        lembar = lke.buka(perencana, satker, 2023)
        lke.ajukan(perencana, lembar.pk, {})
        lke.nilai_evaluator(
            evaluator,
            lembar.pk,
            {c.kode: (True, "cek") for c in lembar.kerangka.kerangka().semua_kriteria()},
        )
        lke.finalkan(evaluator, lembar.pk, "1/LHE")

        t_anker, _ = _waktu(lambda: ringkasan(None, satker, 2023))
        t_ikpa, _ = _waktu(lambda: ikpa.hitung(None, satker, 2023))
        t_riwayat, _ = _waktu(lambda: ikpa.riwayat(None, satker, 2023))
        t_lembar, lb = _waktu(lambda: susun_lembar(None, satker, 2023))
        t_pdf, pdf = _waktu(lambda: render_lhe(lb, "pdf"))
        t_docx, _ = _waktu(lambda: render_lhe(lb, "docx"))
        r = lambda t: f"{t * 1000:.0f} ms ({t / t_anker:.1f}× ringkasan anggaran)"  # noqa: E731
        print(f"evaluasi: ringkasan anggaran (jangkar) {t_anker * 1000:.0f} ms")
        print(f"evaluasi: IKPA {r(t_ikpa)}; riwayat 12 bulan {r(t_riwayat)}")
        print(f"evaluasi: lembar kerja LKE 80 kriteria dengan isian otomatis {r(t_lembar)}")
        print(
            f"evaluasi: LHE PDF {r(t_pdf)} ({len(pdf) / 1024:.0f} KB), DOCX {r(t_docx)} (terbaik dari {ULANG})"
        )


if __name__ == "__main__":
    main()
