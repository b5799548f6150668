"""python manage.py rekap --satker 00 --tahun 2023 [--json]: the roll-up of the offices below."""

import json

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan.rekap import URUTAN, RekapError, rekap, sebagai_json
from sakip.lib.angka import format_persen
from sakip.lib.periode import tahun_sah
from sakip.organisasi.models import Satker


class Command(BaseCommand):
    help = (
        "Rekap kantor di bawah satu kantor untuk satu tahun: jumlah indikator, rata-rata "
        "capaian dan kategorinya, sebaran kategori, nilai yang menunggu persetujuan, "
        "penyerapan anggaran, terbitnya LKj dan PK (tepat waktu atau terlambat)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode kantor atas, mis. 00 atau 36")
        parser.add_argument("--tahun", type=int, required=True, help="tahun, mis. 2023")
        parser.add_argument("--provinsi", help="hanya kantor satu provinsi, mis. 36")
        parser.add_argument("--urut", default="kode", choices=list(URUTAN), help="urutan")
        parser.add_argument("--turun", action="store_true", help="urutan menurun")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, **o):
        atas = Satker.objects.filter(kode=o["satker"]).first()
        if atas is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        if not tahun_sah(o["tahun"]):
            raise CommandError(f"Tahun {o['tahun']} di luar rentang yang didukung.")
        try:
            r = rekap(
                None,
                atas,
                o["tahun"],
                provinsi=o["provinsi"],
                urut=o["urut"],
                turun=o["turun"],
                halaman=None,
            )
        except RekapError as exc:
            raise CommandError(str(exc)) from exc
        if o["json"]:
            self.stdout.write(
                json.dumps([sebagai_json(b) for b in r.baris], ensure_ascii=False, indent=2)
            )
            return
        self.stdout.write(
            f"Rekap kantor di bawah {atas.nama} tahun {o['tahun']}: {r.jumlah} kantor"
        )
        for b in r.baris:
            self.stdout.write(
                f"{b.satker.kode:<5} {b.satker.nama[:45]:<45} {b.indikator:>3} indikator"
                f" | rata-rata {format_persen(b.rata_capaian):>10} {b.kategori_rata or '—':<16}"
                f" | menunggu {b.menunggu:>2} | serapan {format_persen(b.penyerapan):>9}"
                f" | LKj {b.lkj.label}"
            )
