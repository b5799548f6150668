from django.urls import path

from . import views

app_name = "evaluasi"
urlpatterns = [
    path("ikpa/<str:kode>/<tahun:tahun>/", views.halaman_ikpa, name="ikpa"),
    path("ikpa/<str:kode>/<tahun:tahun>/isi/", views.isi_ikpa, name="isi_ikpa"),
    path("ikpa/<str:kode>/<tahun:tahun>/impor/", views.impor_ikpa, name="impor_ikpa"),
    path("tindak-lanjut/<str:kode>/", views.tindak_lanjut, name="tindak_lanjut"),
    path(
        "tindak-lanjut/<str:kode>/<int:rekomendasi_id>/",
        views.perbarui_tindak_lanjut,
        name="perbarui_tindak_lanjut",
    ),
    path("kemajuan/<str:kode>/<tahun:tahun>/", views.kemajuan, name="kemajuan"),
    path("kemajuan/<str:kode>/<tahun:tahun>/atur/", views.atur, name="atur"),
]
