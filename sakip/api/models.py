"""Personal API tokens: only the SHA-256 of a token is stored; the token is shown once."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class TokenApi(models.Model):
    """A user's personal token for `Authorization: Bearer …`; revoked, never deleted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api"
    )
    nama = models.CharField("nama token", max_length=100)
    awalan = models.CharField("awalan", max_length=16, help_text="Awal token, untuk mengenalinya.")
    sidik = models.CharField("SHA-256 token", max_length=64, unique=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    terakhir_dipakai = models.DateTimeField(null=True, blank=True)
    dicabut_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["user", "-dibuat_pada"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.awalan}…)"

    @property
    def aktif(self) -> bool:
        return self.dicabut_pada is None
