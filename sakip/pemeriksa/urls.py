from django.urls import path

from . import views

app_name = "pemeriksa"
urlpatterns = [
    path("", views.unggah, name="unggah"),
    path("unduh/<str:format_>/", views.unduh, name="unduh"),
    path("data/<str:kode>/<tahun:tahun>/", views.data, name="data"),
]
