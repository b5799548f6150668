"""Whole-page cache for the busy pages (dashboard, budget page, Tugas saya).

A page is stored per user and served again, byte for byte, while nothing it shows has changed.
The key holds everything the page depends on:
- the address with its query, the user (id and the name shown), the language, htmx or not;
- the CSRF secret of the browser, so the forms on a stored page carry a token this browser's
  cookie accepts (a page is never cached for a browser without one);
- today's date (entry windows and deadlines are by day);
- the data versions (organisasi.versi) of the office shown, the offices above it, the user's
  own office (the "Tugas saya" count in the menu) and of rows of no office, read before the page
  is built (the user and the offices are read again after them), so a write anywhere in them
  makes a new key and a page is never stored under a key newer than its data;
- the version of sakip, so an upgrade never serves a page of the old templates.

The view checks permission before calling `halaman`, on every request, hit or miss. Pages with a
pending message, other methods than GET, other answers than a 200 HTML page, and answers that
set a cookie are neither served from nor written to the cache. The pages have a cache of their
own, "halaman" (settings: memory, the database or redis); with SAKIP_CACHE=tanpa (the anchor of
bench_beban) it is Django's dummy cache and every page is built.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import cache as sekali
from importlib import metadata

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from .akses import keanggotaan
from .models import Satker
from .versi import versi
from .waktu import hari_ini

LAMA = 15 * 60  # seconds: bounds memory; a stale page is prevented by the key, not by time
KEPALA = "X-Sakip-Tembolok"  # "kena" (served from the cache) or "baru" (built and stored)


@sekali
def _versi_sakip() -> str:
    try:
        return metadata.version("sakip")
    except metadata.PackageNotFoundError:
        return "0"


def _kunci(request: HttpRequest, satker: Iterable[Satker]) -> str | None:
    rahasia = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if request.method != "GET" or not rahasia or len(get_messages(request)):
        return None
    user = request.user
    k = keanggotaan(user)
    kantor = {k.satker_id} if k is not None else set()
    for s in satker:
        kantor.add(s.pk)
        kantor.update(a.pk for a in s.leluhur())
    bagian = (
        _versi_sakip(),
        request.get_full_path(),
        user.pk,
        user.get_username(),
        user.get_full_name(),
        getattr(request, "LANGUAGE_CODE", ""),
        request.headers.get("HX-Request", ""),
        rahasia,
        hari_ini().isoformat(),
        versi(kantor),
    )
    return "halaman:" + hashlib.sha256(repr(bagian).encode()).hexdigest()


def halaman(
    request: HttpRequest, satker: Iterable[Satker], buat: Callable[[], HttpResponse]
) -> HttpResponse:
    """The stored page for this request, or `buat()` (stored when it may be)."""
    satker = list(satker)
    kunci = _kunci(request, satker)
    if kunci is None:
        return buat()
    simpanan = caches["halaman"].get(kunci)
    if simpanan is not None:
        isi, jenis = simpanan
        respons = HttpResponse(isi, content_type=jenis)
        respons[KEPALA] = "kena"
        return respons
    # The user (with their membership) and the offices were read before the versions: read
    # them again, so the page is built from data at least as new as its key.
    request.user.refresh_from_db()
    for s in satker:
        s.refresh_from_db()
    respons = buat()
    jenis = respons.get("Content-Type", "")
    if (
        respons.status_code == 200
        and jenis.startswith("text/html")
        and not respons.cookies
        and not getattr(respons, "streaming", False)
    ):
        caches["halaman"].set(kunci, (respons.content, jenis), LAMA)
        respons[KEPALA] = "baru"
    return respons
