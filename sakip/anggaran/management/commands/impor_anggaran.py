"""python manage.py impor_anggaran FILE --satker KODE --tahun TAHUN [--revisi N]."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.anggaran.impor import ImporError
from sakip.anggaran.services import antrekan_impor, impor_berkas
from sakip.organisasi.models import Satker


def _tanggal(teks: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(teks)
    except ValueError as exc:
        raise CommandError(f"tanggal '{teks}' harus ditulis TTTT-BB-HH, mis. 2023-03-15") from exc


class Command(BaseCommand):
    help = (
        "Mengimpor anggaran satu kantor dan tahun: template sakip (XLSX, atau CSV per lembar) "
        "atau laporan SAKTI GLP039. Semua baris diperiksa dahulu; bila ada kesalahan tidak "
        "ada yang disimpan. Mengimpor revisi atau bulan yang sama lagi menggantinya."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", nargs="+", help="berkas .xlsx atau .csv")
        parser.add_argument("--satker", required=True, help="kode wilayah kantor, mis. 3674")
        parser.add_argument("--tahun", type=int, required=True, help="tahun anggaran, mis. 2023")
        parser.add_argument(
            "--revisi",
            type=int,
            help="nomor revisi pagu (0 = DIPA awal); bawaan: revisi terakhir bila pagunya sama",
        )
        parser.add_argument("--tanggal", type=_tanggal, help="tanggal revisi, TTTT-BB-HH")
        parser.add_argument("--catatan", default="", help="catatan revisi")
        parser.add_argument(
            "--kode-kemenkeu",
            help="kode satker Kemenkeu (6 angka) untuk dicatat bila belum ada (laporan SAKTI)",
        )
        parser.add_argument(
            "--antrean",
            action="store_true",
            help="masukkan ke antrean tugas (dikerjakan manage.py db_worker) dan keluar segera",
        )

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        berkas = []
        for nama in o["berkas"]:
            jalur = Path(nama)
            if not jalur.is_file():
                raise CommandError(f"Berkas '{nama}' tidak ditemukan.")
            berkas.append((jalur.name, jalur.read_bytes()))
        if o["antrean"]:
            tugas = antrekan_impor(
                None,
                satker,
                o["tahun"],
                berkas,
                revisi=o["revisi"],
                tanggal=o["tanggal"],
                catatan=o["catatan"],
                kode_kemenkeu=o["kode_kemenkeu"],
            )
            self.stdout.write(f"Impor masuk antrean tugas: {tugas.id}")
            return
        try:
            hasil = impor_berkas(
                None,
                satker,
                o["tahun"],
                berkas,
                revisi=o["revisi"],
                tanggal=o["tanggal"],
                catatan=o["catatan"],
                kode_kemenkeu=o["kode_kemenkeu"],
            )
        except ImporError as exc:
            for k in exc.kesalahan:
                self.stderr.write(f"  - {k}")
            raise CommandError(
                f"Impor ditolak: {len(exc.kesalahan)} kesalahan; tidak ada yang disimpan."
            ) from exc
        self.stdout.write(self.style.SUCCESS(f"Anggaran {satker.nama} tahun {o['tahun']} diimpor."))
        for baris in hasil.pesan():
            self.stdout.write(f"  {baris}")
