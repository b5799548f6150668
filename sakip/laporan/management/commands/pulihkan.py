"""manage.py pulihkan DIR: restore a backup into an empty database and media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan.cadangan import CadanganError, pulihkan


class Command(BaseCommand):
    help = (
        "Memulihkan cadangan `cadangkan` ke basis data kosong (sudah dimigrasi) dan folder media "
        "kosong, lalu memeriksa manifest, jumlah baris dan SHA-256 dokumen terbit."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="folder yang ditulis oleh manage.py cadangkan")

    def handle(self, *args, **opsi):
        try:
            hasil = pulihkan(Path(opsi["folder"]))
        except CadanganError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Dipulihkan dari {hasil.folder}: {sum(hasil.jumlah_baris.values())} baris, "
            f"{len(hasil.berkas)} berkas sesuai manifest, {hasil.terbit_diperiksa} berkas "
            "terbit sesuai SHA-256 saat diterbitkan."
        )
