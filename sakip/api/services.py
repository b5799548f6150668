"""Verbs of the API app: personal tokens (create, revoke, authenticate)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import TokenApi

AWALAN = "sakip_"
MAKS_TOKEN_AKTIF = 10


class TokenError(Exception):
    """A refused token action, with its reason in Indonesian."""


@dataclass(frozen=True)
class TokenBaru:
    token: TokenApi
    rahasia: str  # shown to the user once, never stored


def _sidik(rahasia: str) -> str:
    return hashlib.sha256(rahasia.encode()).hexdigest()


def buat_token(user, nama: str) -> TokenBaru:
    """A new personal token for an active user; the secret is returned once."""
    nama = (nama or "").strip()
    if not nama:
        raise TokenError("Beri nama token, mis. 'dasbor provinsi'.")
    if len(nama) > 100:
        raise TokenError("Nama token paling panjang 100 karakter.")
    if any(ord(c) < 32 for c in nama):
        raise TokenError("Nama token tidak boleh berisi karakter kendali.")
    if not user.is_active:
        raise TokenError(f"Pengguna {user.username} tidak aktif.")
    with transaction.atomic():
        aktif = TokenApi.objects.filter(user=user, dicabut_pada__isnull=True).count()
        if aktif >= MAKS_TOKEN_AKTIF:
            raise TokenError(
                f"Sudah ada {aktif} token aktif; cabut salah satu sebelum membuat yang baru."
            )
        rahasia = AWALAN + secrets.token_urlsafe(32)
        token = TokenApi.objects.create(
            user=user, nama=nama, awalan=rahasia[: len(AWALAN) + 6], sidik=_sidik(rahasia)
        )
    return TokenBaru(token, rahasia)


def cabut_token(user, token_id: int) -> TokenApi:
    """Revoke one of the user's own tokens (another user's token: not found)."""
    token = TokenApi.objects.filter(pk=token_id, user=user).first()
    if token is None:
        raise TokenError("Token tidak ditemukan.")
    if token.dicabut_pada is None:
        token.dicabut_pada = timezone.now()
        token.save(update_fields=["dicabut_pada"])
    return token


def pengguna_dari_token(rahasia: str):
    """The active user of an active token, or None."""
    if not rahasia.startswith(AWALAN) or len(rahasia) > 100:
        return None
    token = (
        TokenApi.objects.select_related("user")
        .filter(sidik=_sidik(rahasia), dicabut_pada__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    sekarang = timezone.now()
    if token.terakhir_dipakai is None or (sekarang - token.terakhir_dipakai).total_seconds() > 60:
        TokenApi.objects.filter(pk=token.pk).update(terakhir_dipakai=sekarang)
    return token.user
