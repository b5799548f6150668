"""The whole-page cache of the dashboard, the budget page and Tugas saya (organisasi.tembolok)."""

from decimal import Decimal

import pytest
from django.contrib.messages import constants
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import muat_anggaran_demo, pengguna
from sakip.organisasi.tembolok import KEPALA
from sakip.pengukuran.models import Realisasi

pytestmark = pytest.mark.django_db

DASBOR = reverse("dasbor", args=["3674", 2023])
ANGGARAN = reverse("anggaran:ringkasan", args=["3674", 2023])
TUGAS = reverse("pengukuran:tugas")


def _dua_kali(client, alamat):
    """The first answer (it gives the browser its CSRF cookie) and the next two."""
    pertama = client.get(alamat)
    assert pertama.status_code == 200
    assert client.cookies.get("csrftoken"), "halaman ini memberi kuki CSRF"
    kedua = client.get(alamat)
    ketiga = client.get(alamat)
    return pertama, kedua, ketiga


@pytest.mark.parametrize("alamat", [DASBOR, ANGGARAN, TUGAS])
def test_the_page_is_stored_and_served_again_byte_for_byte(client, demo, alamat):
    muat_anggaran_demo(demo)
    client.force_login(pengguna("sekretaris"))
    pertama, kedua, ketiga = _dua_kali(client, alamat)
    assert KEPALA not in pertama  # no CSRF cookie yet: built, not stored
    assert kedua[KEPALA] == "baru"
    assert ketiga[KEPALA] == "kena"
    assert ketiga.content == kedua.content
    assert ketiga["Content-Type"] == "text/html; charset=utf-8"
    # the security headers are the middleware's, on a stored page too
    assert ketiga["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in ketiga


def test_a_hit_reads_only_the_session_the_user_the_office_and_the_versions(client, pimpinan):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    with CaptureQueriesContext(connection) as q:
        r = client.get(DASBOR)
    assert r[KEPALA] == "kena"
    assert len(q) == 5, [x["sql"] for x in q]


def test_a_saved_realisation_is_on_the_next_page_at_once(client, pimpinan, demo):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    r = Realisasi.objects.get(
        indikator__sasaran__renstra__satker=demo,
        indikator__nama="Indeks Reformasi Birokrasi",
        tahun=2023,
        triwulan=4,
    )
    assert "94,12 %" in client.get(DASBOR).content.decode()
    Realisasi.objects.filter(pk=r.pk).update(nilai=Decimal("0.5") * r.nilai)
    sesudah = client.get(DASBOR)
    assert sesudah[KEPALA] == "baru"
    html = sesudah.content.decode()
    assert "94,12 %" not in html
    assert "47,06 %" in html


def test_another_office_writing_does_not_empty_this_offices_pages(client, pimpinan, kantor_lain):
    from sakip.organisasi.models import UnitKerja

    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    UnitKerja.objects.create(satker=kantor_lain, nama="Subbagian Umum")
    assert client.get(DASBOR)[KEPALA] == "kena"


def test_each_user_has_their_own_page(client, pimpinan, perencana):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    client.force_login(perencana)
    r = client.get(DASBOR)
    assert r[KEPALA] == "baru"
    html = r.content.decode()
    assert "<strong>perencana</strong>" in html
    assert "<strong>sekretaris</strong>" not in html


def test_a_stored_page_still_checks_who_may_see_it(client, pimpinan, orang_luar):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    rahasia = client.cookies["csrftoken"].value
    client.force_login(orang_luar)
    client.cookies["csrftoken"] = rahasia  # even with the same browser cookie
    assert client.get(DASBOR).status_code == 404


def test_the_form_token_on_a_stored_page_is_accepted(pimpinan):
    """The logout form of a page served from the cache posts with a valid CSRF token."""
    import re

    from django.test import Client

    c = Client(enforce_csrf_checks=True)
    c.force_login(pimpinan)
    _, _, ketiga = _dua_kali(c, DASBOR)
    assert ketiga[KEPALA] == "kena"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', ketiga.content.decode())
    r = c.post(reverse("logout"), {"csrfmiddlewaretoken": token.group(1)})
    assert r.status_code == 302


def test_a_page_with_a_message_is_never_stored_or_served_from_the_store(client, pimpinan, rf):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    # a message waiting (as after a redirect): the page is built to show it
    from django.contrib.messages.storage.cookie import CookieStorage

    permintaan = rf.get("/")
    simpan = CookieStorage(permintaan)
    simpan.add(constants.SUCCESS, "Realisasi disimpan.")
    from django.http import HttpResponse

    jawab = HttpResponse()
    simpan.update(jawab)
    client.cookies["messages"] = jawab.cookies["messages"].value
    r = client.get(DASBOR)
    assert KEPALA not in r
    assert "Realisasi disimpan." in r.content.decode()
    assert client.get(DASBOR)[KEPALA] == "kena"  # shown once; the stored page has no message


def test_downloads_are_not_stored(client, pimpinan):
    client.force_login(pimpinan)
    _dua_kali(client, DASBOR)
    for _ in range(2):
        r = client.get(DASBOR + "?format=xlsx")
        assert r.status_code == 200
        assert KEPALA not in r


def test_another_day_is_another_page(client, pimpinan, settings):
    client.force_login(pimpinan)
    _dua_kali(client, TUGAS)
    settings.SAKIP_HARI_INI = "2024-04-11"
    assert client.get(TUGAS)[KEPALA] == "baru"


def test_without_a_cache_every_page_is_built(client, pimpinan, settings):
    """SAKIP_CACHE=tanpa (the anchor of bench_beban): Django's dummy cache, nothing kept."""
    settings.CACHES = {
        **settings.CACHES,
        "halaman": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    client.force_login(pimpinan)
    _, kedua, ketiga = _dua_kali(client, DASBOR)
    assert kedua[KEPALA] == "baru" and ketiga[KEPALA] == "baru"
