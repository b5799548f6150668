from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Realisasi


@admin.register(Realisasi)
class RealisasiAdmin(SimpleHistoryAdmin):
    list_display = ["indikator", "tahun", "triwulan", "nilai", "nilai_huruf", "status"]
    list_filter = ["indikator__sasaran__renstra__satker", "tahun", "triwulan", "status"]
