"""python manage.py periksa FILE... [--tahun 2023] [--json] [--ringkasan OUT.xlsx]: check LKj documents.

Exit status: 0 no error found, 1 errors found, 2 a document cannot be read (the others are
still checked). With several files, --json prints a list (one object per document) and
--ringkasan writes a workbook: one summary row per document, and a sheet of all findings.
With --satker KODE --tahun TAHUN the office's own data is checked too, by
sakip.laporan.pemeriksaan.periksa_data.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan.pemeriksaan import periksa_data
from sakip.lib.periksa import DokumenError, Hasil, periksa_berkas
from sakip.lib.periksa.temuan import ERROR, JUDUL_TINGKAT, SEVERITIES, kelompokkan


def _hasil_data(satker: str, tahun: int | None) -> Hasil:
    """The office-data checks of the publishing gate, for --satker."""
    if tahun is None:
        raise CommandError(
            "--satker memerlukan --tahun, mis. --satker 3674 --tahun 2023.", returncode=2
        )
    try:
        return periksa_data(satker, tahun)
    except LookupError as exc:  # an unknown office, or a year it has no data for
        raise CommandError(str(exc), returncode=2) from exc


class Command(BaseCommand):
    help = (
        "Memeriksa konsistensi dokumen Laporan Kinerja (PDF, DOCX, teks/Markdown): sisa dan "
        "persentase anggaran, total tabel, terbilang, tahun, jumlah, penomoran, capaian, "
        "kategori dan skala. Status keluar: 0 tanpa galat, 1 ada galat, 2 berkas tak terbaca."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "berkas",
            nargs="*",
            help="berkas dokumen LKj, satu atau lebih (jenisnya dikenali dari isi)",
        )
        parser.add_argument(
            "--ringkasan",
            metavar="KELUARAN.xlsx",
            help="tulis ringkasan (satu baris per dokumen) dan semua temuan ke berkas XLSX",
        )
        parser.add_argument(
            "--tahun", type=int, help="tahun laporan; bila kosong, dicari di dokumen"
        )
        parser.add_argument("--satker", help="kode satuan kerja: periksa juga data kantor itu")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, **opts):
        if not opts["berkas"] and not opts["satker"]:
            raise CommandError(
                "Sebutkan berkas yang akan diperiksa, mis. periksa lkj-2023.pdf.", returncode=2
            )
        semua: list[Hasil] = []
        tak_terbaca = []
        for berkas in opts["berkas"]:
            try:
                semua.append(periksa_berkas(berkas, opts["tahun"]))
            except DokumenError as exc:
                if len(opts["berkas"]) == 1:
                    raise CommandError(str(exc), returncode=2) from exc
                tak_terbaca.append(berkas)
                self.stderr.write(f"{berkas}: {exc}")
        dokumen = list(semua)
        if opts["satker"]:
            semua.append(_hasil_data(opts["satker"], opts["tahun"]))
        if opts["ringkasan"]:
            from sakip.pemeriksa.ringkasan import xlsx

            try:
                with open(opts["ringkasan"], "wb") as f:
                    f.write(xlsx(dokumen))
            except OSError as exc:
                raise CommandError(
                    f"Ringkasan tidak dapat ditulis ke '{opts['ringkasan']}': {exc.strerror}.",
                    returncode=2,
                ) from exc
        if opts["json"]:
            if len(opts["berkas"]) > 1:
                self.stdout.write(
                    json.dumps([h.to_dict() for h in semua], ensure_ascii=False, indent=2)
                )
            else:
                utama = semua[0].to_dict()
                if len(semua) > 1:
                    utama["data"] = semua[1].to_dict()
                self.stdout.write(json.dumps(utama, ensure_ascii=False, indent=2))
        else:
            for i, hasil in enumerate(semua):
                if i:
                    self.stdout.write("")
                self._tulis(hasil)
            if opts["ringkasan"]:
                self.stdout.write(
                    f"\nRingkasan {len(dokumen)} dokumen ditulis ke {opts['ringkasan']}."
                )
        if tak_terbaca:
            sys.exit(2)
        if any(h.ada_error for h in semua):
            sys.exit(1)

    def _tulis(self, hasil: Hasil) -> None:
        hitung = {s: sum(1 for f in hasil.findings if f.severity == s) for s in SEVERITIES}
        ringkas = ", ".join(f"{hitung[s]} {JUDUL_TINGKAT[s].lower()}" for s in SEVERITIES)
        tahun = hasil.year or "tidak diketahui"
        self.stdout.write(f"Dokumen: {hasil.document} · tahun laporan {tahun} · {ringkas}")
        if not hasil.findings:
            self.stdout.write("Tidak ditemukan ketidakkonsistenan.")
        for _, judul, daftar in kelompokkan(hasil.findings):
            self.stdout.write(f"\n== {judul} ({len(daftar)}) ==")
            for f in daftar:
                # a finding on the office's data names the place to fix it, not a line
                letak = getattr(f, "letak", "") or (
                    f"baris {f.line}" + (f", hal. {f.page}" if f.page else "")
                )
                tingkat = (
                    JUDUL_TINGKAT[f.severity].upper()
                    if f.severity == ERROR
                    else JUDUL_TINGKAT[f.severity]
                )
                self.stdout.write(f"  [{tingkat}] {letak}: {f.message}")
                if f.text:
                    self.stdout.write(f"      > {f.text}")
