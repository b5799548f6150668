"""The upload page of the document checker: who may use it, what it shows, bad files."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.pemeriksa.forms import BATAS_UKURAN

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"
URL = reverse("pemeriksa:unggah")


@pytest.fixture
def pengguna(django_user_model):
    """Any logged-in user may check a document, even one with no office."""
    return django_user_model.objects.create_user("tamu", password="rahasia-123")


def _unggah(client, user, nama, isi, **data):
    client.force_login(user)
    return client.post(URL, {"berkas": SimpleUploadedFile(nama, isi), **data})


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url == f"{reverse('login')}?next={URL}"
    assert client.post(URL, {}).status_code == 302


def test_the_empty_form_is_shown(client, pengguna):
    client.force_login(pengguna)
    r = client.get(URL)
    assert r.status_code == 200
    html = r.content.decode()
    assert "Periksa dokumen Laporan Kinerja" in html
    assert 'enctype="multipart/form-data"' in html
    assert 'data-testid="hasil-periksa"' not in html


def test_the_seed_gets_its_findings_grouped_by_kind(client, pengguna):
    r = _unggah(client, pengguna, "lkj-2023.txt", SEED.read_bytes())
    assert r.status_code == 200
    hasil = r.context["hasil"]
    assert hasil.year == 2023
    assert len(hasil.findings) == 50
    html = r.content.decode()
    assert 'data-testid="jumlah-error">24 galat<' in html
    assert 'data-testid="jumlah-warning">15 peringatan<' in html
    assert 'data-testid="jumlah-note">11 catatan<' in html
    for kind in (
        "total",
        "terbilang",
        "tahun",
        "jumlah",
        "penomoran",
        "kategori",
        "skala",
        "ejaan",
    ):
        assert f'data-testid="jenis-{kind}"' in html
    assert '<tr data-testid="temuan" data-baris="611" data-jenis="total">' in html
    assert "Total &#x27;REALISASI (Rp.)&#x27; tidak sama dengan jumlah 3 baris di atasnya" in html
    assert (
        "seharusnya: <strong>29.338.830.009</strong> · tertulis: <strong>29.361.413.804</strong>"
        in html
    )
    assert '<span class="badge text-bg-danger">Galat</span>' in html


def test_an_office_member_may_check_a_document_too(client, orang_luar):
    r = _unggah(
        client, orang_luar, "lkj.md", b"# LAPORAN KINERJA TAHUN 2023\n\nSemua baik.", tahun="2023"
    )
    assert r.status_code == 200
    assert 'data-testid="tanpa-temuan"' in r.content.decode()


def test_the_year_given_overrides_the_year_found(client, pengguna):
    r = _unggah(
        client,
        pengguna,
        "lkj.txt",
        b"LAPORAN KINERJA TAHUN 2023\nPERJANJIAN KINERJA TAHUN 2022",
        tahun="2022",
    )
    assert r.context["hasil"].year == 2022
    assert [(f.line, f.found) for f in r.context["hasil"].findings] == [(1, "2023")]


@pytest.mark.parametrize(
    ("nama", "isi", "pesan"),
    [
        ("sampah.pdf", bytes(range(256)) * 40, "bukan teks, PDF, atau DOCX"),
        ("kosong.txt", b"", "Berkas kosong: tidak ada isi yang dapat diperiksa."),
        ("rusak.pdf", b"%PDF-1.7\nbukan pdf", "Berkas PDF rusak"),
    ],
)
def test_a_file_that_is_not_a_document_gets_a_clear_message_and_400(
    client, pengguna, nama, isi, pesan
):
    r = _unggah(client, pengguna, nama, isi)
    assert r.status_code == 400
    assert pesan in r.content.decode()
    assert r.context["hasil"] is None


def test_a_file_over_20_mb_is_refused(client, pengguna):
    r = _unggah(client, pengguna, "besar.txt", b"a" * (BATAS_UKURAN + 1))
    assert r.status_code == 400
    assert "Berkas terlalu besar (20.0 MB); batasnya 20 MB." in r.content.decode()


def test_no_file_is_a_400(client, pengguna):
    client.force_login(pengguna)
    r = client.post(URL, {})
    assert r.status_code == 400
    assert "Pilih berkas LKj yang akan diperiksa (PDF, DOCX atau teks)." in r.content.decode()
