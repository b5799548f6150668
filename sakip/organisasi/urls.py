"""URLs of the office pages: profile, users, a new office (namespace "organisasi")."""

from django.urls import path

from . import views

app_name = "organisasi"

urlpatterns = [
    path("kantor/baru/", views.kantor_baru, name="kantor_baru"),
    path("<str:kode>/profil/", views.profil, name="profil"),
    path("<str:kode>/logo/", views.logo, name="logo"),
    path("<str:kode>/unit/", views.unit_baru, name="unit_baru"),
    path("<str:kode>/pengguna/", views.pengguna_daftar, name="pengguna"),
    path("<str:kode>/pengguna/baru/", views.pengguna_baru, name="pengguna_baru"),
    path("<str:kode>/pengguna/<int:user_id>/", views.pengguna_ubah, name="pengguna_ubah"),
    path("<str:kode>/pengguna/<int:user_id>/sandi/", views.pengguna_sandi, name="pengguna_sandi"),
    path(
        "<str:kode>/pengguna/<int:user_id>/buka-kunci/",
        views.pengguna_buka_kunci,
        name="pengguna_buka_kunci",
    ),
]
