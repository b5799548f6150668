from django.urls import path

from . import views

app_name = "pemeriksa"
urlpatterns = [
    path("", views.unggah, name="unggah"),
]
