"""The roll-up page /satker/: isolation at province and national level, sorting, filters,
drill-down, XLSX, and a number of queries that does not grow with the number of offices."""

from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from conftest import muat_anggaran_demo
from sakip.laporan.rekap import rekap
from sakip.organisasi.models import Keanggotaan, Peran, Satker
from sakip.organisasi.wilayah import muat_wilayah

pytestmark = pytest.mark.django_db


@pytest.fixture
def nasional(demo):
    """The whole hierarchy (553 offices) around the demo."""
    muat_wilayah()
    return demo


@pytest.fixture
def evaluator_ri(nasional, django_user_model):
    user = django_user_model.objects.create_user("evaluator-ri", password="rahasia-123")
    Keanggotaan.objects.create(
        user=user, satker=Satker.objects.get(kode="00"), peran=Peran.EVALUATOR
    )
    return user


@pytest.fixture
def evaluator_jabar(nasional, django_user_model):
    user = django_user_model.objects.create_user("evaluator-jabar", password="rahasia-123")
    Keanggotaan.objects.create(
        user=user, satker=Satker.objects.get(kode="32"), peran=Peran.EVALUATOR
    )
    return user


def _kode(r):
    return [b.satker.kode for b in r.context["baris"]]


def test_a_province_evaluator_sees_only_its_own_kab_kota(client, evaluator, nasional):
    client.force_login(evaluator)
    r = client.get(reverse("daftar_satker"))
    assert r.context["rekap"].jumlah == 8
    assert _kode(r) == ["3601", "3602", "3603", "3604", "3671", "3672", "3673", "3674"]


@pytest.mark.parametrize(
    "saring",
    [{"atas": "32"}, {"atas": "3201"}, {"atas": "00"}, {"provinsi": "32"}, {"atas": "9999"}],
)
def test_a_province_evaluator_cannot_see_another_province_404(client, evaluator, nasional, saring):
    client.force_login(evaluator)
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", **saring})
    assert r.status_code == 404
    assert "Jawa Barat" not in r.content.decode()
    assert client.get("/satker/3201/2023/").status_code == 404
    assert client.get("/satker/32/").status_code == 404


def test_the_rule_holds_in_the_service_too(evaluator, nasional):
    with pytest.raises(PermissionDenied):
        rekap(evaluator, Satker.objects.get(kode="32"), 2023)
    with pytest.raises(PermissionDenied):
        rekap(evaluator, Satker.objects.get(kode="00"), 2023)


def test_another_province_evaluator_sees_its_27_and_not_banten(client, evaluator_jabar):
    client.force_login(evaluator_jabar)
    r = client.get(reverse("daftar_satker"), {"tahun": "2023"})
    assert r.context["rekap"].jumlah == 27
    assert all(k.startswith("32") for k in _kode(r))
    assert client.get(reverse("daftar_satker"), {"tahun": "2023", "atas": "36"}).status_code == 404
    assert client.get("/satker/3674/2023/").status_code == 404


def test_a_member_who_is_not_an_evaluator_sees_no_roll_up(client, pic, nasional):
    client.force_login(pic)
    assert client.get(reverse("daftar_satker"), {"atas": "36"}).status_code == 404
    r = client.get(reverse("daftar_satker"))
    assert _kode(r) == ["3674"]


def test_the_national_evaluator_sees_all_552_and_drills_down(client, evaluator_ri):
    client.force_login(evaluator_ri)
    r = client.get(reverse("daftar_satker"), {"tahun": "2023"})
    assert (r.context["rekap"].jumlah, len(_kode(r)), r.context["rekap"].jumlah_halaman) == (
        552,
        50,
        12,
    )
    html = r.content.decode()
    assert "552 kantor · halaman 1 dari 12" in html
    assert 'href="?tahun=2023&amp;atas=11"' in html  # a province's row links to its kab/kota
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "atas": "36"})
    assert _kode(r)[-1] == "3674" and r.context["rekap"].jumlah == 8
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "provinsi": "36"})
    assert _kode(r) == ["36", "3601", "3602", "3603", "3604", "3671", "3672", "3673", "3674"]
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "tingkat": "provinsi"})
    assert r.context["rekap"].jumlah == 38
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "urut": "rata", "arah": "turun"})
    assert _kode(r)[0] == "3674"  # the only office with a measured 2023
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "halaman": "12"})
    assert len(_kode(r)) == 2


@pytest.mark.parametrize(
    ("saring", "pesan"),
    [
        ({"urut": "gaji"}, "Urutan 'gaji' tidak dikenal"),
        ({"status": "x"}, "Status LKj 'x' tidak dikenal"),
        ({"tingkat": "desa"}, "Tingkat 'desa' tidak dikenal"),
        ({"halaman": "dua"}, "Nomor halaman harus angka"),
    ],
)
def test_bad_filters_are_a_clear_400(client, evaluator_ri, saring, pesan):
    client.force_login(evaluator_ri)
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", **saring})
    assert r.status_code == 400
    assert pesan in r.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_offices(client, evaluator, demo):
    client.force_login(evaluator)
    with CaptureQueriesContext(connection) as sedikit:
        assert client.get(reverse("daftar_satker"), {"tahun": "2023"}).status_code == 200
    muat_wilayah()
    Keanggotaan.objects.filter(user=evaluator).update(satker=Satker.objects.get(kode="00"))
    with CaptureQueriesContext(connection) as banyak:
        r = client.get(reverse("daftar_satker"), {"tahun": "2023", "urut": "penyerapan"})
    assert r.context["rekap"].jumlah == 552
    assert len(banyak.captured_queries) == len(sedikit.captured_queries)


def test_xlsx_holds_every_filtered_office(client, evaluator_ri, demo):
    muat_anggaran_demo(demo)
    client.force_login(evaluator_ri)
    r = client.get(reverse("daftar_satker"), {"tahun": "2023", "provinsi": "36", "format": "xlsx"})
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="rekap-00-2023.xlsx"'
    ws = load_workbook(BytesIO(r.content)).active
    assert ws["A1"].value == "Rekap kantor di bawah KPU Republik Indonesia tahun 2023"
    judul = [c.value for c in ws[2]]
    baris = {
        row[0]: dict(zip(judul, row, strict=True))
        for row in ws.iter_rows(min_row=3, values_only=True)
    }
    assert sorted(baris) == ["36", "3601", "3602", "3603", "3604", "3671", "3672", "3673", "3674"]
    t = baris["3674"]
    assert (t["Indikator"], t["Rata-rata capaian (%)"], t["Cukup Berhasil"]) == (14, 96.63, 2)
    assert t["Pagu (Rp)"] == 29596488000.0
    assert t["Penyerapan (%)"] == 96.03
    assert t["LKj"] == "belum terbit"
