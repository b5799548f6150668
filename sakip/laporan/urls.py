"""URLs of the reports: per office and year, and the public pages."""

from django.urls import path

from . import views

app_name = "laporan"
urlpatterns = [
    path("publik/", views.publik_daftar, name="publik_daftar"),
    path(
        "publik/nasional/<tahun:tahun>/<str:tabel>.<str:format>",
        views.publik_nasional,
        name="publik_nasional",
    ),
    path("publik/<str:kode>/", views.publik_satker, name="publik_satker"),
    path(
        "publik/<str:kode>/<tahun:tahun>/data/<str:tabel>.<str:format>",
        views.publik_data,
        name="publik_data",
    ),
    path(
        "publik/<str:kode>/<tahun:tahun>/<str:dokumen>/v<int:nomor>.<str:format>",
        views.publik_unduh,
        name="publik_unduh",
    ),
    path("<str:kode>/<tahun:tahun>/", views.halaman, name="halaman"),
    path("<str:kode>/<tahun:tahun>/narasi/", views.narasi, name="narasi"),
    path(
        "<str:kode>/<tahun:tahun>/narasi/simpan/",
        views.simpan_narasi_semua,
        name="simpan_narasi_semua",
    ),
    path(
        "<str:kode>/<tahun:tahun>/narasi/<str:bagian>/simpan/",
        views.simpan_narasi,
        name="simpan_narasi",
    ),
    path("<str:kode>/<tahun:tahun>/pengesahan/", views.simpan_pengesahan, name="pengesahan"),
    path("<str:kode>/<tahun:tahun>/<str:dokumen>/pratinjau/", views.pratinjau, name="pratinjau"),
    path("<str:kode>/<tahun:tahun>/<str:dokumen>/buat/", views.buat, name="buat"),
    path("<str:kode>/<tahun:tahun>/<str:dokumen>/status/", views.status, name="status"),
    path("<str:kode>/<tahun:tahun>/<str:dokumen>/unduh.<str:format>", views.unduh, name="unduh"),
    path("<str:kode>/<tahun:tahun>/<str:dokumen>/terbitkan/", views.terbitkan, name="terbitkan"),
]
