from django.urls import path

from . import views

app_name = "anggaran"
urlpatterns = [
    path("template.xlsx", views.unduh_template, name="template"),
    path("<str:kode>/<tahun:tahun>/", views.halaman_ringkasan, name="ringkasan"),
    path("<str:kode>/<tahun:tahun>/revisi/", views.halaman_revisi, name="revisi"),
    path("<str:kode>/<tahun:tahun>/impor/", views.halaman_impor, name="impor"),
    path("<str:kode>/<tahun:tahun>/impor/<str:id_tugas>/", views.impor_tugas, name="impor_tugas"),
    path("<str:kode>/<tahun:tahun>/sasaran/", views.halaman_sasaran, name="sasaran"),
    path("<str:kode>/<tahun:tahun>/sasaran/tautkan/", views.tautkan, name="tautkan"),
    path("<str:kode>/<tahun:tahun>/pk-dari-dipa/", views.pk_dari_dipa, name="pk_dari_dipa"),
]
