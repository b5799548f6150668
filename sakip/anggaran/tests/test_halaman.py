"""The budget pages: what they show and who may see or use them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from conftest import muat_anggaran_demo
from sakip.anggaran.models import Dipa, KaitanAnggaran, RealisasiAnggaran

from .berkas import KODE_A, dipa_kecil, xlsx

pytestmark = pytest.mark.django_db

PEMBACA = ["pimpinan", "perencana", "pic", "verifikator", "evaluator"]


@pytest.fixture
def dipa(demo):
    muat_anggaran_demo(demo)
    return Dipa.objects.get(satker=demo, tahun=2023)


def _url(nama, kode="3674", tahun=2023):
    return reverse(f"anggaran:{nama}", args=[kode, tahun])


@pytest.mark.parametrize("peran", PEMBACA)
def test_office_users_and_the_provincial_evaluator_read_the_budget(client, request, dipa, peran):
    client.force_login(request.getfixturevalue(peran))
    r = client.get(_url("ringkasan"))
    assert r.status_code == 200
    html = r.content.decode()
    assert 'data-testid="total-pagu">Rp29.596.488.000<' in html
    assert 'data-testid="total-realisasi">Rp28.422.942.650<' in html
    assert 'data-testid="persen">96,03 %<' in html
    assert 'data-testid="kategori">Baik<' in html
    assert 'data-testid="jumlah-revisi">13<' in html
    assert "2.313.438.000" in html and "26.326.489.000" in html and "956.561.000" in html
    assert "<svg" in html


def test_the_ro_table_has_the_seeds_33_rows(client, perencana, dipa):
    client.force_login(perencana)
    r = client.get(_url("ringkasan"))
    assert len(r.context["r"].ro) == 33
    html = r.content.decode()
    assert "13.510.900.000" in html and "13.509.600.000" in html
    assert "50,00 %" in html


@pytest.mark.parametrize("nama", ["ringkasan", "revisi", "impor", "sasaran"])
def test_another_offices_user_gets_404(client, orang_luar, evaluator_lain, dipa, nama):
    for pengguna in (orang_luar, evaluator_lain):
        client.force_login(pengguna)
        assert client.get(_url(nama)).status_code == 404


@pytest.mark.parametrize("nama", ["ringkasan", "revisi", "impor", "sasaran"])
def test_anonymous_is_sent_to_login(client, dipa, nama):
    r = client.get(_url(nama))
    assert r.status_code == 302
    assert r["Location"].startswith(reverse("login"))


def test_template_download_needs_login_and_is_the_template(client, pic):
    assert client.get(reverse("anggaran:template")).status_code == 302
    client.force_login(pic)
    r = client.get(reverse("anggaran:template"))
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="template_anggaran_sakip.xlsx"'
    wb = load_workbook(io.BytesIO(r.content), read_only=True)
    assert wb.sheetnames == [
        "petunjuk",
        "pagu",
        "volume_ro",
        "realisasi",
        "realisasi_volume",
        "rpd",
        "revisi",
    ]


def test_bad_query_values_are_404_not_errors(client, perencana, dipa):
    client.force_login(perencana)
    for query in ({"bulan": "0"}, {"bulan": "13"}, {"bulan": "x"}, {"revisi": "99"}):
        assert client.get(_url("ringkasan"), query).status_code == 404
    assert client.get(_url("ringkasan"), {"bulan": "6"}).context["r"].sampai_bulan == 6
    assert client.post(_url("tautkan"), {"sasaran": "abc", "kode": "6709"}).status_code == 404
    assert client.post(_url("tautkan"), {"hapus": "x"}).status_code == 404


def test_a_year_without_dipa_says_so(client, perencana, dipa):
    client.force_login(perencana)
    r = client.get(_url("ringkasan", tahun=2022))
    assert r.status_code == 200  # a helpful empty page, not an error
    assert "Belum ada DIPA KPU Kota Tangerang Selatan tahun 2022." in r.content.decode()


def test_the_revision_page_compares_the_last_two_by_default_and_any_two_on_request(
    client, evaluator, dipa
):
    client.force_login(evaluator)
    r = client.get(_url("revisi"))
    assert r.status_code == 200
    beda = r.context["beda"]
    assert (beda.lama.nomor, beda.baru.nomor) == (12, 13)
    berubah = {p.kode[-25:]: (p.lama, p.baru) for ro in beda.ro_berubah for p in ro.berubah}
    assert berubah == {
        "6709.QGE.003.051.A.521211": (25001000, 1000),
        "6867.QGE.003.051.A.521219": (1967605000, 1992605000),
    }
    r = client.get(_url("revisi"), {"lama": 3, "baru": 4})
    html = r.content.decode()
    assert "Revisi ke-3 → Revisi ke-4" in html
    assert "ditambah" in html
    assert client.get(_url("revisi"), {"lama": 3, "baru": 40}).status_code == 404


def test_only_perencana_and_admin_may_open_the_import_page(
    client, pic, pimpinan, verifikator, evaluator, perencana, demo
):
    for pengguna in (pic, pimpinan, verifikator, evaluator):
        client.force_login(pengguna)
        assert client.get(_url("impor")).status_code == 403
        berkas = SimpleUploadedFile("dipa.xlsx", dipa_kecil())
        assert client.post(_url("impor"), {"berkas": berkas}).status_code == 403
    assert not Dipa.objects.exists()
    client.force_login(perencana)
    assert client.get(_url("impor")).status_code == 200


def test_a_good_upload_is_imported_and_redirects_to_the_summary(client, perencana, demo):
    client.force_login(perencana)
    berkas = SimpleUploadedFile(
        "dipa.xlsx", dipa_kecil(realisasi=[["kode", "bulan", "realisasi"], [KODE_A, 1, 400000]])
    )
    r = client.post(_url("impor"), {"berkas": berkas}, follow=True)
    assert r.redirect_chain == [(_url("ringkasan"), 302)]
    assert "Impor berhasil. Pagu DIPA awal (revisi 0) disimpan." in r.content.decode()
    assert RealisasiAnggaran.objects.get().jumlah == 400000


def test_a_bad_upload_lists_every_error_with_sheet_row_and_column(client, perencana, demo):
    client.force_login(perencana)
    data = xlsx(
        {"pagu": [["kode", "uraian", "pagu"], [KODE_A, "Bahan", "abc"], ["076.01.XX1", "x", 1]]}
    )
    r = client.post(_url("impor"), {"berkas": SimpleUploadedFile("dipa.xlsx", data)})
    assert r.status_code == 400
    html = r.content.decode()
    assert "Impor ditolak: 2 kesalahan." in html
    assert (
        "Lembar <strong>pagu</strong>, baris <strong>2</strong>, kolom <strong>C (pagu)</strong>"
        in html
    )
    assert "baris <strong>3</strong>" in html
    assert not Dipa.objects.exists()


def test_a_file_that_is_not_a_spreadsheet_is_refused_on_the_web(client, perencana, demo):
    client.force_login(perencana)
    berkas = SimpleUploadedFile("dipa.xlsx", b"%PDF-1.4 bukan lembar kerja")
    r = client.post(_url("impor"), {"berkas": berkas})
    assert r.status_code == 400
    assert "berkas bukan lembar kerja XLSX yang sah" in r.content.decode()


def test_budget_per_sasaran_sits_next_to_each_sasarans_capaian(client, pimpinan, dipa):
    client.force_login(pimpinan)
    r = client.get(_url("sasaran"))
    assert r.status_code == 200
    baris = {b["kelompok"].nomor: b["anggaran"] for b in r.context["baris"]}
    assert baris[4].kode == ["6887"]
    assert baris[4].pagu == 7348000 + 59282000 + 10044000
    assert sum(a.pagu for a in baris.values()) == 29596488000
    assert "Tautan sasaran" not in r.content.decode()


def test_perencana_links_and_unlinks_a_kegiatan(client, perencana, pic, dipa):
    sasaran = KaitanAnggaran.objects.filter(kode="6887").get().sasaran
    client.force_login(pic)
    assert client.post(_url("tautkan"), {"sasaran": sasaran.pk, "kode": "6710"}).status_code == 403
    client.force_login(perencana)
    r = client.post(_url("tautkan"), {"sasaran": sasaran.pk, "kode": "6710"}, follow=True)
    assert "6710 ditautkan ke sasaran 4." in r.content.decode()
    assert KaitanAnggaran.objects.filter(sasaran=sasaran).count() == 2
    r = client.post(_url("tautkan"), {"sasaran": sasaran.pk, "kode": "67x0"}, follow=True)
    assert "Kode &#x27;67X0&#x27; tidak sah" in r.content.decode()
    baru = KaitanAnggaran.objects.get(sasaran=sasaran, kode="6710")
    client.post(_url("tautkan"), {"hapus": baru.pk})
    assert not KaitanAnggaran.objects.filter(pk=baru.pk).exists()
