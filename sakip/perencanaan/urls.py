"""URLs of the Perencana's planning pages (namespace "perencanaan")."""

from django.urls import path

from . import views, views_tahun_baru

app_name = "perencanaan"

urlpatterns = [
    path("rumus/pratinjau/", views.rumus_pratinjau, name="rumus_pratinjau"),
    path("<str:kode>/", views.kelola, name="kelola"),
    path("<str:kode>/pohon/", views.pohon, name="pohon"),
    path("<str:kode>/renstra/baru/", views.renstra_ubah, name="renstra_baru"),
    path("<str:kode>/renstra/<int:renstra_id>/", views.renstra_ubah, name="renstra_ubah"),
    path(
        "<str:kode>/renstra/<int:renstra_id>/sasaran/baru/",
        views.sasaran_ubah,
        name="sasaran_baru",
    ),
    path(
        "<str:kode>/renstra/<int:renstra_id>/target/<tahun:tahun>/",
        views.target_ubah,
        name="target",
    ),
    path("<str:kode>/sasaran/<int:sasaran_id>/", views.sasaran_ubah, name="sasaran_ubah"),
    path("<str:kode>/sasaran/<int:sasaran_id>/hapus/", views.sasaran_hapus, name="sasaran_hapus"),
    path(
        "<str:kode>/sasaran/<int:sasaran_id>/indikator/baru/",
        views.indikator_ubah,
        name="indikator_baru",
    ),
    path("<str:kode>/indikator/<int:indikator_id>/", views.indikator_ubah, name="indikator_ubah"),
    path("<str:kode>/<tahun:tahun>/pk/", views.pk_ubah, name="pk_ubah"),
    path("<str:kode>/tahun-baru/", views_tahun_baru.halaman, name="tahun_baru"),
]
