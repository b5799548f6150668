"""How long generating the demo's LKj 2023 takes (PDF and DOCX), against LibreOffice.

Loads the demo (KPU Kota Tangerang Selatan 2023 with its DIPA) into a throw-away SQLite
database (or the database of DATABASE_URL when set), then times: gathering the data,
the PDF (WeasyPrint), the DOCX (python-docx), and, for comparison, LibreOffice
converting that DOCX to PDF. Without `soffice` the comparison is skipped with a message.
Prints lines for the README; not a timed test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ULANG = 3


def _waktu(fungsi, ulang: int = ULANG) -> tuple[float, object]:
    """Best of `ulang` runs (the least disturbed by other work on the machine)."""
    terbaik, hasil = float("inf"), None
    for _ in range(ulang):
        awal = time.perf_counter()
        hasil = fungsi()
        terbaik = min(terbaik, time.perf_counter() - awal)
    return terbaik, hasil


def _halaman_pdf(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _libreoffice(docx: bytes, folder: Path) -> tuple[float, int] | None:
    """Seconds LibreOffice takes to turn the DOCX into PDF, and its page count."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    masuk = folder / "lkj.docx"
    masuk.write_bytes(docx)
    profil = folder / "profil-lo"

    def ubah():
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profil}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder / "lo"),
                str(masuk),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )

    ubah()  # first start creates the profile; not counted
    detik, _ = _waktu(ubah)
    return detik, _halaman_pdf((folder / "lo" / "lkj.pdf").read_bytes())


def main() -> None:
    with tempfile.TemporaryDirectory() as sementara:
        folder = Path(sementara)
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder / 'bench.sqlite3'}")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from sakip.demo.anggaran import muat_demo_anggaran
        from sakip.demo.muat import muat_semua
        from sakip.laporan import services
        from sakip.organisasi.models import Satker

        call_command("migrate", verbosity=0)
        muat_semua()
        satker = Satker.objects.get(kode="3674")
        muat_demo_anggaran(satker)

        t_data, data = _waktu(lambda: services.kumpul(satker, 2023, "lkj"))
        t_pdf, pdf = _waktu(lambda: services.render(data, "lkj", "pdf"))
        t_docx, docx = _waktu(lambda: services.render(data, "lkj", "docx"))
        halaman = _halaman_pdf(pdf)
        print(
            f"lkj: LKj 2023 demo ({halaman} halaman A4): data {t_data * 1000:.0f} ms, "
            f"PDF {t_pdf:.2f} s ({len(pdf) / 1024:.0f} KB), DOCX {t_docx:.2f} s "
            f"({len(docx) / 1024:.0f} KB); keduanya {t_data + t_pdf + t_docx:.2f} s "
            f"(terbaik dari {ULANG})"
        )
        lo = _libreoffice(docx, folder)
        if lo is None:
            print(
                "lkj: LibreOffice (soffice) tidak terpasang; perbandingan DOCX→PDF dilewati "
                "(pasang: apt-get install libreoffice-writer-nogui)"
            )
            return
        t_lo, halaman_lo = lo
        print(
            f"lkj: LibreOffice DOCX→PDF {t_lo:.2f} s ({halaman_lo} halaman); "
            f"WeasyPrint PDF / LibreOffice = {t_pdf / t_lo:.2f}×"
        )


if __name__ == "__main__":
    main()
