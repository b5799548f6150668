"""The one navigation bar: built from data by role, the same on every page."""

import pytest
from django.test import RequestFactory
from django.urls import resolve

from sakip import navigasi
from sakip.navigasi import Entri, Navigasi

pytestmark = pytest.mark.django_db


def _nav(user, path="/satker/"):
    request = RequestFactory().get(path)
    request.user = user
    request.resolver_match = resolve(path)
    return Navigasi(request)


@pytest.mark.parametrize(
    ("siapa", "kunci"),
    [
        ("pic", "tugas dasbor pengukuran perencanaan anggaran laporan evaluasi satker periksa"),
        (
            "verifikator",
            "tugas dasbor pengukuran perencanaan anggaran laporan evaluasi satker periksa",
        ),
        (
            "pimpinan",
            "tugas dasbor pengukuran perencanaan anggaran laporan evaluasi satker periksa",
        ),
        ("perencana", "dasbor pengukuran perencanaan anggaran laporan evaluasi satker periksa"),
        ("evaluator", "satker periksa"),
    ],
)
def test_entries_by_role(request, siapa, kunci):
    user = request.getfixturevalue(siapa)
    for path in ("/satker/", "/satker/3674/2023/", "/anggaran/3674/2023/", "/periksa/"):
        assert _nav(user, path).kunci == kunci  # the same on every page


def test_links_follow_the_page_year_of_the_own_office(pic):
    nav = _nav(pic, "/anggaran/3674/2024/")
    href = {t.kunci: t.href for t in nav.utama}
    assert href["dasbor"] == "/satker/3674/2024/"
    assert href["pengukuran"] == "/pengukuran/3674/2024/tw1/"
    assert href["anggaran"] == "/anggaran/3674/2024/"
    assert [t.kunci for t in nav.utama if t.aktif] == ["anggaran"]
    # elsewhere: the office's main year (its latest PK)
    assert {t.kunci: t.href for t in _nav(pic).utama}["dasbor"] == "/satker/3674/2023/"
    anak = next(t for t in nav.utama if t.kunci == "perencanaan").anak
    assert [(a.kunci, a.href) for a in anak] == [
        ("renstra", "/satker/3674/renstra/"),
        ("iku", "/satker/3674/2024/iku/"),
        ("pk", "/satker/3674/2024/pk/"),
    ]


def test_a_new_page_is_folded_in_by_one_entry(pic, evaluator, monkeypatch):
    monkeypatch.setattr(
        navigasi,
        "MENU",
        (*navigasi.MENU, Entri("publik", "Laporan terbit", "laporan:publik_daftar")),
    )
    assert _nav(pic).kunci.endswith("satker periksa publik")
    assert _nav(evaluator).kunci == "satker periksa publik"
    # an entry whose page is not installed is left out, not an error
    monkeypatch.setattr(navigasi, "MENU", (Entri("x", "X", "tidak:ada"),))
    assert _nav(pic).kunci == ""


def test_staff_see_the_admin_entry(django_user_model, demo):
    staf = django_user_model.objects.create_user("staf", password="x", is_staff=True)
    assert [t.kunci for t in _nav(staf).pengguna] == ["publik", "admin"]
    assert _nav(staf).kunci == "satker periksa"
