"""The API's error bodies: DRF's handler, keeping the Indonesian reason of a 403 or 404."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import exception_handler

PERLU_MASUK = (
    "Perlu masuk: kirim header 'Authorization: Bearer <token>' (token dibuat di /api/token/)."
)


def penangan_galat(exc, context):
    """`{"detail": "…"}` with the refusing rule's own message, not DRF's generic one."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or "Tidak ditemukan.")
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or "Anda tidak berhak melakukan ini.")
    elif isinstance(exc, exceptions.NotAuthenticated):
        header = getattr(exc, "auth_header", None)
        exc = exceptions.NotAuthenticated(PERLU_MASUK)
        if header:
            exc.auth_header = header
    return exception_handler(exc, context)
