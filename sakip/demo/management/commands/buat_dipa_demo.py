"""python manage.py buat_dipa_demo: rewrite the demo DIPA 2023 workbook that muat_demo imports."""

from pathlib import Path

from django.core.management.base import BaseCommand

from sakip.anggaran.impor.template import tulis_template
from sakip.demo.anggaran import BERKAS_DEMO
from sakip.demo.dipa_2023 import isi_template


class Command(BaseCommand):
    help = (
        "Menulis ulang DIPA demo 2023 KPU Kota Tangerang Selatan (template sakip) "
        "yang dimuat oleh muat_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keluar",
            type=Path,
            default=BERKAS_DEMO,
            metavar="BERKAS",
            help=f"berkas XLSX yang ditulis (bawaan: {BERKAS_DEMO})",
        )

    def handle(self, *args, keluar: Path, **options):
        tulis_template(keluar, isi_template())
        self.stdout.write(self.style.SUCCESS(f"ditulis: {keluar}"))
