"""URLs of the JSON API, version 1 (`/api/v1/…`), its OpenAPI schema and its local docs."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import halaman, views

app_name = "api"

satker = "v1/satker/<str:kode>/"
kuartal = satker + "indikator/<int:indikator_id>/realisasi/<int:tahun>/<int:triwulan>/"

urlpatterns = [
    path("v1/schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path("v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/satker/", views.DaftarSatker.as_view(), name="satker_daftar"),
    path(satker, views.RinciSatker.as_view(), name="satker"),
    path(satker + "renstra/", views.DaftarRenstra.as_view(), name="renstra"),
    path(satker + "indikator/", views.DaftarIndikator.as_view(), name="indikator"),
    path(satker + "pk/", views.DaftarPk.as_view(), name="pk"),
    path(satker + "realisasi/", views.DaftarRealisasi.as_view(), name="realisasi"),
    path(satker + "capaian/<int:tahun>/", views.TabelCapaian.as_view(), name="capaian"),
    path(satker + "anggaran/<int:tahun>/", views.RingkasanAnggaran.as_view(), name="anggaran"),
    path(
        satker + "anggaran/<int:tahun>/impor/",
        views.ImporAnggaran.as_view(),
        name="impor_anggaran",
    ),
    path(satker + "pemeriksaan/<int:tahun>/", views.PemeriksaanData.as_view(), name="pemeriksaan"),
    path(satker + "rekap/<int:tahun>/", views.RekapBawahan.as_view(), name="rekap"),
    path(kuartal, views.IsiRealisasi.as_view(), name="isi_realisasi"),
    path(kuartal + "bukti/", views.UnggahBukti.as_view(), name="bukti"),
    path(kuartal + "<str:aksi>/", views.AksiRealisasi.as_view(), name="aksi"),
    path("v1/laporan/", views.DaftarLaporanTerbit.as_view(), name="laporan"),
    path("token/", halaman.token, name="token"),
    # any other address under /api/: a JSON 404, not the HTML page
    re_path(r"^v1/[\s\S]*$", views.tidak_ada),  # [\s\S]: a path with a newline too
]
