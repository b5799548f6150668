from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from sakip.formulir import AngkaField

from .models import (
    AnggaranPK,
    BarisPK,
    Indikator,
    Misi,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
    Tujuan,
)

# Numbers in the admin are typed the Indonesian way (1.234.567,89) like everywhere else.
ANGKA = {models.DecimalField: {"form_class": AngkaField}}


class MisiInline(admin.TabularInline):
    model = Misi
    extra = 0


class TujuanInline(admin.TabularInline):
    model = Tujuan
    extra = 0


@admin.register(Renstra)
class RenstraAdmin(admin.ModelAdmin):
    list_display = ["satker", "tahun_awal", "tahun_akhir"]
    inlines = [MisiInline, TujuanInline]


@admin.register(Sasaran)
class SasaranAdmin(admin.ModelAdmin):
    list_display = ["nomor", "uraian", "renstra"]
    list_filter = ["renstra__satker"]


class TargetInline(admin.TabularInline):
    model = Target
    formfield_overrides = ANGKA
    extra = 0


@admin.register(Indikator)
class IndikatorAdmin(SimpleHistoryAdmin):
    formfield_overrides = ANGKA
    list_display = ["nama", "sasaran", "jenis", "satuan", "unit", "iku"]
    list_filter = ["sasaran__renstra__satker", "jenis", "iku", "unit"]
    search_fields = ["nama"]
    inlines = [TargetInline]


class BarisPKInline(admin.TabularInline):
    model = BarisPK
    formfield_overrides = ANGKA
    extra = 0


class AnggaranPKInline(admin.TabularInline):
    model = AnggaranPK
    formfield_overrides = ANGKA
    extra = 0


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(admin.ModelAdmin):
    list_display = ["satker", "tahun", "perubahan", "tanggal"]
    list_filter = ["satker", "tahun"]
    inlines = [BarisPKInline, AnggaranPKInline]
