"""python manage.py buat_data_nasional --tahun 2023 [--skala S]: generated data of every office."""

import time
from decimal import Decimal, InvalidOperation

from django.core.management.base import BaseCommand, CommandError

from sakip.demo.nasional import buat_data_nasional, ukuran
from sakip.lib.angka import format_angka
from sakip.lib.periode import tahun_sah


def _skala(teks: str) -> Decimal:
    try:
        nilai = Decimal(teks.replace(",", "."))
    except InvalidOperation as exc:
        raise CommandError(f"--skala harus angka, mis. 0.05 (bukan '{teks}').") from exc
    if not Decimal("0.001") <= nilai <= Decimal(2):
        raise CommandError(f"--skala harus antara 0,001 dan 2 (bukan {teks}).")
    return nilai


class Command(BaseCommand):
    help = (
        "Membuat data nasional buatan: KPU RI, 38 KPU Provinsi dan 514 KPU Kabupaten/Kota "
        "dengan Renstra, indikator berjenjang, target, PK, realisasi di setiap status alur dan "
        "DIPA dengan realisasi bulanan. Kantor yang sudah memiliki Renstra tidak disentuh."
    )

    def add_arguments(self, parser):
        parser.add_argument("--tahun", type=int, required=True, help="tahun data, mis. 2023")
        parser.add_argument(
            "--skala",
            default="1",
            help="ukuran per kantor: 1 = 15 indikator dan 400 pos anggaran (bawaan 1)",
        )
        parser.add_argument("--benih", type=int, default=2023, help="benih acak (bawaan 2023)")

    def handle(self, *args, **o):
        if not tahun_sah(o["tahun"]):
            raise CommandError(f"Tahun {o['tahun']} di luar rentang yang didukung.")
        skala = _skala(o["skala"])
        n_ind, n_pos = ukuran(skala)
        mulai = time.perf_counter()
        jumlah = buat_data_nasional(o["tahun"], skala, o["benih"])
        detik = time.perf_counter() - mulai
        self.stdout.write(
            f"Data nasional tahun {o['tahun']} (skala {skala}: {n_ind} indikator dan "
            f"{n_pos} pos anggaran per kantor) dibuat dalam {format_angka(Decimal(str(round(detik, 1))), 1)} detik:"
        )
        for label, n in jumlah.items():
            self.stdout.write(f"  {label}: {format_angka(Decimal(n), 0)} baris")
