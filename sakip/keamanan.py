"""Request-level protection shared by every app: the client address, rate limits, headers.

Django glue like `formulir.py` and `konversi.py` (it calls no app): the client address behind
the configured number of trusted reverse proxies (login lockout and rate limits read the same
one), the rate-limit decorator with its Indonesian 429 page, and the Permissions-Policy header.
"""

from __future__ import annotations

import functools
import ipaddress

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited


def alamat_klien(request) -> str:
    """The client's IP address: REMOTE_ADDR, or with SAKIP_PROXY_COUNT trusted proxies in front,
    the address the outermost trusted proxy saw (counted from the right of X-Forwarded-For, so a
    client cannot choose its address by sending the header itself)."""
    langsung = request.META.get("REMOTE_ADDR", "") or ""
    jumlah = getattr(settings, "SAKIP_PROXY_COUNT", 0)
    if jumlah <= 0:
        return langsung
    rantai = [
        a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()
    ]
    if len(rantai) < jumlah:
        return langsung
    kandidat = rantai[-jumlah]
    try:
        return str(ipaddress.ip_address(kandidat))
    except ValueError:
        return langsung


def _kunci_alamat(group, request) -> str:
    return alamat_klien(request) or "tanpa-alamat"


def _kunci_pengguna(group, request) -> str | None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"u{user.pk}"
    return None


def terlalu_sering(request, nama: str = "", exception=None):
    """The 429 page: what was refused and when to try again."""
    return render(
        request,
        "galat.html",
        {
            "kode": 429,
            "judul": "Terlalu banyak permintaan",
            "pesan": (
                f"Permintaan {URAIAN_LAJU.get(nama, 'ini')} terlalu sering dari akun atau alamat "
                "Anda. Tunggu satu menit, lalu coba lagi."
            ),
        },
        status=429,
    )


URAIAN_LAJU = {
    "masuk": "masuk (login)",
    "periksa": "pemeriksaan dokumen",
    "dokumen": "pembuatan dokumen",
}


def batas_laju(nama: str, metode: tuple[str, ...] = ("POST",)):
    """Limit a view to settings.SAKIP_BATAS_LAJU[nama] requests, per user and per address."""

    def hias(view):
        @functools.wraps(view)
        def dibatasi(request, *args, **kwargs):
            if settings.RATELIMIT_ENABLE and request.method in metode:
                laju = settings.SAKIP_BATAS_LAJU[nama]
                kelompok = f"sakip.{nama}"
                per_pengguna = _kunci_pengguna(None, request) is not None and is_ratelimited(
                    request, group=kelompok + ".u", key=_kunci_pengguna, rate=laju, increment=True
                )
                per_alamat = is_ratelimited(
                    request, group=kelompok + ".ip", key=_kunci_alamat, rate=laju, increment=True
                )
                if per_pengguna or per_alamat:
                    return terlalu_sering(request, nama)
            return view(request, *args, **kwargs)

        return dibatasi

    return hias


class KebijakanIzinMiddleware:
    """Adds the Permissions-Policy header (no camera, microphone, location … for any page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        respons = self.get_response(request)
        kebijakan = getattr(settings, "PERMISSIONS_POLICY", "")
        if kebijakan:
            respons.headers.setdefault("Permissions-Policy", kebijakan)
        return respons


class TolakNulMiddleware:
    """A NUL in the address (path or query) is a 400 before any view runs: PostgreSQL cannot
    even compare it (a lookup by `kode` with NUL was a 500 there)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or "\x00" in request.GET.urlencode()
            or "%00" in (request.META.get("QUERY_STRING", ""))
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": "Alamat memuat karakter NUL (%00); periksa kembali alamatnya."},
                    status=400,
                )
            return render(
                request,
                "galat.html",
                {
                    "kode": 400,
                    "judul": "Permintaan tidak valid",
                    "pesan": "Alamat memuat karakter NUL (%00); periksa kembali alamatnya.",
                },
                status=400,
            )
        return self.get_response(request)
