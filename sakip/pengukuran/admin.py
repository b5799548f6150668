"""Realisations, evidence, their trail and lock exceptions in the admin: read-only.

Every change to them goes through `pengukuran/services.py` from the pages, which checks who
acts, the state and `versi`, and writes the trail. The admin shows them (scoped to the
office, see `organisasi/admin.py`) and never writes them; the history's "revert" is off
(SIMPLE_HISTORY_REVERT_DISABLED).
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sakip.organisasi.admin import HanyaBacaAdmin

from .models import Bukti, JejakRealisasi, PengecualianKunci, Realisasi

JALUR = "indikator__sasaran__renstra__satker"


@admin.register(Realisasi)
class RealisasiAdmin(HanyaBacaAdmin, SimpleHistoryAdmin):
    jalur_satker = JALUR
    list_display = ["indikator", "tahun", "triwulan", "nilai", "nilai_huruf", "status", "versi"]
    list_filter = ["indikator__sasaran__renstra__satker", "tahun", "triwulan", "status"]


@admin.register(Bukti)
class BuktiAdmin(HanyaBacaAdmin):
    jalur_satker = "realisasi__" + JALUR
    list_display = ["nama", "realisasi", "jenis", "ukuran", "diunggah_oleh"]
    exclude = ["berkas"]  # downloaded through the permission-checked page, not a media URL


@admin.register(JejakRealisasi)
class JejakRealisasiAdmin(HanyaBacaAdmin):
    jalur_satker = "realisasi__" + JALUR
    list_display = ["realisasi", "aksi", "dari_status", "ke_status", "pengguna"]
    list_filter = ["aksi"]


@admin.register(PengecualianKunci)
class PengecualianKunciAdmin(HanyaBacaAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun", "triwulan", "indikator", "berlaku_sampai", "diberikan_oleh"]
