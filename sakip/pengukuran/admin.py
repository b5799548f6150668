from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from sakip.formulir import AngkaField

from .models import Realisasi


@admin.register(Realisasi)
class RealisasiAdmin(SimpleHistoryAdmin):
    formfield_overrides = {models.DecimalField: {"form_class": AngkaField}}
    list_display = ["indikator", "tahun", "triwulan", "nilai", "nilai_huruf", "status"]
    list_filter = ["indikator__sasaran__renstra__satker", "tahun", "triwulan", "status"]
