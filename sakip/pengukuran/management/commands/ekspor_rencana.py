"""python manage.py ekspor_rencana --satker 3674 --tahun 2023 --out F.xlsx [--pengguna]."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.organisasi.models import Satker
from sakip.pengukuran.buku_kerja import ekspor_buku_kerja
from sakip.perencanaan.buku_kerja.ekspor import TidakAdaRenstra


class Command(BaseCommand):
    help = (
        "Menulis buku kerja awal (profil, unit, pegawai, Renstra, sasaran, indikator, target, PK "
        "tahun itu dan realisasi yang disetujui) satu kantor, dalam format impor_rencana."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode kantor, mis. 3674")
        parser.add_argument("--tahun", required=True, type=int, help="tahun, mis. 2023")
        parser.add_argument("--out", required=True, help="berkas .xlsx yang ditulis")
        parser.add_argument(
            "--pengguna", action="store_true", help="sertakan pengguna kantor di lembar pengguna"
        )

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        try:
            data = ekspor_buku_kerja(satker, o["tahun"], pengguna=o["pengguna"])
        except TidakAdaRenstra as exc:
            raise CommandError(str(exc)) from exc
        tujuan = Path(o["out"])
        if not tujuan.parent.is_dir():
            raise CommandError(f"Folder '{tujuan.parent}' tidak ada.")
        tujuan.write_bytes(data)
        self.stdout.write(
            self.style.SUCCESS(f"Buku kerja {satker.nama} tahun {o['tahun']} ditulis ke {tujuan}.")
        )
