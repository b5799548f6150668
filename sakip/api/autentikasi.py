"""DRF authentication by personal token (`Authorization: Bearer sakip_…`), and rate limits."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, throttling

from . import services


class TokenBearer(authentication.BaseAuthentication):
    """`Authorization: Bearer <token>`; a wrong or revoked token is a 401, never a fallback."""

    kata = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.kata.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                "Header Authorization harus berbentuk 'Bearer <token>'."
            )
        try:
            rahasia = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed("Token berisi karakter yang tidak sah.") from exc
        user = services.pengguna_dari_token(rahasia)
        if user is None:
            raise exceptions.AuthenticationFailed(
                "Token tidak dikenal, sudah dicabut, atau pemiliknya tidak aktif."
            )
        return (user, None)

    def authenticate_header(self, request):
        return f'{self.kata} realm="sakip"'


class _Batas(throttling.SimpleRateThrottle):
    """Rates read from settings when used (so a deployment or a test can change them)."""

    kunci_setelan = ""

    def get_rate(self):
        return settings.SAKIP_API_BATAS[self.kunci_setelan]


class BatasAnonim(_Batas):
    scope = kunci_setelan = "anonim"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class BatasPengguna(_Batas):
    scope = kunci_setelan = "pengguna"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            ident = request.user.pk
        else:
            return None
        return self.cache_format % {"scope": self.scope, "ident": ident}


class SkemaTokenBearer(OpenApiAuthenticationExtension):
    """How drf-spectacular documents `TokenBearer`: an HTTP bearer scheme."""

    target_class = "sakip.api.autentikasi.TokenBearer"
    name = "tokenBearer"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "Token API pribadi (dibuat di /api/token/ atau `manage.py token_api`).",
        }
