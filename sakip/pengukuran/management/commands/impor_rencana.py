"""python manage.py impor_rencana F.xlsx [--satker KODE]: the onboarding workbook."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.lib.kesalahan import ImporError
from sakip.pengukuran.buku_kerja import impor_buku_kerja


class Command(BaseCommand):
    help = (
        "Mengimpor buku kerja awal: membuat kantor bila lembar profil menyebut kode baru di bawah "
        "kantor induk yang ada, lalu unit, pegawai, pengguna, Renstra, indikator, target, PK dan "
        "realisasi tahun-tahun lalu. Semua baris diperiksa dahulu; bila ada kesalahan tidak ada "
        "yang disimpan. Mengimpor berkas yang sama dua kali tidak mengubah apa pun."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="berkas .xlsx")
        parser.add_argument(
            "--satker",
            help="kode kantor yang dimaksud: lembar profil harus menyebutnya atau kantor baru "
            "langsung di bawahnya",
        )

    def handle(self, *args, **o):
        jalur = Path(o["berkas"])
        if not jalur.is_file():
            raise CommandError(f"Berkas '{jalur}' tidak ditemukan.")
        try:
            hasil = impor_buku_kerja(None, jalur.name, jalur.read_bytes(), o["satker"])
        except ImporError as exc:
            for k in exc.kesalahan:
                self.stderr.write(f"  - {k}")
            raise CommandError(
                f"Impor ditolak: {len(exc.kesalahan)} kesalahan; tidak ada yang disimpan."
            ) from exc
        kata = "dibuat" if hasil.satker_baru else "diperbarui"
        self.stdout.write(
            self.style.SUCCESS(
                f"{hasil.satker.nama} ({hasil.satker.kode}) {kata} dari {jalur.name}."
            )
        )
        for baris in hasil.pesan():
            self.stdout.write(f"  {baris}")
