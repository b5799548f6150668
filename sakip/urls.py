"""URL map of sakip."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, register_converter

from sakip.konversi import TahunConverter, TriwulanConverter
from sakip.laporan import views as laporan_views
from sakip.organisasi import views as organisasi_views
from sakip.pengukuran import views as pengukuran_views
from sakip.perencanaan import views as perencanaan_views

# before the apps' URL modules are read: they use <tahun:…> and <triwulan:…>
register_converter(TahunConverter, "tahun")
register_converter(TriwulanConverter, "triwulan")

admin.site.site_header = "Administrasi SAKIP"
admin.site.site_title = "SAKIP"
admin.site.index_title = "Data induk"

urlpatterns = [
    path("", organisasi_views.beranda, name="beranda"),
    path("masuk/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("satker/", laporan_views.daftar_satker, name="daftar_satker"),
    path(
        "nasional/<str:kode>/indikator/<int:indikator_id>/<tahun:tahun>/",
        laporan_views.indikator_nasional,
        name="indikator_nasional",
    ),
    path("satker/<str:kode>/", pengukuran_views.satker_beranda, name="satker"),
    path("satker/<str:kode>/<tahun:tahun>/", pengukuran_views.dasbor, name="dasbor"),
    path("satker/<str:kode>/renstra/", perencanaan_views.renstra, name="renstra"),
    path("satker/<str:kode>/<tahun:tahun>/iku/", perencanaan_views.iku, name="iku"),
    path("satker/<str:kode>/<tahun:tahun>/pk/", perencanaan_views.perjanjian, name="pk"),
    path(
        "satker/<str:kode>/indikator/<int:indikator_id>/",
        pengukuran_views.indikator,
        name="indikator",
    ),
    path("perencanaan/", include("sakip.perencanaan.urls")),
    path("organisasi/", include("sakip.organisasi.urls")),
    path("pengukuran/", include("sakip.pengukuran.urls")),
    path("anggaran/", include("sakip.anggaran.urls")),
    path("laporan/", include("sakip.laporan.urls")),
    path("periksa/", include("sakip.pemeriksa.urls")),
    path("evaluasi/", include("sakip.evaluasi.urls")),
    path("lke/", include("sakip.penilaian.urls")),
]

handler400 = "sakip.organisasi.views.galat_400"
handler403 = "sakip.organisasi.views.galat_403"
handler404 = "sakip.organisasi.views.galat_404"
handler500 = "sakip.organisasi.views.galat_500"
