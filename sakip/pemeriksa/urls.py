from django.urls import path

from . import views

app_name = "pemeriksa"
urlpatterns = [
    path("", views.unggah, name="unggah"),
    path("data/<str:kode>/<int:tahun>/", views.data, name="data"),
]
