"""Publishing the LKj is refused while the office's data has errors; warnings must be read."""

import pytest
from django.urls import reverse

from conftest import muat_anggaran_demo
from sakip.laporan import services
from sakip.laporan.models import VersiLaporan
from sakip.pengukuran.models import Bukti, Realisasi

URL_HALAMAN = reverse("laporan:halaman", args=["3674", 2023])
URL_TERBIT = reverse("laporan:terbitkan", args=["3674", 2023, "lkj"])
NAMA_LAPORAN = (
    "“Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP "
    "dan Akuntabel”"
)


@pytest.fixture(autouse=True)
def _berkas_cepat(settings, tmp_path, monkeypatch):
    """Published files in a temporary folder, documents rendered as tiny stand-ins."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SAKIP_HARI_INI = "2024-04-10"
    monkeypatch.setattr(services, "render", lambda data, dokumen, format: b"%PDF-1.7\n")


@pytest.fixture
def kantor(demo):
    muat_anggaran_demo(demo)
    return demo


def _lengkapi_bukti():
    for r in Realisasi.objects.filter(tahun=2023, indikator__wajib_bukti=True):
        Bukti.objects.create(
            realisasi=r, berkas="bukti/x.pdf", nama="x.pdf", jenis="pdf", ukuran=1, sha256=str(r.pk)
        )


def test_errors_refuse_publishing_naming_their_count_and_the_first_three(kantor, pimpinan):
    with pytest.raises(services.LaporanError) as info:
        services.terbitkan(kantor, 2023, pimpinan, akui_peringatan=True)
    assert str(info.value) == (
        "Laporan Kinerja 2023 belum dapat diterbitkan: data masih memuat 4 galat. "
        f"(1) Realisasi TW I 2023 indikator 2.3 {NAMA_LAPORAN} belum memiliki bukti dukung, "
        "padahal indikator ini mewajibkannya. "
        f"(2) Realisasi TW II 2023 indikator 2.3 {NAMA_LAPORAN} belum memiliki bukti dukung, "
        "padahal indikator ini mewajibkannya. "
        f"(3) Realisasi TW III 2023 indikator 2.3 {NAMA_LAPORAN} belum memiliki bukti dukung, "
        "padahal indikator ini mewajibkannya. … dan 1 galat lainnya. "
        "Perbaiki di halaman Periksa data."
    )
    assert not VersiLaporan.objects.exists()


def test_warnings_must_be_acknowledged(demo, pimpinan):
    _lengkapi_bukti()  # no DIPA loaded: one warning
    with pytest.raises(services.LaporanError) as info:
        services.terbitkan(demo, 2023, pimpinan)
    assert str(info.value) == (
        "Data Laporan Kinerja 2023 memuat 1 peringatan: baca di halaman Periksa data, lalu "
        "centang “Saya telah membaca 1 peringatan”."
    )
    assert not VersiLaporan.objects.exists()
    v = services.terbitkan(demo, 2023, pimpinan, akui_peringatan=True)
    assert (v.nomor, v.dokumen) == (1, "lkj")


def test_clean_data_publishes_without_acknowledgement(kantor, pimpinan):
    _lengkapi_bukti()
    assert services.terbitkan(kantor, 2023, pimpinan).nomor == 1


def test_the_pk_is_published_whatever_the_realisations(kantor, pimpinan):
    assert services.terbitkan(kantor, 2023, pimpinan, dokumen="pk").dokumen == "pk"


def test_the_page_shows_the_count_and_refuses_with_the_message(client, kantor, pimpinan):
    client.force_login(pimpinan)
    html = client.get(URL_HALAMAN).content.decode()
    assert (
        '<a href="/periksa/data/3674/2023/">4 galat, 0 peringatan</a>; perbaiki galat sebelum '
        "menerbitkan." in html
    )
    assert 'data-testid="akui-peringatan"' not in html
    html = client.post(URL_TERBIT, follow=True).content.decode()
    assert "Laporan Kinerja 2023 belum dapat diterbitkan: data masih memuat 4 galat." in html
    assert not VersiLaporan.objects.exists()


def test_the_publish_form_asks_to_acknowledge_the_warnings(client, demo, pimpinan):
    _lengkapi_bukti()
    client.force_login(pimpinan)
    html = client.get(URL_HALAMAN).content.decode()
    assert '<a href="/periksa/data/3674/2023/">0 galat, 1 peringatan</a>.' in html
    assert (
        '<input class="form-check-input" type="checkbox" name="akui_peringatan" value="1" '
        'id="akui-peringatan" required data-testid="akui-peringatan">'
    ) in html
    assert "Saya telah membaca 1 peringatan</label>" in html
    html = client.post(URL_TERBIT, follow=True).content.decode()
    assert "centang “Saya telah membaca 1 peringatan”" in html
    assert not VersiLaporan.objects.exists()
    html = client.post(URL_TERBIT, {"akui_peringatan": "1"}, follow=True).content.decode()
    assert "Laporan Kinerja 2023 versi 1 diterbitkan" in html
    assert VersiLaporan.objects.count() == 1
