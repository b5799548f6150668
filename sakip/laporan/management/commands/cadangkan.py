"""manage.py cadangkan --out DIR: the database and the media with a SHA-256 manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan.cadangan import CadanganError, cadangkan


class Command(BaseCommand):
    help = "Mencadangkan basis data dan folder media ke satu folder beserta manifest SHA-256."

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="folder baru (kosong) untuk cadangan")

    def handle(self, *args, **opsi):
        try:
            hasil = cadangkan(Path(opsi["out"]))
        except CadanganError as exc:
            raise CommandError(str(exc)) from exc
        baris = sum(hasil.jumlah_baris.values())
        self.stdout.write(
            f"Cadangan ditulis ke {hasil.folder}: {baris} baris dari "
            f"{len(hasil.jumlah_baris)} tabel, {len(hasil.berkas)} berkas (lihat manifest.json)."
        )
