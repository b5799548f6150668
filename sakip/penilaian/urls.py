from django.urls import path

from . import views

app_name = "penilaian"
_l = "<str:kode>/<tahun:tahun>/"
urlpatterns = [
    path(_l, views.lembar, name="lembar"),
    path(_l + "buka/", views.buka, name="buka"),
    path(_l + "usulan/", views.usulan, name="usulan"),
    path(_l + "ajukan/", views.ajukan, name="ajukan"),
    path(_l + "nilai/", views.nilai, name="nilai"),
    path(_l + "kembalikan/", views.kembalikan, name="kembalikan"),
    path(_l + "rekomendasi/", views.rekomendasi, name="rekomendasi"),
    path(_l + "finalkan/", views.finalkan, name="finalkan"),
    path(_l + "nak/", views.nak, name="nak"),
    path(_l + "lke.xlsx", views.unduh_xlsx, name="xlsx"),
    path(_l + "lhe.<str:format>", views.unduh_lhe, name="lhe"),
    path(_l + "e-sakip.zip", views.esakip, name="esakip"),
]
