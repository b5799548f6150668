from django.contrib import admin

from sakip.organisasi.admin import KantorAdmin, KantorInline

from .models import (
    Dipa,
    KaitanAnggaran,
    PosAnggaran,
    ProfilAnggaran,
    RencanaPenarikan,
    RevisiDipa,
    RincianOutput,
)


@admin.register(ProfilAnggaran)
class ProfilAnggaranAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "kode_satker_kemenkeu"]
    search_fields = ["satker__nama", "kode_satker_kemenkeu"]


class RevisiInline(KantorInline, admin.TabularInline):
    model = RevisiDipa
    fields = ["nomor", "tanggal", "catatan", "diimpor_oleh", "diimpor_pada"]
    readonly_fields = ["diimpor_oleh", "diimpor_pada"]
    extra = 0


@admin.register(Dipa)
class DipaAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun"]
    list_filter = ["tahun"]
    inlines = [RevisiInline]


@admin.register(RincianOutput)
class RincianOutputAdmin(KantorAdmin):
    jalur_satker = "dipa__satker"
    list_display = ["kode", "dipa", "target_volume", "satuan"]
    list_filter = ["dipa__tahun"]
    search_fields = ["kode"]


@admin.register(PosAnggaran)
class PosAnggaranAdmin(KantorAdmin):
    jalur_satker = "dipa__satker"
    list_display = ["kode", "dipa", "jenis_belanja"]
    list_filter = ["jenis_belanja", "dipa__tahun"]
    search_fields = ["kode"]
    list_select_related = ["dipa__satker"]


@admin.register(RencanaPenarikan)
class RencanaPenarikanAdmin(KantorAdmin):
    jalur_satker = "dipa__satker"
    list_display = ["dipa", "jenis_belanja", "bulan", "jumlah"]
    list_filter = ["jenis_belanja", "bulan"]


@admin.register(KaitanAnggaran)
class KaitanAnggaranAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["satker", "tahun", "sasaran", "indikator", "kode"]
    list_filter = ["tahun"]
