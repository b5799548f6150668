from django.apps import AppConfig


class PemeriksaConfig(AppConfig):
    name = "sakip.pemeriksa"
    verbose_name = "Pemeriksa"
