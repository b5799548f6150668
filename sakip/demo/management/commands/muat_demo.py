"""python manage.py muat_demo: load the demo office and users (safe to run twice)."""

from django.core.management.base import BaseCommand

from sakip.demo.anggaran import muat_demo_anggaran
from sakip.demo.bukti_2023 import muat_bukti_2023
from sakip.demo.muat import KATA_SANDI_DEMO, muat_semua
from sakip.organisasi.models import Satker


class Command(BaseCommand):
    help = "Memuat data demo KPU Kota Tangerang Selatan 2023 dan satu pengguna per peran."

    def handle(self, *args, **options):
        pengguna = muat_semua()
        kantor = Satker.objects.get(kode="3674")
        muat_demo_anggaran(kantor)
        muat_bukti_2023(kantor)
        self.stdout.write(self.style.SUCCESS("Data demo KPU Kota Tangerang Selatan 2023 dimuat."))
        self.stdout.write(f"Pengguna demo (kata sandi: {KATA_SANDI_DEMO}):")
        lebar = max(len(u) for u, _, _ in pengguna)
        for username, peran, kantor in pengguna:
            self.stdout.write(f"  {username:<{lebar}}  {peran:<32} {kantor}")
