"""python manage.py muat_lke [BERKAS.json]: load an LKE framework (criteria, weights) from JSON."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.evaluasi.lke import KERANGKA_BAWAAN, LkeGagal, muat_berkas


class Command(BaseCommand):
    help = (
        "Muat kerangka LKE (komponen, sub-komponen, kriteria, bobot) dari berkas JSON; tanpa "
        "berkas: LKE PermenPAN-RB 88/2021 bawaan. Kerangka berkode sama diganti."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", nargs="?", default=str(KERANGKA_BAWAAN))

    def handle(self, *args, **o):
        try:
            k = muat_berkas(Path(o["berkas"]))
        except LkeGagal as e:
            raise CommandError(e.pesan) from e
        kriteria = len(k.kerangka().semua_kriteria())
        self.stdout.write(
            f"Kerangka {k.kode} dimuat: {k.nama}, {kriteria} kriteria, berlaku mulai {k.tahun_mulai}."
        )
