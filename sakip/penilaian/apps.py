from django.apps import AppConfig


class PenilaianConfig(AppConfig):
    name = "sakip.penilaian"
    verbose_name = "Penilaian LKE (lembar kerja, isian otomatis, LHE)"
