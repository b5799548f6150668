"""python manage.py turunkan_indikator --satker 00 --tahun 2023 [--indikator ID …]."""

from django.core.management.base import BaseCommand, CommandError

from sakip.organisasi.models import Satker
from sakip.perencanaan.kaskade import KaskadeError, turunkan_indikator
from sakip.perencanaan.models import Indikator


class Command(BaseCommand):
    help = (
        "Menurunkan indikator (beserta definisinya) sebuah kantor ke semua kantor di bawahnya, "
        "berjenjang sampai kabupaten/kota. Target tetap diisi masing-masing kantor."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode kantor asal, mis. 00")
        parser.add_argument("--tahun", type=int, required=True, help="tahun Renstra yang berlaku")
        parser.add_argument(
            "--indikator", type=int, nargs="*", help="id indikator; bawaan: semua indikator Renstra"
        )

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        qs = Indikator.objects.filter(
            sasaran__renstra__satker=satker,
            sasaran__renstra__tahun_awal__lte=o["tahun"],
            sasaran__renstra__tahun_akhir__gte=o["tahun"],
        ).select_related("sasaran__renstra__satker")
        if o["indikator"]:
            qs = qs.filter(pk__in=o["indikator"])
        try:
            h = turunkan_indikator(None, list(qs))
        except KaskadeError as exc:
            raise CommandError(f"{satker.nama} tahun {o['tahun']}: {exc}") from exc
        self.stdout.write(
            f"{h.kantor} kantor di bawah {satker.nama}: {h.dibuat} indikator dibuat, "
            f"{h.diperbarui} diperbarui."
        )
