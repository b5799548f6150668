from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from sakip.formulir import AngkaField
from sakip.organisasi.admin import KantorAdmin, KantorInline, daftarkan_jalur

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

# Models without an admin page of their own, reached through foreign keys of inlines.
daftarkan_jalur(Misi, "renstra__satker")
daftarkan_jalur(Tujuan, "renstra__satker")
daftarkan_jalur(Target, "indikator__sasaran__renstra__satker")

# Numbers in the admin are typed the Indonesian way (1.234.567,89) like everywhere else.
ANGKA = {models.DecimalField: {"form_class": AngkaField}}


class MisiInline(KantorInline, admin.TabularInline):
    model = Misi
    extra = 0


class TujuanInline(KantorInline, admin.TabularInline):
    model = Tujuan
    extra = 0


@admin.register(Renstra)
class RenstraAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun_awal", "tahun_akhir"]
    inlines = [MisiInline, TujuanInline]


@admin.register(Sasaran)
class SasaranAdmin(KantorAdmin):
    jalur_satker = "renstra__satker"
    list_display = ["nomor", "uraian", "renstra"]
    list_filter = ["renstra__satker"]


class TargetInline(KantorInline, admin.TabularInline):
    model = Target
    formfield_overrides = ANGKA
    extra = 0


@admin.register(Indikator)
class IndikatorAdmin(KantorAdmin, SimpleHistoryAdmin):
    jalur_satker = "sasaran__renstra__satker"
    formfield_overrides = ANGKA
    list_display = ["nama", "sasaran", "jenis", "satuan", "unit", "iku"]
    list_filter = ["sasaran__renstra__satker", "jenis", "iku", "unit"]
    search_fields = ["nama"]
    inlines = [TargetInline]


class BarisPKInline(KantorInline, admin.TabularInline):
    model = BarisPK
    formfield_overrides = ANGKA
    extra = 0


class AnggaranPKInline(KantorInline, admin.TabularInline):
    model = AnggaranPK
    formfield_overrides = ANGKA
    extra = 0


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun", "perubahan", "tanggal"]
    list_filter = ["satker", "tahun"]
    inlines = [BarisPKInline, AnggaranPKInline]
