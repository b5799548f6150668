"""python manage.py lkj --satker KODE --tahun TAHUN [--dokumen lkj|pk] [--format pdf,docx] --out DIR"""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan import services
from sakip.laporan.kumpul import DataTidakAda
from sakip.organisasi.models import Satker


class Command(BaseCommand):
    help = (
        "Membuat Laporan Kinerja (LKj) atau Perjanjian Kinerja (PK) sebuah kantor untuk satu "
        "tahun sebagai PDF dan/atau DOCX."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode kantor, mis. 3674")
        parser.add_argument("--tahun", required=True, type=int, help="tahun laporan, mis. 2023")
        parser.add_argument(
            "--dokumen", default="lkj", choices=["lkj", "pk"], help="lkj (bawaan) atau pk"
        )
        parser.add_argument(
            "--format", default="pdf,docx", help="pdf, docx, atau keduanya: pdf,docx (bawaan)"
        )
        parser.add_argument("--out", default=".", help="folder tujuan (dibuat bila belum ada)")

    def handle(self, *args, **o):
        format = [f.strip().lower() for f in o["format"].split(",") if f.strip()]
        salah = [f for f in format if f not in services.FORMAT]
        if not format or salah:
            raise CommandError(
                f"Format {', '.join(salah) or '(kosong)'} tidak dikenal; gunakan pdf, docx, "
                "atau pdf,docx."
            )
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        try:
            data = services.kumpul(satker, o["tahun"], o["dokumen"])
        except DataTidakAda as exc:
            raise CommandError(f"{exc}; tidak ada yang dapat dilaporkan.") from exc
        out = Path(o["out"])
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"Folder '{out}' tidak dapat dibuat: {exc.strerror}.") from exc
        for f in format:
            awal = time.perf_counter()
            isi = services.render(data, o["dokumen"], f)
            path = out / services.nama_berkas(satker, o["tahun"], o["dokumen"], f)
            path.write_bytes(isi)
            detik = time.perf_counter() - awal
            self.stdout.write(f"{path}  ({len(isi) / 1024:.0f} KB, {detik:.1f} detik)")
