from django.contrib import admin
from django.db import models

from sakip.formulir import AngkaField

from .models import Keanggotaan, Pegawai, Satker, UnitKerja


class UnitInline(admin.TabularInline):
    model = UnitKerja
    extra = 0


@admin.register(Satker)
class SatkerAdmin(admin.ModelAdmin):
    formfield_overrides = {models.DecimalField: {"form_class": AngkaField}}
    list_display = ["kode", "nama", "jenis", "induk"]
    list_filter = ["jenis"]
    search_fields = ["kode", "nama"]
    inlines = [UnitInline]


@admin.register(Pegawai)
class PegawaiAdmin(admin.ModelAdmin):
    list_display = ["nama", "satker", "status", "pendidikan", "golongan", "unit"]
    list_filter = ["satker", "status", "pendidikan", "golongan"]
    search_fields = ["nama", "nip"]


@admin.register(Keanggotaan)
class KeanggotaanAdmin(admin.ModelAdmin):
    list_display = ["user", "satker", "unit", "peran"]
    list_filter = ["satker", "peran"]
    search_fields = ["user__username"]
