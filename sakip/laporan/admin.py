"""Published versions and their generation jobs in the admin: read-only.

A published version is frozen with the SHA-256 of its files; it is made only by
`laporan/services.terbitkan` (the publishing gate) and never edited or deleted here.
"""

from django.contrib import admin

from sakip.organisasi.admin import HanyaBacaAdmin

from .models import VersiLaporan


@admin.register(VersiLaporan)
class VersiLaporanAdmin(HanyaBacaAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun", "dokumen", "nomor", "diterbitkan_oleh", "diterbitkan_pada"]
    list_filter = ["dokumen", "tahun"]
    exclude = ["pdf", "docx", "data"]  # downloaded from the public page
