"""python manage.py muat_wilayah: KPU RI, 38 KPU Provinsi and 514 KPU Kabupaten/Kota."""

from django.core.management.base import BaseCommand

from sakip.organisasi.wilayah import muat_wilayah


class Command(BaseCommand):
    help = (
        "Membuat atau memperbarui KPU RI, 38 KPU Provinsi dan 514 KPU Kabupaten/Kota dari data "
        "wilayah idn-area-data (kode dan nama Kemendagri). Data kantor yang sudah ada tidak "
        "disentuh; menjalankannya lagi tidak mengubah apa pun."
    )

    def handle(self, *args, **opts):
        h = muat_wilayah()
        self.stdout.write(
            f"Satuan kerja: {h.dibuat} dibuat, {h.diperbarui} diperbarui, {h.tetap} tetap."
        )
