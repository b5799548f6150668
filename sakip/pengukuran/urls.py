"""URLs of the quarterly realisation workflow (namespace "pengukuran")."""

from django.urls import path

from . import views, views_buku_kerja

app_name = "pengukuran"

_tw = "<str:kode>/indikator/<int:indikator_id>/<tahun:tahun>/tw<triwulan:triwulan>/"

urlpatterns = [
    path("tugas/", views.tugas_saya, name="tugas"),
    path("buku-kerja/template.xlsx", views_buku_kerja.template, name="buku_kerja_template"),
    path("<str:kode>/buku-kerja/", views_buku_kerja.impor, name="buku_kerja"),
    path(
        "<str:kode>/<tahun:tahun>/buku-kerja.xlsx",
        views_buku_kerja.ekspor,
        name="buku_kerja_ekspor",
    ),
    path("<str:kode>/<tahun:tahun>/tw<triwulan:triwulan>/", views.periode, name="periode"),
    path("<str:kode>/pengecualian/", views.pengecualian, name="pengecualian"),
    path(_tw, views.realisasi, name="realisasi"),
    path(_tw + "simpan/", views.simpan, name="simpan"),
    path(_tw + "bukti/", views.bukti_tambah, name="bukti_tambah"),
    path(
        _tw + "<slug:nama_aksi>/",
        views.aksi,
        name="aksi",
    ),
    path("<str:kode>/bukti/<int:bukti_id>/unduh/", views.bukti_unduh, name="bukti_unduh"),
    path("<str:kode>/bukti/<int:bukti_id>/hapus/", views.bukti_hapus, name="bukti_hapus"),
]
